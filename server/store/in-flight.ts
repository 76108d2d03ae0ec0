/**
 * Tracks the database work a store has started, so that close() can wait for it. Both adapters
 * use it: a shutdown that closed the connection under a running transaction would roll back a
 * write whose request may be about to answer 200.
 */
export interface InFlight {
  /** Runs `work` unless closing has begun (then it rejects), and remembers it until it settles. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Refuses new work, then resolves once everything started has settled. */
  drain(): Promise<void>;
}

export function createInFlight(what: string): InFlight {
  const pending = new Set<Promise<unknown>>();
  let closing = false;
  return {
    run(work) {
      if (closing) return Promise.reject(new Error(`The ${what} is closed`));
      const promise = work();
      pending.add(promise);
      const forget = () => pending.delete(promise);
      promise.then(forget, forget);
      return promise;
    },
    async drain() {
      closing = true;
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
