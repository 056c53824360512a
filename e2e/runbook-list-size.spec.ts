import { expect, test } from "@playwright/test";
import { BIG_LIBRARY_SIZE, PORTS } from "../playwright.config";

/**
 * /runbooks stays small as the library grows: the whole HTML response (markup
 * plus the RSC payload inlined for hydration) under 100 KB on the real library
 * and on a synthetic 1,000-runbook one (E2E_PORT+6), and growing sub-linearly.
 * Before paging it was 420 KB for 83 runbooks.
 */
const LIMIT = 100 * 1024;

test("the runbook list is under 100 KB and grows sub-linearly with the library", async ({ request }) => {
  const size = async (base: string) => {
    const response = await request.get(`${base}/runbooks`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const count = Number(html.match(/(\d+) runbooks/)?.[1]);
    return { bytes: Buffer.byteLength(html), count };
  };
  const real = await size("");
  const big = await size(`http://127.0.0.1:${PORTS.bigLibrary}`);
  console.log(`/runbooks: ${real.count} runbooks ${(real.bytes / 1024).toFixed(1)} KB, ${big.count} runbooks ${(big.bytes / 1024).toFixed(1)} KB`);
  expect(big.count).toBe(BIG_LIBRARY_SIZE);
  expect(real.bytes).toBeLessThan(LIMIT);
  expect(big.bytes).toBeLessThan(LIMIT);
  // 12x the runbooks: sub-linear means far less than 12x the bytes.
  const growth = big.bytes / real.bytes;
  expect(growth).toBeLessThan(Math.sqrt(big.count / real.count));
});
