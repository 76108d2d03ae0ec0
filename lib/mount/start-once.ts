/**
 * `start`, run once: at the first call of the function returned, or after `latestMs` should no
 * call come.
 */
export function startOnce(start: () => void, latestMs: number): () => void {
  let started = false;
  const run = () => {
    if (started) return;
    started = true;
    clearTimeout(timer);
    start();
  };
  const timer = setTimeout(run, latestMs);
  return run;
}
