import { CfsThrottling } from "@/components/calculators/cfs-throttling";
import { cfsFromParams } from "@/lib/calculators/cfs-throttling";
import { CalculatorPage, calculatorMetadata, queryOf, type CalculatorPageProps } from "../_components/calculator-page";

export const metadata = calculatorMetadata("cfs-throttling");

export default async function CfsThrottlingPage({ searchParams }: CalculatorPageProps) {
  return (
    <CalculatorPage
      id="cfs-throttling"
      intro="A CPU limit is a quota of CPU time per CFS period (quota = limit × period), shared by every thread of the container. Parallel threads drain it fast, so a container can be throttled for most of a period while its average CPU use stays low."
    >
      <CfsThrottling initial={cfsFromParams(queryOf(await searchParams))} mode="page" />
    </CalculatorPage>
  );
}
