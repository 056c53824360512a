import { describe, expect, it } from "vitest";
import { refuseMalformedPath } from "./malformed-path";

describe("refuseMalformedPath", () => {
  it.each([
    ["/incidents/%zz", "%zz"],
    ["/incidents/%", "%"],
    ["/runbooks/%E0%A4%A", "%E0%A4%A"],
    ["/api/incidents/%E0", "%E0"],
    ["/runbooks/alerts/%C3%28?x=1", "%C3%28"],
    ["/api/incidents/%ED%A0%80/events", "%ED%A0%80"],
  ])("refuses %s with 400 naming the segment %s", (url, segment) => {
    const refusal = refuseMalformedPath(url);
    expect(refusal).toMatchObject({ kind: "refuse", status: 400, code: "invalid_input" });
    expect(refusal?.message).toContain(`"${segment}"`);
    expect(refusal?.fields.path).toBe(refusal?.message);
  });

  it.each(["/", "/incidents/12", "/runbooks/alerts/Kube%20Pod", "/search?q=%E0%A4%A", "/search?q=%zz#%zz", "/runbooks/%E2%9C%93", "/incidents/%25"])("lets %s through", (url) => {
    expect(refuseMalformedPath(url)).toBeUndefined();
  });
});
