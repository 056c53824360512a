"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/(admin)/admin/actions";
import { unwrapAction, ApiError } from "@/components/incidents/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { useCopy } from "@/components/ui/use-copy";
import type { ApiTokenDto } from "@/lib/auth/api-token-schemas";
import { EXPIRY_CHOICES, SCOPE_LABEL, TOKEN_SCOPES } from "@/lib/auth/roles";
import { LocalTime } from "@/components/ui/local-time";

const when = (iso: string | null, otherwise: string) => (iso ? <LocalTime iso={iso} /> : otherwise);

/** Create (the secret is shown once), list and revoke API tokens. The server validates and authorizes every step. */
export function ApiTokens({ tokens }: { tokens: ApiTokenDto[] }) {
  const router = useRouter();
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const { state: copyState, copy } = useCopy();

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setPending(true);
    setErrors({});
    setProblem(null);
    try {
      const result = await unwrapAction(createApiTokenAction({ name: data.get("name"), scopes: data.getAll("scopes"), expiresInDays: data.get("expiresInDays") }));
      setCreated({ name: result.token.name, secret: result.secret });
      form.reset();
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length) setErrors(error.fields);
      else setProblem((error as Error).message);
    } finally {
      setPending(false);
    }
  }

  async function revoke(token: ApiTokenDto) {
    if (!window.confirm(`Revoke "${token.name}"? Anything using it stops working at once.`)) return;
    try {
      await unwrapAction(revokeApiTokenAction(token.id));
      router.refresh();
    } catch (error) {
      setProblem((error as Error).message);
    }
  }

  return (
    <section aria-labelledby="tokens-heading" className="grid gap-6">
      <h2 id="tokens-heading" className="text-lg font-semibold">
        API tokens
      </h2>
      {problem ? <Alert title="That did not work">{problem}</Alert> : null}
      {created ? (
        <div role="status" className="grid gap-2 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm dark:border-emerald-800 dark:bg-emerald-950/50">
          <p className="font-semibold">Token “{created.name}” created. Copy it now: it is not shown again.</p>
          <code className="break-all rounded bg-white p-2 font-mono text-xs dark:bg-zinc-900" data-testid="new-token-secret">
            {created.secret}
          </code>
          <div className="flex gap-2">
            <Button size="sm" onClick={() => copy(created.secret)}>
              {copyState === "copied" ? "Copied" : copyState === "failed" ? "Copy failed: select it" : "Copy"}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setCreated(null)}>
              Done
            </Button>
          </div>
        </div>
      ) : null}
      <form onSubmit={create} noValidate className="grid max-w-2xl gap-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" aria-label="New API token">
        <Field id="token-name" label="Name" required hint="Who uses it, e.g. alertmanager-prod or deploy-bot. Shown on every timeline entry it makes." error={errors.name}>
          {(aria) => <Input {...aria} name="name" autoComplete="off" />}
        </Field>
        <fieldset aria-describedby={errors.scopes ? "token-scopes-error" : undefined}>
          <legend className="text-sm font-medium">Scopes</legend>
          <div className="mt-1 grid gap-1">
            {TOKEN_SCOPES.map((scope) => (
              <label key={scope} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="scopes" value={scope} />
                <code>{scope}</code> <span className="text-zinc-600 dark:text-zinc-400">{SCOPE_LABEL[scope]}</span>
              </label>
            ))}
          </div>
          {errors.scopes ? (
            <p id="token-scopes-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
              {errors.scopes}
            </p>
          ) : null}
        </fieldset>
        <Field id="token-expiry" label="Expires" error={errors.expiresInDays}>
          {(aria) => (
            <Select {...aria} name="expiresInDays" defaultValue="90">
              {EXPIRY_CHOICES.map((days) => (
                <option key={days} value={days}>
                  in {days} days
                </option>
              ))}
              <option value="">never</option>
            </Select>
          )}
        </Field>
        <div>
          <Button type="submit" variant="primary" pending={pending}>
            Create token
          </Button>
        </div>
      </form>
      <table className="w-full text-left text-sm" aria-label="API tokens">
        <thead>
          <tr className="border-b border-zinc-200 dark:border-zinc-800">
            {["Name", "Scopes", "Prefix", "Created", "Last used", "Expires", "Status", ""].map((h) => (
              <th key={h} className="py-1 pr-3 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tokens.length === 0 ? (
            <tr>
              <td colSpan={8} className="py-2 text-zinc-500 dark:text-zinc-400">
                No tokens yet. TRIAGE_API_TOKEN, when set, works as a bootstrap token with every scope.
              </td>
            </tr>
          ) : null}
          {tokens.map((token) => (
            <tr key={token.id} className="border-b border-zinc-100 align-top dark:border-zinc-900">
              <td className="py-1 pr-3 font-medium">{token.name}</td>
              <td className="py-1 pr-3 font-mono text-xs">{token.scopes.join(" ")}</td>
              <td className="py-1 pr-3 font-mono text-xs">{token.prefix}…</td>
              <td className="py-1 pr-3">
                {when(token.createdAt, "")} <span className="text-xs text-zinc-500 dark:text-zinc-400">by {token.createdBy}</span>
              </td>
              <td className="py-1 pr-3">{when(token.lastUsedAt, "never")}</td>
              <td className="py-1 pr-3">{when(token.expiresAt, "never")}</td>
              <td className="py-1 pr-3">{token.status}</td>
              <td className="py-1">
                {token.status === "active" ? (
                  <Button size="sm" variant="danger" onClick={() => revoke(token)} aria-label={`Revoke ${token.name}`}>
                    Revoke
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
