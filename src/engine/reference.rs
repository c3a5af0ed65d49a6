//! The engine's first, scalar implementation of [`super::apply`], kept as the
//! reference the word kernel is tested against: one person and one provision at a
//! time, candidates packed in `u64`.

use super::{Decisions, DraftParams, Outcome, PersonResult, Workspace};
use crate::draft::{CutBase, Draft, Effect, MAX_PROVISIONS};
use crate::population::{Flags, Population};
use crate::vocab::Status;

/// What the effects need to know about one person, loaded once per person.
#[derive(Clone, Copy)]
struct Term {
    remaining: u32,
    sentence: u32,
    life: bool,
    pretrial: bool,
}

impl Term {
    #[inline(always)]
    fn of(pop: &Population, i: usize) -> Self {
        let flags = pop.flags[i];
        Term {
            remaining: crate::population::remaining_days(pop.sentence_days[i], pop.served_days[i], flags),
            sentence: pop.sentence_days[i],
            life: flags.has(Flags::LIFE),
            pretrial: pop.status[i] == Status::Pretrial,
        }
    }
}

/// The days an effect removes from a term, or `None` when it does not apply to it (a
/// cut of a life term, a remaining-term rule not met).
#[inline(always)]
fn effect_days(effect: Effect, t: Term) -> Option<(bool, u32)> {
    let remaining = t.remaining;
    match effect {
        Effect::Release | Effect::CloseCase => Some((true, if t.life { 0 } else { remaining })),
        Effect::ReleaseIfRemainingAtMost(max) => (!t.life && remaining <= max).then_some((true, remaining)),
        Effect::Cut { fraction, of } => {
            if t.life || t.pretrial {
                return None;
            }
            let base = match of {
                CutBase::Unserved => remaining,
                CutBase::Imposed => t.sentence,
            };
            // Rounded half up (`+ 0.5` then truncation: the value is never negative),
            // which avoids a libm call per person.
            let days = (base as f64 * fraction + 0.5) as u32;
            (days > 0).then_some((false, days.min(remaining)))
        }
    }
}

/// Favourability: any release beats any cut; a longer cut beats a shorter one. Bit 34
/// is "release", bit 33 "the whole remaining term goes", the low 32 bits the days.
#[inline(always)]
fn rank(release: bool, days: u32, remaining: u32) -> u64 {
    let full = release || days >= remaining;
    ((release as u64) << 34) | ((full as u64) << 33) | days as u64
}

/// Applies a draft to the persons some provision reaches, calling `visit(i, result)`
/// for each in order; everyone else is not eligible (and is not visited, which is what
/// keeps the engine fast). Conditions must have been evaluated with
/// [`evaluate_conditions`] for this population.
pub fn apply_reference<F: FnMut(usize, PersonResult)>(
    draft: &Draft,
    pop: &Population,
    ws: &Workspace,
    decisions: &Decisions,
    params: &DraftParams,
    mut visit: F,
) {
    assert!(draft.provisions.len() <= MAX_PROVISIONS, "drafts are checked to have at most {MAX_PROVISIONS} provisions");
    // Best candidate per person of the current word, on paper and as obtained, packed
    // as `rank << 7 | (64 - k)`: the larger value wins, and between equal ranks the
    // earlier provision; 0 is "none".
    let mut paper = [0u64; 64];
    let mut got = [0u64; 64];
    for w in 0..ws.reach.words.len() {
        let reach = ws.reach.words[w];
        if reach == 0 {
            continue;
        }
        let excluded = ws.excluded.words[w];
        let base = w * 64;
        // Provisions outer, persons inner: the work is proportional to the (person,
        // provision) pairs that match, not to persons x provisions.
        for (k, p) in draft.provisions.iter().enumerate() {
            let mut hits = ws.provisions[k].words[w];
            let court = params.court[k];
            let tag = (MAX_PROVISIONS - k) as u64;
            while hits != 0 {
                let j = hits.trailing_zeros() as usize;
                hits &= hits - 1;
                let i = base + j;
                let term = Term::of(pop, i);
                let Some((release, days)) = effect_days(p.effect, term) else { continue };
                let cand = rank(release, days, term.remaining) << 7 | tag;
                paper[j] = paper[j].max(cand);
                // Court and repayment are coin flips: combined without branches, so
                // the processor has nothing to mispredict.
                let u = decisions.u[i];
                let owes = (pop.damage_kzt[i] > 0) & !pop.flags[i].has(Flags::REPAID);
                let granted = ((u & 0xFFFF_FFFF) < court) & (!p.requires_repayment | !owes | ((u >> 32) < params.repay));
                got[j] = got[j].max(cand * granted as u64);
            }
        }
        let mut pending = reach;
        while pending != 0 {
            let j = pending.trailing_zeros() as usize;
            pending &= pending - 1;
            let i = base + j;
            let provision = |c: u64| (MAX_PROVISIONS as u64 - (c & 127)) as u16;
            let (best_paper, best_got) = (paper[j], got[j]);
            // Every provision's persons are in `reach`: clearing here resets the word.
            (paper[j], got[j]) = (0, 0);
            // The outcome as arithmetic on the packed candidates (see `rank`), so that
            // who was granted or refused costs no mispredicted branch.
            let g = best_got >> 7;
            let (release, full) = (g >> 34 & 1, g >> 33 & 1);
            let granted = if pop.status[i] == Status::Pretrial { Outcome::CaseClosed as u64 } else { 5 - 2 * release - (full & !release) };
            let code = if best_paper == 0 {
                Outcome::NotEligible as u64
            } else if excluded >> j & 1 != 0 {
                Outcome::Excluded as u64
            } else if best_got == 0 {
                Outcome::Denied as u64
            } else {
                granted
            };
            let obtained = code >= Outcome::Released as u64;
            let which = if obtained { best_got } else { best_paper };
            let result = PersonResult {
                outcome: Outcome::ALL[code as usize],
                days_cut: if obtained { g as u32 } else { 0 },
                provision: (best_paper != 0).then_some(provision(which)),
            };
            visit(i, result);
        }
    }
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::SHIPPED;
    use crate::engine::{apply, evaluate_conditions};
    use crate::rng::{Stream, stream};
    use crate::spec::PopulationSpec;

    /// The word kernel gives every person the reference's result, for every shipped
    /// draft, with drawn court and repayment parameters and on paper.
    #[test]
    fn word_kernel_matches_the_reference() {
        let spec = PopulationSpec::embedded().expect("spec");
        let mut seen = [false; Outcome::COUNT];
        for seed in 0..3 {
            let mut draw = Vec::new();
            spec.priors.draw(&mut stream(seed, 0, Stream::Parameters), &mut draw);
            let mut pop = crate::generate::generate(&spec, &draw, seed);
            // An odd size, so the last word is partial.
            pop.resize(pop.len() - 37 - seed as usize);
            let mut decisions = Decisions::default();
            decisions.fill(pop.len(), &mut stream(seed, 0, Stream::Decisions));
            for (id, text) in SHIPPED {
                let draft = Draft::parse(id, text).expect("shipped draft");
                let mut ws = Workspace::default();
                evaluate_conditions(&draft, &pop, &mut ws);
                let mut values = Vec::new();
                draft.priors.draw(&mut stream(seed, 1, Stream::Parameters), &mut values);
                for params in [DraftParams::new(&draft, &values), DraftParams::on_paper(&draft)] {
                    let mut want = Vec::new();
                    apply_reference(&draft, &pop, &ws, &decisions, &params, |i, r| want.push((i, r)));
                    want.iter().for_each(|(_, r)| seen[r.outcome as usize] = true);
                    for (build, got) in builds(&draft, &pop, &ws, &decisions, &params) {
                        assert_eq!(got.len(), want.len(), "{id}, seed {seed}, {build}: persons visited");
                        if let Some(((i, g), (_, w))) = got.iter().zip(&want).find(|(g, w)| g != w) {
                            panic!("{id}, seed {seed}, {build}: person {:?} got {g:?}, the reference {w:?}", pop.person(*i));
                        }
                    }
                }
            }
        }
        assert!(seen.iter().all(|s| *s), "every outcome occurs: {seen:?}");
    }

    type Visits = Vec<(usize, PersonResult)>;

    /// The results of [`apply`] and of every build of the word kernel this processor
    /// can run, named.
    fn builds(draft: &Draft, pop: &Population, ws: &Workspace, decisions: &Decisions, params: &DraftParams) -> Vec<(&'static str, Visits)> {
        use crate::engine::{Rule, Threshold32, apply_words};
        let rules: Vec<Rule> = draft.provisions.iter().enumerate().map(|(k, p)| Rule::new(k, p, params.court[k])).collect();
        let repay = Threshold32::new(params.repay);
        let mut out = Vec::new();
        let mut got = Vec::new();
        apply(draft, pop, ws, decisions, params, |i, r| got.push((i, r)));
        out.push(("apply", got));
        let mut got = Vec::new();
        apply_words(&rules, repay, pop, ws, decisions, |i, r| got.push((i, r)));
        out.push(("baseline", got));
        #[cfg(target_arch = "x86_64")]
        {
            if crate::simd::has_avx2() {
                let mut got = Vec::new();
                // SAFETY: AVX2 was detected just above.
                unsafe { crate::engine::apply_avx2(&rules, repay, pop, ws, decisions, |i, r| got.push((i, r))) };
                out.push(("avx2", got));
            }
            if crate::simd::has_avx512() {
                let mut got = Vec::new();
                // SAFETY: the AVX-512 subsets were detected just above.
                unsafe { crate::engine::apply_avx512(&rules, repay, pop, ws, decisions, |i, r| got.push((i, r))) };
                out.push(("avx512", got));
            }
        }
        out
    }
}
