import { tokenize } from "./tokenize";

/** The incident fields search reads. */
export interface SearchableIncident {
  title: string;
  phenomenon: string;
  cause: string;
  fix: string;
  result: string;
  service: string;
  environment: string;
  alertname: string | null;
}

/**
 * The searchTokens column: every token of the searchable fields, in order,
 * space-separated (repeats kept, so term frequency can be read back).
 */
export function incidentSearchTokens(incident: SearchableIncident): string {
  const text = [incident.title, incident.alertname ?? "", incident.phenomenon, incident.cause, incident.fix, incident.result, incident.service, incident.environment].join("\n");
  return tokenize(text).join(" ");
}

/** The distinct tokens of a searchTokens value. */
export function distinctTokens(searchTokens: string): string[] {
  return [...new Set(searchTokens.split(" ").filter(Boolean))];
}
