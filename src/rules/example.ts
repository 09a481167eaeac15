/**
 * Marks example data that a rule builder receives as an argument (fake, well-formed secrets for the
 * tests). Production builds replace every call with an empty list (scripts/build.mjs, stripRuleExamples),
 * as they empty every `examples`, `positive`, `negative` and `lowSeverity` property, so that no example
 * value ships in the extension or the CLI.
 */
export function example<T>(data: T): T {
  return data;
}
