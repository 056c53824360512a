import { CacheHitCalculator, CfsThrottlingCalculator, ExitCodeDecoder, RaidCalculator, TcpQueueCalculator } from "./calculator-embeds";
import { Callout } from "./callout";
import { CodeBlock } from "./code-block";
import { Steps } from "./steps";
import { Terminal } from "./terminal";

/** Everything a runbook can use without imports (docs/writing-runbooks.md). */
export const mdxComponents = {
  pre: CodeBlock,
  Callout,
  Steps,
  Terminal,
  CfsThrottlingCalculator,
  TcpQueueCalculator,
  RaidCalculator,
  CacheHitCalculator,
  ExitCodeDecoder,
};
