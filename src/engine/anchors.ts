/**
 * Shared anchors for rules that have no literal keyword (mostly PII: numbers and codes). Each anchor is run
 * once per text for all the rules that name it, so give rules the very same RegExp object from here.
 * An anchor must match inside (or within the rule's window of) every real match of each rule using it,
 * and must itself be cheap: a narrow first character and no backtracking (the pattern-safety test checks).
 * No anchor match may be longer than 16 characters (ANCHOR_MAX_LENGTH in scan.ts): the engine only learns
 * where a match ends and takes it to start at most that far before.
 */

/**
 * Six digits, each optionally separated by one space, dot, dash or slash (cards, phone numbers, national ids,
 * IBANs), or the "/XXXX-99" block of a formatted alphanumeric Brazilian CNPJ.
 */
export const ID_NUMBER = /\d(?:[ .\/-]?\d){5}|\/[0-9A-Z]{4}-\d{2}/;

/** Every anchor, for the pattern-safety test. */
export const ALL_ANCHORS: readonly RegExp[] = [ID_NUMBER];
