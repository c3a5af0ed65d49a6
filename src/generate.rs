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
use crate::sampling::{Alias, Bits, QuantileTable, threshold};
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
        let mut bits = Bits::new(rng);
        for k in 0..self.m.total {
            let life = k < self.m.life;
            let (gravity, offence_ix) = if life {
                let (list, alias) = &self.life_offences;
                (Gravity::EspeciallyGrave, list[alias.pick(&mut bits)])
            } else {
                let g = self.gravity.pick(&mut bits);
                let (list, alias) = &self.offences[g];
                (Gravity::from_index(g), list[alias.pick(&mut bits)])
            };
            let offence = &self.spec.catalogue.offences[offence_ix];

            // Life sentences are never imposed on women, under-18s or men of 63+ (domain.md s.3).
            let sex = if !life && bits.bernoulli(t.female) { Sex::Female } else { Sex::Male };
            let age = if life {
                25 + bits.below(62 - 25 + 1) as u8
            } else {
                let (lo, hi) = self.m.age_bands[self.age.pick(&mut bits)];
                lo + bits.below((hi - lo) as u32 + 1) as u8
            };

            let (sentence_days, mut served_days) = if life {
                let max_served = ((age as u32 - 18) * 365).min(25 * 365);
                (0, bits.below(max_served + 1))
            } else if let Some((lo, hi)) = self.m.detention {
                (0, lo + bits.below(hi - lo + 1))
            } else {
                let term = self.terms[gravity.index()].as_ref().expect("checked at load").sample(&mut bits);
                let served = (bits.unit() * term) as u32;
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
            if gravity >= Gravity::Grave && bits.bernoulli(t.organised) {
                tags.insert(organised_bit);
            }

            let recidivism = if age_at_offence >= 18 && bits.bernoulli(t.repeat) {
                if bits.bernoulli(t.dangerous) { Recidivism::DangerousRepeat } else { Recidivism::Repeat }
            } else {
                Recidivism::None
            };

            let female = sex == Sex::Female;
            let mut v = Vulnerability::default();
            v.set(Vulnerability::VETERAN, bits.bernoulli(t.veteran));
            v.set(Vulnerability::JUVENILE, age_at_offence < 18);
            v.set(Vulnerability::ELDERLY, is_elderly(sex, age));
            if female {
                v.set(Vulnerability::PREGNANT, (18..=44).contains(&age) && bits.bernoulli(t.pregnant));
                v.set(Vulnerability::MOTHER, age < 60 && bits.bernoulli(t.mother));
            } else {
                v.set(Vulnerability::SINGLE_FATHER, age < 60 && bits.bernoulli(t.single_father));
            }
            v.set(Vulnerability::DISABILITY, bits.bernoulli(t.disability));

            let mut flags = Flags::default();
            flags.set(Flags::LIFE, life);
            let damage_kzt = if tags.has(property_bit) {
                let table = if tags.has(large_bit) { &self.damage_large } else { &self.damage };
                let amount = table.sample(&mut bits);
                let repaid = bits.bernoulli(t.repaid);
                flags.set(Flags::REPAID, repaid);
                flags.set(Flags::CIVIL_CLAIM, !repaid && bits.bernoulli(t.civil_claim));
                (amount + 0.5) as u64
            } else {
                0
            };
            flags.set(Flags::BAD_CONDUCT, bits.bernoulli(t.bad_conduct));
            flags.set(Flags::FOREIGN, bits.bernoulli(t.foreign));

            out.id.push(*next_id);
            *next_id += 1;
            out.status.push(status);
            out.sex.push(sex);
            out.age.push(age);
            out.age_at_offence.push(age_at_offence);
            out.article.push(offence.article);
            out.part.push(offence.part);
            out.gravity.push(gravity);
            out.group.push(offence.group);
            out.tags.push(tags);
            out.sentence_days.push(sentence_days);
            out.served_days.push(served_days);
            out.damage_kzt.push(damage_kzt);
            out.recidivism.push(recidivism);
            out.vulnerability.push(v);
            out.flags.push(flags);
        }
    }
}

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
