/**
 * Values only their shape gives away, reported at low confidence rather than dropped (issue 9): letters-only
 * passwords in properties and INI files, spaced passphrases unquoted in YAML, .env and properties files, and
 * legacy Vault tokens where nothing says Vault. Properties over random values, with a fixed seed.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scan } from '../../src/catalogue';
import { verhoeffValid } from '../../src/engine/validators';
import { looksLikeDateStamp } from '../../src/rules/pii/checks';

const RUNS = { seed: 20251205, numRuns: 150 };
/** Words of four to ten lower-case letters that no form or sentence uses: drawn, not from a dictionary. */
const word = fc.stringMatching(/^[bcdfghjklmnpqrstvwxz][aeiou][bcdfghjklmnpqrstvwxz][aeiou][bcdfghjklmnpqrstvwxz]{1,4}[aeiou]?$/);

function foundWhole(text: string, value: string): boolean {
  const at = text.indexOf(value);
  return scan(text).some((f) => f.category === 'secret' && f.start <= at && f.end >= at + value.length);
}

describe('doubtful values', () => {
  it('finds a letters-only password in a properties or INI line with blanks around "="', () => {
    const places = [(v: string) => `spring.datasource.password = ${v}\n`, (v: string) => `[database]\nhost = db.internal\npassword = ${v}\n`, (v: string) => `mail.smtp.pass = ${v}`];
    const value = fc.oneof(
      fc.tuple(word, word).map(([a, b]) => a + b),
      fc.tuple(word, word).map(([a, b]) => `${a[0].toUpperCase()}${a.slice(1)}_${b[0].toUpperCase()}${b.slice(1)}`),
      fc.tuple(word, word, word).map((ws) => ws.map((w) => w[0].toUpperCase() + w.slice(1)).join('')),
    );
    fc.assert(fc.property(value, fc.constantFrom(...places), (v, place) => assert.ok(foundWhole(place(v), v), place(v))), RUNS);
  });

  it('finds a spaced passphrase written without quotes to the end of its line', () => {
    const places = [(v: string) => `smtp:\n  password: ${v}\n`, (v: string) => `ADMIN_PASSWORD=${v}\n`, (v: string) => `db.password = ${v}\n`, (v: string) => `keystore_passphrase: ${v}`];
    const phrase = fc.array(word, { minLength: 3, maxLength: 6 }).map((ws) => ws.join(' '));
    fc.assert(fc.property(phrase, fc.constantFrom(...places), (v, place) => assert.ok(foundWhole(place(v), v), place(v))), RUNS);
  });

  it('stays quiet on sentences and code under a password name', () => {
    for (const text of [
      'password: must be at least twelve characters long\n',
      '[messages]\npassword = Please enter the password again\n',
      '    this.password = generated\n',
      'password = getpass\n',
      'db.password = Required\n',
    ]) {
      assert.deepEqual(scan(text, { minSeverity: 'low' }).map((f) => f.ruleId), [], text);
    }
  });

  it('finds a legacy Vault token as a whole value in any syntax, and never a member access in code', () => {
    const token = fc.stringMatching(/^[A-Za-z0-9]{24}$/).filter((b) => /\d/.test(b) && /[a-z]/.test(b) && /[A-Z]/.test(b) && new Set(b).size >= 14 && !/tbd|todo|xxx|fake|test|none|null|temp/i.test(b));
    const places = [(t: string) => `TOKEN=${t}\n`, (t: string) => `token: ${t}\n`, (t: string) => `{"client_token": "${t}"}`, (t: string) => `setToken('${t}')`];
    fc.assert(fc.property(token, fc.constantFrom(...places), (b, place) => assert.ok(foundWhole(place(`s.${b}`), `s.${b}`), place(`s.${b}`))), RUNS);
    fc.assert(
      fc.property(token, (b) => assert.deepEqual(scan(`var e=s.${b}(a),t=s.${b}.x;`, { minSeverity: 'low' }).map((f) => f.ruleId), [])),
      RUNS,
    );
  });

  it('finds twelve bare digits with a valid Verhoeff check in a sentence at low confidence, and never after an id\'s name or as a value', () => {
    const aadhaar = fc
      .tuple(fc.integer({ min: 2, max: 9 }), fc.stringMatching(/^\d{11}$/))
      .map(([a, b]) => `${a}${b}`)
      .filter((d) => verhoeffValid(d) && new Set(d).size >= 5 && !looksLikeDateStamp(d));
    fc.assert(
      fc.property(aadhaar, (d) => {
        const found = scan(`Please check ${d} before Friday.`).filter((f) => f.kind === 'IN_AADHAAR');
        assert.equal(found.length, 1, d);
        assert.equal(found[0].confidence, 'low');
        for (const text of [`order ${d} shipped`, `job ${d} finished`, `{"account_id": "${d}"}`, `x=${d}`, `id,n\n${d},3`]) {
          assert.deepEqual(scan(text, { minSeverity: 'low' }).filter((f) => f.kind === 'IN_AADHAAR'), [], text);
        }
      }),
      RUNS,
    );
  });
});
