import type { ComponentProps, ReactNode } from "react";

/** The props a control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

const controlBase =
  "block w-full rounded-md border bg-white px-3 py-1.5 text-sm text-zinc-900 shadow-sm placeholder:text-zinc-400 focus:outline-none focus:ring-2 disabled:opacity-60 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-500";
const controlOk = "border-zinc-300 focus:border-sky-500 focus:ring-sky-500/40 dark:border-zinc-700";
const controlBad = "border-red-600 focus:border-red-600 focus:ring-red-500/40 dark:border-red-400";

export function controlClass(invalid: boolean): string {
  return `${controlBase} ${invalid ? controlBad : controlOk}`;
}

/**
 * A label, the control, an optional hint and the error message. The control is
 * rendered by `children` with the ids it needs, so inputs, selects, textareas and
 * custom widgets all get aria-invalid and aria-describedby the same way.
 */
export function Field({
  id,
  label,
  hint,
  error,
  required,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
        {label}
        {required ? (
          <span aria-hidden className="ml-0.5 text-rose-700 dark:text-rose-400">
            *
          </span>
        ) : null}
      </label>
      <div className="mt-1">{children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}</div>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function Input({ className = "", ...props }: ComponentProps<"input">) {
  return <input className={`${controlClass(props["aria-invalid"] === true)} ${className}`} {...props} />;
}
