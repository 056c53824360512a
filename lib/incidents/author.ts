import { isKnown, type RequestContext } from "@/lib/auth/actor";
import { FieldValidationError } from "./errors";

/**
 * Who a write is recorded as. A known actor (signed-in user, proxy user, API
 * token) is the author, and a name sent alongside is refused rather than
 * silently dropped, so a script that still sends `reporter` or `author` learns
 * why. Anonymous visitors (sign-in off) name themselves; that name is
 * unverified and shown as typed.
 */
export function authorOf(ctx: RequestContext, given: string | undefined, field: "reporter" | "author", anonymousDefault?: string): string {
  if (isKnown(ctx.actor)) {
    if (given !== undefined) {
      throw new FieldValidationError({ [field]: `Leave ${field} out: changes made as ${describe(ctx)} are recorded under that name` });
    }
    return ctx.actor.name;
  }
  const name = given ?? anonymousDefault;
  if (!name) throw new FieldValidationError({ [field]: `${field === "reporter" ? "Reporter" : "Author"} is required` });
  return name;
}

function describe(ctx: RequestContext): string {
  return ctx.actor.kind === "token" ? `the token "${ctx.actor.name}"` : `${ctx.actor.name} (signed in)`;
}
