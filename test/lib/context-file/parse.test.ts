import { describe, expect, it } from 'vitest';
import { MISSING_KEY, parseContextFile } from '../../../lib/context-file/parse';
import { entitiesOfContextFile } from '../../../lib/context-file/to-entities';

const GOOD = `workspace: Acme
buckets:
  - { id: new-capabilities, name: New capabilities, targetShare: 0.5, color: "#4f46e5" }
  - { id: ktlo, name: Keep the lights on, targetShare: 0.2 }
missions:
  - id: self-serve
    title: Make self-serve the default path to value
    goals:
      - id: activation
        title: Raise week-1 activation to 45%
        status: at_risk
        metric: { name: Week-1 activation, current: 0.38, target: 0.45, unit: ratio }
        intents:
          - { id: guided-setup, title: Guided setup for new workspaces, bucket: new-capabilities }
links:
  - { ticket: "jira:acme.atlassian.net/PAY-42", intent: guided-setup }
  - { ticket: "github:github.com/acme/app#42", bucket: ktlo, note: Flaky deploys }
`;

describe('parseContextFile', () => {
  it('reads the design example and flattens it parents first', () => {
    const parsed = parseContextFile(GOOD);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const entities = entitiesOfContextFile(parsed.file);
    expect(entities.map((e) => `${e.type}:${e.id}`)).toEqual([
      'bucket:new-capabilities',
      'bucket:ktlo',
      'mission:self-serve',
      'goal:activation',
      'intent:guided-setup',
      'link:jira:acme.atlassian.net/PAY-42',
      'link:github:github.com/acme/app#42',
    ]);
    expect(entities.find((e) => e.id === 'guided-setup')?.data).toEqual({
      title: 'Guided setup for new workspaces',
      goalId: 'activation',
      bucketId: 'new-capabilities',
    });
  });

  it('reads the same content as JSON', () => {
    const json = JSON.stringify({ workspace: 'Acme', buckets: [{ id: 'b', name: 'B' }] });
    expect(parseContextFile(json).ok).toBe(true);
  });

  it('names the path and the line of a wrong value', () => {
    const parsed = parseContextFile(GOOD.replace('status: at_risk', 'status: doing-ok'));
    expect(parsed).toMatchObject({
      ok: false,
      problems: [{ path: 'missions[0].goals[0].status', line: 11 }],
    });
  });

  it('names a tracker it does not know, with the path and line, and accepts GitLab ids', () => {
    const file = GOOD.replace(
      '  - { ticket: "github:github.com/acme/app#42", bucket: ktlo, note: Flaky deploys }',
      '  - { ticket: "youtrack:acme.example.com/PAY-1", bucket: ktlo }\n  - { ticket: "gitlab:gitlab.com/acme/web/app!17", bucket: ktlo }',
    );
    const parsed = parseContextFile(file);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.path)).toEqual(['links[1].ticket']);
    expect(parsed.problems[0]?.message).toContain('Unknown tracker "youtrack"');
    expect(parsed.problems[0]?.line).toBe(17);
  });

  it('says a required key is missing, at its parent’s line, and keeps wrong types as they are', () => {
    const parsed = parseContextFile(
      GOOD.replace('workspace: Acme\n', '').replace(
        '        title: Raise week-1 activation to 45%\n',
        '',
      ),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toContainEqual({ path: 'workspace', message: MISSING_KEY, line: 1 });
    expect(parsed.problems).toContainEqual({
      path: 'missions[0].goals[0].title',
      message: MISSING_KEY,
      line: 8, // its goal's `- id: activation`, one line up now that `workspace` is gone
    });
    const wrongType = parseContextFile(GOOD.replace('workspace: Acme', 'workspace: [Acme]'));
    expect(wrongType.ok ? [] : wrongType.problems.map((p) => p.message)).toEqual([
      'Invalid input: expected string, received array',
    ]);
  });

  it('says what a share and a rule’s words look like when they are written another way', () => {
    const parsed = parseContextFile(
      `${GOOD.replace('targetShare: 0.5', 'targetShare: 50%').replace('targetShare: 0.2', 'targetShare: 20')}rules:
  - { id: incidents, name: Incidents, when: { titleHas: incident }, bucket: ktlo }
`,
    );
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      {
        path: 'buckets[0].targetShare',
        message: 'Expected a share from 0 to 1, like 0.5 for half',
        line: 3,
      },
      {
        path: 'buckets[1].targetShare',
        message: 'Expected a share from 0 to 1, like 0.5 for half',
        line: 4,
      },
      {
        path: 'rules[0].when.titleHas',
        message: 'Expected a list of words or phrases, like [incident, hotfix]',
        line: 19,
      },
    ]);
  });

  it('reports a misspelt key instead of dropping it', () => {
    const parsed = parseContextFile(GOOD.replace('        intents:', '        intens:'));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]?.path).toBe('missions[0].goals[0]');
    expect(parsed.problems[0]?.message).toMatch(/intens/);
  });

  it('reports links to unknown intents and duplicate ids with their paths', () => {
    const parsed = parseContextFile(
      GOOD.replace('intent: guided-setup }', 'intent: nowhere }').replace(
        'id: ktlo',
        'id: new-capabilities',
      ),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.path)).toEqual([
      'buckets[1].id',
      'links[0].intent',
      'links[1].bucket',
    ]);
    expect(parsed.problems[1]?.line).toBe(16);
  });

  it('reports YAML syntax errors with their line', () => {
    const parsed = parseContextFile('workspace: Acme\nbuckets:\n  - { id: a, name: [unclosed\n');
    expect(parsed).toMatchObject({ ok: false });
    if (parsed.ok) return;
    expect(parsed.problems[0]?.line).toBeGreaterThan(0);
  });

  it('refuses a file that is not a mapping, and one over 5 MB', () => {
    expect(parseContextFile('- just\n- a list\n')).toMatchObject({ ok: false });
    expect(parseContextFile(`workspace: A\n#${'x'.repeat(5 * 1024 * 1024)}`)).toMatchObject({
      ok: false,
      problems: [{ message: 'The file is larger than 5 MB' }],
    });
  });
});
