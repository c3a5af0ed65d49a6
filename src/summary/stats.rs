//! Statistics over replicates that need constant memory per row: Welford's mean and
//! variance and the P-square quantile estimator (Jain & Chlamtac 1985). Both consume
//! values in replicate order, so results are identical whatever the thread count.

/// Streaming mean and standard deviation.
#[derive(Debug, Clone, Copy, Default)]
pub struct Welford {
    n: u64,
    mean: f64,
    m2: f64,
}

impl Welford {
    /// Adds one value.
    #[inline]
    pub fn push(&mut self, x: f64) {
        self.n += 1;
        let d = x - self.mean;
        self.mean += d / self.n as f64;
        self.m2 += d * (x - self.mean);
    }

    /// Mean so far.
    pub fn mean(&self) -> f64 {
        self.mean
    }

    /// Sample standard deviation (0 for fewer than two values).
    pub fn sd(&self) -> f64 {
        if self.n < 2 { 0.0 } else { (self.m2 / (self.n - 1) as f64).sqrt() }
    }
}

/// Streaming estimate of one quantile with five markers.
#[derive(Debug, Clone, Copy)]
pub struct P2 {
    p: f64,
    n: usize,
    q: [f64; 5],
    /// Marker positions: whole numbers, kept as integers (every use below converts a
    /// difference exactly, so the arithmetic is that of positions held as `f64`).
    pos: [i64; 5],
    want: [f64; 5],
    step: [f64; 5],
}

impl P2 {
    /// An estimator of quantile `p` in (0, 1).
    pub fn new(p: f64) -> Self {
        P2 { p, n: 0, q: [0.0; 5], pos: [1, 2, 3, 4, 5], want: [1.0, 1.0 + 2.0 * p, 1.0 + 4.0 * p, 3.0 + 2.0 * p, 5.0], step: [0.0, p / 2.0, p, (1.0 + p) / 2.0, 1.0] }
    }

    /// Adds one value.
    pub fn push(&mut self, x: f64) {
        if self.n < 5 {
            self.q[self.n] = x;
            self.n += 1;
            if self.n == 5 {
                self.q.sort_by(f64::total_cmp);
            }
            return;
        }
        self.n += 1;
        // The cell of `x` without a branch on it (which the draws make unpredictable):
        // the markers are sorted, so the first marker above `x` is one past the count
        // of inner markers at or below it; the end markers stretch to take `x`.
        let q = &mut self.q;
        let k = (x >= q[1]) as usize + (x >= q[2]) as usize + (x >= q[3]) as usize;
        q[0] = if x < q[0] { x } else { q[0] };
        q[4] = if x >= q[4] { x } else { q[4] };
        // Positions are at least 1: adding 0.0 leaves those at or below the cell as
        // they are.
        for i in 1..5 {
            self.pos[i] += (i > k) as i64;
        }
        for i in 0..5 {
            self.want[i] += self.step[i];
        }
        for i in 1..4 {
            let d = self.want[i] - self.pos[i] as f64;
            if (d >= 1.0 && self.pos[i + 1] - self.pos[i] > 1) || (d <= -1.0 && self.pos[i - 1] - self.pos[i] < -1) {
                let s = d.signum();
                let candidate = self.parabolic(i, s);
                self.q[i] = if self.q[i - 1] < candidate && candidate < self.q[i + 1] { candidate } else { self.linear(i, s) };
                self.pos[i] += s as i64;
            }
        }
    }

    fn parabolic(&self, i: usize, s: f64) -> f64 {
        let (q, n) = (&self.q, &self.pos);
        // Differences of positions, exact in f64 (positions are far below 2^53).
        let gap = |a: usize, b: usize| (n[a] - n[b]) as f64;
        q[i] + s / gap(i + 1, i - 1) * ((gap(i, i - 1) + s) * (q[i + 1] - q[i]) / gap(i + 1, i) + (gap(i + 1, i) - s) * (q[i] - q[i - 1]) / gap(i, i - 1))
    }

    fn linear(&self, i: usize, s: f64) -> f64 {
        let j = if s > 0.0 { i + 1 } else { i - 1 };
        self.q[i] + s * (self.q[j] - self.q[i]) / (self.pos[j] - self.pos[i]) as f64
    }

    /// The current estimate (exact for fewer than six values).
    pub fn value(&self) -> f64 {
        if self.n <= 5 {
            let mut v = self.q[..self.n].to_vec();
            v.sort_by(f64::total_cmp);
            return quantile_sorted(&v, self.p);
        }
        self.q[2]
    }
}

/// The interval's three quantile estimators for one row, idle while every value so
/// far is the same: many rows are zero in every replicate (probationers' bed-days,
/// pre-trial cuts) and would otherwise cost three estimator updates each per
/// replicate. The first different value replays the constant run into the
/// estimators, so the estimates are exactly those of pushing every value.
#[derive(Debug, Clone, Copy)]
pub struct Quantiles {
    probs: [f64; 3],
    /// Values pushed while all equal (bitwise) to `value`.
    run: u64,
    value: f64,
    estimators: Option<[P2; 3]>,
}

impl Quantiles {
    /// Estimators of the three quantiles `probs`.
    pub fn new(probs: [f64; 3]) -> Self {
        Quantiles { probs, run: 0, value: 0.0, estimators: None }
    }

    /// Adds one value.
    #[inline]
    pub fn push(&mut self, x: f64) {
        match &mut self.estimators {
            Some(est) => est.iter_mut().for_each(|q| q.push(x)),
            None if self.run == 0 || x.to_bits() == self.value.to_bits() => {
                self.value = x;
                self.run += 1;
            }
            None => {
                let mut est = self.probs.map(P2::new);
                for q in &mut est {
                    (0..self.run).for_each(|_| q.push(self.value));
                    q.push(x);
                }
                self.estimators = Some(est);
            }
        }
    }

    /// The current estimates, in the order of `probs`.
    pub fn values(&self) -> [f64; 3] {
        match &self.estimators {
            Some(est) => est.map(|q| q.value()),
            // Every quantile of a constant sequence is the constant (0 when empty, as P2).
            None => [if self.run == 0 { 0.0 } else { self.value }; 3],
        }
    }
}

/// Linear-interpolation quantile (R type 7) of sorted values.
pub fn quantile_sorted(sorted: &[f64], p: f64) -> f64 {
    match sorted.len() {
        0 => 0.0,
        1 => sorted[0],
        n => {
            let h = (n - 1) as f64 * p;
            let lo = h.floor() as usize;
            let hi = (lo + 1).min(n - 1);
            sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn welford_matches_two_pass() {
        let xs = [3.0, 5.0, 9.0, 1.0, 7.0];
        let mut w = Welford::default();
        xs.iter().for_each(|x| w.push(*x));
        assert!((w.mean() - 5.0).abs() < 1e-12);
        assert!((w.sd() - 10f64.sqrt()).abs() < 1e-12);
    }

    #[test]
    fn p2_tracks_quantiles_of_a_long_stream() {
        let mut rng = crate::random::stream(1, 1, crate::random::Stream::Parameters);
        let mut xs: Vec<f64> = Vec::new();
        let (mut lo, mut mid, mut hi) = (P2::new(0.05), P2::new(0.5), P2::new(0.95));
        for _ in 0..5000 {
            let x: f64 = rand::RngExt::random::<f64>(&mut rng) * 100.0;
            xs.push(x);
            lo.push(x);
            mid.push(x);
            hi.push(x);
        }
        xs.sort_by(f64::total_cmp);
        for (est, p) in [(lo, 0.05), (mid, 0.5), (hi, 0.95)] {
            assert!((est.value() - quantile_sorted(&xs, p)).abs() < 1.5, "{p}: {} vs {}", est.value(), quantile_sorted(&xs, p));
        }
        let mut small = P2::new(0.5);
        [4.0, 1.0, 3.0].iter().for_each(|x| small.push(*x));
        assert_eq!(small.value(), 3.0);
    }

    #[test]
    fn idle_quantiles_equal_plain_estimators() {
        let probs = [0.05, 0.5, 0.95];
        let mut rng = crate::random::stream(2, 1, crate::random::Stream::Parameters);
        for (prefix, len) in [(0, 0), (3, 3), (7, 7), (40, 41), (40, 400), (0, 300)] {
            let mut lazy = Quantiles::new(probs);
            let mut plain = probs.map(P2::new);
            for k in 0..len {
                let x = if k < prefix { 2.5 } else { (rand::RngExt::random::<f64>(&mut rng) * 10.0).floor() };
                lazy.push(x);
                plain.iter_mut().for_each(|q| q.push(x));
                let want = plain.map(|q| q.value());
                assert_eq!(lazy.values().map(f64::to_bits), want.map(f64::to_bits), "prefix {prefix}, value {k}");
            }
        }
    }
}
