import type { ComponentProps } from "react";
import { controlClass } from "./field";

export function Textarea({ className = "", rows = 5, ...props }: ComponentProps<"textarea">) {
  return <textarea rows={rows} className={`${controlClass(props["aria-invalid"] === true)} font-mono ${className}`} {...props} />;
}
