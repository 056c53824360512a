import { describe, expect, it } from "vitest";
import { compileRunbook } from "./compile-runbook";
import { tableOfContents } from "./table-of-contents";

const body = `
## Phenomenon

### The \`kubectl\` output

## Cause

### Worked example

### Worked example

## Fix: raise *somaxconn*

\`\`\`bash
## not a heading
\`\`\`

## Result
`;

describe("tableOfContents", () => {
  it("lists ## and ### headings outside code, with de-duplicated ids", () => {
    expect(tableOfContents(body)).toEqual([
      { id: "phenomenon", text: "Phenomenon", depth: 2 },
      { id: "the-kubectl-output", text: "The kubectl output", depth: 3 },
      { id: "cause", text: "Cause", depth: 2 },
      { id: "worked-example", text: "Worked example", depth: 3 },
      { id: "worked-example-1", text: "Worked example", depth: 3 },
      { id: "fix-raise-somaxconn", text: "Fix: raise somaxconn", depth: 2 },
      { id: "result", text: "Result", depth: 2 },
    ]);
  });

  it("uses the same ids rehype-slug puts in the compiled page", async () => {
    const code = await compileRunbook(body);
    for (const { id } of tableOfContents(body)) expect(code).toContain(`id:"${id}"`);
  });
});
