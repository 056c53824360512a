import { rmSync } from "node:fs";
import path from "node:path";

/** Each e2e run starts from an empty database; the start script migrates it and loads the sample incidents. */
export default function globalSetup() {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(path.resolve(`data/e2e.db${suffix}`), { force: true });
}
