-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "detectSeconds" INTEGER,
ADD COLUMN     "mitigateSeconds" INTEGER,
ADD COLUMN     "titleKey" TEXT;

-- Backfill (lib/incidents/incident-derived-columns.ts keeps them in step from now on). titleKey needs the
-- search tokeniser (lib/incidents/title-key.ts): rows left NULL here are derived by deriveTitleKeys()
-- when the database is prepared (npm start, db:migrate).
UPDATE "Incident" SET
    "detectSeconds" = CASE WHEN "detectedAt" IS NULL THEN NULL ELSE round(extract(epoch FROM ("detectedAt" - "startedAt")))::integer END,
    "mitigateSeconds" = CASE WHEN "mitigatedAt" IS NULL THEN NULL ELSE round(extract(epoch FROM ("mitigatedAt" - "startedAt")))::integer END;
