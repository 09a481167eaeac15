import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { base64Decode, lineBounds, shannonEntropy } from '../../engine/validators';
import { judgeValue } from './assignment';
import { charClasses, isStandIn, passwordVerdict, printable } from './util';

/**
 * HTTP credentials written out literally: `Authorization: Basic|Bearer ...` headers (raw HTTP, curl -H,
 * fetch/axios/requests header objects, Go's Header.Set) and `curl -u user:password`.
 * A header value built at run time (`'Bearer ' + token`, `Bearer ${token}`) is not a finding.
 */

/** `Authorization` then a separator as written in HTTP, JSON, JS objects, Python dicts, Go/Java calls. */
const AUTH_HEADER = String.raw`(?<![A-Za-z0-9_-])authorization["'\x60]?\s{0,3}(?::|=>|=|,)\s{0,3}["'\x60]?`;

/** A machine-made token's floors: 16 characters, random. */
const TOKEN_FLOORS = { minLength: 16, minEntropy: 3.2, strength: 'token' } as const;

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
  return passwordVerdict(password, user);
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
        { text: "headers: { Authorization: 'Basic ' + btoa(user + ':' + pass) }", reason: 'built at run time, no literal value' },
        { text: 'Authorization: Basic ZGVwbG95Og==', reason: 'an empty password (deploy:)' },
      ],
      lowSeverity: ['Authorization: Basic dXNlcjpwYXNzd29yZA==', 'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=='],
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
    title: 'Password on a curl or HTTPie command line',
    category: 'secret',
    kind: 'PASSWORD',
    severity: 'high',
    confidence: 'medium',
    description: 'A password given to curl or HTTPie with -u stays in shell history, scripts and CI logs.',
    keywords: ['curl', 'http ', 'https ', 'xh '],
    // The command, its arguments (across `\` line continuations), then `-u`/`--user` (curl) or `-a`/`--auth`
    // (HTTPie) and `user:password`: quoted as a whole or part by part, `=` or spaces after the flag, an empty
    // user, an `@` inside the user. A password in double quotes may hold escaped characters.
    pattern:
      /(?<![A-Za-z0-9_-])(?:curl|https?|xh)(?:[^\n\\]|\\[^\n]|\\\r?\n){0,400}?[ \t](?:-u|--user|-a|--auth)(?:=|[ \t]{1,4})?(?<uq>["']?)(?<user>[^\s:"']{0,64})["']?:["']?(?<password>(?:[^\s"'\\]|\\.|["'](?=[^\s"'])){1,128})["']?(?=\s|$)/,
    secretGroup: 'password',
    window: 512,
    multiline: true,
    // The flag, which no web log line holds: a window around a user agent's 'curl/8.4.0' and its neighbours'
    // 'https://' (each a start the pattern tries up to 400 characters on) is passed over in one cheap search.
    windowNeeds: /[ \t]-[-ua]/,
    allowPlaceholders: true,
    validators: [
      (ctx) => {
        // The quote around the password: its own, or the one that opened the whole `user:password` argument.
        const before = ctx.text[ctx.start - 1];
        const quote = before === ':' ? ctx.match.groups?.uq : before;
        // In single quotes the shell expands nothing: `$3Q?…` is the password itself, not a reference.
        const password = quote === "'" ? ctx.value : ctx.value.replace(/\\(.)/g, '$1');
        if (quote !== "'" && /^\$|\$\{|\$\(/.test(password)) return false;
        const verdict = passwordVerdict(password, ctx.match.groups?.user || undefined);
        return verdict === true && shannonEntropy(password) < 2.5 ? { confidence: 'low' } : verdict;
      },
    ],
    examples: {
      positive: [
        'curl -u deploy:Xk82!mqPz4 https://ci.acme-corp.io/job/build',
        'curl -s --user "api:8fJ2kLq9ZwT1" -X POST https://registry.acme-corp.io/v2/',
        'curl -u "deploy@acme-corp.io":\'Xk82"mqPz4\' https://ci.acme-corp.io/',
        'curl -X POST \\\n  -u  ci-bot:Tq4x9LmZ2pWd \\\n  https://ci.acme-corp.io/job/build',
        "curl --user=':Wq9#xT2mL7vK' https://ci.acme-corp.io/",
        "curl -u 'ci:$7Hq?x@L=*;_<m)pw2' https://ci.acme-corp.io/",
        'http -a deploy:Xk82!mqPz4 POST https://ci.acme-corp.io/job/build',
      ],
      negative: [
        { text: 'curl -u "$USER:$API_TOKEN" https://api.acme-corp.io', reason: 'environment references' },
        { text: 'curl -u admin https://api.acme-corp.io', reason: 'no password: curl prompts for it' },
        { text: 'curl -u "ci:$CI_PASSWORD" https://api.acme-corp.io', reason: 'a reference the shell expands in double quotes' },
        { text: 'curl -u deploy: https://api.acme-corp.io', reason: 'an empty password' },
      ],
      lowSeverity: ['curl -u user:password https://api.example.com', 'curl -u admin:admin https://api.acme-corp.io'],
    },
  },
  {
    id: 'generic-authorization-header',
    title: 'Credentials in an Authorization header',
    category: 'secret',
    kind: 'AUTH_HEADER',
    severity: 'high',
    confidence: 'medium',
    description: 'An Authorization header carries the caller’s credential, whatever its scheme: anyone holding it can replay it.',
    keywords: ['authorization'],
    // Any scheme but Basic and Bearer (their own rules decode and judge them), or none: `Token …`,
    // `Api-Token …`, `Key …`, `SharedKey …`, `Token token="…"`, or the bare credential.
    pattern: new RegExp(
      String.raw`${AUTH_HEADER}(?:(?<scheme>[A-Za-z][A-Za-z0-9_-]{0,30})[ \t]{1,3}(?:token=["']?)?)?(?<value>[A-Za-z0-9._~+/:-]{16,2048}={0,2})(?![A-Za-z0-9._~+/=:-])`,
      'i',
    ),
    secretGroup: 'value',
    validators: [
      (ctx) => {
        const scheme = ctx.match.groups?.scheme ?? '';
        if (/^(?:basic|bearer|digest|negotiate|ntlm|aws4-hmac-sha256|hmac|signature)$/i.test(scheme)) return false;
        return judgeValue(ctx.value, TOKEN_FLOORS, '"') === true;
      },
    ],
    examples: {
      positive: [
        "curl -H 'Authorization: Token 9f2kQ7xLm3Vb8RtZ0pWn4Yc6' https://api.acme-corp.io/v1/me",
        'Authorization: Api-Token a8Kd93jfLq02mZx7WvB4nT1e',
        'headers = {"Authorization": "7hT3kP9qLm2Xv8Bz4Nw1Rc6Y"}',
        'Authorization: Token token="Q2w8Er5Ty7Ui9Op1As3Df6Gh"',
      ],
      negative: [
        { text: 'Authorization: Digest username="Mufasa", realm="testrealm@host.com"', reason: 'a Digest challenge response holds no reusable secret' },
        { text: "headers: { Authorization: 'Token ' + apiToken }", reason: 'built at run time' },
        { text: 'Authorization: Token YOUR_API_TOKEN_HERE', reason: 'a placeholder' },
      ],
    },
  },
  {
    id: 'generic-auth-header',
    title: 'API key or token in an auth-named HTTP header',
    category: 'secret',
    kind: 'API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'A custom auth header (X-Api-Key, X-Auth-Token...) carries the caller’s key: anyone holding it can call the API as them.',
    keywords: ['api-key', 'apikey', 'x-auth', 'token:', 'x-access-token', 'x-key', 'access-key', 'auth-key', 'auth-token'],
    // `Name: value` as curl -H, wget --header, raw HTTP and HTTPie (`Name:value`) write it.
    pattern: /(?<![A-Za-z0-9_-])(?<name>(?:x-)?[A-Za-z0-9-]{0,30}(?:api-?key|auth(?:-[a-z]{2,10})?|token|access-key))[ \t]{0,2}:[ \t]{0,3}(?<value>[A-Za-z0-9._~+/=-]{16,512})(?![A-Za-z0-9._~+/=-])/i,
    secretGroup: 'value',
    validators: [
      (ctx) => {
        const name = ctx.match.groups?.name ?? '';
        // A header name has a dash or is one of the bare names APIs use; `token: …` alone is a config line (judged elsewhere).
        if (!/-/.test(name) && !/^(?:apikey|token|auth)$/i.test(name)) return false;
        const lineStart = lineBounds(ctx.text, ctx.start, ctx.start, 512).start;
        const before = ctx.text.slice(lineStart, ctx.start);
        const inCommand = /(?:-H|--header)[ \t=]{1,3}["']?[^"'\n]*$|(?:curl|https?|xh|wget)[ \t][^\n]*$/i.test(before);
        const rawHttp = /^[A-Za-z0-9-]+[ \t]{0,2}:[ \t]{0,3}$/.test(before);
        if (!inCommand && !rawHttp) return false;
        if (rawHttp && !/-/.test(name)) return false;
        return judgeValue(ctx.value, TOKEN_FLOORS, '"') === true;
      },
    ],
    examples: {
      positive: [
        'curl -H "X-Api-Key: Zq8x2Lm4Vt9kPw3nB6yR" https://api.acme-corp.io/v1/orders',
        'GET /v1/orders HTTP/1.1\nHost: api.acme-corp.io\nX-Auth-Token: a8Kd93jfLq02mZx7WvB4nT1e\n',
        "http GET https://api.acme-corp.io/v1/orders 'apikey:7hT3kP9qLm2Xv8Bz4Nw1Rc6Y'",
        'wget --header="Token: Q2w8Er5Ty7Ui9Op1As3Df6Gh" https://api.acme-corp.io/v1/orders',
      ],
      negative: [
        { text: 'curl -H "X-Api-Key: $API_KEY" https://api.acme-corp.io', reason: 'an environment reference' },
        { text: 'Access-Control-Allow-Headers: X-Api-Key, Content-Type', reason: 'a header name, not a key' },
        { text: 'X-Request-Token: 3f1c2b7a-8d4e-4f5a-9b6c-1d2e3f4a5b6c', reason: 'a UUID' },
      ],
    },
  },
];
