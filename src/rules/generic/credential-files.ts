import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { base64Decode, lineBounds } from '../../engine/validators';
import { ASSIGNMENT_RULE_IDS } from './assignment';
import { isPlausiblePassword, isStandIn, passwordVerdict, printable } from './util';

/**
 * Credential files with a known layout: Kubernetes Secret manifests, .npmrc, .pypirc, .netrc, and
 * `docker login -p`. (Docker's config.json `auths` is the code group's `docker-config-auth`.) The layout, not a variable name, says the value is secret.
 */

/** Credential-file lines are short; a longer line (minified code) is cut here. */
const LINE_LIMIT = 2048;

/** The text of the line holding `pos` (at most LINE_LIMIT characters each way), and the offset where it starts. */
function lineAt(text: string, pos: number): { start: number; line: string } {
  const b = lineBounds(text, pos, pos, LINE_LIMIT);
  return { start: b.start, line: text.slice(b.start, b.end).replace(/\r$/, '') };
}

/** Characters looked back from a value for its YAML parent key and its `kind: Secret`. */
const MANIFEST_LOOKBACK = 8192;

/**
 * The value's YAML parent key (the nearest line above with less indentation) is `parent`, and the same
 * YAML document says `kind: Secret`.
 */
function inSecretSection(ctx: MatchContext, parent: string): boolean {
  const { start, line } = lineAt(ctx.text, ctx.start);
  const indent = /^[ \t]*/.exec(line)![0].length;
  if (indent === 0 || !/^[ \t]+["']?[A-Za-z0-9_.-]{1,253}["']?:/.test(line)) return false;
  const from = Math.max(0, start - MANIFEST_LOOKBACK);
  const above = ctx.text.slice(from, start).split('\n').reverse();
  let parentFound = false;
  for (const l of above) {
    const t = l.replace(/\r$/, '');
    if (/^---\s*$/.test(t)) break; // start of this YAML document
    if (!parentFound && t.trim() !== '' && !t.trimStart().startsWith('#')) {
      const ind = /^[ \t]*/.exec(t)![0].length;
      if (ind < indent) {
        if (!new RegExp(`^[ \\t]*${parent}:[ \\t]*$`).test(t)) return false;
        parentFound = true;
      }
    }
    if (/^kind:[ \t]*["']?Secret["']?[ \t]*$/.test(t)) return parentFound;
  }
  // `kind: Secret` may also follow the data section.
  if (!parentFound) return false;
  const after = ctx.text.slice(ctx.start, ctx.start + MANIFEST_LOOKBACK);
  const doc = after.split(/\n---\s*\n/)[0];
  return /^kind:[ \t]*["']?Secret["']?[ \t]*$/m.test(doc);
}

/** Keys of a Secret that name non-secret fields (who, where), unless they also say key/pass/token. */
function isNonSecretKeyName(key: string): boolean {
  return /user|login|host|port|database|db$|name|email|namespace|region|url|endpoint|ca\.crt|tls\.crt/i.test(key) && !/pass|secret|token|key$|pwd/i.test(key);
}

function isNonSecretKey(ctx: MatchContext): boolean {
  return isNonSecretKeyName(/^[ \t]*["']?([A-Za-z0-9_.-]{1,253})/.exec(lineAt(ctx.text, ctx.start).line)?.[1] ?? '');
}

/** Offset of the `{` of the JSON object that encloses `pos` (braces inside strings are not told apart), or -1. */
function enclosingBrace(text: string, pos: number, limit: number): number {
  let depth = 0;
  for (let i = pos - 1, stop = Math.max(0, pos - limit); i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x7d) depth++; // }
    else if (c === 0x7b && depth-- === 0) return i; // {
  }
  return -1;
}

/** The text of the JSON object opening at `open`, up to its closing brace (or `limit` characters). */
function objectAt(text: string, open: number, limit: number): string {
  let depth = 0;
  for (let i = open, stop = Math.min(text.length, open + limit); i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return text.slice(open, i + 1);
  }
  return text.slice(open, open + limit);
}

/**
 * A value of a Secret manifest in JSON (kubectl get -o json, Helm output): inside the `data` object (base64,
 * decoded and judged) or `stringData` (clear text) of an object whose `kind` is `Secret`.
 */
function kubernetesJson(ctx: MatchContext): ValidatorResult {
  const key = ctx.match.groups?.key ?? '';
  if (isNonSecretKeyName(key)) return false;
  const section = enclosingBrace(ctx.text, ctx.start, MANIFEST_LOOKBACK);
  const name = section < 0 ? undefined : /"(data|stringData)"\s*:\s*$/.exec(ctx.text.slice(Math.max(0, section - 40), section))?.[1];
  if (!name) return false;
  const manifest = enclosingBrace(ctx.text, section, MANIFEST_LOOKBACK);
  if (manifest < 0 || !/"kind"\s*:\s*"Secret"/.test(objectAt(ctx.text, manifest, 4 * MANIFEST_LOOKBACK))) return false;
  if (name === 'stringData') return isPlausiblePassword(ctx.value);
  const decoded = base64Decode(ctx.value);
  if (decoded === undefined || !/^[\x20-\x7e\t\r\n]+$/.test(decoded)) return false;
  return isPlausiblePassword(decoded.trim()) || decoded.includes('PRIVATE KEY-----');
}

function kubernetesData(ctx: MatchContext): ValidatorResult {
  if (!inSecretSection(ctx, 'data') || isNonSecretKey(ctx)) return false;
  const decoded = base64Decode(ctx.value);
  if (decoded === undefined || !/^[\x20-\x7e\t\r\n]+$/.test(decoded)) return false;
  return isPlausiblePassword(decoded.trim()) || decoded.includes('PRIVATE KEY-----');
}

function kubernetesStringData(ctx: MatchContext): ValidatorResult {
  if (!inSecretSection(ctx, 'stringData') || isNonSecretKey(ctx)) return false;
  return isPlausiblePassword(ctx.value);
}

/** Decoded `user:password` (npm `_auth`). */
function userPassword(encoded: string): boolean {
  const decoded = printable(base64Decode(encoded));
  if (!decoded) return false;
  const colon = decoded.indexOf(':');
  return colon > 0 && isPlausiblePassword(decoded.slice(colon + 1), decoded.slice(0, colon));
}

const K8S_SECRET = (section: string, lines: readonly string[]) =>
  ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db-credentials', '  namespace: prod', 'type: Opaque', `${section}:`, ...lines].join('\n');

export const credentialFileRules: readonly Rule[] = [
  {
    id: 'generic-kubernetes-secret-data',
    title: 'Kubernetes Secret data value',
    category: 'secret',
    kind: 'KUBERNETES_SECRET',
    severity: 'high',
    confidence: 'medium',
    description: 'Secret manifests only base64-encode their values: anyone reading the file reads the secret.',
    keywords: ['kind: secret'],
    pattern: /^[ \t]{1,12}["']?[A-Za-z0-9_.-]+["']?:[ \t]{1,4}["']?([A-Za-z0-9+/]{8,}={0,2})["']?[ \t]*\r?$/m,
    secretGroup: 1,
    multiline: true,
    window: MANIFEST_LOOKBACK,
    validators: [kubernetesData],
    overrides: ASSIGNMENT_RULE_IDS,
    helpUrl: 'https://kubernetes.io/docs/concepts/configuration/secret/',
    examples: {
      positive: [
        K8S_SECRET('data', ['  username: YXBwX3J3', '  password: cTdMbTJ4VDl2Ums0']),
        ['apiVersion: v1', 'data:', '  DB_PASSWORD: WnI4IXBXcTNuVjVz', 'kind: Secret', 'metadata:', '  name: app'].join('\n'),
      ],
      negative: [
        { text: K8S_SECRET('data', ['  password: cGFzc3dvcmQ=']), reason: 'decodes to "password", a stand-in' },
        {
          text: ['kind: ConfigMap', 'data:', '  checksum: cTdMbTJ4VDl2Ums0'].join('\n'),
          reason: 'a ConfigMap is not a Secret',
        },
        { text: K8S_SECRET('data', ['  username: YXBwX3J3', '  host: ZGIuYWNtZS1jb3JwLmlv']), reason: 'user and host names are not secrets' },
      ],
    },
  },
  {
    id: 'generic-kubernetes-secret-stringdata',
    title: 'Kubernetes Secret stringData value',
    category: 'secret',
    kind: 'KUBERNETES_SECRET',
    severity: 'high',
    confidence: 'medium',
    description: 'stringData holds the secret in clear text inside the manifest.',
    keywords: ['kind: secret'],
    pattern: /^[ \t]{1,12}["']?[A-Za-z0-9_.-]+["']?:[ \t]{1,4}["']?([^\s"'#{}$]{4,})["']?[ \t]*\r?$/m,
    secretGroup: 1,
    multiline: true,
    window: MANIFEST_LOOKBACK,
    validators: [kubernetesStringData],
    overrides: ASSIGNMENT_RULE_IDS,
    helpUrl: 'https://kubernetes.io/docs/concepts/configuration/secret/',
    examples: {
      positive: [K8S_SECRET('stringData', ['  username: app_rw', '  password: "q7Lm2xT9vRk4"']), K8S_SECRET('stringData', ['  api-token: Zq8x2Lm4Vt9kPw3nB6yR'])],
      negative: [
        { text: K8S_SECRET('stringData', ['  password: ${DB_PASSWORD}']), reason: 'a template reference' },
        { text: K8S_SECRET('stringData', ['  username: app_rw']), reason: 'a user name is not a secret' },
        { text: ['kind: Deployment', 'stringData:', '  password: q7Lm2xT9vRk4x'].join('\n'), reason: 'not a Secret manifest' },
      ],
    },
  },
  {
    id: 'generic-kubernetes-secret-json',
    title: 'Kubernetes Secret value (JSON manifest)',
    category: 'secret',
    kind: 'KUBERNETES_SECRET',
    severity: 'high',
    confidence: 'medium',
    description: 'Secret manifests only base64-encode their values: anyone reading the file reads the secret.',
    keywords: ['"kind": "secret"', '"kind":"secret"'],
    pattern: /"(?<key>[A-Za-z0-9_.-]+)"[ \t]*:[ \t]*"(?<value>[^"\s\\{}$]{4,})"/,
    secretGroup: 'value',
    multiline: true,
    window: MANIFEST_LOOKBACK,
    validators: [kubernetesJson],
    overrides: ASSIGNMENT_RULE_IDS,
    helpUrl: 'https://kubernetes.io/docs/concepts/configuration/secret/',
    examples: {
      positive: [
        '{\n  "apiVersion": "v1",\n  "kind": "Secret",\n  "metadata": { "name": "db" },\n  "data": {\n    "username": "YXBwX3J3",\n    "db-pass": "cTdMbTJ4VDl2Ums0"\n  }\n}',
        '{"apiVersion":"v1","data":{"api-token":"WnE4eDJMbTRWdDlrUHczbkI2eVI="},"kind":"Secret","metadata":{"name":"app"}}',
        '{ "kind": "Secret", "stringData": { "password": "q7Lm2xT9vRk4" } }',
      ],
      negative: [
        { text: '{ "kind": "Secret", "data": { "password": "cGFzc3dvcmQ=" } }', reason: 'decodes to "password", a stand-in' },
        { text: '{ "kind": "ConfigMap", "data": { "checksum": "cTdMbTJ4VDl2Ums0" } }', reason: 'a ConfigMap is not a Secret' },
        { text: '{ "kind": "Secret", "metadata": { "name": "cTdMbTJ4VDl2Ums0" }, "type": "Opaque" }', reason: 'metadata, not data' },
        { text: '{ "kind": "Secret", "data": { "username": "YXBwX3J3", "host": "ZGIuYWNtZS1jb3JwLmlv" } }', reason: 'user and host names are not secrets' },
      ],
    },
  },
  {
    id: 'generic-npmrc-auth',
    title: 'npm registry credentials (.npmrc)',
    category: 'secret',
    kind: 'NPM_REGISTRY_AUTH',
    severity: 'high',
    confidence: 'medium',
    description: 'An .npmrc auth entry lets anyone publish packages as the owner: a supply-chain risk.',
    keywords: ['_auth', '_password'],
    pattern: /(?<![A-Za-z0-9])_(authToken|auth|password)[ \t]{0,4}=[ \t]{0,4}["']?([^\s"'$]{8,2000})["']?/,
    secretGroup: 2,
    validators: [
      (ctx) => {
        const field = ctx.match[1];
        if (field === 'auth') return userPassword(ctx.value);
        if (field === 'password') {
          // The password in base64: a word with a few digits is still someone's password (low confidence).
          const decoded = printable(base64Decode(ctx.value));
          return decoded !== undefined && passwordVerdict(decoded);
        }
        // Tokens are written in the characters of base64, base64url, JWTs and UUIDs: brackets or commas make
        // it code (a regular expression that matches such a line, say).
        return !isStandIn(ctx.value) && /^[A-Za-z0-9._~+/=-]+$/.test(ctx.value) && /[0-9]/.test(ctx.value) && /[A-Za-z]/.test(ctx.value);
      },
    ],
    helpUrl: 'https://docs.npmjs.com/cli/configuring-npm/npmrc',
    examples: {
      positive: [
        '//npm.acme-corp.io/:_authToken=a8Kd93jfLq02mZx7WvB4nT1e',
        '_auth=ZGVwbG95OlhrODIhbXFQejQ=\nemail=ci@acme-corp.io',
        '//nexus.acme-corp.io/repository/npm/:_password="WGs4MiFtcVB6NA=="',
      ],
      lowConfidence: ['//nexus.acme-corp.io/repository/npm/:_password=Q29wcGVyV2FsbnV0ODE2Mw=='],
      negative: [
        { text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}', reason: 'an environment reference' },
        { text: 'pattern: /\\/\\/registry\\.npmjs\\.org\\/:_authToken=([0-9a-f]{8}-[0-9a-f]{4})/,secretGroup:1,helpUrl:', reason: 'a regular expression in code, not a token' },
        { text: '_auth=dXNlcjpwYXNzd29yZA==', reason: 'decodes to user:password' },
        { text: 'const { _auth = opts.auth } = config', reason: 'code, not a value' },
      ],
    },
  },
  {
    id: 'generic-pypirc-password',
    title: 'PyPI credentials (.pypirc)',
    category: 'secret',
    kind: 'PYPI_PASSWORD',
    severity: 'high',
    confidence: 'medium',
    description: 'A .pypirc password or token lets anyone upload releases of the owner’s Python packages.',
    keywords: ['password'],
    pattern: /^password[ \t]{0,4}[=:][ \t]{0,4}(\S{4,})[ \t]*\r?$/m,
    secretGroup: 1,
    nearbyText: { words: ['[pypi]', '[testpypi]', '[distutils]', 'index-servers'], window: 1000, required: true },
    allowPlaceholders: true,
    validators: [(ctx) => lineAt(ctx.text, ctx.start).line.startsWith('password') && passwordVerdict(ctx.value)],
    overrides: ['generic-password-config-value'],
    helpUrl: 'https://packaging.python.org/en/latest/specifications/pypirc/',
    examples: {
      positive: [
        '[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = pypi-Q2w8Er5Ty7Ui9Op1As3Df6Gh',
        '[pypi]\nusername = acme\npassword = Zr8!pWq3nV5s',
      ],
      negative: [
        { text: '[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc...', reason: 'an ellipsis marks an abbreviated documentation value' },
        { text: '[pypi]\nusername = __token__\npassword = <your PyPI token>', reason: 'a placeholder' },
        { text: '[database]\npassword = Zr8!pWq3nV5s', reason: 'not a .pypirc section (reported by the generic password rule instead)' },
      ],
    },
  },
  {
    id: 'generic-netrc-password',
    title: 'Password in a .netrc file',
    category: 'secret',
    kind: 'NETRC_PASSWORD',
    severity: 'high',
    confidence: 'medium',
    description: '.netrc passwords are used silently by curl, git and ftp: whoever reads the file logs in as the user.',
    // Every .netrc entry, 'machine' or 'default', names its 'login'; 'default' alone is everywhere in code.
    keywords: ['login'],
    pattern: /(?<![A-Za-z0-9_])(?:machine[ \t]{1,8}[^\s]{1,253}|default)\s{1,20}login\s{1,8}([^\s]{1,128})\s{1,20}password\s{1,8}([^\s]{1,200})/,
    secretGroup: 2,
    multiline: true,
    window: 600,
    allowPlaceholders: true,
    validators: [(ctx) => passwordVerdict(ctx.value, ctx.match[1])],
    overrides: ['generic-password-config-value'],
    helpUrl: 'https://everything.curl.dev/usingcurl/netrc.html',
    examples: {
      positive: [
        'machine api.acme-corp.io login deploy password Xk82!mqPz4',
        'machine git.acme-corp.io\n  login ci-bot\n  password Zq8x2Lm4Vt9kPw3n\n',
      ],
      negative: [
        { text: 'machine api.acme-corp.io login deploy password $API_PASSWORD', reason: 'an environment reference' },
        { text: 'the state machine is in default mode', reason: 'prose' },
      ],
      lowSeverity: ['machine example.com login user password password'],
    },
  },
  {
    id: 'generic-docker-login-password',
    title: 'Password on a docker login command line',
    category: 'secret',
    kind: 'DOCKER_REGISTRY_AUTH',
    severity: 'high',
    confidence: 'medium',
    description: 'docker login -p leaves the registry password in shell history and CI logs.',
    keywords: ['docker login', 'podman login', 'helm registry login'],
    pattern: /(?<![A-Za-z0-9_-])(?:docker|podman|helm registry) login\s[^\n]{0,300}?(?:-p|--password)[ =]["']?([^\s"']{4,200})["']?/,
    secretGroup: 1,
    window: 512,
    allowPlaceholders: true,
    // A lowercase word after -p is more often prose about the command than a password.
    validators: [(ctx) => !/^-|^[a-z]+$/.test(ctx.value) && passwordVerdict(ctx.value)],
    helpUrl: 'https://docs.docker.com/reference/cli/docker/login/',
    examples: {
      positive: [
        'docker login -u deploy -p Xk82!mqPz4 registry.acme-corp.io',
        'podman login --username ci --password=Zq8x2Lm4Vt9kPw3n quay.io',
      ],
      negative: [
        { text: 'echo "$TOKEN" | docker login -u ci --password-stdin ghcr.io', reason: 'password read from stdin' },
        { text: 'docker login -u $USER -p $PASSWORD', reason: 'environment references' },
      ],
    },
  },
];
