-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "namespace" TEXT;

-- CreateIndex
CREATE INDEX "Incident_namespace_startedAt_idx" ON "Incident"("namespace", "startedAt");

-- Backfill incidents opened by Alertmanager from their stored labels, by the rule of deriveNamespace()
-- in lib/alerts/alert-to-incident.ts: the `namespace` label, except on node-exporter's alerts, where it is
-- the exporter's own (tests/db/incident-namespace.test.ts runs this statement and compares).
UPDATE "Incident" SET "namespace" = CASE
    WHEN jsonb_typeof("alertLabels"->'namespace') IS DISTINCT FROM 'string' THEN NULL
    WHEN jsonb_typeof("alertLabels"->'job') = 'string'
      AND lower(btrim("alertLabels"->>'job')) ~ '^(node-exporter|node-exporter-.*|.*-node-exporter)$' THEN NULL
    ELSE nullif(btrim("alertLabels"->>'namespace'), '')
  END
WHERE "alertLabels" IS NOT NULL;
