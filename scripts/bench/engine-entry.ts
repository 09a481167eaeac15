/**
 * What the benchmark bundles (esbuild) and runs: the engine's public scan, plus the prefilter automaton
 * and the catalogue, so that the bench can count keyword hits and name the rule behind a profiled regex,
 * and the engine's mask, with which every tool's findings are masked before they are written.
 */
export { scan, builtinRules } from '../../src/catalogue';
export { mask } from '../../src/engine';
export { Prefilter } from '../../src/engine/prefilter';
