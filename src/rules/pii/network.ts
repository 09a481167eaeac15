import { DOTTED_DIGITS, HEX_PAIRS, IPV6_GROUP } from '../../engine/anchors';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { consistentSeparators, isWordChar, low, textAfter, textBefore, wordOnSameLine } from './checks';

/**
 * Public DNS resolvers (Google, Cloudflare, Quad9, OpenDNS, Level 3, AdGuard, Yandex, Verisign, Comodo): the
 * addresses every network guide writes, of a service, not of a person. Reported at low severity.
 */
const PUBLIC_RESOLVERS_IPV4 = new Set([
  '8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '1.1.1.2', '1.0.0.2', '1.1.1.3', '1.0.0.3', '9.9.9.9', '9.9.9.10', '9.9.9.11',
  '149.112.112.112', '149.112.112.10', '149.112.112.11', '208.67.222.222', '208.67.220.220', '208.67.222.123', '208.67.220.123',
  '4.2.2.1', '4.2.2.2', '4.2.2.3', '4.2.2.4', '4.2.2.5', '4.2.2.6', '94.140.14.14', '94.140.15.15', '77.88.8.8', '77.88.8.1',
  '64.6.64.6', '64.6.65.6', '8.26.56.26', '8.20.247.20', '76.76.2.0', '76.76.10.0', '185.228.168.9', '185.228.169.9',
]);
/** The same resolvers' IPv6 addresses, as their groups written out (see ipv6Key). */
const PUBLIC_RESOLVERS_IPV6 = [
  '2001:4860:4860::8888', '2001:4860:4860::8844', '2606:4700:4700::1111', '2606:4700:4700::1001', '2606:4700:4700::1112',
  '2606:4700:4700::1002', '2606:4700:4700::1113', '2606:4700:4700::1003', '2620:fe::fe', '2620:fe::9', '2620:fe::10',
  '2620:fe::fe:10', '2620:fe::11', '2620:fe::fe:11', '2620:119:35::35', '2620:119:53::53', '2a10:50c0::ad1:ff', '2a10:50c0::ad2:ff',
  '2a02:6b8::feed:0ff', '2a02:6b8:0:1::feed:0ff', '2620:74:1b::1:1', '2620:74:1c::2:2',
];
const EXAMPLE_COM_IPV4 = new Set(['93.184.216.34', '93.184.215.14', '96.7.128.175', '23.192.228.80', '23.215.0.136']);
/** example.com's IPv6 addresses, old and new (see ipv6Key). */
const EXAMPLE_COM_IPV6 = ['2606:2800:220:1:248:1893:25c8:1946', '2606:2800:21f:cb07:6820:80da:af6b:8b2c', '2600:1406:3a00:21::173e:2e65', '2600:1406:bc00:53::b81e:94ce', '2600:1408:ec00:36::1736:7f24'];
const IP_WORDS = ['ip', 'ipv4', 'host', 'server', 'addr', 'address', 'client', 'remote', 'from', 'src', 'dst', 'peer', 'gateway', 'dns'];

/**
 * The example addresses people make up: one octet repeated (5.5.5.5, 123.123.123.123), an arithmetic
 * progression (1.2.3.4, 4.3.2.1, 11.22.33.44, 100.101.102.103, 10.20.30.40), a mirror (222.111.111.222), or
 * digits counting up or down across the octets (12.34.56.78, 98.76.54.32).
 */
export function patternedIpv4(o: readonly number[]): boolean {
  const d = o[1] - o[0];
  if (o[2] - o[1] === d && o[3] - o[2] === d) return true;
  if (o[0] === o[3] && o[1] === o[2]) return true;
  // The octets' digits in a row (as o.join('') writes them), read in place: every address of a log comes here.
  let count = 0;
  let previous = 0;
  let up = true;
  let down = true;
  for (let k = 0; k < o.length; k++) {
    const digits = String(o[k]);
    for (let i = 0; i < digits.length; i++) {
      const c = digits.charCodeAt(i);
      if (count > 0) {
        const step = c - previous;
        if (step !== 1 && step !== -9) up = false;
        if (step !== -1 && step !== 9) down = false;
        if (!up && !down) return false;
      }
      previous = c;
      count++;
    }
  }
  return count >= 6 && (up || down);
}

/**
 * What an IPv4 address says about a person, by its octets alone: false when it is no one's host (unspecified,
 * loopback, multicast, reserved, X.500 object identifiers), low severity when it is documentation, a public
 * service, a made-up example or a private network, true when it may be a person's public address.
 */
function ipv4ByOctets(o: readonly number[], v: string): ValidatorResult {
  if (o[0] === 0 || o[0] === 127 || o[0] >= 224) return false; // unspecified, loopback, multicast, reserved, broadcast
  // X.500 and X.509 object identifiers (2.5.4.x attribute types, 2.5.6.x object classes, 2.5.29.x certificate
  // extensions) have exactly four arcs and fill certificate libraries.
  if (o[0] === 2 && o[1] === 5 && (o[2] === 4 || o[2] === 6 || o[2] === 29)) return false;
  if ((o[0] === 192 && o[1] === 0 && o[2] === 2) || (o[0] === 198 && o[1] === 51 && o[2] === 100) || (o[0] === 203 && o[1] === 0 && o[2] === 113)) {
    return low('documentation range (RFC 5737)');
  }
  if (PUBLIC_RESOLVERS_IPV4.has(v)) return low('a public DNS resolver');
  // The addresses of example.com, used by documentation everywhere: no one's host.
  if (EXAMPLE_COM_IPV4.has(v)) return low('example.com address');
  if (patternedIpv4(o)) return low('a made-up example address');
  if (o[0] === 10 || (o[0] === 172 && o[1] >= 16 && o[1] <= 31) || (o[0] === 192 && o[1] === 168)) return low('private network address');
  if ((o[0] === 169 && o[1] === 254) || (o[0] === 100 && o[1] >= 64 && o[1] <= 127)) return low('link-local or carrier-grade NAT address');
  if (o[0] === 198 && (o[1] === 18 || o[1] === 19)) return low('benchmarking range');
  return true;
}

/**
 * True when the match stands on a line of an API documentation comment (a JSDoc, Javadoc or Doxygen block's
 * "* " line, or a "///" line): the addresses there are examples of a vendor's servers and resolvers
 * (Node's docs use Google's), not anyone's host.
 */
function inDocComment(ctx: MatchContext): boolean {
  // A doc comment's marker starts its line: look no further back than that line's first 200 characters,
  // and never ahead (a web log's address starts its line: nothing is searched).
  const text = ctx.text;
  const stop = Math.max(0, ctx.start - 200);
  let lineStart = ctx.start;
  while (lineStart > stop && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (lineStart === ctx.start || (lineStart === stop && stop > 0)) return false;
  return /^[ \t]*(?:\/\*\*|\*(?!\/)|\/\/\/)/.test(text.slice(lineStart, ctx.start));
}

/** Words that say the dotted numbers after them are versions: "bump foo from 2.1.0.0 to 2.2.0.3". */
const VERSION_VERB = /\b(?:bump|bumps|bumped|bumping|upgrade|upgrades|upgraded|upgrading|update|updates|updated|updating|downgrade|downgrades|downgraded|pin|pins|pinned|release|released|releases)\b/;

/** Characters of SVG path data (numbers, separators and path commands) and of `points` lists. */
const PATH_DATA_CHAR = /[0-9.eE+\-,\s MmLlHhVvCcSsQqTtAaZz]/;
/** PATH_DATA_CHAR over the ASCII range, by character code (1 where it matches): a log's address is tested on every line. */
const PATH_DATA_ASCII = Uint8Array.from({ length: 128 }, (_, c) => (PATH_DATA_CHAR.test(String.fromCharCode(c)) ? 1 : 0));
const isPathDataChar = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? PATH_DATA_ASCII[c] === 1 : PATH_DATA_CHAR.test(text[i]);
};
/** How far back a candidate looks for the start of the path data it may sit in. */
const PATH_DATA_REACH = 8192;

/**
 * True when the match lies in SVG or canvas path data: `d="M3.5 12.2.4.61 …"`, `points="…"`, `{ d: '…' }`.
 * Compressed path data writes "12.2 .4 .61" as "12.2.4.61", which reads as an address. The quoted run before
 * the match holds only path characters and starts with a moveto, or its attribute is named d, points or path.
 */
function inPathData(ctx: MatchContext): boolean {
  const text = ctx.text;
  const stop = Math.max(0, ctx.start - PATH_DATA_REACH);
  let i = ctx.start - 1;
  while (i >= stop && isPathDataChar(text, i)) i--;
  if (i < stop) return false;
  const opener = text[i];
  if (opener !== '"' && opener !== "'" && opener !== '`') return false;
  const run = text.slice(i + 1, ctx.start).trimStart();
  if (/^[Mm]/.test(run)) return true;
  return /(?:^|[^\w-])(?:d|points|path)["']?\s*[=:]\s*$/.test(text.slice(Math.max(0, i - 12), i));
}

/**
 * The octets of a dotted quad as the pattern matches it (four runs of one to three digits), or undefined when
 * one has a leading zero or is above 255.
 */
function octets(v: string): number[] | undefined {
  // Four elements from the start, as the pattern matches four runs (pushing onto [] would reserve seventeen).
  const o = [0, 0, 0, 0];
  let k = 0;
  let from = 0;
  for (let i = 0; i <= v.length; i++) {
    if (i < v.length && v.charCodeAt(i) !== 46) continue;
    if (i - from > 1 && v.charCodeAt(from) === 48) return undefined;
    let n = 0;
    for (let j = from; j < i; j++) n = n * 10 + v.charCodeAt(j) - 48;
    if (n > 255) return undefined;
    o[k++] = n;
    from = i + 1;
  }
  if (k < o.length) o.length = k;
  return o;
}

/** Words before dotted numbers that make them a version: "version 1.2.3.4", "v10.0.19041.1", "Chrome/91.0.4472.124" (agent). */
const VERSION_WORDS = ['v', 'ver', 'version', 'release', 'build', 'rev', 'revision', 'firmware', 'sdk', 'api', 'os', 'agent'];
const VERSION_BEFORE = new RegExp(String.raw`(?:^|[^a-z])(?:${VERSION_WORDS.join('|')})[\s:="'/(]*$`);
/** Object identifiers with four arcs: "(OID 1.3.101.110)". */
const OID_BEFORE = /(?:^|[^a-z])oid[\s:="'(]*$/;
/** "from 2.1.0.0 to 2.2.0.3". */
const FROM_TO_BEFORE = /(?:^|[^a-z])(?:from|to)\s+["'`]?$/;
/** "§ 4.2.10.1", "section 4.2.10.1", "sec. 4.2.10.1", "clause 4.2.10.1". */
const SECTION_BEFORE = /§\s*$|\bsection\s*$|\bsec\.\s*$|\bclause\s*$/;
/** The four, for a test that holds mayEndWithLabel to them. */
export const LABELS_BEFORE_ADDRESS: readonly RegExp[] = [VERSION_BEFORE, OID_BEFORE, FROM_TO_BEFORE, SECTION_BEFORE];
/** The words that end the text before an address in one of the four patterns above. */
const WORDS_BEFORE = new Set([...VERSION_WORDS, 'oid', 'from', 'to', 'section', 'clause']);

/** What may stand between such a word and the address (each pattern allows some of these, none more). */
const LABEL_GAP = /[\s:="'/(`]/;

/**
 * False when none of VERSION_BEFORE, OID_BEFORE, FROM_TO_BEFORE and SECTION_BEFORE can match `before` (lower
 * case): each wants one of WORDS_BEFORE (all of its letters, after no other letter), a '§' or a '.', and then
 * only characters of LABEL_GAP at the end. An access log's address (after a line break and a quote) and a
 * kubectl row's (after "89d   ") are spared all four.
 */
export function mayEndWithLabel(before: string): boolean {
  let i = before.length - 1;
  while (i >= 0 && LABEL_GAP.test(before[i])) i--;
  if (i < 0) return false;
  const c = before.charCodeAt(i);
  if (c === 0xa7 || c === 46) return true;
  let j = i;
  while (j >= 0 && before.charCodeAt(j) >= 97 && before.charCodeAt(j) <= 122) j--;
  return j < i && WORDS_BEFORE.has(before.slice(j + 1, i + 1));
}

function ipv4Verdict(ctx: MatchContext): ValidatorResult {
  const v = ctx.value;
  const o = octets(v);
  if (!o) return false;
  const before = textBefore(ctx, 24);
  const labelBefore = mayEndWithLabel(before);
  const prev = before[before.length - 1] ?? '';
  const after = textAfter(ctx, 2);
  // Inside a longer run of dotted numbers or an identifier: "1.3.6.1.4.1.311", "v1.2.3.4-beta", "12.2.4.61.5".
  if (isWordChar(prev) || isWordChar(after[0]) || prev === '.' || prev === '-') return false;
  if ((after[0] === '.' || after[0] === '-' || after[0] === '+') && /[\dA-Za-z]/.test(after[1] ?? '')) return false;
  // CIDR blocks ("100.64.0.0/10") name networks, not a person's host.
  if (after[0] === '/' && /\d/.test(after[1] ?? '')) return false;
  // Version strings: "version 1.2.3.4", "v10.0.19041.1", "Chrome/91.0.4472.124", "=1.0.0.1" in a manifest,
  // AssemblyVersion("4.8.0.0").
  if (labelBefore && VERSION_BEFORE.test(before)) return false;
  // Object identifiers with four arcs: "(OID 1.3.101.110)".
  if (labelBefore && OID_BEFORE.test(before)) return false;
  // "bump foo from 2.1.0.0 to 2.2.0.3": a version after from/to, when the line is about changing versions.
  if (labelBefore && FROM_TO_BEFORE.test(before) && VERSION_VERB.test(textBefore(ctx, 160).split('\n').pop()!)) return false;
  if (prev === '/' && !before.endsWith('//')) return false;
  if (inPathData(ctx)) return false;
  // The label is looked for only where the verdict depends on it (not for a private network's address).
  let labelled: boolean | undefined;
  // Small dotted numbers are versions and section numbers ("§ 4.2.10.1") far more often than addresses.
  if (o[0] < 32 && o[1] < 32 && o[2] < 32 && o[3] < 32 && !(labelled = ipLabelled(ctx)) && !PUBLIC_RESOLVERS_IPV4.has(v)) return false;
  if (labelBefore && SECTION_BEFORE.test(before)) return false;
  const verdict = ipv4ByOctets(o, v);
  if (verdict !== true) return verdict;
  if (inDocComment(ctx)) return low('an example in API documentation');
  return (labelled ?? ipLabelled(ctx)) ? true : UNLABELLED_ADDRESS;
}

/** Whether a word such as "ip", "host" or "client" stands near the address on its line. */
const ipLabelled = (ctx: MatchContext): boolean => wordOnSameLine(ctx.text, ctx.start, ctx.start + ctx.value.length, IP_WORDS, 40, ctx.memo);

/** The verdict on a public address with no label near it: one object for all of them (a log has one a line). */
const UNLABELLED_ADDRESS: ValidatorResult = Object.freeze({ confidence: 'medium' });

/** Parses an IPv6 address (an IPv4 address may stand for its last two groups) into 8 groups; undefined when malformed. */
export function ipv6Groups(v: string): number[] | undefined {
  // Without "::", every group is written: seven colons, or six before an IPv4 tail. A timestamp such as
  // 2026:21:20:30 (a log's) is refused before anything is split.
  if (!v.includes('::')) {
    let colons = 0;
    for (let i = v.indexOf(':'); i !== -1; i = v.indexOf(':', i + 1)) colons++;
    if (colons !== (v.includes('.') ? 6 : 7)) return undefined;
  }
  let text = v;
  let tail: number[] = [];
  const lastColon = v.lastIndexOf(':');
  if (v.indexOf('.', lastColon) !== -1) {
    const o = v.slice(lastColon + 1).split('.');
    if (o.length !== 4 || o.some((p) => !/^\d{1,3}$/.test(p) || (p.length > 1 && p[0] === '0') || Number(p) > 255)) return undefined;
    tail = [Number(o[0]) * 256 + Number(o[1]), Number(o[2]) * 256 + Number(o[3])];
    // "::ffff:1.2.3.4" keeps its "::"; "64:ff9b:0:0:0:0:1.2.3.4" loses only the separator.
    text = v[lastColon - 1] === ':' ? v.slice(0, lastColon + 1) : v.slice(0, lastColon);
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (s: string) => (s === '' ? [] : s.split(':'));
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  if ([...head, ...rest].some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const missing = 8 - head.length - rest.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  return [...head.map((g) => parseInt(g, 16)), ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...rest.map((g) => parseInt(g, 16)), ...tail];
}

/** An address as its eight groups joined, so that every way of writing it compares equal. */
const ipv6Key = (groups: readonly number[]): string => groups.map((g) => g.toString(16)).join(':');
const PUBLIC_RESOLVER_KEYS_IPV6 = new Set(PUBLIC_RESOLVERS_IPV6.map((a) => ipv6Key(ipv6Groups(a)!)));
const EXAMPLE_COM_KEYS_IPV6 = new Set(EXAMPLE_COM_IPV6.map((a) => ipv6Key(ipv6Groups(a)!)));

/** The IPv4 address that an IPv4-mapped (::ffff:0:0/96) or NAT64 (64:ff9b::/96, 64:ff9b:1::/48) address carries. */
function embeddedIpv4(g: readonly number[]): number[] | undefined {
  const mapped = g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff;
  const nat64 = g[0] === 0x64 && g[1] === 0xff9b && (g[2] === 0 || g[2] === 1);
  return mapped || nat64 ? [g[6] >> 8, g[6] & 0xff, g[7] >> 8, g[7] & 0xff] : undefined;
}

function ipv6Verdict(ctx: MatchContext): ValidatorResult {
  const before = ctx.text[ctx.start - 1] ?? '';
  const after = textAfter(ctx, 2);
  if (/[0-9A-Za-z_:.]/.test(before) || /[0-9A-Za-z_]/.test(after[0] ?? '')) return false;
  if (after[0] === '.' && /\d/.test(after[1] ?? '')) return false; // inside a longer dotted run
  const g = ipv6Groups(ctx.value);
  if (!g) return false;
  const v4 = embeddedIpv4(g);
  // An IPv4 address written as IPv6 says what the IPv4 address says.
  if (v4) return ipv4ByOctets(v4, v4.join('.'));
  if (g[0] === 0x2001 && g[1] === 0x0db8) return low('documentation prefix (RFC 3849)');
  // One group repeated ("2222:2222:…", "3333::3333") is filler; zero groups are not (the full form writes them all).
  if (new Set(g.filter((x) => x !== 0)).size < 2) return false;
  if (g[0] === 0x3fff && g[1] < 0x1000) return low('documentation prefix (RFC 9637)');
  if (PUBLIC_RESOLVER_KEYS_IPV6.has(ipv6Key(g))) return low('a public DNS resolver');
  if (EXAMPLE_COM_KEYS_IPV6.has(ipv6Key(g))) return low('example.com address');
  if ((g[0] & 0xfe00) === 0xfc00) return low('unique local address');
  if ((g[0] & 0xffc0) === 0xfe80) return low('link-local address');
  if ((g[0] & 0xe000) !== 0x2000) return false; // only global unicast 2000::/3 is routable
  // Compressed forms need at least three groups written, or the text must say it is an address.
  const written = ctx.value.split(':').filter((s) => s !== '').length;
  if (written < 3 && !wordOnSameLine(ctx.text, ctx.start, ctx.start + ctx.value.length, ['ip', 'ipv6', 'host', 'addr', 'address', 'server', 'client'], 40, ctx.memo)) return false;
  // Addresses may be written in any case (RFC 4291), but mixed case within one is how hashes and identifiers
  // look: kept, at low confidence.
  if (/[a-f]/.test(ctx.value) && /[A-F]/.test(ctx.value)) return { confidence: 'low' };
  if (inDocComment(ctx)) return low('an example in API documentation');
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
  if (!/[a-f]/i.test(hex) && !wordOnSameLine(ctx.text, ctx.start, ctx.start + ctx.value.length, ['mac', 'hwaddr', 'ether', 'bssid', 'device', 'hardware'], 40, ctx.memo)) return false;
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
    // Made-up addresses such as 1.2.3.4 are reported at low severity by the validator, not dropped as placeholders.
    allowPlaceholders: true,
    validators: [ipv4Verdict],
    examples: {
      positive: [
        'Connection from 84.17.42.119 refused',
        'client_ip: "203.45.12.8"',
        'ssh admin@51.158.104.23',
        'Failed password for root from 84.17.42.119 port 22 ssh2',
        '<text x="10" y="20">84.17.42.119</text>',
        '// banned 84.17.42.119 after the abuse report',
      ],
      negative: [
        { text: "_IN('2.5.29.37', 'extKeyUsage');", reason: 'an X.509 object identifier with four arcs, not an address' },
        { text: '"version": "1.2.3.4"', reason: 'a version string' },
        { text: 'User-Agent: Chrome/120.0.6099.109', reason: 'a browser version in a user agent' },
        { text: 'listen 127.0.0.1', reason: 'loopback' },
        { text: 'netmask 255.255.255.0', reason: 'a netmask, not an address' },
        { text: 'oid 1.3.6.1.4.1.311', reason: 'an OID with more than four parts' },
        { text: '["84.17.42.0/24", "Example range"]', reason: 'a CIDR network block, not a host' },
        { text: '<path d="M3.5 12.2.4.61 1.3.88 2.3.05.8-.2 1.1.4"/>', reason: 'compressed SVG path data ("12.2 .4 .61")' },
        { text: '<polygon points="84.17.42.119 12,3"/>', reason: 'SVG points data' },
        { text: "['path', { d: 'M3 12.25.5.75 1z' }]", reason: 'path data in an icon module' },
        { text: 'icon: "M21.5 2.5c84.17.42.119 1 1 0 0 1-1 1z"', reason: 'path data that starts with a moveto' },
        { text: 'Bumps foo from 2.1.0.0 to 2.2.0.3.', reason: 'four-part versions in a dependency bump' },
        { text: 'Upgraded Newtonsoft.Json from 12.0.0.0 to 13.0.0.1', reason: 'four-part assembly versions' },
        { text: 'dotnet-sdk 4.8.0.20230101', reason: 'a version whose last part is a date' },
        { text: '[assembly: AssemblyVersion("4.8.0.0")]', reason: 'an assembly version' },
        { text: 'release v10.0.19041.1', reason: 'a version after v' },
        { text: 'see 1.12.100.101.102 for details', reason: 'inside a longer run of dotted numbers' },
        { text: " * * `'x25519'` (OID 1.3.101.110)", reason: 'an object identifier with four arcs' },
      ],
      lowSeverity: [
        'DB_HOST=10.20.30.41',
        'gateway 192.168.1.1',
        'dig example.com gives address: "93.184.216.34"',
        'server 192.0.2.44',
        'remote_addr 198.51.100.23 and 203.0.113.9',
        'nameserver 8.8.8.8',
        'resolver: 1.1.1.1',
        'server 1.2.3.4',
        'host: 11.22.33.44',
        'client 100.101.102.103',
        'peer 123.123.123.123',
        'upstream 12.34.56.78',
        "console.log(blockList.check('222.111.111.222'));",
        "   * if (socket.remoteAddress === '74.125.127.100') {",
        "/// The remote address, for example '74.125.127.100'.",
      ],
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
    // The longest text form (eight groups, or six with an embedded IPv4 address) is 45 characters.
    window: 48,
    // Every RFC 4291/5952 text form: any case, compressed, with an embedded IPv4 address for the last 32 bits,
    // IPv4-mapped (::ffff:) and NAT64 (64:ff9b::). A group never stops before a digit or dot, so that the
    // embedded IPv4 address is read whole.
    pattern: /(?:(?:[23][0-9a-fA-F]{3}|[fF][c-eC-E][0-9a-fA-F]{2}|64:[fF]{2}9[bB])(?::[0-9a-fA-F]{0,4}(?![\d.])){1,7}|::[fF]{4}(?::0{1,4})?)(?::\d{1,3}(?:\.\d{1,3}){3})?/,
    // Every address the validator accepts has "::" or six colons in a row of groups (see ipv6Groups): the pattern
    // need not run on a web log's timestamp on every line (27/Nov/2026:13:45:12).
    windowNeeds: /::|(?::[0-9a-fA-F]{0,4}){5}:/,
    // The validator judges repeated groups itself; "::ffff:1.2.3.4" is a made-up example, reported low.
    allowPlaceholders: true,
    validators: [ipv6Verdict],
    // The IPv4 address inside a mapped or NAT64 address is part of this one finding.
    overrides: ['ipv4-address'],
    examples: {
      positive: [
        'remote_addr=2a02:8108:1140:5e4c:9c3a:41ff:fe2b:77d1',
        'peer 2600:1f18:62b:a301::4e',
        'REMOTE_ADDR=2A02:8108:1140:5E4C:9C3A:41FF:FE2B:77D1',
        'client [2a02:8108:1140:5e4c::77d1]:443',
        'from 2a02:8108:1140:5e4c:0000:0000:0000:77d1',
        'client ::ffff:84.17.42.119 connected',
        'X-Forwarded-For: ::FFFF:84.17.42.119',
        'src 64:ff9b::84.17.42.119',
        'src 64:ff9b::5411:2a77',
        'host 2a02:8108:1140:5e4c:9c3a:41ff:84.17.42.119',
        'peer 2a02:8108:1140:5e4c::84.17.42.119',
      ],
      negative: [
        { text: 'time 2023:10:12', reason: 'a date-like triple, not eight groups' },
        { text: 'std::vector<int> a2b3::c4d5', reason: 'C++ scope operators' },
        { text: 'listen ::ffff:127.0.0.1', reason: 'IPv4 loopback, mapped' },
        { text: 'sum 2a02:8108:1140:5e4c:9c3a:41ff:84.17.42.119.5', reason: 'inside a longer dotted run' },
      ],
      lowSeverity: [
        'fe80::1c2b:3dff:fe4a:5e6f%en0',
        'ula fd12:3456:789a:1::20',
        'see 2001:db8:85a3::8a2e:370:7334',
        'server 2001:DB8::1',
        'host 2001:db8::192.0.2.33',
        'addr 3fff:0:1::5',
        'nameserver 2001:4860:4860::8888',
        'dns 2606:4700:4700:0:0:0:0:1111',
        'client ::ffff:192.168.1.20',
        'peer ::ffff:203.0.113.7',
        'via 64:ff9b::192.0.2.33',
        '// address: "2606:2800:220:1:248:1893:25c8:1946" family: IPv6',
        "   * For example, '2001:4860:a005::68'.",
      ],
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
