import type { Transaction } from 'dexie';

/** `jira:jira.example.com:8443/PAY-42` → `jira:jira.example.com/PAY-42`; other ids unchanged. */
export function idWithoutPort(id: string): string {
  return id.replace(/^([a-z]+:[^/:]+):\d+\//, '$1/');
}

interface LinkRow {
  id: string;
  ticketId: string;
  version?: number;
  pending?: string;
  base?: { id: string; ticketId: string } | null;
}
interface OutboxRow {
  ticketId: string;
  mutation: { args: { ticketId: string } };
}
interface RejectionRow {
  ticketId: string;
  mutation: { args: { ticketId: string } };
}

/**
 * Schema v4: ticket ids lost their ports (DESIGN.md "Ticket ids"). Every stored id that carries
 * one moves to the id without it — links, queued tags and refused tags — so the outbox sends ids
 * the API accepts and one ticket never shows twice. Where both forms are stored, the link with a
 * tag waiting to be sent wins (it is what the person did last), else the newer server version.
 */
export async function moveIdsWithoutPorts(tx: Transaction): Promise<void> {
  const links = tx.table<LinkRow, string>('links');
  const moved = (await links.toArray()).filter((link) => idWithoutPort(link.id) !== link.id);
  for (const link of moved) {
    const id = idWithoutPort(link.id);
    const holder = await links.get(id);
    await links.delete(link.id);
    if (holder && !wins(link, holder)) continue;
    const base = link.base && { ...link.base, id, ticketId: id };
    await links.put({ ...link, id, ticketId: id, ...(link.base !== undefined ? { base } : {}) });
  }
  await tx
    .table<OutboxRow>('outbox')
    .toCollection()
    .modify((entry) => {
      entry.ticketId = idWithoutPort(entry.ticketId);
      entry.mutation.args.ticketId = idWithoutPort(entry.mutation.args.ticketId);
    });
  const rejections = tx.table<RejectionRow, string>('rejections');
  for (const rejection of await rejections.toArray()) {
    const id = idWithoutPort(rejection.ticketId);
    if (id === rejection.ticketId) continue;
    await rejections.delete(rejection.ticketId);
    const args = { ...rejection.mutation.args, ticketId: id };
    await rejections.put({ ...rejection, ticketId: id, mutation: { ...rejection.mutation, args } });
  }
}

function wins(link: LinkRow, holder: LinkRow): boolean {
  if (Boolean(link.pending) !== Boolean(holder.pending)) return Boolean(link.pending);
  return (link.version ?? 0) > (holder.version ?? 0);
}
