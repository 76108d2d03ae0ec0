import { describe, expect, it } from 'vitest';
import { parseContextFile } from '../../lib/context-file/parse';
import { DEMO_YAML } from './harness';

const parsed = parseContextFile(DEMO_YAML);
const file = parsed.ok ? parsed.file : null;

function intentOf(intentId: string) {
  for (const mission of file?.missions ?? [])
    for (const goal of mission.goals)
      for (const intent of goal.intents)
        if (intent.id === intentId) return { mission, goal, intent };
  return undefined;
}

describe('server/seed/demo.yaml', () => {
  it('is a valid context file', () => {
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('has the four buckets with their shares and a colour each', () => {
    expect(file?.buckets.map((b) => [b.id, b.name, b.targetShare])).toEqual([
      ['new-capabilities', 'New capabilities', 0.5],
      ['ktlo', 'Keep the lights on', 0.2],
      ['tech-debt', 'Tech debt', 0.2],
      ['quality', 'Quality & reliability', 0.1],
    ]);
    expect(file?.buckets[0]?.color).toBe('#4f46e5');
    expect(file?.buckets.every((b) => b.color !== undefined)).toBe(true);
  });

  it('has enough missions, goals and intents for a realistic demo', () => {
    const goals = file?.missions.flatMap((m) => m.goals) ?? [];
    const intents = goals.flatMap((g) => g.intents);
    expect(file?.missions.length).toBeGreaterThanOrEqual(3);
    expect(goals.length).toBeGreaterThanOrEqual(6);
    expect(intents.length).toBeGreaterThanOrEqual(12);
    expect(goals.map((g) => g.status)).toEqual(expect.arrayContaining(['at_risk', 'off_track']));
    expect(goals.every((g) => g.timeframe && g.owner && g.metric?.target !== undefined)).toBe(true);
  });

  it('keeps the links the end-to-end tests rely on', () => {
    const link = (ticket: string) => file?.links.find((l) => l.ticket === ticket);
    for (const ticket of [
      'github:github.com/octolinker/testrepo#2',
      'github:github.com/octolinker/testrepo#1',
    ])
      expect(link(ticket)?.intent).toBe('guided-setup');
    expect(intentOf('guided-setup')).toMatchObject({
      mission: { id: 'self-serve', title: 'Make self-serve the default path to value' },
      goal: { id: 'activation', title: 'Raise week-1 activation to 45%' },
      intent: { title: 'Guided setup for new workspaces', bucket: 'new-capabilities' },
    });
    const pay42 = link('jira:acme.atlassian.net/PAY-42')?.intent;
    expect(intentOf(pay42 ?? '')?.mission.id).toBe('payments');
    expect(link('linear:acme/ENG-7')?.intent).toEqual(expect.any(String));
    expect(link('linear:acme/ENG-7')?.intent).not.toBe('guided-setup');
    expect(link('github:github.com/acme/app#42')).toEqual({
      ticket: 'github:github.com/acme/app#42',
      bucket: 'ktlo',
      note: 'Flaky deploys',
    });
    const systems = new Set(file?.links.map((l) => l.ticket.split(':')[0]));
    expect([...systems].sort()).toEqual(['github', 'gitlab', 'jira', 'linear']);
    expect(link('gitlab:gitlab.com/acme/web/app#5')?.intent).toBe('slo-alerting');
    expect(file?.links.length).toBeGreaterThanOrEqual(11);
  });

  it('has one ticket no intent fits, with a note', () => {
    expect(file?.links.filter((l) => l.noFit === true)).toEqual([
      expect.objectContaining({ ticket: 'linear:acme/ENG-9', note: expect.any(String) as string }),
    ]);
  });

  it('has realistic rules over repository, project, team, host and title, in order', () => {
    expect(file?.rules.map((r) => [r.id, r.intent ?? r.bucket])).toEqual([
      ['billing-repo', 'retry-failed-cards'],
      ['invoice-tickets', 'invoice-tax-ids'],
      ['flaky-tests', 'quarantine-flaky-tests'],
      ['incidents', 'ktlo'],
      ['ops-team', 'ktlo'],
      ['gitlab-quality', 'quality'],
    ]);
    expect(file?.rules.find((r) => r.id === 'gitlab-quality')?.when).toEqual({
      tracker: 'gitlab',
      project: 'acme/*',
    });
  });
});
