/**
 * First-load JS budgets per route, gzipped KB (measured by first-load-js-sizes.ts).
 * Each is a little above what the route shipped when the budget was set
 * (2026-12-01, next 16.4.6; incident pages 2026-12-02, after the Markdown parser left them,
 * and again after zod left their first load), so growth is a decision: raise a budget in the
 * commit that says why the page needs more. ~137 KB of every route is the
 * framework and the shell (React, Next's router, TanStack Query, the toaster).
 */
const BUDGETS_KB: Record<string, number> = {
  "/": 150,
  "/admin": 150,
  "/calculators": 145,
  "/calculators/cache-hit-ratio": 170,
  "/calculators/cfs-throttling": 170,
  "/calculators/exit-codes": 170,
  "/calculators/raid-capacity": 170,
  "/calculators/tcp-queues": 170,
  "/incidents": 175,
  "/incidents/[id]": 195,
  "/incidents/[id]/edit": 195,
  "/incidents/new": 190,
  "/runbooks": 145,
  "/runbooks/[slug]": 145,
  "/runbooks/alerts": 145,
  "/runbooks/alerts/[alert]": 145,
  "/sign-in": 145,
};
/** A new route gets the shell's budget until someone sets its own. */
const DEFAULT_KB = 145;

export function budgetFor(route: string): number {
  return BUDGETS_KB[route] ?? DEFAULT_KB;
}
