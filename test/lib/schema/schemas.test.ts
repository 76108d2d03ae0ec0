import { describe, expect, it } from 'vitest';
import { BucketSchema, GoalSchema, LinkSchema } from '../../../lib/schema/entities';
import { MutationsRequestSchema } from '../../../lib/schema/mutations';
import { ChangeSchema, SyncPageSchema } from '../../../lib/schema/sync';
import { TicketIdSchema } from '../../../lib/schema/ticket-id';
import { keyOfTicketId } from '../../../lib/trackers/ticket-ids';

const server = { version: 1, updatedAt: '2026-11-01T10:00:00.000Z' };
const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe('ticket ids', () => {
  it.each([
    'jira:acme.atlassian.net/PAY-42',
    'jira:jira.example.com/OPS_2-7',
    'linear:acme/ENG-7',
    'github:github.com/acme/app#42',
    'github:ghe.example.com/some-org/my.repo_x#1',
    'gitlab:gitlab.com/acme/app#5',
    'gitlab:gitlab.com/acme/web/app!17',
    'gitlab:gitlab.example.com/a_b/c.d/e-f#1',
  ])('accepts the canonical id %s', (id) => {
    expect(TicketIdSchema.safeParse(id).success).toBe(true);
  });

  it.each([
    'jira:ACME.atlassian.net/PAY-42',
    'jira:acme.atlassian.net/pay-42',
    'jira:acme.atlassian.net/PAY-0',
    'linear:Acme/ENG-7',
    'github:github.com/Acme/app#42',
    'github:github.com/acme/app#0',
    'github:github.com/-acme/app#1',
    'gitlab:gitlab.com/app#1',
    'gitlab:gitlab.com/Acme/app#1',
    'gitlab:gitlab.com/acme/app$1',
    'jira:jira.example.com:8443/PAY-42',
    'github:ghe.example.com:8443/acme/app#1',
    'PAY-42',
  ])('rejects %s with a readable message', (id) => {
    const result = TicketIdSchema.safeParse(id);
    expect(result.success).toBe(false);
    expect(firstMessage(result)).toMatch(/canonical ticket id/);
  });

  it('names an unknown tracker, or the form a known tracker expects', () => {
    expect(firstMessage(TicketIdSchema.safeParse('youtrack:acme.example.com/PAY-1'))).toMatch(
      /^Not a canonical ticket id: Unknown tracker "youtrack"; expected one of jira:.*gitlab:/,
    );
    expect(firstMessage(TicketIdSchema.safeParse('gitlab:gitlab.com/app#1'))).toBe(
      'Not a canonical ticket id; expected gitlab:<host>/<group>/<project>#<iid> (issue) or …!<iid> (merge request)',
    );
  });

  it('derives the human key', () => {
    expect(keyOfTicketId('jira:acme.atlassian.net/PAY-42')).toBe('PAY-42');
    expect(keyOfTicketId('linear:acme/ENG-7')).toBe('ENG-7');
    expect(keyOfTicketId('github:github.com/acme/app#42')).toBe('acme/app#42');
    expect(keyOfTicketId('gitlab:gitlab.com/acme/web/app!17')).toBe('acme/web/app!17');
  });
});

describe('entities', () => {
  it('accepts a complete goal and rejects a bad status', () => {
    const goal = {
      id: 'activation',
      missionId: 'self-serve',
      title: 'Raise activation',
      status: 'at_risk',
      metric: { name: 'Activation', current: 0.38, target: 0.45, unit: 'ratio' },
      ...server,
    };
    expect(GoalSchema.safeParse(goal).success).toBe(true);
    expect(GoalSchema.safeParse({ ...goal, status: 'meh' }).success).toBe(false);
  });

  it('rejects a colour that is not #rrggbb and a share above 1', () => {
    const bucket = { id: 'b', name: 'B', ...server };
    expect(firstMessage(BucketSchema.safeParse({ ...bucket, color: 'red' }))).toMatch(/#4f46e5/);
    expect(BucketSchema.safeParse({ ...bucket, targetShare: 1.5 }).success).toBe(false);
  });

  it('rejects ids longer than 128 characters', () => {
    expect(
      firstMessage(BucketSchema.safeParse({ id: 'x'.repeat(129), name: 'B', ...server })),
    ).toMatch(/128/);
  });

  it('needs a link to name an intent or a bucket, and its id to be its ticket', () => {
    const link = {
      id: 'linear:acme/ENG-7',
      ticketId: 'linear:acme/ENG-7',
      linkedAt: server.updatedAt,
      ...server,
    };
    expect(firstMessage(LinkSchema.safeParse(link))).toMatch(/intentId or a bucketId/);
    expect(LinkSchema.safeParse({ ...link, intentId: 'i' }).success).toBe(true);
    expect(LinkSchema.safeParse({ ...link, intentId: 'i', id: 'linear:acme/ENG-8' }).success).toBe(
      false,
    );
  });

  it('accepts only http(s) URLs', () => {
    const link = {
      id: 'linear:acme/ENG-7',
      ticketId: 'linear:acme/ENG-7',
      intentId: 'i',
      linkedAt: server.updatedAt,
      ...server,
    };
    expect(
      LinkSchema.safeParse({ ...link, url: 'https://linear.app/acme/issue/ENG-7' }).success,
    ).toBe(true);
    expect(firstMessage(LinkSchema.safeParse({ ...link, url: 'javascript:alert(1)' }))).toMatch(
      /http/,
    );
  });
});

describe('sync protocol', () => {
  it('accepts puts and deletes and rejects unknown types', () => {
    expect(
      ChangeSchema.safeParse({ type: 'goal', op: 'delete', id: 'g', version: 3 }).success,
    ).toBe(true);
    expect(
      ChangeSchema.safeParse({ type: 'goal', op: 'put', id: 'g', version: 3, data: {} }).success,
    ).toBe(true);
    expect(
      ChangeSchema.safeParse({ type: 'team', op: 'delete', id: 'g', version: 3 }).success,
    ).toBe(false);
  });

  it('requires a cursor and a more flag on a page', () => {
    expect(SyncPageSchema.safeParse({ cursor: 'c', more: false, changes: [] }).success).toBe(true);
    expect(SyncPageSchema.safeParse({ more: false, changes: [] }).success).toBe(false);
  });
});

describe('mutations', () => {
  const set = {
    id: '7d0d3b4e-5e0e-4a5b-9c1a-0f6c7f1b2a3c',
    type: 'link.set',
    args: { ticketId: 'linear:acme/ENG-7', intentId: 'i' },
  };

  it('accepts 1 to 100 mutations', () => {
    expect(MutationsRequestSchema.safeParse({ clientId: 'c', mutations: [set] }).success).toBe(
      true,
    );
    expect(MutationsRequestSchema.safeParse({ clientId: 'c', mutations: [] }).success).toBe(false);
    const many = Array.from({ length: 101 }, () => set);
    expect(
      firstMessage(MutationsRequestSchema.safeParse({ clientId: 'c', mutations: many })),
    ).toMatch(/100/);
  });

  it('rejects a mutation id that is not a uuid and a set with no target', () => {
    expect(
      MutationsRequestSchema.safeParse({ clientId: 'c', mutations: [{ ...set, id: '1' }] }).success,
    ).toBe(false);
    const noTarget = { ...set, args: { ticketId: 'linear:acme/ENG-7' } };
    expect(
      firstMessage(MutationsRequestSchema.safeParse({ clientId: 'c', mutations: [noTarget] })),
    ).toMatch(/intentId or a bucketId/);
  });
});
