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
import { summarizeFindings } from '../../src/extension/pure/summary';
import { applyEdits, decodeFindings, decodeSummary, encodeFindings, type HostMessage, type WireEdit, type WireScanOptions, type WorkerMessage } from '../../src/extension/worker/protocol';
import { DocumentText } from '../../src/extension/worker/documentText';
import { inThreadScanWorker, yieldToEventLoop } from '../../src/extension/worker/inThread';
import { ScanService, scanVisible, VISIBLE_FIRST_MIN_LENGTH } from '../../src/extension/worker/scanService';
import { RESCAN_REACH } from '../../src/engine/incremental';

const OPTIONS: WireScanOptions = { categories: ['secret', 'pii'], disabledRules: [], customRules: [], allowlist: [], minConfidence: 'low', minSeverity: 'low' };
const AWS_KEY = 'AKIAZ3MHQ5TXKVR7WP4L';
const LIMIT = 500;
const positives = builtinRules.flatMap((r) => r.examples.positive).map((p) => p.replace(/[\r\n]+/g, ' '));
const line = fc.oneof(fc.constantFrom(...positives), fc.string({ unit: 'grapheme-ascii', maxLength: 30 }));
const documentText = fc.array(line, { minLength: 1, maxLength: 12 }).map((lines) => lines.join('\n'));

function service(): { service: ScanService; answers: WorkerMessage[] } {
  const answers: WorkerMessage[] = [];
  return { service: new ScanService((m) => answers.push(m)), answers };
}

/** Findings as plain data (a scan's fingerprints are getters). */
const plain = (findings: readonly Finding[]) => findings.map((f) => ({ ...f }));

function findingsOf(answer: WorkerMessage | undefined): Finding[] {
  assert.ok(answer && answer.type === 'findings', `expected findings, got ${JSON.stringify(answer)}`);
  assert.equal(answer.summary.total, answer.summary.listed.count, 'all listed (under the limit)');
  return decodeFindings(answer.summary.listed);
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
        s.handle({ type: 'scan', id: 7, doc: 'd', version: 2, options: OPTIONS, limit: LIMIT });
        assert.equal(answers.length, 1);
        assert.deepEqual(findingsOf(answers[0]), scan(expected, { minConfidence: 'low' }));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every finding of a large document through edits, rescanned in part, and answers for any kind or span', () => {
    const filler = ['const value = compute(input);', '2026-11-03T10:15:00Z INFO request served in 12 ms', ''];
    const large = fc.array(fc.oneof(line, fc.constantFrom(...filler)), { minLength: 20, maxLength: 40 }).map((lines) => {
      const out: string[] = [];
      for (let i = 0, size = 0; size < 10 * RESCAN_REACH; i++, size += out[out.length - 1].length + 1) out.push(lines[i % lines.length]);
      return out.join('\n');
    });
    const edit = fc.record({ at: fc.integer({ min: 50_000, max: 1_000_000 }).map((n) => n / 1_000_000), remove: fc.nat(40), insert: fc.oneof(line, fc.constantFrom('\n', 'x', '')) });
    fc.assert(
      fc.property(large, fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => {
        const { service: s, answers } = service();
        s.handle({ type: 'text', doc: 'd', version: 1, chunk: text, first: true, last: true });
        s.handle({ type: 'scan', id: 1, doc: 'd', version: 1, options: OPTIONS, limit: 3 });
        let current = text;
        for (const [i, e] of edits.entries()) {
          const offset = Math.floor(e.at * current.length);
          const change: WireEdit = [offset, Math.min(e.remove, current.length - offset), e.insert];
          current = applyEdits(current, [change]);
          s.handle({ type: 'edit', doc: 'd', fromVersion: i + 1, version: i + 2, edits: [change] });
          s.handle({ type: 'scan', id: i + 2, doc: 'd', version: i + 2, options: OPTIONS, limit: 3 });
        }
        const full = scan(current, { minConfidence: 'low' });
        const answer = answers.at(-1);
        assert.ok(answer?.type === 'findings');
        const expected = summarizeFindings(full, 3);
        assert.deepEqual(decodeSummary(answer.summary), { ...expected, listed: plain(expected.listed) }, 'counts and the listed findings');
        const title = full[Math.floor(full.length / 2)]?.title ?? 'none';
        s.handle({ type: 'query', id: 90, doc: 'd', query: { title, max: 1e9 } });
        const from = Math.floor(current.length / 3);
        s.handle({ type: 'query', id: 91, doc: 'd', query: { span: [from, from + 5000], max: 1e9 } });
        const [byTitle, bySpan] = answers.slice(-2);
        assert.ok(byTitle.type === 'found' && bySpan.type === 'found');
        assert.deepEqual(decodeFindings(byTitle.findings), plain(full.filter((f) => f.title === title)));
        assert.deepEqual(decodeFindings(bySpan.findings), plain(full.filter((f) => f.end > from && f.start < from + 5000)));
        assert.equal(bySpan.version, edits.length + 1);
        // A large copy's warning: the findings lying whole in a span, one category, counted beyond those answered.
        const [spanFrom, spanTo] = [from + 17, from + 40_000];
        s.handle({ type: 'query', id: 92, doc: 'd', query: { span: [spanFrom, spanTo], whole: true, category: 'pii', max: 2 } });
        const inside = answers.at(-1);
        assert.ok(inside?.type === 'found');
        const expectedInside = full.filter((f) => f.category === 'pii' && f.start >= spanFrom && f.end <= spanTo);
        assert.equal(inside.matching, expectedInside.length);
        assert.deepEqual(decodeFindings(inside.findings), plain(expectedInside.slice(0, 2)));
      }),
      { numRuns: 8 },
    );
  });

  it('scans the spans shared, joined, and redacts them: every finding counted, the first listed with their lines in the document', () => {
    const text = `intro\naws_access_key_id = ${AWS_KEY}\nmiddle line\nmail jane.roe@acme-corp.io and ${AWS_KEY}\nend`;
    const { service: s, answers } = service();
    s.handle({ type: 'text', doc: 'd', version: 1, chunk: text, first: true, last: true });
    const second = [text.indexOf('aws_'), text.indexOf('\nmiddle')] as const;
    const fourth = [text.indexOf('mail'), text.indexOf('\nend')] as const;
    s.handle({ type: 'share', id: 1, doc: 'd', version: 1, spans: [second, fourth], eol: '\r\n', options: OPTIONS, listed: 2 });
    const answer = answers[0];
    assert.ok(answer.type === 'shared', JSON.stringify(answer));
    assert.equal(answer.total, 3);
    const listed = decodeFindings(answer.listed);
    assert.deepEqual(listed.map((f) => [f.ruleId, f.line]), [['aws-access-key-id', 1], ['email-address', 3]]);
    const shared = `${text.slice(...second)}\r\n${text.slice(...fourth)}`;
    assert.equal(answer.redaction.text, 'aws_access_key_id = [REDACTED_AWS_ACCESS_KEY_1]\r\nmail [REDACTED_EMAIL_1] and [REDACTED_AWS_ACCESS_KEY_1]');
    assert.equal(answer.redaction.replaced, 3);
    assert.equal(answer.redaction.mapping.get('[REDACTED_AWS_ACCESS_KEY_1]'), AWS_KEY);
    const offsets = [...answer.offsets];
    assert.deepEqual([text.slice(offsets[0], offsets[1]), text.slice(offsets[4], offsets[5])], [AWS_KEY, AWS_KEY]);
    assert.ok(shared.includes(AWS_KEY));
  });

  it('keeps a document in pieces that read as the string it stands for, through any edits', () => {
    const piecesText = fc.string({ unit: 'grapheme-ascii', maxLength: 300_000 }).map((t) => t.repeat(1 + Math.floor(200_000 / (t.length + 1))));
    const edit = fc.record({ at: fc.nat(1_000_000).map((n) => n / 1_000_000), remove: fc.oneof(fc.nat(10), fc.nat(200_000)), insert: fc.oneof(fc.string({ maxLength: 5 }), fc.string({ maxLength: 200 }).map((t) => t.repeat(1000))) });
    fc.assert(
      fc.property(piecesText, fc.array(edit, { maxLength: 8 }), fc.nat(), fc.nat(), (start, edits, a, b) => {
        let doc = DocumentText.of(start);
        let expected = start;
        for (const e of edits) {
          const offset = Math.floor(e.at * expected.length);
          const change: WireEdit = [offset, Math.min(e.remove, expected.length - offset), e.insert];
          doc = doc.edit(change);
          expected = applyEdits(expected, [change]);
          const from = a % (expected.length + 1);
          const to = from + (b % (expected.length - from + 1));
          assert.equal(doc.length, expected.length);
          assert.equal(doc.slice(from, to), expected.slice(from, to));
        }
        assert.equal(doc.toString(), expected);
      }),
      { numRuns: 40 },
    );
  });

  it('asks for the whole text again when its copy is missing or at another version', () => {
    const { service: s, answers } = service();
    s.handle({ type: 'scan', id: 1, doc: 'd', version: 1, options: OPTIONS, limit: LIMIT });
    s.handle({ type: 'text', doc: 'd', version: 3, chunk: `key ${AWS_KEY}`, first: true, last: true });
    // An edit from a version the worker does not hold drops its copy instead of corrupting it.
    s.handle({ type: 'edit', doc: 'd', fromVersion: 2, version: 4, edits: [[0, 0, 'x']] });
    s.handle({ type: 'scan', id: 2, doc: 'd', version: 4, options: OPTIONS, limit: LIMIT });
    assert.deepEqual(answers.map((a) => a.type), ['missing', 'missing']);
  });

  it('compiles the custom rules it is given', () => {
    const { service: s, answers } = service();
    const options: HostMessage = { type: 'scan', id: 1, doc: 'd', version: 1, options: { ...OPTIONS, customRules: [{ id: 'ticket', pattern: 'TICKET-[0-9]{5}' }] }, limit: LIMIT };
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
    s.handle({ type: 'scan', id: 1, doc: 'd', version: 1, options: OPTIONS, limit: LIMIT, visible: [keyAt - 100, keyAt + 100] });
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

describe('scan service on the extension host thread (where no worker can start)', () => {
  /** 400 KB: a key or an address every 50 lines. */
  const text = Array.from({ length: 8_000 }, (_, i) =>
    i % 100 === 0 ? `aws_access_key_id = ${AWS_KEY}` : i % 100 === 50 ? `mail maria.gonzalez@gmail.com, line ${i}` : `2026-11-03T10:15:00Z INFO request ${i} served in 12 ms`,
  ).join('\n');

  function start(): { worker: ReturnType<typeof inThreadScanWorker>; answers: WorkerMessage[] } {
    const answers: WorkerMessage[] = [];
    const worker = inThreadScanWorker((m) => answers.push(m), () => {});
    worker.post({ type: 'text', doc: 'd', version: 1, chunk: text, first: true, last: true });
    worker.post({ type: 'scan', id: 1, doc: 'd', version: 1, options: OPTIONS, limit: 100_000 });
    return { worker, answers };
  }

  /** Turns of the event loop until there is an answer (at most `max`). */
  async function turnsUntilAnswered(answers: readonly WorkerMessage[], max = 10_000): Promise<number> {
    let turns = 0;
    while (answers.length === 0 && turns < max) {
      await yieldToEventLoop();
      turns++;
    }
    return turns;
  }

  it('scans a large document in slices, the event loop turning between them, with the findings of a full scan', async function () {
    this.timeout(60_000);
    const { answers } = start();
    const turns = await turnsUntilAnswered(answers);
    assert.ok(turns >= 10, `${turns} turns of the event loop during the scan`);
    assert.deepEqual(findingsOf(answers[0]), plain(scan(text, { minConfidence: 'low' })));
  });

  it('drops the scan when the document changes, and when it is ended', async function () {
    this.timeout(60_000);
    const changed = start();
    for (let i = 0; i < 3; i++) await yieldToEventLoop();
    changed.worker.post({ type: 'edit', doc: 'd', fromVersion: 1, version: 2, edits: [[5, 0, 'x']] });
    await turnsUntilAnswered(changed.answers);
    assert.deepEqual(changed.answers.map((a) => a.type), ['missing'], 'no findings of a text that is gone');

    const ended = start();
    for (let i = 0; i < 3; i++) await yieldToEventLoop();
    ended.worker.terminate();
    assert.equal(await turnsUntilAnswered(ended.answers, 200), 200);
    assert.deepEqual(ended.answers, []);
  });
});

describe('findings listed in Problems past the limit', () => {
  const finding = (i: number, category: 'secret' | 'pii', severity: 'high' | 'medium' | 'low', title: string): Finding => ({
    ruleId: title, category, kind: title, title, description: '', severity, confidence: 'high', start: i, end: i + 1, line: i, column: 0, endLine: i, endColumn: 1, masked: 'x…', fingerprint: String(i),
  });

  it('lists every finding up to the limit, and counts them', () => {
    const findings = [finding(0, 'pii', 'medium', 'IP'), finding(1, 'secret', 'high', 'Key')];
    const { listed, total, secrets } = summarizeFindings(findings, 2);
    assert.deepEqual(listed, findings);
    assert.deepEqual([total, secrets], [2, 1]);
  });

  it('past the limit, lists secrets first then by severity, in file order, and counts every finding per title', () => {
    const findings = [
      ...Array.from({ length: 1000 }, (_, i) => finding(i, 'pii', 'medium', 'IP address')),
      finding(1000, 'pii', 'high', 'Card'),
      finding(1001, 'secret', 'medium', 'Token'),
      finding(1002, 'secret', 'high', 'Key'),
    ];
    const { listed, kinds, total, secrets } = summarizeFindings(findings, 5);
    assert.deepEqual(listed.map((f) => f.line), [0, 1, 1000, 1001, 1002]);
    assert.deepEqual(kinds.map((k) => [k.title, k.count]), [['IP address', 1000], ['Card', 1], ['Key', 1], ['Token', 1]]);
    assert.deepEqual([total, secrets], [1003, 2]);
  });
});
