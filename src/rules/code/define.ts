/**
 * Shared building blocks for the cloud and code rule files: boundaries and the usual
 * "name = value" assignment shape, so that every rule spells them the same way.
 */

/** An assignment operator with optional quotes and spaces: `=`, `:`, `=>`, `:=`, `"key": "`. */
export const ASSIGN = String.raw`["']?\s{0,4}(?:[:=]|=>|:=)\s{0,4}["']?`;

/**
 * Builds the pattern `<name>... <assign> <value>` with the value in group 1: `name` is a regex source
 * for the variable name (matched case-insensitively), `value` the regex source of the secret.
 * The value must not continue with a character of `tail` (default: alphanumerics).
 */
export function namedValue(name: string, value: string, tail = 'A-Za-z0-9'): RegExp {
  return new RegExp(String.raw`(?:${name})[A-Za-z0-9_.-]{0,20}${ASSIGN}(${value})(?![${tail}])`, 'i');
}
