/**
 * Summarises a V8 .cpuprofile (node --cpu-prof): self time per function, with the source file of
 * functions in our esbuild bundle recovered from the bundle's `// src/...` section comments.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Line (0-based) -> source module, from esbuild's `// src/engine/scan.ts` markers. */
function bundleSections(bundlePath) {
  const sections = [];
  fs.readFileSync(bundlePath, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
      if (m) sections.push([i, m[1]]);
    });
  return (line) => {
    let found = 'bundle';
    for (const [start, name] of sections) if (start <= line) found = name;
    return found;
  };
}

/** Returns { totalMs, top: [{name, where, selfMs, share}] } for the `limit` largest self times. */
export function summariseProfile(profilePath, bundlePath, limit = 15) {
  const prof = JSON.parse(fs.readFileSync(profilePath, 'utf8'));
  const sectionOf = bundleSections(bundlePath);
  const bundleUrl = pathToFileURL(bundlePath).href;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  prof.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const agg = new Map();
  let total = 0;
  for (const [id, us] of selfUs) {
    const { callFrame: f } = byId.get(id);
    total += us;
    let where = f.url ? path.basename(f.url) : '';
    if (f.url === bundleUrl) where = sectionOf(f.lineNumber);
    const name = f.functionName || '(anonymous)';
    const key = `${name}\u0000${where}:${f.lineNumber + 1}`;
    const a = agg.get(key) ?? { name, where: f.url ? `${where}:${f.lineNumber + 1}` : '', selfMs: 0 };
    a.selfMs += us / 1000;
    agg.set(key, a);
  }
  const top = [...agg.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, limit);
  for (const t of top) t.share = t.selfMs / (total / 1000);
  return { totalMs: total / 1000, top, profilePath };
}
