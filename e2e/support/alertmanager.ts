import { execFile, spawn, type ChildProcess } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/**
 * A real Alertmanager for the end-to-end tests: Debian's
 * `prometheus-alertmanager` (or `alertmanager` from upstream) and its
 * `amtool`, started on loopback with clustering off, a throwaway storage
 * folder and a config that sends every group to the app's webhook.
 */

const run = promisify(execFile);

export interface AlertmanagerBinaries {
  alertmanager: string;
  amtool: string;
}

function executable(file: string): string | undefined {
  try {
    accessSync(file, constants.X_OK);
    return file;
  } catch {
    return undefined;
  }
}

function onPath(names: string[]): string | undefined {
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    for (const name of names) {
      const file = executable(path.join(dir, name));
      if (file) return file;
    }
  }
  return undefined;
}

/** The binaries (ALERTMANAGER_PATH / AMTOOL_PATH override the PATH lookup), or what is missing. */
export function findAlertmanager(): { binaries: AlertmanagerBinaries } | { missing: string[] } {
  const given = (name: string) => (process.env[name] ? executable(process.env[name]) : undefined);
  const alertmanager = process.env.ALERTMANAGER_PATH ? given("ALERTMANAGER_PATH") : onPath(["prometheus-alertmanager", "alertmanager"]);
  const amtool = process.env.AMTOOL_PATH ? given("AMTOOL_PATH") : onPath(["amtool"]);
  if (alertmanager && amtool) return { binaries: { alertmanager, amtool } };
  return { missing: [alertmanager ? "" : "alertmanager (prometheus-alertmanager)", amtool ? "" : "amtool"].filter(Boolean) };
}

export interface AlertmanagerOptions {
  binaries: AlertmanagerBinaries;
  /** Loopback port for the web API. */
  port: number;
  webhookUrl: string;
  /** Labels Alertmanager groups by: each distinct set is one notification. */
  groupBy: string[];
}

export interface AlertToAdd {
  labels: Record<string, string>;
  annotations?: Record<string, string>;
  generatorUrl?: string;
  startsAt: Date;
  /** In the past: the alert is resolved. */
  endsAt?: Date;
}

/** amtool reads `name=value` as a matcher: the value goes in double quotes with \ and " escaped. */
const pair = (name: string, value: string) => `${name}="${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, "\\n")}"`;

/** RFC 3339 to the second, as amtool's --start/--end take it. */
const rfc3339 = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

export class RunningAlertmanager {
  readonly url: string;
  /** Alertmanager's log (it logs to stderr), for failure messages. */
  private output = "";

  private constructor(
    private readonly child: ChildProcess,
    private readonly binaries: AlertmanagerBinaries,
    private readonly dir: string,
    port: number,
    private readonly onExit: () => void,
  ) {
    this.url = `http://127.0.0.1:${port}`;
    child.stderr?.on("data", (chunk: Buffer) => (this.output += chunk.toString()));
  }

  static async start(options: AlertmanagerOptions): Promise<RunningAlertmanager> {
    const dir = mkdtempSync(path.join(os.tmpdir(), "triage-alertmanager-"));
    const config = path.join(dir, "alertmanager.yml");
    // Short timings so a test sees the first notification, repeats and the resolution within seconds.
    writeFileSync(
      config,
      [
        "route:",
        "  receiver: triage",
        `  group_by: [${options.groupBy.join(", ")}]`,
        "  group_wait: 1s",
        "  group_interval: 1s",
        "  repeat_interval: 2s",
        "receivers:",
        "  - name: triage",
        "    webhook_configs:",
        `      - url: ${options.webhookUrl}`,
        "        send_resolved: true",
        "        max_alerts: 0",
        "",
      ].join("\n"),
    );
    const child = spawn(
      options.binaries.alertmanager,
      [
        `--config.file=${config}`,
        `--storage.path=${path.join(dir, "data")}`,
        `--web.listen-address=127.0.0.1:${options.port}`,
        "--cluster.listen-address=", // no gossip listener: a single instance
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    // If the test process dies, do not leave Alertmanager behind.
    const onExit = () => child.kill("SIGKILL");
    process.on("exit", onExit);
    const running = new RunningAlertmanager(child, options.binaries, dir, options.port, onExit);
    try {
      await running.waitUntilReady();
    } catch (error) {
      await running.stop();
      throw error;
    }
    return running;
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`Alertmanager exited with code ${this.child.exitCode}:\n${this.log()}`);
      try {
        if ((await fetch(`${this.url}/-/ready`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Alertmanager did not become ready on ${this.url} within 20 s:\n${this.log()}`);
  }

  /** `amtool alert add`, as an operator would fire (or, with an end in the past, resolve) an alert. */
  async addAlert(alert: AlertToAdd): Promise<void> {
    const args = [
      "alert",
      "add",
      `--alertmanager.url=${this.url}`,
      ...Object.entries(alert.labels).map(([name, value]) => pair(name, value)),
      ...Object.entries(alert.annotations ?? {}).map(([name, value]) => `--annotation=${pair(name, value)}`),
      `--start=${rfc3339(alert.startsAt)}`,
      ...(alert.endsAt ? [`--end=${rfc3339(alert.endsAt)}`] : []),
      ...(alert.generatorUrl ? [`--generator-url=${alert.generatorUrl}`] : []),
    ];
    // HOME points at the scratch folder so a user's ~/.config/amtool/config.yml cannot change the call.
    await run(this.binaries.amtool, args, { env: { ...process.env, HOME: this.dir }, timeout: 15_000 });
  }

  /** Alertmanager's own counters of webhook deliveries: attempted and failed (the app answered non-2xx). */
  async webhookNotifications(): Promise<{ sent: number; failed: number }> {
    const text = await (await fetch(`${this.url}/metrics`)).text();
    const sum = (metric: string) =>
      text
        .split("\n")
        .filter((line) => line.startsWith(`${metric}{`) && line.includes('integration="webhook"'))
        .reduce((total, line) => total + Number(line.slice(line.lastIndexOf(" ") + 1)), 0);
    return { sent: sum("alertmanager_notifications_total"), failed: sum("alertmanager_notifications_failed_total") };
  }

  async version(): Promise<string> {
    const { stdout, stderr } = await run(this.binaries.alertmanager, ["--version"]);
    return /version (\S+)/.exec(stdout + stderr)?.[1] ?? "unknown";
  }

  /** The last lines of Alertmanager's log. */
  log(): string {
    return this.output.slice(-3000);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((resolve) => this.child.once("exit", resolve));
      this.child.kill("SIGTERM");
      const timer = setTimeout(() => this.child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    process.off("exit", this.onExit);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
