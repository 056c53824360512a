import { toErrorResponseBody, type ApiErrorBody } from "./error-body";

/**
 * For server actions: the same error mapping as the API, returned instead of
 * thrown (an error thrown from a server action reaches the browser without
 * its fields), so a form can put each message at its field.
 */
export type ActionResult<T> = { ok: true; data: T } | ({ ok: false; status: number } & ApiErrorBody);

export async function runAction<T>(where: string, action: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await action() };
  } catch (error) {
    const mapped = toErrorResponseBody(error, where);
    return { ok: false, status: mapped.status, ...mapped.body };
  }
}
