//! Calibration targets: published figures mapped to rows of a run's totals.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, Result, did_you_mean};
use crate::param::{SourceFile, check_cite};
use crate::summary::{PERSON_OUTCOMES, ReportOutcome};
use crate::vocab::Status;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetsToml {
    meta: MetaToml,
    target: Vec<Spanned<TargetToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetaToml {
    title: String,
    #[serde(default)]
    draft: Option<String>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetToml {
    name: String,
    value: f64,
    tolerance: f64,
    status: Spanned<String>,
    outcomes: Vec<Spanned<String>>,
    #[serde(default = "yes")]
    calibrate: bool,
    #[serde(default)]
    kind: Option<Spanned<String>>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    assumption: Option<String>,
}

/// One published figure.
#[derive(Debug, Clone)]
pub struct Target {
    /// What it is.
    pub name: String,
    /// The figure.
    pub value: f64,
    /// Relative half-width that counts as a fit.
    pub tolerance: f64,
    /// Status, or `None` for all.
    pub status: Option<Status>,
    /// Outcomes summed.
    pub outcomes: Vec<ReportOutcome>,
    /// Citation.
    pub source: String,
    /// Fitted (true) or only reported beside the model (false).
    pub fitted: bool,
    /// How the figure relates to the model's quantity.
    pub kind: TargetKind,
}

/// How a published figure relates to the model's quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    /// The figure estimates the same quantity: consistent when it lies inside the
    /// simulated interval.
    Estimate,
    /// The figure counts a wider population than the model (all pre-trial cases, where
    /// the model holds detainees only), so the model's quantity can be at most the
    /// figure: consistent when the simulated interval reaches at or below it.
    UpperBound,
}

impl TargetKind {
    /// File spelling.
    pub fn name(self) -> &'static str {
        match self {
            TargetKind::Estimate => "estimate",
            TargetKind::UpperBound => "upper_bound",
        }
    }
}

impl Target {
    /// Whether a simulated interval `[low, median, high]` agrees with the figure.
    pub fn consistent(&self, q: [f64; 3]) -> bool {
        match self.kind {
            TargetKind::Estimate => q[0] <= self.value && self.value <= q[2],
            TargetKind::UpperBound => q[0] <= self.value,
        }
    }

    /// The target's name as tables show it, with how it is used.
    pub fn label(&self) -> String {
        match (self.kind, self.fitted) {
            (TargetKind::UpperBound, _) => format!("{} (upper bound)", self.name),
            (TargetKind::Estimate, false) => format!("{} (not fitted)", self.name),
            (TargetKind::Estimate, true) => self.name.clone(),
        }
    }
}

impl Target {
    /// The replicate-table columns whose sum is this target, for draft `draft`.
    pub fn columns(&self, draft: &str) -> Vec<String> {
        self.outcomes
            .iter()
            .map(|o| format!("{draft}:persons:{}:{}", self.status.map_or("all", |s| s.name()), o.name()))
            .collect()
    }
}

/// A targets file.
#[derive(Debug, Clone)]
pub struct Targets {
    /// Title.
    pub title: String,
    /// The draft the figures were made for, if the file says.
    pub draft: Option<String>,
    /// Targets.
    pub targets: Vec<Target>,
    /// Path.
    pub path: String,
    /// Text, for hashing.
    pub text: String,
}


impl Targets {
    /// Reads a targets file.
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Self::parse(&path.display().to_string(), &text)
    }

    /// Parses and checks a targets file.
    pub fn parse(name: &str, text: &str) -> Result<Self> {
        let raw: TargetsToml = toml::from_str(text).map_err(|e| Error::toml(name, text, &e))?;
        let src = SourceFile { name, text };
        let mut targets = Vec::new();
        for t in &raw.target {
            let x = t.get_ref();
            check_cite(&src, t.span(), &format!("target `{}`", x.name), &x.source, &x.assumption, false)?;
            if !(x.value > 0.0) || !(x.tolerance > 0.0 && x.tolerance < 1.0) {
                return Err(src.error(t.span(), format!("target `{}`: need value > 0 and 0 < tolerance < 1", x.name)));
            }
            let status = match x.status.get_ref().as_str() {
                "all" => None,
                s => Some(Status::from_name(s).ok_or_else(|| {
                    src.error(x.status.span(), format!("unknown status `{s}`; expected prisoner, pretrial, probationer or all"))
                })?),
            };
            let mut outcomes = Vec::new();
            for o in &x.outcomes {
                let found = PERSON_OUTCOMES.iter().find(|c| c.name() == o.get_ref()).ok_or_else(|| {
                    let names: Vec<&str> = PERSON_OUTCOMES.iter().map(|c| c.name()).collect();
                    let hint = did_you_mean(o.get_ref(), names.iter().copied()).map(|h| format!("did you mean `{h}`? ")).unwrap_or_default();
                    src.error(o.span(), format!("unknown outcome `{}`; {hint}expected one of {}", o.get_ref(), names.join(", ")))
                })?;
                outcomes.push(*found);
            }
            if outcomes.is_empty() {
                return Err(src.error(t.span(), format!("target `{}` lists no outcome", x.name)));
            }
            let kind = match x.kind.as_ref().map(|k| k.get_ref().as_str()) {
                None | Some("estimate") => TargetKind::Estimate,
                Some("upper_bound") => TargetKind::UpperBound,
                Some(other) => {
                    let span = x.kind.as_ref().map_or(t.span(), |k| k.span());
                    let hint = did_you_mean(other, ["estimate", "upper_bound"]).map(|h| format!("did you mean `{h}`? ")).unwrap_or_default();
                    return Err(src.error(span, format!("target `{}`: unknown kind `{other}`; {hint}expected `estimate` (the default) or `upper_bound`", x.name)));
                }
            };
            if kind == TargetKind::UpperBound && x.calibrate {
                return Err(src.error(
                    t.span(),
                    format!("target `{}`: an upper bound is reported beside the model, not fitted; add `calibrate = false`", x.name),
                ));
            }
            targets.push(Target {
                name: x.name.clone(),
                value: x.value,
                tolerance: x.tolerance,
                status,
                outcomes,
                source: x.source.clone().or(x.assumption.clone()).unwrap_or_default(),
                fitted: x.calibrate,
                kind,
            });
        }
        if !targets.iter().any(|t| t.fitted) {
            return Err(Error::invalid(name, "no [[target]] to fit (every entry has calibrate = false)"));
        }
        Ok(Targets { title: raw.meta.title, draft: raw.meta.draft, targets, path: name.to_string(), text: text.to_string() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = "[meta]\ntitle = \"t\"\n[[target]]\nname = \"fit me\"\nvalue = 100\ntolerance = 0.2\nstatus = \"prisoner\"\noutcomes = [\"released\"]\nsource = \"s\"\n";

    fn with(extra: &str) -> String {
        format!("{ONE}[[target]]\nname = \"bound\"\nvalue = 50\ntolerance = 0.2\nstatus = \"pretrial\"\noutcomes = [\"case_closed\"]\nsource = \"s\"\n{extra}")
    }

    #[test]
    fn an_upper_bound_agrees_with_any_interval_reaching_below_it() {
        let t = Targets::parse("t.toml", &with("kind = \"upper_bound\"\ncalibrate = false\n")).unwrap();
        let (estimate, bound) = (&t.targets[0], &t.targets[1]);
        assert_eq!(bound.kind, TargetKind::UpperBound);
        assert!(!bound.fitted && bound.label().contains("upper bound"));
        assert!(bound.consistent([10.0, 20.0, 40.0]) && bound.consistent([45.0, 60.0, 80.0]));
        assert!(!bound.consistent([55.0, 60.0, 80.0]));
        assert!(estimate.consistent([90.0, 100.0, 110.0]) && !estimate.consistent([10.0, 20.0, 40.0]));
    }

    #[test]
    fn kind_mistakes_are_reported() {
        let e = Targets::parse("t.toml", &with("kind = \"upper\"\ncalibrate = false\n")).unwrap_err().to_string();
        assert!(e.contains("t.toml:") && e.contains("unknown kind `upper`") && e.contains("upper_bound"), "{e}");
        let e = Targets::parse("t.toml", &with("kind = \"upper_bound\"\n")).unwrap_err().to_string();
        assert!(e.contains("not fitted") && e.contains("calibrate = false"), "{e}");
    }
}
