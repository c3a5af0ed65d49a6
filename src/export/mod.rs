//! Writing a run's results: one exporter per format behind one trait (as in hyperfine),
//! each writing atomically into the output folder.

pub mod manifest;
pub mod table;

use std::path::{Path, PathBuf};

use polars::prelude::*;

use crate::error::{Error, Result};
use crate::fsx::TableFormat;
use crate::montecarlo::RunResult;
use crate::population::io::write_frame;
use crate::summary::SummaryRow;

/// Something that writes a run's results in one format.
pub trait Exporter {
    /// Writes into `dir`; returns the files written.
    fn export(&self, result: &RunResult, dir: &Path) -> Result<Vec<PathBuf>>;
}

/// `summary.*` and `differences.*` as tidy tables in one format.
pub struct TidyTables(pub TableFormat);

/// `replicates.parquet`: drawn parameters and headline totals per replicate.
pub struct Replicates;

impl Exporter for TidyTables {
    fn export(&self, result: &RunResult, dir: &Path) -> Result<Vec<PathBuf>> {
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
    fn export(&self, result: &RunResult, dir: &Path) -> Result<Vec<PathBuf>> {
        let t = &result.replicates;
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
