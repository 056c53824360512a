/**
 * Runs in the browser before the app's code (Next's instrumentation-client).
 *
 * Zod compiles object parsers with `new Function` unless told not to, and
 * probes for it on the first parse. Under this app's CSP (no 'unsafe-eval',
 * lib/http/security-headers.ts) the probe is blocked and reported as a
 * violation, though zod falls back. Interpreted parsing is fast enough for
 * the few API responses and forms a page parses.
 *
 * Zod keeps its settings on globalThis (so that every copy of it shares them)
 * and keeps what it finds there; setting them here spares every page the
 * ~8 KB that importing zod's `config()` would add. tests/unit/zod-jitless.test.ts
 * fails if zod stops reading them from there.
 */
import { zodConfigBeforeLoad } from "@/lib/zod-config";

zodConfigBeforeLoad();
