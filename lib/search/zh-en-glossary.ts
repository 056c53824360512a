import type { ResolvedTerm, TermAlternative } from "./query-terms";
import { analyze } from "./tokenize";

/**
 * The words on-call engineers type in Chinese around an English error name
 * ("pod Terminating 卡住", "cpu throttling 延迟高"), and the English word the
 * runbooks use for each. The runbooks are written in English with a few
 * Chinese symptoms, so such a word either matched nothing or, being rare in
 * the library, outweighed the English words of the query: "pod Terminating
 * 卡住" ranked "Namespace stuck in Terminating" first and left "Pod stuck in
 * Terminating" out. Only words whose translation is unambiguous in operations
 * are listed; a longer phrase comes before the words it contains.
 */
export const ZH_EN_GLOSSARY: ReadonlyArray<readonly [zh: string, en: string]> = [
  ["删不掉", "delete"],
  ["删除不了", "delete"],
  ["删除", "delete"],
  ["卡住", "stuck"],
  ["卡死", "stuck"],
  ["延迟", "latency"],
  ["延时", "latency"],
  ["超时", "timeout"],
  ["重启", "restart"],
  ["失败", "failed"],
  ["报错", "error"],
  ["错误", "error"],
  ["磁盘", "disk"],
  ["硬盘", "disk"],
  ["内存", "memory"],
  ["证书", "certificate"],
  ["过期", "expired"],
  ["限流", "throttling"],
  ["端口", "port"],
  ["连接", "connection"],
  ["丢包", "dropped"],
  ["调度", "scheduling"],
  ["镜像", "image"],
  ["节点", "node"],
  ["容器", "container"],
  ["网络", "network"],
  ["域名", "dns"],
  ["拒绝", "refused"],
  ["权限", "permission"],
  ["日志", "logs"],
  ["挂载", "mount"],
  ["泄漏", "leak"],
  ["泄露", "leak"],
  ["耗尽", "exhausted"],
  ["队列", "queue"],
  ["溢出", "overflow"],
  ["缓存", "cache"],
  ["命中率", "hit"],
  ["带宽", "bandwidth"],
  ["告警", "alert"],
  ["探针", "probe"],
  ["驱逐", "evicted"],
  ["污点", "taint"],
  ["副本", "replicas"],
  ["升级", "upgrade"],
  ["心跳", "heartbeat"],
  ["僵尸", "zombie"],
];

/** A translation counts a little less than the word itself, like a typo correction or a completion (query-terms.ts). */
export const TRANSLATION_FACTOR = 0.8;

/** Glossary entries whose English word is indexed: [Chinese, English token]. */
export type Glossary = ReadonlyArray<readonly [zh: string, token: string]>;

/** Every entry with its English word as the tokeniser spells it (computed once). */
let analyzed: Glossary | undefined;
function analyzedGlossary(): Glossary {
  analyzed ??= ZH_EN_GLOSSARY.flatMap(([zh, en]) => {
    const token = analyze(en)[0]?.token;
    return token ? [[zh, token] as const] : [];
  });
  return analyzed;
}

/** The glossary keeping only the English tokens `has` knows (the runbooks, or the incidents, use the word). */
export function glossaryFor(has: (token: string) => boolean): Glossary {
  return analyzedGlossary().filter(([, token]) => has(token));
}

/** The English tokens of the glossary words `text` holds: what a search must look up before it can translate them. */
export function glossaryTokensIn(text: string): string[] {
  return [...new Set(analyzedGlossary().flatMap(([zh, token]) => (text.includes(zh) ? [token] : [])))];
}

/**
 * The query's terms with each glossary word it holds in Chinese also matching
 * the English token: an alternative (kind "translation") of the Han term that
 * stands for the word (the word itself, or its first bigram), so the term
 * scores the better of the two and a phrase like "Pod stuck in Terminating"
 * can be found whole in "pod Terminating 卡住". The query's own weight is
 * unchanged: no term is added. Pure.
 */
export function addTranslations(normalized: string, terms: ResolvedTerm[], glossary: Glossary): ResolvedTerm[] {
  const extra = new Map<ResolvedTerm, TermAlternative[]>();
  let rest = normalized;
  for (const [zh, token] of glossary) {
    if (!rest.includes(zh)) continue;
    // A longer phrase is listed first; taking it out keeps its parts (删除 in 删除不了) from matching again.
    rest = rest.split(zh).join(" ");
    const anchor = anchorTerm(zh, terms);
    if (!anchor) continue;
    const list = extra.get(anchor) ?? [];
    if (!anchor.alternatives.some((a) => a.token === token) && !list.some((a) => a.token === token)) list.push({ token, kind: "translation", factor: TRANSLATION_FACTOR });
    extra.set(anchor, list);
  }
  if (extra.size === 0) return terms;
  return terms.map((term) => {
    const added = extra.get(term);
    return added?.length ? { ...term, alternatives: [...term.alternatives, ...added] } : term;
  });
}

/** The Han term that stands for `zh` in the query: the longest term inside it, the earliest of equals (bigrams: its first bigram). */
function anchorTerm(zh: string, terms: ResolvedTerm[]): ResolvedTerm | undefined {
  let best: ResolvedTerm | undefined;
  for (const term of terms) {
    if (!term.han || !zh.includes(term.token)) continue;
    const length = Array.from(term.token).length;
    const bestLength = best ? Array.from(best.token).length : 0;
    if (length > bestLength || (best && length === bestLength && term.positions[0] < best.positions[0])) best = term;
  }
  return best;
}
