import type { Rule } from '../../engine/types';
import { githubRules } from './github';

/** Rules of this group, in the order they are tried (earlier wins a tie). */
export const rules: readonly Rule[] = [...githubRules];
