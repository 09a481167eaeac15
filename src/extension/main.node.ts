/**
 * Entry point of the Node bundle (dist/extension.js), which is also its own scan worker: started as a
 * worker thread with SCAN_WORKER_ROLE, it serves scans (worker/scanService.ts) and never loads 'vscode';
 * otherwise it is the extension, which starts that worker. One file for both keeps the .vsix small (the
 * rule catalogue is most of its size). The modules are required lazily so that each role loads only its own.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ScanWorkerFactory } from './scanClient';
import type { HostMessage } from './worker/protocol';

const SCAN_WORKER_ROLE = 'ai-privacy-guard-scan-worker';

if (!isMainThread && (workerData as { role?: unknown } | undefined)?.role === SCAN_WORKER_ROLE && parentPort) {
  const port = parentPort;
  const { ScanService } = require('./worker/scanService') as typeof import('./worker/scanService');
  const service = new ScanService((message, transfer) => port.postMessage(message, transfer));
  port.on('message', (message: HostMessage) => service.handle(message));
} else {
  const extension = require('./extension') as typeof import('./extension');
  const startWorker: ScanWorkerFactory = (onMessage, onFailure) => {
    const worker = new Worker(__filename, { workerData: { role: SCAN_WORKER_ROLE } });
    let terminated = false;
    worker.on('message', onMessage);
    worker.on('error', onFailure);
    worker.on('exit', (code) => {
      if (!terminated) onFailure(new Error(`the scan worker exited (code ${code})`));
    });
    return {
      post: (message) => worker.postMessage(message),
      terminate: () => {
        terminated = true;
        void worker.terminate();
      },
    };
  };
  module.exports = {
    activate: (context: Parameters<typeof extension.activate>[0]) => extension.activate(context, startWorker),
    deactivate: extension.deactivate,
  };
}
