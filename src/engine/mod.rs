//! The engine: applies a compiled draft to a population.
//!
//! Conditions are evaluated column-wise into bitsets ([`crate::draft::program`]):
//! exclusions, then each provision's condition restricted to its statuses. Then, a
//! word of 64 persons at a time, every provision that reaches someone in the word is
//! tried on all of them at once (the word kernel), applying the court's decision and
//! the repayment condition (from per-person uniforms shared by every draft of a
//! replicate, so comparisons are paired) and keeping each person's most favourable
//! effect. Only the persons some provision reaches are reported. Nothing in these
//! loops allocates, hashes or compares strings.

pub mod attribution;
pub mod explain;
pub mod lint;
pub mod pass;
#[cfg(test)]
mod reference;
pub mod tally;
pub mod timeline;
mod word;

use crate::draft::expr::{CmpOp, Field, Test};
use crate::draft::program::{Mask, Scratch, eval_mask, eval_test};
use crate::draft::{Draft, MAX_PROVISIONS};
use crate::population::Population;
use crate::random::sampling::threshold;
use crate::scenario::vocab::Status;
use word::{DAYS_MASK, DAYS_SHIFT, FULL, LANES, Outcomes, RELEASE, Rule, TAG_MASK, Threshold32, Word};

crate::scenario::vocab::named_enum! {
    /// What happened to one person under one draft. The values are the word kernel's
    /// codes (checked below).
    Outcome {
        /// No provision applies, on paper.
        NotEligible = "not_eligible",
        /// A provision's condition reaches the person and an exclusion keeps them out,
        /// whether or not its effect could apply (a life prisoner is excluded by name).
        Excluded = "excluded",
        /// Eligible on paper, but the court refused or the damage was not repaid in time.
        Denied = "denied",
        /// Released (from liability, the remaining term, or the probation register).
        Released = "released",
        /// A cut at least as long as the remaining term: released by the cut.
        ReleasedByCut = "released_by_cut",
        /// Term cut, still serving.
        Cut = "cut",
        /// Pre-trial case closed.
        CaseClosed = "case_closed",
    }
}

// The word kernel computes a granted outcome as arithmetic on its packed bits:
// `Cut - 2 * release - (full & !release)` gives Cut, ReleasedByCut or Released; and it
// reads "obtained" as `code >= Released`. Those rely on these values.
const _: () = assert!(Outcome::Cut as u64 == 5 && Outcome::ReleasedByCut as u64 == 4 && Outcome::Released as u64 == 3);
const _: () = assert!((Outcome::Cut as u64) - 2 == Outcome::Released as u64 && (Outcome::CaseClosed as u64) > Outcome::Released as u64);
const _: () = assert!((Outcome::Denied as u64) < Outcome::Released as u64 && (Outcome::Excluded as u64) < Outcome::Released as u64);

impl Outcome {
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
    /// Fills one word per person for replicate `replicate` of a run with seed `seed`,
    /// from [`crate::random::Lanes`] on that replicate's decisions stream: one stream
    /// for all drafts, which is what pairs them.
    pub fn draw(&mut self, n: usize, seed: u64, replicate: u64) {
        use crate::random::{LANES, Lanes, Stream, stream};
        self.u.resize(n.next_multiple_of(LANES), 0);
        Lanes::from_stream(&mut stream(seed, replicate, Stream::Decisions)).fill(&mut self.u);
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
    /// Each provision's cut fraction: the drawn one where the draft carries it as a
    /// prior, else the draft's own (0 for provisions that do not cut).
    pub fraction: Vec<f64>,
    /// Each provision's threshold (see [`threshold`]) for reading its cut as the whole
    /// unserved part ([`whole_uniform`] below it); 0 for never.
    pub whole: Vec<u64>,
}

/// The per-person uniform that decides whether a court reads a cut as the whole
/// unserved part: a mix of the person's decision word (an odd multiplier is a
/// bijection whose high half depends on every bit), so it needs no draw of its own and
/// is nearly independent of the court's and the repayment's halves.
#[inline(always)]
pub fn whole_uniform(u: u64) -> u32 {
    (u.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as u32
}

/// A provision's fixed cut fraction (0 for provisions that do not cut).
fn fixed_fraction(p: &crate::draft::Provision) -> f64 {
    match p.effect {
        crate::draft::Effect::Cut { fraction, .. } => fraction,
        _ => 0.0,
    }
}

impl DraftParams {
    /// Resolves a draft's drawn priors into per-provision thresholds and fractions.
    pub fn new(draft: &Draft, values: &[f64]) -> Self {
        DraftParams {
            court: draft.provisions.iter().map(|p| threshold(values[p.court_grant])).collect(),
            repay: draft.repayment_in_time.map_or(0, |s| threshold(values[s])),
            fraction: draft.provisions.iter().map(|p| p.fraction_prior.map_or_else(|| fixed_fraction(p), |s| values[s])).collect(),
            whole: draft.provisions.iter().map(|p| p.whole_share.map_or(0, |s| threshold(values[s]))).collect(),
        }
    }

    /// The "on paper" reading: every court grants; damage counts as repaid only where
    /// the record says so (nobody repays in time); an open fraction at its prior's mean
    /// and never read as the whole unserved part.
    pub fn on_paper(draft: &Draft) -> Self {
        DraftParams {
            court: vec![1 << 32; draft.provisions.len()],
            repay: 0,
            fraction: draft.provisions.iter().map(fixed_fraction).collect(),
            whole: vec![0; draft.provisions.len()],
        }
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
    /// Each exclusion's persons (filled by [`evaluate_exclusions`], for attribution).
    exclusions: Vec<Mask>,
}

/// Evaluates conditions for a whole population: which persons each provision reaches
/// (ignoring exclusions), and who is excluded.
pub fn evaluate_conditions(draft: &Draft, pop: &Population, ws: &mut Workspace) {
    let n = pop.len();
    eval_mask(&draft.excluded_when, pop, &mut ws.excluded, &mut ws.scratch);
    ws.status.resize_with(Status::COUNT, Mask::default);
    for s in Status::ALL {
        let test = Test::Cmp(Field::Status, CmpOp::Eq, s as u64);
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

/// Evaluates each exclusion on its own (the engine needs only their union, which
/// [`evaluate_conditions`] computes); attribution needs to know which exclusion keeps
/// whom out.
pub fn evaluate_exclusions(draft: &Draft, pop: &Population, ws: &mut Workspace) {
    ws.exclusions.resize_with(draft.exclusions.len(), Mask::default);
    for (e, ex) in draft.exclusions.iter().enumerate() {
        eval_mask(&ex.when, pop, &mut ws.exclusions[e], &mut ws.scratch);
    }
}

/// A person's outcome code and days removed from their best candidate on paper and as
/// obtained (packed as in [`word`]), whether they are excluded and whether they are in
/// pre-trial detention: arithmetic on the packed bits, so that who was granted or
/// refused costs no mispredicted branch. Returns (outcome code, days, the candidate
/// that names the provision).
#[inline(always)]
fn outcome_of(best_paper: u32, best_got: u32, excluded: bool, pretrial: bool) -> (u64, u32, u32) {
    let (release, full) = ((best_got & RELEASE != 0) as u64, (best_got & FULL != 0) as u64);
    let granted = if pretrial { Outcome::CaseClosed as u64 } else { Outcome::Cut as u64 - 2 * release - (full & !release) };
    // An exclusion decides first: a person whom a provision's condition reaches and an
    // exclusion keeps out is excluded, even where no effect could apply (a life
    // sentence has no term to cut, yet the law excludes it by name).
    let code = if excluded {
        Outcome::Excluded as u64
    } else if best_paper == 0 {
        Outcome::NotEligible as u64
    } else if best_got == 0 {
        Outcome::Denied as u64
    } else {
        granted
    };
    let obtained = code >= Outcome::Released as u64;
    (code, if obtained { best_got >> DAYS_SHIFT & DAYS_MASK } else { 0 }, if obtained { best_got } else { best_paper })
}

/// Applies a draft to the persons some provision reaches, calling `visit(i, result)`
/// for each in order; everyone else is not eligible (and is not visited, which is what
/// keeps the engine fast). Conditions must have been evaluated with
/// [`evaluate_conditions`] for this population. The word kernel runs in the build
/// [`crate::arch::selected`] names; every build computes the same results.
#[inline]
pub fn apply<F: FnMut(usize, PersonResult)>(draft: &Draft, pop: &Population, ws: &Workspace, decisions: &Decisions, params: &DraftParams, visit: F) {
    apply_with(draft, pop, ws, decisions, params, None, visit)
}

/// [`apply`]; with `Some(effects)`, also attributes the results to the draft's clauses
/// on the way (see [`attribution`]): the word kernel's candidates are reused, so this
/// costs a fraction of a second pass. The workspace must then also hold each exclusion
/// ([`evaluate_exclusions`]); finish with [`attribution::ClauseEffects::finish`] once
/// the visited results are tallied.
#[inline]
pub fn apply_with<F: FnMut(usize, PersonResult)>(
    draft: &Draft,
    pop: &Population,
    ws: &Workspace,
    decisions: &Decisions,
    params: &DraftParams,
    effects: Option<&mut attribution::ClauseEffects>,
    visit: F,
) {
    apply_in(crate::arch::selected(), &Application { draft, pop, ws, decisions, params }, effects, visit)
}

/// What one application of a draft reads: the draft, the population with its evaluated
/// conditions, the replicate's decisions and the draft's drawn parameters.
pub(crate) struct Application<'a> {
    pub(crate) draft: &'a Draft,
    pub(crate) pop: &'a Population,
    pub(crate) ws: &'a Workspace,
    pub(crate) decisions: &'a Decisions,
    pub(crate) params: &'a DraftParams,
}

/// [`apply_with`] in a given build.
pub(crate) fn apply_in<F: FnMut(usize, PersonResult)>(build: crate::arch::Build, app: &Application, effects: Option<&mut attribution::ClauseEffects>, visit: F) {
    let Application { draft, pop, ws, decisions, params } = *app;
    assert!(draft.provisions.len() <= MAX_PROVISIONS, "drafts are checked to have at most {MAX_PROVISIONS} provisions");
    assert!(decisions.u.len() >= pop.len(), "one decision word per person");
    let rules: Vec<Rule> = draft.provisions.iter().enumerate().map(|(k, p)| Rule::new(k, p, params.court[k], params.fraction[k], params.whole[k])).collect();
    let kernel = Kernel { rules: &rules, repay: Threshold32::new(params.repay), pop, ws, decisions };
    use crate::draft::Combine;
    match (effects, draft.combine) {
        (None, Combine::Cumulative) => apply_kernel(build, &kernel, visit, &mut Cumulate::default()),
        (None, Combine::FirstListed) => apply_kernel(build, &kernel, visit, &mut FirstListed::default()),
        (None, Combine::MostFavourable) => apply_kernel(build, &kernel, visit, &mut NoHook),
        (Some(effects), combine) => {
            assert_eq!(ws.exclusions.len(), draft.exclusions.len(), "exclusions evaluated one by one");
            assert_eq!(combine, Combine::MostFavourable, "attribution reads the most favourable effect; other drafts run without it");
            effects.reset(draft);
            let mut hook = attribution::Attributor::new(effects, rules.len(), ws.exclusions.len());
            apply_kernel(build, &kernel, visit, &mut hook);
            hook.done();
        }
    }
}

/// What the word kernel reads: the draft's rules with their drawn thresholds, and the
/// population with its evaluated conditions and the replicate's decisions.
pub(crate) struct Kernel<'a> {
    rules: &'a [Rule],
    repay: Threshold32,
    pop: &'a Population,
    ws: &'a Workspace,
    decisions: &'a Decisions,
}

/// One provision's candidates on paper and as obtained, for the hooks that fold them
/// into the best ones themselves ([`WordHook::PER_RULE`]).
pub(crate) struct RuleCandidates {
    paper: [u32; LANES],
    got: [u32; LANES],
}

impl Default for RuleCandidates {
    fn default() -> Self {
        RuleCandidates { paper: [0; LANES], got: [0; LANES] }
    }
}

impl RuleCandidates {
    /// Both, zeroed, for the next provision to write.
    #[inline(always)]
    fn cleared(&mut self) -> (&mut [u32; LANES], &mut [u32; LANES]) {
        self.paper.fill(0);
        self.got.fill(0);
        (&mut self.paper, &mut self.got)
    }
}

/// The hook of a draft whose special items come first ([`crate::draft::Combine::FirstListed`]):
/// each lane keeps the first candidate, in the draft's order, on paper and as obtained.
#[derive(Default)]
pub(crate) struct FirstListed {
    rule: RuleCandidates,
}

impl WordHook for FirstListed {
    const CANDIDATES: bool = false;
    const PER_RULE: bool = true;
    #[inline(always)]
    fn slot(&mut self, _: usize) -> (&mut [u32; LANES], &mut [u32; LANES]) {
        self.rule.cleared()
    }
    #[inline(always)]
    fn merge(&mut self, _rule: &Rule, paper: &mut [u32; LANES], got: &mut [u32; LANES]) {
        for j in 0..LANES {
            // An earlier item's candidate stays; 0 is "none yet".
            paper[j] = if paper[j] == 0 { self.rule.paper[j] } else { paper[j] };
            got[j] = if got[j] == 0 { self.rule.got[j] } else { got[j] };
        }
    }
}

/// The hook of a cumulative draft ([`crate::draft::Combine::Cumulative`]): keeps each
/// provision's candidates so that the cuts' days can be added up, lane by lane.
pub(crate) struct Cumulate {
    rule: RuleCandidates,
    sum_paper: [u32; LANES],
    sum_got: [u32; LANES],
}

impl Default for Cumulate {
    fn default() -> Self {
        Cumulate { rule: RuleCandidates::default(), sum_paper: [0; LANES], sum_got: [0; LANES] }
    }
}

impl Cumulate {
    /// Adds one provision's candidates to the sums when it cuts.
    #[inline(always)]
    fn add(&mut self, rule: &Rule) {
        if Word::is_cut(rule) {
            Word::add_days(&self.rule.paper, &mut self.sum_paper);
            Word::add_days(&self.rule.got, &mut self.sum_got);
        }
    }
}

/// Work done per word on the kernel's candidates: nothing for a plain application,
/// the attribution for [`apply_with`]. Static dispatch: a plain application
/// compiles to the kernel it always was.
pub(crate) trait WordHook {
    /// Whether the hook needs each provision's own candidates (else they are folded
    /// straight into the best ones).
    const CANDIDATES: bool;
    /// Whether the hook combines the provisions' candidates itself (a draft that is not
    /// most favourable): each provision's candidates go through slot 0, then
    /// [`WordHook::merge`], then [`WordHook::finish_word`].
    const PER_RULE: bool = false;
    /// Called before a word's provisions are tried.
    #[inline(always)]
    fn start_word(&mut self) {}
    /// Folds one provision's candidates (in slot 0) into the word's best ones (per-rule
    /// hooks only).
    #[inline(always)]
    fn merge(&mut self, _rule: &Rule, _paper: &mut [u32; LANES], _got: &mut [u32; LANES]) {}
    /// Last word on the best candidates once every provision is folded in (per-rule
    /// hooks only): the cumulative draft's sums.
    #[inline(always)]
    fn finish_word(&mut self, _word: &Word, _paper: &mut [u32; LANES], _got: &mut [u32; LANES]) {}
    /// Where provision slot `slot` (the `slot`-th provision reaching someone in the
    /// word) writes its candidates on paper and as obtained, zeroed.
    fn slot(&mut self, slot: usize) -> (&mut [u32; LANES], &mut [u32; LANES]);
    /// Called once per word after its candidates: `active[..n]` are the provisions
    /// that reach someone in it, `paper` the best candidates on paper, `outcomes` what
    /// the best candidates give each lane as if unexcluded.
    /// Nothing by default: only attribution reads the word.
    #[inline(always)]
    fn word(&mut self, _pop: &Population, _ws: &Workspace, _w: usize, _active: &[(u8, u64)], _paper: &[u32; LANES], _outcomes: &Outcomes) {}
}

impl WordHook for Cumulate {
    const CANDIDATES: bool = false;
    const PER_RULE: bool = true;
    #[inline(always)]
    fn start_word(&mut self) {
        self.sum_paper.fill(0);
        self.sum_got.fill(0);
    }
    #[inline(always)]
    fn slot(&mut self, _: usize) -> (&mut [u32; LANES], &mut [u32; LANES]) {
        self.rule.cleared()
    }
    #[inline(always)]
    fn merge(&mut self, rule: &Rule, paper: &mut [u32; LANES], got: &mut [u32; LANES]) {
        for j in 0..LANES {
            paper[j] = paper[j].max(self.rule.paper[j]);
            got[j] = got[j].max(self.rule.got[j]);
        }
        self.add(rule);
    }
    #[inline(always)]
    fn finish_word(&mut self, word: &Word, paper: &mut [u32; LANES], got: &mut [u32; LANES]) {
        word.cumulate(paper, &self.sum_paper);
        word.cumulate(got, &self.sum_got);
    }
}

/// The hook of a plain application.
pub(crate) struct NoHook;

impl WordHook for NoHook {
    const CANDIDATES: bool = false;
    fn slot(&mut self, _: usize) -> (&mut [u32; LANES], &mut [u32; LANES]) {
        unreachable!("a plain application keeps no candidates")
    }
}

crate::arch::multiversion! {
    /// The word kernel ([`apply_words`]) compiled once per build, run in `build`.
    pub(in crate::engine) fn apply_kernel[F: FnMut(usize, PersonResult), H: WordHook](kernel: &Kernel, visit: F, hook: &mut H) -> () = apply_words;
}

#[inline(always)]
fn apply_words<F: FnMut(usize, PersonResult), H: WordHook>(kernel: &Kernel, mut visit: F, hook: &mut H) {
    let Kernel { rules, repay, pop, ws, decisions } = *kernel;
    let mut word = Word::default();
    // Best candidate per lane, on paper and as obtained (see [`word`]).
    let mut paper = [0u32; LANES];
    let mut got = [0u32; LANES];
    let mut active = [(0u8, 0u64); MAX_PROVISIONS];
    let mut outcomes = Outcomes::default();
    for w in 0..ws.reach.words.len() {
        let reach = ws.reach.words[w];
        if reach == 0 {
            continue;
        }
        let excluded = ws.excluded.words[w];
        let base = w * LANES;
        word.load(pop, &decisions.u, base);
        paper.fill(0);
        got.fill(0);
        // Provisions outer, lanes inner; a provision that reaches nobody in the word
        // costs nothing.
        let mut n_active = 0;
        hook.start_word();
        for (k, rule) in rules.iter().enumerate() {
            let hits = ws.provisions[k].words[w];
            if hits != 0 {
                if H::PER_RULE {
                    let (p, g) = hook.slot(0);
                    word.try_rule(rule, repay, hits, p, g);
                    hook.merge(rule, &mut paper, &mut got);
                } else if H::CANDIDATES {
                    let (p, g) = hook.slot(n_active);
                    word.try_rule(rule, repay, hits, p, g);
                    for j in 0..LANES {
                        paper[j] = paper[j].max(p[j]);
                        got[j] = got[j].max(g[j]);
                    }
                    active[n_active] = (k as u8, hits);
                    n_active += 1;
                } else {
                    word.try_rule(rule, repay, hits, &mut paper, &mut got);
                }
            }
        }
        if H::PER_RULE {
            hook.finish_word(&word, &mut paper, &mut got);
        }
        // Every lane's outcome at once (vector code), as if unexcluded; the visit marks
        // the excluded: their outcome is `excluded`, no days, the provision on paper.
        outcomes.fill(&paper, &got, &word);
        let mut pending = reach;
        while pending != 0 {
            let j = pending.trailing_zeros() as usize;
            pending &= pending - 1;
            let out = excluded >> j & 1 != 0;
            let code = if out { Outcome::Excluded as u8 } else { outcomes.code[j] };
            let days_cut = if out { 0 } else { outcomes.days[j] };
            let tag = if out { paper[j] & TAG_MASK } else { outcomes.tag[j] };
            let result = PersonResult { outcome: Outcome::ALL[code as usize], days_cut, provision: (paper[j] != 0).then_some((MAX_PROVISIONS as u32 - tag) as u16) };
            visit(base + j, result);
        }
        hook.word(pop, ws, w, &active[..n_active], &paper, &outcomes);
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
