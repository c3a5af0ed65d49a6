//! The time dimension of one draft in one replicate: when each person would leave
//! custody, detention or the probation register without the amnesty, when the amnesty
//! lets them leave instead, and whether those let out early come back.
//!
//! Days count from the law's effective date; day `d` is in month `d * 48 / 1461`
//! (0-based here, 1-based in the files; a month is 30.4375 days). The rules (README,
//! "Over time"):
//! - without the amnesty a prisoner leaves at the end of the remaining term, or on
//!   parole (a share of prisoners, at a share of the term served); life never; a
//!   pre-trial detainee leaves detention at a trial date drawn uniformly within twice
//!   the spec's mean remaining detention, and a share of them then serves a prison
//!   term; a probationer leaves the register at the end of the term;
//! - the courts decide the submissions evenly over the draft's `processing_months`; a
//!   person released (or whose case is closed) leaves at the decision, a person whose
//!   term is cut at the earlier of the date without the amnesty less the cut, never
//!   before the decision;
//! - a person let out early returns to custody with the spec's monthly hazard for the
//!   status; a return before the date the person would have left anyway ends the
//!   saving there;
//! - admissions replace departures (the spec's `[flows.admissions] model = "steady"`),
//!   so the stock without the amnesty stays level and the amnesty shows as a dip and a
//!   recovery.
//!
//! Per-person uniforms come from the replicate's decision words ([`super::Decisions`]),
//! so every draft of a replicate sees the same dates (paired comparisons). Nothing
//! here allocates per person.

use crate::population::{Flags, Population};
use crate::scenario::vocab::Status;

pub use crate::scenario::param::DAYS_PER_MONTH;

/// Longest horizon a run may ask for, in months.
pub const MAX_HORIZON_MONTHS: usize = 120;

/// "Never leaves" (a life sentence), past every horizon.
pub const NEVER: u32 = u32::MAX;

/// Keys mixed into a person's decision word for each use, so the uses are independent.
const DECISION: u64 = 0x6a09_e667_f3bc_c908;
const PAROLE: u64 = 0x3c6e_f372_fe94_f82b;
const TRIAL: u64 = 0xa54f_f53a_5f1d_36f1;
const CONVICTION: u64 = 0x510e_527f_ade6_82d1;

#[inline(always)]
fn mix(u: u64, key: u64) -> u64 {
    let mut x = (u ^ key).wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// ln x for x > 0 (normal), from the exponent and a series for the mantissa m,
/// brought into [0.71, 1.42): ln m = 2 atanh z with z = (m - 1) / (m + 1), |z| < 0.18,
/// seven odd terms (error under 1e-12). Only additions, products and one division, so
/// a loop over persons stays in vector lanes (a table would need gathers), and every
/// build gives the same bits.
#[inline(always)]
fn ln(x: f64) -> f64 {
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64 - 1023;
    let m = f64::from_bits((bits & ((1 << 52) - 1)) | (1023 << 52));
    let high = m > std::f64::consts::SQRT_2;
    let (m, exponent) = (if high { m * 0.5 } else { m }, exponent + high as i64);
    let z = (m - 1.0) / (m + 1.0);
    let z2 = z * z;
    let series = 1.0 + z2 * (1.0 / 3.0 + z2 * (1.0 / 5.0 + z2 * (1.0 / 7.0 + z2 * (1.0 / 9.0 + z2 * (1.0 / 11.0 + z2 * (1.0 / 13.0))))));
    exponent as f64 * std::f64::consts::LN_2 + 2.0 * z * series
}

/// The months of a run's timeline and the day each begins. Day `d` falls in month
/// `d * 48 / 1461` (a month is 1461/48 = 30.4375 days), in whole numbers, so the
/// per-person loops compute it without a table.
#[derive(Debug, Clone)]
pub struct Horizon {
    /// Months.
    pub months: usize,
    /// Days (the end of the last month).
    pub days: usize,
}

impl Horizon {
    /// A horizon of `months` months (1 to [`MAX_HORIZON_MONTHS`]).
    pub fn new(months: usize) -> Self {
        assert!((1..=MAX_HORIZON_MONTHS).contains(&months), "horizons are checked before a run");
        Horizon { months, days: Self::start(months) }
    }

    /// The first day of month `m`: the least `d` with `d * 48 / 1461 >= m`.
    fn start(m: usize) -> usize {
        (m * 1461).div_ceil(48)
    }

    /// The month of day `d` (`None` past the horizon).
    #[inline(always)]
    pub fn month(&self, d: u32) -> Option<usize> {
        ((d as usize) < self.days).then(|| month_of(d))
    }

    /// Days `[start, end)` of month `m`.
    pub fn days_of(&self, m: usize) -> std::ops::Range<usize> {
        Self::start(m)..Self::start(m + 1)
    }
}

/// The month of day `d` (any `d` up to [`MAX_HORIZON_MONTHS`] months and a little more).
#[inline(always)]
fn month_of(d: u32) -> usize {
    (d * 48 / 1461) as usize
}

/// One replicate's flow parameters for one draft, as the per-person rules use them.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    /// Parole: `(word >> 32) < parole_threshold` (a probability times 2^32).
    pub parole_threshold: u64,
    /// Share of the term served at parole.
    pub parole_at: f64,
    /// Twice the mean remaining pre-trial detention, days.
    pub pretrial_span: f64,
    /// Mean days to a return after an early release (the inverse of the daily rate;
    /// infinite for none), per status in [`Status::ALL`] order.
    pub mean_days_to_return: [f64; 3],
    /// The courts' time to decide every submission, days.
    pub processing_days: f64,
    /// Conviction to prison at trial: `(word >> 32) < prison_threshold`.
    pub prison_threshold: u64,
    /// Days in prison after trial for those convicted to prison.
    pub prison_days: u32,
}

impl Clock {
    /// From drawn values: the parole share and point, the mean remaining pre-trial
    /// detention (days), monthly return hazards by status, and the courts' months.
    pub fn new(parole_share: f64, parole_at: f64, pretrial_mean_days: f64, monthly_return_hazard: [f64; 3], processing_months: f64) -> Self {
        Clock {
            parole_threshold: crate::random::sampling::threshold(parole_share),
            parole_at,
            pretrial_span: 2.0 * pretrial_mean_days,
            // A monthly probability h is a rate -ln(1 - h) per month (`abs` makes the rate
            // of h = 0 a positive zero, so its mean is +infinity: never).
            mean_days_to_return: monthly_return_hazard.map(|h| DAYS_PER_MONTH / (1.0 - h.clamp(0.0, 0.999_999)).ln().abs()),
            processing_days: processing_months * DAYS_PER_MONTH,
            prison_threshold: 0,
            prison_days: 0,
        }
    }

    /// With a share of pre-trial detainees convicted to prison at trial, for
    /// `prison_months` months: a case the amnesty closes then also saves that term.
    pub fn with_prison_after_trial(mut self, share: f64, prison_months: f64) -> Self {
        self.prison_threshold = crate::random::sampling::threshold(share);
        self.prison_days = crate::random::sampling::trunc_i32(prison_months * DAYS_PER_MONTH).max(0) as u32;
        self
    }

    /// The day a pre-trial detainee whose trial falls on day `b` would leave custody:
    /// `b`, or the end of the prison term after it for those convicted to prison.
    #[inline(always)]
    fn custody_end(&self, status: Status, b: u32, u: u64) -> u32 {
        let convicted = status == Status::Pretrial && mix(u, CONVICTION) >> 32 < self.prison_threshold;
        if convicted { b.saturating_add(self.prison_days) } else { b }
    }

    /// The day person `i` would leave without the amnesty ([`NEVER`] for life): the
    /// per-person path, which computes only the person's own status's rule.
    #[inline(always)]
    pub fn baseline_exit(&self, pop: &Population, i: usize, u: u64) -> u32 {
        let (sentence, served) = (pop.sentence_days[i], pop.served_days[i]);
        match pop.status[i] {
            Status::Prisoner => self.prisoner_exit(pop.flags[i].has(Flags::LIFE), sentence, served, u),
            Status::Pretrial => self.pretrial_exit(u),
            Status::Probationer => sentence.saturating_sub(served),
        }
    }

    /// [`Clock::baseline_exit`] from the person's fields, for loops over a whole
    /// population: every rule is computed and one selected by masks, which the
    /// compiler keeps as data flow (vector lanes) rather than branches.
    #[inline(always)]
    pub fn exit_of(&self, status: Status, life: bool, sentence: u32, served: u32, u: u64) -> u32 {
        let all = |c: bool| 0u32.wrapping_sub(c as u32);
        let s = status as u8;
        (self.prisoner_exit(life, sentence, served, u) & all(s == Status::Prisoner as u8))
            | (self.pretrial_exit(u) & all(s == Status::Pretrial as u8))
            | (sentence.saturating_sub(served) & all(s == Status::Probationer as u8))
    }

    /// A prisoner's day of departure: the end of the term, or parole; never for life.
    #[inline(always)]
    fn prisoner_exit(&self, life: bool, sentence: u32, served: u32, u: u64) -> u32 {
        use crate::random::sampling::trunc_i32;
        let all = |c: bool| 0u32.wrapping_sub(c as u32);
        // Terms are at most 60 years (checked at load): every value here fits an i32.
        let (sentence, served) = (sentence as i32, served as i32);
        let remaining = (sentence - served).max(0);
        let paroled = (trunc_i32(self.parole_at * sentence as f64) - served).clamp(0, remaining);
        let parole = all(mix(u, PAROLE) >> 32 < self.parole_threshold);
        (paroled as u32 & parole) | (remaining as u32 & !parole) | all(life)
    }

    /// A pre-trial detainee's day of leaving detention: the trial, drawn uniformly.
    #[inline(always)]
    fn pretrial_exit(&self, u: u64) -> u32 {
        crate::random::sampling::trunc_i32(((mix(u, TRIAL) >> 11) as i64 as f64) * (1.0 / (1u64 << 53) as f64) * self.pretrial_span) as u32
    }

    /// The day the courts decide person `i`'s submission (from the high half of the
    /// person's decision-and-return word; the low half times the return).
    #[inline(always)]
    pub fn decision(&self, u: u64) -> u32 {
        let w = mix(u, DECISION) >> 32;
        crate::random::sampling::trunc_i32(crate::random::sampling::unit(w as u32) * self.processing_days) as u32
    }

    /// Days from an early release to a return to custody (past every horizon when the
    /// hazard is 0).
    #[inline(always)]
    pub fn time_to_return(&self, status: Status, u: u64) -> u32 {
        // 1 - unit is in (0, 1]: its log is finite, and the product is at most about
        // 37 times the mean, or infinite when the hazard is 0 (bounded before the cast).
        let w = mix(u, DECISION) as u32;
        let t = -ln(1.0 - crate::random::sampling::unit(w)) * self.mean_days_to_return[status.index()];
        let t = t.min(NEVER as f64);
        // SAFETY: `t` is finite or capped, non-negative, and at most u32::MAX.
        if t.is_nan() { NEVER } else { unsafe { t.to_int_unchecked::<u32>() } }
    }
}

/// What happens without the amnesty, the same for every draft of a replicate: the stock
/// on the law's date and its departures by month.
#[derive(Debug, Clone, Default)]
pub struct Baseline {
    /// Persons on the law's date, per status.
    pub stock: [u32; 3],
    /// Departures of those persons by month, per status.
    pub exits: [Vec<u32>; 3],
    /// Interleaved histograms, reused.
    scratch: Vec<u32>,
    /// Each person's histogram cell (status, month of departure), reused.
    months: Vec<u16>,
}

impl Baseline {
    /// Counts the stock and places every person's departure in its month.
    pub fn compute(&mut self, h: &Horizon, clock: &Clock, pop: &Population, decisions: &[u64]) {
        // Every person's month of departure (`months`: beyond the horizon), computed
        // without branches in the build the processor runs best.
        self.months.resize(pop.len(), 0);
        exit_months(crate::arch::selected(), clock, h.days as u32, pop, decisions, &mut self.months);
        // Four interleaved histograms: consecutive persons rarely add to the same
        // counter, which would chain every addition on the one before.
        let width = h.months + 1;
        let lane = Status::COUNT * width;
        self.scratch.clear();
        self.scratch.resize(4 * lane, 0);
        for (i, &cell) in self.months.iter().enumerate() {
            self.scratch[(i & 3) * lane + cell as usize] += 1;
        }
        let cell = |s: usize, m: usize| (0..4).map(|lane| self.scratch[(lane * Status::COUNT + s) * width + m]).sum::<u32>();
        for (s, e) in self.exits.iter_mut().enumerate() {
            e.clear();
            e.extend((0..h.months).map(|m| cell(s, m)));
            // Everyone of the status has a cell, "beyond the horizon" included: the stock.
            self.stock[s] = (0..width).map(|m| cell(s, m)).sum();
        }
    }
}

crate::arch::multiversion! {
    /// [`exit_months_body`] compiled once per build.
    fn exit_months[](clock: &Clock, days: u32, pop: &Population, decisions: &[u64], out: &mut [u16]) -> () = exit_months_body;
}

/// Each person's histogram cell: status x (months + 1) + the month of departure without
/// the amnesty ([`Clock::baseline_exit`]), the month after the horizon's last standing
/// for "beyond".
#[inline(always)]
fn exit_months_body(clock: &Clock, days: u32, pop: &Population, decisions: &[u64], out: &mut [u16]) {
    let n = out.len();
    let width = month_of(days) as u32 + 1;
    let (status, sentence, served, flags, u) = (&pop.status[..n], &pop.sentence_days[..n], &pop.served_days[..n], &pop.flags[..n], &decisions[..n]);
    for i in 0..n {
        let exit = clock.exit_of(status[i], flags[i].has(Flags::LIFE), sentence[i], served[i], u[i]);
        out[i] = (status[i] as u32 * width + month_of(exit.min(days)) as u32) as u16;
    }
}

/// One draft's timeline in one replicate, filled by [`Timeline::add_all`] (or one
/// person at a time by [`Timeline::add`]). Each accumulator holds the three statuses
/// one after the other, each with one slot past its end (day `days + 1`, month
/// `months`) where events outside the horizon are counted and then ignored, so placing
/// a person takes no branch on where its events fall.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    /// Slots per status of the day arrays and of the month arrays.
    day_slots: usize,
    month_slots: usize,
    /// Difference array over days of persons out early (not yet returned).
    out_early: Vec<i32>,
    /// Change in departures by month against the baseline.
    exits_delta: Vec<i32>,
    /// Persons released (or cases closed) by the amnesty, by month of the decision.
    amnesty_releases: Vec<u32>,
    /// Persons let out early who return to custody, by month of the return.
    returns: Vec<u32>,
    /// Each covered person's slots, reused.
    placements: Placements,
}

/// One covered person as [`Timeline::add`] places them.
#[derive(Debug, Clone, Copy)]
pub struct CoveredPerson {
    /// Their status.
    pub status: Status,
    /// The day they would leave without the amnesty ([`Clock::baseline_exit`]).
    pub baseline_exit: u32,
    /// What the draft did.
    pub outcome: super::Outcome,
    /// Days of their term removed.
    pub days_cut: u32,
    /// Their decision word.
    pub u: u64,
}

impl Timeline {
    /// Empties the accumulators, shaped for `h`.
    pub fn clear(&mut self, h: &Horizon) {
        self.day_slots = h.days + 2;
        self.month_slots = h.months + 1;
        for (v, n) in [(&mut self.out_early, self.day_slots), (&mut self.exits_delta, self.month_slots)] {
            v.clear();
            v.resize(Status::COUNT * n, 0);
        }
        for v in [&mut self.amnesty_releases, &mut self.returns] {
            v.clear();
            v.resize(Status::COUNT * self.month_slots, 0);
        }
    }

    /// Places one covered person.
    pub fn add(&mut self, h: &Horizon, clock: &Clock, person: CoveredPerson) {
        let CoveredPerson { status, baseline_exit, outcome, days_cut, u } = person;
        let p = Placement::of(h, clock, status, baseline_exit, outcome, days_cut, u);
        self.count(&p);
    }

    #[inline(always)]
    fn count(&mut self, p: &Placement) {
        self.amnesty_releases[p.released] += 1;
        self.returns[p.returned] += 1;
        self.out_early[p.out_from] += 1;
        self.out_early[p.out_to] -= 1;
        self.out_early[p.prison_from] += 1;
        self.out_early[p.prison_to] -= 1;
        self.exits_delta[p.leaves] += 1;
        self.exits_delta[p.would_have_left] -= 1;
    }

    /// Places every covered person of a draft, as [`Timeline::add`] does one by one:
    /// the slots are computed for all of them in the build the processor runs best
    /// (vector lanes), then counted.
    pub fn add_all(&mut self, h: &Horizon, clock: &Clock, pop: &Population, decisions: &[u64], covered: &mut CoveredColumns) {
        covered.read_fields(pop, decisions);
        let mut placements = std::mem::take(&mut self.placements);
        placements.resize(covered.len);
        place_all(crate::arch::selected(), h, clock, covered, &mut placements);
        for p in placements.iter() {
            self.count(&p);
        }
        self.placements = placements;
    }

    /// Monthly figures per status in [`Status::ALL`] order, as [`Monthly`].
    pub fn monthly(&self, h: &Horizon, baseline: &Baseline, out: &mut [Monthly; 3]) {
        for (s, o) in out.iter_mut().enumerate() {
            o.clear(h.months);
            let custody = Status::ALL[s].in_custody();
            let (days, months) = (s * self.day_slots, s * self.month_slots);
            let mut missing = 0i64;
            for m in 0..h.months {
                let mut bed = 0i64;
                for d in h.days_of(m) {
                    missing += self.out_early[days + d] as i64;
                    bed += missing;
                }
                o.stock[m] = baseline.stock[s] as f64 - missing as f64;
                o.stock_without[m] = baseline.stock[s] as f64;
                o.releases[m] = baseline.exits[s][m] as f64 + self.exits_delta[months + m] as f64;
                o.amnesty_releases[m] = self.amnesty_releases[months + m] as f64;
                o.returns[m] = self.returns[months + m] as f64;
                o.bed_days_saved[m] = if custody { bed as f64 } else { 0.0 };
            }
        }
    }
}

/// The covered persons of a draft, column by column: what the engine reported (its
/// visit writes three numbers per person, so its loop stays short), then the fields
/// the timeline needs, read in one pass in person order.
#[derive(Debug, Clone, Default)]
pub struct CoveredColumns {
    /// Persons held.
    pub len: usize,
    person: Vec<u32>,
    days_cut: Vec<u32>,
    outcome: Vec<super::Outcome>,
    u: Vec<u64>,
    sentence: Vec<u32>,
    served: Vec<u32>,
    status: Vec<Status>,
    life: Vec<bool>,
}

impl CoveredColumns {
    /// Empties the columns, with room for `persons` (every person a draft can visit).
    pub fn reset(&mut self, persons: usize) {
        self.len = 0;
        let n = persons + 1;
        self.person.resize(n, 0);
        self.days_cut.resize(n, 0);
        self.outcome.resize(n, super::Outcome::NotEligible);
    }

    /// Writes person `i`'s result in the next row and keeps it if the amnesty covered
    /// them: no branch on the outcome, which the court's draw makes unpredictable.
    #[inline(always)]
    pub fn offer(&mut self, i: usize, result: &super::PersonResult) {
        let k = self.len;
        self.person[k] = i as u32;
        self.days_cut[k] = result.days_cut;
        self.outcome[k] = result.outcome;
        self.len += result.outcome.covered() as usize;
    }

    /// Reads the kept persons' fields from the population.
    fn read_fields(&mut self, pop: &Population, decisions: &[u64]) {
        let n = self.len;
        self.u.clear();
        self.sentence.clear();
        self.served.clear();
        self.status.clear();
        self.life.clear();
        // One column at a time: each a gather the compiler keeps free of capacity checks.
        let persons = &self.person[..n];
        self.u.extend(persons.iter().map(|&i| decisions[i as usize]));
        self.sentence.extend(persons.iter().map(|&i| pop.sentence_days[i as usize]));
        self.served.extend(persons.iter().map(|&i| pop.served_days[i as usize]));
        self.status.extend(persons.iter().map(|&i| pop.status[i as usize]));
        self.life.extend(persons.iter().map(|&i| pop.flags[i as usize].has(Flags::LIFE)));
    }
}

/// Every covered person's slots, column by column.
#[derive(Debug, Clone, Default)]
struct Placements {
    released: Vec<u32>,
    returned: Vec<u32>,
    out_from: Vec<u32>,
    out_to: Vec<u32>,
    prison_from: Vec<u32>,
    prison_to: Vec<u32>,
    leaves: Vec<u32>,
    would_have_left: Vec<u32>,
}

impl Placements {
    fn resize(&mut self, n: usize) {
        for v in
            [&mut self.released, &mut self.returned, &mut self.out_from, &mut self.out_to, &mut self.prison_from, &mut self.prison_to, &mut self.leaves, &mut self.would_have_left]
        {
            v.resize(n, 0);
        }
    }

    fn iter(&self) -> impl Iterator<Item = Placement> + '_ {
        (0..self.released.len()).map(|i| Placement {
            released: self.released[i] as usize,
            returned: self.returned[i] as usize,
            out_from: self.out_from[i] as usize,
            out_to: self.out_to[i] as usize,
            prison_from: self.prison_from[i] as usize,
            prison_to: self.prison_to[i] as usize,
            leaves: self.leaves[i] as usize,
            would_have_left: self.would_have_left[i] as usize,
        })
    }
}

crate::arch::multiversion! {
    /// [`place_all_body`] compiled once per build.
    fn place_all[](h: &Horizon, clock: &Clock, c: &CoveredColumns, out: &mut Placements) -> () = place_all_body;
}

#[inline(always)]
fn place_all_body(h: &Horizon, clock: &Clock, c: &CoveredColumns, out: &mut Placements) {
    let n = c.len;
    let (u, sentence, served, days_cut, status, outcome, life) = (&c.u[..n], &c.sentence[..n], &c.served[..n], &c.days_cut[..n], &c.status[..n], &c.outcome[..n], &c.life[..n]);
    let (released, returned, out_from, out_to) = (&mut out.released[..n], &mut out.returned[..n], &mut out.out_from[..n], &mut out.out_to[..n]);
    let (prison_from, prison_to, leaves, would_have_left) = (&mut out.prison_from[..n], &mut out.prison_to[..n], &mut out.leaves[..n], &mut out.would_have_left[..n]);
    for i in 0..n {
        let b = clock.exit_of(status[i], life[i], sentence[i], served[i], u[i]);
        let p = Placement::of(h, clock, status[i], b, outcome[i], days_cut[i], u[i]);
        released[i] = p.released as u32;
        returned[i] = p.returned as u32;
        out_from[i] = p.out_from as u32;
        out_to[i] = p.out_to as u32;
        prison_from[i] = p.prison_from as u32;
        prison_to[i] = p.prison_to as u32;
        leaves[i] = p.leaves as u32;
        would_have_left[i] = p.would_have_left as u32;
    }
}

/// Where one covered person's events fall: indices into the accumulators (status
/// included), the slot past a status's end standing for "no event within the horizon".
struct Placement {
    released: usize,
    returned: usize,
    out_from: usize,
    out_to: usize,
    /// A closed case's avoided prison term after trial, in the prisoners' slots.
    prison_from: usize,
    prison_to: usize,
    leaves: usize,
    would_have_left: usize,
}

impl Placement {
    #[inline(always)]
    fn of(h: &Horizon, clock: &Clock, status: Status, b: u32, outcome: super::Outcome, days_cut: u32, u: u64) -> Self {
        use super::Outcome;
        let (horizon, months) = (h.days as u32, h.months as u32);
        let s = status as u32;
        let (day0, month0) = (s * (horizon + 2), s * (months + 1));
        let month_or_none = |d: u32| month0 + if d < horizon { month_of(d) as u32 } else { months };
        let none = month0 + months;
        let decision = clock.decision(u);
        let by_decision = outcome != Outcome::Cut;
        let left = if by_decision { decision } else { decision.max(b.saturating_sub(days_cut)) };
        // Custody would have lasted to `b`, or for a pre-trial detainee convicted to
        // prison to the end of the term after trial.
        let custody_end = clock.custody_end(status, b, u);
        // Out early (and within the horizon: past it, `b` is past it too).
        let early = left < b && left < horizon;
        let back = left.saturating_add(clock.time_to_return(status, u));
        let returned = early && back < custody_end && status != Status::Probationer;
        let end = if returned { back } else { custody_end };
        // The part of the saving before `b` is in the person's own status; the prison
        // term after a trial is in the prisoners' (days 0.. of the day slots).
        let prison = early && end > b;
        Placement {
            released: (if by_decision { month_or_none(decision) } else { none }) as usize,
            returned: (if early { month_or_none(back) } else { none }) as usize,
            out_from: (day0 + if early { left } else { horizon + 1 }) as usize,
            out_to: (day0 + if early { end.min(b).min(horizon) } else { horizon + 1 }) as usize,
            prison_from: (if prison { b.min(horizon) } else { horizon + 1 }) as usize,
            prison_to: (if prison { end.min(horizon) } else { horizon + 1 }) as usize,
            leaves: (if early { month_or_none(left) } else { none }) as usize,
            // A person who returned leaves again when they would have without the amnesty.
            would_have_left: (if early && !(returned && back < b) { month_or_none(b) } else { none }) as usize,
        }
    }
}

/// One status's figures by month (0-based months), before costs.
#[derive(Debug, Clone, Default)]
pub struct Monthly {
    /// Persons at the end of the month, with the amnesty.
    pub stock: Vec<f64>,
    /// Persons at the end of the month, without it.
    pub stock_without: Vec<f64>,
    /// Departures of the stock present on the law's date, with the amnesty.
    pub releases: Vec<f64>,
    /// Persons released or whose case was closed by the amnesty.
    pub amnesty_releases: Vec<f64>,
    /// Persons let out early who returned to custody.
    pub returns: Vec<f64>,
    /// Days of custody not served (prisoners and pre-trial detainees).
    pub bed_days_saved: Vec<f64>,
}

impl Monthly {
    fn clear(&mut self, months: usize) {
        for v in [&mut self.stock, &mut self.stock_without, &mut self.releases, &mut self.amnesty_releases, &mut self.returns, &mut self.bed_days_saved] {
            v.clear();
            v.resize(months, 0.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Outcome;

    fn clock(processing_months: f64, hazard: f64) -> Clock {
        Clock::new(0.0, 0.7, 60.0, [hazard; 3], processing_months)
    }

    #[test]
    fn the_series_log_is_close_to_the_library_log() {
        for k in 1..=100_000 {
            let x = k as f64 / 100_000.0;
            assert!((ln(x) - x.ln()).abs() < 1e-12, "{x}: {} against {}", ln(x), x.ln());
        }
        assert_eq!(ln(1.0), 0.0);
        assert!((ln(f64::MIN_POSITIVE) - f64::MIN_POSITIVE.ln()).abs() < 1e-6);
    }

    #[test]
    fn months_tile_the_days() {
        let h = Horizon::new(36);
        assert_eq!(h.days, 1096);
        assert_eq!(h.month(0), Some(0));
        assert_eq!(h.month(30), Some(0));
        assert_eq!(h.month(31), Some(1));
        assert_eq!(h.month(1095), Some(35));
        assert_eq!(h.month(1096), None);
        assert_eq!((0..36).map(|m| h.days_of(m).len()).sum::<usize>(), h.days);
    }

    #[test]
    fn a_release_saves_the_days_between_the_decision_and_the_baseline_exit() {
        let h = Horizon::new(12);
        let c = clock(1e-9, 0.0);
        let mut t = Timeline::default();
        t.clear(&h);
        t.add(&h, &c, CoveredPerson { status: Status::Prisoner, baseline_exit: 100, outcome: Outcome::Released, days_cut: 100, u: 7 });
        let baseline = Baseline { stock: [10, 0, 0], exits: [vec![0; 12], vec![0; 12], vec![0; 12]], ..Default::default() };
        let mut out: [Monthly; 3] = Default::default();
        t.monthly(&h, &baseline, &mut out);
        assert_eq!(out[0].bed_days_saved.iter().sum::<f64>(), 100.0);
        assert_eq!(out[0].amnesty_releases[0], 1.0);
        assert_eq!(out[0].stock[0], 9.0);
        assert_eq!(out[0].stock[4], 10.0);
        assert_eq!(out[0].returns.iter().sum::<f64>(), 0.0);
    }

    #[test]
    fn a_cut_leaves_at_the_baseline_exit_less_the_cut_never_before_the_decision() {
        let h = Horizon::new(24);
        let c = clock(6.0, 0.0);
        let u = 12345;
        let d = c.decision(u);
        assert!(d < 6 * 31);
        let mut t = Timeline::default();
        t.clear(&h);
        // Cut of 100 days from a baseline exit at 600: leaves at 500 (after the decision).
        t.add(&h, &c, CoveredPerson { status: Status::Prisoner, baseline_exit: 600, outcome: Outcome::Cut, days_cut: 100, u });
        let mut out: [Monthly; 3] = Default::default();
        t.monthly(&h, &Baseline { stock: [1, 0, 0], ..Default::default() }.with_months(24), &mut out);
        assert_eq!(out[0].bed_days_saved.iter().sum::<f64>(), 100.0);
        // A cut longer than what remains after the decision: leaves at the decision.
        t.clear(&h);
        t.add(&h, &c, CoveredPerson { status: Status::Prisoner, baseline_exit: d + 10, outcome: Outcome::Cut, days_cut: 1000, u });
        t.monthly(&h, &Baseline { stock: [1, 0, 0], ..Default::default() }.with_months(24), &mut out);
        assert_eq!(out[0].bed_days_saved.iter().sum::<f64>(), 10.0);
    }

    #[test]
    fn probation_is_not_custody_and_returns_are_counted() {
        let h = Horizon::new(36);
        let c = clock(0.5, 0.999);
        let mut t = Timeline::default();
        t.clear(&h);
        t.add(&h, &c, CoveredPerson { status: Status::Probationer, baseline_exit: 900, outcome: Outcome::Released, days_cut: 900, u: 99 });
        let mut out: [Monthly; 3] = Default::default();
        t.monthly(&h, &Baseline::default().with_months(36), &mut out);
        assert_eq!(out[2].bed_days_saved.iter().sum::<f64>(), 0.0);
        assert_eq!(out[2].returns.iter().sum::<f64>(), 1.0);
    }

    impl Baseline {
        fn with_months(mut self, months: usize) -> Self {
            for e in &mut self.exits {
                e.resize(months, 0);
            }
            self
        }
    }
}
