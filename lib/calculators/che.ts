/**
 * Che approximation of the LRU hit ratio under the independent reference model with Zipf
 * popularity q_i = i^-α / H_N (i = 1…N). The characteristic time T solves
 *   Σ_i (1 − e^(−q_i·T)) = C          (the cache holds C objects on average)
 * and the hit ratio is
 *   h = Σ_i q_i · (1 − e^(−q_i·T)).
 *
 * Speed: the first HEAD ranks are summed exactly; the rest (ranks HEAD+1…N) are an
 * Euler–Maclaurin tail: ∫ f + (f(a) + f(b))/2 + (f'(b) − f'(a))/12, with the integral done
 * by composite Gauss–Legendre in log-rank (u = ln x), where every integrand is smooth.
 * Popularities at the head ranks and quadrature nodes are computed once per (N, α), so a
 * solver iteration costs about HEAD + a few hundred exp() calls whatever N is.
 */

export const CHE_HEAD = 10_000;

// 8-point Gauss–Legendre on [-1, 1].
const GL_X = [
  -0.9602898564975363, -0.7966664774136267, -0.525532409916329, -0.1834346424956498, 0.1834346424956498, 0.525532409916329,
  0.7966664774136267, 0.9602898564975363,
];
const GL_W = [
  0.1012285362903763, 0.2223810344533745, 0.3137066458778873, 0.3626837833783620, 0.3626837833783620, 0.3137066458778873,
  0.2223810344533745, 0.1012285362903763,
];

type Tail = {
  /** Quadrature nodes: popularity p(x) and weight × dx/du (= x). */
  p: Float64Array;
  w: Float64Array;
  /** End points a = HEAD + 1 and b = N: popularity and dp/dx. */
  pa: number;
  pb: number;
  dpa: number;
  dpb: number;
  single: boolean;
};

export type ZipfModel = {
  n: number;
  alpha: number;
  /** Σ i^-α over 1…N (the normaliser), computed with the same head/tail split. */
  harmonic: number;
  head: Float64Array;
  tail: Tail | null;
};

function powNeg(x: number, alpha: number): number {
  return alpha === 0 ? 1 : Math.pow(x, -alpha);
}

/** Builds popularities for ranks 1…n; `headSize` = n gives an exact (slow) model for tests. */
export function zipfModel(n: number, alpha: number, headSize = CHE_HEAD): ZipfModel {
  const m = Math.min(n, headSize);
  const head = new Float64Array(m);
  let harmonic = 0;
  for (let i = 0; i < m; i++) {
    head[i] = powNeg(i + 1, alpha);
    harmonic += head[i] ?? 0;
  }
  let tail: Tail | null = null;
  if (n > m) {
    const a = m + 1;
    const b = n;
    const single = a === b;
    const ua = Math.log(a);
    const ub = Math.log(b);
    const width = 0.2 / Math.max(1, alpha);
    const panels = single ? 0 : Math.max(4, Math.ceil((ub - ua) / width));
    const h = single ? 0 : (ub - ua) / panels;
    const p = new Float64Array(panels * GL_X.length);
    const w = new Float64Array(panels * GL_X.length);
    let integral = 0;
    for (let k = 0; k < panels; k++) {
      const mid = ua + (k + 0.5) * h;
      for (let j = 0; j < GL_X.length; j++) {
        const x = Math.exp(mid + 0.5 * h * (GL_X[j] ?? 0));
        const idx = k * GL_X.length + j;
        p[idx] = powNeg(x, alpha);
        w[idx] = 0.5 * h * (GL_W[j] ?? 0) * x;
        integral += (w[idx] ?? 0) * (p[idx] ?? 0);
      }
    }
    const pa = powNeg(a, alpha);
    const pb = powNeg(b, alpha);
    const dpa = (-alpha * pa) / a;
    const dpb = (-alpha * pb) / b;
    harmonic += single ? pa : integral + (pa + pb) / 2 + (dpb - dpa) / 12;
    tail = { p, w, pa, pb, dpa, dpb, single };
  }
  // Normalise in place so every p is a request probability.
  for (let i = 0; i < head.length; i++) head[i] = (head[i] ?? 0) / harmonic;
  if (tail) {
    for (let i = 0; i < tail.p.length; i++) tail.p[i] = (tail.p[i] ?? 0) / harmonic;
    tail.pa /= harmonic;
    tail.pb /= harmonic;
    tail.dpa /= harmonic;
    tail.dpb /= harmonic;
  }
  return { n, alpha, harmonic, head, tail };
}

type Eval = { occupancy: number; slope: number; hit: number };

/** Occupancy Σ(1 − e^−pT), its derivative in T, and the hit ratio Σ p(1 − e^−pT). */
export function evaluate(model: ZipfModel, t: number): Eval {
  let occupancy = 0;
  let slope = 0;
  let hit = 0;
  const { head, tail } = model;
  for (let i = 0; i < head.length; i++) {
    const p = head[i] ?? 0;
    const em = Math.expm1(-p * t); // e^(−pT) − 1, accurate when pT is small
    occupancy -= em;
    slope += p * (1 + em);
    hit -= p * em;
  }
  if (tail) {
    if (tail.single) {
      const em = Math.expm1(-tail.pa * t);
      return { occupancy: occupancy - em, slope: slope + tail.pa * (1 + em), hit: hit - tail.pa * em };
    }
    let iOcc = 0;
    let iSlope = 0;
    let iHit = 0;
    for (let k = 0; k < tail.p.length; k++) {
      const p = tail.p[k] ?? 0;
      const w = tail.w[k] ?? 0;
      const em = Math.expm1(-p * t);
      iOcc -= w * em;
      iSlope += w * p * (1 + em);
      iHit -= w * p * em;
    }
    const end = (p: number, dp: number) => {
      const em = Math.expm1(-p * t);
      const e = 1 + em;
      return {
        occ: -em,
        dOcc: e * t * dp,
        hit: -p * em,
        dHit: dp * (-em + p * t * e),
        slope: p * e,
      };
    };
    const A = end(tail.pa, tail.dpa);
    const B = end(tail.pb, tail.dpb);
    occupancy += iOcc + (A.occ + B.occ) / 2 + (B.dOcc - A.dOcc) / 12;
    hit += iHit + (A.hit + B.hit) / 2 + (B.dHit - A.dHit) / 12;
    slope += iSlope + (A.slope + B.slope) / 2;
  }
  return { occupancy, slope, hit };
}

export type CheSolution = {
  /** Characteristic time T, in requests. */
  t: number;
  hitRatio: number;
  /** Occupancy at T (should equal the capacity). */
  occupancy: number;
  iterations: number;
  /** True when the capacity holds the whole catalogue (hit ratio 1 in steady state). */
  allFit: boolean;
};

/** Solves Σ(1 − e^−q_i T) = capacity for T (safeguarded Newton on a bracket) and returns the hit ratio. */
export function solveChe(model: ZipfModel, capacity: number): CheSolution {
  if (!(capacity > 0)) return { t: 0, hitRatio: 0, occupancy: 0, iterations: 0, allFit: false };
  if (capacity >= model.n) return { t: Number.MAX_VALUE, hitRatio: 1, occupancy: model.n, iterations: 0, allFit: true };
  const last = model.tail ? model.tail.pb : (model.head[model.head.length - 1] ?? 0);
  // Occupancy(T) ≤ T, so T ≥ capacity; and occupancy ≥ n(1 − e^(−q_min·T)) bounds T above.
  let lo = capacity;
  let hi = Math.max(lo * 2, -Math.log1p(-capacity / model.n) / Math.max(last, Number.MIN_VALUE));
  let t = Math.sqrt(lo * hi);
  let iterations = 0;
  let current = evaluate(model, t);
  for (; iterations < 200; iterations++) {
    const diff = current.occupancy - capacity;
    if (Math.abs(diff) <= 1e-10 * capacity) break;
    if (diff > 0) hi = t;
    else lo = t;
    let next = current.slope > 0 ? t - diff / current.slope : NaN;
    if (!(next > lo && next < hi)) next = Math.sqrt(lo * hi);
    if (Math.abs(next - t) <= 1e-14 * t) break;
    t = next;
    current = evaluate(model, t);
  }
  return { t, hitRatio: Math.min(1, Math.max(0, current.hit)), occupancy: current.occupancy, iterations, allFit: false };
}

/** Convenience: hit ratio of an LRU cache of `capacity` objects over N Zipf(α) objects. */
export function cheHitRatio(n: number, alpha: number, capacity: number, headSize = CHE_HEAD): CheSolution {
  return solveChe(zipfModel(n, alpha, headSize), capacity);
}
