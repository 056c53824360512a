/**
 * Which version a change from this tab should be checked against.
 *
 * The user clicked while the page showed version `seen`. If this tab wrote since (a second click
 * while the first was still in flight), the stored version moved on through its own writes, which are
 * not someone else's change and must not answer 409. Each own write is recorded as from → to;
 * following that chain from `seen` gives the version the server should still have. A write by
 * anyone else is not in the chain, so the server finds a different version and refuses the change.
 */
export class OwnWrites {
  readonly #next = new Map<number, number>();

  /** A write of ours took the incident from `from` to `to` (equal when the change turned out to be none). */
  record(from: number, to: number): void {
    if (to > from) this.#next.set(from, to);
  }

  /** The version to send for a change the user made while seeing `seen`. */
  expected(seen: number): number {
    let version = seen;
    // Terminates: every recorded step goes strictly up.
    for (let next = this.#next.get(version); next !== undefined; next = this.#next.get(version)) version = next;
    return version;
  }
}

const byIncident = new Map<number, OwnWrites>();

/** This tab's writes to one incident, shared by every panel that changes it. */
export function ownWritesTo(incidentId: number): OwnWrites {
  let writes = byIncident.get(incidentId);
  if (!writes) byIncident.set(incidentId, (writes = new OwnWrites()));
  return writes;
}
