import { getMDXComponent } from "mdx-bundler/client";
import { mdxComponents } from "@/components/mdx/mdx-components";

/** Renders a runbook's compiled MDX (compiled at build time by lib/runbooks/compile-runbook.ts). */
export function RunbookBody({ code }: { code: string }) {
  const Content = getMDXComponent(code);
  return (
    <div className="prose prose-zinc max-w-none dark:prose-invert prose-headings:scroll-mt-20 prose-code:before:content-none prose-code:after:content-none prose-pre:m-0 prose-pre:bg-transparent prose-pre:p-0">
      <Content components={mdxComponents} />
    </div>
  );
}
