-- AlterTable
ALTER TABLE "Incident" ADD COLUMN "namespace" TEXT;

-- CreateIndex
CREATE INDEX "Incident_namespace_startedAt_idx" ON "Incident"("namespace", "startedAt");

-- Backfill incidents opened by Alertmanager from their stored labels, by the rule of deriveNamespace()
-- in lib/alerts/alert-to-incident.ts: the `namespace` label, except on node-exporter's alerts, where it is
-- the exporter's own (tests/db/incident-namespace.test.ts runs this statement and compares).
UPDATE "Incident" SET "namespace" = (
  SELECT CASE
    WHEN json_type(labels, '$.namespace') IS NOT 'text' THEN NULL
    WHEN json_type(labels, '$.job') = 'text' AND (
      lower(trim(json_extract(labels, '$.job'))) = 'node-exporter'
      OR lower(trim(json_extract(labels, '$.job'))) LIKE 'node-exporter-%'
      OR lower(trim(json_extract(labels, '$.job'))) LIKE '%-node-exporter') THEN NULL
    ELSE nullif(trim(json_extract(labels, '$.namespace')), '')
  END
  -- CASE stops at the first match, so malformed JSON is never parsed (json_type would fail the migration).
  FROM (SELECT CASE WHEN json_valid("Incident"."alertLabels") THEN "Incident"."alertLabels" END AS labels)
)
WHERE "alertLabels" IS NOT NULL;
