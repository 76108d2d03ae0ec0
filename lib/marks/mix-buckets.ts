import { z } from 'zod';
import type { MixBucket } from './mix-at-a-glance';

/** The worker's side of the buckets a marks answer carries (content scripts check them by hand). */
export const MixBucketsSchema = z
  .array(
    z.object({
      name: z.string(),
      color: z.string(),
      targetShare: z.number().min(0).max(1).optional(),
    }) satisfies z.ZodType<MixBucket>,
  )
  .max(200);
