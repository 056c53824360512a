-- AlterTable
ALTER TABLE "Incident" ADD COLUMN "detectSeconds" INTEGER;
ALTER TABLE "Incident" ADD COLUMN "mitigateSeconds" INTEGER;
ALTER TABLE "Incident" ADD COLUMN "titleKey" TEXT;

-- Backfill (lib/incidents/incident-derived-columns.ts keeps them in step from now on). titleKey needs the
-- search tokeniser (lib/incidents/title-key.ts): rows left NULL here are derived by deriveTitleKeys()
-- when the database is prepared (npm start, db:migrate).
UPDATE "Incident" SET
    "detectSeconds" = CASE WHEN "detectedAt" IS NULL THEN NULL ELSE CAST(round((julianday("detectedAt") - julianday("startedAt")) * 86400) AS INTEGER) END,
    "mitigateSeconds" = CASE WHEN "mitigatedAt" IS NULL THEN NULL ELSE CAST(round((julianday("mitigatedAt") - julianday("startedAt")) * 86400) AS INTEGER) END;
