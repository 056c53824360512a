-- CreateIndex
CREATE INDEX "Incident_metrics_idx" ON "Incident"("startedAt", "severity", "service", "alertname", "titleKey", "detectSeconds", "mitigateSeconds", "resolveSeconds", "id");

-- CreateIndex
CREATE INDEX "IncidentRunbook_metrics_idx" ON "IncidentRunbook"("incidentId", "runbookSlug", "fixWorked");
