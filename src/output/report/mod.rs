//! The report a person reads: a plain-language summary on top, then tables, charts,
//! every draft's provisions with their citations, the population's assumptions and
//! sources, and a reproducibility block. One content model ([`Block`]) is rendered to
//! a self-contained HTML file (SVG inline, no network reference) and to Markdown.

mod attribution;
mod html;
mod markdown;

use crate::draft::Draft;
use crate::engine::Outcome;
use crate::i18n::Texts;
use crate::montecarlo::RunResult;
use crate::output::manifest::Manifest;
use crate::output::names::Names;
use crate::scenario::spec::PopulationSpec;
use crate::scenario::vocab::Status;
use crate::summary::{Metric, ReportOutcome, SummaryRow, TotalKey};

pub use html::render as render_html;
pub use html::{escape, inline_svg};
pub use markdown::render as render_markdown;

/// A piece of the report.
#[derive(Debug, Clone)]
pub enum Block {
    /// A heading of level 1-3.
    Heading(u8, String),
    /// A paragraph of plain text.
    Paragraph(String),
    /// Bullet points.
    List(Vec<String>),
    /// A table: header, rows, and the columns that hold code in the draft language
    /// (conditions), shown as code.
    Table(Vec<String>, Vec<Vec<String>>, Vec<usize>),
    /// A chart: title, file stem (for the PNG), SVG text.
    Chart(String, String, String),
    /// Preformatted text (commands, hashes).
    Code(String),
    /// A section folded under its heading (`<details>` in HTML), so the report prints
    /// in a few pages: the heading, then the blocks shown when it is opened.
    Details(String, Vec<Block>),
    /// The technical details, folded: ids, conditions as written, file paths, hashes:
    /// what a user types or checks, kept apart so that everything else reads in words
    /// (`<details class="technical">` in HTML; the tests read the rest for ids).
    Technical(String, Vec<Block>),
    /// Blocks kept together under an id (`<section id=..>` in HTML): the brief, which
    /// the print stylesheet keeps on its own page and the browser test finds.
    Section(String, Vec<Block>),
}

/// A table with no code column.
fn table(header: Vec<String>, rows: Vec<Vec<String>>) -> Block {
    Block::Table(header, rows, Vec::new())
}

/// What the report is made from.
pub struct ReportInput<'a> {
    /// The run's results.
    pub result: &'a RunResult,
    /// The drafts, in run order.
    pub drafts: &'a [Draft],
    /// The population spec (its citations are listed).
    pub spec: &'a PopulationSpec,
    /// Whether the population was synthetic.
    pub synthetic: bool,
    /// The manifest (command, seed, hashes).
    pub manifest: &'a Manifest,
    /// Charts: (title, file stem, SVG).
    pub charts: Vec<(String, String, String)>,
    /// Interval probability.
    pub interval: f64,
    /// Influence of each uncertain input on the headline outputs.
    pub influences: &'a [crate::summary::sensitivity::Influence],
    /// The report's language.
    pub texts: &'a Texts,
    /// The drafts' and clauses' short names in that language.
    pub names: Names,
}

fn row<'a>(rows: &'a [SummaryRow], draft: &str, metric: Metric, status: Option<Status>, outcome: ReportOutcome) -> Option<&'a SummaryRow> {
    crate::summary::total_row(rows, draft, crate::summary::TotalKey { metric, status, outcome })
}

fn persons<'a>(rows: &'a [SummaryRow], draft: &str, status: Option<Status>, outcome: ReportOutcome) -> Option<&'a SummaryRow> {
    row(rows, draft, Metric::Persons, status, outcome)
}

fn interval_text(tx: &Texts, r: &SummaryRow, pct: f64) -> String {
    tx.interval(pct, r.p05, r.p95)
}

const RELEASED: ReportOutcome = ReportOutcome::One(Outcome::Released);
const BY_CUT: ReportOutcome = ReportOutcome::One(Outcome::ReleasedByCut);
const CUT: ReportOutcome = ReportOutcome::One(Outcome::Cut);
const CLOSED: ReportOutcome = ReportOutcome::One(Outcome::CaseClosed);

/// A published figure as text: "2,000", or "more than 2,000" for a lower bound.
fn figure(tx: &Texts, t: &crate::calibrate::targets::Target) -> String {
    match t.kind {
        crate::calibrate::targets::TargetKind::LowerBound => tx.f("more-than", &[("n", tx.int(t.value).into())]),
        _ => tx.int(t.value),
    }
}

/// Which reading of the law and which published figures the population was fitted to
/// (from the spec's `[calibration]` record), and the forecast-versus-outcome gap in
/// prison releases with the model's account of it, from the first draft's results.
pub fn calibration_blocks(input: &ReportInput) -> Option<Vec<Block>> {
    let tx = input.texts;
    let lang = tx.lang();
    let cal = input.spec.file.calibration.as_ref()?;
    let text = |k: &str| cal.get(k).and_then(|v| v.as_str()).unwrap_or("?").to_string();
    let targets = text("targets");
    let method = text("method");
    let weights: Vec<String> = crate::calibrate::targets::SHIPPED
        .iter()
        .filter(|(name, _)| targets.contains(name))
        .filter_map(|(name, t)| crate::calibrate::targets::Targets::parse(name, t).ok())
        .map(|t| {
            let kind = if t.kind == crate::calibrate::targets::FileKind::Outcome { tx.t("target-kind-outcome") } else { tx.t("target-kind-forecast") };
            tx.f("calibration-weight", &[("label", t.label_words.pick(lang, &t.label).into()), ("kind", kind.into()), ("weight", tx.number(t.weight, 1).into())])
        })
        .collect();
    // The draft it was fitted with, by its short name when it is shipped or in the run.
    let fitted = text("draft");
    let fitted_name = input.drafts.iter().find(|d| d.id == fitted).or(crate::draft::resolve(&fitted).ok().as_ref()).map_or(fitted.clone(), |d| d.name_in(lang).to_string());
    let mut first = tx.f("calibration-text", &[("method", input.spec.words.method.pick(lang, &method).into()), ("draft", fitted_name.into())]);
    if !weights.is_empty() {
        first.push(' ');
        first.push_str(&tx.f("calibration-weights", &[("weights", weights.join("; ").into())]));
    }
    let mut out = vec![Block::Paragraph(first)];
    if let Some(d) = input.drafts.iter().find(|d| d.id == text("draft")) {
        out.push(Block::Paragraph(tx.f("calibration-reading", &[("title", d.title_in(lang).into())])));
    }
    let pct = input.interval * 100.0;
    let d = &input.drafts[0].id;
    let s = &input.result.summary;
    if let (Some(rel), Some(by_cut), Some((forecast, outcome))) =
        (persons(s, d, Some(Status::Prisoner), RELEASED), persons(s, d, Some(Status::Prisoner), BY_CUT), prison_release_figures())
        && by_cut.mean > 0.0
    {
        out.push(Block::Paragraph(tx.f(
            "calibration-gap",
            &[
                ("forecast", figure(tx, &forecast).into()),
                ("forecast_source", forecast.source_words.pick(lang, &forecast.source).into()),
                ("outcome", figure(tx, &outcome).into()),
                ("outcome_source", outcome.source_words.pick(lang, &outcome.source).into()),
                ("draft", input.names.draft(d).into()),
                ("released", tx.int(rel.mean).into()),
                ("released_interval", interval_text(tx, rel, pct).into()),
                ("by_cut", tx.int(by_cut.mean).into()),
                ("by_cut_interval", interval_text(tx, by_cut, pct).into()),
            ],
        )));
    }
    Some(out)
}

/// The forecast's prison releases by release items and the outcome's prison releases
/// in all, from the shipped targets files.
fn prison_release_figures() -> Option<(crate::calibrate::targets::Target, crate::calibrate::targets::Target)> {
    use crate::calibrate::targets::{FileKind, SHIPPED, Targets};
    let files: Vec<Targets> = SHIPPED.iter().filter_map(|(name, text)| Targets::parse(name, text).ok()).collect();
    let find = |kind: FileKind, outcomes: &[ReportOutcome]| {
        files.iter().filter(|f| f.kind == kind).flat_map(|f| f.targets.iter()).find(|t| t.statuses == [Status::Prisoner] && t.outcomes == outcomes && t.fitted).cloned()
    };
    Some((find(FileKind::Forecast, &[RELEASED])?, find(FileKind::Outcome, &[RELEASED, BY_CUT])?))
}

/// The plain-language summary at the top: per draft, its title and a short list of
/// what it does; then the differences against the first draft.
pub fn summary(input: &ReportInput) -> Vec<(String, Vec<String>)> {
    let tx = input.texts;
    let pct = input.interval * 100.0;
    let s = &input.result.summary;
    let mut out = Vec::new();
    for d in input.drafts {
        let mut items = Vec::new();
        for (status, outcome, id) in [
            (Status::Prisoner, RELEASED, "summary-prisoners-released"),
            (Status::Prisoner, BY_CUT, "summary-prisoners-by-cut"),
            (Status::Prisoner, CUT, "summary-prisoners-cut"),
            (Status::Probationer, RELEASED, "summary-probationers-released"),
            (Status::Probationer, CUT, "summary-probationers-cut"),
            (Status::Pretrial, CLOSED, "summary-cases-closed"),
        ] {
            if let Some(r) = persons(s, &d.id, Some(status), outcome)
                && (r.mean > 0.0 || r.p95 > 0.0)
            {
                items.push(tx.f(id, &[("n", r.mean.into()), ("interval", interval_text(tx, r, pct).into())]));
            }
        }
        if items.is_empty() {
            items.push(tx.t("summary-covers-nobody"));
        } else if let Some(c) = persons(s, &d.id, None, ReportOutcome::Covered) {
            items.push(tx.f("summary-covered", &[("n", c.mean.into()), ("interval", interval_text(tx, c, pct).into())]));
        }
        if let Some(b) = row(s, &d.id, Metric::BedDaysSaved, None, ReportOutcome::Covered)
            && b.mean > 0.0
        {
            items.push(tx.f("summary-bed-days", &[("n", b.mean.into()), ("interval", interval_text(tx, b, pct).into())]));
        }
        items.extend(timeline_items(input, &d.id));
        out.push((d.name_in(tx.lang()).to_string(), items));
    }
    let items = difference_items(input, &DIFFERENCES);
    if !items.is_empty() {
        out.push((tx.f("heading-differences", &[("base", input.names.draft(&input.drafts[0].id).into())]), items));
    }
    out
}

/// The differences the summary states in words: (status, outcome, the message's word).
const DIFFERENCES: [(Option<Status>, ReportOutcome, &str); 4] = [
    (Some(Status::Prisoner), RELEASED, "prisoners-released"),
    (Some(Status::Probationer), RELEASED, "probationers-released"),
    (Some(Status::Prisoner), CUT, "prisoners-cut"),
    (None, ReportOutcome::Covered, "covered"),
];

/// Each draft after the first against it, in words: "N more (fewer) ... than ...",
/// one sentence per difference of `which` that is not zero.
fn difference_items(input: &ReportInput, which: &[(Option<Status>, ReportOutcome, &str)]) -> Vec<String> {
    let tx = input.texts;
    let pct = input.interval * 100.0;
    let diffs = &input.result.differences;
    let mut items = Vec::new();
    for d in input.drafts.iter().skip(1) {
        let base = input.names.draft(&input.drafts[0].id);
        for &(status, outcome, what) in which {
            let Some(r) = persons(diffs, &d.id, status, outcome) else { continue };
            if r.mean == 0.0 && r.p05 == 0.0 && r.p95 == 0.0 {
                continue;
            }
            // Bounds read as magnitudes of "more" or "fewer" unless the interval spans zero.
            let bounds = if r.p05 >= 0.0 {
                tx.interval(pct, r.p05, r.p95)
            } else if r.p95 <= 0.0 {
                tx.interval(pct, -r.p95, -r.p05)
            } else {
                tx.interval(pct, r.p05, r.p95)
            };
            let zero = if r.p05 <= 0.0 && r.p95 >= 0.0 { "yes" } else { "no" };
            let args: [(&str, crate::i18n::Arg); 6] = [
                ("what", what.into()),
                ("draft", input.names.draft(&d.id).into()),
                ("n", r.mean.abs().into()),
                ("base", base.into()),
                ("interval", bounds.into()),
                ("zero", zero.into()),
            ];
            items.push(if r.mean >= 0.0 { tx.f("summary-diff-more", &args) } else { tx.f("summary-diff-fewer", &args) });
        }
    }
    items
}

/// Over time, for one draft: when the prison population is lowest, the savings per
/// calendar year, and how many of those let out early return within the horizon.
fn timeline_items(input: &ReportInput, draft: &str) -> Vec<String> {
    use crate::summary::timeline::{Period, TimelineMetric};
    let tx = input.texts;
    let Some(t) = input.result.timeline.as_ref() else { return Vec::new() };
    let pct = input.interval * 100.0;
    let rows: Vec<_> = t.rows.iter().filter(|r| r.draft == draft).collect();
    let find = |metric: TimelineMetric, status: Option<Status>, period: Period| rows.iter().find(|r| r.key.metric == metric && r.key.status == status && r.key.period == period);
    let mut parts = Vec::new();
    // The deepest point of the dip in the prison population, from the monthly means.
    let dip = (1..=t.months as u16)
        .filter_map(|m| {
            let with = find(TimelineMetric::Stock, Some(Status::Prisoner), Period::Month(m))?;
            let without = find(TimelineMetric::StockWithoutAmnesty, Some(Status::Prisoner), Period::Month(m))?;
            Some((m, without.mean - with.mean, with))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1));
    if let Some((m, fewer, with)) = dip
        && fewer >= 0.5
    {
        parts.push(
            tx.f("summary-dip", &[("month", (m as f64).into()), ("n", with.mean.into()), ("fewer", fewer.into()), ("interval", tx.interval(pct, with.p05, with.p95).into())]),
        );
    }
    let years: Vec<String> = rows
        .iter()
        .filter(|r| r.key.metric == TimelineMetric::CostSavedKzt && r.key.status.is_none())
        .filter_map(|r| match r.key.period {
            Period::Year(y) if r.mean > 0.0 => Some(tx.f(
                "summary-cost-year",
                &[("year", y.to_string().into()), ("mean", tx.number(r.mean / 1e9, 1).into()), ("lo", tx.number(r.p05 / 1e9, 1).into()), ("hi", tx.number(r.p95 / 1e9, 1).into())],
            )),
            _ => None,
        })
        .collect();
    if !years.is_empty() {
        parts.push(tx.f("summary-cost-years", &[("years", years.join("; ").into())]));
    }
    if let Some(r) = find(TimelineMetric::Returns, None, Period::Horizon)
        && let Some(out) = find(TimelineMetric::AmnestyReleases, None, Period::Horizon)
        && out.mean > 0.0
    {
        parts.push(tx.f("summary-returns", &[("n", r.mean.into()), ("months", (t.months as f64).into()), ("interval", tx.interval(pct, r.p05, r.p95).into())]));
    }
    parts
}

/// Every citation of the population spec: (parameter path, source or assumption).
pub fn spec_citations(spec: &PopulationSpec) -> Vec<(String, String, String)> {
    let Ok(table) = spec.text.parse::<toml::Table>() else { return Vec::new() };
    let mut out = Vec::new();
    walk(&toml::Value::Table(table), "", &mut out);
    out
}

fn walk(v: &toml::Value, path: &str, out: &mut Vec<(String, String, String)>) {
    if let toml::Value::Table(t) = v {
        for (kind, key) in [("source", "source"), ("assumption", "assumption")] {
            if let Some(toml::Value::String(text)) = t.get(key) {
                out.push((if path.is_empty() { "(file)".into() } else { path.to_string() }, kind.to_string(), text.clone()));
            }
        }
        for (k, child) in t {
            if k != "source" && k != "assumption" && child.is_table() {
                walk(child, &if path.is_empty() { k.clone() } else { format!("{path}.{k}") }, out);
            }
        }
    }
}

/// The header of the results tables.
fn results_header(tx: &Texts) -> Vec<String> {
    let mut h = vec![tx.t("col-draft"), tx.t("col-status")];
    h.extend(OUTCOMES.iter().map(|o| crate::output::words::outcome(tx, *o)));
    h
}

const OUTCOMES: [ReportOutcome; 7] = [ReportOutcome::Eligible, RELEASED, BY_CUT, CUT, CLOSED, ReportOutcome::One(Outcome::Excluded), ReportOutcome::Covered];

fn results_rows(tx: &Texts, names: &Names, rows: &[SummaryRow], drafts: &[&str]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for d in drafts {
        for status in [Some(Status::Prisoner), Some(Status::Pretrial), Some(Status::Probationer), None] {
            let mut line = vec![names.draft(d).to_string(), status.map_or_else(|| tx.t("status-all"), |s| tx.label("status", s.name()))];
            for o in OUTCOMES {
                line.push(persons(rows, d, status, o).map_or("-".into(), |r| tx.mean_low_high(r.mean, r.p05, r.p95)));
            }
            out.push(line);
        }
    }
    out
}

/// Builds the report's blocks.
pub fn build(input: &ReportInput) -> Vec<Block> {
    let tx = input.texts;
    let ids: Vec<&str> = input.drafts.iter().map(|d| d.id.as_str()).collect();
    let mut b = brief(input);
    let mut rest = Vec::new();
    detail_blocks(input, &ids, &mut rest);
    b.extend(folded(rest));
    b.push(Block::Technical(tx.t("heading-technical"), technical_blocks(input)));
    b
}

/// The report's title and its brief: what `brief.pdf` prints.
pub fn brief(input: &ReportInput) -> Vec<Block> {
    let tx = input.texts;
    let names: Vec<&str> = input.drafts.iter().map(|d| d.name_in(tx.lang())).collect();
    vec![Block::Heading(1, tx.f("report-title", &[("drafts", names.join(&tx.t("report-vs")).into())])), Block::Section("brief".into(), brief_blocks(input))]
}

/// The chart the brief shows: the paired differences when drafts are compared, else
/// the outcomes by status.
const BRIEF_CHARTS: [&str; 2] = ["differences", "outcomes"];

/// Everything after the brief, section by section.
fn detail_blocks(input: &ReportInput, ids: &[&str], b: &mut Vec<Block>) {
    let tx = input.texts;
    let pct = input.interval * 100.0;
    summary_blocks(input, b);
    results_blocks(input, ids, b);
    savings_blocks(input, ids, b);
    b.extend(attribution::blocks(&input.result.attribution, input.drafts, pct, tx, &input.names));
    timeline_blocks(input, b);
    b.push(Block::Heading(2, tx.t("heading-charts")));
    for (title, name, svg) in &input.charts {
        b.push(Block::Chart(title.clone(), name.clone(), svg.clone()));
    }
    driver_blocks(input, ids, b);
    b.push(Block::Heading(2, tx.t("heading-drafts")));
    for d in input.drafts {
        draft_blocks(tx, d, b);
    }
    if let Some(cal) = calibration_blocks(input) {
        b.push(Block::Heading(2, tx.t("heading-calibration")));
        b.extend(cal);
    }
    population_blocks(input, b);
}

/// The blocks folded section by section: each level-2 heading with what follows it,
/// up to the next, becomes one [`Block::Details`].
fn folded(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for block in blocks {
        match (block, out.last_mut()) {
            (Block::Heading(2, title), _) => out.push(Block::Details(title, Vec::new())),
            (other, Some(Block::Details(_, inner))) => inner.push(other),
            (other, _) => out.push(other),
        }
    }
    out
}

/// The brief a deputy reads first, on one page: each draft's headline figures with
/// their intervals, and with several drafts the differences from the first, in words
/// a reader knows (the drafts by their short names).
fn brief_blocks(input: &ReportInput) -> Vec<Block> {
    let tx = input.texts;
    let pct = input.interval * 100.0;
    let lang = tx.lang();
    let mut b = vec![Block::Heading(2, tx.t("heading-brief"))];
    b.push(Block::Paragraph(tx.f("brief-text", &[("n", (input.manifest.replicates as f64).into()), ("pct", pct.into())])));
    for note in input.drafts.iter().filter(|_| input.synthetic).filter_map(|d| d.population_note(input.spec, tx)) {
        b.push(Block::Paragraph(note));
    }
    let figure = |rows: &[SummaryRow], draft: &str, key: TotalKey| crate::summary::total_row(rows, draft, key).map_or("-".to_string(), |r| tx.mean_low_high(r.mean, r.p05, r.p95));
    let header = |drafts: &[Draft]| std::iter::once(tx.t("col-measure")).chain(drafts.iter().map(|d| d.name_in(lang).to_string())).collect::<Vec<_>>();
    let rows = |rows: &[SummaryRow], drafts: &[Draft]| -> Vec<Vec<String>> {
        crate::summary::BRIEF.iter().map(|key| std::iter::once(crate::output::words::total(tx, key)).chain(drafts.iter().map(|d| figure(rows, &d.id, *key))).collect()).collect()
    };
    b.push(table(header(input.drafts), rows(&input.result.summary, input.drafts)));
    if let [base, others @ ..] = input.drafts
        && !others.is_empty()
    {
        b.push(Block::Heading(3, tx.f("heading-brief-differences", &[("base", base.name_in(lang).into()), ("pct", pct.into())])));
        b.push(Block::Section("brief-differences".into(), vec![table(header(others), rows(&input.result.differences, others))]));
        let words = difference_items(input, &DIFFERENCES[3..]);
        if !words.is_empty() {
            b.push(Block::List(words));
        }
    }
    let chart = BRIEF_CHARTS.iter().find_map(|name| input.charts.iter().find(|(_, stem, _)| stem == name));
    if let Some((title, stem, svg)) = chart {
        b.push(Block::Chart(title.clone(), stem.clone(), svg.clone()));
    }
    b
}

/// The summary: the headline findings by topic and how uncertain they are.
fn summary_blocks(input: &ReportInput, b: &mut Vec<Block>) {
    let tx = input.texts;
    let pct = input.interval * 100.0;
    b.push(Block::Heading(2, tx.t("heading-summary")));
    for (title, items) in summary(input) {
        b.push(Block::Heading(3, title));
        b.push(Block::List(items));
    }
    b.push(Block::Paragraph(
        tx.f("summary-uncertainty", &[("n", (input.manifest.replicates as f64).into()), ("pct", pct.into()), ("synthetic", if input.synthetic { "yes" } else { "no" }.into())]),
    ));
}

/// The persons each draft covers by status and outcome, and, beside a base draft, the
/// differences from it.
fn results_blocks(input: &ReportInput, ids: &[&str], b: &mut Vec<Block>) {
    let tx = input.texts;
    let pct = input.interval * 100.0;
    b.push(Block::Heading(2, tx.t("heading-results")));
    b.push(Block::Paragraph(tx.f("persons-mean-interval", &[("pct", pct.into())])));
    let names = &input.names;
    b.push(table(results_header(tx), results_rows(tx, names, &input.result.summary, ids)));
    if ids.len() > 1 {
        b.push(Block::Heading(2, tx.f("heading-differences", &[("base", names.draft(ids[0]).into())])));
        b.push(Block::Paragraph(tx.f("differences-text", &[("base", names.draft(ids[0]).into())])));
        b.push(table(results_header(tx), results_rows(tx, names, &input.result.differences, &ids[1..])));
    }
}

/// Bed-days and costs each draft saves.
fn savings_blocks(input: &ReportInput, ids: &[&str], b: &mut Vec<Block>) {
    let tx = input.texts;
    let pct = input.interval * 100.0;
    b.push(Block::Heading(2, tx.t("heading-savings")));
    let mut rows = Vec::new();
    for d in ids {
        for metric in [Metric::BedDaysSaved, Metric::CostSavedKzt] {
            if let Some(r) = row(&input.result.summary, d, metric, None, ReportOutcome::Covered) {
                rows.push(vec![input.names.draft(d).to_string(), tx.label("metric", metric.name()), tx.int(r.mean), tx.int(r.p05), tx.int(r.p95)]);
            }
        }
    }
    b.push(table(vec![tx.t("col-draft"), tx.t("col-measure"), tx.t("col-mean"), tx.f("col-low", &[("pct", pct.into())]), tx.f("col-high", &[("pct", pct.into())])], rows));
    b.push(Block::Paragraph(tx.t("savings-text")));
}

/// The costs saved by calendar year, when the run followed a timeline.
fn timeline_blocks(input: &ReportInput, b: &mut Vec<Block>) {
    use crate::summary::timeline::{Period, TimelineMetric};
    let Some(t) = &input.result.timeline else {
        return;
    };
    let tx = input.texts;
    let pct = input.interval * 100.0;
    b.push(Block::Heading(2, tx.t("heading-timeline")));
    b.push(Block::Paragraph(tx.f("timeline-text", &[("months", (t.months as f64).into())])));
    let mut rows = Vec::new();
    for r in t.rows.iter().filter(|r| r.key.metric == TimelineMetric::CostSavedKzt && r.key.status.is_none()) {
        let period = match r.key.period {
            Period::Year(y) => y.to_string(),
            Period::Horizon => tx.f("timeline-all-months", &[("months", (t.months as f64).into())]),
            Period::Month(_) => continue,
        };
        rows.push(vec![input.names.draft(&r.draft).to_string(), period, tx.number(r.mean / 1e9, 2), format!("{} – {}", tx.number(r.p05 / 1e9, 2), tx.number(r.p95 / 1e9, 2))]);
    }
    b.push(table(vec![tx.t("col-draft"), tx.t("col-calendar-year"), tx.t("col-cost-billion"), tx.f("col-interval", &[("pct", pct.into())])], rows));
}

/// The uncertain inputs that drive the first draft's headline outputs most, when the
/// run measured them.
fn driver_blocks(input: &ReportInput, ids: &[&str], b: &mut Vec<Block>) {
    if input.influences.is_empty() {
        return;
    }
    let tx = input.texts;
    b.push(Block::Heading(2, tx.t("heading-drivers")));
    let method = if input.influences[0].method == crate::summary::sensitivity::Method::Prcc { tx.t("method-prcc") } else { tx.t("method-spearman") };
    b.push(Block::Paragraph(tx.f("drivers-text", &[("draft", input.names.draft(ids[0]).into()), ("method", method.into())])));
    let mut rows = Vec::new();
    for o in crate::summary::HEADLINE_OUTPUTS {
        for (rank, i) in crate::summary::sensitivity::top(input.influences, &o.column(ids[0]), 5).iter().enumerate() {
            rows.push(vec![
                if rank == 0 { crate::output::words::total(tx, &o) } else { String::new() },
                crate::output::words::input_named(tx, &input.names, &i.input),
                tx.number(i.coefficient, 2).replace('-', "−").to_string(),
            ]);
        }
    }
    b.push(table(vec![tx.t("col-output"), tx.t("col-input"), tx.t("col-coefficient")], rows));
}

/// One draft as the report states it, in words: its law, dates and sources, its
/// exclusions and its provisions by their short names and the law's wording; the ids
/// and conditions as written are in the technical details.
fn draft_blocks(tx: &Texts, d: &Draft, b: &mut Vec<Block>) {
    let lang = tx.lang();
    b.push(Block::Heading(3, d.name_in(lang).to_string()));
    let mut facts = vec![
        tx.f("draft-law", &[("law", d.law_in(lang).into())]),
        tx.f("draft-dates", &[("effective", lang.date(&d.effective_date).into()), ("cutoff", lang.date(&d.offence_cutoff).into())]),
    ];
    if let Some(u) = &d.url {
        facts.push(tx.f("draft-url", &[("url", u.as_str().into())]));
    }
    if let Some(n) = d.notes_in(lang) {
        facts.push(tx.f("draft-note", &[("text", n.into())]));
    }
    b.push(Block::List(facts));
    if !d.exclusions.is_empty() {
        b.push(Block::Paragraph(tx.t("exclusions-intro")));
        b.push(table(vec![tx.t("col-name"), tx.t("col-citation")], d.exclusions.iter().map(|e| vec![e.name_in(lang).to_string(), e.cite_in(lang).to_string()]).collect()));
    }
    b.push(Block::Paragraph(tx.t("provisions-intro")));
    b.push(provisions_table(tx, d));
}

/// A draft's provisions as a table: who each applies to and to what effect.
fn provisions_table(tx: &Texts, d: &Draft) -> Block {
    let lang = tx.lang();
    table(
        vec![tx.t("col-name"), tx.t("col-citation"), tx.t("col-applies-to"), tx.t("col-effect")],
        d.provisions
            .iter()
            .map(|p| {
                vec![
                    p.name_in(lang).to_string(),
                    p.cite_in(lang).to_string(),
                    p.statuses().iter().map(|s| tx.label("status", s.name())).collect::<Vec<_>>().join(", "),
                    crate::output::words::effect(tx, &p.effect, p.requires_repayment),
                ]
            })
            .collect(),
    )
}

/// One draft in the technical details: its id, file and references, and each clause's
/// id, condition as written and the encoder's note.
fn draft_technical(tx: &Texts, d: &Draft, b: &mut Vec<Block>) {
    let lang = tx.lang();
    b.push(Block::Heading(3, tx.f("technical-draft", &[("name", d.name_in(lang).into()), ("id", d.id.as_str().into())])));
    let mut facts = vec![tx.f("draft-file", &[("path", d.path.as_str().into())])];
    facts.extend(d.references_in(lang).iter().map(|r| tx.f("draft-reference", &[("text", r.as_str().into())])));
    b.push(Block::List(facts));
    let note = |n: &Option<String>| n.clone().unwrap_or_default();
    let exclusions = d.exclusions.iter().map(|e| vec![e.id.clone(), e.name_in(lang).to_string(), e.when_text.clone(), note(&e.note)]);
    let provisions = d.provisions.iter().map(|p| vec![p.id.clone(), p.name_in(lang).to_string(), p.when_text.clone(), note(&p.note)]);
    b.push(Block::Table(vec![tx.t("col-id"), tx.t("col-name"), tx.t("col-condition"), tx.t("col-note")], exclusions.chain(provisions).collect(), vec![0, 2]));
}

/// The population the run drew, with every source and assumption its spec cites, each
/// parameter named in words (its key is in the technical details).
fn population_blocks(input: &ReportInput, b: &mut Vec<Block>) {
    let tx = input.texts;
    let lang = tx.lang();
    b.push(Block::Heading(2, tx.t("heading-population")));
    let title = input.spec.words.title.pick(lang, &input.spec.file.meta.title);
    b.push(Block::Paragraph(tx.f("population-text", &[("n", (input.result.persons as f64).into()), ("title", title.into())])));
    let words = &input.spec.words;
    b.push(table(
        vec![tx.t("col-parameter"), tx.t("col-kind"), tx.t("col-text")],
        spec_citations(input.spec)
            .into_iter()
            .map(|(p, k, t)| {
                let text = words.citation(&p, &k, lang, &t).clone();
                let kind = if k == "source" { tx.t("citation-source") } else { tx.t("citation-assumption") };
                vec![parameter_words(tx, &p), kind, text]
            })
            .collect(),
    ));
}

/// A key of the population spec a citation is attached to, in words.
pub fn parameter_words(tx: &Texts, key: &str) -> String {
    if key == "(file)" {
        return tx.t("citation-file");
    }
    crate::output::words::input(tx, &crate::summary::Column::Spec(crate::scenario::param::ParamName::read(key)))
}

/// The technical details: what a user types or checks, apart from the words.
fn technical_blocks(input: &ReportInput) -> Vec<Block> {
    let tx = input.texts;
    let mut b = vec![Block::Paragraph(tx.t("technical-text"))];
    for d in input.drafts {
        draft_technical(tx, d, &mut b);
    }
    if let Some(cal) = input.spec.file.calibration.as_ref() {
        let text = |k: &str| cal.get(k).and_then(|v| v.as_str()).unwrap_or("?").to_string();
        b.push(Block::Paragraph(tx.f("technical-calibration", &[("path", input.spec.path.as_str().into()), ("targets", text("targets").into())])));
    }
    b.push(Block::Paragraph(tx.f("technical-population", &[("path", input.spec.path.as_str().into())])));
    let keys = spec_citations(input.spec).into_iter().map(|(p, ..)| p).filter(|p| p != "(file)");
    b.push(Block::Table(vec![tx.t("col-parameter"), tx.t("col-name")], keys.map(|p| vec![p.clone(), parameter_words(tx, &p)]).collect(), vec![0]));
    reproducibility_blocks(input, &mut b);
    b
}

/// What it takes to reproduce the run: command, version, seed and the inputs' hashes.
fn reproducibility_blocks(input: &ReportInput, b: &mut Vec<Block>) {
    let tx = input.texts;
    b.push(Block::Heading(3, tx.t("heading-reproducibility")));
    let m = input.manifest;
    let labels = [tx.t("repro-command"), tx.t("repro-version"), tx.t("repro-seed"), tx.t("repro-replicates"), tx.t("repro-threads"), tx.t("repro-interval")];
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 2;
    let line = |label: &str, value: String| format!("{:<width$}{value}\n", format!("{label}:"));
    let mut code = String::new();
    code.push_str(&line(&labels[0], m.command.clone()));
    code.push_str(&line(&labels[1], format!("amnesty-sim {}", m.version)));
    code.push_str(&line(&labels[2], m.seed.to_string()));
    code.push_str(&line(&labels[3], m.replicates.to_string()));
    code.push_str(&line(&labels[4], format!("{} ({})", m.threads, tx.t("repro-threads-note"))));
    let pct = m.interval * 100.0;
    code.push_str(&line(&labels[5], format!("{}\u{a0}%", tx.number(pct, if pct.fract().abs() < 1e-9 { 0 } else { 1 }))));
    code.push_str(&format!("\n{}:\n", tx.t("repro-inputs")));
    for i in &m.inputs {
        code.push_str(&format!("  {}  {} ({})\n", i.sha256, i.path, i.role));
    }
    b.push(Block::Code(code));
    b.push(Block::Paragraph(tx.t("repro-text")));
}

/// Every chart of a run's report, in report order (the tornado last).
fn report_charts(run: &super::RunArtefacts, tx: &Texts) -> Vec<crate::output::charts::Chart> {
    let names = Names::new(run.drafts, tx.lang());
    let mut all = crate::output::charts::build(run.result, run.interval, &names, tx);
    if let Some(first) = run.drafts.first()
        && let Some(t) = crate::output::charts::tornado(run.influences, &first.id, &crate::summary::HEADLINE_OUTPUTS[0], &names, tx)
    {
        all.push(t);
    }
    all
}

/// The report's input, with its charts as (title, file stem, SVG).
fn input_of<'a>(run: &'a super::RunArtefacts, charts: Vec<(String, String, String)>, tx: &'a Texts) -> ReportInput<'a> {
    ReportInput {
        result: run.result,
        drafts: run.drafts,
        spec: run.spec,
        synthetic: run.synthetic,
        manifest: run.manifest,
        charts,
        interval: run.interval,
        influences: run.influences,
        texts: tx,
        names: Names::new(run.drafts, tx.lang()),
    }
}

/// The report's title in the run's language.
fn title_of(run: &super::RunArtefacts, tx: &Texts) -> String {
    run.drafts.iter().map(|d| d.name_in(tx.lang())).collect::<Vec<_>>().join(&tx.t("report-vs"))
}

/// report.html of a run as a string, charts drawn in memory (no file written): what
/// the web page's "full report" link serves.
pub fn html_in_memory(run: &super::RunArtefacts) -> crate::Result<String> {
    let tx = Texts::new(run.lang);
    let charts =
        report_charts(run, &tx).iter().map(|c| Ok((c.title().to_string(), c.name().to_string(), crate::output::charts::render_svg(c)?))).collect::<crate::Result<Vec<_>>>()?;
    let blocks = build(&input_of(run, charts, &tx));
    Ok(render_html(&title_of(run, &tx), &blocks, run.lang))
}

/// The brief alone as a self-contained page (what `brief.pdf` prints), charts drawn
/// in memory.
pub fn brief_html(run: &super::RunArtefacts) -> crate::Result<String> {
    let tx = Texts::new(run.lang);
    let mut charts = Vec::new();
    for c in report_charts(run, &tx).iter().filter(|c| BRIEF_CHARTS.contains(&c.name())) {
        charts.push((c.title().to_string(), c.name().to_string(), crate::output::charts::render_svg(c)?));
    }
    Ok(render_html(&title_of(run, &tx), &brief(&input_of(run, charts, &tx)), run.lang))
}

/// The charts (PNG and SVG under `charts/`), then report.html and report.md.
pub struct Report;

impl super::Exporter for Report {
    fn export(&self, run: &super::RunArtefacts, dir: &std::path::Path) -> crate::Result<Vec<std::path::PathBuf>> {
        use crate::output::charts;
        let mut written = Vec::new();
        let tx = Texts::new(run.lang);
        let all = report_charts(run, &tx);
        let drawn = charts::write_all(&all, dir)?;
        for (chart, (_, _, png)) in all.iter().zip(&drawn) {
            written.push(png.clone());
            written.push(dir.join("charts").join(format!("{}.svg", chart.name())));
        }
        let input = input_of(run, all.iter().zip(drawn).map(|(c, (name, svg, _))| (c.title().to_string(), name, svg)).collect(), &tx);
        let blocks = build(&input);
        let title = title_of(run, &tx);
        let html = dir.join("report.html");
        crate::output::atomic::write_bytes(&html, render_html(&title, &blocks, run.lang).as_bytes())?;
        let md = dir.join("report.md");
        crate::output::atomic::write_bytes(&md, render_markdown(&blocks).as_bytes())?;
        written.extend([html, md]);
        Ok(written)
    }
}
