import { i18n } from '#i18n';
import { useCallback, useState } from 'react';

/** Said when a message to the worker throws: it was stopped mid-way or is not there. */
export const WORKER_SILENT = i18n.t('common.workerSilent');

type Reply = { ok: boolean; error?: string };

export interface WorkerAction {
  /** True while an action runs: disable what would start another. */
  busy: boolean;
  /** Why the last action failed, in words for people; cleared when the next one starts. */
  error: string | undefined;
  /**
   * Runs `ask` (a message to the worker) and returns its reply, or undefined if the worker did not
   * answer. A reply with `ok: false` sets `error` to its reason.
   */
  run<R extends Reply>(ask: () => Promise<R>): Promise<R | undefined>;
  setError(error: string | undefined): void;
}

/** Ask the worker, show busy, show the failure: the one way an extension page does it. */
export function useWorkerAction(): WorkerAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = useCallback(async <R extends Reply>(ask: () => Promise<R>) => {
    setBusy(true);
    setError(undefined);
    try {
      const reply = await ask();
      if (!reply.ok) setError(reply.error ?? i18n.t('common.actionFailed'));
      return reply;
    } catch {
      setError(WORKER_SILENT);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run, setError };
}
