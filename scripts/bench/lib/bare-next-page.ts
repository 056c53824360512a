/**
 * The baseline of `npm run bench:lighthouse`: a bare Next.js App Router page
 * (a root layout and one server-rendered page of text, no client component,
 * no CSS) built with the project's own node_modules, so the score it gets is
 * what the framework alone costs on this machine in this run. It lives in
 * `.bench/bare-next/` inside the repository (ignored by git) because Next
 * resolves `next` and `react` from the project upwards.
 *
 * With `stylesheet`, the same page also loads that CSS (the app's built
 * stylesheets) from `.bench/bare-next-css/`: a second reference that shows what
 * styling alone costs, apart from the app's own scripts and markup.
 *
 * With `headers`, the same page without CSS is served with those response
 * headers, from `.bench/bare-next-headers/`: a third reference for what the
 * app's security headers cost in Lighthouse's lab. Cross-Origin-Opener-Policy
 * makes Chrome put the page in a new browsing context group, so it cannot reuse
 * the renderer of the about:blank tab Lighthouse starts from (measured
 * 2026-12-04: bare page 0.95, with COOP 0.91, medians of 5).
 *
 * The fourth reference, buildMarkupPages, is one bare app with a page per
 * main page that renders that page's served markup (page-markup.ts).
 *
 * On the app's own pages it costs more (2026-12-05, the app served with and
 * without COOP, interleaved, medians of 3–7 runs on 5 pages): 0.06–0.14 of score
 * and 230–590 ms more TBT under Lighthouse's simulated throttling, still 0.07
 * with a fresh Chrome per run; under applied ("devtools") throttling only 0.02,
 * 20 ms of TBT and 200 ms of LCP. So most of it is in the simulation rather
 * than in what a phone pays; the bench's "÷ hdrs" column compares each page
 * with this reference for that reason.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PageMarkup } from "./page-markup";

const LAYOUT = (stylesheet: boolean) => `${stylesheet ? 'import "./app.css";\n\n' : ""}export const metadata = { title: "Bare Next.js page" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;

const PAGE = `export default function Page() {
  return (
    <main>
      <h1>Bare Next.js page</h1>
      <p>The baseline that bench:lighthouse compares every page of the app with.</p>
    </main>
  );
}
`;

export function buildBarePage(root = process.cwd(), stylesheet?: string, headers?: [string, string][]): { dir: string } {
  const dir = path.join(root, ".bench", stylesheet !== undefined ? "bare-next-css" : headers !== undefined ? "bare-next-headers" : "bare-next");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  writeFileSync(path.join(dir, "app", "layout.tsx"), LAYOUT(stylesheet !== undefined));
  if (stylesheet !== undefined) writeFileSync(path.join(dir, "app", "app.css"), stylesheet);
  writeFileSync(path.join(dir, "app", "page.tsx"), PAGE);
  const headerRules = headers === undefined ? "" : `, headers: async () => [{ source: "/:path*", headers: ${JSON.stringify(headers.map(([key, value]) => ({ key, value })))} }]`;
  writeFileSync(path.join(dir, "next.config.ts"), `export default { poweredByHeader: false${headerRules} };\n`);
  nextBuild(dir);
  return { dir };
}

/**
 * The fourth reference: one bare app with a static route per main page (`/m/0`, `/m/1`, … in the
 * order given) that renders that page's own markup (page-markup.ts) with the app's stylesheet and
 * the app's body class, in `.bench/bare-next-markup/`. What a page scores here is what its content
 * costs on its own; the gap from there to the page itself is the app's scripts, hydration and headers.
 */
export function buildMarkupPages(root: string, stylesheet: string, pages: PageMarkup[]): { dir: string; path: (index: number) => string } {
  const bodyClass = pages[0]?.bodyClass ?? "";
  const other = pages.findIndex((p) => p.bodyClass !== bodyClass);
  // Every page shares app/layout.tsx, so their body is one; a difference would mean the references were styled unlike the pages.
  if (other >= 0) throw new Error(`page ${other + 1} has body class "${pages[other].bodyClass}", page 1 "${bodyClass}": one layout cannot serve both`);
  const dir = path.join(root, ".bench", "bare-next-markup");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  writeFileSync(path.join(dir, "app", "layout.tsx"), LAYOUT(true).replace("<body>", `<body className=${JSON.stringify(bodyClass)}>`));
  writeFileSync(path.join(dir, "app", "app.css"), stylesheet);
  // Not measured, but startServer (serve-for-bench.ts) waits for "/" to answer before it returns.
  writeFileSync(path.join(dir, "app", "page.tsx"), PAGE);
  pages.forEach((page, index) => {
    mkdirSync(path.join(dir, "app", "m", String(index)), { recursive: true });
    writeFileSync(
      path.join(dir, "app", "m", String(index), "page.tsx"),
      // display: contents, so the one wrapper React needs for the markup adds no box of its own.
      `const MARKUP = ${JSON.stringify(page.markup)};\n\nexport default function Page() {\n  return <div style={{ display: "contents" }} dangerouslySetInnerHTML={{ __html: MARKUP }} />;\n}\n`,
    );
  });
  writeFileSync(path.join(dir, "next.config.ts"), "export default { poweredByHeader: false };\n");
  nextBuild(dir);
  return { dir, path: (index) => `/m/${index}` };
}

function nextBuild(dir: string): void {
  // Run from its own folder: given as an argument instead, Next 16 picked up the app's instrumentation and proxy from the working directory.
  const build = spawnSync("npx", ["next", "build"], { cwd: dir, encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error(`next build of ${path.basename(dir)} failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
}
