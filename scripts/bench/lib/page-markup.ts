/**
 * A served page's own markup, for bench:lighthouse's "markup of <page>"
 * reference: the body of the HTML the app sent for that page, without its
 * scripts (Next's chunk tags, the RSC payload, the theme script), and the
 * body's class. A bare Next.js page that renders this markup statically, with
 * the app's stylesheet, scores what the page's content costs by itself: no app
 * script, no hydration of the app's components, none of its response headers.
 * Pure, so it is tested (page-markup.test.ts).
 */
export interface PageMarkup {
  bodyClass: string;
  markup: string;
}

export function pageMarkup(html: string, source: string): PageMarkup {
  const open = /<body\b([^>]*)>/i.exec(html);
  const close = html.toLowerCase().lastIndexOf("</body>");
  if (!open || close < open.index) throw new Error(`${source}: the page has no <body>…</body> to take the markup from`);
  const bodyClass = /\bclass="([^"]*)"/i.exec(open[1])?.[1] ?? "";
  // Script bodies are raw text up to the first "</script" (HTML's own rule), so a non-greedy match ends each one where the browser does.
  const markup = html.slice(open.index + open[0].length, close).replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, "");
  return { bodyClass, markup };
}
