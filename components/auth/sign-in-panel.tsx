"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { safeNext } from "@/lib/auth/safe-next";
import { signInBreakGlass, startOidcSignIn } from "./auth-client";

/** The sign-in choices this server offers: its identity provider (oidc mode) and the break-glass admin form (when configured). */
export function SignInPanel({ oidcName, breakGlass, next, error }: { oidcName: string | null; breakGlass: boolean; next: string; error: string | null }) {
  const [problem, setProblem] = useState<string | null>(error);
  const [pending, setPending] = useState<"oidc" | "password" | null>(null);

  async function oidc() {
    setPending("oidc");
    setProblem(null);
    try {
      await startOidcSignIn(next);
    } catch (cause) {
      setProblem((cause as Error).message);
      setPending(null);
    }
  }

  async function password(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending("password");
    setProblem(null);
    try {
      await signInBreakGlass(String(data.get("email") ?? ""), String(data.get("password") ?? ""));
      window.location.assign(safeNext(next));
    } catch (cause) {
      setProblem((cause as Error).message);
      setPending(null);
    }
  }

  return (
    <div className="grid max-w-md gap-6">
      {problem ? <Alert title="Not signed in">{problem}</Alert> : null}
      {oidcName ? (
        <Button variant="primary" pending={pending === "oidc"} disabled={pending !== null} onClick={oidc}>
          Sign in with {oidcName}
        </Button>
      ) : null}
      {breakGlass ? (
        <details open={!oidcName} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <summary className="cursor-pointer text-sm font-medium">Break-glass admin</summary>
          <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">For when the identity provider is down: the local admin from TRIAGE_ADMIN_EMAIL. Failed attempts are limited and logged.</p>
          <form onSubmit={password} className="mt-3 grid gap-3">
            <Field id="bg-email" label="Email">
              {(aria) => <Input {...aria} name="email" type="email" autoComplete="username" required />}
            </Field>
            <Field id="bg-password" label="Password">
              {(aria) => <Input {...aria} name="password" type="password" autoComplete="current-password" required />}
            </Field>
            <Button type="submit" pending={pending === "password"} disabled={pending !== null}>
              Sign in as admin
            </Button>
          </form>
        </details>
      ) : null}
      {!oidcName && !breakGlass ? <p className="text-sm">This server has no sign-in of its own: it takes your identity from the SSO proxy in front of it, or sign-in is off.</p> : null}
    </div>
  );
}
