import { createLowlight } from "lowlight";
import { describe, expect, it } from "vitest";
import { compileRunbook } from "./compile-runbook";
import { promql } from "./promql-language";

const lowlight = createLowlight({ promql });

interface HastNode {
  type: string;
  value?: string;
  properties?: { className?: string[] };
  children?: HastNode[];
}

/** The highlighted pieces as [scope, text], in order; plain text is left out. */
function tokens(source: string): [string, string][] {
  const out: [string, string][] = [];
  const text = (node: HastNode): string => (node.type === "text" ? (node.value ?? "") : (node.children ?? []).map(text).join(""));
  const walk = (node: HastNode) => {
    const scope = node.properties?.className?.[0]?.replace(/^hljs-/, "");
    if (node.type === "element" && scope) out.push([scope, text(node)]);
    else node.children?.forEach(walk);
  };
  walk(lowlight.highlight("promql", source) as HastNode);
  return out;
}

describe("PromQL highlighting", () => {
  it.each<[string, [string, string][]]>([
    [
      'rate(container_cpu_cfs_throttled_periods_total{container="api-gateway"}[5m])',
      [["built_in", "rate"], ["attr", "container"], ["operator", "="], ["string", '"api-gateway"'], ["number", "5m"]],
    ],
    [
      'sum by (namespace) (rate(http_requests_total{code=~"5..", job!="x"}[1h30m:1m] offset 1d)) > 0.05',
      [
        ["built_in", "sum"], ["keyword", "by"], ["built_in", "rate"], ["attr", "code"], ["operator", "=~"], ["string", '"5.."'],
        ["attr", "job"], ["operator", "!="], ["string", '"x"'], ["number", "1h30m"], ["number", "1m"], ["keyword", "offset"], ["number", "1d"],
        ["operator", ">"], ["number", "0.05"],
      ],
    ],
    // Function names inside metric names are not functions; a comment is one.
    ["http_rate_total # not rate()", [["comment", "# not rate()"]]],
    ["histogram_quantile(0.99, sum without (pod) (le_bucket)) unless on (job) up == 0", [
      ["built_in", "histogram_quantile"], ["number", "0.99"], ["built_in", "sum"], ["keyword", "without"], ["keyword", "unless"], ["keyword", "on"],
      ["operator", "=="], ["number", "0"],
    ]],
  ])("%s", (source, expected) => {
    expect(tokens(source)).toEqual(expected);
  });

  it("is used when runbooks compile: a ```promql block comes out highlighted", async () => {
    const code = await compileRunbook('```promql\nrate(x_total{job="a"}[5m])\n```\n');
    expect(code).toContain("hljs-built_in");
    expect(code).toContain("hljs-attr");
    // The grammar's alias: ```prometheus is the same language.
    expect(await compileRunbook("```prometheus\nrate(x_total[5m])\n```\n")).toContain("hljs-built_in");
  });
});
