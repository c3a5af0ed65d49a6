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
            targets.push(Target {
                name: x.name.clone(),
                value: x.value,
                tolerance: x.tolerance,
                status,
                outcomes,
                source: x.source.clone().or(x.assumption.clone()).unwrap_or_default(),
                fitted: x.calibrate,
            });
        }
        if !targets.iter().any(|t| t.fitted) {
            return Err(Error::invalid(name, "no [[target]] to fit (every entry has calibrate = false)"));
        }
        Ok(Targets { title: raw.meta.title, draft: raw.meta.draft, targets, path: name.to_string(), text: text.to_string() })
    }
}
