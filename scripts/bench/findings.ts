/**
 * `npm run bench:findings`: every finding on the clean bench corpus, part by part ('code', and 'beyond-code':
 * icon sets, docs, release notes, tests, @types/node and stripe; see scripts/bench/corpus.mjs). It prints, per
 * part, the MB, the findings at the default severity (medium and up) and per 10 MB, then lists each of those
 * findings (rule, severity/confidence, masked value, shape, file:line) so that someone looks at each one.
 *
 *   npm run bench:findings                          the corpus that `npm run bench` (or corpus.mjs) built
 *   npm run bench:findings -- --part=beyond-code    one part only
 *   npm run bench:findings -- --catalogue=PATH      another catalogue module (an older src/catalogue.ts, to compare)
 *   npm run bench:findings -- --low                 list the low-severity findings too
 *
 * Only masked values are printed. A measurement, never a test: it exits 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, ScanOptions } from '../../src/engine';

const projectDir = path.resolve(__dirname, '..', '..');
const corpusDir = path.join(projectDir, '.bench', 'corpus');
const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const MB = 1e6;

interface ManifestFile {
  readonly path: string;
  readonly bytes: number;
  /** Missing in manifests older than version 3: the whole corpus was code. */
  readonly part?: string;
}

/** The newest manifest in .bench/corpus. */
function manifest(): { name: string; files: ManifestFile[] } | undefined {
  if (!fs.existsSync(corpusDir)) return undefined;
  const name = fs
    .readdirSync(corpusDir)
    .filter((f) => /^manifest-v\d+\.json$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(b)![0]) - Number(/\d+/.exec(a)![0]))[0];
  return name ? { name, ...JSON.parse(fs.readFileSync(path.join(corpusDir, name), 'utf8')) } : undefined;
}

/** The shape of a value (character classes, run-length encoded): why a rule fired, nothing of the value. */
function shapeOf(value: string): string {
  const cls = (c: string) => (/[0-9]/.test(c) ? '9' : /[a-z]/.test(c) ? 'a' : /[A-Z]/.test(c) ? 'A' : /\s/.test(c) ? ' ' : c);
  const runs: [string, number][] = [];
  for (const ch of value) {
    const k = cls(ch);
    if (runs.length && runs[runs.length - 1][0] === k) runs[runs.length - 1][1]++;
    else runs.push([k, 1]);
  }
  const out = runs.map(([k, n]) => (n > 1 ? `${k}{${n}}` : k)).join('');
  return out.length > 40 ? `${out.slice(0, 37)}...` : out;
}

async function main(): Promise<void> {
  const m = manifest();
  if (!m) {
    console.log('No bench corpus: run `node scripts/bench/corpus.mjs` (or `npm run bench`) first.');
    return;
  }
  const catalogue = option('catalogue') ?? path.join(projectDir, 'src', 'catalogue.ts');
  const { scan } = (await import(pathToFileURL(path.resolve(catalogue)).href)) as { scan: (text: string, options?: ScanOptions) => Finding[] };
  const onlyPart = option('part');
  const listLow = args.includes('--low');

  const parts = new Map<string, { bytes: number; files: number; atDefault: string[]; low: string[]; byRule: Map<string, number> }>();
  for (const f of m.files) {
    const part = f.part ?? 'code';
    if (onlyPart && part !== onlyPart) continue;
    let p = parts.get(part);
    if (!p) parts.set(part, (p = { bytes: 0, files: 0, atDefault: [], low: [], byRule: new Map() }));
    p.bytes += f.bytes;
    p.files++;
    const text = fs.readFileSync(f.path, 'utf8');
    for (const x of scan(text)) {
      const line = `${x.ruleId}  ${x.severity}/${x.confidence}  ${x.masked}  shape ${shapeOf(text.slice(x.start, x.end))}  ${path.relative(path.join(corpusDir, 'packages'), f.path)}:${x.line + 1}`;
      if (x.severity === 'low') p.low.push(line);
      else {
        p.atDefault.push(line);
        p.byRule.set(x.ruleId, (p.byRule.get(x.ruleId) ?? 0) + 1);
      }
    }
  }

  console.log(`Findings on the clean bench corpus (${m.name}), catalogue ${path.relative(projectDir, path.resolve(catalogue))}`);
  for (const [part, p] of parts) {
    const per10 = (n: number) => ((n / p.bytes) * 10 * MB).toFixed(2);
    console.log('');
    console.log(
      `== ${part}: ${p.files} files, ${(p.bytes / MB).toFixed(1)} MB: ${p.atDefault.length} findings at the default severity ` +
        `(${per10(p.atDefault.length)} per 10 MB), ${p.low.length} at low severity (${per10(p.low.length)} per 10 MB) ==`,
    );
    console.log(`by rule: ${[...p.byRule].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', ') || 'none'}`);
    for (const line of p.atDefault) console.log(`  ${line}`);
    if (listLow) for (const line of p.low) console.log(`  (low) ${line}`);
  }
}

void main();
