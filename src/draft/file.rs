//! A draft as written in TOML: these structs mirror the file; checks live in
//! [`super::Draft::parse`]. Unknown keys are errors (`deny_unknown_fields`) so a typo
//! in a key cannot silently drop a provision's condition.

use serde::Deserialize;
use toml::Spanned;

use crate::scenario::param::ParamToml;

/// A whole draft file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftFile {
    /// Identification, sources and default assumptions.
    pub draft: Spanned<HeaderToml>,
    /// Exclusions: override every provision.
    #[serde(default)]
    pub exclude: Vec<Spanned<ExcludeToml>>,
    /// Provisions.
    #[serde(default)]
    pub provision: Vec<Spanned<ProvisionToml>>,
}

/// The `[draft]` table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeaderToml {
    /// Short identifier, used in tables and file names.
    pub id: Spanned<String>,
    /// Full title.
    pub title: String,
    /// The title in Russian (the official name of the law, where it has one).
    #[serde(default)]
    pub title_ru: Option<String>,
    /// The title in Kazakh.
    #[serde(default)]
    pub title_kk: Option<String>,
    /// A short name a reader knows the draft by ("as enacted", "drug distribution not
    /// excluded"): what reports, charts and the page call it, where the title is too
    /// long and the id is for typing.
    #[serde(default)]
    pub name: Option<String>,
    /// The short name in Russian.
    #[serde(default)]
    pub name_ru: Option<String>,
    /// The short name in Kazakh.
    #[serde(default)]
    pub name_kk: Option<String>,
    /// Date the law takes effect (`YYYY-MM-DD`).
    pub effective_date: Spanned<String>,
    /// The population the draft was written for: a population spec's `[meta] name`
    /// (`kz-2025`). Running it on another population says so.
    #[serde(default)]
    pub population: Option<String>,
    /// Offences committed before this date are covered.
    pub offence_cutoff: Spanned<String>,
    /// The law or bill.
    pub source: SourceToml,
    /// Free text.
    #[serde(default)]
    pub notes: Option<String>,
    /// The notes in Russian.
    #[serde(default)]
    pub notes_ru: Option<String>,
    /// The notes in Kazakh.
    #[serde(default)]
    pub notes_kk: Option<String>,
    /// Probability that a court grants an eligible person's case (a distribution).
    pub court_grant: Spanned<ParamToml>,
    /// Probability that a person who has not repaid does so in time to qualify under a
    /// provision with `requires = "repayment"`.
    #[serde(default)]
    pub repayment_in_time: Option<Spanned<ParamToml>>,
    /// Months the courts take to decide every submission under the law: decisions
    /// are spread evenly over this time (the timeline's release dates).
    #[serde(default)]
    pub processing_months: Option<Spanned<ParamToml>>,
    /// The law's own definition of a socially vulnerable person: what `vulnerable`
    /// means in this draft's conditions (absent: any vulnerable group the population
    /// records).
    #[serde(default)]
    pub vulnerable: Option<Spanned<VulnerableToml>>,
    /// The period over which the law is executed (`"6m"`: Art. 5(4) of the 2025 law),
    /// over which `remaining_in_period` counts the time left.
    #[serde(default)]
    pub execution_period: Option<Spanned<String>>,
    /// How the items that fit one person combine (absent: the most favourable one).
    #[serde(default)]
    pub combine: Option<Spanned<CombineToml>>,
}

/// The `[draft.vulnerable]` table: the law's definition of a socially vulnerable person.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VulnerableToml {
    /// The law's article that defines it.
    pub cite: String,
    /// The citation in Russian.
    #[serde(default)]
    pub cite_ru: Option<String>,
    /// The citation in Kazakh.
    #[serde(default)]
    pub cite_kk: Option<String>,
    /// The definition as a condition on the population's fields.
    pub when: Spanned<String>,
    /// How the law's items map onto the fields, and what is approximated.
    #[serde(default)]
    pub note: Option<String>,
}

/// The `[draft.combine]` table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CombineToml {
    /// `"most_favourable"` or `"cumulative"`.
    pub rule: Spanned<String>,
    /// Why: the text's words, or why the reading is assumed where it is silent.
    #[serde(default)]
    pub source: Option<String>,
    /// Why the reading is assumed where the text is silent.
    #[serde(default)]
    pub assumption: Option<String>,
}

/// Where the draft comes from.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceToml {
    /// Law number and date, or bill reference.
    pub law: String,
    /// The law's official name in Russian.
    #[serde(default)]
    pub law_ru: Option<String>,
    /// The law's official name in Kazakh.
    #[serde(default)]
    pub law_kk: Option<String>,
    /// Official text.
    #[serde(default)]
    pub url: Option<String>,
    /// Secondary sources (press, debate records).
    #[serde(default)]
    pub references: Vec<String>,
    /// The references in Russian: as many as `references`, in the same order.
    #[serde(default)]
    pub references_ru: Option<Spanned<Vec<String>>>,
    /// The references in Kazakh: as many as `references`, in the same order.
    #[serde(default)]
    pub references_kk: Option<Spanned<Vec<String>>>,
}

/// One `[[exclude]]` entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExcludeToml {
    /// Identifier, unique among the draft's exclusions (default `exclude-N`, N counted
    /// from 1): names the exclusion in attribution tables and sweep paths.
    #[serde(default)]
    pub id: Option<Spanned<String>>,
    /// The draft's article and paragraph.
    pub cite: String,
    /// The citation in Russian (the law's wording).
    #[serde(default)]
    pub cite_ru: Option<String>,
    /// The citation in Kazakh.
    #[serde(default)]
    pub cite_kk: Option<String>,
    /// A short name a reader knows it by ("release: minor and medium offences"), in
    /// English; the citation stands in where it is missing.
    #[serde(default)]
    pub name: Option<String>,
    /// The short name in Russian.
    #[serde(default)]
    pub name_ru: Option<String>,
    /// The short name in Kazakh.
    #[serde(default)]
    pub name_kk: Option<String>,
    /// Who is excluded (with `articles`: who of the persons on the list).
    #[serde(default)]
    pub when: Option<Spanned<String>>,
    /// The Code's articles and parts excluded, as the text lists them: `"99"`,
    /// `"101(2)"`, `"116(2,3)"`, `"426(2)2"` (item 2 of part 2).
    #[serde(default)]
    pub articles: Option<Spanned<Vec<Spanned<String>>>>,
    /// Which Criminal Code the articles are of: `"2014"` (default), `"1997"`, `"1959"`.
    #[serde(default)]
    pub code: Option<Spanned<String>>,
    /// Free text.
    #[serde(default)]
    pub note: Option<String>,
}

/// One `[[provision]]` entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvisionToml {
    /// Identifier, unique within the draft; keep it stable across variants so that
    /// paired comparisons draw the same court decisions for the same provision.
    pub id: Spanned<String>,
    /// The draft's article and paragraph.
    pub cite: String,
    /// The citation in Russian (the law's wording).
    #[serde(default)]
    pub cite_ru: Option<String>,
    /// The citation in Kazakh.
    #[serde(default)]
    pub cite_kk: Option<String>,
    /// A short name a reader knows it by ("release: minor and medium offences"), in
    /// English; the citation stands in where it is missing.
    #[serde(default)]
    pub name: Option<String>,
    /// The short name in Russian.
    #[serde(default)]
    pub name_ru: Option<String>,
    /// The short name in Kazakh.
    #[serde(default)]
    pub name_kk: Option<String>,
    /// Statuses it applies to: prisoner, pretrial, probationer.
    pub applies_to: Spanned<Vec<Spanned<String>>>,
    /// Who qualifies.
    pub when: Spanned<String>,
    /// `"release"`, `"close_case"`, `{ cut = { fraction = 0.2, of = "unserved" } }` or
    /// `{ release_if_remaining_at_most = "1y" }`.
    pub effect: Spanned<toml::Value>,
    /// `"repayment"`: persons who have not repaid qualify only if they repay in time.
    #[serde(default)]
    pub requires: Option<Spanned<String>>,
    /// Court grant probability for this provision (default: the draft's).
    #[serde(default)]
    pub court_grant: Option<Spanned<ParamToml>>,
    /// Free text.
    #[serde(default)]
    pub note: Option<String>,
}
