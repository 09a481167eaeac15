/**
 * The scan service on the extension host's own thread: the last resort, where no worker can be started (a
 * web host that cannot start a nested Web Worker). Messages are handled one per turn of the event loop, and a
 * whole scan runs in slices with a turn of the event loop between them (scanInSlices), so that no scan holds
 * the shared thread for long; ending it drops the scan in progress at its next slice.
 * Pure: imports neither 'vscode' nor Node built-ins.
 */
import type { HostMessage, WorkerMessage } from './protocol';
import { ScanService } from './scanService';

/** A running scan worker, whatever starts it (worker_threads, a Web Worker, or the host's own thread). */
export interface ScanWorker {
  post(message: HostMessage): void;
  terminate(): void;
}

/** Starts a worker that calls `onMessage` with its answers and `onFailure` if it dies. */
export type ScanWorkerFactory = (onMessage: (message: WorkerMessage) => void, onFailure: (error: unknown) => void) => ScanWorker;

/**
 * Characters scanned per slice on the host's thread: with the context scanned around each slice (an
 * incremental rescan's reach), about 80 KB a slice, 10 to 30 ms on a log full of findings.
 */
export const IN_THREAD_SLICE_CHARS = 32 * 1024;

export const yieldToEventLoop = (): Promise<void> =>
  new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

export const inThreadScanWorker: ScanWorkerFactory = (onMessage) => {
  let ended = false;
  const service = new ScanService(
    (message) => {
      if (!ended) onMessage(message);
    },
    { chars: IN_THREAD_SLICE_CHARS, pause: yieldToEventLoop, ended: () => ended },
  );
  return {
    post: (message) =>
      void setTimeout(() => {
        if (!ended) service.handle(message);
      }, 0),
    terminate: () => {
      ended = true;
    },
  };
};
