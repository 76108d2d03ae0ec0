import { formatNumber } from '../../lib/i18n/format';
import { i18n } from '#i18n';
import { useId, useRef, useState, type DragEvent } from 'react';
import { CONTEXT_FILE_MAX_BYTES } from '../../lib/context-file/parse';

const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 };

/**
 * Choose or drop one context file. Files over 5 MB are refused here, before they are read.
 * `onFile` gets the text; `onRefused` the reason a file was not read.
 */
export function ContextFileDrop(props: {
  disabled?: boolean;
  onFile(text: string, fileName: string): void;
  onRefused(reason: string, fileName: string): void;
}) {
  const { disabled, onFile, onRefused } = props;
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const take = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > CONTEXT_FILE_MAX_BYTES)
      return onRefused(
        i18n.t('options.file.tooBig', [
          formatNumber(file.size / 1024 / 1024, undefined, ONE_DECIMAL),
        ]),
        file.name,
      );
    try {
      onFile(await file.text(), file.name);
    } catch {
      onRefused(i18n.t('options.file.unreadable'), file.name);
    }
    // Choosing the same file again (after fixing it) must fire a change again.
    if (input.current) input.current.value = '';
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) void take(event.dataTransfer.files[0]);
  };

  return (
    <div
      className={over ? 'drop-zone over' : 'drop-zone'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label htmlFor={id}>{i18n.t('options.file.label')}</label>
      <input
        ref={input}
        id={id}
        type="file"
        accept=".yaml,.yml,.json,application/yaml,application/json,text/yaml"
        disabled={disabled}
        onChange={(event) => void take(event.target.files?.[0])}
      />
      <p className="field-note">{i18n.t('options.file.hint')}</p>
    </div>
  );
}
