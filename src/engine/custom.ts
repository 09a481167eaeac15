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
  readonly message: string;
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const CATEGORIES: readonly Category[] = ['secret', 'pii'];
const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

function flagsFor(flags: string): number {
  let f = 0;
  for (const ch of flags) {
    if (ch === 'i') f |= RE2JS.CASE_INSENSITIVE;
    else if (ch === 'm') f |= RE2JS.MULTILINE;
    else if (ch === 's') f |= RE2JS.DOTALL;
    else if (ch !== 'g' && ch !== 'u') throw new Error(`unsupported flag '${ch}' (use i, m, s)`);
  }
  return f;
}

/** Validate and compile user rules. Invalid entries are reported, never thrown, and left out. */
export function compileCustomRules(specs: unknown): { rules: Rule[]; errors: CustomRuleError[] } {
  const rules: Rule[] = [];
  const errors: CustomRuleError[] = [];
  if (specs === undefined || specs === null) return { rules, errors };
  if (!Array.isArray(specs)) {
    return { rules, errors: [{ index: -1, message: 'expected a list of rules' }] };
  }
  const seen = new Set<string>();
  specs.forEach((raw: unknown, index) => {
    const spec = raw as Partial<CustomRuleSpec> | null;
    if (typeof spec !== 'object' || spec === null) {
      errors.push({ index, message: 'expected an object with "id" and "pattern"' });
      return;
    }
    const id = spec.id;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      errors.push({ index, message: '"id" must be 1-64 letters, digits, ".", "_" or "-"' });
      return;
    }
    if (seen.has(id)) {
      errors.push({ index, id, message: `duplicate id "${id}"` });
      return;
    }
    if (typeof spec.pattern !== 'string' || spec.pattern.length === 0) {
      errors.push({ index, id, message: '"pattern" must be a non-empty string' });
      return;
    }
    if (spec.pattern.length > 2000) {
      errors.push({ index, id, message: '"pattern" is longer than 2000 characters' });
      return;
    }
    const category = spec.category ?? 'secret';
    if (!CATEGORIES.includes(category)) {
      errors.push({ index, id, message: `"category" must be one of ${CATEGORIES.join(', ')}` });
      return;
    }
    const severity = spec.severity ?? 'high';
    if (!SEVERITIES.includes(severity)) {
      errors.push({ index, id, message: `"severity" must be one of ${SEVERITIES.join(', ')}` });
      return;
    }
    let compiled: RE2JS;
    try {
      compiled = RE2JS.compile(spec.pattern, flagsFor(spec.flags ?? ''));
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      errors.push({
        index,
        id,
        message: `pattern cannot be used: ${why} (patterns run in a linear-time engine: no backreferences or lookaround)`,
      });
      return;
    }
    if (compiled.matcher('').find()) {
      errors.push({ index, id, message: 'pattern matches the empty string, so it would match everywhere' });
      return;
    }
    seen.add(id);
    rules.push({
      id: `custom.${id}`,
      title: spec.title ?? id,
      category,
      kind: `CUSTOM_${id.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`,
      severity,
      confidence: 'high',
      description: spec.description ?? 'Matches a pattern you defined as sensitive.',
      keywords: [],
      pattern: /(?!)/,
      linearPattern: compiled,
      allowPlaceholders: true,
      examples: { positive: [], negative: [] },
    });
  });
  return { rules, errors };
}
