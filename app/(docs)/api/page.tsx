import type { Metadata } from "next";
import { ApiReference } from "@/components/api-docs/api-reference";
import { PageHeader } from "@/components/ui/page-header";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

export const metadata: Metadata = { title: "API" };

// Rendered per request like every page, so that its scripts carry the request's CSP nonce: prerendered
// (force-static, as it was), the page had none and the browser refused every one of them. The document
// changes only with the code: built once per server process.
let apiDocument: ReturnType<typeof buildOpenApiDocument> | undefined;

export default function ApiDocsPage() {
  return (
    <>
      <PageHeader
        title="REST API"
        description={
          <>
            Generated from the routes&apos; zod schemas. The machine-readable document is{" "}
            <a href="/api/openapi.json" className="text-sky-700 hover:underline dark:text-sky-400">/api/openapi.json</a> (OpenAPI 3.1). Send{" "}
            <code>Authorization: Bearer &lt;token&gt;</code>; errors answer <code>{'{"error":{"code","message","fields"}}'}</code>.
          </>
        }
      />
      <ApiReference document={(apiDocument ??= buildOpenApiDocument())} />
    </>
  );
}
