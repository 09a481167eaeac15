/**
 * The scan worker's side: copies of the open documents, kept in step with the editor's edits, scans of
 * them on request, and every finding of the last scan of each (FindingList), of which the host gets the
 * counts and the few it shows. Runs in a worker thread (Node host) or a Web Worker (browser host); where the web
 * host cannot start one, the host runs it on its own thread (see scanClient.ts).
 * Pure: imports neither 'vscode' nor Node built-ins.
 */
import { forgetRememberedValues, scan } from '../../catalogue';
import { compileCustomRules, Fingerprinter, isFingerprintKey, redact, type Finding, type Rule, type ScanOptions } from '../../engine';
import { LineIndex } from '../../engine/lines';
import { rescanNearChange, rescanSplice, scanInSlices, widenChangedSpan, type ChangedSpan } from '../../engine/incremental';
import { DocumentText } from './documentText';
import { summarizeFindings, type FindingsSummary } from '../pure/summary';
import { FindingList } from './findingList';
import { encodeFindings, encodeSummary, OWN_TEXT_KEY, transferables, type HostMessage, type WireScanOptions, type WorkerMessage } from './protocol';

/** Documents at least this long get the lines on screen scanned, and answered, before the rest. */
export const VISIBLE_FIRST_MIN_LENGTH = 256 * 1024;
/**
 * Characters scanned above and below the lines on screen in that first pass: what multi-line findings
 * (a private key block, a context word on a neighbouring line) need to be found whole.
 */
const VISIBLE_MARGIN = 8 * 1024;

interface DocumentCopy {
  version: number;
  /** In pieces: an edit rebuilds one, and a rescan reads the text near the change only (rescanNearChange). */
  text: DocumentText;
  /** Chunks of a text still arriving (HostMessage 'text'). */
  parts?: string[];
  /** The last scan: its text, version, findings and options; with `changed`, what an incremental rescan starts from. */
  scanned?: { readonly text: DocumentText; readonly version: number; readonly findings: FindingList; readonly options: string };
  /** Where the text changed since that scan. */
  changed?: ChangedSpan;
}

export type Post = (message: WorkerMessage, transfer: ArrayBuffer[]) => void;

/**
 * How a service on a thread that must stay responsive (the extension host's, where no worker can start)
 * scans a whole text: a slice of about `chars` at a time, pausing between slices; it drops the scan once
 * `ended` or once the document changes.
 */
export interface Slicing {
  readonly chars: number;
  /** Resolves when the thread may go on (the next turn of its event loop). */
  readonly pause: () => Promise<void>;
  readonly ended: () => boolean;
}

export class ScanService {
  private readonly docs = new Map<string, DocumentCopy>();
  private customKey = '[]';
  private customRules: readonly Rule[] = [];
  private fingerprinter: Fingerprinter | undefined;

  constructor(
    private readonly post: Post,
    private readonly slicing?: Slicing,
  ) {}

  handle(message: HostMessage): void {
    switch (message.type) {
      case 'text': {
        const copy = message.first ? { version: -1, text: DocumentText.of(''), parts: [] as string[] } : this.docs.get(message.doc);
        if (!copy?.parts) return; // a chunk without its beginning: the next scan asks for the text again
        copy.parts.push(message.chunk);
        if (message.last) {
          copy.text = DocumentText.of(copy.parts.join(''));
          copy.version = message.version;
          copy.parts = undefined;
        }
        this.docs.set(message.doc, copy);
        return;
      }
      case 'edit': {
        const copy = this.docs.get(message.doc);
        if (!copy || copy.parts || copy.version !== message.fromVersion) {
          this.docs.delete(message.doc);
          return;
        }
        for (const edit of message.edits) {
          copy.changed = widenChangedSpan(copy.changed, copy.text, edit[0], edit[1], edit[2]);
          copy.text = copy.text.edit(edit);
        }
        copy.version = message.version;
        return;
      }
      case 'close':
        this.docs.delete(message.doc);
        return;
      case 'forget':
        forgetRememberedValues();
        return;
      case 'scan':
        this.scan(message);
        return;
      case 'query':
        this.query(message);
        return;
      case 'share':
        this.share(message);
        return;
    }
  }

  /** The copy of a request's document at its version, or undefined after asking the host for the text. */
  private copyFor(request: { readonly id: number; readonly doc: string; readonly version: number }): DocumentCopy | undefined {
    const copy = this.docs.get(request.doc);
    if (copy && !copy.parts && copy.version === request.version) return copy;
    this.post({ type: 'missing', id: request.id, doc: request.doc }, []);
    return undefined;
  }

  private scan(request: Extract<HostMessage, { type: 'scan' }>): void {
    const copy = this.copyFor(request);
    if (!copy) return;
    try {
      const options = this.options(request.options);
      const optionsKey = JSON.stringify(request.options);
      const text = copy.text;
      const earlier = copy.scanned?.options === optionsKey ? copy.scanned : undefined;
      if (!earlier && request.visible && text.length >= VISIBLE_FIRST_MIN_LENGTH) {
        const started = now();
        const visible = scanVisible(text.toString(), request.visible, options);
        this.answer(request.id, true, summarizeFindings(visible, request.limit), now() - started);
      }
      const started = now();
      const scanText = (t: string) => scan(t, options);
      let findings = earlier?.findings;
      if (!findings && this.slicing) {
        void this.scanSliced(request, copy, optionsKey, scanText);
        return;
      }
      let whole = false;
      if (!findings) [findings, whole] = [new FindingList(scanText(text.toString())), true];
      else if (copy.changed) {
        const splice = rescanNearChange(text, earlier!.text, findings, copy.changed, scanText) ?? rescanSplice(text.toString(), earlier!.text.toString(), findings, copy.changed, scanText);
        if (splice) findings.update(splice);
        else [findings, whole] = [new FindingList(scanText(text.toString())), true];
      }
      this.scanned(request, copy, findings, optionsKey, now() - started);
      // An open document is edited next; a text of its own is forgotten once scanned.
      if (whole && !request.doc.startsWith(OWN_TEXT_KEY)) warmRescans(text, findings, scanText);
    } catch (error) {
      this.post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) }, []);
    }
  }

  /** Keep a scan's findings (what the next rescan starts from) and answer with their summary. */
  private scanned(request: Extract<HostMessage, { type: 'scan' }>, copy: DocumentCopy, findings: FindingList, optionsKey: string, scanMs: number): void {
    copy.scanned = { text: copy.text, version: copy.version, findings, options: optionsKey };
    copy.changed = undefined;
    this.answer(request.id, false, findings.summary(request.limit), scanMs);
  }

  /** A whole scan in slices (see Slicing); `scanMs` counts the slices' time, not the pauses. */
  private async scanSliced(request: Extract<HostMessage, { type: 'scan' }>, copy: DocumentCopy, optionsKey: string, scanText: (text: string) => Finding[]): Promise<void> {
    const slicing = this.slicing!;
    const slices = scanInSlices(copy.text.toString(), scanText, slicing.chars);
    let scanMs = 0;
    try {
      for (;;) {
        const started = now();
        const step = slices.next();
        scanMs += now() - started;
        if (step.done) {
          this.scanned(request, copy, new FindingList(step.value), optionsKey, scanMs);
          return;
        }
        await slicing.pause();
        if (slicing.ended()) return;
        // The document changed (or closed) meanwhile: the host sends its text again if it still wants it.
        if (this.docs.get(request.doc) !== copy || copy.version !== request.version) {
          this.post({ type: 'missing', id: request.id, doc: request.doc }, []);
          return;
        }
      }
    } catch (error) {
      this.post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) }, []);
    }
  }

  private query(request: Extract<HostMessage, { type: 'query' }>): void {
    const scanned = this.docs.get(request.doc)?.scanned;
    if (!scanned) {
      this.post({ type: 'missing', id: request.id, doc: request.doc }, []);
      return;
    }
    const { findings, matching } = scanned.findings.query(request.query);
    const wire = encodeFindings(findings);
    this.post({ type: 'found', id: request.id, version: scanned.version, findings: wire, matching }, transferables(wire));
  }

  private share(request: Extract<HostMessage, { type: 'share' }>): void {
    const copy = this.copyFor(request);
    if (!copy) return;
    try {
      const options = this.options(request.options);
      const whole = copy.text.toString();
      const lines = new LineIndex(whole);
      const parts: string[] = [];
      // Offsets in the shared text (the spans joined), and kinds: what redaction reads.
      const spans: { start: number; end: number; kind: string }[] = [];
      const offsets: number[] = [];
      const listed: Finding[] = [];
      let doubtful = 0;
      let at = 0;
      for (const [from, to] of request.spans) {
        const part = whole.slice(from, to);
        const firstLine = lines.lineOf(from);
        for (const f of scan(part, options)) {
          spans.push({ start: f.start + at, end: f.end + at, kind: f.kind });
          offsets.push(from + f.start, from + f.end);
          if (f.confidence === 'low') doubtful++;
          if (listed.length < request.listed) listed.push({ ...f, line: f.line + firstLine, endLine: f.endLine + firstLine });
        }
        parts.push(part);
        at += part.length + request.eol.length;
      }
      const wire = encodeFindings(listed);
      const documentOffsets = Int32Array.from(offsets);
      const redaction = redact(parts.join(request.eol), spans);
      this.post(
        { type: 'shared', id: request.id, total: spans.length, doubtful, listed: wire, offsets: documentOffsets, redaction },
        [...transferables(wire), documentOffsets.buffer as ArrayBuffer],
      );
    } catch (error) {
      this.post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) }, []);
    }
  }

  private answer(id: number, partial: boolean, summary: FindingsSummary, scanMs: number): void {
    const wire = encodeSummary(summary);
    this.post({ type: 'findings', id, partial, summary: wire, scanMs }, transferables(wire.listed));
  }

  private options(wire: WireScanOptions): ScanOptions {
    const key = JSON.stringify(wire.customRules);
    if (key !== this.customKey) {
      // The host reported any invalid entry when it read the settings; here the valid ones are enough.
      this.customRules = compileCustomRules(wire.customRules).rules;
      this.customKey = key;
    }
    const fingerprintKey = wire.fingerprintKey;
    if (isFingerprintKey(fingerprintKey) && this.fingerprinter?.key !== fingerprintKey) {
      this.fingerprinter = new Fingerprinter(fingerprintKey, { keyStoredWithFingerprints: false });
    }
    return { ...wire, customRules: this.customRules, fingerprinter: isFingerprintKey(fingerprintKey) ? this.fingerprinter : undefined };
  }
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Where warmRescans rescans, as fractions of the text. */
const WARM_RESCANS_AT = [0.25, 0.5, 0.75];

/**
 * After a whole scan, once its answer is sent: rescans at a few places of the text, as after an edit that
 * changed nothing, its result dropped. A whole scan is one long call, which V8 optimizes in the middle of its loops
 * (on-stack replacement), and that code serves no other call: the first rescans after it ran the scanning code
 * cold, 15 to 30 ms for what takes 3 to 5 once warm (a profile of the worker: most of it in the engine's scanWith,
 * unoptimized). Here that cost falls between the whole scan and the next edit instead of on that edit.
 */
function warmRescans(text: DocumentText, findings: FindingList, scanText: (text: string) => Finding[]): void {
  for (const at of WARM_RESCANS_AT) {
    const place = Math.floor(text.length * at);
    const unchanged: ChangedSpan = { oldStart: place, oldEnd: place, newStart: place, newEnd: place, lineDelta: 0 };
    // Read from pieces, as after an edit (the text of a whole scan is also kept joined).
    rescanNearChange(text.edit([place, 0, '']), text, findings, unchanged, scanText);
  }
}

/**
 * Findings on the lines of [from, to): the text around them (whole lines, plus a margin) is scanned
 * alone, and what it finds is placed back at its offsets and lines in the whole text.
 */
export function scanVisible(text: string, [from, to]: readonly [number, number], options: ScanOptions): Finding[] {
  const sliceStart = from - VISIBLE_MARGIN <= 0 ? 0 : text.lastIndexOf('\n', from - VISIBLE_MARGIN) + 1;
  const lineEnd = text.indexOf('\n', Math.min(text.length, to + VISIBLE_MARGIN));
  const sliceEnd = lineEnd < 0 ? text.length : lineEnd;
  let lineShift = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < sliceStart; i = text.indexOf('\n', i + 1)) lineShift++;
  return scan(text.slice(sliceStart, sliceEnd), options)
    .filter((f) => f.end + sliceStart > from && f.start + sliceStart < to)
    .map((f) => ({ ...f, start: f.start + sliceStart, end: f.end + sliceStart, line: f.line + lineShift, endLine: f.endLine + lineShift }));
}
