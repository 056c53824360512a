/**
 * Lets the event loop run queued I/O callbacks (other requests, timers)
 * before the caller continues. Long loops over user-sized input (a webhook
 * delivery of 1,000 alerts) call it every few items, so one request cannot
 * keep the single JavaScript thread to itself. setImmediate, not a resolved
 * promise: microtasks run before I/O, so `await Promise.resolve()` yields to nobody.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
