import { formatPercent } from '../../lib/i18n/format';
import { i18n } from '#i18n';
import type { Bucket } from '../../lib/schema/entities';
import './bucket-chip.css';

export function BucketChip({ bucket }: { bucket: Bucket }) {
  const color = bucket.color ?? '#6e7781';
  return (
    <p className="bucket" aria-label={i18n.t('sidebar.bucketLabel', [bucket.name])}>
      <span className="bucket-dot" style={{ background: color }} aria-hidden="true" />
      <span className="bucket-name">{bucket.name}</span>
      {bucket.targetShare !== undefined && (
        <span className="muted">
          {' · '}
          {i18n.t('sidebar.bucketTarget', [formatPercent(bucket.targetShare)])}
        </span>
      )}
    </p>
  );
}
