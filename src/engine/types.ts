import type { Anchor } from './anchors';
import type { Fingerprinter } from './fingerprint';
import type { MemoRegistry } from './memo';
/**
 * Core types of the detection engine. Pure data: this module (like all of src/engine and src/rules)
 * imports neither 'vscode' nor Node built-ins, so it runs in the extension host, the CLI and a web worker.
 */

export type Category = 'secret' | 'pii';

/** How bad a leak would be. The extension maps this (and the category) to a diagnostic severity. */
export type Severity = 'high' | 'medium' | 'low';

/** How sure the rule is that a match is real (validators passed, context present, ...). */
export type Confidence = 'high' | 'medium' | 'low';

export const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
export const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/** What a validator sees about one regex match. */
export interface MatchContext {
  /** The whole text being scanned. */
  readonly text: string;
  /** The secret value (the `secretGroup` capture, or the whole match). */
  readonly value: string;
  /** Offset of `value` in `text`. */
  readonly start: number;
  /** The full regex match array (named groups available as match.groups). */
  readonly match: RegExpExecArray;
  /**
   * When the match lies in a row of a delimited table that the rule ran over (see Rule.tableColumns): the
   * header of its column.
   */
  readonly column?: string;
  /** With `column`: every header of that table. */
  readonly headers?: readonly string[];
  /**
   * Scratch space of one scan, shared by every validator: what a validator learnt about the text (such as
   * which lines hold a label), kept under a key object of its own so that the next candidate need not
   * compute it again. Data full of numbers yields thousands of candidates per label-less line.
   */
  readonly memo?: Map<object, unknown>;
  /**
   * What the scanner remembers from one scan to the next, under a MemoKey of the rule's own (a phone
   * number's verdict): values that cost tens of microseconds each and recur on every rescan of a document.
   * Emptied by Scanner.forgetRememberedValues.
   */
  readonly remembered?: MemoRegistry;
}

/**
 * A validator's verdict: `false` drops the match; `true` keeps it as declared;
 * an object can lower severity/confidence (e.g. documentation values, test card numbers).
 */
export type ValidatorResult =
  | boolean
  | { severity?: Severity; confidence?: Confidence; note?: string };

export type Validator = (ctx: MatchContext) => ValidatorResult;

export interface NegativeExample {
  /** Text that must produce no finding for this rule (or only one of lower severity if `lowSeverity`). */
  readonly text: string;
  /** One line: why this is not a finding. */
  readonly reason: string;
}

export interface RuleExamples {
  /** Texts in which this rule must find something. */
  readonly positive: readonly string[];
  /** Texts in which this rule must find nothing, each with its reason. */
  readonly negative: readonly NegativeExample[];
  /**
   * Texts in which this rule finds something, but downgraded to severity 'low'
   * (documentation values, example.com addresses, test card numbers, private IPs...).
   */
  readonly lowSeverity?: readonly string[];
  /**
   * Texts in which this rule finds something, but only at confidence 'low': a plausible value whose strict
   * check failed (a checksum, a decoding, a missing label) is demoted, not dropped.
   */
  readonly lowConfidence?: readonly string[];
}

/**
 * Words near a match, searched as plain lower-case substrings within `window` characters on each side, across
 * line breaks (a JSON "auths" key or a YAML parent names what the next lines hold). For a whole label word on
 * the value's own line, rules use a validator instead (requireLabelOnLine, src/rules/pii/checks.ts).
 */
export interface NearbyText {
  /** Lower-case words; at least one must occur within `window` characters before/after the match. */
  readonly words: readonly string[];
  /** Characters searched on each side of the match. Default 80. */
  readonly window?: number;
  /** true: drop the match when no word is near. false: keep it at lower confidence. */
  readonly required: boolean;
}

export interface Rule {
  /** Stable kebab-case id, unique across the catalogue, e.g. 'aws-access-key-id'. */
  readonly id: string;
  /** Human title, e.g. 'AWS access key ID'. */
  readonly title: string;
  readonly category: Category;
  /**
   * Upper-snake kind used in placeholders, e.g. 'AWS_ACCESS_KEY' -> [REDACTED_AWS_ACCESS_KEY_1].
   * Several rules may share a kind.
   */
  readonly kind: string;
  readonly severity: Severity;
  /** Confidence when every validator passes. Default 'high'. */
  readonly confidence?: Confidence;
  /** One sentence: why a leak of this matters (shown in diagnostics and SARIF help). */
  readonly description: string;
  /**
   * Lower-case literals for the prefilter. The rule only runs near an occurrence of one of them
   * (see `window`). Each keyword must occur inside (or, with `window`, near) every real match.
   * Empty: the rule runs over the whole text (keep such rules few and cheap).
   */
  readonly keywords: readonly string[];
  /**
   * Those of `keywords` that count only where a word starts: after a character that is not an ASCII letter,
   * or at a camelCase hump ('homeTel:'), the word boundary of the PII label checks. A label such as 'tel '
   * then no longer wakes its rule inside 'Intel Mac OS X', on every line of a web log; a provider's prefix
   * that its pattern refuses after a letter (`(?<![A-Za-z0-9])AKIA`) no longer wakes it inside 'Slovakia'. For
   * the latter, every match must start with the keyword and end within the window after it: a longer match
   * would be cut where the spared occurrences' windows used to reach on.
   */
  readonly wordStartKeywords?: readonly string[];
  /**
   * A one-character class (ASCII): every keyword occurrence of this rule counts only right after a character
   * it accepts, none at the text's start. An e-mail address's '@' follows its local part; the '@' of code's
   * `@param`, `@Component` and `"@types/node"` follows a space or a quote, and wakes nothing.
   */
  readonly keywordAfter?: RegExp;
  /**
   * For rules without keywords: a short shape that occurs inside (or within `window` characters of) every
   * real match. The prefilter finds anchors in the same pass as keywords, and the rules that share an anchor
   * run only around its occurrences. Use the constants in src/engine/anchors.ts.
   */
  readonly anchor?: Anchor;
  /**
   * The pattern. Flags are taken from it, 'g' is added by the engine. Must be free of
   * catastrophic backtracking (a unit test checks every pattern with recheck).
   */
  readonly pattern: RegExp;
  /** Capture group (index or name) holding the sensitive value; default: the whole match. */
  readonly secretGroup?: number | string;
  /**
   * With `secretGroup`: how many characters of every match follow the group (0 when the pattern ends with
   * it, 1 when a closing quote follows it). The scanner then reads the value's place from the match itself
   * instead of asking the regex for the offsets of all its groups (the `d` flag, about a microsecond a match
   * with named groups), and the rule's validators get no `match.indices`. A test holds it true on the
   * rule's examples.
   */
  readonly secretGroupTail?: number;
  /**
   * Capture group where the value starts instead, such as one inside a leading look-behind: a pattern can
   * then begin at a rare character (the `@` of an e-mail address) and still report what stands before it.
   * The value ends where `secretGroup` (or the match) ends.
   */
  readonly valueStartGroup?: number | string;
  /** Minimum Shannon entropy (bits per char) of the value. */
  readonly minEntropy?: number;
  /** Words anywhere near the match, lines included (see NearbyText). */
  readonly nearbyText?: NearbyText;
  /** Skip the shared placeholder filter (`xxxx`, `<your-key>`, `${VAR}`, `changeme`...). Default false. */
  readonly allowPlaceholders?: boolean;
  /** Extra checks on the value (checksums, structure). All must accept. */
  readonly validators?: readonly Validator[];
  /**
   * How far around a keyword (or anchor) occurrence the pattern is run, in characters on each side, bounded
   * by the line unless `multiline`. Default 256 around keywords, 40 around anchors (a match must lie within
   * the occurrence's line and this many characters of it).
   */
  readonly window?: number;
  /**
   * Characters searched before a keyword occurrence, when fewer than `window`: for rules whose every match
   * starts at most this far before its keyword (a value after its secret-named key). Windows are searched
   * character by character, so a rule whose matches all follow the keyword saves half its cost.
   */
  readonly windowBefore?: number;
  /** The match may span lines (private key blocks...): the window is not clipped to the line. */
  readonly multiline?: boolean;
  /**
   * A cheap test of the text the pattern is about to run on (a window around keywords or an anchor, a table's
   * rows, a chunk): when it finds nothing there, the pattern does not run. Only for what every finding needs
   * within its window, such as a literal of the pattern (a closing tag, a comparison operator) or one the
   * validators demand on the value's line (`--set`): it spares a costly pattern the many windows where a
   * common keyword (`token`, `password`) stands in code that could never pass. Keep it much cheaper than
   * the pattern: a literal or two, no leading `.*`.
   */
  readonly windowNeeds?: RegExp;
  /**
   * The rule's keywords may label a column in the header row of a delimited table (CSV, TSV, Markdown...):
   * the rule then also runs over every row of the table, and its validators see each match's column
   * header (MatchContext.column). 'only': it runs in such tables and nowhere else (a keyword as common
   * as 'name' must not wake it everywhere).
   */
  readonly tableColumns?: true | 'only';
  /**
   * Set on the generated tolerant companions of provider rules (src/rules/tolerant.ts): the strict rules
   * whose shape this one relaxes. Disabling one of them disables the companion too.
   */
  readonly companionOf?: readonly string[];
  /** Ids of rules this one overrides when both match the same span (the more specific rule wins). */
  readonly overrides?: readonly string[];
  /**
   * Set only on user-defined rules: a linear-time matcher (re2js) used instead of `pattern`,
   * so that no user pattern can hang the editor.
   */
  readonly linearPattern?: LinearPattern;
  /** URL of documentation for this kind of credential (shown as "Learn more"). */
  readonly helpUrl?: string;
  readonly examples: RuleExamples;
}

/** The part of a re2js pattern the engine uses. */
export interface LinearPattern {
  matcher(input: string): { find(): boolean; start(group?: number): number; end(group?: number): number };
}

export interface Finding {
  readonly ruleId: string;
  readonly category: Category;
  readonly kind: string;
  readonly title: string;
  readonly description: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  /** UTF-16 offsets of the sensitive value in the scanned text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** 0-based line and UTF-16 column of start and end (as VS Code counts them). */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Masked preview, e.g. 'AKIA…WXYZ'. Never the raw value. */
  readonly masked: string;
  /**
   * Keyed hash of rule id + value (ScanOptions.fingerprinter; see src/engine/fingerprint.ts), for allowlists,
   * baselines and reports. Computed when first read (a copy of the finding reads it), never by the scan.
   */
  readonly fingerprint: string;
}

/** A user-defined rule (settings, CLI config). Its pattern runs in a linear-time engine. */
export interface CustomRuleSpec {
  readonly id: string;
  readonly pattern: string;
  readonly flags?: string;
  readonly title?: string;
  readonly category?: Category;
  readonly severity?: Severity;
  readonly description?: string;
}

export interface ScanOptions {
  /** Categories to report. Default both. */
  readonly categories?: readonly Category[];
  /** Rule ids not to run. */
  readonly disabledRules?: readonly string[];
  /** Compiled custom rules (see compileCustomRules); they run after the scanner's own. */
  readonly customRules?: readonly Rule[];
  /**
   * Raw values or fingerprints that are never reported: keyed ones (under `fingerprinter`) or the version-1
   * unkeyed ones of older allowlists.
   */
  readonly allowlist?: readonly string[];
  /** Computes Finding.fingerprint and matches the allowlist's. Default: one with a key of the scanner's own. */
  readonly fingerprinter?: Fingerprinter;
  /** Drop findings below this confidence. Default 'low' (keep all). */
  readonly minConfidence?: Confidence;
  /** Drop findings below this severity. Default 'low' (keep all). */
  readonly minSeverity?: Severity;
  /** Honour `privacy-guard-ignore` comments. Default true. */
  readonly inlineSuppression?: boolean;
}
