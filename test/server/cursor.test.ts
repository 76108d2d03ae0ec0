import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../server/sync/cursor';

describe('sync cursor', () => {
  it('round-trips through an opaque URL-safe string', () => {
    const cursor = { w: '9b2f0c6e-3c1a-4c4e-9a53-0f5d2b1e7c11', v: 1234, b: 99 };
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual(cursor);
  });

  it('decodes nothing that this server could not have issued', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const text of [
      '',
      'not base64!',
      encode('a string'),
      encode({ w: 'x', v: 1 }),
      encode({ w: '', v: 1, b: 0 }),
      encode({ w: 'x', v: 1.5, b: 0 }),
      encode({ w: 'x', v: -1, b: 0 }),
      'A'.repeat(2000),
    ])
      expect(decodeCursor(text), text).toBeNull();
  });
});
