import { listRunbooks, type RunbookMeta } from "./runbook-index";
import { UPSTREAM_ALERTS, upstreamAlertSource, type UpstreamRuleFile } from "./upstream-alerts";

/**
 * Every alert name the library knows, for /runbooks/alerts: the upstream
 * names runbooks answer, the names runbooks ship in their own rules blocks,
 * and the upstream names no runbook answers yet. content:check guarantees
 * that a name a runbook lists is one or the other.
 */

export type AlertSource = ({ kind: "upstream" } & UpstreamRuleFile) | { kind: "shipped" };

export interface KnownAlert {
  alert: string;
  source: AlertSource;
  runbook: { slug: string; title: string };
}

export interface AlertCatalogue {
  answered: KnownAlert[];
  /** Upstream alerts no runbook lists, by the file they come from. */
  unanswered: { alert: string; source: UpstreamRuleFile }[];
}

export function sourceOfAlert(alert: string): AlertSource {
  const upstream = upstreamAlertSource(alert);
  return upstream ? { kind: "upstream", ...upstream } : { kind: "shipped" };
}

export function buildAlertCatalogue(runbooks: Pick<RunbookMeta, "slug" | "title" | "alerts">[]): AlertCatalogue {
  const answered = runbooks
    .flatMap((r) => r.alerts.map((alert) => ({ alert, source: sourceOfAlert(alert), runbook: { slug: r.slug, title: r.title } })))
    .sort((a, b) => a.alert.localeCompare(b.alert));
  const claimed = new Set(answered.map((a) => a.alert));
  const unanswered = [...UPSTREAM_ALERTS]
    .filter(([alert]) => !claimed.has(alert))
    .map(([alert, source]) => ({ alert, source }))
    .sort((a, b) => a.source.mixin.localeCompare(b.source.mixin) || a.alert.localeCompare(b.alert));
  return { answered, unanswered };
}

export function listKnownAlerts(): AlertCatalogue {
  return buildAlertCatalogue(listRunbooks());
}
