import type { Page } from "@playwright/test";

/** The pages issue 13 names for headers, CSP and accessibility checks; the incident detail is found from the list. */
export const MAIN_PAGES = [
  { name: "dashboard", path: "/" },
  { name: "runbook list", path: "/runbooks" },
  { name: "runbook page", path: "/runbooks/etcd-slow-disk-took-too-long" },
  { name: "alerts", path: "/runbooks/alerts" },
  { name: "search", path: "/runbooks?q=etcd+took+too+long" },
  { name: "incident form", path: "/incidents/new" },
  { name: "incident list", path: "/incidents" },
  { name: "calculator", path: "/calculators/cfs-throttling" },
] as const;

/** The path of the first sample incident, from the incident list. */
export async function firstIncidentPath(page: Page): Promise<string> {
  await page.goto("/incidents");
  const href = await page.locator("main a[href^='/incidents/']:not([href$='/new'])").first().getAttribute("href");
  if (!href) throw new Error("no incident on /incidents: are the sample incidents loaded?");
  return href;
}
