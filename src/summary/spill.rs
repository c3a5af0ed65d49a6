//! Rows of the replicates table past those a run keeps in memory: written to a
//! temporary file as they come, so a run of 100,000 replicates holds no more of the
//! table than one of 10,000 (a row carries every drawn parameter, about 300 numbers).
//! The headline totals of those rows stay in memory (a few dozen numbers each): the
//! published-figures table and the distribution chart read them.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use crate::error::{Error, Result};

/// The spilled rows of a replicates table.
#[derive(Debug, Clone)]
pub struct Spill {
    file: Arc<SpillFile>,
    /// Numbers per row (every column of the table).
    width: usize,
    /// Where the totals start in a row (the table's `parameters`).
    first_total: usize,
    /// Rows written.
    rows: usize,
    /// The totals (columns from `first_total` on) of every row written, in order.
    pub totals: Vec<Vec<f64>>,
}

/// The temporary file. On Unix its name is removed as soon as it is open, so a run
/// that is killed leaves nothing behind (the open handles keep the data until the last
/// copy of the table goes); elsewhere the name is removed when the last copy goes.
#[derive(Debug)]
struct SpillFile {
    path: PathBuf,
    /// A handle for reading back (positioned reads on Unix, so copies never share an
    /// offset).
    reader: File,
    writer: Mutex<Option<BufWriter<File>>>,
    /// Whether the name is already gone.
    unlinked: bool,
}

impl Drop for SpillFile {
    fn drop(&mut self) {
        if !self.unlinked {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Reads a file from the start by position, leaving the handle's own offset alone.
#[cfg(unix)]
struct At<'a> {
    file: &'a File,
    pos: u64,
}

#[cfg(unix)]
impl Read for At<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        use std::os::unix::fs::FileExt;
        let n = self.file.read_at(buf, self.pos)?;
        self.pos += n as u64;
        Ok(n)
    }
}

/// Distinguishes the spill files of one process.
static SERIAL: AtomicU64 = AtomicU64::new(0);

impl Spill {
    /// A new, empty spill file in the system's temporary folder (`TMPDIR`) for rows of
    /// `width` numbers whose totals start at `first_total`.
    pub fn create(width: usize, first_total: usize) -> Result<Spill> {
        let name = format!("amnesty-sim-replicates-{}-{}.f64", std::process::id(), SERIAL.fetch_add(1, Ordering::Relaxed));
        let path = std::env::temp_dir().join(name);
        let file = File::options().read(true).write(true).create_new(true).open(&path).map_err(|e| Error::io(&path, e))?;
        let reader = file.try_clone().map_err(|e| Error::io(&path, e))?;
        // Unix keeps an unlinked file's data while a handle is open: remove the name now.
        let unlinked = cfg!(unix) && std::fs::remove_file(&path).is_ok();
        let file = SpillFile { path, reader, writer: Mutex::new(Some(BufWriter::new(file))), unlinked };
        Ok(Spill { file: Arc::new(file), width, first_total, rows: 0, totals: Vec::new() })
    }

    /// Rows written.
    pub fn len(&self) -> usize {
        self.rows
    }

    /// Whether no row was written.
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// Appends one row (every column).
    pub fn push(&mut self, row: &[f64]) -> Result<()> {
        debug_assert_eq!(row.len(), self.width);
        let mut guard = self.file.writer.lock().map_err(|_| Error::Bug("the replicates spill file's lock was poisoned".into()))?;
        let w = guard.as_mut().ok_or_else(|| Error::Bug("a row was added to the replicates spill file after it was read".into()))?;
        let mut bytes = Vec::with_capacity(row.len() * 8);
        row.iter().for_each(|x| bytes.extend_from_slice(&x.to_le_bytes()));
        w.write_all(&bytes).map_err(|e| Error::io(&self.file.path, e))?;
        self.totals.push(row[self.first_total..].to_vec());
        self.rows += 1;
        Ok(())
    }

    /// Ends writing (later rows are refused).
    pub fn finish(&self) -> Result<()> {
        let mut guard = self.file.writer.lock().map_err(|_| Error::Bug("the replicates spill file's lock was poisoned".into()))?;
        if let Some(mut w) = guard.take() {
            w.flush().map_err(|e| Error::io(&self.file.path, e))?;
        }
        Ok(())
    }

    /// Reads the rows back in order, `chunk` at a time, handing each chunk to `f`.
    pub fn for_each_chunk(&self, chunk: usize, mut f: impl FnMut(&[Vec<f64>]) -> Result<()>) -> Result<()> {
        self.finish()?;
        let path = &self.file.path;
        #[cfg(unix)]
        let mut r = BufReader::new(At { file: &self.file.reader, pos: 0 });
        #[cfg(not(unix))]
        let mut r = {
            let _ = &self.file.reader;
            BufReader::new(File::open(path).map_err(|e| Error::io(path, e))?)
        };
        let mut bytes = vec![0u8; self.width * 8];
        let mut rows: Vec<Vec<f64>> = Vec::with_capacity(chunk.min(self.rows));
        for k in 0..self.rows {
            r.read_exact(&mut bytes).map_err(|e| Error::io(path, e))?;
            rows.push(bytes.chunks_exact(8).map(|b| f64::from_le_bytes(b.try_into().expect("eight bytes"))).collect());
            if rows.len() == chunk || k + 1 == self.rows {
                f(&rows)?;
                rows.clear();
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_come_back_in_order_and_the_file_goes() {
        let mut s = Spill::create(3, 1).unwrap();
        for k in 0..7 {
            s.push(&[k as f64, 0.5 + k as f64, -(k as f64)]).unwrap();
        }
        assert_eq!(s.len(), 7);
        assert_eq!(s.totals[6], vec![6.5, -6.0]);
        let mut back = Vec::new();
        let mut sizes = Vec::new();
        s.for_each_chunk(3, |rows| {
            sizes.push(rows.len());
            back.extend(rows.iter().cloned());
            Ok(())
        })
        .unwrap();
        assert_eq!(sizes, vec![3, 3, 1]);
        assert_eq!(back[4], vec![4.0, 4.5, -4.0]);
        assert!(s.push(&[0.0, 0.0, 0.0]).is_err(), "written after reading");
        // A second reading (a copy's) starts again from the first row.
        let copy = s.clone();
        let mut again = 0;
        copy.for_each_chunk(10, |rows| {
            again += rows.len();
            assert_eq!(rows[0], vec![0.0, 0.5, -0.0]);
            Ok(())
        })
        .unwrap();
        assert_eq!(again, 7);
        let path = s.file.path.clone();
        // On Unix the name is gone from the start, so a killed run leaves no file.
        assert_eq!(path.exists(), !cfg!(unix));
        drop(s);
        assert_eq!(path.exists(), !cfg!(unix), "a copy still holds it");
        drop(copy);
        assert!(!path.exists());
    }
}
