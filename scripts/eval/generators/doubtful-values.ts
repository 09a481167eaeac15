/**
 * Values that only their shape gives away, which the rules report at low confidence rather than drop: a legacy
 * Vault token ("s." and 24 base62 characters) where nothing says Vault, and look-alikes that must stay quiet
 * (member accesses of minified code). Values are drawn from each format's documentation, never from a peer's tests.
 */
import { ALNUM, DIGITS, LOWER, UPPER, type Rng } from '../rng';
import type { Generator, Sample } from '../types';

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
    for (const make of VAULT_LOOK_ALIKES) samples.push({ generator: 'doubtful-values', syntax: 'javascript', negative: 'member-access', text: make(rng), expected: [] });
    return samples;
  },
};
