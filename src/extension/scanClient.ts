/**
 * The extension host's side of the scan worker (worker/scanService.ts): it keeps the worker's copies of
 * open documents in step (the whole text once, in chunks read between turns of the event loop, then only
 * the editor's edits), asks for scans one at a time, and cancels a full scan the moment its document
 * changes again by ending the worker (a synchronous scan cannot be interrupted otherwise); the next scan
 * starts a fresh one. A rescan after an edit covers only the text around it and is short: it is left to
 * finish, so that the worker keeps what the next rescan starts from. The worker keeps every finding; an
 * answer holds their counts and the few findings shown (FindingsSummary), and more come on request.
 */
import * as vscode from 'vscode';
import type { Finding, Redaction } from '../engine';
import type { GuardConfig } from './config';
import type { Log } from './log';
import type { FindingsSummary } from './pure/summary';
import type { FindingQuery } from './worker/findingList';
import { decodeFindings, decodeSummary, OWN_TEXT_KEY, type WireEdit, type WireFindings, type WireScanOptions, type WorkerMessage } from './worker/protocol';
import { yieldToEventLoop, type ScanWorker, type ScanWorkerFactory } from './worker/inThread';

export type { ScanWorker, ScanWorkerFactory } from './worker/inThread';
export { inThreadScanWorker } from './worker/inThread';

/** Characters of a document's text read and sent to the worker per turn of the event loop. */
const TEXT_CHUNK_CHARS = 1 << 20;
/** Findings rebuilt per turn of the event loop. */
const DECODE_BATCH = 4_000;
/** After this many failures in a row the worker is not started again (scans run on the host's thread). */
const MAX_WORKER_FAILURES = 3;

/**
 * The synchronous pieces of scanning work done on the extension host's thread (reading a chunk of text,
 * rebuilding a batch of findings, storing them), timed: `npm run bench:editor` holds the event loop's stalls
 * against them, so that a stall of VS Code's own (or of a busy machine) is not blamed on scanning.
 */
export class HostTasks {
  private readonly recent: { start: number; ms: number; what: string }[] = [];
  longestMs = 0;

  run<T>(what: string, task: () => T): T {
    const start = performance.now();
    try {
      return task();
    } finally {
      const ms = performance.now() - start;
      this.longestMs = Math.max(this.longestMs, ms);
      this.recent.push({ start, ms, what });
      if (this.recent.length > 2000) this.recent.splice(0, 1000);
    }
  }

  /** The tasks that started at or after `since` (performance.now() time). */
  since(since: number): readonly { start: number; ms: number; what: string }[] {
    return this.recent.filter((t) => t.start >= since);
  }
}

/** The settings the scan worker needs, as plain data. */
export function workerOptions(config: GuardConfig): WireScanOptions {
  return {
    categories: config.scanOptions.categories ?? [],
    disabledRules: config.disabledRules,
    customRules: config.customRules,
    allowlist: config.allowlist,
    fingerprintKey: config.scanOptions.fingerprinter?.key,
    minConfidence: config.minConfidence,
    minSeverity: config.minSeverity,
  };
}

export interface ScanRequest {
  /** An open document, or a text of its own (a file on disk, for Scan Workspace). */
  readonly document: vscode.TextDocument | { readonly text: string };
  readonly options: WireScanOptions;
  /** Findings listed one by one in the outcome (aiPrivacyGuard.maxDiagnosticsPerFile); all are counted. */
  readonly limit: number;
  /** Offsets of the lines on screen, scanned first in a large document. */
  readonly visible?: readonly [number, number];
  /** Called with the findings on screen before the whole document is done. */
  readonly onPartial?: (found: FindingsSummary) => void;
}

export interface ScanWorkerState {
  readonly runsIn: 'worker' | 'extension host';
  readonly failures: number;
  readonly scans: number;
  /** Workers started so far (a full scan is cancelled by ending its worker: the next scan starts another). */
  readonly workersStarted: number;
  readonly lastScanMs: number;
  readonly lastError?: string;
  /** The longest synchronous piece of scanning work on the extension host's thread so far. */
  readonly longestHostTaskMs: number;
  hostTasksSince(since: number): readonly { start: number; ms: number; what: string }[];
}

/** The worker's answer to a job, with the job's document and version. */
type Answered =
  | { readonly type: 'findings'; readonly message: Extract<WorkerMessage, { type: 'findings' }>; readonly key: string; readonly version: number }
  | { readonly type: 'shared'; readonly message: Extract<WorkerMessage, { type: 'shared' }>; readonly key: string; readonly version: number };

/** Findings of a document at `version`, asked of the worker, which keeps every finding of its last scan. */
export type MoreFindings = (query: FindingQuery) => Promise<{ readonly findings: Finding[]; readonly version: number; readonly matching: number } | undefined>;

/**
 * Findings of the version scanned, or undefined when the scan was cancelled (the document changed). `more`:
 * the findings not listed, on request (open documents only: the worker forgets a text of its own).
 */
export type ScanOutcome = { readonly found: FindingsSummary; readonly version: number; readonly scanMs: number; readonly more?: MoreFindings } | undefined;

/** What a job asks of the worker once it holds the text, and the kind of answer that ends the job. */
type Ask = { readonly type: 'scan'; readonly request: ScanRequest } | { readonly type: 'share'; readonly request: ShareRequest };

interface Job {
  readonly key: string;
  readonly version: number;
  readonly ask: Ask;
  /** Sending the text, or waiting for the worker's answer. */
  stage?: 'sending' | 'scanning';
  /** Whether the job's text is still the one to scan (an open document may have changed or closed). */
  readonly current: () => boolean;
  /** The text, in chunks, read one per turn of the event loop. */
  readonly chunks: () => Generator<string>;
  /** With the worker's answer ('findings' or 'shared'), or undefined when the job was cancelled. */
  readonly resolve: (answer: WorkerMessage | undefined) => void;
  id?: number;
}

/** Check Before Sharing and its kin: spans of a text (document offsets), shared joined by `eol`. */
export interface ShareRequest {
  readonly document: vscode.TextDocument | { readonly text: string };
  readonly spans: readonly (readonly [number, number])[];
  readonly eol: string;
  readonly options: WireScanOptions;
  /** Findings answered one by one (for the prompt); all are counted and redacted. */
  readonly listed: number;
}

/** What is shared: the findings counted, the first ones (lines in the document), every one's document offsets, the redaction. */
export interface ShareOutcome {
  readonly total: number;
  readonly doubtful: number;
  readonly listed: Finding[];
  /** Start and end of each finding in the document, in pairs. */
  readonly offsets: Int32Array;
  readonly redaction: Redaction;
}

export class ScanClient implements vscode.Disposable {
  private worker: ScanWorker | undefined;
  private failures = 0;
  /** Scans answered, and the worker's time for the last one. */
  private scans = 0;
  private workersStarted = 0;
  private lastScanMs = 0;
  private lastError: string | undefined;
  private nextId = 1;
  private nextTextKey = 1;
  /** Version of each document's copy that the worker holds. */
  private readonly held = new Map<string, number>();
  /** Documents the worker has scanned whole: their next scans are incremental rescans. */
  private readonly baselines = new Set<string>();
  private readonly queue: Job[] = [];
  private active: Job | undefined;
  private answer: ((message: WorkerMessage | undefined) => void) | undefined;
  /** Queries waiting for the worker's answer, by id. */
  private readonly queries = new Map<number, (message: WorkerMessage | undefined) => void>();
  private readonly subscriptions: vscode.Disposable[];
  readonly hostTasks = new HostTasks();

  constructor(
    private readonly startWorker: ScanWorkerFactory,
    private readonly fallback: ScanWorkerFactory,
    private readonly log: Log,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((e) => this.hostTasks.run('edit', () => this.onChange(e))),
      vscode.workspace.onDidCloseTextDocument((doc) => this.onClose(doc.uri.toString())),
    ];
  }

  /** Scan a document's current version in the worker. A newer request for the same document replaces a queued one. */
  async scan(request: ScanRequest): Promise<ScanOutcome> {
    const answer = await this.submit(request.document, { type: 'scan', request });
    if (answer?.type !== 'findings') return undefined;
    const found = this.hostTasks.run('decode findings', () => decodeSummary(answer.message.summary));
    const { key, version } = answer;
    // A text of its own is forgotten once scanned; an open document's findings stay in the worker.
    if (key.startsWith(OWN_TEXT_KEY)) return { found, version, scanMs: answer.message.scanMs };
    return { found, version, scanMs: answer.message.scanMs, more: (query) => this.query(key, query) };
  }

  /** Scan text as it will be shared, and redact it, in the worker; undefined when the document changed meanwhile. */
  async share(request: ShareRequest): Promise<ShareOutcome | undefined> {
    const answer = await this.submit(request.document, { type: 'share', request });
    if (answer?.type !== 'shared') return undefined;
    const { total, doubtful, listed, offsets, redaction } = answer.message;
    return { total, doubtful, listed: decodeFindings(listed), offsets, redaction };
  }

  /** Queue a job on a document (or a text of its own); a newer job of the same type for the same document replaces a queued one. */
  private submit(source: vscode.TextDocument | { readonly text: string }, ask: Ask): Promise<Answered | undefined> {
    const job: Omit<Job, 'resolve'> =
      'text' in source
        ? { key: `${OWN_TEXT_KEY}${this.nextTextKey++}`, version: 1, ask, current: () => true, chunks: () => stringChunks(source.text) }
        : { key: source.uri.toString(), version: source.version, ask, current: () => !source.isClosed && source.version === job.version, chunks: () => documentChunks(source) };
    return new Promise((resolve) => {
      const queued = this.queue.findIndex((j) => j.key === job.key && j.ask.type === ask.type);
      if (queued >= 0) this.queue.splice(queued, 1)[0].resolve(undefined);
      this.queue.push({
        ...job,
        resolve: (message) => {
          if (message?.type === 'findings') resolve({ type: 'findings', message, key: job.key, version: job.version });
          else if (message?.type === 'shared') resolve({ type: 'shared', message, key: job.key, version: job.version });
          else resolve(undefined);
        },
      });
      void this.pump();
    });
  }

  /** Where scans run, how many failed starts there were, and the last scan's time in the worker (for tests and benchmarks). */
  state(): ScanWorkerState {
    return {
      runsIn: this.failures >= MAX_WORKER_FAILURES ? 'extension host' : 'worker',
      failures: this.failures,
      scans: this.scans,
      workersStarted: this.workersStarted,
      lastScanMs: this.lastScanMs,
      lastError: this.lastError,
      longestHostTaskMs: this.hostTasks.longestMs,
      hostTasksSince: (since) => this.hostTasks.since(since),
    };
  }

  /** Empty the worker's memory of recent values (its engine's caches, like the host's). */
  forgetRememberedValues(): void {
    this.worker?.post({ type: 'forget' });
  }

  private onChange(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return;
    const key = e.document.uri.toString();
    const active = this.active?.key === key ? this.active : undefined;
    // Sending its text: the sending stops by itself at the next chunk, and the worker holds nothing yet.
    if (active?.stage === 'sending') return;
    if (active && !this.baselines.has(key)) {
      // A full scan of text already out of date: stop it now rather than finish it.
      this.cancelActive();
      return;
    }
    // (An incremental rescan in progress finishes first; the edit follows it in the worker's queue.)
    const from = this.held.get(key);
    if (from === undefined || !this.worker) return;
    if (e.contentChanges.reduce((n, c) => n + c.text.length, 0) > TEXT_CHUNK_CHARS) {
      // A change as large as the text (a revert, a paste of a whole file): the worker forgets its copy, and
      // the next scan sends the text in chunks, rather than posting megabytes here in one piece.
      this.held.delete(key);
      this.baselines.delete(key);
      this.worker.post({ type: 'close', doc: key });
      return;
    }
    const edits: WireEdit[] = e.contentChanges.map((c) => [c.rangeOffset, c.rangeLength, c.text]);
    this.worker.post({ type: 'edit', doc: key, fromVersion: from, version: e.document.version, edits });
    this.held.set(key, e.document.version);
  }

  private onClose(key: string): void {
    this.baselines.delete(key);
    if (this.held.delete(key)) this.worker?.post({ type: 'close', doc: key });
    if (this.active?.key === key) this.cancelActive();
  }

  /** End the worker (and with it the scan in progress); the next scan starts another. */
  private cancelActive(): void {
    this.worker?.terminate();
    this.forgetWorker();
  }

  /** The worker is gone, and all it held and was asked. */
  private forgetWorker(): void {
    this.worker = undefined;
    this.held.clear();
    this.baselines.clear();
    this.answer?.(undefined);
    for (const resolve of this.queries.values()) resolve(undefined);
    this.queries.clear();
  }

  /** Findings of the worker's last scan of an open document, beyond those listed in its outcome. */
  private async query(doc: string, query: FindingQuery): ReturnType<MoreFindings> {
    const worker = this.worker;
    if (!worker) return undefined;
    const id = this.nextId++;
    const message = await new Promise<WorkerMessage | undefined>((resolve) => {
      this.queries.set(id, resolve);
      worker.post({ type: 'query', id, doc, query });
    });
    if (message?.type !== 'found') return undefined;
    return { findings: await this.decodeInBatches(message.findings), version: message.version, matching: message.matching };
  }

  private ensureWorker(): ScanWorker {
    if (this.worker) return this.worker;
    const onMessage = (message: WorkerMessage) => {
      const query = this.queries.get(message.id);
      if (query) {
        this.queries.delete(message.id);
        query(message);
      } else if (this.active?.id !== undefined && message.id === this.active.id) this.deliver(message);
    };
    const worker = this.failures >= MAX_WORKER_FAILURES
      ? this.fallback(onMessage, () => {})
      : this.startWorker(onMessage, (error) => {
          if (this.worker !== worker) return;
          this.failures++;
          this.lastError = error instanceof Error ? error.message : String(error);
          this.log.warn(`Scan worker failed (${error instanceof Error ? error.message : String(error)})${this.failures >= MAX_WORKER_FAILURES ? '; scanning on the extension host from now on' : ''}`);
          this.forgetWorker();
        });
    this.worker = worker;
    this.workersStarted++;
    return worker;
  }

  private partial: ((message: WorkerMessage) => void) | undefined;

  private deliver(message: WorkerMessage): void {
    if (message.type === 'findings' && message.partial) this.partial?.(message);
    else this.answer?.(message);
  }

  private async pump(): Promise<void> {
    if (this.active) return;
    const job = this.queue.shift();
    if (!job) return;
    this.active = job;
    let answer: WorkerMessage | undefined;
    try {
      answer = await this.run(job);
    } catch (error) {
      this.log.warn(`Scan of ${job.key} failed: ${error instanceof Error ? error.message : String(error)}`);
      answer = undefined;
    }
    this.active = undefined;
    this.answer = undefined;
    this.partial = undefined;
    job.resolve(answer);
    void this.pump();
  }

  private async run(job: Job): Promise<WorkerMessage | undefined> {
    try {
      return await this.runOnce(job);
    } finally {
      // A text of its own is scanned once: the worker need not keep it.
      if (job.key.startsWith(OWN_TEXT_KEY) && this.held.delete(job.key)) this.worker?.post({ type: 'close', doc: job.key });
    }
  }

  private async runOnce(job: Job): Promise<WorkerMessage | undefined> {
    // Tries again after a missing copy or a failed worker (not after a change: that ends the job).
    for (let attempt = 0; attempt < MAX_WORKER_FAILURES + 2; attempt++) {
      if (!job.current()) return undefined;
      job.stage = 'sending';
      if (this.held.get(job.key) !== job.version && !(await this.sendText(job))) return undefined;
      job.stage = 'scanning';
      const id = (job.id = this.nextId++);
      const answered = new Promise<WorkerMessage | undefined>((resolve) => (this.answer = resolve));
      const { ask } = job;
      if (ask.type === 'scan') {
        const { request } = ask;
        this.partial = (message) => {
          if (message.type === 'findings' && request.onPartial && job.current()) {
            const onPartial = request.onPartial;
            this.hostTasks.run('partial findings', () => onPartial(decodeSummary(message.summary)));
          }
        };
        this.ensureWorker().post({ type: 'scan', id, doc: job.key, version: job.version, options: request.options, limit: request.limit, visible: request.visible });
      } else {
        const { spans, eol, options, listed } = ask.request;
        this.ensureWorker().post({ type: 'share', id, doc: job.key, version: job.version, spans, eol, options, listed });
      }
      const message = await answered;
      if (!message) continue;
      if (message.type === 'missing') {
        this.held.delete(job.key);
        this.baselines.delete(job.key);
        continue;
      }
      if (message.type === 'error') throw new Error(message.message);
      if (message.type === 'shared') return message;
      if (message.type !== 'findings') continue;
      this.scans++;
      this.lastScanMs = message.scanMs;
      if (!job.key.startsWith(OWN_TEXT_KEY)) this.baselines.add(job.key);
      return message;
    }
    return undefined;
  }

  /** Send the whole text, a chunk per turn of the event loop; false when the text changed meanwhile. */
  private async sendText(job: Job): Promise<boolean> {
    const worker = this.ensureWorker();
    this.held.delete(job.key);
    this.baselines.delete(job.key);
    const chunks = job.chunks();
    let chunk = this.hostTasks.run('send text', () => chunks.next());
    for (let first = true; !chunk.done; first = false) {
      const next = this.hostTasks.run('send text', () => {
        const following = chunks.next();
        worker.post({ type: 'text', doc: job.key, version: job.version, chunk: chunk.value as string, first, last: following.done === true });
        return following;
      });
      chunk = next;
      if (!chunk.done) {
        await yieldToEventLoop();
        if (!job.current() || this.worker !== worker) return false;
      }
    }
    this.held.set(job.key, job.version);
    return true;
  }

  private async decodeInBatches(wire: WireFindings): Promise<Finding[]> {
    const out: Finding[] = [];
    for (let from = 0; from < wire.count; from += DECODE_BATCH) {
      if (from > 0) await yieldToEventLoop();
      this.hostTasks.run('decode findings', () => {
        for (const f of decodeFindings(wire, from, Math.min(wire.count, from + DECODE_BATCH))) out.push(f);
      });
    }
    return out;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    for (const job of this.queue.splice(0)) job.resolve(undefined);
    this.cancelActive();
  }
}

/** A document's text in chunks of whole lines, about TEXT_CHUNK_CHARS each. */
function* documentChunks(doc: vscode.TextDocument): Generator<string> {
  const lineCount = doc.lineCount;
  const length = doc.offsetAt(doc.lineAt(lineCount - 1).range.end);
  const linesPerChunk = Math.max(1, Math.floor(lineCount / Math.max(1, Math.ceil(length / TEXT_CHUNK_CHARS))));
  for (let line = 0; line < lineCount; line += linesPerChunk) {
    yield doc.getText(new vscode.Range(line, 0, Math.min(line + linesPerChunk, lineCount), 0));
  }
}

function* stringChunks(text: string): Generator<string> {
  let at = 0;
  do {
    yield text.slice(at, at + TEXT_CHUNK_CHARS);
    at += TEXT_CHUNK_CHARS;
  } while (at < text.length);
}
