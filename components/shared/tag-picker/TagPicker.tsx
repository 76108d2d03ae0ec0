import { i18n } from '#i18n';
import { Command } from 'cmdk';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { PickerOption } from '../../../lib/tagging/picker-option';
import { usePickerOptions } from './usePickerOptions';
import './tag-picker.css';

interface TagPickerProps {
  /** The combobox's accessible name, e.g. "Tag PAY-7 to an intent or a bucket". */
  label: string;
  onPick(option: PickerOption): void;
  /** "No intent fits…": the person says none of these is what the work serves. */
  onNoFit(): void;
  /** Escape on an empty query. */
  onClose(): void;
  /** While a pick is being saved. */
  disabled?: boolean;
}

const valueOf = (option: PickerOption) => `${option.kind}:${option.id}`;
/** The option after every intent and bucket, whatever the query (DESIGN.md: "No intent fits…"). */
const NO_FIT = 'no-fit';
/** As listed: intents, then buckets. */
const listed = (options: readonly PickerOption[]) => [
  ...options.filter((o) => o.kind === 'intent'),
  ...options.filter((o) => o.kind === 'bucket'),
];

/**
 * The one tag picker (sidebar and popup): an accessible combobox (cmdk) over intents — found by
 * their own, their goal's or their mission's title — and buckets; an empty query lists the buckets.
 * Enter tags the highlighted option of the results for what is typed now. Results come from the
 * worker, so they may arrive after Enter (a query pasted in one go, then Enter at once): Enter
 * then waits for them and tags the first one listed, as it would have had they been there.
 * Escape clears the query, then closes.
 */
export function TagPicker({ label, onPick, onNoFit, onClose, disabled }: TagPickerProps) {
  const [query, setQuery] = useState('');
  const results = usePickerOptions(query);
  const current = results?.query === query ? results : undefined;
  /** The option arrows or the pointer moved to, in the results it was chosen in. */
  const [choice, setChoice] = useState<{ query: string; value: string }>();
  const shown = listed(results?.options ?? []);
  const highlighted =
    choice && choice.query === results?.query ? choice.value : shown[0] ? valueOf(shown[0]) : '';
  /** The query Enter was pressed on before its results arrived. */
  const enterWaitsFor = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!current || enterWaitsFor.current !== current.query) return;
    enterWaitsFor.current = undefined;
    const first = listed(current.options)[0];
    if (first) onPick(first);
    // Only the arrival of results completes a waiting Enter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (query) setQuery('');
      else onClose();
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault(); // cmdk's own Enter would act on whatever list is showing
      if (disabled) return;
      if (highlighted === NO_FIT) onNoFit();
      else if (!current) enterWaitsFor.current = query;
      else {
        const options = listed(current.options);
        const chosen = options.find((o) => valueOf(o) === highlighted) ?? options[0];
        if (chosen) onPick(chosen);
      }
    }
  };

  const options = shown;
  const intents = shown.filter((o) => o.kind === 'intent');
  const buckets = shown.filter((o) => o.kind === 'bucket');
  return (
    <Command
      label={label}
      className="picker"
      shouldFilter={false}
      value={highlighted}
      onValueChange={(value) => setChoice({ query: results?.query ?? '', value })}
      onKeyDown={onKeyDown}
      loop
    >
      <Command.Input
        autoFocus
        value={query}
        onValueChange={setQuery}
        placeholder={i18n.t('tagPicker.placeholder')}
        disabled={disabled}
      />
      <Command.List className="picker-list" label={i18n.t('tagPicker.listLabel')}>
        {/* Not cmdk's Empty: "No intent fits…" is always listed, so the list is never empty. */}
        {results?.failed && (
          <p className="picker-empty" role="status">
            {i18n.t('tagPicker.failed')}
          </p>
        )}
        {results && !results.failed && options.length === 0 && (
          <p className="picker-empty" role="status">
            {results.query.trim()
              ? i18n.t('tagPicker.nothingMatches', [results.query.trim()])
              : i18n.t('tagPicker.noBuckets')}
          </p>
        )}
        {intents.length > 0 && (
          <Command.Group heading={i18n.t('tagPicker.intents')}>
            {intents.map((option) => (
              <PickerItem key={valueOf(option)} option={option} onPick={onPick} />
            ))}
          </Command.Group>
        )}
        {buckets.length > 0 && (
          <Command.Group heading={i18n.t('tagPicker.buckets')}>
            {buckets.map((option) => (
              <PickerItem key={valueOf(option)} option={option} onPick={onPick} />
            ))}
          </Command.Group>
        )}
        {results && (
          <Command.Group heading={i18n.t('tagPicker.noneOfThese')}>
            <Command.Item value={NO_FIT} onSelect={onNoFit} className="picker-item">
              <span className="picker-title">{i18n.t('tagPicker.noFit')}</span>
              <span className="picker-detail muted">{i18n.t('tagPicker.noFitDetail')}</span>
            </Command.Item>
          </Command.Group>
        )}
      </Command.List>
      <p className="picker-hint muted">{i18n.t('tagPicker.hint')}</p>
    </Command>
  );
}

function PickerItem({
  option,
  onPick,
}: {
  option: PickerOption;
  onPick(option: PickerOption): void;
}) {
  return (
    <Command.Item value={valueOf(option)} onSelect={() => onPick(option)} className="picker-item">
      <span className="picker-title">{option.title}</span>
      {option.detail && <span className="picker-detail muted">{option.detail}</span>}
    </Command.Item>
  );
}
