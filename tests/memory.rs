//! Memory flat in replicates: a run that keeps only some rows of the replicates table in
//! memory (`RunConfig::keep_rows`, as `run` does past 10,000 replicates) and spills the
//! rest gives the same replicates file, the same per-replicate totals and the same
//! means, standard deviations and streaming bounds as one that keeps every row; only
//! the total rows' bounds turn from exact order statistics into streaming estimates.

mod common;

use amnesty_sim::montecarlo::{PopulationSource, RunConfig, RunResult, run};
use amnesty_sim::output::manifest::Manifest;
use amnesty_sim::output::{Exporter, Replicates, RunArtefacts};
use amnesty_sim::scenario::spec::PopulationSpec;
use amnesty_sim::summary::Breakdown;
use common::{shipped, temp_dir};
use polars::prelude::*;

const REPLICATES: u64 = 23;
const KEPT: usize = 10;

fn config(keep_rows: Option<usize>) -> RunConfig {
    RunConfig { horizon_months: 0, attribution: false, keep_rows, ..RunConfig::new(REPLICATES, 11, 2) }
}

/// Writes `result`'s replicates.parquet into a new folder `name` and reads it back.
fn replicates_file(spec: &PopulationSpec, drafts: &[amnesty_sim::draft::Draft], result: &RunResult, name: &str) -> DataFrame {
    let dir = temp_dir(name);
    let ids: Vec<String> = drafts.iter().map(|d| d.id.clone()).collect();
    let manifest = Manifest::for_run("test".into(), &config(None), ids, result, true, Vec::new(), drafts.len());
    let run = RunArtefacts { result, drafts, spec, synthetic: true, interval: 0.9, influences: &[], manifest: &manifest, lang: amnesty_sim::i18n::Lang::En };
    let written = Replicates.export(&run, &dir).unwrap();
    let file = std::fs::File::open(&written[0]).unwrap();
    let df = ParquetReader::new(file).finish().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    df
}

#[test]
fn a_run_that_spills_rows_gives_the_same_replicates_and_summary() {
    let spec = PopulationSpec::embedded_default().unwrap();
    let drafts = [shipped("kz-2025-enacted"), shipped("kz-2025-no-1y")];
    let whole = run(&spec, &PopulationSource::Synthetic, &drafts, &config(None)).unwrap();
    let spilled = run(&spec, &PopulationSource::Synthetic, &drafts, &config(Some(KEPT))).unwrap();
    let (w, s) = (&whole.replicates, &spilled.replicates);
    assert!(w.spill.is_none());
    assert_eq!(s.rows.len(), KEPT, "the rows kept in memory");
    assert_eq!(s.len(), REPLICATES as usize);
    assert_eq!(s.rows[..], w.rows[..KEPT]);
    let spill = s.spill.as_ref().expect("the rest spilled");
    for (t, row) in spill.totals.iter().zip(&w.rows[KEPT..]) {
        assert_eq!(t[..], row[w.parameters..], "a spilled row's totals stay in memory");
    }
    let totals: Vec<usize> = (w.parameters..w.columns.len()).collect();
    assert_eq!(s.sums(&totals), w.sums(&totals));
    assert_eq!(s.sums(&totals[..2]).len(), REPLICATES as usize);

    // The file: every replicate, every column, the same numbers.
    let (a, b) = (replicates_file(&spec, &drafts, &whole, "whole"), replicates_file(&spec, &drafts, &spilled, "spilled"));
    assert_eq!(a.height(), REPLICATES as usize);
    assert_eq!(a.width(), w.columns.len() + 1);
    assert!(a.equals(&b), "replicates.parquet differs:\n{a}\n{b}");

    // The summary: the same means and sds everywhere, the same bounds but on the
    // total rows (exact in one, streaming in the other).
    for (rows_a, rows_b) in [(&whole.summary, &spilled.summary), (&whole.differences, &spilled.differences)] {
        assert_eq!(rows_a.len(), rows_b.len());
        let mut totals_differ = false;
        for (x, y) in rows_a.iter().zip(rows_b.iter()) {
            assert_eq!((x.mean.to_bits(), x.sd.to_bits()), (y.mean.to_bits(), y.sd.to_bits()), "{:?}", x.key);
            if x.key.breakdown == Breakdown::Total {
                totals_differ |= (x.p05, x.p50, x.p95) != (y.p05, y.p50, y.p95);
            } else {
                assert_eq!((x.p05, x.p50, x.p95), (y.p05, y.p50, y.p95), "{:?}", x.key);
            }
        }
        assert!(totals_differ, "past the cap, the total rows' bounds are streaming estimates");
    }
}

/// Up to the cap, keeping rows changes nothing at all.
#[test]
fn a_run_within_the_cap_is_unchanged() {
    let spec = PopulationSpec::embedded_default().unwrap();
    let drafts = [shipped("kz-2025-enacted")];
    let whole = run(&spec, &PopulationSource::Synthetic, &drafts, &config(None)).unwrap();
    let capped = run(&spec, &PopulationSource::Synthetic, &drafts, &config(Some(REPLICATES as usize))).unwrap();
    assert!(capped.replicates.spill.is_none());
    assert_eq!(capped.replicates.rows, whole.replicates.rows);
    for (x, y) in whole.summary.iter().zip(&capped.summary) {
        assert_eq!([x.mean, x.sd, x.p05, x.p50, x.p95].map(f64::to_bits), [y.mean, y.sd, y.p05, y.p50, y.p95].map(f64::to_bits), "{:?}", x.key);
    }
}
