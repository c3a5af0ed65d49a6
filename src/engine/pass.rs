//! One replicate's pass, in one place: for every draft of a run, evaluate its
//! conditions, apply it (attributing the results to its clauses where asked), place the
//! covered persons on the timeline and tally, then check the tallies. The Monte Carlo
//! driver draws the population, the decisions and the parameters and hands them here
//! in one call; the order of a replicate's steps lives here, not in the driver.

use super::attribution::ClauseEffects;
use super::tally::Tally;
use super::timeline::{Baseline, Clock, CoveredColumns, Horizon, Timeline};
use super::{Decisions, DraftParams, Workspace, apply, apply_with, evaluate_conditions, evaluate_exclusions};
use crate::draft::program::Scratch;
use crate::draft::{Combine, Draft};
use crate::population::Population;

/// What a run asks the engine to count, the same in every replicate.
#[derive(Debug, Clone, Copy)]
pub struct Counting<'a> {
    /// Only the headline totals by status: no breakdown, timeline or attribution (the
    /// calibration's and the sweep's fast path).
    pub totals_only: bool,
    /// Attribute the results to the clauses (drafts that keep the most favourable
    /// effect only: a cumulative draft has no attribution).
    pub attribution: bool,
    /// Follow the covered persons month by month over this horizon.
    pub horizon: Option<&'a Horizon>,
}

/// The clocks of one replicate's timeline: departures without the amnesty, and with
/// each draft (whose courts take their own time to decide).
#[derive(Debug, Clone)]
pub struct Clocks {
    /// Without the amnesty.
    pub baseline: Clock,
    /// With each draft, in the run's order.
    pub drafts: Vec<Clock>,
}

/// One replicate's draws, as the Monte Carlo driver hands them to the engine.
#[derive(Debug, Clone, Copy)]
pub struct Draw<'a> {
    /// The population.
    pub pop: &'a Population,
    /// The per-person decision words, shared by every draft (paired comparisons).
    pub decisions: &'a Decisions,
    /// Each draft's drawn parameters, in the run's order.
    pub params: &'a [DraftParams],
    /// The timeline's clocks, when the run follows it.
    pub clocks: Option<&'a Clocks>,
}

/// The engine's memory for one thread: reused replicate after replicate, and holding
/// the tallies of the last one until the next.
#[derive(Debug, Default)]
pub struct Pass {
    workspaces: Vec<Workspace>,
    tallies: Vec<Tally>,
    /// Persons by status and level, the same for every draft of a replicate.
    base: Vec<u32>,
    /// Each person's breakdown levels, packed.
    profiles: Vec<u32>,
    covered: CoveredColumns,
    timelines: Vec<Timeline>,
    baseline: Baseline,
    effects: Vec<ClauseEffects>,
    attributed: Vec<bool>,
    /// The leaves of every draft's conditions evaluated on this replicate's population,
    /// shared by the drafts (lent to each draft's workspace in turn).
    leaves: Scratch,
}

impl Pass {
    /// The memory for a run of `drafts`.
    pub fn new(drafts: &[Draft]) -> Self {
        Pass {
            workspaces: drafts.iter().map(|_| Workspace::default()).collect(),
            tallies: drafts.iter().map(Tally::new).collect(),
            timelines: drafts.iter().map(|_| Timeline::default()).collect(),
            effects: drafts.iter().map(|_| ClauseEffects::default()).collect(),
            attributed: vec![false; drafts.len()],
            leaves: Scratch::caching(),
            ..Pass::default()
        }
    }

    /// Applies every draft to one replicate's draw and tallies the results, except the
    /// drafts marked in `skip` (whose results the caller already has: their tallies are
    /// left as they were). An error names a tally that failed its check
    /// ([`Tally::check_counts`]): a bug.
    pub fn run(&mut self, drafts: &[Draft], skip: &[bool], draw: &Draw, counting: &Counting) -> Result<(), String> {
        if !counting.totals_only {
            // Persons by status and level do not depend on the draft: count them once.
            self.tallies[0].population_counts(draw.pop, &mut self.base, &mut self.profiles);
        }
        if let (Some(h), Some(clocks)) = (counting.horizon, draw.clocks) {
            // Departures without the amnesty are the same for every draft.
            self.baseline.compute(h, &clocks.baseline, draw.pop, &draw.decisions.u);
        }
        let mut broken = Ok(());
        self.leaves.new_population();
        for (k, d) in drafts.iter().enumerate() {
            if skip.get(k).copied().unwrap_or(false) {
                continue;
            }
            std::mem::swap(&mut self.leaves, &mut self.workspaces[k].scratch);
            evaluate_conditions(d, draw.pop, &mut self.workspaces[k]);
            if !counting.totals_only && counting.attribution && d.combine == Combine::MostFavourable {
                evaluate_exclusions(d, draw.pop, &mut self.workspaces[k]);
            }
            std::mem::swap(&mut self.leaves, &mut self.workspaces[k].scratch);
            self.tallies[k].clear();
            if counting.totals_only {
                self.totals(k, d, draw);
                continue;
            }
            self.attributed[k] = counting.attribution && d.combine == Combine::MostFavourable;
            self.apply_and_place(k, d, draw, counting.horizon);
            self.tallies[k].complete(&self.base);
            if broken.is_ok() {
                broken = self.tallies[k].check_counts(&self.base).map_err(|what| format!("draft {}: {what}", d.id));
            }
            if self.attributed[k] {
                self.effects[k].finish(d, &self.tallies[k]);
            }
        }
        broken
    }

    /// Draft `k`'s headline totals only.
    fn totals(&mut self, k: usize, d: &Draft, draw: &Draw) {
        let (pop, tally) = (draw.pop, &mut self.tallies[k]);
        apply(d, pop, &self.workspaces[k], draw.decisions, &draw.params[k], |i, res| tally.add_total(pop, i, res));
    }

    /// Applies draft `k` with its breakdowns (and attribution where asked) and, over a
    /// horizon, places its covered persons on the timeline.
    fn apply_and_place(&mut self, k: usize, d: &Draft, draw: &Draw, horizon: Option<&Horizon>) {
        let effects = self.attributed[k].then_some(&mut self.effects[k]);
        let (pop, tally, profiles, n_prov) = (draw.pop, &mut self.tallies[k], &self.profiles, d.provisions.len());
        let (ws, params) = (&self.workspaces[k], &draw.params[k]);
        let (Some(h), Some(clocks)) = (horizon, draw.clocks) else {
            apply_with(
                d,
                pop,
                ws,
                draw.decisions,
                params,
                effects,
                #[inline(always)]
                |i, res| tally.add(pop.status[i], profiles[i], res, n_prov),
            );
            return;
        };
        // The visit only collects the covered persons (no branch on the outcome: every
        // result is written, the count moves when covered); the timeline places them
        // afterwards.
        let covered = &mut self.covered;
        covered.reset(pop.len());
        apply_with(
            d,
            pop,
            ws,
            draw.decisions,
            params,
            effects,
            #[inline(always)]
            |i, res| {
                tally.add(pop.status[i], profiles[i], res, n_prov);
                covered.offer(i, &res);
            },
        );
        let timeline = &mut self.timelines[k];
        timeline.clear(h);
        timeline.add_all(h, &clocks.drafts[k], pop, &draw.decisions.u, covered);
    }

    /// Draft `k`'s tally of the last replicate.
    pub fn tally(&self, k: usize) -> &Tally {
        &self.tallies[k]
    }

    /// Draft `k`'s timeline of the last replicate (empty without a horizon).
    pub fn timeline(&self, k: usize) -> &Timeline {
        &self.timelines[k]
    }

    /// The departures without the amnesty of the last replicate.
    pub fn baseline(&self) -> &Baseline {
        &self.baseline
    }

    /// Draft `k`'s clause effects of the last replicate, if it was attributed.
    pub fn effects(&self, k: usize) -> Option<&ClauseEffects> {
        self.attributed[k].then_some(&self.effects[k])
    }
}
