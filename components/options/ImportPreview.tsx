import { ENTITY_TYPES, type EntityType } from '../../lib/schema/entities';
import {
  CHANGE_KINDS,
  type ChangeKind,
  type ImportPreview as Preview,
} from '../../lib/standalone/preview-outcome';
import './import-preview.css';

const NOUNS: Record<EntityType, [string, string]> = {
  bucket: ['Bucket', 'Buckets'],
  mission: ['Mission', 'Missions'],
  goal: ['Goal', 'Goals'],
  intent: ['Intent', 'Intents'],
  link: ['Linked ticket', 'Linked tickets'],
  rule: ['Rule', 'Rules'],
};
const VERBS: Record<ChangeKind, string> = {
  added: 'Added',
  changed: 'Changed',
  removed: 'Removed',
};
/** Named changes shown open up to this many; more start folded. */
const OPEN_UP_TO = 12;
const tickets = (n: number) => `${n} ${n === 1 ? 'ticket' : 'tickets'}`;

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
      <h3 id="import-preview-heading">Preview of {fileName}</h3>
      <p className="muted">Nothing is imported until you press Import.</p>
      {workspace.from !== undefined && workspace.from !== workspace.to && (
        <p>
          Workspace: {workspace.from} → {workspace.to}
        </p>
      )}
      {nothing ? (
        <p>Nothing would change: the file holds what is imported already.</p>
      ) : (
        <>
          <table className="preview-table">
            <caption>What would change</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Added</th>
                <th scope="col">Changed</th>
                <th scope="col">Removed</th>
                <th scope="col">Unchanged</th>
              </tr>
            </thead>
            <tbody>
              {ENTITY_TYPES.map((type) => (
                <tr key={type}>
                  <th scope="row">{NOUNS[type][1]}</th>
                  <td>{byType[type].added}</td>
                  <td>{byType[type].changed}</td>
                  <td>{byType[type].removed}</td>
                  <td>{byType[type].unchanged}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {/* A first import names every entity: open the list only when it is short. */}
          <details open={changed.length <= OPEN_UP_TO}>
            <summary>What changes, by name</summary>
            <ul className="preview-changes" aria-label="Changes">
              {changed.map((entity) => (
                <li key={`${entity.type}:${entity.id}:${entity.change}`}>
                  <span className={`change-${entity.change}`}>{VERBS[entity.change]}</span>{' '}
                  {NOUNS[entity.type][0].toLowerCase()}: {entity.label}
                </li>
              ))}
              {leftOut > 0 && <li className="muted">and {leftOut} more</li>}
            </ul>
          </details>
        </>
      )}
      {rules.length > 0 && (
        <>
          <h4>New and changed rules</h4>
          <p className="muted">
            Counted over the {tickets(knownTickets)} known here: the ones you opened lately and the
            linked ones.
          </p>
          <ul className="preview-rules" aria-label="New and changed rules">
            {rules.map((rule) => (
              <li key={rule.id}>
                <strong>{rule.name}</strong> ({rule.change}): catches {tickets(rule.catches)}
                {rule.catches > 0 &&
                  `; ${rule.decides} would take ${rule.decides === 1 ? 'its' : 'their'} why from it`}
              </li>
            ))}
          </ul>
        </>
      )}
      {recent.total > 0 && (
        <p>
          Your recent tickets with a why: {recent.withWhyNow} now, {recent.withWhyAfter} after the
          import (of {recent.total}).
        </p>
      )}
      {replaces && (
        <p className="warning-text">
          Importing replaces the context imported before, with every tag made in this browser since.
          Export first to keep those tags.
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={onImport} disabled={busy}>
          Import
        </button>
      </div>
    </section>
  );
}
