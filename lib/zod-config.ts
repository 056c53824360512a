/** Zod's settings, shared through this global by every copy of zod (zod/v4/core/core.js). */
declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}

/** Browser code runs interpreted parsers: no `new Function`, so no CSP violation (see instrumentation-client.ts). */
export function zodConfigBeforeLoad(): void {
  // Changed in place: a zod already loaded holds this very object.
  (globalThis.__zod_globalConfig ??= {}).jitless = true;
}
