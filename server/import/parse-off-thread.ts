import { Worker } from 'node:worker_threads';
import type { ParsedContextFile } from '../../lib/context-file/parse';
import type { ContextFileFormat } from './parse-text';

export interface ParseLimits {
  /** A parse still running after this long is stopped. */
  timeoutMs: number;
  /** The worker's heap: a hostile file exhausts it, not the server's. */
  maxHeapMb: number;
  /** Parses at once; more are refused (busy) rather than queued with their 5 MB each. */
  concurrent: number;
}

/** Reading a valid 5 MB file takes a few seconds and well under 200 MB of heap. */
export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  timeoutMs: 60_000,
  maxHeapMb: 768,
  concurrent: 2,
};

const WORKER_URL = new URL('./parse-worker.mjs', import.meta.url);

const fail = (message: string): ParsedContextFile => ({
  ok: false,
  problems: [{ path: '', message }],
});

/**
 * Parses context files in worker threads, so that a large or hostile file never holds the
 * server's event loop (other requests, /healthz) nor its heap: the YAML parser needs seconds for
 * a 5 MB file, and a deeply nested one could exhaust memory. What is wrong with the file comes
 * back as a problem; the promise rejects only when the worker itself cannot run. Resolves to
 * 'busy' when `concurrent` parses are already running.
 */
export function contextFileParser(limits: ParseLimits = DEFAULT_PARSE_LIMITS) {
  let running = 0;

  function runWorker(text: string, format: ContextFileFormat): Promise<ParsedContextFile> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(WORKER_URL, {
        workerData: { text, format },
        resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
        stdout: true,
        stderr: true,
      });
      let settled = false;
      const settle = (outcome: ParsedContextFile | Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
        void worker.terminate();
      };
      const timer = setTimeout(
        () => settle(fail(`Reading the file took longer than ${limits.timeoutMs / 1000} s`)),
        limits.timeoutMs,
      );
      worker.on('message', (outcome: ParsedContextFile) => settle(outcome));
      worker.on('error', (error: Error & { code?: string }) =>
        settle(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? fail('The file is too complex to read within the memory allowed for it')
            : error,
        ),
      );
      worker.on('exit', (code) => settle(new Error(`The parser worker exited (${code})`)));
    });
  }

  return async function parse(
    text: string,
    format: ContextFileFormat,
  ): Promise<ParsedContextFile | 'busy'> {
    if (running >= limits.concurrent) return 'busy';
    running++;
    try {
      return await runWorker(text, format);
    } finally {
      running--;
    }
  };
}

export type ContextFileParser = ReturnType<typeof contextFileParser>;
