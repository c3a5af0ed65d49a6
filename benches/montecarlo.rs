//! Monte Carlo throughput for the enacted 2025 draft with the population regenerated
//! every replicate, in person-replicates per second (criterion's "elements").
//! Target: 60 million per second on the project's 2-core machine.
//!
//! `montecarlo/chosen` runs the build a run would choose on this processor (timed on
//! the run's own work); `montecarlo/build/*` runs each build this processor has, so
//! that speeds can be quoted per processor and per build.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use amnesty_sim::arch::{self, Build};
use amnesty_sim::draft::{DEFAULT_DRAFT, resolve};
use amnesty_sim::montecarlo::{PopulationSource, RunConfig, run};
use amnesty_sim::scenario::spec::PopulationSpec;

const REPLICATES: u64 = 64;

fn bench_run(c: &mut Criterion) {
    let spec = PopulationSpec::embedded_default().expect("default spec");
    let drafts = [resolve(DEFAULT_DRAFT).expect("enacted draft")];
    let threads = amnesty_sim::montecarlo::cores();
    let mut group = c.benchmark_group("montecarlo");
    group.sample_size(10);
    group.throughput(Throughput::Elements(REPLICATES * spec.total() as u64));
    let mut seed = 0;
    let mut once = |label: String, group: &mut criterion::BenchmarkGroup<_>| {
        group.bench_function(label, |b| {
            b.iter(|| {
                seed += 1;
                let config = RunConfig::new(REPLICATES, seed, threads);
                run(&spec, &PopulationSource::Synthetic, &drafts, &config).expect("run")
            })
        });
    };
    // The first run chooses the build (unless AMNESTY_BUILD forces one).
    let config = RunConfig::new(1, 0, threads);
    let chosen = run(&spec, &PopulationSource::Synthetic, &drafts, &config).expect("run").build;
    eprintln!("build chosen on this processor: {}", chosen.name());
    once(format!("chosen ({}), kz-2025-enacted, {REPLICATES} replicates, {threads} threads", chosen.name()), &mut group);
    for build in Build::available() {
        arch::force(build);
        once(format!("build/{}, kz-2025-enacted, {REPLICATES} replicates, {threads} threads", build.name()), &mut group);
    }
    arch::force(chosen);
    group.finish();
}

criterion_group!(benches, bench_run);
criterion_main!(benches);
