import { ownValue } from "@/lib/own-property";
import type { Metadata } from "next";
import { SignInPanel } from "@/components/auth/sign-in-panel";
import { safeNext } from "@/lib/auth/safe-next";
import { PageHeader } from "@/components/ui/page-header";
import { getConfig } from "@/lib/config/env";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ next?: string; error?: string }> };

/** Better Auth sends OIDC failures back here as ?error=<code>; we say them in words. */
const ERRORS: Record<string, string> = {
  forbidden: "You are signed in, but your role does not allow that page.",
  state_mismatch: "The sign-in took too long or was started in another tab; try again.",
  state_not_found: "The sign-in took too long or was started in another tab; try again.",
  email_not_found: "The identity provider sent no email address for you.",
  "account_not_linked": "That email belongs to another account here.",
};

export default async function SignInPage({ searchParams }: Props) {
  const { next, error } = await searchParams;
  const config = getConfig().auth;
  const message = error ? (ownValue(ERRORS, error) ?? `The identity provider refused the sign-in (${error.slice(0, 80)}). Ask an admin to check the server log.`) : null;
  return (
    <>
      <PageHeader title="Sign in" description="Triage keeps who did what on every incident." />
      <SignInPanel oidcName={config.oidc?.displayName ?? null} breakGlass={Boolean(config.admin)} next={safeNext(next)} error={message} />
    </>
  );
}
