/**
 * `npm run bench:first-load`: first-load JavaScript per page route from the
 * last `next build`, gzipped, against its budget (scripts/bench/first-load-budgets.ts;
 * e2e/first-load-js.spec.ts fails the tests when a route goes over).
 */
import { budgetFor } from "./first-load-budgets";
import { measureFirstLoadJs } from "./first-load-js-sizes";

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
let over = 0;
for (const { route, files, rawBytes, gzipBytes } of measureFirstLoadJs()) {
  const budget = budgetFor(route);
  const ok = gzipBytes <= budget * 1024;
  if (!ok) over++;
  console.log(`${route.padEnd(30)} ${String(files.length).padStart(2)} scripts  ${kb(rawBytes).padStart(9)} raw  ${kb(gzipBytes).padStart(8)} gzip  budget ${budget} KB ${ok ? "ok" : "OVER"}`);
}
if (over) {
  console.error(`first-load JS: ${over} route(s) over budget`);
  process.exitCode = 1;
}
