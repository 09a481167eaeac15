/**
 * IP addresses in every text form, and their look-alikes (issue 9 section 4 and 5, issue 14 classes 1, 4, 5):
 * - IPv6 written every way RFC 4291 and RFC 5952 allow (full, zero-padded, compressed, upper case, embedded
 *   IPv4, ::ffff: mapped, 64:ff9b:: NAT64), and IPv4 beside SVG drawings, in logs, configs and prose;
 * - documentation ranges, public resolvers, made-up addresses, placeholder people and places, tool and bot
 *   names under a person's key: found at low severity only (hidden by default);
 * - SVG path data, four-part version numbers and object identifiers: no finding at all.
 * Values are drawn fresh from `rng`, never taken from the rules' examples.
 */
import { DIGITS, type Rng } from '../rng';
import type { Expected, Generator, Sample } from '../types';

const hex = (n: number) => n.toString(16);
/** A public IPv4 address no pattern makes look made up (first octets of ordinary ISP and cloud ranges). */
function publicIpv4(rng: Rng): string {
  for (;;) {
    const o = [rng.pick([24, 37, 46, 62, 78, 81, 89, 95, 109, 145, 176, 185, 188, 212, 217]), rng.int(1, 254), rng.int(0, 254), rng.int(1, 254)];
    const d = o[1] - o[0];
    if (!(o[2] - o[1] === d && o[3] - o[2] === d) && !(o[0] === o[3] && o[1] === o[2])) return o.join('.');
  }
}
/** The eight groups of a global unicast address in ISP and cloud ranges (2a00::/12, 2600::/12, 2400::/12...). */
function globalV6Groups(rng: Rng): number[] {
  const g = [rng.pick([0x2a00, 0x2a01, 0x2a02, 0x2600, 0x2601, 0x2604, 0x2406, 0x2804, 0x2c0f]) + rng.int(0, 0xff), rng.int(0x100, 0xffff)];
  for (let i = 2; i < 8; i++) g.push(rng.bool(0.25) ? 0 : rng.int(1, 0xffff));
  if (g.slice(2).every((x) => x === 0)) g[7] = rng.int(0x100, 0xffff);
  return g;
}
/** RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups as "::". */
function canonical(g: readonly number[]): string {
  let best = [-1, 0];
  for (let i = 0; i < g.length; ) {
    let j = i;
    while (j < g.length && g[j] === 0) j++;
    if (j - i > best[1]) best = [i, j - i];
    i = j > i ? j : i + 1;
  }
  if (best[1] < 2) return g.map(hex).join(':');
  return `${g.slice(0, best[0]).map(hex).join(':')}::${g.slice(best[0] + best[1]).map(hex).join(':')}`;
}
/** Every text form of one address. */
const V6_FORMS: readonly ((g: number[], rng: Rng) => string)[] = [
  (g) => canonical(g),
  (g) => canonical(g).toUpperCase(),
  (g) => g.map((x) => hex(x).padStart(4, '0')).join(':'),
  (g) => g.map(hex).join(':'),
  (g, rng) => `${g.slice(0, 6).map(hex).join(':')}:${publicIpv4(rng)}`,
  (_g, rng) => `::ffff:${publicIpv4(rng)}`,
  (_g, rng) => `::FFFF:${publicIpv4(rng)}`,
  (_g, rng) => `64:ff9b::${publicIpv4(rng)}`,
];

/** Where an address is pasted from: a log line, a config, prose, JSON, an nginx rule. */
const PLACES: readonly ((ip: string, rng: Rng) => { syntax: string; text: string })[] = [
  (ip, rng) => ({ syntax: 'log', text: `2024-11-0${rng.int(1, 9)}T08:${rng.int(10, 59)}:31Z WARN auth failed for user=${rng.pick(['mlopez', 'jchen', 'admin'])} from ${ip} port ${rng.int(1024, 65535)}\n` }),
  (ip) => ({ syntax: 'nginx', text: `location /admin {\n    allow ${ip};\n    deny all;\n}\n` }),
  (ip) => ({ syntax: 'prose', text: `The customer says the suspicious logins came from ${ip} last night; can you check?\n` }),
  (ip) => ({ syntax: 'json', text: `{ "event": "login", "client_ip": "${ip}", "ok": false }\n` }),
  (ip) => ({ syntax: 'env', text: `ALLOWED_CLIENT=${ip}\n` }),
];

/** Compressed SVG path data: dotted runs such as "12.2.4.61" ("12.2 .4 .61") throughout. */
function pathData(rng: Rng): string {
  const num = () => `${rng.bool(0.3) ? '-' : ''}${rng.bool(0.4) ? '' : rng.int(0, 40)}.${rng.chars(DIGITS, rng.int(1, 2))}`;
  const parts: string[] = [`M${rng.int(0, 24)}.${rng.int(1, 9)} ${num()}`];
  for (let i = rng.int(4, 10); i > 0; i--) parts.push(`${rng.pick(['c', 'l', 's', 'a', 'q', 'C', 'L'])}${Array.from({ length: rng.int(2, 6) }, num).join('')}`);
  return `${parts.join('')}z`;
}
const version4 = (rng: Rng) => `${rng.int(1, 14)}.${rng.int(0, 9)}.${rng.int(0, 30)}.${rng.int(0, 9)}`;
const PACKAGES = ['Newtonsoft.Json', 'System.Text.Json', 'Microsoft.Data.SqlClient', 'Serilog', 'AutoMapper', 'log4net'];

const LOOK_ALIKES: readonly ((rng: Rng) => { negative: string; syntax: string; text: string })[] = [
  (rng) => ({ negative: 'svg-path-data', syntax: 'svg', text: `<svg viewBox="0 0 24 24"><path d="${pathData(rng)}"/><path d="${pathData(rng)}"/></svg>\n` }),
  (rng) => ({ negative: 'svg-path-data', syntax: 'jsx', text: `export const Icon = () => <svg><path d="${pathData(rng)}" /></svg>;\n` }),
  (rng) => ({ negative: 'svg-path-data', syntax: 'javascript', text: `const icons = { logo: ['path', { d: '${pathData(rng)}' }] };\n` }),
  (rng) => ({ negative: 'four-part-version', syntax: 'markdown', text: `- Bumps [${rng.pick(PACKAGES)}](https://github.com/org/repo) from ${version4(rng)} to ${version4(rng)}.\n` }),
  (rng) => ({ negative: 'four-part-version', syntax: 'markdown', text: `## ${version4(rng)} (2024-0${rng.int(1, 9)}-1${rng.int(0, 9)})\n\n- Upgraded ${rng.pick(PACKAGES)} from ${version4(rng)} to ${version4(rng)}\n` }),
  (rng) => ({ negative: 'four-part-version', syntax: 'csharp', text: `[assembly: AssemblyVersion("${version4(rng)}")]\n[assembly: AssemblyFileVersion("${version4(rng)}")]\n` }),
  (rng) => ({ negative: 'four-part-version', syntax: 'xml', text: `<PackageReference Include="${rng.pick(PACKAGES)}" Version="${version4(rng)}" />\n` }),
  (rng) => ({ negative: 'four-part-version', syntax: 'text', text: `dotnet-runtime ${rng.int(4, 8)}.${rng.int(0, 9)}.${rng.int(0, 9)}.2024${rng.int(10, 12)}${rng.int(10, 28)}\n` }),
];

/** Values found at low severity only: documentation, public services, made-up and stand-in values. */
const LOW_VALUES: readonly ((rng: Rng) => { syntax: string; text: string; value: string; kind: string })[] = [
  (rng) => {
    const value = `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`;
    return { syntax: 'markdown', kind: 'ipv4', value, text: `Point the record at \`${value}\` and wait for it to propagate.\n` };
  },
  (rng) => {
    const value = rng.pick(['8.8.8.8', '8.8.4.4', '1.1.1.1', '9.9.9.9', '208.67.222.222']);
    return { syntax: 'yaml', kind: 'ipv4', value, text: `dns:\n  nameservers:\n    - ${value}\n` };
  },
  (rng) => {
    const value = `2001:db8:${hex(rng.int(1, 0xffff))}::${hex(rng.int(1, 0xffff))}`;
    return { syntax: 'prose', kind: 'ipv6', value, text: `Give the interface the address ${value} for the test.\n` };
  },
  (rng) => {
    const value = rng.pick(['2001:4860:4860::8888', '2606:4700:4700::1111', '2620:fe::fe']);
    return { syntax: 'conf', kind: 'ipv6', value, text: `nameserver ${value}\n` };
  },
  (rng) => {
    const start = rng.int(1, 60);
    const step = rng.int(1, 40);
    const value = [start, start + step, start + 2 * step, start + 3 * step].join('.');
    return { syntax: 'json', kind: 'ipv4', value, text: `{ "host": "${value}", "port": ${rng.int(1024, 9000)} }\n` };
  },
  (rng) => {
    const value = rng.pick(['John Doe', 'Jane Doe', 'Joe Bloggs', 'Max Mustermann']);
    return { syntax: 'json', kind: 'person-name', value, text: `{ "customer_name": "${value}", "plan": "pro" }\n` };
  },
  (rng) => {
    const value = `${rng.pick(['123', '1234'])} Main St${rng.bool() ? `, Anytown, ${rng.pick(['CA', 'NY', 'TX'])} 12345` : ''}`;
    return { syntax: 'yaml', kind: 'postal-address', value, text: `shipping_address: ${value}\n` };
  },
  (rng) => {
    const value = `${rng.pick(['Build', 'Release', 'Deploy', 'Test', 'Lint'])} ${rng.pick(['Helper', 'Runner', 'Bot', 'Agent', 'Checker'])}`;
    return { syntax: 'json', kind: 'person-name', value, text: `{ "full_name": "${value}", "role": "ci" }\n` };
  },
];

export const addressesAndPeople: Generator = {
  name: 'addresses-and-people',
  generate(rng) {
    const samples: Sample[] = [];
    for (const form of V6_FORMS) {
      const value = form(globalV6Groups(rng), rng);
      const { syntax, text } = rng.pick(PLACES)(value, rng);
      samples.push({ generator: 'addresses-and-people', syntax, text, expected: [{ category: 'pii', kind: 'ipv6', value }] });
    }
    // A real address beside a drawing: the path data must not hide it, and must not be reported itself.
    const ip = publicIpv4(rng);
    samples.push({
      generator: 'addresses-and-people',
      syntax: 'svg',
      text: `<svg><path d="${pathData(rng)}"/><text x="4" y="20">blocked ${ip}</text></svg>\n`,
      expected: [{ category: 'pii', kind: 'ipv4', value: ip }],
    });
    for (const make of LOOK_ALIKES) {
      const { negative, syntax, text } = make(rng);
      samples.push({ generator: 'addresses-and-people', syntax, negative, text, expected: [] });
    }
    for (const make of LOW_VALUES) {
      const { syntax, text, value, kind } = make(rng);
      const expected: Expected[] = [{ category: 'pii', kind, value, severity: 'low' }];
      samples.push({ generator: 'addresses-and-people', syntax, negative: 'documentation-or-stand-in', text, expected });
    }
    return samples;
  },
};
