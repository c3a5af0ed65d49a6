//! File writing that never leaves a half-written file: write to a temporary name in the
//! same directory, then rename over the target (atomic on one filesystem).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Writes `path` through `fill`, atomically.
pub fn write_atomic<F>(path: &Path, fill: F) -> Result<()>
where
    F: FnOnce(&mut BufWriter<File>) -> Result<()>,
{
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    let tmp = temp_name(path);
    let result = (|| {
        let file = File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
        let mut w = BufWriter::new(file);
        fill(&mut w)?;
        w.flush().map_err(|e| Error::io(&tmp, e))?;
        w.get_ref().sync_all().map_err(|e| Error::io(&tmp, e))?;
        std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Writes bytes atomically.
pub fn write_bytes(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic(path, |w| w.write_all(bytes).map_err(|e| Error::io(path, e)))
}

fn temp_name(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!(".{name}.tmp-{}", std::process::id()))
}

/// The file an output folder of this tool always holds once its run is complete: it is
/// written last, so a folder without it never came from a finished run.
pub const RUN_MARKER: &str = "manifest.json";

/// A run's output folder, checked before any work starts and built beside the target
/// (`.NAME.partial-PID`), then moved into place whole: the target either keeps the
/// earlier run or gets the complete new one, and a run cut short leaves only the
/// clearly named partial folder.
#[derive(Debug)]
pub struct OutputDir {
    /// Where the files will be once the run completes.
    pub target: PathBuf,
    /// Where they are written meanwhile.
    pub staging: PathBuf,
}

impl OutputDir {
    /// Checks `target` (a new folder, or one that holds an earlier run of this tool:
    /// never a file, never a folder of other files) and creates the staging folder, so
    /// an unwritable place is reported before the first replicate.
    pub fn prepare(target: &Path) -> Result<Self> {
        if target.is_file() {
            return Err(Error::Usage(format!("--out {}: is a file; name a folder (new, or one holding an earlier run)", target.display())));
        }
        if target.is_dir() {
            let mut entries = std::fs::read_dir(target).map_err(|e| Error::io(target, e))?;
            let empty = entries.next().is_none();
            if !empty && !target.join(RUN_MARKER).is_file() {
                return Err(Error::Usage(format!(
                    "--out {}: the folder holds other files and no earlier run of amnesty-sim (no {RUN_MARKER}); name a new folder, or empty this one",
                    target.display()
                )));
            }
        }
        let parent = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "run".into());
        let staging = parent.join(format!(".{name}.partial-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&staging);
        std::fs::create_dir(&staging).map_err(|e| Error::io(&staging, e))?;
        Ok(OutputDir { target: target.to_path_buf(), staging })
    }

    /// Moves the complete run into place, replacing an earlier run as a whole.
    pub fn commit(self) -> Result<PathBuf> {
        if self.target.exists() {
            let old = self.staging.with_extension("old");
            std::fs::rename(&self.target, &old).map_err(|e| Error::io(&self.target, e))?;
            std::fs::rename(&self.staging, &self.target).map_err(|e| Error::io(&self.target, e))?;
            std::fs::remove_dir_all(&old).map_err(|e| Error::io(&old, e))?;
        } else {
            std::fs::rename(&self.staging, &self.target).map_err(|e| Error::io(&self.target, e))?;
        }
        Ok(self.target)
    }

    /// Removes the staging folder of a run that failed.
    pub fn abandon(self) {
        let _ = std::fs::remove_dir_all(&self.staging);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_folders_are_checked_first_and_replaced_whole() {
        let root = std::env::temp_dir().join(format!("amnesty-outdir-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        // A file, and a folder of other files, are refused before anything is written.
        std::fs::write(root.join("afile"), b"x").unwrap();
        assert!(OutputDir::prepare(&root.join("afile")).unwrap_err().to_string().contains("is a file"));
        std::fs::create_dir(root.join("other")).unwrap();
        std::fs::write(root.join("other/notes.txt"), b"x").unwrap();
        assert!(OutputDir::prepare(&root.join("other")).unwrap_err().to_string().contains("no earlier run"));
        // An earlier run is replaced as a whole: its stale files go.
        let run = root.join("run");
        let first = OutputDir::prepare(&run).unwrap();
        std::fs::write(first.staging.join("stale.csv"), b"old").unwrap();
        std::fs::write(first.staging.join(RUN_MARKER), b"{}").unwrap();
        first.commit().unwrap();
        let second = OutputDir::prepare(&run).unwrap();
        assert!(run.join("stale.csv").exists(), "the earlier run stays until the new one is complete");
        std::fs::write(second.staging.join(RUN_MARKER), b"{}").unwrap();
        second.commit().unwrap();
        assert!(!run.join("stale.csv").exists() && run.join(RUN_MARKER).exists());
        let leftovers: Vec<_> = std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().file_name()).filter(|n| n.to_string_lossy().starts_with('.')).collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn failed_write_leaves_nothing_behind() {
        let dir = std::env::temp_dir().join(format!("amnesty-fsx-{}", std::process::id()));
        let path = dir.join("out.txt");
        let r = write_atomic(&path, |_| Err(Error::Usage("stop".into())));
        assert!(r.is_err());
        assert!(!path.exists());
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
        write_bytes(&path, b"ok").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"ok");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
