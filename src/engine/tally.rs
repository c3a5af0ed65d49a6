//! Per-replicate tallies of one draft's results: persons and days removed, by status,
//! outcome and every breakdown level, filled in one pass over the persons with fixed
//! array indices (no hashing).

use super::{Outcome, PersonResult};
use crate::draft::Draft;
use crate::population::Population;
use crate::vocab::{AgeGroup, Gravity, OffenceGroup, Recidivism, Sex, Status};

/// A breakdown of results and its levels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breakdown {
    /// Name in the summary's `breakdown` column.
    pub name: &'static str,
    /// Level names, in order.
    pub levels: Vec<String>,
    /// Index of the first level in the flat level list.
    pub offset: usize,
}

/// The breakdowns of a draft's results, in the order of the summary.
pub fn breakdowns(draft: &Draft) -> Vec<Breakdown> {
    let names = |v: Vec<&str>| v.into_iter().map(String::from).collect::<Vec<_>>();
    let mut provisions: Vec<String> = draft.provisions.iter().map(|p| p.id.clone()).collect();
    provisions.push("none".into());
    let specs: Vec<(&'static str, Vec<String>)> = vec![
        ("total", vec!["all".into()]),
        ("gravity", names(Gravity::names())),
        ("sex", names(Sex::names())),
        ("age_group", names(AgeGroup::names())),
        ("offence_group", names(OffenceGroup::names())),
        ("vulnerable", vec!["yes".into(), "no".into()]),
        ("recidivism", names(Recidivism::names())),
        ("provision", provisions),
    ];
    let mut offset = 0;
    specs
        .into_iter()
        .map(|(name, levels)| {
            let b = Breakdown { name, levels, offset };
            offset += b.levels.len();
            b
        })
        .collect()
}

/// Breakdowns packed in a person's profile: gravity, sex, age group, offence group,
/// vulnerable and recidivism.
const PROFILE_CELLS: usize = 6;

/// Counts for one draft in one replicate.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    /// Number of levels over all breakdowns.
    pub levels: usize,
    /// Persons, indexed by [`Tally::index`].
    pub persons: Vec<u32>,
    /// Days of terms removed, same index.
    pub days: Vec<u64>,
    offsets: [usize; 8],
}

impl Tally {
    /// An empty tally shaped for `draft`.
    pub fn new(draft: &Draft) -> Self {
        let b = breakdowns(draft);
        let levels = b.iter().map(|x| x.levels.len()).sum();
        let mut offsets = [0; 8];
        for (k, x) in b.iter().enumerate() {
            offsets[k] = x.offset;
        }
        let size = Status::COUNT * Outcome::COUNT * levels;
        Tally { levels, persons: vec![0; size], days: vec![0; size], offsets }
    }

    /// Zeroes the counts for a new replicate.
    pub fn clear(&mut self) {
        self.persons.iter_mut().for_each(|x| *x = 0);
        self.days.iter_mut().for_each(|x| *x = 0);
    }

    /// Flat index of (status, outcome, level).
    #[inline(always)]
    pub fn index(&self, status: usize, outcome: usize, level: usize) -> usize {
        (status * Outcome::COUNT + outcome) * self.levels + level
    }

    /// Completes the tally after only reached persons were added: everyone else is not
    /// eligible. `base` holds persons by (status, level) for the whole population (see
    /// [`Tally::population_counts`]); not-eligible persons have no provision.
    pub fn complete(&mut self, base: &[u32]) {
        let provision_offset = self.offsets[7];
        let none_level = self.levels - 1;
        let ne = Outcome::NotEligible as usize;
        for s in 0..Status::COUNT {
            let reached = |t: &Tally, level: usize| -> u32 { (0..Outcome::COUNT).map(|o| t.persons[t.index(s, o, level)]).sum() };
            let not_reached_total = base[s * self.levels] - reached(self, 0);
            for level in 0..self.levels {
                let add = if level < provision_offset {
                    base[s * self.levels + level] - reached(self, level)
                } else if level == none_level {
                    not_reached_total
                } else {
                    0
                };
                let ix = self.index(s, ne, level);
                self.persons[ix] += add;
            }
        }
    }

    /// Persons by (status, level) over the whole population, for levels that do not
    /// depend on the draft (every breakdown but `provision`); computed once per
    /// replicate and shared by every draft. Also writes each person's levels of those
    /// breakdowns packed one byte each ([`Tally::add`] reads them), so the per-draft
    /// pass does not look at the breakdown columns again.
    pub fn population_counts(&self, pop: &Population, out: &mut Vec<u32>, profiles: &mut Vec<u64>) {
        out.clear();
        out.resize(Status::COUNT * self.levels, 0);
        let o = &self.offsets;
        debug_assert!(o[7] <= 256, "breakdown levels fit in a byte");
        let n = pop.len();
        let (gravity, sex, age, group) = (&pop.gravity[..n], &pop.sex[..n], &pop.age[..n], &pop.group[..n]);
        let (vulnerability, recidivism, status) = (&pop.vulnerability[..n], &pop.recidivism[..n], &pop.status[..n]);
        profiles.clear();
        profiles.extend((0..n).map(|i| {
            let age_group = AgeGroup::index_of(age[i]) as u64;
            (o[1] as u64 + gravity[i] as u64)
                | (o[2] as u64 + sex[i] as u64) << 8
                | (o[3] as u64 + age_group) << 16
                | (o[4] as u64 + group[i] as u64) << 24
                | (o[5] as u64 + (!vulnerability[i].any()) as u64) << 32
                | (o[6] as u64 + recidivism[i] as u64) << 40
        }));
        // Counted in fixed 256-cell rows (levels fit a byte), then copied out.
        let mut counts = [[0u32; 256]; Status::COUNT];
        for (&s, &profile) in status.iter().zip(profiles.iter()) {
            let row = &mut counts[s as usize];
            row[0] += 1;
            for k in 0..PROFILE_CELLS {
                row[(profile >> (8 * k)) as u8 as usize] += 1;
            }
        }
        for (s, row) in counts.iter().enumerate() {
            let levels = self.offsets[7].min(self.levels);
            out[s * self.levels..][..levels].copy_from_slice(&row[..levels]);
        }
    }

    /// Adds person `i`'s result to the `total` level only (enough for headline totals).
    #[inline(always)]
    pub fn add_total(&mut self, pop: &Population, i: usize, r: PersonResult) {
        let c = (pop.status[i] as usize * Outcome::COUNT + r.outcome as usize) * self.levels;
        self.persons[c] += 1;
        self.days[c] += r.days_cut as u64;
    }

    /// Adds one person's result to every breakdown, from their status and the
    /// profile [`Tally::population_counts`] packed.
    #[inline(always)]
    pub fn add(&mut self, status: Status, profile: u64, r: PersonResult, provisions: usize) {
        let base = (status as usize * Outcome::COUNT + r.outcome as usize) * self.levels;
        let provision = self.offsets[7] + r.provision.map_or(provisions, |k| k as usize);
        let days = r.days_cut as u64;
        let persons = &mut self.persons[base..][..self.levels];
        let removed = &mut self.days[base..][..self.levels];
        let mut count = |c: usize| {
            persons[c] += 1;
            removed[c] += days;
        };
        count(0);
        count(profile as usize & 0xFF);
        count((profile >> 8) as usize & 0xFF);
        count((profile >> 16) as usize & 0xFF);
        count((profile >> 24) as usize & 0xFF);
        count((profile >> 32) as usize & 0xFF);
        count((profile >> 40) as usize & 0xFF);
        count(provision);
    }
}
