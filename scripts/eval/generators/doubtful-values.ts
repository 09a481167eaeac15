/**
 * Values that only their shape gives away, which the rules report at low confidence rather than drop: a legacy
 * Vault token ("s." and 24 base62 characters) where nothing says Vault; passwords of letters only or
 * Mixed_Case words in properties and INI files (`db.password = CorrectHorseBattery`) and spaced passphrases
 * unquoted in YAML and .env files. And look-alikes that must stay quiet: member accesses of minified code,
 * sentences and form words under a password name. National numbers without the label or layout the rules
 * read first: an Aadhaar number as twelve bare digits in a sentence (low) or in colon groups under its label,
 * a Thai ID under the TNIN abbreviation; and twelve- and thirteen-digit ids, timestamps and order numbers in
 * logs that must stay quiet. Values are drawn from each format's documentation, never from a peer's tests.
 */
import { verhoeffValid } from '../../../src/engine/validators';
import { thaiIdValid } from '../../../src/rules/pii/thailand';
import { ALNUM, DIGITS, LOWER, UPPER, type Rng } from '../rng';
import type { Generator, Sample } from '../types';
import { spacedPassphrase } from '../values';

/** Words people string together into a password they can remember. */
const WORDS = ['kangaroo', 'sunset', 'correct', 'horse', 'battery', 'staple', 'lighthouse', 'pancake', 'meadow', 'orchard', 'thistle', 'galaxy', 'harvest', 'lobster', 'crimson', 'avalanche'];
const capital = (w: string) => w[0].toUpperCase() + w.slice(1);

/** Letters only: two or three words glued (CorrectHorseBattery, sunsetorchard), joined by '_' (Kangaroo_Sunset), or one long word. */
function lettersPassword(rng: Rng): string {
  const words = Array.from({ length: rng.int(2, 3) }, () => rng.pick(WORDS));
  return rng.pick([
    () => words.map(capital).join(''),
    () => words.join(''),
    () => words.map(capital).join('_'),
    () => capital(rng.pick(WORDS.filter((w) => w.length >= 8))),
  ])();
}

/** Properties and INI lines with blanks around '=': each returns the text and its syntax. */
const CONFIG_PLACES: readonly ((v: string) => [string, string])[] = [
  (v) => ['properties', `spring.datasource.url=jdbc:postgresql://db.acme-corp.io/app\nspring.datasource.password = ${v}\n`],
  (v) => ['properties', `mail.smtp.host = smtp.acme-corp.io\nmail.smtp.password = ${v}\n`],
  (v) => ['ini', `[database]\nhost = db.acme-corp.io\nuser = app\npassword = ${v}\n`],
  (v) => ['ini', `[client]\npassword = ${v}\n`],
];

/** Spaced passphrases written without quotes where a config parser reads the rest of the line. */
const PASSPHRASE_PLACES: readonly ((v: string) => [string, string])[] = [
  (v) => ['yaml', `smtp:\n  user: mailer\n  password: ${v}\n`],
  (v) => ['yaml', `keystore_passphrase: ${v}\n`],
  (v) => ['env', `ADMIN_PASSWORD=${v}\n`],
  (v) => ['properties', `db.password = ${v}\n`],
];

/** Sentences, form words and code under a password name, in the same files: no password. */
const PASSWORD_LOOK_ALIKES: readonly ((rng: Rng) => [string, string])[] = [
  () => ['yaml', 'password:\n  description: must be at least twelve characters long\n  password: Required\n'],
  () => ['properties', `validation.password = ${'must contain a digit and a capital letter'}\n`],
  () => ['ini', '[messages]\npassword = Please enter the password again\n'],
  (rng) => ['javascript', `    this.password = ${rng.pick(['generated', 'hashedValue', 'nextPassword', 'encrypted'])}\n`],
  (rng) => ['python', `password = ${rng.pick(['getpass', 'generate', 'prompted', 'response'])}\n`],
  () => ['markdown', '| setting | meaning |\n|---|---|\n| password | the password of the database user |\n'],
];

/** A pre-1.10 Vault service token: "s." and 24 base62 characters, with both cases and a digit. */
function legacyVaultToken(rng: Rng): string {
  const body = rng.chars(UPPER, 1) + rng.chars(LOWER, 1) + rng.chars(DIGITS, 1) + rng.chars(ALNUM, 21);
  // Shuffle the three fixed characters into the body.
  const chars = [...body];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return `s.${chars.join('')}`;
}

/** Where a legacy token is written without the word Vault: each place returns the text and its syntax. */
const VAULT_PLACES: readonly ((t: string, rng: Rng) => [string, string])[] = [
  (t) => ['env', `TOKEN=${t}\n`],
  (t) => ['shell', `export CI_TOKEN=${t}\n`],
  (t) => ['yaml', `auth:\n  client_token: ${t}\n  renewable: true\n`],
  (t) => ['json', `{"auth": {"client_token": "${t}", "lease_duration": 2764800}}\n`],
  (t) => ['python', `client = hvac.Client(url=os.environ["ADDR"], token="${t}")\n`],
  (t) => ['terraform', `provider "secrets" {\n  address = "https://secrets.acme-corp.io:8200"\n  token   = "${t}"\n}\n`],
  (t) => ['go', `cfg := api.DefaultConfig()\nclient.SetToken("${t}")\n`],
  (t) => ['javascript', `const headers = { 'X-Secrets-Token': '${t}' };\n`],
  (t, rng) => ['ini', `[auth]\nroot_token = ${t}\nunseal_key_${rng.int(1, 5)} = none\n`],
];

/** Minified code whose member accesses take the token's shape but are no value. */
const VAULT_LOOK_ALIKES: readonly ((rng: Rng) => string)[] = [
  (rng) => `var e=s.${rng.pick(['isStorageBufferAttribute', 'getTypedArrayConstructor', 'createElementNamespace'])},t=s.length;\n`,
  (rng) => `if(a===s.${rng.chars(LOWER, 12)}${rng.chars(UPPER, 1)}${rng.chars(LOWER, 11)})return!0;\n`,
  (rng) => `x = s.${rng.pick(['handleEventListener', 'serializeAttribute'])}${rng.chars(DIGITS, 2)}${rng.chars(UPPER, 3)}(a, b);\n`,
];

/** Services whose keys carry no prefix, named by the bare service name in code and config. */
const BARE_PROVIDERS = ['etsy', 'kucoin', 'finnhub', 'mattermost', 'gitter', 'zendesk', 'twitch', 'snyk', 'coinbase', 'codecov'];
const PROVIDER_PLACES: readonly ((name: string, v: string) => [string, string])[] = [
  (n, v) => ['go', `${n} := "${v}"\n`],
  (n, v) => ['json', `{"${n}": "${v}"}\n`],
  (n, v) => ['env', `${n.toUpperCase()}=${v}\n`],
  (n, v) => ['xml', `<settings>\n  <${n}>${v}</${n}>\n</settings>\n`],
];

/** Draws until `valid` accepts (a check digit leaves one draw in ten or eleven). */
function drawValid(draw: () => string, valid: (v: string) => boolean): string {
  for (;;) {
    const v = draw();
    if (valid(v)) return v;
  }
}

/** Twelve digits, the first 2-9, of five different digits or more, with a valid Verhoeff check digit. */
const aadhaar = (rng: Rng) => drawValid(() => rng.int(2, 9) + rng.chars(DIGITS, 11), (d) => verhoeffValid(d) && new Set(d).size >= 5);
const thaiId = (rng: Rng) => drawValid(() => rng.int(1, 8) + rng.chars(DIGITS, 12), thaiIdValid);

/** National numbers written without the label or layout the rules read first. */
const NATIONAL_PLACES: readonly ((rng: Rng) => [string, string, string, string])[] = [
  (rng) => { const v = aadhaar(rng); return ['prose', `My number for the KYC form is ${v}, please keep it private.\n`, v, 'aadhaar-bare']; },
  (rng) => { const v = aadhaar(rng); return ['prose', `Please double-check ${v} before Friday.\n`, v, 'aadhaar-bare']; },
  (rng) => { const d = aadhaar(rng); const v = `${d.slice(0, 4)}:${d.slice(4, 8)}:${d.slice(8)}`; return ['form', `Aadhaar no: ${v}\n`, v, 'aadhaar-colon-groups']; },
  (rng) => { const v = thaiId(rng); return ['form', `TNIN: ${v}\n`, v, 'th-tnin-abbreviation']; },
];

/** Ids, timestamps and order numbers of twelve and thirteen digits in logs and code: no national number. */
const NUMBER_LOOK_ALIKES: readonly ((rng: Rng) => [string, string])[] = [
  (rng) => ['log', `2024-11-0${rng.int(1, 9)}T10:14:07Z INFO order ${aadhaar(rng)} shipped\n`],
  (rng) => ['log', `[${1_700_000_000_000 + rng.int(0, 99_999_999)}] job ${aadhaar(rng)} finished in ${rng.int(2, 900)} ms\n`],
  (rng) => ['json', `{"account_id": "${aadhaar(rng)}", "region": "eu-west-1"}\n`],
  (rng) => ['csv', `id,created,amount\n${aadhaar(rng)},2024-03-0${rng.int(1, 9)},${rng.int(10, 999)}.00\n`],
  (rng) => ['prose', `Build 20240${rng.int(1, 9)}1512${rng.int(10, 59)} passed, version 4.${rng.int(0, 9)}.${rng.int(0, 99)}.\n`],
  (rng) => ['log', `endTime: ${thaiId(rng)} startTime: ${thaiId(rng)}\n`],
];

export const doubtfulValues: Generator = {
  name: 'doubtful-values',
  generate(rng) {
    const samples: Sample[] = [];
    for (const place of VAULT_PLACES) {
      const t = legacyVaultToken(rng);
      const [syntax, text] = place(t, rng);
      samples.push({ generator: 'doubtful-values', syntax, text, expected: [{ category: 'secret', kind: 'vault-legacy-token', value: t }] });
    }
    for (const place of CONFIG_PLACES) {
      const v = lettersPassword(rng);
      const [syntax, text] = place(v);
      samples.push({ generator: 'doubtful-values', syntax, text, expected: [{ category: 'secret', kind: 'password-letters-only', value: v }] });
    }
    for (const place of PASSPHRASE_PLACES) {
      const v = spacedPassphrase(rng);
      const [syntax, text] = place(v);
      samples.push({ generator: 'doubtful-values', syntax, text, expected: [{ category: 'secret', kind: 'password-unquoted-passphrase', value: v }] });
    }
    for (const make of PASSWORD_LOOK_ALIKES) {
      const [syntax, text] = make(rng);
      samples.push({ generator: 'doubtful-values', syntax, negative: 'prose-under-password', text, expected: [] });
    }
    for (const place of PROVIDER_PLACES) {
      const v = rng.bool() ? rng.chars(ALNUM, rng.int(24, 40)) + rng.chars(DIGITS, 2) : rng.chars('0123456789abcdef', rng.pick([32, 40]));
      const [syntax, text] = place(rng.pick(BARE_PROVIDERS), v);
      samples.push({ generator: 'doubtful-values', syntax, text, expected: [{ category: 'secret', kind: 'provider-bare-name', value: v }] });
    }
    for (const make of NATIONAL_PLACES) {
      const [syntax, text, value, kind] = make(rng);
      samples.push({ generator: 'doubtful-values', syntax, text, expected: [{ category: 'pii', kind, value }] });
    }
    for (const make of NUMBER_LOOK_ALIKES) {
      const [syntax, text] = make(rng);
      samples.push({ generator: 'doubtful-values', syntax, negative: 'ids-and-timestamps', text, expected: [] });
    }
    for (const make of VAULT_LOOK_ALIKES) samples.push({ generator: 'doubtful-values', syntax: 'javascript', negative: 'member-access', text: make(rng), expected: [] });
    return samples;
  },
};
