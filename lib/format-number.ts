/**
 * Numbers for people: en-US digit grouping, a fixed number of decimals at
 * most, and "—" instead of NaN or Infinity. Used by the calculators and by
 * every message that quotes a limit ("at most 100,000 characters").
 */

export const NOT_A_NUMBER = "—";

// Grouped by hand, not with Intl: Number#toLocaleString builds an Intl.NumberFormat on every call
// (35 µs each in Chromium), and even one cached formatter costs ~40 ms of ICU set-up on its first
// use — on a runbook page that embeds a calculator, that ran while the page hydrated (Lighthouse's
// mobile CPU is 4× slower still). Past 1e21 toFixed switches to exponent notation, so Intl takes over.
let bigNumberFormat: Intl.NumberFormat | undefined;

/** Rounds to at most `maxDecimals` decimals and groups thousands: 1234.5 → "1,234.5". */
export function formatNumber(n: number, maxDecimals = 2): string {
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  const decimals = Math.min(Math.max(maxDecimals, 0), 20);
  const rounded = Number(n.toFixed(decimals));
  if (rounded === 0) return "0";
  if (Math.abs(rounded) >= 1e21) {
    bigNumberFormat ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 0, useGrouping: true });
    return bigNumberFormat.format(rounded);
  }
  // The shortest decimal that reads back as `rounded` (what Intl prints too); tiny values come out of String() with an exponent, so toFixed.
  const shortest = String(Math.abs(rounded));
  const [whole, fraction = ""] = (shortest.includes("e") ? Math.abs(rounded).toFixed(decimals) : shortest).split(".");
  const digits = fraction.replace(/0+$/, "");
  return `${rounded < 0 ? "-" : ""}${whole.replace(/\B(?=(\d{3})+$)/g, ",")}${digits ? `.${digits}` : ""}`;
}
