import { z } from 'zod';

/**
 * One option the tag picker offers, as the worker sends it. Apart from the search itself so the
 * sidebar frame, which only reads answers, does not load the database and search libraries.
 */
export const PickerOptionSchema = z.object({
  kind: z.enum(['intent', 'bucket']),
  id: z.string(),
  title: z.string(),
  /** An intent's goal and mission; a bucket's target share. */
  detail: z.string().optional(),
});
export type PickerOption = z.infer<typeof PickerOptionSchema>;
