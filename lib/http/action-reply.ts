/**
 * The arguments of a server action as they arrive on the wire, checked before Next decodes them.
 *
 * Next hands the body of a POST with Next-Action to React's reply decoder, and answers a bare 500
 * when that fails: a body that is not JSON, not an array, an empty body, a multipart body that is
 * not form data or has no root part "0", or a "$…" reference to a part or chunk that is not there.
 * None of that is the server's fault, so the page proxy (proxy.ts) answers 400 at the field "body".
 * A body over the API's limit (1 MiB, MAX_BODY_BYTES; Next's own action limit is the same 1 MB but
 * answers 500) is a 413, as on the API; past 10 MB Next would hand the proxy a truncated body.
 *
 * Triage's actions take plain data (objects, arrays, strings, numbers, booleans, null). React writes
 * a string that starts with "$" as "$$…", and the values JSON lacks as "$undefined", "$NaN",
 * "$Infinity", "$-Infinity", "$-0" and "$D<date>" (none of which can fail to decode, and each
 * reaches the action's own validation, which names the field). Any other "$" string is a reference
 * to a part, chunk, Map, Set, File or stream that Triage's actions never take, and is refused here
 * rather than decoded; an action that takes one would have to be allowed for in SCALARS. Pure.
 */
import { FieldValidationError } from "@/lib/incidents/errors";
import { HttpError } from "./http-error";
import { readLimitedBody } from "./read-json-body";

const SCALARS = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);
const isScalar = (value: string) => SCALARS.has(value) || value.startsWith("$D");
const MAX_DEPTH = 64;

/**
 * Why the action request cannot be decoded, as an error the shared mapping (error-body.ts) answers:
 * a 400 at the field "body", or 413 over the body limit. Undefined when it can be decoded.
 */
export async function actionRequestProblem(request: Request): Promise<HttpError | FieldValidationError | undefined> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  // A form post without script: refused before Next by the server's edge guard (405).
  if (type.startsWith("application/x-www-form-urlencoded")) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = await readLimitedBody(request);
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  const problem = type.startsWith("multipart/form-data") ? await multipartProblem(bytes, type) : actionArgumentsProblem(new TextDecoder().decode(bytes));
  return problem === undefined ? undefined : new FieldValidationError({ body: problem });
}

async function multipartProblem(bytes: Uint8Array, type: string): Promise<string | undefined> {
  let form: FormData;
  try {
    form = await new Response(new Blob([new Uint8Array(bytes)]), { headers: { "content-type": type } }).formData();
  } catch {
    return "The server action's body is not valid multipart/form-data";
  }
  const root = form.get("0");
  if (typeof root !== "string") return 'The server action\'s multipart body has no arguments part ("0")';
  return actionArgumentsProblem(root);
}

/** What is wrong with the JSON text of an action's arguments, or undefined when Triage's actions can take it. */
export function actionArgumentsProblem(json: string): string | undefined {
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch {
    return "The server action's arguments are not valid JSON";
  }
  if (!Array.isArray(root)) return "The server action's arguments must be a JSON array";
  const stack: [value: unknown, depth: number][] = [[root, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [value, depth] = item;
    if (typeof value === "string") {
      if (value.startsWith("$") && !value.startsWith("$$") && !isScalar(value)) {
        return `The server action's arguments hold the reference "${value.slice(0, 40)}", which Triage's actions do not take: send plain values`;
      }
    } else if (value !== null && typeof value === "object") {
      if (depth >= MAX_DEPTH) return `The server action's arguments are nested more than ${MAX_DEPTH} levels deep`;
      for (const child of Object.values(value)) stack.push([child, depth + 1]);
    }
  }
  return undefined;
}
