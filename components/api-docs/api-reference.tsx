import type { OpenApiDocument } from "@/lib/openapi/build-openapi-document";

/**
 * A reference page rendered from the OpenAPI document on the server: no
 * client JavaScript, so the page costs nothing in first-load JS. Schemas are
 * shown as the JSON Schema the document holds.
 */

type Json = Record<string, unknown>;

const METHOD_CLASS: Record<string, string> = {
  get: "bg-sky-100 text-sky-900 dark:bg-sky-900/40 dark:text-sky-200",
  post: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200",
  patch: "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200",
};

const anchor = (text: string) => text.replace(/[^A-Za-z0-9]+/g, "-");

/** A one-line type for a parameter table: string, integer, "open" | "resolved", array of string. */
function typeOf(schema: Json | undefined): string {
  if (!schema) return "";
  if (typeof schema.$ref === "string") return schema.$ref.split("/").pop() ?? "";
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (Array.isArray(schema.anyOf)) return [...new Set((schema.anyOf as Json[]).map(typeOf))].join(" or ");
  if (schema.type === "array") return `array of ${typeOf(schema.items as Json)}`;
  return typeof schema.type === "string" ? schema.type : "any";
}

/** "Needs incidents:read", or "Public" with what a credential adds. */
function accessOf(op: Json): string {
  const permission = String(op["x-triage-permission"]);
  if (permission !== "public") return `Needs ${permission}`;
  return typeof op["x-triage-credential"] === "string" ? `Public. ${op["x-triage-credential"]}` : "Public: no credential";
}

function SchemaBlock({ schema, label }: { schema: Json; label: string }) {
  const ref = typeof schema.$ref === "string" ? schema.$ref.split("/").pop() : undefined;
  if (ref) return <a href={`#schema-${ref}`} className="font-mono text-sky-700 hover:underline dark:text-sky-400">{ref}</a>;
  return (
    <details>
      <summary className="cursor-pointer text-zinc-700 dark:text-zinc-300">{label}</summary>
      <pre className="mt-1 max-h-96 overflow-auto rounded bg-zinc-50 p-2 text-xs dark:bg-zinc-900">{JSON.stringify(schema, null, 2)}</pre>
    </details>
  );
}

function Operation({ path, method, op }: { path: string; method: string; op: Json }) {
  const parameters = (op.parameters ?? []) as Json[];
  const body = ((op.requestBody as Json | undefined)?.content as Json | undefined)?.["application/json"] as Json | undefined;
  const responses = Object.entries((op.responses ?? {}) as Record<string, Json>);
  return (
    <section id={String(op.operationId)} aria-labelledby={`${op.operationId}-h`} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h3 id={`${op.operationId}-h`} className="flex flex-wrap items-center gap-2 font-mono text-sm">
        <span className={`rounded px-1.5 py-0.5 text-xs font-semibold uppercase ${METHOD_CLASS[method] ?? ""}`}>{method}</span>
        <span>{path}</span>
      </h3>
      <p className="mt-1 font-medium">{String(op.summary)}</p>
      {op.description ? <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{String(op.description)}</p> : null}
      <p className="mt-1 text-xs text-zinc-500">{accessOf(op)}</p>
      {parameters.length ? (
        <table className="mt-3 w-full text-left text-sm">
          <caption className="sr-only">Parameters</caption>
          <thead className="text-xs text-zinc-500">
            <tr><th className="py-1 pr-3">Parameter</th><th className="py-1 pr-3">In</th><th className="py-1">Type</th></tr>
          </thead>
          <tbody>
            {parameters.map((p) => (
              <tr key={`${p.in}-${p.name}`} className="border-t border-zinc-100 dark:border-zinc-800">
                <td className="py-1 pr-3 font-mono">{String(p.name)}{p.required ? " *" : ""}</td>
                <td className="py-1 pr-3">{String(p.in)}</td>
                <td className="py-1 font-mono text-xs">{typeOf(p.schema as Json)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {body ? <div className="mt-3 text-sm"><span className="mr-2 font-medium">Body (JSON)</span><SchemaBlock schema={body.schema as Json} label="schema" /></div> : null}
      <ul className="mt-3 space-y-1 text-sm">
        {responses.map(([status, response]) => {
          const content = (response.content ?? {}) as Record<string, Json>;
          return (
            <li key={status} className="flex flex-wrap items-baseline gap-2">
              <span className="font-mono font-semibold">{status}</span>
              <span className="text-zinc-600 dark:text-zinc-400">{String(response.description)}</span>
              {Object.entries(content).map(([type, media]) => (
                <span key={type} className="text-xs">
                  {type === "application/json" ? <SchemaBlock schema={media.schema as Json} label="JSON" /> : <code>{type}</code>}
                </span>
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function ApiReference({ document }: { document: OpenApiDocument }) {
  const tags = ((document.tags ?? []) as Json[]).map((t) => ({ name: String(t.name), description: typeof t.description === "string" ? t.description : "" }));
  const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op: op as Json })));
  return (
    <div className="grid gap-10">
      {tags.map((tag) => (
        <section key={tag.name} aria-labelledby={`tag-${anchor(tag.name)}`}>
          <h2 id={`tag-${anchor(tag.name)}`} className="text-lg font-semibold">{tag.name}</h2>
          {tag.description ? <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{tag.description}</p> : null}
          <div className="mt-3 grid gap-4">
            {operations.filter(({ op }) => (op.tags as string[] | undefined)?.includes(tag.name)).map(({ path, method, op }) => (
              <Operation key={`${method} ${path}`} path={path} method={method} op={op} />
            ))}
          </div>
        </section>
      ))}
      <section aria-labelledby="schemas">
        <h2 id="schemas" className="mb-3 text-lg font-semibold">Schemas</h2>
        <div className="grid gap-3">
          {Object.entries(document.components.schemas).map(([name, schema]) => (
            <details key={name} id={`schema-${name}`} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
              <summary className="cursor-pointer font-mono text-sm">{name}</summary>
              {typeof schema.description === "string" ? <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{schema.description}</p> : null}
              <pre className="mt-2 max-h-[32rem] overflow-auto rounded bg-zinc-50 p-2 text-xs dark:bg-zinc-900">{JSON.stringify(schema, null, 2)}</pre>
            </details>
          ))}
        </div>
      </section>
    </div>
  );
}
