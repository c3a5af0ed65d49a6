//! The population spec as written in TOML. These structs only mirror the file; all
//! checks and the turning of numbers into parameter slots happen in [`super::PopulationSpec::parse`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::scenario::param::ParamToml;

/// A whole spec file.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SpecFile {
    /// Name, date and description.
    pub meta: MetaToml,
    /// Cost to the budget of one prisoner-day, in tenge.
    pub cost_per_prisoner_day_kzt: Spanned<ParamToml>,
    /// Days a pre-trial detainee whose case is closed would otherwise still have spent
    /// in detention (for bed-days saved).
    pub pretrial_remaining_detention_days: Spanned<ParamToml>,
    /// Sentenced prisoners in custody.
    pub prisoner: StatusToml,
    /// Persons detained under investigation or trial.
    pub pretrial: StatusToml,
    /// Persons registered with the probation service.
    pub probationer: StatusToml,
    /// How persons leave and come back over time (the timeline); a spec without it
    /// runs without a timeline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flows: Option<Spanned<FlowsToml>>,
    /// Written by `calibrate`: the posteriors of the cut fractions a law leaves open
    /// (`"cut_fraction.art3-6"`), which runs on this spec draw instead of the draft's
    /// prior of the same name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft_parameters: Option<BTreeMap<String, Spanned<ParamToml>>>,
    /// Written by `calibrate`: what it did, so the file says where its numbers came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibration: Option<toml::Table>,
}

/// `[flows.admissions]`: how new prisoners, detainees and probationers arrive.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AdmissionsToml {
    /// Only `"steady"` for now: admissions replace departures month by month, so the
    /// stock without an amnesty stays level.
    pub model: String,
    /// Where it comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Why, when no source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assumption: Option<String>,
}

/// `[flows]`: the rates that place each person's departure and return in time.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FlowsToml {
    /// How admissions are modelled, with its citation.
    pub admissions: Spanned<AdmissionsToml>,
    /// Share of prisoners who would leave on parole before the end of their term.
    pub parole_share: Spanned<ParamToml>,
    /// Share of the term served when a paroled prisoner leaves.
    pub parole_at: Spanned<ParamToml>,
    /// Monthly probability that a prisoner released early by the amnesty returns to
    /// custody (a new crime).
    pub return_hazard_prisoner: Spanned<ParamToml>,
    /// The same for a pre-trial detainee whose case the amnesty closed.
    pub return_hazard_pretrial: Spanned<ParamToml>,
    /// The same for a probationer the amnesty released from the register.
    pub return_hazard_probationer: Spanned<ParamToml>,
    /// Share of pre-trial detainees convicted to prison at trial (the rest leave custody:
    /// probation, a fine or acquittal).
    pub pretrial_to_prison: Spanned<ParamToml>,
    /// Months in prison after trial of a detainee convicted to prison (the term less the
    /// detention counted against it).
    pub pretrial_prison_months: Spanned<ParamToml>,
}

/// Identification of the spec.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MetaToml {
    /// Short identifier.
    pub name: String,
    /// Human title.
    pub title: String,
    /// The date ages and terms refer to (the law's effective date), `YYYY-MM-DD`.
    pub reference_date: String,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A count taken as known (totals are held exactly).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CountToml {
    /// The count.
    pub value: u32,
    /// Where it comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Why, when no source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assumption: Option<String>,
}

/// Shares over named categories, drawn as a Dirichlet around `shares` when
/// `concentration` is given, fixed otherwise.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CategoricalToml {
    /// Category -> relative weight (normalised on load).
    pub shares: Spanned<BTreeMap<Spanned<String>, f64>>,
    /// Dirichlet concentration: larger is surer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concentration: Option<f64>,
    /// Where the shares come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Why, when no source gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assumption: Option<String>,
}

/// Everything about one status.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StatusToml {
    /// Number of persons, held exactly.
    pub total: Spanned<CountToml>,
    /// Stock shares by gravity (keys: gravity names).
    pub gravity: Spanned<CategoricalToml>,
    /// Offence mix within each gravity (keys: `article-part` from the catalogue).
    pub offences: Spanned<CategoricalToml>,
    /// Share of women.
    pub female: Spanned<ParamToml>,
    /// Age bands (`"18-24"`) on the reference date.
    pub age: Spanned<CategoricalToml>,
    /// Imposed term (prisoners) or probation term (probationers) by gravity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<Spanned<SentenceToml>>,
    /// Days detained so far (pre-trial).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detention: Option<Spanned<DetentionToml>>,
    /// Number of life sentences (prisoners).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub life_sentences: Option<Spanned<CountToml>>,
    /// Prior record.
    pub recidivism: Spanned<RecidivismToml>,
    /// Socially vulnerable groups that are not derived from sex and age.
    pub vulnerable: Spanned<VulnerableToml>,
    /// Damage for offences tagged `property`.
    pub damage: Spanned<DamageToml>,
    /// Share with a record of bad conduct (persistent violators included).
    pub bad_conduct: Spanned<ParamToml>,
    /// Share whose offence is an intentional crime committed while serving a sentence (in
    /// custody or on probation). Optional: absent, nobody is (share 0, no parameter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crime_while_serving: Option<Spanned<ParamToml>>,
    /// Share declared persistent (malicious) violators of the custody regime (Penal
    /// Enforcement Code art. 130); prisoners only, and counted within `bad_conduct`.
    /// Optional: absent, nobody is (share 0, no parameter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persistent_violator: Option<Spanned<ParamToml>>,
    /// Shares of the kinds of probation (keys `restriction_of_freedom`, `conditional`,
    /// `parole`); probationers only. Optional: absent, every probationer serves a
    /// conditional sentence (no parameter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub probation_kinds: Option<Spanned<CategoricalToml>>,
    /// Share of foreign nationals.
    pub foreign: Spanned<ParamToml>,
    /// Share of grave and especially grave cases committed by an organised or criminal
    /// group (adds the `organised_group` tag).
    pub organised_group: Spanned<ParamToml>,
}

/// Term lengths by gravity: log-normal by median and spread, clamped to the legal range.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SentenceToml {
    /// The medians describe terms as imposed (the flow); the stock over-represents long
    /// terms, so draw length-biased and place the person uniformly within the term.
    pub length_biased: bool,
    /// Where the terms come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Why, when no source gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assumption: Option<String>,
    /// Terms for misdemeanours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub misdemeanour: Option<TermToml>,
    /// Terms for minor crimes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minor: Option<TermToml>,
    /// Terms for medium crimes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<TermToml>,
    /// Terms for grave crimes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grave: Option<TermToml>,
    /// Terms for especially grave crimes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub especially_grave: Option<TermToml>,
}

/// One gravity's term distribution.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TermToml {
    /// Median term as imposed, in years (uncertain).
    pub median_years: Spanned<ParamToml>,
    /// Log-normal sigma.
    pub sigma: f64,
    /// Shortest term.
    pub min_years: f64,
    /// Longest term.
    pub max_years: f64,
}

/// Days detained so far, uniform on a range.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DetentionToml {
    /// Shortest detention so far.
    pub min_days: u32,
    /// Longest detention so far.
    pub max_days: u32,
    /// Where the range comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Why, when no source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assumption: Option<String>,
}

/// Prior record.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RecidivismToml {
    /// Share with a previous conviction that makes them repeat offenders (adults only).
    pub repeat: Spanned<ParamToml>,
    /// Of those, the share of dangerous repeat offending.
    pub dangerous_share_of_repeat: Spanned<ParamToml>,
}

/// Vulnerable groups not derived from sex and age (elderly and juvenile-at-offence are).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct VulnerableToml {
    /// Veterans, share of all.
    pub veteran: Spanned<ParamToml>,
    /// Pregnant, share of women aged 18-44.
    pub pregnant_share_of_women_18_44: Spanned<ParamToml>,
    /// Mothers of a minor or dependent disabled child, share of women under 60.
    pub mother_share_of_women_under_60: Spanned<ParamToml>,
    /// Men raising children alone, share of men under 60.
    pub single_father_share_of_men_under_60: Spanned<ParamToml>,
    /// Disability group I or II, share of all.
    pub disability: Spanned<ParamToml>,
    /// Offended under 18: share of adults whose time served would allow an offence
    /// before 18 who did offend then (the rest have their elapsed time capped so the
    /// offence falls at 18 or later). Persons under 18 today are juveniles regardless.
    pub juvenile_at_offence: Spanned<ParamToml>,
}

/// Material damage for offences tagged `property`.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DamageToml {
    /// Median damage in tenge (uncertain).
    pub median_kzt: Spanned<ParamToml>,
    /// Log-normal sigma of the amount.
    pub sigma: f64,
    /// Factor on the median for parts tagged `large_scale`.
    pub large_scale_multiplier: f64,
    /// Share of persons with damage who have repaid it in full.
    pub repaid: Spanned<ParamToml>,
    /// Share of those who have not repaid against whom a civil claim is pending.
    pub civil_claim_if_unrepaid: Spanned<ParamToml>,
    /// Where the fixed numbers come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Why, when no source gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assumption: Option<String>,
}
