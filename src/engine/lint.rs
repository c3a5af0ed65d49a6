//! `check`'s warnings: provisions that look wrong when tried on the default population.
//! A provision no one can match, one wholly swallowed by an exclusion, and one that
//! never wins against another are legal, but almost always a drafting mistake. A
//! provision whose condition is `false` is an item cited for completeness and is not
//! warned about.

use crate::draft::Draft;
use crate::engine::{Outcome, Workspace, evaluate_conditions, on_paper};
use crate::i18n::Msg;
use crate::population::Population;

/// One warning about one provision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// Provision id.
    pub provision: String,
    /// What is suspicious, in words of every language.
    pub message: Msg,
}

/// Lints `draft` against a population (normally the default synthetic one).
pub fn lint(draft: &Draft, pop: &Population) -> Vec<Warning> {
    let mut ws = Workspace::default();
    evaluate_conditions(draft, pop, &mut ws);
    let results = on_paper(draft, pop);
    let mut warnings = Vec::new();
    for (k, p) in draft.provisions.iter().enumerate() {
        // `when = "false"`: an item the draft cites so that `explain` lists it, though it
        // changes no count (its note says why): not a mistake.
        if p.when == crate::draft::expr::Expr::Const(false) {
            continue;
        }
        let reached: Vec<usize> = (0..pop.len()).filter(|&i| crate::engine::reaches(&ws, k, i)).collect();
        if reached.is_empty() {
            warnings.push(Warning { provision: p.id.clone(), message: Msg::new("lint-no-match").arg("when", p.when_text.clone()).msg("statuses", statuses(p)) });
            continue;
        }
        let open: Vec<usize> = reached.iter().copied().filter(|&i| !crate::engine::is_excluded(&ws, i)).collect();
        if open.is_empty() {
            warnings.push(Warning { provision: p.id.clone(), message: Msg::new("lint-excluded").arg("n", reached.len()) });
            continue;
        }
        let wins = open.iter().filter(|&&i| results[i].provision == Some(k as u16) && results[i].outcome != Outcome::Excluded).count();
        if wins == 0 {
            let mut counts = vec![0usize; draft.provisions.len()];
            for &i in &open {
                if let Some(j) = results[i].provision {
                    counts[j as usize] += 1;
                }
            }
            let message = match counts.iter().enumerate().max_by_key(|(_, c)| **c) {
                Some((j, c)) if *c > 0 => Msg::new("lint-never-wins").arg("n", open.len()).arg("other", draft.provisions[j].id.clone()),
                _ => Msg::new("lint-never-applies").arg("n", open.len()),
            };
            warnings.push(Warning { provision: p.id.clone(), message });
        }
    }
    warnings
}

/// The statuses a provision applies to, in words ("prisoners and probationers").
fn statuses(p: &crate::draft::Provision) -> Msg {
    let words: Vec<Msg> = p
        .statuses()
        .iter()
        .map(|s| match s.to_string().as_str() {
            "prisoner" => Msg::new("lint-prisoners"),
            "pretrial" => Msg::new("lint-pretrials"),
            "probationer" => Msg::new("lint-probationers"),
            other => Msg::from(format!("{other}s")),
        })
        .collect();
    match &words[..] {
        [one] => one.clone(),
        [a, b] => Msg::new("lint-and").msg("a", a.clone()).msg("b", b.clone()),
        [a, b, c] => Msg::new("lint-and3").msg("a", a.clone()).msg("b", b.clone()).msg("c", c.clone()),
        _ => Msg::from(String::new()),
    }
}
