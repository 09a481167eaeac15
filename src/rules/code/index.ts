import type { Rule } from '../../engine/types';
import { githubRules } from './github';
import { gitlabRules } from './gitlab';

/** Rules of this group, in the order they are tried (earlier wins a tie). */
export const rules: readonly Rule[] = [...githubRules, ...gitlabRules];
