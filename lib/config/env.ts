import { accessSync, constants, mkdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { readWholeNumber } from "@/lib/whole-number";
import { AuthConfigError, authEnvSchema, toAuthConfig, type AuthConfig } from "./auth-config";

/**
 * Configuration, read from the environment once and validated. Everything
 * that reads process.env for app settings goes through getConfig().
 */

export type DatabaseConfig =
  | { kind: "sqlite"; url: string; file: string }
  | { kind: "postgres"; url: string };

export interface AppConfig {
  database: DatabaseConfig;
  /** Sign-in mode, trusted proxies, roles, the break-glass admin and the bootstrap API token. */
  auth: AuthConfig;
  /** Requests per minute per client (lib/http/rate-limit.ts); 0: no limit. */
  rateLimits: { writes: number; webhook: number };
  /**
   * Seconds to receive one whole request (scripts/serve.ts). Node's default is 300: a client that
   * sent less body than its Content-Length held its connection, and a graceful stop, that long.
   */
  requestTimeoutSeconds: number;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

export const DEFAULT_SQLITE_URL = "file:./data/triage.db";
const projectRoot = process.cwd();

/** A whole-number setting from min to max (readWholeNumber's digits rule), the fallback when unset. */
const wholeNumberSetting = (fallback: number, min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return fallback;
      const n = readWholeNumber(v);
      if (n !== null && n >= min && n <= max) return n;
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    });

/** A requests-per-minute limit: a whole number, 0 turns it off; default when unset. */
const perMinute = (fallback: number) =>
  wholeNumberSetting(fallback, 0, 9_999_999, "must be a whole number of requests per minute (0 turns the limit off)");

/** Seconds a client has to send a whole request, headers and body, before Node answers 408 and closes it. */
const requestSeconds = wholeNumberSetting(30, 1, 3600, "must be a whole number of seconds from 1 to 3600");

const envSchema = authEnvSchema.safeExtend({
  DATABASE_URL: z.string().trim().optional(),
  /** Writes (REST and server actions) per minute per client. */
  TRIAGE_RATE_LIMIT_WRITES: perMinute(600),
  /** Alertmanager deliveries per minute per client. */
  TRIAGE_RATE_LIMIT_WEBHOOK: perMinute(300),
  TRIAGE_REQUEST_TIMEOUT: requestSeconds,
});

/** Turns a DATABASE_URL into a typed config, or throws a ConfigError that says how to fix it. */
export function parseDatabaseUrl(raw: string | undefined): DatabaseConfig {
  const url = raw && raw.length > 0 ? raw : DEFAULT_SQLITE_URL;
  if (url.startsWith("file:")) {
    const rest = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (rest.length === 0 || rest.endsWith("/")) {
      throw new ConfigError(
        `DATABASE_URL "${url}" names no database file. Use e.g. ${DEFAULT_SQLITE_URL} (SQLite) or postgresql://user:password@host:5432/triage.`,
      );
    }
    const file = path.resolve(/*turbopackIgnore: true*/ projectRoot, rest.split("?")[0]);
    return { kind: "sqlite", url: `file:${file}`, file };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError(
        `DATABASE_URL is not a valid PostgreSQL URL. Expected postgresql://user:password@host:5432/database (percent-encode special characters in the password).`,
      );
    }
    if (!parsed.hostname || parsed.pathname.replace(/^\//, "").length === 0) {
      throw new ConfigError(
        `DATABASE_URL "${redact(url)}" needs a host and a database name, e.g. postgresql://user:password@localhost:5432/triage.`,
      );
    }
    return { kind: "postgres", url };
  }
  const scheme = url.includes(":") ? url.slice(0, url.indexOf(":") + 1) : url;
  throw new ConfigError(
    `DATABASE_URL scheme "${scheme}" is not supported. Use ${DEFAULT_SQLITE_URL} (SQLite, the default) or postgresql://user:password@host:5432/triage.`,
  );
}

/** Makes sure the SQLite file's folder exists and is writable, or throws a ConfigError. */
export function ensureSqliteFolder(file: string): void {
  const dir = path.dirname(file);
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new ConfigError(
      `The data folder ${dir} is not writable (${code}). Fix its permissions, or point DATABASE_URL at a writable file, e.g. file:/var/lib/triage/triage.db.`,
    );
  }
}

/** Hides the password in a connection string before it is printed. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${issue.path.join(".")}: ${issue.message}`);
  }
  let auth: AuthConfig;
  try {
    auth = toAuthConfig(parsed.data);
  } catch (error) {
    if (error instanceof AuthConfigError) throw new ConfigError(error.message);
    throw error;
  }
  return {
    database: parseDatabaseUrl(parsed.data.DATABASE_URL),
    auth,
    rateLimits: { writes: parsed.data.TRIAGE_RATE_LIMIT_WRITES, webhook: parsed.data.TRIAGE_RATE_LIMIT_WEBHOOK },
    requestTimeoutSeconds: parsed.data.TRIAGE_REQUEST_TIMEOUT,
  };
}

let cached: AppConfig | undefined;

/** The configuration, read once per process. */
export function getConfig(): AppConfig {
  cached ??= loadConfig();
  return cached;
}

/** Tests only: forgets the cached configuration, so the next getConfig() reads process.env again (e.g. after setting TRIAGE_API_TOKEN or TRIAGE_AUTH). */
export function resetConfigForTests(): void {
  cached = undefined;
}
