import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, '..', '..', '..', 'locales');
const other = readdirSync(LOCALES).filter((file) => file.endsWith('.yml') && file !== 'en.yml');

/** Each key with what a translation must keep: how many $n it takes, and whether it is a plural. */
async function shape(file: string) {
  const messages: ParsedMessage[] = await parseMessagesFile(join(LOCALES, file));
  return Object.fromEntries(
    messages.map((m) => [
      m.key.join('.'),
      `${m.type === 'plural' ? 'plural' : 'text'} $${m.substitutions}`,
    ]),
  );
}

describe('locale files', () => {
  it('include at least one besides English, to prove the plumbing', () => {
    expect(other.length).toBeGreaterThan(0);
  });

  for (const file of other)
    it(`${file} translates every English message, with the same substitutions`, async () => {
      expect(await shape(file)).toEqual(await shape('en.yml'));
    });
});
