import { Command } from 'cmdk';
import { useState } from 'react';
import type { PickerOption } from '../../lib/sidebar/picker-search';
import { usePickerOptions } from './usePickerOptions';

interface TagPickerProps {
  onPick(option: PickerOption): void;
  onClose(): void;
}

/**
 * An accessible combobox (cmdk) over intents — found by their own, their goal's or their
 * mission's title — and buckets. Enter applies the highlighted option; Escape closes.
 */
export function TagPicker({ onPick, onClose }: TagPickerProps) {
  const [query, setQuery] = useState('');
  const results = usePickerOptions(query);
  const options = results?.options ?? [];
  const intents = options.filter((o) => o.kind === 'intent');
  const buckets = options.filter((o) => o.kind === 'bucket');
  return (
    <Command
      label="Tag this ticket"
      className="picker"
      shouldFilter={false}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <Command.Input
        autoFocus
        value={query}
        onValueChange={setQuery}
        placeholder="Search intents, goals, missions or buckets…"
        aria-label="Search intents and buckets"
      />
      <Command.List className="picker-list">
        {results?.failed && <Command.Empty>Couldn't search; try again.</Command.Empty>}
        {results && !results.failed && options.length === 0 && (
          <Command.Empty>Nothing matches “{query}”.</Command.Empty>
        )}
        {intents.length > 0 && (
          <Command.Group heading="Intents">
            {intents.map((option) => (
              <PickerItem key={`intent:${option.id}`} option={option} onPick={onPick} />
            ))}
          </Command.Group>
        )}
        {buckets.length > 0 && (
          <Command.Group heading="Buckets">
            {buckets.map((option) => (
              <PickerItem key={`bucket:${option.id}`} option={option} onPick={onPick} />
            ))}
          </Command.Group>
        )}
      </Command.List>
      <p className="picker-hint muted">↑↓ to choose · Enter to tag · Esc to close</p>
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
    <Command.Item
      value={`${option.kind}:${option.id}`}
      onSelect={() => onPick(option)}
      className="picker-item"
    >
      <span className="picker-title">{option.title}</span>
      {option.detail && <span className="picker-detail muted">{option.detail}</span>}
    </Command.Item>
  );
}
