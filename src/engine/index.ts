/**
 * Public API of the detection engine. The engine knows no rules of its own: it is handed a catalogue
 * (createScanner); the built-in one is wired in src/catalogue.ts.
 */
export * from './types';
export { createScanner, SUPPRESSION_MARKER, type Scanner } from './scan';
export {
  Fingerprinter,
  FINGERPRINT_LENGTH,
  isFingerprintKey,
  isGuessable,
  LEGACY_FINGERPRINT_LENGTH,
  legacyFingerprint,
  newFingerprintKey,
  SLOW_FINGERPRINT_COST,
  type FingerprinterOptions,
} from './fingerprint';
export { redact, restore, PLACEHOLDER_PATTERN, type Redaction } from './redact';
export { mask } from './mask';
export { MemoKey, type MemoRegistry } from './memo';
export { compileCustomRules, type CustomRuleError } from './custom';
