/**
 * Public API of the detection engine. The engine knows no rules of its own: it is handed a catalogue
 * (createScanner); the built-in one is wired in src/catalogue.ts.
 */
export * from './types';
export { createScanner, fingerprint, SUPPRESSION_MARKER, type Scanner } from './scan';
export { redact, restore, PLACEHOLDER_PATTERN, type Redaction } from './redact';
export { mask } from './mask';
export { MemoKey, type MemoRegistry } from './memo';
export { compileCustomRules, type CustomRuleError } from './custom';
