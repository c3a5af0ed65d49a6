//! Invariants of the engine and the Monte Carlo, checked on random seeds and drafts.

mod common;

use amnesty_sim::draft::{Draft, SHIPPED};
use amnesty_sim::engine::tally::{Tally, breakdowns};
use amnesty_sim::engine::{Decisions, DraftParams, Outcome, Workspace, apply, evaluate_conditions};
use amnesty_sim::montecarlo::{PopulationSource, RunConfig, run};
use amnesty_sim::population::generate::replicate_population;
use amnesty_sim::scenario::spec::PopulationSpec;
use amnesty_sim::scenario::vocab::Status;
use common::shipped;
use proptest::prelude::*;

fn spec() -> PopulationSpec {
    PopulationSpec::embedded_default().unwrap()
}

fn config(replicates: u64, seed: u64, threads: usize) -> RunConfig {
    RunConfig::new(replicates, seed, threads)
}

/// Replaces the draft id so two variants can run side by side.
fn renamed(text: &str, id: &str) -> String {
    let start = text.find("\nid = \"").unwrap() + 7;
    let end = start + text[start..].find('"').unwrap();
    format!("{}{}{}", &text[..start], id, &text[end..])
}

fn column(result: &amnesty_sim::montecarlo::RunResult, name: &str) -> Vec<f64> {
    let j = result.replicates.columns.iter().position(|c| c.to_string() == name).unwrap_or_else(|| panic!("no column {name}"));
    result.replicates.rows.iter().map(|r| r[j]).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, .. ProptestConfig::default() })]

    /// Persons are conserved per status; a cut never exceeds the remaining term;
    /// pre-trial persons get nothing but a closed case.
    #[test]
    fn per_person_invariants(seed in 0u64..10_000, draft_ix in 0usize..SHIPPED.len()) {
        let spec = spec();
        let draft = Draft::parse(SHIPPED[draft_ix].0, SHIPPED[draft_ix].1).unwrap();
        let pop = replicate_population(&spec, &spec.parameter_draw(seed, 0, false), seed, 0);
        let mut ws = Workspace::default();
        evaluate_conditions(&draft, &pop, &mut ws);
        let mut decisions = Decisions::default();
        decisions.draw(pop.len(), seed, 0);
        let values = amnesty_sim::montecarlo::draft_values(&draft, seed, 0);
        let mut failure = None;
        let mut tally = Tally::new(&draft);
        let n_prov = draft.provisions.len();
        let (mut base, mut profiles) = (Vec::new(), Vec::new());
        tally.population_counts(&pop, &mut base, &mut profiles);
        apply(&draft, &pop, &ws, &decisions, &DraftParams::new(&draft, &values), |i, r| {
            tally.add(pop.status[i], profiles[i], r, n_prov);
            let remaining = pop.remaining_days(i);
            let ok = r.days_cut <= remaining
                && (pop.status[i] != Status::Pretrial || matches!(r.outcome, Outcome::CaseClosed | Outcome::NotEligible | Outcome::Excluded | Outcome::Denied))
                && (pop.status[i] == Status::Pretrial || r.outcome != Outcome::CaseClosed)
                && (r.outcome != Outcome::Cut || r.days_cut < remaining)
                && (r.outcome.covered() || r.days_cut == 0);
            if !ok && failure.is_none() {
                failure = Some(format!("person {:?} got {:?}", pop.person(i), r));
            }
        });
        prop_assert!(failure.is_none(), "{}", failure.unwrap_or_default());
        // Completing the tally with the persons no provision reaches conserves persons
        // per status in every breakdown level's sum.
        tally.complete(&base);
        let counts = pop.count_by_status();
        for (s, want) in counts.iter().enumerate() {
            // A person counts once in each level of every breakdown but
            // `vulnerable_category`, where they count once per category they belong to.
            let memberships: usize = (0..pop.len()).filter(|&i| pop.status[i] as usize == s).map(|i| pop.vulnerability[i].0.count_ones() as usize).sum();
            for b in breakdowns(&draft) {
                let got: u32 = (0..Outcome::COUNT).flat_map(|o| (0..b.levels.len()).map(move |l| (o, l))).map(|(o, l)| tally.persons[tally.index(s, o, b.offset + l)]).sum();
                let want = if b.kind.name() == "vulnerable_category" { memberships } else { *want };
                prop_assert_eq!(got as usize, want, "status {} breakdown {}", s, b.kind);
            }
        }
    }

    /// Adding an exclusion never raises releases or coverage, in any replicate.
    #[test]
    fn an_exclusion_never_raises_releases(seed in 0u64..1000, extra in prop::sample::select(vec![
        "sex == female", "age < 30", "tag == property", "gravity == medium", "remaining > 1y", "vulnerable", "repaid", "article == 190",
    ])) {
        let base = SHIPPED.iter().find(|(i, _)| *i == "kz-2025-enacted").unwrap().1;
        let a = Draft::parse("a", &renamed(base, "a")).unwrap();
        let b_text = format!("{}\n[[exclude]]\ncite = \"test\"\nwhen = \"{extra}\"\n", renamed(base, "b"));
        let b = Draft::parse("b", &b_text).unwrap();
        let result = run(&spec(), &PopulationSource::Synthetic, &[a, b], &config(3, seed, 2)).unwrap();
        for outcome in ["released", "released_by_cut", "cut", "covered"] {
            let (x, y) = (column(&result, &format!("a:persons:all:{outcome}")), column(&result, &format!("b:persons:all:{outcome}")));
            if outcome == "released" || outcome == "covered" {
                for (r, (x, y)) in x.iter().zip(&y).enumerate() {
                    prop_assert!(y <= x, "replicate {r}: {outcome} rose from {x} to {y} with exclusion `{extra}`");
                }
            }
        }
    }

    /// A draft whose provisions are supersets of another's never gives fewer releases.
    #[test]
    fn a_superset_draft_never_releases_fewer(seed in 0u64..1000, widen in prop::sample::select(vec![
        "gravity == grave", "sex == female", "vulnerable", "age >= 50", "tag == drug_possession",
    ])) {
        let base = SHIPPED.iter().find(|(i, _)| *i == "kz-2025-enacted").unwrap().1;
        let a = Draft::parse("a", &renamed(base, "a")).unwrap();
        let b_text = renamed(base, "b")
            .replace("when = \"gravity <= minor\"", &format!("when = \"gravity <= minor or {widen}\""))
            + "\n[[provision]]\nid = \"extra\"\ncite = \"test\"\napplies_to = [\"prisoner\"]\nwhen = \"age >= 65\"\neffect = \"release\"\n";
        let b = Draft::parse("b", &b_text).unwrap();
        let result = run(&spec(), &PopulationSource::Synthetic, &[a, b], &config(3, seed, 2)).unwrap();
        for outcome in ["released", "covered"] {
            let (x, y) = (column(&result, &format!("a:persons:all:{outcome}")), column(&result, &format!("b:persons:all:{outcome}")));
            for (r, (x, y)) in x.iter().zip(&y).enumerate() {
                prop_assert!(y >= x, "replicate {r}: {outcome} fell from {x} to {y} when widening with `{widen}`");
            }
        }
    }
}

#[test]
fn results_do_not_depend_on_the_thread_count() {
    let drafts = [shipped("kz-2025-enacted"), shipped("kz-2025-no-vulnerable")];
    let one = run(&spec(), &PopulationSource::Synthetic, &drafts, &config(40, 9, 1)).unwrap();
    let three = run(&spec(), &PopulationSource::Synthetic, &drafts, &config(40, 9, 3)).unwrap();
    assert_eq!(one.summary, three.summary);
    assert_eq!(one.differences, three.differences);
    assert_eq!(one.replicates.rows, three.replicates.rows);
    assert!(one.timeline.is_some(), "the default spec and shipped drafts make a timeline");
    assert_eq!(one.timeline.as_ref().map(|t| &t.rows), three.timeline.as_ref().map(|t| &t.rows));
    assert_eq!(one.timeline.as_ref().map(|t| &t.differences), three.timeline.as_ref().map(|t| &t.differences));
    let other_seed = run(&spec(), &PopulationSource::Synthetic, &drafts, &config(40, 10, 3)).unwrap();
    assert_ne!(one.summary, other_seed.summary);
}

#[test]
fn paired_differences_are_tighter_than_the_drafts_own_intervals() {
    let drafts = [shipped("kz-2025-no-vulnerable"), shipped("kz-2025-enacted")];
    let r = run(&spec(), &PopulationSource::Synthetic, &drafts, &config(60, 2, 2)).unwrap();
    let find = |rows: &[amnesty_sim::summary::SummaryRow], draft: &str| {
        rows.iter()
            .find(|x| x.draft == draft && x.key.breakdown.name() == "total" && x.key.status.is_none() && x.key.outcome.name() == "covered" && x.key.metric.name() == "persons")
            .unwrap()
            .clone()
    };
    let diff = find(&r.differences, "kz-2025-enacted");
    let own = find(&r.summary, "kz-2025-enacted");
    // Everyone the draft without the items for socially vulnerable persons covers is also
    // covered by the enacted one (which adds, e.g., closing their medium cases unrepaid).
    assert!(diff.p05 >= 0.0, "{diff:?}");
    assert!(diff.sd < own.sd, "paired sd {} should be below the draft's own sd {}", diff.sd, own.sd);
}
