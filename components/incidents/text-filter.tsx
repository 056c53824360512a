"use client";

import { useEffect, useState } from "react";
import { Field, Input } from "@/components/ui/field";

const DELAY_MS = 300;

/**
 * A text filter that updates the URL once typing pauses (not on every key), and
 * follows the URL when it changes from elsewhere (Clear filters, back button).
 */
export function TextFilter({ id, label, value, onCommit, type = "text", placeholder }: { id: string; label: string; value: string; onCommit: (value: string) => void; type?: "text" | "search"; placeholder?: string }) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }

  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => onCommit(draft), DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, value, onCommit]);

  return (
    <Field id={id} label={label}>
      {(aria) => (
        <Input
          {...aria}
          type={type}
          value={draft}
          placeholder={placeholder}
          autoComplete="off"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              onCommit(draft); // no need to wait for the pause
            }
          }}
        />
      )}
    </Field>
  );
}
