import { browser } from 'wxt/browser';
import { z } from 'zod';
import { normaliseApiUrl } from '../api/client';

/**
 * Settings an administrator can push through browser policy (`storage.managed`, described by
 * public/managed_schema.json). A managed value wins over what the person typed and is shown locked.
 */
export interface ManagedPolicy {
  apiUrl?: string;
  apiToken?: string;
  /** Values present in the policy but unusable, in words for the options page. */
  problems: string[];
}

export const MANAGED_KEYS = ['apiUrl', 'apiToken'] as const;

const RawPolicySchema = z.object({
  apiUrl: z.string().optional().catch(undefined),
  apiToken: z.string().optional().catch(undefined),
});

/** Checks what the policy holds the same way the connect form checks what people type. */
export function readManagedPolicy(stored: unknown): ManagedPolicy {
  const raw = RawPolicySchema.catch({}).parse(stored ?? {});
  const policy: ManagedPolicy = { problems: [] };
  if (raw.apiUrl?.trim()) {
    try {
      policy.apiUrl = normaliseApiUrl(raw.apiUrl);
    } catch (error) {
      policy.problems.push(`The policy's apiUrl is not usable: ${(error as Error).message}`);
    }
  }
  const token = raw.apiToken?.trim();
  if (token) {
    if (/\s/.test(token)) policy.problems.push("The policy's apiToken contains spaces.");
    else policy.apiToken = token;
  }
  return policy;
}

/** The policy, or none where the browser has no managed storage (Firefox without a policy). */
export async function loadManagedPolicy(): Promise<ManagedPolicy> {
  try {
    return readManagedPolicy(await browser.storage.managed.get([...MANAGED_KEYS]));
  } catch {
    return { problems: [] };
  }
}

/** Both URL and token come from policy: the worker connects by itself and people cannot change it. */
export function isFullyManaged(policy: ManagedPolicy): boolean {
  return policy.apiUrl !== undefined && policy.apiToken !== undefined;
}

/** Calls `onChange` when an administrator changes the policy while the browser runs. */
export function watchManagedPolicy(onChange: (policy: ManagedPolicy) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void loadManagedPolicy().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
