"use client";

import { formatNumber } from "@/lib/calculators/format";
import { TCP_FIELDS, TCP_KERNEL_LABELS, TCP_KERNELS, calculateTcp, parseTcpInput, type TcpRaw } from "@/lib/calculators/tcp-queues";
import { CalculatorFrame } from "./calculator-frame";
import { ConfigBlock } from "./config-block";
import { NumberField, SelectField } from "./fields";
import { Extra, Note, ResultArea, Stat, StatGrid } from "./result";
import { StepsTable } from "./steps-table";
import { useCalculator } from "./use-calculator";
import type { CalculatorMode } from "./use-calculator-inputs";
import { CALCULATOR_COLUMNS } from "./calculator-columns";

const COOKIE_OPTIONS = [
  { value: "0", label: "0: off" },
  { value: "1", label: "1: when the SYN queue is full (default)" },
  { value: "2", label: "2: always" },
] as const;
const ABORT_OPTIONS = [
  { value: "0", label: "0: ignore the ACK (default)" },
  { value: "1", label: "1: reset the connection" },
] as const;
const KERNEL_OPTIONS = TCP_KERNELS.map((k) => ({ value: k, label: TCP_KERNEL_LABELS[k] }));

function Behaviour({ title, children }: { title: string; children: string }) {
  return (
    <div>
      <dt className="text-sm font-medium text-zinc-800 dark:text-zinc-200">{title}</dt>
      <dd className="mt-0.5 text-sm text-zinc-700 dark:text-zinc-300">{children}</dd>
    </div>
  );
}

export function TcpQueues({ initial, mode }: { initial: TcpRaw; mode: CalculatorMode }) {
  const { raw, set, errors, result, href, fieldId: id } = useCalculator({ id: "tcp-queues", initial, fields: TCP_FIELDS, mode, parse: parseTcpInput, calculate: calculateTcp });
  const synText = result ? (result.effectiveSynLimit === null ? "not used" : formatNumber(result.effectiveSynLimit, 0)) : "";

  return (
    <CalculatorFrame id="tcp-queues" mode={mode} href={href}>
      <div className={CALCULATOR_COLUMNS}>
        <form className="grid content-start gap-3 @lg:grid-cols-2 @3xl:grid-cols-1" onSubmit={(e) => e.preventDefault()} aria-label="TCP queue inputs">
          <SelectField id={id("kernel")} label="Kernel" value={raw.kernel} options={KERNEL_OPTIONS} onChange={(v) => set("kernel", v)} error={errors.kernel} hint="Older kernels size the SYN queue with a power-of-two table (CentOS 7 runs 3.10)" />
          <NumberField id={id("backlog")} label="listen() backlog" value={raw.backlog} onChange={(v) => set("backlog", v)} error={errors.backlog} inputMode="numeric" hint="nginx: 511 unless listen … backlog=N" />
          <NumberField id={id("somaxconn")} label="net.core.somaxconn" value={raw.somaxconn} onChange={(v) => set("somaxconn", v)} error={errors.somaxconn} inputMode="numeric" hint="128 before 5.4, 4096 since" />
          <NumberField id={id("synBacklog")} label="net.ipv4.tcp_max_syn_backlog" value={raw.synBacklog} onChange={(v) => set("synBacklog", v)} error={errors.synBacklog} inputMode="numeric" />
          <SelectField id={id("syncookies")} label="net.ipv4.tcp_syncookies" value={raw.syncookies} options={COOKIE_OPTIONS} onChange={(v) => set("syncookies", v)} error={errors.syncookies} />
          <SelectField id={id("abortOnOverflow")} label="net.ipv4.tcp_abort_on_overflow" value={raw.abortOnOverflow} options={ABORT_OPTIONS} onChange={(v) => set("abortOnOverflow", v)} error={errors.abortOnOverflow} />
        </form>

        <ResultArea ok={result !== null} summary={result ? `Accept queue ${result.acceptQueueLimit}, SYN queue ${synText}.` : ""}>
          {result ? (
            <>
              <StatGrid label="TCP queue limits">
                <Stat label="Accept queue" value={formatNumber(result.acceptQueueLimit, 0)} detail={`ss Send-Q; holds ${formatNumber(result.acceptQueueHolds, 0)}`} testId="tcp-accept" />
                <Stat label="SYN queue" value={synText} detail={result.synBound === "syncookies=2" ? "cookies for every SYN" : `bound: ${result.synBound}`} testId="tcp-syn" />
                <Stat
                  label="Drop threshold (no cookies)"
                  value={result.synDropThreshold === null ? "n/a" : `> ${formatNumber(result.synDropThreshold, 0)}`}
                  detail="unproven peers, tcp_max_syn_backlog rule"
                  testId="tcp-drop"
                />
              </StatGrid>
              <dl className="space-y-3">
                <Behaviour title="SYN when the SYN queue is full">{result.onSynQueueFull}</Behaviour>
                <Behaviour title="SYN when the accept queue is full">{result.onSynAcceptQueueFull}</Behaviour>
                <Behaviour title="Final ACK when the accept queue is full">{result.onAckAcceptQueueFull}</Behaviour>
              </dl>
              <div>
                <h3 className="mb-1 text-sm font-semibold text-zinc-800 dark:text-zinc-200">What to raise</h3>
                <ul className="space-y-2">
                  {result.advice.map((a) => (
                    <li key={a.setting + a.line} className="text-sm">
                      <span className="font-medium">{a.setting}</span>
                      <span className="text-zinc-700 dark:text-zinc-300">{`: ${a.why}`}</span>
                      <code className="mt-0.5 block font-mono text-xs text-sky-800 dark:text-sky-300">{a.line}</code>
                    </li>
                  ))}
                </ul>
              </div>
              <Extra embed={mode === "embed"}>
                <StepsTable steps={result.steps} />
                <div className="space-y-1">
                  <h3 className="text-sm font-semibold text-zinc-800 dark:text-zinc-200">Kernel source followed</h3>
                  {result.kernelNotes.map((n) => (
                    <Note key={n}>{n}</Note>
                  ))}
                </div>
                <ConfigBlock lines={result.configLines} />
              </Extra>
            </>
          ) : null}
        </ResultArea>
      </div>
    </CalculatorFrame>
  );
}
