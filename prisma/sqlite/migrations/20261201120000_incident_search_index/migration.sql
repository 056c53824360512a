-- The incident search index (lib/search/incident-search-index.ts). searchTokens replaces the
-- folded searchText: it holds the shared tokeniser's tokens, which SQL cannot compute, so it
-- starts empty and `npm run db:migrate` (prepareDatabase) fills it for every existing row and
-- builds the tables below from it; it does so again whenever the tokeniser changes.
ALTER TABLE "Incident" RENAME COLUMN "searchText" TO "searchTokens";
UPDATE "Incident" SET "searchTokens" = '';

-- Which incident holds which token (the ascii tokenizer splits only on ASCII non-alphanumerics,
-- and tokens are letters and digits, so FTS5 indexes exactly the tokens written). Contentless:
-- the text lives in "Incident"; detail=none: no positions, queries are single tokens.
CREATE VIRTUAL TABLE "IncidentSearch" USING fts5("tokens", content='', contentless_delete=1, tokenize='ascii', detail='none');

-- How many incidents hold each token (the row with term '' counts the incidents): IDF for
-- ranking, the vocabulary for typo correction and completion, and which tokens are rare
-- enough to look up first.
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL PRIMARY KEY,
    "docs" INTEGER NOT NULL
) WITHOUT ROWID;

-- The tokeniser version the index was built with.
CREATE TABLE "SearchIndexState" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);
