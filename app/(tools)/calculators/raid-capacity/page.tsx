import { RaidCapacity } from "@/components/calculators/raid-capacity";
import { raidFromParams } from "@/lib/calculators/raid-capacity";
import { CalculatorPage, calculatorMetadata, queryOf, type CalculatorPageProps } from "../_components/calculator-page";

export const metadata = calculatorMetadata("raid-capacity");

export default async function RaidCapacityPage({ searchParams }: CalculatorPageProps) {
  return (
    <CalculatorPage
      id="raid-capacity"
      intro="Usable space of a RAID array in the decimal units disks are sold in and the binary units the OS reports, how much of the raw space that is, and how many disk failures the array survives."
    >
      <RaidCapacity initial={raidFromParams(queryOf(await searchParams))} mode="page" />
    </CalculatorPage>
  );
}
