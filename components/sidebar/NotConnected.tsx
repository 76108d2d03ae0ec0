import { i18n } from '#i18n';
import { browser } from 'wxt/browser';

export function NotConnected() {
  return (
    <section className="notice" aria-label={i18n.t('sidebar.notConnected')}>
      <h2>{i18n.t('sidebar.connectTitle')}</h2>
      <p className="muted">{i18n.t('sidebar.connectHint')}</p>
      <button
        type="button"
        className="primary"
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        {i18n.t('common.openSettings')}
      </button>
    </section>
  );
}
