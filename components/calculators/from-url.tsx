"use client";

/**
 * Page-mode wrappers: read the inputs from the query string (so a copied link reproduces the
 * result) and render the calculator in page mode. useSearchParams needs a <Suspense> boundary
 * around these on a statically rendered page; the pages provide it.
 */
import { useSearchParams } from "next/navigation";
import { cacheFromParams } from "@/lib/calculators/cache-hit-ratio";
import { cfsFromParams } from "@/lib/calculators/cfs-throttling";
import { exitFromParams } from "@/lib/calculators/exit-codes";
import { raidFromParams } from "@/lib/calculators/raid-capacity";
import { tcpFromParams } from "@/lib/calculators/tcp-queues";
import { CacheHitRatio } from "./cache-hit-ratio";
import { CfsThrottling } from "./cfs-throttling";
import { ExitCodes } from "./exit-codes";
import { RaidCapacity } from "./raid-capacity";
import { TcpQueues } from "./tcp-queues";

export function CfsThrottlingFromUrl() {
  return <CfsThrottling initial={cfsFromParams(useSearchParams())} mode="page" />;
}

export function TcpQueuesFromUrl() {
  return <TcpQueues initial={tcpFromParams(useSearchParams())} mode="page" />;
}

export function RaidCapacityFromUrl() {
  return <RaidCapacity initial={raidFromParams(useSearchParams())} mode="page" />;
}

export function CacheHitRatioFromUrl() {
  return <CacheHitRatio initial={cacheFromParams(useSearchParams())} mode="page" />;
}

export function ExitCodesFromUrl() {
  return <ExitCodes initial={exitFromParams(useSearchParams())} mode="page" />;
}
