//! Writing frames (tidy tables, populations) as CSV or Parquet, atomically.

use std::path::Path;

use polars::prelude::*;

use crate::error::{Error, Result};
use crate::output::atomic::write_atomic;
use crate::population::Population;
use crate::population::io::{TableFormat, to_frame};

/// Decimal places of the statistics (mean, sd, quantiles) in the result tables' CSV
/// files, which people open in spreadsheets: a tenth of a person is finer than any
/// interval. The Parquet files keep full precision for scripts.
pub const CSV_DECIMALS: usize = 1;

/// Writes a frame as CSV or Parquet (by extension), atomically, every float at full
/// precision.
pub fn write_frame(df: &mut DataFrame, path: &Path) -> Result<()> {
    write_frame_rounded(df, path, None)
}

/// Writes a frame as CSV or Parquet (by extension), atomically; in CSV, floats with
/// `csv_decimals` places (Parquet always keeps full precision).
pub fn write_frame_rounded(df: &mut DataFrame, path: &Path, csv_decimals: Option<usize>) -> Result<()> {
    let format = TableFormat::of(path)?;
    let shown = path.display().to_string();
    write_atomic(path, |w| {
        let r = match format {
            TableFormat::Csv => CsvWriter::new(w).include_header(true).with_float_precision(csv_decimals).finish(df),
            TableFormat::Parquet => ParquetWriter::new(w).finish(df).map(|_| ()),
        };
        r.map_err(|e| Error::invalid(&shown, crate::i18n::Msg::new("out-could-not-write").arg("error", e.to_string())))
    })
}

/// A result table as the CSV bytes `run` writes (floats with [`CSV_DECIMALS`] places):
/// what the page offers for download without touching the disk.
pub fn csv_bytes(df: &mut DataFrame) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    CsvWriter::new(&mut out)
        .include_header(true)
        .with_float_precision(Some(CSV_DECIMALS))
        .finish(df)
        .map_err(|e| Error::Bug(format!("a table could not be written as CSV: {e}")))?;
    Ok(out)
}

/// Writes a population as CSV or Parquet (by extension), atomically.
pub fn write(pop: &Population, path: &Path) -> Result<()> {
    let mut df = to_frame(pop)?;
    write_frame(&mut df, path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::population::generate::replicate_population;
    use crate::population::io::read;
    use crate::scenario::spec::PopulationSpec;

    fn temp(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("amnesty-frames-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir.join(name)
    }

    fn sample() -> Population {
        let spec = PopulationSpec::embedded_default().unwrap();
        replicate_population(&spec, &spec.parameter_draw(5, 0, false), 5, 0)
    }

    /// Every column comes back equal, the kind of probation among them (the sample holds
    /// all four).
    #[test]
    fn csv_and_parquet_round_trip_exactly() {
        let pop = sample();
        for kind in crate::scenario::vocab::ProbationKind::ALL {
            assert!(pop.probation_kind.contains(&kind), "no `{kind}` in the sample");
        }
        for name in ["pop.csv", "pop.parquet"] {
            let path = temp(name);
            write(&pop, &path).unwrap();
            let back = read(&path).unwrap();
            assert!(back == pop, "{name} did not round-trip");
        }
    }
}
