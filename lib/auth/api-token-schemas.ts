import "@/lib/zod-jitless";
import { z } from "zod";
import { wholeNumberText } from "@/lib/whole-number-text";
import { TOKEN_SCOPES } from "./roles";

const EXPIRY_DAYS_MESSAGES = { invalid: "Expiry must be a whole number of days", tooSmall: "Expiry must be at least 1 day", tooBig: "Expiry must be at most 3650 days" };
const expiryDays = wholeNumberText(1, 3650, EXPIRY_DAYS_MESSAGES);

/** Creating an API token (admin UI). Shared by the form and the server action. */
export const apiTokenCreateSchema = z.object({
  name: z
    .string({ error: "Name is required" })
    .trim()
    .min(1, "Name is required")
    .max(64, "Name must be at most 64 characters")
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "Use letters, digits, dots, dashes and underscores, e.g. alertmanager-prod"),
  scopes: z
    .array(z.enum(TOKEN_SCOPES, { error: `Scopes are ${TOKEN_SCOPES.join(", ")}` }), { error: "Pick at least one scope" })
    .min(1, "Pick at least one scope")
    .transform((scopes) => TOKEN_SCOPES.filter((s) => scopes.includes(s))),
  /** Days until it stops working; "" or null: never. */
  expiresInDays: z
    .union([z.string(), z.number(), z.null()], { error: EXPIRY_DAYS_MESSAGES.invalid })
    .optional()
    // The form sends text and a script may send a JSON number: both are read as text, so one rule applies.
    .transform((days, ctx) => {
      const text = days === null || days === undefined ? "" : String(days).trim();
      if (text === "") return null;
      const parsed = expiryDays.safeParse(text);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
      return z.NEVER;
    }),
});

export type ApiTokenCreateInput = z.input<typeof apiTokenCreateSchema>;
export type ApiTokenCreate = z.output<typeof apiTokenCreateSchema>;

export interface ApiTokenDto {
  id: number;
  name: string;
  scopes: string[];
  prefix: string;
  createdAt: string;
  createdBy: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  status: "active" | "expired" | "revoked";
}

/** The answer to a create: the only time the secret is ever shown. */
export interface CreatedApiTokenDto {
  token: ApiTokenDto;
  secret: string;
}
