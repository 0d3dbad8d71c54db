// One queue for every write this tab makes, so our own writes never race each other on expectedRevision.
let tail: Promise<unknown> = Promise.resolve();

/** Runs `job` after every previously queued job has settled; a failing job never blocks the ones after it. */
export function enqueueWrite<T>(job: () => Promise<T>): Promise<T> {
  const run = tail.then(job, job);
  tail = run.catch(() => undefined);
  return run;
}

/** Resolves once everything queued so far has finished. */
export function writesSettled(): Promise<void> {
  return tail.then(() => undefined);
}
