"use client";

import dynamic from "next/dynamic";

// A client module, so next/dynamic really splits: each runbook page loads a
// calculator's code only when its body embeds one (most embed none).
const load = () => import("@/components/calculators/embeds");
export const CfsThrottlingCalculator = dynamic(() => load().then((m) => m.CfsThrottlingCalculator));
export const TcpQueueCalculator = dynamic(() => load().then((m) => m.TcpQueueCalculator));
export const RaidCalculator = dynamic(() => load().then((m) => m.RaidCalculator));
export const CacheHitCalculator = dynamic(() => load().then((m) => m.CacheHitCalculator));
export const ExitCodeDecoder = dynamic(() => load().then((m) => m.ExitCodeDecoder));
