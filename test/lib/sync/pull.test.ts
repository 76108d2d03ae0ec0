import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../../../lib/db/context';
import { readMeta } from '../../../lib/db/meta';
import { pull } from '../../../lib/sync/pull';
import { makeDb } from '../db/make-db';
import { startInProcessApi } from './in-process-api';

const CONTEXT = `workspace: Acme
buckets:
  - { id: new, name: New capabilities, targetShare: 0.5 }
  - { id: ktlo, name: Keep the lights on }
missions:
  - id: m1
    title: Self-serve
    goals:
      - id: g1
        title: Activation 45%
        intents:
          - { id: i1, title: Guided setup, bucket: new }
          - { id: i2, title: Templates, bucket: new }
links:
  - { ticket: "linear:acme/ENG-7", intent: i1 }
  - { ticket: "github:github.com/acme/app#42", bucket: ktlo }
`;

describe('pull from the real context API', () => {
  let api: Awaited<ReturnType<typeof startInProcessApi>>;
  beforeAll(async () => {
    api = await startInProcessApi();
    await api.importYaml(CONTEXT);
  });
  afterAll(() => api.close());

  it('bootstraps the whole context over several small pages', async () => {
    const db = makeDb();
    const result = await pull(db, api.client(), 2);
    expect(result.pages).toBeGreaterThanOrEqual(4);
    expect(await db.intents.count()).toBe(2);
    expect(await db.links.count()).toBe(2);
    expect((await contextFor(db, 'linear:acme/ENG-7'))?.mission?.title).toBe('Self-serve');
    expect(await readMeta(db, 'cursor')).toBeTruthy();
  });

  it('applies later changes and deletes as a delta', async () => {
    const db = makeDb();
    await pull(db, api.client());
    await api.importYaml(
      CONTEXT.replace(
        '  - { ticket: "github:github.com/acme/app#42", bucket: ktlo }\n',
        '',
      ).replace('Templates', 'Workspace templates'),
    );
    const delta = await pull(db, api.client());
    expect(delta.applied).toBe(2);
    expect(await db.links.get('github:github.com/acme/app#42')).toBeUndefined();
    expect((await db.intents.get('i2'))?.title).toBe('Workspace templates');
    await api.importYaml(CONTEXT);
  });

  it('starts over on an expired cursor without losing rows that still exist', async () => {
    const db = makeDb();
    await pull(db, api.client());
    await db.meta.put({ key: 'cursor', value: 'not-a-cursor-from-this-server' });
    await db.missions.put({
      id: 'gone',
      title: 'Removed meanwhile',
      version: 1,
      updatedAt: '2026-01-01T00:00:00Z',
    });
    const result = await pull(db, api.client());
    expect(result.rebuilt).toBe(true);
    expect(await db.missions.get('gone')).toBeUndefined();
    expect(await db.intents.count()).toBe(2);
  });

  it('leaves the store as it was when the API is unreachable', async () => {
    const db = makeDb();
    await pull(db, api.client());
    const cursor = await readMeta(db, 'cursor');
    api.setFault('down');
    await expect(pull(db, api.client())).rejects.toMatchObject({ kind: 'unreachable' });
    api.setFault(undefined);
    expect(await readMeta(db, 'cursor')).toBe(cursor);
    expect(await db.links.count()).toBe(2);
  });

  it('reports a refused token', async () => {
    await expect(pull(makeDb(), api.client({ token: 'wrong' }))).rejects.toMatchObject({
      kind: 'unauthorized',
    });
  });
});
