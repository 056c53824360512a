import { RaidCapacityFromUrl } from "@/components/calculators/from-url";
import { CalculatorPage, calculatorMetadata } from "../_components/calculator-page";

export const metadata = calculatorMetadata("raid-capacity");

export default function RaidCapacityPage() {
  return (
    <CalculatorPage
      id="raid-capacity"
      intro="Usable space of a RAID array in the decimal units disks are sold in and the binary units the OS reports, how much of the raw space that is, and how many disk failures the array survives."
    >
      <RaidCapacityFromUrl />
    </CalculatorPage>
  );
}
