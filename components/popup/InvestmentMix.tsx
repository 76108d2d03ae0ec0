import { formatNumber, formatPercent } from '../../lib/i18n/format';
import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { projectMixInputs } from '../../lib/db/queries/project-mix';
import { investmentMix, type MixRow } from '../../lib/mix/investment-mix';
import { projectOfTicket } from '../../lib/trackers/ticket-ids';
import { useDb } from '../shared/useDb';
import { BucketLabel } from './BucketLabel';

/** CSS widths and positions: always `42%`, whatever the reader's language. */
const cssPercent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Where the current project's tagged work goes: each bucket's share of the tickets against its
 * target. A table (so the numbers are read out), with a bar per row for the eye.
 */
export function InvestmentMix({ ticketId }: { ticketId: string }) {
  const db = useDb();
  const project = projectOfTicket(ticketId);
  const inputs = useLiveQuery(
    () => (project ? projectMixInputs(db, project.idPrefixes) : Promise.resolve(null)),
    [db, project?.idPrefixes.join(' ')],
  );
  if (!project || inputs === undefined) return null;
  const mix = inputs && investmentMix(inputs.links, inputs.bucketOfIntent, inputs.buckets);

  return (
    <section className="mix" aria-labelledby="mix-heading">
      <h2 id="mix-heading">{i18n.t('popup.mix.heading')}</h2>
      {!mix || mix.total === 0 ? (
        <p className="muted">{i18n.t('popup.mix.none', [project.label])}</p>
      ) : (
        <table className="mix-table">
          <caption>
            {i18n.t('popup.mix.caption', mix.total, [formatNumber(mix.total), project.label])}
          </caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('popup.mix.bucket')}</th>
              <th scope="col">{i18n.t('popup.mix.share')}</th>
              <th scope="col">{i18n.t('popup.mix.target')}</th>
            </tr>
          </thead>
          <tbody>
            {mix.rows.map((row) => (
              <MixTableRow key={row.bucketId} row={row} />
            ))}
            {mix.noFit > 0 && (
              <tr className="mix-no-fit">
                <th scope="row">{i18n.t('popup.mix.noFit')}</th>
                <td>{formatPercent(mix.noFitShare)}</td>
                <td className="muted">—</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      {mix && mix.unbucketed > 0 && (
        <p className="muted">
          {i18n.t('popup.mix.unbucketed', mix.unbucketed, [formatNumber(mix.unbucketed)])}
        </p>
      )}
    </section>
  );
}

function MixTableRow({ row }: { row: MixRow }) {
  const target = row.targetShare;
  return (
    <tr>
      <th scope="row">
        <BucketLabel bucket={row} />
      </th>
      <td>
        <span className="mix-bar" aria-hidden="true">
          <span
            className="mix-fill"
            style={{ width: cssPercent(row.share), background: row.color ?? 'var(--fg-muted)' }}
          />
          {target !== undefined && (
            <span className="mix-target" style={{ left: cssPercent(target) }} />
          )}
        </span>
        <span className="mix-number">
          {formatPercent(row.share)}
          <span className="visually-hidden">
            {' '}
            {i18n.t('popup.mix.tickets', row.count, [formatNumber(row.count)])}
          </span>
        </span>
      </td>
      <td className="mix-number">{target === undefined ? '—' : formatPercent(target)}</td>
    </tr>
  );
}
