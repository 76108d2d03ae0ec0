import { describe, expect, it } from 'vitest';
import { formatPageWord, PAGE_WORDS, pageWordsFrom } from '../../../lib/summary/page-words';
import { PageWordsSchema } from '../../../lib/summary/page-words-schema';
import { englishPageWords } from '../mount/english-page-words';

describe('the words content scripts draw with', () => {
  it('come from the locale files with a slot for each value, filled in on the page', () => {
    const words = englishPageWords();
    expect(words.notLinked).toBe('Not linked');
    expect(words.mixShareTarget).toBe('{1} {2} (target {3})');
    expect(formatPageWord(words.mixShareTarget, ['Growth', '40%', '50%'])).toBe(
      'Growth 40% (target 50%)',
    );
    expect(PageWordsSchema.parse(words)).toEqual(words);
  });

  it('leave a missing value empty and text that only looks like a slot alone', () => {
    expect(formatPageWord('{1} and {2}', ['one'])).toBe('one and ');
    expect(formatPageWord('{x} $1 {1}', ['{2}'])).toBe('{x} $1 {2}');
  });

  it('are every word of the list, asked for by its page_ key', () => {
    const asked: string[] = [];
    pageWordsFrom((name) => {
      asked.push(name);
      return name;
    });
    expect(asked).toEqual(PAGE_WORDS.map((word) => `page_${word}`));
  });
});
