import { z } from "zod";

/**
 * The bodies of GET /api/health, /api/health/live and /api/health/ready, as
 * zod schemas: the routes build their bodies to these types and the OpenAPI
 * document (lib/openapi) is generated from them. Pure.
 */

/** What everyone gets from a probe or from /api/health when all is well. */
export const statusOkSchema = z.object({ status: z.literal("ok") }).meta({ id: "StatusOk", description: "The status only (what an anonymous caller and the Kubernetes probes get)." });
export type StatusOk = z.infer<typeof statusOkSchema>;

/** /api/health/ready while the database does not answer or a migration of this build is not applied. */
export const notReadySchema = z.object({ status: z.literal("not ready") }).meta({ id: "NotReady" });
export type NotReady = z.infer<typeof notReadySchema>;

/** /api/health for an anonymous caller while the database does not answer. */
export const statusUnavailableSchema = z.object({ status: z.literal("unavailable") }).meta({ id: "StatusUnavailable" });

/** /api/health for a token or an admin session: database kind, migration state and row counts. */
export const healthDetailsSchema = z
  .object({
    status: z.literal("ok"),
    database: z.object({
      kind: z.enum(["sqlite", "postgres"]),
      migrations: z.object({ applied: z.array(z.string()), pending: z.array(z.string()), upToDate: z.boolean() }),
      counts: z.object({ incidents: z.number().int(), runbookLinks: z.number().int(), events: z.number().int() }),
    }),
  })
  .meta({ id: "HealthDetails", description: "For an API token or an admin session only: database kind, migration state and row counts." });
export type HealthDetails = z.infer<typeof healthDetailsSchema>;

/** /api/health for a token or an admin session while the database does not answer: the driver's reason. */
export const healthUnavailableDetailsSchema = z
  .object({ status: z.literal("unavailable"), reason: z.string().describe("The database driver's error (last line)") })
  .meta({ id: "HealthUnavailableDetails" });

/** 200 from /api/health: the status, or the details for a token or an admin. */
export const healthOkAnswerSchema = z.union([statusOkSchema, healthDetailsSchema]);
/** 503 from /api/health: the database does not answer. */
export const healthUnavailableAnswerSchema = z.union([statusUnavailableSchema, healthUnavailableDetailsSchema]);
export type HealthAnswer = z.infer<typeof healthOkAnswerSchema> | z.infer<typeof healthUnavailableAnswerSchema>;
