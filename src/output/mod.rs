//! Writing a run's results. One exporter per artefact behind one trait, all driven by
//! one [`ExportManager`] (as in hyperfine): tidy tables (CSV and Parquet), the
//! replicates file, the sensitivity table, the charts with the report, and last the
//! manifest hashing everything written. Every file is written atomically
//! ([`atomic`]), into a staging folder that is moved into place whole.

pub mod atomic;
pub mod charts;
pub mod csv_table;
pub mod frames;
pub mod labels;
pub mod manifest;
pub mod names;
pub mod pdf;
pub mod report;
pub mod sweep;
pub mod table;
pub mod targets;
pub mod words;
pub mod workbook;

use std::path::{Path, PathBuf};
use std::time::Instant;

use polars::prelude::*;

use crate::draft::Draft;
use crate::error::{Error, Result};
use crate::montecarlo::RunResult;
use crate::output::frames::{write_frame, write_frame_rounded};
use crate::output::manifest::Manifest;
use crate::population::io::TableFormat;
use crate::scenario::spec::PopulationSpec;
use crate::summary::SummaryRow;
use crate::summary::sensitivity::Influence;
use crate::summary::timeline::{Period, TimelineRow};

/// Everything a run's exporters draw on.
pub struct RunArtefacts<'a> {
    /// The Monte Carlo's results.
    pub result: &'a RunResult,
    /// The drafts, in run order (the first is the baseline).
    pub drafts: &'a [Draft],
    /// The population spec (its citations go into the report).
    pub spec: &'a PopulationSpec,
    /// Whether the population was regenerated every replicate (not a registry).
    pub synthetic: bool,
    /// Central probability of the reported intervals.
    pub interval: f64,
    /// The inputs ranked by influence on the headline outputs.
    pub influences: &'a [Influence],
    /// The manifest so far (its outputs are filled in last).
    pub manifest: &'a Manifest,
    /// The language of the report, the charts and the label table's first column.
    pub lang: crate::i18n::Lang,
}

/// Something that writes one artefact of a run.
pub trait Exporter {
    /// Writes into `dir`; returns the files written, in order.
    fn export(&self, run: &RunArtefacts, dir: &Path) -> Result<Vec<PathBuf>>;
}

/// The exporters of a run, in the order their files appear in the manifest.
pub struct ExportManager {
    exporters: Vec<Box<dyn Exporter>>,
}

impl ExportManager {
    /// The exporters of `run` and `compare`: tables, replicates, sensitivity and the
    /// timeline, and with `report` the charts, report.html and report.md.
    pub fn for_run(report: bool) -> Self {
        Self::for_run_with(report, None)
    }

    /// As [`for_run`](Self::for_run), and with a Chromium `brief.pdf` after the report.
    pub fn for_run_with(report: bool, chromium: Option<PathBuf>) -> Self {
        let mut exporters: Vec<Box<dyn Exporter>> = vec![
            Box::new(TidyTables(TableFormat::Csv)),
            Box::new(TidyTables(TableFormat::Parquet)),
            Box::new(Replicates),
            Box::new(Sensitivity),
            Box::new(TimelineTables(TableFormat::Csv)),
            Box::new(TimelineTables(TableFormat::Parquet)),
            Box::new(AttributionTables(TableFormat::Csv)),
            Box::new(AttributionTables(TableFormat::Parquet)),
            Box::new(labels::Labels),
            Box::new(workbook::Workbook),
        ];
        if report {
            exporters.push(Box::new(report::Report));
            if let Some(chromium) = chromium {
                exporters.push(Box::new(pdf::BriefPdf { chromium }));
            }
        }
        ExportManager { exporters }
    }

    /// Runs every exporter into `dir`, then writes `manifest.json` with the hash of
    /// every file written and the command's total time since `started`.
    pub fn export(&self, run: &RunArtefacts, dir: &Path, started: Instant) -> Result<()> {
        let mut written = Vec::new();
        for e in &self.exporters {
            written.extend(e.export(run, dir)?);
        }
        run.manifest.clone().seal(dir, &written, started)
    }
}

/// `summary.*` and `differences.*` as tidy tables in one format.
pub struct TidyTables(pub TableFormat);

/// `replicates.parquet`: drawn parameters and headline totals per replicate.
pub struct Replicates;

/// `timeline.*` (and `timeline_differences.*` with several drafts): per draft, month,
/// status and metric, mean, sd and interval; `savings_by_year.*`: bed-days and cost
/// saved per calendar year; `timeline_totals.*`: amnesty releases, returns and savings
/// over the whole horizon, by status. Nothing when the run has no timeline.
pub struct TimelineTables(pub TableFormat);

impl Exporter for TimelineTables {
    fn export(&self, run: &RunArtefacts, dir: &Path) -> Result<Vec<PathBuf>> {
        let Some(t) = &run.result.timeline else { return Ok(Vec::new()) };
        let ext = self.0.extension();
        let mut written = Vec::new();
        let monthly = |r: &&TimelineRow| matches!(r.key.period, Period::Month(_));
        let yearly = |r: &&TimelineRow| matches!(r.key.period, Period::Year(_));
        let mut tables: Vec<(&str, Vec<&TimelineRow>, bool)> = vec![("timeline", t.rows.iter().filter(monthly).collect(), false)];
        if !t.differences.is_empty() {
            tables.push(("timeline_differences", t.differences.iter().filter(monthly).collect(), true));
        }
        tables.push(("savings_by_year", t.rows.iter().filter(yearly).collect(), false));
        tables.push(("timeline_totals", t.rows.iter().filter(|r| r.key.period == Period::Horizon).collect(), false));
        for (name, rows, with_baseline) in tables {
            let path = dir.join(format!("{name}.{ext}"));
            write_frame_rounded(&mut timeline_frame(&rows, with_baseline)?, &path, Some(frames::CSV_DECIMALS))?;
            written.push(path);
        }
        Ok(written)
    }
}

/// The tidy timeline frame: `draft, [baseline,] month | year | (none: the horizon),
/// status, metric, mean, sd, p05, p50, p95`.
pub fn timeline_frame(rows: &[&TimelineRow], with_baseline: bool) -> Result<DataFrame> {
    let text = |f: &dyn Fn(&TimelineRow) -> String| -> Vec<String> { rows.iter().map(|r| f(r)).collect() };
    let num = |f: &dyn Fn(&TimelineRow) -> f64| -> Vec<f64> { rows.iter().map(|r| f(r)).collect() };
    let mut cols = vec![Column::new("draft".into(), text(&|r| r.draft.clone()))];
    if with_baseline {
        cols.push(Column::new("baseline".into(), text(&|r| r.baseline.clone().unwrap_or_default())));
    }
    match rows.first().map(|r| r.key.period) {
        Some(Period::Horizon) => {}
        first => {
            let period: Vec<i64> = rows
                .iter()
                .map(|r| match r.key.period {
                    Period::Month(m) => m as i64,
                    Period::Year(y) => y as i64,
                    Period::Horizon => 0,
                })
                .collect();
            cols.push(Column::new(if matches!(first, Some(Period::Year(_))) { "year" } else { "month" }.into(), period));
        }
    }
    cols.extend([
        Column::new("status".into(), text(&|r| r.key.status.map_or("all", |s| s.name()).to_string())),
        Column::new("metric".into(), text(&|r| r.key.metric.name().to_string())),
        Column::new("mean".into(), num(&|r| r.mean)),
        Column::new("sd".into(), num(&|r| r.sd)),
        Column::new("p05".into(), num(&|r| r.p05)),
        Column::new("p50".into(), num(&|r| r.p50)),
        Column::new("p95".into(), num(&|r| r.p95)),
    ]);
    DataFrame::new(rows.len(), cols).map_err(|e| Error::invalid("timeline", e.to_string()))
}

/// `attribution.*`: per draft, clause (provision or exclusion) and measure (what
/// depends on it, what it does alone), the change it makes to the headline totals.
/// Nothing when the run has no attribution.
pub struct AttributionTables(pub TableFormat);

impl Exporter for AttributionTables {
    fn export(&self, run: &RunArtefacts, dir: &Path) -> Result<Vec<PathBuf>> {
        if run.result.attribution.is_empty() {
            return Ok(Vec::new());
        }
        let mut df = attribution_frame(run)?;
        let path = dir.join(format!("attribution.{}", self.0.extension()));
        write_frame_rounded(&mut df, &path, Some(frames::CSV_DECIMALS))?;
        Ok(vec![path])
    }
}

/// The tidy attribution frame: `draft, clause_kind, clause, cite, measure, metric,
/// status, outcome, mean, sd, p05, p50, p95`.
pub fn attribution_frame(run: &RunArtefacts) -> Result<DataFrame> {
    {
        let rows = &run.result.attribution;
        // Each clause's citation, looked up once per draft rather than per row.
        let cites: std::collections::HashMap<(&str, crate::summary::attribution::ClauseKind, String), String> =
            run.drafts.iter().flat_map(|d| crate::summary::attribution::clauses(d).into_iter().map(move |c| ((d.id.as_str(), c.kind, c.id), c.cite))).collect();
        let cite = |r: &crate::summary::attribution::AttributionRow| -> String { cites.get(&(r.draft.as_str(), r.key.kind, r.key.clause.clone())).cloned().unwrap_or_default() };
        let text = |f: &dyn Fn(&crate::summary::attribution::AttributionRow) -> String| -> Vec<String> { rows.iter().map(f).collect() };
        let num = |f: &dyn Fn(&crate::summary::attribution::AttributionRow) -> f64| -> Vec<f64> { rows.iter().map(f).collect() };
        let cols = vec![
            Column::new("draft".into(), text(&|r| r.draft.clone())),
            Column::new("clause_kind".into(), text(&|r| r.key.kind.name().to_string())),
            Column::new("clause".into(), text(&|r| r.key.clause.clone())),
            Column::new("cite".into(), text(&cite)),
            Column::new("measure".into(), text(&|r| r.key.measure.name().to_string())),
            Column::new("metric".into(), text(&|r| r.key.total.metric.name().to_string())),
            Column::new("status".into(), text(&|r| r.key.total.status.map_or("all", |s| s.name()).to_string())),
            Column::new("outcome".into(), text(&|r| r.key.total.outcome.name().to_string())),
            Column::new("mean".into(), num(&|r| r.mean)),
            Column::new("sd".into(), num(&|r| r.sd)),
            Column::new("p05".into(), num(&|r| r.p05)),
            Column::new("p50".into(), num(&|r| r.p50)),
            Column::new("p95".into(), num(&|r| r.p95)),
        ];
        DataFrame::new(rows.len(), cols).map_err(|e| Error::invalid("attribution", e.to_string()))
    }
}

/// `sensitivity.csv`: which inputs drive each headline output (none under 30
/// replicates).
pub struct Sensitivity;

impl Exporter for Sensitivity {
    fn export(&self, run: &RunArtefacts, dir: &Path) -> Result<Vec<PathBuf>> {
        if run.influences.is_empty() {
            return Ok(Vec::new());
        }
        let path = dir.join("sensitivity.csv");
        let mut table = csv_table::CsvTable::new(&["output", "input", "coefficient", "method"]);
        for i in run.influences {
            table.row([i.output.to_string(), i.input.to_string(), format!("{:.4}", i.coefficient), i.method.name().to_string()]);
        }
        table.write(&path)?;
        Ok(vec![path])
    }
}

impl Exporter for TidyTables {
    fn export(&self, run: &RunArtefacts, dir: &Path) -> Result<Vec<PathBuf>> {
        let result = run.result;
        let ext = self.0.extension();
        let mut written = Vec::new();
        let summary = dir.join(format!("summary.{ext}"));
        write_frame_rounded(&mut summary_frame(&result.summary, false)?, &summary, Some(frames::CSV_DECIMALS))?;
        written.push(summary);
        if !result.differences.is_empty() {
            let diff = dir.join(format!("differences.{ext}"));
            write_frame_rounded(&mut summary_frame(&result.differences, true)?, &diff, Some(frames::CSV_DECIMALS))?;
            written.push(diff);
        }
        Ok(written)
    }
}

impl Exporter for Replicates {
    fn export(&self, run: &RunArtefacts, dir: &Path) -> Result<Vec<PathBuf>> {
        let t = &run.result.replicates;
        let path = dir.join("replicates.parquet");
        match &t.spill {
            None => write_frame(&mut replicates_frame(t, 0, &t.rows)?, &path)?,
            Some(spill) => {
                // A run that kept only some rows in memory: written a block of rows at a
                // time (one Parquet row group each), the spilled ones read back from
                // their file, so the whole table is never in memory.
                let shown = path.display().to_string();
                let fail = |e: PolarsError| Error::invalid(&shown, format!("could not write: {e}"));
                crate::output::atomic::write_atomic(&path, |w| {
                    let first = replicates_frame(t, 0, &t.rows)?;
                    let mut writer = ParquetWriter::new(w).batched(first.schema()).map_err(fail)?;
                    writer.write_batch(&first).map_err(fail)?;
                    drop(first);
                    let mut start = t.rows.len();
                    spill.for_each_chunk(t.rows.len().max(1), |rows| {
                        writer.write_batch(&replicates_frame(t, start, rows)?).map_err(fail)?;
                        start += rows.len();
                        Ok(())
                    })?;
                    writer.finish().map(|_| ()).map_err(fail)
                })?;
            }
        }
        Ok(vec![path])
    }
}

/// The replicates frame of `rows`, the first of which is replicate `start`:
/// `replicate`, then every column of the table.
fn replicates_frame(t: &crate::summary::ReplicateTable, start: usize, rows: &[Vec<f64>]) -> Result<DataFrame> {
    let n = rows.len();
    let mut cols = vec![Column::new("replicate".into(), (start as i64..(start + n) as i64).collect::<Vec<_>>())];
    for (j, name) in t.columns.iter().enumerate() {
        cols.push(Column::new(name.to_string().into(), rows.iter().map(|r| r[j]).collect::<Vec<f64>>()));
    }
    DataFrame::new(n, cols).map_err(|e| Error::invalid("replicates", e.to_string()))
}

/// The tidy frame: `draft, [baseline,] metric, status, outcome, breakdown, level, mean,
/// sd, p05, p50, p95`.
pub fn summary_frame(rows: &[SummaryRow], with_baseline: bool) -> Result<DataFrame> {
    let text = |f: &dyn Fn(&SummaryRow) -> String| -> Vec<String> { rows.iter().map(f).collect() };
    let num = |f: &dyn Fn(&SummaryRow) -> f64| -> Vec<f64> { rows.iter().map(f).collect() };
    let mut cols = vec![Column::new("draft".into(), text(&|r| r.draft.clone()))];
    if with_baseline {
        cols.push(Column::new("baseline".into(), text(&|r| r.baseline.clone().unwrap_or_default())));
    }
    cols.extend([
        Column::new("metric".into(), text(&|r| r.key.metric.name().to_string())),
        Column::new("status".into(), text(&|r| r.key.status_name().to_string())),
        Column::new("outcome".into(), text(&|r| r.key.outcome.name().to_string())),
        Column::new("breakdown".into(), text(&|r| r.key.breakdown.to_string())),
        Column::new("level".into(), text(&|r| r.key.level.clone())),
        Column::new("mean".into(), num(&|r| r.mean)),
        Column::new("sd".into(), num(&|r| r.sd)),
        Column::new("p05".into(), num(&|r| r.p05)),
        Column::new("p50".into(), num(&|r| r.p50)),
        Column::new("p95".into(), num(&|r| r.p95)),
    ]);
    DataFrame::new(rows.len(), cols).map_err(|e| Error::invalid("summary", e.to_string()))
}
