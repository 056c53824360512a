-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "resolveSeconds" INTEGER,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Incident_resolveSeconds_idx" ON "Incident"("resolveSeconds");

-- Backfill the derived columns of existing rows (lib/incidents/incident-derived-columns.ts keeps them
-- in step from now on), LIKE's special characters swapped as foldForSearch() does. lower() folds non-ASCII
-- letters only under a UTF-8 locale: rows are re-derived exactly on their next edit.
UPDATE "Incident" SET
    "searchText" = replace(replace(replace(lower("title" || chr(10) || "phenomenon" || chr(10) || "cause" || chr(10) || "fix" || chr(10) || "result" || chr(10) || "service" || chr(10) || "environment" || chr(10) || coalesce("alertname", '')), '%', chr(57344)), '_', chr(57345)), '\', chr(57346)),
    "resolveSeconds" = CASE WHEN "resolvedAt" IS NULL THEN NULL ELSE round(extract(epoch FROM ("resolvedAt" - "startedAt")))::integer END;
