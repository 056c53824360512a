import { existsSync } from "node:fs";
import { request } from "node:http";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getConfig, resetConfigForTests } from "@/lib/config/env";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { freshDatabaseUrl, inspectSqlite, leg, sqliteFile, storedTitles } from "./support/databases";
import { incidentBody, killAll, startServer, takePort, waitForHealth, writeLoad } from "./support/processes";

/** Incidents acknowledged before the kill: bounded in CI, larger with RELIABILITY_CRASH_WRITES. */
const WRITES_BEFORE_KILL = Number(process.env.RELIABILITY_CRASH_WRITES ?? 60);

afterEach(killAll);

async function preparedDatabase(): Promise<string> {
  const url = await freshDatabaseUrl();
  process.env.DATABASE_URL = url;
  resetConfigForTests();
  await prepareDatabase(getConfig().database);
  return url;
}

let legUrl: string | undefined;
beforeAll(() => {
  legUrl = process.env.DATABASE_URL;
  return () => {
    process.env.DATABASE_URL = legUrl;
    resetConfigForTests();
  };
});

describe(`the production server on ${leg}`, () => {
  it(`loses no acknowledged incident when killed with SIGKILL mid-load (${WRITES_BEFORE_KILL}+ writes)`, async () => {
    const url = await preparedDatabase();
    const port = takePort();
    const server = startServer(url, port);
    await waitForHealth(port, server);

    const load = writeLoad(port, "crash", 6);
    while (load.acknowledged.length < WRITES_BEFORE_KILL) {
      if (load.failures.length) throw new Error(`writes failed before the kill: ${load.failures.slice(0, 3).join(" | ")}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    server.signal("SIGKILL");
    expect(await server.exited).toBe("SIGKILL");
    await load.stop();
    const acknowledged = [...load.acknowledged];

    if (leg === "sqlite") {
      const { integrity, journalMode } = inspectSqlite(sqliteFile(url));
      expect(integrity).toBe("ok");
      expect(journalMode).toBe("wal");
    }
    // Restarted, it serves the same data and takes writes again.
    const restarted = startServer(url, port);
    await waitForHealth(port, restarted);
    const stored = await storedTitles(url);
    const missing = acknowledged.filter((title) => !stored.has(title));
    expect(missing).toEqual([]);
    const again = await fetch(`http://127.0.0.1:${port}/api/incidents`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(incidentBody("after-restart")),
    });
    expect(again.status).toBe(201);
  });

  it("on SIGTERM finishes an in-flight request, closes the database and exits 0", async () => {
    const url = await preparedDatabase();
    const port = takePort();
    const server = startServer(url, port);
    await waitForHealth(port, server);
    // The server has the database open (and, on SQLite, a write-ahead log).
    const warm = await fetch(`http://127.0.0.1:${port}/api/incidents`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(incidentBody("before-sigterm")),
    });
    expect(warm.status).toBe(201);

    // A request whose body is half sent when SIGTERM arrives.
    const body = JSON.stringify(incidentBody("in-flight"));
    const half = Math.floor(body.length / 2);
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        { host: "127.0.0.1", port, path: "/api/incidents", method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), connection: "close" } },
        (res) => {
          let text = "";
          res.on("data", (chunk: Buffer) => (text += chunk.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on("error", reject);
      req.write(body.slice(0, half));
      setTimeout(() => {
        server.signal("SIGTERM");
        // The server stops accepting, but this request is already in: finish sending it.
        setTimeout(() => req.end(body.slice(half)), 500);
      }, 300);
    });
    const response = await answered;
    expect(response.status, response.text).toBe(201);
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/database closed/);
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();

    if (leg === "sqlite") {
      // Closed cleanly: the last connection folded the write-ahead log into the file and removed it.
      // (Checked before this test opens the file itself.)
      expect(existsSync(`${sqliteFile(url)}-wal`)).toBe(false);
      expect(inspectSqlite(sqliteFile(url)).integrity).toBe("ok");
    }
    const stored = await storedTitles(url);
    expect(stored.has(JSON.parse(body).title)).toBe(true);
  });
});
