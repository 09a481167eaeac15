/**
 * Checksums embedded in code-host and registry tokens. A token whose checksum does not verify was
 * never issued by the provider (a typo, a truncated copy, or a made-up example), so rules reject it.
 */
import type { MatchContext, Validator } from '../../engine/types';
import { base62, crc32 } from '../../engine/validators';

/**
 * GitHub (2021 formats) and npm tokens: `<prefix>_` + 30 random base62 characters + 6 characters
 * that are base62(crc32(the 30 random characters)), alphabet 0-9A-Za-z, left-padded with '0'.
 * Verified against a published, revoked GitHub token and the GitHub blog post
 * "Behind GitHub's new authentication token formats".
 */
export function base62Crc32Valid(token: string): boolean {
  const underscore = token.lastIndexOf('_');
  const body = token.slice(underscore + 1);
  if (body.length !== 36) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

export const base62Crc32: Validator = ({ value }) => base62Crc32Valid(value);

/**
 * GitLab routable tokens: `<prefix><payload>.[<version>.]<payload length, 2 base36 digits><crc>`
 * where crc is crc32 of everything before it (prefix included), as 7 base36 digits.
 */
export function gitlabRoutableValid(token: string): boolean {
  const m = /^(.+\.)([0-9a-z]{2})([0-9a-z]{7})$/.exec(token);
  if (!m) return false;
  const head = m[1] + m[2];
  const payload = /^[a-z]+-([0-9A-Za-z_-]+)\.(?:[0-9a-z]{2}\.)?$/.exec(m[1]);
  if (!payload || payload[1].length !== parseInt(m[2], 36)) return false;
  return crc32(head).toString(36).padStart(7, '0') === m[3];
}

export const gitlabRoutable: Validator = ({ value }) => gitlabRoutableValid(value);

/** Atlassian tokens (ATCTT/ATATT): the last 8 characters are crc32 of everything before them, in upper-case hex. */
export function atlassianCrc32Valid(token: string): boolean {
  const head = token.slice(0, -8);
  return crc32(head).toString(16).toUpperCase().padStart(8, '0') === token.slice(-8);
}

export const atlassianCrc32: Validator = ({ value }) => atlassianCrc32Valid(value);

/**
 * Rejects values made only of hexadecimal digits where the provider's alphabet is base62: GitHub's own
 * documentation examples (`ghu_16C7e42F...`) are hex, a random base62 token practically never is.
 */
export const notAllHex: Validator = ({ value }: MatchContext) => !/^[a-z_]+_[0-9a-fA-F]+$/.test(value);
