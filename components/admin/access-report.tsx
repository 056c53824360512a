import type { AccessReport } from "@/lib/auth/describe-access";

/** The viewer's raw claims or headers and how each group mapped to a role. */
export function AccessReportView({ report }: { report: AccessReport }) {
  const mapped = new Map(report.mapping?.matched.map((m) => [m.group, m.role]));
  return (
    <section aria-labelledby="access-heading" className="mb-10 grid gap-4">
      <h2 id="access-heading" className="text-lg font-semibold">
        Your access
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-zinc-500 dark:text-zinc-400">Signed in as</dt>
        <dd>{report.name}</dd>
        <dt className="text-zinc-500 dark:text-zinc-400">How</dt>
        <dd>{report.source}</dd>
        <dt className="text-zinc-500 dark:text-zinc-400">Groups from</dt>
        <dd>{report.groupsFrom}</dd>
        <dt className="text-zinc-500 dark:text-zinc-400">Role</dt>
        <dd data-testid="mapped-role">
          {report.mapping ? `${report.mapping.role}${report.mapping.usedDefault ? ` (no group matched TRIAGE_ROLE_MAP: TRIAGE_DEFAULT_ROLE=${report.defaultRole})` : ""}` : "admin"}
        </dd>
      </dl>
      {report.mapping ? (
        <table className="w-full max-w-2xl text-left text-sm" aria-label="How your groups mapped">
          <thead>
            <tr className="border-b border-zinc-200 dark:border-zinc-800">
              <th className="py-1 font-medium">Your group</th>
              <th className="py-1 font-medium">TRIAGE_ROLE_MAP gives</th>
            </tr>
          </thead>
          <tbody>
            {report.groups.length === 0 ? (
              <tr>
                <td colSpan={2} className="py-1 text-zinc-500 dark:text-zinc-400">
                  No groups arrived. Check that the identity provider sends them.
                </td>
              </tr>
            ) : null}
            {report.groups.map((group) => (
              <tr key={group} className="border-b border-zinc-100 dark:border-zinc-900">
                <td className="py-1 font-mono">{group}</td>
                <td className="py-1">{mapped.get(group) ?? "no entry"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <details>
        <summary className="cursor-pointer text-sm font-medium">{report.rawLabel}</summary>
        <pre tabIndex={0} className="mt-2 max-h-96 overflow-auto rounded-md bg-zinc-100 p-3 text-xs dark:bg-zinc-900" data-testid="raw-identity">
          {JSON.stringify(report.raw, null, 2)}
        </pre>
      </details>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Role map: {report.roleMap.length ? report.roleMap.map((e) => `${e.group}=${e.role}`).join(", ") : "(empty)"}; everyone else: {report.defaultRole}.
      </p>
    </section>
  );
}
