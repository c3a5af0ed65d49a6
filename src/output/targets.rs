//! Published figures beside each draft's simulated intervals, as the console table
//! `run --targets` prints.

use crate::calibrate::targets::{FileKind, Target, Targets};
use crate::draft::Draft;
use crate::i18n::Texts;
use crate::montecarlo::RunResult;

/// Each draft's simulated interval beside each published figure, in one table: a row
/// per figure (a forecast and an outcome of the same quantity share a row), its source,
/// the forecast and the reported outcome, and per draft the interval and whether each
/// figure agrees. Intervals come from the per-replicate totals (exact quantiles of sums
/// such as cut + released by cut).
pub fn render(result: &RunResult, drafts: &[Draft], targets: &Targets, interval: f64, tx: &Texts) -> String {
    let t = &result.replicates;
    let probs = [(1.0 - interval) / 2.0, 0.5, (1.0 + interval) / 2.0];
    // Rows: figures measuring the same quantity under the same name are one row.
    let mut rows: Vec<Vec<&Target>> = Vec::new();
    for target in &targets.targets {
        match rows.iter_mut().find(|r| r[0].name == target.name && r[0].same_quantity(target)) {
            Some(r) => r.push(target),
            None => rows.push(vec![target]),
        }
    }
    let mut out = format!("\n{}\n", tx.f("targets-table-title", &[("path", targets.path.as_str().into()), ("pct", (interval * 100.0).round().into())]));
    let width = 24;
    let heads = [tx.t("targets-col-figure"), tx.t("targets-col-source"), tx.t("targets-col-forecast"), tx.t("targets-col-outcome")];
    out.push_str(&format!("{:<50} {:<40} {:>9} {:>9}", heads[0], heads[1], heads[2], heads[3]));
    for d in drafts {
        out.push_str(&format!("  {:<width$}", d.id));
    }
    out.push('\n');
    for row in &rows {
        let shown = |kind: FileKind| row.iter().filter(|x| x.origin == kind).map(|x| x.shown_value()).collect::<Vec<_>>().join("/");
        let (forecast, outcome) = (shown(FileKind::Forecast), shown(FileKind::Outcome));
        let sources: Vec<&str> = row.iter().map(|x| x.origin_label_words.pick(tx.lang(), &x.origin_label).as_str()).collect();
        let name = row[0].name_words.pick(tx.lang(), &row[0].name).clone();
        let name = if row.iter().any(|x| x.fitted) { name } else { format!("{name} ({})", tx.t("calibrate-unfitted")) };
        out.push_str(&format!(
            "{:<50} {:<40} {:>9} {:>9}",
            name,
            sources.join("; "),
            if forecast.is_empty() { "-".into() } else { forecast },
            if outcome.is_empty() { "-".into() } else { outcome }
        ));
        for d in drafts {
            let cell = verdict_cell(t, &d.id, row, &probs, tx);
            out.push_str(&format!("  {cell:<width$}"));
        }
        out.push('\n');
    }
    out
}

/// One draft's cell of a row of published figures: the simulated interval and whether
/// each figure agrees with it; `-` when the run lacks the row's totals.
fn verdict_cell(t: &crate::summary::ReplicateTable, draft: &str, row: &[&Target], probs: &[f64; 3], tx: &Texts) -> String {
    let wanted = row[0].columns(draft);
    let cols: Vec<usize> = wanted.iter().filter_map(|c| t.column(c)).collect();
    if cols.len() != wanted.len() || t.is_empty() {
        return "-".to_string();
    }
    let q = crate::calibrate::quantiles(t.sums(&cols).into_iter(), probs);
    let verdicts: Vec<String> = row
        .iter()
        .map(|x| {
            let tag = match (row.len() > 1, x.origin) {
                (false, _) => String::new(),
                (true, FileKind::Forecast) => format!("{}:", tx.t("targets-tag-forecast")),
                (true, _) => format!("{}:", tx.t("targets-tag-outcome")),
            };
            format!("{tag}{}", tx.t(if x.consistent([q[0], q[1], q[2]]) { "targets-agrees" } else { "targets-disagrees" }))
        })
        .collect();
    format!("{}-{} {}", tx.int(q[0]), tx.int(q[2]), verdicts.join(" "))
}
