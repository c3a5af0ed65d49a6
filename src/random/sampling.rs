//! Cheap sampling primitives for the generator's per-person loop, all working on
//! 32-bit halves of the generator's 64-bit draws: Bernoulli trials as integer compares,
//! Walker alias tables for categories, and quantile tables for continuous
//! distributions, so a person costs no `exp`, `ln` or rejection loop.

/// True with the probability encoded by [`threshold`], from a uniform 32-bit integer.
#[inline(always)]
pub fn below_threshold(u: u32, threshold: u64) -> bool {
    (u as u64) < threshold
}

/// A uniform integer in `0..n` from a uniform 32-bit integer (multiply-shift).
#[inline(always)]
pub fn scale(u: u32, n: u32) -> u32 {
    ((u as u64 * n as u64) >> 32) as u32
}

/// A uniform number in (0, 1) from a uniform 32-bit integer.
#[inline(always)]
pub fn unit(u: u32) -> f64 {
    (u as f64 + 0.5) * (1.0 / 4_294_967_296.0)
}

/// `x as i32` (truncation towards zero, saturating; NaN gives `i32::MIN` rather than
/// 0), written so that loops over lanes keep it a vector instruction: the value is
/// brought into range first (`max` and `min` drop a NaN), so the conversion needs no
/// saturation fix-up, which Rust's `as` adds as scalar code.
#[inline(always)]
pub fn trunc_i32(x: f64) -> i32 {
    let x = x.max(i32::MIN as f64).min(i32::MAX as f64);
    // SAFETY: `x` is finite and within i32's range, so its truncation is an i32.
    unsafe { x.to_int_unchecked::<i32>() }
}

/// [`trunc_i32`] for i64: bounded the same way (AVX2 has no vector conversion to
/// 64-bit integers, but the scalar one then needs no fix-up either). Values from
/// 2^63 - 1024 up saturate at 2^63 - 1024, the largest f64 below 2^63.
#[inline(always)]
pub fn trunc_i64(x: f64) -> i64 {
    // The largest f64 below 2^63, so the bound itself converts.
    let x = x.max(i64::MIN as f64).min(9_223_372_036_854_774_784.0);
    // SAFETY: `x` is finite and within i64's range, so its truncation is an i64.
    unsafe { x.to_int_unchecked::<i64>() }
}

/// Encodes probability `p` for [`below_threshold`]: exact to 2^-32.
pub fn threshold(p: f64) -> u64 {
    (p.clamp(0.0, 1.0) * 4_294_967_296.0).round() as u64
}

/// Walker's alias table: O(1) sampling from a fixed categorical distribution.
#[derive(Debug, Clone)]
pub struct Alias {
    keep: Vec<u64>,
    alias: Vec<u32>,
}

impl Alias {
    /// Builds a table from non-negative weights (not all zero; all-zero picks uniformly).
    pub fn new(weights: &[f64]) -> Self {
        let n = weights.len().max(1);
        assert!(n <= u32::MAX as usize, "alias table too large");
        let total: f64 = weights.iter().map(|w| w.max(0.0)).sum();
        let mut scaled: Vec<f64> = if total > 0.0 { weights.iter().map(|w| w.max(0.0) * n as f64 / total).collect() } else { vec![1.0; n] };
        let mut keep = vec![1u64 << 32; n];
        let mut alias: Vec<u32> = (0..n as u32).collect();
        let (mut small, mut large): (Vec<usize>, Vec<usize>) = (0..n).partition(|i| scaled[*i] < 1.0);
        while let (Some(s), Some(&l)) = (small.pop(), large.last()) {
            keep[s] = threshold(scaled[s]);
            alias[s] = l as u32;
            scaled[l] -= 1.0 - scaled[s];
            if scaled[l] < 1.0 {
                large.pop();
                small.push(l);
            }
        }
        // Leftovers are 1 up to rounding: always keep them.
        Alias { keep, alias }
    }

    /// One draw from one 64-bit uniform: the high half picks a column, the low half
    /// decides between it and its alias. The result is below the number of weights.
    #[inline(always)]
    pub fn pick_from(&self, r: u64) -> usize {
        let n = self.keep.len();
        let i = scale((r >> 32) as u32, n as u32) as usize;
        // SAFETY: `scale(u, n) < n` for every u (it is floor(u * n / 2^32) with
        // u < 2^32), `n` is the length of both vectors, and every alias entry is an
        // index below `n` (set by `new`). Skipping the bounds checks lets the
        // generator's block loops run without a branch per person.
        let (keep, other) = unsafe { (*self.keep.get_unchecked(i), *self.alias.get_unchecked(i) as usize) };
        // Both candidates are loaded before the choice, so it compiles to a select
        // rather than a branch on a coin flip.
        if below_threshold(r as u32, keep) { i } else { other }
    }
}

/// Intervals in a [`QuantileTable`] (a power of two, so the top bits of a 32-bit
/// uniform pick the interval and the rest interpolate within it).
const QUANTILE_POINTS: usize = 512;
/// Bits of the 32-bit uniform left after picking the interval.
const FRACTION_BITS: u32 = 32 - QUANTILE_POINTS.trailing_zeros();

/// A continuous distribution stored as its inverse CDF at evenly spaced probabilities,
/// built once per parameter draw so per-person draws are a lookup and a lerp. The
/// table has a fixed size so lookups need no bounds check.
#[derive(Debug, Clone)]
pub struct QuantileTable {
    // Inline, not boxed: an array of tables is then one block of memory, and picking
    // a person's table is an offset rather than a pointer to load.
    q: [f64; QUANTILE_POINTS + 1],
}

impl QuantileTable {
    /// Log-normal with log-mean `mu` and log-sd `sigma`, clamped to `[lo, hi]`.
    pub fn lognormal(mu: f64, sigma: f64, lo: f64, hi: f64) -> Self {
        let z = standard_normal_points();
        QuantileTable { q: std::array::from_fn(|k| (mu + sigma * z[k]).exp().clamp(lo, hi)) }
    }

    /// The same distribution truncated below at probability `u0 / 2^32` and floored at
    /// `floor`: each point read off this table, so building it costs interpolations,
    /// not transcendental functions.
    pub fn truncated_below(&self, u0: u32, floor: f64) -> Self {
        QuantileTable {
            q: std::array::from_fn(|k| {
                let u = ((k as u64) << FRACTION_BITS).min(u32::MAX as u64) as u32;
                self.at(truncate_below(u, u0)).max(floor)
            }),
        }
    }

    /// Always `value` (a placeholder that is never read).
    pub fn constant(value: f64) -> Self {
        QuantileTable { q: [value; QUANTILE_POINTS + 1] }
    }

    /// The value at probability `(u + 0.5) / 2^32`: the inverse CDF, interpolated.
    #[inline(always)]
    pub fn at(&self, u: u32) -> f64 {
        let k = (u >> FRACTION_BITS) as usize;
        let f = ((u & ((1 << FRACTION_BITS) - 1)) as f64 + 0.5) * (1.0 / (1u64 << FRACTION_BITS) as f64);
        let (a, b) = (self.q[k], self.q[k + 1]);
        a + (b - a) * f
    }
}

/// The standard normal distribution function, to within 1.5e-7 (Abramowitz and Stegun
/// 7.1.26 on the error function): enough to place a threshold on a quantile table.
pub fn normal_cdf(z: f64) -> f64 {
    let x = z.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.327_591_1 * x);
    let poly = t * (0.254_829_592 + t * (-0.284_496_736 + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    let erfc = poly * (-x * x).exp();
    if z >= 0.0 { 1.0 - 0.5 * erfc } else { 0.5 * erfc }
}

/// Maps a 32-bit uniform onto `[u0, 2^32)`: the draw of a distribution truncated below
/// at probability `u0 / 2^32`. Exact identity when `u0` is 0, so untruncated draws keep
/// their values.
#[inline(always)]
pub fn truncate_below(u: u32, u0: u32) -> u32 {
    u0 + ((u as u64 * ((1u64 << 32) - u0 as u64)) >> 32) as u32
}

/// The standard normal quantiles at a table's probabilities (the end points pulled in
/// half an interval, where the normal's are infinite): the same for every table, so
/// computed once per process rather than once per table and replicate.
fn standard_normal_points() -> &'static [f64; QUANTILE_POINTS + 1] {
    static POINTS: std::sync::OnceLock<[f64; QUANTILE_POINTS + 1]> = std::sync::OnceLock::new();
    POINTS.get_or_init(|| {
        std::array::from_fn(|k| {
            let p = (k as f64 / QUANTILE_POINTS as f64).clamp(0.5 / QUANTILE_POINTS as f64, 1.0 - 0.5 / QUANTILE_POINTS as f64);
            inverse_normal_cdf(p)
        })
    })
}

/// The standard normal quantile (Acklam's rational approximation, relative error
/// below 1.2e-9), used only to build tables.
pub fn inverse_normal_cdf(p: f64) -> f64 {
    const A: [f64; 6] = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
    const B: [f64; 5] = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
    const C: [f64; 6] = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
    const D: [f64; 4] = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
    let p_low = 0.02425;
    if p < p_low {
        let q = (-2.0 * p.ln()).sqrt();
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    } else if p <= 1.0 - p_low {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    } else {
        -inverse_normal_cdf(1.0 - p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::{Stream, stream};
    use rand::Rng;

    #[test]
    fn alias_table_reproduces_weights() {
        let alias = Alias::new(&[0.5, 0.0, 0.3, 0.2]);
        let mut rng = stream(1, 1, Stream::Population);
        let mut counts = [0usize; 4];
        for _ in 0..200_000 {
            counts[alias.pick_from(rng.next_u64())] += 1;
        }
        assert_eq!(counts[1], 0);
        for (k, w) in [(0, 0.5), (2, 0.3), (3, 0.2)] {
            assert!((counts[k] as f64 / 200_000.0 - w).abs() < 0.005, "{counts:?}");
        }
    }

    #[test]
    fn lognormal_table_has_the_right_median_and_bounds() {
        let t = QuantileTable::lognormal(1000f64.ln(), 0.5, 200.0, 3000.0);
        let mut rng = stream(2, 1, Stream::Population);
        let mut xs: Vec<f64> = (0..100_001).map(|_| t.at(rng.next_u32())).collect();
        xs.sort_by(f64::total_cmp);
        assert!((xs[50_000] / 1000.0 - 1.0).abs() < 0.02, "{}", xs[50_000]);
        assert!(xs[0] >= 200.0 && xs[100_000] <= 3000.0);
    }

    #[test]
    fn normal_cdf_inverts_the_quantile_and_truncation_keeps_the_lower_end() {
        for p in [0.001, 0.02, 0.3, 0.5, 0.8, 0.999] {
            assert!((normal_cdf(inverse_normal_cdf(p)) - p).abs() < 1e-6, "{p}");
        }
        for u in [0, 1, 12345, u32::MAX / 2, u32::MAX] {
            assert_eq!(truncate_below(u, 0), u);
            assert!(truncate_below(u, 1 << 31) >= 1 << 31);
        }
    }

    #[test]
    fn a_truncated_table_stays_above_its_floor_and_keeps_the_upper_tail() {
        let t = QuantileTable::lognormal(1000f64.ln(), 0.5, 1.0, f64::MAX);
        let floor = 1500.0_f64;
        let u0 = (normal_cdf((floor.ln() - 1000f64.ln()) / 0.5) * 4_294_967_296.0) as u32;
        let cut = t.truncated_below(u0, floor);
        let mut rng = stream(3, 1, Stream::Population);
        let xs: Vec<f64> = (0..20_000).map(|_| cut.at(rng.next_u32())).collect();
        assert!(xs.iter().all(|x| *x >= floor));
        assert!((cut.at(u32::MAX) / t.at(u32::MAX) - 1.0).abs() < 0.01, "the upper tail is kept");
        let median = {
            let mut v = xs.clone();
            v.sort_by(f64::total_cmp);
            v[10_000]
        };
        let want = t.at(truncate_below(u32::MAX / 2, u0));
        assert!((median / want - 1.0).abs() < 0.03, "{median} vs {want}");
    }

    #[test]
    fn inverse_normal_is_accurate() {
        assert!(inverse_normal_cdf(0.5).abs() < 1e-9);
        assert!((inverse_normal_cdf(0.975) - 1.959964).abs() < 1e-5);
        assert!((inverse_normal_cdf(0.001) + 3.090232).abs() < 1e-5);
    }

    #[test]
    fn bounded_truncation_matches_as() {
        for x in [0.0, 0.4, 0.5, 1.99, -0.7, 12345.5, 2.5e9, -3e9, 1e300, f64::INFINITY] {
            assert_eq!(trunc_i32(x), x as i32, "{x}");
            assert_eq!(trunc_i64(x), (x as i64).min(9_223_372_036_854_774_784), "{x}");
        }
        assert_eq!(trunc_i32(f64::NAN), i32::MIN);
    }
}
