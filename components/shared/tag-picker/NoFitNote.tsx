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
      <label htmlFor={id}>Why does no intent fit? (optional)</label>
      <input
        id={id}
        autoFocus
        value={note}
        maxLength={2000}
        placeholder="e.g. Customer escalation, no goal covers it"
        onChange={(event) => setNote(event.target.value)}
        disabled={disabled}
      />
      <div className="row">
        <button type="submit" className="primary" disabled={disabled}>
          Save: no intent fits
        </button>
        <button type="button" onClick={onCancel}>
          Back
        </button>
      </div>
    </form>
  );
}
