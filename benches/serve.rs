//! The work behind one press of **Run** on the `serve` page: the base draft and an
//! edited one (a provision switched off) on the same draws, as the page runs them
//! (`serve::page_config`: timeline, every breakdown, no attribution), in
//! person-replicates per second (criterion's "elements"; each person counts once per
//! replicate, though both drafts are applied to them). The page's default of 1,000
//! replicates takes 67,000 x 1,000 / this figure seconds.
//!
//! Group `serve-press` times the two presses the page's cache shapes, at the page's
//! default of 1,000 replicates, without a browser (the browser test in `tests/page.rs`
//! times the whole page): a new variant beside a base whose replicates are held (the
//! usual press after an edit), and a press of drafts both held (back to an earlier
//! variant: the statistics alone).

use std::sync::Arc;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};

use amnesty_sim::draft::paths::{self, PathKind};
use amnesty_sim::draft::{DEFAULT_DRAFT, resolve};
use amnesty_sim::montecarlo::cache::ReplicateCache;
use amnesty_sim::montecarlo::{PopulationSource, RunConfig, run};
use amnesty_sim::scenario::spec::PopulationSpec;
use amnesty_sim::serve::edit;
use amnesty_sim::serve::page_config;

const REPLICATES: u64 = 100;

/// The page's default replicates per press.
const PAGE_REPLICATES: u64 = 1000;

/// The cache's budget as `serve` sets it by default.
const CACHE_BYTES: usize = 256 << 20;

fn bench_page_run(c: &mut Criterion) {
    let spec = PopulationSpec::embedded_default().expect("default spec");
    let base = resolve(DEFAULT_DRAFT).expect("enacted draft");
    // The form the page sends with one provision switched off.
    let mut form = edit::Form::new();
    form.insert("switches".into(), "1".into());
    for p in paths::paths(&base).into_iter().filter(|p| p.kind == PathKind::Switch && p.path != "provision.art2-1-2-no-damage") {
        form.insert(p.path, "on".into());
    }
    let edited = edit::apply(&base, &form, 1, &amnesty_sim::i18n::Texts::new(amnesty_sim::i18n::Lang::En)).draft.expect("the edit checks");
    let drafts = [base, edited];
    let threads = amnesty_sim::montecarlo::cores();
    let mut group = c.benchmark_group("serve");
    group.sample_size(10);
    group.throughput(Throughput::Elements(REPLICATES * spec.total() as u64));
    let mut seed = 0;
    group.bench_function(format!("page run, base and edit, {REPLICATES} replicates, {threads} threads"), |b| {
        b.iter(|| {
            seed += 1;
            run(&spec, &PopulationSource::Synthetic, &drafts, &page_config(REPLICATES, seed, threads)).expect("run")
        })
    });
    group.finish();

    let mut group = c.benchmark_group("serve-press");
    // Ten presses of about two seconds each (and as long again to hold the base first).
    group.sample_size(10).measurement_time(std::time::Duration::from_secs(25));
    let config = |cache: &Arc<ReplicateCache>| RunConfig { cache: Some(cache.clone()), ..page_config(PAGE_REPLICATES, 1, threads) };
    group.bench_function(format!("new variant, base held, {PAGE_REPLICATES} replicates, {threads} threads"), |b| {
        b.iter_batched(
            || {
                let cache = Arc::new(ReplicateCache::new(CACHE_BYTES));
                run(&spec, &PopulationSource::Synthetic, &drafts[..1], &config(&cache)).expect("the base run");
                cache
            },
            |cache| run(&spec, &PopulationSource::Synthetic, &drafts, &config(&cache)).expect("run"),
            BatchSize::PerIteration,
        )
    });
    let held = Arc::new(ReplicateCache::new(CACHE_BYTES));
    run(&spec, &PopulationSource::Synthetic, &drafts, &config(&held)).expect("the first press");
    group.bench_function(format!("both held, {PAGE_REPLICATES} replicates, {threads} threads"), |b| {
        b.iter(|| run(&spec, &PopulationSource::Synthetic, &drafts, &config(&held)).expect("run"))
    });
    group.finish();
}

criterion_group!(benches, bench_page_run);
criterion_main!(benches);
