import "@/lib/zod-jitless";
import { z } from "zod";
import { givenOnceOr } from "@/lib/http/search-params";
import { readWholeNumber } from "@/lib/whole-number";

export interface WholeNumberMessages {
  /** Not decimal digits (or not text). */
  invalid: string;
  tooSmall: string;
  tooBig: string;
  /** A parameter's name: given more than once (a list), it is told so (givenOnceOr); without one, a list is `invalid`. */
  label?: string;
}

/** The usual wording: "limit must be a whole number", "… at least 1", "… at most 200", "… given once". */
export const wholeNumberMessages = (label: string, min: number, max: number): WholeNumberMessages => ({
  label,
  invalid: `${label} must be a whole number`,
  tooSmall: `${label} must be at least ${min}`,
  tooBig: `${label} must be at most ${max}`,
});

/**
 * A whole number written as text (a URL parameter, a form field): decimal
 * digits, spaces around them ignored: readWholeNumber's rule (lib/whole-number.ts), not a copy.
 * Not z.coerce.number(), which goes through Number(): "0x10" is 16, "1e2" is 100.
 */
export function wholeNumberText(min: number, max: number, messages: WholeNumberMessages) {
  return z
    .string({ error: messages.label === undefined ? messages.invalid : givenOnceOr(messages.label, messages.invalid) })
    .transform((text, ctx) => {
      const n = readWholeNumber(text);
      if (n !== null) return n;
      ctx.addIssue({ code: "custom", message: messages.invalid });
      return z.NEVER;
    })
    .pipe(z.number().min(min, messages.tooSmall).max(max, messages.tooBig))
    // What the API reference (OpenAPI, built from these schemas) says the parameter is: the number
    // it stands for, not its spelling in a URL.
    .meta({ type: "integer", minimum: min, maximum: max });
}

/**
 * The same with a value for when the parameter is absent. Given as text
 * (prefault), so it is parsed like a sent value and the API reference can show
 * it: zod leaves a plain default out of an input schema when parsing changes
 * the type, as the text-to-number step here does.
 */
export function wholeNumberTextOr(fallback: number, min: number, max: number, messages: WholeNumberMessages) {
  return wholeNumberText(min, max, messages).prefault(String(fallback));
}
