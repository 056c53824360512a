import { describe, expect, it } from "vitest";
import { runbookLinkChanges, type RunbookLinkState } from "./runbook-link-changes";

const a = (fixWorked: boolean | null = null): RunbookLinkState => ({ slug: "a", fixWorked });
const b = (fixWorked: boolean | null = null): RunbookLinkState => ({ slug: "b", fixWorked });

describe("runbookLinkChanges", () => {
  const cases: {
    name: string;
    current: RunbookLinkState[];
    runbooks?: string[];
    feedback?: RunbookLinkState[];
    links: string[];
    link: string[];
    unlink: string[];
    feedbackOut: RunbookLinkState[];
    notLinked: string[];
  }[] = [
    { name: "nothing asked: links stay as they are", current: [a(true), b()], links: ["a:true", "b:null"], link: [], unlink: [], feedbackOut: [], notLinked: [] },
    { name: "a new link starts without feedback", current: [a(true)], runbooks: ["a", "b"], links: ["a:true", "+b:null"], link: ["b"], unlink: [], feedbackOut: [], notLinked: [] },
    { name: "replacing drops the links left out, and their feedback", current: [a(true), b(false)], runbooks: ["b"], links: ["b:false"], link: [], unlink: ["a"], feedbackOut: [], notLinked: [] },
    { name: "the patch's order is kept", current: [a(), b()], runbooks: ["b", "a"], links: ["b:null", "a:null"], link: [], unlink: [], feedbackOut: [], notLinked: [] },
    { name: "feedback on a kept link", current: [a()], feedback: [a(false)], links: ["a:false"], link: [], unlink: [], feedbackOut: [a(false)], notLinked: [] },
    { name: "feedback equal to what is stored changes nothing", current: [a(true)], feedback: [a(true)], links: ["a:true"], link: [], unlink: [], feedbackOut: [], notLinked: [] },
    { name: "feedback cleared", current: [a(true)], feedback: [a(null)], links: ["a:null"], link: [], unlink: [], feedbackOut: [a(null)], notLinked: [] },
    { name: "feedback on a runbook linked by the same patch", current: [], runbooks: ["a"], feedback: [a(true)], links: ["+a:true"], link: ["a"], unlink: [], feedbackOut: [a(true)], notLinked: [] },
    { name: "feedback on a runbook the same patch unlinks", current: [a()], runbooks: [], feedback: [a(true)], links: [], link: [], unlink: ["a"], feedbackOut: [], notLinked: ["a"] },
    { name: "feedback on a runbook never linked", current: [a()], feedback: [b(true)], links: ["a:null"], link: [], unlink: [], feedbackOut: [], notLinked: ["b"] },
    { name: "the last of repeated feedback wins", current: [a()], feedback: [a(true), a(false)], links: ["a:false"], link: [], unlink: [], feedbackOut: [a(false)], notLinked: [] },
  ];
  for (const c of cases)
    it(c.name, () => {
      const out = runbookLinkChanges(c.current, c.runbooks, c.feedback);
      expect(out.links.map((l) => `${out.link.includes(l.slug) ? "+" : ""}${l.slug}:${l.fixWorked}`)).toEqual(c.links);
      expect(out.link).toEqual(c.link);
      expect(out.unlink).toEqual(c.unlink);
      expect(out.feedback).toEqual(c.feedbackOut);
      expect(out.notLinked).toEqual(c.notLinked);
    });
});
