import { useEffect, useState } from 'react';
import { sendMessage } from '../../lib/messaging/send';
import type { PickerOption } from '../../lib/sidebar/picker-search';

export type PickerResults = { query: string; options: PickerOption[]; failed?: boolean };

/** Options for the tag picker, searched in the worker as the person types. */
export function usePickerOptions(query: string): PickerResults | undefined {
  const [results, setResults] = useState<PickerResults>();
  useEffect(() => {
    let current = true;
    sendMessage('picker.search', { query, limit: 20 })
      .then(({ options }) => current && setResults({ query, options }))
      .catch(() => current && setResults({ query, options: [], failed: true }));
    return () => {
      current = false;
    };
  }, [query]);
  return results;
}
