import { i18n } from '#i18n';
import { formatNumber } from '../../lib/i18n/format';
import { ENTITY_TYPES } from '../../lib/schema/entities';
import { CHANGE_KINDS, type ImportPreview as Preview } from '../../lib/standalone/preview-outcome';
import './import-preview.css';

/** Named changes shown open up to this many; more start folded. */
const OPEN_UP_TO = 12;

interface ImportPreviewProps {
  fileName: string;
  preview: Preview;
  /** An imported context exists: importing replaces it, with the tags made since. */
  replaces: boolean;
  busy?: boolean;
  onImport(): void;
  onCancel(): void;
}

/**
 * What importing a context file would change, before anything is written: per type what is added,
 * changed and removed (named), how far each new or changed rule reaches among the tickets known
 * here, then Import or Cancel.
 */
export function ImportPreview(props: ImportPreviewProps) {
  const { fileName, preview, replaces, busy, onImport, onCancel } = props;
  const { workspace, byType, changed, leftOut, rules, knownTickets, recent } = preview;
  const nothing = ENTITY_TYPES.every((type) =>
    CHANGE_KINDS.every((kind) => byType[type][kind] === 0),
  );
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">{i18n.t('options.preview.heading', [fileName])}</h3>
      <p className="muted">{i18n.t('options.preview.nothingUntilImport')}</p>
      {workspace.from !== undefined && workspace.from !== workspace.to && (
        <p>{i18n.t('options.preview.workspace', [workspace.from, workspace.to])}</p>
      )}
      {nothing ? (
        <p>{i18n.t('options.preview.nothingChanges')}</p>
      ) : (
        <>
          <table className="preview-table">
            <caption>{i18n.t('options.preview.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('options.preview.kindColumn')}</th>
                <th scope="col">{i18n.t('options.preview.added')}</th>
                <th scope="col">{i18n.t('options.preview.changed')}</th>
                <th scope="col">{i18n.t('options.preview.removed')}</th>
                <th scope="col">{i18n.t('options.preview.unchanged')}</th>
              </tr>
            </thead>
            <tbody>
              {ENTITY_TYPES.map((type) => (
                <tr key={type}>
                  <th scope="row">{i18n.t(`options.preview.types.${type}`)}</th>
                  <td>{formatNumber(byType[type].added)}</td>
                  <td>{formatNumber(byType[type].changed)}</td>
                  <td>{formatNumber(byType[type].removed)}</td>
                  <td>{formatNumber(byType[type].unchanged)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {/* A first import names every entity: open the list only when it is short. */}
          <details open={changed.length <= OPEN_UP_TO}>
            <summary>{i18n.t('options.preview.byName')}</summary>
            <ul className="preview-changes" aria-label={i18n.t('options.preview.changesLabel')}>
              {changed.map((entity) => (
                <li
                  key={`${entity.type}:${entity.id}:${entity.change}`}
                  className={`change-${entity.change}`}
                >
                  {i18n.t(`options.preview.change.${entity.change}`, [
                    i18n.t(`options.preview.one.${entity.type}`),
                    entity.label,
                  ])}
                </li>
              ))}
              {leftOut > 0 && (
                <li className="muted">{i18n.t('options.preview.more', [formatNumber(leftOut)])}</li>
              )}
            </ul>
          </details>
        </>
      )}
      {rules.length > 0 && (
        <>
          <h4>{i18n.t('options.preview.rulesHeading')}</h4>
          <p className="muted">
            {i18n.t('options.preview.countedOver', knownTickets, [formatNumber(knownTickets)])}
          </p>
          <ul className="preview-rules" aria-label={i18n.t('options.preview.rulesHeading')}>
            {rules.map((rule) => (
              <li key={rule.id}>
                <strong>{rule.name}</strong>{' '}
                {i18n.t('options.preview.catches', rule.catches, [
                  i18n.t(`options.preview.ruleChange.${rule.change}`),
                  formatNumber(rule.catches),
                ])}
                {rule.catches > 0 &&
                  i18n.t('options.preview.decides', rule.decides, [formatNumber(rule.decides)])}
              </li>
            ))}
          </ul>
        </>
      )}
      {recent.total > 0 && (
        <p>
          {i18n.t('options.preview.recent', [
            formatNumber(recent.withWhyNow),
            formatNumber(recent.withWhyAfter),
            formatNumber(recent.total),
          ])}
        </p>
      )}
      {replaces && <p className="warning-text">{i18n.t('options.preview.replaces')}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {i18n.t('options.cancel')}
        </button>
        <button type="button" className="primary" onClick={onImport} disabled={busy}>
          {i18n.t('options.preview.import')}
        </button>
      </div>
    </section>
  );
}
