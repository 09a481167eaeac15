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

/** Specific provider rules first, so that they win ties against generic ones. */
export const builtinRules: readonly Rule[] = [...cloud, ...code, ...ai, ...saas, ...generic, ...pii];
