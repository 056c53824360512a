import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { ClientNavigation } from "@/components/shell/client-navigation";
import { SiteHeader } from "@/components/shell/site-header";
import { ViewerProvider } from "@/components/shell/viewer-context";
import { pageContext } from "@/lib/auth/page-context";
import { toMe } from "@/lib/auth/viewer";
import { getConfig } from "@/lib/config/env";
import { NONCE_HEADER } from "@/lib/http/security-headers";
import { themeInitScript } from "@/lib/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Triage", template: "%s · Triage" },
  description: "Runbooks and incident log for SRE and on-call teams.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

// Reading the request's CSP nonce (proxy.ts) renders every page per request: a nonce baked into
// a prerendered page would be the same for everyone (ARCHITECTURE.md: "Security headers").
// So the viewer is known while rendering too: the header and the sign-in-off banner come with the
// page instead of after a fetch (that late banner pushed every page down: CLS 0.07 in Lighthouse).
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  const me = toMe(await pageContext(), getConfig().auth);
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-sky-600 focus:px-3 focus:py-2 focus:text-white"
        >
          Skip to content
        </a>
        <ClientNavigation />
        <ViewerProvider viewer={me}>
          <SiteHeader signIn={me} />
          <main id="main" className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6">
            {children}
          </main>
        </ViewerProvider>
      </body>
    </html>
  );
}
