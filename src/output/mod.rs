//! Writing a run's results. One exporter per artefact behind one trait, all driven by
//! one [`ExportManager`] (as in hyperfine): tidy tables (CSV and Parquet), the
//! replicates file, the sensitivity table, the charts with the report, and last the
//! manifest hashing everything written. Every file is written atomically
//! ([`atomic`]), into a staging folder that is moved into place whole.

pub mod atomic;
pub mod charts;
pub mod manifest;
pub mod report;
pub mod table;
pub mod targets;

use std::path::{Path, PathBuf};
use std::time::Instant;

use polars::prelude::*;

use crate::draft::Draft;
use crate::error::{Error, Result};
use crate::montecarlo::RunResult;
use crate::output::atomic::TableFormat;
use crate::output::manifest::{Input, Manifest};
use crate::population::io::write_frame;
use crate::scenario::spec::PopulationSpec;
use crate::summary::SummaryRow;
use crate::summary::sensitivity::Influence;

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
    /// The exporters of `run` and `compare`: tables, replicates and sensitivity, and
    /// with `report` the charts, report.html and report.md.
    pub fn for_run(report: bool) -> Self {
        let mut exporters: Vec<Box<dyn Exporter>> =
            vec![Box::new(TidyTables(TableFormat::Csv)), Box::new(TidyTables(TableFormat::Parquet)), Box::new(Replicates), Box::new(Sensitivity)];
        if report {
            exporters.push(Box::new(report::Report));
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
        let mut manifest = run.manifest.clone();
        manifest.outputs = written
            .iter()
            .map(|p| {
                let name = p.strip_prefix(dir).unwrap_or(p).display().to_string();
                Ok(Input::new("output", &name, &std::fs::read(p).map_err(|e| Error::io(p, e))?))
            })
            .collect::<Result<Vec<_>>>()?;
        manifest.timings.total_seconds = started.elapsed().as_secs_f64();
        manifest.write(dir)
    }
}

/// `summary.*` and `differences.*` as tidy tables in one format.
pub struct TidyTables(pub TableFormat);

/// `replicates.parquet`: drawn parameters and headline totals per replicate.
pub struct Replicates;

/// `sensitivity.csv`: which inputs drive each headline output (none under 30
/// replicates).
pub struct Sensitivity;

impl Exporter for Sensitivity {
    fn export(&self, run: &RunArtefacts, dir: &Path) -> Result<Vec<PathBuf>> {
        if run.influences.is_empty() {
            return Ok(Vec::new());
        }
        let path = dir.join("sensitivity.csv");
        let mut text = String::from("output,input,coefficient,method\n");
        for i in run.influences {
            text.push_str(&format!("{},{},{:.4},{}\n", i.output, i.input, i.coefficient, i.method.name()));
        }
        atomic::write_bytes(&path, text.as_bytes())?;
        Ok(vec![path])
    }
}

impl Exporter for TidyTables {
    fn export(&self, run: &RunArtefacts, dir: &Path) -> Result<Vec<PathBuf>> {
        let result = run.result;
        let ext = match self.0 {
            TableFormat::Csv => "csv",
            TableFormat::Parquet => "parquet",
        };
        let mut written = Vec::new();
        let summary = dir.join(format!("summary.{ext}"));
        write_frame(&mut summary_frame(&result.summary, false)?, &summary)?;
        written.push(summary);
        if !result.differences.is_empty() {
            let diff = dir.join(format!("differences.{ext}"));
            write_frame(&mut summary_frame(&result.differences, true)?, &diff)?;
            written.push(diff);
        }
        Ok(written)
    }
}

impl Exporter for Replicates {
    fn export(&self, run: &RunArtefacts, dir: &Path) -> Result<Vec<PathBuf>> {
        let t = &run.result.replicates;
        let n = t.rows.len();
        let mut cols = vec![Column::new("replicate".into(), (0..n as i64).collect::<Vec<_>>())];
        for (j, name) in t.columns.iter().enumerate() {
            cols.push(Column::new(name.as_str().into(), t.rows.iter().map(|r| r[j]).collect::<Vec<f64>>()));
        }
        let mut df = DataFrame::new(n, cols).map_err(|e| Error::invalid("replicates", e.to_string()))?;
        let path = dir.join("replicates.parquet");
        write_frame(&mut df, &path)?;
        Ok(vec![path])
    }
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
