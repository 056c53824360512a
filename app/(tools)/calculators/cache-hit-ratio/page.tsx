import { CacheHitRatio } from "@/components/calculators/cache-hit-ratio";
import { cacheFromParams } from "@/lib/calculators/cache-hit-ratio";
import { CalculatorPage, calculatorMetadata, queryOf, type CalculatorPageProps } from "../_components/calculator-page";

export const metadata = calculatorMetadata("cache-hit-ratio");

export default async function CacheHitRatioPage({ searchParams }: CalculatorPageProps) {
  return (
    <CalculatorPage
      id="cache-hit-ratio"
      intro="Measure the hit ratio from nginx $upstream_cache_status counts, then project what an LRU cache should reach for your catalogue, and how much a cache key that splits one object over several keys (the Host in proxy_cache_key) costs."
    >
      <CacheHitRatio initial={cacheFromParams(queryOf(await searchParams))} mode="page" />
    </CalculatorPage>
  );
}
