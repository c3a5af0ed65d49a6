//! The numbers and switches of a draft that a sweep (or any what-if) may change, named
//! by a path, and the edit that sets one. The edit is made on the draft's own TOML
//! text (with `toml_edit`, which keeps comments and layout) and the result goes back
//! through [`super::Draft::parse`], so an edited draft is checked exactly like a file
//! and every mistake gets the same message.
//!
//! Paths:
//! - `provision.ID` and `exclude.ID`: switch the clause `on` or `off`;
//! - `provision.ID.effect.cut.fraction`: a cut's fraction, in (0, 1];
//! - `provision.ID.effect.release_if_remaining_at_most`: the time-left threshold, a
//!   duration (`6m`, `1y`, `90d`) or a number of days;
//! - `draft.court_grant`, `draft.repayment_in_time`, `draft.processing_months` and
//!   `provision.ID.court_grant` (where a provision has its own): the uncertain
//!   parameter fixed at a value;
//! - the same followed by `.mean`: the parameter's distribution moved to that mean,
//!   keeping its spread (a Beta keeps its concentration, a uniform range its width).

use toml_edit::{DocumentMut, Item, Value};

use super::{Draft, Effect};
use crate::error::{Error, Result, Setting, did_you_mean};
use crate::i18n::Msg;
use crate::scenario::param::{DraftParam, ParamName};

/// What a path sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathKind {
    /// A clause on or off.
    Switch,
    /// A cut fraction.
    Fraction,
    /// A duration in days.
    Duration,
    /// An uncertain parameter fixed at a value.
    Fixed,
    /// An uncertain parameter's mean.
    Mean,
}

impl PathKind {
    /// What values it takes, for help and errors, in words of every language.
    pub fn values(self) -> Msg {
        Msg::new(match self {
            PathKind::Switch => "path-values-switch",
            PathKind::Fraction => "path-values-fraction",
            PathKind::Duration => "path-values-duration",
            PathKind::Fixed => "path-values-fixed",
            PathKind::Mean => "path-values-mean",
        })
    }
}

/// What a path names: the typed form [`DraftPath::path`] is spelt from, and what
/// [`set`] edits, so a path is never split back into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathTarget {
    /// A provision, switched on or off.
    Provision(String),
    /// An exclusion, switched on or off.
    Exclusion(String),
    /// A provision's cut fraction.
    CutFraction(String),
    /// A provision's time-left threshold.
    ReleaseWindow(String),
    /// An uncertain parameter of the draft (`provision` set: that provision's own).
    Parameter {
        /// The provision whose own parameter it is, or `None` for the draft's.
        provision: Option<String>,
        /// The parameter's key in the draft's TOML (`court_grant`, ...).
        name: &'static str,
        /// Whether the value moves the mean (spread kept) rather than fixing it.
        mean: bool,
    },
}

impl PathTarget {
    /// The path as a user types it: the one place it is spelt.
    pub fn spell(&self) -> String {
        match self {
            PathTarget::Provision(id) => format!("provision.{id}"),
            PathTarget::Exclusion(id) => format!("exclude.{id}"),
            PathTarget::CutFraction(id) => format!("provision.{id}.effect.cut.fraction"),
            PathTarget::ReleaseWindow(id) => format!("provision.{id}.effect.release_if_remaining_at_most"),
            PathTarget::Parameter { provision, name, mean } => {
                let owner = provision.as_ref().map_or_else(|| "draft".to_string(), |id| format!("provision.{id}"));
                format!("{owner}.{name}{}", if *mean { ".mean" } else { "" })
            }
        }
    }
}

/// One path a draft offers.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftPath {
    /// The path as typed ([`PathTarget::spell`] of `target`).
    pub path: String,
    /// What it names.
    pub target: PathTarget,
    /// What it sets.
    pub kind: PathKind,
    /// Its value in the draft as written.
    pub current: String,
    /// Its value in the draft in words of every language (`check --paths`).
    pub current_words: Msg,
}

impl DraftPath {
    fn new(target: PathTarget, kind: PathKind, current: String) -> Self {
        let current_words = match kind {
            PathKind::Switch => Msg::new("path-switch-value").arg("value", current.as_str()),
            _ => Msg::from(current.as_str()),
        };
        DraftPath { path: target.spell(), target, kind, current, current_words }
    }
}

/// Every path `draft` offers, in file order.
pub fn paths(draft: &Draft) -> Vec<DraftPath> {
    let mut out = Vec::new();
    let param = |provision: Option<&str>, name: &'static str, dist: crate::scenario::param::Dist, out: &mut Vec<DraftPath>| {
        use crate::scenario::param::Dist;
        let (current, words) = match dist {
            Dist::Fixed(v) => (format!("{v}"), Msg::from(format!("{v}"))),
            Dist::Beta { .. } => (format!("beta, mean {:.3}", dist.mean()), Msg::new("path-beta-mean").arg("mean", format!("{:.3}", dist.mean()))),
            Dist::Uniform { low, high } => (format!("{low} to {high}"), Msg::new("path-from-to").arg("low", low.to_string()).arg("high", high.to_string())),
        };
        let target = |mean| PathTarget::Parameter { provision: provision.map(str::to_string), name, mean };
        out.push(DraftPath { current_words: words, ..DraftPath::new(target(false), PathKind::Fixed, current) });
        out.push(DraftPath::new(target(true), PathKind::Mean, format!("{}", dist.mean())));
    };
    for name in DraftParam::ALL {
        if let Some(slot) = draft.priors.slot_of(&ParamName::from(name)) {
            param(None, name, draft.priors.scalar_dist(slot).expect("draft priors are scalars"), &mut out);
        }
    }
    for e in &draft.exclusions {
        out.push(DraftPath::new(PathTarget::Exclusion(e.id.clone()), PathKind::Switch, "on".into()));
    }
    for p in &draft.provisions {
        out.push(DraftPath::new(PathTarget::Provision(p.id.clone()), PathKind::Switch, "on".into()));
        match p.effect {
            Effect::Cut { fraction, .. } => out.push(DraftPath::new(PathTarget::CutFraction(p.id.clone()), PathKind::Fraction, format!("{fraction}"))),
            Effect::ReleaseIfRemainingAtMost(days) => out.push(DraftPath::new(PathTarget::ReleaseWindow(p.id.clone()), PathKind::Duration, format!("{days}d"))),
            Effect::Release | Effect::CloseCase => {}
        }
        if let Some(slot) = draft.priors.slot_of(&ParamName::provision_grant(&p.id)) {
            param(Some(&p.id), "court_grant", draft.priors.scalar_dist(slot).expect("draft priors are scalars"), &mut out);
        }
    }
    out
}

/// Finds `path` among the draft's paths, or says what would be valid.
pub fn lookup(draft: &Draft, path: &str) -> Result<DraftPath> {
    let all = paths(draft);
    if let Some(p) = all.iter().find(|p| p.path == path) {
        return Ok(p.clone());
    }
    let near = did_you_mean(path, all.iter().map(|p| p.path.as_str())).unwrap_or("none");
    Err(Error::request(Setting::Vary, path, Msg::new("path-unknown").arg("draft", draft.id.as_str()).arg("near", near)))
}

/// A value for a path, as the user wrote it.
#[derive(Debug, Clone, PartialEq)]
pub enum PathValue {
    /// On or off.
    Switch(bool),
    /// A number (days for a duration).
    Number(f64),
}

impl PathValue {
    /// The value as a number (1 and 0 for on and off), for tables and charts.
    pub fn number(&self) -> f64 {
        match self {
            PathValue::Switch(on) => *on as u8 as f64,
            PathValue::Number(x) => *x,
        }
    }
}

/// Parses one value for a path of `kind`.
pub fn parse_value(kind: PathKind, text: &str) -> std::result::Result<PathValue, Msg> {
    let t = text.trim();
    match kind {
        PathKind::Switch => match t {
            "on" | "true" | "1" | "yes" => Ok(PathValue::Switch(true)),
            "off" | "false" | "0" | "no" => Ok(PathValue::Switch(false)),
            _ => Err(Msg::new("path-not-switch").arg("text", t)),
        },
        PathKind::Duration => match t.parse::<f64>() {
            Ok(days) if days.is_finite() && days >= 0.0 && days.fract() == 0.0 && days <= super::duration::MAX_DAYS as f64 => Ok(PathValue::Number(days)),
            Ok(days) if days > super::duration::MAX_DAYS as f64 => Err(Msg::new("path-days-too-long").arg("text", t).arg("max", super::duration::MAX_DAYS as f64)),
            Ok(_) => Err(Msg::new("path-not-whole-days").arg("text", t)),
            Err(_) => super::duration::parse_msg(t).map(|d| PathValue::Number(d as f64)),
        },
        _ => t
            .replace('_', "")
            .parse::<f64>()
            .ok()
            .filter(|x| x.is_finite())
            .map(PathValue::Number)
            .ok_or_else(|| Msg::new("path-not-number").arg("text", t).msg("values", kind.values())),
    }
}

/// `text` (a draft's TOML) with `path` set to `value`. The result still has to pass
/// [`super::Draft::parse`], which checks the value's range (a fraction of 1.5, a
/// probability of 2) as it checks a file.
pub fn set(text: &str, path: &DraftPath, value: &PathValue) -> Result<String> {
    let mut doc: DocumentMut =
        text.parse().map_err(|e: toml_edit::TomlError| Error::request(Setting::Vary, &path.path, Msg::new("path-not-editable").arg("error", e.to_string())))?;
    let bad = || Error::request(Setting::Vary, &path.path, Msg::new("path-cannot-set"));
    match (&path.target, value) {
        (PathTarget::Provision(id), PathValue::Switch(on)) => switch(&mut doc, "provision", id, *on).ok_or_else(bad)?,
        (PathTarget::Exclusion(id), PathValue::Switch(on)) => switch(&mut doc, "exclude", id, *on).ok_or_else(bad)?,
        (PathTarget::CutFraction(id), PathValue::Number(x)) => {
            let effect = effect_of(&mut doc, id).ok_or_else(bad)?;
            let cut = effect.get_mut("cut").and_then(Value::as_inline_table_mut).ok_or_else(bad)?;
            cut.insert("fraction", Value::from(*x));
        }
        (PathTarget::ReleaseWindow(id), PathValue::Number(days)) => {
            effect_of(&mut doc, id).ok_or_else(bad)?.insert("release_if_remaining_at_most", Value::from(format!("{}d", *days as u64)));
        }
        (PathTarget::Parameter { provision, name, mean }, PathValue::Number(x)) => {
            let table = match provision {
                None => doc.get_mut("draft").and_then(Item::as_table_like_mut).ok_or_else(bad)?,
                Some(id) => clause(&mut doc, "provision", id).ok_or_else(bad)?,
            };
            let param = table.get_mut(name).and_then(Item::as_value_mut).and_then(Value::as_inline_table_mut).ok_or_else(bad)?;
            set_param(param, *x, *mean).map_err(|m| Error::request(Setting::Vary, &path.path, m))?;
        }
        _ => return Err(Error::request(Setting::Vary, &path.path, Msg::new("path-takes").msg("values", path.kind.values()))),
    }
    Ok(doc.to_string())
}

/// Removes clause `id` of array `kind` when `on` is false; `None` if it is not there.
fn switch(doc: &mut DocumentMut, kind: &str, id: &str, on: bool) -> Option<()> {
    if on {
        return Some(());
    }
    let array = doc.get_mut(kind).and_then(Item::as_array_of_tables_mut)?;
    let at = index_of(array, id, kind)?;
    array.remove(at);
    if array.is_empty() {
        doc.remove(kind);
    }
    Some(())
}

/// The inline `effect` table of provision `id`.
fn effect_of<'a>(doc: &'a mut DocumentMut, id: &str) -> Option<&'a mut toml_edit::InlineTable> {
    clause(doc, "provision", id)?.get_mut("effect").and_then(Item::as_value_mut).and_then(Value::as_inline_table_mut)
}

fn index_of(array: &toml_edit::ArrayOfTables, id: &str, kind: &str) -> Option<usize> {
    array.iter().enumerate().position(|(n, t)| match t.get("id").and_then(Item::as_str) {
        Some(x) => x.trim() == id,
        None => kind == "exclude" && format!("exclude-{}", n + 1) == id,
    })
}

fn clause<'a>(doc: &'a mut DocumentMut, kind: &str, id: &str) -> Option<&'a mut dyn toml_edit::TableLike> {
    let array = doc.get_mut(kind).and_then(Item::as_array_of_tables_mut)?;
    let at = index_of(array, id, kind)?;
    array.get_mut(at).map(|t| t as &mut dyn toml_edit::TableLike)
}

/// Sets a parameter table (`{ beta = {..}, assumption = ".." }`) to a fixed value, or
/// moves its mean keeping its spread. Its citation stays.
fn set_param(param: &mut toml_edit::InlineTable, x: f64, mean: bool) -> std::result::Result<(), Msg> {
    if !mean || param.contains_key("value") {
        param.remove("beta");
        param.remove("uniform");
        param.insert("value", Value::from(x));
        return Ok(());
    }
    if let Some(beta) = param.get_mut("beta").and_then(Value::as_inline_table_mut) {
        beta.insert("mean", Value::from(x));
        return Ok(());
    }
    let range = param.get("uniform").and_then(Value::as_array).ok_or_else(|| Msg::new("path-no-distribution"))?;
    let bounds: Vec<f64> = range.iter().filter_map(|v| v.as_float().or_else(|| v.as_integer().map(|i| i as f64))).collect();
    let [lo, hi] = bounds[..] else { return Err(Msg::new("path-uniform-two")) };
    let half = (hi - lo) / 2.0;
    param.insert("uniform", Value::Array(toml_edit::Array::from_iter([x - half, x + half])));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enacted() -> Draft {
        crate::draft::resolve(crate::draft::DEFAULT_DRAFT).unwrap()
    }

    fn edited(path: &str, value: PathValue) -> Draft {
        edited_in(enacted(), path, value)
    }

    fn edited_in(d: Draft, path: &str, value: PathValue) -> Draft {
        let p = lookup(&d, path).unwrap();
        Draft::parse("edited.toml", &set(&d.text, &p, &value).unwrap()).unwrap()
    }

    /// Every kind of path sets what it names, and the edited text compiles.
    #[test]
    fn each_path_sets_its_value() {
        let d = edited("provision.art3-5.effect.cut.fraction", PathValue::Number(0.5));
        assert!(matches!(d.provisions.iter().find(|p| p.id == "art3-5").unwrap().effect, Effect::Cut { fraction, .. } if fraction == 0.5));
        // kz-2025-enacted writes its time-left release in `when`; kz-2022 has the effect.
        let d = edited_in(crate::draft::resolve("kz-2022").unwrap(), "provision.release-1y.effect.release_if_remaining_at_most", PathValue::Number(200.0));
        assert_eq!(d.provisions.iter().find(|p| p.id == "release-1y").unwrap().effect, Effect::ReleaseIfRemainingAtMost(200));
        let d = edited("provision.art2-1-1", PathValue::Switch(false));
        assert!(d.provisions.iter().all(|p| p.id != "art2-1-1") && d.provisions.len() == enacted().provisions.len() - 1);
        let d = edited("exclude.art4-7", PathValue::Switch(false));
        assert!(d.exclusions.iter().all(|e| e.id != "art4-7") && d.exclusions.len() == enacted().exclusions.len() - 1);
        let mean = |d: &Draft, name: &str| d.priors.scalar_dist(d.priors.slot_of(&name.into()).unwrap()).unwrap();
        assert!((mean(&edited("draft.court_grant.mean", PathValue::Number(0.6)), "court_grant").mean() - 0.6).abs() < 1e-12);
        assert_eq!(mean(&edited("draft.repayment_in_time", PathValue::Number(0.4)), "repayment_in_time"), crate::scenario::param::Dist::Fixed(0.4));
        let shifted = mean(&edited("draft.repayment_in_time.mean", PathValue::Number(0.3)), "repayment_in_time");
        let (lo, hi) = shifted.support();
        assert!((lo - 0.2).abs() < 1e-12 && (hi - 0.4).abs() < 1e-12, "uniform [0.05, 0.25] moved to mean 0.3 keeps its width: {lo}..{hi}");
        // The comments and the rest of the file survive the edit.
        let p = lookup(&enacted(), "draft.court_grant.mean").unwrap();
        let text = set(&enacted().text, &p, &PathValue::Number(0.6)).unwrap();
        assert!(text.contains("# Law No. 195-VIII of 23 June 2025") && text.lines().count() == enacted().text.lines().count());
    }

    #[test]
    fn unknown_paths_and_values_say_what_would_do() {
        let e = lookup(&enacted(), "provision.art3-05.effect.cut.fraction").unwrap_err().to_string();
        assert!(e.contains("did you mean `provision.art3-5.effect.cut.fraction`"), "{e}");
        assert!(parse_value(PathKind::Switch, "maybe").is_err());
        assert_eq!(parse_value(PathKind::Duration, "6m"), Ok(PathValue::Number(180.0)));
        assert_eq!(parse_value(PathKind::Duration, "90"), Ok(PathValue::Number(90.0)));
        assert!(parse_value(PathKind::Fraction, "a third").is_err());
    }
}
