//! Which vector instruction sets the processor offers. The hot loops (the generator's
//! blocks, the engine's word kernel, the random lanes) are compiled several times,
//! for AVX-512, AVX2 and the baseline, from the same source; each call picks the
//! widest build the processor runs. Every build computes the same numbers (tested
//! where each is defined), so results do not depend on the machine.

/// Whether the processor has the AVX-512 subsets the AVX-512 builds are compiled for
/// (F, VL, DQ and BW: every AVX-512 processor since Skylake-SP has all four).
#[cfg(target_arch = "x86_64")]
#[inline]
pub fn has_avx512() -> bool {
    use std::arch::is_x86_feature_detected as has;
    has!("avx512f") && has!("avx512vl") && has!("avx512dq") && has!("avx512bw")
}

/// Whether the processor has AVX2.
#[cfg(target_arch = "x86_64")]
#[inline]
pub fn has_avx2() -> bool {
    std::arch::is_x86_feature_detected!("avx2")
}
