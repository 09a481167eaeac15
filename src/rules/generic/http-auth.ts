import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { base64Decode, shannonEntropy } from '../../engine/validators';
import { charClasses, isPlausiblePassword, isStandIn, printable } from './util';

/**
 * HTTP credentials written out literally: `Authorization: Basic|Bearer ...` headers (raw HTTP, curl -H,
 * fetch/axios/requests header objects, Go's Header.Set) and `curl -u user:password`.
 * A header value built at run time (`'Bearer ' + token`, `Bearer ${token}`) is not a finding.
 */

/** `Authorization` then a separator as written in HTTP, JSON, JS objects, Python dicts, Go/Java calls. */
const AUTH_HEADER = String.raw`(?<![A-Za-z0-9_-])authorization["'\x60]?\s{0,3}(?::|=>|=|,)\s{0,3}["'\x60]?`;

/** RFC 7617's own example credentials (Aladdin / open sesame). */
const RFC_EXAMPLE = 'Aladdin:open sesame';

/** A Basic value that does not decode to `user:password` (a damaged copy, an API key sent as Basic): demoted. */
const UNDECODED: ValidatorResult = { confidence: 'low', note: 'does not decode to user:password' };

function basicCredentials(ctx: MatchContext): ValidatorResult {
  const decoded = printable(base64Decode(ctx.value));
  const colon = decoded?.indexOf(':') ?? -1;
  if (!decoded || colon < 1) return ctx.value.length >= 12 && /[0-9]/.test(ctx.value) && /[A-Za-z]/.test(ctx.value) ? UNDECODED : false;
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (decoded === RFC_EXAMPLE) return { severity: 'low', note: 'RFC 7617 example' };
  if (isStandIn(user) && isStandIn(password)) return false;
  return isPlausiblePassword(password, user);
}

function bearerToken(ctx: MatchContext): ValidatorResult {
  const v = ctx.value;
  if (isStandIn(v) || !/[0-9]/.test(v) || !/[A-Za-z]/.test(v)) return false;
  return charClasses(v) >= 2;
}

export const httpAuthRules: readonly Rule[] = [
  {
    id: 'generic-basic-auth-header',
    title: 'HTTP Basic credentials in an Authorization header',
    category: 'secret',
    kind: 'BASIC_AUTH',
    severity: 'high',
    confidence: 'medium',
    description: 'A Basic Authorization header is a user name and password in base64: anyone can decode and reuse them.',
    keywords: ['basic'],
    pattern: new RegExp(String.raw`${AUTH_HEADER}basic\s{1,3}([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])`, 'i'),
    secretGroup: 1,
    validators: [basicCredentials],
    helpUrl: 'https://datatracker.ietf.org/doc/html/rfc7617',
    examples: {
      positive: [
        'curl -H "Authorization: Basic ZGVwbG95OlhrODIhbXFQejQ=" https://ci.acme-corp.io/api',
        "fetch(url, { headers: { Authorization: 'Basic YXBpOjhmSjJrTHE5WndUMQ==' } });",
        'req.Header.Set("Authorization", "Basic YXBpOjhmSjJrTHE5WndUMQ==")',
      ],
      negative: [
        { text: 'Authorization: Basic dXNlcjpwYXNzd29yZA==', reason: 'decodes to user:password, a documentation stand-in' },
        { text: "headers: { Authorization: 'Basic ' + btoa(user + ':' + pass) }", reason: 'built at run time, no literal value' },
        { text: 'Authorization: Basic ZGVwbG95Og==', reason: 'an empty password (deploy:)' },
      ],
      lowSeverity: ['Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=='],
      // Text without a user:password colon (an API key sent as Basic), and base64 that does not decode.
      lowConfidence: ['Authorization: Basic SGVsbG9Xb3JsZDEyMw==', 'Authorization: Basic k9Xq2LzW7vRt4mNb8yHs3dGf6jTa1'],
    },
  },
  {
    id: 'generic-bearer-token-header',
    title: 'Bearer token in an Authorization header',
    category: 'secret',
    kind: 'BEARER_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'A bearer token authenticates whoever presents it: a leaked one can be replayed until it expires.',
    keywords: ['bearer'],
    pattern: new RegExp(String.raw`${AUTH_HEADER}bearer\s{1,3}([A-Za-z0-9._~+/-]{16,2048}={0,2})(?![A-Za-z0-9._~+/=-])`, 'i'),
    secretGroup: 1,
    minEntropy: 3.3,
    validators: [bearerToken],
    helpUrl: 'https://datatracker.ietf.org/doc/html/rfc6750',
    examples: {
      positive: [
        "curl -H 'Authorization: Bearer 9f2kQ7xLm3Vb8RtZ0pWn4Yc6' https://api.acme-corp.io/v1/me",
        "axios.get(url, { headers: { 'Authorization': `Bearer a8Kd93jfLq02mZx7WvB4nT1e` } });",
        'requests.get(url, headers={"Authorization": "Bearer 7hT3kP9qLm2Xv8Bz4Nw1Rc6Y"})',
      ],
      negative: [
        { text: 'headers: { Authorization: `Bearer ${token}` }', reason: 'a template reference, not a value' },
        { text: "headers: { Authorization: 'Bearer ' + accessToken }", reason: 'built at run time' },
        { text: 'Authorization: Bearer YOUR_ACCESS_TOKEN_HERE', reason: 'a placeholder' },
        { text: 'Authorization: Bearer <token>', reason: 'a placeholder' },
      ],
    },
  },
  {
    id: 'generic-curl-user-password',
    title: 'Password on a curl command line',
    category: 'secret',
    kind: 'PASSWORD',
    severity: 'high',
    confidence: 'medium',
    description: 'curl -u user:password puts a password in shell history, scripts and CI logs.',
    keywords: ['curl'],
    pattern:
      /(?<![A-Za-z0-9_-])curl(?:\s[^\n]{0,300}?)?\s(?:-u|--user)[ =]?["']?([^\s:"'@]{1,64}):([^\s"']{1,128})["']?(?=\s|$)/,
    secretGroup: 2,
    window: 512,
    validators: [
      (ctx) => isPlausiblePassword(ctx.value, ctx.match[1]) && !/^\$|\$\{/.test(ctx.value) && shannonEntropy(ctx.value) >= 2.5,
    ],
    examples: {
      positive: [
        'curl -u deploy:Xk82!mqPz4 https://ci.acme-corp.io/job/build',
        'curl -s --user "api:8fJ2kLq9ZwT1" -X POST https://registry.acme-corp.io/v2/',
      ],
      negative: [
        { text: 'curl -u user:password https://api.example.com', reason: 'documentation stand-in' },
        { text: 'curl -u "$USER:$API_TOKEN" https://api.acme-corp.io', reason: 'environment references' },
        { text: 'curl -u admin https://api.acme-corp.io', reason: 'no password: curl prompts for it' },
      ],
    },
  },
];
