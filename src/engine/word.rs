//! The engine's kernel for one word of 64 persons. Every provision that reaches
//! someone in the word is tried on all 64 lanes at once: fixed-size arrays, masks
//! instead of branches, 32-bit lanes, so the compiler emits vector instructions and
//! a person costs a few lane operations per provision rather than a scalar visit.
//!
//! A candidate effect is packed in a `u32` whose order is favourability: bit 31
//! "release", bit 30 "the whole remaining term goes", bits 7..30 the days, and the low
//! 7 bits `64 - k` for provision `k` (between equal effects the earlier provision
//! wins). 0 is "none". Days fit 23 bits: a term is at most 60 years (checked when a
//! spec or registry is loaded).

use super::outcome_of;
use crate::draft::{CutBase, Effect, MAX_PROVISIONS, Provision};
use crate::population::{Flags, Population, remaining_days};
use crate::random::sampling::trunc_i32;
use crate::scenario::vocab::Status;

/// Persons per word.
pub(super) const LANES: usize = 64;
/// Bit of a packed candidate: a release.
pub(super) const RELEASE: u32 = 1 << 31;
/// Bit of a packed candidate: the whole remaining term goes.
pub(super) const FULL: u32 = 1 << 30;
/// Shift of the days in a packed candidate.
pub(super) const DAYS_SHIFT: u32 = 7;
/// The days field's mask, after the shift.
pub(super) const DAYS_MASK: u32 = (1 << 23) - 1;
/// The provision tag's mask: the low [`DAYS_SHIFT`] bits.
pub(super) const TAG_MASK: u32 = (1 << DAYS_SHIFT) - 1;

// The packing's fields must not overlap and must hold what they carry: the tag
// `MAX_PROVISIONS - k` (1..=MAX_PROVISIONS) below the days, the days below FULL, FULL
// below RELEASE; and a word is one bit per lane of a `u64` mask.
const _: () = assert!(MAX_PROVISIONS as u32 <= TAG_MASK);
const _: () = assert!(DAYS_MASK << DAYS_SHIFT < FULL && FULL < RELEASE && RELEASE == 1 << 31);
const _: () = assert!((DAYS_MASK << DAYS_SHIFT) & TAG_MASK == 0);
const _: () = assert!(LANES == u64::BITS as usize);
// A term is at most 60 years (checked at load): its days fit the days field.
const _: () = assert!(60 * 366 <= DAYS_MASK);

/// A probability threshold (see [`crate::random::sampling::threshold`], up to 2^32 for "always")
/// split for 32-bit lanes.
#[derive(Clone, Copy, Debug)]
pub(super) struct Threshold32 {
    always: bool,
    below: u32,
}

impl Threshold32 {
    pub(super) fn new(t: u64) -> Self {
        Threshold32 { always: t > u32::MAX as u64, below: t.min(u32::MAX as u64) as u32 }
    }

    /// `(u as u64) < t`.
    #[inline(always)]
    fn passes(self, u: u32) -> bool {
        self.always | (u < self.below)
    }
}

/// What a provision does, in the kernel's terms.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Release,
    ReleaseIfAtMost(u32),
    Cut { fraction: f64, imposed: bool, whole: Threshold32 },
}

/// A provision resolved for the kernel, with this replicate's court threshold.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Rule {
    kind: Kind,
    tag: u32,
    court: Threshold32,
    requires_repayment: bool,
}

impl Rule {
    /// Provision `k`, with this replicate's court threshold and cut fraction (the
    /// drawn one where the draft carries the fraction as a prior).
    pub(super) fn new(k: usize, p: &Provision, court: u64, fraction: f64, whole: u64) -> Self {
        let kind = match p.effect {
            Effect::Release | Effect::CloseCase => Kind::Release,
            Effect::ReleaseIfRemainingAtMost(max) => Kind::ReleaseIfAtMost(max),
            Effect::Cut { of, .. } => Kind::Cut { fraction, imposed: of == CutBase::Imposed, whole: Threshold32::new(whole) },
        };
        Rule { kind, tag: (MAX_PROVISIONS - k) as u32, court: Threshold32::new(court), requires_repayment: p.requires_repayment }
    }
}

/// The fields the effects read, for the 64 persons of one word; masks are 0 or !0.
pub(crate) struct Word {
    remaining: [u32; LANES],
    sentence: [u32; LANES],
    life: [u32; LANES],
    pretrial: [u32; LANES],
    /// Decision uniforms: low half for the court, high half for repayment.
    court_u: [u32; LANES],
    repay_u: [u32; LANES],
    /// Whether the court reads an open cut as the whole unserved part ([`super::whole_uniform`]).
    whole_u: [u32; LANES],
    owes: [bool; LANES],
}

impl Default for Word {
    fn default() -> Self {
        Word {
            remaining: [0; LANES],
            sentence: [0; LANES],
            life: [0; LANES],
            pretrial: [0; LANES],
            court_u: [0; LANES],
            repay_u: [0; LANES],
            whole_u: [0; LANES],
            owes: [false; LANES],
        }
    }
}

/// One word's columns, full width.
struct Columns<'a> {
    sentence: &'a [u32; LANES],
    served: &'a [u32; LANES],
    flags: &'a [Flags; LANES],
    status: &'a [Status; LANES],
    damage: &'a [u64; LANES],
    u: &'a [u64; LANES],
}

impl Word {
    /// Loads persons `base..base + LANES` (fewer at the population's end: the missing
    /// lanes read as zero and are never reported).
    #[inline(always)]
    pub(super) fn load(&mut self, pop: &Population, u: &[u64], base: usize) {
        let n = pop.len();
        if base + LANES <= n {
            let w = base..base + LANES;
            let c = Columns {
                sentence: pop.sentence_days[w.clone()].try_into().expect("a word"),
                served: pop.served_days[w.clone()].try_into().expect("a word"),
                flags: pop.flags[w.clone()].try_into().expect("a word"),
                status: pop.status[w.clone()].try_into().expect("a word"),
                damage: pop.damage_kzt[w.clone()].try_into().expect("a word"),
                u: u[w].try_into().expect("a word"),
            };
            self.fill(&c);
        } else {
            let len = n - base;
            let pad = |col: &[u32]| -> [u32; LANES] { std::array::from_fn(|j| if j < len { col[base + j] } else { 0 }) };
            let (sentence, served) = (pad(&pop.sentence_days), pad(&pop.served_days));
            let flags = std::array::from_fn(|j| if j < len { pop.flags[base + j] } else { Flags::default() });
            let status = std::array::from_fn(|j| if j < len { pop.status[base + j] } else { Status::Prisoner });
            let damage = std::array::from_fn(|j| if j < len { pop.damage_kzt[base + j] } else { 0 });
            let u = std::array::from_fn(|j| if j < len { u[base + j] } else { 0 });
            self.fill(&Columns { sentence: &sentence, served: &served, flags: &flags, status: &status, damage: &damage, u: &u });
        }
    }

    #[inline(always)]
    fn fill(&mut self, c: &Columns) {
        let mask = |b: bool| 0u32.wrapping_sub(b as u32);
        for j in 0..LANES {
            let flags = c.flags[j];
            self.remaining[j] = remaining_days(c.sentence[j], c.served[j], flags);
            self.sentence[j] = c.sentence[j];
            self.life[j] = mask(flags.has(Flags::LIFE));
            self.pretrial[j] = mask(c.status[j] == Status::Pretrial);
            self.court_u[j] = c.u[j] as u32;
            self.repay_u[j] = (c.u[j] >> 32) as u32;
            self.whole_u[j] = super::whole_uniform(c.u[j]);
            self.owes[j] = (c.damage[j] > 0) & !flags.has(Flags::REPAID);
        }
    }

    /// Tries `rule` on the persons of `hits`, keeping each lane's best candidate on
    /// paper and as obtained (after the court and the repayment condition).
    #[inline(always)]
    pub(super) fn try_rule(&self, rule: &Rule, repay: Threshold32, hits: u64, paper: &mut [u32; LANES], got: &mut [u32; LANES]) {
        // Loops without the repayment test for the (many) provisions that need none.
        if rule.requires_repayment { self.try_kind::<true>(rule, repay, hits, paper, got) } else { self.try_kind::<false>(rule, repay, hits, paper, got) }
    }

    #[inline(always)]
    fn try_kind<const REPAY: bool>(&self, rule: &Rule, repay: Threshold32, hits: u64, paper: &mut [u32; LANES], got: &mut [u32; LANES]) {
        // One loop per kind, so no lane loop holds a branch on the kind.
        match rule.kind {
            Kind::Release => self.each::<REPAY>(rule, repay, hits, paper, got, |w, j| (!0, RELEASE, w.remaining[j] & !w.life[j])),
            Kind::ReleaseIfAtMost(max) => {
                self.each::<REPAY>(rule, repay, hits, paper, got, |w, j| (!w.life[j] & 0u32.wrapping_sub((w.remaining[j] <= max) as u32), RELEASE, w.remaining[j]))
            }
            Kind::Cut { fraction, imposed, whole } => self.each::<REPAY>(rule, repay, hits, paper, got, |w, j| {
                let base = if imposed { w.sentence[j] } else { w.remaining[j] };
                // Rounded half up (`+ 0.5` then truncation). Through i32, whose
                // conversions have vector instructions: terms are far below 2^31
                // days, and life terms (whose "remaining" is u32::MAX, -1 here) are
                // masked out below.
                let part = trunc_i32(base as i32 as f64 * fraction + 0.5) as u32;
                // Where the court reads the cut as the whole unserved part, all of it.
                let days = if whole.passes(w.whole_u[j]) { w.remaining[j] } else { part };
                // A cut of at least a day applies, even to a term already served.
                (!w.life[j] & !w.pretrial[j] & 0u32.wrapping_sub((days > 0) as u32), 0, days.min(w.remaining[j]))
            }),
        }
    }

    /// The lane loop: `effect(word, lane)` gives (applies mask, release bit, days);
    /// `REPAY` is the rule's `requires_repayment`.
    #[inline(always)]
    fn each<const REPAY: bool>(
        &self,
        rule: &Rule,
        repay: Threshold32,
        hits: u64,
        paper: &mut [u32; LANES],
        got: &mut [u32; LANES],
        effect: impl Fn(&Self, usize) -> (u32, u32, u32),
    ) {
        // Sixteen lanes at a time: one 512-bit register of u32 in the AVX-512 build.
        for c in 0..LANES / 16 {
            let bits = (hits >> (16 * c)) as u32 & 0xFFFF;
            for l in 0..16 {
                let j = 16 * c + l;
                let hit = 0u32.wrapping_sub((bits >> l) & 1);
                let (applies, release, days) = effect(self, j);
                let full = FULL * ((release != 0) | (days >= self.remaining[j])) as u32;
                let cand = (release | full | (days << DAYS_SHIFT) | rule.tag) & applies & hit;
                paper[j] = paper[j].max(cand);
                let repaid = !REPAY || !self.owes[j] | repay.passes(self.repay_u[j]);
                let granted = rule.court.passes(self.court_u[j]) & repaid;
                // `min` with an all-or-nothing mask rather than `&`: with `&` the
                // compiler turns the update into a masked store, which is slow.
                got[j] = got[j].max(cand.min(0u32.wrapping_sub(granted as u32)));
            }
        }
    }

    /// Whether the rule cuts (rather than releases): under [`crate::draft::Combine::Cumulative`]
    /// its days add to the others' cuts.
    #[inline(always)]
    pub(super) fn is_cut(rule: &Rule) -> bool {
        matches!(rule.kind, Kind::Cut { .. })
    }

    /// Adds the days of a cut rule's candidates (`cand`, packed) to `sum`, lane by
    /// lane; a candidate of 0 adds nothing.
    #[inline(always)]
    pub(super) fn add_days(cand: &[u32; LANES], sum: &mut [u32; LANES]) {
        for j in 0..LANES {
            sum[j] = sum[j].saturating_add(cand[j] >> DAYS_SHIFT & DAYS_MASK);
        }
    }

    /// Replaces each lane's best cut (not a release) by the sum of its cuts, capped at
    /// what remains (marked "the whole remaining term goes" when reached), keeping the
    /// tag of the largest cut: [`crate::draft::Combine::Cumulative`].
    #[inline(always)]
    pub(super) fn cumulate(&self, best: &mut [u32; LANES], sum: &[u32; LANES]) {
        for j in 0..LANES {
            let b = best[j];
            if b != 0 && b & RELEASE == 0 {
                let days = sum[j].min(self.remaining[j]).min(DAYS_MASK);
                let full = FULL * (days >= self.remaining[j]) as u32;
                best[j] = full | (days << DAYS_SHIFT) | (b & TAG_MASK);
            }
        }
    }
}

/// Each lane's outcome code, days removed and the tag of the provision it names
/// (packed as above), from the best candidates on paper and obtained, as for an
/// unexcluded person: one word's, computed once in vector code and read by the visit
/// (which marks the excluded lanes) and by attribution.
pub(crate) struct Outcomes {
    pub(super) code: [u8; LANES],
    pub(super) days: [u32; LANES],
    pub(super) tag: [u32; LANES],
}

impl Default for Outcomes {
    fn default() -> Self {
        Outcomes { code: [0; LANES], days: [0; LANES], tag: [0; LANES] }
    }
}

impl Outcomes {
    /// Fills the lanes' outcomes from `paper` and `got` by [`outcome_of`] for an
    /// unexcluded person of `word`.
    #[inline(always)]
    pub(super) fn fill(&mut self, paper: &[u32; LANES], got: &[u32; LANES], word: &Word) {
        for j in 0..LANES {
            let (code, days, which) = outcome_of(paper[j], got[j], false, word.pretrial[j] != 0);
            self.code[j] = code as u8;
            self.days[j] = days;
            self.tag[j] = which & TAG_MASK;
        }
    }
}
