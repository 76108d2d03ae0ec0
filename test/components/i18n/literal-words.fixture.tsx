// Literal words the scanner in no-literal-ui-strings.test.ts must find, one per line it names.
export function Literal({ more }: { more: boolean }) {
  return (
    <div className="row wide" role="status">
      <button type="button">Sync now</button>
      <button aria-label="Close">×</button>
      {more ? 'Show all' : null}
      <input placeholder="Search…" />
    </div>
  );
}
export const failure = 'That did not work; try again.';
