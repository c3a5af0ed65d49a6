//! Random streams. Every random number in a run comes from a `Xoshiro256PlusPlus`
//! seeded by a pure function of (seed, replicate, stream), so results do not depend on
//! which thread ran which replicate, and two drafts in one replicate see the same draws.

pub mod sampling;

use rand::SeedableRng;

use crate::arch::Build;
pub use rand_xoshiro::Xoshiro256PlusPlus;

/// What a stream is used for; separate streams keep one use from shifting another's
/// numbers when it changes (a new parameter must not reshuffle court decisions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u64)]
pub enum Stream {
    /// The uncertain parameters of the spec and the drafts.
    Parameters = 1,
    /// Generating the synthetic population.
    Population = 2,
    /// Court decisions and repayment: shared by all drafts of a replicate.
    Decisions = 3,
}

#[inline]
fn splitmix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// The generator for one (seed, replicate, stream).
pub fn stream(seed: u64, replicate: u64, stream: Stream) -> Xoshiro256PlusPlus {
    let key = splitmix64(seed ^ splitmix64(replicate.wrapping_add(splitmix64(stream as u64))));
    Xoshiro256PlusPlus::seed_from_u64(key)
}

/// Generators stepped side by side in [`Lanes`].
pub const LANES: usize = 8;

/// The body of [`Lanes::fill`]'s vector builds: xoshiro256++ on the eight lanes held
/// in two pairs of 256-bit registers, with `$rotl!(k, x)` the build's 64-bit rotation.
#[cfg(target_arch = "x86_64")]
macro_rules! fill_256 {
    ($lanes:ident, $out:ident, $rotl:ident) => {
        // SAFETY: every load and store covers four u64 inside `$lanes.s[w]` (8 long)
        // or inside one `LANES`-long chunk of `$out`; unaligned accesses are used.
        unsafe {
            let load = |w: &[u64; LANES], h: usize| _mm256_loadu_si256(w.as_ptr().add(4 * h) as *const __m256i);
            let mut s0 = [load(&$lanes.s[0], 0), load(&$lanes.s[0], 1)];
            let mut s1 = [load(&$lanes.s[1], 0), load(&$lanes.s[1], 1)];
            let mut s2 = [load(&$lanes.s[2], 0), load(&$lanes.s[2], 1)];
            let mut s3 = [load(&$lanes.s[3], 0), load(&$lanes.s[3], 1)];
            for chunk in $out.chunks_exact_mut(LANES) {
                for h in 0..2 {
                    let result = _mm256_add_epi64($rotl!(23, _mm256_add_epi64(s0[h], s3[h])), s0[h]);
                    _mm256_storeu_si256(chunk.as_mut_ptr().add(4 * h) as *mut __m256i, result);
                    let t = _mm256_slli_epi64::<17>(s1[h]);
                    s2[h] = _mm256_xor_si256(s2[h], s0[h]);
                    s3[h] = _mm256_xor_si256(s3[h], s1[h]);
                    s1[h] = _mm256_xor_si256(s1[h], s2[h]);
                    s0[h] = _mm256_xor_si256(s0[h], s3[h]);
                    s2[h] = _mm256_xor_si256(s2[h], t);
                    s3[h] = $rotl!(45, s3[h]);
                }
            }
            for (w, regs) in [s0, s1, s2, s3].iter().enumerate() {
                for (h, reg) in regs.iter().enumerate() {
                    _mm256_storeu_si256($lanes.s[w].as_mut_ptr().add(4 * h) as *mut __m256i, *reg);
                }
            }
        }
    };
}

/// [`LANES`] independent `Xoshiro256PlusPlus` generators stepped in lock-step, their
/// states held column-wise so that one step of all of them is a handful of vector
/// instructions: the generator's per-person draws then cost a fraction of what one
/// scalar stream costs. Each lane is exactly `Xoshiro256PlusPlus::from_seed` of 32
/// bytes taken from a parent stream (tested below), so the numbers are still a pure
/// function of (seed, replicate).
#[derive(Clone, Debug)]
pub struct Lanes {
    s: [[u64; LANES]; 4],
}

impl Lanes {
    /// Seeds every lane with four words from `parent`.
    pub fn from_stream(parent: &mut Xoshiro256PlusPlus) -> Self {
        use rand::Rng;
        let mut s = [[0u64; LANES]; 4];
        for lane in 0..LANES {
            for word in s.iter_mut() {
                word[lane] = parent.next_u64();
            }
            // xoshiro's one forbidden state (all zero, chance 2^-256), replaced as
            // `Xoshiro256PlusPlus::from_seed` does, by the state of seed_from_u64(0).
            if (0..4).all(|w| s[w][lane] == 0) {
                let mut sm = 0u64;
                for word in s.iter_mut() {
                    sm = sm.wrapping_add(0x9E37_79B9_7F4A_7C15);
                    let mut z = sm;
                    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
                    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
                    word[lane] = z ^ (z >> 31);
                }
            }
        }
        Lanes { s }
    }

    /// The next word of every lane.
    #[inline(always)]
    pub fn step(&mut self) -> [u64; LANES] {
        let [s0, s1, s2, s3] = &mut self.s;
        let mut out = [0u64; LANES];
        for l in 0..LANES {
            out[l] = s0[l].wrapping_add(s3[l]).rotate_left(23).wrapping_add(s0[l]);
            let t = s1[l] << 17;
            s2[l] ^= s0[l];
            s3[l] ^= s1[l];
            s1[l] ^= s2[l];
            s0[l] ^= s3[l];
            s2[l] ^= t;
            s3[l] = s3[l].rotate_left(45);
        }
        out
    }

    /// Fills `out` (a multiple of [`LANES`] long) lane-interleaved: word `k` comes
    /// from lane `k % LANES`, in the build [`crate::arch::selected`] names; the
    /// numbers are the same in every build.
    #[inline]
    pub fn fill(&mut self, out: &mut [u64]) {
        self.fill_unchecked(crate::arch::selected(), out)
    }

    /// [`Lanes::fill`] in a given build; panics if the processor lacks it.
    pub fn fill_with(&mut self, build: Build, out: &mut [u64]) {
        assert!(build.supported(), "the {build:?} build needs instructions this processor lacks");
        self.fill_unchecked(build, out)
    }

    /// [`Lanes::fill`] in `build`, which must be one this processor runs.
    #[inline]
    fn fill_unchecked(&mut self, build: Build, out: &mut [u64]) {
        match build {
            // SAFETY: `build` is supported (the callers' contract).
            #[cfg(target_arch = "x86_64")]
            Build::Avx512 => unsafe { fill_avx512(self, out) },
            // SAFETY: as above.
            #[cfg(target_arch = "x86_64")]
            Build::Avx2 => unsafe { fill_avx2(self, out) },
            _ => {
                for chunk in out.chunks_exact_mut(LANES) {
                    chunk.copy_from_slice(&self.step());
                }
            }
        }
    }
}

crate::arch::on_build!(
    Avx2,
    /// [`Lanes::fill`] with the eight states in two pairs of 256-bit registers.
    fn fill_avx2(lanes: &mut Lanes, out: &mut [u64]) {
        use std::arch::x86_64::*;
        macro_rules! rotl {
            ($k:literal, $x:expr) => {
                _mm256_or_si256(_mm256_slli_epi64::<$k>($x), _mm256_srli_epi64::<{ 64 - $k }>($x))
            };
        }
        fill_256!(lanes, out, rotl);
    }
);

crate::arch::on_build!(
    Avx512,
    /// [`Lanes::fill`] with AVX-512's rotate instruction (on 256-bit registers):
    /// xoshiro's two rotations are then one instruction each instead of three.
    fn fill_avx512(lanes: &mut Lanes, out: &mut [u64]) {
        use std::arch::x86_64::*;
        macro_rules! rotl {
            ($k:literal, $x:expr) => {
                _mm256_rol_epi64::<$k>($x)
            };
        }
        fill_256!(lanes, out, rotl);
    }
);

/// A generator keyed by a parameter's name: two drafts that give the same parameter
/// (same name, same distribution) draw the same value in a replicate, which keeps their
/// comparison paired.
pub fn named(seed: u64, replicate: u64, name: &str) -> Xoshiro256PlusPlus {
    // FNV-1a: stable across platforms and Rust versions, unlike the std hasher.
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3));
    stream(seed ^ splitmix64(hash), replicate, Stream::Parameters)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::RngExt;

    #[test]
    fn streams_are_pure_and_distinct() {
        let a: u64 = stream(1, 2, Stream::Population).random();
        let b: u64 = stream(1, 2, Stream::Population).random();
        let c: u64 = stream(1, 3, Stream::Population).random();
        let d: u64 = stream(1, 2, Stream::Decisions).random();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_ne!(a, d);
    }

    #[test]
    fn every_lane_is_a_plain_xoshiro256plusplus() {
        use rand::{Rng, SeedableRng};
        let mut parent = stream(5, 6, Stream::Population);
        let mut copy = parent.clone();
        let mut lanes = Lanes::from_stream(&mut parent);
        let mut plain: Vec<Xoshiro256PlusPlus> = (0..LANES)
            .map(|_| {
                let mut seed = [0u8; 32];
                for k in 0..4 {
                    seed[k * 8..k * 8 + 8].copy_from_slice(&copy.next_u64().to_le_bytes());
                }
                Xoshiro256PlusPlus::from_seed(seed)
            })
            .collect();
        for _ in 0..100 {
            let step = lanes.step();
            for (l, g) in plain.iter_mut().enumerate() {
                assert_eq!(step[l], g.next_u64());
            }
        }
        // The vector paths (where the processor has them) give the same words.
        let mut buf = [0u64; 4 * LANES];
        let mut check = |lanes: &mut Lanes, fill: &dyn Fn(&mut Lanes, &mut [u64])| {
            fill(lanes, &mut buf);
            for chunk in buf.chunks_exact(LANES) {
                for (l, g) in plain.iter_mut().enumerate() {
                    assert_eq!(chunk[l], g.next_u64());
                }
            }
        };
        check(&mut lanes, &|l, b| l.fill(b));
        for build in Build::available() {
            check(&mut lanes, &|l, b| l.fill_with(build, b));
        }
    }
}
