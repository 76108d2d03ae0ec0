/** A failure to act on, announced as it appears. */
export function ErrorNotice({ error }: { error: string | undefined }) {
  if (!error) return null;
  return (
    <p className="notice error" role="alert">
      {error}
    </p>
  );
}
