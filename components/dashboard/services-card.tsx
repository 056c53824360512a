import type { ServiceDto } from "@/lib/metrics/dashboard-dto";
import { CountLink } from "./count-link";
import { DashboardCard, EmptyState } from "./dashboard-card";

/** Services with the most incidents in the range, as a bar list. */
export function ServicesCard({ services }: { services: ServiceDto[] }) {
  const most = Math.max(1, ...services.map((s) => s.count));
  return (
    <DashboardCard id="services" title="Services" note="Most incidents started in the range.">
      {services.length === 0 ? (
        <EmptyState>No incident in this range. The services with the most incidents will show here.</EmptyState>
      ) : (
        <ul className="space-y-1.5 text-sm">
          {services.map((s) => (
            <li key={s.service} className="grid grid-cols-[minmax(0,10rem)_1fr_auto] items-center gap-2">
              <span className="truncate">{s.service}</span>
              <span aria-hidden className="h-2 rounded bg-sky-600/70 dark:bg-sky-400/70" style={{ width: `${(s.count / most) * 100}%` }} />
              <CountLink figure={s} label={`${s.count} incidents in ${s.service}`} className="font-semibold" />
            </li>
          ))}
        </ul>
      )}
    </DashboardCard>
  );
}
