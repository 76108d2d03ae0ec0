/** One step of a chain (Intent, Goal, Mission): its title opens its page in the popup. */
export function EntityButton({
  label,
  title,
  onClick,
}: {
  label: string;
  title: string;
  onClick(): void;
}) {
  return (
    <div className="chain-row">
      <dt>{label}</dt>
      <dd>
        <button type="button" className="link-button truncate" onClick={onClick} title={title}>
          {title}
        </button>
      </dd>
    </div>
  );
}
