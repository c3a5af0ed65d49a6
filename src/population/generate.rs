//! The synthetic population generator: (spec, one draw of its parameters, seed) ->
//! population. Totals by status are exact; everything else is drawn person by person
//! from the drawn shares, so the Monte Carlo sees both parameter uncertainty (across
//! replicates) and sampling noise (within one).
//!
//! Time served in a stock is length-biased: a person observed in prison on a given day
//! is more likely to hold a long sentence, and is uniformly placed within it. For a
//! log-normal term distribution of the flow, LN(mu, sigma), the length-biased stock
//! distribution is LN(mu + sigma^2, sigma); served = U x term.

use crate::calendar::WHOLE_YEAR_DAYS;
use crate::population::{Flags, Population};
use crate::random::{Lanes, Stream, Xoshiro256PlusPlus, stream};

use crate::random::sampling::{Alias, QuantileTable, below_threshold, normal_cdf, scale, threshold, trunc_i32, trunc_i64, unit};
use crate::scenario::spec::{PopulationSpec, StatusModel};
use crate::scenario::vocab::{Gravity, ProbationKind, Recidivism, Sex, Status, TagSet, Vulnerability, is_elderly, tag_bit};

/// Days between the offence and the start of the term (investigation and trial), used to
/// place the offence date before the term began.
/// assumption: typical pre-trial and trial duration of about four months.
const OFFENCE_TO_TERM_DAYS: u32 = 120;
/// Age of criminal responsibility for the gravest crimes (Criminal Code art. 15).
const MIN_AGE_AT_OFFENCE: u8 = 14;

/// The age of majority: an offender younger than this at the offence is a minor (the
/// `juvenile_at_offence` flag); an adult offender was at least this old.
const ADULT_AGE: u8 = 18;

/// The longest a life prisoner is taken to have served: 25 years, after which a court
/// may consider parole from a life term (Criminal Code art. 72), so the stock of life
/// prisoners holds few who served longer. An assumption of the generator.
const LIFE_SERVED_MAX_YEARS: u32 = 25;

/// The population of replicate `replicate` of a run with seed `seed`, from that
/// replicate's parameter draw ([`PopulationSpec::parameter_draw`]): `population --seed S`
/// writes exactly what replicate 0 of `run --seed S` simulates.
pub fn replicate_population(spec: &PopulationSpec, draw: &[f64], seed: u64, replicate: u64) -> Population {
    let mut out = Population::with_capacity(spec.total());
    replicate_population_into(spec, draw, seed, replicate, &mut out);
    out
}

/// [`replicate_population`] into a reused population (the Monte Carlo's per-replicate
/// call: the columns' memory is allocated once per thread).
pub fn replicate_population_into(spec: &PopulationSpec, draw: &[f64], seed: u64, replicate: u64, out: &mut Population) {
    generate_into(spec, draw, &mut stream(seed, replicate, Stream::Population), out);
}

/// Generates into a reused population (the Monte Carlo calls this once per replicate,
/// so the columns' memory is allocated once per thread). The draws come from
/// [`Lanes`] seeded by `rng`: one set for every field but the kind of probation, and a
/// second set, seeded after the first, for the kind of probation alone (see [`SLOTS`]).
fn generate_into(spec: &PopulationSpec, draw: &[f64], rng: &mut Xoshiro256PlusPlus, out: &mut Population) {
    out.resize(spec.total());
    let mut lanes = Lanes::from_stream(rng);
    let mut kind_lanes = Lanes::from_stream(rng);
    let mut first = 0usize;
    for model in &spec.statuses {
        let sampler = StatusSampler::new(spec, model, draw);
        let n = model.total as usize;
        fill_dispatch(&sampler, &mut lanes, &mut kind_lanes, out, first, n);
        first += n;
    }
}

/// Runs [`StatusSampler::fill`] in the build [`crate::arch::selected`] names (the
/// block passes then use 512- or 256-bit registers; AVX-512 also converts amounts to
/// 64-bit integers in vector registers, which AVX2 cannot). Every build compiles the
/// same integer and float operations, so all give the same population.
fn fill_dispatch(s: &StatusSampler, lanes: &mut Lanes, kind_lanes: &mut Lanes, out: &mut Population, first: usize, n: usize) {
    fill_in(crate::arch::selected(), s, lanes, kind_lanes, out, first, n)
}

crate::arch::multiversion! {
    /// [`StatusSampler::fill`] compiled once per build, run in `build`.
    fn fill_in[](s: &StatusSampler, lanes: &mut Lanes, kind_lanes: &mut Lanes, out: &mut Population, first: usize, n: usize) -> () = fill_body;
}

#[inline(always)]
fn fill_body(s: &StatusSampler, lanes: &mut Lanes, kind_lanes: &mut Lanes, out: &mut Population, first: usize, n: usize) {
    s.fill(lanes, kind_lanes, out, first, n)
}

/// Places the offence in time and returns (days served, age at the offence), given the
/// age on the effective date, the drawn days served (elapsed on probation, detained),
/// the days from the offence to the start of the term, and whether the person may have
/// offended as a juvenile.
///
/// The offence falls `served + before_term` days before the effective date, but no
/// earlier than age 14 (the age of criminal responsibility, Criminal Code art. 15) for a
/// juvenile offender, nor earlier than 18 for anyone else: age and time served are
/// drawn apart, so without this a young adult with a long elapsed term would be a
/// juvenile offender by accident (or would have offended before 14).
///
/// Where the drawn time reaches back too far, the **time served is cut** (to zero at
/// most) until the offence falls on that birthday; the term is left as drawn, so such a
/// person has more of it remaining (and is less often reached by a rule on little time
/// left). This touches young persons with long elapsed terms: a prisoner of 20 who is
/// not a juvenile offender has served at most two years less the months before the
/// term. README's "The population" says so.
/// Ages are whole years, so the birthday is placed at whole years of
/// [`WHOLE_YEAR_DAYS`].
#[inline(always)]
fn place_offence(age: u8, served: u32, before_term: u32, juvenile: bool) -> (u32, u8) {
    let lag = served + before_term;
    let min_age = if juvenile { MIN_AGE_AT_OFFENCE } else { ADULT_AGE };
    let max_lag = (age.saturating_sub(min_age) as u32) * WHOLE_YEAR_DAYS;
    (served - lag.saturating_sub(max_lag).min(served), age - (lag.min(max_lag) / WHOLE_YEAR_DAYS) as u8)
}

/// Persons generated together: their draws are made in one burst by the lanes, then
/// each person's fields are derived and the block is copied into the columns.
const BLOCK: usize = 64;

/// 64-bit draws per person. Every person consumes the same number, each decision
/// reading a fixed half of one of them, so no draw depends on earlier persons' values.
///
/// | word | high half | low half |
/// |---|---|---|
/// | 0 | offence: alias column | offence: column or alias |
/// | 1 | age band: alias column | age band: column or alias |
/// | 2 | age within the band | female |
/// | 3 | term quantile; detention; life: served | place within the term |
/// | 4 | repeat | juvenile at offence |
/// | 5 | organised group | veteran |
/// | 6 | pregnant (women), single father (men) | mother |
/// | 7 | disability | bad conduct, persistent violator (nested) |
/// | 8 | foreign | damage quantile |
/// | 9 | repaid | civil claim |
/// | 10 | crime while serving | dangerous repeat |
///
/// The kind of probation is drawn from a second set of lanes, one word per probationer
/// (high half; the low half is spare), and only for probationers of a spec that gives
/// the shares: added last, it left every other field of every person as it was drawn
/// before, so a draft that does not read `probation_kind` gives the same counts.
const SLOTS: usize = 11;

/// One offence of a status's mix, with what the columns need from the catalogue.
#[derive(Clone, Copy)]
struct Entry {
    article: crate::scenario::vocab::ArticleCode,
    part: crate::scenario::vocab::PartCode,
    gravity: Gravity,
    group: crate::scenario::vocab::OffenceGroup,
    tags: TagSet,
    /// The damage table: 0 ordinary, 1 + k for a large-scale part whose legal threshold
    /// is the k-th distinct one (its table truncated above the threshold).
    damage_table: u8,
}

/// Everything one status's loop needs, resolved from the draw before the loop: one
/// alias table over (gravity, offence) jointly, quantile tables for terms and damage,
/// integer thresholds for yes/no draws.
struct StatusSampler<'a> {
    m: &'a StatusModel,
    /// Offences of the mix, in the order of the alias tables.
    entries: Vec<Entry>,
    /// Non-life persons: P(gravity) x P(offence | gravity), with the life terms carved
    /// out of especially grave.
    offence: Alias,
    /// Life sentences: especially grave offences tagged `life_eligible`, as indices
    /// into `entries`.
    life_offence: (Vec<usize>, Alias),
    age: Alias,
    /// Age bands as (lowest age, number of ages), in the order of `age`.
    age_bands: Vec<(u8, u32)>,
    /// Term quantiles by gravity (length-biased where the spec asks), side by side so
    /// a person's table is one offset away; `None` for a status without terms.
    terms: Option<Box<[QuantileTable; Gravity::COUNT]>>,
    /// Damage quantiles: ordinary, then one per distinct large-scale threshold (the
    /// large-scale distribution truncated below at it; an untruncated one for large-scale
    /// parts without a threshold).
    damage: Vec<QuantileTable>,
    t: Thresholds,
    organised_bit: u32,
    property_bit: u32,
    /// Whether these are probationers (everyone else's kind of probation is `none`).
    probationers: bool,
    /// Whether the kind of probation is drawn (probationers of a spec with the shares);
    /// otherwise no draw is made and every probationer serves a conditional sentence.
    draws_kind: bool,
}

/// Bernoulli thresholds (see [`threshold`]).
#[derive(Clone, Copy)]
struct Thresholds {
    female: u64,
    repeat: u64,
    dangerous: u64,
    veteran: u64,
    pregnant: u64,
    mother: u64,
    single_father: u64,
    disability: u64,
    juvenile: u64,
    repaid: u64,
    civil_claim: u64,
    /// At least [`Self::persistent_violator`], so that every persistent violator, drawn
    /// from the same half-word below the lower threshold, also has bad conduct.
    bad_conduct: u64,
    /// 0 unless the spec gives the share (prisoners only).
    persistent_violator: u64,
    /// 0 unless the spec gives the share.
    crime_while_serving: u64,
    foreign: u64,
    organised: u64,
    /// The kind of probation from one half-word `u`: restriction of freedom below
    /// `kind_conditional`, a conditional sentence below `kind_parole`, parole above; the
    /// shares' cumulative sums. Without shares, 0 and 2^32 (everyone conditional).
    kind_conditional: u64,
    kind_parole: u64,
}

/// One block's fields: views of the columns' rows for a full block, or of a scratch
/// [`BlockBuf`] for a status's last, partial block.
struct BlockOut<'p> {
    sex: &'p mut [Sex; BLOCK],
    age: &'p mut [u8; BLOCK],
    age_at_offence: &'p mut [u8; BLOCK],
    article: &'p mut [crate::scenario::vocab::ArticleCode; BLOCK],
    part: &'p mut [crate::scenario::vocab::PartCode; BLOCK],
    gravity: &'p mut [Gravity; BLOCK],
    group: &'p mut [crate::scenario::vocab::OffenceGroup; BLOCK],
    tags: &'p mut [TagSet; BLOCK],
    sentence_days: &'p mut [u32; BLOCK],
    served_days: &'p mut [u32; BLOCK],
    damage_kzt: &'p mut [u64; BLOCK],
    recidivism: &'p mut [Recidivism; BLOCK],
    vulnerability: &'p mut [Vulnerability; BLOCK],
    flags: &'p mut [Flags; BLOCK],
    probation_kind: &'p mut [ProbationKind; BLOCK],
}

/// Calls `$m!` with the names of the columns a block writes, so the views, the
/// scratch copy and the partial-block copy cannot list different columns.
macro_rules! block_columns {
    ($m:ident) => {
        $m!(sex, age, age_at_offence, article, part, gravity, group, tags, sentence_days, served_days, damage_kzt, recidivism, vulnerability, flags, probation_kind)
    };
}

/// Rows of a partial block, copied into the columns once derived.
struct BlockBuf {
    sex: [Sex; BLOCK],
    age: [u8; BLOCK],
    age_at_offence: [u8; BLOCK],
    article: [crate::scenario::vocab::ArticleCode; BLOCK],
    part: [crate::scenario::vocab::PartCode; BLOCK],
    gravity: [Gravity; BLOCK],
    group: [crate::scenario::vocab::OffenceGroup; BLOCK],
    tags: [TagSet; BLOCK],
    sentence_days: [u32; BLOCK],
    served_days: [u32; BLOCK],
    damage_kzt: [u64; BLOCK],
    recidivism: [Recidivism; BLOCK],
    vulnerability: [Vulnerability; BLOCK],
    flags: [Flags; BLOCK],
    probation_kind: [ProbationKind; BLOCK],
}

impl BlockBuf {
    fn new() -> Self {
        macro_rules! zero {
            ($($c:ident),*) => { BlockBuf { $($c: [Default::default(); BLOCK]),* } };
        }
        block_columns!(zero)
    }

    fn view(&mut self) -> BlockOut<'_> {
        macro_rules! view {
            ($($c:ident),*) => { BlockOut { $($c: &mut self.$c),* } };
        }
        block_columns!(view)
    }

    /// Copies the first `len` rows into the columns from row `first`.
    fn copy_to(&self, out: &mut Population, first: usize, len: usize) {
        macro_rules! copy {
            ($($c:ident),*) => {{ $(out.$c[first..first + len].copy_from_slice(&self.$c[..len]);)* }};
        }
        block_columns!(copy)
    }
}

/// Views of the columns' rows `first..first + BLOCK`.
#[inline(always)]
fn column_block(out: &mut Population, first: usize) -> BlockOut<'_> {
    macro_rules! view {
        ($($c:ident),*) => {
            BlockOut { $($c: (&mut out.$c[first..first + BLOCK]).try_into().expect("a full block")),* }
        };
    }
    block_columns!(view)
}

/// A status's offence mix resolved from the draw: the entries with the weights of the
/// joint (gravity, offence) alias table, the life-eligible ones apart, and the distinct
/// large-scale thresholds the damage tables are truncated at.
struct OffenceMix {
    entries: Vec<Entry>,
    weights: Vec<f64>,
    life_list: Vec<usize>,
    life_weights: Vec<f64>,
    floors: Vec<u64>,
}

impl OffenceMix {
    /// Non-life persons get P(gravity) x P(offence | gravity), with the life terms
    /// carved out of especially grave; life sentences are drawn among especially grave
    /// offences tagged `life_eligible` by their shares.
    fn new(spec: &PopulationSpec, m: &StatusModel, d: &[f64]) -> Self {
        let n = m.total as f64;
        let life = m.life as f64;
        let eg = Gravity::EspeciallyGrave.index();
        let life_bit = tag_bit("life_eligible").expect("tag");
        let large_bit = tag_bit("large_scale").expect("tag");
        let mut mix = OffenceMix { entries: Vec::new(), weights: Vec::new(), life_list: Vec::new(), life_weights: Vec::new(), floors: Vec::new() };
        for (g, list) in m.offences.iter().enumerate() {
            let count = d[m.gravity + g] * n;
            let gravity_weight = if g == eg { (count - life).max(0.0) } else { count };
            let within: f64 = list.iter().map(|(_, s)| d[*s].max(0.0)).sum();
            for (ix, slot) in list {
                let o = &spec.catalogue.offences[*ix];
                let share = d[*slot].max(0.0);
                if g == eg && o.tags.has(life_bit) {
                    mix.life_list.push(mix.entries.len());
                    mix.life_weights.push(share);
                }
                let damage_table = if o.tags.has(large_bit) { 1 + mix.floor_index(o.large_scale_min_kzt) as u8 } else { 0 };
                mix.entries.push(Entry { article: o.article, part: o.part, gravity: Gravity::from_index(g), group: o.group, tags: o.tags, damage_table });
                mix.weights.push(if within > 0.0 { gravity_weight * share / within } else { 0.0 });
            }
        }
        mix
    }

    /// The index of a large-scale threshold among the distinct ones, added if new.
    fn floor_index(&mut self, floor: u64) -> usize {
        self.floors.iter().position(|f| *f == floor).unwrap_or_else(|| {
            self.floors.push(floor);
            self.floors.len() - 1
        })
    }
}

/// Term quantile tables by gravity (length-biased where the spec asks), or `None` for
/// a status without terms.
fn term_tables(m: &StatusModel, d: &[f64]) -> Option<Box<[QuantileTable; Gravity::COUNT]>> {
    m.terms.as_ref().map(|t| {
        Box::new(std::array::from_fn(|g| match &t.by_gravity[g] {
            Some(term) => {
                let median_days = (d[term.median_years] * crate::calendar::DAYS_PER_YEAR).max(1.0);
                let shift = if t.length_biased { term.sigma * term.sigma } else { 0.0 };
                QuantileTable::lognormal(median_days.ln() + shift, term.sigma, term.min_days as f64, term.max_days as f64)
            }
            // No person of this gravity has a term (checked at load): never read.
            None => QuantileTable::constant(1.0),
        }))
    })
}

/// Damage quantile tables: ordinary, then one per distinct large-scale threshold in
/// `floors` (large-scale damage is drawn above the legal threshold, art. 3).
fn damage_tables(m: &StatusModel, floors: &[u64], damage_mu: f64, large_mu: f64) -> Vec<QuantileTable> {
    let large = QuantileTable::lognormal(large_mu, m.damage_sigma, 1.0, f64::MAX);
    let mut tables = vec![QuantileTable::lognormal(damage_mu, m.damage_sigma, 1.0, f64::MAX)];
    tables.extend(floors.iter().map(|&floor| {
        if floor == 0 {
            return large.clone();
        }
        // Large-scale damage is drawn above the legal threshold (art. 3).
        let p = normal_cdf(((floor as f64).ln() - large_mu) / m.damage_sigma.max(1e-9));
        large.truncated_below((p.clamp(0.0, 1.0 - 1e-9) * 4_294_967_296.0) as u32, floor as f64)
    }));
    tables
}

impl Thresholds {
    /// The yes/no draws' thresholds from the status's shares in the draw.
    fn new(m: &StatusModel, d: &[f64]) -> Self {
        let t = |slot: usize| threshold(d[slot]);
        let optional = |slot: Option<usize>| slot.map_or(0.0, |s| d[s]);
        let persistent = optional(m.persistent_violator);
        // Cumulative shares of (restriction of freedom, conditional, parole).
        let (kind_conditional, kind_parole) = match m.probation_kinds {
            Some(k) => (threshold(d[k]), threshold(d[k] + d[k + 1])),
            None => (0, threshold(1.0)),
        };
        Thresholds {
            female: t(m.female),
            repeat: t(m.repeat),
            // A share of repeat offenders, drawn on its own half-word: P(dangerous |
            // repeat) is the spec's share, whatever the juvenile share.
            dangerous: t(m.dangerous),
            veteran: t(m.veteran),
            pregnant: t(m.pregnant),
            mother: t(m.mother),
            single_father: t(m.single_father),
            disability: t(m.disability),
            juvenile: t(m.juvenile),
            repaid: t(m.repaid),
            civil_claim: t(m.civil_claim),
            // Persistent violators are counted within bad conduct: a draw that puts
            // them above it raises bad conduct to their share.
            bad_conduct: threshold(d[m.bad_conduct].max(persistent)),
            persistent_violator: threshold(persistent),
            crime_while_serving: threshold(optional(m.crime_while_serving)),
            foreign: t(m.foreign),
            organised: t(m.organised),
            kind_conditional,
            kind_parole,
        }
    }
}

impl<'a> StatusSampler<'a> {
    fn new(spec: &'a PopulationSpec, m: &'a StatusModel, d: &[f64]) -> Self {
        let damage_mu = d[m.damage_median].max(1.0).ln();
        let large_mu = damage_mu + m.large_scale_multiplier.ln();
        let mix = OffenceMix::new(spec, m, d);
        let age_weights: Vec<f64> = (0..m.age_bands.len()).map(|k| d[m.age + k]).collect();
        let probation = m.status == Status::Probationer;
        let draws_kind = probation && m.probation_kinds.is_some();
        StatusSampler {
            m,
            entries: mix.entries,
            offence: Alias::new(&mix.weights),
            life_offence: (mix.life_list, Alias::new(&mix.life_weights)),
            age: Alias::new(&age_weights),
            age_bands: m.age_bands.iter().map(|&(lo, hi)| (lo, (hi - lo) as u32 + 1)).collect(),
            terms: term_tables(m, d),
            damage: damage_tables(m, &mix.floors, damage_mu, large_mu),
            t: Thresholds::new(m, d),
            organised_bit: tag_bit("organised_group").expect("tag"),
            property_bit: tag_bit("property").expect("tag"),
            probationers: probation,
            draws_kind,
        }
    }

    /// Writes rows `first..first + n` (this status's persons), a block at a time.
    #[inline(always)]
    fn fill(&self, lanes: &mut Lanes, kind_lanes: &mut Lanes, out: &mut Population, first: usize, n: usize) {
        let status = self.m.status;
        out.status[first..first + n].fill(status);
        for (k, id) in out.id[first..first + n].iter_mut().enumerate() {
            *id = (first + k + 1) as u32;
        }
        let mut r = [[0u64; BLOCK]; SLOTS];
        // Stays 0 unless the kind is drawn (0 reads as conditional without shares).
        let mut k = [0u64; BLOCK];
        let mut scratch = BlockBuf::new();
        let life_count = self.m.life as usize;
        let mut start = 0;
        while start < n {
            let len = (n - start).min(BLOCK);
            lanes.fill(r.as_flattened_mut());
            if self.draws_kind {
                kind_lanes.fill(&mut k);
            }
            // Life sentences are the status's first persons.
            let life = life_count.saturating_sub(start).min(BLOCK);
            if len == BLOCK {
                self.block(&r, &k, life, &mut column_block(out, first + start));
            } else {
                self.block(&r, &k, life, &mut scratch.view());
                scratch.copy_to(out, first + start, len);
            }
            start += len;
        }
    }

    /// Derives one block's fields from its draws, one field at a time: each pass is a
    /// short loop over fixed-size arrays with no branch on the draws, which the
    /// compiler turns into vector code. The first `life` persons of the block serve
    /// life sentences and are patched by short scalar passes.
    #[inline(always)]
    fn block(&self, r: &[[u64; BLOCK]; SLOTS], k: &[u64; BLOCK], life: usize, b: &mut BlockOut<'_>) {
        let damage_table = self.offences(r, life, b);
        let female = self.sex_and_age(r, life, b);
        self.terms(r, life, b);
        self.place_offences(r, b);
        self.case_fields(r, &female, life, b);
        self.probation_kinds(k, b);
        self.damage(r, &damage_table, b);
    }
}

/// The passes of [`StatusSampler::block`], each inlined into it.
// Each pass reads and writes several arrays at the same index: an index loop says
// that more plainly than a zip of five iterators.
#[allow(clippy::needless_range_loop)]
impl StatusSampler<'_> {
    /// Offence (and with it gravity, article, group and tags): one joint draw, life
    /// sentences from their own table. Returns each person's damage table.
    #[inline(always)]
    fn offences(&self, r: &[[u64; BLOCK]; SLOTS], life: usize, b: &mut BlockOut<'_>) -> [u8; BLOCK] {
        let mut entry = [0usize; BLOCK];
        for j in 0..BLOCK {
            entry[j] = self.offence.pick_from(r[0][j]);
        }
        for j in 0..life {
            let (list, alias) = &self.life_offence;
            entry[j] = list[alias.pick_from(r[0][j])];
        }
        // The damage table per person, taken here with the rest of the entry.
        let mut damage_table = [0u8; BLOCK];
        for j in 0..BLOCK {
            let e = &self.entries[entry[j]];
            b.article[j] = e.article;
            b.part[j] = e.part;
            b.gravity[j] = e.gravity;
            b.group[j] = e.group;
            b.tags[j] = e.tags;
            damage_table[j] = e.damage_table;
        }
        damage_table
    }

    /// Sex and age. Life sentences are never imposed on women, under-18s or men of
    /// 63+ (Tengrinews via qaznews.ru). Returns who is female.
    #[inline(always)]
    fn sex_and_age(&self, r: &[[u64; BLOCK]; SLOTS], life: usize, b: &mut BlockOut<'_>) -> [bool; BLOCK] {
        let mut female = [false; BLOCK];
        for j in 0..BLOCK {
            female[j] = below_threshold(lo(r[2][j]), self.t.female);
            let (lo_age, span) = self.age_bands[self.age.pick_from(r[1][j])];
            b.age[j] = lo_age + scale(hi(r[2][j]), span) as u8;
        }
        for j in 0..life {
            female[j] = false;
            b.age[j] = 25 + scale(hi(r[2][j]), 62 - 25 + 1) as u8;
        }
        for j in 0..BLOCK {
            b.sex[j] = if female[j] { Sex::Female } else { Sex::Male };
        }
        female
    }

    /// Term and time served: detention days, a term by gravity and a place within it,
    /// or for life sentences up to 25 years since 18.
    #[inline(always)]
    fn terms(&self, r: &[[u64; BLOCK]; SLOTS], life: usize, b: &mut BlockOut<'_>) {
        if let Some((lo_d, hi_d)) = self.m.detention {
            for j in 0..BLOCK {
                b.sentence_days[j] = 0;
                b.served_days[j] = lo_d + scale(hi(r[3][j]), hi_d - lo_d + 1);
            }
        } else if let Some(terms) = &self.terms {
            for j in 0..BLOCK {
                let term = terms[b.gravity[j].index()].at(hi(r[3][j]));
                // Terms are at most 60 years: far inside i32.
                b.served_days[j] = trunc_i32(unit(lo(r[3][j])) * term) as u32;
                b.sentence_days[j] = trunc_i32(term + 0.5) as u32;
            }
        }
        for j in 0..life {
            let max_served = ((b.age[j] as u32 - ADULT_AGE as u32) * WHOLE_YEAR_DAYS).min(LIFE_SERVED_MAX_YEARS * WHOLE_YEAR_DAYS);
            b.sentence_days[j] = 0;
            b.served_days[j] = scale(hi(r[3][j]), max_served + 1);
        }
    }

    /// Places the offence no earlier than the age allows ([`place_offence`]): this cuts
    /// the time served of young persons whose drawn time would reach back too far.
    #[inline(always)]
    fn place_offences(&self, r: &[[u64; BLOCK]; SLOTS], b: &mut BlockOut<'_>) {
        let before_term = if self.m.status == Status::Pretrial { 0 } else { OFFENCE_TO_TERM_DAYS };
        for j in 0..BLOCK {
            let juvenile = below_threshold(lo(r[4][j]), self.t.juvenile) | (b.age[j] < 18);
            (b.served_days[j], b.age_at_offence[j]) = place_offence(b.age[j], b.served_days[j], before_term, juvenile);
        }
    }

    /// Case tags, recidivism, vulnerability and flags: coin flips on fixed halves.
    #[inline(always)]
    fn case_fields(&self, r: &[[u64; BLOCK]; SLOTS], female: &[bool; BLOCK], life: usize, b: &mut BlockOut<'_>) {
        let t = self.t;
        for j in 0..BLOCK {
            let (age, aao, f) = (b.age[j], b.age_at_offence[j], female[j]);
            let organised = (b.gravity[j] >= Gravity::Grave) & below_threshold(hi(r[5][j]), t.organised);
            b.tags[j].0 |= (organised as u32) << self.organised_bit;

            let repeat = (aao >= 18) & below_threshold(hi(r[4][j]), t.repeat);
            let dangerous = below_threshold(lo(r[10][j]), t.dangerous);
            b.recidivism[j] = match repeat as u8 * (1 + dangerous as u8) {
                0 => Recidivism::None,
                1 => Recidivism::Repeat,
                _ => Recidivism::DangerousRepeat,
            };

            let elderly = is_elderly(b.sex[j], age);
            let bits = (below_threshold(lo(r[5][j]), t.veteran) as u8) << Vulnerability::VETERAN
                | ((aao < 18) as u8) << Vulnerability::JUVENILE
                | (elderly as u8) << Vulnerability::ELDERLY
                | ((f & (18..=44).contains(&age) & below_threshold(hi(r[6][j]), t.pregnant)) as u8) << Vulnerability::PREGNANT
                | ((f & (age < 60) & below_threshold(lo(r[6][j]), t.mother)) as u8) << Vulnerability::MOTHER
                | ((!f & (age < 60) & below_threshold(hi(r[6][j]), t.single_father)) as u8) << Vulnerability::SINGLE_FATHER
                | (below_threshold(hi(r[7][j]), t.disability) as u8) << Vulnerability::DISABILITY;
            b.vulnerability[j] = Vulnerability(bits);

            let property = b.tags[j].has(self.property_bit);
            let repaid = property & below_threshold(hi(r[9][j]), t.repaid);
            let civil = property & !repaid & below_threshold(lo(r[9][j]), t.civil_claim);
            // One half-word, two nested thresholds: the persistent violators are the
            // lowest draws of those with bad conduct, so one implies the other.
            let conduct = lo(r[7][j]);
            // Independent of recidivism (see `crime_while_serving` in the spec).
            let while_serving = below_threshold(hi(r[10][j]), t.crime_while_serving);
            b.flags[j] = Flags(
                (Flags::REPAID * repaid as u8)
                    | (Flags::CIVIL_CLAIM * civil as u8)
                    | (Flags::BAD_CONDUCT * below_threshold(conduct, t.bad_conduct) as u8)
                    | (Flags::PERSISTENT_VIOLATOR * below_threshold(conduct, t.persistent_violator) as u8)
                    | (Flags::CRIME_WHILE_SERVING * while_serving as u8)
                    | (Flags::FOREIGN * below_threshold(hi(r[8][j]), t.foreign) as u8),
            );
        }
        for j in 0..life {
            b.flags[j].0 |= Flags::LIFE;
        }
    }

    /// The kind of probation: `none` for everyone but probationers; for them the
    /// draw's place among two cumulative thresholds (restriction of freedom, a
    /// conditional sentence, parole). The term drawn above is read
    /// as the probation term of that kind (an assumption, README's "The
    /// population"): the term of restriction of freedom, the probation period of a
    /// conditional sentence, the unserved part of the prison term at parole.
    #[inline(always)]
    fn probation_kinds(&self, k: &[u64; BLOCK], b: &mut BlockOut<'_>) {
        if !self.probationers {
            // Not probationers: the code below gives `none` whatever the draw.
            b.probation_kind.fill(ProbationKind::None);
            return;
        }
        for j in 0..BLOCK {
            let u = hi(k[j]) as u64;
            b.probation_kind[j] = match (u >= self.t.kind_conditional) as u8 + (u >= self.t.kind_parole) as u8 {
                0 => ProbationKind::RestrictionOfFreedom,
                1 => ProbationKind::Conditional,
                _ => ProbationKind::Parole,
            };
        }
    }

    /// Damage: drawn for everyone and kept only for property offences, so the same
    /// draws decide the same values without a branch on the offence.
    /// Large-scale parts draw from their threshold's truncated table (art. 3: MCI x
    /// the article's multiple, from the catalogue).
    #[inline(always)]
    fn damage(&self, r: &[[u64; BLOCK]; SLOTS], damage_table: &[u8; BLOCK], b: &mut BlockOut<'_>) {
        for j in 0..BLOCK {
            let tags = b.tags[j];
            let table = &self.damage[damage_table[j] as usize];
            // Tables are clamped to at least 1 (and KZT amounts are far below 2^63).
            let amount = trunc_i64(table.at(lo(r[8][j])) + 0.5) as u64;
            b.damage_kzt[j] = amount * tags.has(self.property_bit) as u64;
        }
    }
}

/// The high half of a draw, a 32-bit uniform of its own.
#[inline(always)]
fn hi(x: u64) -> u32 {
    (x >> 32) as u32
}

/// The low half of a draw, a 32-bit uniform of its own.
#[inline(always)]
fn lo(x: u64) -> u32 {
    x as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::stream;

    fn spec() -> PopulationSpec {
        PopulationSpec::embedded_default().expect("default spec loads")
    }

    #[test]
    fn totals_are_exact_for_many_seeds_and_draws() {
        let spec = spec();
        let mut draw = Vec::new();
        for seed in 0..20 {
            spec.draw_parameters_into(seed, 0, &mut draw);
            let pop = replicate_population(&spec, &draw, seed, 0);
            let n = pop.count_by_status();
            assert_eq!(n, [33_000, 7_000, 27_000], "seed {seed}");
            let life = pop.flags.iter().filter(|f| f.has(Flags::LIFE)).count();
            assert_eq!(life, spec.status(Status::Prisoner).life as usize);
        }
    }

    #[test]
    fn same_inputs_same_population() {
        let spec = spec();
        let draw = spec.priors.central();
        assert_eq!(replicate_population(&spec, &draw, 9, 0), replicate_population(&spec, &draw, 9, 0));
        assert_ne!(replicate_population(&spec, &draw, 9, 0), replicate_population(&spec, &draw, 10, 0));
    }

    /// Every build of the block loops this processor runs gives the baseline's persons.
    #[test]
    fn every_build_gives_the_same_population() {
        let spec = spec();
        let draw = spec.priors.central();
        let run = |build: crate::arch::Build| {
            let mut out = Population::default();
            out.resize(spec.total());
            let mut rng = stream(4, 2, Stream::Population);
            let mut lanes = Lanes::from_stream(&mut rng);
            let mut kind_lanes = Lanes::from_stream(&mut rng);
            let mut first = 0;
            for model in &spec.statuses {
                let s = StatusSampler::new(&spec, model, &draw);
                let n = model.total as usize;
                fill_in(build, &s, &mut lanes, &mut kind_lanes, &mut out, first, n);
                first += n;
            }
            out
        };
        let baseline = run(crate::arch::Build::Baseline);
        for build in crate::arch::Build::available() {
            assert!(run(build) == baseline, "the {build:?} build differs");
        }
    }

    #[test]
    fn records_are_internally_consistent() {
        let spec = spec();
        let pop = replicate_population(&spec, &spec.priors.central(), 3, 0);
        for i in 0..pop.len() {
            let p = pop.person(i);
            assert!(p.age_at_offence <= p.age && p.age_at_offence >= 14, "{p:?}");
            if p.status == Status::Pretrial || p.flags.has(Flags::LIFE) {
                assert_eq!(p.sentence_days, 0);
            } else {
                assert!(p.served_days <= p.sentence_days, "{p:?}");
            }
            if p.flags.has(Flags::LIFE) {
                assert!(p.sex == Sex::Male && p.age <= 62 && p.gravity == Gravity::EspeciallyGrave);
            }
            if p.flags.has(Flags::REPAID) {
                assert!(p.damage_kzt > 0 && !p.flags.has(Flags::CIVIL_CLAIM));
            }
            if p.flags.has(Flags::PERSISTENT_VIOLATOR) {
                assert!(p.status == Status::Prisoner && p.flags.has(Flags::BAD_CONDUCT), "{p:?}");
            }
            assert_eq!(p.vulnerability.has(Vulnerability::ELDERLY), is_elderly(p.sex, p.age));
            assert_eq!(p.probation_kind == ProbationKind::None, p.status != Status::Probationer, "{p:?}");
        }
    }

    /// Persons of `status` in `pop` for which `f` holds.
    fn count(pop: &Population, status: Status, f: impl Fn(usize) -> bool) -> f64 {
        (0..pop.len()).filter(|i| pop.status[*i] == status && f(*i)).count() as f64
    }

    /// `k` of `n` is within five standard errors of `p`.
    fn near(k: f64, n: f64, p: f64) -> bool {
        n > 0.0 && (k / n - p).abs() <= 5.0 * (p * (1.0 - p) / n).sqrt()
    }

    /// Bug fixed: the dangerous-repeat draw shared its 32 bits with the juvenile draw and
    /// its threshold was scaled by (1 - juvenile share), so P(dangerous | repeat) came
    /// out near dangerous x (1 - juvenile) (juvenile-drawn persons mostly offend as adults
    /// all the same, and were never dangerous). It is a share of repeat offenders: with
    /// half the persons drawn as juvenile offenders the share among repeat offenders
    /// must still be the spec's.
    #[test]
    fn dangerous_repeat_is_a_share_of_repeat_offenders_only() {
        let spec = spec();
        let mut draw = spec.priors.central();
        for m in &spec.statuses {
            draw[m.juvenile] = 0.5;
            draw[m.dangerous] = 0.4;
            draw[m.repeat] = 0.5;
        }
        for seed in 0..3 {
            let pop = replicate_population(&spec, &draw, seed, 0);
            for status in Status::ALL {
                let dangerous = count(&pop, status, |i| pop.recidivism[i] == Recidivism::DangerousRepeat);
                let repeat = count(&pop, status, |i| pop.recidivism[i] != Recidivism::None);
                assert!(near(dangerous, repeat, 0.4), "seed {seed} {status}: {dangerous} dangerous of {repeat} repeat offenders");
            }
        }
    }

    /// The two flags of the 2021 and 2025 exclusions: persistent violators only among
    /// prisoners and always with bad conduct; crimes while serving at their drawn share,
    /// independent of recidivism; bad conduct at its share (persistent violators within
    /// it), or raised to the persistent violators' share when a draw puts that higher.
    #[test]
    fn crime_while_serving_and_persistent_violators_follow_their_shares() {
        let spec = spec();
        for (bad, persistent) in [(0.2, 0.05), (0.03, 0.06)] {
            let mut draw = spec.priors.central();
            for m in &spec.statuses {
                draw[m.bad_conduct] = bad;
                if let Some(s) = m.persistent_violator {
                    draw[s] = persistent;
                }
                draw[m.crime_while_serving.expect("the default spec gives it")] = 0.1;
            }
            let pop = replicate_population(&spec, &draw, 5, 0);
            for status in Status::ALL {
                let n = count(&pop, status, |_| true);
                let pv = count(&pop, status, |i| pop.flags[i].has(Flags::PERSISTENT_VIOLATOR));
                let bc = count(&pop, status, |i| pop.flags[i].has(Flags::BAD_CONDUCT));
                let both = count(&pop, status, |i| pop.flags[i].has(Flags::BAD_CONDUCT) && pop.flags[i].has(Flags::PERSISTENT_VIOLATOR));
                assert_eq!(both, pv, "{status}: every persistent violator has bad conduct");
                if status == Status::Prisoner {
                    assert!(near(pv, n, persistent), "{status}: {pv} of {n}");
                    assert!(near(bc, n, f64::max(bad, persistent)), "{status}: {bc} of {n}");
                } else {
                    assert_eq!(pv, 0.0, "{status}");
                    assert!(near(bc, n, bad), "{status}: {bc} of {n}");
                }
                for repeat in [false, true] {
                    let group = count(&pop, status, |i| (pop.recidivism[i] != Recidivism::None) == repeat);
                    let cws = count(&pop, status, |i| (pop.recidivism[i] != Recidivism::None) == repeat && pop.flags[i].has(Flags::CRIME_WHILE_SERVING));
                    assert!(near(cws, group, 0.1), "{status}, repeat offender {repeat}: {cws} of {group}");
                }
            }
        }
    }

    /// A spec without the two optional shares generates nobody with either flag.
    #[test]
    fn absent_shares_mean_nobody() {
        let mut spec = spec();
        for m in &mut spec.statuses {
            m.crime_while_serving = None;
            m.persistent_violator = None;
        }
        let pop = replicate_population(&spec, &spec.priors.central(), 2, 0);
        assert!(pop.flags.iter().all(|f| !f.has(Flags::CRIME_WHILE_SERVING) && !f.has(Flags::PERSISTENT_VIOLATOR)));
        assert!(pop.flags.iter().any(|f| f.has(Flags::BAD_CONDUCT)));
    }

    /// Each probationer's kind of probation follows the drawn shares (within five standard
    /// errors), for the central shares and for a draw far from them; nobody else has one.
    #[test]
    fn probation_kinds_follow_their_shares() {
        let spec = spec();
        let slot = spec.status(Status::Probationer).probation_kinds.expect("the default spec gives the shares");
        for shares in [None, Some([0.6, 0.1, 0.3]), Some([0.0, 0.95, 0.05])] {
            let mut draw = spec.priors.central();
            if let Some(s) = shares {
                draw[slot..slot + 3].copy_from_slice(&s);
            }
            for seed in [1, 2] {
                let pop = replicate_population(&spec, &draw, seed, 0);
                let n = count(&pop, Status::Probationer, |_| true);
                for (j, kind) in ProbationKind::ALL[1..].iter().enumerate() {
                    let k = count(&pop, Status::Probationer, |i| pop.probation_kind[i] == *kind);
                    let p = draw[slot + j];
                    assert!(if p == 0.0 { k == 0.0 } else { near(k, n, p) }, "seed {seed}, {kind}: {k} of {n}, share {p}");
                }
                for status in [Status::Prisoner, Status::Pretrial] {
                    assert_eq!(count(&pop, status, |i| pop.probation_kind[i] != ProbationKind::None), 0.0, "{status}");
                }
            }
        }
    }

    /// The kind is drawn from its own lanes: a spec without the shares gives every
    /// probationer a conditional sentence and every person otherwise the same fields as
    /// the spec with them.
    #[test]
    fn the_probation_kind_leaves_every_other_draw_as_it_was() {
        let with = spec();
        let mut without = with.clone();
        for m in &mut without.statuses {
            m.probation_kinds = None;
        }
        let draw = with.parameter_draw(6, 0, false);
        let (a, mut b) = (replicate_population(&with, &draw, 6, 0), replicate_population(&without, &draw, 6, 0));
        assert!((0..b.len()).all(|i| b.probation_kind[i] == if b.status[i] == Status::Probationer { ProbationKind::Conditional } else { ProbationKind::None }));
        assert!(a.probation_kind.contains(&ProbationKind::Parole));
        b.probation_kind = a.probation_kind.clone();
        assert!(a == b, "a field other than the kind of probation changed");
    }

    /// Documented behaviour (it was silent): time served that would put the offence
    /// before 18 (before 14 for a juvenile offender) is cut; the term is not.
    #[test]
    fn young_persons_time_served_is_cut_to_fit_their_age() {
        // Nothing to cut: 30 years old, 3 years served, 120 days before the term.
        assert_eq!(place_offence(30, 3 * 365, 120, false), (3 * 365, 27));
        // 20 years old, 5 years served: the offence can reach back to 18 at most, so
        // 2 years less the 120 days before the term remain served.
        assert_eq!(place_offence(20, 5 * 365, 120, false), (2 * 365 - 120, 18));
        // The same person as a juvenile offender: back to 14 at most, nothing cut.
        assert_eq!(place_offence(20, 5 * 365, 120, true), (5 * 365, 15));
        // Age 18 exactly: nothing can have been served after an adult offence.
        assert_eq!(place_offence(18, 400, 120, false), (0, 18));
        // Under 18 today: back to 14 at most.
        assert_eq!(place_offence(15, 3 * 365, 0, true), (365, 14));

        // In a generated population: adults who are not juvenile offenders never reach
        // back before 18, and some young prisoners sit exactly at that bound (cut).
        let spec = spec();
        let pop = replicate_population(&spec, &spec.priors.central(), 4, 0);
        let mut cut = 0;
        for i in 0..pop.len() {
            let p = pop.person(i);
            if p.vulnerability.has(Vulnerability::JUVENILE) || p.flags.has(Flags::LIFE) {
                continue;
            }
            let before_term = if p.status == Status::Pretrial { 0 } else { OFFENCE_TO_TERM_DAYS };
            let bound = ((p.age as u32 - 18) * 365).saturating_sub(before_term);
            // A juvenile-drawn adult who offended at 18 may reach back up to a year more
            // (ages are whole years); everyone else stays within the bound.
            assert!(p.served_days <= bound + 364, "{p:?}");
            cut += (p.status == Status::Prisoner && p.age <= 21 && p.served_days == bound) as usize;
        }
        assert!(cut > 0, "some young prisoners have their time served cut");
    }
}
