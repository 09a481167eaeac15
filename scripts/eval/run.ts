/**
 * `npm run eval`: builds the labelled evaluation set (seeded, so the same on every machine), scans it and
 * prints recall per kind and per syntax, precision and false alarms on negatives at each threshold; then,
 * when the bench corpus exists (`npm run bench` builds it in .bench/), the findings on that clean code.
 *
 *   npm run eval                          everything
 *   npm run eval -- --rounds=20           a bigger set (default 6 rounds of every generator)
 *   npm run eval -- --seed=7              another draw
 *   npm run eval -- --only=http,pii       only these generators
 *   npm run eval -- --show=20             print up to 20 samples with a miss or a false alarm (default threshold)
 *   npm run eval -- --show=20 --show-at=1 the same at the second threshold (--min-severity low)
 *   npm run eval -- --json                the figures as JSON
 *   npm run eval -- --no-corpus           skip the clean corpus
 *
 * The values are fakes made here, so printing a miss shows nothing real.
 */
import fs from 'node:fs';
import path from 'node:path';
import { scan } from '../../src/catalogue';
import { rate, score, THRESHOLDS, type Ratio, type Scores } from './score';
import { buildSet, DEFAULT_ROUNDS, DEFAULT_SEED } from './set';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const flag = (name: string) => args.includes(`--${name}`);

const seed = Number(option('seed') ?? DEFAULT_SEED);
const rounds = Number(option('rounds') ?? DEFAULT_ROUNDS);
const only = option('only')?.split(',');
const show = Number(option('show') ?? 0);
/** Which threshold --show prints the misses of: its index in THRESHOLDS (0 = default). */
const showAt = Number(option('show-at') ?? 0);

const pct = (r: Ratio | undefined) => (r && r.total > 0 ? `${(100 * rate(r)).toFixed(1).padStart(5)}%` : '     -');
const count = (r: Ratio | undefined) => (r ? `${r.found}/${r.total}` : '-');

/** One table: a row per key, a column per threshold. */
function table(title: string, results: readonly Scores[], pick: (s: Scores) => Map<string, Ratio>, sort = true): string {
  const keys = [...new Set(results.flatMap((r) => [...pick(r).keys()]))];
  if (sort) keys.sort();
  const width = Math.max(title.length, ...keys.map((k) => k.length));
  const head = `${title.padEnd(width)}  ${results.map((r) => r.threshold.name.padStart(22)).join('')}`;
  const rows = keys.map((k) => `${k.padEnd(width)}  ${results.map((r) => `${pct(pick(r).get(k))} ${count(pick(r).get(k)).padStart(9)}`.padStart(22)).join('')}`);
  return [head, ...rows].join('\n');
}

function report(results: readonly Scores[], sampleCount: number): void {
  const t = THRESHOLDS.map((x) => `${x.name} (confidence >= ${x.minConfidence}, severity >= ${x.minSeverity})`).join('; ');
  console.log(`Evaluation set: ${sampleCount} samples, seed ${seed}, ${rounds} rounds. Thresholds: ${t}.\n`);
  const summary = new Map<string, Map<string, Ratio>>();
  const summaryOf = (s: Scores) => {
    let m = summary.get(s.threshold.name);
    if (!m) {
      m = new Map([
        ['secret recall', s.byCategory.get('secret') ?? { found: 0, total: 0 }],
        ['pii recall', s.byCategory.get('pii') ?? { found: 0, total: 0 }],
        ['precision', s.precision],
        ['false alarms on negatives', s.negatives],
        ['placeholder values shown', s.lowValuesShown],
      ]);
      summary.set(s.threshold.name, m);
    }
    return m;
  };
  console.log(table('summary', results, summaryOf, false) + '\n');
  console.log(table('recall by kind', results, (s) => s.byKind) + '\n');
  console.log(table('recall by syntax', results, (s) => s.bySyntax) + '\n');
  console.log(table('false alarms by negative class', results, (s) => s.negativesByClass) + '\n');
}

function showMisses(s: Scores): void {
  console.log(`Samples with a miss or a false alarm at '${s.threshold.name}' (${s.misses.length}; first ${show}):`);
  for (const m of s.misses.slice(0, show)) {
    const what = [
      ...m.missed.map((e) => `missed ${e.kind} ${JSON.stringify(e.value)}`),
      ...m.falseAlarms.map((f) => `false alarm ${f.ruleId} ${JSON.stringify(m.sample.text.slice(f.start, f.end))}`),
    ].join('; ');
    console.log(`--- ${m.sample.generator}/${m.sample.syntax}${m.sample.negative ? ` (${m.sample.negative})` : ''}: ${what}\n${m.sample.text.trimEnd()}`);
  }
  console.log('');
}

/** The newest corpus manifest that `npm run bench` left in .bench/corpus, if any. */
function corpusManifest(): { file: string; files: { path: string; bytes: number }[] } | undefined {
  const dir = path.resolve(__dirname, '..', '..', '.bench', 'corpus');
  if (!fs.existsSync(dir)) return undefined;
  const manifests = fs
    .readdirSync(dir)
    .filter((f) => /^manifest-v\d+\.json$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(b)![0]) - Number(/\d+/.exec(a)![0]));
  if (manifests.length === 0) return undefined;
  const file = path.join(dir, manifests[0]);
  return { file, ...JSON.parse(fs.readFileSync(file, 'utf8')) };
}

interface CorpusResult {
  readonly manifest: string;
  readonly bytes: number;
  readonly byThreshold: { threshold: string; findings: number; nonEmail: number; perTenMB: number; nonEmailPerTenMB: number; byRule: Record<string, number> }[];
  readonly examples: string[];
}

/** Findings on the clean corpus (real code from npm packages: every finding there is a false alarm or a maintainer's e-mail). */
function corpus(): CorpusResult | undefined {
  const m = corpusManifest();
  if (!m) return undefined;
  let bytes = 0;
  const byThreshold = THRESHOLDS.map((t) => ({ threshold: t.name, findings: 0, nonEmail: 0, perTenMB: 0, nonEmailPerTenMB: 0, byRule: {} as Record<string, number> }));
  const examples: string[] = [];
  for (const f of m.files) {
    const text = fs.readFileSync(f.path, 'utf8');
    bytes += f.bytes;
    const all = scan(text, { minConfidence: 'low', minSeverity: 'low' });
    THRESHOLDS.forEach((t, i) => {
      const rank = { low: 0, medium: 1, high: 2 };
      const kept = all.filter((x) => rank[x.confidence] >= rank[t.minConfidence] && rank[x.severity] >= rank[t.minSeverity]);
      const row = byThreshold[i];
      for (const x of kept) {
        row.findings++;
        if (x.ruleId !== 'email-address') row.nonEmail++;
        row.byRule[x.ruleId] = (row.byRule[x.ruleId] ?? 0) + 1;
        if (i === (showAt < THRESHOLDS.length ? showAt : 0) && examples.length < 60) examples.push(`${path.relative(path.dirname(m.file), f.path)}:${x.line + 1}  ${x.ruleId}  ${x.severity}/${x.confidence}  ${x.masked}`);
      }
    });
  }
  for (const row of byThreshold) {
    row.perTenMB = (row.findings / bytes) * 10 * 1024 * 1024;
    row.nonEmailPerTenMB = (row.nonEmail / bytes) * 10 * 1024 * 1024;
  }
  return { manifest: path.basename(m.file), bytes, byThreshold, examples };
}

function main(): void {
  const samples = buildSet(seed, rounds, only);
  const results = score(samples);
  const corpusResult = flag('no-corpus') ? undefined : corpus();
  if (flag('json')) {
    const plain = (m: Map<string, Ratio>) => Object.fromEntries([...m].map(([k, v]) => [k, { ...v, rate: rate(v) }]));
    const out = results.map((r) => ({
      threshold: r.threshold,
      byCategory: plain(r.byCategory),
      byKind: plain(r.byKind),
      bySyntax: plain(r.bySyntax),
      precision: { ...r.precision, rate: rate(r.precision) },
      negatives: { ...r.negatives, rate: rate(r.negatives) },
      negativesByClass: plain(r.negativesByClass),
      lowValuesShown: r.lowValuesShown,
    }));
    console.log(JSON.stringify({ seed, rounds, samples: samples.length, results: out, corpus: corpusResult }, null, 2));
    return;
  }
  report(results, samples.length);
  if (show > 0) showMisses(results[showAt] ?? results[0]);
  if (corpusResult) {
    console.log(`Clean corpus (.bench/corpus, ${corpusResult.manifest}): ${(corpusResult.bytes / 1024 / 1024).toFixed(1)} MB of code from npm packages.`);
    for (const row of corpusResult.byThreshold) {
      const top = Object.entries(row.byRule)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([id, n]) => `${id} ${n}`)
        .join(', ');
      console.log(`  ${row.threshold.padEnd(18)} ${String(row.findings).padStart(5)} findings, ${row.perTenMB.toFixed(2)} per 10 MB; without e-mail addresses ${row.nonEmailPerTenMB.toFixed(2)} per 10 MB${top ? `  (${top})` : ''}`);
    }
    if (show > 0) for (const e of corpusResult.examples.slice(0, show)) console.log(`    ${e}`);
  } else if (!flag('no-corpus')) {
    console.log('Clean corpus: not built (run `npm run bench` once, or `node scripts/bench/corpus.mjs` to build only the corpus in .bench/).');
  }
}

main();
