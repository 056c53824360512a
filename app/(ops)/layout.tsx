import type { ReactNode } from "react";
import { Providers } from "@/components/shell/providers";
import { ViewerProvider } from "@/components/shell/viewer-context";
import { pageViewer, requirePage } from "@/lib/auth/page-context";

/**
 * The operations pages (dashboard, incidents) fetch and mutate on the client, so
 * TanStack Query's provider lives here rather than in the root layout: runbook
 * and calculator pages then do not ship it in their first load. They show
 * incident data, so they need `incidents:read` (sign-in in proxy and oidc
 * modes); each page's data comes from the same request context.
 */
export default async function OpsLayout({ children }: { children: ReactNode }) {
  await requirePage("incidents:read", "/incidents");
  return (
    <Providers>
      <ViewerProvider viewer={await pageViewer()}>{children}</ViewerProvider>
    </Providers>
  );
}
