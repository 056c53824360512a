import "server-only";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import type { ChineseSegmenter } from "./chinese-segmenter";

let jieba: Jieba | undefined;

/**
 * Dictionary segmentation (jieba's search mode: words, plus the shorter
 * words inside long ones). The alternative to character bigrams that
 * `npm run test:relevance` measures; not used by the app (see chinese-segmenter.ts).
 */
export const jiebaSegmenter: ChineseSegmenter = (run) => {
  jieba ??= Jieba.withDict(dict);
  return jieba.cutForSearch(run, true).filter((word) => word.trim());
};
