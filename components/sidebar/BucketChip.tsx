import type { Bucket } from '../../lib/schema/entities';
import './bucket-chip.css';

export function BucketChip({ bucket }: { bucket: Bucket }) {
  const color = bucket.color ?? '#6e7781';
  return (
    <p className="bucket" aria-label={`Investment bucket: ${bucket.name}`}>
      <span className="bucket-dot" style={{ background: color }} aria-hidden="true" />
      <span className="bucket-name">{bucket.name}</span>
      {bucket.targetShare !== undefined && (
        <span className="muted"> · target {Math.round(bucket.targetShare * 100)}%</span>
      )}
    </p>
  );
}
