/** `tsx e2e/support/write-synthetic-library.ts <dir> <count>`: a fresh synthetic library for the list-size e2e server. */
import { rmSync } from "node:fs";
import { writeSyntheticLibrary } from "../../scripts/lib/synthetic-runbooks";

const [dir, count] = process.argv.slice(2);
if (!dir || !Number(count)) throw new Error("usage: write-synthetic-library.ts <dir> <count>");
rmSync(dir, { recursive: true, force: true });
writeSyntheticLibrary(dir, Number(count));
