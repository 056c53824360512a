/**
 * Servers a bench starts and must stop: each in its own process group (so
 * `npx` and the server under it stop together), output kept for the error
 * message when one exits or never answers.
 */
import { spawn, type ChildProcess } from "node:child_process";

export interface Server {
  name: string;
  child: ChildProcess;
}

/** Starts `command` and resolves once http://127.0.0.1:<port>/ answers 2xx/3xx (a first start may build the app: up to 15 min). */
export async function startServer(name: string, command: string[], port: number, env: Record<string, string>, cwd = process.cwd(), timeoutMs = 15 * 60_000): Promise<Server> {
  const child = spawn(command[0], command.slice(1), {
    cwd,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME: "127.0.0.1", ...env },
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let exitCode: number | string | undefined;
  child.on("exit", (code, signal) => (exitCode = code ?? signal ?? -1));
  const server = { name, child };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`${name} server exited (${exitCode}) before it answered on port ${port}:\n${output.slice(-4000)}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`, { redirect: "manual" });
      if (response.status < 400) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stopServer(server);
  throw new Error(`${name} server did not answer on port ${port} within ${timeoutMs / 1000} s:\n${output.slice(-4000)}`);
}

export function stopServer(server: Server): void {
  try {
    if (server.child.pid && server.child.exitCode === null) process.kill(-server.child.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}
