"use client";

/**
 * The calculators as MDX components for runbooks (documented in docs/writing-runbooks.md).
 * Every prop is optional and a plain value, so a server-rendered MDX page can pass them;
 * omitted props take the calculator's defaults. Embeds never read or write the page URL:
 * they show an "Open in calculator" link carrying their current inputs.
 */
import { CACHE_DEFAULTS, type CacheField } from "@/lib/calculators/cache-hit-ratio";
import { CFS_DEFAULTS } from "@/lib/calculators/cfs-throttling";
import { EXIT_DEFAULTS } from "@/lib/calculators/exit-codes";
import { RAID_DEFAULTS } from "@/lib/calculators/raid-capacity";
import { TCP_DEFAULTS } from "@/lib/calculators/tcp-queues";
import { rawFromProps } from "@/lib/calculators/url";
import { CacheHitRatio } from "./cache-hit-ratio";
import { CfsThrottling } from "./cfs-throttling";
import { ExitCodes } from "./exit-codes";
import { RaidCapacity } from "./raid-capacity";
import { TcpQueues } from "./tcp-queues";

type Value = string | number;

export type CfsThrottlingCalculatorProps = {
  /** Cores ("0.4", 0.4) or millicores ("400m"). */
  limit?: Value;
  periodMs?: Value;
  burstMs?: Value;
  workMs?: Value;
  threads?: Value;
};

export function CfsThrottlingCalculator(props: CfsThrottlingCalculatorProps) {
  return <CfsThrottling initial={rawFromProps(props, CFS_DEFAULTS)} mode="embed" />;
}

export type TcpQueueCalculatorProps = {
  backlog?: Value;
  somaxconn?: Value;
  synBacklog?: Value;
  syncookies?: 0 | 1 | 2 | "0" | "1" | "2";
  abortOnOverflow?: 0 | 1 | "0" | "1";
  kernel?: "legacy" | "current";
};

export function TcpQueueCalculator(props: TcpQueueCalculatorProps) {
  return <TcpQueues initial={rawFromProps(props, TCP_DEFAULTS)} mode="embed" />;
}

export type RaidCalculatorProps = {
  level?: "0" | "1" | "5" | "6" | "10" | "50" | "60" | 0 | 1 | 5 | 6 | 10 | 50 | 60;
  count?: Value;
  /** Decimal size as sold: "500GB", "4TB". */
  size?: string;
  /** Mixed member sizes, comma-separated: "500GB,1TB,1TB". Replaces count × size. */
  sizes?: string;
  /** RAID 50/60 groups (spans). */
  groups?: Value;
  spares?: Value;
};

export function RaidCalculator(props: RaidCalculatorProps) {
  return <RaidCapacity initial={rawFromProps(props, RAID_DEFAULTS)} mode="embed" />;
}

type CacheValues = Partial<Record<CacheField, Value>>;
export type CacheHitCalculatorProps = CacheValues & {
  /** Which part to show: counters ($upstream_cache_status counts), the LRU projection, or both (the default). */
  mode?: "counters" | "projection" | "both";
};

export function CacheHitCalculator({ mode = "both", ...values }: CacheHitCalculatorProps) {
  return <CacheHitRatio initial={rawFromProps(values, CACHE_DEFAULTS)} mode="embed" sections={mode} />;
}

export type ExitCodeDecoderProps = { code?: Value };

export function ExitCodeDecoder(props: ExitCodeDecoderProps) {
  return <ExitCodes initial={rawFromProps(props, EXIT_DEFAULTS)} mode="embed" />;
}
