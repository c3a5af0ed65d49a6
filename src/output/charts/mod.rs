//! Charts of a run, drawn with plotters into SVG (inlined in report.html) and PNG
//! (for slides and report.md), 1200x800, with an embedded DejaVu Sans font so they
//! render the same on a bare machine, Cyrillic included.
//!
//! Every chart is a [`BarChart`] (groups of bars with interval whiskers) or a
//! [`LineChart`], built from the summary by [`build`] and drawn by one renderer per
//! kind, for either backend.

mod draw;

use std::path::{Path, PathBuf};

use crate::engine::Outcome;
use crate::error::{Error, Result};
use crate::montecarlo::RunResult;
use crate::scenario::vocab::Status;
use crate::summary::sensitivity::Method;
use crate::summary::{Breakdown, Metric, ReportOutcome, SummaryRow, TotalKey, find_row, total_row};

pub use draw::{render_png, render_svg};

/// Chart width in pixels.
pub const WIDTH: u32 = 1200;
/// Chart height in pixels.
pub const HEIGHT: u32 = 800;

/// Series colours, ordered by lightness so that neighbours stay apart in greyscale;
/// bars are outlined in black as well.
pub const PALETTE: [(u8, u8, u8); 6] = [(16, 42, 67), (51, 101, 138), (79, 157, 105), (246, 174, 45), (245, 217, 144), (236, 236, 236)];

/// One bar: a mean and its interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bar {
    /// Mean over replicates.
    pub mean: f64,
    /// Lower interval bound.
    pub low: f64,
    /// Upper interval bound.
    pub high: f64,
}

/// Grouped bars: one group per category, one bar per series in each.
#[derive(Debug, Clone)]
pub struct BarChart {
    /// File stem.
    pub name: String,
    /// Title.
    pub title: String,
    /// Y axis label, with unit.
    pub y_label: String,
    /// X axis label.
    pub x_label: String,
    /// Category names.
    pub categories: Vec<String>,
    /// Series names (drafts).
    pub series: Vec<String>,
    /// `values[series][category]`.
    pub values: Vec<Vec<Option<Bar>>>,
    /// Divide values by this for display (1e9 for billions).
    pub scale: f64,
    /// Palette index of the first series, so a draft keeps its colour in every chart.
    pub colour_offset: usize,
    /// A value to mark with a vertical line (1.0 for "simulated / target").
    pub reference: Option<f64>,
}

/// Lines over a numeric x axis (distributions).
#[derive(Debug, Clone)]
pub struct LineChart {
    /// File stem.
    pub name: String,
    /// Title.
    pub title: String,
    /// X axis label, with unit.
    pub x_label: String,
    /// Y axis label, with unit.
    pub y_label: String,
    /// Series names.
    pub series: Vec<String>,
    /// `points[series]` as (x, y).
    pub points: Vec<Vec<(f64, f64)>>,
    /// Per series, an interval drawn as a shaded band: (x, low, high); empty for none.
    pub bands: Vec<Vec<(f64, f64, f64)>>,
    /// Whether the y axis starts at zero (counts) or fits the data (a stock that moves
    /// a few per cent).
    pub y_from_zero: bool,
}

/// A chart of either kind.
#[derive(Debug, Clone)]
pub enum Chart {
    /// Grouped bars with whiskers.
    Bars(BarChart),
    /// Lines.
    Lines(LineChart),
    /// Several bar charts in a grid (breakdowns).
    Panels {
        /// File stem.
        name: String,
        /// Title over the grid.
        title: String,
        /// The charts, in reading order.
        panels: Vec<BarChart>,
    },
}

impl Chart {
    /// File stem.
    pub fn name(&self) -> &str {
        match self {
            Chart::Bars(b) => &b.name,
            Chart::Lines(l) => &l.name,
            Chart::Panels { name, .. } => name,
        }
    }

    /// Title.
    pub fn title(&self) -> &str {
        match self {
            Chart::Bars(b) => &b.title,
            Chart::Lines(l) => &l.title,
            Chart::Panels { title, .. } => title,
        }
    }
}

fn bar(r: Option<&SummaryRow>) -> Option<Bar> {
    r.map(|r| Bar { mean: r.mean, low: r.p05, high: r.p95 })
}

fn drafts_of(rows: &[SummaryRow]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in rows {
        if !out.contains(&r.draft) {
            out.push(r.draft.clone());
        }
    }
    out
}

/// The headline categories: (label, status, outcome).
fn headline() -> Vec<(&'static str, Option<Status>, ReportOutcome)> {
    vec![
        ("prisoners released", Some(Status::Prisoner), ReportOutcome::One(Outcome::Released)),
        ("prisoners released by cut", Some(Status::Prisoner), ReportOutcome::One(Outcome::ReleasedByCut)),
        ("prisoners with term cut", Some(Status::Prisoner), ReportOutcome::One(Outcome::Cut)),
        ("probationers released", Some(Status::Probationer), ReportOutcome::One(Outcome::Released)),
        ("probationers with term cut", Some(Status::Probationer), ReportOutcome::One(Outcome::Cut)),
        ("pre-trial cases closed", Some(Status::Pretrial), ReportOutcome::One(Outcome::CaseClosed)),
    ]
}

fn headline_chart(name: &str, title: &str, rows: &[SummaryRow], interval: f64) -> BarChart {
    let series = drafts_of(rows);
    let cats = headline();
    BarChart {
        name: name.into(),
        title: title.into(),
        y_label: format!("persons (mean, whiskers: {:.0}% interval)", interval * 100.0),
        x_label: "outcome".into(),
        categories: cats.iter().map(|c| c.0.to_string()).collect(),
        values: series.iter().map(|d| cats.iter().map(|(_, s, o)| bar(total_row(rows, d, TotalKey::persons(*s, *o)))).collect()).collect(),
        series,
        scale: 1.0,
        colour_offset: 0,
        reference: None,
    }
}

fn breakdown_chart(rows: &[SummaryRow], breakdown: Breakdown, title: &str, interval: f64) -> BarChart {
    let series = drafts_of(rows);
    let mut levels: Vec<String> = Vec::new();
    for r in rows.iter().filter(|r| r.key.breakdown == breakdown && r.key.metric == Metric::Persons && r.key.status.is_none() && r.key.outcome == ReportOutcome::Covered) {
        if !levels.contains(&r.key.level) && (r.mean > 0.0 || breakdown != Breakdown::Provision) {
            levels.push(r.key.level.clone());
        }
    }
    if breakdown == Breakdown::Provision {
        levels.retain(|l| l != "none");
    }
    BarChart {
        name: format!("breakdown-{breakdown}"),
        title: title.into(),
        y_label: format!("persons covered (whiskers: {:.0}% interval)", interval * 100.0),
        x_label: breakdown.name().replace('_', " "),
        values: series.iter().map(|d| levels.iter().map(|l| bar(find_row(rows, d, TotalKey::persons(None, ReportOutcome::Covered), breakdown, l))).collect()).collect(),
        categories: levels,
        series,
        scale: 1.0,
        colour_offset: 0,
        reference: None,
    }
}

/// Frequency polygon of a replicate column, on shared bins.
fn distribution(result: &RunResult, drafts: &[String]) -> LineChart {
    let t = &result.replicates;
    let columns: Vec<(usize, usize)> = drafts
        .iter()
        .filter_map(|d| {
            let a = t.column(&TotalKey::persons(None, ReportOutcome::One(Outcome::Released)).column(d))?;
            let b = t.column(&TotalKey::persons(None, ReportOutcome::One(Outcome::ReleasedByCut)).column(d))?;
            Some((a, b))
        })
        .collect();
    let values: Vec<Vec<f64>> = columns.iter().map(|(a, b)| t.rows.iter().map(|r| r[*a] + r[*b]).collect()).collect();
    let lo = values.iter().flatten().cloned().fold(f64::INFINITY, f64::min);
    let hi = values.iter().flatten().cloned().fold(f64::NEG_INFINITY, f64::max);
    let bins = 30usize;
    let width = ((hi - lo) / bins as f64).max(1.0);
    let points = values
        .iter()
        .map(|v| {
            let mut counts = vec![0usize; bins + 1];
            for x in v {
                counts[(((x - lo) / width) as usize).min(bins)] += 1;
            }
            let n = v.len().max(1) as f64;
            counts.iter().enumerate().map(|(k, c)| (lo + (k as f64 + 0.5) * width, *c as f64 / n * 100.0)).collect()
        })
        .collect();
    LineChart {
        name: "release-distribution".into(),
        title: "Distribution of total releases over replicates".into(),
        x_label: "persons released (incl. by cut), all statuses".into(),
        y_label: "% of replicates".into(),
        series: drafts.to_vec(),
        points,
        bands: Vec::new(),
        y_from_zero: true,
    }
}

/// The timeline's charts: the prison population with and without the amnesty (a fan:
/// mean and interval band), and per month the persons the amnesty released and those
/// who returned to custody. None without a timeline.
pub fn timeline(result: &RunResult, interval: f64) -> Vec<Chart> {
    use crate::summary::timeline::{Period, TimelineMetric, TimelineRow};
    let Some(t) = &result.timeline else { return Vec::new() };
    let drafts = drafts_of(&result.summary);
    let series = |draft: &str, metric: TimelineMetric, status: Option<Status>| -> Vec<&TimelineRow> {
        t.rows.iter().filter(|r| r.draft == draft && r.key.metric == metric && r.key.status == status && matches!(r.key.period, Period::Month(_))).collect()
    };
    let month = |r: &TimelineRow| match r.key.period {
        Period::Month(m) => m as f64,
        _ => 0.0,
    };
    let pct = interval * 100.0;
    let mut fan = LineChart {
        name: "timeline-stock".into(),
        title: "Prison population with and without the amnesty".into(),
        x_label: "months after the law took effect".into(),
        y_label: format!("sentenced prisoners at the end of the month (mean; band: {pct:.0}% interval)"),
        series: Vec::new(),
        points: Vec::new(),
        bands: Vec::new(),
        y_from_zero: false,
    };
    if let Some(first) = drafts.first() {
        let without = series(first, TimelineMetric::StockWithoutAmnesty, Some(Status::Prisoner));
        fan.series.push("without the amnesty".into());
        fan.points.push(without.iter().map(|r| (month(r), r.mean)).collect());
        fan.bands.push(Vec::new());
    }
    for d in &drafts {
        let rows = series(d, TimelineMetric::Stock, Some(Status::Prisoner));
        fan.series.push(d.clone());
        fan.points.push(rows.iter().map(|r| (month(r), r.mean)).collect());
        fan.bands.push(rows.iter().map(|r| (month(r), r.p05, r.p95)).collect());
    }
    let mut flows = LineChart {
        name: "timeline-releases".into(),
        title: "Released by the amnesty, and returned to custody, per month".into(),
        x_label: "months after the law took effect".into(),
        y_label: format!("persons, all statuses (mean; band: {pct:.0}% interval)"),
        series: Vec::new(),
        points: Vec::new(),
        bands: Vec::new(),
        y_from_zero: true,
    };
    for d in &drafts {
        for (metric, label) in [(TimelineMetric::AmnestyReleases, "released"), (TimelineMetric::Returns, "returned")] {
            let rows = series(d, metric, None);
            flows.series.push(format!("{d}: {label}"));
            flows.points.push(rows.iter().map(|r| (month(r), r.mean)).collect());
            flows.bands.push(rows.iter().map(|r| (month(r), r.p05, r.p95)).collect());
        }
    }
    vec![Chart::Lines(fan), Chart::Lines(flows)]
}

/// What each clause of the first draft buys: persons covered that depend on each
/// provision and exclusion, and what each does alone (an exclusion's bars are negative:
/// the persons it keeps out). Clauses that change nothing in this population are left
/// out. None without attribution.
pub fn attribution(result: &RunResult, interval: f64) -> Option<Chart> {
    use crate::summary::attribution::{ClauseKind, Measure};
    let first = result.attribution.first()?.draft.clone();
    let covered = TotalKey::persons(None, ReportOutcome::Covered);
    let rows: Vec<_> = result.attribution.iter().filter(|r| r.draft == first && r.key.total == covered).collect();
    let mut clauses: Vec<(ClauseKind, String)> = Vec::new();
    for r in &rows {
        let c = (r.key.kind, r.key.clause.clone());
        if !clauses.contains(&c) && rows.iter().any(|x| (x.key.kind, &x.key.clause) == (c.0, &c.1) && (x.mean.abs() >= 0.5 || x.p95.abs() >= 0.5)) {
            clauses.push(c);
        }
    }
    if clauses.is_empty() {
        return None;
    }
    let value = |measure: Measure, (kind, id): &(ClauseKind, String)| {
        rows.iter().find(|r| r.key.kind == *kind && &r.key.clause == id && r.key.measure == measure).map(|r| Bar { mean: r.mean, low: r.p05, high: r.p95 })
    };
    Some(Chart::Bars(BarChart {
        name: "attribution".into(),
        title: format!("What each clause buys ({first})"),
        y_label: format!("persons covered (whiskers: {:.0}% interval); exclusions: persons kept out", interval * 100.0),
        x_label: "clause".into(),
        categories: clauses.iter().map(|(k, id)| if *k == ClauseKind::Provision { id.clone() } else { format!("excl. {id}") }).collect(),
        series: vec!["alone".into(), "depends on it".into()],
        values: [Measure::Alone, Measure::DependsOn].iter().map(|m| clauses.iter().map(|c| value(*m, c)).collect()).collect(),
        scale: 1.0,
        colour_offset: 1,
        reference: None,
    }))
}

fn savings(rows: &[SummaryRow], interval: f64) -> Chart {
    let series = drafts_of(rows);
    let panel = |metric: Metric, label: &str, scale: f64, name: &str| BarChart {
        name: name.into(),
        title: label.into(),
        y_label: format!("{label} (whiskers: {:.0}% interval)", interval * 100.0),
        x_label: "status".into(),
        categories: vec!["prisoners".into(), "pre-trial".into(), "all".into()],
        values: series
            .iter()
            .map(|d| {
                [Some(Status::Prisoner), Some(Status::Pretrial), None]
                    .iter()
                    .map(|s| bar(total_row(rows, d, TotalKey { metric, status: *s, outcome: ReportOutcome::Covered })))
                    .collect()
            })
            .collect(),
        series: series.clone(),
        scale,
        colour_offset: 0,
        reference: None,
    };
    Chart::Panels {
        name: "savings".into(),
        title: "Bed-days and cost saved".into(),
        panels: vec![panel(Metric::BedDaysSaved, "bed-days saved (thousands)", 1e3, "bed-days"), panel(Metric::CostSavedKzt, "cost saved (billion tenge)", 1e9, "cost")],
    }
}

/// Every chart of a run, in report order.
pub fn build(result: &RunResult, interval: f64) -> Vec<Chart> {
    let drafts = drafts_of(&result.summary);
    let mut charts = vec![Chart::Bars(headline_chart("outcomes", "Released, cut and closed, by status and draft", &result.summary, interval))];
    if !result.differences.is_empty() {
        let mut diff = headline_chart("differences", &format!("Paired difference against {}", drafts[0]), &result.differences, interval);
        diff.colour_offset = 1;
        diff.y_label = format!("difference in persons (whiskers: {:.0}% interval)", interval * 100.0);
        charts.push(Chart::Bars(diff));
    }
    charts.push(Chart::Lines(distribution(result, &drafts)));
    charts.push(Chart::Bars(breakdown_chart(&result.summary, Breakdown::Provision, "Persons covered, by the provision that applied", interval)));
    charts.extend(attribution(result, interval));
    charts.push(Chart::Panels {
        name: "breakdowns".into(),
        title: "Persons covered by gravity, sex, vulnerability and offence group".into(),
        panels: vec![
            breakdown_chart(&result.summary, Breakdown::Gravity, "by gravity", interval),
            breakdown_chart(&result.summary, Breakdown::Sex, "by sex", interval),
            breakdown_chart(&result.summary, Breakdown::Vulnerable, "socially vulnerable", interval),
            breakdown_chart(&result.summary, Breakdown::OffenceGroup, "by offence group", interval),
        ],
    });
    charts.push(savings(&result.summary, interval));
    charts.extend(timeline(result, interval));
    charts
}

/// A tornado chart: the inputs that move `output` most, by partial rank correlation.
pub fn tornado(influences: &[crate::summary::sensitivity::Influence], output: &str) -> Option<Chart> {
    let top = crate::summary::sensitivity::top(influences, output, 12);
    if top.is_empty() {
        return None;
    }
    let method = if top[0].method == Method::Prcc { "partial rank correlation" } else { "rank correlation" };
    Some(Chart::Bars(BarChart {
        name: "sensitivity".into(),
        title: format!("What drives {output}"),
        y_label: format!("{method} with the output (-1 to 1)"),
        x_label: "uncertain input".into(),
        categories: top.iter().map(|i| i.input.clone()).collect(),
        series: vec![output.to_string()],
        values: vec![top.iter().map(|i| Some(Bar { mean: i.coefficient, low: i.coefficient, high: i.coefficient })).collect()],
        scale: 1.0,
        colour_offset: 1,
        reference: None,
    }))
}

/// Draws every chart as PNG into `dir/charts/` and returns (chart, svg text, png path).
pub fn write_all(charts: &[Chart], dir: &Path) -> Result<Vec<(String, String, PathBuf)>> {
    let charts_dir = dir.join("charts");
    std::fs::create_dir_all(&charts_dir).map_err(|e| Error::io(&charts_dir, e))?;
    charts
        .iter()
        .map(|c| {
            let svg = render_svg(c)?;
            let png = charts_dir.join(format!("{}.png", c.name()));
            render_png(c, &png)?;
            crate::output::atomic::write_bytes(&charts_dir.join(format!("{}.svg", c.name())), svg.as_bytes())?;
            Ok((c.name().to_string(), svg, png))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
        let lin = |c: u8| {
            let c = c as f64 / 255.0;
            if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }

    #[test]
    fn palette_survives_greyscale() {
        let l: Vec<f64> = PALETTE.iter().map(|c| luminance(*c)).collect();
        for w in l.windows(2) {
            assert!(w[1] - w[0] > 0.07, "neighbouring colours too close in greyscale: {l:?}");
        }
    }
}
