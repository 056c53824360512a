import { describe, expect, it } from "vitest";
import { searchTextOfRule, stripTemplates } from "./search-text";

describe("stripTemplates", () => {
  it.each([
    ['Pod {{ $labels.namespace }}/{{ $labels.pod }} ({{ $labels.container }}) is in waiting state (reason: "CrashLoopBackOff").', 'Pod / ( ) is in waiting state (reason: "CrashLoopBackOff").'],
    ["{{ $value | humanizePercentage }} throttling of CPU", "throttling of CPU"],
    ["on Cluster {{ with $labels.cluster -}} {{ . }} {{- end }} is only", "on Cluster is only"],
    ["no templates", "no templates"],
  ])("%j", (input, expected) => expect(stripTemplates(input)).toBe(expected));
});

describe("searchTextOfRule", () => {
  it("joins summary, description and the alert name's words", () => {
    expect(
      searchTextOfRule({ alert: "CPUThrottlingHigh", annotations: { summary: "Processes experience elevated CPU throttling.", description: "{{ $value }} throttling of CPU in namespace {{ $labels.namespace }}" } }),
    ).toBe("Processes experience elevated CPU throttling. throttling of CPU in namespace cpu throttling high");
  });

  it("uses the old `message` annotation when there is no description, and the alert name alone when there is neither", () => {
    expect(searchTextOfRule({ alert: "X", annotations: { message: "etcd cluster has no leader" } })).toBe("etcd cluster has no leader");
    expect(searchTextOfRule({ alert: "KubeNodeNotReady", annotations: {} })).toBe("kube node not ready");
  });
});
