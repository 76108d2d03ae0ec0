import { z } from 'zod';

/**
 * The sync cursor. Opaque to clients; inside it is base64url JSON:
 *   w  the workspace id of the server that issued it (a cursor from elsewhere is expired)
 *   v  the last version the client has been given
 *   b  the bootstrap horizon: the highest version when the client started from nothing. Deletes
 *      at or below it are of entities the client never received, so they are skipped.
 */
export interface Cursor {
  w: string;
  v: number;
  b: number;
}

const CursorSchema = z.object({
  w: z.string().min(1),
  v: z.number().int().nonnegative(),
  b: z.number().int().nonnegative(),
});

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ w: cursor.w, v: cursor.v, b: cursor.b })).toString(
    'base64url',
  );
}

/** The cursor, or null when the text is not one this server could have issued. */
export function decodeCursor(text: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,1000}$/.test(text)) return null;
  try {
    const parsed = CursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
