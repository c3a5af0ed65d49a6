//! The report's "What each clause buys" section: a sentence per clause of the first
//! draft and a table, from the run's attribution rows.

use super::Block;
use crate::draft::Draft;
use crate::engine::Outcome;
use crate::numbers::thousands;
use crate::scenario::vocab::Status;
use crate::summary::attribution::{AttributionRow, ClauseKind, Measure, clauses, find};
use crate::summary::{Metric, ReportOutcome, TotalKey};

/// The figures a sentence can name, in the order they are tried: (status, outcome,
/// words).
const FIGURES: [(Status, Outcome, &str); 7] = [
    (Status::Prisoner, Outcome::Released, "prisoners released"),
    (Status::Prisoner, Outcome::ReleasedByCut, "prisoners released by the cut"),
    (Status::Prisoner, Outcome::Cut, "prisoners' cuts"),
    (Status::Probationer, Outcome::Released, "probationers taken off the register"),
    (Status::Probationer, Outcome::ReleasedByCut, "probationers released by the cut"),
    (Status::Probationer, Outcome::Cut, "probationers' cuts"),
    (Status::Pretrial, Outcome::CaseClosed, "pre-trial cases closed"),
];

/// "1 person", "2,345 persons".
fn persons_text(mean: f64) -> String {
    let n = thousands(mean);
    if n == "1" { "1 person".into() } else { format!("{n} persons") }
}

fn interval(r: &AttributionRow, pct: f64, sign: f64) -> String {
    let (a, b) = (sign * r.p05, sign * r.p95);
    format!("{pct:.0}% interval {} to {}", thousands(a.min(b)), thousands(a.max(b)))
}

/// One sentence for one clause of `draft`.
fn sentence(rows: &[AttributionRow], draft: &Draft, kind: ClauseKind, id: &str, cite: &str, pct: f64) -> Option<String> {
    let covered = TotalKey::persons(None, ReportOutcome::Covered);
    let bed = TotalKey { metric: Metric::BedDaysSaved, status: None, outcome: ReportOutcome::Covered };
    let depends = find(rows, &draft.id, id, Measure::DependsOn, covered)?;
    let alone = find(rows, &draft.id, id, Measure::Alone, covered)?;
    let days = find(rows, &draft.id, id, Measure::DependsOn, bed);
    match kind {
        ClauseKind::Provision => {
            // The largest figures this provision accounts for alone.
            let mut figures: Vec<(f64, String)> = FIGURES
                .iter()
                .filter_map(|(s, o, words)| {
                    let r = find(rows, &draft.id, id, Measure::Alone, TotalKey::persons(Some(*s), ReportOutcome::One(*o)))?;
                    (r.mean >= 0.5).then(|| (r.mean, format!("{} {words} ({})", thousands(r.mean), interval(r, pct, 1.0))))
                })
                .collect();
            figures.sort_by(|a, b| b.0.total_cmp(&a.0));
            if figures.is_empty() {
                return Some(format!("{id} ({cite}) reaches nobody in this population on its own."));
            }
            let alone_text = figures.into_iter().take(2).map(|f| f.1).collect::<Vec<_>>().join(" and ");
            let others = if (alone.mean - depends.mean).abs() >= 0.5 { "; another provision would cover the rest it reaches" } else { "; no other provision reaches them" };
            let days_text = days.filter(|d| d.mean.abs() >= 0.5).map_or(String::new(), |d| format!(" and save {} fewer bed-days ({})", thousands(d.mean), interval(d, pct, 1.0)));
            Some(format!(
                "{id} ({cite}) alone accounts for {alone_text}. Without it the draft would cover {} fewer ({}){days_text}{others}.",
                persons_text(depends.mean),
                interval(depends, pct, 1.0)
            ))
        }
        ClauseKind::Exclusion => {
            if alone.mean.abs() < 0.5 && alone.p05.abs() < 0.5 {
                return Some(format!("Exclusion {id} ({cite}) keeps out nobody the provisions would otherwise cover."));
            }
            let only = if (alone.mean - depends.mean).abs() >= 0.5 {
                format!("; {} of them ({}) are kept out by it alone, the rest by another exclusion as well", thousands(-depends.mean), interval(depends, pct, -1.0))
            } else {
                "; no other exclusion applies to them".into()
            };
            let days_text = days
                .filter(|d| d.mean.abs() >= 0.5)
                .map_or(String::new(), |d| format!("; dropping it would save {} more bed-days ({})", thousands(-d.mean), interval(d, pct, -1.0)));
            Some(format!("Exclusion {id} ({cite}) keeps out {} the provisions would otherwise cover ({}){only}{days_text}.", persons_text(-alone.mean), interval(alone, pct, -1.0)))
        }
    }
}

/// The section, for the first draft; empty without attribution.
pub fn blocks(rows: &[AttributionRow], drafts: &[Draft], pct: f64) -> Vec<Block> {
    let Some(draft) = drafts.first() else { return Vec::new() };
    if !rows.iter().any(|r| r.draft == draft.id) {
        return Vec::new();
    }
    let mut b = vec![Block::Heading(2, format!("What each clause buys ({})", draft.id))];
    b.push(Block::Paragraph(
        "For each provision and exclusion: what depends on it (the draft without that clause, against the draft, replicate by replicate on the same persons and court decisions) and what it does alone (a provision with the draft's exclusions, against no amnesty; an exclusion against the draft's provisions with no exclusion). A person several provisions reach does not depend on any one of them, so the provisions' dependent counts add up to less than the draft's total. attribution.csv has every clause of every draft, by status and outcome, with bed-days and cost.".into(),
    ));
    let all = clauses(draft);
    b.push(Block::List(all.iter().filter_map(|c| sentence(rows, draft, c.kind, &c.id, &c.cite, pct)).collect()));
    let covered = TotalKey::persons(None, ReportOutcome::Covered);
    let bed = TotalKey { metric: Metric::BedDaysSaved, status: None, outcome: ReportOutcome::Covered };
    let cell =
        |id: &str, m: Measure, t: TotalKey| find(rows, &draft.id, id, m, t).map_or("-".into(), |r| format!("{} [{}, {}]", thousands(r.mean), thousands(r.p05), thousands(r.p95)));
    b.push(Block::Table(
        vec!["clause".into(), "kind".into(), "persons covered, alone".into(), "persons covered depending on it".into(), "bed-days depending on it".into()],
        all.iter()
            .map(|c| vec![c.id.clone(), c.kind.name().into(), cell(&c.id, Measure::Alone, covered), cell(&c.id, Measure::DependsOn, covered), cell(&c.id, Measure::DependsOn, bed)])
            .collect(),
    ));
    b.push(Block::Paragraph(format!("Mean [{pct:.0}% interval]; an exclusion's figures are negative: the persons and bed-days it keeps out.")));
    b
}
