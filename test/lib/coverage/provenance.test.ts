import { describe, expect, it } from 'vitest';
import { provenanceText } from '../../../lib/coverage/provenance';

describe('how every surface names where the context comes from', () => {
  it.each([
    [
      { source: 'tagged', linkedBy: 'Dana', linkedAt: '2026-11-03T10:00:00Z' },
      'Tagged by Dana, 3 Nov',
    ],
    [
      { source: 'tagged', linkedBy: 'import', linkedAt: '2026-11-03T10:00:00Z' },
      'Tagged in the context file',
    ],
    [{ source: 'tagged', linkedAt: '2026-11-03T10:00:00Z' }, 'Tagged in the context file'],
    [{ source: 'tagged', linkedBy: 'Dana', linkedAt: 'not a date' }, 'Tagged by Dana'],
    [{ source: 'via', key: 'PAY-42' }, 'via PAY-42'],
    [
      { source: 'rule', name: 'Billing repo serves self-serve' },
      'By rule: Billing repo serves self-serve',
    ],
  ] as const)('%o reads "%s"', (provenance, text) => {
    expect(provenanceText(provenance, 'en-GB')).toBe(text);
  });
});
