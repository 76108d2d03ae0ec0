import { useId, useState, type FormEvent } from 'react';
import { createApiClient, normaliseApiUrl } from '../../lib/api/client';
import { ApiFailure } from '../../lib/api/errors';
import { connect } from '../../lib/connection/connect';
import type { Connection } from '../../lib/db/meta';
import { sendMessage } from '../../lib/messaging/send';
import { useDb } from '../shared/useDb';

type FormState = { kind: 'idle' } | { kind: 'checking' } | { kind: 'error'; message: string };

export function ConnectForm({ current }: { current?: Connection }) {
  const db = useDb();
  const urlId = useId();
  const tokenId = useId();
  const [apiUrl, setApiUrl] = useState(current?.apiUrl ?? '');
  const [token, setToken] = useState('');
  const [state, setState] = useState<FormState>({ kind: 'idle' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState({ kind: 'checking' });
    try {
      const url = normaliseApiUrl(apiUrl);
      const cleanToken = token.trim();
      if (!cleanToken) throw new Error('Paste the API token your admin gave you.');
      if (/\s/.test(cleanToken))
        throw new Error('An API token has no spaces; check what you pasted.');
      await connect(db, createApiClient({ apiUrl: url, token: cleanToken }), url, cleanToken);
      setToken('');
      setState({ kind: 'idle' });
      void sendMessage('sync.now', {}).catch(() => undefined);
    } catch (error) {
      const message = error instanceof ApiFailure ? error.advice : (error as Error).message;
      setState({ kind: 'error', message });
    }
  };

  return (
    <form className="connect-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={urlId}>API URL</label>
      <input
        id={urlId}
        type="url"
        value={apiUrl}
        placeholder="https://context.example.com"
        autoComplete="url"
        onChange={(event) => setApiUrl(event.target.value)}
      />
      <label htmlFor={tokenId}>API token</label>
      <input
        id={tokenId}
        type="password"
        value={token}
        placeholder={current ? 'Stored; paste a new one to replace it' : 'tl_…'}
        autoComplete="off"
        onChange={(event) => setToken(event.target.value)}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={state.kind === 'checking'}>
          {state.kind === 'checking' ? 'Connecting…' : 'Connect'}
        </button>
      </div>
      {state.kind === 'error' && (
        <p className="notice error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
