/**
 * Inputs beside results on wide containers, stacked on narrow ones. The
 * stacked column is minmax(0, 1fr) (grid-cols-1), not the implicit `auto`:
 * an auto column grows to its widest item's content (a results table, the
 * timeline), and on a phone that pushed every calculator 190–330 px past the
 * screen's edge.
 */
export const CALCULATOR_COLUMNS = "grid grid-cols-1 gap-6 @3xl:grid-cols-[minmax(0,18rem)_minmax(0,1fr)]";
