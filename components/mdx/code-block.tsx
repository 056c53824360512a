import { isValidElement, type ReactElement, type ReactNode } from "react";
import { codeBlockLabel } from "@/lib/runbooks/code-block-info";
import { CopyButton } from "./copy-button";

/** A fenced code block: language label ("Prometheus rule" for a ```yaml rules block), build-time highlighted code (rehype-highlight), copy button. */
export function CodeBlock({ children }: { children?: ReactNode }) {
  const code = isValidElement(children) ? (children as ReactElement<{ className?: string; "data-meta"?: string }>) : null;
  const language = code?.props.className?.match(/language-([\w-]+)/)?.[1];
  const label = codeBlockLabel(language, code?.props["data-meta"]);
  return (
    <figure className="not-prose group my-5 overflow-hidden rounded-lg border border-zinc-800 bg-zinc-950 text-zinc-100">
      <div className="flex items-center justify-between border-b border-zinc-800 px-3 py-1 text-xs text-zinc-400">
        <span>{label}</span>
        <CopyButton />
      </div>
      <pre tabIndex={0} aria-label={label} className="overflow-x-auto p-3 text-[13px] leading-relaxed focus-visible:outline-2 focus-visible:outline-sky-500">{children}</pre>
    </figure>
  );
}
