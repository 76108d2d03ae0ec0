import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { parseContextText } from './parse-text';

/** What parse-off-thread.ts hands the worker. */
const JobSchema = z.object({ text: z.string(), format: z.enum(['yaml', 'json']) });

const job = JobSchema.parse(workerData);
parentPort?.postMessage(parseContextText(job.text, job.format));
