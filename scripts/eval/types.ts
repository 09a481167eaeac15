import type { Category } from '../../src/engine';
import type { Rng } from './rng';

/** A sensitive value a sample holds, which the scan must cover. */
export interface Expected {
  readonly category: Category;
  /** What kind of value it is, as the eval reports it: 'password', 'aws-access-key-id', 'email'... */
  readonly kind: string;
  /** The value exactly as written in the text (escaped as the syntax escapes it), found with indexOf. */
  readonly value: string;
  /**
   * 'low': a documentation or placeholder value (`user:pass`, `example.com`, a published test card): it
   * must be found at `--min-severity low` and must not show at the default, where it counts as a false alarm.
   */
  readonly severity?: 'low';
}

/** One labelled text of the evaluation set. */
export interface Sample {
  /** The generator that made it. */
  readonly generator: string;
  /** The syntax it is written in: 'env', 'yaml', 'python', 'curl', 'prose', 'csv'... */
  readonly syntax: string;
  /** For a negative sample (no `expected`), the class of look-alike it is: 'type-annotation', 'env-lookup'... */
  readonly negative?: string;
  readonly text: string;
  /** Every sensitive value in the text; empty for a negative sample. */
  readonly expected: readonly Expected[];
}

/**
 * A generator of samples. `generate` makes one round: typically one sample per kind and syntax it knows,
 * each with fresh random values drawn from `rng`. The runner calls it once per round, so the set grows
 * with `--rounds` and stays the same for the same seed.
 */
export interface Generator {
  /** Unique, kebab-case: it names the generator's samples in the report. */
  readonly name: string;
  generate(rng: Rng): Sample[];
}
