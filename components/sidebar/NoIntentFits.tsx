import { i18n } from '#i18n';
import type { StoredLink } from '../../lib/db/database';
import { provenanceText } from '../../lib/coverage/provenance';

/** Someone said no intent fits this work: shown as such, with why, so the map can be fixed. */
export function NoIntentFits({ link }: { link: StoredLink }) {
  return (
    <section className="notice" aria-label={i18n.t('sidebar.noIntentFits')}>
      <h2>{i18n.t('sidebar.noIntentFits')}</h2>
      {link.pending === 'set' && (
        <p className="pending" role="status">
          {i18n.t('sidebar.pendingSaved')}
        </p>
      )}
      {link.note && <p className="note">“{link.note}”</p>}
      <p className="muted linked-by provenance">{provenanceText({ source: 'tagged', ...link })}</p>
    </section>
  );
}
