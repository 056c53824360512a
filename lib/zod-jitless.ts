import { z } from "zod";

/**
 * Imported first by every module that builds zod schemas the browser uses
 * (schemas, form resolvers, the error body parser).
 * Zod 4 probes `new Function("")` the first time it builds an object schema, to
 * see whether it may compile fast parsers; under Triage's CSP (no 'unsafe-eval')
 * the probe fails harmlessly but the browser reports a CSP violation on every page
 * with a form. jitless skips the probe (and the compiled parsers, which the form
 * sizes here do not need). Must run before any schema is built, hence a module of its own.
 * The server has no CSP and keeps the compiled parsers (large webhook deliveries).
 */
export const ZOD_JITLESS = typeof window !== "undefined";
if (ZOD_JITLESS) z.config({ jitless: true });
