import { Worker } from 'node:worker_threads';
import { FileRejected } from './file-rejected.js';
import type { ExtractionLimits } from './file-rejected.js';
import type { WorkerMessage, WorkerTask } from './extraction-worker.js';

// The compiled build has extraction-worker.js beside this file; the TypeScript sources (under Jest) have the .ts and a
// small entry that loads it.
const WORKER_ENTRY = import.meta.url.endsWith('.ts')
  ? new URL('./extraction-worker-source.mjs', import.meta.url)
  : new URL('./extraction-worker.js', import.meta.url);

type Answer = Exclude<WorkerMessage, { type: 'progress' | 'rejected' }>;

/**
 * Runs one task in a fresh worker thread with a heap limit and a wall-clock limit. A file that is refused, a time-out
 * and a heap blow-up reject with FileRejected; the worker is always ended.
 */
export function runInWorker(
  task: WorkerTask,
  limits: ExtractionLimits,
  onProgress?: (fraction: number) => void,
): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const worker = new Worker(WORKER_ENTRY, {
      workerData: task,
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new FileRejected(
              'TIMEOUT',
              `Reading “${task.fileName}” took longer than ${duration(limits.timeoutMs)} and was stopped.`,
            ),
          ),
        ),
      limits.timeoutMs,
    );
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') {
        if (!settled) onProgress?.(message.fraction);
      } else if (message.type === 'rejected') {
        settle(() => reject(new FileRejected(message.reason, message.message)));
      } else {
        settle(() => resolve(message));
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new FileRejected(
                'MEMORY',
                `Reading “${task.fileName}” needed more than the ${limits.maxMemoryMb} MB of memory it may use and was stopped.`,
              )
            : error,
        ),
      );
    });
    worker.on('exit', (code) => {
      settle(() => reject(new Error(`The extraction worker for “${task.fileName}” stopped (exit code ${code}).`)));
    });
  });
}

const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);
