/**
 * remark plugin: keeps a fenced block's meta (the words after the language,
 * `rules` in ```` ```yaml rules ````) as a `data-meta` attribute on the
 * rendered `<code>`, which markdown otherwise drops, so the code block can
 * label it (components/mdx/code-block.tsx).
 */

interface MdastNode {
  type: string;
  meta?: string | null;
  data?: { hProperties?: Record<string, unknown> };
  children?: MdastNode[];
}

function visit(node: MdastNode): void {
  if (node.type === "code" && node.meta) {
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, dataMeta: node.meta } };
  }
  node.children?.forEach(visit);
}

export function remarkCodeMeta() {
  return (tree: MdastNode) => visit(tree);
}
