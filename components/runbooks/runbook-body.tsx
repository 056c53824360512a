import { getMDXComponent } from "mdx-bundler/client";
import { createElement, type ComponentType } from "react";
import { mdxComponents } from "@/components/mdx/mdx-components";

type MdxContent = ComponentType<{ components: typeof mdxComponents }>;

// One component per compiled runbook, made once: a component created during render
// would be a new type on every render.
const contentByCode = new Map<string, MdxContent>();

function contentFor(code: string): MdxContent {
  let content = contentByCode.get(code);
  if (!content) {
    content = getMDXComponent(code) as MdxContent;
    contentByCode.set(code, content);
  }
  return content;
}

/** Renders a runbook's compiled MDX (compiled at build time by lib/runbooks/compile-runbook.ts). */
export function RunbookBody({ code }: { code: string }) {
  return (
    <div className="prose prose-zinc max-w-none dark:prose-invert prose-headings:scroll-mt-20 prose-code:before:content-none prose-code:after:content-none prose-pre:m-0 prose-pre:bg-transparent prose-pre:p-0">
      {createElement(contentFor(code), { components: mdxComponents })}
    </div>
  );
}
