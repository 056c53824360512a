import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link without viewport prefetching, the one Link of the app (eslint forbids importing
 * next/link elsewhere). Every page is rendered per request (the CSP nonce), so each prefetch is a
 * server render of another page and an RSC payload for the browser to parse: a phone-sized
 * dashboard fired 31 of them, the runbook list 20, on every view — main-thread time that
 * Lighthouse counted as blocking, and load on the server for pages nobody opened. A link that
 * is worth it can still pass `prefetch`.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
