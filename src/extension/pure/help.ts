/** Where "Learn more" leads for a rule. Pure. */
import { builtinRules } from '../../catalogue';
import type { Category } from '../../engine';

/** General guidance when a rule has no page of its own. */
export const SECRETS_GUIDE_URL = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';
export const PRIVACY_GUIDE_URL = 'https://cheatsheetseries.owasp.org/cheatsheets/User_Privacy_Protection_Cheat_Sheet.html';

const HELP_BY_RULE = new Map(builtinRules.filter((r) => r.helpUrl).map((r) => [r.id, r.helpUrl!]));

export function helpUrlFor(ruleId: string, category: Category): string {
  return HELP_BY_RULE.get(ruleId) ?? (category === 'pii' ? PRIVACY_GUIDE_URL : SECRETS_GUIDE_URL);
}
