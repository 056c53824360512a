import { ExitCodes } from "@/components/calculators/exit-codes";
import { exitFromParams } from "@/lib/calculators/exit-codes";
import { CalculatorPage, calculatorMetadata, queryOf, type CalculatorPageProps } from "../_components/calculator-page";

export const metadata = calculatorMetadata("exit-codes");

export default async function ExitCodesPage({ searchParams }: CalculatorPageProps) {
  return (
    <CalculatorPage
      id="exit-codes"
      intro="What a process's exit status means: shell errors (126, 127), deaths by signal (128 + n: 137 is SIGKILL, often the OOM killer; 143 is SIGTERM), and how the shell wraps values outside 0–255."
    >
      <ExitCodes initial={exitFromParams(queryOf(await searchParams))} mode="page" />
    </CalculatorPage>
  );
}
