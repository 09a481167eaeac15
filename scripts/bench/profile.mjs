/**
 * Summarises a V8 .cpuprofile (node --cpu-prof) of our scan: self time per function, and per rule.
 * V8 gives a compiled regex its own node ("RegExp: <source>"), which names the rule that owns it; a
 * function in our esbuild bundle is placed in its source module by the bundle's `// src/...` comments.
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
      const m = /^\/\/ ((?:src|scripts|node_modules)\/\S+)$/.exec(line);
      if (m) sections.push([i, m[1]]);
    });
  return (line) => {
    let found = path.basename(bundlePath);
    for (const [start, name] of sections) if (start <= line) found = name;
    return found;
  };
}

/**
 * Returns { totalMs, top: [{name, where, selfMs, share}], rules: [{id, woken, selfMs, share}] }.
 * `rules` is the catalogue (to name the rule behind each regex).
 */
export function summariseProfile(profilePath, bundlePath, rules, limit = 15) {
  const prof = JSON.parse(fs.readFileSync(profilePath, 'utf8'));
  const sectionOf = bundleSections(bundlePath);
  const bundleUrl = pathToFileURL(bundlePath).href;
  const bySource = new Map();
  for (const r of rules) bySource.set(r.pattern.source, [...(bySource.get(r.pattern.source) ?? []), r]);

  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  prof.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const fns = new Map();
  const perRule = new Map();
  let total = 0;
  for (const [id, us] of selfUs) {
    const { callFrame: f } = byId.get(id);
    total += us;
    let name = f.functionName || '(anonymous)';
    let where = f.url === bundleUrl ? sectionOf(f.lineNumber) : f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : '';
    if (name.startsWith('RegExp: ')) {
      const owners = bySource.get(name.slice('RegExp: '.length));
      if (owners) {
        where = owners.map((r) => r.id).join(',');
        for (const r of owners) {
          const woken = r.keywords.length > 0 ? 'keywords' : r.anchor ? `anchor ${r.anchor.name}` : 'NONE';
          const e = perRule.get(r.id) ?? { id: r.id, woken, selfMs: 0 };
          e.selfMs += us / 1000 / owners.length;
          perRule.set(r.id, e);
        }
      } else where = 'engine';
      if (name.length > 64) name = `${name.slice(0, 61)}...`;
    }
    const key = `${name}\u0000${where}`;
    const a = fns.get(key) ?? { name, where, selfMs: 0 };
    a.selfMs += us / 1000;
    fns.set(key, a);
  }
  const totalMs = total / 1000;
  const share = (list) => list.map((t) => ({ ...t, share: t.selfMs / totalMs }));
  return {
    totalMs,
    profilePath,
    top: share([...fns.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, limit)),
    rules: share([...perRule.values()].sort((a, b) => b.selfMs - a.selfMs)),
  };
}
