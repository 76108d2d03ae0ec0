import { describe, expect, it } from 'vitest';
import { entityHits } from '../../../lib/search/first-answer';
import { EntitySnapshot } from '../../../lib/search/entity-snapshot';

/** Intents as the snapshot holds them: each with the words of its title. */
function snapshotOf(titles: string[]): EntitySnapshot {
  return new EntitySnapshot('v1', {
    kinds: titles.map(() => 'intent'),
    ids: titles.map((_, i) => `i${i}`),
    titles,
    details: titles.map(() => null),
    owners: titles.map(() => null),
    words: titles.map((title) =>
      title
        .toLowerCase()
        .split(/\s+/)
        .filter((word) => word !== 'the' && word !== 'for')
        .join(' '),
    ),
  });
}

const titles = (docs: EntitySnapshot, query: string) =>
  entityHits(docs, query).map((hit) => hit.doc.title);

describe('the first answer of a worker still building its index', () => {
  const docs = snapshotOf([
    'Guided setup for new workspaces',
    'Setup guide translations',
    'Guided tours everywhere in the product',
    'Billing retries',
  ]);

  it('finds entities whose words start with every word typed, whole words and shorter titles first', () => {
    expect(titles(docs, 'guide')).toEqual([
      'Setup guide translations',
      'Guided setup for new workspaces',
      'Guided tours everywhere in the product',
    ]);
    expect(titles(docs, 'guid setu')).toEqual([
      'Setup guide translations',
      'Guided setup for new workspaces',
    ]);
  });

  it('lists those with the most words when none has them all', () => {
    expect(titles(docs, 'billing zzqx')).toEqual(['Billing retries']);
  });

  it('takes two letters as a prefix alone, as a whole word beside others', () => {
    expect(titles(docs, 'bi')).toEqual(['Billing retries']);
    expect(titles(snapshotOf(['Billing bi weekly']), 'bi weekly')).toEqual(['Billing bi weekly']);
    expect(entityHits(snapshotOf(['Billing bi weekly']), 'bi weekly')[0]!.score).toBeGreaterThan(4);
    expect(titles(docs, 'bi retries')).toEqual(['Billing retries']);
    expect(entityHits(docs, 'bi retries')[0]!.score).toBeLessThan(
      entityHits(docs, 'billing retries')[0]!.score,
    );
  });
});
