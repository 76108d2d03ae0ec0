import { z } from 'zod';
import { SEARCH_KINDS } from './documents';

/** A search document as the worker sends it to the popup (lib/search/documents.ts `SearchDoc`). */
const SearchDocSchema = z.object({
  id: z.string(),
  kind: z.enum(SEARCH_KINDS),
  entityId: z.string(),
  title: z.string(),
  key: z.string().optional(),
  text: z.string().optional(),
  parents: z.array(z.string()).optional(),
  owner: z.string().optional(),
  detail: z.string().optional(),
  url: z.string().optional(),
});

/** The popup's search, answered by the worker's index: the best few hits of each kind. */
export const SearchAnswerSchema = z.object({
  /** Documents indexed; 0 means nothing synced or imported yet, not "no match". */
  size: z.number().int().nonnegative(),
  /** Still indexing what the store holds (the worker just started): ask again for more. */
  building: z.boolean(),
  hits: z.array(
    z.object({
      doc: SearchDocSchema,
      score: z.number(),
      match: z.enum(['exact-key', 'key-prefix', 'text', 'key-word']),
    }),
  ),
});
export type SearchAnswer = z.infer<typeof SearchAnswerSchema>;
