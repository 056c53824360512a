import type { LanguageFn } from "lowlight";

/**
 * PromQL for the build-time highlighter (rehype-highlight, lowlight's
 * highlight.js grammars). highlight.js has no PromQL, and alert runbooks quote
 * the expressions that fired: without this, a ```promql block was left plain
 * and compiling it warned "Cannot highlight as promql".
 *
 * Scopes: aggregation operators and functions as built-ins, the modifiers and
 * set operators as keywords, label names inside `{…}` as attributes, label
 * values and other quoted text as strings, durations and numbers as numbers.
 * Metric names stay plain. Keywords only match whole words, so `rate` inside
 * `http_rate_total` is not one.
 */

const AGGREGATIONS = "sum min max avg group stddev stdvar count count_values bottomk topk quantile limitk limit_ratio";

const FUNCTIONS = [
  "abs absent absent_over_time ceil changes clamp clamp_max clamp_min day_of_month day_of_week day_of_year days_in_month",
  "delta deriv double_exponential_smoothing exp floor histogram_avg histogram_count histogram_fraction histogram_quantile",
  "histogram_stddev histogram_stdvar histogram_sum holt_winters hour idelta increase info irate label_join label_replace",
  "ln log2 log10 minute month predict_linear rate resets round scalar sgn sort sort_desc sort_by_label sort_by_label_desc",
  "sqrt time timestamp vector year avg_over_time min_over_time max_over_time sum_over_time count_over_time",
  "quantile_over_time stddev_over_time stdvar_over_time last_over_time present_over_time mad_over_time",
  "acos acosh asin asinh atan atanh cos cosh sin sinh tan tanh deg pi rad",
].join(" ");

const DURATION = /\b\d+(?:ms|[smhdwy])(?:\d+(?:ms|[smhdwy]))*\b/;

export const promql: LanguageFn = (hljs) => {
  const strings = { scope: "string", variants: [hljs.QUOTE_STRING_MODE, hljs.APOS_STRING_MODE, { begin: "`", end: "`" }] };
  return {
    name: "PromQL",
    aliases: ["prometheus"],
    keywords: {
      keyword: "by without on ignoring group_left group_right offset bool and or unless atan2 start end",
      built_in: `${AGGREGATIONS} ${FUNCTIONS}`,
      literal: "Inf NaN inf nan",
    },
    contains: [
      hljs.HASH_COMMENT_MODE,
      strings,
      // A selector's label matchers: {container="api", code=~"5.."}.
      {
        begin: /\{/,
        end: /\}/,
        contains: [
          { scope: "attr", begin: /[A-Za-z_][A-Za-z0-9_]*(?=\s*(?:=~|!~|!=|=))/ },
          { scope: "operator", begin: /=~|!~|!=|=/ },
          strings,
        ],
      },
      // Durations before plain numbers: [5m], [1h30m:1m], offset 1d.
      { scope: "number", begin: DURATION, relevance: 0 },
      { scope: "number", begin: /\b(?:0x[0-9a-fA-F]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\b/, relevance: 0 },
      { scope: "operator", begin: /==|!=|>=|<=|[-+*/%^<>]/, relevance: 0 },
    ],
  };
};
