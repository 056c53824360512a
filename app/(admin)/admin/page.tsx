import type { Metadata } from "next";
import { headers } from "next/headers";
import { AccessReportView } from "@/components/admin/access-report";
import { ApiTokens } from "@/components/admin/api-tokens";
import { PageHeader } from "@/components/ui/page-header";
import { describeAccess } from "@/lib/auth/describe-access";
import { listApiTokens } from "@/lib/auth/list-api-tokens";
import { requirePage } from "@/lib/auth/page-context";

export const metadata: Metadata = { title: "Admin" };
export const dynamic = "force-dynamic";

export default async function AdminPage() {
  const ctx = await requirePage("admin", "/admin");
  const [report, tokens] = await Promise.all([describeAccess(ctx, await headers()), listApiTokens(ctx)]);
  return (
    <>
      <PageHeader title="Admin" description="Your sign-in as Triage sees it, and the API tokens scripts and Alertmanager use." />
      <AccessReportView report={report} />
      <ApiTokens tokens={tokens} />
    </>
  );
}
