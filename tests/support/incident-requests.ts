/** Requests to the API route handlers, shared by the input-hardening tests. */

export interface ErrorBody {
  error: { code: string; message: string; fields: Record<string, string> };
}

export function jsonRequest(method: string, url: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(url.startsWith("http") ? url : `http://localhost${url}`, {
    method,
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "content-type": "application/json", ...headers },
  });
}

export const routeParams = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });

export const HOUR = 3600_000;

/** A create body the API accepts. */
export const validIncident = () => ({
  title: "Checkout 502s",
  severity: "SEV2",
  service: "checkout",
  environment: "prod-eks-1",
  reporter: "alice",
  startedAt: new Date(Date.now() - 2 * HOUR).toISOString(),
  phenomenon: "502 from the ingress",
});

/** One firing Alertmanager alert, labels and annotations overridable. */
export function firingAlert(n: number, labels: Record<string, string> = {}, annotations: Record<string, string> = {}) {
  return {
    status: "firing",
    labels: { alertname: "KubePodCrashLooping", cluster: "prod-eks-1", container: `svc-${n}`, severity: "warning", ...labels },
    annotations: { summary: `Pod ${n} is crash looping.`, ...annotations },
    startsAt: "2026-11-21T09:14:07Z",
    endsAt: "0001-01-01T00:00:00Z",
    fingerprint: `fp-${n.toString(16).padStart(8, "0")}`,
  };
}

export const delivery = (alerts: unknown[]) => ({ version: "4", status: "firing", receiver: "triage", groupLabels: {}, commonLabels: {}, commonAnnotations: {}, alerts });
