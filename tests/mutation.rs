//! The draft parser and the `when` language under mutation: shipped drafts with random
//! token and character edits (multi-byte text, pasted typography, huge numbers, deep
//! nesting) must each end in a draft or in an error message, never a panic; a draft
//! that still parses must also evaluate and apply to a population.
//!
//! CI runs `AMNESTY_MUTATIONS` cases (default 1,000, a few seconds); a crash found
//! later becomes a fixed case in `known_crashes_stay_fixed`.

use amnesty_sim::draft::{Draft, SHIPPED};
use amnesty_sim::engine::{Decisions, DraftParams, Workspace, apply, evaluate_conditions};
use amnesty_sim::population::Population;
use amnesty_sim::population::generate::replicate_population;
use amnesty_sim::scenario::spec::PopulationSpec;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// Text a user might paste or a fuzzer should try: draft syntax, operators, units,
/// Cyrillic and Kazakh letters, typography, emoji, control characters, huge numbers.
const PIECES: &[&str] = &[
    "and",
    "or",
    "not",
    "in",
    "(",
    ")",
    "[",
    "]",
    ",",
    "==",
    "<=",
    ">",
    "!=",
    "=",
    "!",
    "\"",
    "'",
    "1y",
    "6m",
    "30d",
    "0",
    "1.5",
    "-1",
    "99999999999999999999999",
    "50539024859478224y",
    "11767034y",
    "gravity",
    "tag",
    "part",
    "\"3-1\"",
    "article",
    "remaining",
    "repaid",
    "vulnerable",
    "true",
    "release",
    "cut",
    "imposed",
    "unserved",
    "fraction",
    "—",
    "–",
    "€",
    "“",
    "”",
    "«",
    "»",
    "ё",
    "тяжесть",
    "қ",
    "ә",
    "ғ",
    "ң",
    "ө",
    "ұ",
    "ү",
    "һ",
    "і",
    "🙂",
    "\u{0}",
    "\u{200b}",
    "\u{feff}",
    "\n",
    "\t",
    "[[provision]]",
    "[[exclude]]",
    "effect = ",
    "when = ",
    "id = ",
    "{",
    "}",
    "#",
    "1 год",
    "((((((((((",
    "))))))))))",
];

/// One edit of `text` at a character boundary.
fn edit(text: &str, kind: u8, at: usize, len: usize, piece: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.is_empty() {
        return piece.to_string();
    }
    let at = at % chars.len();
    let end = (at + len % 40).min(chars.len());
    let mut out: Vec<char> = chars[..at].to_vec();
    match kind % 4 {
        0 => out.extend(piece.chars()),                                      // insert
        1 => {}                                                              // delete a run
        2 => out.extend(piece.chars().chain(std::iter::once(' '))),          // replace a run
        _ => out.extend(chars[at..end].iter().chain(chars[at..end].iter())), // duplicate a run
    }
    let rest_from = if kind.is_multiple_of(4) { at } else { end };
    out.extend(&chars[rest_from..]);
    out.into_iter().collect()
}

fn mutated() -> impl Strategy<Value = String> {
    (0..SHIPPED.len(), prop::collection::vec((any::<u8>(), any::<usize>(), any::<usize>(), 0..PIECES.len()), 1..5)).prop_map(|(d, edits)| {
        let mut text = SHIPPED[d].1.to_string();
        for (kind, at, len, p) in edits {
            text = edit(&text, kind, at, len, PIECES[p]);
        }
        text
    })
}

fn population() -> Population {
    let spec = PopulationSpec::embedded_default().unwrap();
    replicate_population(&spec, &spec.parameter_draw(3, 0, false), 3, 0)
}

/// Parses a draft and, if it is valid, evaluates and applies it: every path a user's
/// draft takes before the Monte Carlo, once per replicate.
fn exercise(text: &str, pop: &Population) -> Result<(), String> {
    match Draft::parse("mutated.toml", text) {
        Err(e) => {
            let shown = e.to_string();
            if shown.trim().is_empty() {
                return Err("an error with no message".into());
            }
            Ok(())
        }
        Ok(draft) => {
            let mut ws = Workspace::default();
            evaluate_conditions(&draft, pop, &mut ws);
            let mut decisions = Decisions::default();
            decisions.draw(pop.len(), 3, 0);
            let values = amnesty_sim::montecarlo::draft_values(&draft, 3, 0);
            let mut n = 0usize;
            apply(&draft, pop, &ws, &decisions, &DraftParams::new(&draft, &values), |_, _| n += 1);
            if n > pop.len() {
                return Err(format!("{n} results for {} persons", pop.len()));
            }
            Ok(())
        }
    }
}

/// A mutated draft that still parses, through `run` and `compare` as the command line
/// runs them: alone, and in one run beside the enacted law (before and after it), its
/// figures the same (its shape, however odd, is its own), every tally checked.
fn run_and_compare(text: &str) -> Result<(), String> {
    use amnesty_sim::montecarlo::{PopulationSource, RunConfig, run};
    let Ok(draft) = Draft::parse("mutated.toml", text) else { return Ok(()) };
    let spec = PopulationSpec::embedded_default().unwrap();
    let draft = if draft.id == "kz-2025-enacted" {
        Draft::parse("mutated.toml", &text.replacen("id = \"kz-2025-enacted\"", "id = \"mutated\"", 1)).map_err(|e| e.to_string())?
    } else {
        draft
    };
    let enacted = amnesty_sim::draft::resolve("kz-2025-enacted").unwrap();
    let config = RunConfig { horizon_months: 0, attribution: false, ..RunConfig::new(2, 7, 1) };
    let columns = |drafts: &[Draft]| -> Result<Vec<(String, Vec<f64>)>, String> {
        let t = run(&spec, &PopulationSource::Synthetic, drafts, &config).map_err(|e| e.to_string())?.replicates;
        let prefix = format!("{}:", draft.id);
        Ok(t.columns.iter().enumerate().filter(|(_, c)| c.to_string().starts_with(&prefix)).map(|(j, c)| (c.to_string(), t.rows.iter().map(|r| r[j]).collect())).collect())
    };
    let alone = columns(std::slice::from_ref(&draft))?;
    for together in [[draft.clone(), enacted.clone()], [enacted.clone(), draft.clone()]] {
        if columns(&together)? != alone {
            return Err(format!("{}: its figures beside the enacted law differ from its figures alone", draft.id));
        }
    }
    Ok(())
}

/// Every few clean mutants go through `run` and `compare` too (`AMNESTY_MUTATIONS`
/// scales both).
#[test]
fn mutated_drafts_run_and_compare_as_they_do_alone() {
    let cases: u32 = std::env::var("AMNESTY_MUTATIONS").ok().and_then(|v| v.parse().ok()).map_or(40, |n: u32| (n / 25).max(1));
    let mut runner = TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() });
    let result = runner.run(&mutated(), |text| match std::panic::catch_unwind(|| run_and_compare(&text)) {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(TestCaseError::fail(e)),
        Err(_) => Err(TestCaseError::fail("panicked")),
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

#[test]
fn mutated_drafts_end_in_a_draft_or_an_error_never_a_panic() {
    let cases: u32 = std::env::var("AMNESTY_MUTATIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000);
    let pop = population();
    let mut runner = TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() });
    let result = runner.run(&mutated(), |text| {
        let outcome = std::panic::catch_unwind(|| exercise(&text, &pop));
        match outcome {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(TestCaseError::fail(e)),
            Err(_) => Err(TestCaseError::fail("panicked")),
        }
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// Inputs that once crashed the program, kept as fixed cases.
#[test]
fn known_crashes_stay_fixed() {
    let pop = population();
    let enacted = SHIPPED[0].1;
    let deep = format!("when = \"{}repaid{}\"", "(".repeat(10_000), ")".repeat(10_000));
    let chain = format!("when = \"{}\"", vec!["repaid"; 60_001].join(" and "));
    let nots = format!("when = \"{}repaid\"", "not ".repeat(5_000));
    for replacement in [
        "when = \"gravity <= minor — and repaid\"".to_string(),
        "when = \"gravity <= minor 🙂\"".to_string(),
        "when = \"article == “190”\"".to_string(),
        "when = \"тяжесть <= minor\"".to_string(),
        "when = \"remaining <= 1 год\"".to_string(),
        "when = \"remaining <= 1€\"".to_string(),
        "when = \"remaining <= 11767034y\"".to_string(),
        "when = \"remaining <= 50539024859478224y\"".to_string(),
        deep,
        chain,
        nots,
    ] {
        let text = enacted.replacen("when = \"gravity <= minor\"", &replacement, 1);
        let e = Draft::parse("d.toml", &text).expect_err("a broken condition is an error");
        assert!(e.to_string().starts_with("d.toml:"), "{e}");
        exercise(&text, &pop).unwrap();
    }
    // kz-2025-enacted writes its time-left release in `when`; kz-2022 has the effect.
    let kz2022 = SHIPPED.iter().find(|(id, _)| *id == "kz-2022").unwrap().1;
    assert!(kz2022.contains("{ release_if_remaining_at_most = \"1y\" }"));
    for effect in [
        "{ release_if_remaining_at_most = \"1 год\" }",
        "{ release_if_remaining_at_most = \"1€\" }",
        "{ release_if_remaining_at_most = \"11767034y\" }",
        "{ release_if_remaining_at_most = 365 }",
    ] {
        let text = kz2022.replacen("{ release_if_remaining_at_most = \"1y\" }", effect, 1);
        let e = Draft::parse("d.toml", &text).expect_err("a bad duration is an error");
        assert!(e.to_string().starts_with("d.toml:"), "{e}");
    }
}
