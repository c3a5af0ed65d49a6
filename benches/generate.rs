//! Generating the default 67,000-person population from one parameter draw.
//! Target: under 5 ms on the project's 2-core machine.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use amnesty_sim::population::Population;
use amnesty_sim::population::generate::replicate_population_into;
use amnesty_sim::scenario::spec::PopulationSpec;

fn bench_generate(c: &mut Criterion) {
    let spec = PopulationSpec::embedded_default().expect("default spec");
    let draw = spec.parameter_draw(1, 0, false);
    let mut pop = Population::with_capacity(spec.total());
    let mut group = c.benchmark_group("generate");
    group.throughput(Throughput::Elements(spec.total() as u64));
    let mut replicate = 0u64;
    group.bench_function("kz-2025 (67,000 persons)", |b| {
        b.iter(|| {
            replicate += 1;
            replicate_population_into(&spec, &draw, 1, replicate, &mut pop);
            std::hint::black_box(pop.len())
        })
    });
    group.finish();
}

criterion_group!(benches, bench_generate);
criterion_main!(benches);
