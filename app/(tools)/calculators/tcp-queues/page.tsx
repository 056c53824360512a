import { TcpQueues } from "@/components/calculators/tcp-queues";
import { tcpFromParams } from "@/lib/calculators/tcp-queues";
import { CalculatorPage, calculatorMetadata, queryOf, type CalculatorPageProps } from "../_components/calculator-page";

export const metadata = calculatorMetadata("tcp-queues");

export default async function TcpQueuesPage({ searchParams }: CalculatorPageProps) {
  return (
    <CalculatorPage
      id="tcp-queues"
      intro="A listening socket has two queues: the SYN queue of half-open connections (SYN_RECV) and the accept queue of established connections waiting for accept(). Their limits come from the listen() backlog and three sysctls, and older kernels size the SYN queue differently."
    >
      <TcpQueues initial={tcpFromParams(queryOf(await searchParams))} mode="page" />
    </CalculatorPage>
  );
}
