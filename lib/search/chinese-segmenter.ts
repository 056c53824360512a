/**
 * How a run of Han characters becomes tokens. The tokeniser takes one of
 * these, so indexing and querying always use the same one.
 *
 * The default is character bigrams plus single characters: a two-character
 * word (缓存, 证书) is always one of the bigrams of any longer text that
 * contains it, whatever a dictionary thinks the word boundaries are, and a
 * one-character query (慢) still has a token to match. The alternative,
 * dictionary segmentation with @node-rs/jieba, lives in a server-only module
 * (jieba-segmenter.ts); `npm run test:relevance -- --zh=jieba` ranks the
 * relevance set with it, and the comparison printed there is why bigrams are
 * the default.
 */
export type ChineseSegmenter = (run: string) => string[];

export const bigramSegmenter: ChineseSegmenter = (run) => {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const tokens: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    tokens.push(chars[i]);
    if (i + 1 < chars.length) tokens.push(chars[i] + chars[i + 1]);
  }
  return tokens;
};
