// Special functions JavaScript lacks (erf, erfc, gamma, lgamma), accurate to about 1e-15 relative.

const SQRT_PI = Math.sqrt(Math.PI);
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)): every term positive, so no cancellation. */
function erfSeries(x: number): number {
  let term = x;
  let sum = x;
  const x2 = x * x;
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-17) break;
  }
  return (2 / SQRT_PI) * Math.exp(-x2) * sum;
}

/** erfc(x) for x > 0 by its continued fraction (Lentz's method), good where erfc is small. */
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = x + a * d;
    d = d === 0 ? tiny : d;
    c = x + a / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (f * SQRT_PI);
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  if (Math.abs(x) < 2.5) return erfSeries(x);
  const tail = erfcContinuedFraction(Math.abs(x));
  return x > 0 ? 1 - tail : tail - 1;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  if (x < 0.5) return 1 - erf(x);
  if (x < 2.5) return 1 - erfSeries(x);
  return erfcContinuedFraction(x);
}

// Lanczos approximation, g = 7, n = 9.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

function lanczosSum(x: number): number {
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (x + i - 1);
  return sum;
}

function isNonPositiveInteger(x: number): boolean {
  return x <= 0 && Number.isInteger(x);
}

export function gamma(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity || isNonPositiveInteger(x)) return NaN;
  if (Number.isInteger(x) && x <= 23) {
    // Whole numbers up to 23: the exact factorial is representable, so give it exactly.
    let r = 1;
    for (let i = 2; i < x; i++) r *= i;
    return r;
  }
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  if (x > 171.7) return Infinity;
  const t = x + LANCZOS_G - 0.5;
  // Split the power so that t**(x-0.5) does not overflow before e**-t brings it back.
  const half = Math.pow(t, (x - 0.5) / 2);
  return SQRT_PI * Math.SQRT2 * half * (half * Math.exp(-t)) * lanczosSum(x);
}

export function lgamma(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return Infinity;
  if (isNonPositiveInteger(x)) return Infinity;
  if (x === 1 || x === 2) return 0;
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  if (x < 15) return Math.log(Math.abs(gamma(x)));
  const t = x + LANCZOS_G - 0.5;
  return LOG_SQRT_2PI + (x - 0.5) * Math.log(t) - t + Math.log(lanczosSum(x));
}
