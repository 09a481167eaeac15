/**
 * The built-in rule catalogue. Each group folder holds one file per provider or PII kind;
 * its index.ts lists them.
 */
import type { Rule } from '../engine/types';
import { rules as ai } from './ai';
import { rules as cloud } from './cloud';
import { rules as code } from './code';
import { rules as generic } from './generic';
import { rules as pii } from './pii';
import { rules as saas } from './saas';
import { withTolerantCompanions } from './tolerant';

/**
 * A provider rule that reports a value is a better answer than a generic rule that found the same value by
 * its surroundings (a secret-named key, a header): it names the provider and knows its public values, so it
 * overrides them (taking their confidence when it is higher: see resolveOverlaps). A provider rule that
 * rejects a value reports nothing, and the generic rules then judge it as any other.
 */
const genericSecretIds = generic.filter((r) => r.category === 'secret').map((r) => r.id);
const overridingGenerics = (r: Rule): Rule => ({
  ...r,
  overrides: [...(r.overrides ?? []), ...genericSecretIds.filter((id) => !(r.overrides ?? []).includes(id))],
});
const notProvider = new Set([...generic, ...pii]);

/** Specific provider rules first, so that they win ties against generic ones; their tolerant companions last. */
export const builtinRules: readonly Rule[] = withTolerantCompanions([...cloud, ...code, ...ai, ...saas], [...generic, ...pii]).map((r) =>
  notProvider.has(r) ? r : overridingGenerics(r),
);
