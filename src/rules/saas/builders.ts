/**
 * Small pattern builders and validators shared by the AI-provider and SaaS rule files.
 * Pure functions; no Node built-ins.
 */
import { bech32 } from '@scure/base';
import type { Validator } from '../../engine/types';
import { base64Decode, shannonEntropy, tryJson } from '../../engine/validators';

/** Between a variable name and its value: optional closing quote and bracket (`env["X"] = `), `=`, `:`, `=>` or `:=`, optional opening quote. */
const ASSIGN = '["\'`]?\\]?\\s{0,4}(?:=>|:=|[:=])\\s{0,4}["\'`]?';

/**
 * A value assigned to a variable, key or header whose name matches `name`:
 * `DATADOG_API_KEY=...`, `"datadogApiKey": "..."`, `datadog_api_key: ...`, `api_key = "..."`.
 * `name` may sit inside a longer name (`myCohereKey`); up to 24 name characters may follow it.
 * `lead`, when given, is another regex source that may directly precede the value (an HTTP auth scheme such
 * as `SSWS `). Matched case-insensitively; group 1 is the value.
 */
export function assigned(name: string, value: string, lead?: string): RegExp {
  const before = `(?:${name})[A-Za-z0-9_.-]{0,24}${ASSIGN}`;
  return new RegExp(`(?:${lead ? `${before}|${lead}` : before})(${value})(?![A-Za-z0-9_-])`, 'i');
}

/** Rejects values made only of letters or only of digits: real keys mix both, identifiers and words do not. */
export const mixesLettersAndDigits: Validator = ({ value }) => /[0-9]/.test(value) && /[A-Za-z]/.test(value);

/** Like `mixesLettersAndDigits`, on the random part `value.slice(start, end)` of a prefixed token. */
export function randomPartMixes(start: number, end?: number): Validator {
  return ({ value }) => {
    const part = value.slice(start, end);
    return /[0-9]/.test(part) && /[A-Za-z]/.test(part);
  };
}

/** Rejects values without upper case, lower case and digits (random base62 tokens of 20+ characters have all three). */
export const mixedCaseAndDigits: Validator = ({ value }) => /[0-9]/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value);

/** A validator that lowers a documented, publicly known value (a local-development default) to severity 'low'. */
export function knownPublicValues(values: readonly string[]): Validator {
  const known = new Set(values);
  return ({ value }) => (known.has(value) ? { severity: 'low', note: 'publicly documented default value' } : true);
}

/** The decoded JSON payload (second segment) of a JWT, or undefined. */
export function jwtPayload(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const json = base64Decode(parts[1]);
  const obj = json === undefined ? undefined : tryJson(json);
  return obj && typeof obj === 'object' && !Array.isArray(obj) ? (obj as Record<string, unknown>) : undefined;
}

/** Minimum entropy of the random part of a token after a fixed prefix (the prefix would dilute `minEntropy`). */
export function tailEntropy(prefixLength: number, min: number): Validator {
  return ({ value }) => shannonEntropy(value.slice(prefixLength)) >= min;
}

/** BIP-173 bech32 checksum of a whole string `hrp1data` (case-insensitive, but not mixed), of any length. */
export function bech32Valid(s: string): boolean {
  try {
    bech32.decode(s, false);
    return true;
  } catch {
    return false;
  }
}
