//! The minimal Monte Carlo kernel the engine is measured against, copied from
//! `../shared/bench/limit/src/main.rs` (67,000 persons regenerated every replicate,
//! five rules, counts by category). Only the imports differ: this crate draws from
//! `rand_xoshiro`'s `Xoshiro256PlusPlus` (the same generator) instead of `rand::rngs`.
//! The work per person is the kernel's, line for line: a change here would change
//! the yardstick, not the engine.

use rand::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;
use rayon::prelude::*;

fn sm(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E3779B97F4A7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
    z ^ (z >> 31)
}

#[inline(always)]
fn u(r: &mut Xoshiro256PlusPlus) -> u32 {
    (r.next_u64() >> 32) as u32
}

fn replicate(seed: u64, n: usize, counts: &mut [u32; 64]) {
    let mut r = Xoshiro256PlusPlus::seed_from_u64(sm(seed));
    let p_minor = 0.05 + 0.02 * (u(&mut r) as f64 / u32::MAX as f64);
    let t_minor = (p_minor * u32::MAX as f64) as u32;
    for i in 0..n {
        let status = if i < 33000 {
            0
        } else if i < 40000 {
            1
        } else {
            2
        };
        let a = r.next_u64();
        let g = (a & 0xffff_ffff) as u32;
        let gravity = if g < t_minor {
            1
        } else if g < t_minor * 2 {
            2
        } else if g < u32::MAX / 10 * 7 {
            3
        } else {
            4
        };
        let b = (a >> 32) as u32;
        let female = (b & 0xff) < 23;
        let vulnerable = ((b >> 8) & 0xff) < 26;
        let repeat = ((b >> 16) & 0xff) < 115;
        let compensated = ((b >> 24) & 0xff) < 128;
        let c = r.next_u64();
        let sentence = 180 + (c & 0xfff) as u32;
        let served = ((sentence as u64 * ((c >> 12) & 0xffff)) >> 16) as u32;
        let remaining = sentence - served;
        let court = ((c >> 40) & 0xff) < 245;
        let excluded = repeat && gravity >= 3;
        let release = !excluded && court && (gravity <= 1 || (gravity == 2 && (compensated || vulnerable)) || (gravity == 2 && remaining < 365));
        let cut = if !release && !excluded && court && gravity == 3 && vulnerable {
            remaining / 3
        } else if !release && !excluded && court && gravity == 4 {
            remaining / 4
        } else {
            0
        };
        let released_by_cut = cut > 0 && cut >= remaining;
        let outcome = if release || released_by_cut {
            1
        } else if cut > 0 {
            2
        } else {
            0
        };
        let cat = (status * 3 + outcome) as usize * 2 + female as usize;
        counts[cat] += 1;
    }
}

/// Runs `reps` replicates of `n` persons on the current rayon pool, as the kernel's
/// `main` does, and returns its check sum (so the work cannot be optimised away).
pub fn run(reps: u64, n: usize) -> u64 {
    let total: Vec<[u32; 64]> = (0..reps)
        .into_par_iter()
        .map(|rep| {
            let mut c = [0u32; 64];
            replicate(rep, n, &mut c);
            c
        })
        .collect();
    total.iter().map(|c| c[3] as u64).sum()
}
