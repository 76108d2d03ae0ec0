import { i18n } from '#i18n';
import { useId, useState, type FormEvent } from 'react';
import { CONNECT_INPUT_MAX } from '../../lib/connection/connect-reply';
import type { Connection } from '../../lib/db/meta';
import { sendMessage } from '../../lib/messaging/send';
import type { ManagedPolicy } from '../../lib/settings/managed-policy';
import { WORKER_SILENT } from '../shared/useWorkerAction';

type FormState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'field'; field: 'apiUrl' | 'token'; message: string }
  | { kind: 'failed'; failure: { title: string; advice: string } };

/**
 * API URL, API token, Connect (DESIGN.md names). Values from browser policy are shown read-only
 * and used as they are. Stored settings change only after the server answered /v1/me correctly.
 */
export function ConnectForm({ current, policy }: { current?: Connection; policy: ManagedPolicy }) {
  const ids = { url: useId(), token: useId(), urlNote: useId(), tokenNote: useId() };
  const [apiUrl, setApiUrl] = useState(policy.apiUrl ?? current?.apiUrl ?? '');
  const [token, setToken] = useState('');
  const [state, setState] = useState<FormState>({ kind: 'idle' });
  const urlLocked = policy.apiUrl !== undefined;
  const tokenLocked = policy.apiToken !== undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState({ kind: 'checking' });
    // The worker checks and stores it, with no sync running meanwhile, then syncs.
    const attempt = await sendMessage('connection.connect', {
      apiUrl: (policy.apiUrl ?? apiUrl).slice(0, CONNECT_INPUT_MAX),
      token: (policy.apiToken ?? token).slice(0, CONNECT_INPUT_MAX),
    }).catch(() => ({
      ok: false as const,
      failure: { title: i18n.t('options.connection.failed'), advice: WORKER_SILENT },
    }));
    if (attempt.ok) {
      setToken('');
      setState({ kind: 'idle' });
    } else if ('field' in attempt) {
      setState({ kind: 'field', field: attempt.field, message: attempt.message });
    } else {
      setState({ kind: 'failed', failure: attempt.failure });
    }
  };

  const fieldError = (field: 'apiUrl' | 'token') =>
    state.kind === 'field' && state.field === field ? state.message : undefined;
  const urlError = fieldError('apiUrl');
  const tokenError = fieldError('token');

  return (
    <form className="connect-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={ids.url}>{i18n.t('options.connection.apiUrl')}</label>
      <input
        id={ids.url}
        type="url"
        value={urlLocked ? policy.apiUrl : apiUrl}
        readOnly={urlLocked}
        placeholder={i18n.t('options.connection.urlPlaceholder')}
        autoComplete="url"
        spellCheck={false}
        aria-invalid={urlError ? true : undefined}
        aria-describedby={urlError || urlLocked ? ids.urlNote : undefined}
        onChange={(event) => setApiUrl(event.target.value)}
      />
      <FieldNote id={ids.urlNote} error={urlError} locked={urlLocked} />
      <label htmlFor={ids.token}>{i18n.t('options.connection.apiToken')}</label>
      <input
        id={ids.token}
        type="password"
        value={tokenLocked ? '' : token}
        readOnly={tokenLocked}
        placeholder={
          tokenLocked
            ? i18n.t('options.connection.tokenLocked')
            : current
              ? i18n.t('options.connection.tokenStored')
              : i18n.t('options.connection.tokenPlaceholder')
        }
        autoComplete="off"
        spellCheck={false}
        aria-invalid={tokenError ? true : undefined}
        aria-describedby={tokenError || tokenLocked ? ids.tokenNote : undefined}
        onChange={(event) => setToken(event.target.value)}
      />
      <FieldNote id={ids.tokenNote} error={tokenError} locked={tokenLocked} />
      <div className="actions">
        <button type="submit" className="primary" disabled={state.kind === 'checking'}>
          {state.kind === 'checking'
            ? i18n.t('options.connection.connecting')
            : i18n.t('options.connection.connect')}
        </button>
      </div>
      {state.kind === 'failed' && (
        <div className="notice error" role="alert">
          <p>
            <strong>{state.failure.title}</strong>
          </p>
          <p>{state.failure.advice}</p>
        </div>
      )}
    </form>
  );
}

/** Under a field: what is wrong with it (announced), or why it cannot be edited. */
function FieldNote({ id, error, locked }: { id: string; error?: string; locked: boolean }) {
  if (error)
    return (
      <p id={id} className="field-error" role="alert">
        {error}
      </p>
    );
  if (locked)
    return (
      <p id={id} className="field-note">
        {i18n.t('options.connection.locked')}
      </p>
    );
  return null;
}
