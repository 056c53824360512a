/**
 * The calculators: one entry per id in lib/runbooks/taxonomy.ts (CALCULATOR_IDS).
 * Used by the index page, the page headings and the "Open in calculator" links.
 */
import { CALCULATOR_IDS, type CalculatorId } from "../runbooks/taxonomy";

export type CalculatorInfo = {
  id: CalculatorId;
  title: string;
  /** One line for cards and <meta name="description">. */
  description: string;
  /** Always `/calculators/<id>`. */
  path: `/calculators/${CalculatorId}`;
};

const INFO: Record<CalculatorId, Omit<CalculatorInfo, "id" | "path">> = {
  "cfs-throttling": {
    title: "CFS CPU throttling",
    description:
      "How a CPU limit (cfs_quota/cfs_period) stretches a burst of parallel work: throttled periods, throttled time and slowdown.",
  },
  "tcp-queues": {
    title: "TCP SYN and accept queues",
    description:
      "Accept-queue and SYN-queue limits from the listen() backlog, somaxconn, tcp_max_syn_backlog and syncookies, on old and current kernels.",
  },
  "raid-capacity": {
    title: "RAID usable capacity",
    description:
      "Usable capacity of RAID 0/1/5/6/10/50/60 in GB as sold and GiB as the OS reports, efficiency and failures survived.",
  },
  "cache-hit-ratio": {
    title: "Cache hit ratio",
    description:
      "Hit ratio from nginx $upstream_cache_status counts, and the LRU hit ratio projected for a Zipf workload with and without key splitting.",
  },
  "exit-codes": {
    title: "Exit code decoder",
    description: "What a process exit status means: 126, 127, 128+n signals (137 = SIGKILL, 143 = SIGTERM), and shell wrapping.",
  },
};

export const CALCULATORS: Readonly<Record<CalculatorId, CalculatorInfo>> = Object.fromEntries(
  CALCULATOR_IDS.map((id) => [id, { id, path: `/calculators/${id}` as const, ...INFO[id] }]),
) as Record<CalculatorId, CalculatorInfo>;

/** In CALCULATOR_IDS order. */
export const CALCULATOR_LIST: readonly CalculatorInfo[] = CALCULATOR_IDS.map((id) => CALCULATORS[id]);

export function getCalculator(id: CalculatorId): CalculatorInfo {
  return CALCULATORS[id];
}

/** Where a runbook search for a term lives (used by the exit-code decoder's "look for" links). */
export const RUNBOOK_SEARCH_PATH = "/runbooks";
export function runbookSearchHref(term: string): string {
  return `${RUNBOOK_SEARCH_PATH}?q=${encodeURIComponent(term)}`;
}
