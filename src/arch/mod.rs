//! Everything specific to the processor, in one place (memchr's `arch/` is the model).
//!
//! The hot loops (the generator's blocks, the condition leaves, the engine's word
//! kernel, the random lanes) exist in several *builds*: the baseline, and the same
//! source compiled for AVX2 or for AVX-512. This module holds
//! - the one list of target features per build (`avx512_build!`, `avx2_build!`),
//!   from which both the `#[target_feature]` attributes and the processor check are
//!   made, so a build can never run an instruction its check did not ask for;
//! - `multiversion!`, which compiles a function once per build behind one
//!   dispatcher, and `on_build!` for a build-specific body (intrinsics);
//! - which build runs ([`selected`]): the fastest on this processor, measured by the
//!   Monte Carlo on the run's own work ([`choose`]), or `AMNESTY_BUILD` to force one.
//!
//! Every build computes the same numbers (each kernel's tests compare every build
//! this processor runs against the baseline), so results never depend on the machine
//! or the build chosen; only the speed does.

use std::sync::atomic::{AtomicU8, Ordering};

/// A build of the hot loops.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Build {
    /// Plain x86-64 (SSE2) or whatever the target offers: runs everywhere.
    Baseline = 1,
    /// AVX2 (Haswell and Zen 1 onwards).
    Avx2 = 2,
    /// AVX-512 F, VL, DQ and BW (Skylake-SP, Ice Lake, Zen 4 onwards).
    Avx512 = 3,
}

/// The target features of the AVX-512 build: the one list. Calls
/// `$crate::arch::$callback! { { payload } Avx512 ("feature" ...) }`.
macro_rules! avx512_build {
    ($callback:ident ! { $($payload:tt)* }) => {
        $crate::arch::$callback! { { $($payload)* } Avx512 ("avx2" "avx512f" "avx512vl" "avx512dq" "avx512bw") }
    };
}

/// The target features of the AVX2 build: the one list (see [`avx512_build!`]).
macro_rules! avx2_build {
    ($callback:ident ! { $($payload:tt)* }) => {
        $crate::arch::$callback! { { $($payload)* } Avx2 ("avx2") }
    };
}

/// Calls `$callback!` once per vector build, widest first.
macro_rules! for_each_build {
    ($callback:ident ! { $($payload:tt)* }) => {
        $crate::arch::avx512_build!($callback ! { $($payload)* });
        $crate::arch::avx2_build!($callback ! { $($payload)* });
    };
}

/// `Build::supported`'s test for one build.
macro_rules! supported_arm {
    ({ $build:ident } $b:ident ($($f:tt)*)) => {
        if $build == $crate::arch::Build::$b {
            #[cfg(target_arch = "x86_64")]
            return true $(&& std::arch::is_x86_feature_detected!($f))*;
            #[cfg(not(target_arch = "x86_64"))]
            return false;
        }
    };
}

/// Prefixes an item with one build's `#[target_feature]` (x86-64 only).
macro_rules! target_item {
    ({ $item:item } $b:ident ($($f:tt)*)) => {
        #[cfg(target_arch = "x86_64")]
        #[target_feature($(enable = $f),*)]
        $item
    };
}

/// Compiles a function item for one build: `on_build!(Avx512, fn f(..) { .. })` puts
/// that build's target features (from the one list) on it. The function then runs
/// only where [`Build::supported`] holds (call it in `unsafe`, after [`selected`] or
/// [`Build::available`]).
macro_rules! on_build {
    (Avx512, $item:item) => {
        $crate::arch::avx512_build!(target_item! { $item });
    };
    (Avx2, $item:item) => {
        $crate::arch::avx2_build!(target_item! { $item });
    };
}

/// One build's branch of a [`multiversion!`] dispatcher.
macro_rules! multiversion_arm {
    ({ $build:ident [$($gen:tt)*] ($($arg:ident : $ty:ty),*) $ret:ty, $inner:path } $b:ident ($($f:tt)*)) => {
        #[cfg(target_arch = "x86_64")]
        if $build == $crate::arch::Build::$b {
            #[target_feature($(enable = $f),*)]
            fn imp<$($gen)*>($($arg: $ty),*) -> $ret {
                $inner($($arg),*)
            }
            assert!($build.supported(), "the {:?} build needs instructions this processor lacks", $build);
            // SAFETY: the processor has every feature of this build (asserted above).
            return unsafe { imp($($arg),*) };
        }
    };
}

/// Defines `fn NAME<GENERICS>(build: Build, args..) -> RET` that runs `INNER(args..)`
/// compiled for `build`: the same source, one copy per build, one dispatcher. `INNER`
/// should be `#[inline(always)]` so that its body is compiled into each copy.
///
/// ```text
/// multiversion! {
///     /// Docs.
///     pub fn leaf[](test: &Test, pop: &Population, out: &mut Mask) -> () = leaf_body;
/// }
/// ```
macro_rules! multiversion {
    ($(#[$meta:meta])* $vis:vis fn $name:ident [$($gen:tt)*] ($($arg:ident : $ty:ty),* $(,)?) -> $ret:ty = $inner:path;) => {
        $(#[$meta])*
        $vis fn $name<$($gen)*>(build: $crate::arch::Build, $($arg: $ty),*) -> $ret {
            $crate::arch::for_each_build!(multiversion_arm ! { build [$($gen)*] ($($arg: $ty),*) $ret, $inner });
            $inner($($arg),*)
        }
    };
}

pub(crate) use {avx2_build, avx512_build, for_each_build, multiversion, multiversion_arm, on_build, supported_arm, target_item};

impl Build {
    /// Every build, widest first.
    pub const ALL: [Build; 3] = [Build::Avx512, Build::Avx2, Build::Baseline];

    /// Name, as `AMNESTY_BUILD` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Build::Baseline => "baseline",
            Build::Avx2 => "avx2",
            Build::Avx512 => "avx512",
        }
    }

    /// The build of that name.
    pub fn from_name(name: &str) -> Option<Build> {
        Build::ALL.into_iter().find(|b| b.name() == name)
    }

    /// Whether this processor has every feature the build is compiled for.
    pub fn supported(self) -> bool {
        let build = self;
        for_each_build!(supported_arm! { build });
        build == Build::Baseline
    }

    /// The builds this processor runs, widest first.
    pub fn available() -> Vec<Build> {
        Build::ALL.into_iter().filter(|b| b.supported()).collect()
    }
}

/// The build in use; 0 until chosen.
static SELECTED: AtomicU8 = AtomicU8::new(0);

/// The environment variable that forces a build (`baseline`, `avx2`, `avx512`).
pub const BUILD_VARIABLE: &str = "AMNESTY_BUILD";

/// The build `AMNESTY_BUILD` asks for, if it names one this processor runs; a name it
/// does not know, or a build the processor lacks, is refused with the reason. Read by
/// the command line only, which passes it on with [`set_forced`]: the library never
/// reads the environment, so a user's variables cannot change what it computes.
pub fn from_env() -> crate::Result<Option<Build>> {
    use crate::error::{Error, Setting};
    let Ok(name) = std::env::var(BUILD_VARIABLE) else { return Ok(None) };
    match Build::from_name(name.trim()) {
        None if name.trim().is_empty() || name.trim() == "auto" => Ok(None),
        None => Err(Error::request(Setting::Build, &name, crate::i18n::Msg::new("build-unknown"))),
        Some(b) if !b.supported() => Err(Error::request(Setting::Build, &name, crate::i18n::Msg::new("build-unsupported").arg("name", name.as_str()))),
        Some(b) => Ok(Some(b)),
    }
}

/// The build forced for this process ([`set_forced`]): 0 none, else the [`Build`]'s value
/// (from 1), as [`SELECTED`] stores it.
static FORCED: AtomicU8 = AtomicU8::new(0);

/// Forces `build` for every run of this process from now on (`None`: choose by
/// timing), as `AMNESTY_BUILD` asks. Panics if the processor lacks it ([`from_env`]
/// checks that first).
pub fn set_forced(build: Option<Build>) {
    if let Some(b) = build {
        assert!(b.supported(), "the {b:?} build needs instructions this processor lacks");
    }
    FORCED.store(build.map_or(0, |b| b as u8), Ordering::Relaxed);
}

/// The build forced with [`set_forced`], if any.
fn forced() -> Option<Build> {
    Build::ALL.into_iter().find(|b| *b as u8 == FORCED.load(Ordering::Relaxed))
}

/// The build the hot loops run: the one [`choose`] measured fastest, or else the one
/// forced ([`set_forced`]), or else the widest this processor runs.
#[inline]
pub fn selected() -> Build {
    match SELECTED.load(Ordering::Relaxed) {
        3 => Build::Avx512,
        2 => Build::Avx2,
        1 => Build::Baseline,
        _ => {
            let b = forced().unwrap_or_else(|| Build::available()[0]);
            SELECTED.store(b as u8, Ordering::Relaxed);
            b
        }
    }
}

/// Whether a build has been chosen (by [`choose`], or by a first [`selected`]).
pub fn is_chosen() -> bool {
    SELECTED.load(Ordering::Relaxed) != 0
}

/// Uses `build` from now on in this process (benchmarks and tests comparing builds;
/// results are the same in every build). Panics if the processor lacks it.
pub fn force(build: Build) {
    assert!(build.supported(), "the {build:?} build needs instructions this processor lacks");
    SELECTED.store(build as u8, Ordering::Relaxed);
}

/// Chooses the build for the rest of the process: the one forced ([`set_forced`]), or
/// else the one for which `time()` (seconds for a piece of the real work, run with
/// each build selected in turn) is smallest, best of `trials` tries each. Speeds differ
/// by processor (the widest build is not always the fastest: on some processors
/// AVX-512 lowers the clock, or vector gathers are slow), so the choice is measured,
/// not assumed. Returns the build chosen.
pub fn choose(trials: usize, mut time: impl FnMut() -> f64) -> Build {
    if let Some(b) = forced() {
        force(b);
        return b;
    }
    let available = Build::available();
    let mut best = (available[0], f64::INFINITY);
    for _ in 0..trials.max(1) {
        for &b in &available {
            force(b);
            let t = time();
            if t < best.1 {
                best = (b, t);
            }
        }
    }
    force(best.0);
    best.0
}

/// The top bit of each of 64 bytes as the bits of one word (byte `j` to bit `j`): the
/// condition leaves compare 64 persons into bytes (which vectorises well), then this
/// packs them with x86's "move mask", one instruction in the AVX-512 build, two in
/// AVX2, four in the baseline (SSE2, always there on x86-64). The compiler's own
/// packing widened every byte to 64 bits first.
///
/// # Safety
/// `build` must be one this processor runs ([`Build::supported`]).
#[inline(always)]
pub(crate) unsafe fn byte_mask(build: Build, bytes: &[u8; 64]) -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::*;
        let p = bytes.as_ptr();
        // SAFETY: the caller's contract gives the instructions; the loads read the 64
        // bytes of `bytes`.
        unsafe {
            match build {
                Build::Avx512 => _mm512_movepi8_mask(_mm512_loadu_si512(p as *const __m512i)),
                Build::Avx2 => {
                    let lo = _mm256_movemask_epi8(_mm256_loadu_si256(p as *const __m256i)) as u32 as u64;
                    let hi = _mm256_movemask_epi8(_mm256_loadu_si256(p.add(32) as *const __m256i)) as u32 as u64;
                    lo | hi << 32
                }
                Build::Baseline => (0..4).fold(0u64, |bits, k| bits | (_mm_movemask_epi8(_mm_loadu_si128(p.add(16 * k) as *const __m128i)) as u16 as u64) << (16 * k)),
            }
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = build;
        bytes.iter().enumerate().fold(0u64, |bits, (j, &b)| bits | ((b >> 7) as u64) << j)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Byte `j`'s top bit lands on bit `j` in every build, whatever the other bits.
    #[test]
    fn byte_masks_agree_in_every_build() {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut cases: Vec<[u8; 64]> = vec![[0; 64], [0xFF; 64], [0x80; 64], [0x7F; 64]];
        cases.extend((0..64).map(|j| std::array::from_fn(|i| if i == j { 0xFF } else { 0 })));
        cases.extend((0..64).map(|j| std::array::from_fn(|i| if i == j { 0x01 } else { 0x80 })));
        for _ in 0..1000 {
            cases.push(std::array::from_fn(|_| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                (state >> 56) as u8
            }));
        }
        for b in &cases {
            let plain = b.iter().enumerate().fold(0u64, |bits, (j, &x)| bits | ((x >> 7) as u64) << j);
            for build in Build::available() {
                // SAFETY: `available` lists the builds this processor runs.
                assert_eq!(unsafe { byte_mask(build, b) }, plain, "{build:?}: {b:?}");
            }
        }
    }

    #[test]
    fn choose_takes_the_fastest_and_keeps_it() {
        let before = selected();
        let mut calls = Vec::new();
        let fastest = *Build::available().last().unwrap();
        let got = choose(2, || {
            calls.push(selected());
            if selected() == fastest { 1.0 } else { 2.0 }
        });
        if forced().is_none() {
            assert_eq!(got, fastest);
            assert_eq!(calls.len(), 2 * Build::available().len());
        }
        assert_eq!(selected(), got);
        force(before);
    }

    #[test]
    fn baseline_always_runs_and_names_round_trip() {
        assert!(Build::Baseline.supported());
        assert_eq!(*Build::available().last().unwrap(), Build::Baseline);
        for b in Build::ALL {
            assert_eq!(Build::from_name(b.name()), Some(b));
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn support_follows_the_feature_lists() {
        use std::arch::is_x86_feature_detected as has;
        assert_eq!(Build::Avx2.supported(), has!("avx2"));
        assert_eq!(Build::Avx512.supported(), has!("avx2") && has!("avx512f") && has!("avx512vl") && has!("avx512dq") && has!("avx512bw"));
    }

    multiversion! {
        fn add_all[](v: &[u32]) -> u64 = sum;
    }

    #[inline(always)]
    fn sum(v: &[u32]) -> u64 {
        v.iter().map(|&x| x as u64).sum()
    }

    #[test]
    fn every_build_of_a_multiversioned_function_agrees() {
        let v: Vec<u32> = (0..1000).map(|i| i * 7919 % 1013).collect();
        for b in Build::available() {
            assert_eq!(add_all(b, &v), sum(&v), "{b:?}");
        }
    }
}
