import type { Rule } from '../../engine/types';
import { awsRules } from './aws';
import { azureRules } from './azure';
import { gcpRules } from './gcp';

/** Rules of this group, in the order they are tried (earlier wins a tie). */
export const rules: readonly Rule[] = [...awsRules, ...gcpRules, ...azureRules];
