import "@/lib/zod-jitless";
import { z } from "zod";
import { textRule, type TextKind } from "./incident-limits";

/**
 * What a required field says of a value that is not a string: missing is "required", anything
 * else "must be text" (`"service": 42` said "Service is required", pointing away from the 42).
 */
export const requiredOr = (label: string, wrongType: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null ? `${label} is required` : wrongType;

/** One-line text: trimmed, required, at most `max`, no control characters (incident-limits.ts). */
export const requiredText = (label: string, max: number, kind: TextKind = "line") =>
  z
    .string({ error: requiredOr(label, `${label} must be text`) })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`)
    .refine(...textRule(label, kind));
