import type { ReactNode } from "react";
import { Providers } from "@/components/shell/providers";

/**
 * The operations pages (dashboard, incidents) fetch and mutate on the client, so
 * TanStack Query's provider lives here rather than in the root layout: runbook
 * and calculator pages then do not ship it in their first load.
 */
export default function OpsLayout({ children }: { children: ReactNode }) {
  return <Providers>{children}</Providers>;
}
