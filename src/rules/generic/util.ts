/**
 * Value checks shared by the generic rules. Generic rules find a value by its surroundings (a name,
 * a URL shape, a header), so most of their precision comes from rejecting values that are not secrets:
 * template references, words, identifiers, defaults from documentation.
 */
import type { ValidatorResult } from '../../engine/types';
import { isPlaceholder, isRepetitive, shannonEntropy } from '../../engine/validators';

/**
 * Passwords and secret values that documentation, tutorials and docker-compose files use as stand-ins;
 * compared in lower case. A leak of one of these protects nothing anyway.
 */
const STAND_INS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'pw', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'pa$$word', 'pa55word', 'mypassword',
  'mypass', 'yourpassword', 'userpassword', 'newpassword', 'oldpassword', 'secret', 'mysecret', 'supersecret',
  's3cr3t', 'secretkey', 'secret_key', 'token', 'mytoken', 'apikey', 'api_key', 'api-key', 'key', 'admin', 'admin123',
  'administrator', 'root', 'toor', 'user', 'username', 'login', 'guest', 'test', 'test123', 'testing', 'tester',
  'demo', 'default', 'changeit', 'letmein', 'welcome', 'qwerty', 'hunter2', 'foo', 'bar', 'baz', 'foobar', 'abc',
  'abc123', 'xyz', '1234', '12345', '123456', '1234567', '12345678', '123456789', 'postgres', 'mysql', 'mariadb',
  'redis', 'mongo', 'mongodb', 'rabbitmq', 'sa', 'docker', 'pass123', 'pass1234', 'secret1', 'password1',
  'password!', 'sekret', 'value', 'string', 'str', 'text', 'null', 'nil', 'none', 'empty', 'blank', 'true',
  'false', 'anonymous', 'public', 'private', 'local', 'dev', 'development', 'prod', 'production', 'staging',
  'keyboard cat', 'shhhhh', 'shhh', 'ssh', 'mypw', 'pwd123', 'admin@123', 'root123', 'qwerty123', 'q1w2e3r4',
]);

/**
 * A value that only refers to a secret kept elsewhere, as a whole reference: `$VAR`, `${VAR}`, `$(cmd)`,
 * `%VAR%`, `%(var)s`, `{var}`, `{{ expr }}`, `<var>`, `[var]`, `#{...}`, `:var`; or a value holding a complete
 * template reference (`prefix-${VAR}`). A random password that merely contains `$`, `{`, `<` or `(` is no
 * reference.
 */
export function isReference(value: string): boolean {
  return (
    /^(?:\$[A-Za-z_]\w*|\$\{[^{}]+\}|\$\([^()]+\)|%[A-Za-z_][\w.]*%?|%\([A-Za-z_]\w*\)[sdr]?|\{[A-Za-z_][\w.]*\}|\[[A-Za-z_][\w .-]*\]|<[^<>]+>|#\{[^{}]+\}|@\{[^{}]+\}|:[A-Za-z_]\w*|\$\d|\$\$[A-Za-z_{(][\w})]*)$/.test(value) ||
    /\$\{[A-Za-z_][\w.]*(?::?[-=?+][^{}]*)?\}|\{\{[^{}]*\}\}|\$\([a-z][^()]*\)|#\{[A-Za-z_][^{}]*\}|%\([A-Za-z_]\w*\)s/.test(value)
  );
}

/** True for a documentation stand-in, a reference, a masked value (`****`), or an obvious placeholder. */
export function isStandIn(value: string): boolean {
  if (isStandInWord(value) || isReference(value) || isPlaceholder(value)) return true;
  return /^[*•xX#?._-]+$/.test(value); // masked or empty-ish
}

/**
 * A stand-in as a whole word (`changeit`, `my_secret_key`), for values read back from leetspeak too, where a
 * search for placeholder words inside would find them in random text (`ph7<M@6` reads `pht<Ma6`).
 */
export function isStandInWord(value: string): boolean {
  const v = value.toLowerCase();
  return STAND_INS.has(v) || /^(?:my|your|the|some|a|an|test|fake|dummy|sample|default|demo|local|dev)[-_]?(?:[a-z]+[-_]?)?(?:password|pass|pwd|secret|token|key|apikey)[-_]?\d{0,4}$/.test(v);
}

/** A value shaped like a code identifier or an i18n/config key rather than a credential. */
export function isIdentifierLike(value: string): boolean {
  return (
    /^[A-Za-z_]+$/.test(value) || // words, camelCase, snake_case, UPPER_SNAKE
    /^[A-Za-z]+(?:[-_.:/][A-Za-z]+)+\d{0,2}$/.test(value) || // dotted / dashed / path-like words: auth.password.label, /api/token
    /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value) || // ENV_VAR_NAME referencing another variable
    /^[\w-]+\[[\w-]+(?:=[\w-]+)?\]$/.test(value) || // CSS selectors: input[type=password]
    /^[,;:)\]}]|:$/.test(value) || // code fragments caught between two unrelated quotes
    /^@[A-Za-z_][\w.$-]*$/.test(value) || // references to rules, decorators, scoped names: @brackets.directive
    /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+(?:\(\))?$/.test(value) || // a.b?.c accessor chains
    /^(?:\[[^\]]+\](?:\{\d+(?:,\d*)?\}|[+*?])?)+$/.test(value) // regex sources: [A-Za-z0-9_-]{64}
  );
}

/** The value contains at least `n` of: lower case, upper case, digits, other symbols. */
export function charClasses(value: string): number {
  let n = 0;
  if (/[a-z]/.test(value)) n++;
  if (/[A-Z]/.test(value)) n++;
  if (/[0-9]/.test(value)) n++;
  if (/[^A-Za-z0-9]/.test(value)) n++;
  return n;
}

/**
 * A password found next to a user name (URL, connection string, netrc...): not a stand-in, not equal to
 * the user name, not a reference. Short real passwords exist, so the length floor is low.
 */
export function isPlausiblePassword(password: string, user?: string): boolean {
  if (password.length < 4 || password.length > 200) return false;
  if (isStandIn(password)) return false;
  if (user !== undefined && password.toLowerCase() === user.toLowerCase()) return false;
  if (/^(?:user|username|login|name|admin|root)$/i.test(password)) return false;
  if (/^[a-z]+[-_]?\d{0,4}$/i.test(password)) return false; // a word, maybe numbered: key_1234, monkey12
  return shannonEntropy(password) >= 1.5;
}

/**
 * The verdict on a password that its position makes a password (a URL's userinfo, a .netrc line, `curl -u`,
 * a Basic header, a password flag): a reference or a masked value is none; a documentation stand-in
 * (`user:pass`, `postgres:postgres`, `changeme`) is reported at low severity, a word with a few digits at low
 * confidence: demoted, not dropped.
 */
export function passwordVerdict(password: string, user?: string): ValidatorResult {
  if (password.length < 4 || password.length > 200) return false;
  if (isReference(password) || /^[*•.]+$/.test(password) || /^%[sdv]$|\$\{|\{\{|\.\.\.|\u2026/.test(password)) return false;
  if (isStandIn(password) || isRepetitive(password) || (user !== undefined && password.toLowerCase() === user.toLowerCase()) || /^(?:user|username|login|name|admin|root)$/i.test(password)) {
    return { severity: 'low', note: 'a documentation stand-in' };
  }
  if (shannonEntropy(password) < 1.5) return { severity: 'low', note: 'a documentation stand-in' };
  if (/^[a-z]+[-_]?\d{0,4}$/i.test(password)) return { confidence: 'low', note: 'a word' };
  return true;
}

/**
 * A value assigned to a secret-like name in code or config: random-looking, not a word, identifier,
 * sentence, path or reference. `minLength` is lower for passwords than for tokens and keys.
 */
/**
 * Formats that providers publish by design (Stripe publishable keys, Mapbox public tokens): not secrets,
 * whatever key holds them. Other provider formats are judged here as any value: a provider rule that
 * reports the same value overrides a generic finding (src/rules/index.ts), one that rejects it does not.
 */
export const PUBLIC_BY_DESIGN = /^(?:pk_(?:live|test)_|pk\.eyJ)/;

export function isPlausibleSecretValue(value: string, minLength: number, minEntropy: number): boolean {
  if (value.length < minLength || value.length > 500) return false;
  if (PUBLIC_BY_DESIGN.test(value)) return false;
  if (/\s/.test(value)) return false; // UI strings, sentences
  if (isStandIn(value) || isIdentifierLike(value)) return false;
  if (charClasses(value) < 2) return false;
  if (!/[0-9]/.test(value) && !/[^A-Za-z0-9]/.test(value)) return false; // letters only, however mixed in case
  if (/^(?:https?|file|wss?):\/\//i.test(value) || /^\.{0,2}\//.test(value)) return false; // URLs, paths
  if (/^\d+(?:\.\d+)*$/.test(value)) return false; // numbers, versions
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) && /0{8}|1{8}/.test(value)) return false;
  if (/^[a-z]+\d{1,4}$/i.test(value)) return false; // word plus a few digits: test1, abc123, Secret2024
  return shannonEntropy(value) >= minEntropy;
}

/** Decode base64 into printable ASCII text, or undefined. */
export function printable(decoded: string | undefined): string | undefined {
  if (decoded === undefined || !/^[\x20-\x7e]+$/.test(decoded)) return undefined;
  return decoded;
}
