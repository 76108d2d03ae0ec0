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
        <h2>Throughline could not read its local data</h2>
        <p>{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: undefined })}>
          Try again
        </button>
      </div>
    );
  }
}
