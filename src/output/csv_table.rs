//! The one writer of the CSV files the tool assembles row by row (sensitivity, labels,
//! a sweep's goal table, a calibration's fit table): the `csv` crate's, so a field is
//! quoted where RFC 4180 needs it (a comma, a quote, a line break) and never by hand.
//! The tidy tables go through polars ([`super::frames`]). Written atomically.

use std::path::Path;

use crate::error::Result;

/// A CSV table built row by row, then written in one piece.
pub struct CsvTable {
    writer: csv::Writer<Vec<u8>>,
}

impl CsvTable {
    /// A table with these column names.
    pub fn new(header: &[&str]) -> Self {
        let mut table = CsvTable { writer: csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new()) };
        table.row(header);
        table
    }

    /// Appends one row; each field as its text.
    pub fn row<T: AsRef<[u8]>>(&mut self, fields: impl IntoIterator<Item = T>) {
        // Writing into memory cannot fail.
        self.writer.write_record(fields).expect("a CSV row written into memory");
    }

    /// The table's bytes.
    pub fn into_bytes(self) -> Vec<u8> {
        self.writer.into_inner().map_err(|e| e.into_error()).expect("a CSV table flushed into memory")
    }

    /// Writes the table to `path`, atomically.
    pub fn write(self, path: &Path) -> Result<()> {
        super::atomic::write_bytes(path, &self.into_bytes())
    }
}

impl std::fmt::Debug for CsvTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CsvTable")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    #[test]
    fn quotes_only_where_a_field_needs_it() {
        let mut t = CsvTable::new(&["a", "b"]);
        t.row(["plain", "with, comma"]);
        t.row(["say \"yes\"", "two\nlines"]);
        assert_eq!(String::from_utf8(t.into_bytes()).unwrap(), "a,b\nplain,\"with, comma\"\n\"say \"\"yes\"\"\",\"two\nlines\"\n");
    }

    #[test]
    fn a_path_under_a_file_is_an_error_not_a_panic() {
        let file = std::env::temp_dir().join(format!("amnesty-csv-table-{}", std::process::id()));
        std::fs::write(&file, "not a folder").unwrap();
        let e = CsvTable::new(&["a"]).write(&file.join("x.csv")).unwrap_err();
        std::fs::remove_file(&file).unwrap();
        assert!(matches!(e, Error::Io { .. }), "{e}");
    }
}
