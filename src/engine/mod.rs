//! The engine: applies a compiled draft to a population.
//!
//! Conditions are evaluated column-wise into bitsets ([`crate::draft::program`]):
//! exclusions, then each provision's condition restricted to its statuses. Only the
//! persons some provision reaches are visited one by one, to apply the court's decision
//! and the repayment condition (from per-person uniforms shared by every draft of a
//! replicate, so comparisons are paired) and to pick the single most favourable effect.
//! The per-person loop allocates nothing, hashes nothing and compares no strings.

pub mod tally;

use crate::draft::program::{Mask, Scratch, eval_mask};
use crate::draft::{CutBase, Draft, Effect};
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
    /// Fills one word per person from a generator.
    pub fn fill(&mut self, n: usize, rng: &mut crate::rng::Xoshiro256PlusPlus) {
        use rand::Rng;
        self.u.clear();
        self.u.extend((0..n).map(|_| rng.next_u64()));
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
        let m = &mut ws.status[s.index()];
        m.reset(n);
        let code = *s as u8;
        for (w, word) in m.words.iter_mut().enumerate() {
            let base = w * 64;
            let end = (base + 64).min(n);
            let mut bits = 0u64;
            for i in base..end {
                bits |= ((pop.status[i] as u8 == code) as u64) << (i - base);
            }
            *word = bits;
        }
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

/// The days an effect removes from person `i`'s term, or `None` when it does not apply
/// to them (a cut of a life term, a remaining-term rule not met).
#[inline(always)]
fn effect_days(effect: Effect, pop: &Population, i: usize) -> Option<(bool, u32)> {
    let remaining = pop.remaining_days(i);
    let life = pop.flags[i].has(Flags::LIFE);
    match effect {
        Effect::Release | Effect::CloseCase => Some((true, if life { 0 } else { remaining })),
        Effect::ReleaseIfRemainingAtMost(max) => (!life && remaining <= max).then_some((true, remaining)),
        Effect::Cut { fraction, of } => {
            if life || pop.status[i] == Status::Pretrial {
                return None;
            }
            let base = match of {
                CutBase::Unserved => remaining,
                CutBase::Imposed => pop.sentence_days[i],
            };
            let days = (base as f64 * fraction).round() as u32;
            (days > 0).then_some((false, days.min(remaining)))
        }
    }
}

/// Favourability: any release beats any cut; a longer cut beats a shorter one.
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
    for w in 0..ws.reach.words.len() {
        let reach = ws.reach.words[w];
        let excluded = ws.excluded.words[w];
        let base = w * 64;
        let mut pending = reach;
        while pending != 0 {
            let j = pending.trailing_zeros() as usize;
            pending &= pending - 1;
            let i = base + j;
            let bit = 1u64 << j;
            let remaining = pop.remaining_days(i);
            let u = decisions.u[i];
            let (court_u, repay_u) = ((u & 0xFFFF_FFFF), (u >> 32));
            let owes = pop.damage_kzt[i] > 0 && !pop.flags[i].has(Flags::REPAID);
            // Best effect on paper, and best effect actually obtained.
            let mut paper: Option<(u64, u16, bool, u32)> = None;
            let mut got: Option<(u64, u16, bool, u32)> = None;
            for (k, p) in draft.provisions.iter().enumerate() {
                if ws.provisions[k].words[w] & bit == 0 {
                    continue;
                }
                let Some((release, days)) = effect_days(p.effect, pop, i) else { continue };
                let r = rank(release, days, remaining);
                let cand = (r, k as u16, release, days);
                if paper.is_none_or(|b| r > b.0) {
                    paper = Some(cand);
                }
                let granted = court_u < params.court[k] && (!p.requires_repayment || !owes || repay_u < params.repay);
                if granted && got.is_none_or(|b| r > b.0) {
                    got = Some(cand);
                }
            }
            let result = match (paper, got) {
                (None, _) => PersonResult { outcome: Outcome::NotEligible, days_cut: 0, provision: None },
                (Some(b), _) if excluded & bit != 0 => PersonResult { outcome: Outcome::Excluded, days_cut: 0, provision: Some(b.1) },
                (Some(b), None) => PersonResult { outcome: Outcome::Denied, days_cut: 0, provision: Some(b.1) },
                (Some(_), Some((_, k, release, days))) => {
                    let outcome = if pop.status[i] == Status::Pretrial {
                        Outcome::CaseClosed
                    } else if release {
                        Outcome::Released
                    } else if days >= remaining {
                        Outcome::ReleasedByCut
                    } else {
                        Outcome::Cut
                    };
                    PersonResult { outcome, days_cut: days, provision: Some(k) }
                }
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
