/**
 * User-defined rules (settings, CLI). Their patterns run in re2js, a linear-time engine, so a user's
 * pattern can never hang the editor; patterns re2js cannot run (backreferences, lookaround) are refused
 * with a message that says why.
 */
import { RE2JS } from 're2js';
import type { Category, CustomRuleSpec, Rule, Severity } from './types';

export interface CustomRuleError {
  /** Index of the entry in the list given. */
  readonly index: number;
  readonly id?: string;
  /** The entry's field the error is about ("id", "pattern", "title"...), when it is about one. */
  readonly field?: string;
  /** Never quotes the pattern or any other value: a pattern may hold a literal token. */
  readonly message: string;
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const CATEGORIES: readonly Category[] = ['secret', 'pii'];
const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];
const FIELDS: readonly (keyof CustomRuleSpec)[] = ['id', 'pattern', 'flags', 'title', 'category', 'severity', 'description'];
const MAX_PATTERN_LENGTH = 2000;
const MAX_TITLE_LENGTH = 200;
const MAX_DESCRIPTION_LENGTH = 2000;

/** A problem with one field of one entry; thrown inside compileOne, collected by compileCustomRules. */
class FieldError extends Error {
  constructor(
    readonly field: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

function flagsFor(flags: string): number {
  let f = 0;
  for (const ch of flags) {
    if (ch === 'i') f |= RE2JS.CASE_INSENSITIVE;
    else if (ch === 'm') f |= RE2JS.MULTILINE;
    else if (ch === 's') f |= RE2JS.DOTALL;
    else if (ch !== 'g' && ch !== 'u') throw new FieldError('flags', 'may hold only the letters i, m and s');
  }
  return f;
}

/**
 * Why re2js refused a pattern, in words that never quote it. re2js says where it stopped by quoting the
 * offending fragment (its `input`); that fragment is located in the pattern and only its position is told.
 */
function describeSyntaxError(pattern: string, e: unknown): string {
  const error = (e as { error?: unknown }).error;
  const fragment = (e as { input?: unknown }).input;
  if (typeof error !== 'string') return 'it cannot be parsed';
  const at = typeof fragment === 'string' ? pattern.indexOf(fragment) : -1;
  let what = error;
  if (typeof fragment === 'string') {
    if (/^\\[1-9]/.test(fragment)) what = 'backreferences are not supported';
    else if (fragment.startsWith('(?<=') || fragment.startsWith('(?<!')) what = 'lookbehind is not supported';
    else if (fragment.startsWith('(?=') || fragment.startsWith('(?!')) what = 'lookahead is not supported';
  }
  // "missing closing )" quotes the whole pattern: the parser noticed at its end.
  const where = at < 0 || fragment === pattern ? 'at the end of the pattern' : `at character ${at + 1}`;
  const engine = what === error ? '; patterns run in a linear-time engine: no backreferences or lookaround' : '';
  return `${what} (${where})${engine}`;
}

function compileOne(spec: Partial<Record<keyof CustomRuleSpec, unknown>>, id: string): Rule {
  for (const key of Object.keys(spec)) {
    if ((FIELDS as readonly string[]).includes(key)) continue;
    // A key is named only when it looks like one: an unknown key could itself be a pasted value.
    if (!/^[A-Za-z_][A-Za-z0-9_-]{0,39}$/.test(key)) throw new FieldError(undefined, `has a field that is not one of ${FIELDS.join(', ')}`);
    throw new FieldError(key, `is not a field of a custom rule (expected ${FIELDS.join(', ')})`);
  }
  const text = (field: 'title' | 'description', max: number): string | undefined => {
    const value = spec[field];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.trim() === '') throw new FieldError(field, 'must be a non-empty string');
    if (value.length > max) throw new FieldError(field, `is longer than ${max} characters`);
    // Shown in terminals and SARIF: a control character could forge or recolour output.
    if (/[\u0000-\u001f\u007f-\u009f]/.test(value)) throw new FieldError(field, 'must not hold control characters (line breaks, escapes)');
    return value;
  };
  const pattern = spec.pattern;
  if (typeof pattern !== 'string' || pattern.length === 0) throw new FieldError('pattern', 'must be a non-empty string');
  if (pattern.length > MAX_PATTERN_LENGTH) throw new FieldError('pattern', `is longer than ${MAX_PATTERN_LENGTH} characters`);
  if (spec.flags !== undefined && typeof spec.flags !== 'string') throw new FieldError('flags', 'must be a string of the letters i, m and s');
  const category = spec.category ?? 'secret';
  if (!CATEGORIES.includes(category as Category)) throw new FieldError('category', `must be one of ${CATEGORIES.join(', ')}`);
  const severity = spec.severity ?? 'high';
  if (!SEVERITIES.includes(severity as Severity)) throw new FieldError('severity', `must be one of ${SEVERITIES.join(', ')}`);
  const title = text('title', MAX_TITLE_LENGTH);
  const description = text('description', MAX_DESCRIPTION_LENGTH);
  const flags = flagsFor(spec.flags ?? '');
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(pattern, flags);
  } catch (e) {
    throw new FieldError('pattern', `cannot be used: ${describeSyntaxError(pattern, e)}`);
  }
  if (compiled.matcher('').find()) throw new FieldError('pattern', 'matches the empty string, so it would match everywhere');
  return {
    id: `custom.${id}`,
    title: title ?? id,
    category: category as Category,
    kind: `CUSTOM_${id.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`,
    severity: severity as Severity,
    confidence: 'high',
    description: description ?? 'Matches a pattern you defined as sensitive.',
    keywords: [],
    pattern: /(?!)/,
    linearPattern: compiled,
    allowPlaceholders: true,
    examples: { positive: [], negative: [] },
  };
}

/**
 * Validate and compile user rules. Every field is checked; invalid entries are reported (naming the
 * field, never quoting a value), never thrown, and left out.
 */
export function compileCustomRules(specs: unknown): { rules: Rule[]; errors: CustomRuleError[] } {
  const rules: Rule[] = [];
  const errors: CustomRuleError[] = [];
  if (specs === undefined || specs === null) return { rules, errors };
  if (!Array.isArray(specs)) {
    return { rules, errors: [{ index: -1, message: 'expected a list of rules' }] };
  }
  const seen = new Set<string>();
  specs.forEach((raw: unknown, index) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      errors.push({ index, message: 'expected an object with "id" and "pattern"' });
      return;
    }
    const spec = raw as Partial<Record<keyof CustomRuleSpec, unknown>>;
    const id = spec.id;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      errors.push({ index, field: 'id', message: '"id" must be 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit' });
      return;
    }
    if (seen.has(id)) {
      errors.push({ index, id, field: 'id', message: `duplicate id "${id}"` });
      return;
    }
    try {
      rules.push(compileOne(spec, id));
      seen.add(id);
    } catch (e) {
      if (!(e instanceof FieldError)) throw e;
      errors.push({ index, id, field: e.field, message: e.field ? `"${e.field}" ${e.message}` : e.message });
    }
  });
  return { rules, errors };
}
