//! Names in words for what the tidy files name by key: headline totals
//! (`persons:prisoner:released`), uncertain inputs (`probationer.recidivism.repeat`,
//! `kz-2025-enacted:court_grant`), breakdown levels (`especially_grave`) and the effects
//! of provisions, in the report's language. The report, the charts and the console all
//! name things through here, so a key never reaches a reader.

use crate::draft::{CutBase, Effect};
use crate::i18n::{Arg, Texts};
use crate::output::names::Names;
use crate::scenario::param::{DraftParam, OPEN_FRACTION, OPEN_WHOLE, ParamName};
use crate::scenario::vocab::Status;
use crate::summary::{Breakdown, Column, Metric, ReportOutcome, TotalKey};

/// "prisoners: released", "all: covered", "bed-days saved".
pub fn total(tx: &Texts, key: &TotalKey) -> String {
    let status = key.status.map_or_else(|| tx.t("status-all"), |s| tx.label("status", s.name()));
    match key.metric {
        Metric::Persons => format!("{status}: {}", tx.label("outcome", key.outcome.name())),
        m => format!("{status}: {}", tx.label("metric", m.name())),
    }
}

/// A headline output of a draft: "kz-2025-enacted: all: covered".
pub fn output(tx: &Texts, draft: &str, key: &TotalKey) -> String {
    tx.f("output-name", &[("draft", draft.into()), ("what", total(tx, key).into())])
}

/// A level of a breakdown in words: a gravity, sex, age group, offence group, ...;
/// provision ids are shown as they are.
pub fn level(tx: &Texts, breakdown: Breakdown, level: &str) -> String {
    match breakdown {
        Breakdown::Provision if level != "none" => level.to_string(),
        b => tx.label(b.name(), level),
    }
}

/// An outcome of the reported kinds in words.
pub fn outcome(tx: &Texts, o: ReportOutcome) -> String {
    tx.label("outcome", o.name())
}

/// An uncertain input (a drawn parameter, a column of the replicates file) in words,
/// drafts and provisions by id: for tables keyed by id (sensitivity.csv's companions).
pub fn input(tx: &Texts, column: &Column) -> String {
    input_named(tx, &Names::default(), column)
}

/// An uncertain input in words, drafts and provisions by their short names in `names`.
pub fn input_named(tx: &Texts, names: &Names, column: &Column) -> String {
    match column {
        Column::Draft { draft, name } => {
            let clause = |id: &str| names.clause(draft, id).to_string();
            let words = match name.parts()[..] {
                [DraftParam::COURT_GRANT, provision] => tx.f("param-provision-grant", &[("provision", clause(provision).into())]),
                [OPEN_FRACTION, provision] => tx.f("param-open-fraction", &[("provision", clause(provision).into())]),
                [OPEN_WHOLE, provision] => tx.f("param-open-whole", &[("provision", clause(provision).into())]),
                _ => param(tx, name),
            };
            tx.f("input-draft", &[("draft", names.draft(draft).into()), ("parameter", words.into())])
        }
        Column::Spec(name) => spec_input(tx, name),
        Column::Total { .. } => column.to_string(),
    }
}

/// A parameter of the population spec in words: a status's share or number, or one of
/// the spec's own (`flows.parole_share`).
fn spec_input(tx: &Texts, name: &ParamName) -> String {
    let parts = name.parts();
    let Some(status) = parts.first().and_then(|head| Status::from_name(head)) else { return param(tx, name) };
    let of = tx.t(&format!("status-of-{}", status.name()));
    let with = |id: &str, level: Option<String>| {
        let mut args: Vec<(&str, Arg)> = vec![("status", of.clone().into())];
        if let Some(l) = level {
            args.push(("level", l.into()));
        }
        tx.f(id, &args)
    };
    match parts[1..] {
        ["total", ..] => with("input-total", None),
        // Whole tables of the spec, as its citations name them.
        ["gravity"] => with("input-gravity-all", None),
        ["age"] => with("input-age-all", None),
        ["offences"] => with("input-offences-all", None),
        ["sentence"] => with("input-sentence-all", None),
        ["damage"] => with("input-damage-all", None),
        ["probation_kinds"] => with("input-probation-kinds-all", None),
        ["detention"] => with("input-detention", None),
        ["gravity", g] => with("input-gravity", Some(tx.label("gravity", g))),
        ["offence", k] => with("input-offence", Some(k.to_string())),
        ["female", ..] => with("input-female", None),
        ["age", band] => with("input-age", Some(band.replace('-', "–"))),
        ["sentence", g, ..] => with("input-sentence", Some(tx.label("gravity", g))),
        ["recidivism", "repeat"] => with("input-repeat", None),
        ["recidivism", "dangerous_share_of_repeat"] => with("input-dangerous", None),
        // A category given as a share of a sex and age group: its words and the group's.
        ["vulnerable", v] => match SHARE_OF_GROUP.iter().find(|(key, ..)| *key == v) {
            Some((_, category, within)) => {
                tx.f("input-vulnerable-within", &[("status", of.clone().into()), ("level", tx.label("vulnerable_category", category).into()), ("within", tx.t(within).into())])
            }
            None => with("input-vulnerable", Some(tx.label("vulnerable_category", v))),
        },
        ["damage", "median_kzt"] => with("input-damage-median", None),
        ["damage", "repaid"] => with("input-damage-repaid", None),
        ["damage", "civil_claim_if_unrepaid"] => with("input-civil-claim", None),
        ["bad_conduct", ..] => with("input-bad-conduct", None),
        ["crime_while_serving", ..] => with("input-crime-while-serving", None),
        ["persistent_violator", ..] => with("input-persistent-violator", None),
        ["probation_kind", k] => with("input-probation-kind", Some(tx.label("probation_kind", k))),
        ["foreign", ..] => with("input-foreign", None),
        ["organised_group", ..] => with("input-organised", None),
        ["life_sentences", ..] => with("input-life", None),
        _ => name.to_string(),
    }
}

/// The spec's vulnerable categories given as a share of a sex and age group: (key,
/// category, message id of the group).
const SHARE_OF_GROUP: [(&str, &str, &str); 3] = [
    ("pregnant_share_of_women_18_44", "pregnant", "within-women_18_44"),
    ("mother_share_of_women_under_60", "mother", "within-women_under_60"),
    ("single_father_share_of_men_under_60", "single_father", "within-men_under_60"),
];

/// A parameter of a draft or of the spec's top level, in words; unknown ones as written.
fn param(tx: &Texts, name: &ParamName) -> String {
    let id = format!("param-{}", name.keys().join("-"));
    if tx.has(&id) || Texts::new(crate::i18n::Lang::En).has(&id) { tx.t(&id) } else { name.to_string() }
}

/// A cut fraction in words: "one quarter", "one sixth", or a percentage.
fn fraction(tx: &Texts, f: f64) -> String {
    let near = |x: f64| (f - x).abs() < 1e-9;
    if near(0.5) {
        tx.t("fraction-half")
    } else if near(1.0 / 3.0) {
        tx.t("fraction-third")
    } else if near(0.25) {
        tx.t("fraction-quarter")
    } else if near(0.2) {
        tx.t("fraction-fifth")
    } else if near(1.0 / 6.0) {
        tx.t("fraction-sixth")
    } else if near(0.75) {
        tx.t("fraction-three-quarters")
    } else {
        tx.f("fraction-percent", &[("pct", tx.number(f * 100.0, if (f * 100.0).fract().abs() < 1e-9 { 0 } else { 1 }).into())])
    }
}

/// A distribution in words, for listings (`explain DRAFT`, `check --paths`): "uniform
/// on [0.05, 1]", "beta with mean 0.9 and concentration 40", or the number.
pub fn dist(tx: &Texts, d: &crate::scenario::param::Dist) -> String {
    use crate::scenario::param::Dist;
    match *d {
        Dist::Fixed(v) => v.to_string(),
        Dist::Beta { a, b } => tx.f("dist-beta", &[("mean", format!("{:.3}", a / (a + b)).into()), ("concentration", format!("{:.0}", a + b).into())]),
        Dist::Uniform { low, high } => tx.f("dist-uniform", &[("low", low.to_string().into()), ("high", high.to_string().into())]),
    }
}

/// What a provision does, in words; with "if the damage is repaid" where it requires it.
pub fn effect(tx: &Texts, e: &Effect, requires_repayment: bool) -> String {
    let text = match e {
        Effect::Release => tx.t("effect-release"),
        Effect::CloseCase => tx.t("effect-close-case"),
        Effect::Cut { fraction: f, of: CutBase::Unserved } => tx.f("effect-cut-unserved", &[("fraction", fraction(tx, *f).into())]),
        Effect::Cut { fraction: f, .. } => tx.f("effect-cut-imposed", &[("fraction", fraction(tx, *f).into())]),
        Effect::ReleaseIfRemainingAtMost(days) => tx.f("effect-release-if-remaining", &[("days", (*days as f64).into())]),
    };
    if requires_repayment { format!("{text}{}", tx.t("effect-if-repaid")) } else { text }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn inputs_read_as_words() {
        let en = Texts::new(Lang::En);
        // The replicates file's spelling of a column, read back for the test only.
        let input = |tx: &Texts, spelt: &str| match spelt.split_once(':') {
            Some((draft, name)) => input(tx, &Column::Draft { draft: draft.into(), name: ParamName::read(name) }),
            None => input(tx, &Column::Spec(ParamName::read(spelt))),
        };
        assert_eq!(input(&en, "probationer.recidivism.repeat"), "share of repeat offenders among probationers");
        assert_eq!(input(&en, "kz-2025-enacted:court_grant"), "kz-2025-enacted: court grant rate");
        assert_eq!(input(&en, "kz-2025-enacted:court_grant.art2-1-1"), "kz-2025-enacted: court grant rate of provision art2-1-1");
        assert_eq!(input(&en, "prisoner.gravity.especially_grave"), "share of especially grave offences among prisoners");
        assert_eq!(input(&en, "flows.parole_share"), "share of prisoners paroled");
        assert_eq!(input(&en, "probationer.vulnerable.mother_share_of_women_under_60"), "share of mothers of young children among women under 60, probationers");
        assert_eq!(input(&en, "prisoner.vulnerable.disability"), "share of persons with disabilities among prisoners");
        for v in ["pregnant_share_of_women_18_44", "mother_share_of_women_under_60", "single_father_share_of_men_under_60"] {
            for lang in [Lang::Ru, Lang::Kk] {
                let words = input(&Texts::new(lang), &format!("pretrial.vulnerable.{v}"));
                assert!(!words.chars().any(|c| c.is_ascii_alphabetic()), "{lang:?} {v}: {words}");
            }
        }
        assert_eq!(input(&en, "prisoner.persistent_violator"), "share of persistent violators of the custody regime, prisoners");
        assert_eq!(input(&en, "probationer.crime_while_serving"), "share who offended while serving a sentence, probationers");
        for lang in [Lang::Ru, Lang::Kk] {
            let tx = Texts::new(lang);
            for name in ["prisoner.persistent_violator", "pretrial.crime_while_serving"] {
                assert!(!input(&tx, name).contains("violator") && !input(&tx, name).contains("serving"), "{lang:?} {name}: {}", input(&tx, name));
            }
        }
        assert_eq!(input(&en, "probationer.probation_kind.restriction_of_freedom"), "share of restriction of freedom among probationers");
        for lang in [Lang::Ru, Lang::Kk] {
            for kind in ["restriction_of_freedom", "conditional", "parole"] {
                let words = input(&Texts::new(lang), &format!("probationer.probation_kind.{kind}"));
                assert!(!words.chars().any(|c| c.is_ascii_alphabetic()), "{lang:?} {kind}: {words}");
            }
        }
        assert_eq!(input(&en, "something.new"), "something.new");
        let key = TotalKey::persons(None, ReportOutcome::Covered);
        assert_eq!(output(&en, "kz-2025-enacted", &key), "kz-2025-enacted: all: covered");
        let ru = Texts::new(Lang::Ru);
        assert!(!input(&ru, "probationer.recidivism.repeat").contains("probationer"));
    }

    #[test]
    fn effects_read_as_words() {
        let en = Texts::new(Lang::En);
        assert_eq!(effect(&en, &Effect::Cut { fraction: 0.25, of: CutBase::Imposed }, true), "cut one quarter of the term imposed by the court, if the damage is repaid");
        assert_eq!(effect(&en, &Effect::Cut { fraction: 0.15, of: CutBase::Unserved }, false), "cut 15% of the unserved term");
        assert_eq!(effect(&en, &Effect::ReleaseIfRemainingAtMost(365), false), "release if at most 365 days remain");
    }
}
