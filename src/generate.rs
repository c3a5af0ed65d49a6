//! The synthetic population generator: (spec, one draw of its parameters, seed) ->
//! population. Totals by status are exact; everything else is drawn person by person
//! from the drawn shares, so the Monte Carlo sees both parameter uncertainty (across
//! replicates) and sampling noise (within one).
//!
//! Time served in a stock is length-biased: a person observed in prison on a given day
//! is more likely to hold a long sentence, and is uniformly placed within it. For a
//! log-normal term distribution of the flow, LN(mu, sigma), the length-biased stock
//! distribution is LN(mu + sigma^2, sigma); served = U x term.

use rand::RngExt;
use rand_distr::{Distribution, StandardNormal};

use crate::population::{Flags, Population};
use crate::rng::{Stream, Xoshiro256PlusPlus, stream};
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

/// Cumulative weights for inverse-CDF sampling over a handful of categories.
struct Cumulative {
    cum: Vec<f64>,
}

impl Cumulative {
    fn new(weights: impl Iterator<Item = f64>) -> Self {
        let mut acc = 0.0;
        let cum: Vec<f64> = weights
            .map(|w| {
                acc += w.max(0.0);
                acc
            })
            .collect();
        let total = acc;
        Cumulative { cum: cum.into_iter().map(|c| if total > 0.0 { c / total } else { 0.0 }).collect() }
    }

    #[inline]
    fn pick(&self, u: f64) -> usize {
        let last = self.cum.len() - 1;
        self.cum.iter().position(|c| u < *c).unwrap_or(last)
    }
}

/// Everything one status's loop needs, resolved from the draw before the loop.
struct StatusSampler<'a> {
    spec: &'a PopulationSpec,
    m: &'a StatusModel,
    gravity: Cumulative,
    /// Gravity mix for the non-life block (life terms are carved out of especially grave).
    offences: Vec<(Vec<usize>, Cumulative)>,
    life_offences: (Vec<usize>, Cumulative),
    age: Cumulative,
    /// Per gravity: (mu of ln days, sigma), already length-biased where asked.
    terms: [(f64, f64, f64, f64); Gravity::COUNT],
    p: Probabilities,
    damage_mu: f64,
}

#[derive(Clone, Copy)]
struct Probabilities {
    female: f64,
    repeat: f64,
    dangerous: f64,
    veteran: f64,
    pregnant: f64,
    mother: f64,
    single_father: f64,
    disability: f64,
    repaid: f64,
    civil_claim: f64,
    bad_conduct: f64,
    foreign: f64,
    organised: f64,
}

impl<'a> StatusSampler<'a> {
    fn new(spec: &'a PopulationSpec, m: &'a StatusModel, d: &[f64]) -> Self {
        let n = m.total as f64;
        let life = m.life as f64;
        let eg = Gravity::EspeciallyGrave.index();
        let gravity = Cumulative::new((0..Gravity::COUNT).map(|g| {
            let share = d[m.gravity + g];
            if g == eg && n > life { (share * n - life).max(0.0) / (n - life) } else { share * n / (n - life).max(1.0) }
        }));
        let offences = m
            .offences
            .iter()
            .map(|list| (list.iter().map(|(ix, _)| *ix).collect(), Cumulative::new(list.iter().map(|(_, s)| d[*s]))))
            .collect();
        let life_bit = tag_bit("life_eligible").expect("tag");
        let life_list: Vec<&(usize, usize)> =
            m.offences[eg].iter().filter(|(ix, _)| spec.catalogue.offences[*ix].tags.has(life_bit)).collect();
        let life_offences = (
            life_list.iter().map(|(ix, _)| *ix).collect(),
            Cumulative::new(life_list.iter().map(|(_, s)| d[*s].max(1e-12))),
        );
        let age = Cumulative::new((0..m.age_bands.len()).map(|k| d[m.age + k]));
        let mut terms = [(0.0, 0.0, 0.0, 0.0); Gravity::COUNT];
        if let Some(t) = &m.terms {
            for (g, term) in t.by_gravity.iter().enumerate() {
                if let Some(term) = term {
                    let median_days = (d[term.median_years] * 365.25).max(1.0);
                    let shift = if t.length_biased { term.sigma * term.sigma } else { 0.0 };
                    terms[g] = (median_days.ln() + shift, term.sigma, term.min_days as f64, term.max_days as f64);
                }
            }
        }
        StatusSampler {
            spec,
            m,
            gravity,
            offences,
            life_offences,
            age,
            terms,
            p: Probabilities {
                female: d[m.female],
                repeat: d[m.repeat],
                dangerous: d[m.dangerous],
                veteran: d[m.veteran],
                pregnant: d[m.pregnant],
                mother: d[m.mother],
                single_father: d[m.single_father],
                disability: d[m.disability],
                repaid: d[m.repaid],
                civil_claim: d[m.civil_claim],
                bad_conduct: d[m.bad_conduct],
                foreign: d[m.foreign],
                organised: d[m.organised],
            },
            damage_mu: d[m.damage_median].max(1.0).ln(),
        }
    }

    fn fill(&self, rng: &mut Xoshiro256PlusPlus, out: &mut Population, next_id: &mut u32) {
        let organised_bit = tag_bit("organised_group").expect("tag");
        let property_bit = tag_bit("property").expect("tag");
        let large_bit = tag_bit("large_scale").expect("tag");
        let large_shift = self.m.large_scale_multiplier.ln();
        let status = self.m.status;
        for k in 0..self.m.total {
            let life = k < self.m.life;
            let (gravity, offence_ix) = if life {
                let (list, cum) = &self.life_offences;
                (Gravity::EspeciallyGrave, list[cum.pick(rng.random())])
            } else {
                let g = self.gravity.pick(rng.random());
                let (list, cum) = &self.offences[g];
                (Gravity::from_index(g), list[cum.pick(rng.random())])
            };
            let offence = &self.spec.catalogue.offences[offence_ix];

            // Life sentences are never imposed on women, under-18s or men of 63+ (domain.md s.3).
            let sex = if !life && rng.random::<f64>() < self.p.female { Sex::Female } else { Sex::Male };
            let age = if life {
                rng.random_range(25..=62u8)
            } else {
                let (lo, hi) = self.m.age_bands[self.age.pick(rng.random())];
                rng.random_range(lo..=hi)
            };

            let (sentence_days, mut served_days) = if life {
                let max_served = ((age as u32 - 18) * 365).min(25 * 365);
                (0, rng.random_range(0..=max_served))
            } else if let Some((lo, hi)) = self.m.detention {
                (0, rng.random_range(lo..=hi))
            } else {
                let (mu, sigma, min, max) = self.terms[gravity.index()];
                let z: f64 = StandardNormal.sample(rng);
                let term = (mu + sigma * z).exp().clamp(min, max);
                let served = (rng.random::<f64>() * term) as u32;
                (term.round() as u32, served)
            };
            // Keep the offence at or after the age of criminal responsibility.
            let lag = if status == Status::Pretrial { served_days } else { served_days + OFFENCE_TO_TERM_DAYS };
            let max_lag = (age.saturating_sub(MIN_AGE_AT_OFFENCE) as u32) * 365;
            if lag > max_lag {
                served_days = served_days.saturating_sub(lag - max_lag);
            }
            let lag = lag.min(max_lag);
            let age_at_offence = age - (lag / 365) as u8;

            let mut tags = offence.tags;
            if gravity >= Gravity::Grave && rng.random::<f64>() < self.p.organised {
                tags.insert(organised_bit);
            }

            let recidivism = if age_at_offence >= 18 && rng.random::<f64>() < self.p.repeat {
                if rng.random::<f64>() < self.p.dangerous { Recidivism::DangerousRepeat } else { Recidivism::Repeat }
            } else {
                Recidivism::None
            };

            let female = sex == Sex::Female;
            let mut v = Vulnerability::default();
            v.set(Vulnerability::VETERAN, rng.random::<f64>() < self.p.veteran);
            v.set(Vulnerability::JUVENILE, age_at_offence < 18);
            v.set(Vulnerability::ELDERLY, is_elderly(sex, age));
            v.set(Vulnerability::PREGNANT, female && (18..=44).contains(&age) && rng.random::<f64>() < self.p.pregnant);
            v.set(Vulnerability::MOTHER, female && age < 60 && rng.random::<f64>() < self.p.mother);
            v.set(Vulnerability::SINGLE_FATHER, !female && age < 60 && rng.random::<f64>() < self.p.single_father);
            v.set(Vulnerability::DISABILITY, rng.random::<f64>() < self.p.disability);

            let mut flags = Flags::default();
            flags.set(Flags::LIFE, life);
            let damage_kzt = if tags.has(property_bit) {
                let z: f64 = StandardNormal.sample(rng);
                let shift = if tags.has(large_bit) { large_shift } else { 0.0 };
                let amount = (self.damage_mu + shift + self.m.damage_sigma * z).exp();
                let repaid = rng.random::<f64>() < self.p.repaid;
                flags.set(Flags::REPAID, repaid);
                flags.set(Flags::CIVIL_CLAIM, !repaid && rng.random::<f64>() < self.p.civil_claim);
                amount.round().max(1.0) as u64
            } else {
                0
            };
            flags.set(Flags::BAD_CONDUCT, rng.random::<f64>() < self.p.bad_conduct);
            flags.set(Flags::FOREIGN, rng.random::<f64>() < self.p.foreign);

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
