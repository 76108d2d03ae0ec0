import { i18n } from '#i18n';
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
      <h2 id="connection-heading">{i18n.t('options.connection.heading')}</h2>
      {connection ? (
        <div className="connection-status">
          <p className="connected" role="status">
            {i18n.t('options.connection.connectedTo', [
              connection.workspaceName,
              connection.userName,
            ])}
          </p>
          <p className="muted">{connection.apiUrl}</p>
          {managed ? (
            <p className="field-note">{i18n.t('options.connection.managed')}</p>
          ) : (
            <DisconnectButton connection={connection} pending={pending} />
          )}
        </div>
      ) : (
        <p className="muted">{i18n.t('options.connection.intro')}</p>
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
          {i18n.t('options.connection.replacesImport', [standalone.workspaceName])}
        </p>
      )}
      {connection && !managed && <h3>{i18n.t('options.connection.another')}</h3>}
      <ConnectForm current={connection} policy={policy} />
    </section>
  );
}
