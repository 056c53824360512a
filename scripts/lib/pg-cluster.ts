import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * A throwaway PostgreSQL cluster for tests and for `db:migration`: initdb in a
 * temp dir, a free loopback port, trust auth, stopped and deleted by stop().
 */

export interface PgCluster {
  url: string;
  stop(): void;
}

/** The folder holding initdb and pg_ctl, or undefined when no server is installed. */
export function findPostgresBinDir(): string | undefined {
  const candidates: string[] = [];
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    for (const version of readdirSync(root).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(root, version, "bin"));
  }
  try {
    candidates.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  } catch {
    // pg_config is optional: the Debian layout above is the common case.
  }
  return candidates.find((dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl")));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startPgCluster(database = "triage"): Promise<PgCluster> {
  const bin = findPostgresBinDir();
  if (!bin) throw new Error("No PostgreSQL server binaries found (looked in /usr/lib/postgresql/*/bin and pg_config --bindir).");
  const dir = mkdtempSync(path.join(os.tmpdir(), "triage-pg-"));
  chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  const port = await freePort();
  // PostgreSQL refuses to run as root; as root, run its tools as the postgres user.
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    if (asRoot) {
      const line = [path.join(bin, cmd), ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
      execFileSync("su", ["postgres", "-c", line], { stdio: ["ignore", "pipe", "pipe"] });
    } else {
      execFileSync(path.join(bin, cmd), args, { stdio: ["ignore", "pipe", "pipe"] });
    }
  };
  const stop = () => {
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
    } catch {
      // Already stopped or never started: removing the folder is what matters.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run("initdb", ["-D", data, "--auth=trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"]);
    run("pg_ctl", [
      "-D", data, "-l", path.join(dir, "server.log"), "-w", "-t", "30",
      "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
      "start",
    ]);
    run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", database]);
  } catch (error) {
    stop();
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`Could not start a throwaway PostgreSQL cluster: ${stderr || (error as Error).message}`);
  }
  return { url: `postgresql://postgres@127.0.0.1:${port}/${database}`, stop };
}
