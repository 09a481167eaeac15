import { GENERATORS } from './generators';
import { Rng } from './rng';
import type { Sample } from './types';

export const DEFAULT_SEED = 20251204;
export const DEFAULT_ROUNDS = 6;

/**
 * The evaluation set: `rounds` rounds of every generator. Each generator draws from a stream of its own
 * (forked from the seed by its name), so adding a generator leaves the others' samples unchanged.
 */
export function buildSet(seed = DEFAULT_SEED, rounds = DEFAULT_ROUNDS, only?: readonly string[]): Sample[] {
  const root = new Rng(seed);
  const samples: Sample[] = [];
  for (const g of GENERATORS) {
    if (only && !only.includes(g.name)) continue;
    const rng = root.fork(g.name);
    for (let i = 0; i < rounds; i++) samples.push(...g.generate(rng));
  }
  return samples;
}
