import { i18n } from '#i18n';
import { Component, type ReactNode } from 'react';

/**
 * If reading the local store fails (IndexedDB disabled, quota, a damaged database), say so
 * instead of leaving an empty popup.
 */
export class PopupErrorBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="notice error" role="alert">
        <h2>{i18n.t('popup.readFailed')}</h2>
        <p>{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: undefined })}>
          {i18n.t('popup.tryAgain')}
        </button>
      </div>
    );
  }
}
