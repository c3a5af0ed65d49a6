//! The synthetic population generator: (spec, one draw of its parameters, seed) ->
//! population. Totals by status are exact; everything else is drawn person by person
//! from the drawn shares, so the Monte Carlo sees both parameter uncertainty (across
//! replicates) and sampling noise (within one).
//!
//! Time served in a stock is length-biased: a person observed in prison on a given day
//! is more likely to hold a long sentence, and is uniformly placed within it. For a
//! log-normal term distribution of the flow, LN(mu, sigma), the length-biased stock
//! distribution is LN(mu + sigma^2, sigma); served = U x term.

use crate::population::{Flags, Population};
use crate::rng::{Stream, Xoshiro256PlusPlus, stream};
use rand::Rng;

use crate::sampling::{Alias, QuantileTable, below_threshold, scale, threshold, unit};
use crate::spec::{PopulationSpec, StatusModel};
use crate::vocab::{
    Gravity, Recidivism, Sex, Status, Vulnerability, is_elderly, tag_bit,
};

/// Days between the offence and the start of the term (investigation and trial), used to
/// place the offence date before the term began.
/// assumption: typical pre-trial and trial duration of about four months.
const OFFENCE_TO_TERM_DAYS: u32 = 120;
/// Age of criminal responsibility for the gravest crimes (Criminal Code art. 15).
const MIN_AGE_AT_OFFENCE: u8 = 14;

/// Generates a whole population from one parameter draw and a seed.
pub fn generate(spec: &PopulationSpec, draw: &[f64], seed: u64) -> Population {
    let mut rng = stream(seed, 0, Stream::Population);
    let mut out = Population::with_capacity(spec.total());
    generate_into(spec, draw, &mut rng, &mut out);
    out
}

/// Generates into a reused population (the Monte Carlo calls this once per replicate,
/// so the columns' memory is allocated once per thread).
pub fn generate_into(spec: &PopulationSpec, draw: &[f64], rng: &mut Xoshiro256PlusPlus, out: &mut Population) {
    out.clear();
    let mut next_id = 1u32;
    for model in &spec.statuses {
        StatusSampler::new(spec, model, draw).fill(rng, out, &mut next_id);
    }
}

/// Everything one status's loop needs, resolved from the draw before the loop: alias
/// tables for categories, quantile tables for terms and damage, integer thresholds for
/// yes/no draws.
struct StatusSampler<'a> {
    spec: &'a PopulationSpec,
    m: &'a StatusModel,
    /// Gravity mix for the non-life block (life terms are carved out of especially grave).
    gravity: Alias,
    offences: Vec<(Vec<usize>, Alias)>,
    life_offences: (Vec<usize>, Alias),
    age: Alias,
    /// Term in days by gravity (length-biased where the spec asks).
    terms: Vec<Option<QuantileTable>>,
    damage: QuantileTable,
    damage_large: QuantileTable,
    t: Thresholds,
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
    repaid: u64,
    civil_claim: u64,
    bad_conduct: u64,
    foreign: u64,
    organised: u64,
}

impl<'a> StatusSampler<'a> {
    fn new(spec: &'a PopulationSpec, m: &'a StatusModel, d: &[f64]) -> Self {
        let n = m.total as f64;
        let life = m.life as f64;
        let eg = Gravity::EspeciallyGrave.index();
        let gravity_weights: Vec<f64> = (0..Gravity::COUNT)
            .map(|g| {
                let count = d[m.gravity + g] * n;
                if g == eg { (count - life).max(0.0) } else { count }
            })
            .collect();
        let offences = m
            .offences
            .iter()
            .map(|list| {
                let weights: Vec<f64> = list.iter().map(|(_, s)| d[*s]).collect();
                (list.iter().map(|(ix, _)| *ix).collect(), Alias::new(&weights))
            })
            .collect();
        let life_bit = tag_bit("life_eligible").expect("tag");
        let life_list: Vec<&(usize, usize)> =
            m.offences[eg].iter().filter(|(ix, _)| spec.catalogue.offences[*ix].tags.has(life_bit)).collect();
        let life_weights: Vec<f64> = life_list.iter().map(|(_, s)| d[*s]).collect();
        let life_offences = (life_list.iter().map(|(ix, _)| *ix).collect(), Alias::new(&life_weights));
        let age_weights: Vec<f64> = (0..m.age_bands.len()).map(|k| d[m.age + k]).collect();
        let terms = match &m.terms {
            None => vec![None; Gravity::COUNT],
            Some(t) => t
                .by_gravity
                .iter()
                .map(|term| {
                    term.as_ref().map(|term| {
                        let median_days = (d[term.median_years] * 365.25).max(1.0);
                        let shift = if t.length_biased { term.sigma * term.sigma } else { 0.0 };
                        QuantileTable::lognormal(median_days.ln() + shift, term.sigma, term.min_days as f64, term.max_days as f64)
                    })
                })
                .collect(),
        };
        let damage_mu = d[m.damage_median].max(1.0).ln();
        let large_mu = damage_mu + m.large_scale_multiplier.ln();
        let t = |slot: usize| threshold(d[slot]);
        StatusSampler {
            spec,
            m,
            gravity: Alias::new(&gravity_weights),
            offences,
            life_offences,
            age: Alias::new(&age_weights),
            terms,
            damage: QuantileTable::lognormal(damage_mu, m.damage_sigma, 1.0, f64::MAX),
            damage_large: QuantileTable::lognormal(large_mu, m.damage_sigma, 1.0, f64::MAX),
            t: Thresholds {
                female: t(m.female),
                repeat: t(m.repeat),
                dangerous: t(m.dangerous),
                veteran: t(m.veteran),
                pregnant: t(m.pregnant),
                mother: t(m.mother),
                single_father: t(m.single_father),
                disability: t(m.disability),
                repaid: t(m.repaid),
                civil_claim: t(m.civil_claim),
                bad_conduct: t(m.bad_conduct),
                foreign: t(m.foreign),
                organised: t(m.organised),
            },
        }
    }

    fn fill(&self, rng: &mut Xoshiro256PlusPlus, out: &mut Population, next_id: &mut u32) {
        let organised_bit = tag_bit("organised_group").expect("tag");
        let property_bit = tag_bit("property").expect("tag");
        let large_bit = tag_bit("large_scale").expect("tag");
        let status = self.m.status;
        let t = self.t;
        let n = self.m.total as usize;
        let c = Columns::extend(out, n);
        let first_id = *next_id;
        *next_id += self.m.total;
        for k in 0..self.m.total {
            // Every person consumes the same eleven 64-bit draws, each decision reading a
            // fixed half: no branch depends on how many numbers earlier persons used.
            let mut r = [0u64; SLOTS];
            for x in r.iter_mut() {
                *x = rng.next_u64();
            }
            let hi = |x: u64| (x >> 32) as u32;
            let lo = |x: u64| x as u32;
            let life = k < self.m.life;
            let (gravity, offence_ix) = if life {
                let (list, alias) = &self.life_offences;
                (Gravity::EspeciallyGrave, list[alias.pick_from(r[0])])
            } else {
                let g = self.gravity.pick_from(r[0]);
                let (list, alias) = &self.offences[g];
                (Gravity::from_index(g), list[alias.pick_from(r[1])])
            };
            let offence = &self.spec.catalogue.offences[offence_ix];

            // Life sentences are never imposed on women, under-18s or men of 63+ (domain.md s.3).
            let female = !life & below_threshold(lo(r[3]), t.female);
            let sex = Sex::from_index(female as usize);
            let age = if life {
                25 + scale(hi(r[3]), 62 - 25 + 1) as u8
            } else {
                let (lo_age, hi_age) = self.m.age_bands[self.age.pick_from(r[2])];
                lo_age + scale(hi(r[3]), (hi_age - lo_age) as u32 + 1) as u8
            };

            let (sentence_days, mut served_days) = if life {
                let max_served = ((age as u32 - 18) * 365).min(25 * 365);
                (0, scale(hi(r[4]), max_served + 1))
            } else if let Some((lo_d, hi_d)) = self.m.detention {
                (0, lo_d + scale(hi(r[4]), hi_d - lo_d + 1))
            } else {
                let term = self.terms[gravity.index()].as_ref().expect("checked at load").at(unit(hi(r[4])));
                let served = (unit(lo(r[4])) * term) as u32;
                ((term + 0.5) as u32, served)
            };
            // Keep the offence at or after the age of criminal responsibility.
            let lag = if status == Status::Pretrial { served_days } else { served_days + OFFENCE_TO_TERM_DAYS };
            let max_lag = (age.saturating_sub(MIN_AGE_AT_OFFENCE) as u32) * 365;
            if lag > max_lag {
                served_days = served_days.saturating_sub(lag - max_lag);
            }
            let age_at_offence = age - (lag.min(max_lag) / 365) as u8;

            let mut tags = offence.tags;
            tags.0 |= (((gravity >= Gravity::Grave) & below_threshold(hi(r[6]), t.organised)) as u32) << organised_bit;

            let repeat = (age_at_offence >= 18) & below_threshold(hi(r[5]), t.repeat);
            let dangerous = below_threshold(lo(r[5]), t.dangerous);
            // none = 0, repeat = 1, dangerous repeat = 2, without a branch on the draws.
            let recidivism = Recidivism::from_index(repeat as usize * (1 + dangerous as usize));

            let mut v = Vulnerability::default();
            v.set(Vulnerability::VETERAN, below_threshold(lo(r[6]), t.veteran));
            v.set(Vulnerability::JUVENILE, age_at_offence < 18);
            v.set(Vulnerability::ELDERLY, is_elderly(sex, age));
            v.set(Vulnerability::PREGNANT, female & (18..=44).contains(&age) & below_threshold(hi(r[7]), t.pregnant));
            v.set(Vulnerability::MOTHER, female & (age < 60) & below_threshold(lo(r[7]), t.mother));
            v.set(Vulnerability::SINGLE_FATHER, !female & (age < 60) & below_threshold(hi(r[7]), t.single_father));
            v.set(Vulnerability::DISABILITY, below_threshold(hi(r[8]), t.disability));

            let mut flags = Flags::default();
            flags.set(Flags::LIFE, life);
            // Damage is drawn for everyone and kept only for property offences: the same
            // draws decide the same values, without a branch on the offence.
            let property = tags.has(property_bit);
            let table = if tags.has(large_bit) { &self.damage_large } else { &self.damage };
            let amount = (table.at(unit(lo(r[9]))) + 0.5) as u64;
            let repaid = property & below_threshold(hi(r[10]), t.repaid);
            flags.set(Flags::REPAID, repaid);
            flags.set(Flags::CIVIL_CLAIM, property & !repaid & below_threshold(lo(r[10]), t.civil_claim));
            let damage_kzt = amount * property as u64;
            flags.set(Flags::BAD_CONDUCT, below_threshold(lo(r[8]), t.bad_conduct));
            flags.set(Flags::FOREIGN, below_threshold(hi(r[9]), t.foreign));

            let j = k as usize;
            c.id[j] = first_id + k;
            c.status[j] = status;
            c.sex[j] = sex;
            c.age[j] = age;
            c.age_at_offence[j] = age_at_offence;
            c.article[j] = offence.article;
            c.part[j] = offence.part;
            c.gravity[j] = gravity;
            c.group[j] = offence.group;
            c.tags[j] = tags;
            c.sentence_days[j] = sentence_days;
            c.served_days[j] = served_days;
            c.damage_kzt[j] = damage_kzt;
            c.recidivism[j] = recidivism;
            c.vulnerability[j] = v;
            c.flags[j] = flags;
        }
    }
}

/// The columns' newly added rows as plain slices: writing by index into slices keeps
/// their pointers in registers, where sixteen `Vec::push` calls would reload each
/// vector's length and capacity for every person.
struct Columns<'a> {
    id: &'a mut [u32],
    status: &'a mut [Status],
    sex: &'a mut [Sex],
    age: &'a mut [u8],
    age_at_offence: &'a mut [u8],
    article: &'a mut [crate::vocab::ArticleCode],
    part: &'a mut [u8],
    gravity: &'a mut [Gravity],
    group: &'a mut [crate::vocab::OffenceGroup],
    tags: &'a mut [crate::vocab::TagSet],
    sentence_days: &'a mut [u32],
    served_days: &'a mut [u32],
    damage_kzt: &'a mut [u64],
    recidivism: &'a mut [Recidivism],
    vulnerability: &'a mut [Vulnerability],
    flags: &'a mut [Flags],
}

impl<'a> Columns<'a> {
    /// Grows every column by `n` default rows and returns those rows.
    fn extend(out: &'a mut Population, n: usize) -> Self {
        fn grow<T: Default + Clone>(v: &mut Vec<T>, n: usize) -> &mut [T] {
            let start = v.len();
            v.resize(start + n, T::default());
            &mut v[start..]
        }
        Columns {
            id: grow(&mut out.id, n),
            status: grow(&mut out.status, n),
            sex: grow(&mut out.sex, n),
            age: grow(&mut out.age, n),
            age_at_offence: grow(&mut out.age_at_offence, n),
            article: grow(&mut out.article, n),
            part: grow(&mut out.part, n),
            gravity: grow(&mut out.gravity, n),
            group: grow(&mut out.group, n),
            tags: grow(&mut out.tags, n),
            sentence_days: grow(&mut out.sentence_days, n),
            served_days: grow(&mut out.served_days, n),
            damage_kzt: grow(&mut out.damage_kzt, n),
            recidivism: grow(&mut out.recidivism, n),
            vulnerability: grow(&mut out.vulnerability, n),
            flags: grow(&mut out.flags, n),
        }
    }
}

/// 64-bit draws per person.
const SLOTS: usize = 11;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rng::stream;

    fn spec() -> PopulationSpec {
        PopulationSpec::embedded().expect("default spec loads")
    }

    #[test]
    fn totals_are_exact_for_many_seeds_and_draws() {
        let spec = spec();
        let mut draw = Vec::new();
        for seed in 0..20 {
            spec.priors.draw(&mut stream(seed, 0, Stream::Parameters), &mut draw);
            let pop = generate(&spec, &draw, seed);
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
        assert_eq!(generate(&spec, &draw, 9), generate(&spec, &draw, 9));
        assert_ne!(generate(&spec, &draw, 9), generate(&spec, &draw, 10));
    }

    #[test]
    fn records_are_internally_consistent() {
        let spec = spec();
        let pop = generate(&spec, &spec.priors.central(), 3);
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
            assert_eq!(p.vulnerability.has(Vulnerability::ELDERLY), is_elderly(p.sex, p.age));
        }
    }
}
