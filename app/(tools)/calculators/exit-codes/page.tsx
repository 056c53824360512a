import { ExitCodesFromUrl } from "@/components/calculators/from-url";
import { CalculatorPage, calculatorMetadata } from "../_components/calculator-page";

export const metadata = calculatorMetadata("exit-codes");

export default function ExitCodesPage() {
  return (
    <CalculatorPage
      id="exit-codes"
      intro="What a process's exit status means: shell errors (126, 127), deaths by signal (128 + n: 137 is SIGKILL, often the OOM killer; 143 is SIGTERM), and how the shell wraps values outside 0–255."
    >
      <ExitCodesFromUrl />
    </CalculatorPage>
  );
}
