/**
 * Secret-named values (passwords, client secrets, tokens, API keys) in every syntax of syntax.ts, under the
 * names people give them: `DB_PASSWORD`, `secret_key_base`, `api_key_prod`, `creds`, a bare `key`...
 */
import { SYNTAXES, type Key } from '../syntax';
import type { Generator, Sample } from '../types';
import { password, token } from '../values';

interface Family {
  readonly kind: string;
  readonly keys: readonly Key[];
  readonly value: (rng: Parameters<Generator['generate']>[0]) => string;
}

const FAMILIES: readonly Family[] = [
  {
    kind: 'password',
    keys: [
      ['password'], ['db', 'password'], ['admin', 'password'], ['smtp', 'pass'], ['db', 'pwd'], ['mysql', 'root', 'password'],
      ['redis', 'passwd'], ['ldap', 'bind', 'password'], ['passphrase'], ['keystore', 'password'], ['password', 'prod'], ['pass'],
    ],
    value: (rng) => password(rng).value,
  },
  {
    kind: 'secret',
    keys: [['client', 'secret'], ['secret', 'key', 'base'], ['jwt', 'secret'], ['app', 'secret'], ['webhook', 'secret'], ['session', 'secret'], ['secret']],
    value: token,
  },
  {
    kind: 'token',
    keys: [['access', 'token'], ['auth', 'token'], ['api', 'token'], ['bot', 'token'], ['refresh', 'token'], ['token'], ['token', 'staging']],
    value: token,
  },
  {
    kind: 'api-key',
    keys: [
      ['api', 'key'], ['api', 'key', 'prod'], ['apikey'], ['stripe', 'key'], ['encryption', 'key'], ['sendgrid'], ['key'], ['auth'],
      ['creds'], ['credentials'], ['master', 'key'], ['mailgun', 'api', 'key'],
    ],
    value: token,
  },
];

export const assignments: Generator = {
  name: 'assignments',
  generate(rng) {
    const samples: Sample[] = [];
    for (const [syntax, render] of Object.entries(SYNTAXES)) {
      for (const f of FAMILIES) {
        const key = rng.pick(f.keys);
        const { text, literal } = render(key, f.value(rng), rng);
        samples.push({ generator: 'assignments', syntax, text, expected: [{ category: 'secret', kind: f.kind, value: literal }] });
      }
    }
    return samples;
  },
};
