/** Public API of the detection engine. */
export * from './types';
export { scan, fingerprint, SUPPRESSION_MARKER } from './scan';
export { redact, restore, PLACEHOLDER_PATTERN, type Redaction } from './redact';
export { mask } from './mask';
export { forgetRememberedValues } from './memo';
export { compileCustomRules, type CustomRuleError } from './custom';
export { builtinRules } from '../rules';
