import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { base64Decode, isRepetitive, shannonEntropy } from '../../engine/validators';

/**
 * Private key blocks (PEM / OpenSSH / PGP armour / PuTTY), reported whole from BEGIN to END.
 * The body is checked for structure (base64 that decodes to DER, an OpenSSH or a PGP packet), so
 * header constants in library code, truncated documentation keys and `...` bodies are not findings.
 * Public keys and certificates have other labels and are never matched.
 *
 * The examples below are throw-away keys generated for these tests only (512-bit RSA, P-256...).
 */

/**
 * Characters of a PEM body: base64, whitespace, literal `\n` escapes (JSON), RFC 1421 header lines, and
 * the quotes and `+` of a key split into concatenated string literals in code. A body ends where another
 * BEGIN line starts: a stray header line before a key then no longer swallows the key (its body would fail
 * the base64 check), and a text of BEGIN lines costs linear time, each BEGIN searching only up to the next
 * one instead of 16,000 characters on.
 */
const BODY = String.raw`(?:(?!-----BEGIN )[A-Za-z0-9+/=\s\\:,.()'"-]){20,16000}?`;
/** A key block may be this long (8192-bit RSA with JSON escapes), so the window around its BEGIN line is too. */
const KEY_WINDOW = 16384;

function pemPattern(label: string): RegExp {
  return new RegExp(`-----BEGIN ${label}-----(${BODY})-----END ${label}-----`);
}

interface Body {
  readonly base64: string;
  readonly headers: readonly string[];
}

/** Split a captured body into its RFC 1421 / armour header lines and its base64 payload (no checksum line). */
function parseBody(raw: string): Body {
  const lines = raw.replace(/\\r/g, '').split(/\\n|\r?\n|\r/);
  const headers: string[] = [];
  let base64 = '';
  for (const line of lines) {
    // Unwrap `'...' +` / `"..."` string literals of a key concatenated in code.
    const l = line.trim().replace(/["']\s*\+?$/, '').replace(/^\+?\s*["']/, '');
    if (l.includes(':')) headers.push(l);
    else if (/^=[A-Za-z0-9+/]{4}$/.test(l)) continue; // PGP armour CRC-24 line
    else base64 += l.replace(/\s+/g, '');
  }
  return { base64, headers };
}

/** The base64 payload is well-formed, long enough, random-looking, and decodes to bytes that `accept`. */
function keyBody(minChars: number, accept: (bytes: string, body: Body) => ValidatorResult) {
  return (ctx: MatchContext): ValidatorResult => {
    const raw = ctx.match[1] ?? '';
    const body = parseBody(raw);
    const b = body.base64;
    if (b.length < minChars || !/^[A-Za-z0-9+/]+={0,2}$/.test(b)) return false;
    if (isRepetitive(b) || shannonEntropy(b) < 4.2) return false;
    const bytes = base64Decode(b);
    if (bytes === undefined) return false;
    const verdict = accept(bytes, body);
    // Random bytes that are not the expected structure (a corrupted or truncated copy of a key, another
    // container) are still most likely a key: demoted, not dropped. Text in base64 is not a key at all.
    if (verdict === false && isBinary(bytes)) return { confidence: 'low', note: 'key body does not decode to the expected structure' };
    return verdict;
  };
}

/** Mostly bytes outside printable ASCII and line breaks: binary data, not base64-encoded text. */
function isBinary(bytes: string): boolean {
  let unprintable = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes.charCodeAt(i);
    if (c > 0x7e || (c < 0x20 && c !== 9 && c !== 10 && c !== 13)) unprintable++;
  }
  return unprintable >= bytes.length / 4;
}

/** DER: a SEQUENCE (0x30) whose declared length does not exceed what follows. */
function isDerSequence(bytes: string): boolean {
  if (bytes.charCodeAt(0) !== 0x30) return false;
  const l0 = bytes.charCodeAt(1);
  let len = l0;
  let hdr = 2;
  if (l0 & 0x80) {
    const n = l0 & 0x7f;
    if (n < 1 || n > 3) return false;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + bytes.charCodeAt(2 + i);
    hdr += n;
  }
  return len + hdr <= bytes.length + 2;
}

/** Legacy PEM (`Proc-Type: 4,ENCRYPTED`): the body is ciphertext, no DER to check; passphrase-protected. */
function derOrLegacyEncrypted(bytes: string, body: Body): ValidatorResult {
  if (body.headers.some((h) => /^Proc-Type:\s*4,\s*ENCRYPTED/i.test(h))) return { severity: 'medium' };
  return isDerSequence(bytes);
}

interface PemSpec {
  readonly id: string;
  readonly title: string;
  readonly label: string;
  readonly keyword: string;
  readonly minChars: number;
  readonly accept: (bytes: string, body: Body) => ValidatorResult;
  readonly severity?: 'high' | 'medium';
  readonly description?: string;
  readonly examples: Rule['examples'];
}

function pemRule(s: PemSpec): Rule {
  return {
    id: s.id,
    title: s.title,
    category: 'secret',
    kind: 'PRIVATE_KEY',
    severity: s.severity ?? 'high',
    confidence: 'high',
    description:
      s.description ?? 'A private key lets whoever holds it impersonate its owner: sign, decrypt, or log in over SSH/TLS.',
    keywords: [s.keyword],
    pattern: pemPattern(s.label),
    multiline: true,
    window: KEY_WINDOW,
    // Random base64 bodies contain words like "none" or "fake" by chance: the body validators decide instead.
    allowPlaceholders: true,
    validators: [keyBody(s.minChars, s.accept)],
    helpUrl: 'https://datatracker.ietf.org/doc/html/rfc7468',
    examples: s.examples,
  };
}

// Pure (esbuild may drop the calls whose result goes unused, as the examples' do in a production build).
const pem = /* @__NO_SIDE_EFFECTS__ */ (label: string, lines: readonly string[]) =>
  [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join('\n');
/** The same block as it appears inside a JSON string (service account files, secrets managers). */
const jsonEscaped = /* @__NO_SIDE_EFFECTS__ */ (block: string) => block.split('\n').join('\\n') + '\\n';

const RSA_KEY = pem('RSA PRIVATE KEY', [
  'MIIBPAIBAAJBAPacGbdeT2WVGn4dqI66RpxEc1fAprPCmsvw9L7CJ6GKHo0O9gg1',
  'Z0MTTt9ssaq6k9H84cZ3Kqw/Qds4r2ZH5iMCAwEAAQJAKtsTyP71s0SHFxWWXj9W',
  '1/85QC21ipWuCvTzw1bARlz//wkn69G5P93nmpH4khU9Y5dmYyqELr7q94U1lFVt',
  'WQIhAP1f27hU1uVP4yv0Y6PannK1vdPq3i57PKxCxk8wUzbVAiEA+SpMDrj5YNls',
  'yyGqglB2aYPldT47g7RSxOyIShpUlRcCIQDqzDYU76nk/s8KIINliGZk7r5m77PN',
  'Zy6mg4q6P5IdsQIhAIOeNz0Tsw/Y6qJG72YVEOfd94i+Tfvddld1xuy2CfYTAiEA',
  'vTC/tS/IbTpox3eouTsF4rgdjIyAWRJRDhnc+XhL2CQ=',
]);
const RSA_KEY_ENCRYPTED = pem('RSA PRIVATE KEY', [
  'Proc-Type: 4,ENCRYPTED',
  'DEK-Info: AES-128-CBC,CBE9FF8BEAA107EA3FE96206AB58AA3D',
  '',
  'HZRo1uWpEW9cFFML1g/jFR7z7gY3ML9KmBy056XpwniuyJ0eWdu7CxHvRQPOUgLT',
  'tzu3eD9DTr+JCtG0A+W3eqSpPZ2CRExPTyapaNq5+yGN+sMPuyQCZ6bc++Ip8/xj',
  '5s5Mhv7YZfKiJ5Gfsf9dRl2FrLCvtMcWaDktl/aZAK0zvlNOuys3d8boW0+kvnUx',
  'ViFK1zV7NHKcISlidrBnx5E+bZQxpkIiofYILXej8iCi2hztcyO+Gp3KLAXHc8RJ',
  'Ns3QDqvMHI3+VbKQnX0XkVF8YKeBqfpLMk8SWvhqIwqklIZ2jTdlzWKjQIBwmMUg',
  'qYBh91TyCBH/FWS7wdaS75OUTZs7yp/b3rGlPsM/ngJyN2ptSEdSgJn3oLMDuafh',
  'qgN1IFYJqsJRI3iRlwnoxYZLH9U3wR2QucQmiUo0drA=',
]);
const EC_KEY = pem('EC PRIVATE KEY', [
  'MHcCAQEEIER8hH/hEMrG/lj+e92dZ3AmpUngrsys6DuR7Sn0tv49oAoGCCqGSM49',
  'AwEHoUQDQgAEe5TWpRGoyOhnb1MKnyK46s09Viwi8LGErTX/yD2D0kefGvym+UPL',
  'VBqEY1SrKts3UvQwKtVGqVLfw1huLh7/Og==',
]);
const EC_PUBLIC_KEY = pem('PUBLIC KEY', [
  'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEe5TWpRGoyOhnb1MKnyK46s09Viwi',
  '8LGErTX/yD2D0kefGvym+UPLVBqEY1SrKts3UvQwKtVGqVLfw1huLh7/Og==',
]);
const CERTIFICATE = pem('CERTIFICATE', [
  'MIIBbjCCAROgAwIBAgIUFFUtlDEz/4tVm0/YwC6kksAMHaQwCgYIKoZIzj0EAwIw',
  'DDEKMAgGA1UEAwwBdDAeFw0yNjExMjkwNDQwMzZaFw0yNjExMzAwNDQwMzZaMAwx',
  'CjAIBgNVBAMMAXQwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAR7lNalEajI6Gdv',
]);
const DSA_KEY = pem('DSA PRIVATE KEY', [
  'MIIBywIBAAKBgQDTgp74BftAimlVHTFOhWzBI2HentjSbHdddDz5G3tCL83Z7Cwy',
  '6/4MBufcNW4f+UM7/A1Q2M64EsRA9P1FRO5K7lMVR1cSDB3PbJLQrEYbY6unRCC7',
  'mEXuUeCZeumHRC+TnejzTxfFXIZ3v/6SFkIYWFFlZT9Uq7afAmW3yUPaJQIdALTd',
  'XDRZUrTkQMAfNdiSOaoMR/nW2HntLZZ/Dr0CgYASfDhgeToLXd3odF9nHUu01SXF',
  'EKH5uGf23Qa490Y2gBodVlybIbRWoIqqJJDK3h9W3kmjW5gMQWRrJ5jlR0iMz+OP',
  'ZM2N1FwukzhUJtHwCoqwTQ6OmflxDRpzw7dBEinO9Nf9q3rXUKFSfZlAEQuhj0u8',
  '3GCx/BTgCQdlvKvcowKBgQDQy8kw64KpOf+a0aoKkBQx0rY/RejO0n0LFeFTlyNR',
  'PXoddZG6RJ88zxKeXCKQ2oB7/n/zw6kGqwTI0koHIxdU5NaeOsNGZFfPjoz88ypF',
  '7peFoO3nzlPJWak/eYrL6Xmqmxmm3osvgsw7iUy30amvqaXfSn7N12YPiHN/bYmI',
  'uAIcZ87JcwHjaTOxsdN8wfl/Le4CHzyBiM23ZYpg7A==',
]);
const OPENSSH_KEY = pem('OPENSSH PRIVATE KEY', [
  'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
  'QyNTUxOQAAACDvE7PzzRvH/D5l2xjjASGgiRydpC/erGpD7xZDyYJuNgAAAIhp+glwafoJ',
  'cAAAAAtzc2gtZWQyNTUxOQAAACDvE7PzzRvH/D5l2xjjASGgiRydpC/erGpD7xZDyYJuNg',
  'AAAEB5s2q46i+9RMbyKRjprX05G4aZJXtsJqm+4lycLRCML+8Ts/PNG8f8PmXbGOMBIaCJ',
  'HJ2kL96sakPvFkPJgm42AAAAAAECAwQF',
]);
const OPENSSH_KEY_ENCRYPTED = pem('OPENSSH PRIVATE KEY', [
  'b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABA8sqbp5W',
  'iXOW2qBwiTcRIiAAAAEAAAAAEAAAAzAAAAC3NzaC1lZDI1NTE5AAAAIDzKLgpKqcsOPXmW',
  'Tj6JPneo6Ewle6andxR8yJrjaARIAAAAkHu15qqUBmIcseFJD6vrtf8gk8leIm7v2PsQ/Y',
  'BFRtpymOFzQ+n/DmNT23fUDKZyDYsO2EDAk06e7/fmNSFN0617su7FINmJJHkAYIRFb+WC',
  'RT551zNpD5PnK3LgSyHYyIhagd13mO1runktKafBtYct4Ferwu8BNc5/8DM12EConHji4L',
  '5z/s9PuVCwrXpyEw==',
]);
const PKCS8_KEY = pem('PRIVATE KEY', [
  'MIIBVgIBADANBgkqhkiG9w0BAQEFAASCAUAwggE8AgEAAkEAu8SEJVxlDvnmNCPo',
  '6UEVEA9g+kik9IWwAnNNQpQH96oDRiSnjhfNGdwJTkI9wxzVkJc1YYvapT5vyQWn',
  'jZ+5KQIDAQABAkEAimoAG+ZzXMnc5/y8ug3O8ArWK0oXx2UxbWz/vB+RjAAUtlY/',
  'n8uMIq20C6ewikyn1+50ELDZqeKpRSeCE/WfgQIhAO0G31PV7rdUOn8GIPsaAhw3',
  'BmDcawdqckyRjOO+bX+5AiEAysw6zwg88jF8200z1RUlCP2gY1aCELBaoHm13c3E',
  'XPECIQCwUhxv0QTze8TIGVcPdBl9w7EK/OzhZ13/d4bHJDFwgQIgexbOsw6K/22u',
  'HOWVCkZVPknC6ch+FWcU+sYk7sWP4+ECIQDO+uwnvnbnlQA0n8XItz55ZAhvK/+q',
  'cA1UoVW916CwtQ==',
]);
const ED25519_PKCS8_KEY = pem('PRIVATE KEY', ['MC4CAQAwBQYDK2VwBCIEIOB3supY8UOGAl2XYuWQVGpUniLIhQnngNDY0V41rUXV']);
const PKCS8_ENCRYPTED_KEY = pem('ENCRYPTED PRIVATE KEY', [
  'MIIBvTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQI31qY8f9jqwcCAggA',
  'MAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAEqBBCDKuqMFRU2UbFYTjsbywNbBIIB',
  'YH4IO/S1Oqb9GuUk2pMTDsqssy3p49TXqg5Qt542svUvUFA2MUYBmRzNOGIgaYyN',
  'WLBvf7QzTXYZBZe6d4nMxw1/QuBU+KvZJbGRJ3D7/PhGhGhmUll+e+mEdDEANxWF',
  'WS5fV8unQx7ezg3MQu3TEcnbW1Ebgs6G534tqjhH078eRm91IgiYY+vw45pM0LnQ',
  'sLyOZVC6WgIbgzKts6FNBSs+u6l26wyWsRMaFeJUs0wseQ6tn/kUMmaxzrx2hgLR',
  'wrKi0CimX4kejCzlpOShfAvfcw0KmvDMUdRUkjizLs724KEiOFj/EFD8+ZqDGr1s',
  'jpZoBnyqHEaHyKeLMNV85bui7653ZNgXUnrIq9IA67KSVEcKO9uNzKf3NsQEUNTZ',
  'gSNg5J6s7st1fP21B5v1X6AUqGBI5HQutbUTbTDdLbYtDktt5V69cb08mDwQIB48',
  'Z2MfGIFZ+wiTUmg63NOtXmI=',
]);
const PGP_KEY = pem('PGP PRIVATE KEY BLOCK', [
  '',
  'lFgEawusxxYJKwYBBAHaRw8BAQdAtsMuBjjEEU9AZnUyO68HoykFUrKslVb2F0/S',
  '0IhompYAAP44TVG4O6ogj7SjbP4xplII4huqKQrQmQMZI6SW71TvDA8MtA9UZXN0',
  'IDx0QHQudGVzdD6IkAQTFggAOBYhBExlDaV8V1HwnAzJu9t5wz7OBWlKBQJrC6zH',
  'AhsDBQsJCAcCBhUKCQgLAgQWAgMBAh4BAheAAAoJENt5wz7OBWlKAMYA/iMI3I+T',
  'LGtGQLA7o7vuZA541NH/0jShC1WFIvRfFU1lAPwIDVH2HB8P9FoHV1nrNKDGuuih',
  'wW3DJ/5sBTTjZ7aTDA==',
  '=AU81',
]);

const OPENSSH_MAGIC = 'openssh-key-v1\u0000';

export const privateKeyRules: readonly Rule[] = [
  pemRule({
    id: 'generic-private-key-rsa',
    title: 'RSA private key (PKCS#1)',
    label: 'RSA PRIVATE KEY',
    keyword: 'begin rsa private key',
    minChars: 200,
    accept: derOrLegacyEncrypted,
    examples: {
      positive: [
        RSA_KEY,
        RSA_KEY_ENCRYPTED,
        `{"key": "${jsonEscaped(RSA_KEY)}"}`,
        RSA_KEY.replace(/\n/g, '\r\n'),
        `const key =\n${RSA_KEY.split('\n').map((l) => `  '${l}\\n'`).join(' +\n')};`,
        // A stray header line before the key: the key's block starts at the second BEGIN line.
        `-----BEGIN RSA PRIVATE KEY-----\n${RSA_KEY}`,
      ],
      // Random bytes that do not parse as DER: a damaged copy of a key, still reported, at low confidence.
      lowConfidence: [
        pem('RSA PRIVATE KEY', [
          'u30CWhU0xSwZ/YfVjzRfLY2kVeEFX6AT5Jf4Xy7ksPBglgJ3gI31ZjIAkEvkRMgp',
          'fwuStTMU/ATu2fX8Q5OWMGMzm4r6xTghA7DGEQ1zPTp7pUedfCjsxADsvzvSWi7+',
          'glTXLz2t8tQfCa6XGVvmqv+hn+2uI6ANeU/bvNeUpY6UgjwGRtI64zVpRY6TPmhH',
          'PirNLwxqHIJiV09JdM3x9qbAxfLwnxOvoRmPaWG5W25Aa3Cvv2y56Vno9fYTfp5T',
          '02ueo9UCUBAlp8VP5unLq+E4paIqcq37BYXDNn+PWjfV4hNp01ffwQNjdzGe3yiM',
        ]),
      ],
      negative: [
        { text: "const HEADER = '-----BEGIN RSA PRIVATE KEY-----';", reason: 'a header constant in code, no key body' },
        { text: pem('RSA PRIVATE KEY', ['MIIEpAIBAAKCAQEA...', '...', '...']), reason: 'a truncated documentation key' },
        { text: pem('RSA PRIVATE KEY', ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'.repeat(4)]), reason: 'a placeholder body' },
        { text: CERTIFICATE, reason: 'a certificate is public' },
      ],
    },
  }),
  pemRule({
    id: 'generic-private-key-ec',
    title: 'EC private key (SEC 1)',
    label: 'EC PRIVATE KEY',
    keyword: 'begin ec private key',
    minChars: 100,
    accept: derOrLegacyEncrypted,
    examples: {
      positive: [EC_KEY, `ec_key: |\n  ${EC_KEY.split('\n').join('\n  ')}`],
      negative: [
        { text: EC_PUBLIC_KEY, reason: 'a public key is not a secret' },
        { text: pem('EC PRIVATE KEY', ['<your EC private key here>']), reason: 'a placeholder body' },
        { text: pem('EC PRIVATE KEY', ['MHcCAQEEIER8hH/hEMrG/lj+e92dZ3Am...']), reason: 'a truncated documentation key' },
      ],
    },
  }),
  pemRule({
    id: 'generic-private-key-dsa',
    title: 'DSA private key',
    label: 'DSA PRIVATE KEY',
    keyword: 'begin dsa private key',
    minChars: 200,
    accept: derOrLegacyEncrypted,
    examples: {
      positive: [DSA_KEY, `"${jsonEscaped(DSA_KEY)}"`],
      negative: [
        { text: "if (pem.includes('-----BEGIN DSA PRIVATE KEY-----')) return 'dsa';", reason: 'a header literal in code' },
        { text: pem('DSA PRIVATE KEY', ['QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=']), reason: 'too short to be a DSA key' },
      ],
    },
  }),
  pemRule({
    id: 'generic-private-key-openssh',
    title: 'OpenSSH private key',
    label: 'OPENSSH PRIVATE KEY',
    keyword: 'begin openssh private key',
    minChars: 150,
    accept: (bytes) => {
      if (!bytes.startsWith(OPENSSH_MAGIC)) return false;
      // The cipher name follows the magic as a length-prefixed string; "none" means no passphrase.
      const cipher = bytes.slice(OPENSSH_MAGIC.length + 4, OPENSSH_MAGIC.length + 8);
      return cipher === 'none' ? true : { severity: 'medium' };
    },
    examples: {
      positive: [OPENSSH_KEY, OPENSSH_KEY_ENCRYPTED],
      // A key body under the wrong armour (not an openssh-key-v1 structure): still a key, at low confidence.
      lowConfidence: [pem('OPENSSH PRIVATE KEY', [RSA_KEY.split('\n').slice(1, -1).join('\n')])],
      negative: [
        { text: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO8Ts/PNG8f8PmXbGOMBIaCJHJ2kL96sakPvFkPJgm42 me@host', reason: 'an OpenSSH public key' },
      ],
    },
  }),
  pemRule({
    id: 'generic-private-key-pkcs8',
    title: 'Private key (PKCS#8)',
    label: 'PRIVATE KEY',
    keyword: 'begin private key',
    minChars: 60,
    accept: isDerSequence,
    examples: {
      positive: [PKCS8_KEY, ED25519_PKCS8_KEY, `{"tls": {"key": "${jsonEscaped(PKCS8_KEY)}"}}`],
      negative: [
        { text: EC_PUBLIC_KEY, reason: 'a public key is not a secret' },
        { text: '"private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"', reason: 'a documentation stub' },
        { text: pem('PRIVATE KEY', ['SGVsbG8gd29ybGQsIHRoaXMgaXMganVzdCBzb21lIHRleHQgZW5jb2RlZCBpbiBiYXNlNjQ=']), reason: 'base64 text that is not DER' },
      ],
    },
  }),
  pemRule({
    id: 'generic-private-key-pkcs8-encrypted',
    title: 'Encrypted private key (PKCS#8)',
    label: 'ENCRYPTED PRIVATE KEY',
    keyword: 'begin encrypted private key',
    minChars: 100,
    accept: isDerSequence,
    severity: 'medium',
    description: 'A passphrase-protected private key: offline guessing of a weak passphrase yields the key itself.',
    examples: {
      positive: [PKCS8_ENCRYPTED_KEY, jsonEscaped(PKCS8_ENCRYPTED_KEY)],
      negative: [
        { text: pem('ENCRYPTED PRIVATE KEY', ['...']), reason: 'a documentation stub' },
        { text: CERTIFICATE, reason: 'a certificate is public' },
      ],
    },
  }),
  pemRule({
    id: 'generic-private-key-pgp',
    title: 'PGP private key block',
    label: 'PGP PRIVATE KEY BLOCK',
    keyword: 'begin pgp private key block',
    minChars: 100,
    // OpenPGP packets start with a byte whose high bit is set.
    accept: (bytes) => (bytes.charCodeAt(0) & 0x80) !== 0,
    examples: {
      positive: [PGP_KEY, PGP_KEY.replace('\n\n', '\nVersion: GnuPG v2\n\n')],
      negative: [
        {
          text: pem('PGP PUBLIC KEY BLOCK', ['', 'mDMEawusxxYJKwYBBAHaRw8BAQdAtsMuBjjEEU9AZnUyO68HoykFUrKslVb2F0/S0IhompY=']),
          reason: 'a public key block',
        },
        { text: pem('PGP PRIVATE KEY BLOCK', ['', '(paste your exported key here)']), reason: 'a placeholder body' },
      ],
    },
  }),
  {
    id: 'generic-private-key-putty',
    title: 'PuTTY private key',
    category: 'secret',
    kind: 'PRIVATE_KEY',
    severity: 'high',
    confidence: 'high',
    description: 'A PuTTY (.ppk) private key logs in to every SSH server that trusts its public half.',
    keywords: ['private-lines:'],
    pattern: /Private-Lines: \d{1,3}\r?\n([A-Za-z0-9+/=\r\n]{40,8000}?)\r?\nPrivate-MAC: [0-9a-fA-F]{40,64}/,
    secretGroup: 1,
    multiline: true,
    window: 8192,
    allowPlaceholders: true,
    minEntropy: 4.5,
    nearbyText: { words: ['putty-user-key-file-'], window: 8192, required: true },
    validators: [(ctx) => /^Encryption: none/m.test(ctx.text.slice(Math.max(0, ctx.start - 8192), ctx.start)) || { severity: 'medium' }],
    examples: {
      positive: [
        [
          'PuTTY-User-Key-File-2: ssh-ed25519',
          'Encryption: none',
          'Comment: ed25519-key-20240101',
          'Public-Lines: 2',
          'AAAAC3NzaC1lZDI1NTE5AAAAIO8Ts/PNG8f8PmXbGOMBIaCJHJ2kL96sakPvFkPJ',
          'gm42',
          'Private-Lines: 1',
          'AAAAIHmzarjqL71ExvIpGOmtfTkbhpkle2wmqb7iXJwtEIwv',
          'Private-MAC: 3c1a9d3e0f7b2c4d5e6f708192a3b4c5d6e7f809',
        ].join('\n'),
        [
          'PuTTY-User-Key-File-3: ssh-ed25519',
          'Encryption: aes256-cbc',
          'Comment: work',
          'Public-Lines: 2',
          'AAAAC3NzaC1lZDI1NTE5AAAAIO8Ts/PNG8f8PmXbGOMBIaCJHJ2kL96sakPvFkPJ',
          'gm42',
          'Private-Lines: 1',
          'Zq7vB0pX3kR9tW2yL5nM8cF1hJ4dS6gA0eU3iO7rT9wQ2xK5mN8bV1cZ4aP6sD9f',
          'Private-MAC: 9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a49382716051f4e3d2c1b0',
        ].join('\r\n'),
      ],
      negative: [
        {
          text: 'Private-Lines: 1\nAAAAIHmzarjqL71ExvIpGOmtfTkbhpkle2wmqb7iXJwtEIwv\nPrivate-MAC: 3c1a9d3e0f7b2c4d5e6f708192a3b4c5d6e7f809',
          reason: 'no PuTTY-User-Key-File header: not a .ppk file',
        },
        {
          text: 'PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nPrivate-Lines: 1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\nPrivate-MAC: 0000000000000000000000000000000000000000',
          reason: 'a zero-filled placeholder',
        },
      ],
    },
  },
];
