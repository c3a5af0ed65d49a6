//! Monte Carlo throughput for the enacted 2025 draft with the population regenerated
//! every replicate, in person-replicates per second (criterion's "elements").
//! Target (issue 4): 60 million per second on the project's 2-core machine.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use amnesty_sim::draft::{DEFAULT_DRAFT, resolve};
use amnesty_sim::montecarlo::{PopulationSource, RunConfig, run};
use amnesty_sim::scenario::spec::PopulationSpec;

const REPLICATES: u64 = 64;

fn bench_run(c: &mut Criterion) {
    let spec = PopulationSpec::embedded().expect("default spec");
    let drafts = [resolve(DEFAULT_DRAFT).expect("enacted draft")];
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut group = c.benchmark_group("montecarlo");
    group.sample_size(10);
    group.throughput(Throughput::Elements(REPLICATES * spec.total() as u64));
    let mut seed = 0;
    group.bench_function(format!("kz-2025-enacted, {REPLICATES} replicates, {threads} threads"), |b| {
        b.iter(|| {
            seed += 1;
            let config = RunConfig { replicates: REPLICATES, seed, threads, interval: 0.9, progress: false, summary: true };
            run(&spec, &PopulationSource::Synthetic, &drafts, &config).expect("run")
        })
    });
    group.finish();
}

criterion_group!(benches, bench_run);
criterion_main!(benches);
