//! The Monte Carlo: per replicate, draw every uncertain parameter, generate the
//! population (or take the registry as it is), draw per-person court and repayment
//! uniforms, and apply every draft to that same population with the same uniforms, so
//! differences between drafts are paired.
//!
//! Replicates run in parallel in batches; each batch's results are merged in replicate
//! order, and every random stream is a pure function of (seed, replicate), so results
//! are identical whatever the number of threads. Memory is flat in the replicate count
//! except for one row of the replicates table per replicate; a run that sets
//! [`RunConfig::keep_rows`] (as `run` does) keeps that many rows in memory and writes
//! the rest to a temporary file, holding only their headline totals.

pub mod cache;

use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;

use crate::draft::Draft;
use crate::engine::pass::{Clocks, Counting, Draw, Pass};
use crate::engine::timeline::{Clock, Horizon, MAX_HORIZON_MONTHS, Monthly};
use crate::engine::{Decisions, DraftParams};
use crate::error::{Action, Error, Result, Setting};
use crate::i18n::Msg;
use crate::population::Population;
use crate::population::generate::replicate_population_into;
use crate::random::named;
use crate::scenario::param::ParamName;
use crate::scenario::spec::Flows;
use crate::scenario::spec::PopulationSpec;
use crate::summary::attribution::{AttributionLayout, AttributionRow};
use crate::summary::timeline::{TimelineLayout, TimelineRow};
use crate::summary::{Breakdown, Column, Layout, Metric, PairedStats, ReplicateTable, ReportOutcome, RowStats, SummaryRow};

/// Where the persons come from. (One value per run: the size of the registry variant
/// costs nothing worth a box.)
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
pub enum PopulationSource {
    /// Generate a new synthetic population every replicate from the spec's priors.
    Synthetic,
    /// A fixed registry: the same persons every replicate (uncertainty then comes only
    /// from court decisions, repayment and the cost parameters of the spec).
    Registry(Population),
}

/// How to run.
#[derive(Debug, Clone)]
pub struct RunConfig {
    /// Number of replicates.
    pub replicates: u64,
    /// Master seed.
    pub seed: u64,
    /// Worker threads.
    pub threads: usize,
    /// Central probability of the reported interval.
    pub interval: f64,
    /// Show a progress bar on stderr counting these units ("replicates", "calibration
    /// draws"); only drawn when stderr is a terminal.
    pub progress: Option<&'static str>,
    /// Compute the summary and differences (calibration needs only the per-replicate
    /// totals, and skips them).
    pub summary: bool,
    /// Months of the timeline (0: none). Needs the spec's `[flows]` and every draft's
    /// `processing_months`; without them the run says why and has no timeline.
    pub horizon_months: usize,
    /// Attribute every draft's results to its clauses (what depends on each provision
    /// and exclusion, what each does alone); needs `summary`.
    pub attribution: bool,
    /// Summarise the totals only (breakdown `total`), not the breakdowns: a sweep's
    /// many drafts need no more.
    pub totals_only: bool,
    /// Totals kept replicate by replicate in the replicates table besides the
    /// headline ones (a sweep's target).
    pub keep: Vec<crate::summary::TotalKey>,
    /// Progress and cancellation seen from another thread (the web page's run).
    pub watch: Option<std::sync::Arc<Watch>>,
    /// Rows of the replicates table kept in memory, and replicates whose totals keep
    /// exact interval bounds (`None`: all). Past it, rows go to a temporary file (their
    /// headline totals stay in memory), the sensitivity analysis reads the rows kept,
    /// and the summary's total rows get streaming bounds: memory stays flat.
    pub keep_rows: Option<usize>,
    /// Rows of drafts already run, reused where the same draft comes again with the
    /// same seed and counting on the same spec (the web page's base draft, press after
    /// press), and filled with this run's; synthetic populations only. The results are
    /// the same bytes as without it.
    pub cache: Option<Arc<cache::ReplicateCache>>,
}

/// A run watched from another thread: how many replicates are done, and a flag that
/// stops the run at the next batch (the run then returns [`Error::Cancelled`]).
#[derive(Debug, Default)]
pub struct Watch {
    /// Replicates finished so far.
    pub done: std::sync::atomic::AtomicU64,
    /// Set to stop the run.
    pub cancelled: std::sync::atomic::AtomicBool,
}

impl Watch {
    /// Asks the run to stop.
    pub fn cancel(&self) {
        self.cancelled.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// Whether a stop was asked for.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Replicates finished so far.
    pub fn done(&self) -> u64 {
        self.done.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl RunConfig {
    /// `replicates` replicates from `seed` on `threads` threads, with what a run has by
    /// default: 90% intervals, the summary with every breakdown, the 36-month timeline
    /// and the attribution, no progress bar. Change the rest with struct update syntax.
    pub fn new(replicates: u64, seed: u64, threads: usize) -> Self {
        RunConfig {
            replicates,
            seed,
            threads,
            interval: 0.9,
            progress: None,
            summary: true,
            horizon_months: 36,
            attribution: true,
            totals_only: false,
            keep: Vec::new(),
            watch: None,
            keep_rows: None,
            cache: None,
        }
    }

    /// [`RunConfig::new`] keeping only the replicates table's headline totals, as a
    /// calibration reads them: no summary, timeline or attribution.
    pub fn headline_only(replicates: u64, seed: u64, threads: usize) -> Self {
        RunConfig { summary: false, horizon_months: 0, attribution: false, ..RunConfig::new(replicates, seed, threads) }
    }

    /// [`RunConfig::new`] counting the totals by status only (no breakdown, timeline or
    /// attribution), with intervals: what a sweep's points need.
    pub fn totals(replicates: u64, seed: u64, threads: usize) -> Self {
        RunConfig { totals_only: true, horizon_months: 0, attribution: false, ..RunConfig::new(replicates, seed, threads) }
    }
}

/// The timeline of a run: monthly rows per draft, and paired differences.
#[derive(Debug, Clone)]
pub struct TimelineResult {
    /// Months.
    pub months: usize,
    /// Rows of every draft, in draft order.
    pub rows: Vec<TimelineRow>,
    /// Differences of every draft after the first against the first.
    pub differences: Vec<TimelineRow>,
}

/// Everything a run produces.
#[derive(Debug, Clone)]
pub struct RunResult {
    /// Summary rows of every draft, in draft order.
    pub summary: Vec<SummaryRow>,
    /// Differences of every draft after the first against the first.
    pub differences: Vec<SummaryRow>,
    /// Drawn parameters and headline totals per replicate.
    pub replicates: ReplicateTable,
    /// Number of persons per replicate.
    pub persons: usize,
    /// Wall time of the replicates, seconds.
    pub seconds: f64,
    /// The build of the hot loops that ran (results are the same in every build).
    pub build: crate::arch::Build,
    /// The timeline, if the run has one.
    pub timeline: Option<TimelineResult>,
    /// Why the run has no timeline, when it was asked for but cannot be made.
    pub timeline_note: Option<Msg>,
    /// What each clause of every draft buys, in draft order (empty unless asked for).
    pub attribution: Vec<AttributionRow>,
    /// (draft, replicate) pairs whose rows came from [`RunConfig::cache`] rather than
    /// being computed: a throughput counts only the others.
    pub held: u64,
}

/// What the replicates need to build a timeline.
struct TimelinePlan {
    horizon: Horizon,
    layouts: Vec<TimelineLayout>,
    flows: Flows,
    processing: Vec<usize>,
}

impl TimelinePlan {
    /// The plan, or why there is none.
    fn new(spec: &PopulationSpec, drafts: &[Draft], config: &RunConfig) -> std::result::Result<Option<TimelinePlan>, Msg> {
        if config.horizon_months == 0 || !config.summary {
            return Ok(None);
        }
        let Some(flows) = spec.flows else {
            return Err(Msg::new("mc-no-flows").arg("spec", spec.path.as_str()));
        };
        let mut processing = Vec::new();
        for d in drafts {
            match d.processing_months {
                Some(slot) => processing.push(slot),
                None => return Err(Msg::new("mc-no-processing").arg("draft", d.id.as_str())),
            }
        }
        let horizon = Horizon::new(config.horizon_months);
        let layouts = drafts.iter().map(|d| TimelineLayout::new(config.horizon_months, &d.effective_date)).collect();
        Ok(Some(TimelinePlan { horizon, layouts, flows, processing }))
    }

    /// The replicate's flow rules for a draft whose courts take `processing_months`.
    fn clock(&self, spec: &PopulationSpec, values: &[f64], processing_months: f64) -> Clock {
        let f = &self.flows;
        Clock::new(values[f.parole_share], values[f.parole_at], values[spec.pretrial_remaining_days], f.return_hazard.map(|s| values[s]), processing_months)
            .with_prison_after_trial(values[f.pretrial_to_prison], values[f.pretrial_prison_months])
    }

    /// One replicate's clocks: without the amnesty, and with each draft (its courts'
    /// processing time drawn among `draft_values`).
    fn clocks(&self, spec: &PopulationSpec, values: &[f64], draft_values: &[Vec<f64>]) -> Clocks {
        Clocks { baseline: self.clock(spec, values, 0.0), drafts: draft_values.iter().zip(&self.processing).map(|(v, &slot)| self.clock(spec, values, v[slot])).collect() }
    }
}

/// One thread's memory, reused replicate after replicate: the population and the
/// draws it is built from, the engine's pass, and the timeline's monthly scratch.
struct Worker {
    pop: Population,
    decisions: Decisions,
    spec_values: Vec<f64>,
    pass: Pass,
    monthly: [Monthly; 3],
}

impl Worker {
    fn new(persons: usize, drafts: &[Draft]) -> Self {
        Worker { pop: Population::with_capacity(persons), decisions: Decisions::default(), spec_values: Vec::new(), pass: Pass::new(drafts), monthly: Default::default() }
    }
}

struct Replicate {
    params: Vec<f64>,
    rows: Vec<Vec<f64>>,
    timeline: Vec<Vec<f64>>,
    attribution: Vec<Vec<f64>>,
    /// A tally that failed [`crate::engine::tally::Tally::check_counts`]: a bug.
    broken: Option<String>,
}

/// Replicates per batch and thread: results of one batch are held until merged.
const BATCH_PER_THREAD: usize = 32;

/// Replicates per batch and thread of a watched run, which checks its cancel flag
/// between batches.
const WATCHED_BATCH_PER_THREAD: usize = 4;

/// Replicates whose rows `run` keeps in memory ([`RunConfig::keep_rows`]): runs up to
/// this size are exactly as without the cap.
pub const KEPT_REPLICATES: usize = 10_000;

/// Most replicates (or calibration draws) one run may ask for: far past where intervals
/// settle, and short of a run that would go on for hours.
pub const MAX_REPLICATES: u64 = 1_000_000;

/// The worker threads a command uses: all cores unless told otherwise (`0` also means
/// all cores), so the manifest records the number that actually ran.
pub fn resolve_threads(asked: Option<usize>) -> Result<usize> {
    match asked {
        Some(n) if n > max_threads() => Err(Error::request(Setting::Threads, n, Msg::new("mc-threads").arg("max", max_threads()).arg("cores", cores()))),
        Some(n) if n > 0 => Ok(n),
        _ => Ok(cores()),
    }
}

/// The cores this process may use.
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Most worker threads a run may ask for: four per core. Each replicate is pure
/// computation, so threads beyond the cores only queue; a thousand of them once stalled
/// the machine for minutes.
pub fn max_threads() -> usize {
    4 * cores()
}

/// Refuses a configuration the Monte Carlo cannot run (replicates, interval, horizon),
/// with what would be valid; `run` calls it first, and the command line before it
/// makes an output folder.
pub fn check_config(config: &RunConfig) -> Result<()> {
    if config.replicates == 0 || config.replicates > MAX_REPLICATES {
        return Err(Error::request(Setting::Replicates, config.replicates, Msg::new("mc-replicates").arg("max", MAX_REPLICATES.to_string())));
    }
    if !(config.interval > 0.0 && config.interval < 1.0) {
        return Err(Error::request(Setting::Interval, config.interval, Msg::new("mc-interval")));
    }
    if config.horizon_months > MAX_HORIZON_MONTHS {
        return Err(Error::request(Setting::Horizon, config.horizon_months, Msg::new("mc-horizon").arg("max", MAX_HORIZON_MONTHS.to_string())));
    }
    Ok(())
}

/// Runs the Monte Carlo.
pub fn run(spec: &PopulationSpec, source: &PopulationSource, drafts: &[Draft], config: &RunConfig) -> Result<RunResult> {
    if drafts.is_empty() {
        return Err(Error::setting(Setting::Draft, Msg::new("mc-no-draft")));
    }
    check_config(config)?;
    let persons = persons_of(spec, source)?;
    let layouts: Vec<Layout> = drafts.iter().map(|d| if config.totals_only { Layout::totals(d) } else { Layout::new(d) }).collect();
    let headline = headline_rows(&layouts, config);
    let (plan, timeline_note) = match TimelinePlan::new(spec, drafts, config) {
        Ok(p) => (p, None),
        Err(note) => (None, Some(note)),
    };
    let attribution: Option<Vec<AttributionLayout>> = (config.attribution && config.summary).then(|| drafts.iter().map(AttributionLayout::new).collect());
    let (held, mut collector) = match (&config.cache, source) {
        (Some(c), PopulationSource::Synthetic) => {
            c.check_spec(spec);
            // A total kept twice is kept once: the same counting.
            let mut keep: Vec<_> = Vec::with_capacity(config.keep.len());
            for k in &config.keep {
                if !keep.contains(k) {
                    keep.push(*k);
                }
            }
            let counting = format!(
                "seed {} horizon {} attribution {} totals {} summary {} keep {keep:?}",
                config.seed, config.horizon_months, config.attribution, config.totals_only, config.summary
            );
            let keys: Vec<cache::Key> = drafts.iter().map(|d| cache::key(d, &counting)).collect();
            let (held, collector) = c.lookup(&keys, config.replicates);
            (held, Some(collector))
        }
        _ => (Vec::new(), None),
    };
    let shared = Shared {
        spec,
        source,
        drafts,
        layouts: &layouts,
        only: (!config.summary).then_some(&headline[..]),
        plan: plan.as_ref(),
        attribution: attribution.as_deref(),
        seed: config.seed,
        held: &held,
    };
    let pool =
        rayon::ThreadPoolBuilder::new().num_threads(config.threads.max(1)).build().map_err(|e| Error::machine(Action::StartThreads, format!("{} threads: {e}", config.threads)))?;
    let build = choose_build(&shared, persons)?;
    let mut acc = Accumulators::new(&shared, &headline, config);
    let start = Instant::now();
    let done = replicates(&shared, &pool, persons, config, &mut acc, collector.as_mut());
    // What was computed is kept, a cancelled run's replicates too (they are complete);
    // a failed check keeps nothing.
    if let (Some(c), Some(collector)) = (&config.cache, collector)
        && matches!(done, Ok(()) | Err(Error::Cancelled))
    {
        c.store(collector);
    }
    done?;
    let held: u64 = held.iter().flatten().map(|d| (d.len() as u64).min(config.replicates)).sum();
    let seconds = start.elapsed().as_secs_f64();
    let ids: Vec<&str> = drafts.iter().map(|d| d.id.as_str()).collect();
    let (summary, differences) = acc.stats.finish(&ids);
    let timeline = shared.plan.zip(acc.timeline).map(|(p, t)| {
        let (rows, differences) = t.finish(&ids);
        TimelineResult { months: p.horizon.months, rows, differences }
    });
    let attribution =
        shared.attribution.map_or(Vec::new(), |layouts| layouts.iter().zip(&acc.attribution).zip(&ids).flat_map(|((l, st), id)| st.rows(id, None, &l.keys)).collect());
    Ok(RunResult { summary, differences, replicates: acc.table, persons, seconds, build, timeline, timeline_note, attribution, held })
}

/// Persons a worker's own population is sized for: none with a registry, which every
/// replicate reads as it is (a million-person registry once cost each thread a
/// million-person buffer it never filled).
fn worker_persons(sh: &Shared, persons: usize) -> usize {
    match sh.source {
        PopulationSource::Synthetic => persons,
        PopulationSource::Registry(_) => 0,
    }
}

/// Persons per replicate, refused above what a run holds.
fn persons_of(spec: &PopulationSpec, source: &PopulationSource) -> Result<usize> {
    let persons = match source {
        PopulationSource::Synthetic => spec.total(),
        PopulationSource::Registry(p) => p.len(),
    };
    if persons > crate::population::MAX_PERSONS {
        return Err(Error::request(Setting::Population, persons, Msg::new("mc-too-many-persons").arg("max", crate::population::MAX_PERSONS.to_string())));
    }
    Ok(persons)
}

/// Per draft, the rows of its layout the replicates table keeps: the headline totals
/// (persons by outcome, all covered, and what `keep` asks for).
fn headline_rows(layouts: &[Layout], config: &RunConfig) -> Vec<Vec<usize>> {
    let kept = |k: &crate::summary::RowKey| {
        k.breakdown == Breakdown::Total
            && ((k.metric == Metric::Persons && !matches!(k.outcome, ReportOutcome::One(crate::engine::Outcome::NotEligible)))
                || (k.outcome == ReportOutcome::Covered && k.status.is_none())
                || config.keep.contains(&crate::summary::TotalKey { metric: k.metric, status: k.status, outcome: k.outcome }))
    };
    layouts.iter().map(|l| (0..l.len()).filter(|&i| kept(&l.keys[i])).collect()).collect()
}

/// The replicates table's columns: the spec's drawn parameters, each draft's, then each
/// draft's headline totals.
fn replicate_table(sh: &Shared, headline: &[Vec<usize>]) -> ReplicateTable {
    let mut table = ReplicateTable::default();
    table.columns.extend(sh.spec.priors.names().iter().cloned().map(Column::Spec));
    for d in sh.drafts {
        table.columns.extend(d.priors.names().iter().map(|name| Column::Draft { draft: d.id.clone(), name: name.clone() }));
    }
    table.parameters = table.columns.len();
    for (d, (l, h)) in sh.drafts.iter().zip(sh.layouts.iter().zip(headline)) {
        table.columns.extend(h.iter().map(|&i| l.keys[i].column(&d.id)));
    }
    table
}

/// The fastest build of the hot loops on this processor, timed on this run's own work
/// (a replicate's population and drafts) the first time a run needs it.
fn choose_build(sh: &Shared, persons: usize) -> Result<crate::arch::Build> {
    if crate::arch::is_chosen() {
        return Ok(crate::arch::selected());
    }
    let mut w = Worker::new(worker_persons(sh, persons), sh.drafts);
    Ok(crate::arch::choose(3, || {
        let t = Instant::now();
        replicate(sh, 0, &mut w);
        t.elapsed().as_secs_f64()
    }))
}

/// What the replicates add up to, merged batch by batch in replicate order: the
/// paired statistics of every row, the timeline's and the attribution's, and the
/// replicates table.
struct Accumulators<'h> {
    stats: PairedStats<crate::summary::RowKey>,
    timeline: Option<PairedStats<crate::summary::timeline::TimelineKey>>,
    attribution: Vec<RowStats>,
    table: ReplicateTable,
    headline: &'h [Vec<usize>],
    summary: bool,
    keep_rows: Option<usize>,
}

impl<'h> Accumulators<'h> {
    fn new(sh: &Shared, headline: &'h [Vec<usize>], config: &RunConfig) -> Self {
        let totals: Vec<Vec<usize>> = sh.layouts.iter().map(Layout::total_rows).collect();
        let stats = PairedStats::new(sh.layouts.iter().map(|l| l.keys.clone()).collect(), &totals, config.interval).with_exact_limit(config.keep_rows);
        let timeline = sh.plan.map(|p| PairedStats::new(p.layouts.iter().map(|l| l.keys.clone()).collect(), &vec![Vec::new(); sh.drafts.len()], config.interval));
        let attribution = sh.attribution.map_or(Vec::new(), |a| a.iter().map(|l| RowStats::new(l.len(), &[], config.interval)).collect());
        Accumulators { stats, timeline, attribution, table: replicate_table(sh, headline), headline, summary: config.summary, keep_rows: config.keep_rows }
    }

    /// Adds one batch of replicates, in order.
    fn push(&mut self, pool: &rayon::ThreadPool, results: Vec<Replicate>) -> Result<()> {
        if self.summary {
            pool.install(|| {
                let rows_of = |k: usize, f: fn(&Replicate) -> &Vec<Vec<f64>>| -> Vec<&[f64]> { results.iter().map(|rep| f(rep)[k].as_slice()).collect() };
                for k in 0..self.headline.len() {
                    self.stats.push(k, &rows_of(k, |r| &r.rows), &rows_of(0, |r| &r.rows));
                    if let Some(t) = &mut self.timeline {
                        t.push(k, &rows_of(k, |r| &r.timeline), &rows_of(0, |r| &r.timeline));
                    }
                    if let Some(a) = self.attribution.get_mut(k) {
                        a.push_batch(&rows_of(k, |r| &r.attribution));
                    }
                }
            });
        }
        let width = self.table.columns.len();
        for rep in results {
            // Exactly as long as the row: one row per replicate adds up.
            let mut row = Vec::with_capacity(width);
            row.extend(rep.params);
            for (k, h) in self.headline.iter().enumerate() {
                row.extend(h.iter().map(|&i| rep.rows[k][i]));
            }
            self.table.push(row, self.keep_rows)?;
        }
        Ok(())
    }
}

/// Runs every replicate, batch by batch on the pool, merging each batch in order: the
/// same bytes on one thread or sixteen.
fn replicates(sh: &Shared, pool: &rayon::ThreadPool, persons: usize, config: &RunConfig, acc: &mut Accumulators, mut collector: Option<&mut cache::Collector>) -> Result<()> {
    let bar = progress_bar(config);
    // A watched run (the web page's) stops at the end of a batch: small batches keep the
    // cancel button's answer well under a second. Results do not depend on the batch.
    let per_thread = if config.watch.is_some() { WATCHED_BATCH_PER_THREAD } else { BATCH_PER_THREAD };
    let batch = (per_thread * config.threads.max(1)) as u64;
    // One worker per thread of the pool, kept from batch to batch: a worker is scratch
    // (every replicate overwrites what it reads), so which one runs a replicate
    // changes nothing, and the population's columns are allocated and first touched
    // once per thread rather than once per piece of work rayon splits off.
    let workers: Vec<std::sync::Mutex<Option<Worker>>> = (0..pool.current_num_threads().max(1)).map(|_| std::sync::Mutex::new(None)).collect();
    let run_one = |r: u64| {
        let fresh = || Worker::new(worker_persons(sh, persons), sh.drafts);
        match workers[rayon::current_thread_index().unwrap_or(0) % workers.len()].try_lock() {
            Ok(mut slot) => replicate(sh, r, slot.get_or_insert_with(fresh)),
            // A poisoned lock held scratch only.
            Err(std::sync::TryLockError::Poisoned(p)) => replicate(sh, r, p.into_inner().get_or_insert_with(fresh)),
            // Only this thread takes its slot: it is busy further up this thread's
            // stack (should a replicate ever wait on nested parallel work), so this
            // replicate gets a worker of its own.
            Err(std::sync::TryLockError::WouldBlock) => replicate(sh, r, &mut fresh()),
        }
    };
    let mut first = 0u64;
    while first < config.replicates {
        let last = (first + batch).min(config.replicates);
        let results: Vec<Replicate> = pool.install(|| (first..last).into_par_iter().map(run_one).collect());
        // A count the population cannot hold is a bug: report it, write nothing.
        if let Some(what) = results.iter().find_map(|rep| rep.broken.clone()) {
            return Err(Error::Bug(format!("a tally failed its check ({what})")));
        }
        if let Some(c) = collector.as_deref_mut().filter(|c| c.any()) {
            collect(c, &results);
        }
        acc.push(pool, results)?;
        if let Some(b) = &bar {
            b.set_position(last);
        }
        if let Some(w) = &config.watch {
            w.done.store(last, std::sync::atomic::Ordering::Relaxed);
            if w.is_cancelled() && last < config.replicates {
                return Err(Error::Cancelled);
            }
        }
        first = last;
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if let Some(s) = &acc.table.spill {
        s.finish()?;
    }
    Ok(())
}

/// Hands a merged batch's rows to the cache's collector, draft by draft.
fn collect(c: &mut cache::Collector, results: &[Replicate]) {
    for rep in results {
        for k in 0..rep.rows.len() {
            if !c.wants(k) {
                continue;
            }
            let part = |v: &[Vec<f64>]| v.get(k).cloned().unwrap_or_default();
            c.push(k, cache::DraftRows { rows: rep.rows[k].clone(), timeline: part(&rep.timeline), attribution: part(&rep.attribution) });
        }
    }
}

fn progress_bar(config: &RunConfig) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    let unit = config.progress?;
    if !std::io::stderr().is_terminal() || config.replicates < 200 {
        return None;
    }
    let bar = indicatif::ProgressBar::new(config.replicates);
    // The rate rounded to whole units a second: "812/s", not "812.3456/s".
    if let Ok(style) = indicatif::ProgressStyle::with_template(&format!("{{spinner}} {unit} {{pos}}/{{len}} [{{bar:30}}] {{rate}} eta {{eta}}")).map(|s| {
        s.with_key("rate", |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
            let _ = write!(w, "{:.0}/s", state.per_sec());
        })
    }) {
        bar.set_style(style.progress_chars("=> "));
    }
    Some(bar)
}

/// The parameters a draft draws in replicate `r`, each from a stream keyed by its name.
pub fn draft_values(draft: &Draft, seed: u64, r: u64) -> Vec<f64> {
    draft_values_in(draft, &[], seed, r)
}

/// [`draft_values`], drawing a parameter named in `narrowed` (a calibrated spec's
/// `[draft_parameters]`) from that distribution rather than the draft's prior, on the
/// same named stream. Only the draft's uncertain parameters are replaced: a draft that
/// fixes the number (a what-if) keeps it.
pub fn draft_values_in(draft: &Draft, narrowed: &[(ParamName, crate::scenario::param::Dist)], seed: u64, r: u64) -> Vec<f64> {
    draft
        .priors
        .names()
        .iter()
        .enumerate()
        .map(|(slot, name)| {
            let own = draft.priors.scalar_dist(slot).expect("draft priors are scalars");
            let dist = match narrowed.iter().find(|(n, _)| n == name) {
                Some((_, d)) if draft.priors.is_uncertain(slot) => *d,
                _ => own,
            };
            dist.sample(&mut named(seed, r, &name.to_string()))
        })
        .collect()
}

/// What every replicate of a run shares: the drafts and what is tallied of them.
struct Shared<'a> {
    spec: &'a PopulationSpec,
    source: &'a PopulationSource,
    drafts: &'a [Draft],
    layouts: &'a [Layout],
    /// The headline rows per draft, when only those are kept (no breakdowns).
    only: Option<&'a [Vec<usize>]>,
    plan: Option<&'a TimelinePlan>,
    attribution: Option<&'a [AttributionLayout]>,
    seed: u64,
    /// Per draft, its rows from earlier runs ([`RunConfig::cache`]); empty without a cache.
    held: &'a [Option<Arc<cache::CachedDraft>>],
}

impl Shared<'_> {
    /// Draft `k`'s rows of replicate `r` from an earlier run, if held.
    fn held(&self, k: usize, r: u64) -> Option<&cache::DraftRows> {
        self.held.get(k)?.as_ref()?.get(r)
    }
}

/// Replicate `r`: draws its population, decisions and parameters, hands them to the
/// engine in one call, and reads the engine's tallies into rows.
fn replicate(sh: &Shared, r: u64, w: &mut Worker) -> Replicate {
    let (spec, seed) = (sh.spec, sh.seed);
    spec.draw_parameters_into(seed, r, &mut w.spec_values);
    let values: Vec<Vec<f64>> = sh.drafts.iter().map(|d| draft_values_in(d, &spec.draft_parameters, seed, r)).collect();
    let held: Vec<bool> = (0..sh.drafts.len()).map(|k| sh.held(k, r).is_some()).collect();
    let mut all = w.spec_values.clone();
    all.extend(values.iter().flatten());
    if held.iter().all(|h| *h) {
        // Every draft's rows are held: no population to draw.
        return read_out(sh, w, r, all, None);
    }
    let pop: &Population = match sh.source {
        PopulationSource::Synthetic => {
            replicate_population_into(spec, &w.spec_values, seed, r, &mut w.pop);
            &w.pop
        }
        PopulationSource::Registry(p) => p,
    };
    w.decisions.draw(pop.len(), seed, r);
    let params: Vec<DraftParams> = sh.drafts.iter().zip(&values).map(|(d, v)| DraftParams::new(d, v)).collect();
    let clocks = sh.plan.map(|p| p.clocks(spec, &w.spec_values, &values));
    let draw = Draw { pop, decisions: &w.decisions, params: &params, clocks: clocks.as_ref() };
    let counting = Counting { totals_only: sh.only.is_some(), attribution: sh.attribution.is_some(), horizon: sh.plan.map(|p| &p.horizon) };
    let broken = w.pass.run(sh.drafts, &held, &draw, &counting).err().map(|what| format!("replicate {r}, {what}"));
    read_out(sh, w, r, all, broken)
}

/// The engine's tallies of the last replicate (`r`) as rows: the summary's, the
/// timeline's and the attribution's, by the run's layouts; a draft whose rows are
/// held ([`Shared::held`]) has them from an earlier run.
fn read_out(sh: &Shared, w: &mut Worker, r: u64, params: Vec<f64>, broken: Option<String>) -> Replicate {
    let cost_per_day = w.spec_values[sh.spec.cost_per_day];
    let pretrial_days = sh.spec.pretrial_custody_days(&w.spec_values);
    let mut rep = Replicate { params, rows: Vec::new(), timeline: Vec::new(), attribution: Vec::new(), broken };
    for k in 0..sh.drafts.len() {
        if let Some(h) = sh.held(k, r) {
            rep.rows.push(h.rows.clone());
            if sh.only.is_none() {
                if sh.plan.is_some() {
                    rep.timeline.push(h.timeline.clone());
                }
                if sh.attribution.is_some() {
                    rep.attribution.push(h.attribution.clone());
                }
            }
            continue;
        }
        let mut values = Vec::with_capacity(sh.layouts[k].len());
        sh.layouts[k].values(w.pass.tally(k), cost_per_day, pretrial_days, sh.only.map(|o| &o[k][..]), &mut values);
        rep.rows.push(values);
        if sh.only.is_some() {
            continue;
        }
        if let Some(p) = sh.plan {
            let mut tv = Vec::with_capacity(p.layouts[k].len());
            p.layouts[k].values(&p.horizon, w.pass.timeline(k), w.pass.baseline(), cost_per_day, &mut w.monthly, &mut tv);
            rep.timeline.push(tv);
        }
        if let Some(a) = sh.attribution {
            let mut av = Vec::with_capacity(a[k].len());
            if let Some(effects) = w.pass.effects(k) {
                a[k].values(effects, cost_per_day, pretrial_days, &mut av);
            }
            rep.attribution.push(av);
        }
    }
    rep
}
