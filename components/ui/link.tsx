import type { AnchorHTMLAttributes } from "react";

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * The one link of the app (eslint forbids next/link): a plain `<a>`. Client-side
 * navigation comes from one click listener for the whole document
 * (components/shell/client-navigation.tsx), not from a client component per link:
 * next/link hydrates each of them, and the runbook list has over a hundred, the
 * dashboard dozens (main-thread time Lighthouse counts as blocking on a phone).
 * Links are never prefetched: every page is rendered per request (the CSP nonce),
 * so a prefetch is a server render of a page nobody may open.
 */
export function Link(props: LinkProps) {
  return <a {...props} />;
}
