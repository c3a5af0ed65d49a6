//! Charts of a run, drawn with plotters into SVG (inlined in report.html) and PNG
//! (for slides and report.md), 1200x800, with an embedded DejaVu Sans font so they
//! render the same on a bare machine, Cyrillic included.
//!
//! Every chart is a [`BarChart`] (groups of bars with interval whiskers) or a
//! [`LineChart`], built from the summary by [`build`] and drawn by one renderer per
//! kind, for either backend. Drafts and clauses are named by their short names in the
//! chart's language ([`Names`]), never by id; every text is fitted to the room it gets
//! ([`layout`]), so nothing is cut with "…" or runs off the image.

mod axes;
mod bars;
#[cfg(test)]
mod check;
mod draw;
mod frame;
pub mod layout;
mod lines;

use std::path::{Path, PathBuf};

use crate::engine::Outcome;
use crate::error::{Error, Result};
use crate::i18n::{Lang, Texts};
use crate::montecarlo::RunResult;
use crate::output::names::Names;
use crate::output::words;
use crate::scenario::vocab::Status;
use crate::summary::sensitivity::Method;
use crate::summary::{Breakdown, Metric, ReportOutcome, SummaryRow, TotalKey, find_row, total_row};

pub use draw::{render_png, render_svg};

/// Chart width in pixels.
pub const WIDTH: u32 = 1200;
/// Chart height in pixels.
pub const HEIGHT: u32 = 800;

/// Series colours: the Okabe–Ito palette, told apart by readers with any common colour
/// vision deficiency; eight distinct colours, blue first, black last (it is the colour
/// of outlines and whiskers). Bars are outlined in black, lines also differ by marker
/// and, when there are many, by dash.
pub const PALETTE: [(u8, u8, u8); 8] = [(0, 114, 178), (230, 159, 0), (0, 158, 115), (213, 94, 0), (204, 121, 167), (86, 180, 233), (240, 228, 66), (0, 0, 0)];

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
    /// The language of the axis numbers.
    pub lang: Lang,
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
    /// A value of x to mark with a vertical line, and its label (a sweep's solved
    /// boundary).
    pub mark: Option<(f64, String)>,
    /// The language of the axis numbers.
    pub lang: Lang,
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
fn headline(tx: &Texts) -> Vec<(String, Option<Status>, ReportOutcome)> {
    vec![
        (tx.t("chart-cat-prisoners-released"), Some(Status::Prisoner), ReportOutcome::One(Outcome::Released)),
        (tx.t("chart-cat-prisoners-by-cut"), Some(Status::Prisoner), ReportOutcome::One(Outcome::ReleasedByCut)),
        (tx.t("chart-cat-prisoners-cut"), Some(Status::Prisoner), ReportOutcome::One(Outcome::Cut)),
        (tx.t("chart-cat-probationers-released"), Some(Status::Probationer), ReportOutcome::One(Outcome::Released)),
        (tx.t("chart-cat-probationers-cut"), Some(Status::Probationer), ReportOutcome::One(Outcome::Cut)),
        (tx.t("chart-cat-cases-closed"), Some(Status::Pretrial), ReportOutcome::One(Outcome::CaseClosed)),
    ]
}

fn headline_chart(name: &str, title: &str, rows: &[SummaryRow], interval: f64, names: &Names, tx: &Texts) -> BarChart {
    let series = drafts_of(rows);
    let cats = headline(tx);
    BarChart {
        name: name.into(),
        title: title.into(),
        y_label: tx.f("chart-persons-axis", &[("pct", (interval * 100.0).into())]),
        x_label: tx.t("chart-outcome-axis"),
        lang: tx.lang(),
        categories: cats.iter().map(|c| c.0.clone()).collect(),
        values: series.iter().map(|d| cats.iter().map(|(_, s, o)| bar(total_row(rows, d, TotalKey::persons(*s, *o)))).collect()).collect(),
        series: draft_names(&series, names),
        scale: 1.0,
        colour_offset: 0,
        reference: None,
    }
}

fn breakdown_chart(rows: &[SummaryRow], breakdown: Breakdown, title: &str, interval: f64, names: &Names, tx: &Texts) -> BarChart {
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
    let covered =
        |l: &str| series.iter().filter_map(|d| find_row(rows, d, TotalKey::persons(None, ReportOutcome::Covered), breakdown, l)).map(|r| r.p95.max(r.mean)).fold(0.0, f64::max);
    if breakdown == Breakdown::OffenceGroup {
        // Fifteen groups: show those the drafts reach, largest first.
        levels.retain(|l| covered(l) >= 0.5);
        levels.sort_by(|a, b| covered(b).total_cmp(&covered(a)));
    }
    BarChart {
        name: format!("breakdown-{breakdown}"),
        title: title.into(),
        y_label: tx.f("chart-covered-axis", &[("pct", (interval * 100.0).into())]),
        x_label: tx.label("breakdown", breakdown.name()),
        lang: tx.lang(),
        values: series.iter().map(|d| levels.iter().map(|l| bar(find_row(rows, d, TotalKey::persons(None, ReportOutcome::Covered), breakdown, l))).collect()).collect(),
        categories: levels
            .iter()
            .map(|l| if breakdown == Breakdown::Provision { names.clause(series.first().map_or("", String::as_str), l).to_string() } else { words::level(tx, breakdown, l) })
            .collect(),
        series: draft_names(&series, names),
        scale: 1.0,
        colour_offset: 0,
        reference: None,
    }
}

/// Frequency polygon of a replicate column, on shared bins.
fn distribution(result: &RunResult, drafts: &[String], names: &Names, tx: &Texts) -> LineChart {
    let t = &result.replicates;
    let columns: Vec<(usize, usize)> = drafts
        .iter()
        .filter_map(|d| {
            let a = t.total(d, TotalKey::persons(None, ReportOutcome::One(Outcome::Released)))?;
            let b = t.total(d, TotalKey::persons(None, ReportOutcome::One(Outcome::ReleasedByCut)))?;
            Some((a, b))
        })
        .collect();
    let values: Vec<Vec<f64>> = columns.iter().map(|(a, b)| t.sums(&[*a, *b])).collect();
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
        title: tx.t("chart-distribution"),
        x_label: tx.t("chart-distribution-x"),
        y_label: tx.t("chart-distribution-y"),
        series: draft_names(drafts, names),
        points,
        bands: Vec::new(),
        y_from_zero: true,
        mark: None,
        lang: tx.lang(),
    }
}

/// The timeline's charts: the prison population with and without the amnesty (a fan:
/// mean and interval band), and per month the persons the amnesty released and those
/// who returned to custody. None without a timeline.
pub fn timeline(result: &RunResult, interval: f64, names: &Names, tx: &Texts) -> Vec<Chart> {
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
        title: tx.t("chart-stock"),
        x_label: tx.t("chart-months-axis"),
        y_label: tx.f("chart-stock-axis", &[("pct", pct.into())]),
        series: Vec::new(),
        points: Vec::new(),
        bands: Vec::new(),
        y_from_zero: false,
        mark: None,
        lang: tx.lang(),
    };
    if let Some(first) = drafts.first() {
        let without = series(first, TimelineMetric::StockWithoutAmnesty, Some(Status::Prisoner));
        fan.series.push(tx.t("chart-without-amnesty"));
        fan.points.push(without.iter().map(|r| (month(r), r.mean)).collect());
        fan.bands.push(Vec::new());
    }
    for d in &drafts {
        let rows = series(d, TimelineMetric::Stock, Some(Status::Prisoner));
        fan.series.push(names.draft(d).to_string());
        fan.points.push(rows.iter().map(|r| (month(r), r.mean)).collect());
        fan.bands.push(rows.iter().map(|r| (month(r), r.p05, r.p95)).collect());
    }
    let mut flows = LineChart {
        name: "timeline-releases".into(),
        title: tx.t("chart-flows"),
        x_label: tx.t("chart-months-axis"),
        y_label: tx.f("chart-flows-axis", &[("pct", pct.into())]),
        series: Vec::new(),
        points: Vec::new(),
        bands: Vec::new(),
        y_from_zero: true,
        mark: None,
        lang: tx.lang(),
    };
    for d in &drafts {
        for (metric, label) in [
            (TimelineMetric::AmnestyReleases, tx.f("chart-flow-released", &[("draft", names.draft(d).into())])),
            (TimelineMetric::Returns, tx.f("chart-flow-returned", &[("draft", names.draft(d).into())])),
        ] {
            let rows = series(d, metric, None);
            flows.series.push(label);
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
pub fn attribution(result: &RunResult, interval: f64, names: &Names, tx: &Texts) -> Option<Chart> {
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
        title: tx.f("chart-attribution", &[("draft", names.draft(&first).into())]),
        y_label: tx.f("chart-attribution-axis", &[("pct", (interval * 100.0).into())]),
        x_label: tx.t("chart-clause-axis"),
        lang: tx.lang(),
        categories: clauses
            .iter()
            .map(|(k, id)| {
                let name = names.clause(&first, id);
                if *k == ClauseKind::Provision { name.to_string() } else { tx.f("chart-exclusion-named", &[("name", name.into())]) }
            })
            .collect(),
        series: vec![tx.t("chart-alone"), tx.t("chart-depends")],
        values: [Measure::Alone, Measure::DependsOn].iter().map(|m| clauses.iter().map(|c| value(*m, c)).collect()).collect(),
        scale: 1.0,
        colour_offset: 1,
        reference: None,
    }))
}

fn savings(rows: &[SummaryRow], interval: f64, names: &Names, tx: &Texts) -> Chart {
    let series = drafts_of(rows);
    let panel = |metric: Metric, label: String, scale: f64, name: &str| BarChart {
        name: name.into(),
        y_label: tx.f("chart-whiskers", &[("what", label.as_str().into()), ("pct", (interval * 100.0).into())]),
        title: label,
        x_label: tx.t("chart-status-axis"),
        lang: tx.lang(),
        categories: vec![tx.label("status", "prisoner"), tx.label("status", "pretrial"), tx.t("status-all")],
        values: series
            .iter()
            .map(|d| {
                [Some(Status::Prisoner), Some(Status::Pretrial), None]
                    .iter()
                    .map(|s| bar(total_row(rows, d, TotalKey { metric, status: *s, outcome: ReportOutcome::Covered })))
                    .collect()
            })
            .collect(),
        series: draft_names(&series, names),
        scale,
        colour_offset: 0,
        reference: None,
    };
    Chart::Panels {
        name: "savings".into(),
        title: tx.t("chart-savings"),
        panels: vec![panel(Metric::BedDaysSaved, tx.t("chart-bed-days-thousands"), 1e3, "bed-days"), panel(Metric::CostSavedKzt, tx.t("chart-cost-billions"), 1e9, "cost")],
    }
}

/// The drafts' short names, in order.
fn draft_names(ids: &[String], names: &Names) -> Vec<String> {
    ids.iter().map(|d| names.draft(d).to_string()).collect()
}

/// Every chart of a run, in report order, drafts and clauses named by `names`.
pub fn build(result: &RunResult, interval: f64, names: &Names, tx: &Texts) -> Vec<Chart> {
    let drafts = drafts_of(&result.summary);
    let pct = interval * 100.0;
    let mut charts = vec![Chart::Bars(headline_chart("outcomes", &tx.t("chart-outcomes"), &result.summary, interval, names, tx))];
    if !result.differences.is_empty() {
        let base = names.draft(&drafts[0]);
        let mut diff = headline_chart("differences", &tx.f("chart-differences", &[("base", base.into())]), &result.differences, interval, names, tx);
        diff.colour_offset = 1;
        diff.y_label = tx.f("chart-difference-axis", &[("pct", pct.into())]);
        charts.push(Chart::Bars(diff));
    }
    charts.push(Chart::Lines(distribution(result, &drafts, names, tx)));
    charts.push(Chart::Bars(breakdown_chart(&result.summary, Breakdown::Provision, &tx.t("chart-by-provision"), interval, names, tx)));
    charts.extend(attribution(result, interval, names, tx));
    charts.push(Chart::Panels {
        name: "breakdowns".into(),
        title: tx.t("chart-breakdowns"),
        panels: vec![
            breakdown_chart(&result.summary, Breakdown::Gravity, &tx.t("chart-by-gravity"), interval, names, tx),
            breakdown_chart(&result.summary, Breakdown::Sex, &tx.t("chart-by-sex"), interval, names, tx),
            breakdown_chart(&result.summary, Breakdown::Vulnerable, &tx.t("chart-by-vulnerable"), interval, names, tx),
        ],
    });
    // Offence groups get a chart of their own: fifteen groups in a quarter panel made
    // the whiskers overlap.
    charts.push(Chart::Bars(breakdown_chart(&result.summary, Breakdown::OffenceGroup, &tx.t("chart-by-offence"), interval, names, tx)));
    charts.push(savings(&result.summary, interval, names, tx));
    charts.extend(timeline(result, interval, names, tx));
    charts
}

/// A tornado chart: the inputs that move `output` most, by partial rank correlation,
/// each input in words, drafts and clauses by their names in `names`.
pub fn tornado(influences: &[crate::summary::sensitivity::Influence], draft: &str, key: &TotalKey, names: &Names, tx: &Texts) -> Option<Chart> {
    let top = crate::summary::sensitivity::top(influences, &key.column(draft), 12);
    if top.is_empty() {
        return None;
    }
    let method = if top[0].method == Method::Prcc { tx.t("method-prcc-short") } else { tx.t("method-spearman-short") };
    let output = words::output(tx, names.draft(draft), key);
    Some(Chart::Bars(BarChart {
        name: "sensitivity".into(),
        title: tx.f("chart-tornado", &[("output", output.as_str().into())]),
        y_label: tx.f("chart-tornado-axis", &[("method", method.into())]),
        x_label: tx.t("chart-input-axis"),
        lang: tx.lang(),
        categories: top.iter().map(|i| words::input_named(tx, names, &i.input)).collect(),
        series: vec![output],
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
