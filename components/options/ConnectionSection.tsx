import type { Connection, Standalone } from '../../lib/db/meta';
import { isFullyManaged, type ManagedPolicy } from '../../lib/settings/managed-policy';
import { ConnectForm } from './ConnectForm';
import { DisconnectButton } from './DisconnectButton';

interface ConnectionSectionProps {
  connection?: Connection;
  standalone?: Standalone;
  policy: ManagedPolicy;
  pending: number;
}

/** Where a new person starts: the API URL and token, and who they are connected as. */
export function ConnectionSection({
  connection,
  standalone,
  policy,
  pending,
}: ConnectionSectionProps) {
  const managed = isFullyManaged(policy);
  return (
    <section aria-labelledby="connection-heading">
      <h2 id="connection-heading">Connection</h2>
      {connection ? (
        <div className="connection-status">
          <p className="connected" role="status">
            Connected to <strong>{connection.workspaceName}</strong> as {connection.userName}
          </p>
          <p className="muted">{connection.apiUrl}</p>
          {managed ? (
            <p className="field-note">
              Your organisation set up this connection through browser policy.
            </p>
          ) : (
            <DisconnectButton connection={connection} pending={pending} />
          )}
        </div>
      ) : (
        <p className="muted">
          Paste the API URL and token from your Throughline admin. Everything is then read from this
          browser, instantly and offline.
        </p>
      )}
      {policy.problems.length > 0 && (
        <div className="notice error" role="alert">
          {policy.problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      {standalone && !connection && (
        <p className="field-note">
          Connecting replaces the imported context ({standalone.workspaceName}). Export it below
          first to keep tags made here.
        </p>
      )}
      {connection && !managed && <h3>Use another API URL or token</h3>}
      <ConnectForm current={connection} policy={policy} />
    </section>
  );
}
