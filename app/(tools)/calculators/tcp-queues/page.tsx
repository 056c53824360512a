import { TcpQueuesFromUrl } from "@/components/calculators/from-url";
import { CalculatorPage, calculatorMetadata } from "../_components/calculator-page";

export const metadata = calculatorMetadata("tcp-queues");

export default function TcpQueuesPage() {
  return (
    <CalculatorPage
      id="tcp-queues"
      intro="A listening socket has two queues: the SYN queue of half-open connections (SYN_RECV) and the accept queue of established connections waiting for accept(). Their limits come from the listen() backlog and three sysctls, and older kernels size the SYN queue differently."
    >
      <TcpQueuesFromUrl />
    </CalculatorPage>
  );
}
