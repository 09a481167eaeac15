/**
 * The built-in catalogue wired to the engine, in one place: the extension, the CLI, the tests and the scripts
 * take their scanner from here. Nothing in src/engine imports src/rules.
 */
import { createScanner, type Finding, type ScanOptions } from './engine';
import { builtinRules } from './rules';

export { builtinRules };

/** The scanner of the built-in catalogue (compiled on its first scan). */
export const defaultScanner = createScanner(builtinRules);

/** Scans `text` with the built-in catalogue (and any custom rules in `options`). */
export function scan(text: string, options?: ScanOptions): Finding[] {
  return defaultScanner.scan(text, options);
}

/** Empties what the built-in scanner remembers between scans (see Scanner.forgetRememberedValues). */
export function forgetRememberedValues(): void {
  defaultScanner.forgetRememberedValues();
}
