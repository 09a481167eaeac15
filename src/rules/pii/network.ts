import { DOTTED_DIGITS, HEX_PAIRS, IPV6_GROUP } from '../../engine/anchors';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { consistentSeparators, isWordChar, low, textAfter, textBefore, wordNear } from './checks';

/** Public DNS resolvers and other famous addresses: they identify no one. */
const WELL_KNOWN_IPV4 = new Set(['8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9', '149.112.112.112', '208.67.222.222', '208.67.220.220', '4.2.2.2', '4.2.2.1']);
const EXAMPLE_COM_IPV4 = new Set(['93.184.216.34', '93.184.215.14', '96.7.128.175', '23.192.228.80', '23.215.0.136']);
const IP_WORDS = ['ip', 'ipv4', 'host', 'server', 'addr', 'address', 'client', 'remote', 'from', 'src', 'dst', 'peer', 'gateway', 'dns'];

function ipv4Verdict(ctx: MatchContext): ValidatorResult {
  const v = ctx.value;
  const parts = v.split('.');
  if (parts.some((p) => p.length > 1 && p[0] === '0')) return false;
  const o = parts.map(Number);
  if (o.some((n) => n > 255)) return false;
  const before = textBefore(ctx, 24);
  const prev = before[before.length - 1] ?? '';
  const after = textAfter(ctx, 2);
  if (isWordChar(prev) || isWordChar(after[0]) || prev === '.' || prev === '-') return false;
  if ((after[0] === '.' || after[0] === '-' || after[0] === '+') && /[\dA-Za-z]/.test(after[1] ?? '')) return false;
  // CIDR blocks ("100.64.0.0/10") name networks, not a person's host.
  if (after[0] === '/' && /\d/.test(after[1] ?? '')) return false;
  // Version strings: "version 1.2.3.4", "v10.0.19041.1", "Chrome/91.0.4472.124", "=1.0.0.1" in a manifest.
  if (/(?:^|[^a-z])(?:v|ver|version|release|build|rev|revision|firmware|sdk|api|os|agent)[\s:="'/]*$/.test(before)) return false;
  if (prev === '/' && !before.endsWith('//')) return false;
  if (o[0] === 0 || o[0] === 127 || o[0] >= 224) return false; // unspecified, loopback, multicast, reserved, broadcast
  if ((o[0] === 192 && o[1] === 0 && o[2] === 2) || (o[0] === 198 && o[1] === 51 && o[2] === 100) || (o[0] === 203 && o[1] === 0 && o[2] === 113)) return false;
  if (WELL_KNOWN_IPV4.has(v)) return false;
  // X.500 and X.509 object identifiers (2.5.4.x attribute types, 2.5.6.x object classes, 2.5.29.x certificate
  // extensions) have exactly four arcs and fill certificate libraries.
  if (o[0] === 2 && o[1] === 5 && (o[2] === 4 || o[2] === 6 || o[2] === 29)) return false;
  // The addresses of example.com, used by documentation everywhere: no one's host.
  if (EXAMPLE_COM_IPV4.has(v)) return low('example.com address');
  const labelled = wordNear(ctx.text, ctx.start, ctx.start + v.length, IP_WORDS, 40, ctx.memo);
  // Small dotted numbers are versions and section numbers ("§ 4.2.10.1") far more often than addresses.
  if (o.every((n) => n < 32) && !labelled) return false;
  if (/§\s*$|\bsection\s*$|\bsec\.\s*$|\bclause\s*$/.test(before)) return false;
  if (o[0] === 10 || (o[0] === 172 && o[1] >= 16 && o[1] <= 31) || (o[0] === 192 && o[1] === 168)) return low('private network address');
  if ((o[0] === 169 && o[1] === 254) || (o[0] === 100 && o[1] >= 64 && o[1] <= 127)) return low('link-local or carrier-grade NAT address');
  if (o[0] === 198 && (o[1] === 18 || o[1] === 19)) return low('benchmarking range');
  return labelled ? true : { confidence: 'medium' };
}

/** Parses an IPv6 address into 8 groups; undefined when malformed. */
export function ipv6Groups(v: string): number[] | undefined {
  const halves = v.split('::');
  if (halves.length > 2) return undefined;
  const parse = (s: string) => (s === '' ? [] : s.split(':'));
  const head = parse(halves[0]);
  const tail = halves.length === 2 ? parse(halves[1]) : [];
  if ([...head, ...tail].some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  return [...head, ...new Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail].map((g) => parseInt(g, 16));
}

function ipv6Verdict(ctx: MatchContext): ValidatorResult {
  const before = ctx.text[ctx.start - 1] ?? '';
  const after = textAfter(ctx, 1);
  if (/[0-9A-Za-z_:.]/.test(before) || /[0-9A-Za-z_]/.test(after)) return false;
  const g = ipv6Groups(ctx.value);
  if (!g) return false;
  // Mixed case within one address is how hashes and identifiers look, not how addresses are printed.
  if (/[a-f]/.test(ctx.value) && /[A-F]/.test(ctx.value)) return false;
  if (g[0] === 0x2001 && g[1] === 0x0db8) return false; // documentation prefix 2001:db8::/32
  if (isRepetitive(ctx.value)) return false;
  if ((g[0] & 0xfe00) === 0xfc00) return low('unique local address');
  if ((g[0] & 0xffc0) === 0xfe80) return low('link-local address');
  if ((g[0] & 0xe000) !== 0x2000) return false; // only global unicast 2000::/3 is routable
  // Compressed forms need at least three groups written, or the text must say it is an address.
  const written = ctx.value.split(':').filter((s) => s !== '').length;
  if (written < 3 && !wordNear(ctx.text, ctx.start, ctx.start + ctx.value.length, ['ip', 'ipv6', 'host', 'addr', 'address', 'server', 'client'], 40, ctx.memo)) return false;
  return true;
}

function macVerdict(ctx: MatchContext): ValidatorResult {
  const before = ctx.text[ctx.start - 1] ?? '';
  const after = textAfter(ctx, 2);
  if (/[0-9A-Za-z_:\-.]/.test(before)) return false;
  if (/[0-9A-Za-z_]/.test(after[0] ?? '') || (/[:\-.]/.test(after[0] ?? '') && /[0-9A-Fa-f]/.test(after[1] ?? ''))) return false;
  if (!consistentSeparators(ctx.value)) return false;
  const hex = ctx.value.replace(/[:-]/g, '');
  if (/[a-f]/.test(hex) && /[A-F]/.test(hex)) return false;
  if (/^0+$/.test(hex) || /^f+$/i.test(hex)) return false; // all-zero and broadcast
  if (parseInt(hex.slice(0, 2), 16) & 1) return false; // multicast group, not a device
  if (isRepetitive(hex) || /^(?:00:?11:?22:?33:?44:?55|01:?23:?45:?67:?89:?ab)$/i.test(ctx.value)) return false;
  // Times and ratios are digits only; a MAC with no hex letter needs a label.
  if (!/[a-f]/i.test(hex) && !wordNear(ctx.text, ctx.start, ctx.start + ctx.value.length, ['mac', 'hwaddr', 'ether', 'bssid', 'device', 'hardware'], 40, ctx.memo)) return false;
  return true;
}

export const networkRules: readonly Rule[] = [
  {
    id: 'ipv4-address',
    title: 'IPv4 address',
    category: 'pii',
    kind: 'IP_ADDRESS',
    severity: 'medium',
    description: 'A public IP address can locate a person or reveal infrastructure; the GDPR treats it as personal data.',
    keywords: [],
    anchor: DOTTED_DIGITS,
    pattern: /[12]?\d{1,2}\.[12]?\d{1,2}\.[12]?\d{1,2}\.[12]?\d{1,2}(?![\d])/,
    validators: [ipv4Verdict],
    examples: {
      positive: ['Connection from 84.17.42.119 refused', 'client_ip: "203.45.12.8"', 'ssh admin@51.158.104.23'],
      negative: [
        { text: "_IN('2.5.29.37', 'extKeyUsage');", reason: 'an X.509 object identifier with four arcs, not an address' },
        { text: '"version": "1.2.3.4"', reason: 'a version string' },
        { text: 'User-Agent: Chrome/120.0.6099.109', reason: 'a browser version in a user agent' },
        { text: 'server 192.0.2.44', reason: 'documentation range (RFC 5737)' },
        { text: 'listen 127.0.0.1', reason: 'loopback' },
        { text: 'netmask 255.255.255.0', reason: 'a netmask, not an address' },
        { text: 'oid 1.3.6.1.4.1.311', reason: 'an OID with more than four parts' },
        { text: '["84.17.42.0/24", "Example range"]', reason: 'a CIDR network block, not a host' },
      ],
      lowSeverity: ['DB_HOST=10.20.30.41', 'gateway 192.168.1.1', 'dig example.com gives address: "93.184.216.34"'],
    },
  },
  {
    id: 'ipv6-address',
    title: 'IPv6 address',
    category: 'pii',
    kind: 'IP_ADDRESS',
    severity: 'medium',
    description: 'A global IPv6 address often embeds a stable interface id that tracks a device across networks.',
    keywords: [],
    anchor: IPV6_GROUP,
    pattern: /(?:[23][0-9a-fA-F]{3}|[fF][c-eC-E][0-9a-fA-F]{2}):[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){1,6}/,
    validators: [ipv6Verdict],
    examples: {
      positive: ['remote_addr=2a02:8108:1140:5e4c:9c3a:41ff:fe2b:77d1', 'peer 2600:1f18:62b:a301::4e'],
      negative: [
        { text: 'see 2001:db8:85a3::8a2e:370:7334', reason: 'documentation prefix 2001:db8::/32' },
        { text: 'time 2023:10:12', reason: 'a date-like triple, not eight groups' },
        { text: 'std::vector<int> a2b3::c4d5', reason: 'C++ scope operators' },
      ],
      lowSeverity: ['fe80::1c2b:3dff:fe4a:5e6f%en0', 'ula fd12:3456:789a:1::20'],
    },
  },
  {
    id: 'mac-address',
    title: 'MAC address',
    category: 'pii',
    kind: 'MAC_ADDRESS',
    severity: 'medium',
    confidence: 'medium',
    description: 'A MAC address is a hardware identifier that tracks a device (and so its owner) across networks.',
    keywords: [],
    anchor: HEX_PAIRS,
    // One path for both separators (an alternation doubles the cost); the validator wants them consistent.
    pattern: /[0-9A-Fa-f](?<![0-9A-Za-z][0-9A-Fa-f])[0-9A-Fa-f][:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}/,
    validators: [macVerdict],
    examples: {
      positive: ['ether 3c:22:fb:7a:19:e4', 'MAC: A4-83-E7-2B-9C-10'],
      negative: [
        { text: 'mac 00:00:00:00:00:00', reason: 'all-zero address' },
        { text: 'sum 73c:22:fb:7a:19:e4', reason: 'inside a longer hexadecimal run, not a MAC address' },
        { text: 'mac ff:ff:ff:ff:ff:ff', reason: 'broadcast address' },
        { text: 'fe80:0:0:0:3c22:fbff:fe7a:19e4', reason: 'an IPv6 address, not six octets' },
        { text: 'mac 01:00:5e:7f:ff:fa', reason: 'a multicast group address' },
        { text: 'mac 3c:22-fb:7a:19:e4', reason: 'mixed separators' },
      ],
    },
  },
];
