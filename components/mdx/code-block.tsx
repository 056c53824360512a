import { isValidElement, type ReactElement, type ReactNode } from "react";
import { CopyButton } from "./copy-button";

/** A fenced code block: language label, build-time highlighted code (rehype-highlight), copy button. */
export function CodeBlock({ children }: { children?: ReactNode }) {
  const code = isValidElement(children) ? (children as ReactElement<{ className?: string }>) : null;
  const language = code?.props.className?.match(/language-([\w-]+)/)?.[1];
  return (
    <figure className="not-prose group my-5 overflow-hidden rounded-lg border border-zinc-800 bg-zinc-950 text-zinc-100">
      <div className="flex items-center justify-between border-b border-zinc-800 px-3 py-1 text-xs text-zinc-400">
        <span>{language ?? "text"}</span>
        <CopyButton />
      </div>
      <pre className="overflow-x-auto p-3 text-[13px] leading-relaxed">{children}</pre>
    </figure>
  );
}
