//! The engine beside the minimal kernel (`kernel.rs`, from `../shared/bench/limit`), in
//! one process, so that a change to the engine shows as a ratio rather than an absolute
//! time that depends on the machine and on what else it runs.
//!
//! `cargo bench --bench ratio` times, alternately and `ROUNDS` times each: the kernel;
//! the default `run` (the enacted 2025 law, timeline of 36 months and attribution on);
//! and the lean run (`--horizon 0 --no-attribution`), all with 67,000 persons per
//! replicate regenerated every replicate, on every core. It prints each one's median
//! throughput in person-replicates per second and the two ratios engine / kernel, with
//! the processor's name. Targets (issue 31): 0.35 for the default run, 0.5 for the lean
//! one. `AMNESTY_RATIO_REPLICATES` (default 400) and `AMNESTY_RATIO_ROUNDS` (default 5)
//! change the work.

mod kernel;

use std::time::Instant;

use amnesty_sim::draft::{DEFAULT_DRAFT, resolve};
use amnesty_sim::montecarlo::{PopulationSource, RunConfig, cores, run};
use amnesty_sim::scenario::spec::PopulationSpec;

/// The kernel's population: 33,000 prisoners, 7,000 detained, 27,000 probationers.
const PERSONS: usize = 67_000;

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).filter(|v| *v > 0).unwrap_or(default)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// The processor's model name, as /proc/cpuinfo gives it (the figures mean little
/// without it).
fn processor() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| t.lines().find(|l| l.starts_with("model name")).and_then(|l| l.split_once(':')).map(|(_, v)| v.trim().to_string()))
        .unwrap_or_else(|| "unknown processor".into())
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing: then one
    // quick round checks the bench still runs.
    let benching = std::env::args().any(|a| a == "--bench");
    let replicates = if benching { env_or("AMNESTY_RATIO_REPLICATES", 400) } else { 8 };
    let rounds = if benching { env_or("AMNESTY_RATIO_ROUNDS", 5) as usize } else { 1 };
    let spec = PopulationSpec::embedded_default().expect("the embedded default spec");
    assert_eq!(spec.total(), PERSONS, "the default spec's size is the kernel's");
    let drafts = [resolve(DEFAULT_DRAFT).expect("the enacted draft")];
    let threads = cores();
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("a thread pool");
    let work = replicates as f64 * PERSONS as f64;
    let (mut kernel, mut full, mut lean) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..rounds {
        let t = Instant::now();
        std::hint::black_box(pool.install(|| kernel::run(replicates, PERSONS)));
        kernel.push(work / t.elapsed().as_secs_f64());
        let seed = round as u64 + 1;
        // The whole call, set-up and summary included, as the kernel's time includes
        // its merge.
        let config = RunConfig::new(replicates, seed, threads);
        let t = Instant::now();
        std::hint::black_box(run(&spec, &PopulationSource::Synthetic, &drafts, &config).expect("the default run"));
        full.push(work / t.elapsed().as_secs_f64());
        let config = RunConfig { horizon_months: 0, attribution: false, ..RunConfig::new(replicates, seed, threads) };
        let t = Instant::now();
        std::hint::black_box(run(&spec, &PopulationSource::Synthetic, &drafts, &config).expect("the lean run"));
        lean.push(work / t.elapsed().as_secs_f64());
    }
    let (k, f, l) = (median(kernel), median(full), median(lean));
    let m = |x: f64| x / 1e6;
    println!("ratio: {} ({threads} threads), {replicates} replicates x {PERSONS} persons, median of {rounds} alternated rounds", processor());
    println!("  kernel (../shared/bench/limit)           {:8.1} M person-replicates/s", m(k));
    println!("  run, timeline and attribution (default) {:8.1} M person-replicates/s  ratio {:.3} (target 0.35)", m(f), f / k);
    println!("  run --horizon 0 --no-attribution        {:8.1} M person-replicates/s  ratio {:.3} (target 0.50)", m(l), l / k);
}
