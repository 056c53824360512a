import type { CalculatorId } from "./taxonomy";
import { listRunbooksUsingCalculator } from "./runbook-index";

/** Runbooks that embed a calculator, for the calculator pages' "used by" list. */
export async function getRunbooksUsingCalculator(id: CalculatorId): Promise<{ slug: string; title: string }[]> {
  return listRunbooksUsingCalculator(id).map(({ slug, title }) => ({ slug, title }));
}
