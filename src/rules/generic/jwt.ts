import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { base64Decode, tryJson } from '../../engine/validators';

type Json = Record<string, unknown>;
const REGISTERED_CLAIMS = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'];

function decodeSegment(segment: string): Json | undefined {
  const text = base64Decode(segment);
  if (text === undefined) return undefined;
  const json = tryJson(text);
  return json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Json) : undefined;
}

/** JSON that base64 code embeds for other reasons: a source map (`version`, `sources`, `mappings`). */
const NOT_A_JWT_HEADER = ['sources', 'mappings'];

/**
 * A JWT is reported at the rule's confidence when both segments decode to JSON objects, the header names an
 * `alg`, the header has a `typ` or the payload a registered claim, and the signature is whole. A value in the
 * JWT shape (`eyJ….eyJ….…`) that fails one of these checks (a header or payload that does not decode, a header
 * without `alg`, no registered claim, a truncated signature) is demoted to low confidence, not dropped: a
 * damaged copy of a token is still a token. Base64 JSON that is plainly something else (a source map) is not
 * a JWT at all.
 *
 * Decision on `alg: none`: such tokens are rejected. They carry no signature, so nothing secret went
 * into them and anybody can mint the same token; they appear almost only in tests and tutorials.
 * The jwt.io example token ("John Doe", sub 1234567890) is documentation, copied into countless tests:
 * not reported at all.
 * Supabase-style `role: anon` tokens are published in front-end code by design: also 'low'.
 */
function validJwt(ctx: MatchContext): ValidatorResult {
  const [h, p, sig] = ctx.value.split('.');
  const header = decodeSegment(h);
  const payload = decodeSegment(p);
  const doubtful: ValidatorResult = { confidence: 'low', note: 'JWT shape, but its header, claims or signature do not check' };
  if (header && NOT_A_JWT_HEADER.some((k) => k in header)) return false;
  if (header && typeof header.alg === 'string' && header.alg.toLowerCase() === 'none') return false;
  if (!header || !payload || typeof header.alg !== 'string') return doubtful;
  if (payload.sub === '1234567890' && payload.name === 'John Doe') return false;
  if ((sig ?? '').length < 16) return doubtful;
  if (header.typ === undefined && !REGISTERED_CLAIMS.some((c) => c in payload)) return doubtful;
  if (payload.role === 'anon') return { severity: 'low', note: 'public anonymous-role token' };
  if (typeof payload.exp === 'number' && payload.exp * 1000 < Date.now()) return { severity: 'medium', note: 'expired' };
  return true;
}

const JWT_LIVE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQ4MjEiLCJpYXQiOjE3MzIwMDAwMDAsImV4cCI6NDEwMjQ0NDgwMH0.MLC9J8-8vSlWFaJBSIWGZSh1_0q8z7SVe7NTCmaHRng';
const JWT_EXPIRED =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguYWNtZS1jb3JwLmlvIiwic3ViIjoiN2YzYzlhIiwic2NvcGUiOiJyZWFkIHdyaXRlIiwiaWF0IjoxNjAwMDAwMDAwLCJleHAiOjE2MDAwMDM2MDB9.lMd4ZWI0rGL2qJDDklB9wLZeaWjwNLumXBf9omHCf8k';
const JWT_JWT_IO =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

export const jwtRules: readonly Rule[] = [
  {
    id: 'generic-jwt',
    title: 'JSON Web Token',
    category: 'secret',
    kind: 'JWT',
    severity: 'high',
    confidence: 'medium',
    description: 'A signed JWT is a bearer credential: until it expires, whoever holds it is treated as its subject.',
    keywords: ['eyj'],
    pattern: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{12,2000}\.eyJ[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{0,2000})(?![A-Za-z0-9_-])/,
    secretGroup: 1,
    window: 8192,
    // Structure is checked by decoding; random base64url may contain "none" or "fake" by chance.
    allowPlaceholders: true,
    validators: [validJwt],
    overrides: ['generic-bearer-token-header'],
    helpUrl: 'https://datatracker.ietf.org/doc/html/rfc7519',
    examples: {
      positive: [
        `const token = "${JWT_LIVE}";`,
        `Authorization: Bearer ${JWT_EXPIRED}`,
        'session=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiIsImFkbWluIjp0cnVlfQ.KAgfHGedEV3wJWkjnwU2JhKVhZgw5-z5fHpQ5ZEwa6k',
      ],
      negative: [
        {
          text: 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ1c2VyLTQ4MjEiLCJpYXQiOjE3MzIwMDAwMDB9.',
          reason: 'alg none: an unsigned token anybody can mint',
        },
        {
          text: 'eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImEudHMiXX0.eyJtYXBwaW5ncyI6IkFBQUEifQ.abcdefghijklmnopqrstu',
          reason: 'a base64 source map (sources, mappings), not a JWT header',
        },
        { text: `const demo = '${JWT_JWT_IO}';`, reason: 'the jwt.io documentation token' },
      ],
      lowConfidence: [
        // A truncated copy: the signature cut short.
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQ4MjEiLCJpYXQiOjE3MzIwMDAwMDAsImV4cCI6NDEwMjQ0NDgwMH0.MLC9J8',
        // A header that does not decode (a character lost in the copy), then a whole payload and signature.
        'jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVC.eyJzdWIiOiJ1c2VyLTk5MSIsImlhdCI6MTczMjAwMDAwMH0.q8ZkVn2LmX4pR7sT1wY9bC3dF6gH0jK5',
      ],
      lowSeverity: [
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF3bXp4YnZ0cm5rcGxoZ2YiLCJyb2xlIjoiYW5vbiIsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjoyMDE1NTc2MDAwfQ.npmSuTZMjsqdyODs-Zow5pBWd66TOjmUf-uDfNi5Ew8',
      ],
    },
  },
];
