//! The report's "What each clause buys" section: a sentence per clause of the first
//! draft and a table, from the run's attribution rows.

use super::Block;
use crate::draft::Draft;
use crate::engine::Outcome;
use crate::i18n::Texts;
use crate::output::names::Names;
use crate::scenario::vocab::Status;
use crate::summary::attribution::{AttributionRow, ClauseKind, Measure, clauses, find};
use crate::summary::{Metric, ReportOutcome, TotalKey};

/// The figures a sentence can name, in the order they are tried: (status, outcome).
const FIGURES: [(Status, Outcome); 7] = [
    (Status::Prisoner, Outcome::Released),
    (Status::Prisoner, Outcome::ReleasedByCut),
    (Status::Prisoner, Outcome::Cut),
    (Status::Probationer, Outcome::Released),
    (Status::Probationer, Outcome::ReleasedByCut),
    (Status::Probationer, Outcome::Cut),
    (Status::Pretrial, Outcome::CaseClosed),
];

fn interval(tx: &Texts, r: &AttributionRow, pct: f64, sign: f64) -> String {
    tx.interval(pct, sign * r.p05, sign * r.p95)
}

/// One sentence for one clause of `draft`.
/// `name` is the clause's short name.
fn sentence(tx: &Texts, rows: &[AttributionRow], draft: &Draft, kind: ClauseKind, id: &str, name: &str, pct: f64) -> Option<String> {
    let covered = TotalKey::persons(None, ReportOutcome::Covered);
    let bed = TotalKey { metric: Metric::BedDaysSaved, status: None, outcome: ReportOutcome::Covered };
    let depends = find(rows, &draft.id, id, Measure::DependsOn, covered)?;
    let alone = find(rows, &draft.id, id, Measure::Alone, covered)?;
    let days = find(rows, &draft.id, id, Measure::DependsOn, bed).filter(|d| d.mean.abs() >= 0.5);
    match kind {
        ClauseKind::Provision => {
            // The largest figures this provision accounts for alone.
            let mut figures: Vec<(f64, String)> = FIGURES
                .iter()
                .filter_map(|(s, o)| {
                    let r = find(rows, &draft.id, id, Measure::Alone, TotalKey::persons(Some(*s), ReportOutcome::One(*o)))?;
                    let what = format!("{}-{}", s.name(), o.name());
                    (r.mean >= 0.5).then(|| (r.mean, tx.f("attr-figure", &[("what", what.into()), ("n", r.mean.into()), ("interval", interval(tx, r, pct, 1.0).into())])))
                })
                .collect();
            figures.sort_by(|a, b| b.0.total_cmp(&a.0));
            if figures.is_empty() {
                return Some(tx.f("attr-nobody", &[("name", name.into())]));
            }
            let mut top = figures.into_iter().take(2).map(|f| f.1);
            let first = top.next().unwrap_or_default();
            let alone_text = match top.next() {
                Some(second) => tx.f("attr-and", &[("a", first.into()), ("b", second.into())]),
                None => first,
            };
            let others = if (alone.mean - depends.mean).abs() >= 0.5 { "yes" } else { "no" };
            Some(tx.f(
                "attr-provision",
                &[
                    ("name", name.into()),
                    ("alone", alone_text.into()),
                    ("n", depends.mean.into()),
                    ("interval", interval(tx, depends, pct, 1.0).into()),
                    ("days", days.map_or("none".to_string(), |d| tx.int(d.mean)).into()),
                    ("days_interval", days.map_or(String::new(), |d| interval(tx, d, pct, 1.0)).into()),
                    ("others", others.into()),
                ],
            ))
        }
        ClauseKind::Exclusion => {
            if alone.mean.abs() < 0.5 && alone.p05.abs() < 0.5 {
                return Some(tx.f("attr-exclusion-nobody", &[("name", name.into())]));
            }
            let only = if (alone.mean - depends.mean).abs() >= 0.5 { "no" } else { "yes" };
            Some(tx.f(
                "attr-exclusion",
                &[
                    ("name", name.into()),
                    ("n", (-alone.mean).into()),
                    ("interval", interval(tx, alone, pct, -1.0).into()),
                    ("only", only.into()),
                    ("alone_n", (-depends.mean).into()),
                    ("alone_interval", interval(tx, depends, pct, -1.0).into()),
                    ("days", days.map_or("none".to_string(), |d| tx.int(-d.mean)).into()),
                    ("days_interval", days.map_or(String::new(), |d| interval(tx, d, pct, -1.0)).into()),
                ],
            ))
        }
    }
}

/// The section, for the first draft; empty without attribution.
pub fn blocks(rows: &[AttributionRow], drafts: &[Draft], pct: f64, tx: &Texts, names: &Names) -> Vec<Block> {
    let Some(draft) = drafts.first() else { return Vec::new() };
    if !rows.iter().any(|r| r.draft == draft.id) {
        return Vec::new();
    }
    let mut b = vec![Block::Heading(2, tx.f("heading-attribution", &[("draft", names.draft(&draft.id).into())]))];
    b.push(Block::Paragraph(tx.t("attribution-text")));
    let all = clauses(draft);
    b.push(Block::List(all.iter().filter_map(|c| sentence(tx, rows, draft, c.kind, &c.id, names.clause(&draft.id, &c.id), pct)).collect()));
    let covered = TotalKey::persons(None, ReportOutcome::Covered);
    let bed = TotalKey { metric: Metric::BedDaysSaved, status: None, outcome: ReportOutcome::Covered };
    let cell = |id: &str, m: Measure, t: TotalKey| find(rows, &draft.id, id, m, t).map_or("-".into(), |r| tx.mean_low_high(r.mean, r.p05, r.p95));
    b.push(super::table(
        vec![tx.t("col-clause"), tx.t("col-kind"), tx.t("col-alone"), tx.t("col-depends"), tx.t("col-days-depends")],
        all.iter()
            .map(|c| {
                vec![
                    names.clause(&draft.id, &c.id).to_string(),
                    tx.label("clause", c.kind.name()),
                    cell(&c.id, Measure::Alone, covered),
                    cell(&c.id, Measure::DependsOn, covered),
                    cell(&c.id, Measure::DependsOn, bed),
                ]
            })
            .collect(),
    ));
    b.push(Block::Paragraph(tx.f("attribution-note", &[("pct", pct.into())])));
    b
}
