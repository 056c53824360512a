"use client";

import { Link } from "@/components/ui/link";
import { useState } from "react";
import { signOut } from "@/components/auth/auth-client";
import { useViewer } from "./viewer-context";

/** The ways to sign in that this server offers (its configuration), for the header's Sign in link. */
export interface SignInOptions {
  oidcName: string | null;
  breakGlass: boolean;
}

/**
 * Who you are, in the header: signed-in name and role with Admin and Sign out,
 * or a Sign in link; with sign-in off, a discreet banner saying everyone is an
 * anonymous editor. Rendered with the page (app/layout.tsx provides the viewer).
 */
export function AccountMenu({ signIn }: { signIn: SignInOptions }) {
  const me = useViewer();
  if (me.kind === "anonymous") {
    return signIn.oidcName || signIn.breakGlass ? (
      <Link href="/sign-in" className="whitespace-nowrap text-sm font-medium text-sky-700 hover:underline dark:text-sky-400">
        Sign in
      </Link>
    ) : null;
  }
  return (
    <div className="flex items-center gap-2 text-sm" aria-label="Account">
      <span className="max-w-48 truncate text-zinc-700 dark:text-zinc-300" title={`${me.name} · ${me.role}`} data-testid="account-name">
        {me.name}
        <span className="ml-1 text-xs text-zinc-500 dark:text-zinc-400">({me.role})</span>
      </span>
      {me.permissions.includes("admin") ? (
        <Link href="/admin" className="text-sky-700 hover:underline dark:text-sky-400">
          Admin
        </Link>
      ) : null}
      {me.canSignOut ? <SignOutButton /> : null}
    </div>
  );
}

/** Ends the session (and the provider's, when it offers that), then a full load of where to go next, so nothing the signed-in user saw stays in the client's caches. */
function SignOutButton() {
  const [problem, setProblem] = useState<string | null>(null);
  async function signOutNow() {
    setProblem(null);
    try {
      window.location.assign(await signOut());
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }
  return (
    <>
      <button type="button" className="text-zinc-600 hover:underline dark:text-zinc-400" onClick={signOutNow}>
        Sign out
      </button>
      {problem ? (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          Still signed in: {problem}
        </span>
      ) : null}
    </>
  );
}

/** With sign-in off, every page says so, and how to turn it on. */
export function AuthModeBanner() {
  const me = useViewer();
  if (me.mode !== "none" || me.kind !== "anonymous") return null;
  return (
    <p role="note" className="border-b border-amber-200 bg-amber-50 px-4 py-1 text-center text-xs text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-200">
      Sign-in is off: everyone who can reach this server is an anonymous editor. Set <code>TRIAGE_AUTH=oidc</code> or <code>proxy</code> to turn it on (README: “Running it for a team”).
    </p>
  );
}
