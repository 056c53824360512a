-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "tokens" REAL NOT NULL,
    "updatedAtMs" REAL NOT NULL,
    "allowed" BOOLEAN NOT NULL DEFAULT true
);

-- CreateIndex
CREATE INDEX "RateLimitBucket_updatedAtMs_idx" ON "RateLimitBucket"("updatedAtMs");
