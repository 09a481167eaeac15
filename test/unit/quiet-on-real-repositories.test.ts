/**
 * Issue 14 (no false alarm from SVG paths, version numbers, placeholder people, names that are not people) and
 * issue 9 sections 4 and 5 (IPv6 in every text form; documentation and public service addresses at low
 * severity): invariants over generated values, and the verdicts that say "demoted", not "dropped".
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scan } from '../../src/catalogue';
import type { Finding } from '../../src/engine';
import { ipv6Groups, LABELS_BEFORE_ADDRESS, mayEndWithLabel, patternedIpv4 } from '../../src/rules/pii/network';
import { isGivenName } from '../../src/rules/pii/person-name';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const SEED = process.env.PROPERTY_SEED === 'random' ? Date.now() : Number(process.env.PROPERTY_SEED ?? 20240611);

const byRule = (text: string, ruleId: string): Finding[] => scan(text).filter((f) => f.ruleId === ruleId);
const verdict = (text: string, ruleId: string): string[] => byRule(text, ruleId).map((f) => `${text.slice(f.start, f.end)} ${f.severity}/${f.confidence}`);

/** A public octet that makes no documentation, private or reserved address when it comes first. */
const firstOctet = fc.integer({ min: 11, max: 223 }).filter((n) => n !== 100 && n !== 127 && n !== 169 && n !== 172 && n !== 192 && n !== 198 && n !== 203);
const octet = fc.integer({ min: 0, max: 255 });
/** A public IPv4 address that no pattern makes look made up. */
const publicIpv4 = fc.tuple(firstOctet, octet, octet, octet).filter((o) => !patternedIpv4(o)).map((o) => o.join('.'));

/** A number as compressed path data writes it: "12.25", ".5", "-1.06". */
const pathNumber = fc
  .tuple(fc.boolean(), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
  .map(([neg, int, frac, noLead]) => `${neg ? '-' : ''}${noLead && int === 0 ? '' : int}.${frac}`);
const pathCommand = fc.constantFrom('M', 'm', 'L', 'l', 'c', 'C', 's', 'q', 'a', 'h', 'v', 'z');
/** Compressed SVG path data: commands, then numbers glued by their dots, spaces or signs. */
const pathData = fc
  .array(fc.tuple(pathCommand, fc.array(pathNumber, { minLength: 1, maxLength: 8 }), fc.constantFrom('', ' ', ',')), { minLength: 1, maxLength: 12 })
  .map((segments) => 'M' + segments.map(([cmd, nums, sep]) => `${cmd}${nums.join(sep)}`).join(' '));

describe('quiet on real repositories (issue 14) and IP addresses in every form (issue 9)', () => {
  describe('dotted numbers that are not IPv4 addresses', () => {
    it('finds no address in SVG path or points data, whatever numbers it holds', () => {
      fc.assert(
        fc.property(pathData, publicIpv4, fc.constantFrom('<path d="%"/>', "{ d: '%' }", '<polygon points="%"/>', 'ctx.stroke(new Path2D("%"))'), (d, ip, shape) => {
          const text = shape.replace('%', `${d} ${ip} ${d.slice(1)}`);
          assert.deepEqual(verdict(text, 'ipv4-address'), [], text);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });

    it('still finds the same address outside path data', () => {
      fc.assert(
        fc.property(publicIpv4, (ip) => {
          assert.equal(byRule(`<text x="2">client ${ip}</text>`, 'ipv4-address').length, 1, ip);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });

    it('reads four-part numbers as versions after from/to on a line that bumps or upgrades, as an address otherwise', () => {
      fc.assert(
        fc.property(publicIpv4, publicIpv4, fc.constantFrom('Bumps foo', 'bump foo', 'Upgraded Foo.Bar', 'chore(deps): update foo'), (a, b, verb) => {
          assert.deepEqual(verdict(`${verb} from ${a} to ${b}`, 'ipv4-address'), []);
        }),
        { numRuns: RUNS, seed: SEED },
      );
      assert.equal(byRule('Connection from 84.17.42.119 to 51.158.104.23 refused', 'ipv4-address').length, 2);
    });

    it('reports made-up addresses (progressions, repeated octets, counting digits) at low severity, never drops them', () => {
      const made = fc.oneof(
        fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 })).map(([start, step]) => [start, start + step, start + 2 * step, start + 3 * step]),
        fc.integer({ min: 1, max: 223 }).map((n) => [n, n, n, n]),
      );
      fc.assert(
        fc.property(made, (o) => {
          fc.pre(o.every((n) => n <= 255) && o[0] !== 127);
          const found = byRule(`server ${o.join('.')}`, 'ipv4-address');
          assert.equal(found.length, 1, o.join('.'));
          assert.equal(found[0].severity, 'low', o.join('.'));
        }),
        { numRuns: RUNS, seed: SEED },
      );
      for (const ip of ['1.2.3.4', '4.3.2.1', '11.22.33.44', '100.101.102.103', '12.34.56.78', '98.76.54.32']) assert.ok(patternedIpv4(ip.split('.').map(Number)), ip);
      for (const ip of ['84.17.42.119', '51.158.104.23', '203.45.12.8']) assert.ok(!patternedIpv4(ip.split('.').map(Number)), ip);
    });
  });

  describe('IPv6 in every RFC 4291/5952 text form', () => {
    const group = fc.integer({ min: 0, max: 0xffff });
    /** A global unicast address (2000::/3) outside the documentation, resolver and 6to4-like special ranges. */
    const globalV6 = fc
      .tuple(fc.integer({ min: 0x2400, max: 0x2fff }), fc.array(group, { minLength: 7, maxLength: 7 }))
      .map(([first, rest]) => [first, ...rest])
      .filter((g) => g.slice(1).some((x) => x > 0x00ff));
    const full = (g: number[]) => g.map((x) => x.toString(16).padStart(4, '0')).join(':');
    const short = (g: number[]) => g.map((x) => x.toString(16)).join(':');
    /** RFC 5952: the longest run of two or more zero groups becomes "::". */
    const compressed = (g: number[]) => {
      let best = [-1, 0];
      for (let i = 0; i < 8; ) {
        let j = i;
        while (j < 8 && g[j] === 0) j++;
        if (j - i > best[1]) best = [i, j - i];
        i = j === i ? i + 1 : j;
      }
      if (best[1] < 2) return short(g);
      const head = g.slice(0, best[0]).map((x) => x.toString(16)).join(':');
      const tail = g.slice(best[0] + best[1]).map((x) => x.toString(16)).join(':');
      return `${head}::${tail}`;
    };
    const withZeros = globalV6.chain((g) => fc.tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 4 })).map(([at, n]) => g.map((x, i) => (i >= at && i < Math.min(8, at + n) ? 0 : x))));

    it('parses full, short, compressed and upper-case forms to the same groups, and reports each the same way', () => {
      fc.assert(
        fc.property(fc.oneof(globalV6, withZeros), (g) => {
          const forms = [full(g), short(g), compressed(g), compressed(g).toUpperCase(), full(g).toUpperCase()];
          for (const form of forms) assert.deepEqual(ipv6Groups(form), g, form);
          const verdicts = forms.map((form) => byRule(`remote_addr=${form}`, 'ipv6-address').map((f) => `${f.severity}/${f.confidence}`).join());
          assert.deepEqual(verdicts, verdicts.map(() => 'medium/high'), forms.join(' '));
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });

    it('refuses a log timestamp as an IPv6 address before splitting it (neither "::" nor all eight groups)', () => {
      for (const v of ['2026:21:20:30', '2001:db8:1:2:3:4:5', '2001:db8:1:2:3:4:5:6:7', '2001:db8:1:2:3:4:5:1.2.3.4']) assert.equal(ipv6Groups(v), undefined, v);
      assert.deepEqual(ipv6Groups('2001:db8:1:2:3:4:5:6'), [0x2001, 0xdb8, 1, 2, 3, 4, 5, 6]);
    });

    it("never skips a check of the words before an IPv4 address (version, oid, from/to, section) that would match", () => {
      const fragment = fc.constantFrom('v', 'ver', 'version', 'agent', 'oid', 'from', 'to', 'section', 'sec', 'clause', 'bump', '§', 'x', 'é', '1', '_', ' ', '\t', '\n', ':', '=', '"', "'", '/', '(', '`', '.', '-');
      fc.assert(
        fc.property(fc.array(fragment, { maxLength: 8 }), (parts) => {
          const before = parts.join('').slice(-24);
          if (LABELS_BEFORE_ADDRESS.some((re) => re.test(before))) assert.ok(mayEndWithLabel(before), JSON.stringify(before));
        }),
        { numRuns: 2000, seed: SEED },
      );
      assert.equal(mayEndWithLabel('27/nov/2026 "\n'), false);
      assert.equal(mayEndWithLabel('running   3   89d    '), false);
      assert.equal(mayEndWithLabel('firmware: "'), true);
    });

    it('reads an embedded IPv4 address as the last two groups', () => {
      assert.deepEqual(ipv6Groups('::ffff:84.17.42.119'), [0, 0, 0, 0, 0, 0xffff, 0x5411, 0x2a77]);
      assert.deepEqual(ipv6Groups('64:ff9b::84.17.42.119'), [0x64, 0xff9b, 0, 0, 0, 0, 0x5411, 0x2a77]);
      assert.deepEqual(ipv6Groups('2a02:8108:1140:5e4c:9c3a:41ff:84.17.42.119'), [0x2a02, 0x8108, 0x1140, 0x5e4c, 0x9c3a, 0x41ff, 0x5411, 0x2a77]);
      assert.equal(ipv6Groups('::ffff:84.17.42.300'), undefined);
      assert.equal(ipv6Groups('1:2:3:4:5:6:7:84.17.42.119'), undefined);
    });

    it('judges a mapped or NAT64 address by the IPv4 address it carries, as one finding', () => {
      assert.deepEqual(verdict('client ::ffff:84.17.42.119', 'ipv6-address'), ['::ffff:84.17.42.119 medium/high']);
      assert.deepEqual(verdict('client ::ffff:84.17.42.119', 'ipv4-address'), []);
      assert.deepEqual(verdict('src 64:ff9b::5411:2a77', 'ipv6-address'), ['64:ff9b::5411:2a77 medium/high']);
      assert.deepEqual(verdict('src ::ffff:10.1.2.3', 'ipv6-address'), ['::ffff:10.1.2.3 low/high']);
      assert.deepEqual(verdict('src ::ffff:127.0.0.1', 'ipv6-address'), []);
    });

    it('keeps a mixed-case address, at low confidence', () => {
      assert.deepEqual(verdict('peer 2a02:8108:1140:5E4c:9c3a:41ff:fe2b:77d1', 'ipv6-address'), ['2a02:8108:1140:5E4c:9c3a:41ff:fe2b:77d1 medium/low']);
    });
  });

  describe('documentation and public service addresses: low severity, never dropped', () => {
    for (const [text, value] of [
      ['nameserver 8.8.8.8', '8.8.8.8'],
      ['dns: 9.9.9.9', '9.9.9.9'],
      ['server 2001:4860:4860::8888', '2001:4860:4860::8888'],
      ['server 2001:4860:4860:0:0:0:0:8888', '2001:4860:4860:0:0:0:0:8888'],
      ['dns 2606:4700:4700::1111', '2606:4700:4700::1111'],
      ['see 192.0.2.44', '192.0.2.44'],
      ['see 2001:db8::1', '2001:db8::1'],
      ['see 2001:0DB8:0000:0000:0000:0000:0000:0001', '2001:0DB8:0000:0000:0000:0000:0000:0001'],
    ]) {
      it(`${text}: found at low severity`, () => {
        const found = scan(text).filter((f) => text.slice(f.start, f.end) === value);
        assert.equal(found.length, 1, `${value} in ${text}: ${scan(text).map((f) => f.ruleId)}`);
        assert.equal(found[0].severity, 'low');
        assert.equal(scan(text, { minSeverity: 'medium' }).length, 0);
      });
    }
  });

  describe('placeholder people and places: low severity', () => {
    for (const text of [
      '{ "customer_name": "John Doe", "shipping_address": "123 Main St, Anytown, CA 12345" }',
      'full_name: Jane Doe\nbilling address: 456 Elm Street, Anytown',
      'Anschrift: Musterstraße 1, 12345 Musterstadt',
      'last_name: Mustermann',
    ]) {
      it(JSON.stringify(text), () => {
        const found = scan(text);
        assert.ok(found.length > 0, 'found');
        assert.deepEqual(found.filter((f) => f.severity !== 'low').map((f) => f.ruleId), []);
      });
    }
  });

  describe('package.json attribution', () => {
    it('reports every address of a long contributors list at low severity, as it does a short one', () => {
      const people = Array.from({ length: 200 }, (_, i) => `    "Contributor ${i} <contributor${i}@mail-${i}.dev>"`);
      const text = `{\n  "name": "ua-like",\n  "contributors": [\n${people.join(',\n')}\n  ],\n  "license": "MIT"\n}\n`;
      const found = byRule(text, 'email-address');
      assert.equal(found.length, 200);
      assert.deepEqual(found.filter((f) => f.severity !== 'low').map((f) => f.line + 1), []);
    });
  });

  describe('names that are not people', () => {
    it('knows given names from the packaged list, with or without accents', () => {
      for (const name of ['Olivia', 'marie', 'HANS', 'Zoë', 'Ana']) assert.ok(isGivenName(name), name);
      for (const word of ['Build', 'Helper', 'Test', 'Runner', 'Router']) assert.ok(!isGivenName(word), word);
    });

    it('reports a name with a known given name as declared', () => {
      assert.deepEqual(verdict('{ "customer_name": "Ana Silva" }', 'person-name-labelled'), ['Ana Silva medium/medium']);
    });

    it('keeps a name without a known given name: as declared when its words read as a name, else at low confidence', () => {
      assert.deepEqual(verdict('{ "customer_name": "Aarav Sharma" }', 'person-name-labelled'), ['Aarav Sharma medium/medium']);
      assert.deepEqual(verdict('{ "customer_name": "Aarav Chabot" }', 'person-name-labelled'), ['Aarav Chabot medium/medium']);
      assert.deepEqual(verdict('{ "customer_name": "Aarav S. Sharma" }', 'person-name-labelled'), ['Aarav S. Sharma medium/low']);
      assert.deepEqual(verdict('{ "customer_name": "Aarav Window Cleaning" }', 'person-name-labelled'), ['Aarav Window Cleaning medium/low']);
    });

    it('reports tool, bot and product names at low severity: hidden by default, never dropped', () => {
      for (const name of ['Build Helper', 'Test Runner', 'Release Bot', 'Deploy Agent', 'Dependabot Preview']) {
        const text = `{ "full_name": "${name}" }`;
        assert.deepEqual(verdict(text, 'person-name-labelled'), [`${name} low/low`], text);
        assert.deepEqual(scan(text, { minSeverity: 'medium' }), [], text);
      }
    });
  });
});
