import { useEffect, useState } from 'react';
import { sendMessage } from '../../../lib/messaging/send';
import type { PickerOption } from '../../../lib/tagging/picker-option';

/** The options found for `query`; results name their query, so stale ones can be told apart. */
export type PickerResults = { query: string; options: PickerOption[]; failed?: boolean };

/**
 * Options for the tag picker, searched in the worker (lib/tagging/picker-search.ts) as the person
 * types: one search for the sidebar frame, which has no storage of its own, and the popup.
 */
export function usePickerOptions(query: string): PickerResults | undefined {
  const [results, setResults] = useState<PickerResults>();
  useEffect(() => {
    let current = true;
    sendMessage('picker.search', { query: query.slice(0, 200), limit: 20 })
      .then(({ options }) => current && setResults({ query, options }))
      .catch(() => current && setResults({ query, options: [], failed: true }));
    return () => {
      current = false;
    };
  }, [query]);
  return results;
}
