//! File writing that never leaves a half-written file: write to a temporary name in the
//! same directory, then rename over the target (atomic on one filesystem).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result, Setting};
use crate::i18n::Msg;

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
        let refuse = |what: Msg| Error::request(Setting::Out, target.display(), Msg::new("out-refuse").msg("what", what));
        let parent = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "run".into());
        // A commit cut short between its two renames leaves the earlier run aside:
        // put it back (or drop it, if the new run made it), before looking at the target.
        recover_aside(target, &parent.join(format!(".{name}.old")))?;
        match std::fs::symlink_metadata(target) {
            // Nothing there yet (or a path under a file: checked below, with its name).
            Err(e) if matches!(e.kind(), std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory) => {}
            Err(e) => return Err(Error::io(target, e)),
            Ok(meta) => {
                let kind = meta.file_type();
                if kind.is_symlink() {
                    let to = std::fs::read_link(target).map(|t| t.display().to_string()).unwrap_or_default();
                    let state = if target.exists() { "yes" } else { "no" };
                    return Err(refuse(Msg::new("out-symlink").arg("to", to).arg("exists", state)));
                }
                if kind.is_file() {
                    return Err(refuse(Msg::new("out-file")));
                }
                if !kind.is_dir() {
                    return Err(refuse(Msg::new("out-special").arg("kind", special_kind(&kind))));
                }
                if is_mount_point(target, &meta) {
                    return Err(refuse(Msg::new("out-mount")));
                }
                let mut entries = std::fs::read_dir(target).map_err(|e| Error::io(target, e))?;
                let empty = entries.next().is_none();
                if !empty && !target.join(RUN_MARKER).is_file() {
                    return Err(Error::request(Setting::Out, target.display(), Msg::new("out-other-files").arg("marker", RUN_MARKER)));
                }
            }
        }
        // The nearest existing ancestor must be a folder: a path under a file cannot be.
        if let Some(existing) = parent.ancestors().find(|a| a.as_os_str().is_empty() || std::fs::symlink_metadata(a).is_ok())
            && !existing.as_os_str().is_empty()
            && !existing.is_dir()
        {
            return Err(refuse(Msg::new("out-parent-not-folder").arg("path", existing.display().to_string())));
        }
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        let staging = parent.join(format!(".{name}.partial-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&staging);
        std::fs::create_dir(&staging).map_err(|e| Error::io(&staging, e))?;
        Ok(OutputDir { target: target.to_path_buf(), staging })
    }

    /// Moves the complete run into place, replacing an earlier run as a whole. Only an
    /// earlier run (or an empty folder) is ever moved aside: anything else found at the
    /// target since [`OutputDir::prepare`] is left alone and the run reported.
    pub fn commit(self) -> Result<PathBuf> {
        if std::fs::symlink_metadata(&self.target).is_ok() {
            let ours = std::fs::symlink_metadata(&self.target).is_ok_and(|m| m.is_dir())
                && (self.target.join(RUN_MARKER).is_file() || std::fs::read_dir(&self.target).is_ok_and(|mut d| d.next().is_none()));
            if !ours {
                return Err(Error::request(Setting::Out, self.target.display(), Msg::new("out-appeared").arg("staging", self.staging.display().to_string())));
            }
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

/// What a file that is neither a file, a folder nor a link is, in words.
fn special_kind(kind: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "fifo"
    } else if kind.is_socket() {
        "socket"
    } else if kind.is_char_device() || kind.is_block_device() {
        "device"
    } else {
        "special"
    }
}

/// Whether `dir` is a mount point: its device differs from its parent's.
fn is_mount_point(dir: &Path, meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    let parent = dir.canonicalize().ok().and_then(|c| c.parent().map(Path::to_path_buf));
    parent.and_then(|p| std::fs::metadata(p).ok()).is_some_and(|p| p.dev() != meta.dev())
}

/// Recovers an earlier run a commit left aside (`.NAME.old`, between its two renames):
/// back into place when the target is missing, removed when the new run is in place;
/// anything without the run marker there is not ours and is reported, not touched.
fn recover_aside(target: &Path, aside: &Path) -> Result<()> {
    let Ok(meta) = std::fs::symlink_metadata(aside) else { return Ok(()) };
    if !meta.is_dir() || !aside.join(RUN_MARKER).is_file() {
        return Err(Error::request(Setting::Out, target.display(), Msg::new("out-in-the-way").arg("path", aside.display().to_string()).arg("marker", RUN_MARKER)));
    }
    if std::fs::symlink_metadata(target).is_err() {
        std::fs::rename(aside, target).map_err(|e| Error::io(aside, e))
    } else {
        std::fs::remove_dir_all(aside).map_err(|e| Error::io(aside, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::FileTypeExt;

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

    /// Whatever is at `--out` that is not a folder (a FIFO, a device node, a link, a
    /// link to nowhere, a path under a file) is refused at once, naming what it is, and
    /// nothing is moved or made; a commit cut short between its renames is recovered.
    #[test]
    fn anything_but_a_folder_is_refused_and_an_interrupted_commit_recovered() {
        use std::os::unix::fs::symlink;
        let root = std::env::temp_dir().join(format!("amnesty-outkinds-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("empty")).unwrap();
        std::fs::write(root.join("afile"), b"x").unwrap();
        let made = |tool: &str, args: &[&str]| std::process::Command::new(tool).args(args).status().is_ok_and(|s| s.success());
        let fifo = root.join("fifo");
        assert!(made("mkfifo", &[fifo.to_str().unwrap()]), "mkfifo");
        symlink(root.join("empty"), root.join("link")).unwrap();
        symlink(root.join("nowhere"), root.join("dangling")).unwrap();
        let mut cases = vec![
            (fifo.clone(), "is a FIFO"),
            (root.join("link"), "is a symbolic link"),
            (root.join("dangling"), "which leads nowhere"),
            (root.join("afile/run"), "is not a folder, so nothing can be made under it"),
        ];
        // A device node of our own (as root, which CI is); never the machine's own.
        let device = root.join("null-copy");
        if made("mknod", &[device.to_str().unwrap(), "c", "1", "3"]) {
            cases.push((device.clone(), "is a device"));
        } else {
            eprintln!("NOT TESTED: a device node at --out (mknod needs root here)");
        }
        let before: Vec<_> = std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().file_name()).collect();
        for (path, says) in &cases {
            let started = std::time::Instant::now();
            let e = OutputDir::prepare(path).unwrap_err().to_string();
            assert!(e.contains(says), "{}: {e}", path.display());
            assert!(started.elapsed().as_secs() < 1);
        }
        let after: Vec<_> = std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(before, after, "nothing moved or made");
        assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo() && root.join("empty").is_dir());

        // A commit killed after moving the earlier run aside: the next run puts it back.
        let run = root.join("run");
        let aside = root.join(".run.old");
        std::fs::create_dir(&aside).unwrap();
        std::fs::write(aside.join(RUN_MARKER), b"{\"earlier\": true}").unwrap();
        let next = OutputDir::prepare(&run).unwrap();
        assert!(run.join(RUN_MARKER).is_file() && !aside.exists(), "the earlier run is back in place");
        std::fs::write(next.staging.join(RUN_MARKER), b"{}").unwrap();
        next.commit().unwrap();
        assert_eq!(std::fs::read(run.join(RUN_MARKER)).unwrap(), b"{}");
        // Killed after the new run landed: the earlier one aside is dropped.
        std::fs::create_dir(&aside).unwrap();
        std::fs::write(aside.join(RUN_MARKER), b"{}").unwrap();
        OutputDir::prepare(&run).unwrap().abandon();
        assert!(!aside.exists() && run.join(RUN_MARKER).is_file());
        // Something else in the way is reported, not touched.
        std::fs::write(&aside, b"not ours").unwrap();
        assert!(OutputDir::prepare(&run).unwrap_err().to_string().contains("is in the way"));
        assert_eq!(std::fs::read(&aside).unwrap(), b"not ours");
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn failed_write_leaves_nothing_behind() {
        let dir = std::env::temp_dir().join(format!("amnesty-fsx-{}", std::process::id()));
        let path = dir.join("out.txt");
        let r = write_atomic(&path, |_| Err(Error::Cancelled));
        assert!(r.is_err());
        assert!(!path.exists());
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
        write_bytes(&path, b"ok").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"ok");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
