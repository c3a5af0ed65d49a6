//! The report a person reads: a plain-language summary on top, then tables, charts,
//! every draft's provisions with their citations, the population's assumptions and
//! sources, and a reproducibility block. One content model ([`Block`]) is rendered to
//! a self-contained HTML file (SVG inline, no network reference) and to Markdown.

mod attribution;
mod html;
mod markdown;

use crate::draft::{Draft, Effect};
use crate::engine::Outcome;
use crate::montecarlo::RunResult;
use crate::numbers::thousands;
use crate::output::manifest::Manifest;
use crate::scenario::spec::PopulationSpec;
use crate::scenario::vocab::Status;
use crate::summary::{Metric, ReportOutcome, SummaryRow};

pub use html::render as render_html;
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
    /// A table: header and rows.
    Table(Vec<String>, Vec<Vec<String>>),
    /// A chart: title, file stem (for the PNG), SVG text.
    Chart(String, String, String),
    /// Preformatted text (commands, hashes).
    Code(String),
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
}

fn row<'a>(rows: &'a [SummaryRow], draft: &str, metric: Metric, status: Option<Status>, outcome: ReportOutcome) -> Option<&'a SummaryRow> {
    crate::summary::total_row(rows, draft, crate::summary::TotalKey { metric, status, outcome })
}

fn persons<'a>(rows: &'a [SummaryRow], draft: &str, status: Option<Status>, outcome: ReportOutcome) -> Option<&'a SummaryRow> {
    row(rows, draft, Metric::Persons, status, outcome)
}

fn interval_text(r: &SummaryRow, pct: f64) -> String {
    format!("{pct:.0}% interval {} to {}", thousands(r.p05), thousands(r.p95))
}

const RELEASED: ReportOutcome = ReportOutcome::One(Outcome::Released);
const BY_CUT: ReportOutcome = ReportOutcome::One(Outcome::ReleasedByCut);
const CUT: ReportOutcome = ReportOutcome::One(Outcome::Cut);
const CLOSED: ReportOutcome = ReportOutcome::One(Outcome::CaseClosed);

/// Which reading of the law and which published figures the population was fitted to
/// (from the spec's `[calibration]` record), and the forecast-versus-outcome gap in
/// prison releases with the model's account of it, from the first draft's results.
pub fn calibration_blocks(input: &ReportInput) -> Option<Vec<Block>> {
    let cal = input.spec.file.calibration.as_ref()?;
    let text = |k: &str| cal.get(k).and_then(|v| v.as_str()).unwrap_or("?").to_string();
    let targets = text("targets");
    let weights: Vec<String> = crate::calibrate::targets::SHIPPED
        .iter()
        .filter(|(name, _)| targets.contains(name))
        .filter_map(|(name, t)| crate::calibrate::targets::Targets::parse(name, t).ok())
        .map(|t| format!("{} ({}) weight {}", t.label, t.kind.name(), t.weight))
        .collect();
    let mut out = vec![Block::Paragraph(format!(
        "The population spec {} was calibrated (approximate Bayesian computation, {}) with draft `{}` to the published figures of {}{}.",
        input.spec.path,
        text("method"),
        text("draft"),
        targets,
        if weights.is_empty() { String::new() } else { format!(", each file's figures weighted: {}", weights.join("; ")) }
    ))];
    if let Some(d) = input.drafts.iter().find(|d| d.id == text("draft")) {
        out.push(Block::Paragraph(format!("The reading of the law it was fitted with: {} ({}).", d.title, d.id)));
    }
    let pct = input.interval * 100.0;
    let d = &input.drafts[0].id;
    let s = &input.result.summary;
    if let (Some(rel), Some(by_cut), Some((forecast, outcome))) =
        (persons(s, d, Some(Status::Prisoner), RELEASED), persons(s, d, Some(Status::Prisoner), BY_CUT), prison_release_figures())
        && by_cut.mean > 0.0
    {
        out.push(Block::Paragraph(format!(
            "The official forecast expected about {} prisoners to be released ({}); the penal committee reported {} ({}). \
             In this run of {d}, release items free {} prisoners ({}), and a further {} ({}) walk free because \
             the cut of the term imposed by the court is longer than what they had left to serve. A forecast that counts release \
             items only misses these releases by the cut: that is the model's account of the gap.",
            thousands(forecast.value),
            forecast.source,
            outcome.shown_value().replace('>', "more than "),
            outcome.source,
            thousands(rel.mean),
            interval_text(rel, pct),
            thousands(by_cut.mean),
            interval_text(by_cut, pct)
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

/// The plain-language sentences at the top.
pub fn summary_sentences(input: &ReportInput) -> Vec<String> {
    let pct = input.interval * 100.0;
    let s = &input.result.summary;
    let mut out = Vec::new();
    for d in input.drafts {
        let mut parts = Vec::new();
        let mut say = |status: Status, outcome: ReportOutcome, what: &str| {
            if let Some(r) = persons(s, &d.id, Some(status), outcome)
                && (r.mean > 0.0 || r.p95 > 0.0)
            {
                parts.push(format!("{} {what} ({})", thousands(r.mean), interval_text(r, pct)));
            }
        };
        say(Status::Prisoner, RELEASED, "prisoners released");
        say(Status::Prisoner, BY_CUT, "prisoners released because the cut exceeds their remaining term");
        say(Status::Prisoner, CUT, "prisoners with their term cut");
        say(Status::Probationer, RELEASED, "probationers taken off the register");
        say(Status::Probationer, CUT, "probationers with their term cut");
        say(Status::Pretrial, CLOSED, "pre-trial cases closed");
        let covered = persons(s, &d.id, None, ReportOutcome::Covered);
        let mut text = format!("{} ({}): ", d.title, d.id);
        if parts.is_empty() {
            text.push_str("covers nobody in this population.");
        } else {
            text.push_str(&format!("{}.", parts.join("; ")));
            if let Some(c) = covered {
                text.push_str(&format!(" In all it covers {} persons ({}).", thousands(c.mean), interval_text(c, pct)));
            }
        }
        if let Some(b) = row(s, &d.id, Metric::BedDaysSaved, None, ReportOutcome::Covered)
            && b.mean > 0.0
        {
            text.push_str(&format!(" Custody bed-days saved: {} ({}).", thousands(b.mean), interval_text(b, pct)));
        }
        if let Some(t) = timeline_sentence(input, &d.id) {
            text.push(' ');
            text.push_str(&t);
        }
        out.push(text);
    }
    let diffs = &input.result.differences;
    for d in input.drafts.iter().skip(1) {
        let base = &input.drafts[0].id;
        for (status, outcome, what) in [
            (Some(Status::Prisoner), RELEASED, "prisoners"),
            (Some(Status::Probationer), RELEASED, "probationers"),
            (Some(Status::Prisoner), CUT, "prisoners' sentences"),
            (None, ReportOutcome::Covered, "persons in all"),
        ] {
            let Some(r) = persons(diffs, &d.id, status, outcome) else { continue };
            if r.mean == 0.0 && r.p05 == 0.0 && r.p95 == 0.0 {
                continue;
            }
            let verb = match outcome {
                RELEASED => "releases",
                CUT => "cuts",
                _ => "covers",
            };
            let sign = if r.mean >= 0.0 { "more" } else { "fewer" };
            // Bounds read as magnitudes of "more" or "fewer" unless the interval spans zero.
            let bounds = if r.p05 >= 0.0 {
                format!("{pct:.0}% interval {} to {}", thousands(r.p05), thousands(r.p95))
            } else if r.p95 <= 0.0 {
                format!("{pct:.0}% interval {} to {}", thousands(-r.p95), thousands(-r.p05))
            } else {
                format!("{pct:.0}% interval {} to {}", thousands(r.p05), thousands(r.p95))
            };
            let mut text = format!("Draft {} {verb} {} {sign} {what} than {base} ({bounds}", d.id, thousands(r.mean.abs()));
            if r.p05 <= 0.0 && r.p95 >= 0.0 {
                text.push_str("; the interval includes zero, so the difference is not established");
            }
            text.push_str(").");
            out.push(text);
        }
    }
    out
}

/// Over time, for one draft: when the prison population is lowest, the savings per
/// calendar year, and how many of those let out early return within the horizon.
fn timeline_sentence(input: &ReportInput, draft: &str) -> Option<String> {
    use crate::summary::timeline::{Period, TimelineMetric};
    let t = input.result.timeline.as_ref()?;
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
        parts.push(format!(
            "Over time, the prison population is lowest in month {m} after the law took effect: {} prisoners, {} fewer than without the amnesty ({pct:.0}% interval {} to {} prisoners)",
            thousands(with.mean),
            thousands(fewer),
            thousands(with.p05),
            thousands(with.p95)
        ));
    }
    let years: Vec<String> = rows
        .iter()
        .filter(|r| r.key.metric == TimelineMetric::CostSavedKzt && r.key.status.is_none())
        .filter_map(|r| match r.key.period {
            Period::Year(y) if r.mean > 0.0 => Some(format!("{y}: {:.1} billion tenge ({:.1} to {:.1})", r.mean / 1e9, r.p05 / 1e9, r.p95 / 1e9)),
            _ => None,
        })
        .collect();
    if !years.is_empty() {
        parts.push(format!("cost saved by calendar year (the first and last are part years): {}", years.join("; ")));
    }
    if let Some(r) = find(TimelineMetric::Returns, None, Period::Horizon)
        && let Some(out) = find(TimelineMetric::AmnestyReleases, None, Period::Horizon)
        && out.mean > 0.0
    {
        parts.push(format!(
            "of those let out early, {} return to custody within {} months ({pct:.0}% interval {} to {})",
            thousands(r.mean),
            t.months,
            thousands(r.p05),
            thousands(r.p95)
        ));
    }
    (!parts.is_empty()).then(|| format!("{}.", parts.join("; ")))
}

fn effect_text(e: &Effect) -> String {
    e.describe()
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

/// Builds the report's blocks.
pub fn build(input: &ReportInput) -> Vec<Block> {
    let pct = input.interval * 100.0;
    let ids: Vec<&str> = input.drafts.iter().map(|d| d.id.as_str()).collect();
    let mut b = vec![Block::Heading(1, format!("What the amnesty would do: {}", ids.join(" vs ")))];
    b.push(Block::Heading(2, "Summary".into()));
    b.push(Block::List(summary_sentences(input)));
    b.push(Block::Paragraph(format!(
        "Every figure is the mean over {} Monte Carlo replicates with its {pct:.0}% interval. The intervals carry what is uncertain in the model: \
         the composition of the penal population ({}), who repays damage in time, and what courts decide. They do not carry errors in the model's \
         structure or in the drafts' reading of the law. Official advance estimates of amnesties have missed by a factor of two (Italy 2006: 12,756 \
         releases estimated, about 26,200 actual), so read the ranges, not only the means.",
        input.manifest.replicates,
        if input.synthetic { "a synthetic population regenerated every replicate from sourced distributions" } else { "a fixed registry" }
    )));

    b.push(Block::Heading(2, "Results by draft and status".into()));
    let header = vec![
        "draft".to_string(),
        "status".into(),
        "eligible".into(),
        "released".into(),
        "released by cut".into(),
        "cut".into(),
        "cases closed".into(),
        "excluded".into(),
        "covered".into(),
    ];
    let outcomes = [ReportOutcome::Eligible, RELEASED, BY_CUT, CUT, CLOSED, ReportOutcome::One(Outcome::Excluded), ReportOutcome::Covered];
    let table = |rows: &[SummaryRow], drafts: &[&str]| -> Vec<Vec<String>> {
        let mut out = Vec::new();
        for d in drafts {
            for status in [Some(Status::Prisoner), Some(Status::Pretrial), Some(Status::Probationer), None] {
                let mut line = vec![d.to_string(), status.map_or("all".into(), |s| s.name().to_string())];
                for o in outcomes {
                    line.push(persons(rows, d, status, o).map_or("-".into(), |r| format!("{} [{}, {}]", thousands(r.mean), thousands(r.p05), thousands(r.p95))));
                }
                out.push(line);
            }
        }
        out
    };
    b.push(Block::Paragraph(format!("Persons: mean [{pct:.0}% interval].")));
    b.push(Block::Table(header.clone(), table(&input.result.summary, &ids)));
    if ids.len() > 1 {
        b.push(Block::Heading(2, format!("Differences against {}", ids[0])));
        b.push(Block::Paragraph(format!(
            "Each draft minus {}, replicate by replicate: both drafts meet the same population and the same court decisions, so the interval of a difference is much narrower than the drafts' own intervals.",
            ids[0]
        )));
        b.push(Block::Table(header, table(&input.result.differences, &ids[1..])));
    }
    b.push(Block::Heading(2, "Bed-days and cost saved".into()));
    let mut rows = Vec::new();
    for d in &ids {
        for (metric, what) in [(Metric::BedDaysSaved, "bed-days saved"), (Metric::CostSavedKzt, "cost saved, tenge")] {
            if let Some(r) = row(&input.result.summary, d, metric, None, ReportOutcome::Covered) {
                rows.push(vec![d.to_string(), what.into(), thousands(r.mean), thousands(r.p05), thousands(r.p95)]);
            }
        }
    }
    b.push(Block::Table(vec!["draft".into(), "measure".into(), "mean".into(), format!("{:.0}% low", pct), format!("{:.0}% high", pct)], rows));
    b.push(Block::Paragraph(
        "Bed-days saved count prisoners' days of custody removed by release or cut, plus for closed pre-trial cases the assumed remaining detention and the prison term after trial of the share who would have been convicted to prison; probation is not custody. Cost saved multiplies bed-days by the cost of a prisoner-day, an assumption of the population spec, and is spread over the years the terms would have run.".into(),
    ));

    b.extend(attribution::blocks(&input.result.attribution, input.drafts, pct));

    if let Some(t) = &input.result.timeline {
        use crate::summary::timeline::{Period, TimelineMetric};
        b.push(Block::Heading(2, "Over time".into()));
        b.push(Block::Paragraph(format!(
            "Month by month over {} months from the day each law took effect (timeline.csv, charts below). Without the amnesty a prisoner leaves at the end of the term or on parole, a pre-trial detainee at the trial (and a share of them then serves a prison term), a probationer at the end of the probation term, and admissions replace departures, so the population stays level; the courts decide the submissions evenly over the draft's processing time; a person released leaves at the decision, a person whose term is cut at the earlier of the old date less the cut, never before the decision; those let out early return to custody at the spec's monthly rates. The rates and their sources are listed with the population's assumptions below.",
            t.months
        )));
        let mut rows = Vec::new();
        for r in t.rows.iter().filter(|r| r.key.metric == TimelineMetric::CostSavedKzt && r.key.status.is_none()) {
            let period = match r.key.period {
                Period::Year(y) => y.to_string(),
                Period::Horizon => format!("all {} months", t.months),
                Period::Month(_) => continue,
            };
            rows.push(vec![r.draft.clone(), period, format!("{:.2}", r.mean / 1e9), format!("{:.2} to {:.2}", r.p05 / 1e9, r.p95 / 1e9)]);
        }
        b.push(Block::Table(vec!["draft".into(), "calendar year".into(), "cost saved, billion tenge (mean)".into(), format!("{:.0}% interval", input.interval * 100.0)], rows));
    }

    b.push(Block::Heading(2, "Charts".into()));
    for (title, name, svg) in &input.charts {
        b.push(Block::Chart(title.clone(), name.clone(), svg.clone()));
    }

    if !input.influences.is_empty() {
        b.push(Block::Heading(2, "What drives the results".into()));
        let method = if input.influences[0].method == crate::summary::sensitivity::Method::Prcc {
            "partial rank correlation (PRCC)"
        } else {
            "rank correlation (too few replicates for PRCC)"
        };
        b.push(Block::Paragraph(format!(
            "For each headline output of {}, the uncertain inputs that move it most, by {method} over the replicates: +1 means the output rises with the input once all other inputs are accounted for, -1 that it falls, 0 that the input does not matter. Narrowing the inputs at the top of each list (better data) would narrow the intervals most. All inputs and outputs are in sensitivity.csv.",
            ids[0]
        )));
        let mut rows = Vec::new();
        for o in crate::summary::HEADLINE_OUTPUTS {
            for (rank, i) in crate::summary::sensitivity::top(input.influences, &o.column(ids[0]), 5).iter().enumerate() {
                rows.push(vec![if rank == 0 { o.name() } else { String::new() }, i.input.clone(), format!("{:+.2}", i.coefficient)]);
            }
        }
        b.push(Block::Table(vec!["output".into(), "input".into(), "coefficient".into()], rows));
    }

    b.push(Block::Heading(2, "The drafts".into()));
    for d in input.drafts {
        b.push(Block::Heading(3, format!("{} ({})", d.title, d.id)));
        let mut facts = vec![format!("Law: {}", d.law), format!("Effective {}; offences before {}", d.effective_date, d.offence_cutoff)];
        if let Some(u) = &d.url {
            facts.push(format!("Official text: {u}"));
        }
        facts.extend(d.references.iter().map(|r| format!("Reference: {r}")));
        if let Some(n) = &d.notes {
            facts.push(format!("Note: {n}"));
        }
        facts.push(format!("File: {}", d.path));
        b.push(Block::List(facts));
        if !d.exclusions.is_empty() {
            b.push(Block::Paragraph("Exclusions (override every provision):".into()));
            b.push(Block::Table(vec!["citation".into(), "condition".into()], d.exclusions.iter().map(|e| vec![e.cite.clone(), e.when_text.clone()]).collect()));
        }
        b.push(Block::Paragraph("Provisions (each person receives the single most favourable one that applies):".into()));
        b.push(Block::Table(
            vec!["id".into(), "citation".into(), "applies to".into(), "condition".into(), "effect".into()],
            d.provisions
                .iter()
                .map(|p| {
                    vec![
                        p.id.clone(),
                        p.cite.clone(),
                        p.statuses().iter().map(|s| s.name()).collect::<Vec<_>>().join(", "),
                        p.when_text.clone(),
                        format!("{}{}", effect_text(&p.effect), if p.requires_repayment { ", if damage repaid" } else { "" }),
                    ]
                })
                .collect(),
        ));
    }

    if let Some(cal) = calibration_blocks(input) {
        b.push(Block::Heading(2, "What the population is calibrated to".into()));
        b.extend(cal);
    }

    b.push(Block::Heading(2, "The population: assumptions and sources".into()));
    b.push(Block::Paragraph(format!(
        "{} persons per replicate. Spec: {} ({}). Every number of the spec cites a source or states an assumption:",
        input.result.persons, input.spec.path, input.spec.file.meta.title
    )));
    b.push(Block::Table(vec!["parameter".into(), "kind".into(), "text".into()], spec_citations(input.spec).into_iter().map(|(p, k, t)| vec![p, k, t]).collect()));

    b.push(Block::Heading(2, "Reproducibility".into()));
    let m = input.manifest;
    let mut code = format!(
        "command:     {}\nversion:     amnesty-sim {}\nseed:        {}\nreplicates:  {}\nthreads:     {} (results do not depend on it)\ninterval:    {}\n\ninputs:\n",
        m.command, m.version, m.seed, m.replicates, m.threads, m.interval
    );
    for i in &m.inputs {
        code.push_str(&format!("  {}  {} ({})\n", i.sha256, i.path, i.role));
    }
    b.push(Block::Code(code));
    b.push(Block::Paragraph("Re-running the command reproduces summary, differences and replicates byte for byte; manifest.json lists every output's SHA-256.".into()));
    b
}

/// The charts (PNG and SVG under `charts/`), then report.html and report.md.
pub struct Report;

impl super::Exporter for Report {
    fn export(&self, run: &super::RunArtefacts, dir: &std::path::Path) -> crate::Result<Vec<std::path::PathBuf>> {
        use crate::output::charts;
        let mut written = Vec::new();
        let mut all = charts::build(run.result, run.interval);
        if let Some(first) = run.drafts.first()
            && let Some(t) = charts::tornado(run.influences, &crate::summary::HEADLINE_OUTPUTS[0].column(&first.id))
        {
            all.push(t);
        }
        let drawn = charts::write_all(&all, dir)?;
        for (chart, (_, _, png)) in all.iter().zip(&drawn) {
            written.push(png.clone());
            written.push(dir.join("charts").join(format!("{}.svg", chart.name())));
        }
        let input = ReportInput {
            result: run.result,
            drafts: run.drafts,
            spec: run.spec,
            synthetic: run.synthetic,
            manifest: run.manifest,
            charts: all.iter().zip(drawn).map(|(c, (name, svg, _))| (c.title().to_string(), name, svg)).collect(),
            interval: run.interval,
            influences: run.influences,
        };
        let blocks = build(&input);
        let title = format!("amnesty-sim: {}", run.manifest.drafts.join(" vs "));
        let html = dir.join("report.html");
        crate::output::atomic::write_bytes(&html, render_html(&title, &blocks).as_bytes())?;
        let md = dir.join("report.md");
        crate::output::atomic::write_bytes(&md, render_markdown(&blocks).as_bytes())?;
        written.extend([html, md]);
        Ok(written)
    }
}
