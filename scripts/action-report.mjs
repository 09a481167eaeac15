// The GitHub Action's report step (action.yml): reads the SARIF the scan wrote and, with @actions/core,
//  - annotates the run with each finding (shown on the run and in a pull request's diff, also where code
//    scanning is not available), with the masked value only, as in the SARIF;
//  - appends a table of the findings to the job summary;
//  - sets the outputs `findings` (all reported) and `failing` (at or above fail-on).
// Usage: node scripts/action-report.mjs <report.sarif> <fail-on: low | medium | high | never>
// Exit codes: 0 done (failing on findings is the action's last step, after the upload), 2 bad arguments or SARIF.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';

/** SARIF level -> our severity, its rank, and the annotation that shows it. */
const LEVELS = {
  error: { severity: 'high', rank: 3, annotate: core.error },
  warning: { severity: 'medium', rank: 2, annotate: core.warning },
  note: { severity: 'low', rank: 1, annotate: core.notice },
};
const FAIL_ON_RANK = { high: 3, medium: 2, low: 1, never: Infinity };

function fail(message) {
  process.stderr.write(`action-report: ${message}\n`);
  process.exit(2);
}

/** The summary's table cells are HTML: paths and messages go in as text. */
const html = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function findingsOf(sarif) {
  const out = [];
  for (const run of sarif.runs ?? []) {
    for (const result of run.results ?? []) {
      const level = LEVELS[result.level ?? 'warning'];
      if (!level) fail(`unexpected SARIF level ${JSON.stringify(result.level)}`);
      const location = result.locations?.[0]?.physicalLocation;
      out.push({
        ...level,
        ruleId: result.ruleId,
        message: result.message?.text ?? result.ruleId,
        path: decodeURIComponent(location?.artifactLocation?.uri ?? ''),
        region: location?.region ?? {},
      });
    }
  }
  return out;
}

async function main([sarifPath, failOn]) {
  if (!sarifPath) fail('usage: action-report.mjs <report.sarif> <fail-on>');
  if (!Object.hasOwn(FAIL_ON_RANK, failOn)) fail(`fail-on must be one of ${Object.keys(FAIL_ON_RANK).join(', ')} (got '${failOn}')`);
  let sarif;
  try {
    sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
  } catch (e) {
    fail(`cannot read the SARIF report ${sarifPath}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const findings = findingsOf(sarif);
  const failing = findings.filter((f) => f.rank >= FAIL_ON_RANK[failOn]).length;

  for (const f of findings) {
    const r = f.region;
    f.annotate(f.message, {
      title: `AI Privacy Guard: ${f.ruleId}`,
      file: f.path,
      startLine: r.startLine,
      endLine: r.endLine,
      // GitHub takes columns only for a single-line annotation.
      ...(r.endLine === r.startLine ? { startColumn: r.startColumn, endColumn: r.endColumn } : {}),
    });
  }
  const verdict = failOn === 'never' ? 'fail-on is never' : `${failing} at or above ${failOn}`;
  core.info(`AI Privacy Guard: ${findings.length} finding(s) reported, ${verdict}.`);
  core.setOutput('findings', findings.length);
  core.setOutput('failing', failing);

  if (process.env.GITHUB_STEP_SUMMARY) {
    core.summary.addHeading('AI Privacy Guard', 3).addRaw(`${findings.length} finding(s) reported, ${verdict}.`, true);
    if (findings.length > 0) {
      core.summary.addTable([
        [
          { data: 'Where', header: true },
          { data: 'Severity', header: true },
          { data: 'Finding (masked)', header: true },
          { data: 'Rule', header: true },
        ],
        ...findings.map((f) => [`${f.path}:${f.region.startLine ?? ''}`, f.severity, f.message, f.ruleId].map(html)),
      ]);
    }
    await core.summary.write();
  }
}

await main(process.argv.slice(2));
