import type { Metadata } from "next";
import { ApiReference } from "@/components/api-docs/api-reference";
import { PageHeader } from "@/components/ui/page-header";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

export const metadata: Metadata = { title: "API" };
// The contract changes only with the code: rendered at build time.
export const dynamic = "force-static";

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
      <ApiReference document={buildOpenApiDocument()} />
    </>
  );
}
