import { i18n } from '#i18n';

/**
 * In place of "Loading…" when the worker has sent nothing for this ticket in a while: the frame's
 * token never came, or the worker refused or lost it. Only the content script can ask for a new
 * one, which it does when the sidebar is opened again.
 */
export function NoAnswerYet() {
  return (
    <section className="notice" role="alert" aria-label={i18n.t('sidebar.noAnswerTitle')}>
      <h2>{i18n.t('sidebar.noAnswerTitle')}</h2>
      <p className="muted">{i18n.t('sidebar.noAnswerHint')}</p>
    </section>
  );
}
