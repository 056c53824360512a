import { afterEach, describe, expect, it, vi } from "vitest";

// zod keeps its global config on globalThis, across vi.resetModules(): start each test from the default.
async function freshZod() {
  const { z } = await import("zod");
  z.config({ jitless: undefined });
  return z;
}

describe("zod-jitless", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it("in a browser, turns zod's eval probe off before the shared schemas are built", async () => {
    vi.stubGlobal("window", {});
    const probes: string[] = [];
    const RealFunction = globalThis.Function;
    // Any `new Function(...)` from zod while the schemas load and parse would be the CSP violation.
    vi.stubGlobal("Function", new Proxy(RealFunction, { construct: (target, args) => (probes.push(String(args.at(-1))), Reflect.construct(target, args)) }));
    const z = await freshZod();
    const schemas = await import("@/lib/incidents/incident-schemas");
    expect(z.config().jitless).toBe(true);
    expect(schemas.incidentCreateSchema.safeParse({}).success).toBe(false);
    expect(probes).toEqual([]);
  });

  it("on the server, leaves zod's compiled parsers on", async () => {
    const z = await freshZod();
    await import("@/lib/incidents/incident-schemas");
    expect(z.config().jitless).not.toBe(true);
  });
});
