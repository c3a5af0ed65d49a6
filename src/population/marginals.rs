//! Marginals of a population beside the spec's targets: the first check a user makes
//! that the synthetic population looks like the published figures.

use crate::i18n::{Msg, Texts};
use crate::population::{Flags, Population};
use crate::scenario::spec::{PopulationSpec, StatusModel};
use crate::scenario::vocab::{Gravity, ProbationKind, Recidivism, Sex, Status};

/// One line of the comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct MarginalRow {
    /// Status the line is about.
    pub status: Status,
    /// What is measured, in words of every language.
    pub measure: Msg,
    /// Value in the population.
    pub observed: f64,
    /// The parameter value this population was drawn with.
    pub drawn: Option<f64>,
    /// The spec's expected value (prior mean).
    pub target: Option<f64>,
    /// Whether the value is a count (printed as an integer) or a share.
    pub count: bool,
}

/// Computes the marginals of `pop` against `spec`; `draw` is the parameter vector the
/// population was generated with, if known (a loaded registry has none).
pub fn marginals(spec: &PopulationSpec, draw: Option<&[f64]>, pop: &Population) -> Vec<MarginalRow> {
    let central = spec.priors.central();
    let mut rows = Vec::new();
    for m in &spec.statuses {
        let st = m.status;
        let idx: Vec<usize> = (0..pop.len()).filter(|i| pop.status[*i] == st).collect();
        let v = StatusView { pop, draw, central: &central, m, idx };
        rows.extend(profile_rows(&v));
        rows.extend(conduct_rows(&v));
        if st == Status::Probationer {
            rows.extend(probation_rows(&v));
        }
        rows.extend(damage_and_term_rows(&v));
    }
    rows
}

/// One status's persons in the population, with the spec's model of them and the
/// parameter values their rows are compared against.
struct StatusView<'a> {
    pop: &'a Population,
    draw: Option<&'a [f64]>,
    central: &'a [f64],
    m: &'a StatusModel,
    /// The persons of the status, by index.
    idx: Vec<usize>,
}

impl StatusView<'_> {
    /// The share of the status's persons for whom `f` holds (0 when there are none).
    fn share(&self, f: &dyn Fn(usize) -> bool) -> f64 {
        let n = self.idx.len() as f64;
        if n > 0.0 { self.idx.iter().filter(|i| f(**i)).count() as f64 / n } else { 0.0 }
    }

    /// A row of the status: `slot`, when given, is the parameter the row is drawn with.
    fn row(&self, measure: Msg, observed: f64, slot: Option<usize>, count: bool) -> MarginalRow {
        MarginalRow { status: self.m.status, measure, observed, drawn: slot.and_then(|s| self.draw.map(|d| d[s])), target: slot.map(|s| self.central[s]), count }
    }
}

/// Who the persons are: how many, the gravity of their offences, sex, age, repeat
/// offending, life sentences.
fn profile_rows(v: &StatusView) -> Vec<MarginalRow> {
    let (pop, m, st, idx) = (v.pop, v.m, v.m.status, &v.idx);
    let n = idx.len() as f64;
    let mut rows = Vec::new();
    rows.push(MarginalRow { status: st, measure: Msg::new("marg-persons"), observed: n, drawn: None, target: Some(m.total as f64), count: true });
    for g in Gravity::ALL {
        rows.push(v.row(Msg::new("marg-gravity").arg("gravity", g.name()), v.share(&|i| pop.gravity[i] == g), Some(m.gravity + g.index()), false));
    }
    rows.push(v.row(Msg::new("marg-female"), v.share(&|i| pop.sex[i] == Sex::Female), Some(m.female), false));
    for (k, (lo, hi)) in m.age_bands.iter().enumerate() {
        rows.push(v.row(Msg::new("marg-age").arg("lo", lo.to_string()).arg("hi", hi.to_string()), v.share(&|i| (*lo..=*hi).contains(&pop.age[i])), Some(m.age + k), false));
    }
    let adults: Vec<usize> = idx.iter().copied().filter(|i| pop.age_at_offence[*i] >= 18).collect();
    let repeat = adults.iter().filter(|i| pop.recidivism[**i] != Recidivism::None).count() as f64 / adults.len().max(1) as f64;
    rows.push(v.row(Msg::new("marg-repeat"), repeat, Some(m.repeat), false));
    let repeaters = adults.iter().filter(|i| pop.recidivism[**i] != Recidivism::None).count();
    let dangerous = adults.iter().filter(|i| pop.recidivism[**i] == Recidivism::DangerousRepeat).count() as f64 / repeaters.max(1) as f64;
    rows.push(v.row(Msg::new("marg-dangerous"), dangerous, Some(m.dangerous), false));
    if m.life > 0 {
        let life = idx.iter().filter(|i| pop.flags[**i].has(Flags::LIFE)).count() as f64;
        rows.push(MarginalRow { status: st, measure: Msg::new("marg-life"), observed: life, drawn: None, target: Some(m.life as f64), count: true });
    }
    rows
}

/// The persons' circumstances and conduct: vulnerability, citizenship, conduct in
/// custody, crimes while serving.
fn conduct_rows(v: &StatusView) -> Vec<MarginalRow> {
    let (pop, m, st) = (v.pop, v.m, v.m.status);
    let mut rows = Vec::new();
    rows.push(v.row(Msg::new("marg-vulnerable"), v.share(&|i| pop.vulnerability[i].any()), None, false));
    rows.push(v.row(Msg::new("marg-foreign"), v.share(&|i| pop.flags[i].has(Flags::FOREIGN)), Some(m.foreign), false));
    // Persistent violators are counted within bad conduct: the generator raises bad
    // conduct to their share when a draw puts that higher, and so is it shown here.
    let with_violators = |d: &[f64]| m.persistent_violator.map_or(d[m.bad_conduct], |s| d[m.bad_conduct].max(d[s]));
    rows.push(MarginalRow {
        drawn: v.draw.map(with_violators),
        target: Some(with_violators(v.central)),
        ..v.row(Msg::new("marg-bad-conduct"), v.share(&|i| pop.flags[i].has(Flags::BAD_CONDUCT)), None, false)
    });
    if st == Status::Prisoner {
        let persistent = v.share(&|i| pop.flags[i].has(Flags::PERSISTENT_VIOLATOR));
        rows.push(v.row(Msg::new("marg-persistent"), persistent, m.persistent_violator, false));
    }
    rows.push(v.row(Msg::new("marg-crime-while-serving"), v.share(&|i| pop.flags[i].has(Flags::CRIME_WHILE_SERVING)), m.crime_while_serving, false));
    rows
}

/// The probationers' kinds of probation, beside the spec's shares of them.
fn probation_rows(v: &StatusView) -> Vec<MarginalRow> {
    let (pop, m) = (v.pop, v.m);
    let mut rows = Vec::new();
    // Shares of the kinds among probationers; a spec without them makes every
    // probationer a conditional sentence, and so is it shown.
    for (j, kind) in ProbationKind::ALL[1..].iter().enumerate() {
        let observed = v.share(&|i| pop.probation_kind[i] == *kind);
        let measure = Msg::new("marg-probation").arg("kind", kind.name());
        let Some(slot) = m.probation_kinds else {
            let fixed = (*kind == ProbationKind::Conditional) as u8 as f64;
            rows.push(MarginalRow { drawn: v.draw.map(|_| fixed), target: Some(fixed), ..v.row(measure, observed, None, false) });
            continue;
        };
        rows.push(v.row(measure, observed, Some(slot + j), false));
    }
    rows
}

/// Material damage and its repayment, then the terms (or, before trial, the time
/// detained so far).
fn damage_and_term_rows(v: &StatusView) -> Vec<MarginalRow> {
    let (pop, m, st, idx) = (v.pop, v.m, v.m.status, &v.idx);
    let mut rows = Vec::new();
    let damaged: Vec<usize> = idx.iter().copied().filter(|i| pop.damage_kzt[*i] > 0).collect();
    rows.push(v.row(Msg::new("marg-damage"), v.share(&|i| pop.damage_kzt[i] > 0), None, false));
    let repaid = damaged.iter().filter(|i| pop.flags[**i].has(Flags::REPAID)).count() as f64 / damaged.len().max(1) as f64;
    rows.push(v.row(Msg::new("marg-repaid"), repaid, Some(m.repaid), false));
    if st != Status::Pretrial {
        let terms: Vec<f64> = idx.iter().filter(|i| !pop.flags[**i].has(Flags::LIFE)).map(|i| pop.sentence_days[*i] as f64 / crate::calendar::DAYS_PER_YEAR).collect();
        let rem: Vec<f64> = idx.iter().filter(|i| !pop.flags[**i].has(Flags::LIFE)).map(|i| pop.remaining_days(*i) as f64 / crate::calendar::DAYS_PER_YEAR).collect();
        rows.push(v.row(Msg::new("marg-mean-term"), mean(&terms), None, true));
        rows.push(v.row(Msg::new("marg-mean-remaining"), mean(&rem), None, true));
    } else {
        let det: Vec<f64> = idx.iter().map(|i| pop.served_days[*i] as f64).collect();
        rows.push(v.row(Msg::new("marg-mean-detained"), mean(&det), None, true));
    }
    rows
}

fn mean(xs: &[f64]) -> f64 {
    if xs.is_empty() { 0.0 } else { xs.iter().sum::<f64>() / xs.len() as f64 }
}

/// Renders the comparison as an aligned text table, in the language of `tx`.
pub fn render(rows: &[MarginalRow], tx: &Texts) -> String {
    let fmt = |v: Option<f64>, count: bool| match v {
        None => "-".to_string(),
        Some(v) if count && v.fract() == 0.0 => format!("{v:.0}"),
        Some(v) if count => tx.number(v, 2),
        Some(v) => format!("{}%", tx.number(v * 100.0, 1)),
    };
    let heads = [tx.t("marg-col-population"), tx.t("marg-col-drawn"), tx.t("marg-col-spec")];
    let width = heads.iter().map(|h| h.chars().count()).max().unwrap_or(12).max(12);
    let mut out = tx.f("marg-columns", &[("population", heads[0].as_str().into()), ("drawn", heads[1].as_str().into()), ("spec", heads[2].as_str().into())]);
    out.push('\n');
    let mut last = None;
    for r in rows {
        if last != Some(r.status) {
            out.push_str(&format!("\n{:<40} {:>width$} {:>width$} {:>width$}\n", format!("[{}]", tx.label("status", r.status.name())), heads[0], heads[1], heads[2]));
            last = Some(r.status);
        }
        let measure = r.measure.render(tx);
        out.push_str(&format!("{measure:<40} {:>width$} {:>width$} {:>width$}\n", fmt(Some(r.observed), r.count), fmt(r.drawn, r.count), fmt(r.target, r.count)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::population::generate::replicate_population;

    #[test]
    fn shares_match_the_drawn_parameters_within_sampling_tolerance() {
        let spec = PopulationSpec::embedded_default().unwrap();
        for seed in [1, 2, 3] {
            let draw = spec.parameter_draw(seed, 0, false);
            let pop = replicate_population(&spec, &draw, seed, 0);
            for r in marginals(&spec, Some(&draw), &pop) {
                let Some(p) = r.drawn else { continue };
                if r.count {
                    continue;
                }
                // Shares of a subgroup are measured on fewer persons.
                let n = if r.measure.to_string().starts_with("dangerous repeat") {
                    (0..pop.len()).filter(|i| pop.status[*i] == r.status && pop.recidivism[*i] != Recidivism::None).count() as f64
                } else {
                    spec.status(r.status).total as f64
                };
                // 5 standard errors, plus the small shift from life terms (always male,
                // ages 25-62) which sit outside the drawn sex and age mixes.
                let tol = 5.0 * (p * (1.0 - p) / n).sqrt() + 0.007;
                assert!((r.observed - p).abs() <= tol, "seed {seed} {} {}: {} vs {}", r.status, r.measure, r.observed, p);
            }
        }
    }
}
