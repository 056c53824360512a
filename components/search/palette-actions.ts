import { NAV_ITEMS } from "@/components/shell/nav-items";
import { CALCULATOR_LIST } from "@/lib/calculators/registry";

/** What the palette offers besides search results: actions and places. */
export interface PaletteAction {
  id: string;
  group: "Actions" | "Calculators" | "Go to";
  label: string;
  href: string;
}

export const PALETTE_ACTIONS: readonly PaletteAction[] = [
  { id: "log-incident", group: "Actions", label: "Log an incident", href: "/incidents/new" },
  ...CALCULATOR_LIST.map((c) => ({ id: `calculator-${c.id}`, group: "Calculators" as const, label: `Open calculator: ${c.title}`, href: c.path })),
  ...NAV_ITEMS.map((item) => ({ id: `go-${item.href}`, group: "Go to" as const, label: `Go to ${item.label}`, href: item.href })),
  { id: "go-search", group: "Go to", label: "Go to Search", href: "/search" },
];

/** Actions whose label holds every typed word (a menu filter over fixed labels, not the symptom search). */
export function matchingActions(query: string, actions: readonly PaletteAction[] = PALETTE_ACTIONS): PaletteAction[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return actions.filter((a) => words.every((w) => a.label.toLowerCase().includes(w)));
}
