//! The attribution table: for every clause of a draft and both measures (what depends
//! on it, what it does alone), the change it makes to the headline totals, summarised
//! over the replicates like every other row (mean, sd and interval).
//!
//! The rows per clause and measure: persons covered, released, released by the cut,
//! cut and with the case closed, by status where the outcome exists for it; bed-days
//! saved for custody (prisoners, pre-trial, all); the cost saved for all.

use super::{Metric, ReportOutcome, Row, TotalKey, cell_value};
use crate::draft::Draft;
use crate::engine::Outcome;
pub use crate::engine::attribution::{ClauseEffects, ClauseKind, Measure};
use crate::scenario::vocab::Status;

/// Identifies an attribution row.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AttributionKey {
    /// Provision or exclusion.
    pub kind: ClauseKind,
    /// Its id.
    pub clause: String,
    /// Which comparison.
    pub measure: Measure,
    /// The total it changes.
    pub total: TotalKey,
}

/// A row of the attribution table.
pub type AttributionRow = Row<AttributionKey>;

/// A clause of a draft, as the attribution names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// Provision or exclusion.
    pub kind: ClauseKind,
    /// Id.
    pub id: String,
    /// The draft's article and paragraph.
    pub cite: String,
}

/// A draft's clauses in attribution order: provisions, then exclusions.
pub fn clauses(draft: &Draft) -> Vec<Clause> {
    let provisions = draft.provisions.iter().map(|p| Clause { kind: ClauseKind::Provision, id: p.id.clone(), cite: p.cite.clone() });
    let exclusions = draft.exclusions.iter().map(|e| Clause { kind: ClauseKind::Exclusion, id: e.id.clone(), cite: e.cite.clone() });
    provisions.chain(exclusions).collect()
}

/// The totals each clause and measure gets a row for, in table order.
pub fn totals() -> Vec<TotalKey> {
    use ReportOutcome::{Covered, One};
    let mut out = Vec::new();
    for status in [None, Some(Status::Prisoner), Some(Status::Pretrial), Some(Status::Probationer)] {
        let outcomes: &[ReportOutcome] = match status {
            None => &[Covered, One(Outcome::Released), One(Outcome::ReleasedByCut), One(Outcome::Cut), One(Outcome::CaseClosed)],
            Some(Status::Pretrial) => &[Covered, One(Outcome::CaseClosed)],
            Some(_) => &[Covered, One(Outcome::Released), One(Outcome::ReleasedByCut), One(Outcome::Cut)],
        };
        out.extend(outcomes.iter().map(|&o| TotalKey::persons(status, o)));
        if status != Some(Status::Probationer) {
            out.push(TotalKey { metric: Metric::BedDaysSaved, status, outcome: Covered });
        }
        if status.is_none() {
            out.push(TotalKey { metric: Metric::CostSavedKzt, status, outcome: Covered });
        }
    }
    out
}

/// How one row is computed: the clause index, the measure, and the (status, outcome)
/// cells it sums.
type Recipe = (usize, Measure, Vec<(Status, Outcome)>);

/// The attribution rows of one draft and how to compute them from [`ClauseEffects`].
#[derive(Debug, Clone)]
pub struct AttributionLayout {
    /// Row keys in output order.
    pub keys: Vec<AttributionKey>,
    /// Per row: the clause index, the measure, and the (status, outcome) cells it sums.
    recipes: Vec<Recipe>,
}

impl AttributionLayout {
    /// The layout for a draft: empty for a draft that is not most favourable (whose cuts
    /// add up, or whose first listed item decides), since attribution reads each
    /// person's single most favourable effect.
    pub fn new(draft: &Draft) -> Self {
        let totals = totals();
        let mut keys = Vec::new();
        let mut recipes = Vec::new();
        if draft.combine != crate::draft::Combine::MostFavourable {
            return AttributionLayout { keys, recipes };
        }
        for (c, clause) in clauses(draft).into_iter().enumerate() {
            for measure in Measure::ALL {
                for total in &totals {
                    let cells = Status::ALL
                        .iter()
                        .filter(|s| total.status.is_none_or(|x| x == **s))
                        .flat_map(|&s| Outcome::ALL.iter().filter(move |o| total.outcome.includes(**o) && o.covered()).map(move |&o| (s, o)))
                        .collect();
                    keys.push(AttributionKey { kind: clause.kind, clause: clause.id.clone(), measure, total: *total });
                    recipes.push((c, measure, cells));
                }
            }
        }
        AttributionLayout { keys, recipes }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// One replicate's row values.
    pub fn values(&self, effects: &ClauseEffects, cost_per_day: f64, pretrial_days: f64, out: &mut Vec<f64>) {
        out.clear();
        out.extend(self.keys.iter().zip(&self.recipes).map(|(key, (clause, measure, cells))| {
            cells
                .iter()
                .map(|&(s, o)| {
                    cell_value(key.total.metric, s, effects.persons(*clause, *measure, s, o) as f64, effects.days(*clause, *measure, s, o) as f64, cost_per_day, pretrial_days)
                })
                .sum::<f64>()
        }));
    }
}

/// The row of `draft`'s clause `clause` for `measure` and `total`.
pub fn find<'a>(rows: &'a [AttributionRow], draft: &str, clause: &str, measure: Measure, total: TotalKey) -> Option<&'a AttributionRow> {
    rows.iter().find(|r| r.draft == draft && r.key.clause == clause && r.key.measure == measure && r.key.total == total)
}
