//! Calibration targets: published figures mapped to rows of a run's totals.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, Result, did_you_mean};
use crate::i18n::{Msg, Words};
use crate::scenario::param::{SourceFile, check_cite};
use crate::scenario::vocab::Status;
use crate::summary::{Column, PERSON_OUTCOMES, ReportOutcome, TotalKey};

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
    title_ru: Option<String>,
    #[serde(default)]
    title_kk: Option<String>,
    #[serde(default)]
    draft: Option<Spanned<String>>,
    #[serde(default)]
    kind: Option<Spanned<String>>,
    #[serde(default)]
    label: Option<String>,
    #[serde(default)]
    label_ru: Option<String>,
    #[serde(default)]
    label_kk: Option<String>,
    #[serde(default)]
    weight: Option<Spanned<f64>>,
}

/// What a targets file's figures are: estimates made before the law took effect, or
/// what was reported afterwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Made before the vote (the ministry's forecast).
    Forecast,
    /// Reported after implementation (the penal committee's figures).
    Outcome,
}

impl FileKind {
    /// File spelling.
    pub fn name(self) -> &'static str {
        match self {
            FileKind::Forecast => "forecast",
            FileKind::Outcome => "outcome",
        }
    }
}

fn yes() -> bool {
    true
}

/// `"prisoner"`, `"all"`, or a list such as `["prisoner", "probationer"]`.
#[derive(Deserialize)]
#[serde(untagged)]
enum StatusToml {
    One(String),
    Many(Vec<String>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetToml {
    name: String,
    #[serde(default)]
    name_ru: Option<String>,
    #[serde(default)]
    name_kk: Option<String>,
    value: f64,
    tolerance: f64,
    status: Spanned<StatusToml>,
    outcomes: Vec<Spanned<String>>,
    #[serde(default = "yes")]
    calibrate: bool,
    #[serde(default)]
    kind: Option<Spanned<String>>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    source_ru: Option<String>,
    #[serde(default)]
    source_kk: Option<String>,
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
    /// Statuses summed; empty for all.
    pub statuses: Vec<Status>,
    /// Outcomes summed.
    pub outcomes: Vec<ReportOutcome>,
    /// The name in Russian and Kazakh.
    pub name_words: Words,
    /// Citation.
    pub source: String,
    /// The citation in Russian and Kazakh.
    pub source_words: Words,
    /// Fitted (true) or only reported beside the model (false).
    pub fitted: bool,
    /// How the figure relates to the model's quantity.
    pub kind: TargetKind,
    /// Its file's weight in calibration.
    pub weight: f64,
    /// Whether its file is a forecast or an outcome.
    pub origin: FileKind,
    /// Its file's short label.
    pub origin_label: String,
    /// Its file's short label in Russian and Kazakh.
    pub origin_label_words: Words,
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
    /// The figure is reported as "more than": the quantity is at least the figure,
    /// consistent when the simulated interval reaches at or above it.
    LowerBound,
}

impl TargetKind {
    /// File spelling.
    pub fn name(self) -> &'static str {
        match self {
            TargetKind::Estimate => "estimate",
            TargetKind::UpperBound => "upper_bound",
            TargetKind::LowerBound => "lower_bound",
        }
    }
}

impl Target {
    /// Whether a simulated interval `[low, median, high]` agrees with the figure.
    pub fn consistent(&self, q: [f64; 3]) -> bool {
        match self.kind {
            TargetKind::Estimate => q[0] <= self.value && self.value <= q[2],
            TargetKind::UpperBound => q[0] <= self.value,
            TargetKind::LowerBound => q[2] >= self.value,
        }
    }

    /// The relative miss of a simulated value in units of the tolerance, signed by the
    /// bound: a bound met is no miss. ABC's distance is built from these.
    pub fn miss(&self, x: f64) -> f64 {
        let d = (x - self.value) / (self.tolerance * self.value);
        match self.kind {
            TargetKind::Estimate => d,
            TargetKind::UpperBound => d.max(0.0),
            TargetKind::LowerBound => d.min(0.0),
        }
    }

    /// The figure as tables print it: `632`, `>2,000`, `<=2,136`.
    pub fn shown_value(&self) -> String {
        let v = crate::numbers::thousands(self.value);
        match self.kind {
            TargetKind::Estimate => v,
            TargetKind::UpperBound => format!("<={v}"),
            TargetKind::LowerBound => format!(">{v}"),
        }
    }

    /// The target's name as tables show it, with how it is used.
    pub fn label(&self) -> String {
        match (self.kind, self.fitted) {
            (TargetKind::UpperBound, _) => format!("{} (upper bound)", self.name),
            (TargetKind::LowerBound, false) => format!("{} (lower bound, not fitted)", self.name),
            (TargetKind::LowerBound, true) => format!("{} (lower bound)", self.name),
            (TargetKind::Estimate, false) => format!("{} (not fitted)", self.name),
            (TargetKind::Estimate, true) => self.name.clone(),
        }
    }
}

impl Target {
    /// The replicate-table columns whose sum is this target, for draft `draft`.
    pub fn columns(&self, draft: &str) -> Vec<Column> {
        let statuses: Vec<Option<Status>> = if self.statuses.is_empty() { vec![None] } else { self.statuses.iter().copied().map(Some).collect() };
        statuses.iter().flat_map(|s| self.outcomes.iter().map(move |o| TotalKey::persons(*s, *o).column(draft))).collect()
    }

    /// Whether two targets measure the same quantity (same statuses and outcomes).
    pub fn same_quantity(&self, other: &Target) -> bool {
        let sorted = |t: &Target| {
            let mut s: Vec<usize> = t.statuses.iter().map(|s| s.index()).collect();
            s.sort();
            let mut o: Vec<&str> = t.outcomes.iter().map(|o| o.name()).collect();
            o.sort();
            (s, o)
        };
        sorted(self) == sorted(other)
    }
}

/// The targets files shipped in scenarios/targets, embedded so a report can quote the
/// published figures of the 2025 law without reading files: (name, text).
pub const SHIPPED: &[(&str, &str)] = &[
    ("scenarios/targets/kz-2025-forecast.toml", include_str!("../../scenarios/targets/kz-2025-forecast.toml")),
    ("scenarios/targets/kz-2025-actual.toml", include_str!("../../scenarios/targets/kz-2025-actual.toml")),
    ("scenarios/targets/kz-2025-forecast-2.toml", include_str!("../../scenarios/targets/kz-2025-forecast-2.toml")),
];

/// A targets file.
#[derive(Debug, Clone)]
pub struct Targets {
    /// Title.
    pub title: String,
    /// The title in Russian and Kazakh.
    pub title_words: Words,
    /// The draft the figures were made for, if the file says.
    pub draft: Option<String>,
    /// Forecast or outcome.
    pub kind: FileKind,
    /// A short name for tables (`forecast, Majilis June 2025`).
    pub label: String,
    /// The short name in Russian and Kazakh.
    pub label_words: Words,
    /// How much this file's figures count in calibration, relative to other files.
    pub weight: f64,
    /// Targets.
    pub targets: Vec<Target>,
    /// Path.
    pub path: String,
    /// Text, for hashing.
    pub text: String,
}

impl Targets {
    /// Reads several targets files into one set (calibration fits them together, each
    /// file's figures weighted by its `weight`); names must not repeat across files
    /// unless they measure the same quantity (a forecast and an outcome of one figure).
    pub fn load_all(paths: &[std::path::PathBuf]) -> Result<Self> {
        let files = paths.iter().map(|p| Self::load(p)).collect::<Result<Vec<_>>>()?;
        Self::merge(files)
    }

    /// Merges parsed files (see [`Targets::load_all`]).
    pub fn merge(files: Vec<Targets>) -> Result<Self> {
        let mut files = files.into_iter();
        let mut all = files.next().ok_or_else(|| Error::setting(crate::error::Setting::Targets, Msg::new("targets-none")))?;
        for f in files {
            for t in &f.targets {
                if let Some(o) = all.targets.iter().find(|o| o.name == t.name)
                    && !o.same_quantity(t)
                {
                    return Err(Error::invalid(&f.path, Msg::new("targets-conflict").arg("name", t.name.as_str()).arg("other", all.path.as_str())));
                }
            }
            all.targets.extend(f.targets);
            all.path = format!("{} + {}", all.path, f.path);
            all.title = format!("{}; {}", all.title, f.title);
            all.text.push_str(&f.text);
            all.draft = all.draft.or(f.draft);
        }
        Ok(all)
    }

    /// Reads a targets file.
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Self::parse(&path.display().to_string(), &text)
    }

    /// Parses and checks a targets file.
    pub fn parse(name: &str, text: &str) -> Result<Self> {
        let raw: TargetsToml = toml::from_str(text).map_err(|e| Error::toml(name, text, &e))?;
        let src = SourceFile { name, text };
        check_draft(&src, &raw.meta)?;
        let mut targets = Vec::new();
        for t in &raw.target {
            let target = parse_target(&src, t)?;
            if targets.iter().any(|o: &Target| o.name == target.name) {
                return Err(src.error(t.span(), Msg::new("targets-twice").arg("name", target.name.as_str())));
            }
            targets.push(target);
        }
        let kind = file_kind(&src, &raw.meta)?;
        let weight = file_weight(&src, &raw.meta)?;
        let label = raw.meta.label.clone().unwrap_or_else(|| kind.name().to_string());
        let label_words = Words { ru: raw.meta.label_ru.clone(), kk: raw.meta.label_kk.clone() };
        for t in &mut targets {
            (t.weight, t.origin, t.origin_label, t.origin_label_words) = (weight, kind, label.clone(), label_words.clone());
        }
        let title_words = Words { ru: raw.meta.title_ru, kk: raw.meta.title_kk };
        Ok(Targets {
            title: raw.meta.title,
            title_words,
            label_words,
            draft: raw.meta.draft.map(|d| d.into_inner()),
            kind,
            label,
            weight,
            targets,
            path: name.to_string(),
            text: text.to_string(),
        })
    }
}

/// Checks that the draft the figures describe is one the tool ships: a figure for a
/// draft no one can run would be checked against nothing.
fn check_draft(src: &SourceFile, meta: &MetaToml) -> Result<()> {
    let Some(d) = &meta.draft else { return Ok(()) };
    let ids = crate::draft::SHIPPED.iter().map(|(id, _)| *id);
    if crate::draft::SHIPPED.iter().any(|(id, _)| id == d.get_ref()) {
        return Ok(());
    }
    let near = crate::error::did_you_mean(d.get_ref(), ids.clone()).unwrap_or("none");
    Err(src.error(d.span(), Msg::new("targets-unknown-draft").arg("draft", d.get_ref().as_str()).arg("near", near).arg("ids", ids.collect::<Vec<_>>().join(", "))))
}

/// One `[[target]]`, checked (citation, value, statuses, outcomes, kind); its file's
/// weight and label are filled in once the `[meta]` table is read.
fn parse_target(src: &SourceFile, t: &Spanned<TargetToml>) -> Result<Target> {
    let x = t.get_ref();
    check_cite(src, t.span(), &x.name, &x.source, &x.assumption, false)?;
    if !(x.value > 0.0) || !(x.tolerance > 0.0 && x.tolerance < 1.0) {
        return Err(src.error(t.span(), Msg::new("targets-value-tolerance").arg("name", x.name.as_str())));
    }
    let statuses = target_statuses(src, x)?;
    let outcomes = target_outcomes(src, t)?;
    let kind = target_kind(src, t)?;
    Ok(Target {
        name: x.name.clone(),
        name_words: Words { ru: x.name_ru.clone(), kk: x.name_kk.clone() },
        value: x.value,
        tolerance: x.tolerance,
        statuses,
        outcomes,
        source: x.source.clone().or(x.assumption.clone()).unwrap_or_default(),
        source_words: Words { ru: x.source_ru.clone(), kk: x.source_kk.clone() },
        fitted: x.calibrate,
        kind,
        weight: 1.0,
        origin: FileKind::Forecast,
        origin_label: String::new(),
        origin_label_words: Words::default(),
    })
}

/// The statuses a target sums: empty for `"all"`; unknown, repeated or no statuses are
/// refused.
fn target_statuses(src: &SourceFile, x: &TargetToml) -> Result<Vec<Status>> {
    let names: Vec<String> = match x.status.get_ref() {
        StatusToml::One(s) => vec![s.clone()],
        StatusToml::Many(v) => v.clone(),
    };
    let mut statuses = Vec::new();
    for s in &names {
        if s == "all" && names.len() == 1 {
            continue;
        }
        let st = Status::from_name(s).ok_or_else(|| src.error(x.status.span(), Msg::new("targets-unknown-status").arg("status", s.to_string())))?;
        if statuses.contains(&st) {
            return Err(src.error(x.status.span(), Msg::new("targets-status-twice").arg("status", s.to_string())));
        }
        statuses.push(st);
    }
    if names.is_empty() {
        return Err(src.error(x.status.span(), Msg::new("targets-empty-statuses")));
    }
    Ok(statuses)
}

/// The outcomes a target sums, each a person outcome of the summary; at least one.
fn target_outcomes(src: &SourceFile, t: &Spanned<TargetToml>) -> Result<Vec<ReportOutcome>> {
    let x = t.get_ref();
    let mut outcomes = Vec::new();
    for o in &x.outcomes {
        let found = PERSON_OUTCOMES.iter().find(|c| c.name() == o.get_ref()).ok_or_else(|| {
            let names: Vec<&str> = PERSON_OUTCOMES.iter().map(|c| c.name()).collect();
            let near = did_you_mean(o.get_ref(), names.iter().copied()).unwrap_or("none");
            src.error(
                o.span(),
                Msg::new("targets-unknown-outcome")
                    .arg("outcome", o.get_ref().as_str())
                    .arg("near", near)
                    .arg("valid", names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")),
            )
        })?;
        outcomes.push(*found);
    }
    if outcomes.is_empty() {
        return Err(src.error(t.span(), Msg::new("targets-no-outcome").arg("name", x.name.as_str())));
    }
    Ok(outcomes)
}

/// How a target's figure relates to the model's quantity (`estimate` unless it says).
fn target_kind(src: &SourceFile, t: &Spanned<TargetToml>) -> Result<TargetKind> {
    let x = t.get_ref();
    match x.kind.as_ref().map(|k| k.get_ref().as_str()) {
        None | Some("estimate") => Ok(TargetKind::Estimate),
        Some("upper_bound") => Ok(TargetKind::UpperBound),
        Some("lower_bound") => Ok(TargetKind::LowerBound),
        Some(other) => {
            let span = x.kind.as_ref().map_or(t.span(), |k| k.span());
            let near = did_you_mean(other, ["estimate", "upper_bound", "lower_bound"]).unwrap_or("none");
            Err(src.error(span, Msg::new("targets-unknown-kind").arg("name", x.name.as_str()).arg("kind", other).arg("near", near)))
        }
    }
}

/// Whether the file's figures are a forecast (the default) or an outcome.
fn file_kind(src: &SourceFile, meta: &MetaToml) -> Result<FileKind> {
    match meta.kind.as_ref().map(|k| k.get_ref().as_str()) {
        None | Some("forecast") => Ok(FileKind::Forecast),
        Some("outcome") => Ok(FileKind::Outcome),
        Some(other) => {
            let span = meta.kind.as_ref().map_or(0..0, |k| k.span());
            let near = did_you_mean(other, ["forecast", "outcome"]).unwrap_or("none");
            Err(src.error(span, Msg::new("targets-unknown-file-kind").arg("kind", other).arg("near", near)))
        }
    }
}

/// The file's weight in calibration: 1 unless it says, and more than 0, at most 100.
fn file_weight(src: &SourceFile, meta: &MetaToml) -> Result<f64> {
    match &meta.weight {
        None => Ok(1.0),
        Some(w) if *w.get_ref() > 0.0 && *w.get_ref() <= 100.0 => Ok(*w.get_ref()),
        Some(w) => Err(src.error(w.span(), Msg::new("targets-weight"))),
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
    fn the_draft_a_file_names_must_be_a_shipped_one() {
        let named = |d: &str| ONE.replace("title = \"t\"\n", &format!("title = \"t\"\ndraft = \"{d}\"\n"));
        assert_eq!(Targets::parse("t.toml", &named("kz-2025-enacted")).unwrap().draft.as_deref(), Some("kz-2025-enacted"));
        let e = Targets::parse("t.toml", &named("kz-2025-enactd")).unwrap_err().to_string();
        assert!(e.contains("t.toml:3:9") && e.contains("no shipped draft") && e.contains("did you mean `kz-2025-enacted`"), "{e}");
        assert!(Targets::parse("t.toml", ONE).unwrap().draft.is_none(), "a file may name no draft");
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
    }

    #[test]
    fn a_lower_bound_agrees_when_the_interval_reaches_it_and_misses_only_below() {
        let t = Targets::parse("t.toml", &with("kind = \"lower_bound\"\n")).unwrap();
        let bound = &t.targets[1];
        assert!(bound.fitted && bound.label().contains("lower bound") && bound.shown_value() == ">50");
        assert!(bound.consistent([10.0, 30.0, 60.0]) && !bound.consistent([10.0, 30.0, 45.0]));
        assert_eq!(bound.miss(80.0), 0.0);
        assert!((bound.miss(40.0) + 1.0).abs() < 1e-12, "{}", bound.miss(40.0));
    }

    #[test]
    fn status_lists_sum_every_status_and_files_merge_by_quantity() {
        let text = ONE.replace("status = \"prisoner\"", "status = [\"prisoner\", \"probationer\"]");
        let a = Targets::parse("a.toml", &text).unwrap();
        assert_eq!(a.targets[0].columns("d").iter().map(ToString::to_string).collect::<Vec<_>>(), ["d:persons:prisoner:released", "d:persons:probationer:released"]);
        let b = Targets::parse("b.toml", &format!("[meta]\ntitle = \"o\"\nkind = \"outcome\"\nweight = 2\n{}", &text[text.find("[[target]]").unwrap()..])).unwrap();
        assert_eq!((b.kind, b.targets[0].weight), (FileKind::Outcome, 2.0));
        let merged = Targets::merge(vec![a, b]).unwrap();
        assert_eq!(merged.targets.len(), 2);
        let c = Targets::parse("c.toml", ONE).unwrap();
        let e = Targets::merge(vec![merged, c]).unwrap_err().to_string();
        assert!(e.contains("sums other statuses or outcomes"), "{e}");
        let e = Targets::parse("t.toml", &ONE.replace("status = \"prisoner\"", "status = [\"prisoner\", \"jail\"]")).unwrap_err().to_string();
        assert!(e.contains("t.toml:7:10: unknown status `jail`"), "{e}");
    }
}
