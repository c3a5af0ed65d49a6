//! Uncertain numbers with their citations.
//!
//! Every number in a scenario file either cites a `source` or states an `assumption`
//! (the OpenFisca/GETTSIM rule). An uncertain share is a distribution, not a point, so
//! the Monte Carlo can draw it: `{ beta = { mean = 0.45, concentration = 200 } }`,
//! `{ uniform = [0.06, 0.09] }` or, for a number taken as known, `{ value = 194 }`.
//!
//! All uncertain parameters of a file are gathered in one [`Priors`] table with a name
//! per slot, so one replicate's draw is a plain `Vec<f64>`: cheap to pass to the
//! generator, easy to write to `replicates.parquet`, and what calibration and
//! sensitivity analysis work on.

use std::ops::Range;

use rand::RngExt;
use rand_distr::{Beta, Distribution, Gamma};
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::error::{Error, Result};
use crate::i18n::Msg;

/// Days in a month, for parameters given in months ([`crate::calendar`]).
pub use crate::calendar::DAYS_PER_MONTH;

/// A parameter as written in TOML: exactly one of `value`, `beta`, `uniform`, plus a
/// citation (required unless the enclosing table cites for it).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ParamToml {
    /// A number taken as known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// A share with a Beta distribution, by mean and concentration (a + b).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beta: Option<BetaToml>,
    /// A number anywhere in `[low, high]`, all values equally plausible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uniform: Option<[f64; 2]>,
    /// Where the number comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Why the number is what it is, when no source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assumption: Option<String>,
}

/// A Beta distribution by mean and concentration, which reads better than (a, b).
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BetaToml {
    /// Expected share, in (0, 1).
    pub mean: f64,
    /// a + b: how sure we are; 100 means roughly +-5 points around 0.5.
    pub concentration: f64,
}

/// The distribution of one scalar parameter.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Dist {
    /// A known number.
    Fixed(f64),
    /// Beta(a, b).
    Beta {
        /// First shape parameter.
        a: f64,
        /// Second shape parameter.
        b: f64,
    },
    /// Uniform on `[low, high]`.
    Uniform {
        /// Lower bound.
        low: f64,
        /// Upper bound.
        high: f64,
    },
}

impl Dist {
    /// One draw.
    pub fn sample<R: rand::Rng + ?Sized>(&self, rng: &mut R) -> f64 {
        match *self {
            Dist::Fixed(v) => v,
            Dist::Beta { a, b } => Beta::new(a, b).expect("validated at load").sample(rng),
            Dist::Uniform { low, high } => low + (high - low) * rng.random::<f64>(),
        }
    }

    /// The expected value, used for a single "central" population.
    pub fn mean(&self) -> f64 {
        match *self {
            Dist::Fixed(v) => v,
            Dist::Beta { a, b } => a / (a + b),
            Dist::Uniform { low, high } => (low + high) / 2.0,
        }
    }

    /// The distribution in words, for listings (`explain DRAFT`): "uniform on [0.05,
    /// 1]", "beta with mean 0.9 and concentration 40", or the number.
    pub fn describe(&self) -> String {
        match *self {
            Dist::Fixed(v) => format!("{v}"),
            Dist::Beta { a, b } => format!("beta with mean {:.3} and concentration {:.0}", a / (a + b), a + b),
            Dist::Uniform { low, high } => format!("uniform on [{low}, {high}]"),
        }
    }

    /// The smallest and largest values the distribution can give.
    pub fn support(&self) -> (f64, f64) {
        match *self {
            Dist::Fixed(v) => (v, v),
            Dist::Beta { .. } => (0.0, 1.0),
            Dist::Uniform { low, high } => (low, high),
        }
    }
}

/// The name of an uncertain parameter as the path of keys that leads to it in its file
/// (`prisoner` `gravity` `grave`; `court_grant` `art2-1-1`): built from its parts where
/// the parameter is declared, spelt by [`Display`](std::fmt::Display) with dots (the
/// replicates file's column, the calibrated spec's key), and read by its keys, never
/// split back out of its spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ParamName(Vec<String>);

impl ParamName {
    /// A name from its keys, outermost first.
    pub fn new<S: Into<String>>(keys: impl IntoIterator<Item = S>) -> Self {
        ParamName(keys.into_iter().map(Into::into).collect())
    }

    /// This name with one more key inside it (`prisoner.gravity` -> `prisoner.gravity.grave`).
    pub fn child(&self, key: impl Into<String>) -> Self {
        let mut keys = self.0.clone();
        keys.push(key.into());
        ParamName(keys)
    }

    /// The keys, outermost first.
    pub fn keys(&self) -> &[String] {
        &self.0
    }

    /// The keys as string slices, for matching on their shape.
    pub fn parts(&self) -> Vec<&str> {
        self.0.iter().map(String::as_str).collect()
    }

    /// A draft's own court grant rate for provision `id` (`court_grant.ID`).
    pub fn provision_grant(id: &str) -> Self {
        ParamName::new([DraftParam::COURT_GRANT, id])
    }

    /// The fraction of a cut the law leaves open, provision `id` (`cut_fraction.ID`).
    pub fn open_fraction(id: &str) -> Self {
        ParamName::new([OPEN_FRACTION, id])
    }

    /// The share of courts reading an open cut as the whole unserved part
    /// (`cut_whole_share.ID`).
    pub fn open_whole(id: &str) -> Self {
        ParamName::new([OPEN_WHOLE, id])
    }

    /// Reads a name a user wrote as a key (a calibrated spec's `[draft_parameters]`):
    /// the one place a spelt name is read back, at the edge where the file is parsed.
    pub fn read(text: &str) -> Self {
        ParamName::new(text.split('.'))
    }

    /// Whether this is a draft's reading of a cut the law leaves open: its fraction
    /// or the share read as the whole unserved part. Calibration narrows these, and
    /// only these.
    pub fn is_open_fraction(&self) -> bool {
        matches!(self.parts()[..], [OPEN_FRACTION | OPEN_WHOLE, _])
    }
}

impl std::fmt::Display for ParamName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // `pad`, so a width in a table's format string applies.
        f.pad(&self.0.join("."))
    }
}

impl From<&str> for ParamName {
    /// A one-key name (`court_grant`).
    fn from(key: &str) -> Self {
        ParamName::new([key])
    }
}

/// The draft-level uncertain parameters, by their keys in a draft's `[draft]` table.
pub struct DraftParam;

impl DraftParam {
    /// The rate at which courts grant a provision that needs a court's decision.
    pub const COURT_GRANT: &'static str = "court_grant";
    /// The share of persons who repay the damage in time.
    pub const REPAYMENT_IN_TIME: &'static str = "repayment_in_time";
    /// Months a closed case would otherwise have lasted.
    pub const PROCESSING_MONTHS: &'static str = "processing_months";
    /// All three, in the order a draft declares them.
    pub const ALL: [&'static str; 3] = [Self::COURT_GRANT, Self::REPAYMENT_IN_TIME, Self::PROCESSING_MONTHS];
}

/// The first key of a draft parameter that carries a cut fraction the law leaves open
/// (`cut_fraction.art3-6`): the draft names its prior so, calibration narrows it and a
/// calibrated spec's `[draft_parameters]` carries the posterior under the same name.
pub const OPEN_FRACTION: &str = "cut_fraction";

/// The first key of a draft parameter that carries the share of persons whose court
/// reads a cut the law leaves open as the whole unserved part (`cut_whole_share.art3-6`).
pub const OPEN_WHOLE: &str = "cut_whole_share";

/// The range of values a parameter may take, checked when the file is loaded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Domain {
    /// A share or probability in [0, 1].
    Probability,
    /// A non-negative amount (days, tenge, counts).
    NonNegative,
}

/// Where a file's text lives, so checks can point at a line and column.
#[derive(Debug, Clone, Copy)]
pub struct SourceFile<'a> {
    /// The path as the user gave it.
    pub name: &'a str,
    /// The whole text.
    pub text: &'a str,
}

impl SourceFile<'_> {
    /// An error at `span` of this file.
    pub fn error(&self, span: Range<usize>, message: impl Into<crate::i18n::Msg>) -> Error {
        Error::at(self.name, self.text, span, message)
    }
}

/// Checks that a citation is present exactly once: on the item or on its parent table.
pub fn check_cite(file: &SourceFile, span: Range<usize>, what: &str, source: &Option<String>, assumption: &Option<String>, parent_cited: bool) -> Result<()> {
    let blank = |s: &Option<String>| s.as_ref().is_some_and(|t| t.trim().is_empty());
    if blank(source) || blank(assumption) {
        return Err(file.error(span, Msg::new("param-empty-cite").arg("what", what)));
    }
    match (source.is_some(), assumption.is_some()) {
        (true, true) => Err(file.error(span, Msg::new("param-both-cites").arg("what", what))),
        (false, false) if !parent_cited => Err(Error::Source(Box::new(
            crate::error::Diagnostic::at(file.name, file.text, span, Msg::new("param-no-cite").arg("what", what)).with_help(Msg::new("param-no-cite-help")),
        ))),
        _ => Ok(()),
    }
}

impl ParamToml {
    /// Validates the form, domain and citation; returns the distribution.
    pub fn compile(spanned: &Spanned<ParamToml>, file: &SourceFile, what: &str, domain: Domain, parent_cited: bool) -> Result<Dist> {
        let p = spanned.get_ref();
        let span = spanned.span();
        check_cite(file, span.clone(), what, &p.source, &p.assumption, parent_cited)?;
        let forms = [p.value.is_some(), p.beta.is_some(), p.uniform.is_some()];
        if forms.iter().filter(|f| **f).count() != 1 {
            return Err(Error::Source(Box::new(
                crate::error::Diagnostic::at(file.name, file.text, span, Msg::new("param-one-form").arg("what", what)).with_help(Msg::new("param-one-form-help")),
            )));
        }
        let in_domain = |v: f64| match domain {
            Domain::Probability => (0.0..=1.0).contains(&v),
            Domain::NonNegative => v >= 0.0 && v.is_finite(),
        };
        let domain_text = match domain {
            Domain::Probability => "share",
            Domain::NonNegative => "non-negative",
        };
        let dist = if let Some(v) = p.value {
            Dist::Fixed(v)
        } else if let Some(BetaToml { mean, concentration }) = p.beta {
            if domain != Domain::Probability {
                return Err(file.error(span, Msg::new("param-beta-shares").arg("what", what)));
            }
            if !(mean > 0.0 && mean < 1.0) || !(concentration > 0.0 && concentration.is_finite()) {
                return Err(file.error(span, Msg::new("param-beta-range").arg("what", what).arg("mean", mean.to_string()).arg("concentration", concentration.to_string())));
            }
            Dist::Beta { a: mean * concentration, b: (1.0 - mean) * concentration }
        } else {
            let [low, high] = p.uniform.expect("one form is present");
            if !(low <= high) {
                return Err(file.error(span, Msg::new("param-uniform-reversed").arg("what", what).arg("low", low.to_string()).arg("high", high.to_string())));
            }
            Dist::Uniform { low, high }
        };
        let (lo, hi) = dist.support();
        if !in_domain(lo) || !in_domain(hi) {
            return Err(file.error(span, Msg::new("param-domain").arg("what", what).arg("domain", domain_text).arg("lo", lo.to_string()).arg("hi", hi.to_string())));
        }
        Ok(dist)
    }
}

/// One named slot of the parameter vector, or a group of slots drawn together.
#[derive(Debug, Clone, PartialEq)]
enum Prior {
    Scalar(Dist),
    /// Shares that sum to one, Dirichlet(concentration x mean); `None` keeps them fixed.
    Dirichlet {
        means: Vec<f64>,
        concentration: Option<f64>,
    },
}

/// Every uncertain parameter of a population spec (or a draft), one slot each.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Priors {
    names: Vec<ParamName>,
    groups: Vec<(usize, Prior)>,
}

/// Index of a parameter in a drawn vector.
pub type Slot = usize;

impl Priors {
    /// Adds a scalar parameter and returns its slot.
    pub fn scalar(&mut self, name: impl Into<ParamName>, dist: Dist) -> Slot {
        let slot = self.names.len();
        self.names.push(name.into());
        self.groups.push((slot, Prior::Scalar(dist)));
        slot
    }

    /// Adds a group of shares (normalised here) and returns the first slot; the group
    /// occupies `means.len()` consecutive slots.
    pub fn dirichlet(&mut self, names: Vec<ParamName>, means: Vec<f64>, concentration: Option<f64>) -> Slot {
        let slot = self.names.len();
        let total: f64 = means.iter().sum();
        let means = means.iter().map(|m| m / total).collect();
        self.names.extend(names);
        self.groups.push((slot, Prior::Dirichlet { means, concentration }));
        slot
    }

    /// The slot names, in order: the columns of `replicates.parquet`.
    pub fn names(&self) -> &[ParamName] {
        &self.names
    }

    /// The slot of the parameter named `name`, if there is one.
    pub fn slot_of(&self, name: &ParamName) -> Option<Slot> {
        self.names.iter().position(|n| n == name)
    }

    /// Number of slots.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether there are no parameters at all.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// One joint draw of every parameter into `out` (resized to [`len`](Self::len)).
    pub fn draw<R: rand::Rng + ?Sized>(&self, rng: &mut R, out: &mut Vec<f64>) {
        out.clear();
        out.resize(self.names.len(), 0.0);
        for (start, prior) in &self.groups {
            match prior {
                Prior::Scalar(d) => out[*start] = d.sample(rng),
                Prior::Dirichlet { means, concentration: None } => out[*start..*start + means.len()].copy_from_slice(means),
                Prior::Dirichlet { means, concentration: Some(c) } => {
                    let mut total = 0.0;
                    for (k, m) in means.iter().enumerate() {
                        let x = if *m > 0.0 { Gamma::new(m * c, 1.0).expect("validated shape").sample(rng) } else { 0.0 };
                        out[start + k] = x;
                        total += x;
                    }
                    if total > 0.0 {
                        for x in &mut out[*start..*start + means.len()] {
                            *x /= total;
                        }
                    } else {
                        out[*start..*start + means.len()].copy_from_slice(means);
                    }
                }
            }
        }
    }

    /// Every parameter at its expected value: the "central" scenario.
    pub fn central(&self) -> Vec<f64> {
        let mut out = vec![0.0; self.names.len()];
        for (start, prior) in &self.groups {
            match prior {
                Prior::Scalar(d) => out[*start] = d.mean(),
                Prior::Dirichlet { means, .. } => out[*start..*start + means.len()].copy_from_slice(means),
            }
        }
        out
    }

    /// The scalar prior at `slot`, if it is one (calibration narrows these).
    pub fn scalar_dist(&self, slot: Slot) -> Option<Dist> {
        self.groups.iter().find_map(|(s, p)| match p {
            Prior::Scalar(d) if *s == slot => Some(*d),
            _ => None,
        })
    }

    /// The groups of slots: (first slot, number of slots, drawn together as shares).
    pub fn groups(&self) -> Vec<(Slot, usize, bool)> {
        self.groups
            .iter()
            .map(|(s, p)| match p {
                Prior::Scalar(_) => (*s, 1, false),
                Prior::Dirichlet { means, .. } => (*s, means.len(), true),
            })
            .collect()
    }

    /// Whether the slot is drawn (not fixed): only these can drive uncertainty.
    pub fn is_uncertain(&self, slot: Slot) -> bool {
        self.groups.iter().any(|(s, p)| match p {
            Prior::Scalar(d) => *s == slot && !matches!(d, Dist::Fixed(_)),
            Prior::Dirichlet { means, concentration } => concentration.is_some() && (*s..*s + means.len()).contains(&slot),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand_xoshiro::Xoshiro256PlusPlus;

    fn parse(text: &str) -> std::result::Result<Dist, String> {
        #[derive(Deserialize)]
        struct W {
            p: Spanned<ParamToml>,
        }
        let w: W = toml::from_str(text).map_err(|e| e.to_string())?;
        let file = SourceFile { name: "t.toml", text };
        ParamToml::compile(&w.p, &file, "p", Domain::Probability, false).map_err(|e| e.to_string())
    }

    #[test]
    fn accepts_each_form_with_a_citation() {
        assert_eq!(parse("p = { value = 0.5, source = \"x\" }").unwrap(), Dist::Fixed(0.5));
        assert!(matches!(parse("p = { beta = { mean = 0.4, concentration = 10 }, assumption = \"y\" }").unwrap(), Dist::Beta { .. }));
        assert_eq!(parse("p = { uniform = [0.1, 0.2], source = \"x\" }").unwrap(), Dist::Uniform { low: 0.1, high: 0.2 });
    }

    #[test]
    fn rejects_missing_citation_out_of_domain_and_two_forms() {
        let e = parse("p = { value = 0.5 }").unwrap_err();
        assert!(e.contains("t.toml:1:5") && e.contains("no citation"), "{e}");
        let e = parse("p = { value = 1.5, source = \"x\" }").unwrap_err();
        assert!(e.contains("between 0 and 1"), "{e}");
        let e = parse("p = { value = 0.5, uniform = [0.1, 0.2], source = \"x\" }").unwrap_err();
        assert!(e.contains("exactly one"), "{e}");
        let e = parse("p = { valeu = 0.5, source = \"x\" }").unwrap_err();
        assert!(e.contains("valeu"), "{e}");
    }

    #[test]
    fn dirichlet_draws_sum_to_one_and_centre_on_means() {
        let mut priors = Priors::default();
        priors.dirichlet(vec!["a".into(), "b".into(), "c".into()], vec![2.0, 1.0, 1.0], Some(400.0));
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(7);
        let mut v = Vec::new();
        let mut mean_a = 0.0;
        for _ in 0..2000 {
            priors.draw(&mut rng, &mut v);
            assert!((v.iter().sum::<f64>() - 1.0).abs() < 1e-9);
            mean_a += v[0] / 2000.0;
        }
        assert!((mean_a - 0.5).abs() < 0.01, "{mean_a}");
        assert_eq!(priors.central(), vec![0.5, 0.25, 0.25]);
    }
}
