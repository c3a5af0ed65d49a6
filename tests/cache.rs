//! The replicate cache ([`amnesty_sim::montecarlo::cache`]): a run that takes some
//! drafts' rows from earlier runs gives the same bytes as one that computes them all.

mod common;

use std::sync::Arc;

use amnesty_sim::montecarlo::cache::ReplicateCache;
use amnesty_sim::montecarlo::{PopulationSource, RunConfig, RunResult, run};
use amnesty_sim::scenario::spec::PopulationSpec;
use common::shipped;

/// Everything a run reports but its wall time and build.
fn figures(r: &RunResult) -> String {
    format!("{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}", r.summary, r.differences, r.replicates.columns, r.replicates.rows, r.timeline, r.attribution)
}

fn go(ids: &[&str], config: &RunConfig) -> RunResult {
    let spec = PopulationSpec::embedded_default().unwrap();
    let drafts: Vec<_> = ids.iter().map(|id| shipped(id)).collect();
    run(&spec, &PopulationSource::Synthetic, &drafts, config).unwrap()
}

#[test]
fn held_rows_give_the_same_bytes_as_computed_ones() {
    for attribution in [false, true] {
        let plain = RunConfig { attribution, ..RunConfig::new(24, 3, 2) };
        let cache = Arc::new(ReplicateCache::new(64 << 20));
        let cached = RunConfig { cache: Some(cache.clone()), ..plain.clone() };
        // A shorter run first: its 10 replicates are a prefix the longer runs reuse.
        go(&["kz-2025-enacted"], &RunConfig { replicates: 10, ..cached.clone() });
        assert_eq!(cache.len(), 1);
        // The base held for 10 replicates, the variant not at all.
        let a = go(&["kz-2025-enacted", "kz-2025-no-1y"], &cached);
        assert_eq!(figures(&a), figures(&go(&["kz-2025-enacted", "kz-2025-no-1y"], &plain)), "attribution {attribution}");
        // The base held in full, another variant not.
        let b = go(&["kz-2025-enacted", "kz-2025-drug-distribution"], &cached);
        assert_eq!(figures(&b), figures(&go(&["kz-2025-enacted", "kz-2025-drug-distribution"], &plain)));
        // Everything held: no population is drawn, and the same bytes again.
        let again = go(&["kz-2025-enacted", "kz-2025-no-1y"], &cached);
        assert_eq!(figures(&again), figures(&a));
        assert_eq!((a.held, b.held, again.held), (10, 24, 48), "replicates taken from the cache");
        // The order of the drafts and a draft seen twice change nothing either.
        let swapped = go(&["kz-2025-no-1y", "kz-2025-enacted", "kz-2025-no-1y"], &cached);
        assert_eq!(figures(&swapped), figures(&go(&["kz-2025-no-1y", "kz-2025-enacted", "kz-2025-no-1y"], &plain)));
        assert_eq!(cache.len(), 3);
    }
}

#[test]
fn a_draft_under_another_label_is_served_and_gives_its_own_bytes() {
    // The page's variants and a goal seek's points are the same draft under other ids
    // and names: the cache serves them, and the figures are those of a plain run of
    // the renamed draft (its own id in every row).
    let spec = PopulationSpec::embedded_default().unwrap();
    let cache = Arc::new(ReplicateCache::new(64 << 20));
    let plain = RunConfig::new(12, 5, 2);
    let cached = RunConfig { cache: Some(cache.clone()), ..plain.clone() };
    let base = shipped("kz-2025-no-1y");
    let mut renamed = base.clone();
    renamed.id = "v2".into();
    renamed.name = "variant 2".into();
    renamed.path = "elsewhere.toml".into();
    let drafts = |d: &amnesty_sim::draft::Draft| vec![shipped("kz-2025-enacted"), d.clone()];
    run(&spec, &PopulationSource::Synthetic, &drafts(&base), &cached).unwrap();
    let held = run(&spec, &PopulationSource::Synthetic, &drafts(&renamed), &cached).unwrap();
    assert_eq!(held.held, 24, "both drafts served");
    assert_eq!(figures(&held), figures(&run(&spec, &PopulationSource::Synthetic, &drafts(&renamed), &plain).unwrap()));
    // A change to what the draft says is another draft.
    let mut changed = renamed.clone();
    changed.text.push_str("\n# a comment\n");
    assert_eq!(run(&spec, &PopulationSource::Synthetic, &drafts(&changed), &cached).unwrap().held, 12, "only the base served");
}

#[test]
fn another_seed_or_counting_is_not_served_from_the_cache() {
    let cache = Arc::new(ReplicateCache::new(64 << 20));
    let config = RunConfig { cache: Some(cache.clone()), ..RunConfig::new(8, 1, 2) };
    go(&["kz-2025-enacted"], &config);
    for other in [RunConfig { seed: 2, ..config.clone() }, RunConfig { horizon_months: 12, ..config.clone() }, RunConfig { attribution: false, ..config.clone() }] {
        let plain = RunConfig { cache: None, ..other.clone() };
        assert_eq!(figures(&go(&["kz-2025-enacted"], &other)), figures(&go(&["kz-2025-enacted"], &plain)));
    }
    assert_eq!(cache.len(), 4, "one entry per seed and counting");
}

#[test]
fn a_cancelled_run_keeps_the_replicates_it_finished() {
    let cache = Arc::new(ReplicateCache::new(64 << 20));
    let watch = Arc::new(amnesty_sim::montecarlo::Watch::default());
    watch.cancel();
    let config = RunConfig { cache: Some(cache.clone()), watch: Some(watch), ..RunConfig::new(40, 1, 2) };
    let spec = PopulationSpec::embedded_default().unwrap();
    let stopped = run(&spec, &PopulationSource::Synthetic, &[shipped("kz-2025-enacted")], &config);
    assert!(matches!(stopped, Err(amnesty_sim::error::Error::Cancelled)), "{stopped:?}");
    assert_eq!(cache.len(), 1, "the first batch is kept");
    let plain = RunConfig::new(40, 1, 2);
    let cached = RunConfig { cache: Some(cache), ..plain.clone() };
    assert_eq!(figures(&go(&["kz-2025-enacted"], &cached)), figures(&go(&["kz-2025-enacted"], &plain)));
}

#[test]
fn a_spec_read_twice_is_the_same_spec_to_the_cache() {
    // The cache knows a spec by comparing it field by field with the one its rows were
    // computed on: two readings of the same file must be equal (else the cache would
    // empty at every run).
    let (a, b) = (PopulationSpec::embedded_default().unwrap(), PopulationSpec::embedded_default().unwrap());
    assert!(a == b, "the same spec read twice");
}
