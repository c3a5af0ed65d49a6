//! From per-replicate tallies to the tidy summary: one row per draft x metric x status
//! x outcome x breakdown x level with mean, sd and the interval bounds.
//!
//! Interval bounds are exact order statistics for `breakdown = total` rows (their
//! per-replicate values are kept: one row of totals per replicate) and P-square streaming
//! estimates for the other breakdowns, so memory stays flat in the replicate count. A run
//! may cap the exact values ([`RowStats::with_exact_limit`]: `run` keeps them for
//! [`crate::montecarlo::KEPT_REPLICATES`] replicates); past the cap the total rows get
//! P-square estimates too.

pub mod attribution;
pub mod sensitivity;
pub mod spill;
pub mod stats;
pub mod timeline;

use crate::draft::Draft;
use crate::engine::Outcome;
pub use crate::engine::tally::Breakdown;
use crate::engine::tally::{Tally, breakdowns};
use crate::scenario::param::ParamName;
use crate::scenario::vocab::Status;
use stats::{Quantiles, Welford, quantile_sorted};

crate::scenario::vocab::named_enum! {
    /// What is counted: persons, or days.
    Metric {
        /// Persons.
        Persons = "persons",
        /// Days of terms removed (release: the remaining term; cut: the days cut).
        DaysCut = "days_cut",
        /// Days of custody not served: prisoners' days cut, and for closed pre-trial
        /// cases the assumed remaining detention and, with the spec's `[flows]`, the
        /// prison term after trial of the share convicted to prison; probation is not
        /// custody.
        BedDaysSaved = "bed_days_saved",
        /// Bed-days saved times the cost of a prisoner-day.
        CostSavedKzt = "cost_saved_kzt",
    }
}

/// Outcomes as reported: the engine's outcomes plus two sums.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportOutcome {
    /// Some provision applies on paper, before court decisions and repayment.
    Eligible,
    /// One engine outcome.
    One(Outcome),
    /// Released + released by cut + cut + case closed, after court decisions.
    Covered,
}

impl ReportOutcome {
    /// Every reported outcome: eligible, each of the engine's in code order, covered.
    /// Built from [`Outcome::ALL`], so a new engine outcome is reported with no edit here.
    pub const ALL: [ReportOutcome; Outcome::COUNT + 2] = {
        let mut all = [ReportOutcome::Eligible; Outcome::COUNT + 2];
        let mut i = 0;
        while i < Outcome::COUNT {
            all[i + 1] = ReportOutcome::One(Outcome::ALL[i]);
            i += 1;
        }
        all[Outcome::COUNT + 1] = ReportOutcome::Covered;
        all
    };

    /// Parses a file spelling; `None` lets the caller say what is valid.
    pub fn from_name(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.name() == text)
    }

    /// File spelling.
    pub fn name(self) -> &'static str {
        match self {
            ReportOutcome::Eligible => "eligible",
            ReportOutcome::One(o) => o.name(),
            ReportOutcome::Covered => "covered",
        }
    }

    /// Whether engine outcome `o` counts under this reported outcome.
    pub fn includes(self, o: Outcome) -> bool {
        match self {
            ReportOutcome::Eligible => o.eligible(),
            ReportOutcome::One(x) => x == o,
            ReportOutcome::Covered => o.covered(),
        }
    }
}

/// Every outcome reported for persons, in summary order.
pub const PERSON_OUTCOMES: [ReportOutcome; 8] = [
    ReportOutcome::Eligible,
    ReportOutcome::One(Outcome::Released),
    ReportOutcome::One(Outcome::ReleasedByCut),
    ReportOutcome::One(Outcome::Cut),
    ReportOutcome::One(Outcome::CaseClosed),
    ReportOutcome::One(Outcome::Excluded),
    ReportOutcome::One(Outcome::NotEligible),
    ReportOutcome::Covered,
];

const DAY_OUTCOMES: [ReportOutcome; 5] = [
    ReportOutcome::One(Outcome::Released),
    ReportOutcome::One(Outcome::ReleasedByCut),
    ReportOutcome::One(Outcome::Cut),
    ReportOutcome::One(Outcome::CaseClosed),
    ReportOutcome::Covered,
];

/// One table of the replicates file: the drawn parameters and headline totals of every
/// replicate, the input of the sensitivity analysis and of exact intervals of sums.
#[derive(Debug, Clone, Default)]
pub struct ReplicateTable {
    /// The columns after `replicate`: first the drawn parameters, then the totals.
    pub columns: Vec<Column>,
    /// How many of the columns are drawn parameters.
    pub parameters: usize,
    /// One row per replicate; in a run that spills ([`Self::spill`]), the first
    /// replicates only.
    pub rows: Vec<Vec<f64>>,
    /// The replicates after `rows`, when the run keeps only so many rows in memory:
    /// every column on disk, the totals in memory.
    pub spill: Option<spill::Spill>,
}

impl ReplicateTable {
    /// Replicates in the table: those in memory and those spilled.
    pub fn len(&self) -> usize {
        self.rows.len() + self.spill.as_ref().map_or(0, spill::Spill::len)
    }

    /// Whether the table has no replicate.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Appends one replicate's row: in memory while fewer than `keep` rows are (all of
    /// them with `None`), then to the spill file.
    pub fn push(&mut self, row: Vec<f64>, keep: Option<usize>) -> crate::error::Result<()> {
        match keep {
            Some(k) if self.rows.len() >= k => {
                let s = match &mut self.spill {
                    Some(s) => s,
                    None => self.spill.insert(spill::Spill::create(self.columns.len(), self.parameters)?),
                };
                s.push(&row)
            }
            _ => {
                self.rows.push(row);
                Ok(())
            }
        }
    }

    /// Per replicate, in order, the sum of the total columns `columns` (every replicate,
    /// spilled ones included: their totals are in memory).
    pub fn sums(&self, columns: &[usize]) -> Vec<f64> {
        assert!(self.spill.is_none() || columns.iter().all(|&c| c >= self.parameters), "a spilled table keeps only its totals in memory");
        let first = self.parameters;
        let spilled = self.spill.iter().flat_map(|s| s.totals.iter()).map(|t| columns.iter().map(|&c| t[c - first]).sum::<f64>());
        self.rows.iter().map(|r| columns.iter().map(|&c| r[c]).sum::<f64>()).chain(spilled).collect()
    }

    /// The position of a column, if the run has it.
    pub fn column(&self, column: &Column) -> Option<usize> {
        self.columns.iter().position(|c| c == column)
    }

    /// The position of draft `draft`'s headline total `key`, if the run has it.
    pub fn total(&self, draft: &str, key: TotalKey) -> Option<usize> {
        self.column(&Column::Total { draft: draft.to_string(), key })
    }
}

/// A column of the replicates table: what it holds, typed. Its spelling in the
/// replicates file (`prisoner.gravity.grave`, `kz-2025-enacted:court_grant`,
/// `kz-2025-enacted:persons:prisoner:released`) is made by
/// [`Display`](std::fmt::Display) alone, and never read back.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Column {
    /// A drawn parameter of the population spec.
    Spec(ParamName),
    /// A drawn parameter of a draft.
    Draft {
        /// The draft's id.
        draft: String,
        /// The parameter.
        name: ParamName,
    },
    /// A headline total of a draft.
    Total {
        /// The draft's id.
        draft: String,
        /// The total.
        key: TotalKey,
    },
}

impl std::fmt::Display for Column {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let spelt = match self {
            Column::Spec(name) => name.to_string(),
            Column::Draft { draft, name } => format!("{draft}:{name}"),
            Column::Total { draft, key } => format!("{draft}:{}", key.name()),
        };
        // `pad`, so a width in a table's format string applies.
        f.pad(&spelt)
    }
}

/// A headline total (breakdown `total`) of some draft: what a replicates-file column
/// holds, named `draft:metric:status:outcome` by [`TotalKey::column`], the one place
/// that spelling is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TotalKey {
    /// Metric.
    pub metric: Metric,
    /// Status, or `None` for all.
    pub status: Option<Status>,
    /// Outcome.
    pub outcome: ReportOutcome,
}

impl TotalKey {
    /// Persons of `status` (or all) with `outcome`.
    pub const fn persons(status: Option<Status>, outcome: ReportOutcome) -> Self {
        TotalKey { metric: Metric::Persons, status, outcome }
    }

    /// `metric:status:outcome`, the column name without its draft.
    pub fn name(&self) -> String {
        format!("{}:{}:{}", self.metric.name(), self.status.map_or("all", |s| s.name()), self.outcome.name())
    }

    /// The replicates-table column of this total for draft `draft`.
    pub fn column(&self, draft: &str) -> Column {
        Column::Total { draft: draft.to_string(), key: *self }
    }
}

/// The headline outputs whose drivers the sensitivity analysis ranks, per draft; the
/// first is the tornado chart's.
pub const HEADLINE_OUTPUTS: [TotalKey; 5] = [
    TotalKey::persons(None, ReportOutcome::Covered),
    TotalKey::persons(Some(Status::Prisoner), ReportOutcome::One(Outcome::Released)),
    TotalKey::persons(Some(Status::Prisoner), ReportOutcome::One(Outcome::Cut)),
    TotalKey::persons(Some(Status::Probationer), ReportOutcome::One(Outcome::Released)),
    TotalKey { metric: Metric::BedDaysSaved, status: None, outcome: ReportOutcome::Covered },
];

/// The headline totals a reader looks at first, in order: the brief of the report and
/// of the workbook.
pub const BRIEF: [TotalKey; 8] = [
    TotalKey::persons(None, ReportOutcome::Covered),
    TotalKey::persons(Some(Status::Prisoner), ReportOutcome::One(Outcome::Released)),
    TotalKey::persons(Some(Status::Prisoner), ReportOutcome::One(Outcome::ReleasedByCut)),
    TotalKey::persons(Some(Status::Prisoner), ReportOutcome::One(Outcome::Cut)),
    TotalKey::persons(Some(Status::Pretrial), ReportOutcome::One(Outcome::CaseClosed)),
    TotalKey::persons(Some(Status::Probationer), ReportOutcome::One(Outcome::Released)),
    TotalKey { metric: Metric::BedDaysSaved, status: None, outcome: ReportOutcome::Covered },
    TotalKey { metric: Metric::CostSavedKzt, status: None, outcome: ReportOutcome::Covered },
];

/// The row of `draft` with this key at breakdown `total` (there is one at most).
pub fn total_row<'a>(rows: &'a [SummaryRow], draft: &str, key: TotalKey) -> Option<&'a SummaryRow> {
    find_row(rows, draft, key, Breakdown::Total, "all")
}

/// The row of `draft` with this key at `breakdown` = `level`.
pub fn find_row<'a>(rows: &'a [SummaryRow], draft: &str, key: TotalKey, breakdown: Breakdown, level: &str) -> Option<&'a SummaryRow> {
    rows.iter().find(|r| {
        r.draft == draft && r.key.metric == key.metric && r.key.status == key.status && r.key.outcome == key.outcome && r.key.breakdown == breakdown && r.key.level == level
    })
}

/// What `persons` persons of `status` with `days` days of terms removed count for in
/// `metric`: prisoners save their days removed, closed pre-trial cases save
/// `pretrial_days` each, probation is not custody. The one definition of bed-days, for
/// the summary and the attribution alike.
pub fn cell_value(metric: Metric, status: Status, persons: f64, days: f64, cost_per_day: f64, pretrial_days: f64) -> f64 {
    let bed = match status {
        _ if !status.in_custody() => 0.0,
        Status::Pretrial => persons * pretrial_days,
        _ => days,
    };
    match metric {
        Metric::Persons => persons,
        Metric::DaysCut => days,
        Metric::BedDaysSaved => bed,
        Metric::CostSavedKzt => bed * cost_per_day,
    }
}

/// Identifies a summary row.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RowKey {
    /// Metric.
    pub metric: Metric,
    /// Status, or `None` for all.
    pub status: Option<Status>,
    /// Outcome.
    pub outcome: ReportOutcome,
    /// Breakdown.
    pub breakdown: Breakdown,
    /// Level name.
    pub level: String,
}

impl RowKey {
    /// Status as written.
    pub fn status_name(&self) -> &'static str {
        self.status.map_or("all", |s| s.name())
    }

    /// The replicates-file column of this row's total for draft `draft`.
    pub fn column(&self, draft: &str) -> Column {
        TotalKey { metric: self.metric, status: self.status, outcome: self.outcome }.column(draft)
    }
}

/// The rows of one draft and how to compute each from a tally.
#[derive(Debug, Clone)]
pub struct Layout {
    /// Row keys in output order.
    pub keys: Vec<RowKey>,
    /// Per row: the (tally cell, status) pairs it sums.
    recipes: Vec<Vec<(usize, Status)>>,
}

impl Layout {
    /// The layout for a draft: every breakdown.
    pub fn new(draft: &Draft) -> Self {
        Self::with(draft, true)
    }

    /// The layout for a draft's totals only (breakdown `total`): what a sweep reports.
    pub fn totals(draft: &Draft) -> Self {
        Self::with(draft, false)
    }

    fn with(draft: &Draft, every_breakdown: bool) -> Self {
        let tally = Tally::new(draft);
        let levels: Vec<(Breakdown, usize, String)> = breakdowns(draft)
            .into_iter()
            .filter(|b| every_breakdown || b.kind == Breakdown::Total)
            .flat_map(|b| b.levels.iter().enumerate().map(|(j, level)| (b.kind, b.offset + j, level.clone())).collect::<Vec<_>>())
            .collect();
        let mut layout = Layout { keys: Vec::new(), recipes: Vec::new() };
        for metric in Metric::ALL {
            let outcomes: &[ReportOutcome] = if metric == Metric::Persons { &PERSON_OUTCOMES } else { &DAY_OUTCOMES };
            for status in Status::ALL.iter().copied().map(Some).chain([None]) {
                for (&outcome, (breakdown, at, level)) in outcomes.iter().flat_map(|o| levels.iter().map(move |l| (o, l))) {
                    layout.keys.push(RowKey { metric, status, outcome, breakdown: *breakdown, level: level.clone() });
                    layout.recipes.push(Self::cells(&tally, status, outcome, *at));
                }
            }
        }
        layout
    }

    /// The tally cells one row adds up: every status it covers (one, or all), every
    /// engine outcome its reported outcome includes, at level position `at`.
    fn cells(tally: &Tally, status: Option<Status>, outcome: ReportOutcome, at: usize) -> Vec<(usize, Status)> {
        let statuses = Status::ALL.into_iter().filter(|s| status.is_none_or(|x| x == *s));
        statuses.flat_map(|s| Outcome::ALL.into_iter().filter(|o| outcome.includes(*o)).map(move |o| (tally.index(s.index(), o as usize, at), s))).collect()
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// One replicate's row values from its tally; with `only`, rows not listed are left
    /// at zero (calibration needs only the headline totals).
    pub fn values(&self, tally: &Tally, cost_per_day: f64, pretrial_days: f64, only: Option<&[usize]>, out: &mut Vec<f64>) {
        out.clear();
        if let Some(rows) = only {
            out.resize(self.keys.len(), 0.0);
            for &r in rows {
                out[r] = self.value(r, tally, cost_per_day, pretrial_days);
            }
            return;
        }
        out.extend((0..self.keys.len()).map(|r| self.value(r, tally, cost_per_day, pretrial_days)));
    }

    fn value(&self, row: usize, tally: &Tally, cost_per_day: f64, pretrial_days: f64) -> f64 {
        let key = &self.keys[row];
        let cells = &self.recipes[row];
        cells.iter().map(|&(c, s)| cell_value(key.metric, s, tally.persons[c] as f64, tally.days[c] as f64, cost_per_day, pretrial_days)).sum::<f64>()
    }

    /// Indices of the rows whose breakdown is `total`.
    pub fn total_rows(&self) -> Vec<usize> {
        (0..self.keys.len()).filter(|i| self.keys[*i].breakdown == Breakdown::Total).collect()
    }
}

/// One summarised row: a quantity's mean, spread and interval over the replicates,
/// identified by a key (a summary row's [`RowKey`], a timeline row's
/// [`timeline::TimelineKey`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Row<K> {
    /// Draft id.
    pub draft: String,
    /// Baseline draft id (differences only).
    pub baseline: Option<String>,
    /// Row identity.
    pub key: K,
    /// Mean over replicates.
    pub mean: f64,
    /// Standard deviation over replicates.
    pub sd: f64,
    /// Lower interval bound.
    pub p05: f64,
    /// Median.
    pub p50: f64,
    /// Upper interval bound.
    pub p95: f64,
}

/// A row of the summary.
pub type SummaryRow = Row<RowKey>;

/// Every draft's rows, and the paired differences of every draft after the first
/// against the first (row by row, replicate by replicate, matched by key; a row the
/// first draft lacks counts as 0 there), as streaming statistics. One mechanism for the
/// summary and the timeline.
#[derive(Debug, Clone)]
pub struct PairedStats<K> {
    keys: Vec<Vec<K>>,
    stats: Vec<RowStats>,
    diffs: Vec<RowStats>,
    /// Per draft, per row: the first draft's row with the same key.
    maps: Vec<Vec<Option<usize>>>,
}

impl<K: Clone + Eq + std::hash::Hash> PairedStats<K> {
    /// Statistics for each draft's `keys`; `exact[k]` lists draft `k`'s rows kept whole
    /// (exact quantiles); `interval` as in [`RowStats::new`].
    pub fn new(keys: Vec<Vec<K>>, exact: &[Vec<usize>], interval: f64) -> Self {
        let first: std::collections::HashMap<&K, usize> = keys[0].iter().enumerate().map(|(i, k)| (k, i)).collect();
        let maps = keys.iter().map(|ks| ks.iter().map(|k| first.get(k).copied()).collect()).collect();
        let table = |k: usize| RowStats::new(keys[k].len(), &exact[k], interval);
        let stats = (0..keys.len()).map(table).collect();
        let diffs = (1..keys.len()).map(table).collect();
        PairedStats { keys, stats, diffs, maps }
    }

    /// Keeps the exact values of the rows kept whole for at most `limit` replicates
    /// (see [`RowStats::with_exact_limit`]).
    pub fn with_exact_limit(mut self, limit: Option<usize>) -> Self {
        self.stats = self.stats.into_iter().map(|s| s.with_exact_limit(limit)).collect();
        self.diffs = self.diffs.into_iter().map(|s| s.with_exact_limit(limit)).collect();
        self
    }

    /// Adds a batch of replicates, in replicate order: draft `k`'s rows and, for the
    /// differences, the first draft's rows of the same replicates.
    pub fn push(&mut self, k: usize, rows: &[&[f64]], first: &[&[f64]]) {
        self.stats[k].push_batch(rows);
        if k > 0 {
            let diffs: Vec<Vec<f64>> = rows.iter().zip(first).map(|(r, f)| r.iter().zip(&self.maps[k]).map(|(v, b)| v - b.map_or(0.0, |b| f[b])).collect()).collect();
            let batch: Vec<&[f64]> = diffs.iter().map(Vec::as_slice).collect();
            self.diffs[k - 1].push_batch(&batch);
        }
    }

    /// The finished rows of every draft (ids in run order), and the differences.
    pub fn finish(&self, drafts: &[&str]) -> (Vec<Row<K>>, Vec<Row<K>>) {
        let mut rows = Vec::new();
        let mut differences = Vec::new();
        for (k, d) in drafts.iter().enumerate() {
            rows.extend(self.stats[k].rows(d, None, &self.keys[k]));
            if k > 0 {
                differences.extend(self.diffs[k - 1].rows(d, Some(drafts[0]), &self.keys[k]));
            }
        }
        (rows, differences)
    }
}

/// Streaming statistics for every row of one table (a draft's summary, or its
/// differences against the baseline).
#[derive(Debug, Clone)]
pub struct RowStats {
    welford: Vec<Welford>,
    quantiles: Vec<Quantiles>,
    /// Exact values kept for these rows (the totals).
    exact: Vec<(usize, Vec<f64>)>,
    /// Most values an exact row keeps: past it, every row's bounds are the streaming
    /// estimates (which have seen every value), and memory stays flat.
    exact_limit: Option<usize>,
    probs: [f64; 3],
    /// Each row's twin: an earlier row whose every value so far is the same, bit for
    /// bit (many are: a breakdown level that holds a whole status, a sum with one part
    /// that is not zero), or the row itself. A row with a twin is not updated: its
    /// statistics are its twin's, which are exactly what its own would be.
    twin: Vec<u32>,
    /// Replicates pushed so far.
    pushed: u64,
}

impl RowStats {
    /// Statistics for `rows` rows; `exact_rows` keep every value; `interval` is the
    /// central probability of the interval (0.9 gives the 5% and 95% bounds).
    pub fn new(rows: usize, exact_rows: &[usize], interval: f64) -> Self {
        let probs = [(1.0 - interval) / 2.0, 0.5, (1.0 + interval) / 2.0];
        RowStats {
            welford: vec![Welford::default(); rows],
            quantiles: vec![Quantiles::new(probs); rows],
            exact: exact_rows.iter().map(|r| (*r, Vec::new())).collect(),
            exact_limit: None,
            probs,
            twin: (0..rows as u32).collect(),
            pushed: 0,
        }
    }

    /// Pairs every row with the first row of the same values in `batch`, the run's first
    /// replicates (twins found on fewer replicates may part later, at the cost of one
    /// copy each).
    fn find_twins(&mut self, batch: &[&[f64]]) {
        // Rows by a hash of their values (FNV-1a over the bits), then compared in full.
        let mut by_hash: std::collections::HashMap<u64, Vec<u32>> = std::collections::HashMap::new();
        let same = |a: usize, b: usize| batch.iter().all(|values| values[a].to_bits() == values[b].to_bits());
        for (k, twin) in self.twin.iter_mut().enumerate() {
            let hash = batch.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, values| (h ^ values[k].to_bits()).wrapping_mul(0x0100_0000_01b3));
            let firsts = by_hash.entry(hash).or_default();
            *twin = match firsts.iter().find(|&&r| same(r as usize, k)) {
                Some(&r) => r,
                None => {
                    firsts.push(k as u32);
                    k as u32
                }
            };
        }
    }

    /// Parts each row from its twin where `batch` gives them different values: the row
    /// takes its twin's statistics so far (which are its own) and is updated itself from
    /// now on. Before the batch is added.
    fn part_twins(&mut self, batch: &[&[f64]]) {
        for k in 0..self.twin.len() {
            let t = self.twin[k] as usize;
            if t != k && batch.iter().any(|values| values[k].to_bits() != values[t].to_bits()) {
                self.welford[k] = self.welford[t];
                self.quantiles[k] = self.quantiles[t];
                self.twin[k] = k as u32;
            }
        }
    }

    /// Keeps exact values for at most `limit` replicates (`None`: for all). A run of
    /// more replicates drops them and reports the P-square estimates for those rows
    /// too, as for every other row: exact order statistics would hold one number per
    /// replicate and row.
    pub fn with_exact_limit(mut self, limit: Option<usize>) -> Self {
        self.exact_limit = limit;
        self
    }

    /// Drops the exact values once there are more than the limit.
    fn check_exact_limit(&mut self) {
        if let (Some(limit), Some((_, kept))) = (self.exact_limit, self.exact.first())
            && kept.len() > limit
        {
            self.exact = Vec::new();
        }
    }

    /// Adds a batch of replicates' values, in replicate order. Rows are independent, so
    /// they are updated in parallel; each row still sees its values in replicate order,
    /// so the result does not depend on the thread count. A few rows at a time take
    /// each replicate's value in turn: a row's update waits on its previous one (a
    /// division, for the mean), and neighbouring rows' updates fill that wait.
    pub fn push_batch(&mut self, batch: &[&[f64]]) {
        use rayon::prelude::*;
        /// Rows updated side by side: their state stays in the first-level cache.
        const SIDE_BY_SIDE: usize = 16;
        if self.pushed == 0 && batch.len() > 1 {
            self.find_twins(batch);
        } else {
            self.part_twins(batch);
        }
        self.pushed += batch.len() as u64;
        let (welford, quantiles, twins) = (self.welford.par_chunks_mut(SIDE_BY_SIDE), self.quantiles.par_chunks_mut(SIDE_BY_SIDE), self.twin.par_chunks(SIDE_BY_SIDE));
        welford.zip(quantiles).zip(twins).enumerate().with_min_len(256 / SIDE_BY_SIDE).for_each(|(c, ((ws, qs), twins))| {
            let first = c * SIDE_BY_SIDE;
            for values in batch {
                for (k, ((w, q), &twin)) in ws.iter_mut().zip(qs.iter_mut()).zip(twins).enumerate() {
                    if twin as usize == first + k {
                        let v = values[first + k];
                        w.push(v);
                        q.push(v);
                    }
                }
            }
        });
        for (row, kept) in &mut self.exact {
            kept.extend(batch.iter().map(|values| values[*row]));
        }
        self.check_exact_limit();
    }

    /// Adds one replicate's values (call in replicate order).
    pub fn push(&mut self, values: &[f64]) {
        self.part_twins(&[values]);
        self.pushed += 1;
        for (k, v) in values.iter().enumerate() {
            if self.twin[k] as usize == k {
                self.welford[k].push(*v);
                self.quantiles[k].push(*v);
            }
        }
        for (row, kept) in &mut self.exact {
            kept.push(values[*row]);
        }
        self.check_exact_limit();
    }

    /// Row `k`'s mean, standard deviation and interval bounds with median (exact
    /// order statistics for the rows kept whole, streaming estimates otherwise).
    pub fn row(&self, k: usize) -> (f64, f64, [f64; 3]) {
        let bounds = match self.exact.iter().find(|(row, _)| *row == k) {
            Some((_, kept)) => {
                let mut v = kept.clone();
                v.sort_by(f64::total_cmp);
                self.probs.map(|p| quantile_sorted(&v, p))
            }
            None => self.quantiles[self.twin[k] as usize].values(),
        };
        let w = &self.welford[self.twin[k] as usize];
        (w.mean(), w.sd(), bounds)
    }

    /// The finished rows, one per key in order.
    pub fn rows<K: Clone>(&self, draft: &str, baseline: Option<&str>, keys: &[K]) -> Vec<Row<K>> {
        keys.iter()
            .enumerate()
            .map(|(k, key)| {
                let (mean, sd, [p05, p50, p95]) = self.row(k);
                Row { draft: draft.to_string(), baseline: baseline.map(str::to_string), key: key.clone(), mean, sd, p05, p50, p95 }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows equal in the first batch share their statistics until they part (in a later
    /// batch, or a single push); every row's figures are bit for bit those of its own
    /// estimators fed its own values, however the replicates are batched.
    #[test]
    fn twin_rows_give_each_row_its_own_figures() {
        // Row 0 varies; row 1 equals it for the first 40 replicates, then parts; row 2
        // always equals it; row 3 equals row 1 throughout; row 4 is zero, then not.
        let value = |r: usize, k: usize| -> f64 {
            let x = ((r * 7919 + 13) % 101) as f64;
            match k {
                0 | 2 => x,
                1 | 3 => {
                    if r < 40 {
                        x
                    } else {
                        x + 0.5
                    }
                }
                _ => {
                    if r < 70 {
                        0.0
                    } else {
                        x
                    }
                }
            }
        };
        let replicates: Vec<Vec<f64>> = (0..120).map(|r| (0..5).map(|k| value(r, k)).collect()).collect();
        let own = |k: usize| {
            let (mut w, mut q) = (crate::summary::stats::Welford::default(), crate::summary::stats::Quantiles::new([0.05, 0.5, 0.95]));
            for values in &replicates {
                w.push(values[k]);
                q.push(values[k]);
            }
            (w.mean().to_bits(), w.sd().to_bits(), q.values().map(f64::to_bits))
        };
        for sizes in [vec![32, 32, 56], vec![64, 1, 55], vec![8; 15], vec![1; 120], vec![120]] {
            let mut stats = RowStats::new(5, &[], 0.9);
            let mut start = 0;
            for n in sizes.iter().copied() {
                let batch: Vec<&[f64]> = replicates[start..start + n].iter().map(Vec::as_slice).collect();
                if n == 1 {
                    stats.push(batch[0])
                } else {
                    stats.push_batch(&batch)
                }
                start += n;
            }
            for k in 0..5 {
                let (mean, sd, bounds) = stats.row(k);
                assert_eq!((mean.to_bits(), sd.to_bits(), bounds.map(f64::to_bits)), own(k), "row {k}, batches {sizes:?}");
            }
        }
    }

    /// Past its limit, an exact row reports the streaming estimates every row has kept
    /// (which saw every value) and holds no values; up to it, exact order statistics.
    #[test]
    fn exact_rows_turn_streaming_past_the_limit() {
        let values: Vec<f64> = (0..40).map(|k| ((k * 37) % 41) as f64).collect();
        let mut capped = RowStats::new(2, &[0], 0.9).with_exact_limit(Some(25));
        let mut exact = RowStats::new(2, &[0], 0.9);
        let mut streaming = RowStats::new(2, &[], 0.9);
        for (k, v) in values.iter().enumerate() {
            let row = [*v, *v];
            capped.push(&row);
            exact.push(&row);
            streaming.push(&row);
            let (c, e, s) = (capped.row(0), exact.row(0), streaming.row(0));
            assert_eq!((c.0, c.1), (e.0, e.1));
            if k < 25 {
                assert_eq!(c.2, e.2, "within the limit: exact, after {} values", k + 1);
            } else {
                assert_eq!(c.2, s.2, "past the limit: streaming, after {} values", k + 1);
                assert!(capped.exact.is_empty());
            }
        }
        assert_ne!(exact.row(0).2, streaming.row(0).2, "the two kinds of bound differ here");
    }

    /// A table keeps `keep` rows in memory, spills the rest, and sums totals over all.
    #[test]
    fn a_table_spills_past_keep() {
        let mut t = ReplicateTable { columns: ["a", "b", "c"].map(|n| Column::Spec(n.into())).to_vec(), parameters: 1, ..Default::default() };
        for k in 0..5 {
            t.push(vec![k as f64, 10.0 * k as f64, 100.0 * k as f64], Some(2)).unwrap();
        }
        assert_eq!((t.rows.len(), t.len()), (2, 5));
        assert_eq!(t.sums(&[1, 2]), vec![0.0, 110.0, 220.0, 330.0, 440.0]);
        let mut all = ReplicateTable { columns: t.columns.clone(), parameters: 1, ..Default::default() };
        (0..5).for_each(|k| all.push(vec![k as f64, 10.0 * k as f64, 100.0 * k as f64], None).unwrap());
        assert!(all.spill.is_none());
        assert_eq!(all.sums(&[1, 2]), t.sums(&[1, 2]));
    }
}
