import { useEffect, useState } from 'react';
import {
  loadManagedPolicy,
  watchManagedPolicy,
  type ManagedPolicy,
} from '../../lib/settings/managed-policy';

/** The browser policy's settings, kept current; undefined until read. */
export function useManagedPolicy(): ManagedPolicy | undefined {
  const [policy, setPolicy] = useState<ManagedPolicy>();
  useEffect(() => {
    void loadManagedPolicy().then(setPolicy);
    return watchManagedPolicy(setPolicy);
  }, []);
  return policy;
}
