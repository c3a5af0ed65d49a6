//! Results of drafts already run, replicate by replicate, for a process that runs the
//! same drafts again (the web page: every press of Run runs the base draft again, and
//! often a variant seen before).
//!
//! A replicate's rows for one draft are a pure function of the population spec, the
//! seed, the replicate's index, what is counted, and the draft itself: not of the other
//! drafts of the run, the number of replicates or the threads. So a run may take a
//! draft's rows of replicate `r` from an earlier run instead of computing them, and
//! gives the same bytes; a run whose drafts all have their rows here generates no
//! population at all. Entries are prefixes (replicates `0..n`), since every run starts
//! at replicate 0; the least recently used go first when the cache is over its budget.
//!
//! Keys are exact: the compiled draft itself, compared field by field (`PartialEq`,
//! every field but its labels, the TOML text included), with the run's seed and
//! counting, so two drafts share rows only when they are the same draft; never a
//! hash. A cache serves one spec: a run that brings another spec (compared the same
//! way) empties it first. (An earlier key, the draft's whole `Debug` text, cost 5 to
//! 10 ms per draft and run to format, a quarter to a third of a held press's time.) A
//! number that is not equal to itself (NaN) never matches: such a draft is computed
//! again, never served wrongly.

use std::sync::{Arc, Mutex};

use crate::draft::Draft;
use crate::scenario::spec::PopulationSpec;

/// The key of a draft's rows: what the run counts (seed, timeline, attribution,
/// totals) and the compiled draft.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Key {
    counting: String,
    draft: Draft,
}

/// One draft's rows in one replicate: the summary's, the timeline's and the
/// attribution's, as the run's layouts read them from the engine.
#[derive(Debug, Clone, Default)]
pub struct DraftRows {
    /// The summary layout's values.
    pub rows: Vec<f64>,
    /// The timeline layout's values (empty without a timeline).
    pub timeline: Vec<f64>,
    /// The attribution layout's values (empty without attribution).
    pub attribution: Vec<f64>,
}

impl DraftRows {
    fn bytes(&self) -> usize {
        8 * (self.rows.len() + self.timeline.len() + self.attribution.len()) + std::mem::size_of::<Self>()
    }
}

/// One draft's rows for replicates `0..len()`.
#[derive(Debug, Default)]
pub struct CachedDraft {
    replicates: Vec<DraftRows>,
    bytes: usize,
}

impl CachedDraft {
    /// Replicates held (`0..len`).
    pub fn len(&self) -> usize {
        self.replicates.len()
    }

    /// Whether it holds no replicate.
    pub fn is_empty(&self) -> bool {
        self.replicates.is_empty()
    }

    /// Replicate `r`'s rows, if held.
    pub fn get(&self, r: u64) -> Option<&DraftRows> {
        self.replicates.get(usize::try_from(r).ok()?)
    }
}

/// Rows collected during a run for the drafts the cache did not hold in full, replicate
/// by replicate in order, up to the cache's budget for all of them together.
#[derive(Debug, Default)]
pub(super) struct Collector {
    /// Per draft of the run: its key and its rows so far, or `None` when the cache
    /// already held every replicate the run asked for or the rows outgrew the budget.
    drafts: Vec<Option<(Key, CachedDraft)>>,
    budget: usize,
    /// Bytes collected, all drafts.
    total: usize,
}

impl Collector {
    /// Adds replicate rows of draft `k`, in replicate order. A draft whose rows would
    /// take the collection past the budget is dropped from it (its memory freed).
    pub(super) fn push(&mut self, k: usize, rows: DraftRows) {
        let Some(slot) = self.drafts.get_mut(k) else { return };
        let Some((_, d)) = slot else { return };
        d.bytes += rows.bytes();
        self.total += rows.bytes();
        d.replicates.push(rows);
        if self.total > self.budget {
            self.total -= d.bytes;
            *slot = None;
        }
    }

    /// Whether draft `k`'s rows are wanted.
    pub(super) fn wants(&self, k: usize) -> bool {
        matches!(self.drafts.get(k), Some(Some(_)))
    }

    /// Whether any draft's rows are wanted.
    pub(super) fn any(&self) -> bool {
        self.drafts.iter().any(Option::is_some)
    }
}

/// The cache: per key, one draft's rows, within a budget in bytes.
pub struct ReplicateCache {
    budget: usize,
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    spec: Option<PopulationSpec>,
    /// Per key: the rows and when they were last used. A few drafts, found by a scan
    /// (comparing drafts that differ stops at their first different field).
    entries: Vec<(Key, Arc<CachedDraft>, u64)>,
    clock: u64,
    bytes: usize,
}

impl std::fmt::Debug for ReplicateCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let inner = self.lock();
        f.debug_struct("ReplicateCache").field("budget", &self.budget).field("entries", &inner.entries.len()).field("bytes", &inner.bytes).finish()
    }
}

impl ReplicateCache {
    /// An empty cache holding at most `budget` bytes of rows.
    pub fn new(budget: usize) -> Self {
        ReplicateCache { budget, inner: Mutex::new(Inner::default()) }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panic while holding the lock leaves only rows that were complete: go on.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Bytes of rows held.
    pub fn bytes(&self) -> usize {
        self.lock().bytes
    }

    /// Drafts held.
    pub fn len(&self) -> usize {
        self.lock().entries.len()
    }

    /// Whether it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Empties the cache if `spec` (the run's population spec) is not the one its rows
    /// were computed on.
    pub(super) fn check_spec(&self, spec: &PopulationSpec) {
        let mut inner = self.lock();
        if inner.spec.as_ref() != Some(spec) {
            *inner = Inner { spec: Some(spec.clone()), ..Inner::default() };
        }
    }

    /// Each draft's rows held, and a collector for the drafts not held for all of
    /// `replicates`.
    pub(super) fn lookup(&self, keys: &[Key], replicates: u64) -> (Vec<Option<Arc<CachedDraft>>>, Collector) {
        let mut inner = self.lock();
        inner.clock += 1;
        let now = inner.clock;
        let mut held = Vec::with_capacity(keys.len());
        let mut collector = Collector { drafts: Vec::with_capacity(keys.len()), budget: self.budget, total: 0 };
        for key in keys {
            let found = inner.entries.iter_mut().find(|(k, ..)| k == key).map(|(_, d, used)| {
                *used = now;
                d.clone()
            });
            let full = found.as_ref().is_some_and(|d| d.len() as u64 >= replicates);
            // A draft twice in one run is collected once.
            let twice = collector.drafts.iter().flatten().any(|(k, _)| k == key);
            collector.drafts.push((!full && !twice).then(|| (key.clone(), CachedDraft::default())));
            held.push(found);
        }
        (held, collector)
    }

    /// Keeps what `collector` gathered where it is longer than what is held, then drops
    /// the least recently used entries until within the budget.
    pub(super) fn store(&self, collector: Collector) {
        let mut inner = self.lock();
        inner.clock += 1;
        let now = inner.clock;
        for (key, rows) in collector.drafts.into_iter().flatten() {
            let at = inner.entries.iter().position(|(k, ..)| *k == key);
            if rows.is_empty() || at.is_some_and(|i| inner.entries[i].1.len() >= rows.len()) {
                continue;
            }
            inner.bytes += rows.bytes;
            if let Some(i) = at {
                let (_, old, _) = inner.entries.swap_remove(i);
                inner.bytes -= old.bytes;
            }
            inner.entries.push((key, Arc::new(rows), now));
        }
        while inner.bytes > self.budget {
            let Some(oldest) = inner.entries.iter().enumerate().min_by_key(|(_, (_, _, used))| *used).map(|(i, _)| i) else { break };
            let (_, old, _) = inner.entries.swap_remove(oldest);
            inner.bytes -= old.bytes;
        }
    }
}

/// The key of `draft`'s rows in a run counting as `counting` says (seed, timeline,
/// attribution, totals): exact, never a hash. The draft's labels (its id, short name
/// and the file it was read from) are left out: no row depends on them (the engine
/// never reads them, and a draft's random parameters are drawn from streams keyed by
/// the parameter's name, not the draft's), so the same draft under another label,
/// e.g. a variant moved to another slot of the page, or a goal seek's point run again
/// under its own number, is served too.
pub(super) fn key(draft: &Draft, counting: &str) -> Key {
    let mut draft = draft.clone();
    draft.id.clear();
    draft.name.clear();
    draft.path.clear();
    Key { counting: counting.to_string(), draft }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A key told apart by its counting alone.
    fn k(name: &str) -> Key {
        static DRAFT: std::sync::OnceLock<Draft> = std::sync::OnceLock::new();
        key(DRAFT.get_or_init(|| crate::draft::resolve(crate::draft::DEFAULT_DRAFT).expect("the enacted draft")), name)
    }

    fn rows(n: usize, len: usize) -> Collector {
        let mut c = Collector { drafts: vec![Some((k("a"), CachedDraft::default()))], budget: usize::MAX, total: 0 };
        for r in 0..n {
            c.push(0, DraftRows { rows: vec![r as f64; len], ..Default::default() });
        }
        c
    }

    #[test]
    fn a_longer_prefix_replaces_a_shorter_one_and_not_the_other_way() {
        let cache = ReplicateCache::new(1 << 20);
        cache.store(rows(20, 4));
        cache.store(rows(10, 4));
        let (held, collector) = cache.lookup(&[k("a")], 20);
        assert_eq!(held[0].as_ref().map(|d| d.len()), Some(20));
        assert!(!collector.any(), "all 20 replicates are held: nothing to collect");
        let (_, collector) = cache.lookup(&[k("a")], 21);
        assert!(collector.wants(0));
    }

    #[test]
    fn the_least_recently_used_goes_first_and_the_budget_holds() {
        let one = rows(10, 100).drafts[0].as_ref().unwrap().1.bytes;
        let cache = ReplicateCache::new(2 * one + one / 2);
        for key in ["a", "b", "c"] {
            let mut c = rows(10, 100);
            c.drafts[0].as_mut().unwrap().0 = k(key);
            cache.store(c);
            if key == "b" {
                // "a" is read again: "b" is now the oldest.
                cache.lookup(&[k("a")], 1);
            }
        }
        assert!(cache.bytes() <= 2 * one + one / 2);
        let (held, _) = cache.lookup(&[k("a"), k("b"), k("c")], 10);
        assert_eq!(held.iter().map(Option::is_some).collect::<Vec<_>>(), [true, false, true]);
    }

    #[test]
    fn rows_past_the_budget_are_not_kept() {
        let mut c = rows(0, 0);
        c.budget = 1000;
        for _ in 0..10 {
            c.push(0, DraftRows { rows: vec![0.0; 100], ..Default::default() });
        }
        assert!(!c.any());
        // The budget holds for the drafts together: the one that crosses it goes.
        let one = DraftRows { rows: vec![0.0; 10], ..Default::default() };
        let mut c = Collector { drafts: vec![Some((k("a"), CachedDraft::default())), Some((k("b"), CachedDraft::default()))], budget: 3 * one.bytes(), total: 0 };
        for k in [0, 1, 0, 1] {
            c.push(k, one.clone());
        }
        assert!(c.wants(0) && !c.wants(1));
        assert_eq!(c.total, 2 * one.bytes());
    }

    #[test]
    fn another_spec_empties_the_cache() {
        let cache = ReplicateCache::new(1 << 20);
        let one = PopulationSpec::embedded_default().expect("the default spec");
        cache.check_spec(&one);
        cache.store(rows(5, 1));
        cache.check_spec(&PopulationSpec::embedded_default().expect("the default spec"));
        assert_eq!(cache.len(), 1, "the same spec read again keeps the rows");
        let mut two = one.clone();
        two.statuses[0].total += 1;
        cache.check_spec(&two);
        assert!(cache.is_empty());
    }
}
