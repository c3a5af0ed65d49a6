//! The compact terminal table: per draft and status, the headline outcomes as mean and
//! interval, then the paired differences against the first draft.

use crate::engine::Outcome;
use crate::numbers::thousands;
use crate::summary::{Breakdown, Metric, ReportOutcome, SummaryRow};

fn cell(r: &SummaryRow) -> String {
    format!("{} [{}, {}]", thousands(r.mean), thousands(r.p05), thousands(r.p95))
}

const COLUMNS: [(ReportOutcome, &str); 5] = [
    (ReportOutcome::One(Outcome::Released), "released"),
    (ReportOutcome::One(Outcome::ReleasedByCut), "released by cut"),
    (ReportOutcome::One(Outcome::Cut), "cut"),
    (ReportOutcome::One(Outcome::CaseClosed), "cases closed"),
    (ReportOutcome::Covered, "covered"),
];

/// Renders the summary (and differences, if any) for a terminal.
pub fn render(summary: &[SummaryRow], differences: &[SummaryRow], interval: f64) -> String {
    let mut out = format!("persons, mean [{:.0}% interval]\n", interval * 100.0);
    out.push_str(&block(summary, false));
    if !differences.is_empty() {
        out.push_str(&format!("\ndifference against {}, paired on the same draws: mean [{:.0}% interval]\n", differences[0].baseline.as_deref().unwrap_or("?"), interval * 100.0));
        out.push_str(&block(differences, true));
    }
    let bed: Vec<&SummaryRow> = summary
        .iter()
        .filter(|r| {
            r.key.breakdown == Breakdown::Total
                && r.key.status.is_none()
                && r.key.outcome == ReportOutcome::Covered
                && r.key.metric != Metric::Persons
                && r.key.metric != Metric::DaysCut
        })
        .collect();
    if !bed.is_empty() {
        out.push('\n');
        for r in bed {
            let what = if r.key.metric == Metric::BedDaysSaved { "bed-days saved" } else { "cost saved, tenge" };
            out.push_str(&format!("{:<28} {:<14} {}\n", r.draft, what, cell(r)));
        }
    }
    out
}

fn block(rows: &[SummaryRow], diff: bool) -> String {
    let total: Vec<&SummaryRow> = rows.iter().filter(|r| r.key.breakdown == Breakdown::Total && r.key.metric == Metric::Persons).collect();
    let mut drafts: Vec<&str> = Vec::new();
    for r in &total {
        if !drafts.contains(&r.draft.as_str()) {
            drafts.push(&r.draft);
        }
    }
    let width = 26;
    let mut out = format!("{:<28} {:<12}", "draft", "status");
    for (_, title) in COLUMNS {
        out.push_str(&format!(" {title:>width$}"));
    }
    out.push('\n');
    for d in drafts {
        for status in ["prisoner", "pretrial", "probationer", "all"] {
            let mut line = format!("{:<28} {:<12}", d, status);
            let mut any = false;
            for (outcome, _) in COLUMNS {
                let r = total.iter().find(|r| r.draft == d && r.key.status_name() == status && r.key.outcome == outcome);
                let text = match r {
                    Some(r) if diff || r.mean != 0.0 || r.p95 != 0.0 => {
                        any = true;
                        cell(r)
                    }
                    _ => "-".to_string(),
                };
                line.push_str(&format!(" {text:>width$}"));
            }
            if any || status == "all" {
                out.push_str(&line);
                out.push('\n');
            }
        }
    }
    out
}
