//! Calibration: approximate Bayesian computation (ABC rejection) of the population
//! spec's uncertain parameters against published figures.
//!
//! Each draw takes every parameter from its prior, generates a population, applies the
//! draft, and compares the totals with the targets. The draws closest to the targets
//! are kept; their parameters are the posterior sample, summarised back into the spec's
//! own distribution families (Beta by moments, uniform ranges, Dirichlet means and
//! concentration) and written as a calibrated spec that records how it was made.

pub mod targets;

use crate::draft::Draft;
use crate::error::{Error, Result};
use crate::montecarlo::{PopulationSource, RunConfig, run};
use crate::scenario::param::{Dist, ParamName};
use crate::scenario::spec::PopulationSpec;
use crate::summary::stats::quantile_sorted;
use targets::Targets;

/// The outcome of an ABC run.
#[derive(Debug, Clone)]
pub struct Abc {
    /// Spec parameter names (the posterior's columns).
    pub names: Vec<ParamName>,
    /// Per draw: the spec parameters.
    pub params: Vec<Vec<f64>>,
    /// The draft's parameter names (court grants, repayment, open cut fractions).
    pub draft_names: Vec<ParamName>,
    /// Per draw: the draft's parameters, drawn from its priors.
    pub draft_params: Vec<Vec<f64>>,
    /// Per draw: the simulated value of each target.
    pub sims: Vec<Vec<f64>>,
    /// Per draw: the distance to the targets.
    pub distance: Vec<f64>,
    /// Indices of the accepted draws, closest first.
    pub accepted: Vec<usize>,
    /// Draws whose every target lies within its tolerance.
    pub within_tolerance: usize,
    /// Seconds spent simulating.
    pub seconds: f64,
}

/// Runs ABC rejection: `draws` draws from the priors, keeping the closest `accept`
/// fraction. Deterministic for a seed, whatever the thread count.
pub fn abc(spec: &PopulationSpec, draft: &Draft, targets: &Targets, draws: u64, accept: f64, seed: u64, threads: usize) -> Result<Abc> {
    if !(accept > 0.0 && accept <= 1.0) {
        return Err(Error::request(crate::error::Setting::Accept, accept, crate::i18n::Msg::new("calibrate-accept")));
    }
    let config = RunConfig { progress: Some("calibration draws"), ..RunConfig::headline_only(draws, seed, threads) };
    let result = run(spec, &PopulationSource::Synthetic, std::slice::from_ref(draft), &config)?;
    let t = &result.replicates;
    let n_spec = spec.priors.len();
    let columns: Vec<Vec<usize>> = targets
        .targets
        .iter()
        .map(|target| {
            target
                .columns(&draft.id)
                .iter()
                .map(|c| t.columns.iter().position(|x| x == c).ok_or_else(|| Error::invalid(&targets.path, format!("no column {c} in the run"))))
                .collect::<Result<Vec<_>>>()
        })
        .collect::<Result<_>>()?;
    let sims: Vec<Vec<f64>> = t.rows.iter().map(|r| columns.iter().map(|cs| cs.iter().map(|c| r[*c]).sum()).collect()).collect();
    let distance: Vec<f64> = sims.iter().map(|s| distance(s, targets)).collect();
    let within_tolerance = sims.iter().filter(|s| s.iter().zip(&targets.targets).all(|(x, t)| !t.fitted || t.miss(*x).abs() <= 1.0)).count();
    let mut order: Vec<usize> = (0..sims.len()).collect();
    order.sort_by(|a, b| distance[*a].total_cmp(&distance[*b]).then(a.cmp(b)));
    let keep = ((draws as f64 * accept).ceil() as usize).clamp(2.min(sims.len()), sims.len());
    order.truncate(keep);
    Ok(Abc {
        names: spec.priors.names().to_vec(),
        params: t.rows.iter().map(|r| r[..n_spec].to_vec()).collect(),
        draft_names: draft.priors.names().to_vec(),
        draft_params: t.rows.iter().map(|r| r[n_spec..n_spec + draft.priors.len()].to_vec()).collect(),
        sims,
        distance,
        accepted: order,
        within_tolerance,
        seconds: result.seconds,
    })
}

/// Weighted root mean square of the fitted targets' misses in units of their
/// tolerance ([`targets::Target::miss`]: a bound that is met is no miss), each weighted
/// by its file's weight.
pub fn distance(sim: &[f64], targets: &Targets) -> f64 {
    let (mut sum, mut weight) = (0.0, 0.0);
    for (x, t) in sim.iter().zip(&targets.targets).filter(|(_, t)| t.fitted) {
        sum += t.weight * t.miss(*x).powi(2);
        weight += t.weight;
    }
    (sum / if weight > 0.0 { weight } else { 1.0 }).sqrt()
}

/// Quantiles of a column over a set of draws.
pub fn quantiles(values: impl Iterator<Item = f64>, probs: &[f64]) -> Vec<f64> {
    let mut v: Vec<f64> = values.collect();
    v.sort_by(f64::total_cmp);
    probs.iter().map(|p| quantile_sorted(&v, *p)).collect()
}

/// One target's fit before and after calibration.
#[derive(Debug, Clone)]
pub struct Fit {
    /// Target name.
    pub name: String,
    /// Published value.
    pub value: f64,
    /// Tolerance.
    pub tolerance: f64,
    /// Prior predictive 5%, 50%, 95%.
    pub before: [f64; 3],
    /// Posterior predictive (accepted draws) 5%, 50%, 95%.
    pub after: [f64; 3],
    /// Whether the target was fitted (or only reported).
    pub fitted: bool,
    /// The target itself, for its label and its consistency rule.
    pub target: targets::Target,
}

impl Fit {
    /// The target's name as tables show it.
    pub fn label(&self) -> String {
        self.target.label()
    }
}

/// Fit of every target, before (all draws) and after (accepted draws).
pub fn fits(abc: &Abc, targets: &Targets) -> Vec<Fit> {
    targets
        .targets
        .iter()
        .enumerate()
        .map(|(k, t)| {
            let q = |idx: &mut dyn Iterator<Item = usize>| {
                let v = quantiles(idx.map(|i| abc.sims[i][k]), &[0.05, 0.5, 0.95]);
                [v[0], v[1], v[2]]
            };
            Fit {
                name: t.name.clone(),
                value: t.value,
                tolerance: t.tolerance,
                before: q(&mut (0..abc.sims.len())),
                after: q(&mut abc.accepted.iter().copied()),
                fitted: t.fitted,
                target: t.clone(),
            }
        })
        .collect()
}

/// The posterior summarised in the priors' own families: (slot name, new distribution
/// or new Dirichlet shares and concentration).
#[derive(Debug, Clone)]
pub enum Posterior {
    /// A scalar parameter.
    Scalar {
        /// The parameter's path in the spec (`prisoner.female`).
        name: ParamName,
        /// Its posterior.
        dist: Dist,
    },
    /// A group of shares.
    Shares {
        /// Each share's path in the spec.
        names: Vec<ParamName>,
        /// Posterior mean of each share.
        means: Vec<f64>,
        /// Dirichlet concentration fitted to the kept draws.
        concentration: f64,
    },
}

/// Whether the targets moved a parameter: its accepted draws differ from all draws by
/// a fifth of a prior standard deviation in mean, or are 15% narrower. Parameters the
/// targets cannot inform (a cost per day, say) keep their prior and its citation.
pub fn informed(abc: &Abc, slot: usize) -> bool {
    let all: Vec<f64> = abc.params.iter().map(|p| p[slot]).collect();
    let kept: Vec<f64> = abc.accepted.iter().map(|i| abc.params[*i][slot]).collect();
    moved(&all, &kept)
}

/// [`informed`] for any column: all draws against the kept ones.
fn moved(all: &[f64], kept: &[f64]) -> bool {
    let (m0, v0) = mean_var(all);
    let (m1, v1) = mean_var(kept);
    v0 > 0.0 && ((m1 - m0).abs() > 0.2 * v0.sqrt() || v1.sqrt() < 0.85 * v0.sqrt())
}

/// What the targets say of one of the draft's uncertain parameters: its prior and
/// posterior 90% ranges (5% and 95% of all draws and of the kept ones), and whether
/// the targets moved it.
#[derive(Debug, Clone)]
pub struct DraftParameterFit {
    /// The draft's name for it (`court_grant`, `cut_fraction.art3-6`).
    pub name: ParamName,
    /// 5%, 50%, 95% of all draws (the prior).
    pub prior: [f64; 3],
    /// 5%, 50%, 95% of the kept draws (the posterior).
    pub posterior: [f64; 3],
    /// Whether the targets moved it ([`informed`]'s rule).
    pub informed: bool,
    /// Its posterior in its prior's family, written into the calibrated spec's
    /// `[draft_parameters]` when it is an open cut fraction the targets inform.
    pub dist: Option<Dist>,
}

/// Whether the calibrated spec carries the posterior of a draft parameter: only the cut
/// fractions a law leaves open ([`ParamName::is_open_fraction`]). Court grants and
/// repayment stay with the draft's priors, since one spec serves every draft.
pub fn narrowed_by_calibration(name: &ParamName) -> bool {
    name.is_open_fraction()
}

/// Prior and posterior of every uncertain draft parameter.
pub fn draft_fits(draft: &Draft, abc: &Abc) -> Vec<DraftParameterFit> {
    let q = [0.05, 0.5, 0.95];
    (0..abc.draft_names.len())
        .filter(|&k| draft.priors.is_uncertain(k))
        .map(|k| {
            let all: Vec<f64> = abc.draft_params.iter().map(|p| p[k]).collect();
            let kept: Vec<f64> = abc.accepted.iter().map(|i| abc.draft_params[*i][k]).collect();
            let (prior, posterior) = (quantiles(all.iter().copied(), &q), quantiles(kept.iter().copied(), &q));
            let informed = moved(&all, &kept);
            let name = abc.draft_names[k].clone();
            let dist = (informed && narrowed_by_calibration(&name)).then(|| {
                let prior = draft.priors.scalar_dist(k).expect("draft priors are scalars");
                in_family(prior, &kept)
            });
            DraftParameterFit { name, prior: [prior[0], prior[1], prior[2]], posterior: [posterior[0], posterior[1], posterior[2]], informed, dist }
        })
        .collect()
}

fn mean_var(v: &[f64]) -> (f64, f64) {
    let m = v.iter().sum::<f64>() / v.len().max(1) as f64;
    let var = v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (v.len().max(2) - 1) as f64;
    (m, var)
}

/// Summarises the accepted draws, for the parameters the targets informed.
pub fn posterior(spec: &PopulationSpec, abc: &Abc) -> Vec<Posterior> {
    let accepted = &abc.accepted;
    let column = |slot: usize| accepted.iter().map(|i| abc.params[*i][slot]).collect::<Vec<f64>>();
    let mut out = Vec::new();
    for (start, len, shares) in spec.priors.groups() {
        if !(start..start + len).any(|s| informed(abc, s)) {
            continue;
        }
        if shares {
            let means: Vec<f64> = (start..start + len).map(|s| mean_var(&column(s)).0).collect();
            // Var(p_k) = m_k (1 - m_k) / (c + 1) for a Dirichlet: average over components.
            let estimates: Vec<f64> = (start..start + len)
                .filter_map(|s| {
                    let (m, v) = mean_var(&column(s));
                    (v > 0.0 && m > 0.0).then(|| m * (1.0 - m) / v - 1.0)
                })
                .collect();
            let concentration = if estimates.is_empty() { 1000.0 } else { (estimates.iter().sum::<f64>() / estimates.len() as f64).clamp(2.0, 5000.0) };
            out.push(Posterior::Shares { names: abc.names[start..start + len].to_vec(), means, concentration });
        } else {
            let prior = spec.priors.scalar_dist(start).expect("scalar");
            let dist = in_family(prior, &column(start));
            out.push(Posterior::Scalar { name: abc.names[start].clone(), dist });
        }
    }
    out
}

/// The kept draws `v` summarised in the prior's own family: a Beta by moments, a
/// uniform over the central 95%, a fixed number kept.
fn in_family(prior: Dist, v: &[f64]) -> Dist {
    match prior {
        Dist::Fixed(x) => Dist::Fixed(x),
        Dist::Beta { .. } => {
            let (m, var) = mean_var(v);
            let c = if var > 0.0 { (m * (1.0 - m) / var - 1.0).clamp(2.0, 20_000.0) } else { 20_000.0 };
            let m = m.clamp(1e-6, 1.0 - 1e-6);
            Dist::Beta { a: m * c, b: (1.0 - m) * c }
        }
        Dist::Uniform { .. } => {
            let q = quantiles(v.iter().copied(), &[0.025, 0.975]);
            Dist::Uniform { low: round_sig(q[0]), high: round_sig(q[1]).max(round_sig(q[0])) }
        }
    }
}

/// Rounds to 4 significant digits, so a calibrated file reads like a hand-written one.
fn round_sig(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let digits = 4 - x.abs().log10().ceil() as i32;
    let f = 10f64.powi(digits);
    (x * f).round() / f
}

/// What to record in the calibrated spec's `[calibration]` table.
#[derive(Debug, Clone)]
pub struct Record {
    /// The draft calibrated against.
    pub draft: String,
    /// Targets file and its hash.
    pub targets: (String, String),
    /// Prior spec and its hash.
    pub prior: (String, String),
    /// Draws, accepted, within tolerance.
    pub counts: (u64, usize, usize),
    /// Seed.
    pub seed: u64,
    /// Command line.
    pub command: String,
}

/// Writes the posterior into the prior spec's text: each changed parameter keeps its
/// citation, with a note that it was calibrated; the `[calibration]` table records how.
pub fn calibrated_spec(prior_text: &str, posterior: &[Posterior], draft: &[DraftParameterFit], record: &Record, fits: &[Fit]) -> Result<String> {
    let mut doc: toml::Table = prior_text.parse().map_err(|e: toml::de::Error| Error::invalid(&record.prior.0, e.to_string()))?;
    let note = format!("calibrated by ABC to {} ({})", record.targets.0, record.draft);
    let narrowed = narrowed_draft_parameters(draft, record, &note);
    doc.remove("draft_parameters");
    if !narrowed.is_empty() {
        doc.insert("draft_parameters".into(), toml::Value::Table(narrowed));
    }
    for p in posterior {
        match p {
            Posterior::Scalar { name, dist } => write_scalar(&mut doc, name, *dist, record, &note)?,
            Posterior::Shares { names, means, concentration } => write_shares(&mut doc, names, means, *concentration, record, &note)?,
        }
    }
    doc.insert("calibration".into(), toml::Value::Table(calibration_table(record, fits)));
    let body = toml::to_string(&doc).map_err(|e| Error::invalid("calibrated spec", e.to_string()))?;
    Ok(format!(
        "# Population spec CALIBRATED by `amnesty-sim calibrate` from {} against {}.\n\
         # Do not edit by hand: edit the prior spec and calibrate again (the command is in\n\
         # [calibration] at the end). Every number keeps its citation; calibrated ones say so.\n\n{body}",
        record.prior.0, record.targets.0
    ))
}

/// The `[draft_parameters]` table: the open cut fractions the targets inform, so the
/// runs on this spec draw them from here rather than from the draft's wide prior.
fn narrowed_draft_parameters(draft: &[DraftParameterFit], record: &Record, note: &str) -> toml::Table {
    let mut narrowed = toml::Table::new();
    for f in draft {
        let Some(dist) = f.dist else { continue };
        let mut t = dist_table(dist);
        t.insert(
            "source".into(),
            toml::Value::String(format!(
                "the posterior of draft {}'s prior for {} (a fraction the law leaves open; prior 90% {:.2} to {:.2}, posterior 90% {:.2} to {:.2}) [{note}]",
                record.draft, f.name, f.prior[0], f.prior[2], f.posterior[0], f.posterior[2]
            )),
        );
        narrowed.insert(f.name.to_string(), toml::Value::Table(t));
    }
    narrowed
}

/// Replaces one scalar parameter's distribution by its posterior (a fixed one is left
/// as it is), keeping its citation with the calibration noted.
fn write_scalar(doc: &mut toml::Table, name: &ParamName, dist: Dist, record: &Record, note: &str) -> Result<()> {
    if matches!(dist, Dist::Fixed(_)) {
        return Ok(());
    }
    let slot = table_at(doc, &name.parts()).ok_or_else(|| Error::invalid(&record.prior.0, format!("cannot find `{name}` in the spec")))?;
    let old = slot.as_table().cloned().unwrap_or_default();
    let mut new = dist_table(dist);
    for key in ["source", "assumption"] {
        if let Some(toml::Value::String(text)) = old.get(key) {
            new.insert(key.into(), toml::Value::String(format!("{text} [{note}]")));
        }
    }
    *slot = toml::Value::Table(new);
    Ok(())
}

/// Writes a group of shares' posterior means and concentration into its table
/// (`prisoner.offences`, `probationer.probation_kinds`, ...).
fn write_shares(doc: &mut toml::Table, names: &[ParamName], means: &[f64], concentration: f64, record: &Record, note: &str) -> Result<()> {
    let first = names[0].parts();
    let (status, kind) = (first[0], first[1]);
    // Parameter names are singular (`offence`, `probation_kind`), their tables plural.
    let table_name = match kind {
        "offence" => "offences",
        "probation_kind" => "probation_kinds",
        other => other,
    };
    let Some(toml::Value::Table(group)) = doc.get_mut(status).and_then(|s| s.get_mut(table_name)) else {
        return Err(Error::invalid(&record.prior.0, format!("cannot find `{status}.{table_name}`")));
    };
    if let Some(toml::Value::Table(shares)) = group.get_mut("shares") {
        for (n, m) in names.iter().zip(means) {
            let key = n.keys().get(2).map_or("", String::as_str);
            if shares.contains_key(key) {
                shares.insert(key.to_string(), toml::Value::Float(round_sig(*m)));
            }
        }
    }
    if group.contains_key("concentration") {
        write_concentration(group, kind == "offence", concentration, note);
    }
    Ok(())
}

/// Writes a group's fitted concentration, noting the calibration in its citation once.
/// Several offence groups share one concentration: for them the smallest is kept.
fn write_concentration(group: &mut toml::Table, offence: bool, concentration: f64, note: &str) {
    let c = round_sig(concentration);
    let old = group.get("concentration").and_then(|v| v.as_float().or(v.as_integer().map(|i| i as f64)));
    let c = if offence { old.map_or(c, |o| o.min(c)) } else { c };
    group.insert("concentration".into(), toml::Value::Float(c));
    for key in ["source", "assumption"] {
        if let Some(toml::Value::String(text)) = group.get(key).cloned()
            && !text.contains(note)
        {
            group.insert(key.into(), toml::Value::String(format!("{text} [{note}]")));
        }
    }
}

/// The `[calibration]` table: how the spec was calibrated (draft, files and hashes,
/// counts, seed, command) and each target's fit before and after.
fn calibration_table(record: &Record, fits: &[Fit]) -> toml::Table {
    let mut cal = toml::Table::new();
    cal.insert("method".into(), "ABC rejection: draws from the prior spec, the closest kept".into());
    cal.insert("draft".into(), record.draft.clone().into());
    cal.insert("targets".into(), record.targets.0.clone().into());
    cal.insert("targets_sha256".into(), record.targets.1.clone().into());
    cal.insert("prior".into(), record.prior.0.clone().into());
    cal.insert("prior_sha256".into(), record.prior.1.clone().into());
    cal.insert("draws".into(), (record.counts.0 as i64).into());
    cal.insert("accepted".into(), (record.counts.1 as i64).into());
    cal.insert("draws_within_every_tolerance".into(), (record.counts.2 as i64).into());
    cal.insert("seed".into(), (record.seed as i64).into());
    cal.insert("command".into(), record.command.clone().into());
    let fit_lines: Vec<toml::Value> = fits
        .iter()
        .map(|f| format!("{}: target {:.0}; prior 90% {:.0} to {:.0}; posterior 90% {:.0} to {:.0}", f.name, f.value, f.before[0], f.before[2], f.after[0], f.after[2]).into())
        .collect();
    cal.insert("fit".into(), toml::Value::Array(fit_lines));
    cal
}

/// A distribution as a spec writes it: `beta = { mean, concentration }`, `uniform = [low,
/// high]` or `value`, rounded to four significant digits.
fn dist_table(dist: Dist) -> toml::Table {
    let mut t = toml::Table::new();
    match dist {
        Dist::Beta { a, b } => {
            let mut beta = toml::Table::new();
            beta.insert("mean".into(), toml::Value::Float(round_sig(a / (a + b))));
            beta.insert("concentration".into(), toml::Value::Float(round_sig(a + b)));
            t.insert("beta".into(), toml::Value::Table(beta));
        }
        Dist::Uniform { low, high } => {
            t.insert("uniform".into(), toml::Value::Array(vec![toml::Value::Float(low), toml::Value::Float(high)]));
        }
        Dist::Fixed(x) => {
            t.insert("value".into(), toml::Value::Float(x));
        }
    }
    t
}

fn table_at<'a>(doc: &'a mut toml::Table, path: &[&str]) -> Option<&'a mut toml::Value> {
    let (last, head) = path.split_last()?;
    let mut t = doc;
    for key in head {
        t = t.get_mut(*key)?.as_table_mut()?;
    }
    t.get_mut(*last)
}
