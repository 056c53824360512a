import type { ComponentProps } from "react";
import { controlClass } from "./field";

export function Select({ className = "", ...props }: ComponentProps<"select">) {
  return <select className={`${controlClass(props["aria-invalid"] === true)} ${className}`} {...props} />;
}
