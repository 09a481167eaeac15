/**
 * A 20 MB log in the real host: scanned in the worker (never on the extension host's thread), which keeps every
 * finding and hands the host only their counts and those it shows; Problems limited to
 * aiPrivacyGuard.maxDiagnosticsPerFile plus one summary at the top, secrets listed first; the Findings view
 * counts them all by kind and asks the worker for a kind's first findings when it is opened; an edit updates
 * the findings (rescanned around the change only); Copy Redacted replaces every finding.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAllEditors, FAKE, labelOf, openFile, ruleIdOf, treeItems, waitFor } from './helpers';

const LOG_BYTES = 20 * 1024 * 1024;
/** Scanning 20 MB takes seconds; a machine shared with other jobs may take minutes. */
const SCAN_TIMEOUT_MS = 300_000;

/** An access log with a public client IP on every line, and one leaked key in the middle. */
function accessLog(): { text: string; lines: number } {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < LOG_BYTES; i++) {
    const line =
      i === 60_000
        ? `2026-11-03T10:15:00Z ERROR upload failed, aws_access_key_id=${FAKE.awsKeyId}`
        : `${52 + (i % 100)}.${(i * 7) % 250}.${(i * 13) % 250}.${1 + (i % 250)} - - [03/Nov/2026:10:15:00 +0000] "GET /api/v1/items/${i} HTTP/1.1" 200 ${i % 5000} "-" "curl/8.5.0"`;
    lines.push(line);
    size += line.length + 1;
  }
  return { text: lines.join('\n') + '\n', lines: lines.length };
}

describe('a 20 MB log', () => {
  after(closeAllEditors);

  it('is scanned in the worker; Problems lists 500 findings and a summary, secrets first; an edit updates them', async function () {
    this.timeout(3 * SCAN_TIMEOUT_MS);
    const guard = await activate();
    const { text } = accessLog();
    const editor = await openFile('large/access.log', text);
    const doc = editor.document;
    const scanned = () => {
      const s = guard.scanState(doc.uri);
      return s && s.version === doc.version && !s.partial ? s : undefined;
    };
    const first = await waitFor('the whole log to be scanned', scanned, SCAN_TIMEOUT_MS);
    assert.ok(first.findings > 100_000, `${first.findings} findings`);
    assert.equal(first.listed, 500, 'the extension host holds the findings it shows, the worker the rest');
    assert.equal(guard.scanWorker().runsIn, 'worker', `scans ran on the extension host: ${guard.scanWorker().lastError}`);

    // The Findings view counts every finding, by kind, and lists a kind's first thousand when opened.
    const file = (await treeItems(guard.findingsTree)).find(({ item }) => item.resourceUri?.path.endsWith('/large/access.log'));
    assert.ok(file, 'the log is in the Findings view');
    assert.equal(String(file.item.description).replace(/\D/g, ''), String(first.findings));
    const kinds = await treeItems(guard.findingsTree, file.node);
    const ips = kinds.find(({ item }) => /IP/.test(labelOf(item)));
    assert.ok(ips, `kinds: ${kinds.map(({ item }) => labelOf(item)).join(', ')}`);
    const ipCount = Number(String(ips.item.description).replace(/\D/g, ''));
    assert.ok(ipCount > 100_000, `${ipCount} IP addresses`);
    const listedIps = await treeItems(guard.findingsTree, ips.node);
    assert.equal(listedIps.length, 1001, 'a thousand findings and a last item counting the rest');
    assert.match(String(listedIps[0].item.description), / · line 1$/);
    assert.match(labelOf(listedIps[1000].item), new RegExp(`${(ipCount - 1000).toLocaleString('en')}`));

    // Problems gets them a slice at a time, after the store (the status bar and the views read it at once).
    const diagnostics = await waitFor('the diagnostics of the log', () => {
      const all = guard.diagnostics.get(doc.uri) ?? [];
      return all.some((d) => ruleIdOf(d) === 'more-findings') ? [...all] : undefined;
    });
    const summary = diagnostics.filter((d) => ruleIdOf(d) === 'more-findings');
    assert.equal(summary.length, 1, 'one summary diagnostic');
    assert.equal(summary[0].range.start.line, 0);
    assert.match(summary[0].message, /500 shown/);
    const listed = diagnostics.filter((d) => ruleIdOf(d) !== 'more-findings' && ruleIdOf(d) !== 'ai-exclusion');
    assert.equal(listed.length, 500);
    assert.ok(listed.some((d) => ruleIdOf(d) === 'aws-access-key-id'), 'the key in the middle of the log is listed');
    assert.match(guard.statusBar().text, /1 secret/);

    // A second key typed near the end: found, and the rest kept.
    const line = doc.lineCount - 100;
    await editor.edit((b) => b.insert(new vscode.Position(line, 0), `retry with aws_access_key_id=AKIAQ7F2XK4TJ6PRWM3N\n`));
    const edited = await waitFor('the findings after the edit', scanned, SCAN_TIMEOUT_MS);
    assert.equal(edited.findings, first.findings + 1);
    const keyLines = () =>
      [...(guard.diagnostics.get(doc.uri) ?? [])]
        .filter((d) => ruleIdOf(d) === 'aws-access-key-id')
        .map((d) => d.range.start.line)
        .sort((a, b) => a - b);
    await waitFor('both keys in Problems', () => keyLines().length === 2);
    assert.deepEqual(keyLines(), [60_000, line]);
    assert.match(guard.statusBar().text, /2 secrets/);

    // And removed again.
    await editor.edit((b) => b.delete(new vscode.Range(line, 0, line + 1, 0)));
    const restored = await waitFor('the findings after undoing the edit', scanned, SCAN_TIMEOUT_MS);
    assert.equal(restored.findings, first.findings);

    // Copy Redacted (scanned and redacted in the worker) replaces every finding, not only those listed.
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const { replaced } = await vscode.commands.executeCommand<{ replaced: number }>('aiPrivacyGuard.copyRedacted');
    assert.ok(replaced >= restored.findings, `${replaced} values replaced, ${restored.findings} findings`);
    const copied = await vscode.env.clipboard.readText();
    assert.ok(copied.length > LOG_BYTES / 2, `${copied.length} characters copied`);
    assert.ok(!copied.includes(FAKE.awsKeyId), 'the key is redacted');
    assert.match(copied.slice(0, copied.indexOf('\n')), /^\[REDACTED_[A-Z0-9_]+_1\] - - /);
    await vscode.commands.executeCommand('aiPrivacyGuard.forgetRedactions');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
