import { describe, expect, it } from "vitest";
import { clientNavigationTarget, type AnchorFacts } from "./client-navigation-target";

const HERE = "http://triage.test/runbooks/etcd-slow-disk-took-too-long?x=1";
const anchor = (href: string | null, extra: Partial<AnchorFacts> = {}): AnchorFacts => ({
  href,
  resolved: href === null ? "" : new URL(href, HERE).href,
  target: null,
  download: false,
  ...extra,
});

describe("which link clicks the router takes", () => {
  it.each([
    ["a page of the app", anchor("/incidents/12"), "/incidents/12"],
    ["with query and hash", anchor("/incidents?status=open#list"), "/incidents?status=open#list"],
    ["relative to the current page", anchor("pod-pending"), "/runbooks/pod-pending"],
    ["the same page with another query", anchor("?x=2"), "/runbooks/etcd-slow-disk-took-too-long?x=2"],
    ["the same page without a hash (a reload of it)", anchor("/runbooks/etcd-slow-disk-took-too-long?x=1"), "/runbooks/etcd-slow-disk-took-too-long?x=1"],
    ["an explicit _self target", anchor("/runbooks", { target: "_self" }), "/runbooks"],
  ])("%s → %s", (_name, facts, expected) => {
    expect(clientNavigationTarget(facts, HERE)).toBe(expected);
  });

  it.each([
    ["another site", anchor("https://example.com/runbooks")],
    ["the same host on another port", anchor("http://triage.test:8080/runbooks")],
    ["a new tab", anchor("/runbooks", { target: "_blank" })],
    ["a download", anchor("/incidents/3", { download: true })],
    ["an API answer (JSON, Markdown)", anchor("/api/incidents/3/postmortem")],
    ["the OpenAPI document", anchor("/api/openapi.json")],
    ["a static asset", anchor("/_next/static/chunks/x.js")],
    ["a jump within the page", anchor("#fix")],
    ["a jump within the page, written in full", anchor("/runbooks/etcd-slow-disk-took-too-long?x=1#fix")],
    ["an anchor without href", anchor(null)],
    ["mailto", anchor("mailto:oncall@example.com")],
  ])("%s → browser", (_name, facts) => {
    expect(clientNavigationTarget(facts, HERE)).toBeNull();
  });
});
