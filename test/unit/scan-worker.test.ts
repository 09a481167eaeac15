/**
 * The scan worker's protocol and service (src/extension/worker): findings survive their compact form,
 * the worker's copy of a document follows the editor's edits, scans of an out-of-date copy ask for the
 * text again, and the lines on screen are answered first. Also which findings Problems lists past
 * aiPrivacyGuard.maxDiagnosticsPerFile.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { builtinRules, scan } from '../../src/catalogue';
import type { Finding } from '../../src/engine';
import { findingsToList } from '../../src/extension/pure/summary';
import { applyEdits, decodeFindings, encodeFindings, type HostMessage, type WireEdit, type WireScanOptions, type WorkerMessage } from '../../src/extension/worker/protocol';
import { ScanService, scanVisible, VISIBLE_FIRST_MIN_LENGTH } from '../../src/extension/worker/scanService';

const OPTIONS: WireScanOptions = { categories: ['secret', 'pii'], disabledRules: [], customRules: [], allowlist: [], minConfidence: 'low', minSeverity: 'low' };
const AWS_KEY = 'AKIAZ3MHQ5TXKVR7WP4L';
const positives = builtinRules.flatMap((r) => r.examples.positive).map((p) => p.replace(/[\r\n]+/g, ' '));
const line = fc.oneof(fc.constantFrom(...positives), fc.string({ unit: 'grapheme-ascii', maxLength: 30 }));
const documentText = fc.array(line, { minLength: 1, maxLength: 12 }).map((lines) => lines.join('\n'));

function service(): { service: ScanService; answers: WorkerMessage[] } {
  const answers: WorkerMessage[] = [];
  return { service: new ScanService((m) => answers.push(m)), answers };
}

function findingsOf(answer: WorkerMessage | undefined): Finding[] {
  assert.ok(answer && answer.type === 'findings', `expected findings, got ${JSON.stringify(answer)}`);
  return decodeFindings(answer.findings);
}

describe('scan worker', () => {
  it('findings survive the columnar wire form unchanged', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const findings = scan(text);
        const decoded = decodeFindings(encodeFindings(findings));
        assert.deepEqual(decoded, findings);
        assert.deepEqual(decoded.map((f) => f.fingerprint), findings.map((f) => f.fingerprint));
      }),
      { numRuns: 100 },
    );
  });

  it("keeps its copy of a document in step with the editor's edits, sent in chunks", () => {
    fc.assert(
      fc.property(documentText, fc.array(fc.tuple(fc.nat(), fc.nat(20), line), { maxLength: 5 }), fc.integer({ min: 1, max: 4 }), (text, rawEdits, chunks) => {
        const { service: s, answers } = service();
        const size = Math.ceil(text.length / chunks) || 1;
        for (let at = 0, i = 0; at < text.length || i === 0; at += size, i++) {
          s.handle({ type: 'text', doc: 'd', version: 1, chunk: text.slice(at, at + size), first: i === 0, last: at + size >= text.length });
        }
        let expected = text;
        const edits: WireEdit[] = rawEdits.map(([offset, length, insert]) => {
          const o = offset % (expected.length + 1);
          const edit: WireEdit = [o, Math.min(length, expected.length - o), insert];
          expected = applyEdits(expected, [edit]);
          return edit;
        });
        s.handle({ type: 'edit', doc: 'd', fromVersion: 1, version: 2, edits });
        s.handle({ type: 'scan', id: 7, doc: 'd', version: 2, options: OPTIONS });
        assert.equal(answers.length, 1);
        assert.deepEqual(findingsOf(answers[0]), scan(expected, { minConfidence: 'low' }));
      }),
      { numRuns: 60 },
    );
  });

  it('asks for the whole text again when its copy is missing or at another version', () => {
    const { service: s, answers } = service();
    s.handle({ type: 'scan', id: 1, doc: 'd', version: 1, options: OPTIONS });
    s.handle({ type: 'text', doc: 'd', version: 3, chunk: `key ${AWS_KEY}`, first: true, last: true });
    // An edit from a version the worker does not hold drops its copy instead of corrupting it.
    s.handle({ type: 'edit', doc: 'd', fromVersion: 2, version: 4, edits: [[0, 0, 'x']] });
    s.handle({ type: 'scan', id: 2, doc: 'd', version: 4, options: OPTIONS });
    assert.deepEqual(answers.map((a) => a.type), ['missing', 'missing']);
  });

  it('compiles the custom rules it is given', () => {
    const { service: s, answers } = service();
    const options: HostMessage = { type: 'scan', id: 1, doc: 'd', version: 1, options: { ...OPTIONS, customRules: [{ id: 'ticket', pattern: 'TICKET-[0-9]{5}' }] } };
    s.handle({ type: 'text', doc: 'd', version: 1, chunk: 'see TICKET-12345', first: true, last: true });
    s.handle(options);
    assert.deepEqual(findingsOf(answers[0]).map((f) => f.ruleId), ['custom.ticket']);
  });

  it('answers the lines on screen of a large document first, then the whole document', () => {
    const filler = 'nothing to see on this line\n'.repeat(Math.ceil(VISIBLE_FIRST_MIN_LENGTH / 28));
    const text = `${filler}aws_access_key_id = ${AWS_KEY}\n${filler}aws_access_key_id = AKIAQ7F2XK4TJ6PRWM3N\n`;
    const keyAt = text.indexOf(AWS_KEY);
    const { service: s, answers } = service();
    s.handle({ type: 'text', doc: 'd', version: 1, chunk: text, first: true, last: true });
    s.handle({ type: 'scan', id: 1, doc: 'd', version: 1, options: OPTIONS, visible: [keyAt - 100, keyAt + 100] });
    assert.equal(answers.length, 2);
    assert.ok(answers[0].type === 'findings' && answers[0].partial && answers[1].type === 'findings' && !answers[1].partial);
    const full = findingsOf(answers[1]);
    assert.equal(full.length, 2);
    assert.deepEqual(findingsOf(answers[0]), [full[0]], 'the first answer holds the key on screen, at its place in the whole text');
  });

  it('the findings on screen are those of a full scan there, for findings within one line', () => {
    fc.assert(
      fc.property(documentText, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        const full = scan(text).filter((f) => f.line === f.endLine && f.end > from && f.start < to);
        const visible = scanVisible(text, [from, to], {}).filter((f) => f.line === f.endLine);
        assert.deepEqual(visible, full);
      }),
      { numRuns: 100 },
    );
  });
});

describe('findings listed in Problems past the limit', () => {
  const finding = (i: number, category: 'secret' | 'pii', severity: 'high' | 'medium' | 'low', title: string): Finding => ({
    ruleId: title, category, kind: title, title, description: '', severity, confidence: 'high', start: i, end: i + 1, line: i, column: 0, endLine: i, endColumn: 1, masked: 'x…', fingerprint: String(i),
  });

  it('lists every finding up to the limit, and nothing is counted apart', () => {
    const findings = [finding(0, 'pii', 'medium', 'IP'), finding(1, 'secret', 'high', 'Key')];
    const { shown, perTitle } = findingsToList(findings, 2);
    assert.deepEqual(shown, findings);
    assert.equal(perTitle.size, 0);
  });

  it('past the limit, lists secrets first then by severity, in file order, and counts every finding per title', () => {
    const findings = [
      ...Array.from({ length: 1000 }, (_, i) => finding(i, 'pii', 'medium', 'IP address')),
      finding(1000, 'pii', 'high', 'Card'),
      finding(1001, 'secret', 'medium', 'Token'),
      finding(1002, 'secret', 'high', 'Key'),
    ];
    const { shown, perTitle } = findingsToList(findings, 5);
    assert.deepEqual(shown.map((f) => f.line), [0, 1, 1000, 1001, 1002]);
    assert.deepEqual([...perTitle], [['IP address', 1000], ['Card', 1], ['Token', 1], ['Key', 1]]);
  });
});
