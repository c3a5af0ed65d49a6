//! The compact terminal table: per draft and status, the headline outcomes as mean and
//! interval, then the paired differences against the first draft, in the run's language.

use crate::engine::Outcome;
use crate::i18n::Texts;
use crate::scenario::vocab::Status;
use crate::summary::{Breakdown, Metric, ReportOutcome, SummaryRow};

const COLUMNS: [ReportOutcome; 5] = [
    ReportOutcome::One(Outcome::Released),
    ReportOutcome::One(Outcome::ReleasedByCut),
    ReportOutcome::One(Outcome::Cut),
    ReportOutcome::One(Outcome::CaseClosed),
    ReportOutcome::Covered,
];

/// `text` padded with spaces to `width` characters (not bytes: Cyrillic is two bytes a
/// letter), on the left or the right.
fn pad(text: &str, width: usize, right: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(text.chars().count()));
    if right { format!("{fill}{text}") } else { format!("{text}{fill}") }
}

/// Renders the summary (and differences, if any) for a terminal.
pub fn render(summary: &[SummaryRow], differences: &[SummaryRow], interval: f64, tx: &Texts) -> String {
    let pct = interval * 100.0;
    let mean = tx.f("mean-interval", &[("pct", pct.into())]);
    let mut out = format!("{}\n", tx.f("console-persons", &[("mean", mean.as_str().into())]));
    out.push_str(&block(summary, false, tx));
    if !differences.is_empty() {
        let base = differences[0].baseline.as_deref().unwrap_or("?");
        out.push_str(&format!("\n{}\n", tx.f("console-differences", &[("base", base.into()), ("mean", mean.as_str().into())])));
        out.push_str(&block(differences, true, tx));
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
            let what = if r.key.metric == Metric::BedDaysSaved { tx.t("console-bed-days") } else { tx.t("console-cost") };
            out.push_str(&format!("{} {}  {}\n", pad(&r.draft, 28, false), pad(&what, 26, false), tx.mean_low_high(r.mean, r.p05, r.p95)));
        }
    }
    out
}

fn block(rows: &[SummaryRow], diff: bool, tx: &Texts) -> String {
    let total: Vec<&SummaryRow> = rows.iter().filter(|r| r.key.breakdown == Breakdown::Total && r.key.metric == Metric::Persons).collect();
    let mut drafts: Vec<&str> = Vec::new();
    for r in &total {
        if !drafts.contains(&r.draft.as_str()) {
            drafts.push(&r.draft);
        }
    }
    let statuses = [Some(Status::Prisoner), Some(Status::Pretrial), Some(Status::Probationer), None];
    let status_name = |status: Option<Status>| status.map_or_else(|| tx.t("status-all"), |s| tx.label("status", s.name()));
    let cell = |d: &str, status: Option<Status>, outcome: ReportOutcome| -> Option<String> {
        let r = total.iter().find(|r| r.draft == d && r.key.status == status && r.key.outcome == outcome)?;
        (diff || r.mean != 0.0 || r.p95 != 0.0).then(|| tx.mean_low_high(r.mean, r.p05, r.p95))
    };
    // Columns as wide as their widest entry, counted in characters.
    let draft_width = drafts.iter().map(|d| d.chars().count()).chain([tx.t("col-draft").chars().count()]).max().unwrap_or(0).max(20);
    let status_width = statuses.iter().map(|s| status_name(*s).chars().count()).chain([tx.t("col-status").chars().count()]).max().unwrap_or(0);
    let widths: Vec<usize> = COLUMNS
        .iter()
        .map(|o| {
            let cells = drafts.iter().flat_map(|d| statuses.iter().map(move |s| (d, *s))).filter_map(|(d, s)| cell(d, s, *o)).map(|c| c.chars().count());
            cells.chain([tx.label("outcome", o.name()).chars().count()]).max().unwrap_or(1)
        })
        .collect();
    let mut out = format!("{} {}", pad(&tx.t("col-draft"), draft_width, false), pad(&tx.t("col-status"), status_width, false));
    for (outcome, width) in COLUMNS.iter().zip(&widths) {
        out.push_str("  ");
        out.push_str(&pad(&tx.label("outcome", outcome.name()), *width, true));
    }
    out.push('\n');
    for d in drafts {
        for status in statuses {
            let mut line = format!("{} {}", pad(d, draft_width, false), pad(&status_name(status), status_width, false));
            let mut any = false;
            for (outcome, width) in COLUMNS.iter().zip(&widths) {
                let text = cell(d, status, *outcome).inspect(|_| any = true).unwrap_or_else(|| "-".to_string());
                line.push_str("  ");
                line.push_str(&pad(&text, *width, true));
            }
            if any || status.is_none() {
                out.push_str(&line);
                out.push('\n');
            }
        }
    }
    out
}
