import "server-only";
import { z } from "zod";
import { getConfig } from "@/lib/config/env";
import { HttpError } from "@/lib/http/http-error";
import { requiredOr } from "@/lib/incidents/incident-text-fields";
import { AttemptLimiter } from "./attempt-limiter";
import { auth } from "./better-auth";
import { clientAddress } from "./client-address";
import { verifyPassword } from "./password-hash";
import { sameSecret } from "./token-secret";

export const breakGlassSchema = z.object({
  email: z.string({ error: requiredOr("Email", "Email must be text") }).trim().min(1, "Email is required").max(320, "Email must be at most 320 characters").toLowerCase(),
  password: z.string({ error: requiredOr("Password", "Password must be text") }).min(1, "Password is required").max(1024, "Password must be at most 1024 characters"),
});

/** The answer to a successful sign-in; the session travels in Set-Cookie. */
export const breakGlassResultSchema = z.object({ ok: z.literal(true) }).meta({ id: "SignedIn" });
export type BreakGlassResult = z.infer<typeof breakGlassResultSchema>;

/** 5 wrong guesses per email and per address in 15 minutes, then wait. */
const limiter = new AttemptLimiter(5, 15 * 60_000);

/**
 * The break-glass admin signs in with TRIAGE_ADMIN_EMAIL and the password
 * whose argon2id hash is TRIAGE_ADMIN_PASSWORD_HASH, in every mode (for when
 * the identity provider is down). Returns the Set-Cookie headers of the new
 * session. Every failure says the same thing, so it tells a guesser nothing.
 */
export async function signInBreakGlass(headers: Headers, input: z.output<typeof breakGlassSchema>): Promise<Headers> {
  const { auth: config } = getConfig();
  if (!config.admin) throw new HttpError(404, "not_found", "No break-glass admin is configured (TRIAGE_ADMIN_EMAIL)");
  const keys = [`email:${input.email}`, `ip:${clientAddress(headers, config.trustedProxies) ?? "unknown"}`];
  const wait = limiter.begin(keys);
  if (wait > 0) {
    throw new HttpError(429, "rate_limited", `Too many failed sign-ins; try again in ${Math.ceil(wait / 60_000)} minute(s)`, { "Retry-After": String(Math.ceil(wait / 1000)) });
  }
  // Both checks always run, so timing does not tell whether the email was right.
  const emailOk = sameSecret(input.email, config.admin.email);
  const passwordOk = await verifyPassword(input.password, config.admin.passwordHash);
  if (!emailOk || !passwordOk) {
    console.warn(`[triage] break-glass sign-in failed for ${input.email.slice(0, 100)} from ${keys[1].slice(3)}`);
    throw new HttpError(401, "unauthorized", "Wrong email or password");
  }
  keys.forEach((key) => limiter.reset(key));
  console.warn(`[triage] break-glass admin ${config.admin.email} signed in from ${keys[1].slice(3)}`);
  const { headers: setCookies } = await auth().api.breakGlassSession({ body: { email: config.admin.email }, headers, returnHeaders: true });
  return setCookies;
}
