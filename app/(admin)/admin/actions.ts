"use server";

import { revalidatePath } from "next/cache";
import { apiTokenCreateSchema, type ApiTokenDto, type CreatedApiTokenDto } from "@/lib/auth/api-token-schemas";
import { parseApiTokenId } from "@/lib/auth/api-token-id";
import { createApiToken } from "@/lib/auth/create-api-token";
import { revokeApiToken } from "@/lib/auth/revoke-api-token";
import { runAction, type ActionResult } from "@/lib/http/run-action";

/** Token management; createApiToken and revokeApiToken authorize (admins only). */

export async function createApiTokenAction(input: unknown): Promise<ActionResult<CreatedApiTokenDto>> {
  const result = await runAction("action createApiToken", (ctx) => createApiToken(ctx, apiTokenCreateSchema.parse(input)));
  if (result.ok) revalidatePath("/admin");
  return result;
}

export async function revokeApiTokenAction(id: number): Promise<ActionResult<ApiTokenDto>> {
  const result = await runAction(`action revokeApiToken ${id}`, (ctx) => revokeApiToken(ctx, parseApiTokenId(String(id))));
  if (result.ok) revalidatePath("/admin");
  return result;
}
