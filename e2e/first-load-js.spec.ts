import { expect, test } from "@playwright/test";
import { budgetFor } from "../scripts/bench/first-load-budgets";
import { measureFirstLoadJs } from "../scripts/bench/first-load-js-sizes";

/** Reads the build the e2e servers run (no browser): every page route within its first-load JS budget. */
test("every page route's first-load JS is within its budget", () => {
  const routes = measureFirstLoadJs();
  expect(routes.map((r) => r.route)).toEqual(expect.arrayContaining(["/", "/runbooks", "/runbooks/[slug]", "/incidents/new", "/calculators/cfs-throttling"]));
  const over = routes.filter((r) => r.gzipBytes > budgetFor(r.route) * 1024).map((r) => `${r.route}: ${(r.gzipBytes / 1024).toFixed(1)} KB > ${budgetFor(r.route)} KB`);
  expect(over).toEqual([]);
  // The runbook pages must not pull in the incident form's code.
  expect(routes.find((r) => r.route === "/runbooks/[slug]")!.gzipBytes).toBeLessThan(routes.find((r) => r.route === "/incidents/new")!.gzipBytes);
});
