import { AlertNotFound } from "@/components/runbooks/alert-not-found";
import { listRunbooks } from "@/lib/runbooks/runbook-index";

/** not-found pages get no params, so the client component reads the alert name from the URL and ranks these candidates. */
export default function UnknownAlert() {
  const candidates = listRunbooks().map(({ slug, title, alerts, tags, symptoms }) => ({ slug, title, alerts, tags, symptoms: symptoms.slice(0, 6) }));
  return <AlertNotFound candidates={candidates} />;
}
