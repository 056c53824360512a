"use client";

import type { ReactNode } from "react";

const inputBase =
  "w-full rounded-md border bg-white px-3 py-1.5 text-sm tabular-nums shadow-sm focus:outline-none focus:ring-2 dark:bg-zinc-900";
const inputOk = "border-zinc-300 focus:border-sky-500 focus:ring-sky-500/30 dark:border-zinc-700";
const inputBad = "border-red-500 focus:border-red-500 focus:ring-red-500/30 dark:border-red-400";

type BaseProps = {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  className?: string;
};

function Describers({ id, unit, hint, error }: { id: string; unit?: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      {unit ? (
        <span id={`${id}-unit`} className="sr-only">
          {`Unit: ${unit}`}
        </span>
      ) : null}
      <p id={`${id}-error`} aria-live="polite" className="mt-1 text-xs font-medium text-red-700 dark:text-red-400">
        {error ?? ""}
      </p>
    </>
  );
}

function describedBy(id: string, unit?: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, unit ? `${id}-unit` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** A labelled text input for a number (with an optional unit) and its inline error. */
export function NumberField({
  id,
  label,
  unit,
  value,
  onChange,
  error,
  hint,
  inputMode = "decimal",
  placeholder,
  className,
}: BaseProps & {
  unit?: string;
  value: string;
  onChange: (value: string) => void;
  inputMode?: "decimal" | "numeric" | "text";
  placeholder?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
        {label}
      </label>
      <div className="mt-1 flex items-center gap-2">
        <input
          id={id}
          name={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, unit, hint, error)}
          className={`${inputBase} ${error ? inputBad : inputOk}`}
        />
        {unit ? (
          <span aria-hidden className="shrink-0 text-sm text-zinc-500 dark:text-zinc-400">
            {unit}
          </span>
        ) : null}
      </div>
      <Describers id={id} unit={unit} hint={hint} error={error} />
    </div>
  );
}

/** A labelled select with an inline error. */
export function SelectField<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
  error,
  hint,
  className,
}: BaseProps & { value: string; options: readonly { value: V; label: string }[]; onChange: (value: string) => void }) {
  const known = options.some((o) => o.value === value);
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
        {label}
      </label>
      <select
        id={id}
        name={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, hint, error)}
        className={`mt-1 ${inputBase} ${error ? inputBad : inputOk}`}
      >
        {known ? null : <option value={value}>{value === "" ? "(choose)" : `${value} (invalid)`}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Describers id={id} hint={hint} error={error} />
    </div>
  );
}
