"use client";

/** A row of checkboxes drawn as toggle chips (status, severity); any number can be on. */
export function ChoiceFilter<T extends string>({ legend, values, labels, selected, onChange }: { legend: string; values: readonly T[]; labels: Record<T, string>; selected: T[]; onChange: (next: T[]) => void }) {
  return (
    <fieldset>
      <legend className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-1.5">
        {values.map((value) => {
          const checked = selected.includes(value);
          return (
            <label
              key={value}
              className="cursor-pointer select-none rounded-full border border-zinc-300 px-2.5 py-1 text-xs font-medium text-zinc-800 has-[:checked]:border-sky-700 has-[:checked]:bg-sky-700 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-sky-500 has-[:focus-visible]:ring-offset-2 dark:border-zinc-700 dark:text-zinc-200 dark:has-[:checked]:border-sky-500 dark:has-[:checked]:bg-sky-700 dark:has-[:focus-visible]:ring-offset-zinc-950"
            >
              <input
                type="checkbox"
                className="sr-only"
                checked={checked}
                onChange={() => onChange(checked ? selected.filter((v) => v !== value) : values.filter((v) => v === value || selected.includes(v)))}
              />
              {labels[value]}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
