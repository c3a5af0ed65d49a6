//! A sweep's files: `sweep.csv`/`.parquet` (every point's totals with intervals),
//! `sweep_goal.csv` (with a goal: every value tried and the share of replicates that
//! meet it), the chart of the curve with its band (`charts/sweep.png`/`.svg`) and
//! `manifest.json`, all written into the staging folder of an [`super::atomic::OutputDir`].

use std::path::{Path, PathBuf};

use polars::prelude::*;

use super::charts::{Chart, LineChart, render_png, render_svg};
use super::frames::write_frame;
use crate::error::{Error, Result};
use crate::i18n::Texts;
use crate::output::names::Names;
use crate::population::io::TableFormat;
use crate::summary::{Breakdown, SummaryRow};
use crate::sweep::SweepResult;
use crate::sweep::goal::Total;

/// The tidy sweep frame: `draft, path, value, x, metric, status, outcome, mean, sd, p05,
/// p50, p95`, one row per point and total (`x` is the value as a number: 1/0 for on/off,
/// days for a duration).
pub fn frame(s: &SweepResult) -> Result<DataFrame> {
    let rows: Vec<(&crate::sweep::Point, &SummaryRow)> =
        s.points.iter().flat_map(|p| s.run.summary.iter().filter(move |r| r.draft == p.draft && r.key.breakdown == Breakdown::Total).map(move |r| (p, r))).collect();
    let text = |f: &dyn Fn(&(&crate::sweep::Point, &SummaryRow)) -> String| -> Vec<String> { rows.iter().map(f).collect() };
    let num = |f: &dyn Fn(&(&crate::sweep::Point, &SummaryRow)) -> f64| -> Vec<f64> { rows.iter().map(f).collect() };
    let cols = vec![
        Column::new("draft".into(), text(&|_| s.base.clone())),
        Column::new("path".into(), text(&|_| s.path.clone())),
        Column::new("value".into(), text(&|(p, _)| p.label.clone())),
        Column::new("x".into(), num(&|(p, _)| p.value)),
        Column::new("metric".into(), text(&|(_, r)| r.key.metric.name().to_string())),
        Column::new("status".into(), text(&|(_, r)| r.key.status_name().to_string())),
        Column::new("outcome".into(), text(&|(_, r)| r.key.outcome.name().to_string())),
        Column::new("mean".into(), num(&|(_, r)| r.mean)),
        Column::new("sd".into(), num(&|(_, r)| r.sd)),
        Column::new("p05".into(), num(&|(_, r)| r.p05)),
        Column::new("p50".into(), num(&|(_, r)| r.p50)),
        Column::new("p95".into(), num(&|(_, r)| r.p95)),
    ];
    DataFrame::new(rows.len(), cols).map_err(|e| Error::invalid("sweep", e.to_string()))
}

/// The varied parameter in words: the clause or draft by its short name, then what of
/// it is varied (a key the words do not know is shown as written).
fn parameter(s: &SweepResult, names: &Names, tx: &Texts) -> String {
    let parts: Vec<&str> = s.path.split('.').collect();
    let (subject, rest) = match parts[..] {
        ["provision" | "exclude", id, ref rest @ ..] => (names.clause(&s.base, id).to_string(), rest.to_vec()),
        ["draft", ref rest @ ..] => (names.draft(&s.base).to_string(), rest.to_vec()),
        _ => return s.path.clone(),
    };
    let (rest, mean) = match rest[..] {
        [ref head @ .., "mean"] => (head.to_vec(), true),
        _ => (rest, false),
    };
    let what = match rest[..] {
        [] => tx.t("chart-sweep-switch"),
        ["effect", "cut", "fraction"] => tx.t("chart-sweep-fraction"),
        ["effect", "release_if_remaining_at_most"] => tx.t("chart-sweep-remaining"),
        [key] if tx.has(&format!("param-{key}")) => tx.t(&format!("param-{key}")),
        _ => rest.join("."),
    };
    let what = if mean { tx.f("chart-sweep-mean", &[("what", what.into())]) } else { what };
    // A parameter of the whole draft: the title names the draft already.
    if s.path.starts_with("draft.") {
        return what;
    }
    tx.f("chart-sweep-parameter", &[("subject", subject.into()), ("what", what.into())])
}

/// The curve of `total` over the sweep, mean with its interval band; the goal's bound as
/// a flat line when the goal is about the same total, and the solved boundary, when the
/// sweep found one, as a labelled vertical line. Drafts and clauses by their `names`.
pub fn chart(s: &SweepResult, total: &Total, interval: f64, names: &Names, tx: &Texts) -> Chart {
    let rows = crate::sweep::curve(s, total, interval);
    // The total in the reader's words ("все: охвачены амнистией"), not as typed.
    let label = total.keys.iter().map(|k| super::words::total(tx, k)).collect::<Vec<_>>().join(" + ");
    let label = label.as_str();
    let parameter = parameter(s, names, tx);
    let mut l = LineChart {
        name: "sweep".into(),
        title: tx.f("chart-sweep-title", &[("what", label.into()), ("parameter", parameter.as_str().into()), ("draft", names.draft(&s.base).into())]),
        x_label: parameter.clone(),
        y_label: tx.f("chart-sweep-axis", &[("what", label.into()), ("pct", (interval * 100.0).into())]),
        series: vec![label.to_string()],
        points: vec![rows.iter().map(|(x, mean, _, _)| (*x, *mean)).collect()],
        bands: vec![rows.iter().map(|(x, _, low, high)| (*x, *low, *high)).collect()],
        y_from_zero: true,
        mark: None,
        lang: tx.lang(),
    };
    if let Some(sol) = &s.solution {
        if sol.goal.total.keys == total.keys
            && let (Some(first), Some(last)) = (rows.first(), rows.last())
        {
            l.series.push(tx.f("chart-sweep-goal", &[("op", sol.goal.op.symbol().into()), ("bound", tx.int(sol.goal.bound).into())]));
            l.points.push(vec![(first.0, sol.goal.bound), (last.0, sol.goal.bound)]);
            l.bands.push(Vec::new());
        }
        if let Some(v) = sol.value {
            // The value as the sweep wrote it (`0.34`, `9m`), else as a number.
            let written = sol.evaluated.iter().find(|(x, ..)| (x - v).abs() < 1e-9).map_or_else(|| v.to_string(), |(_, label, _)| label.clone());
            l.mark = Some((v, tx.f("chart-sweep-boundary", &[("value", written.into()), ("goal", sol.goal.words().render(tx).into())])));
        }
    }
    Chart::Lines(l)
}

/// Writes every file of a sweep into `dir`, the workbook and the chart in `tx`'s
/// language; returns them in order.
pub fn write(s: &SweepResult, shown: &Total, interval: f64, names: &Names, tx: &Texts, dir: &Path) -> Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    let mut df = frame(s)?;
    for format in [TableFormat::Csv, TableFormat::Parquet] {
        let path = dir.join(format!("sweep.{}", format.extension()));
        write_frame(&mut df, &path)?;
        written.push(path);
    }
    // The curve as a workbook too, for the analysts' spreadsheets.
    let path = dir.join(super::workbook::FILE);
    super::atomic::write_bytes(&path, &super::workbook::tables(&[("sheet-sweep", &df)], tx)?)?;
    written.push(path);
    if let Some(sol) = &s.solution {
        let mut table = super::csv_table::CsvTable::new(&["path", "value", "x", "share_meeting_goal", "meets_goal", "goal"]);
        for (x, label, share) in &sol.evaluated {
            table.row([s.path.clone(), label.clone(), x.to_string(), share.to_string(), (*share >= sol.goal.probability).to_string(), sol.goal.describe()]);
        }
        let path = dir.join("sweep_goal.csv");
        table.write(&path)?;
        written.push(path);
    }
    let charts = dir.join("charts");
    std::fs::create_dir_all(&charts).map_err(|e| Error::io(&charts, e))?;
    let c = chart(s, shown, interval, names, tx);
    let png = charts.join("sweep.png");
    render_png(&c, &png)?;
    let svg = charts.join("sweep.svg");
    super::atomic::write_bytes(&svg, render_svg(&c)?.as_bytes())?;
    written.extend([png, svg]);
    Ok(written)
}
