//! `manifest.json`: what was run, on which inputs (with SHA-256), and how long it took,
//! so a reader can reproduce the files and check they used the same inputs.

use std::path::Path;

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::Result;
use crate::output::atomic::write_bytes;

/// One input file and its hash.
#[derive(Debug, Clone, Serialize)]
pub struct Input {
    /// What the file is (spec, catalogue, draft, registry).
    pub role: String,
    /// Path as given, or `embedded:` and the shipped path.
    pub path: String,
    /// SHA-256 of the bytes, hex.
    pub sha256: String,
}

impl Input {
    /// Hashes `bytes`.
    pub fn new(role: &str, path: &str, bytes: &[u8]) -> Self {
        Input { role: role.into(), path: path.into(), sha256: sha256_hex(bytes) }
    }
}

/// SHA-256 as lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// SHA-256 of a file as lowercase hex, read a block at a time: a run's replicates file
/// grows with its replicates (about 230 MB at 100,000), and reading it whole to hash it
/// would hold all of it in memory at once.
pub fn sha256_file(path: &Path) -> Result<String> {
    use std::io::Read;
    let mut file = std::fs::File::open(path).map_err(|e| crate::error::Error::io(path, e))?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut buffer).map_err(|e| crate::error::Error::io(path, e))?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
    }
    Ok(hex(&hasher.finalize()))
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The manifest's content.
#[derive(Debug, Clone, Serialize)]
pub struct Manifest {
    /// amnesty-sim version.
    pub version: String,
    /// The command line, re-runnable.
    pub command: String,
    /// Master seed.
    pub seed: u64,
    /// Replicates.
    pub replicates: u64,
    /// Threads used (results do not depend on it).
    pub threads: usize,
    /// Central probability of the interval; `p05`/`p95` hold its bounds.
    pub interval: f64,
    /// Drafts, in order; the first is the baseline of `differences`.
    pub drafts: Vec<String>,
    /// Persons per replicate.
    pub persons: usize,
    /// Whether the population was regenerated every replicate.
    pub synthetic_population: bool,
    /// Every input with its hash.
    pub inputs: Vec<Input>,
    /// Output files with their hashes (manifest excluded).
    pub outputs: Vec<Input>,
    /// Timings in seconds: these vary between runs, nothing else does.
    pub timings: Timings,
}

/// Wall-clock timings.
#[derive(Debug, Clone, Serialize)]
pub struct Timings {
    /// Replicates, seconds.
    pub replicates_seconds: f64,
    /// Throughput: persons x replicates x drafts per second, counting only the drafts'
    /// replicates computed in this run (not those taken from the web page's cache).
    pub person_replicates_per_second: f64,
    /// (draft, replicate) pairs taken from the web page's cache of earlier runs (the
    /// same figures, not computed again); 0 for a command-line run.
    pub draft_replicates_from_cache: u64,
    /// Whole command, seconds.
    pub total_seconds: f64,
    /// The build of the hot loops that ran, the fastest measured on this processor
    /// (`baseline`, `avx2`, `avx512`): speed depends on it, results do not.
    pub build: &'static str,
}

impl Manifest {
    /// The manifest of a Monte Carlo run of `drafts` (by id) under `config`, before its
    /// outputs are listed: the one place the run's settings and timings are copied
    /// from, for `run`, `compare`, `sweep` and the web page.
    pub fn for_run(
        command: String,
        config: &crate::montecarlo::RunConfig,
        drafts: Vec<String>,
        result: &crate::montecarlo::RunResult,
        synthetic: bool,
        inputs: Vec<Input>,
        applied: usize,
    ) -> Self {
        Manifest {
            version: env!("CARGO_PKG_VERSION").to_string(),
            command,
            seed: config.seed,
            replicates: config.replicates,
            threads: config.threads,
            interval: config.interval,
            drafts,
            persons: result.persons,
            synthetic_population: synthetic,
            inputs,
            outputs: Vec::new(),
            timings: Timings {
                replicates_seconds: result.seconds,
                person_replicates_per_second: result.persons as f64 * (config.replicates * applied as u64).saturating_sub(result.held) as f64 / result.seconds.max(1e-9),
                draft_replicates_from_cache: result.held,
                total_seconds: 0.0,
                build: result.build.name(),
            },
        }
    }

    /// Records every file in `written` (paths under `dir`) with its hash and the
    /// command's total time since `started`, then writes `manifest.json` into `dir`:
    /// the last step of every command that writes a folder.
    pub fn seal(mut self, dir: &Path, written: &[std::path::PathBuf], started: std::time::Instant) -> Result<()> {
        self.outputs = written
            .iter()
            .map(|p| {
                let name = p.strip_prefix(dir).unwrap_or(p).display().to_string();
                Ok(Input { role: "output".into(), path: name, sha256: sha256_file(p)? })
            })
            .collect::<Result<Vec<_>>>()?;
        self.timings.total_seconds = started.elapsed().as_secs_f64();
        self.write(dir)
    }

    /// Writes `manifest.json` atomically.
    pub fn write(&self, dir: &Path) -> Result<()> {
        let text = serde_json::to_string_pretty(self).expect("manifest serialises");
        write_bytes(&dir.join("manifest.json"), format!("{text}\n").as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file hashed a block at a time has the hash of its bytes, across block edges.
    #[test]
    fn a_file_hashed_in_blocks_has_the_hash_of_its_bytes() {
        let path = std::env::temp_dir().join(format!("amnesty-manifest-hash-{}", std::process::id()));
        for len in [0usize, 1, (1 << 16) - 1, 1 << 16, 3 * (1 << 16) + 17] {
            let bytes: Vec<u8> = (0..len).map(|k| (k * 31 % 251) as u8).collect();
            std::fs::write(&path, &bytes).unwrap();
            assert_eq!(sha256_file(&path).unwrap(), sha256_hex(&bytes), "{len} bytes");
        }
        assert_eq!(sha256_hex(b""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        let _ = std::fs::remove_file(&path);
        assert!(sha256_file(&path).is_err());
    }
}
