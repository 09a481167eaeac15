/**
 * Entry point of the browser bundle (dist/web/extension.js), which is also its own scan worker: the
 * extension fetches its own bundle and starts it as a nested Web Worker with a prelude that marks the
 * role (SCAN_WORKER_GLOBAL) and stands in for the CommonJS globals the web extension host provides.
 * Where a nested worker cannot start (no Worker, no Blob URLs, the bundle cannot be fetched), the scan
 * client gives up on it after a few tries and scans on the host's thread, in slices that let the event loop
 * turn between them (worker/inThread.ts).
 */
import type { ScanWorkerFactory } from './scanClient';
import type { HostMessage, WorkerMessage } from './worker/protocol';

const SCAN_WORKER_GLOBAL = 'aiPrivacyGuardScanWorker';

/** The part of a Web Worker (and of its global scope) used here; the project compiles without the DOM types. */
interface WebWorker {
  postMessage(message: unknown, transfer?: unknown[]): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}
type WorkerConstructor = new (url: string) => WebWorker;
const scope = globalThis as unknown as Record<string, unknown> & {
  Worker?: WorkerConstructor;
  postMessage(message: unknown, transfer?: unknown[]): void;
  onmessage: ((event: { data: unknown }) => void) | null;
};

if (scope[SCAN_WORKER_GLOBAL] === true) {
  const { ScanService } = require('./worker/scanService') as typeof import('./worker/scanService');
  const service = new ScanService((message, transfer) => scope.postMessage(message, transfer));
  scope.onmessage = (event) => service.handle(event.data as HostMessage);
} else {
  const extension = require('./extension') as typeof import('./extension');
  module.exports = {
    activate: (context: Parameters<typeof extension.activate>[0]) => extension.activate(context, webWorkerStarter(context.extensionUri.toString(true))),
    deactivate: extension.deactivate,
  };
}

/** Starts nested Web Workers from a Blob URL of this bundle (fetched once) behind the prelude. */
function webWorkerStarter(extensionUri: string): ScanWorkerFactory {
  let blobUrl: Promise<string> | undefined;
  const bundleUrl = `${extensionUri.replace(/\/$/, '')}/dist/web/extension.js`;
  const prelude = `self.${SCAN_WORKER_GLOBAL} = true; var module = { exports: {} }, exports = module.exports; var require = function (m) { throw new Error('not in the scan worker: ' + m); };\n`;
  return (onMessage, onFailure) => {
    const WorkerClass = scope.Worker;
    let worker: WebWorker | undefined;
    let ended = false;
    const pending: HostMessage[] = [];
    if (!WorkerClass) {
      queueMicrotask(() => onFailure(new Error('this host cannot start a Web Worker')));
    } else {
      blobUrl ??= fetch(bundleUrl)
        .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${bundleUrl}: HTTP ${r.status}`))))
        .then((source) => URL.createObjectURL(new Blob([prelude, source], { type: 'text/javascript' })));
      blobUrl.then(
        (url) => {
          if (ended) return;
          worker = new WorkerClass(url);
          worker.onmessage = (event) => onMessage(event.data as WorkerMessage);
          worker.onerror = (event) => onFailure(new Error(event.message ?? 'the scan worker failed'));
          for (const message of pending.splice(0)) worker.postMessage(message);
        },
        (error) => {
          blobUrl = undefined;
          onFailure(error);
        },
      );
    }
    return {
      post: (message) => (worker ? worker.postMessage(message) : void pending.push(message)),
      terminate: () => {
        ended = true;
        worker?.terminate();
      },
    };
  };
}
