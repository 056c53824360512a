import { CfsThrottlingFromUrl } from "@/components/calculators/from-url";
import { CalculatorPage, calculatorMetadata } from "../_components/calculator-page";

export const metadata = calculatorMetadata("cfs-throttling");

export default function CfsThrottlingPage() {
  return (
    <CalculatorPage
      id="cfs-throttling"
      intro="A CPU limit is a quota of CPU time per CFS period (quota = limit × period), shared by every thread of the container. Parallel threads drain it fast, so a container can be throttled for most of a period while its average CPU use stays low."
    >
      <CfsThrottlingFromUrl />
    </CalculatorPage>
  );
}
