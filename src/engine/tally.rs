//! Per-replicate tallies of one draft's results: persons and days removed, by status,
//! outcome and every breakdown level, filled in one pass over the persons with fixed
//! array indices (no hashing).

use super::{Outcome, PersonResult};
use crate::draft::Draft;
use crate::population::Population;
use crate::scenario::vocab::{AgeGroup, Gravity, OffenceGroup, Recidivism, Sex, Status, VULNERABILITY};

crate::scenario::vocab::named_enum! {
    /// A breakdown of results: the summary's `breakdown` column. The order is the
    /// summary's, and the tally's offsets table is indexed by it.
    Breakdown {
        /// Everyone (one level, `all`).
        Total = "total",
        /// Gravity of the offence.
        Gravity = "gravity",
        /// Sex.
        Sex = "sex",
        /// Age group.
        AgeGroup = "age_group",
        /// Offence group.
        OffenceGroup = "offence_group",
        /// Socially vulnerable or not.
        Vulnerable = "vulnerable",
        /// Each vulnerable category (a person in several counts in each).
        VulnerableCategory = "vulnerable_category",
        /// First offence or repeat.
        Recidivism = "recidivism",
        /// The provision that applied (`none`: none did).
        Provision = "provision",
    }
}

// `ALL` lists every variant in code order (the offsets table relies on it).
const _: () = {
    let mut i = 0;
    while i < Breakdown::COUNT {
        assert!(Breakdown::ALL[i] as usize == i);
        i += 1;
    }
};

/// A breakdown of a draft's results with its levels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreakdownLevels {
    /// Which breakdown.
    pub kind: Breakdown,
    /// Level names, in order.
    pub levels: Vec<String>,
    /// Index of the first level in the flat level list.
    pub offset: usize,
}

/// The breakdowns of a draft's results, in the order of the summary.
pub fn breakdowns(draft: &Draft) -> Vec<BreakdownLevels> {
    let names = |v: Vec<&str>| v.into_iter().map(String::from).collect::<Vec<_>>();
    let mut offset = 0;
    Breakdown::ALL
        .iter()
        .map(|&kind| {
            let levels = match kind {
                Breakdown::Total => vec!["all".into()],
                Breakdown::Gravity => names(Gravity::names()),
                Breakdown::Sex => names(Sex::names()),
                Breakdown::AgeGroup => names(AgeGroup::names()),
                Breakdown::OffenceGroup => names(OffenceGroup::names()),
                Breakdown::Vulnerable => vec!["yes".into(), "no".into()],
                Breakdown::VulnerableCategory => names(VULNERABILITY.to_vec()),
                Breakdown::Recidivism => names(Recidivism::names()),
                Breakdown::Provision => draft.provisions.iter().map(|p| p.id.clone()).chain(["none".to_string()]).collect(),
            };
            let b = BreakdownLevels { kind, levels, offset };
            offset += b.levels.len();
            b
        })
        .collect()
}

/// A person's breakdown levels fall into joint cells: A = (gravity, sex, recidivism),
/// B = (age group, offence group), V = the vulnerability byte (which carries both
/// `vulnerable` and `vulnerable_category`, where a person in several categories counts
/// in each), and the provision. Counting one cell of each per person, then summing
/// cells into levels once per replicate, costs four counter updates per person instead
/// of nine.
const JOINT_A: usize = Gravity::COUNT * Sex::COUNT * Recidivism::COUNT;
/// Cells of the joint B = (age group, offence group).
const JOINT_B: usize = AgeGroup::COUNT * OffenceGroup::COUNT;
/// Values of the vulnerability byte (one bit per category of [`VULNERABILITY`]).
const VULN_VALUES: usize = 1 << VULNERABILITY.len();
// A person's profile packs the cell indices of A (bits 0-7), B (bits 8-15) and V (bits
// 16-23), each counted from the start of the joint cells.
const _: () = assert!(JOINT_A + JOINT_B + VULN_VALUES <= 256);
/// First provision cell: after the A, B and V cells.
const PROVISION_CELLS: usize = JOINT_A + JOINT_B + VULN_VALUES;

/// Persons and days of one cell in one word: days in the low [`DAY_BITS`] bits,
/// persons above, so a person costs one addition per cell. Days removed per person
/// are at most a sentence (under 60 years, checked at load, so below 2^15) and
/// persons per replicate below 2^24 ([`Tally::MAX_PERSONS`]): sums cannot carry
/// across the fields.
const DAY_BITS: u32 = 40;

// The population's limit fits the packed counters.
const _: () = assert!(crate::population::MAX_PERSONS <= Tally::MAX_PERSONS);

/// Counts for one draft in one replicate.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    /// Number of levels over all breakdowns.
    pub levels: usize,
    /// Persons, indexed by [`Tally::index`] (filled by [`Tally::complete`]).
    pub persons: Vec<u32>,
    /// Days of terms removed, same index.
    pub days: Vec<u64>,
    offsets: [usize; Breakdown::COUNT],
    /// Packed persons and days by (status, outcome, cell): A cells, B cells, V cells,
    /// then one per provision and `none`.
    joint: Vec<u64>,
    /// Cells per (status, outcome) in `joint`.
    cells: usize,
    /// The levels each of the first [`PROVISION_CELLS`] cells adds to: an A cell to
    /// `total` and its gravity, sex and recidivism; a B cell to its age group and
    /// offence group; a V cell to its `vulnerable` level and its categories.
    cell_levels: Vec<Vec<usize>>,
}

/// Tables [`Tally::population_counts`] counts into side by side.
const BANKS: usize = 4;

impl Tally {
    /// Most persons one replicate may hold (see `DAY_BITS`); the population's limit
    /// must fit in it.
    pub const MAX_PERSONS: usize = (1 << (64 - DAY_BITS)) - 1;

    /// An empty tally shaped for `draft`.
    pub fn new(draft: &Draft) -> Self {
        let b = breakdowns(draft);
        let levels = b.iter().map(|x| x.levels.len()).sum();
        let mut offsets = [0; Breakdown::COUNT];
        for x in &b {
            offsets[x.kind as usize] = x.offset;
        }
        let size = Status::COUNT * Outcome::COUNT * levels;
        let cells = PROVISION_CELLS + draft.provisions.len() + 1;
        let a_levels = (0..JOINT_A).map(|c| {
            let (rest, recidivism) = (c / Recidivism::COUNT, c % Recidivism::COUNT);
            let (gravity, sex) = (rest / Sex::COUNT, rest % Sex::COUNT);
            vec![0, offsets[Breakdown::Gravity as usize] + gravity, offsets[Breakdown::Sex as usize] + sex, offsets[Breakdown::Recidivism as usize] + recidivism]
        });
        let b_levels =
            (0..JOINT_B).map(|c| vec![offsets[Breakdown::AgeGroup as usize] + c / OffenceGroup::COUNT, offsets[Breakdown::OffenceGroup as usize] + c % OffenceGroup::COUNT]);
        let v_levels = (0..VULN_VALUES).map(|v| {
            let mut l = vec![offsets[Breakdown::Vulnerable as usize] + (v == 0) as usize];
            l.extend((0..VULNERABILITY.len()).filter(|bit| v >> bit & 1 == 1).map(|bit| offsets[Breakdown::VulnerableCategory as usize] + bit));
            l
        });
        let cell_levels = a_levels.chain(b_levels).chain(v_levels).collect();
        Tally { levels, persons: vec![0; size], days: vec![0; size], offsets, joint: vec![0; Status::COUNT * Outcome::COUNT * cells], cells, cell_levels }
    }

    /// Zeroes the counts for a new replicate.
    pub fn clear(&mut self) {
        self.persons.iter_mut().for_each(|x| *x = 0);
        self.days.iter_mut().for_each(|x| *x = 0);
        self.joint.iter_mut().for_each(|x| *x = 0);
    }

    /// Flat index of (status, outcome, level).
    #[inline(always)]
    pub fn index(&self, status: usize, outcome: usize, level: usize) -> usize {
        (status * Outcome::COUNT + outcome) * self.levels + level
    }

    /// Adds the levels of the A, B and V cells `cells` to `out` (indexed by level), with
    /// `f` turning a cell into the value to add.
    fn spread<T: Copy + std::ops::AddAssign>(&self, cells: &[u64], out: &mut [T], f: impl Fn(u64) -> T) {
        for (&cell, levels) in cells.iter().zip(&self.cell_levels) {
            let v = f(cell);
            for &l in levels {
                out[l] += v;
            }
        }
    }

    /// Completes the tally after only reached persons were added: sums the joint cells
    /// into levels, then counts everyone else as not eligible. `base` holds persons by
    /// (status, level) for the whole population (see [`Tally::population_counts`]);
    /// not-eligible persons have no provision.
    pub fn complete(&mut self, base: &[u32]) {
        let provision_offset = self.offsets[Breakdown::Provision as usize];
        let mut persons = std::mem::take(&mut self.persons);
        let mut days = std::mem::take(&mut self.days);
        for so in 0..Status::COUNT * Outcome::COUNT {
            let joint = &self.joint[so * self.cells..][..self.cells];
            let (cells, provisions) = joint.split_at(PROVISION_CELLS);
            let (p, d) = (&mut persons[so * self.levels..][..self.levels], &mut days[so * self.levels..][..self.levels]);
            p.fill(0);
            d.fill(0);
            self.spread(cells, p, |c| (c >> DAY_BITS) as u32);
            self.spread(cells, d, |c| c & ((1 << DAY_BITS) - 1));
            for (k, &c) in provisions.iter().enumerate() {
                p[provision_offset + k] = (c >> DAY_BITS) as u32;
                d[provision_offset + k] = c & ((1 << DAY_BITS) - 1);
            }
        }
        (self.persons, self.days) = (persons, days);
        let none_level = self.levels - 1;
        let ne = Outcome::NotEligible as usize;
        // The base was counted with some draft's layout: its levels before the
        // provisions are every draft's, but its stride is that draft's own level count,
        // which another draft of the same run need not share.
        let stride = base.len() / Status::COUNT;
        assert!(provision_offset <= stride && base.len() == stride * Status::COUNT, "the base holds every level before the provisions");
        for s in 0..Status::COUNT {
            let reached = |t: &Tally, level: usize| -> u32 { (0..Outcome::COUNT).map(|o| t.persons[t.index(s, o, level)]).sum() };
            let not_reached_total = base[s * stride] - reached(self, 0);
            for level in 0..self.levels {
                let add = if level < provision_offset {
                    base[s * stride + level] - reached(self, level)
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
    /// replicate and shared by every draft. Also writes each person's joint cells
    /// ([`Tally::add`] reads them), so the per-draft pass does not look at the
    /// breakdown columns again.
    pub fn population_counts(&self, pop: &Population, out: &mut Vec<u32>, profiles: &mut Vec<u32>) {
        out.clear();
        out.resize(Status::COUNT * self.levels, 0);
        let n = pop.len();
        let (gravity, sex, age, group) = (&pop.gravity[..n], &pop.sex[..n], &pop.age[..n], &pop.group[..n]);
        let (vulnerability, recidivism, status) = (&pop.vulnerability[..n], &pop.recidivism[..n], &pop.status[..n]);
        profiles.clear();
        // In u32 arithmetic, so the loop vectorises with 32-bit lanes.
        let (sexes, groups, recidivisms) = (Sex::COUNT as u32, OffenceGroup::COUNT as u32, Recidivism::COUNT as u32);
        profiles.extend((0..n).map(|i| {
            let a = (gravity[i] as u32 * sexes + sex[i] as u32) * recidivisms + recidivism[i] as u32;
            let b = AgeGroup::index_of(age[i]) as u32 * groups + group[i] as u32;
            a | (JOINT_A as u32 + b) << 8 | ((JOINT_A + JOINT_B) as u32 + vulnerability[i].0 as u32) << 16
        }));
        // Neighbours mostly fall in the same cells (most persons are not vulnerable,
        // statuses come in runs), so one table would make each increment wait for the
        // last one's store: four tables, person `i` in table `i % 4`, added up after.
        let mut banks = vec![[[0u64; PROVISION_CELLS]; Status::COUNT]; BANKS];
        let mut quads = status.chunks_exact(BANKS).zip(profiles.chunks_exact(BANKS));
        for (st, pr) in &mut quads {
            for (bank, (&s, &profile)) in banks.iter_mut().zip(st.iter().zip(pr)) {
                let row = &mut bank[s as usize];
                row[profile as usize & 0xFF] += 1;
                row[(profile >> 8) as usize & 0xFF] += 1;
                row[(profile >> 16) as usize & 0xFF] += 1;
            }
        }
        let start = n - n % BANKS;
        for (&s, &profile) in status[start..].iter().zip(&profiles[start..]) {
            let row = &mut banks[0][s as usize];
            row[profile as usize & 0xFF] += 1;
            row[(profile >> 8) as usize & 0xFF] += 1;
            row[(profile >> 16) as usize & 0xFF] += 1;
        }
        for s in 0..Status::COUNT {
            let row: [u64; PROVISION_CELLS] = std::array::from_fn(|c| banks.iter().map(|b| b[s][c]).sum());
            self.spread(&row, &mut out[s * self.levels..][..self.levels], |c| c as u32);
        }
    }

    /// Checks a completed tally against the population it counts (`base`, as for
    /// [`Tally::complete`]): every count at most its status's persons, and the outcomes
    /// of each status adding up to them. A count that wrapped below zero shows as one
    /// above the population. An error says where, for a bug report.
    pub fn check_counts(&self, base: &[u32]) -> std::result::Result<(), String> {
        let stride = base.len() / Status::COUNT;
        for s in 0..Status::COUNT {
            let persons = base[s * stride] as u64;
            let mut total = 0u64;
            for o in 0..Outcome::COUNT {
                for level in 0..self.levels {
                    let n = self.persons[self.index(s, o, level)] as u64;
                    if n > persons {
                        return Err(format!("{} {} at level {level}: {n} persons of {persons}", Status::ALL[s], Outcome::ALL[o].name()));
                    }
                }
                total += self.persons[self.index(s, o, 0)] as u64;
            }
            if total != persons {
                return Err(format!("{}: the outcomes add up to {total} persons, not {persons}", Status::ALL[s]));
            }
        }
        Ok(())
    }

    /// Persons and days removed of `status` with `outcome` to whom provision `k` applied
    /// (or, denied or excluded, would have applied), from a completed tally.
    pub fn provision_cell(&self, status: Status, outcome: Outcome, k: usize) -> (u32, u64) {
        let i = self.index(status.index(), outcome as usize, self.offsets[Breakdown::Provision as usize] + k);
        (self.persons[i], self.days[i])
    }

    /// Adds person `i`'s result to the `total` level only (enough for headline totals).
    #[inline(always)]
    pub fn add_total(&mut self, pop: &Population, i: usize, r: PersonResult) {
        let c = (pop.status[i] as usize * Outcome::COUNT + r.outcome as usize) * self.levels;
        self.persons[c] += 1;
        self.days[c] += r.days_cut as u64;
    }

    /// Adds one person's result to every breakdown, from their status and the joint
    /// cells [`Tally::population_counts`] packed in their profile.
    #[inline(always)]
    pub fn add(&mut self, status: Status, profile: u32, r: PersonResult, provisions: usize) {
        let base = (status as usize * Outcome::COUNT + r.outcome as usize) * self.cells;
        let provision = PROVISION_CELLS + r.provision.map_or(provisions, |k| k as usize);
        let v = (1 << DAY_BITS) | r.days_cut as u64;
        let joint = &mut self.joint[base..][..self.cells];
        joint[profile as usize & 0xFF] += v;
        joint[(profile >> 8) as usize & 0xFF] += v;
        joint[(profile >> 16) as usize & 0xFF] += v;
        joint[provision] += v;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Decisions, DraftParams, Workspace, apply, evaluate_conditions};
    use crate::scenario::spec::PopulationSpec;

    /// What a test of the tally starts from: the enacted law applied to the central
    /// population of `seed`, tallied and completed, with the base and each person's result.
    struct Applied {
        pop: crate::population::Population,
        draft: crate::draft::Draft,
        tally: Tally,
        base: Vec<u32>,
        results: Vec<Option<crate::engine::PersonResult>>,
    }

    fn applied(seed: u64) -> Applied {
        let spec = PopulationSpec::embedded_default().expect("spec");
        let draft = crate::draft::resolve(crate::draft::DEFAULT_DRAFT).expect("draft");
        let pop = crate::population::generate::replicate_population(&spec, &spec.priors.central(), seed, 0);
        let mut ws = Workspace::default();
        evaluate_conditions(&draft, &pop, &mut ws);
        let mut decisions = Decisions::default();
        decisions.draw(pop.len(), seed, 0);
        let params = DraftParams::new(&draft, &draft.priors.central());
        let mut tally = Tally::new(&draft);
        let (mut base, mut profiles) = (Vec::new(), Vec::new());
        tally.population_counts(&pop, &mut base, &mut profiles);
        let n_prov = draft.provisions.len();
        let mut results = vec![None; pop.len()];
        apply(&draft, &pop, &ws, &decisions, &params, |i, r| {
            tally.add(pop.status[i], profiles[i], r, n_prov);
            results[i] = Some(r);
        });
        tally.complete(&base);
        Applied { pop, draft, tally, base, results }
    }

    /// A completed tally passes its check; one deliberately corrupted (a count wrapped
    /// below zero, a person counted twice) fails it, naming where, and the Monte Carlo
    /// turns that into a bug report (exit code 70), not a file.
    #[test]
    fn a_corrupted_tally_fails_its_check() {
        let Applied { tally, base, .. } = applied(6);
        assert_eq!(tally.check_counts(&base), Ok(()));
        let mut wrapped = tally.clone();
        let ix = wrapped.index(0, Outcome::NotEligible as usize, 1);
        wrapped.persons[ix] = 5u32.wrapping_sub(7);
        assert!(wrapped.check_counts(&base).unwrap_err().contains("prisoner not_eligible at level 1"));
        let mut twice = tally.clone();
        let ix = twice.index(2, Outcome::Cut as usize, 0);
        twice.persons[ix] += 1;
        assert!(twice.check_counts(&base).unwrap_err().contains("probationer: the outcomes add up to"));
        assert_eq!(crate::error::Error::Bug("x".into()).exit_code(), 70);
        assert_eq!(crate::error::Error::setting(crate::error::Setting::Draft, "x").exit_code(), 2);
    }

    /// The joint cells summed into levels give exactly what counting every person in
    /// every level directly gives.
    #[test]
    fn joint_cells_give_the_direct_counts() {
        let Applied { pop, draft, tally, results, .. } = applied(5);
        let n_prov = draft.provisions.len();
        let mut want_persons = vec![0u32; tally.persons.len()];
        let mut want_days = vec![0u64; tally.days.len()];
        let o = tally.offsets;
        for (i, r) in results.iter().enumerate() {
            let (outcome, days, provision) = r.map_or((Outcome::NotEligible, 0, None), |r| (r.outcome, r.days_cut, r.provision));
            let mut levels = vec![
                0,
                o[Breakdown::Gravity as usize] + pop.gravity[i] as usize,
                o[Breakdown::Sex as usize] + pop.sex[i] as usize,
                o[Breakdown::AgeGroup as usize] + AgeGroup::index_of(pop.age[i]),
                o[Breakdown::OffenceGroup as usize] + pop.group[i] as usize,
                o[Breakdown::Vulnerable as usize] + !pop.vulnerability[i].any() as usize,
                o[Breakdown::Recidivism as usize] + pop.recidivism[i] as usize,
                o[Breakdown::Provision as usize] + provision.map_or(n_prov, |k| k as usize),
            ];
            for bit in 0..VULNERABILITY.len() {
                if pop.vulnerability[i].has(bit as u32) {
                    levels.push(o[Breakdown::VulnerableCategory as usize] + bit);
                }
            }
            for level in levels {
                let ix = tally.index(pop.status[i] as usize, outcome as usize, level);
                want_persons[ix] += 1;
                want_days[ix] += days as u64;
            }
        }
        assert!(want_days.iter().any(|d| *d > 0));
        assert_eq!(tally.persons, want_persons);
        assert_eq!(tally.days, want_days);
    }
}
