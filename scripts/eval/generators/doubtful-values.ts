/**
 * Values that only their shape gives away, which the rules report at low confidence rather than drop: a legacy
 * Vault token ("s." and 24 base62 characters) where nothing says Vault; passwords of letters only or
 * Mixed_Case words in properties and INI files (`db.password = CorrectHorseBattery`) and spaced passphrases
 * unquoted in YAML and .env files. And look-alikes that must stay quiet: member accesses of minified code,
 * sentences and form words under a password name. Values are drawn from each format's documentation, never
 * from a peer's tests.
 */
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
    for (const make of VAULT_LOOK_ALIKES) samples.push({ generator: 'doubtful-values', syntax: 'javascript', negative: 'member-access', text: make(rng), expected: [] });
    return samples;
  },
};
