import { useLiveQuery } from 'dexie-react-hooks';
import { projectMixInputs } from '../../lib/db/queries/project-mix';
import { investmentMix, type MixRow } from '../../lib/mix/investment-mix';
import { projectOfTicket } from '../../lib/trackers/ticket-ids';
import { useDb } from '../shared/useDb';
import { BucketLabel } from './BucketLabel';

const percent = (share: number) => `${Math.round(share * 100)}%`;

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
      <h2 id="mix-heading">Investment mix</h2>
      {!mix || mix.total === 0 ? (
        <p className="muted">No ticket in {project.label} is tagged yet.</p>
      ) : (
        <table className="mix-table">
          <caption>
            {project.label}: {mix.total} tagged {mix.total === 1 ? 'ticket' : 'tickets'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Bucket</th>
              <th scope="col">Share</th>
              <th scope="col">Target</th>
            </tr>
          </thead>
          <tbody>
            {mix.rows.map((row) => (
              <MixTableRow key={row.bucketId} row={row} />
            ))}
            {mix.noFit > 0 && (
              <tr className="mix-no-fit">
                <th scope="row">No intent fits</th>
                <td>{percent(mix.noFitShare)}</td>
                <td className="muted">—</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      {mix && mix.unbucketed > 0 && (
        <p className="muted">
          {mix.unbucketed} {mix.unbucketed === 1 ? 'ticket has' : 'tickets have'} no bucket and{' '}
          {mix.unbucketed === 1 ? 'is' : 'are'} left out of the shares.
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
            style={{ width: percent(row.share), background: row.color ?? 'var(--fg-muted)' }}
          />
          {target !== undefined && (
            <span className="mix-target" style={{ left: percent(target) }} />
          )}
        </span>
        <span className="mix-number">
          {percent(row.share)}
          <span className="visually-hidden">
            {' '}
            ({row.count} {row.count === 1 ? 'ticket' : 'tickets'})
          </span>
        </span>
      </td>
      <td className="mix-number">{target === undefined ? '—' : percent(target)}</td>
    </tr>
  );
}
