import type { ReactNode } from "react";
import { Providers } from "@/components/shell/providers";

/**
 * The operations pages (dashboard, incidents) fetch and mutate on the client, so
 * TanStack Query's provider lives here rather than in the root layout: runbook
 * and calculator pages then do not ship it in their first load.
 *
 * No sign-in check here: a layout is not rendered again on client-side
 * navigation (nor for an RSC request that says it has the layout already), so
 * each page checks with requirePage() itself, which also sends people back to
 * the page they asked for after signing in.
 */
export default function OpsLayout({ children }: { children: ReactNode }) {
  return (
    <Providers>{children}</Providers>
  );
}
