//! A reference engine written from the README's rules alone, to test the word kernel
//! against: one person at a time, conditions evaluated by the name-based reference
//! evaluator (not the bitsets), effects compared as plain tuples, outcomes chosen by
//! `if`s. It shares no packing and no outcome arithmetic with [`super::apply`]; only
//! the random decisions (the court's and the repayment's uniforms) are common inputs.
//!
//! The rules (README "Shipped drafts"): each person gets the single most favourable
//! effect among the provisions that apply to their status and condition; any release
//! beats any cut, a cut that takes the whole remaining term beats one that does not,
//! a longer cut beats a shorter one, and between equals the earlier provision counts.
//! Exclusions override everything: a person whom some provision's condition reaches
//! and an exclusion keeps out is excluded, whether or not an effect could apply. Under
//! a cumulative draft the cuts obtained (and those on paper) add up, capped at what is
//! left, where no release applies. A cut is the fraction of the term imposed or of the
//! part left, rounded half up, and at most what is left: a cut that takes all of it
//! releases the person. Life terms have no end, so no cut or remaining-term rule
//! applies to them. The court grants each provision with its probability; a provision
//! that requires repayment is obtained by a person who owes damage only if they repay
//! in time.

use super::{Decisions, DraftParams, Outcome, PersonResult};
use crate::draft::program::reference::eval;
use crate::draft::{Combine, CutBase, Draft, Effect};
use crate::population::{Flags, Person, Population};
use crate::scenario::vocab::Status;

/// What one provision would give one person: (release, whole remaining term, days),
/// compared as a tuple; `None` when its effect does not apply to them.
fn effect_on(effect: Effect, fraction: f64, whole: bool, p: &Person) -> Option<(bool, bool, u32)> {
    let life = p.flags.has(Flags::LIFE);
    let left = if life { 0 } else { p.sentence_days.saturating_sub(p.served_days) };
    match effect {
        Effect::Release | Effect::CloseCase => Some((true, true, left)),
        Effect::ReleaseIfRemainingAtMost(max) => {
            if life || left > max {
                None
            } else {
                Some((true, true, left))
            }
        }
        Effect::Cut { of, .. } => {
            if life || p.status == Status::Pretrial {
                return None;
            }
            let base = match of {
                CutBase::Unserved => left,
                CutBase::Imposed => p.sentence_days,
            };
            let days = if whole { left } else { (base as f64 * fraction + 0.5).floor() as u32 };
            if days == 0 { None } else { Some((false, days >= left, days.min(left))) }
        }
    }
}

/// The result for every person of `pop` (`None` for those no provision reaches, whom
/// the engine does not visit).
pub fn apply_reference(draft: &Draft, pop: &Population, decisions: &Decisions, params: &DraftParams) -> Vec<Option<PersonResult>> {
    (0..pop.len())
        .map(|i| {
            let p = pop.person(i);
            let matching: Vec<usize> = (0..draft.provisions.len()).filter(|&k| draft.provisions[k].applies_to_status(p.status) && eval(&draft.provisions[k].when, &p)).collect();
            if matching.is_empty() {
                return None;
            }
            let u = decisions.u[i];
            let (court_u, repay_u) = (u & 0xFFFF_FFFF, u >> 32);
            let owes = p.damage_kzt > 0 && !p.flags.has(Flags::REPAID);
            // The best on paper and the best obtained: a strictly better effect
            // replaces the one held, so between equals the earlier provision stays.
            let mut paper: Option<(usize, (bool, bool, u32))> = None;
            let mut got: Option<(usize, (bool, bool, u32))> = None;
            // The days of every cut, on paper and obtained (a cumulative draft adds them).
            let (mut paper_cuts, mut got_cuts) = (0u32, 0u32);
            for &k in &matching {
                let whole = (super::whole_uniform(u) as u64) < params.whole[k];
                let Some(e) = effect_on(draft.provisions[k].effect, params.fraction[k], whole, &p) else { continue };
                let is_cut = matches!(draft.provisions[k].effect, Effect::Cut { .. });
                if is_cut {
                    paper_cuts += e.2;
                }
                let first = draft.combine == Combine::FirstListed;
                if paper.is_none_or(|(_, best)| !first && e > best) {
                    paper = Some((k, e));
                }
                let court = court_u < params.court[k];
                let repaid = !draft.provisions[k].requires_repayment || !owes || repay_u < params.repay;
                if court && repaid {
                    if is_cut {
                        got_cuts += e.2;
                    }
                    if got.is_none_or(|(_, best)| !first && e > best) {
                        got = Some((k, e));
                    }
                }
            }
            if draft.combine == Combine::Cumulative {
                let left = p.sentence_days.saturating_sub(p.served_days);
                let add = |best: &mut Option<(usize, (bool, bool, u32))>, sum: u32| {
                    if let Some((_, e)) = best
                        && !e.0
                    {
                        let days = sum.min(left);
                        *e = (false, days >= left, days);
                    }
                };
                add(&mut paper, paper_cuts);
                add(&mut got, got_cuts);
            }
            let excluded = draft.exclusions.iter().any(|x| eval(&x.when, &p));
            let result = match (paper, got) {
                _ if excluded => PersonResult { outcome: Outcome::Excluded, days_cut: 0, provision: paper.map(|(k, _)| k as u16) },
                (None, _) => PersonResult { outcome: Outcome::NotEligible, days_cut: 0, provision: None },
                (Some((k, _)), None) => PersonResult { outcome: Outcome::Denied, days_cut: 0, provision: Some(k as u16) },
                (Some(_), Some((k, (release, whole, days)))) => {
                    let outcome = if p.status == Status::Pretrial {
                        Outcome::CaseClosed
                    } else if release {
                        Outcome::Released
                    } else if whole {
                        Outcome::ReleasedByCut
                    } else {
                        Outcome::Cut
                    };
                    PersonResult { outcome, days_cut: days, provision: Some(k as u16) }
                }
            };
            Some(result)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::SHIPPED;
    use crate::engine::{Workspace, apply, evaluate_conditions};
    use crate::random::{Stream, stream};
    use crate::scenario::spec::PopulationSpec;
    use proptest::prelude::*;

    type Visits = Vec<(usize, PersonResult)>;

    /// The results of [`apply`] and of every build of the word kernel, named; a build
    /// this processor cannot run is named in the second list, to be reported.
    pub(crate) fn builds(draft: &Draft, pop: &Population, ws: &Workspace, decisions: &Decisions, params: &DraftParams) -> (Vec<(&'static str, Visits)>, Vec<&'static str>) {
        use crate::engine::{Rule, Threshold32};
        let rules: Vec<Rule> = draft.provisions.iter().enumerate().map(|(k, p)| Rule::new(k, p, params.court[k], params.fraction[k], params.whole[k])).collect();
        let repay = Threshold32::new(params.repay);
        let (mut out, mut missing) = (Vec::new(), Vec::new());
        let mut got = Vec::new();
        apply(draft, pop, ws, decisions, params, |i, r| got.push((i, r)));
        out.push(("apply", got));
        for build in crate::arch::Build::ALL {
            if build.supported() {
                let mut got = Vec::new();
                let kernel = crate::engine::Kernel { rules: &rules, repay, pop, ws, decisions };
                if draft.combine == Combine::Cumulative {
                    crate::engine::apply_kernel(build, &kernel, |i, r| got.push((i, r)), &mut crate::engine::Cumulate::default());
                } else if draft.combine == Combine::FirstListed {
                    crate::engine::apply_kernel(build, &kernel, |i, r| got.push((i, r)), &mut crate::engine::FirstListed::default());
                } else {
                    crate::engine::apply_kernel(build, &kernel, |i, r| got.push((i, r)), &mut crate::engine::NoHook);
                }
                out.push((build.name(), got));
            } else {
                missing.push(build.name());
            }
        }
        (out, missing)
    }

    /// Says which builds this processor could not test, where a person running the
    /// tests sees it (past the harness's capture of passing tests' output).
    fn report_untested(missing: &[&str]) {
        use std::io::Write;
        if !missing.is_empty() {
            let _ = writeln!(std::io::stderr(), "\nNOT TESTED on this processor: the {} build(s) of the word kernel (the instructions are missing)\n", missing.join(", "));
        }
    }

    /// Every build against the reference on one draft, population and parameters.
    fn compare(label: &str, draft: &Draft, pop: &Population, decisions: &Decisions, params: &DraftParams, seen: &mut [bool; Outcome::COUNT]) -> Result<Vec<&'static str>, String> {
        let want = apply_reference(draft, pop, decisions, params);
        let want: Visits = want.into_iter().enumerate().filter_map(|(i, r)| r.map(|r| (i, r))).collect();
        want.iter().for_each(|(_, r)| seen[r.outcome as usize] = true);
        let mut ws = Workspace::default();
        evaluate_conditions(draft, pop, &mut ws);
        let (got, missing) = builds(draft, pop, &ws, decisions, params);
        for (build, got) in got {
            if got.len() != want.len() {
                return Err(format!("{label}, {build}: {} persons visited, the reference {}", got.len(), want.len()));
            }
            if let Some(((i, g), (_, w))) = got.iter().zip(&want).find(|(g, w)| g != w) {
                return Err(format!("{label}, {build}: person {:?} got {g:?}, the reference {w:?}", pop.person(*i)));
            }
        }
        Ok(missing)
    }

    /// Every build gives every person the reference's result, for every shipped draft,
    /// with drawn court and repayment parameters and on paper.
    #[test]
    fn every_build_matches_the_reference_on_the_shipped_drafts() {
        let spec = PopulationSpec::embedded_default().expect("spec");
        let mut seen = [false; Outcome::COUNT];
        let mut missing = Vec::new();
        for seed in 0..2 {
            let mut draw = Vec::new();
            spec.draw_parameters_into(seed, 0, &mut draw);
            let mut pop = crate::population::generate::replicate_population(&spec, &draw, seed, 0);
            // An odd size, so the last word is partial.
            pop.resize(pop.len() - 37 - seed as usize);
            let mut decisions = Decisions::default();
            decisions.draw(pop.len(), seed, 0);
            for (id, text) in SHIPPED {
                let draft = Draft::parse(id, text).expect("shipped draft");
                let mut values = Vec::new();
                draft.priors.draw(&mut stream(seed, 1, Stream::Parameters), &mut values);
                for params in [DraftParams::new(&draft, &values), DraftParams::on_paper(&draft)] {
                    missing = compare(&format!("{id}, seed {seed}"), &draft, &pop, &decisions, &params, &mut seen).unwrap_or_else(|e| panic!("{e}"));
                }
            }
        }
        report_untested(&missing);
        assert!(seen.iter().all(|s| *s), "every outcome occurs: {seen:?}");
    }

    /// One random provision: a condition from a pool (including vulnerable groups,
    /// remaining-term tests and sub-parts), an effect with a random number, statuses,
    /// repayment.
    fn provision() -> impl Strategy<Value = String> {
        let when = prop::sample::select(vec![
            "gravity <= minor",
            "gravity == medium",
            "gravity >= grave",
            "vulnerable",
            "not civil_claim",
            "repaid",
            "remaining <= 1y",
            "sentence > 5y",
            "tag == large_scale",
            "article in [188, 190, 297]",
            "part >= 3",
            "elderly or mother",
            "age < 25",
            "recidivism == none",
            "true",
            "life",
            "damage > 1_000_000",
        ]);
        let effect = prop_oneof![
            Just("\"release\"".to_string()),
            (1u32..2000).prop_map(|d| format!("{{ release_if_remaining_at_most = \"{d}d\" }}")),
            (0.0f64..1.2, any::<bool>()).prop_map(|(f, imposed)| format!(
                "{{ cut = {{ fraction = {:.4}, of = \"{}\" }} }}",
                f.min(1.0),
                if imposed { "imposed" } else { "unserved" }
            )),
            // A cut the law leaves open: a drawn fraction, and a share read as the whole.
            (0.0f64..=1.0).prop_map(|w| format!(
                "{{ cut = {{ fraction = {{ uniform = [0.05, 0.95], assumption = \"test\" }}, whole_share = {{ value = {w:.3}, assumption = \"test\" }}, of = \"unserved\" }} }}"
            )),
        ];
        let statuses = prop::sample::select(vec!["[\"prisoner\"]", "[\"probationer\"]", "[\"prisoner\", \"probationer\"]"]);
        (when, effect, statuses, any::<bool>(), any::<bool>()).prop_map(|(w, e, s, repay, close)| {
            if close {
                format!("applies_to = [\"pretrial\"]\nwhen = \"{w}\"\neffect = \"close_case\"\n{}", if repay { "requires = \"repayment\"\n" } else { "" })
            } else {
                format!("applies_to = {s}\nwhen = \"{w}\"\neffect = {e}\n{}", if repay { "requires = \"repayment\"\n" } else { "" })
            }
        })
    }

    fn random_draft() -> impl Strategy<Value = String> {
        let exclusions = prop::collection::vec(prop::sample::select(vec!["tag == corruption", "recidivism == dangerous_repeat", "life", "foreign", "age > 60"]), 0..3);
        let listed = prop::option::of(prop::sample::select(vec!["[\"99\", \"188(3)\"]", "[\"297(2,3,4)\", \"191(2)\", \"106\"]", "[\"190(4)\", \"120(3-1)\"]"]));
        (prop::collection::vec(provision(), 1..7), exclusions, 0.05f64..1.0, 0.0f64..1.0, 0u8..3, listed).prop_map(|(ps, xs, grant, repay, combine, listed)| {
            let mut t = format!(
                "[draft]\nid = \"random\"\ntitle = \"random\"\neffective_date = \"2025-06-23\"\noffence_cutoff = \"2025-06-23\"\ncourt_grant = {{ value = {grant:.3}, assumption = \"test\" }}\nrepayment_in_time = {{ value = {repay:.3}, assumption = \"test\" }}\n[draft.source]\nlaw = \"test\"\n"
            );
            if combine > 0 {
                let rule = if combine == 1 { "cumulative" } else { "first_listed" };
                t.push_str(&format!("[draft.combine]\nrule = \"{rule}\"\nassumption = \"test\"\n"));
            }
            for x in xs {
                t.push_str(&format!("\n[[exclude]]\ncite = \"x\"\nwhen = \"{x}\"\n"));
            }
            if let Some(list) = listed {
                t.push_str(&format!("\n[[exclude]]\ncite = \"x\"\narticles = {list}\n"));
            }
            for (k, p) in ps.iter().enumerate() {
                t.push_str(&format!("\n[[provision]]\nid = \"p{k}\"\ncite = \"c\"\n{p}"));
            }
            t
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 40, .. ProptestConfig::default() })]

        /// Random drafts on random populations (random parameters, sizes with a partial
        /// last word): every build equals the reference, person by person.
        #[test]
        fn every_build_matches_the_reference_on_random_drafts(text in random_draft(), seed in 0u64..1000, cut in 0usize..64) {
            let draft = Draft::parse("random.toml", &text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
            let spec = PopulationSpec::embedded_default().expect("spec");
            let mut draw = Vec::new();
            spec.draw_parameters_into(seed, 0, &mut draw);
            let mut pop = crate::population::generate::replicate_population(&spec, &draw, seed, 0);
            pop.resize(3000 + cut);
            let mut decisions = Decisions::default();
            decisions.draw(pop.len(), seed, 0);
            let mut values = Vec::new();
            draft.priors.draw(&mut stream(seed, 1, Stream::Parameters), &mut values);
            let mut seen = [false; Outcome::COUNT];
            for params in [DraftParams::new(&draft, &values), DraftParams::on_paper(&draft)] {
                compare(&format!("seed {seed}"), &draft, &pop, &decisions, &params, &mut seen).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
            }
        }
    }
}
