import { browser } from 'wxt/browser';

export function NotConnected() {
  return (
    <section className="notice" aria-label="Not connected">
      <h2>Connect Throughline</h2>
      <p className="muted">
        Add your context API URL and token to see the mission, goal and intent behind this ticket.
      </p>
      <button
        type="button"
        className="primary"
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        Open settings
      </button>
    </section>
  );
}
