-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Incident" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "service" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "host" TEXT,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "phenomenon" TEXT NOT NULL DEFAULT '',
    "cause" TEXT NOT NULL DEFAULT '',
    "fix" TEXT NOT NULL DEFAULT '',
    "result" TEXT NOT NULL DEFAULT '',
    "reporter" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "detectedAt" DATETIME,
    "mitigatedAt" DATETIME,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "alertname" TEXT,
    "fingerprint" TEXT,
    "alertLabels" JSONB,
    "searchText" TEXT NOT NULL DEFAULT '',
    "resolveSeconds" INTEGER
);
INSERT INTO "new_Incident" ("alertLabels", "alertname", "cause", "createdAt", "detectedAt", "environment", "fingerprint", "fix", "host", "id", "mitigatedAt", "phenomenon", "reporter", "resolvedAt", "result", "service", "severity", "source", "startedAt", "status", "title", "updatedAt", "version") SELECT "alertLabels", "alertname", "cause", "createdAt", "detectedAt", "environment", "fingerprint", "fix", "host", "id", "mitigatedAt", "phenomenon", "reporter", "resolvedAt", "result", "service", "severity", "source", "startedAt", "status", "title", "updatedAt", "version" FROM "Incident";
DROP TABLE "Incident";
ALTER TABLE "new_Incident" RENAME TO "Incident";
CREATE INDEX "Incident_startedAt_idx" ON "Incident"("startedAt");
CREATE INDEX "Incident_status_startedAt_idx" ON "Incident"("status", "startedAt");
CREATE INDEX "Incident_severity_startedAt_idx" ON "Incident"("severity", "startedAt");
CREATE INDEX "Incident_service_startedAt_idx" ON "Incident"("service", "startedAt");
CREATE INDEX "Incident_resolvedAt_idx" ON "Incident"("resolvedAt");
CREATE INDEX "Incident_resolveSeconds_idx" ON "Incident"("resolveSeconds");
CREATE UNIQUE INDEX "Incident_fingerprint_startedAt_key" ON "Incident"("fingerprint", "startedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Backfill the derived columns of existing rows (lib/incidents/incident-derived-columns.ts keeps them
-- in step from now on), LIKE's special characters swapped as foldForSearch() does. SQLite's lower() folds
-- ASCII only: rows are re-derived exactly on their next edit.
UPDATE "Incident" SET
    "searchText" = replace(replace(replace(lower("title" || char(10) || "phenomenon" || char(10) || "cause" || char(10) || "fix" || char(10) || "result" || char(10) || "service" || char(10) || "environment" || char(10) || coalesce("alertname", '')), '%', char(57344)), '_', char(57345)), '\', char(57346)),
    "resolveSeconds" = CASE WHEN "resolvedAt" IS NULL THEN NULL ELSE CAST(round((julianday("resolvedAt") - julianday("startedAt")) * 86400) AS INTEGER) END;
