/**
 * One benchmarked tool in its own process (so that its peak RSS is its own):
 *   node worker.mjs <job.json> <result.json>
 * job: { tool, engine (bundle path), files: [path], stress: [{name, path}], peers? }
 * It reads and scans each file in turn (reading is part of the measured time), then each stress file
 * alone, and writes bytes, milliseconds, findings by rule (with a few masked examples) and peak RSS.
 * Plain JavaScript that imports only the bundled engine, so that it also runs under the Node 24 used
 * for the canary peer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const EXAMPLES_PER_RULE = 3;

/**
 * The engine's own mask (from the bundle), for the peers' raw values: never write one whole. Loaded
 * only by the peers that report raw values (it adds a few MB to their peak RSS).
 */
const loadMask = async (job) => (await import(pathToFileURL(job.engine).href)).mask;

/**
 * The character classes of a value, run-length encoded ('9{3}-9{2}-9{4}', 'a{2}A9{5}'): enough to see
 * why a rule fired, nothing of the value itself.
 */
function shapeOf(value) {
  const cls = (c) => (/[0-9]/.test(c) ? '9' : /[a-z]/.test(c) ? 'a' : /[A-Z]/.test(c) ? 'A' : /\s/.test(c) ? ' ' : c);
  let out = '';
  let prev = '';
  let run = 0;
  const flush = () => {
    if (run) out += run > 1 ? `${prev}{${run}}` : prev;
  };
  for (const ch of value) {
    const k = cls(ch);
    if (k === prev) run++;
    else {
      flush();
      prev = k;
      run = 1;
    }
  }
  flush();
  return out.length > 60 ? `${out.slice(0, 57)}...` : out;
}

/** The prefilter of the built-in catalogue (the keywords and anchors its rules declare), and each needle's name. */
async function builtinPrefilter(job) {
  const engine = await import(pathToFileURL(job.engine).href);
  const keywords = [...new Set(engine.builtinRules.flatMap((r) => r.keywords.map((k) => k.toLowerCase())))];
  const anchors = [...new Set(engine.builtinRules.flatMap((r) => (r.keywords.length === 0 && r.anchor ? [r.anchor] : [])))];
  const names = [...keywords, ...anchors.map((a) => `anchor:${a.name}`)];
  return { automaton: new engine.Prefilter(keywords, anchors.map((a) => a.shapes)), names };
}

/** Each tool: async setup returning scan(text, file) -> [{ruleId, line?, masked?}]. */
const tools = {
  async ours(job) {
    const engine = await import(pathToFileURL(job.engine).href);
    return (text) =>
      engine.scan(text).map((f) => ({
        ruleId: f.ruleId,
        line: f.line + 1,
        masked: f.masked,
        severity: f.severity,
        shape: shapeOf(text.slice(f.start, f.end)),
      }));
  },

  /**
   * Diagnostic, not a competitor: how often each keyword and each anchor wakes its rules (the prefilter's
   * output). Anchors are named "anchor:<name>".
   */
  async 'keyword-hits'(job) {
    const { automaton, names } = await builtinPrefilter(job);
    return (text) => {
      const out = [];
      automaton.scan(text, (needle) => out.push({ ruleId: names[needle] }));
      return out;
    };
  },

  /**
   * A lower bound of our design, not a competitor: reading plus the one prefilter pass that every scan makes
   * (both DFAs over every character), with no rule run and no hit kept. No scan of ours can be faster.
   */
  async prefilter(job) {
    const { automaton } = await builtinPrefilter(job);
    const onHit = () => {};
    return (text) => {
      automaton.scan(text, onHit);
      return [];
    };
  },

  async floor() {
    return (text) => {
      const out = [];
      for (const _ of text.matchAll(/AKIA[0-9A-Z]{16}/g)) out.push({ ruleId: 'floor-akia' });
      return out;
    };
  },

  secretlint: (job) => secretlint(job, true),
  'secretlint-noprof': (job) => secretlint(job, false),

  async canary(job) {
    const maskValue = await loadMask(job);
    const rules = await import(
      pathToFileURL(path.join(job.peers, 'node_modules/@coo-quack/sensitive-canary/dist/lib/rules.js')).href
    );
    return (text) => {
      try {
        return rules.scan(text).map((f) => ({ ruleId: f.ruleId, masked: maskValue(f.secretValue) }));
      } catch (e) {
        // Its own time budget (10 s a call) refuses a file: counted, never hidden.
        return [{ ruleId: `(error: ${e.name})`, masked: '' }];
      }
    };
  },
};

/** secretlint with the recommended preset, its always-on profiler left as shipped or neutralised. */
async function secretlint(job, profiler) {
  const maskValue = await loadMask(job);
  const base = path.join(job.peers, 'node_modules/@secretlint');
  const load = (p) => import(pathToFileURL(path.join(base, p)).href);
  const { loadPackagesFromConfigDescriptor } = await load('config-loader/module/index.js');
  const { lintSource } = await load('core/module/index.js');
  if (!profiler) {
    // The profiler records performance marks for every file and rule, and on each mark searches its
    // growing list of earlier ones and queues a measure: quadratic in the number of marks. Making
    // mark() a no-op on the shared singleton switches all of that off and changes no finding.
    const { secretLintProfiler } = await load('profiler/module/node.js');
    secretLintProfiler.mark = () => {};
  }
  const loaded = await loadPackagesFromConfigDescriptor({
    configDescriptor: { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] },
  });
  if (!loaded.ok) throw new Error(`secretlint config: ${JSON.stringify(loaded.errors)}`);
  return async (text, file) => {
    const res = await lintSource({
      source: { content: text, filePath: file, ext: path.extname(file), contentType: 'text' },
      options: { config: loaded.config, maskSecrets: true },
    });
    return res.messages.map((m) => ({
      ruleId: m.messageId ? `${m.ruleId.replace('@secretlint/secretlint-rule-', '')}/${m.messageId}` : m.ruleId,
      line: m.loc?.start?.line,
      masked: maskValue(text.slice(m.range[0], m.range[1])),
    }));
  };
}

function record(byRule, file, findings) {
  for (const f of findings) {
    let r = byRule[f.ruleId];
    if (!r) byRule[f.ruleId] = r = { count: 0, examples: [], severity: {} };
    r.count++;
    if (f.severity) r.severity[f.severity] = (r.severity[f.severity] ?? 0) + 1;
    if (r.examples.length < EXAMPLES_PER_RULE && f.masked !== undefined) {
      r.examples.push({ file, line: f.line, masked: f.masked, shape: f.shape });
    }
  }
}

async function main() {
  const [jobPath, resultPath] = process.argv.slice(2);
  const job = JSON.parse(fs.readFileSync(jobPath, 'utf8'));
  const t0 = performance.now();
  const scan = await tools[job.tool](job);
  const setupMs = performance.now() - t0;

  let bytes = 0;
  let findings = 0;
  const byRule = {};
  const byFile = new Map();
  const cpuMs = (since) => {
    const u = process.cpuUsage(since);
    return (u.user + u.system) / 1000;
  };
  const start = performance.now();
  const startCpu = process.cpuUsage();
  for (const file of job.files) {
    const text = fs.readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    const found = await scan(text, file);
    findings += found.length;
    if (found.length) byFile.set(file, found.length);
    record(byRule, file, found);
    // Let queued tasks run between files, as they do in any real program (secretlint's profiler
    // observer, for one, is called back from the task queue: without this it would never run).
    await new Promise(setImmediate);
  }
  const corpusMs = performance.now() - start;
  const corpusCpuMs = cpuMs(startCpu);

  // Each stress file is read and scanned STRESS_RUNS times and the median run is kept: one run of a
  // 1 MB file takes a few tens of milliseconds, where a garbage collection or a busy core decides the figure.
  const STRESS_RUNS = 5;
  const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
  const stress = [];
  for (const s of job.stress ?? []) {
    const walls = [];
    const cpus = [];
    let found = [];
    for (let run = 0; run < STRESS_RUNS; run++) {
      const t = performance.now();
      const c = process.cpuUsage();
      const text = fs.readFileSync(s.path, 'utf8');
      found = await scan(text, s.path);
      walls.push(performance.now() - t);
      cpus.push(cpuMs(c));
    }
    const stressByRule = {};
    record(stressByRule, s.path, found);
    stress.push({ name: s.name, bytes: fs.statSync(s.path).size, ms: median(walls), cpuMs: median(cpus), findings: found.length, byRule: stressByRule });
  }

  const result = {
    tool: job.tool,
    node: process.version,
    setupMs,
    files: job.files.length,
    bytes,
    corpusMs,
    corpusCpuMs,
    findings,
    byRule,
    topFiles: [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 5),
    stress,
    maxRssKB: process.resourceUsage().maxRSS,
  };
  fs.writeFileSync(resultPath, JSON.stringify(result));
}

await main();
