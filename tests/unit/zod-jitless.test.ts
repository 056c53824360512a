import { describe, expect, it } from "vitest";
import { zodConfigBeforeLoad } from "@/lib/zod-config";

describe("zod settings made before zod loads (instrumentation-client.ts)", () => {
  it("are the ones zod uses, so no parser is compiled with new Function", async () => {
    zodConfigBeforeLoad();
    const { z } = await import("zod");
    expect(z.config().jitless).toBe(true);
    // The probe zod runs is `new Function("")`: a parse must not call Function at all.
    const original = globalThis.Function;
    let calls = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        calls++;
        return Reflect.construct(target, args);
      },
    });
    try {
      z.object({ a: z.string(), b: z.number() }).parse({ a: "x", b: 1 });
    } finally {
      globalThis.Function = original;
    }
    expect(calls).toBe(0);
  });
});
