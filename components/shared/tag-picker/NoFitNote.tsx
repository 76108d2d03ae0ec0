import { i18n } from '#i18n';
import { useId, useState, type FormEvent } from 'react';

interface NoFitNoteProps {
  onSave(note: string): void;
  onCancel(): void;
  disabled?: boolean;
}

/**
 * After "No intent fits…": an optional note saying why, so product operations can fix the map of
 * intents where work escapes it. Enter saves, Escape goes back.
 */
export function NoFitNote({ onSave, onCancel, disabled }: NoFitNoteProps) {
  const [note, setNote] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(note);
  };
  return (
    <form
      className="no-fit-note"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <label htmlFor={id}>{i18n.t('tagPicker.noFitNoteLabel')}</label>
      <input
        id={id}
        autoFocus
        value={note}
        maxLength={2000}
        placeholder={i18n.t('tagPicker.noFitNotePlaceholder')}
        onChange={(event) => setNote(event.target.value)}
        disabled={disabled}
      />
      <div className="row">
        <button type="submit" className="primary" disabled={disabled}>
          {i18n.t('tagPicker.noFitSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {i18n.t('common.back')}
        </button>
      </div>
    </form>
  );
}
