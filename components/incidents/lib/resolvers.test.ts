import { describe, expect, it, vi } from "vitest";
import type { ResolverOptions } from "react-hook-form";
import { emptyFormValues, type IncidentFormValues } from "./form-values";
import { createIncidentResolver, lazyResolver, noteResolver, SCHEMA_LOAD_FAILED } from "./resolvers";

const formOptions: ResolverOptions<IncidentFormValues> = { fields: {}, shouldUseNativeValidation: false };

describe("lazy form resolvers", () => {
  it("load the shared schemas and answer their field errors", async () => {
    const result = await createIncidentResolver({ ...emptyFormValues(), startedAt: "2026-11-20T10:00" }, undefined, formOptions);
    expect(Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [field, error?.message]))).toEqual({
      environment: "Environment is required",
      service: "Service is required",
      severity: "Severity must be one of SEV1, SEV2, SEV3, SEV4",
      title: "Title is required",
    });
  });

  it("pass valid values through as submitted (raw: JSON-ready strings for the server action)", async () => {
    const result = await noteResolver({ message: "  restarted the pod  " }, undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ message: "  restarted the pod  " });
    const refused = await noteResolver({ message: "" }, undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(refused.errors.message?.message).toMatch(/required/i);
  });

  it("refuse to submit, and say so, when the schemas cannot be loaded", async () => {
    const onLoadFailed = vi.fn();
    const pick = vi.fn();
    const resolver = lazyResolver<IncidentFormValues, unknown>(() => Promise.reject(new Error("ChunkLoadError")), pick, onLoadFailed);
    const result = await resolver(emptyFormValues(), undefined, formOptions);
    expect(result.values).toEqual({});
    expect(result.errors.root?.schemas).toEqual({ type: "load", message: SCHEMA_LOAD_FAILED });
    expect(onLoadFailed).toHaveBeenCalledWith(SCHEMA_LOAD_FAILED);
    expect(pick).not.toHaveBeenCalled();
  });
});
