//! What each clause of a draft buys: for every provision and every exclusion, the
//! persons and days whose result depends on it (the draft without that clause, against
//! the draft, person by person) and what it does alone (the provision with the draft's
//! exclusions, against no amnesty; the exclusion with the draft's provisions, against
//! those provisions with no exclusion).
//!
//! None of this re-runs the draft. The conditions are evaluated once per replicate
//! ([`super::evaluate_conditions`], [`super::evaluate_exclusions`]); then, a word of 64
//! persons at a time, the candidate effect of each provision that reaches someone in
//! the word is computed once. A person reached by one provision only has nothing
//! without it and the draft's result with it alone; for a person reached by several,
//! the result without provision `k` is the best of the others' candidates. So the
//! whole attribution costs about one more pass of the word kernel, not one run per
//! clause. The court and repayment decisions are the
//! replicate's shared uniforms, so every variant is paired with the draft exactly as
//! two drafts of a run are.
//!
//! The counts are exact for every outcome a clause can give (released, released by
//! the cut, cut, case closed, denied). The `excluded` and `not_eligible` cells are not
//! kept (excluded persons stay excluded with or without any one provision).

use super::tally::Tally;
use super::word::{LANES, Outcomes};
use super::{Outcome, WordHook, Workspace, outcome_of};
use crate::draft::{Draft, MAX_PROVISIONS};
use crate::population::Population;
use crate::scenario::vocab::Status;

/// Which comparison a clause's figure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Measure {
    /// The draft against the draft without this clause, person by person: what depends
    /// on the clause (an exclusion's figures are negative: what it keeps out).
    DependsOn = 0,
    /// The clause alone: a provision with the draft's exclusions against no amnesty;
    /// an exclusion with the draft's provisions against those provisions unexcluded.
    Alone = 1,
}

impl Measure {
    /// Both measures, in table order.
    pub const ALL: [Measure; 2] = [Measure::DependsOn, Measure::Alone];

    /// File spelling.
    pub fn name(self) -> &'static str {
        match self {
            Measure::DependsOn => "depends_on",
            Measure::Alone => "alone",
        }
    }
}

/// A provision or an exclusion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClauseKind {
    /// A `[[provision]]`.
    Provision,
    /// An `[[exclude]]`.
    Exclusion,
}

impl ClauseKind {
    /// File spelling.
    pub fn name(self) -> &'static str {
        match self {
            ClauseKind::Provision => "provision",
            ClauseKind::Exclusion => "exclusion",
        }
    }
}

/// One replicate's signed changes in persons and days removed, by (clause, measure,
/// status, outcome). Clauses are the draft's provisions in order, then its exclusions.
/// Also holds the kernel's scratch, so a replicate allocates nothing after the first.
#[derive(Debug, Clone, Default)]
pub struct ClauseEffects {
    /// Provisions plus exclusions.
    pub clauses: usize,
    /// Per clause, by (measure, status) and outcome: the change in persons and in days
    /// of terms removed (fixed-size rows, so the kernel's updates need no bounds checks
    /// past the clause).
    cells: Vec<[[[i64; 2]; 8]; 2 * Status::COUNT]>,
    candidates: Vec<[u32; LANES]>,
    exclusion_suffix: Vec<u64>,
    suffix: Vec<[u32; LANES]>,
}

impl ClauseEffects {
    /// The change in persons of `status` with `outcome` that `clause` makes, by `measure`.
    pub fn persons(&self, clause: usize, measure: Measure, status: Status, outcome: Outcome) -> i64 {
        self.cells[clause][measure as usize * Status::COUNT + status.index()][outcome as usize][0]
    }

    /// The change in days of terms removed, likewise.
    pub fn days(&self, clause: usize, measure: Measure, status: Status, outcome: Outcome) -> i64 {
        self.cells[clause][measure as usize * Status::COUNT + status.index()][outcome as usize][1]
    }

    /// Zeroed counts for `draft`.
    pub fn reset(&mut self, draft: &Draft) {
        self.clauses = draft.provisions.len() + draft.exclusions.len();
        self.cells.clear();
        self.cells.resize(self.clauses, [[[0; 2]; 8]; 2 * Status::COUNT]);
    }

    #[inline(always)]
    fn add(&mut self, clause: usize, measure: Measure, status: usize, outcome: u64, persons: i64, days: i64) {
        let cell = &mut self.cells[clause][(measure as usize * Status::COUNT + status) % (2 * Status::COUNT)][outcome as usize & 7];
        cell[0] += persons;
        cell[1] += days;
    }
}

impl ClauseEffects {
    /// Adds what the tally of the draft's own result says about the persons one
    /// provision alone reaches: without it they get nothing, alone it gives them the
    /// draft's result, which the tally's `provision` breakdown holds. (The kernel took
    /// back from those counts the persons several provisions reach, whom it worked out
    /// itself.) Call once the visited results are tallied and the tally completed.
    pub fn finish(&mut self, draft: &Draft, tally: &Tally) {
        for k in 0..draft.provisions.len() {
            for s in Status::ALL {
                for o in Outcome::ALL.into_iter().filter(|o| *o >= Outcome::Denied) {
                    let (persons, days) = tally.provision_cell(s, o, k);
                    for m in Measure::ALL {
                        self.add(k, m, s.index(), o as u64, persons as i64, days as i64);
                    }
                }
            }
        }
    }
}

/// The word kernel's hook that attributes (see [`super::apply_with`]).
pub(crate) struct Attributor<'a> {
    out: &'a mut ClauseEffects,
    candidates: Vec<[u32; LANES]>,
    exclusion_suffix: Vec<u64>,
    /// Per slot, the best candidates of that slot and every later one (on paper,
    /// obtained); two more rows, zeroed, past the last slot.
    suffix: Vec<[u32; LANES]>,
}

impl<'a> Attributor<'a> {
    /// A hook writing into `out` (reset for the draft) for `provisions` provisions and
    /// `exclusions` exclusions; its scratch is borrowed from `out`.
    pub(crate) fn new(out: &'a mut ClauseEffects, provisions: usize, exclusions: usize) -> Self {
        let mut candidates = std::mem::take(&mut out.candidates);
        let mut exclusion_suffix = std::mem::take(&mut out.exclusion_suffix);
        let mut suffix = std::mem::take(&mut out.suffix);
        candidates.resize(2 * provisions, [0; LANES]);
        exclusion_suffix.resize(exclusions + 1, 0);
        suffix.resize(2 * provisions + 2, [0; LANES]);
        Attributor { out, candidates, exclusion_suffix, suffix }
    }

    /// Gives the scratch back.
    pub(crate) fn done(self) {
        self.out.candidates = self.candidates;
        self.out.exclusion_suffix = self.exclusion_suffix;
        self.out.suffix = self.suffix;
    }
}

impl WordHook for Attributor<'_> {
    const CANDIDATES: bool = true;

    #[inline(always)]
    fn slot(&mut self, slot: usize) -> (&mut [u32; LANES], &mut [u32; LANES]) {
        let (paper, got) = self.candidates[2 * slot..2 * slot + 2].split_at_mut(1);
        paper[0].fill(0);
        got[0].fill(0);
        (&mut paper[0], &mut got[0])
    }

    #[inline(always)]
    fn word(&mut self, pop: &Population, ws: &Workspace, w: usize, active: &[(u8, u64)], full_paper: &[u32; LANES], with: &Outcomes) {
        let base = w * LANES;
        let excluded = ws.excluded.words[w];
        let (seen, multi) = reach(active);
        // A person reached by one provision only has nothing without it, and alone it
        // gives the draft's result: that is the tally's count for the provision that
        // applied ([`ClauseEffects::finish`]). Persons reached by several are worked
        // out here, and their share of that count taken back from the provision that won.
        let shared = multi & !excluded;
        // The excluded persons some provision reaches on paper.
        let targets = if ws.exclusions.is_empty() || excluded & seen == 0 { 0 } else { excluded & on_paper(full_paper) };
        if shared | targets == 0 {
            return;
        }
        let status: [u8; LANES] = std::array::from_fn(|j| pop.status.get(base + j).map_or(Status::Prisoner as u8, |s| *s as u8));
        if shared != 0 {
            self.shared_persons(active, shared, &status, with);
        }
        if targets != 0 {
            self.excluded_persons(ws, w, &status, with, targets);
        }
    }
}

/// Lane by lane, the larger of two words' candidates.
#[inline(always)]
fn max_lanes(a: &[u32; LANES], b: &[u32; LANES]) -> [u32; LANES] {
    std::array::from_fn(|j| a[j].max(b[j]))
}

/// Whether an outcome code is one whose counts are not kept (not eligible, excluded).
#[inline(always)]
fn not_kept(code: u64) -> bool {
    code <= Outcome::Excluded as u64
}

/// Lanes reached by at least one provision (`seen`) and by at least two (`multi`):
/// only the latter need working out person by person.
#[inline(always)]
fn reach(active: &[(u8, u64)]) -> (u64, u64) {
    let (mut seen, mut multi) = (0u64, 0u64);
    for &(_, hits) in active {
        multi |= seen & hits;
        seen |= hits;
    }
    (seen, multi)
}

impl Attributor<'_> {
    /// Attributes the lanes of `shared`, each reached by several provisions: takes its
    /// result back from the provision that won (the tally counted it there), then for
    /// each provision reaching it adds what depends on that provision and what it gives
    /// alone. Provision by provision over the word's lanes: without the `a`-th slot a
    /// lane gets the best of the slots before it and after it (running maxima), so no
    /// person costs a scan of the others.
    #[inline(always)]
    fn shared_persons(&mut self, active: &[(u8, u64)], shared: u64, status: &[u8; LANES], with: &Outcomes) {
        let n = active.len();
        let (candidates, suffix) = (&self.candidates, &mut self.suffix);
        // Values rather than places, so the lane loops carry no aliasing doubt and
        // compile to vector instructions.
        let (mut after_paper, mut after_got) = ([0u32; LANES], [0u32; LANES]);
        suffix[2 * n] = after_paper;
        suffix[2 * n + 1] = after_got;
        for a in (0..n).rev() {
            after_paper = max_lanes(&after_paper, &candidates[2 * a]);
            after_got = max_lanes(&after_got, &candidates[2 * a + 1]);
            suffix[2 * a] = after_paper;
            suffix[2 * a + 1] = after_got;
        }
        let (mut before_paper, mut before_got) = ([0u32; LANES], [0u32; LANES]);
        for (a, &(k, hits)) in active.iter().enumerate() {
            let (paper, got) = (&candidates[2 * a], &candidates[2 * a + 1]);
            let mut lanes = hits & shared;
            if lanes != 0 {
                let (after_paper, after_got) = (&suffix[2 * a + 2], &suffix[2 * a + 3]);
                let k = k as usize;
                let tag = (MAX_PROVISIONS - k) as u32;
                let cells = &mut self.out.cells[k];
                let mut add = |measure: Measure, s: usize, code: u64, persons: i64, days: i64| {
                    let cell = &mut cells[(measure as usize * Status::COUNT + s) % (2 * Status::COUNT)][code as usize & 7];
                    cell[0] += persons;
                    cell[1] += days;
                };
                // A few lanes per provision: lane by lane (a whole word's lanes in
                // vector instructions cost more).
                while lanes != 0 {
                    let j = lanes.trailing_zeros() as usize & (LANES - 1);
                    lanes &= lanes - 1;
                    let s = status[j] as usize;
                    let pretrial = s == Status::Pretrial as usize;
                    let (w, w_days) = (with.code[j] as u64, with.days[j]);
                    let (o, o_days, _) = outcome_of(before_paper[j].max(after_paper[j]), before_got[j].max(after_got[j]), false, pretrial);
                    // The tally counted the lane under the provision that won.
                    if !not_kept(w) && with.tag[j] == tag {
                        add(Measure::DependsOn, s, w, -1, -(w_days as i64));
                        add(Measure::Alone, s, w, -1, -(w_days as i64));
                    }
                    if (w, w_days) != (o, o_days) {
                        if !not_kept(w) {
                            add(Measure::DependsOn, s, w, 1, w_days as i64);
                        }
                        if !not_kept(o) {
                            add(Measure::DependsOn, s, o, -1, -(o_days as i64));
                        }
                    }
                    let (al, al_days, _) = outcome_of(paper[j], got[j], false, pretrial);
                    if !not_kept(al) {
                        add(Measure::Alone, s, al, 1, al_days as i64);
                    }
                }
            }
            before_paper = max_lanes(&before_paper, paper);
            before_got = max_lanes(&before_got, got);
        }
    }
}

impl Attributor<'_> {
    /// Attributes the excluded persons of word `w` whom some provision reaches on paper
    /// (`targets`): without the exclusion (or with no exclusion at all) they would get
    /// the draft's result unexcluded (`with`).
    #[inline(always)]
    fn excluded_persons(&mut self, ws: &Workspace, w: usize, status: &[u8; LANES], with: &Outcomes, targets: u64) {
        let exclusions = ws.exclusions.len();
        let suffix = &mut self.exclusion_suffix;
        suffix[exclusions] = 0;
        for e in (0..exclusions).rev() {
            suffix[e] = suffix[e + 1] | ws.exclusions[e].words[w];
        }
        // Sorted once per word by their result unexcluded, so that each exclusion
        // costs a few mask operations rather than a visit per person.
        let mut groups = [(0usize, 0u64, 0u64); Status::COUNT * Outcome::COUNT];
        let groups = classify(&with.code, status, targets, &mut groups);
        let out = &mut *self.out;
        let provisions = out.clauses - exclusions;
        let mut before = 0u64;
        for e in 0..exclusions {
            let mine = ws.exclusions[e].words[w];
            let pending = mine & targets;
            let only = pending & !(before | suffix[e + 1]);
            before |= mine;
            if pending == 0 {
                continue;
            }
            exclusion_effects(out, provisions + e, groups, &with.days, pending, only);
        }
    }
}

/// The lanes some provision reaches on paper.
#[inline(always)]
fn on_paper(full_paper: &[u32; LANES]) -> u64 {
    let mut on_paper = 0u64;
    for (j, &p) in full_paper.iter().enumerate() {
        on_paper |= ((p != 0) as u64) << j;
    }
    on_paper
}

/// Adds what exclusion `clause` keeps out: alone, every one of its `pending` persons;
/// depending on it, those (`only`) no other exclusion also keeps out.
#[inline(always)]
fn exclusion_effects(out: &mut ClauseEffects, clause: usize, groups: &[(usize, u64, u64)], days: &[u32; LANES], pending: u64, only: u64) {
    for &(s, o, lanes) in groups {
        for (measure, set) in [(Measure::Alone, pending), (Measure::DependsOn, only)] {
            let m = lanes & set;
            if m != 0 {
                out.add(clause, measure, s, o, -(m.count_ones() as i64), -sum_days(days, m));
            }
        }
    }
}

/// The lanes of `targets` grouped by status and result (unexcluded): (status, outcome
/// code, lanes) for each group that has any, written into `groups`. A lane's code
/// comes from `codes`; targets are reached on paper, so every code is one whose counts
/// are kept.
#[inline(always)]
fn classify<'g>(codes: &[u8; LANES], status: &[u8; LANES], targets: u64, groups: &'g mut [(usize, u64, u64); Status::COUNT * Outcome::COUNT]) -> &'g [(usize, u64, u64)] {
    let mut by_key = [0u64; Status::COUNT * Outcome::COUNT];
    let mut t = targets;
    while t != 0 {
        let j = t.trailing_zeros() as usize & (LANES - 1);
        t &= t - 1;
        by_key[(status[j] as usize * Outcome::COUNT + codes[j] as usize) % by_key.len()] |= 1 << j;
    }
    let mut n = 0;
    for (key, &lanes) in by_key.iter().enumerate() {
        if lanes != 0 {
            groups[n] = (key / Outcome::COUNT, (key % Outcome::COUNT) as u64, lanes);
            n += 1;
        }
    }
    &groups[..n]
}

/// The days of the lanes of `m`: a lane loop with a mask rather than a visit per set
/// bit, which the compiler turns into a few masked vector additions. A lane's days fit
/// 23 bits, so 64 of them fit the u32 sum.
#[inline(always)]
fn sum_days(days: &[u32; LANES], m: u64) -> i64 {
    const _: () = assert!((super::word::DAYS_MASK as u64) * (LANES as u64) <= u32::MAX as u64);
    let mut sum = 0u32;
    for (j, &d) in days.iter().enumerate() {
        sum += d & 0u32.wrapping_sub((m >> j) as u32 & 1);
    }
    sum as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Application, Decisions, DraftParams, Workspace, apply, apply_in, evaluate_conditions, evaluate_exclusions};
    use crate::scenario::spec::PopulationSpec;

    /// Counts of (status, outcome) persons and days for a draft's full result.
    fn counts(draft: &Draft, pop: &Population, decisions: &Decisions, values: &[f64]) -> (Vec<i64>, Vec<i64>) {
        let mut ws = Workspace::default();
        evaluate_conditions(draft, pop, &mut ws);
        let params = DraftParams::new(draft, values);
        let (mut persons, mut days) = (vec![0i64; Status::COUNT * Outcome::COUNT], vec![0i64; Status::COUNT * Outcome::COUNT]);
        apply(draft, pop, &ws, decisions, &params, |i, r| {
            let c = pop.status[i] as usize * Outcome::COUNT + r.outcome as usize;
            persons[c] += 1;
            days[c] += r.days_cut as i64;
        });
        (persons, days)
    }

    /// A draft's text with one `[[provision]]` or `[[exclude]]` block (the `n`-th of
    /// that kind) removed, or every block of the kind but that one kept.
    fn edit(text: &str, header: &str, n: usize, keep_only: bool) -> String {
        let mut blocks: Vec<String> = vec![String::new()];
        for line in text.lines() {
            if line.starts_with("[[") {
                blocks.push(String::new());
            }
            let last = blocks.last_mut().expect("a block");
            last.push_str(line);
            last.push('\n');
        }
        let mut seen = 0;
        blocks
            .into_iter()
            .filter(|b| {
                if !b.starts_with(header) {
                    return true;
                }
                let mine = seen == n;
                seen += 1;
                if keep_only { mine } else { !mine }
            })
            .collect()
    }

    /// Re-applying is re-running: for every clause of the enacted law, each measure's
    /// counts equal those of the variant draft actually built and run on the same
    /// population, decisions and parameter draws, outcome by outcome.
    #[test]
    fn re_applying_equals_re_running() {
        let spec = PopulationSpec::embedded_default().expect("spec");
        let (_, text) = crate::draft::SHIPPED.iter().find(|(id, _)| *id == crate::draft::DEFAULT_DRAFT).expect("shipped");
        let draft = Draft::parse("enacted.toml", text).expect("draft");
        let pop = crate::population::generate::replicate_population(&spec, &spec.priors.central(), 11, 0);
        let mut decisions = Decisions::default();
        decisions.draw(pop.len(), 11, 0);
        let values = crate::montecarlo::draft_values(&draft, 11, 0);
        for build in crate::arch::Build::available() {
            let mut ws = Workspace::default();
            evaluate_conditions(&draft, &pop, &mut ws);
            evaluate_exclusions(&draft, &pop, &mut ws);
            let mut effects = ClauseEffects::default();
            let params = DraftParams::new(&draft, &values);
            let mut tally = Tally::new(&draft);
            let (mut base, mut profiles) = (Vec::new(), Vec::new());
            tally.population_counts(&pop, &mut base, &mut profiles);
            apply_in(build, &Application { draft: &draft, pop: &pop, ws: &ws, decisions: &decisions, params: &params }, Some(&mut effects), |i, r| {
                tally.add(pop.status[i], profiles[i], r, draft.provisions.len())
            });
            tally.complete(&base);
            effects.finish(&draft, &tally);
            let full = counts(&draft, &pop, &decisions, &values);
            let kept = [Outcome::Released, Outcome::ReleasedByCut, Outcome::Cut, Outcome::CaseClosed, Outcome::Denied];
            let check = |clause: usize, measure: Measure, with: &(Vec<i64>, Vec<i64>), without: &(Vec<i64>, Vec<i64>), what: &str| {
                for s in Status::ALL {
                    for o in kept {
                        let c = s.index() * Outcome::COUNT + o as usize;
                        assert_eq!(effects.persons(clause, measure, s, o), with.0[c] - without.0[c], "{what}: persons, {s}, {o:?}, build {}", build.name());
                        assert_eq!(effects.days(clause, measure, s, o), with.1[c] - without.1[c], "{what}: days, {s}, {o:?}, build {}", build.name());
                    }
                }
            };
            let no_amnesty = (vec![0i64; full.0.len()], vec![0i64; full.1.len()]);
            let mut moved = 0;
            for k in 0..draft.provisions.len() {
                let without = Draft::parse("without.toml", &edit(text, "[[provision]]", k, false)).expect("variant without a provision");
                let without_values = crate::montecarlo::draft_values(&without, 11, 0);
                check(k, Measure::DependsOn, &full, &counts(&without, &pop, &decisions, &without_values), &format!("without provision {k}"));
                let alone_text = edit(text, "[[provision]]", k, true);
                let alone = Draft::parse("alone.toml", &alone_text).expect("variant with one provision");
                let alone_values = crate::montecarlo::draft_values(&alone, 11, 0);
                check(k, Measure::Alone, &counts(&alone, &pop, &decisions, &alone_values), &no_amnesty, &format!("provision {k} alone"));
                moved += effects.persons(k, Measure::Alone, Status::Prisoner, Outcome::Cut).abs();
            }
            assert!(moved > 0, "some provision cuts prisoners' terms");
            let provisions = draft.provisions.len();
            let none = Draft::parse("none.toml", &edit_all(text, "[[exclude]]")).expect("variant without exclusions");
            let none_values = crate::montecarlo::draft_values(&none, 11, 0);
            let unexcluded = counts(&none, &pop, &decisions, &none_values);
            for e in 0..draft.exclusions.len() {
                let without = Draft::parse("without.toml", &edit(text, "[[exclude]]", e, false)).expect("variant without an exclusion");
                check(provisions + e, Measure::DependsOn, &full, &counts(&without, &pop, &decisions, &values), &format!("without exclusion {e}"));
                let alone = Draft::parse("alone.toml", &edit(text, "[[exclude]]", e, true)).expect("variant with one exclusion");
                check(provisions + e, Measure::Alone, &counts(&alone, &pop, &decisions, &values), &unexcluded, &format!("exclusion {e} alone"));
            }
        }
    }

    fn edit_all(text: &str, header: &str) -> String {
        let n = text.matches(header).count();
        (0..n).fold(text.to_string(), |t, _| edit(&t, header, 0, false))
    }
}
