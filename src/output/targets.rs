//! Published figures beside each draft's simulated intervals, as the console table
//! `run --targets` prints.

use crate::calibrate::targets::{FileKind, Target, Targets};
use crate::draft::Draft;
use crate::montecarlo::RunResult;
use crate::numbers::thousands;

/// Each draft's simulated interval beside each published figure, in one table: a row
/// per figure (a forecast and an outcome of the same quantity share a row), its source,
/// the forecast and the reported outcome, and per draft the interval and whether each
/// figure agrees. Intervals come from the per-replicate totals (exact quantiles of sums
/// such as cut + released by cut).
pub fn render(result: &RunResult, drafts: &[Draft], targets: &Targets, interval: f64) -> String {
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
    let mut out = format!(
        "\npublished figures ({}) beside the simulated {:.0}% intervals\n(agrees: the figure lies inside the interval; `>N` (more than) agrees when the interval reaches N or above, `<=N` when it reaches N or below; f: forecast, o: outcome)\n",
        targets.path,
        interval * 100.0
    );
    let width = 24;
    out.push_str(&format!("{:<50} {:<40} {:>9} {:>9}", "figure", "source", "forecast", "outcome"));
    for d in drafts {
        out.push_str(&format!("  {:<width$}", d.id));
    }
    out.push('\n');
    for row in &rows {
        let shown = |kind: FileKind| row.iter().filter(|x| x.origin == kind).map(|x| x.shown_value()).collect::<Vec<_>>().join("/");
        let (forecast, outcome) = (shown(FileKind::Forecast), shown(FileKind::Outcome));
        let sources: Vec<&str> = row.iter().map(|x| x.origin_label.as_str()).collect();
        let name = if row.iter().any(|x| x.fitted) { row[0].name.clone() } else { format!("{} (not fitted)", row[0].name) };
        out.push_str(&format!(
            "{:<50} {:<40} {:>9} {:>9}",
            name,
            sources.join("; "),
            if forecast.is_empty() { "-".into() } else { forecast },
            if outcome.is_empty() { "-".into() } else { outcome }
        ));
        for d in drafts {
            let cell = verdict_cell(t, &d.id, row, &probs);
            out.push_str(&format!("  {cell:<width$}"));
        }
        out.push('\n');
    }
    out
}

/// One draft's cell of a row of published figures: the simulated interval and whether
/// each figure agrees with it; `-` when the run lacks the row's totals.
fn verdict_cell(t: &crate::summary::ReplicateTable, draft: &str, row: &[&Target], probs: &[f64; 3]) -> String {
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
                (false, _) => "",
                (true, FileKind::Forecast) => "f:",
                (true, _) => "o:",
            };
            format!("{tag}{}", if x.consistent([q[0], q[1], q[2]]) { "yes" } else { "NO" })
        })
        .collect();
    format!("{}-{} {}", thousands(q[0]), thousands(q[2]), verdicts.join(" "))
}
