import type { Bucket } from '../../lib/schema/entities';

/** A bucket's colour dot and name. The colour is checked as #rrggbb by the schema on the way in. */
export function BucketLabel({ bucket }: { bucket: Pick<Bucket, 'name' | 'color'> }) {
  return (
    <span className="bucket-label">
      <span
        className="bucket-dot"
        style={{ background: bucket.color ?? 'var(--fg-muted)' }}
        aria-hidden="true"
      />
      <span className="truncate">{bucket.name}</span>
    </span>
  );
}
