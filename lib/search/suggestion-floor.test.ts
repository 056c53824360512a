import { describe, expect, it } from "vitest";
import { NEAR_EXACT_TIER } from "./rank-runbooks";
import { meetsSuggestionFloor, SUGGESTION_FLOOR } from "./suggestion-floor";

const { bm25, nearExact } = SUGGESTION_FLOOR;

describe("meetsSuggestionFloor", () => {
  it.each([
    // BM25 scores: the floor itself passes, just under it does not.
    [0, false],
    [bm25 - 0.01, false],
    [bm25, true],
    [bm25 * 2, true],
    // Near-exact scores are read above their tier, on their own floor: a weak one is not lifted by the tier.
    [NEAR_EXACT_TIER, false],
    [NEAR_EXACT_TIER + nearExact - 0.01, false],
    [NEAR_EXACT_TIER + nearExact, true],
    // Measured: a pasted kubelet line → kubelet-node-not-found on "node not found" (tests/relevance), and kube-prometheus' KubeletTooManyPods → pods-pile-on-one-node.
    [1005.19, false],
    [1012.87, true],
    // KubeQuotaFullyUsed → cfs-cpu-throttling (on the word "quota") and AlertmanagerConfigInconsistent → alertmanager-ha-across-clusters.
    [13.82, false],
    [28.62, true],
  ])("%d → %s", (score, expected) => {
    expect(meetsSuggestionFloor(score)).toBe(expected);
  });

});
