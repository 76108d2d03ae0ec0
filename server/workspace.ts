import type { Queryable } from './store/store';

export interface Workspace {
  id: string;
  name: string;
}

export async function readWorkspace(db: Queryable): Promise<Workspace> {
  const rows = await db.query<{ id: string; name: string }>('SELECT id, name FROM workspace');
  const row = rows[0];
  if (row === undefined) throw new Error('The workspace row is missing; were migrations applied?');
  return { id: row.id, name: row.name };
}

export async function renameWorkspace(db: Queryable, name: string): Promise<void> {
  await db.query('UPDATE workspace SET name = $1', [name]);
}
