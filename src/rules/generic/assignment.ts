import type { MatchContext, Rule, RuleExamples } from '../../engine/types';
import { base64Decode, lineBounds } from '../../engine/validators';
import { isPlausibleSecretValue, isStandIn, printable } from './util';

/**
 * Values assigned to secret-like names: the main false-alarm risk of the catalogue, so these rules are
 * strict. The name must END with the secret word (`dbPassword`, `CLIENT_SECRET`, `x-api-key`, but not
 * `passwordLabel` or `tokenizer`); the value must be quoted (code, JSON, YAML, TOML) or stand alone at the
 * end of a config line (.env, shell `export`, YAML, INI, Java properties); and it must look random (no
 * spaces, not a word or identifier, not a reference or placeholder, entropy floor). Confidence 'medium'
 * so that any provider rule matching the same value wins.
 */

interface Family {
  /** `generic-<name>-assignment` / `generic-<name>-config-value`. */
  readonly name: string;
  readonly title: string;
  readonly kind: string;
  /** Regex source of the secret word the variable name ends with (no capture groups). */
  readonly words: string;
  readonly keywords: readonly string[];
  readonly minLength: number;
  readonly minEntropy: number;
  readonly description: string;
  readonly quoted: RuleExamples;
  readonly unquoted: RuleExamples;
}

/** A variable/key name ending with the family's word, optionally quoted or bracketed (`["password"]`). */
const name = (words: string) => String.raw`(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{0,40}?(?:${words})["'\]]{0,2}`;

/**
 * The same name for a pattern that begins with the secret word: the whole name is checked by a look-behind
 * once the word is found, so the regex engine can skip ahead to the word instead of trying every position
 * of every identifier.
 */
const nameFromWord = (words: string) => String.raw`(?:${words})(?<=(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{0,40}(?:${words}))["'\]]{0,2}`;

/** Longest name (with its quotes) before the secret word's end, for validators that look back at it. */
const MAX_NAME = 48;

/** Longest `NAME = ` prefix accepted before an unquoted value. */
const MAX_PREFIX = 120;

/** Names that end with a secret word but hold nothing secret: pagination cursors, lexer tokens, public keys. */
const HARMLESS_NAME =
  /(?:continuation|page|next|sync|resumption|cancel|lexer|parser|syntax|eof|last|first|prev|previous|pagination|cursor|marker|mock|fake|dummy|example|sample|public|publishable|site|recaptcha_?site)[_-]?(?:token|key|secret|password|api[_-]?key)["'\]]{0,2}\s{0,3}(?::=|=>|\?=|=|:)\s{0,3}["'\x60]?$/i;

function valueCheck(f: Family) {
  return (ctx: MatchContext) => {
    const valueAt = ctx.match.indices?.[1]?.[0] ?? ctx.match.index;
    // The match starts at the secret word; the rest of the name stands before it.
    const before = ctx.text.slice(Math.max(0, ctx.start - (valueAt - ctx.match.index) - MAX_NAME), ctx.start);
    if (HARMLESS_NAME.test(before)) return false;
    // `f('NAME', 'value')` only as the last argument of a call, not inside a list of strings.
    if (/["']\s{0,2},\s{0,3}@?["'\x60]$/.test(before) && !/^\s{0,2}\)/.test(ctx.text.slice(ctx.start + ctx.value.length + 1))) return false;
    if (!isPlausibleSecretValue(ctx.value, f.minLength, f.minEntropy)) return false;
    // Base64 that decodes to readable text ("not my real password") is a stand-in too.
    const text = printable(base64Decode(ctx.value));
    return !(text && ctx.value.length % 4 === 0 && /[= ]/.test(ctx.value + text) && (isStandIn(text) || / [a-z]/.test(text)));
  };
}

/**
 * The engine runs patterns on windows that may start or end mid-line, where `^`/`$` also match:
 * check on the full text that the name starts its line and the value ends it.
 */
function wholeLine(f: Family) {
  const prefix = new RegExp(String.raw`^[ \t]{0,40}(?:-[ \t]{1,4})?(?:export[ \t]{1,4}|set[ \t]{1,4})?${name(f.words)}[ \t]{0,4}[=:][ \t]{0,4}$`, 'i');
  return (ctx: MatchContext) => {
    const { start: lineStart, startCut } = lineBounds(ctx.text, ctx.start, ctx.start, MAX_PREFIX + 1);
    if (startCut || ctx.start - lineStart > MAX_PREFIX) return false;
    const end = ctx.start + ctx.value.length;
    const after = ctx.text.slice(end, end + 20);
    return prefix.test(ctx.text.slice(lineStart, ctx.start)) && /^[ \t]*\r?(?:\n|$)/.test(after);
  };
}

function quotedRule(f: Family): Rule {
  return {
    id: `generic-${f.name}-assignment`,
    title: `${f.title} assigned in code or config`,
    category: 'secret',
    kind: f.kind,
    severity: 'high',
    confidence: 'medium',
    description: f.description,
    keywords: f.keywords,
    // `=`, `:`, `:=`, `=>` (PHP, Ruby), `?=` (Makefile), `??=` / `||=`, a C# auto-property initialiser, a typed declaration (`: str =`, `: &str =`), or a
    // quoted name then a comma (`define('DB_PASSWORD', '...')`, `headers.set("x-api-key", "...")`);
    // then a quoted value without spaces (C# verbatim `@"..."` too).
    pattern: new RegExp(
      String.raw`${nameFromWord(f.words)}\s{0,3}(?::=|=>|\?\??=|\|\|=|=|:\s{0,3}&?[A-Za-z][\w.<>']{0,20}\s{0,3}=|:|\{\s{0,3}get;[^}\n]{0,30}\}\s{0,3}=|(?<=["'])\s{0,2},)\s{0,3}@?["'\x60]([^"'\x60\s\\]{${f.minLength},300})["'\x60]`,
      'i',
    ),
    secretGroup: 1,
    minEntropy: f.minEntropy,
    validators: [valueCheck(f)],
    examples: f.quoted,
  };
}

function unquotedRule(f: Family): Rule {
  return {
    id: `generic-${f.name}-config-value`,
    title: `${f.title} in a config or .env file`,
    category: 'secret',
    kind: f.kind,
    severity: 'high',
    confidence: 'medium',
    description: f.description,
    keywords: f.keywords,
    // The whole line is `NAME = value` (optionally `export`, or a YAML list item `- NAME=value` as in a
    // Compose file's environment): .env, shell, YAML, INI, Java properties. A '#' inside the value is
    // part of it; only a value that starts with one is a comment.
    pattern: new RegExp(
      String.raw`^[ \t]{0,40}(?:-[ \t]{1,4})?(?:export[ \t]{1,4}|set[ \t]{1,4})?${name(f.words)}[ \t]{0,4}[=:][ \t]{0,4}([^\s"'\x60#;,(){}\[\]<>$|][^\s"'\x60;,(){}\[\]<>$|]{${f.minLength - 1},})[ \t]*\r?$`,
      'im',
    ),
    secretGroup: 1,
    minEntropy: f.minEntropy,
    validators: [wholeLine(f), valueCheck(f)],
    examples: f.unquoted,
  };
}

const FAMILIES: readonly Family[] = [
  {
    name: 'password',
    title: 'Password',
    kind: 'PASSWORD',
    // `pass` alone only as a whole name part (SMTP_PASS, db.pass), never inside a word (BYPASS, COMPASS).
    words: 'password|passwd|passwort|pwd|passphrase|pass_phrase|(?<![A-Za-z])pass',
    keywords: ['password', 'passwd', 'passwort', 'pwd', 'passphrase', 'pass_phrase', '_pass', '.pass', '-pass', 'pass=', 'pass:', 'pass =', 'pass :', '"pass"', "'pass'"],
    minLength: 8,
    minEntropy: 2.5,
    description: 'A hard-coded password works for anyone who reads it, and is often reused elsewhere.',
    quoted: {
      positive: [
        'const dbPassword = "Xk82!mqPz4";',
        '"password": "q7Lm2xT9vRk4",',
        "$password = 'Tr0ub4dor&3';",
        'conn = psycopg2.connect(host="db", user="etl", password="Zr8pWq3nV5s2")',
        'smtp:\n  password: "Hx72Kq9p!LmZ"',
        "'password' => 'N8v3kQzP1xWm',",
        "define('DB_PASSWORD', 'Lq8!m3Xz7Kw');",
        'DB_PASSWORD: str = "Pm3x8Kq2Zw!"',
        'private const string AdminPassword = @"Vb3nM8qX2kLp";',
      ],
      negative: [
        { text: 'password: "Password",', reason: 'an i18n label' },
        { text: 'const password = process.env.DB_PASSWORD;', reason: 'read from the environment' },
        { text: '"input:password":"input[type=password]"', reason: 'a CSS selector' },
        { text: 'passwordPlaceholder: "Enter your password"', reason: 'a UI string with spaces, and the name does not end with the secret word' },
        { text: 'password: "${DB_PASSWORD}"', reason: 'a template reference' },
        { text: 'password: "changeme"', reason: 'a documentation stand-in' },
        { text: 'const PASSWORD_FIELD = "user_password";', reason: 'the value is an identifier' },
        { text: 'const files = [".npmrc", ".htpasswd", "Xk82!mqPz4Lw", ".netrc"];', reason: 'a list of strings, not a name and its value' },
        { text: 'if (password === "") return;', reason: 'a comparison with an empty string' },
        { text: 'hashed_password = "$2b$12$Kix2A8sQ1eRz9uW3x0fPZe5t4Yb7C1dM6nH8jL2kV0sR9qT3wU5yG"', reason: 'a bcrypt hash, not a password' },
      ],
    },
    unquoted: {
      positive: [
        'DB_PASSWORD=Xk82!mqPz4',
        'export PGPASSWORD=q7Lm2xT9vRk4',
        'spring.datasource.password=Zr8pWq3nV5s2',
        '  password: Hx72Kq9p!LmZ',
        'SMTP_PASS=Tz4!mQ8xWk2p',
        'spring.datasource.password=Wq9#xT2mL7vK',
        'environment:\n  - MYSQL_ROOT_PASSWORD=Rq8!xL2mZv7k',
      ],
      negative: [
        { text: 'DB_PASSWORD=${DB_PASSWORD}', reason: 'a reference' },
        { text: '  password: string;', reason: 'a TypeScript type annotation' },
        { text: 'password: {{ .Values.db.password }}', reason: 'a Helm template' },
        { text: '  password: someVariable,', reason: 'a JS object property holding a variable' },
        { text: 'PASSWORD=', reason: 'empty' },
        { text: 'BYPASS=Xk82mqPz4Lw9', reason: '"pass" inside a word is no password name' },
        { text: 'DB_PASSWORD=#Xk82mqPz4Lw9', reason: 'a value that starts with # reads as a comment to many parsers' },
        { text: "  password: bm90IG15IHJlYWwgcGFzc3dvcmQ=", reason: 'base64 of a sentence (\"not my real password\")' },
        { text: 'x'.repeat(300) + ' password: Xk82mqPz4Lw9', reason: 'not at the start of its line (a long minified line)' },
      ],
    },
  },
  {
    name: 'secret',
    title: 'Secret',
    kind: 'SECRET',
    words: 'secret|secret[_-]?key|secretkey',
    keywords: ['secret'],
    minLength: 16,
    minEntropy: 3.2,
    description: 'A hard-coded client or signing secret lets anyone impersonate the application or forge its sessions.',
    quoted: {
      positive: [
        'CLIENT_SECRET = "f3K9x2Lq8Zm4Vb7Np1Wt6Yc0"',
        'app.config["SECRET_KEY"] = "9c1e7b3a5d8f2e4c6a0b9d7f1e3c5a8b"',
        'clientSecret: \'Gm3x8PqZ2wLk7Vn4Rt9y\',',
      ],
      negative: [
        { text: "app.use(session({ secret: 'keyboard cat' }));", reason: 'the express-session documentation value' },
        { text: 'secret: "my-super-secret"', reason: 'a readable stand-in' },
        { text: 'const secretName = "prod-db-credentials";', reason: 'the name does not end with the secret word' },
        { text: 'clientSecret: "YOUR_CLIENT_SECRET"', reason: 'a placeholder' },
        { text: 'pattern: assigned("client_secret","[A-Za-z0-9_-]{64}")', reason: 'a regex source (a minified rule catalogue), not a value' },
      ],
    },
    unquoted: {
      positive: ['JWT_SECRET=f3K9x2Lq8Zm4Vb7Np1Wt6Yc0', 'client_secret: Gm3x8PqZ2wLk7Vn4Rt9y'],
      negative: [
        { text: 'secret: ${{ secrets.API_SECRET }}', reason: 'a CI secret reference' },
        { text: 'SECRET_KEY=', reason: 'empty' },
        { text: 'secretKeyRef: db-secret', reason: 'a Kubernetes reference, and a readable name' },
      ],
    },
  },
  {
    name: 'token',
    title: 'Token',
    kind: 'TOKEN',
    words: 'token',
    keywords: ['token'],
    minLength: 16,
    minEntropy: 3.2,
    description: 'A hard-coded access token lets anyone call the service with the permissions of its owner.',
    quoted: {
      positive: [
        'ENV["API_TOKEN"] ||= "a8Kd93jfLq02mZx7WvB4nT1e"',
        'const authToken = "a8Kd93jfLq02mZx7WvB4nT1e";', '"access_token": "7hT3kP9qLm2Xv8Bz4Nw1Rc6Y",', 'api_token = \'Q2w8Er5Ty7Ui9Op1As3Df6Gh\''],
      negative: [
        { text: "csrfToken: 'X-CSRF-Token',", reason: 'a header name' },
        { text: 'const token = tokens[i];', reason: 'a variable, not a literal' },
        { text: 'tokenType: "Bearer"', reason: 'the name does not end with the secret word' },
        { text: 'token: "<YOUR_TOKEN>"', reason: 'a placeholder' },
        { text: 'token = "ghu_16C7e42F292c6912E7710c838347Ae178B4a"', reason: "GitHub's documentation example: a provider format is the provider rule's to judge" },
        { text: '"NextContinuationToken": "1w41l63U0xa8q7smH50vCxyTQqdxo69O3EmK28Bi5PcROI4wI"', reason: 'a pagination cursor, not a credential' },
        { text: 'msg: "Unexpected token =",DuplicateKey:"Duplicate key"', reason: 'a code fragment between two unrelated strings' },
      ],
    },
    unquoted: {
      positive: ['SLACK_BOT_TOKEN=a8Kd93jfLq02mZx7WvB4nT1e', 'export VAULT_TOKEN=hvs7hT3kP9qLm2Xv8Bz4Nw1Rc'],
      negative: [
        { text: 'TOKEN=$(cat /run/secrets/token)', reason: 'a command substitution' },
        { text: 'MAPBOX_ACCESS_TOKEN=pk.eyJ1IjoibWFwYm94IiwiYSI6ImNpejY4M29iazA2Z2gycXA4N2pmbDZmangifQ.-g_vE53SD2WrJ6tFX7QHmA', reason: 'a public Mapbox token (pk.), meant for browsers' },
        { text: 'token: token_value', reason: 'an identifier' },
      ],
    },
  },
  {
    name: 'api-key',
    title: 'API key',
    kind: 'API_KEY',
    words: String.raw`api[_-]?key|access[_-]?key|app[_-]?key|private[_-]?key|subscription[_-]?key|master[_-]?key|encryption[_-]?key|signing[_-]?key`,
    keywords: [
      'api_key', 'apikey', 'api-key', 'access_key', 'accesskey', 'access-key', 'app_key', 'appkey', 'app-key',
      'private_key', 'privatekey', 'private-key', 'subscription_key', 'subscriptionkey', 'subscription-key',
      'master_key', 'masterkey', 'master-key', 'encryption_key', 'encryptionkey', 'encryption-key',
      'signing_key', 'signingkey', 'signing-key',
    ],
    minLength: 16,
    minEntropy: 3.2,
    description: 'A hard-coded API key lets anyone use the service on the owner’s account and quota.',
    quoted: {
      positive: [
        'headers["x-api-key"] = "Zq8x2Lm4Vt9kPw3nB6yR"',
        'public string ApiKey { get; set; } = "Zq8x2Lm4Vt9kPw3nB6yR";', 'API_KEY = "9c1e7b3a5d8f2e4c6a0b9d7f1e3c5a8b"', '$apiKey = \'Lm2Xv8Bz4Nw1Rc6Y7hT3kP9q\';'],
      negative: [
        { text: 'const apiKey = "";', reason: 'empty' },
        { text: "apiKey: 'your-api-key-here'", reason: 'a placeholder' },
        { text: 'const API_KEY_HEADER = "X-Api-Key";', reason: 'the name does not end with the secret word, and the value is a header name' },
        { text: 'apiKey: config.get("apiKey")', reason: 'read from configuration' },
      ],
    },
    unquoted: {
      positive: ['OPENWEATHER_API_KEY=Zq8x2Lm4Vt9kPw3nB6yR', 'api_key = 9c1e7b3a5d8f2e4c6a0b9d7f1e3c5a8b'],
      negative: [
        { text: 'API_KEY=<your-api-key>', reason: 'a placeholder' },
        { text: 'private_key: /etc/ssl/private/server.key', reason: 'a file path' },
      ],
    },
  },
];

export const assignmentRules: readonly Rule[] = [...FAMILIES.map(quotedRule), ...FAMILIES.map(unquotedRule)];

/** For rules that know better than a variable name (credential file layouts). */
export const ASSIGNMENT_RULE_IDS: readonly string[] = assignmentRules.map((r) => r.id);
