-- The incident search index (lib/search/incident-search-index.ts). searchTokens replaces the
-- folded searchText: it holds the shared tokeniser's tokens, which SQL cannot compute, so it
-- starts empty and `npm run db:migrate` (prepareDatabase) fills it for every existing row and
-- builds the tables below from it; it does so again whenever the tokeniser changes.
ALTER TABLE "Incident" RENAME COLUMN "searchText" TO "searchTokens";
UPDATE "Incident" SET "searchTokens" = '';

-- Which incident holds which token: the distinct tokens as a tsvector of lexemes taken as they
-- are (array_to_tsvector: no text search configuration, no parser), so PostgreSQL indexes exactly
-- the tokens SQLite's FTS5 table does. Stored, so matching never re-derives it from the text.
CREATE TABLE "IncidentSearchVector" (
    "incidentId" INTEGER NOT NULL,
    "tokens" TSVECTOR NOT NULL,
    CONSTRAINT "IncidentSearchVector_pkey" PRIMARY KEY ("incidentId"),
    CONSTRAINT "IncidentSearchVector_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "IncidentSearchVector_tokens_idx" ON "IncidentSearchVector" USING GIN ("tokens");

-- How many incidents hold each token (the row with term '' counts the incidents): IDF for
-- ranking, the vocabulary for typo correction and completion, and which tokens are rare
-- enough to look up first. Byte order ("C"), so a prefix is one range of the primary key.
CREATE TABLE "SearchTerm" (
    "term" TEXT COLLATE "C" NOT NULL,
    "docs" INTEGER NOT NULL,
    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);

-- The tokeniser version the index was built with.
CREATE TABLE "SearchIndexState" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    CONSTRAINT "SearchIndexState_pkey" PRIMARY KEY ("key")
);
