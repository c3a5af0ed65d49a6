//! The engine: applies a compiled draft to a population.
//!
//! Conditions are evaluated column-wise into bitsets ([`crate::draft::program`]):
//! exclusions, then each provision's condition restricted to its statuses. Only the
//! persons some provision reaches are visited one by one, to apply the court's decision
//! and the repayment condition (from per-person uniforms shared by every draft of a
//! replicate, so comparisons are paired) and to pick the single most favourable effect.
//! The per-person loop allocates nothing, hashes nothing and compares no strings.

pub mod tally;

use crate::draft::expr::{CmpOp, Field, Test};
use crate::draft::program::{Mask, Scratch, eval_mask, eval_test};
use crate::draft::{CutBase, Draft, Effect, MAX_PROVISIONS};
use crate::population::{Flags, Population};
use crate::sampling::threshold;
use crate::vocab::Status;

/// What happened to one person under one draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Outcome {
    /// No provision applies, on paper.
    NotEligible = 0,
    /// A provision would apply but an exclusion overrides it.
    Excluded = 1,
    /// Eligible on paper, but the court refused or the damage was not repaid in time.
    Denied = 2,
    /// Released (from liability, the remaining term, or the probation register).
    Released = 3,
    /// A cut at least as long as the remaining term: released by the cut.
    ReleasedByCut = 4,
    /// Term cut, still serving.
    Cut = 5,
    /// Pre-trial case closed.
    CaseClosed = 6,
}

impl Outcome {
    /// Every outcome, in code order.
    pub const ALL: [Outcome; 7] = [
        Outcome::NotEligible,
        Outcome::Excluded,
        Outcome::Denied,
        Outcome::Released,
        Outcome::ReleasedByCut,
        Outcome::Cut,
        Outcome::CaseClosed,
    ];
    /// Number of outcomes.
    pub const COUNT: usize = 7;

    /// File spelling.
    pub fn name(self) -> &'static str {
        match self {
            Outcome::NotEligible => "not_eligible",
            Outcome::Excluded => "excluded",
            Outcome::Denied => "denied",
            Outcome::Released => "released",
            Outcome::ReleasedByCut => "released_by_cut",
            Outcome::Cut => "cut",
            Outcome::CaseClosed => "case_closed",
        }
    }

    /// Covered: the amnesty changed something for the person.
    pub fn covered(self) -> bool {
        matches!(self, Outcome::Released | Outcome::ReleasedByCut | Outcome::Cut | Outcome::CaseClosed)
    }

    /// Eligible on paper (some provision applies, no exclusion).
    pub fn eligible(self) -> bool {
        self >= Outcome::Denied
    }
}

/// Per-person uniforms for court decisions and repayment, drawn once per replicate and
/// shared by every draft: low 32 bits decide the court, high 32 bits the repayment.
#[derive(Debug, Default, Clone)]
pub struct Decisions {
    /// One word per person.
    pub u: Vec<u64>,
}

impl Decisions {
    /// Fills one word per person from [`crate::rng::Lanes`] seeded by `rng`.
    pub fn fill(&mut self, n: usize, rng: &mut crate::rng::Xoshiro256PlusPlus) {
        let lanes_len = n.next_multiple_of(crate::rng::LANES);
        self.u.resize(lanes_len, 0);
        crate::rng::Lanes::from_stream(rng).fill(&mut self.u);
        self.u.truncate(n);
    }
}

/// Values of the uncertain parameters a draft needs in one replicate.
#[derive(Debug, Clone)]
pub struct DraftParams {
    /// Court grant thresholds, one per provision (see [`threshold`]).
    pub court: Vec<u64>,
    /// Repayment-in-time threshold.
    pub repay: u64,
}

impl DraftParams {
    /// Resolves a draft's drawn priors into per-provision thresholds.
    pub fn new(draft: &Draft, values: &[f64]) -> Self {
        DraftParams {
            court: draft.provisions.iter().map(|p| threshold(values[p.court_grant])).collect(),
            repay: draft.repayment_in_time.map_or(0, |s| threshold(values[s])),
        }
    }

    /// The "on paper" reading: every court grants; damage counts as repaid only where
    /// the record says so (nobody repays in time).
    pub fn on_paper(draft: &Draft) -> Self {
        DraftParams { court: vec![1 << 32; draft.provisions.len()], repay: 0 }
    }
}

/// One person's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonResult {
    /// What happened.
    pub outcome: Outcome,
    /// Days of the term removed (release: all that remained; cut: the cut).
    pub days_cut: u32,
    /// The provision that applied (or, if denied or excluded, would have applied).
    pub provision: Option<u16>,
}

/// Evaluation buffers for one draft, reused across replicates.
#[derive(Debug, Default)]
pub struct Workspace {
    scratch: Scratch,
    excluded: Mask,
    tmp: Mask,
    status: Vec<Mask>,
    provisions: Vec<Mask>,
    reach: Mask,
}

/// Evaluates conditions for a whole population: which persons each provision reaches
/// (ignoring exclusions), and who is excluded.
pub fn evaluate_conditions(draft: &Draft, pop: &Population, ws: &mut Workspace) {
    let n = pop.len();
    eval_mask(&draft.excluded_when, pop, &mut ws.excluded, &mut ws.scratch);
    ws.status.resize_with(Status::COUNT, Mask::default);
    for s in Status::ALL {
        let test = Test::Cmp(Field::Status, CmpOp::Eq, *s as u64);
        eval_test(&test, pop, &mut ws.status[s.index()]);
    }
    ws.provisions.resize_with(draft.provisions.len(), Mask::default);
    ws.reach.reset(n);
    for (k, p) in draft.provisions.iter().enumerate() {
        let mut m = std::mem::take(&mut ws.provisions[k]);
        eval_mask(&p.when, pop, &mut m, &mut ws.scratch);
        ws.tmp.reset(n);
        for s in p.statuses() {
            ws.tmp.or(&ws.status[s.index()]);
        }
        m.and(&ws.tmp);
        ws.reach.or(&m);
        ws.provisions[k] = m;
    }
}

/// What the effects need to know about one person, loaded once per person.
#[derive(Clone, Copy)]
struct Term {
    remaining: u32,
    sentence: u32,
    life: bool,
    pretrial: bool,
}

impl Term {
    #[inline(always)]
    fn of(pop: &Population, i: usize) -> Self {
        let flags = pop.flags[i];
        Term {
            remaining: crate::population::remaining_days(pop.sentence_days[i], pop.served_days[i], flags),
            sentence: pop.sentence_days[i],
            life: flags.has(Flags::LIFE),
            pretrial: pop.status[i] == Status::Pretrial,
        }
    }
}

/// The days an effect removes from a term, or `None` when it does not apply to it (a
/// cut of a life term, a remaining-term rule not met).
#[inline(always)]
fn effect_days(effect: Effect, t: Term) -> Option<(bool, u32)> {
    let remaining = t.remaining;
    match effect {
        Effect::Release | Effect::CloseCase => Some((true, if t.life { 0 } else { remaining })),
        Effect::ReleaseIfRemainingAtMost(max) => (!t.life && remaining <= max).then_some((true, remaining)),
        Effect::Cut { fraction, of } => {
            if t.life || t.pretrial {
                return None;
            }
            let base = match of {
                CutBase::Unserved => remaining,
                CutBase::Imposed => t.sentence,
            };
            // Rounded half up (`+ 0.5` then truncation: the value is never negative),
            // which avoids a libm call per person.
            let days = (base as f64 * fraction + 0.5) as u32;
            (days > 0).then_some((false, days.min(remaining)))
        }
    }
}

/// Favourability: any release beats any cut; a longer cut beats a shorter one. Bit 34
/// is "release", bit 33 "the whole remaining term goes", the low 32 bits the days.
#[inline(always)]
fn rank(release: bool, days: u32, remaining: u32) -> u64 {
    let full = release || days >= remaining;
    ((release as u64) << 34) | ((full as u64) << 33) | days as u64
}

/// Applies a draft to the persons some provision reaches, calling `visit(i, result)`
/// for each in order; everyone else is not eligible (and is not visited, which is what
/// keeps the engine fast). Conditions must have been evaluated with
/// [`evaluate_conditions`] for this population.
#[inline]
pub fn apply<F: FnMut(usize, PersonResult)>(
    draft: &Draft,
    pop: &Population,
    ws: &Workspace,
    decisions: &Decisions,
    params: &DraftParams,
    mut visit: F,
) {
    assert!(draft.provisions.len() <= MAX_PROVISIONS, "drafts are checked to have at most {MAX_PROVISIONS} provisions");
    // Best candidate per person of the current word, on paper and as obtained, packed
    // as `rank << 7 | (64 - k)`: the larger value wins, and between equal ranks the
    // earlier provision; 0 is "none".
    let mut paper = [0u64; 64];
    let mut got = [0u64; 64];
    for w in 0..ws.reach.words.len() {
        let reach = ws.reach.words[w];
        if reach == 0 {
            continue;
        }
        let excluded = ws.excluded.words[w];
        let base = w * 64;
        // Provisions outer, persons inner: the work is proportional to the (person,
        // provision) pairs that match, not to persons x provisions.
        for (k, p) in draft.provisions.iter().enumerate() {
            let mut hits = ws.provisions[k].words[w];
            let court = params.court[k];
            let tag = (MAX_PROVISIONS - k) as u64;
            while hits != 0 {
                let j = hits.trailing_zeros() as usize;
                hits &= hits - 1;
                let i = base + j;
                let term = Term::of(pop, i);
                let Some((release, days)) = effect_days(p.effect, term) else { continue };
                let cand = rank(release, days, term.remaining) << 7 | tag;
                paper[j] = paper[j].max(cand);
                // Court and repayment are coin flips: combined without branches, so
                // the processor has nothing to mispredict.
                let u = decisions.u[i];
                let owes = (pop.damage_kzt[i] > 0) & !pop.flags[i].has(Flags::REPAID);
                let granted = ((u & 0xFFFF_FFFF) < court) & (!p.requires_repayment | !owes | ((u >> 32) < params.repay));
                got[j] = got[j].max(cand * granted as u64);
            }
        }
        let mut pending = reach;
        while pending != 0 {
            let j = pending.trailing_zeros() as usize;
            pending &= pending - 1;
            let i = base + j;
            let provision = |c: u64| (MAX_PROVISIONS as u64 - (c & 127)) as u16;
            let (best_paper, best_got) = (paper[j], got[j]);
            // Every provision's persons are in `reach`: clearing here resets the word.
            (paper[j], got[j]) = (0, 0);
            // The outcome as arithmetic on the packed candidates (see `rank`), so that
            // who was granted or refused costs no mispredicted branch.
            let g = best_got >> 7;
            let (release, full) = (g >> 34 & 1, g >> 33 & 1);
            let granted = if pop.status[i] == Status::Pretrial { Outcome::CaseClosed as u64 } else { 5 - 2 * release - (full & !release) };
            let code = if best_paper == 0 {
                Outcome::NotEligible as u64
            } else if excluded >> j & 1 != 0 {
                Outcome::Excluded as u64
            } else if best_got == 0 {
                Outcome::Denied as u64
            } else {
                granted
            };
            let obtained = code >= Outcome::Released as u64;
            let which = if obtained { best_got } else { best_paper };
            let result = PersonResult {
                outcome: Outcome::ALL[code as usize],
                days_cut: if obtained { g as u32 } else { 0 },
                provision: (best_paper != 0).then_some(provision(which)),
            };
            visit(i, result);
        }
    }
}

/// Results for every person on paper (every court grants; repayment as recorded): used
/// by `check` and `explain`.
pub fn on_paper(draft: &Draft, pop: &Population) -> Vec<PersonResult> {
    let mut ws = Workspace::default();
    evaluate_conditions(draft, pop, &mut ws);
    let decisions = Decisions { u: vec![0; pop.len()] };
    let mut out = vec![PersonResult { outcome: Outcome::NotEligible, days_cut: 0, provision: None }; pop.len()];
    apply(draft, pop, &ws, &decisions, &DraftParams::on_paper(draft), |i, r| out[i] = r);
    out
}

/// Whether person `i` matches provision `k`'s condition and statuses (before exclusions).
pub fn reaches(ws: &Workspace, k: usize, i: usize) -> bool {
    ws.provisions[k].get(i)
}

/// Whether person `i` is excluded.
pub fn is_excluded(ws: &Workspace, i: usize) -> bool {
    ws.excluded.get(i)
}
