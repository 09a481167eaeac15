/**
 * Shared anchors for rules that have no literal keyword (mostly PII: numbers and codes). Each anchor is run
 * once per text for all the rules that name it, so give rules the very same RegExp object from here.
 * An anchor must match inside (or within the rule's window of) every real match of each rule using it,
 * and must itself be cheap: a narrow first character and no backtracking.
 */

/** Six digits, optionally separated by single spaces, dots, dashes or slashes (cards, national ids, accounts). */
export const DIGIT_RUN = /\d(?:[ .\/-]?\d){5}/;

/** An upper-case letter directly followed by a digit (IBAN, UK NINO, Indian PAN, codice fiscale, ...). */
export const UPPER_THEN_DIGIT = /[A-Z]\d/;

/** Two hex digits and a colon or dash followed by two more (MAC addresses). */
export const HEX_PAIR_SEPARATED = /[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]/;
