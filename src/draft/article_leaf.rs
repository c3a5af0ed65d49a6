//! The `articles` leaf (is the person's article and part on the list?) in each build:
//! two table lookups per person, which the compiler leaves scalar, so the vector
//! builds gather 16 (AVX-512) or 8 (AVX2) persons' table entries at once. The tables'
//! shape ([`ArticleLookup`]: lengths a power of two, a clamp and a mask) keeps every
//! gathered address inside them. Every build gives the baseline's bits (tested in
//! `draft::tests`).

use super::expr::{ArticleLookup, PART_WORDS};
use super::program::Mask;
use crate::arch::Build;
use crate::scenario::vocab::{ArticleCode, PartCode};

/// Sets bit `i` of `out` (already sized to the persons) when person `i`'s article and
/// part are on the list, in `build`.
pub(crate) fn articles_in(build: Build, set: ArticleLookup, article: &[ArticleCode], part: &[PartCode], out: &mut Mask) {
    let n = out.len;
    let (article, part) = (&article[..n], &part[..n]);
    // Gathers index with 32-bit signed offsets: tables past that stay scalar.
    let fits = set.index.len() <= i32::MAX as usize / 4 && set.part_bits.len() * PART_WORDS <= i32::MAX as usize / 4;
    let full = if fits { n / 64 } else { 0 };
    match build {
        // SAFETY: the build's instructions are supported (asserted); the slices hold
        // `full * 64` persons; every gathered index is within the tables (see
        // `ArticleLookup::contains`).
        #[cfg(target_arch = "x86_64")]
        Build::Avx512 if full > 0 => {
            assert!(build.supported(), "the AVX-512 build needs instructions this processor lacks");
            unsafe { words_avx512(set, article, part, &mut out.words[..full]) }
        }
        // SAFETY: as above.
        #[cfg(target_arch = "x86_64")]
        Build::Avx2 if full > 0 => {
            assert!(build.supported(), "the AVX2 build needs instructions this processor lacks");
            unsafe { words_avx2(set, article, part, &mut out.words[..full]) }
        }
        _ => return scalar_words(set, article, part, out, 0),
    }
    scalar_words(set, article, part, out, full)
}

/// The plain loop from word `from` on (the baseline, and the vector builds' last,
/// partial word).
fn scalar_words(set: ArticleLookup, article: &[ArticleCode], part: &[PartCode], out: &mut Mask, from: usize) {
    for (w, word) in out.words.iter_mut().enumerate().skip(from) {
        let (start, end) = (w * 64, (w * 64 + 64).min(article.len()));
        *word = (start..end).fold(0u64, |bits, i| bits | (set.contains(article[i], part[i]) as u64) << (i - start));
    }
}

crate::arch::on_build!(
    Avx512,
    /// Words `0..words.len()`, 16 persons per step: gather the article's row, then the
    /// part's word of that row, then test the part's bit.
    fn words_avx512(set: ArticleLookup, article: &[ArticleCode], part: &[PartCode], words: &mut [u64]) {
        use std::arch::x86_64::*;
        assert!(article.len() >= words.len() * 64 && part.len() >= words.len() * 64, "a column per word");
        let index = set.index.as_ptr() as *const i32;
        let bits = set.part_bits.as_ptr() as *const i32;
        let last_article = _mm512_set1_epi32((set.index.len() - 1) as i32);
        let row_mask = _mm512_set1_epi32((set.part_bits.len() - 1) as i32);
        let last_word = _mm512_set1_epi32((PART_WORDS - 1) as i32);
        let (one, low5) = (_mm512_set1_epi32(1), _mm512_set1_epi32(31));
        for (w, word) in words.iter_mut().enumerate() {
            let mut out = 0u64;
            for q in 0..4 {
                let i = w * 64 + q * 16;
                // SAFETY: `i + 16 <= article.len()` and `part.len()` (asserted); both
                // types are transparent over u32 and u16; the clamp and the mask keep
                // the gathered offsets inside `index` and `part_bits`.
                unsafe {
                    let a = _mm512_loadu_si512(article.as_ptr().add(i) as *const __m512i);
                    let k = _mm512_i32gather_epi32::<4>(_mm512_min_epu32(a, last_article), index);
                    let k = _mm512_and_si512(k, row_mask);
                    let p = _mm512_cvtepu16_epi32(_mm256_loadu_si256(part.as_ptr().add(i) as *const __m256i));
                    let at = _mm512_add_epi32(_mm512_slli_epi32::<4>(k), _mm512_min_epu32(_mm512_srli_epi32::<5>(p), last_word));
                    let row = _mm512_i32gather_epi32::<4>(at, bits);
                    let hit = _mm512_test_epi32_mask(_mm512_srlv_epi32(row, _mm512_and_si512(p, low5)), one);
                    out |= (hit as u64) << (16 * q);
                }
            }
            *word = out;
        }
    }
);

crate::arch::on_build!(
    Avx2,
    /// [`words_avx512`] with 8 persons per step.
    fn words_avx2(set: ArticleLookup, article: &[ArticleCode], part: &[PartCode], words: &mut [u64]) {
        use std::arch::x86_64::*;
        assert!(article.len() >= words.len() * 64 && part.len() >= words.len() * 64, "a column per word");
        let index = set.index.as_ptr() as *const i32;
        let bits = set.part_bits.as_ptr() as *const i32;
        let last_article = _mm256_set1_epi32((set.index.len() - 1) as i32);
        let row_mask = _mm256_set1_epi32((set.part_bits.len() - 1) as i32);
        let last_word = _mm256_set1_epi32((PART_WORDS - 1) as i32);
        let low5 = _mm256_set1_epi32(31);
        for (w, word) in words.iter_mut().enumerate() {
            let mut out = 0u64;
            for q in 0..8 {
                let i = w * 64 + q * 8;
                // SAFETY: as in `words_avx512`, for 8 persons.
                unsafe {
                    let a = _mm256_loadu_si256(article.as_ptr().add(i) as *const __m256i);
                    let k = _mm256_i32gather_epi32::<4>(index, _mm256_min_epu32(a, last_article));
                    let k = _mm256_and_si256(k, row_mask);
                    let p = _mm256_cvtepu16_epi32(_mm_loadu_si128(part.as_ptr().add(i) as *const __m128i));
                    let at = _mm256_add_epi32(_mm256_slli_epi32::<4>(k), _mm256_min_epu32(_mm256_srli_epi32::<5>(p), last_word));
                    let row = _mm256_i32gather_epi32::<4>(bits, at);
                    // The part's bit moved to the sign bit, read as a byte of lanes.
                    let hit = _mm256_sllv_epi32(row, _mm256_sub_epi32(low5, _mm256_and_si256(p, low5)));
                    out |= (_mm256_movemask_ps(_mm256_castsi256_ps(hit)) as u8 as u64) << (8 * q);
                }
            }
            *word = out;
        }
    }
);
