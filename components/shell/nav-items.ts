/** Top-level navigation; the e2e test walks the same list. */
export const NAV_ITEMS = [
  { href: "/", label: "Dashboard", heading: "Dashboard" },
  { href: "/runbooks", label: "Runbooks", heading: "Runbooks" },
  { href: "/incidents", label: "Incidents", heading: "Incidents" },
  { href: "/calculators", label: "Calculators", heading: "Calculators" },
] as const;
