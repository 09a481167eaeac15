import type { MatchContext, Rule, RuleExamples, ValidatorResult } from '../../engine/types';
import { base64Decode, isDocumentationToken, isRepetitive, lineBounds, shannonEntropy } from '../../engine/validators';
import { charClasses, isIdentifierLike, isReference, isStandIn, isStandInWord, printable, PUBLIC_BY_DESIGN } from './util';

/**
 * Values assigned to secret-named keys, in every syntax people write them: code (`=`, `:=`, `=>`, `.=`,
 * typed declarations, comparisons, setters, call-argument pairs), config (.env, YAML, INI, TOML,
 * properties, Makefile, Dockerfile), XML elements and name/value pairs (Kubernetes `env`, .NET
 * `appSettings`, Terraform variables).
 *
 * The name holds the secret word as one of its parts (`DB_PASSWORD`, `secret_key_base`, `api_key_prod`),
 * not inside another word (`BYPASS`, `tokenizer`), and no part says it holds something else (`_id`,
 * `_name`, `_url`, `_path`, `_type`, `public`, a hash). The value is a literal: quoted, or a bare token
 * at the end of a config line, never an identifier chain, a call or a type. How it looks decides how sure
 * we are: random: medium confidence (a provider rule matching the same value wins); a passphrase or a
 * word with a few digits under a password name: low confidence; a documentation stand-in (`changeme`,
 * `test`, `bbbb`): low severity, hidden by default but never dropped.
 */

interface Family {
  /** `generic-<name>-assignment` / `generic-<name>-config-value`. */
  readonly name: string;
  readonly title: string;
  readonly kind: string;
  /** Regex source of the secret word (no capture groups). */
  readonly words: string;
  /** The words as the family's own patterns read them, when they differ from `words` (see WEAK_PATTERN_WORDS). */
  readonly patternWords?: string;
  readonly keywords: readonly string[];
  /** Below this length a value is too short to report at medium confidence. */
  readonly minLength: number;
  readonly minEntropy: number;
  /**
   * 'password': people choose these, so a passphrase or a word with digits counts (at low confidence).
   * 'token': machines make these: only random values count.
   * 'weak-name': the name (`key`, `auth`, a provider's bare name) says little, so only clearly random values
   * of 20 characters or more count, and the word must be the name's last part.
   */
  readonly strength: 'password' | 'token' | 'weak-name';
  readonly description: string;
  readonly quoted: RuleExamples;
  readonly unquoted: RuleExamples;
}

/** Longest name part before the secret word, and after it. */
const MAX_PREFIX_NAME = 40;
const MAX_SUFFIX_NAME = 30;

/** Longest line start accepted before an unquoted config value's name (two assignments on a line, `ENV`). */
const MAX_LINE_PREFIX = 200;

/** Name parts after the secret word that say the value is something else than the secret. */
const OTHER_THING = new Set([
  'id', 'ids', 'name', 'names', 'url', 'urls', 'uri', 'path', 'paths', 'file', 'filename', 'dir', 'type', 'types', 'label',
  'labels', 'field', 'fields', 'placeholder', 'hint', 'message', 'msg', 'text', 'title', 'length', 'len', 'min', 'max',
  'policy', 'regex', 'regexp', 'pattern', 'format', 'hash', 'hashed', 'digest', 'checksum', 'fingerprint', 'header',
  'headers', 'param', 'params', 'count', 'expiry', 'expires', 'expiration', 'ttl', 'lifetime', 'timeout', 'prefix', 'mode',
  'input', 'column', 'attr', 'attribute', 'selector', 'version', 'endpoint', 'cookie', 'env', 'var', 'variable', 'ref',
  'error', 'errors', 'required', 'rule', 'rules', 'strength', 'visible', 'visibility', 'enabled', 'validator', 'validation',
  'help', 'description', 'icon', 'class', 'style', 'button', 'btn', 'link', 'form', 'dialog', 'modal', 'page', 'view',
  'component', 'template', 'schema', 'provider', 'manager', 'service', 'store', 'storage', 'factory', 'builder', 'handler',
  'callback', 'fn', 'func', 'size', 'source', 'location', 'index', 'list', 'map', 'kind', 'key', 'keys', 'reference', 'arn', 'region', 'issuer', 'audience', 'scope', 'scopes', 'algorithm', 'alg', 'method', 'encoding', 'store',
  'usage', 'status', 'state', 'changed', 'reset', 'sent', 'policy', 'options', 'option', 'config', 'settings', 'setting',
  'tag', 'spec', 'def', 'definition', 'host', 'port', 'user', 'username', 'login', 'email', 'length', 'bytes', 'bits',
  'value', 'values', 'postfix', 'suffix', 'start', 'end', 'pos', 'position', 'offset', 'kind', 'flags', 'text', 'node',
]);
/** Name parts before the secret word that say it is public, a cursor, a parser's token, a hash or a stand-in. */
const HARMLESS_PREFIX = new Set([
  'public', 'pub', 'publishable', 'site', 'recaptcha', 'continuation', 'page', 'next', 'prev', 'previous', 'sync', 'cursor',
  'pagination', 'resumption', 'cancel', 'cancellation', 'lexer', 'parser', 'syntax', 'eof', 'last', 'first', 'mock', 'fake',
  'dummy', 'example', 'sample', 'csrf', 'xsrf', 'is', 'has', 'show', 'min', 'max', 'no', 'expected', 'forgot', 'get', 'parse',
  'read', 'load', 'request', 'format', 'validate', 'check', 'verify', 'invalid', 'wrong', 'bad', 'missing', 'empty', 'null',
]);
/** Name parts before a bare `key` that make it a key of a data structure, a cache or a UI, not an access key. */
const KEY_OF_A_STRUCTURE = new Set([
  'cache', 'sort', 'partition', 'primary', 'foreign', 'idempotency', 'storage', 'routing', 'object', 'row', 'map', 'lookup',
  'index', 'unique', 'composite', 'hot', 'shortcut', 'keyboard', 'i18n', 'translation', 'message', 'query', 'item', 'list',
  'group', 'bucket', 's3', 'blob', 'file', 'dedup', 'dedupe', 'lock', 'etag', 'record', 'entity', 'table', 'column', 'field',
  'node', 'data', 'react', 'local', 'dict', 'hash', 'range', 'sharding', 'shard', 'label', 'menu', 'tab', 'route', 'state',
]);
/** Name parts anywhere that say the value is a hash of the secret, not the secret. */
const HASH_PART = /^(?:hash|hashed|digest|checksum|fingerprint|sha\d*|md5|integrity|salt|nonce|bcrypt|argon2?|scrypt|pbkdf2)$/;

/** The name's parts, split at separators and camelCase humps, in lower case. */
function nameParts(name: string): string[] {
  if (name.length === 0) return [];
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_.\-[\]"'$@>]+/)
    .filter((p) => p.length > 0)
    .map((p) => p.toLowerCase());
}

/**
 * Judges the name around the secret word: `before` is the name up to the word, `word` the word as written,
 * `after` the name's rest. The word must be a part of the name of its own (at the end it may be glued:
 * PGPASSWORD), and no part may say the value is something else.
 */
export function secretName(before: string, word: string, after: string, strength: Family['strength']): boolean {
  const joinedBefore = /[A-Za-z0-9]$/.test(before);
  const joinedAfter = /^[A-Za-z0-9]/.test(after);
  if (joinedAfter && !(/[a-z0-9]$/.test(word) && /^[A-Z]/.test(after))) return false; // tokenizer, passwords
  if (joinedBefore && after.length > 0 && !(/[a-z0-9]$/.test(before) && /^[A-Z]/.test(word))) return false; // glued in the middle
  if (joinedBefore && /^pass$/i.test(word) && !(/[a-z0-9]$/.test(before) && /^P/.test(word))) return false; // BYPASS, compass
  const afterParts = nameParts(after);
  const beforeParts = nameParts(before);
  if (strength === 'weak-name') {
    if (afterParts.length > 0) return false;
    // Glued to the part before only at a camelCase hump (stripeKey): monkey, turkey, OAUTH are other words.
    if (joinedBefore && !(/[a-z0-9]$/.test(before) && /^[A-Z]/.test(word))) return false;
    if (beforeParts.length > 0 && /^key$/i.test(word) && KEY_OF_A_STRUCTURE.has(beforeParts[beforeParts.length - 1])) return false;
  }
  if (beforeParts.length > 0 && HARMLESS_PREFIX.has(beforeParts[beforeParts.length - 1])) return false;
  if (beforeParts.some((p) => /^(?:public|pub|publishable)$/.test(p))) return false; // NEXT_PUBLIC_POSTHOG_KEY: shipped to browsers
  if (afterParts.some((p) => OTHER_THING.has(p))) return false;
  return ![...beforeParts, ...afterParts].some((p) => HASH_PART.test(p));
}

/** Types and keywords that follow a secret-named key in code: `password: str`, `token: Optional[str]`. */
const TYPE_OR_KEYWORD =
  /^(?:str|string|String|int|bool|boolean|bytes|bytearray|char|number|any|unknown|object|Object|SecretStr|SecretBytes|SecretString|SecureString|CharArray|Password|Token|Secret|None|none|null|nil|undefined|true|false|True|False|required|optional|Optional|this|self|new|value|text|empty|blank|default|public|private|local|dev|development|prod|production|staging|mandatory|hidden|sensitive|secure|readonly|const|let|var|val|final|static|await|async|function|lambda|void)$/;

/** Code where a config value would stand: a call, an identifier chain, a type with parameters, an operator. */
function looksLikeCode(v: string): boolean {
  return (
    /^[A-Za-z_$][\w$]*(?:(?:\?\.|\.|::|->)[A-Za-z_$][\w$]*)*(?:\(.*\)|\[.*\]|<.*>)[;,]?$/.test(v) || // calls, generics, indexing
    /^[A-Za-z_$][\w$]*(?:(?:\?\.|\.|::|->)[A-Za-z_$][\w$]*|\[[^\]]*\]|\([^)]*\))+[;,]?$/.test(v) || // a.b.c, a[i].b, f(x).y
    /^(?:new|await|typeof|function|lambda|not|await)\b/.test(v) ||
    /^(?:!{1,2}|~)[A-Za-z_$][\w$.]*[;,]?$/.test(v) || // a negated name: ownPass: !!ownPass
    /^[A-Za-z_$][\w$.]*[;,({[]+$/.test(v) || // a name ending a statement or an argument, or a call or literal that goes on
    /^[A-Za-z_$][\w$.]*\(.*[)\]];?$/.test(v) || // a call, maybe indexed: arg.match(/^--(.+)/)[1];
    /^[A-Za-z_]\w*\s+(?:&&|\|\||\?\?|\+|\?)\s+[A-Za-z_$"'(]/.test(v)
  );
}

/** A regular expression's source (a rule catalogue, a validator): a group, or a character range with a quantifier. */
function looksLikeRegex(v: string): boolean {
  return /\(\?[:=!<]/.test(v) || (/\[[^\]]{0,40}[A-Za-z0-9]-[A-Za-z0-9][^\]]{0,40}\]/.test(v) && /\]\{\d+(?:,\d*)?\}|\][+*]/.test(v));
}

/** A value that tells the reader to put the secret here: not a credential at all. */
const INSTRUCTION = /your[_-]?|insert|replace|redacted|\*{3}|•{3}|\.{3}|\u2026|^todo$|^tbd$|not[_-]?set|process\.env|os\.environ|getenv|^env[.[]|secrets\.|vault:|^<.*>$|^\[.*\]$/i;
/** Words that mark a value as a documentation stand-in (reported at low severity). */
const STAND_IN_WORD = /example|sample|dummy|placeholder|change[_-]?me|changeit|fake|xxxx|^test|test$|password1?2?3?$|secret1?2?3?$|^pass(?:word)?$|^secret$|^admin|^root|^guest/i;

/** Passphrases and words with digits: what a person picks under a password prompt. */
function personChosen(v: string, quoted: boolean): boolean {
  if (v.length < 8 || !/^[A-Za-z0-9._!#?*@+-]+$/.test(v)) return false;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v)) return false; // UPPER_SNAKE: the name of another variable
  if (/^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(v) && !quoted) return false; // camelCase: an identifier in code
  if (/pass|secret|token|key|auth|pwd/i.test(v)) return false; // a name like user_password, apiKeyField
  const words = v.split(/[._-]/).filter((w) => w.length > 0);
  if (words.length >= 3 && words.every((w) => /^[A-Za-z]{2,}\d{0,4}$/.test(w))) return quoted || /-/.test(v); // willow-Saddle-anchor
  if (/^(?:[A-Z][a-z]+){2,}\d{0,4}[!#?*@]?$/.test(v)) return true; // TrumpetOrbitMaple, CactusAnchor179
  if (quoted && /^[A-Z][a-z]+(?:[_-][A-Z][a-z]+)+\d{0,4}[!#?*@]?$/.test(v)) return true; // Kangaroo_Sunset, Correct-Horse-Battery
  return /^[A-Za-z]{4,}\d{2,4}[!#?*@]?$/.test(v) && /[A-Z]/.test(v); // Meadow580#, Sunflower1987
}

/** Words of UI strings, messages and sentences: a value holding one is no passphrase. */
const SENTENCE_WORDS = new Set([
  'the', 'and', 'for', 'you', 'your', 'are', 'not', 'with', 'this', 'that', 'from', 'have', 'has', 'was', 'will', 'can', 'must',
  'should', 'enter', 'please', 'new', 'old', 'current', 'confirm', 'show', 'hide', 'forgot', 'reset', 'change', 'invalid', 'wrong',
  'required', 'field', 'least', 'characters', 'chars', 'letters', 'digits', 'number', 'minimum', 'maximum', 'too', 'short', 'long',
  'match', 'does', 'incorrect', 'empty', 'user', 'username', 'login', 'email', 'here', 'type', 'value', 'secret', 'password',
  'passphrase', 'token', 'key', 'example', 'sample', 'placeholder', 'set', 'use', 'our', 'all', 'any', 'into', 'out', 'only',
  'then', 'than', 'when', 'what', 'which', 'who', 'how', 'why', 'there', 'their', 'they', 'them', 'been', 'being', 'were',
  'would', 'could', 'may', 'might', 'shall', 'let', 'get', 'got', 'need', 'needs', 'try', 'again', 'save', 'cancel', 'submit',
  'sign', 'log', 'account', 'click', 'select', 'choose', 'add', 'remove', 'update', 'create', 'delete', 'edit', 'view', 'see',
  'more', 'less', 'strong', 'weak', 'medium', 'expired', 'expires', 'valid', 'allowed', 'via', 'per', 'its', 'his', 'her',
]);

/** Three to eight words of letters, each of three or more, none a sentence's or a form's word: a person's passphrase. */
function spacedPassphrase(v: string): boolean {
  if (!/^[A-Za-z]{3,}(?: [A-Za-z]{3,}){2,7}$/.test(v)) return false;
  return v.split(' ').every((w) => !SENTENCE_WORDS.has(w.toLowerCase()));
}

/**
 * Letters only, but drawn at random rather than written: the case changes at about every other letter, capitals
 * stand together (three pairs or more), and no run of one case is as long as a word (`KMXzGgJjRlDBFFMjzCuoqgYzR`;
 * not `XMLHttpRequestParser`, whose lower-case runs are words).
 */
function randomLetters(v: string): boolean {
  if (v.length < 20 || !/^[A-Za-z]+$/.test(v) || shannonEntropy(v) < 3.8) return false;
  if (/[a-z]{6}|[A-Z]{6}/.test(v)) return false;
  let changes = 0;
  let capitalPairs = 0;
  for (let i = 1; i < v.length; i++) {
    const upper = v[i] <= 'Z';
    if (upper !== v[i - 1] <= 'Z') changes++;
    else if (upper) capitalPairs++;
  }
  return capitalPairs >= 3 && changes >= 0.3 * (v.length - 1);
}

/** A value with leetspeak digits read back as letters (`s00pers3cret` -> `soopersecret`, `p@ssw0rd` -> `password`). */
function unleet(v: string): string {
  const map: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
  return v.replace(/[013457@$]/g, (c) => map[c]).replace(/oo/g, 'u');
}

/** Removes the escapes of a quoted string's body (`\"`, `\\`, `''` in YAML or SQL, `""` in C# verbatim strings). */
function unescape(body: string, quote: string): string {
  if (quote === "'" && body.includes("''")) return body.replace(/''/g, "'");
  if (quote === '"' && body.includes('""') && !body.includes('\\')) return body.replace(/""/g, '"');
  return body.replace(/\\(.)/g, '$1');
}

/**
 * The verdict on a value under a secret-named key: false (not a secret), low severity (a stand-in),
 * low confidence (a person's choice), or the rule's own confidence (random).
 */
export function judgeValue(raw: string, f: Pick<Family, 'minLength' | 'minEntropy' | 'strength'>, quote: string | undefined, literal = quote !== undefined): ValidatorResult {
  const v = quote ? unescape(raw, quote) : raw;
  if (v.length < 4 || v.length > 500) return false;
  if (isReference(v) || INSTRUCTION.test(v) || TYPE_OR_KEYWORD.test(v)) return false;
  if (!literal && looksLikeCode(v)) return false;
  if (looksLikeRegex(v)) return false;
  // Code caught between two unrelated quotes (minified bundles): words that end in `:`, `(`, `=` or `.`, twice or more.
  if ((v.match(/[A-Za-z_]{6,}[:(=.]/g) ?? []).length >= 2 && /[(){}[\],]/.test(v)) return false;
  if (/\s/.test(v)) {
    if (f.strength !== 'weak-name' && isStandIn(v)) return { severity: 'low', note: 'a documentation stand-in' }; // 'keyboard cat'
    // A diceware passphrase under a password name (`correct horse battery staple`); UI strings and sentences are not.
    return f.strength === 'password' && literal && spacedPassphrase(v) ? { confidence: 'low', note: 'a passphrase' } : false;
  }
  if (PUBLIC_BY_DESIGN.test(v)) return false; // public by design (publishable keys): not a secret under any name
  // Providers' own documentation tokens, and a provider prefix followed by filler (`ghp_xxxx…`): placeholders.
  if (isDocumentationToken(v) || (/^[A-Za-z]{2,10}[_-]/.test(v) && isRepetitive(v.replace(/^[A-Za-z]{2,10}[_-]/, '')))) return false;
  if (isStandIn(v) || STAND_IN_WORD.test(v) || isRepetitive(v) || isStandInWord(unleet(v))) {
    return f.strength === 'weak-name' ? false : { severity: 'low', note: 'a documentation stand-in' };
  }
  if (/^[\w-]*\[[\w-]+(?:[~|^$*]?=["']?[\w-]+["']?)?\]$/.test(v)) return false; // a CSS attribute selector: input[type=password]
  // A name that holds the secret word (`user_password`, `current-password`, `apiKeyField`) names a field.
  // Its parts are words, maybe numbered: a random value that merely holds `key` or `auth` is no name.
  if (/pass|secret|token|key|auth|pwd|cred/i.test(v) && /^[A-Za-z]+\d{0,2}(?:[-_.:][A-Za-z]+\d{0,2})*$/.test(v) && (/[-_.:]/.test(v) || /[a-z][A-Z]/.test(v))) return false;
  if (/^(?:https?|file|wss?|s3|gs):\/\/[\w.-]/i.test(v) || /^\.{0,2}\/[\w.-]+(?:\/[\w.-]+)*\/?$/.test(v) || /^[A-Za-z]:\\[\w\\. -]+$/.test(v)) return false; // URLs, paths
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) return f.strength === 'weak-name' ? false : { confidence: 'low' };
  if (/^\d+(?:\.\d+)*$/.test(v) && v.length < 12) return false; // a number, a version
  // Base64 that decodes to readable text ("not my real password") is a stand-in too.
  const decoded = printable(base64Decode(v));
  if (decoded && v.length % 4 === 0 && /[= ]/.test(v + decoded) && (isStandIn(decoded) || / [a-z]/.test(decoded))) return false;
  // Random: several kinds of characters (or many different symbols), high entropy, no identifier shape.
  const mixed = (charClasses(v) >= 2 && /[^A-Za-z]/.test(v)) || (/^[^A-Za-z0-9]+$/.test(v) && shannonEntropy(v) >= 3);
  const shapedRandom = mixed && (!isIdentifierLike(v) || /[^\w.:/@$-]/.test(v));
  const random = shapedRandom && raw.length >= f.minLength && shannonEntropy(v) >= f.minEntropy;
  if (f.strength === 'weak-name') return shapedRandom && v.length >= 20 && /\d/.test(v) && charClasses(v) >= 2 && randomEnough(v);
  if (random) return true;
  if (randomLetters(v)) return { confidence: 'low', note: 'random letters' };
  if (f.strength === 'password' && personChosen(v, literal)) return { confidence: 'low', note: 'a person-chosen password' };
  // A short but random value (a six-character PIN-like password, a short token): still plausible.
  if (v.length >= 8 && charClasses(v) >= 3 && shannonEntropy(v) >= 2.5 && !isIdentifierLike(v) && !/^[A-Za-z][\w-]*(?:\.[\w$-]+)+$/.test(v) && !/\$\d/.test(v)) {
    return { confidence: 'low', note: 'short' };
  }
  return false;
}

/**
 * Strong randomness for a value under a name that says little: 3.5 bits a character, or for hex (at most 4
 * bits a character, and about 3.6 in a random 32-digit value) 3 bits over 32 digits or more.
 */
function randomEnough(v: string): boolean {
  const bits = shannonEntropy(v);
  return bits >= 3.5 || (v.length >= 32 && /^[0-9a-f]+$/i.test(v) && bits >= 3);
}

/** Wrappers around a literal that keep it a literal: `SecretStr("...")`, `String("...")`, `Some("...")`. */
const WRAPPER = String.raw`(?:(?:SecretStr|SecretBytes|SecretString|SecureString|Secret|String|str|Some|atob|b64decode)\()?`;

/**
 * The operators between a name and its quoted value (group `op`, absent for Go's `var x string =`): `=`, `:`,
 * `:=`, `::=`, `?=`, `??=`, `||=`, `.=`, `=>`, `==`, `!=`, a typed declaration (`: str =`, `: &str =`), a C#
 * property initialiser, a setter's `(`, or the comma after a quoted name (`("password", "…")`).
 */
const OPERATOR = String.raw`(?:[ \t]{0,3}(?<op>:{1,3}=|\?\??=|\|\|=|\.=|=>|===?|!==?|=|:[ \t]{0,3}&?[A-Za-z_][\w.<>\[\]']{0,30}[ \t]{0,3}=|:|\{[ \t]{0,3}get;[^}\n]{0,30}\}[ \t]{0,3}=|,|\()|[ \t]{1,3}[A-Za-z_*][\w.\[\]*]{0,20}[ \t]{0,3}=)[ \t]{0,3}`;

/**
 * A quoted value (double, single or back quotes) in group `value`, its opening quote in `q`. Escapes count
 * as characters, and the other kind of quote may stand inside (`"a'b"`, `'x"y'`): each alternative checks
 * with a look-behind which quote opened it, and ends at the same quote.
 */
const QUOTED_VALUE = String.raw`(?<q>["'\x60])(?<value>(?<=")(?:[^"\\\n]|\\.|""){4,300}(?=")|(?<=')(?:[^'\\\n]|\\.|''){4,300}(?=')|(?<=\x60)(?:[^\x60\\\n$]|\\.|\$(?!\{)){4,300}(?=\x60))["'\x60]`;

/** The name from the word on: the word (group `word`), checked back to the name's start by a look-behind; the rest of the name (group `rest`). */
const nameFromWord = (words: string, maxRest = MAX_SUFFIX_NAME, nameAfter = '(?<![A-Za-z0-9_.-])') =>
  String.raw`(?<word>${words})(?<=${nameAfter}[A-Za-z0-9_.-]{0,${MAX_PREFIX_NAME}}(?:${words}))(?<rest>[A-Za-z0-9_.-]{0,${maxRest}}?)["'\]]{0,2}`;
/**
 * A weak name's word ends the name (`STRIPE_KEY`, `db.auth`): no rest, so that a match that starts at an
 * earlier word of the name (`STRIPE` in `STRIPE_KEY`) fails at once and the regex moves on to the last one.
 */
const nameFromWordOf = (f: Pick<Family, 'words' | 'strength' | 'patternWords'>, nameAfter?: string) =>
  nameFromWord(f.patternWords ?? f.words, f.strength === 'weak-name' ? 0 : MAX_SUFFIX_NAME, nameAfter);

/**
 * An unquoted config value's name follows a blank or starts its line (unquotedCheck's LINE_PREFIX wants
 * nothing else there): in the pattern, so that the many names in code such as `(token)` or `"token": x`
 * fail in the regex instead of as matches for the validator.
 */
const AFTER_BLANK = '(?<![^ \\t\\n])';

/** Where the secret word starts in the whole text (the match's indices count from the window the engine ran the pattern on). */
function wordStart(ctx: MatchContext): number {
  const groups = ctx.match.indices?.groups;
  return ctx.start - ((groups?.value?.[0] ?? 0) - (groups?.word?.[0] ?? 0));
}

/** A character of a name: the pattern's `[A-Za-z0-9_.-]`. */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

/** The name before the word (the pattern starts at the word), which starts at `at` in the text. */
function nameBeforeAt(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < MAX_PREFIX_NAME && isNameChar(text.charCodeAt(i - 1))) i--;
  return text.slice(i, at);
}

function nameBefore(ctx: MatchContext): string {
  return nameBeforeAt(ctx.text, wordStart(ctx));
}

/** The secret word of a match and the name around it, read once for all of a rule's checks. */
interface NameSite {
  /** Where the word starts in the whole text. */
  readonly wordStart: number;
  readonly before: string;
  readonly word: string;
  readonly rest: string;
}

/**
 * The name around the word of a family rule's match. Its pattern starts at the word and its value ends `tail`
 * characters before the match does (Rule.secretGroupTail): the word's place follows without the match's indices.
 */
function nameSite(ctx: MatchContext, tail: number): NameSite {
  const g = ctx.match.groups ?? {};
  const at = ctx.start + ctx.value.length + tail - ctx.match[0].length;
  return { wordStart: at, before: nameBeforeAt(ctx.text, at), word: g.word ?? '', rest: g.rest ?? '' };
}

/**
 * A name that ends with a weak word (`key`, `auth`, `creds`, a provider's bare name) as a part of its own.
 * Hex under a bare `key` may be a digest or a salt as well as an API key: it is judged as any value under a
 * weak name (random, 32 digits or more, low confidence); hash-named keys (`hash`, `digest`, `checksum`) and
 * the keys of data structures (`cacheKey`, `sort_key`) stay quiet.
 */
function weakName(before: string, word: string): boolean {
  return secretName(before, word, '', 'weak-name');
}

/**
 * This tool's own baseline file keeps the key of its fingerprints beside them (`"tool": "ai-privacy-guard",
 * "key": "<64 hex>"`), by design (src/cli/baseline.ts): that key is no credential of the user's.
 */
function ownBaselineKey(ctx: MatchContext, site: NameSite): boolean {
  return /^key$/.test(site.word) && /"tool":[ \t]*"ai-privacy-guard",\s*"?$/.test(ctx.text.slice(Math.max(0, site.wordStart - 60), site.wordStart));
}

function nameAccepted(f: Family, ctx: MatchContext, site: NameSite): boolean {
  if (f.strength === 'weak-name') return weakName(site.before, site.word) && !ownBaselineKey(ctx, site);
  return secretName(site.before, site.word, site.rest, f.strength);
}

/** The name's checks, then the quoted value's: most matches in code fail the value's, each check read once. */
function quotedCheck(f: Family) {
  return (ctx: MatchContext): ValidatorResult => {
    const site = nameSite(ctx, QUOTED_TAIL);
    if (!nameAccepted(f, ctx, site)) return false;
    const g = ctx.match.groups ?? {};
    const op = (g.op ?? '').trim();
    const before = site.before;
    // Go's `var name type =` never quotes the name: `type="password" name="x"` is a list of attributes.
    if (g.op === undefined && /["']/.test(ctx.match[0].slice(0, 60).split(/[ \t]/)[0])) return false;
    if (op === '(') {
      // A setter or a builder (`setPassword("…")`, `.password("…")`), not a getter or a lookup by name.
      const own = before.replace(/^.*\./, '');
      const setter = /^(?:set|with|put|use)$/.test(nameParts(own)[0] ?? '');
      // A builder's method named after the secret (`.password("…")`, `Client.builder().apiKey("…")`).
      const builder = own === '' && before.endsWith('.');
      if (!setter && !builder) return false;
    }
    if (op === ',') {
      // `f('NAME', 'value')`: the name quoted, and the value the last argument of a call, not inside a list of strings.
      // The first comma after the name (the quotes and blanks between them hold none).
      const opAt = ctx.match[0].indexOf(',', site.word.length + site.rest.length);
      if (!/["'][ \t]*$/.test(ctx.match[0].slice(0, opAt))) return false;
      const end = ctx.start + ctx.value.length + 1;
      if (!/^[ \t]{0,2}\)/.test(ctx.text.slice(end, end + 4))) return false;
    }
    // The name repeated as its own value (`accesskey: 'accessKey'`) maps names, as DOM attribute tables do.
    const norm = (x: string) => x.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (norm(ctx.value) === norm(before + site.word + site.rest)) return false;
    const verdict = judgeValue(ctx.value, f, g.q);
    // A value passed to a setter or beside a quoted name is a literal: a random one counts, and under a password
    // name a person's choice too (a passphrase, a word with digits: low confidence); stand-ins and the rest do not.
    if ((op === '(' || op === ',') && verdict !== true && !(f.strength === 'password' && isPersonChoice(verdict))) return false;
    return verdict;
  };
}

/**
 * The engine runs patterns on windows that may start mid-line: check on the full text that the line holds
 * nothing but the name and its value (after `export`, `ENV`, a YAML list dash, or other `NAME=value` pairs).
 */
const LINE_PREFIX = /^[ \t]{0,40}(?:-[ \t]{1,4})?(?:(?:export|set|ENV|ARG|readonly|declare|local|setx?)[ \t]{1,4})?(?:[A-Za-z_][\w.]{0,60}=[^\s=]{0,200}[ \t]{1,4}){0,4}[A-Za-z0-9_.-]{0,40}$/;

/** The line's shape first (prose and code such as `token. Next` or `const token = x;` fail it), then the name's checks and the value's. */
function unquotedCheck(f: Family) {
  return (ctx: MatchContext): ValidatorResult => {
    const site = nameSite(ctx, UNQUOTED_TAIL);
    const g = ctx.match.groups ?? {};
    const nameStart = site.wordStart - site.before.length;
    const { start: lineStart, startCut } = lineBounds(ctx.text, nameStart, nameStart, MAX_LINE_PREFIX + 1);
    if (startCut) return false;
    const prefix = ctx.text.slice(lineStart, nameStart);
    // `ENV NAME value` is Dockerfile's; elsewhere a space is no assignment.
    if ((g.op ?? '').trim() === '' && !/^[ \t]*ENV[ \t]/.test(prefix)) return false;
    if (!LINE_PREFIX.test(prefix)) return false;
    // Nothing but blanks or a comment after the value.
    const end = ctx.start + ctx.value.length;
    if (!/^(?:[ \t]+#[^\n]*)?[ \t]*\r?(?:\n|$)/.test(ctx.text.slice(end, lineBounds(ctx.text, end, end, MAX_LINE_PREFIX).end + 1))) return false;
    // A value between matching quotes is the quoted rule's (without its quotes).
    if (/^(["'\x60])(?:[^\\]|\\.)*?\1[,;)\]}]*$/.test(ctx.value)) return false;
    if (!nameAccepted(f, ctx, site)) return false;
    // `NAME=value` glued (.env, shell, properties) or Dockerfile's `ENV`/`ARG`: the shell and config parsers read a
    // literal, so `trumpet.badger.meadow` is a passphrase there, not an identifier chain. A value with code's
    // punctuation (`x=next();`) is still judged as code might be.
    const sep = ctx.match[0].slice(site.word.length + site.rest.length, ctx.match[0].length - ctx.value.length);
    // A member of an object in code assigned a variable (`this.password = nextPassword`): no value at all.
    if (CODE_OBJECT.test(site.before + site.word) && /^[A-Za-z_$][\w$]*;?$/.test(ctx.value)) return false;
    // Words and blanks to the end of the line are no code either: text (`password: correct horse battery staple`).
    if (/\s/.test(ctx.value)) return judgeValue(ctx.value, f, undefined, true);
    const config = sep.trim() === '=' && prefix === '' && propertiesLine(ctx.text, lineStart, site);
    const literal = (sep === '=' || config || /^[ \t]*(?:ENV|ARG)[ \t]/.test(prefix)) && /^[A-Za-z0-9._!#?*@+-]+$/.test(ctx.value);
    const verdict = judgeValue(ctx.value, f, undefined, literal);
    // In a properties or INI file, a password of letters only (`db.password = sunflowermeadow`) is a person's choice.
    if (verdict === false && config && f.strength === 'password' && lettersOnlyPassword(ctx.value)) return { confidence: 'low', note: 'letters only' };
    return verdict;
  };
}

/** The first part of a dotted name that is an object in code (`this.password`, `user.pass`), not a properties key. */
const CODE_OBJECT = /^(?:this|self|that|me|user|obj|o|options|opts|config|cfg|settings|props|params|args|data|form|ctx|req|res|model|state|u|s|x|e|window|global|module|exports)\./;

/**
 * A properties or INI line (`db.password = …` at the start of its line): a dotted name, as Java properties and
 * Spring write them, or a `[section]` header above it. Code at the start of a line with a dotted name and ` = `
 * assigns a member (`this.password = …`, `user.pass = …`), so an object's name as the first part does not count.
 */
function propertiesLine(text: string, lineStart: number, site: NameSite): boolean {
  const name = site.before + site.word + site.rest;
  if (/^[a-z][a-z0-9_-]*(?:\.[a-z0-9_-]+)+$/i.test(name) && !CODE_OBJECT.test(name)) return true;
  return /(?:^|\n)\[[A-Za-z0-9 _.:-]{1,60}\][ \t]*\r?\n/.test(text.slice(Math.max(0, lineStart - 4000), lineStart));
}

/** Letters only, eight to forty of them, neither a form's or sentence's word nor a keyword: a password someone typed. */
function lettersOnlyPassword(v: string): boolean {
  return /^[A-Za-z]{8,40}$/.test(v) && !SENTENCE_WORDS.has(v.toLowerCase()) && !TYPE_OR_KEYWORD.test(v) && !/^[A-Z]+$/.test(v) && !/pass|secret|token|key|auth|pwd/i.test(v);
}

/** A low-confidence verdict on a plausible value (a person-chosen password, random letters), not a stand-in's low severity. */
function isPersonChoice(verdict: ValidatorResult): boolean {
  return typeof verdict === 'object' && verdict.confidence === 'low' && verdict.severity === undefined;
}

/** Characters of a match after its value: the closing quote, or none (an unquoted value ends the pattern). */
const QUOTED_TAIL = 1;
const UNQUOTED_TAIL = 0;

/** A name that says little (`key`, `auth`) gives low confidence: any provider rule matching the same value wins. */
const familyConfidence = (f: Family) => (f.strength === 'weak-name' ? 'low' : 'medium');

function quotedRule(f: Family): Rule {
  return {
    id: `generic-${f.name}-assignment`,
    title: `${f.title} assigned in code or config`,
    category: 'secret',
    kind: f.kind,
    severity: 'high',
    confidence: familyConfidence(f),
    description: f.description,
    keywords: f.keywords,
    // The match starts at the secret word (a keyword), the rest of its name in the window's lookbehind.
    windowBefore: 0,
    // The name, an operator (`=`, `:`, `:=`, `::=`, `?=`, `.=`, `=>`, `||=`, `==`, `!=`, a typed declaration
    // `: str =` or Go's `var x string =`, a C# property initialiser, a setter's `(`, or a quoted name then a
    // comma), maybe a wrapper such as `SecretStr(`, a string prefix (`@`, `b`, `r`), and a quoted value.
    pattern: new RegExp(String.raw`${nameFromWordOf(f)}${OPERATOR}${WRAPPER}[@bBrRuU]{0,2}${QUOTED_VALUE}`, 'i'),
    secretGroup: 'value',
    secretGroupTail: QUOTED_TAIL,
    allowPlaceholders: true,
    // A password may hold what reads as an e-mail address (`x+@y.io`): under a secret name it is a secret.
    overrides: ['email-address'],
    validators: [quotedCheck(f)],
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
    confidence: familyConfidence(f),
    description: f.description,
    keywords: f.keywords,
    windowBefore: 0,
    // `NAME = value` alone on its line (after `export`, `ENV`/`ARG`, a YAML list dash or other pairs): .env,
    // shell, Dockerfile, Makefile (`:=`, `::=`, `?=`), YAML, INI, properties. The value is any run of
    // non-blank characters that does not start with a quote or a comment sign; a comment may follow it.
    // The pattern starts at the secret word (the regex engine skips to it) and ends the value at a blank; the
    // validator checks that the line holds nothing else.
    pattern: new RegExp(String.raw`${nameFromWordOf(f, AFTER_BLANK)}(?:[ \t]{0,4}(?<op>:{1,3}=|\?=|=|:)[ \t]{0,4}|[ \t]{1,4})(?<value>[^\s#]\S{3,300}(?:[ \t]{1,2}[A-Za-z]{3,30}){0,7})(?![^\s])`, 'i'),
    secretGroup: 'value',
    secretGroupTail: UNQUOTED_TAIL,
    allowPlaceholders: true,
    overrides: ['email-address'],
    validators: [unquotedCheck(f)],
    examples: f.unquoted,
  };
}

/** Keywords for a short, common word: only where an assignment follows it. */
const assignedKeywords = (word: string) => [
  ...[`"`, `'`, `=`, `:`, ` =`, ` :`, `]`, `\t`, ` .=`, ` ?=`].map((op) => `${word}${op}`),
  // Go's `var stripeKey string =`, a C# property `StripeKey { get; set; } =`, a setter `setStripeKey("…")`.
  ...[` string`, ` {`, `("`, `('`].map((op) => `${word}${op}`),
];

/** Providers whose bare name people give to the variable holding its key (`SENDGRID=...`). */
const PROVIDER_NAMES = [
  'sendgrid', 'stripe', 'twilio', 'mailgun', 'mailchimp', 'postmark', 'openai', 'anthropic', 'datadog', 'pagerduty', 'algolia', 'pusher', 'heroku', 'cloudflare', 'shopify', 'hubspot',
  // Services whose keys carry no prefix of their own, so their name is all that labels them (`kucoin := "…"`,
  // `"etsy": "…"`): each a word that code uses for nothing else.
  'etsy', 'kucoin', 'kraken', 'bittrex', 'coinbase', 'finnhub', 'finicity', 'freshbooks', 'gitter', 'mattermost', 'messagebird',
  'codecov', 'confluent', 'flickr', 'freemius', 'linkedin', 'nytimes', 'rapidapi', 'sendbird', 'snyk', 'squarespace', 'sumologic',
  'twitch', 'zendesk', 'meraki',
];

/** The words of a name that says little: the name's last part, or glued at a camelCase hump (secretName checks). */
const WEAK_WORD_LIST = ['key', 'auth', 'creds', 'credentials', ...PROVIDER_NAMES];
const WEAK_WORDS = WEAK_WORD_LIST.join('|');
/**
 * The weak family's words as its patterns read them: `key` and `auth` as a name part of their own or a
 * setter's (`setAuth(`), and a provider's name with the `key` it may carry (`stripe`, `STRIPE_KEY`,
 * `stripeKey`) as one word. A `key` glued to any other word (`monkey`, `cacheKey`) fails in the regex, before
 * any validator runs. Each alternative starts with its letters, so that the regex engine skips to them.
 */
const WEAK_PATTERN_WORDS = [
  ...['key', 'auth'].map((w) => `${w}(?<![A-Za-z]${w})|${w}(?<=[.\s]set${w})`),
  'creds|credentials',
  `(?:${PROVIDER_NAMES.join('|')})(?:[_.-]?key)?`,
].join('|');

const FAMILIES: readonly Family[] = [
  {
    name: 'password',
    title: 'Password',
    kind: 'PASSWORD',
    // `pass` only as a whole name part (SMTP_PASS, db.pass, smtpPass), never inside a word (BYPASS, COMPASS):
    // secretName wants a camelCase hump where it is glued to the part before.
    words: 'password|passwd|passwort|pwd|passphrase|pass_phrase|pass(?![a-z])',
    keywords: ['password', 'passwd', 'passwort', 'pwd', 'passphrase', 'pass_phrase', '_pass', '.pass', '-pass', ...assignedKeywords('pass'), '"pass"', "'pass'", '$pass'],
    minLength: 8,
    minEntropy: 2.5,
    strength: 'password',
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
        '{"password_prod": "q7\\"Lm2x{T9v<Rk4"}',
        'if password == "Zq8!x2Lm4V":',
        'var dbPassword string = "Tq4x9Lm$Z2pW"',
        "$pass .= 'Wq9#xT2(mL7vK';",
        'user.setPassword("Kq8!xZ2mLv7p");',
        'const config: Config = { smtpPass: "Hx72Kq9p!LmZ", retries: 3 };',
        'password = "ph7<M@6Ppj>U"',
        'db_password: SecretStr = SecretStr("Hq3x9LmZ2kPw")',
        "MYSQL_PASSWORD = '\"Rq8!xL2mZv7k'",
      ],
      negative: [
        { text: 'password: "Password",', reason: 'an i18n label' },
        { text: 'const password = process.env.DB_PASSWORD;', reason: 'read from the environment' },
        { text: '"input:password":"input[type=password]"', reason: 'a CSS selector' },
        { text: 'passwordPlaceholder: "Enter your password"', reason: 'a UI string with spaces, under a placeholder name' },
        { text: 'password: "${DB_PASSWORD}"', reason: 'a template reference' },
        { text: 'const PASSWORD_FIELD = "user_password";', reason: 'the value is an identifier, and the name a field' },
        { text: 'const files = [".npmrc", ".htpasswd", "Xk82!mqPz4Lw", ".netrc"];', reason: 'a list of strings, not a name and its value' },
        { text: 'if (password === "") return;', reason: 'a comparison with an empty string' },
        { text: 'hashed_password = "$2b$12$Kix2A8sQ1eRz9uW3x0fPZe5t4Yb7C1dM6nH8jL2kV0sR9qT3wU5yG"', reason: 'a bcrypt hash under a hash-named key, not a password' },
        { text: 'password_min_length = "12"', reason: 'the name says it holds a length' },
        { text: 'password = request.form.get("password")', reason: 'a lookup by name, not a value' },
        { text: 'user.getPassword("Kq8!xZ2mLv7p")', reason: 'a getter takes no password' },
        { text: 'form.setPasswordLabel("Enter your password");', reason: 'the name says it holds a label' },
        { text: 'password: "Must contain eight characters"', reason: 'a validation message' },
        { text: 'password: "Passwords do not match"', reason: 'a UI message' },
        { text: 'i18n.put("password", "Password");', reason: 'an i18n label' },
        { text: 'const compass = "Kq8!xZ2mLv7p";', reason: '"pass" inside a word' },
        { text: '    password: str = Form(...)', reason: 'a FastAPI form field declaration' },
      ],
      lowSeverity: ['password: "changeme"', 'DB_PASSWORD = "test"', '"password": "bbbbbbbb"', "password: 's00pers3cret'"],
      lowConfidence: ['db_password = "glacier velvet summit thunder"', 'user.setDbPwd("cobalt.Juniper.walnut.plume");', 'props.put("db.password", "Hazel-Rocket-Quartz-Cinder");', 'ds.setPasswordProd("VioletSummitOrbit");'],
    },
    unquoted: {
      positive: [
        'DB_PASSWORD=Xk82!mqPz4',
        'export PGPASSWORD=q7Lm2xT9vRk4',
        'spring.datasource.password=Zr8pWq3nV5s2',
        '  password: Hx72Kq9p!LmZ',
        'SMTP_PASS=Tz4!mQ8xWk2p',
        'environment:\n  - MYSQL_ROOT_PASSWORD=Rq8!xL2mZv7k',
        'LDAP_BIND_PASSWORD=&:&XUU?PAX@6z:.3SN<AYp',
        'PASSPHRASE ::= CactusAnchor179',
        'ENV DB_PASSWORD Wq9#xT2mL7vK',
        'password_prod = Zr8p;Wq3n,V5s2',
      ],
      negative: [
        { text: 'DB_PASSWORD=${DB_PASSWORD}', reason: 'a reference' },
        { text: '  password: string;', reason: 'a TypeScript type annotation' },
        { text: '    password: str', reason: 'a Python type annotation' },
        { text: 'password: {{ .Values.db.password }}', reason: 'a Helm template' },
        { text: '  password: someVariable,', reason: 'a JS object property holding a variable' },
        { text: '    password = form.password.data', reason: 'an identifier chain' },
        { text: '    ownPass: !!ownPass', reason: 'a negated variable, in code' },
        { text: 'secret_password = os.environ.get("DB_PASSWORD")', reason: 'read from the environment' },
        { text: 'PASSWORD=', reason: 'empty' },
        { text: 'BYPASS=Xk82mqPz4Lw9', reason: '"pass" inside a word is no password name' },
        { text: 'DB_PASSWORD=#Xk82mqPz4Lw9', reason: 'a value that starts with # reads as a comment to many parsers' },
        { text: '  password: bm90IG15IHJlYWwgcGFzc3dvcmQ=', reason: 'base64 of a sentence ("not my real password")' },
        { text: 'x'.repeat(300) + ' password: Xk82mqPz4Lw9', reason: 'not at the start of its line (a long minified line)' },
        { text: '    password = form.password_field_value', reason: 'an identifier chain in code (blanks around `=`)' },
        { text: 'DB_PASSWORD=OTHER_DB_SETTING_NAME', reason: 'an UPPER_SNAKE name of another variable' },
        { text: '    this.password = generated', reason: 'a member assigned a variable in code' },
        { text: '    this.password = nextPassword', reason: 'a member assigned a variable in code, whose name holds the word' },
        { text: 'password = sunflower', reason: 'a word at the start of a line that no properties or INI file holds: a variable in code' },
        { text: 'db.password = Required', reason: "a form's word, not a password" },
        { text: 'password: must be at least eight characters long', reason: 'a sentence' },
        { text: 'password: enter the database password here', reason: 'an instruction' },
      ],
      lowSeverity: ['DB_PASSWORD=changeme', 'password: secret'],
      lowConfidence: [
        'spring.datasource.password=sapphire_Lantern_Badger_Pickle',
        'export DB_PWD=trumpet.badger.meadow',
        'mail.smtp.password = sunflowermeadow',
        '[database]\nhost = db.internal\npassword = Correct_Horse_Battery',
        'smtp:\n  password: correct horse battery staple',
        'keystore.password = Kangaroo_Sunset',
      ],
    },
  },
  {
    name: 'secret',
    title: 'Secret',
    kind: 'SECRET',
    words: 'secret',
    keywords: ['secret'],
    minLength: 16,
    minEntropy: 3.2,
    strength: 'token',
    description: 'A hard-coded client or signing secret lets anyone impersonate the application or forge its sessions.',
    quoted: {
      positive: [
        'CLIENT_SECRET = "f3K9x2Lq8Zm4Vb7Np1Wt6Yc0"',
        "clientSecret: 'Gm3x8PqZ2wLk7Vn4Rt9y',",
      ],
      negative: [
        { text: 'const secretName = "prod-db-credentials";', reason: 'the name says it holds a name' },
        { text: 'clientSecret: "YOUR_CLIENT_SECRET"', reason: 'a placeholder' },
        { text: '{ "type": "Secret Keyword", "hashed_secret": "54967e13a96a7da621b9c4d9a5434eaa97729ee2" }', reason: 'a hash under a hash-named key' },
        { text: 'recaptcha_site_secret = "6LcXk8Zm4Vb7Np1Wt6Yc0Gm3x8PqZ"', reason: 'a site key is public' },
      ],
      lowSeverity: ["app.use(session({ secret: 'keyboard cat' }));", 'secret: "my-super-secret"'],
      lowConfidence: ['client_secret = "KMXzGgJjRlDBFFMjzCuoqgYzR"'],
    },
    unquoted: {
      positive: ['JWT_SECRET=f3K9x2Lq8Zm4Vb7Np1Wt6Yc0', 'client_secret: Gm3x8PqZ2wLk7Vn4Rt9y', 'APP_SECRET := NLjRgKpKPuBzQN4UjQivzah8tvvhU0'],
      negative: [
        { text: 'secret: ${{ secrets.API_SECRET }}', reason: 'a CI secret reference' },
        { text: 'SECRET_KEY=', reason: 'empty' },
        { text: 'secretKeyRef: db-secret', reason: 'a Kubernetes reference, and a readable name' },
        { text: '  client_secret: Optional[SecretStr] = None', reason: 'a type annotation' },
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
    strength: 'token',
    description: 'A hard-coded access token lets anyone call the service with the permissions of its owner.',
    quoted: {
      positive: [
        'ENV["API_TOKEN"] ||= "a8Kd93jfLq02mZx7WvB4nT1e"',
        'const authToken = "a8Kd93jfLq02mZx7WvB4nT1e";',
        '"access_token": "7hT3kP9qLm2Xv8Bz4Nw1Rc6Y",',
        "api_token = 'Q2w8Er5Ty7Ui9Op1As3Df6Gh'",
        'token_staging = "sHkSXNfudVkbHk05HPWYYxaY70rAICbY8QqXkP53UrJ"',
      ],
      negative: [
        { text: "csrfToken: 'X-CSRF-Token',", reason: 'a header name' },
        { text: 'const token = tokens[i];', reason: 'a variable, not a literal' },
        { text: 'tokenType: "Bearer"', reason: 'the name says it holds a type' },
        { text: 'token: "<YOUR_TOKEN>"', reason: 'a placeholder' },
        { text: '"NextContinuationToken": "1w41l63U0xa8q7smH50vCxyTQqdxo69O3EmK28Bi5PcROI4wI"', reason: 'a pagination cursor, not a credential' },
        { text: 'msg: "Unexpected token =",DuplicateKey:"Duplicate key"', reason: 'a code fragment between two unrelated strings' },
        { text: 'const tokenizer = "a8Kd93jfLq02mZx7WvB4nT1e";', reason: '"token" inside a longer word' },
        { text: 'token = "ghu_16C7e42F292c6912E7710c838347Ae178B4a"', reason: "GitHub's documentation example, rejected by every rule" },
      ],
    },
    unquoted: {
      positive: ['SLACK_BOT_TOKEN=a8Kd93jfLq02mZx7WvB4nT1e', 'export VAULT_TOKEN=hvs7hT3kP9qLm2Xv8Bz4Nw1Rc', 'ARG BOT_TOKEN=Y3iMSqN5NfHrG0g7tQFvIV6-KoqBE6qbUWgbRe5v'],
      negative: [
        { text: 'TOKEN=$(cat /run/secrets/token)', reason: 'a command substitution' },
        { text: 'MAPBOX_ACCESS_TOKEN=pk.eyJ1IjoibWFwYm94IiwiYSI6ImNpejY4M29iazA2Z2gycXA4N2pmbDZmangifQ.-g_vE53SD2WrJ6tFX7QHmA', reason: 'a public Mapbox token (pk.), meant for browsers' },
        { text: 'token: token_value', reason: 'an identifier' },
        { text: '  token: Optional[str] = None', reason: 'a type annotation' },
        { text: '    token: stripeMethod({', reason: 'a call that goes on the next lines' },
      ],
    },
  },
  {
    name: 'api-key',
    title: 'API key',
    kind: 'API_KEY',
    words: String.raw`api[_.-]?key|access[_.-]?key|app[_.-]?key|private[_.-]?key|subscription[_.-]?key|master[_.-]?key|encryption[_.-]?key|signing[_.-]?key|license[_.-]?key|secret[_.-]?key`,
    keywords: ['api', 'access', 'app', 'private', 'subscription', 'master', 'encryption', 'signing', 'license', 'secret'].flatMap((w) =>
      ['_', '', '-', '.'].map((sep) => `${w}${sep}key`),
    ),
    minLength: 16,
    minEntropy: 3.2,
    strength: 'token',
    description: 'A hard-coded API key lets anyone use the service on the owner’s account and quota.',
    quoted: {
      positive: [
        'headers["x-api-key"] = "Zq8x2Lm4Vt9kPw3nB6yR"',
        'public string ApiKey { get; set; } = "Zq8x2Lm4Vt9kPw3nB6yR";',
        'API_KEY = "9c1e7b3a5d8f2e4c6a0b9d7f1e3c5a8b"',
        "$apiKey = 'Lm2Xv8Bz4Nw1Rc6Y7hT3kP9q';",
        'api_key_prod: "Zq8x2Lm4Vt9kPw3nB6yR"',
        'app.config["SECRET_KEY"] = "9c1e7b3a5d8f2e4c6a0b9d7f1e3c5a8b"',
        'secret_key_base: "f3K9x2Lq8Zm4Vb7Np1Wt6Yc0Gm3x8PqZ"',
        'OpenAiClient client = OpenAiClient.builder().apiKey("Zq8x2Lm4Vt9kPw3nB6yR").build();',
      ],
      negative: [
        { text: 'const apiKey = "";', reason: 'empty' },
        { text: "apiKey: 'your-api-key-here'", reason: 'a placeholder' },
        { text: 'const API_KEY_HEADER = "X-Api-Key";', reason: 'the name says it holds a header name' },
        { text: 'apiKey: config.get("apiKey")', reason: 'read from configuration' },
        { text: 'api_key_id = "Zq8x2Lm4Vt9kPw3nB6yR"', reason: 'the name says it holds an id' },
        { text: 'String k = props.apiKey("OPENAI_API_KEY_NAME");', reason: 'a builder given a name, not a key' },
      ],
    },
    unquoted: {
      positive: ['OPENWEATHER_API_KEY=Zq8x2Lm4Vt9kPw3nB6yR', 'api_key = 9c1e7b3a5d8f2e4c6a0b9d7f1e3c5a8b'],
      negative: [
        { text: 'API_KEY=<your-api-key>', reason: 'a placeholder' },
        { text: 'private_key: /etc/ssl/private/server.key', reason: 'a file path' },
        { text: '  api_key: SecretStr', reason: 'a type annotation' },
      ],
    },
  },
  {
    name: 'credential',
    title: 'Credential',
    kind: 'SECRET',
    // The name ends with one of these words: `key`, `auth`, `creds`, `credentials`, or a provider's name.
    words: WEAK_WORDS,
    patternWords: WEAK_PATTERN_WORDS,
    keywords: [...assignedKeywords('key'), ...assignedKeywords('auth'), 'creds', 'credentials', ...PROVIDER_NAMES.flatMap(assignedKeywords)],
    minLength: 20,
    minEntropy: 3.5,
    strength: 'weak-name',
    description: 'A random value under a key, auth or credentials name is most likely a key that grants access.',
    quoted: {
      positive: [
        '"key": "AIs9q2Lm4Vt9kPw3nB6yRz81"',
        "creds = 'f1c3d4453a8c490ae4db1d8612754d2c'",
        'SENDGRID = "Zq8x2Lm4Vt9kPw3nB6yR7hT3"',
        'auth: "Q2w8Er5Ty7Ui9Op1As3Df6Gh"',
        'const stripeKey = `MWzl1oZBvLqfKV8sMfpn9DSz5fomjLm18N8-ic06`',
        "export const STRIPE_KEY: string = '0099da921ecd0ec385ae17837cd2d050';",
        'user.setCredentials("0af2a1cf2d8f0bda71a12bcd22bb05f7");',
        "$auth .= 'zXb6wa-m2QRbhK55WHcoh6nQ-HrlZ4XoAwz';",
        '"key": \'918ab1d3ccfef2e79c1eac1aaa34389dc424d38be277bee64f68426af6b18fe0\'',
        'kucoin := "64f1c2b7a9d4e4a6b8c2d7e5"',
        '{"etsy": "b8s2k7q4z1m9x3w6v5n0c2l7"}',
      ],
      negative: [
        { text: 'cacheKey = "AIs9q2Lm4Vt9kPw3nB6yRz81"', reason: 'a cache key, not an access key' },
        { text: 'const hotkey = "AIs9q2Lm4Vt9kPw3nB6yRz81";', reason: '"key" inside a word, without a camelCase hump' },
        { text: 'OAUTH = "AIs9q2Lm4Vt9kPw3nB6yRz81"', reason: '"auth" inside a word' },
        { text: '{ key: "ArrowUp", code: 38 }', reason: 'a keyboard key' },
        { text: 'const key = "user-settings-v2";', reason: 'a storage key: readable, not random' },
        { text: 'idempotency_key = "3f1c2b7a-8d4e-4f5a-9b6c-1d2e3f4a5b6c"', reason: 'a UUID under a weak name' },
        { text: 'monkey = "AIs9q2Lm4Vt9kPw3nB6yRz81"', reason: '"key" inside a word' },
        { text: 'key_id = "AIs9q2Lm4Vt9kPw3nB6yRz81"', reason: 'the word is not the name\'s last part' },
        { text: '"sha256_key": "918ab1d3ccfef2e79c1eac1aaa34389dc424d38be277bee64f68426af6b18fe0"', reason: 'hex under a hash-named key: a digest' },
        { text: '"key": "0123456789abcdef0123456789abcdef"', reason: 'a run of hex digits, not a random value' },
      ],
    },
    unquoted: {
      positive: ['AUTH=267d858fda3e77aed4559c8af123dd07', 'spring.datasource.key=3c9e1f7a5b2d8046e1c3a9f7b5d20e48', 'spring.datasource.creds=yqu2Nu7FbWf6L3KzJUOMBm7wLq8', 'STRIPE_KEY=kN3HCeg7QGE1agDNrvLubIUW9rHidGyc1wjCqXf4', 'spring.datasource.sendgrid=tBDI0k3tcmEIdEyJbzq0HBYHArMwsHv'],
      negative: [
        { text: 'key: value', reason: 'a word' },
        { text: 'auth: basic', reason: 'a scheme name' },
      ],
    },
  },
];

/** Every secret word of the strong families, for the rules that read other syntaxes. */
const STRONG_WORDS = FAMILIES.filter((f) => f.strength !== 'weak-name').map((f) => f.words).join('|');
const STRONG_KEYWORDS = [...new Set(FAMILIES.filter((f) => f.strength !== 'weak-name').flatMap((f) => f.keywords))];
/** The judgement of the password family: the most lenient (a secret-named XML element or pair may hold a password). */
const PASSWORD_FAMILY = FAMILIES[0];

/** The secret word of a whole name that is a secret's name (`SecretKeyBase`: `SecretKey`), or undefined. */
function secretWordOf(name: string): string | undefined {
  for (const f of FAMILIES) {
    if (f.strength === 'weak-name') continue;
    const words = new RegExp(f.words, 'gi');
    for (let m = words.exec(name); m; m = words.exec(name)) {
      if (secretName(name.slice(0, m.index), m[0], name.slice(m.index + m[0].length), 'token')) return m[0];
    }
  }
  return undefined;
}

/** The family whose word the name holds (for its length and randomness floors). */
function familyOf(word: string): Family {
  return FAMILIES.find((f) => f.strength !== 'weak-name' && new RegExp(`^(?:${f.words})$`, 'i').test(word)) ?? PASSWORD_FAMILY;
}

const WEAK_FAMILY = FAMILIES.find((f) => f.strength === 'weak-name')!;
/** A weak word that ends a whole name, at a part of its own (`STRIPE_KEY`, `db.auth`, `stripeKey`). */
const WEAK_WORD_AT_END = new RegExp(`(?:${WEAK_WORDS})$`, 'i');

/**
 * The verdict on a value under a whole name, as read in a pair, a command-line flag or an element: a
 * secret word's family judges it; a weak word at the name's end wants a clearly random value, reported at low
 * confidence. `literal`: the syntax makes the value a literal, never code (a YAML scalar, a flag's value).
 */
function judgeNamed(name: string, value: string, quote: string | undefined, literal: boolean): ValidatorResult {
  const word = secretWordOf(name);
  if (word !== undefined) return judgeValue(value, familyOf(word), quote, literal);
  const weak = WEAK_WORD_AT_END.exec(name);
  if (!weak || !weakName(name.slice(0, weak.index), weak[0])) return false;
  return judgeValue(value, WEAK_FAMILY, quote, literal) === true ? { confidence: 'low', note: 'a weak name' } : false;
}

/**
 * Keywords of an entry whose name ends with a weak word: the word and a quote (`variable "key" {`,
 * `"name": "STRIPE_KEY"`, `<add key="Auth"`: the credential rules' own keywords, so no new state in the
 * prefilter), and a YAML list entry (Kubernetes `env`, rare in code), whose name ends its line.
 */
const WEAK_PAIR_KEYWORDS = ['- name:', '- { name:', '- {name:', ...WEAK_WORD_LIST.flatMap((w) => [`${w}"`, `${w}=`, `${w} =`, `${w}:`])];

/** Characters looked back from a pair's value for its name (three short lines). */
const PAIR_LOOKBACK = 160;
/**
 * How far before its keyword the name/value-pair and continued-value rules read (Rule.windowBefore): their
 * matches start after the secret-named key that holds the keyword, and the continued value's pattern looks back
 * over the key (80 characters at most), its indent and spaces to the line's start.
 */
const NAME_REACH = 100;
/** The entry's name: `name: X`, `"name": "X"`, `key="X"`, Terraform's `variable "X" {`, then no other name before the value. */
const PAIR_NAME = /(?:(?<![A-Za-z])(?:name|key)["']?[ \t]{0,3}[:=][ \t]{0,3}|variable[ \t]{1,3})["']?(?<name>[A-Za-z0-9_.-]{1,80})["']?[ \t]*(?:\{|,)?(?:(?!(?:name|key)["']?[ \t]{0,3}[:=])[^])*$/i;

/** `<dbPassword>value</dbPassword>`, `<add key="ApiKey" value="…"/>`, Kubernetes `- name: DB_PASSWORD` / `value: …`, Terraform `variable "db_password" { default = "…" }`. */
const otherSyntaxRules: readonly Rule[] = [
  {
    id: 'generic-secret-xml-element',
    title: 'Secret-named XML element',
    category: 'secret',
    kind: 'SECRET',
    severity: 'high',
    confidence: 'medium',
    description: 'A password or key in an XML configuration file (Maven settings, .NET configs, Tomcat, Spring) works for anyone who reads it.',
    // The secret words, and the short or weak ones where they end an element's name (`<pass>`, `<stripeKey>`).
    keywords: [...STRONG_KEYWORDS, 'pass>', ...WEAK_WORD_LIST.map((w) => `${w}>`)],
    // The element's name from the word on; the value runs to the closing tag (XML escapes `<` inside it).
    pattern: new RegExp(String.raw`${nameFromWord(`${STRONG_WORDS}|${WEAK_WORDS}`)}>(?<value>[^<\n]{4,300})</(?<close>[A-Za-z0-9_.:-]{1,80})>`, 'i'),
    // The closing tag: most lines that name a password or token in code hold none.
    windowNeeds: /<\//,
    secretGroup: 'value',
    allowPlaceholders: true,
    validators: [
      (ctx) => {
        const g = ctx.match.groups ?? {};
        const before = nameBefore(ctx);
        const open = `${before}${g.word}${g.rest}`;
        if (ctx.text[wordStart(ctx) - before.length - 1] !== '<' || g.close !== open) return false;
        return judgeNamed(open, ctx.value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'), '"', true);
      },
    ],
    examples: {
      positive: [
        '<datasource>\n  <password>op!RHBg:[8Me|</password>\n</datasource>',
        '<server>\n  <id>nexus</id>\n  <apiKey>f1c3d4453a8c490ae4db1d8612754d2c</apiKey>\n</server>',
        '<datasource>\n  <user>app</user>\n  <pass>op!RHBg:[8Me|</pass>\n</datasource>',
      ],
      lowConfidence: ['<mail>\n  <sendgrid>Zq8x2Lm4Vt9kPw3nB6yR7hT3</sendgrid>\n</mail>', '<stripeKey>kN3HCeg7QGE1agDNrvLubIUW9rHidGyc1wjCqXf4</stripeKey>'],
      negative: [
        { text: '<cacheKey>918ab1d3ccfef2e79c1eac1aaa34389dc424d38be277bee64f68426af6b18fe0</cacheKey>', reason: 'hex under a cache key: a digest' },
        { text: '<compass>Xk82!mqPz4Lw9</compass>', reason: '"pass" inside a word' },
        { text: '<password>${env.DB_PASSWORD}</password>', reason: 'a Maven property reference' },
        { text: '<passwordPolicy>strict-12</passwordPolicy>', reason: 'the name says it holds a policy' },
        { text: '<password>Xk82!mqPz4</passwd>', reason: 'the closing tag does not match' },
      ],
    },
  },
  {
    id: 'generic-secret-name-value-pair',
    title: 'Secret-named entry of a name/value list',
    category: 'secret',
    kind: 'SECRET',
    severity: 'high',
    confidence: 'medium',
    description: 'A secret given as a name/value pair (a Kubernetes env entry, .NET appSettings, a Terraform variable default) works for anyone who reads the file.',
    keywords: [...STRONG_KEYWORDS, ...WEAK_PAIR_KEYWORDS],
    multiline: true,
    window: 300,
    // The value follows its name (validator), and the name holds the keyword.
    windowBefore: NAME_REACH,
    // From `value` or `default`, as written in these lists; the validator finds the entry's name above it.
    pattern: /(?<![A-Za-z])(?:value|default)["']?[ \t]{0,16}[:=][ \t]{0,3}(?<q>["']?)(?<value>(?<=")(?:[^"\\\n]|\\.){4,300}(?=")|(?<=')(?:[^'\\\n]|\\.|''){4,300}(?=')|(?<=[:=][ \t]{0,3})[^\s"'][^\s]{3,300})/i,
    secretGroup: 'value',
    secretGroupTail: 0,
    allowPlaceholders: true,
    // `<add key="ApiToken" value="…"/>` also reads as `ApiToken" value="…"` to the assignment rules: the pair is what it is.
    overrides: FAMILIES.map((f) => `generic-${f.name}-assignment`),
    validators: [
      (ctx) => {
        const g = ctx.match.groups ?? {};
        const end = ctx.start + ctx.value.length;
        const next = ctx.text.slice(end, end + 2);
        // A quoted value ends at its quote; a bare one (YAML) at the end of its line.
        if (g.q ? !next.startsWith(g.q) : !/^\r?(?:\n|$)/.test(next) && !/^[ \t]/.test(next)) return false;
        // Where the match starts (at `value` or `default`): its value ends it (secretGroupTail 0).
        const valueAt = ctx.start + ctx.value.length - ctx.match[0].length;
        // `const value = …` declares a variable; an entry's value follows its indent, a brace, a comma or a quote.
        if (/(?:const|let|var|val|final|auto|int|string|String|double|float)[ \t]+$/.test(ctx.text.slice(Math.max(0, valueAt - 16), valueAt))) return false;
        const above = ctx.text.slice(Math.max(0, valueAt - PAIR_LOOKBACK), valueAt);
        // The nearest name above, with nothing but the entry's other fields between.
        const entry = PAIR_NAME.exec(above);
        if (!entry?.groups) return false;
        // A YAML scalar on a `value:` line of its own is a literal, never code (`- name: X` / `value: Y`).
        const yamlScalar = !g.q && !/[,;]$/.test(ctx.value) && /^value:/.test(ctx.match[0]) && /(?:^|\n)[ \t]*(?:-[ \t]+)?$/.test(ctx.text.slice(Math.max(0, valueAt - 80), valueAt));
        return judgeNamed(entry.groups.name, ctx.value, g.q || undefined, g.q !== '' || yamlScalar);
      },
    ],
    examples: {
      positive: [
        '          env:\n            - name: DB_PASSWORD\n              value: "B9J21QqUEkmE4IV3w"',
        '<add key="SecretKeyBase" value="TCcEKWmQSeo1e6O78oBfn4nGrQlgzHsgjb" />',
        'variable "admin_password" {\n  type      = string\n  default   = "22H6Lu1D8,ZWj"\n}',
        '{ "name": "API_TOKEN", "value": "Q2w8Er5Ty7Ui9Op1As3Df6Gh" }',
        'variable "session_secret" {\n  description = "Signs the cookies"\n  type        = string\n  sensitive   = true\n  default     = "IGuBLBQ/p6CcnfBwfF26W9TBczNn2QMVXGtQcySfVkf="\n}',
        '      - { name: LOG_LEVEL, value: info }\n      - { name: DB_PASSWORD, value: "q7Lm2x}T9v{Rk4" }',
      ],
      lowConfidence: [
        '            - name: REDIS_PASSWD\n              value: Willow_Glacier_nectar_saddle',
        '            - name: STRIPE_KEY\n              value: 9HAqHsOzhEnsIH3yRTsNzcNIwx',
        'variable "credentials" {\n  type    = string\n  default = "0b23815dc3e2325224941c02a0e9f85e944f4a3efa3fa8d92c8045e2d63ebcbe"\n}',
        '<add key="Auth" value="uubMhY3SNoqgX+ptrj8ZuaVRoBeQh4tepIbdmgfhqx8dVLSSvSH=" />',
      ],
      negative: [
        { text: '- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db\n      key: password', reason: 'read from a Secret' },
        { text: '<add key="PasswordMinLength" value="12" />', reason: 'the name says it holds a length' },
        { text: 'variable "db_password" {\n  type = string\n  sensitive = true\n}', reason: 'no default value' },
        { text: '            - name: CACHE_KEY\n              value: 918ab1d3ccfef2e79c1eac1aaa34389dc424d38be277bee64f68426af6b18fe0', reason: 'hex under a cache key: a digest' },
        { text: '  - name: MONKEY\n    value: AIs9q2Lm4Vt9kPw3nB6yRz81', reason: '"key" inside a word' },
        { text: '  - name: DB_PASSWORD\n    value: someVariableName', reason: 'a camelCase word under a password name, unquoted' },
        { text: 'const entry = {\n  name: "DB_PASSWORD",\n  value: dbPasswordFromVault,\n};', reason: 'a variable in code' },
      ],
    },
  },
  {
    id: 'generic-secret-continued-value',
    title: 'Secret-named value continued on the next lines',
    category: 'secret',
    kind: 'SECRET',
    severity: 'high',
    confidence: 'medium',
    description: 'A password or key in a properties or INI file works for anyone who reads it, however many lines it is wrapped over.',
    // The pair rule's keywords, window and lines: one set of windows serves both.
    keywords: [...STRONG_KEYWORDS, ...WEAK_PAIR_KEYWORDS],
    multiline: true,
    window: 300,
    windowBefore: NAME_REACH,
    // A line break after a backslash (properties), or after `=` and at most one token without code's punctuation
    // (`,;(){}`), before an indented line (INI, YAML): cheap to look for, and most windows of code hold neither.
    // A value whose first line holds that punctuation is read only when something else in its window wakes the rule.
    // Written from the line break, which the regex engine looks for alone: the test costs a fifth less.
    windowNeeds: /\n(?:(?<=\\\r?\n)|[ \t](?<=[=:][ \t]?(?:[^\s,;(){}]{6,})?\r?\n[ \t]))/,
    // A key at its line's start, `=` or `:`, then a value continued on the next lines: with a backslash before
    // each line break (Java properties: the next line's indent is dropped), or on indented lines (INI's
    // configparser, a YAML plain scalar), starting on the key's line or on the next one. Each line of an
    // indented continuation is one token, so that code (`x =\n  f(a, b)`) and YAML mappings do not match.
    pattern: new RegExp(
      String.raw`[=:](?<=(?:^|\n)(?<indent>[ \t]{0,8})(?<name>[A-Za-z0-9_.-]{1,80})[ \t]{0,8}[=:])[ \t]{0,8}(?:\r?\n[ \t]{1,40})?` +
        String.raw`(?<value>(?<=[=:][ \t]{0,8})(?:[^\s\\]|\\[^\s]){0,300}\\\r?\n(?:[ \t]{0,40}(?:[^\s\\]|\\[^\s]){1,300}\\\r?\n){0,8}[ \t]{0,40}(?:[^\s\\]|\\[^\s]){1,300}` +
        String.raw`|(?<=\n[ \t]{1,40})(?!-\s)[^\s#;\\]\S{3,300}(?:\r?\n[ \t]{1,40}[^\s#;]\S{0,300}){0,8}` +
        String.raw`|(?<=[=:][ \t]{0,8})(?!-\s)[^\s#;\\]\S{0,300}(?:\r?\n[ \t]{1,40}[^\s#;]\S{0,300}){1,8})(?![^\r\n])`,
    ),
    secretGroup: 'value',
    allowPlaceholders: true,
    overrides: FAMILIES.map((f) => `generic-${f.name}-config-value`),
    validators: [
      (ctx) => {
        const g = ctx.match.groups ?? {};
        // The pattern starts at the `=` (the regex engine skips to it) and reads the key behind it from its line's
        // start, or from its window's start: the key's line must start there in the whole text.
        const at = ctx.match.indices?.groups;
        const lineStart = ctx.start - ((at?.value?.[0] ?? 0) - (at?.name?.[0] ?? 0)) - (g.indent ?? '').length;
        if (lineStart > 0 && ctx.text[lineStart - 1] !== '\n') return false;
        const value = ctx.value;
        const backslashed = /\\\r?\n/.test(value);
        const lines = value.split(/\r?\n/);
        if (!backslashed) {
          // Indented continuation: every line deeper than the key, none a `key = value` of its own or code.
          const keyIndent = (g.indent ?? '').length;
          const firstIndent = ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start).match(/\n([ \t]*)$/)?.[1].length;
          if (firstIndent !== undefined && firstIndent <= keyIndent) return false;
          if (lines.slice(1).some((l) => (/^[ \t]*/.exec(l)?.[0].length ?? 0) <= keyIndent)) return false;
          if (lines.some((l) => /^[ \t]*[A-Za-z_][\w.-]*(?:[ \t]*=[ \t]|:(?:[ \t]|$))/.test(l) || looksLikeCode(l.trim()))) return false;
        }
        const joined = backslashed ? value.replace(/\\\r?\n[ \t]*/g, '') : lines.map((l) => l.trim()).join('');
        return judgeNamed(g.name ?? '', joined, undefined, false);
      },
    ],
    examples: {
      positive: [
        'spring.datasource.password=Xk82mq\\\n    Pz4Lw9Tq',
        'db.password = q7Lm2x\\\n  T9vRk4\\\n  Zw8P!n',
        '[database]\nhost = db.internal\npassword =\n    Xk82mqPz4Lw9',
        '[api]\ntoken = f3K9x2Lq8Zm4Vb7N\n    p1Wt6Yc0Gm3x8PqZ',
      ],
      lowConfidence: ['[smtp]\npassword =\n    Willow-Glacier-nectar-saddle'],
      negative: [
        { text: 'const password =\n  process.env.DB_PASSWORD;', reason: 'read from the environment' },
        { text: 'auth:\n  token: Xk82mqPz4Lw9', reason: 'a YAML mapping, not a value' },
        { text: 'password = get_password(\n    "Xk82mqPz4Lw9")', reason: 'a call' },
        { text: 'db.password=${DB_PASSWORD}\\\n    ', reason: 'a reference' },
        { text: 'token:\n- Xk82mqPz4Lw9', reason: 'a YAML list, not a continued value' },
        { text: '    while (busy) {\n        token = scanner.scan();\n      }', reason: 'code: the next line is no deeper than the key' },
        { text: 'password_hash = 5f4dcc3b5aa7\\\n  65d61d8327deb882cf99', reason: 'a hash-named key' },
      ],
    },
  },
  {
    id: 'generic-secret-helm-set',
    title: 'Secret set on a Helm or kubectl command line',
    category: 'secret',
    kind: 'SECRET',
    severity: 'high',
    confidence: 'medium',
    description: 'A secret passed with helm --set or kubectl --from-literal stays in shell history, CI logs and the release’s stored values.',
    // The flags themselves: rare outside command lines, so the rule costs nothing on code.
    keywords: ['--set', '--from-literal'],
    // `--set a.b.password=value`, `--set-string x=1,db.auth=value`, `--set "db.password=value"`,
    // `--set db.password="value"`, `--from-literal=password=value`. A bare value ends at a space, a quote or an
    // unescaped comma (Helm's list separator; `\\,` is one escaped in a quoted argument); a quoted one at its quote.
    pattern: new RegExp(
      String.raw`${nameFromWord(`${STRONG_WORDS}|${WEAK_WORDS}`)}=(?<q>["']?)(?<value>(?<=")(?:[^"\\\n]|\\.){4,300}(?=")|(?<=')[^'\n]{4,300}(?=')|(?<=--from-literal=[^\s=]{1,80}=)(?:[^\s\\"]|\\{1,8}[^\s\\]){4,300}(?![^\s"])|(?<==)(?:[^\s,\\"]|\\{1,8}[^\s\\]){4,300}(?![^\s,"]))`,
      'i',
    ),
    secretGroup: 'value',
    allowPlaceholders: true,
    // `--set db.password="…"` also reads as a quoted assignment: the flag is what it is.
    overrides: FAMILIES.flatMap((f) => [`generic-${f.name}-assignment`, `generic-${f.name}-config-value`]),
    validators: [
      (ctx) => {
        const g = ctx.match.groups ?? {};
        const before = nameBefore(ctx);
        const nameStart = wordStart(ctx) - before.length;
        // The flag, then this argument's earlier pairs (`a=1,`) or an opening quote, without a blank.
        if (!/--(?:set(?:-string|-literal|-json)?|from-literal)[ \t=]{1,3}["']?[^\s"']*$/.test(ctx.text.slice(Math.max(0, nameStart - 400), nameStart))) return false;
        // The last two parts of a dotted name: enough to see what the key is (`cache.key`, `db.password`).
        const name = `${before}${g.word}${g.rest}`.replace(/^(?:.*[.[\]])?([^.[\]]*[.[\]])/, '$1');
        // Single quotes keep everything; elsewhere the shell (and Helm, for `\,`) removes backslashes.
        const value = g.q === "'" ? ctx.value : ctx.value.replace(/\\(.)/g, '$1');
        return judgeNamed(name, value, g.q || undefined, true);
      },
    ],
    examples: {
      positive: [
        'helm upgrade --install api ./charts/api --set image.tag=1.4.2 --set db.password=EU4axJecJeY82cUo0Y7d',
        'helm install web ./web --set-string auth.apiKey=Zq8x2Lm4Vt9kPw3nB6yR,replicas=2',
        'helm install web ./web --set replicas=2,db.smtpPass="r\'g%HiJ\\$c8^!\\\\,piZm"',
        "helm upgrade api ./api --set 'redis.auth.password=Willow_Glacier_nectar_saddle'",
        'kubectl create secret generic db --from-literal=username=app --from-literal=password=q7Lm2x,T9vRk4',
      ],
      negative: [
        { text: 'helm install web ./web --set db.password=$DB_PASSWORD', reason: 'an environment reference' },
        { text: 'helm install web ./web --set db.existingSecretPasswordKey=password', reason: 'names a key of a Secret' },
        { text: 'helm install web ./web --set ingress.tls.secretName=web-tls', reason: 'the name says it holds a name' },
        { text: 'helm install web ./web --set cache.key=918ab1d3ccfef2e79c1eac1aaa34389dc424d38be277bee64f68426af6b18fe0', reason: 'hex under a cache key: a digest' },
        { text: 'kubectl create secret generic db --from-literal=password="${DB_PASSWORD}"', reason: 'a shell reference' },
        { text: 'helm install web ./web --set image.repository=registry.example/web db.password=EU4axJecJeY82cUo0Y7d', reason: 'a second word on the line, not a --set pair' },
      ],
      lowConfidence: ['helm upgrade api ./charts/api --set image.tag=1.4.2 --set db.auth=Z8sgvLWn3Fxn1bTHjYrsCd4WD4QaKOTlRQFWwpQs', 'kubectl create secret generic mail --from-literal=sendgrid=0RSIZx3/QxSZsJ924zyHFUzVNtrtLZoUlqg='],
    },
  },
  {
    id: 'generic-secret-comparison',
    title: 'Secret compared with a literal',
    category: 'secret',
    kind: 'SECRET',
    severity: 'high',
    confidence: 'medium',
    description: 'A hard-coded password or token that input is compared with is the credential itself.',
    // The secret words, and Java's `.equals(`, rare outside Java, for the weak names (`.equals(creds)`).
    keywords: [...STRONG_KEYWORDS, '.equals(', '.equalsignorecase('],
    // A literal on the left of a comparison with a secret-named variable: `"…" == password`, `"…".equals(token)`,
    // `"…".equals(creds)`.
    pattern: new RegExp(
      String.raw`(?<q>["'])(?<value>(?<=")(?:[^"\\\n]|\\.){4,300}(?=")|(?<=')(?:[^'\\\n]|\\.){4,300}(?='))["'][ \t]{0,2}(?:===?|!==?|\.equals(?:IgnoreCase)?\()[ \t]{0,2}(?:[A-Za-z_$][\w$.]{0,40}?)?(?<word>${STRONG_WORDS}|${WEAK_WORDS})(?<rest>[A-Za-z0-9_]{0,30})(?![A-Za-z0-9_])`,
      'i',
    ),
    // A quoted literal, then the comparison: the pattern's own shape, which a quick scan rules out in most code.
    windowNeeds: /["'][ \t]{0,2}(?:[=!]=|\.equals)/i,
    secretGroup: 'value',
    allowPlaceholders: true,
    validators: [
      (ctx) => {
        const g = ctx.match.groups ?? {};
        // The variable compared with: the match's last identifier (`req.query.token` -> `token`). A random value
        // counts; under a password name a person's choice too, and under a weak name (`creds`) a random one at low
        // confidence (judgeNamed).
        const name = /[\w$]+$/.exec(ctx.match[0])?.[0] ?? '';
        const word = secretWordOf(name);
        const verdict = judgeNamed(name, ctx.value, g.q, true);
        if (verdict === true || (word === undefined && verdict !== false)) return verdict;
        return word !== undefined && familyOf(word).strength === 'password' && isPersonChoice(verdict) ? verdict : false;
      },
    ],
    examples: {
      positive: ['if ("Zq8!x2Lm4V".equals(password)) {', 'if ("a8Kd93jfLq02mZx7WvB4nT1e" === req.query.token) grant();'],
      lowConfidence: ['if ("copper.walnut.Anchor".equals(pass)) {', 'if ("Vq3nZ8xLm2Kp7tRw4Yb9Hc6Jd1==".equals(creds)) {'],
      negative: [
        { text: 'if ("copper.walnut.Anchor".equals(token)) {', reason: 'a passphrase is no token' },
        { text: 'if ("Vq3nZ8xLm2Kp7tRw4Yb9Hc6Jd1".equals(monkey)) {', reason: '"key" inside a word' },
        { text: 'if ("" == password) return;', reason: 'empty' },
        { text: 'if ("password" === fieldType) {', reason: 'compared with a type, and a word' },
      ],
    },
  },
];

export const assignmentRules: readonly Rule[] = [...FAMILIES.map(quotedRule), ...FAMILIES.map(unquotedRule), ...otherSyntaxRules];

/** For rules that know better than a variable name (credential file layouts). */
export const ASSIGNMENT_RULE_IDS: readonly string[] = assignmentRules.map((r) => r.id);
