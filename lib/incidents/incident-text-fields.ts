import "@/lib/zod-jitless";
import { z } from "zod";
import { textRule, type TextKind } from "./incident-limits";

/** One-line text: trimmed, required, at most `max`, no control characters (incident-limits.ts). */
export const requiredText = (label: string, max: number, kind: TextKind = "line") =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`)
    .refine(...textRule(label, kind));
