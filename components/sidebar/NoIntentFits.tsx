import type { StoredLink } from '../../lib/db/database';
import { provenanceText } from '../../lib/coverage/provenance';

/** Someone said no intent fits this work: shown as such, with why, so the map can be fixed. */
export function NoIntentFits({ link }: { link: StoredLink }) {
  return (
    <section className="notice" aria-label="No intent fits">
      <h2>No intent fits</h2>
      {link.pending === 'set' && (
        <p className="pending" role="status">
          Saved here; it reaches the context API on the next sync.
        </p>
      )}
      {link.note && <p className="note">“{link.note}”</p>}
      <p className="muted linked-by provenance">{provenanceText({ source: 'tagged', ...link })}</p>
    </section>
  );
}
