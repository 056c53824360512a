import { safeNext } from "@/lib/auth/safe-next";

/**
 * The browser's calls to the sign-in endpoints (plain fetch: these pages do
 * not load TanStack Query). Errors carry the server's message.
 */
async function post(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body) });
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (data as { error?: { message?: string } | string; message?: string } | null) ?? {};
    const message = typeof error.error === "object" ? error.error.message : error.message;
    throw new Error(message || `The server answered ${response.status}`);
  }
  return data;
}

export async function startOidcSignIn(next: string): Promise<void> {
  const data = (await post("/api/auth/sign-in/social", { provider: "oidc", callbackURL: safeNext(next), errorCallbackURL: "/sign-in" })) as { url?: string };
  if (!data.url) throw new Error("The identity provider did not answer with a sign-in address");
  window.location.assign(data.url);
}

export async function signInBreakGlass(email: string, password: string): Promise<void> {
  await post("/api/auth/break-glass", { email, password });
}

/**
 * Ends the session here; for an OIDC user whose provider advertises an
 * end_session_endpoint, answers that endpoint's URL (RP-initiated logout, back
 * to /sign-in afterwards), so the provider's session ends too and the next
 * sign-in asks for credentials again. Otherwise "/sign-in".
 */
export async function signOut(): Promise<string> {
  const data = (await post("/api/auth/sign-out", { callbackURL: "/sign-in", disableRedirect: true })) as { url?: string } | null;
  return data?.url ?? "/sign-in";
}
