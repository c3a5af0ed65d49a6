//! The population spec: what the penal population looks like, with every uncertain
//! share as a distribution. A spec is loaded from TOML ([`mod@file`]), checked and compiled
//! into a [`PopulationSpec`] whose uncertain numbers sit in one [`Priors`] table; one
//! draw of that table plus a seed gives one population ([`crate::population::generate`]).

pub mod file;
pub mod words;

use std::path::Path;

use toml::Spanned;

use crate::error::{Diagnostic, Error, Result, did_you_mean};
use crate::i18n::Msg;
use crate::scenario::catalogue::Catalogue;
use crate::scenario::param::{Dist, Domain, ParamName, ParamToml, Priors, Slot, SourceFile, check_cite};
use crate::scenario::vocab::{Gravity, ProbationKind, Status, tag_bit};
use file::{CategoricalToml, CountToml, FlowsToml, SpecFile, StatusToml, TermToml};

/// The default Kazakhstan 2025 spec, embedded so the tool runs with no files at hand.
pub const DEFAULT_SPEC: &str = include_str!("../../../scenarios/population/kz-2025.toml");
/// The name the embedded spec is reported under.
pub const DEFAULT_SPEC_NAME: &str = "scenarios/population/kz-2025.toml";
/// The hand-written prior spec that `calibrate` starts from (the default spec is its
/// calibrated version).
pub const PRIOR_SPEC: &str = include_str!("../../../scenarios/population/kz-2025-prior.toml");
/// The name the prior spec is reported under.
pub const PRIOR_SPEC_NAME: &str = "scenarios/population/kz-2025-prior.toml";

/// Term distribution for one gravity, in days.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// Slot of the median term in years.
    pub median_years: Slot,
    /// Log-normal sigma.
    pub sigma: f64,
    /// Shortest term in days.
    pub min_days: u32,
    /// Longest term in days.
    pub max_days: u32,
}

/// Terms by gravity for one status.
#[derive(Debug, Clone, PartialEq)]
pub struct Terms {
    /// Draw from the length-biased (stock) distribution.
    pub length_biased: bool,
    /// One entry per [`Gravity`], `None` where the status holds no one of that gravity.
    pub by_gravity: [Option<Term>; Gravity::COUNT],
}

/// One status's model, with slots into the spec's [`Priors`].
#[derive(Debug, Clone, PartialEq)]
pub struct StatusModel {
    /// Which status.
    pub status: Status,
    /// Persons, exactly.
    pub total: u32,
    /// First of [`Gravity::COUNT`] slots: stock shares by gravity.
    pub gravity: Slot,
    /// Per gravity: (catalogue entry, slot of its share within the gravity).
    pub offences: [Vec<(usize, Slot)>; Gravity::COUNT],
    /// Share of women.
    pub female: Slot,
    /// Age bands (inclusive) and the first of their slots.
    pub age_bands: Vec<(u8, u8)>,
    /// First slot of the age-band shares.
    pub age: Slot,
    /// Terms, for statuses that have them.
    pub terms: Option<Terms>,
    /// Days detained so far, for pre-trial detainees.
    pub detention: Option<(u32, u32)>,
    /// Exact number of life sentences.
    pub life: u32,
    /// Share of repeat offenders.
    pub repeat: Slot,
    /// Dangerous share of repeat offenders.
    pub dangerous: Slot,
    /// Share of veterans.
    pub veteran: Slot,
    /// Share of women 18-44 who are pregnant.
    pub pregnant: Slot,
    /// Share of women under 60 who are mothers of a minor or disabled child.
    pub mother: Slot,
    /// Share of men under 60 who raise children alone.
    pub single_father: Slot,
    /// Share with disability group I-II.
    pub disability: Slot,
    /// Share of adults, among those whose elapsed time allows it, who offended under 18.
    pub juvenile: Slot,
    /// Median damage in tenge.
    pub damage_median: Slot,
    /// Log-normal sigma of damage.
    pub damage_sigma: f64,
    /// Factor on the median for large-scale parts.
    pub large_scale_multiplier: f64,
    /// Share who repaid.
    pub repaid: Slot,
    /// Share of non-repayers with a civil claim.
    pub civil_claim: Slot,
    /// Share with bad conduct (persistent violators included: the generator raises it to
    /// [`Self::persistent_violator`]'s share in a draw that puts that one higher).
    pub bad_conduct: Slot,
    /// Share whose offence is an intentional crime committed while serving a sentence,
    /// drawn independently of recidivism; `None` when the spec leaves it out (nobody).
    pub crime_while_serving: Option<Slot>,
    /// Share of persistent violators of the custody regime, a subset of those with bad
    /// conduct; prisoners only (the spec refuses it elsewhere); `None` when left out
    /// (nobody).
    pub persistent_violator: Option<Slot>,
    /// Share of foreign nationals.
    pub foreign: Slot,
    /// Share of grave cases committed by an organised group.
    pub organised: Slot,
    /// First of three slots, the shares of the kinds of probation in [`ProbationKind`]
    /// order after `none` (restriction of freedom, conditional sentence, parole);
    /// probationers only. `None` when the spec leaves them out: every probationer then
    /// serves a conditional sentence, and everyone else has kind `none`.
    pub probation_kinds: Option<Slot>,
}

/// Most persons a population may hold, whether generated or loaded: the engine's
/// packed tallies count up to 2^24 - 1 persons per replicate, and every command checks
/// this one limit before it allocates anything.
pub const MAX_PERSONS: usize = (1 << 24) - 1;

/// A compiled population spec.
#[derive(Debug, Clone, PartialEq)]
pub struct PopulationSpec {
    /// Where it was read from (or the embedded name).
    pub path: String,
    /// The file's text, for hashing and for writing a calibrated copy.
    pub text: String,
    /// The parsed file.
    pub file: SpecFile,
    /// The article catalogue the offence keys refer to.
    pub catalogue: Catalogue,
    /// Every uncertain number.
    pub priors: Priors,
    /// Slot of the cost of one prisoner-day, tenge.
    pub cost_per_day: Slot,
    /// Slot of the remaining detention of a pre-trial detainee, days.
    pub pretrial_remaining_days: Slot,
    /// Models in [`Status::ALL`] order.
    pub statuses: Vec<StatusModel>,
    /// The flow parameters of the timeline, if the spec has `[flows]`.
    pub flows: Option<Flows>,
    /// The spec's words in Russian and Kazakh (translation files beside it).
    pub words: words::SpecWords,
    /// Draft parameters narrowed by calibration (`[draft_parameters]`): a draft whose
    /// prior has one of these names draws from this distribution instead.
    pub draft_parameters: Vec<(ParamName, Dist)>,
}

/// Slots of the flow parameters (`[flows]`), which place departures and returns in time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Flows {
    /// Share of prisoners who would leave on parole.
    pub parole_share: Slot,
    /// Share of the term served at parole.
    pub parole_at: Slot,
    /// Monthly return hazard after an early release, per status in [`Status::ALL`] order.
    pub return_hazard: [Slot; 3],
    /// Share of pre-trial detainees convicted to prison at trial.
    pub pretrial_to_prison: Slot,
    /// Months in prison after trial for those convicted to prison.
    pub pretrial_prison_months: Slot,
}

impl PopulationSpec {
    /// Days of custody a closed pre-trial case saves on average in a replicate with
    /// parameter values `values`: the remaining detention, and with `[flows]` the prison
    /// term after trial of the share convicted to prison.
    pub fn pretrial_custody_days(&self, values: &[f64]) -> f64 {
        let prison = self.flows.map_or(0.0, |f| values[f.pretrial_to_prison] * values[f.pretrial_prison_months] * crate::scenario::param::DAYS_PER_MONTH);
        values[self.pretrial_remaining_days] + prison
    }
}

impl PopulationSpec {
    /// The parameter vector of replicate `replicate` of a run with seed `seed`: a draw
    /// from the priors on that replicate's parameter stream, or the priors' expected
    /// values when `central`. `population --seed S` and replicate 0 of `run --seed S`
    /// see the same draw.
    pub fn parameter_draw(&self, seed: u64, replicate: u64, central: bool) -> Vec<f64> {
        if central {
            return self.priors.central();
        }
        let mut draw = Vec::new();
        self.draw_parameters_into(seed, replicate, &mut draw);
        draw
    }

    /// [`Self::parameter_draw`] into a reused vector (the Monte Carlo's per-replicate
    /// call).
    pub fn draw_parameters_into(&self, seed: u64, replicate: u64, out: &mut Vec<f64>) {
        self.priors.draw(&mut crate::random::stream(seed, replicate, crate::random::Stream::Parameters), out);
    }

    /// The embedded default spec with the embedded catalogue.
    pub fn embedded_default() -> Result<Self> {
        Self::embedded(Catalogue::embedded()?)
    }

    /// The embedded default spec, with its embedded translations, on `catalogue`.
    pub fn embedded(catalogue: Catalogue) -> Result<Self> {
        let mut spec = Self::parse(DEFAULT_SPEC_NAME, DEFAULT_SPEC, catalogue)?;
        spec.words = words::SpecWords::embedded()?;
        Ok(spec)
    }

    /// Reads a spec file.
    pub fn load(path: &Path, catalogue: Catalogue) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let mut spec = Self::parse(&path.display().to_string(), &text, catalogue)?;
        spec.words = words::SpecWords::beside(path)?;
        Ok(spec)
    }

    /// Parses and checks a spec's text.
    pub fn parse(name: &str, text: &str, catalogue: Catalogue) -> Result<Self> {
        let file: SpecFile = toml::from_str(text).map_err(|e| Error::toml(name, text, &e))?;
        let src = SourceFile { name, text };
        let mut priors = Priors::default();
        let cost_per_day = scalar(&mut priors, &src, &file.cost_per_prisoner_day_kzt, "cost_per_prisoner_day_kzt".into(), Domain::NonNegative, false)?;
        let pretrial_remaining_days = scalar(&mut priors, &src, &file.pretrial_remaining_detention_days, "pretrial_remaining_detention_days".into(), Domain::NonNegative, false)?;
        let mut statuses = Vec::new();
        let mut errors = Vec::new();
        for (status, st) in [(Status::Prisoner, &file.prisoner), (Status::Pretrial, &file.pretrial), (Status::Probationer, &file.probationer)] {
            match compile_status(&mut priors, &src, &catalogue, status, st) {
                Ok(m) => statuses.push(m),
                Err(e) => errors.push(e),
            }
        }
        Error::collect(errors)?;
        // Flow parameters come last, so adding `[flows]` to a spec leaves every earlier
        // parameter's draw (and so the population) as it was.
        let flows = match &file.flows {
            Some(f) => Some(compile_flows(&mut priors, &src, f)?),
            None => None,
        };
        // The kinds of probation come after the flows, for the same reason: a spec that
        // gained them draws every earlier parameter as before.
        for (m, st) in statuses.iter_mut().zip([&file.prisoner, &file.pretrial, &file.probationer]) {
            m.probation_kinds = probation_kinds(&mut priors, &src, m.status, st)?;
        }
        let total: usize = statuses.iter().map(|s: &StatusModel| s.total as usize).sum();
        if total > MAX_PERSONS {
            return Err(Error::invalid(name, Msg::new("spec-too-many").arg("total", total.to_string()).arg("max", MAX_PERSONS.to_string())));
        }
        let mut draft_parameters = Vec::new();
        for (key, p) in file.draft_parameters.iter().flatten() {
            let name = ParamName::read(key);
            if !name.is_open_fraction() {
                return Err(src.error(p.span(), Msg::new("spec-draft-parameter").arg("name", name.to_string())));
            }
            draft_parameters.push((name, ParamToml::compile(p, &src, &format!("draft_parameters.{key}"), Domain::Probability, false)?));
        }
        Ok(PopulationSpec {
            draft_parameters,
            path: name.to_string(),
            text: text.to_string(),
            file,
            catalogue,
            priors,
            cost_per_day,
            pretrial_remaining_days,
            statuses,
            flows,
            words: words::SpecWords::default(),
        })
    }

    /// The model of one status.
    pub fn status(&self, status: Status) -> &StatusModel {
        &self.statuses[status.index()]
    }

    /// Total persons over all statuses.
    pub fn total(&self) -> usize {
        self.statuses.iter().map(|s| s.total as usize).sum()
    }
}

/// Compiles one uncertain number and gives it a slot under `name`.
fn scalar(priors: &mut Priors, src: &SourceFile, p: &Spanned<ParamToml>, name: ParamName, domain: Domain, parent_cited: bool) -> Result<Slot> {
    let dist = ParamToml::compile(p, src, &name.to_string(), domain, parent_cited)?;
    Ok(priors.scalar(name, dist))
}

/// The `[flows]` parameters, which place departures and returns in time.
fn compile_flows(priors: &mut Priors, src: &SourceFile, f: &Spanned<FlowsToml>) -> Result<Flows> {
    let x = f.get_ref();
    let a = x.admissions.get_ref();
    if a.model != "steady" {
        return Err(src.error(x.admissions.span(), Msg::new("spec-admissions-model").arg("model", a.model.as_str())));
    }
    check_cite(src, x.admissions.span(), "flows.admissions", &a.source, &a.assumption, false)?;
    let mut flow = |p: &Spanned<ParamToml>, key: &str, domain: Domain| scalar(priors, src, p, ParamName::new(["flows", key]), domain, false);
    let parole_share = flow(&x.parole_share, "parole_share", Domain::Probability)?;
    let parole_at = flow(&x.parole_at, "parole_at", Domain::Probability)?;
    let return_hazard = [
        flow(&x.return_hazard_prisoner, "return_hazard_prisoner", Domain::Probability)?,
        flow(&x.return_hazard_pretrial, "return_hazard_pretrial", Domain::Probability)?,
        flow(&x.return_hazard_probationer, "return_hazard_probationer", Domain::Probability)?,
    ];
    let pretrial_to_prison = flow(&x.pretrial_to_prison, "pretrial_to_prison", Domain::Probability)?;
    let pretrial_prison_months = flow(&x.pretrial_prison_months, "pretrial_prison_months", Domain::NonNegative)?;
    Ok(Flows { parole_share, parole_at, return_hazard, pretrial_to_prison, pretrial_prison_months })
}

fn count(src: &SourceFile, c: &Spanned<CountToml>, what: &str) -> Result<u32> {
    let inner = c.get_ref();
    check_cite(src, c.span(), what, &inner.source, &inner.assumption, false)?;
    Ok(inner.value)
}

/// Checks a categorical table and returns its (key, share) pairs in file order.
fn categorical<'a>(src: &SourceFile, c: &'a Spanned<CategoricalToml>, what: &str) -> Result<Vec<(&'a Spanned<String>, f64)>> {
    let inner = c.get_ref();
    check_cite(src, c.span(), what, &inner.source, &inner.assumption, false)?;
    let span = inner.shares.span();
    if let Some(conc) = inner.concentration
        && !(conc > 0.0 && conc.is_finite())
    {
        return Err(src.error(c.span(), Msg::new("spec-concentration").arg("what", what).arg("value", conc.to_string())));
    }
    let pairs: Vec<_> = inner.shares.get_ref().iter().map(|(k, v)| (k, *v)).collect();
    if let Some((k, v)) = pairs.iter().find(|(_, v)| !(*v >= 0.0 && v.is_finite())) {
        return Err(src.error(k.span(), Msg::new("spec-share-negative").arg("what", what).arg("key", k.get_ref().as_str()).arg("value", v.to_string())));
    }
    if pairs.iter().map(|(_, v)| v).sum::<f64>() <= 0.0 {
        return Err(src.error(span, Msg::new("spec-shares-zero").arg("what", what)));
    }
    Ok(pairs)
}

/// How far a table of shares may add up away from 1: a calibrated spec writes each
/// share to four significant digits.
const SHARES_SUM_TOLERANCE: f64 = 0.002;

/// [`categorical`] for a table of shares of the whole (gravity, age bands, kinds of
/// probation): each in [0, 1] and adding up to 1, never renormalised in silence (a
/// share of 5.0 once became 88.5% of the whole). The offence mix is relative weights
/// within a gravity and goes through [`categorical`] alone.
fn shares<'a>(src: &SourceFile, c: &'a Spanned<CategoricalToml>, what: &str) -> Result<Vec<(&'a Spanned<String>, f64)>> {
    let pairs = categorical(src, c, what)?;
    if let Some((k, v)) = pairs.iter().find(|(_, v)| *v > 1.0) {
        return Err(src.error(k.span(), Msg::new("spec-share-range").arg("what", what).arg("key", k.get_ref().as_str()).arg("value", v.to_string())));
    }
    let sum: f64 = pairs.iter().map(|(_, v)| v).sum();
    if (sum - 1.0).abs() > SHARES_SUM_TOLERANCE {
        return Err(src.error(c.get_ref().shares.span(), Msg::new("spec-shares-sum").arg("what", what).arg("sum", format!("{sum:.4}"))));
    }
    Ok(pairs)
}

/// What compiling one status's tables needs: where its parameters go, the file for
/// messages, and the status, whose name heads every parameter name.
struct StatusCx<'a, 'f> {
    priors: &'a mut Priors,
    src: &'a SourceFile<'f>,
    status: Status,
    /// `prisoner`, `pretrial` or `probationer`: the first key of every parameter.
    name: ParamName,
}

impl StatusCx<'_, '_> {
    /// The parameter `status.keys...`.
    fn param(&self, keys: &[&str]) -> ParamName {
        keys.iter().fold(self.name.clone(), |n, k| n.child(*k))
    }

    /// A probability under `status.keys...`.
    fn probability(&mut self, p: &Spanned<ParamToml>, keys: &[&str]) -> Result<Slot> {
        let name = self.param(keys);
        scalar(self.priors, self.src, p, name, Domain::Probability, false)
    }

    /// The label of a table in messages: `prisoner.gravity`.
    fn label(&self, key: &str) -> String {
        self.param(&[key]).to_string()
    }
}

/// One status's tables, compiled in file order (the order fixes the parameters' slots).
fn compile_status(priors: &mut Priors, src: &SourceFile, catalogue: &Catalogue, status: Status, st: &StatusToml) -> Result<StatusModel> {
    let mut cx = StatusCx { priors, src, status, name: ParamName::new([status.name()]) };
    let total = count(src, &st.total, &cx.label("total"))?;
    let (gravity, gravity_means) = gravity_shares(&mut cx, st)?;
    let offences = offence_mix(&mut cx, catalogue, st, &gravity_means)?;
    let female = cx.probability(&st.female, &["female"])?;
    let (age_bands, age) = age_bands(&mut cx, st)?;
    let terms = sentence_terms(&mut cx, st, &gravity_means)?;
    let detention = detention(&cx, st)?;
    let life = life_sentences(&cx, catalogue, st, &offences, &gravity_means, total)?;
    let rec = st.recidivism.get_ref();
    let repeat = cx.probability(&rec.repeat, &["recidivism", "repeat"])?;
    let dangerous = cx.probability(&rec.dangerous_share_of_repeat, &["recidivism", "dangerous_share_of_repeat"])?;
    let vulnerable = vulnerable_groups(&mut cx, st)?;
    let damage = damage(&mut cx, st)?;
    let bad_conduct = cx.probability(&st.bad_conduct, &["bad_conduct"])?;
    let foreign = cx.probability(&st.foreign, &["foreign"])?;
    let organised = cx.probability(&st.organised_group, &["organised_group"])?;
    let (crime_while_serving, persistent_violator) = optional_flags(&mut cx, st)?;
    let [veteran, pregnant, mother, single_father, disability, juvenile] = vulnerable;
    Ok(StatusModel {
        status,
        total,
        gravity,
        offences,
        female,
        age_bands,
        age,
        terms,
        detention,
        life,
        repeat,
        dangerous,
        veteran,
        pregnant,
        mother,
        single_father,
        disability,
        juvenile,
        damage_median: damage.median,
        damage_sigma: damage.sigma,
        large_scale_multiplier: damage.large_scale_multiplier,
        repaid: damage.repaid,
        civil_claim: damage.civil_claim,
        bad_conduct,
        crime_while_serving,
        persistent_violator,
        foreign,
        organised,
        // Set by `probation_kinds`, after the flows.
        probation_kinds: None,
    })
}

/// Gravity shares, completed to all five gravities in order: the first slot and the means.
fn gravity_shares(cx: &mut StatusCx, st: &StatusToml) -> Result<(Slot, Vec<f64>)> {
    let label = cx.label("gravity");
    let pairs = shares(cx.src, &st.gravity, &label)?;
    let mut means = vec![0.0; Gravity::COUNT];
    for (k, v) in &pairs {
        let g = Gravity::from_name(k.get_ref()).ok_or_else(|| {
            cx.src.error(k.span(), Msg::new("spec-unknown-gravity").arg("what", label.as_str()).arg("key", k.get_ref().as_str()).arg("valid", code_list(&Gravity::names())))
        })?;
        means[g.index()] = *v;
    }
    let names = Gravity::ALL.iter().map(|g| cx.param(&["gravity", g.name()])).collect();
    Ok((cx.priors.dirichlet(names, means.clone(), st.gravity.get_ref().concentration), means))
}

/// The offence mix: grouped by the catalogue's gravity, one Dirichlet per gravity, as
/// (catalogue index, slot) pairs per gravity.
fn offence_mix(cx: &mut StatusCx, catalogue: &Catalogue, st: &StatusToml, gravity_means: &[f64]) -> Result<[Vec<(usize, Slot)>; Gravity::COUNT]> {
    let label = cx.label("offences");
    let pairs = categorical(cx.src, &st.offences, &label)?;
    let mut by_gravity: [Vec<(usize, f64, String)>; Gravity::COUNT] = Default::default();
    for (k, v) in &pairs {
        let ix = catalogue.find_key(k.get_ref()).ok_or_else(|| unknown_offence(cx.src, catalogue, k, &label))?;
        by_gravity[catalogue.offences[ix].gravity.index()].push((ix, *v, k.get_ref().to_string()));
    }
    let mut offences: [Vec<(usize, Slot)>; Gravity::COUNT] = Default::default();
    for g in Gravity::ALL {
        let list = &by_gravity[g.index()];
        if gravity_means[g.index()] > 0.0 && list.iter().all(|(_, w, _)| *w <= 0.0) {
            let s = cx.status.name();
            return Err(cx.src.error(st.offences.get_ref().shares.span(), Msg::new("spec-gravity-no-offence").arg("what", s).arg("gravity", g.to_string()).arg("label", label)));
        }
        if list.is_empty() {
            continue;
        }
        let names = list.iter().map(|(_, _, k)| cx.param(&["offence", k])).collect();
        let first = cx.priors.dirichlet(names, list.iter().map(|(_, w, _)| *w).collect(), st.offences.get_ref().concentration);
        offences[g.index()] = list.iter().enumerate().map(|(j, (ix, _, _))| (*ix, first + j)).collect();
    }
    Ok(offences)
}

/// Words a file holds as code, each in backticks: `a`, `b`.
fn code_list(words: &[&str]) -> String {
    words.iter().map(|w| format!("`{w}`")).collect::<Vec<_>>().join(", ")
}

/// An offence key that is not in the catalogue, with the nearest that is.
fn unknown_offence(src: &SourceFile, catalogue: &Catalogue, k: &Spanned<String>, label: &str) -> Error {
    let keys = catalogue.keys();
    let near = did_you_mean(k.get_ref(), keys.iter().map(String::as_str)).unwrap_or("none");
    Error::Source(Box::new(
        Diagnostic::at(src.name, src.text, k.span(), Msg::new("spec-unknown-offence").arg("what", label).arg("key", k.get_ref().as_str()).arg("near", near))
            .with_help(Msg::new("spec-unknown-offence-help")),
    ))
}

/// The age bands (`"18-24"`) and the first slot of their shares.
fn age_bands(cx: &mut StatusCx, st: &StatusToml) -> Result<(Vec<(u8, u8)>, Slot)> {
    let label = cx.label("age");
    let pairs = shares(cx.src, &st.age, &label)?;
    let mut bands = Vec::new();
    let mut means = Vec::new();
    for (k, v) in &pairs {
        let band = k
            .get_ref()
            .split_once('-')
            .and_then(|(a, b)| Some((a.trim().parse::<u8>().ok()?, b.trim().parse::<u8>().ok()?)))
            .filter(|(a, b)| *a >= 14 && a <= b && *b <= 100)
            .ok_or_else(|| cx.src.error(k.span(), Msg::new("spec-age-band").arg("what", label.as_str()).arg("key", k.get_ref().as_str())))?;
        bands.push(band);
        means.push(*v);
    }
    let names = bands.iter().map(|(a, b)| cx.param(&["age", &format!("{a}-{b}")])).collect();
    let slot = cx.priors.dirichlet(names, means, st.age.get_ref().concentration);
    Ok((bands, slot))
}

/// The term distributions by gravity (`[STATUS.sentence]`), required but for detainees.
fn sentence_terms(cx: &mut StatusCx, st: &StatusToml, gravity_means: &[f64]) -> Result<Option<Terms>> {
    let s = cx.status.name();
    let Some(sent) = &st.sentence else {
        if cx.status == Status::Pretrial {
            return Ok(None);
        }
        return Err(cx.src.error(st.total.span(), Msg::new("spec-sentence-required").arg("what", s)));
    };
    let inner = sent.get_ref();
    check_cite(cx.src, sent.span(), &cx.label("sentence"), &inner.source, &inner.assumption, false)?;
    let mut by_gravity: [Option<Term>; Gravity::COUNT] = Default::default();
    let given = [&inner.misdemeanour, &inner.minor, &inner.medium, &inner.grave, &inner.especially_grave];
    for (g, t) in Gravity::ALL.iter().zip(given) {
        match t {
            Some(t) => by_gravity[g.index()] = Some(term(cx.priors, cx.src, sent.span(), t, cx.param(&["sentence", g.name()]))?),
            None if gravity_means[g.index()] > 0.0 => {
                return Err(cx.src.error(sent.span(), Msg::new("spec-gravity-no-term").arg("what", format!("{s}.sentence")).arg("gravity", g.to_string())));
            }
            None => {}
        }
    }
    Ok(Some(Terms { length_biased: inner.length_biased, by_gravity }))
}

/// The detention range (`[STATUS.detention]`), required for detainees.
fn detention(cx: &StatusCx, st: &StatusToml) -> Result<Option<(u32, u32)>> {
    match &st.detention {
        Some(d) => {
            let inner = d.get_ref();
            let label = cx.label("detention");
            check_cite(cx.src, d.span(), &label, &inner.source, &inner.assumption, false)?;
            if inner.min_days > inner.max_days {
                return Err(cx.src.error(d.span(), Msg::new("spec-min-max-days").arg("what", label)));
            }
            Ok(Some((inner.min_days, inner.max_days)))
        }
        None if cx.status == Status::Pretrial => Err(cx.src.error(st.total.span(), Msg::new("spec-detention-required"))),
        None => Ok(None),
    }
}

/// The number of life sentences, checked against the offence mix.
fn life_sentences(cx: &StatusCx, catalogue: &Catalogue, st: &StatusToml, offences: &[Vec<(usize, Slot)>], gravity_means: &[f64], total: u32) -> Result<u32> {
    let Some(c) = &st.life_sentences else { return Ok(0) };
    let label = cx.label("life_sentences");
    let n = count(cx.src, c, &label)?;
    let eligible = tag_bit("life_eligible").expect("tag exists");
    let any_life_offence = offences[Gravity::EspeciallyGrave.index()].iter().any(|(ix, _)| catalogue.offences[*ix].tags.has(eligible));
    if n > 0 && (cx.status != Status::Prisoner || !any_life_offence) {
        return Err(cx.src.error(c.span(), Msg::new("spec-life-needs").arg("what", label)));
    }
    if n as f64 > gravity_means[Gravity::EspeciallyGrave.index()] / gravity_means.iter().sum::<f64>() * total as f64 {
        return Err(cx.src.error(c.span(), Msg::new("spec-life-too-many").arg("what", label)));
    }
    Ok(n)
}

/// The shares of the socially vulnerable groups: veteran, pregnant, mother, single
/// father, disability, juvenile at the offence.
fn vulnerable_groups(cx: &mut StatusCx, st: &StatusToml) -> Result<[Slot; 6]> {
    let v = st.vulnerable.get_ref();
    Ok([
        cx.probability(&v.veteran, &["vulnerable", "veteran"])?,
        cx.probability(&v.pregnant_share_of_women_18_44, &["vulnerable", "pregnant_share_of_women_18_44"])?,
        cx.probability(&v.mother_share_of_women_under_60, &["vulnerable", "mother_share_of_women_under_60"])?,
        cx.probability(&v.single_father_share_of_men_under_60, &["vulnerable", "single_father_share_of_men_under_60"])?,
        cx.probability(&v.disability, &["vulnerable", "disability"])?,
        cx.probability(&v.juvenile_at_offence, &["vulnerable", "juvenile_at_offence"])?,
    ])
}

/// The damage model of one status (`[STATUS.damage]`).
struct DamageModel {
    median: Slot,
    sigma: f64,
    large_scale_multiplier: f64,
    repaid: Slot,
    civil_claim: Slot,
}

/// The damage table: its fixed shape and its uncertain median, repayment and claims.
fn damage(cx: &mut StatusCx, st: &StatusToml) -> Result<DamageModel> {
    let d = st.damage.get_ref();
    let label = cx.label("damage");
    check_cite(cx.src, st.damage.span(), &label, &d.source, &d.assumption, false)?;
    if !(d.sigma >= 0.0 && d.sigma < 5.0) || !(d.large_scale_multiplier >= 1.0) {
        return Err(cx.src.error(st.damage.span(), Msg::new("spec-damage-range").arg("what", label)));
    }
    let median = scalar(cx.priors, cx.src, &d.median_kzt, cx.param(&["damage", "median_kzt"]), Domain::NonNegative, true)?;
    let repaid = cx.probability(&d.repaid, &["damage", "repaid"])?;
    let civil_claim = cx.probability(&d.civil_claim_if_unrepaid, &["damage", "civil_claim_if_unrepaid"])?;
    Ok(DamageModel { median, sigma: d.sigma, large_scale_multiplier: d.large_scale_multiplier, repaid, civil_claim })
}

/// `crime_while_serving` and `persistent_violator`: optional, and last in the status so
/// that a spec without them draws every other parameter as before. Absent means
/// nobody: no parameter slot, share 0.
fn optional_flags(cx: &mut StatusCx, st: &StatusToml) -> Result<(Option<Slot>, Option<Slot>)> {
    let crime_while_serving = match &st.crime_while_serving {
        Some(p) => Some(cx.probability(p, &["crime_while_serving"])?),
        None => None,
    };
    let persistent_violator = match &st.persistent_violator {
        Some(p) if cx.status != Status::Prisoner => {
            return Err(cx.src.error(p.span(), Msg::new("spec-violator-status").arg("what", cx.label("persistent_violator"))));
        }
        Some(p) => Some(cx.probability(p, &["persistent_violator"])?),
        None => None,
    };
    Ok((crime_while_serving, persistent_violator))
}

/// The `[probationer.probation_kinds]` shares as one Dirichlet over the three kinds
/// (a kind the table leaves out has share 0); `None` when absent. Refused for the
/// other statuses, and for keys that are not a kind of probation.
fn probation_kinds(priors: &mut Priors, src: &SourceFile, status: Status, st: &StatusToml) -> Result<Option<Slot>> {
    let s = status.name();
    let Some(table) = &st.probation_kinds else { return Ok(None) };
    if status != Status::Probationer {
        return Err(src.error(table.span(), Msg::new("spec-probation-status").arg("what", format!("{s}.probation_kinds"))));
    }
    let kinds = &ProbationKind::ALL[1..];
    let pairs = shares(src, table, &format!("{s}.probation_kinds"))?;
    let mut means = vec![0.0; kinds.len()];
    for (k, v) in &pairs {
        let names: Vec<&str> = kinds.iter().map(|k| k.name()).collect();
        let Some(i) = kinds.iter().position(|kind| kind.name() == k.get_ref()) else {
            let near = did_you_mean(k.get_ref(), names.iter().copied()).unwrap_or("none");
            let message = Msg::new("spec-unknown-probation-kind")
                .arg("what", format!("{s}.probation_kinds"))
                .arg("key", k.get_ref().as_str())
                .arg("near", near)
                .arg("valid", code_list(&names));
            return Err(src.error(k.span(), message));
        };
        means[i] = *v;
    }
    let names = kinds.iter().map(|k| ParamName::new([s, "probation_kind", k.name()])).collect();
    Ok(Some(priors.dirichlet(names, means, table.get_ref().concentration)))
}

/// One gravity's term distribution (`[STATUS.sentence.GRAVITY]`), named `name`.
fn term(priors: &mut Priors, src: &SourceFile, span: std::ops::Range<usize>, t: &TermToml, name: ParamName) -> Result<Term> {
    let median_years = scalar(priors, src, &t.median_years, name.child("median_years"), Domain::NonNegative, true)?;
    if !(t.min_years > 0.0 && t.min_years <= t.max_years && t.max_years <= 60.0) || !(t.sigma >= 0.0 && t.sigma < 3.0) {
        return Err(src.error(span, Msg::new("spec-term-range").arg("what", name.to_string())));
    }
    let (lo, hi) = priors.scalar_dist(median_years).expect("scalar").support();
    if lo <= 0.0 || hi > t.max_years {
        return Err(src.error(t.median_years.span(), Msg::new("spec-median-years").arg("what", format!("{name}.median_years"))));
    }
    Ok(Term {
        median_years,
        sigma: t.sigma,
        min_days: (t.min_years * crate::calendar::DAYS_PER_YEAR).round() as u32,
        max_days: (t.max_years * crate::calendar::DAYS_PER_YEAR).round() as u32,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> std::result::Result<PopulationSpec, String> {
        PopulationSpec::parse("s.toml", text, Catalogue::embedded().unwrap()).map_err(|e| e.to_string())
    }

    /// `crime_while_serving` and `persistent_violator` are optional: the shipped specs give
    /// them, a spec without them loads with no slot for them (nobody has the flag) and
    /// every other parameter in the same slots.
    #[test]
    fn the_serving_flags_are_optional_parameters() {
        let with = parse(PRIOR_SPEC).unwrap();
        let p = with.status(Status::Prisoner);
        assert!(p.crime_while_serving.is_some() && p.persistent_violator.is_some());
        assert!(with.status(Status::Pretrial).crime_while_serving.is_some() && with.status(Status::Pretrial).persistent_violator.is_none());
        assert!(with.status(Status::Probationer).crime_while_serving.is_some() && with.status(Status::Probationer).persistent_violator.is_none());
        assert_eq!(with.priors.names()[p.persistent_violator.unwrap()].to_string(), "prisoner.persistent_violator");

        let without: String = PRIOR_SPEC.lines().filter(|l| !l.starts_with("crime_while_serving") && !l.starts_with("persistent_violator")).collect::<Vec<_>>().join("\n");
        let without = parse(&without).unwrap();
        assert!(without.statuses.iter().all(|m| m.crime_while_serving.is_none() && m.persistent_violator.is_none()));
        assert_eq!(without.priors.len() + 4, with.priors.len());
        assert!(without.priors.names().iter().all(|n| !n.keys().iter().any(|k| k == "crime_while_serving" || k == "persistent_violator")));
    }

    /// Only prisoners are declared persistent violators of the custody regime.
    #[test]
    fn a_persistent_violator_share_outside_prison_is_refused() {
        let text = PRIOR_SPEC.replacen("[pretrial]\n", "[pretrial]\npersistent_violator = { uniform = [0.01, 0.02], assumption = \"x\" }\n", 1);
        let e = parse(&text).unwrap_err();
        let line = text.lines().position(|l| l.starts_with("persistent_violator = { uniform = [0.01")).unwrap() + 1;
        assert!(e.contains(&format!("s.toml:{line}:")) && e.contains("pretrial.persistent_violator: only prisoners"), "{e}");
        let e = parse(&PRIOR_SPEC.replace("crime_while_serving = { uniform = [0.03, 0.12]", "crime_while_serving = { uniform = [0.03, 1.12]")).unwrap_err();
        assert!(e.contains("prisoner.crime_while_serving: must be a share between 0 and 1"), "{e}");
    }

    /// Shares of the whole (gravity, age, kinds of probation) are checked, not
    /// renormalised: a share above 1, or shares that do not add up to 1, are errors at
    /// the place; the offence mix stays relative weights.
    #[test]
    fn shares_of_the_whole_must_be_shares_and_add_up() {
        let gravity = "shares = { minor = 0.02, medium = 0.05, grave = 0.58, especially_grave = 0.35 }";
        assert!(PRIOR_SPEC.contains(gravity));
        let five = PRIOR_SPEC.replacen(gravity, "shares = { minor = 0.02, medium = 0.05, grave = 5.0, especially_grave = 0.35 }", 1);
        let e = parse(&five).unwrap_err();
        let line = five.lines().position(|l| l.contains("grave = 5.0")).unwrap() + 1;
        assert!(e.contains(&format!("s.toml:{line}:")) && e.contains("the share of `grave` is 5") && e.contains("between 0 and 1"), "{e}");
        let short = PRIOR_SPEC.replacen(gravity, "shares = { minor = 0.02, medium = 0.05, grave = 0.48, especially_grave = 0.35 }", 1);
        let e = parse(&short).unwrap_err();
        assert!(e.contains("prisoner.gravity: the shares add up to 0.9000, not 1"), "{e}");
        assert!(PRIOR_SPEC.contains("\"188-3\" = 22"), "offence weights are not shares and stay as written");
    }

    /// `[probationer.probation_kinds]` is optional, drawn after every other parameter
    /// (so a spec that gained it draws the others as before), and refused for the other
    /// statuses and for keys that are not a kind of probation.
    #[test]
    fn the_probation_kinds_are_optional_and_for_probationers_only() {
        let with = parse(PRIOR_SPEC).unwrap();
        let slot = with.status(Status::Probationer).probation_kinds.expect("the prior gives the shares");
        assert_eq!(
            with.priors.names()[slot..].iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["probationer.probation_kind.restriction_of_freedom", "probationer.probation_kind.conditional", "probationer.probation_kind.parole"]
        );
        let central = with.priors.central();
        assert!((central[slot] - 0.30).abs() < 1e-12 && (central[slot + 1] - 0.55).abs() < 1e-12 && (central[slot + 2] - 0.15).abs() < 1e-12);
        assert!(with.statuses.iter().all(|m| m.status == Status::Probationer || m.probation_kinds.is_none()));

        let start = PRIOR_SPEC.find("[probationer.probation_kinds]").unwrap();
        let end = start + PRIOR_SPEC[start..].find("\n\n").unwrap();
        let without = parse(&format!("{}{}", &PRIOR_SPEC[..start], &PRIOR_SPEC[end + 2..])).unwrap();
        assert!(without.statuses.iter().all(|m| m.probation_kinds.is_none()));
        assert_eq!(without.priors.names(), &with.priors.names()[..slot]);

        let e = parse(&PRIOR_SPEC.replace("[probationer.probation_kinds]", "[pretrial.probation_kinds]")).unwrap_err();
        assert!(e.contains("pretrial.probation_kinds: only probationers serve a kind of probation"), "{e}");
        let e = parse(&PRIOR_SPEC.replace("parole = 0.15 }", "parol = 0.15 }")).unwrap_err();
        assert!(e.contains("probationer.probation_kinds: `parol` is not a kind of probation; did you mean `parole`?"), "{e}");
        let e = parse(&PRIOR_SPEC.replace("parole = 0.15 }", "none = 0.15 }")).unwrap_err();
        assert!(e.contains("`none` is not a kind of probation") && e.contains("expected `restriction_of_freedom`, `conditional`, `parole`"), "{e}");
    }
}
