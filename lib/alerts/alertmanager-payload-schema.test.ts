import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alertmanagerPayloadSchema } from "./alertmanager-payload-schema";

const raw = (name: string) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../tests/fixtures/alertmanager", name), "utf8"));

function firstProblem(payload: unknown): [string, string] | undefined {
  const result = alertmanagerPayloadSchema.safeParse(payload);
  const issue = result.error?.issues[0];
  return issue && [issue.path.join("."), issue.message];
}

describe("alertmanagerPayloadSchema", () => {
  it.each(["firing.json", "resolved.json", "grouped-firing.json", "cpu-throttling-firing.json", "node-memory-firing.json", "grafana-firing.json"])("accepts %s", (name) => {
    expect(firstProblem(raw(name))).toBeUndefined();
  });

  it("keeps fields it does not know (newer Alertmanager, Grafana)", () => {
    const parsed = alertmanagerPayloadSchema.parse(raw("grafana-firing.json"));
    expect(parsed).toHaveProperty("orgId", 1);
    expect(parsed.alerts[0]).toHaveProperty("valueString");
  });

  it("reads Go's zero endsAt as no end, and keeps a real one", () => {
    expect(alertmanagerPayloadSchema.parse(raw("firing.json")).alerts[0].endsAt).toBeNull();
    expect(alertmanagerPayloadSchema.parse(raw("resolved.json")).alerts[0].endsAt).toEqual(new Date("2026-11-21T09:41:37.123Z"));
  });

  const REMOVE = Symbol("remove");
  /** The grouped fixture with the value at `keys` replaced (or removed). */
  const mutate = (keys: (string | number)[], value: unknown) => {
    const payload = raw("grouped-firing.json");
    let node = payload as Record<string | number, unknown>;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = keys[keys.length - 1];
    if (value === REMOVE) delete node[last];
    else node[last] = value;
    return payload;
  };

  it.each([
    ["no alerts", mutate(["alerts"], REMOVE), "alerts", "alerts must be a list"],
    ["alerts not a list", mutate(["alerts"], {}), "alerts", "alerts must be a list"],
    ["empty alerts", mutate(["alerts"], []), "alerts", "alerts must not be empty"],
    ["unknown alert status", mutate(["alerts", 1, "status"], "pending"), "alerts.1.status", 'status must be "firing" or "resolved"'],
    ["bad startsAt", mutate(["alerts", 2, "startsAt"], "yesterday"), "alerts.2.startsAt", 'startsAt must be an RFC 3339 timestamp, got "yesterday"'],
    ["no alertname", mutate(["alerts", 0, "labels", "alertname"], REMOVE), "alerts.0.labels.alertname", "the alertname label is required"],
    ["a label that is not a string", mutate(["alerts", 0, "labels", "replicas"], 3), "alerts.0.labels.replicas", "labels values must be strings"],
    ["no fingerprint", mutate(["alerts", 1, "fingerprint"], REMOVE), "alerts.1.fingerprint", "fingerprint is required"],
    ["commonLabels not an object", mutate(["commonLabels"], "x"), "commonLabels", "commonLabels must be an object of string values"],
    ["truncatedAlerts not a number", mutate(["truncatedAlerts"], "0"), "truncatedAlerts", "truncatedAlerts must be a number"],
  ])("names the field when %s", (_why, payload, field, message) => {
    expect(firstProblem(payload)).toEqual([field, message]);
  });
});
