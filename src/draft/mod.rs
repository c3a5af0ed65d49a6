//! Amnesty drafts: scenario files that read like the statute ([`mod@file`]), conditions in
//! the `when` language ([`expr`]), evaluated column-wise ([`program`]).
//!
//! A draft is parsed, type-checked and compiled once, before any replicate runs.

mod article_leaf;
pub mod duration;
pub mod expr;
pub mod file;
pub mod naming;
pub mod paths;
pub mod program;

use std::collections::HashSet;
use std::ops::Range;
use std::path::Path;

use toml::Spanned;

use crate::error::{Diagnostic, Error, Result, did_you_mean};
use crate::i18n::{Lang, Msg, Words};
use crate::scenario::param::{Domain, DraftParam, ParamName, ParamToml, Priors, Slot, SourceFile};
use crate::scenario::vocab::{ArticleCode, PartCode, Status};
use expr::{ArticleSet, CmpOp, Expr, Field, Test};
use file::{CombineToml, DraftFile, ExcludeToml, HeaderToml, ProvisionToml, SourceToml, VulnerableToml};

/// What a cut's fraction applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CutBase {
    /// The part of the term not yet served.
    Unserved,
    /// The whole term imposed by the court.
    Imposed,
}

/// What a provision does for a person it covers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Effect {
    /// Release from liability or from the remaining main punishment (off the register
    /// for probationers).
    Release,
    /// Closure of a criminal case in pre-trial investigation or in court.
    CloseCase,
    /// A cut of the term; a cut at least as long as what remains releases the person.
    Cut {
        /// Share of the base removed, in (0, 1].
        fraction: f64,
        /// The imposed term or the unserved part.
        of: CutBase,
    },
    /// Release when no more than this many days remain.
    ReleaseIfRemainingAtMost(u32),
}

impl Effect {
    /// How the effect reads in tables and reports.
    pub fn describe(&self) -> String {
        match self {
            Effect::Release => "release".into(),
            Effect::CloseCase => "close case".into(),
            Effect::Cut { fraction, of } => format!("cut {} of the {} term", fraction_words(*fraction), if *of == CutBase::Unserved { "unserved" } else { "imposed" }),
            Effect::ReleaseIfRemainingAtMost(days) => format!("release if at most {} days remain", days),
        }
    }
}

fn fraction_words(f: f64) -> String {
    for (den, word) in [(2.0, "one half"), (3.0, "one third"), (4.0, "one quarter"), (5.0, "one fifth"), (6.0, "one sixth")] {
        if (f - 1.0 / den).abs() < 1e-9 {
            return word.into();
        }
    }
    if (f - 0.75).abs() < 1e-9 {
        return "three quarters".into();
    }
    format!("{:.0}%", f * 100.0)
}

/// How the provisions that fit one person combine. The amnesty texts do not say: the
/// draft states its reading ([`Draft::combine_note`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Combine {
    /// The person gets the single most favourable provision: a release beats any cut,
    /// a longer cut a shorter one (between equal effects, the one listed first).
    #[default]
    MostFavourable,
    /// A release still beats any cut, but the cuts granted add up (each a fraction of
    /// the unserved part counted on the effective date), capped at what remains: a sum
    /// that reaches it releases the person.
    Cumulative,
    /// The special item over the general one: the draft lists its items in order of
    /// precedence, and the person gets the first that applies to them (on paper), or,
    /// in the Monte Carlo, the first they obtain (granted, repayment met).
    FirstListed,
}

impl Combine {
    /// The file spelling.
    pub fn name(self) -> &'static str {
        match self {
            Combine::MostFavourable => "most_favourable",
            Combine::Cumulative => "cumulative",
            Combine::FirstListed => "first_listed",
        }
    }
}

/// Which Criminal Code an exclusion's articles are numbered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CodeEdition {
    /// The Code of 3 July 2014, in force: the population's articles.
    #[default]
    Code2014,
    /// The Code of 16 July 1997 (convictions before 2015).
    Code1997,
    /// The Code of the Kazakh SSR of 22 July 1959.
    Code1959,
}

impl CodeEdition {
    /// The file spelling: the year of the Code.
    pub fn name(self) -> &'static str {
        match self {
            CodeEdition::Code2014 => "2014",
            CodeEdition::Code1997 => "1997",
            CodeEdition::Code1959 => "1959",
        }
    }
}

/// One entry of an exclusion's list of articles, as the text names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleEntry {
    /// The article.
    pub article: ArticleCode,
    /// The parts named, empty for the whole article.
    pub parts: Vec<PartCode>,
    /// The item (пункт) of the part, where the text names one: a number (`2`) or, in
    /// the 1997 Code, a letter (`в`). The population records
    /// no items, so the engine tests the whole part (it excludes a few more persons
    /// than the text; `explain` says so).
    pub item: Option<String>,
}

impl ArticleEntry {
    /// Parses `"99"`, `"101(2)"`, `"116(2,3)"`, `"120(3-1)"` or `"426(2)2"`; the error
    /// says what would be valid.
    pub fn parse(text: &str) -> std::result::Result<Self, Msg> {
        let help = || Msg::new("draft-article-help");
        let text = text.trim();
        let (article_text, rest) = match text.find('(') {
            Some(open) => (&text[..open], Some(&text[open + 1..])),
            None => (text, None),
        };
        let article = ArticleCode::parse(article_text).ok_or_else(|| Msg::new("draft-not-article").arg("text", article_text.trim()).msg("help", help()))?;
        let (mut parts, mut item) = (Vec::new(), None);
        if let Some(rest) = rest {
            let close = rest.find(')').ok_or_else(|| Msg::new("draft-article-paren").arg("text", text).msg("help", help()))?;
            for p in rest[..close].split(',') {
                parts.push(PartCode::parse(p).ok_or_else(|| Msg::new("draft-not-part").arg("text", p.trim()).msg("help", help()))?);
            }
            let after = rest[close + 1..].trim();
            if !after.is_empty() {
                if parts.len() != 1 {
                    return Err(Msg::new("draft-item-one-part").arg("text", text).msg("help", help()));
                }
                let number = after.parse::<u8>().is_ok_and(|i| (1..=30).contains(&i));
                let letter = after.chars().count() == 1 && after.chars().all(char::is_alphabetic);
                if !(number || letter) {
                    return Err(Msg::new("draft-not-item").arg("text", after).msg("help", help()));
                }
                item = Some(after.to_string());
            }
        }
        Ok(ArticleEntry { article, parts, item })
    }
}

impl std::fmt::Display for ArticleEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.article)?;
        if !self.parts.is_empty() {
            let parts: Vec<String> = self.parts.iter().map(|p| p.to_string()).collect();
            write!(f, "({})", parts.join(","))?;
        }
        if let Some(i) = &self.item {
            write!(f, "{i}")?;
        }
        Ok(())
    }
}

/// The law's definition of a socially vulnerable person, as the draft states it.
#[derive(Debug, Clone, PartialEq)]
pub struct VulnerableDef {
    /// The article that defines it.
    pub cite: String,
    /// The citation in Russian and Kazakh.
    pub cite_words: Words,
    /// The condition as written.
    pub when_text: String,
    /// How the items map onto the population's fields.
    pub note: Option<String>,
}

/// A compiled exclusion.
#[derive(Debug, Clone, PartialEq)]
pub struct Exclusion {
    /// Identifier (given, or `exclude-N` counted from 1).
    pub id: String,
    /// The draft's article and paragraph.
    pub cite: String,
    /// The citation in Russian and Kazakh.
    pub cite_words: Words,
    /// The short name a reader sees (the citation where the draft gives none); the id
    /// stays for typing.
    pub name: String,
    /// The short name in Russian and Kazakh.
    pub name_words: Words,
    /// Who is excluded.
    pub when: Expr,
    /// The condition as written (with `articles`, the list and the condition).
    pub when_text: String,
    /// The Code the articles are numbered in.
    pub code: CodeEdition,
    /// The articles and parts the text lists, in its order (empty when the exclusion is
    /// a condition only).
    pub articles: Vec<ArticleEntry>,
    /// Free text.
    pub note: Option<String>,
}

impl Exclusion {
    /// The citation in `lang` (English where the draft gives none).
    pub fn cite_in(&self, lang: Lang) -> &str {
        self.cite_words.pick(lang, &self.cite)
    }

    /// The short name in `lang`: what a reader sees.
    pub fn name_in(&self, lang: Lang) -> &str {
        self.name_words.pick(lang, &self.name)
    }
}

/// A compiled provision.
#[derive(Debug, Clone, PartialEq)]
pub struct Provision {
    /// Identifier.
    pub id: String,
    /// The draft's article and paragraph.
    pub cite: String,
    /// The citation in Russian and Kazakh.
    pub cite_words: Words,
    /// The short name a reader sees (the citation where the draft gives none); the id
    /// stays for typing.
    pub name: String,
    /// The short name in Russian and Kazakh.
    pub name_words: Words,
    /// Bit `s` set when the provision applies to status `s`.
    pub applies_to: u8,
    /// Who qualifies.
    pub when: Expr,
    /// The condition as written.
    pub when_text: String,
    /// What it does.
    pub effect: Effect,
    /// Persons who have not repaid qualify only if they repay in time.
    pub requires_repayment: bool,
    /// Slot of the court grant probability in the draft's priors.
    pub court_grant: Slot,
    /// Slot of the cut's fraction when the law leaves it open and the draft carries it
    /// as a prior (the effect then holds the prior's mean, for reading on paper).
    pub fraction_prior: Option<Slot>,
    /// Slot of the share of persons whose court reads the cut as the whole unserved
    /// part (`whole_share`, for a cut whose size the law leaves open); each such person
    /// is released by the cut.
    pub whole_share: Option<Slot>,
    /// Free text.
    pub note: Option<String>,
}

impl Provision {
    /// The citation in `lang` (English where the draft gives none).
    pub fn cite_in(&self, lang: Lang) -> &str {
        self.cite_words.pick(lang, &self.cite)
    }

    /// The short name in `lang`: what a reader sees.
    pub fn name_in(&self, lang: Lang) -> &str {
        self.name_words.pick(lang, &self.name)
    }

    /// Whether the provision applies to persons of this status.
    pub fn applies_to_status(&self, s: Status) -> bool {
        self.applies_to & (1 << s.index()) != 0
    }

    /// The statuses it applies to, as written.
    pub fn statuses(&self) -> Vec<Status> {
        Status::ALL.iter().copied().filter(|s| self.applies_to_status(*s)).collect()
    }
}

/// Most entries one exclusion's `articles` may list: far beyond any Code's articles and
/// parts, and within what [`ArticleSet`] indexes.
pub const MAX_LISTED_ARTICLES: usize = 10_000;

/// Most provisions one draft may have: the engine tracks which provisions reach a
/// person in one 64-bit word.
pub const MAX_PROVISIONS: usize = 64;

/// Longest time the courts may take to decide every submission, in months: beyond it a
/// draft's timeline would run past any horizon a run can ask for.
pub const MAX_PROCESSING_MONTHS: f64 = 120.0;

/// A compiled draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// Identifier.
    pub id: String,
    /// Title.
    pub title: String,
    /// Effective date.
    pub effective_date: String,
    /// The population it was written for (a spec's `[meta] name`), if it names one.
    pub population: Option<String>,
    /// Offence cut-off date.
    pub offence_cutoff: String,
    /// The law.
    pub law: String,
    /// Official text.
    pub url: Option<String>,
    /// Secondary sources.
    pub references: Vec<String>,
    /// The title in Russian and Kazakh (the official names of the law).
    pub title_words: Words,
    /// The short name a reader knows it by (the id where the draft gives none).
    pub name: String,
    /// The short name in Russian and Kazakh.
    pub name_words: Words,
    /// The law's name in Russian and Kazakh.
    pub law_words: Words,
    /// The notes in Russian and Kazakh.
    pub notes_words: Words,
    /// The references in Russian and Kazakh.
    pub references_words: Words<Vec<String>>,
    /// Free text.
    pub notes: Option<String>,
    /// Where it was read from.
    pub path: String,
    /// Its text (hashed into the manifest).
    pub text: String,
    /// Exclusions.
    pub exclusions: Vec<Exclusion>,
    /// All exclusions as one simplified condition, for the engine.
    pub excluded_when: Expr,
    /// Provisions.
    pub provisions: Vec<Provision>,
    /// Court grant and repayment probabilities.
    pub priors: Priors,
    /// Slot of the probability of repaying in time, if any provision needs it.
    pub repayment_in_time: Option<Slot>,
    /// Slot of the months the courts take to decide every submission, if given (the
    /// timeline needs it).
    pub processing_months: Option<Slot>,
    /// How provisions that fit one person combine.
    pub combine: Combine,
    /// The draft's reason for [`Draft::combine`] (its source or assumption).
    pub combine_note: Option<String>,
    /// The law's definition of a socially vulnerable person, when the draft gives one.
    pub vulnerable: Option<VulnerableDef>,
    /// The execution period in days, over which `remaining_in_period` counts.
    pub execution_period_days: Option<u32>,
}

/// The human names of the populations a draft may be written for, in the three
/// languages (`scenarios/population/names.toml`).
const POPULATION_NAMES: &str = include_str!("../../scenarios/population/names.toml");

/// The name of population `id` in `lang`, as `scenarios/population/names.toml` gives
/// it; the id itself for a population it does not list.
pub fn population_name(id: &str, lang: Lang) -> String {
    #[derive(serde::Deserialize)]
    struct Name {
        title: String,
        title_ru: Option<String>,
        title_kk: Option<String>,
    }
    let names: std::collections::BTreeMap<String, Name> = toml::from_str(POPULATION_NAMES).unwrap_or_default();
    let Some(n) = names.get(id) else { return id.to_string() };
    crate::i18n::Words { ru: n.title_ru.clone(), kk: n.title_kk.clone() }.pick(lang, &n.title).clone()
}

impl Draft {
    /// Why this draft's figures on `spec` need a word of caution, if they do: the
    /// draft names another population than `spec` (its `[meta] name`), or names none and
    /// took effect on another date than the one the population describes.
    pub fn population_note(&self, spec: &crate::scenario::spec::PopulationSpec, tx: &crate::i18n::Texts) -> Option<String> {
        let meta = &spec.file.meta;
        let written_for = match &self.population {
            Some(p) if *p != meta.name => population_name(p, tx.lang()),
            None if self.effective_date != meta.reference_date => "none".to_string(),
            _ => return None,
        };
        let args = [
            ("draft", self.name_in(tx.lang()).into()),
            ("date", tx.lang().date(&self.effective_date).into()),
            ("written", written_for.into()),
            ("population", spec.words.title.pick(tx.lang(), &meta.title).into()),
            ("reference", tx.lang().date(&meta.reference_date).into()),
        ];
        Some(tx.f("note-population", &args))
    }

    /// The title in `lang` (English where the draft gives none).
    pub fn title_in(&self, lang: Lang) -> &str {
        self.title_words.pick(lang, &self.title)
    }

    /// The short name in `lang`: what a reader sees; the id stays for typing.
    pub fn name_in(&self, lang: Lang) -> &str {
        self.name_words.pick(lang, &self.name)
    }

    /// The law's name in `lang`.
    pub fn law_in(&self, lang: Lang) -> &str {
        self.law_words.pick(lang, &self.law)
    }

    /// The notes in `lang`.
    pub fn notes_in(&self, lang: Lang) -> Option<&str> {
        let en = self.notes.as_ref()?;
        Some(self.notes_words.pick(lang, en))
    }

    /// The references in `lang`.
    pub fn references_in(&self, lang: Lang) -> &[String] {
        self.references_words.pick(lang, &self.references)
    }

    /// Reads and compiles a draft file.
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Self::parse(&path.display().to_string(), &text)
    }

    /// Parses, type-checks and compiles a draft's text; every problem found is reported.
    pub fn parse(name: &str, text: &str) -> Result<Self> {
        let file: DraftFile = toml::from_str(text).map_err(|e| Error::toml(name, text, &e))?;
        let src = SourceFile { name, text };
        let header = file.draft.get_ref();
        let mut errors = Vec::new();
        let mut priors = Priors::default();

        let head = compile_header(&src, header, &mut priors, &mut errors);
        let terms = Terms { vulnerable: head.vulnerable_expr.as_ref(), period: head.execution_period_days };
        let exclusions = compile_exclusions(&src, &file.exclude, &terms, &mut errors);
        check_provision_count(&src, &file, &mut errors);
        let repayment_in_time = repayment_slot(&src, &file, &mut priors, &mut errors);
        let provisions = compile_provisions(&src, &file.provision, &mut priors, head.default_slot, &terms, &mut errors);
        // After the provisions, so that the parameter columns of drafts without it keep
        // their order.
        let processing_months = processing_months_slot(&src, header, &mut priors, &mut errors);
        check_translated_references(&src, &header.source, &mut errors);
        Error::collect(errors)?;
        let body = Body { exclusions, provisions, priors, repayment_in_time, processing_months };
        Ok(assemble(&src, header, head, body))
    }
}

/// What the `[draft]` table's own settings compile to: what the rest of the draft is
/// read against.
struct Header {
    id: String,
    default_slot: Option<Slot>,
    execution_period_days: Option<u32>,
    combine: Combine,
    combine_note: Option<String>,
    vulnerable_expr: Option<Expr>,
}

/// The compiled parts of a draft below its header, ready to be assembled.
struct Body {
    exclusions: Vec<Exclusion>,
    provisions: Vec<Provision>,
    priors: Priors,
    repayment_in_time: Option<Slot>,
    processing_months: Option<Slot>,
}

/// Keeps a check's value, or records its error, so that the rest of the draft is still
/// checked and every problem reported.
fn keep<T>(errors: &mut Vec<Error>, result: Result<T>) -> Option<T> {
    match result {
        Ok(value) => Some(value),
        Err(e) => {
            errors.push(e);
            None
        }
    }
}

/// Checks and compiles the `[draft]` table (id, dates, default court grant, execution
/// period, combine rule, definition of vulnerable), in the order its errors are reported.
fn compile_header(src: &SourceFile, header: &HeaderToml, priors: &mut Priors, errors: &mut Vec<Error>) -> Header {
    let id = header.id.get_ref().trim().to_string();
    if !is_clause_id(&id) {
        errors.push(src.error(header.id.span(), Msg::new("draft-bad-id")));
    }
    for date in [&header.effective_date, &header.offence_cutoff] {
        if !is_date(date.get_ref()) {
            errors.push(src.error(date.span(), Msg::new("draft-bad-date").arg("text", date.get_ref().as_str())));
        }
    }
    let court_default = keep(errors, ParamToml::compile(&header.court_grant, src, "court_grant", Domain::Probability, false));
    let default_slot = court_default.map(|d| priors.scalar(DraftParam::COURT_GRANT, d));
    let execution_period_days = header.execution_period.as_ref().and_then(|p| {
        keep(errors, duration::parse_msg(p.get_ref()).map_err(|e| src.error(p.span(), Msg::new("draft-field-problem").arg("field", "execution_period").msg("problem", e))))
    });
    let (combine, combine_note) = combine_rule(src, header.combine.as_ref(), errors);
    let vulnerable_expr = header.vulnerable.as_ref().and_then(|v| keep(errors, vulnerable_definition(src, &v.get_ref().when, execution_period_days)));
    Header { id, default_slot, execution_period_days, combine, combine_note, vulnerable_expr }
}

/// The `[draft.combine]` rule and its stated reason; an unknown rule reads as the
/// default, so that the rest of the draft is still checked.
fn combine_rule(src: &SourceFile, combine: Option<&Spanned<CombineToml>>, errors: &mut Vec<Error>) -> (Combine, Option<String>) {
    let Some(c) = combine else {
        return (Combine::MostFavourable, None);
    };
    let c = c.get_ref();
    let rule = match c.rule.get_ref().as_str() {
        "most_favourable" => Combine::MostFavourable,
        "cumulative" => Combine::Cumulative,
        "first_listed" => Combine::FirstListed,
        other => {
            let near = did_you_mean(other, ["most_favourable", "cumulative", "first_listed"]).unwrap_or("none");
            errors.push(src.error(c.rule.span(), Msg::new("draft-unknown-combine").arg("rule", other).arg("near", near)));
            Combine::MostFavourable
        }
    };
    if c.source.is_none() && c.assumption.is_none() {
        errors.push(src.error(c.rule.span(), Msg::new("draft-combine-cite")));
    }
    (rule, c.source.clone().or_else(|| c.assumption.clone()))
}

/// The law's definition of a socially vulnerable person, in the draft's terms: it must
/// name the groups, since it is what `vulnerable` means in the other conditions.
fn vulnerable_definition(src: &SourceFile, w: &Spanned<String>, period: Option<u32>) -> Result<Expr> {
    let e = when_in_terms(src, w, &Terms { vulnerable: None, period })?;
    // The definition names the groups; `vulnerable` in it would mean
    // the population's own record, not this law's definition.
    if let Some(span) = term_span(&e, Field::Vulnerable) {
        return Err(located(src, w, span, "the definition of `vulnerable` cannot use `vulnerable` itself; name the groups (veteran, juvenile_at_offence, pregnant, mother, single_father, disability) and the ages".into()));
    }
    Ok(e)
}

/// Compiles the exclusions in the file's order; each needs a citation and a valid,
/// distinct id.
fn compile_exclusions(src: &SourceFile, list: &[Spanned<ExcludeToml>], terms: &Terms, errors: &mut Vec<Error>) -> Vec<Exclusion> {
    let mut exclusions = Vec::new();
    let mut exclusion_ids = HashSet::new();
    for (n, ex) in list.iter().enumerate() {
        let e = ex.get_ref();
        if e.cite.trim().is_empty() {
            errors.push(src.error(ex.span(), Msg::new("draft-exclusion-no-cite")));
        }
        let id = exclusion_id(src, e.id.as_ref(), n, &mut exclusion_ids, errors);
        let Some((expr, code, articles, when_text)) = keep(errors, exclusion_condition(src, ex, terms)) else {
            continue;
        };
        exclusions.push(Exclusion {
            id,
            cite: e.cite.clone(),
            cite_words: Words { ru: e.cite_ru.clone(), kk: e.cite_kk.clone() },
            name: e.name.clone().unwrap_or_else(|| e.cite.clone()),
            name_words: Words { ru: e.name_ru.clone(), kk: e.name_kk.clone() },
            when: program::simplify(expr),
            when_text,
            code,
            articles,
            note: e.note.clone(),
        });
    }
    exclusions
}

/// An exclusion's id: the one given (checked, and not used before) or `exclude-N`,
/// counted from 1.
fn exclusion_id(src: &SourceFile, given: Option<&Spanned<String>>, n: usize, seen: &mut HashSet<String>, errors: &mut Vec<Error>) -> String {
    let Some(id) = given else {
        let text = format!("exclude-{}", n + 1);
        seen.insert(text.clone());
        return text;
    };
    let text = id.get_ref().trim().to_string();
    if !is_clause_id(&text) {
        errors.push(src.error(id.span(), Msg::new("draft-bad-clause-id").arg("kind", "exclusion")));
    } else if !seen.insert(text.clone()) {
        errors.push(src.error(id.span(), Msg::new("draft-id-twice").arg("kind", "exclusion").arg("id", text.as_str())));
    }
    text
}

/// Checks that the draft has at least one provision and no more than the engine tracks.
fn check_provision_count(src: &SourceFile, file: &DraftFile, errors: &mut Vec<Error>) {
    let SourceFile { name, text } = *src;
    if file.provision.is_empty() {
        errors.push(Error::Source(Box::new(Diagnostic::at(name, text, file.draft.span(), Msg::new("draft-no-provisions")).with_help(Msg::new("draft-no-provisions-help")))));
    }
    if let Some(extra) = file.provision.get(MAX_PROVISIONS) {
        errors.push(Error::Source(Box::new(
            Diagnostic::at(name, text, extra.span(), Msg::new("draft-too-many-provisions").arg("n", file.provision.len()).arg("max", MAX_PROVISIONS))
                .with_help(Msg::new("draft-too-many-provisions-help")),
        )));
    }
}

/// The slot of the probability of repaying in time: required when a provision asks for
/// repayment.
fn repayment_slot(src: &SourceFile, file: &DraftFile, priors: &mut Priors, errors: &mut Vec<Error>) -> Option<Slot> {
    let SourceFile { name, text } = *src;
    let header = file.draft.get_ref();
    let needs_repayment = file.provision.iter().any(|p| p.get_ref().requires.is_some());
    match (&header.repayment_in_time, needs_repayment) {
        (Some(p), _) => keep(errors, ParamToml::compile(p, src, "repayment_in_time", Domain::Probability, false)).map(|d| priors.scalar(DraftParam::REPAYMENT_IN_TIME, d)),
        (None, true) => {
            errors.push(Error::Source(Box::new(Diagnostic::at(name, text, file.draft.span(), Msg::new("draft-no-repayment")).with_help(Msg::new("draft-no-repayment-help")))));
            None
        }
        (None, false) => None,
    }
}

/// Compiles the provisions in the file's order; ids must be distinct.
fn compile_provisions(
    src: &SourceFile,
    list: &[Spanned<ProvisionToml>],
    priors: &mut Priors,
    default_slot: Option<Slot>,
    terms: &Terms,
    errors: &mut Vec<Error>,
) -> Vec<Provision> {
    let mut provisions = Vec::new();
    let mut ids = HashSet::new();
    for p in list {
        let Some(prov) = keep(errors, provision(src, p, priors, default_slot, terms)) else {
            continue;
        };
        if !ids.insert(prov.id.clone()) {
            errors.push(src.error(p.get_ref().id.span(), Msg::new("draft-id-twice").arg("kind", "provision").arg("id", prov.id.as_str())));
        }
        provisions.push(prov);
    }
    provisions
}

/// The slot of the months the courts take to decide every submission, when the draft
/// gives it; it must stay within what a timeline can show.
fn processing_months_slot(src: &SourceFile, header: &HeaderToml, priors: &mut Priors, errors: &mut Vec<Error>) -> Option<Slot> {
    let p = header.processing_months.as_ref()?;
    match ParamToml::compile(p, src, "processing_months", Domain::NonNegative, false) {
        Ok(d) if d.support().0 > 0.0 && d.support().1 <= MAX_PROCESSING_MONTHS => Some(priors.scalar(DraftParam::PROCESSING_MONTHS, d)),
        Ok(_) => {
            errors.push(src.error(p.span(), Msg::new("draft-processing-months").arg("max", MAX_PROCESSING_MONTHS)));
            None
        }
        Err(e) => {
            errors.push(e);
            None
        }
    }
}

/// Checks that each list of translated references has one entry per reference.
fn check_translated_references(src: &SourceFile, source: &SourceToml, errors: &mut Vec<Error>) {
    for list in [&source.references_ru, &source.references_kk].into_iter().flatten() {
        if list.get_ref().len() != source.references.len() {
            errors.push(src.error(list.span(), Msg::new("draft-references-count").arg("n", list.get_ref().len()).arg("want", source.references.len())));
        }
    }
}

/// Puts a checked draft together from its header and its compiled parts.
fn assemble(src: &SourceFile, header: &HeaderToml, head: Header, body: Body) -> Draft {
    let excluded_when = program::simplify(body.exclusions.iter().map(|e| e.when.clone()).reduce(|a, b| Expr::Or(Box::new(a), Box::new(b))).unwrap_or(Expr::Const(false)));
    // A draft without a short name is called by its title (a reader never meets the id
    // outside the technical details); a language without a name of its own takes the
    // title in that language before the English name.
    let name = header.name.clone().unwrap_or_else(|| header.title.clone());
    Draft {
        excluded_when,
        id: head.id,
        title: header.title.clone(),
        title_words: Words { ru: header.title_ru.clone(), kk: header.title_kk.clone() },
        name,
        name_words: Words { ru: header.name_ru.clone().or_else(|| header.title_ru.clone()), kk: header.name_kk.clone().or_else(|| header.title_kk.clone()) },
        law_words: Words { ru: header.source.law_ru.clone(), kk: header.source.law_kk.clone() },
        notes_words: Words { ru: header.notes_ru.clone(), kk: header.notes_kk.clone() },
        references_words: Words { ru: header.source.references_ru.as_ref().map(|r| r.get_ref().clone()), kk: header.source.references_kk.as_ref().map(|r| r.get_ref().clone()) },
        effective_date: header.effective_date.get_ref().clone(),
        population: header.population.clone(),
        offence_cutoff: header.offence_cutoff.get_ref().clone(),
        law: header.source.law.clone(),
        url: header.source.url.clone(),
        references: header.source.references.clone(),
        notes: header.notes.clone(),
        path: src.name.to_string(),
        text: src.text.to_string(),
        exclusions: body.exclusions,
        provisions: body.provisions,
        priors: body.priors,
        repayment_in_time: body.repayment_in_time,
        processing_months: body.processing_months,
        combine: head.combine,
        combine_note: head.combine_note,
        vulnerable: header.vulnerable.as_ref().map(|v| vulnerable_def(v.get_ref())),
        execution_period_days: head.execution_period_days,
    }
}

/// The definition of vulnerable as the draft states it, for `explain` and reports.
fn vulnerable_def(v: &VulnerableToml) -> VulnerableDef {
    VulnerableDef { cite: v.cite.clone(), cite_words: Words { ru: v.cite_ru.clone(), kk: v.cite_kk.clone() }, when_text: v.when.get_ref().clone(), note: v.note.clone() }
}

/// What a draft's own terms mean in its conditions: `vulnerable` (the law's
/// definition) and `remaining_in_period` (over the execution period).
struct Terms<'a> {
    vulnerable: Option<&'a Expr>,
    period: Option<u32>,
}

/// Rewrites a checked condition into the draft's own terms: `vulnerable` becomes the
/// law's definition (when the draft gives one), and `remaining_in_period <= X` becomes
/// `remaining <= X + period` (the time left falls by a day a day while the law is
/// executed). An error names the span of the term that cannot be rewritten.
fn resolve_terms(e: Expr, vulnerable: Option<&Expr>, period: Option<u32>) -> std::result::Result<Expr, (Range<usize>, String)> {
    Ok(match e {
        Expr::Test(Test::Flag(Field::Vulnerable), span) => match vulnerable {
            // The definition's leaves point at the word `vulnerable` in this condition,
            // so `explain` shows each of them under the word the condition used.
            Some(def) => respan(def.clone(), &span),
            None => Expr::Test(Test::Flag(Field::Vulnerable), span),
        },
        Expr::Test(Test::Cmp(Field::RemainingInPeriod, op, v), span) => {
            let Some(period) = period else {
                return Err((
                    span,
                    "`remaining_in_period` needs the draft's `execution_period` (e.g. execution_period = \"6m\" in [draft]); to count on the effective date, use `remaining`"
                        .into(),
                ));
            };
            let bound = v.saturating_add(period as u64);
            match op {
                CmpOp::Le => Expr::Test(Test::Cmp(Field::Remaining, CmpOp::Le, bound), span),
                // The least time left is never below 0: `< 0` holds for no one.
                CmpOp::Lt if v == 0 => Expr::Const(false),
                CmpOp::Lt => Expr::Test(Test::Cmp(Field::Remaining, CmpOp::Lt, bound), span),
                _ => return Err((span, "`remaining_in_period` takes only `<=` or `<`".into())),
            }
        }
        Expr::Not(x) => Expr::Not(Box::new(resolve_terms(*x, vulnerable, period)?)),
        Expr::And(a, b) => Expr::And(Box::new(resolve_terms(*a, vulnerable, period)?), Box::new(resolve_terms(*b, vulnerable, period)?)),
        Expr::Or(a, b) => Expr::Or(Box::new(resolve_terms(*a, vulnerable, period)?), Box::new(resolve_terms(*b, vulnerable, period)?)),
        other => other,
    })
}

/// The span of the first test of the yes/no field `field` in `e`, if any.
fn term_span(e: &Expr, field: Field) -> Option<Range<usize>> {
    match e {
        Expr::Test(Test::Flag(f), span) if *f == field => Some(span.clone()),
        Expr::Not(x) => term_span(x, field),
        Expr::And(a, b) | Expr::Or(a, b) => term_span(a, field).or_else(|| term_span(b, field)),
        _ => None,
    }
}

/// `e` with every leaf's span set to `span`.
fn respan(e: Expr, span: &Range<usize>) -> Expr {
    match e {
        Expr::Test(t, _) => Expr::Test(t, span.clone()),
        Expr::Not(x) => Expr::Not(Box::new(respan(*x, span))),
        Expr::And(a, b) => Expr::And(Box::new(respan(*a, span)), Box::new(respan(*b, span))),
        Expr::Or(a, b) => Expr::Or(Box::new(respan(*a, span)), Box::new(respan(*b, span))),
        c => c,
    }
}

/// A diagnostic at `span` inside the `when` string `w`.
fn located(src: &SourceFile, w: &Spanned<String>, span: Range<usize>, message: String) -> Error {
    let base = string_body_offset(src.text, &w.span());
    Error::Source(Box::new(Diagnostic::at(src.name, src.text, base + span.start..base + span.end, message)))
}

/// Parses a `when` and rewrites it into the draft's terms.
fn when_in_terms(src: &SourceFile, w: &Spanned<String>, terms: &Terms) -> Result<Expr> {
    let e = when(src, w)?;
    resolve_terms(e, terms.vulnerable, terms.period).map_err(|(span, message)| located(src, w, span, message))
}

/// An exclusion's condition: its list of articles (of the Code the population
/// carries; of an older Code, no one in it) and its `when`, both when both are given.
/// Returns the condition, the Code, the list and the condition as a reader sees it.
fn exclusion_condition(src: &SourceFile, ex: &Spanned<ExcludeToml>, terms: &Terms) -> Result<(Expr, CodeEdition, Vec<ArticleEntry>, String)> {
    let e = ex.get_ref();
    let code = match &e.code {
        None => CodeEdition::Code2014,
        Some(c) => match c.get_ref().as_str() {
            "2014" => CodeEdition::Code2014,
            "1997" => CodeEdition::Code1997,
            "1959" => CodeEdition::Code1959,
            other => return Err(src.error(c.span(), Msg::new("draft-unknown-code").arg("code", other))),
        },
    };
    let condition = e.when.as_ref().map(|w| when_in_terms(src, w, terms)).transpose()?;
    let Some(list) = &e.articles else {
        if e.code.is_some() {
            return Err(src.error(ex.span(), Msg::new("draft-code-without-articles")));
        }
        return match (condition, &e.when) {
            (Some(c), Some(w)) => Ok((c, code, Vec::new(), w.get_ref().clone())),
            _ => Err(src.error(ex.span(), Msg::new("draft-exclusion-no-when"))),
        };
    };
    if list.get_ref().is_empty() {
        return Err(src.error(list.span(), Msg::new("draft-articles-empty")));
    }
    if list.get_ref().len() > MAX_LISTED_ARTICLES {
        return Err(src.error(list.span(), Msg::new("draft-articles-too-many").arg("n", list.get_ref().len()).arg("max", MAX_LISTED_ARTICLES)));
    }
    let mut entries = Vec::new();
    let mut set = ArticleSet::default();
    for item in list.get_ref() {
        let entry = ArticleEntry::parse(item.get_ref()).map_err(|m| src.error(item.span(), m))?;
        set.insert(entry.article, &entry.parts);
        entries.push(entry);
    }
    let listed = match code {
        CodeEdition::Code2014 => Expr::Test(Test::Articles(std::sync::Arc::new(set)), 0..0),
        // The population's articles are the 2014 Code's: an older Code's numbers name
        // other offences, and no one in it was convicted under them.
        CodeEdition::Code1997 | CodeEdition::Code1959 => Expr::Const(false),
    };
    let shown = entries.iter().map(|a| a.to_string()).collect::<Vec<_>>().join(", ");
    let mut text = format!("articles ({} Code): {shown}", code.name());
    let expr = match (condition, &e.when) {
        (Some(c), Some(w)) => {
            text.push_str(&format!(" and {}", w.get_ref()));
            Expr::And(Box::new(listed), Box::new(c))
        }
        _ => listed,
    };
    Ok((expr, code, entries, text))
}

/// Whether `s` can name a draft, provision or exclusion: letters, digits, `-` or `_`
/// (ids name output files and sweep paths, whose parts are separated by dots).
pub fn is_clause_id(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Whether `s` is a real calendar date written YYYY-MM-DD (so 2025-02-31 is not).
fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    if parts.len() != 3 || parts[0].len() != 4 || parts[1].len() != 2 || parts[2].len() != 2 || !parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())) {
        return false;
    }
    let (y, m, d): (u32, u32, u32) = (parts[0].parse().unwrap_or(0), parts[1].parse().unwrap_or(0), parts[2].parse().unwrap_or(0));
    let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1900..=2200).contains(&y) && (1..=days).contains(&d)
}

/// Where an expression's text starts inside the file: after the string's opening quote.
fn string_body_offset(text: &str, span: &Range<usize>) -> usize {
    let raw = &text[span.clone()];
    if raw.starts_with("\"\"\"") || raw.starts_with("'''") {
        let after = span.start + 3;
        if text[after..].starts_with('\n') { after + 1 } else { after }
    } else {
        span.start + 1
    }
}

/// Parses a `when` string, mapping expression errors to file positions.
fn when(src: &SourceFile, w: &Spanned<String>) -> Result<Expr> {
    expr::parse(w.get_ref()).map_err(|e| {
        let base = string_body_offset(src.text, &w.span());
        let mut d = Diagnostic::at(src.name, src.text, base + e.span.start..base + e.span.end, e.message);
        d.help = e.help;
        Error::Source(Box::new(d))
    })
}

/// Checks and compiles one provision, adding its court grant and open cut to the priors.
fn provision(src: &SourceFile, p: &Spanned<ProvisionToml>, priors: &mut Priors, default_slot: Option<Slot>, terms: &Terms) -> Result<Provision> {
    let t = p.get_ref();
    let id = t.id.get_ref().trim().to_string();
    if !is_clause_id(&id) {
        return Err(src.error(t.id.span(), Msg::new("draft-bad-clause-id").arg("kind", "provision")));
    }
    if t.cite.trim().is_empty() {
        return Err(src.error(p.span(), Msg::new("draft-provision-no-cite").arg("id", id.as_str())));
    }
    let (effect, fraction, whole) = effect(src, &t.effect)?;
    let applies_to = status_bits(src, &t.applies_to, effect)?;
    let when = when_in_terms(src, &t.when, terms)?;
    let requires_repayment = match &t.requires {
        None => false,
        Some(r) if r.get_ref() == "repayment" => true,
        Some(r) => return Err(src.error(r.span(), Msg::new("draft-unknown-requirement").arg("text", r.get_ref().as_str()))),
    };
    let court_grant = match &t.court_grant {
        Some(c) => priors.scalar(ParamName::provision_grant(&id), ParamToml::compile(c, src, &format!("{id}.court_grant"), Domain::Probability, false)?),
        None => default_slot.ok_or_else(|| src.error(p.span(), Msg::new("draft-no-court-grant")))?,
    };
    let fraction_prior = fraction.map(|prior| open_fraction_slot(src, &id, &prior, priors)).transpose()?;
    let whole_share = match whole {
        Some(prior) => {
            let dist = ParamToml::compile(&prior, src, &format!("{id}.effect.cut.whole_share"), Domain::Probability, false)?;
            Some(priors.scalar(ParamName::open_whole(&id), dist))
        }
        None => None,
    };
    let effect = match (effect, fraction_prior) {
        (Effect::Cut { of, .. }, Some(slot)) => Effect::Cut { fraction: priors.scalar_dist(slot).map_or(0.5, |d| d.mean()), of },
        (e, _) => e,
    };
    Ok(Provision {
        id,
        cite: t.cite.clone(),
        cite_words: Words { ru: t.cite_ru.clone(), kk: t.cite_kk.clone() },
        name: t.name.clone().unwrap_or_else(|| t.cite.clone()),
        name_words: Words { ru: t.name_ru.clone(), kk: t.name_kk.clone() },
        applies_to,
        when: program::simplify(when),
        when_text: t.when.get_ref().clone(),
        effect,
        requires_repayment,
        court_grant,
        fraction_prior,
        whole_share,
        note: t.note.clone(),
    })
}

/// The statuses a provision applies to, one bit each; each must fit the effect (only
/// pre-trial cases are closed, and only they are).
fn status_bits(src: &SourceFile, list: &Spanned<Vec<Spanned<String>>>, effect: Effect) -> Result<u8> {
    let mut applies_to = 0u8;
    if list.get_ref().is_empty() {
        return Err(src.error(list.span(), Msg::new("draft-applies-to-empty")));
    }
    for s in list.get_ref() {
        let status = Status::from_name(s.get_ref()).ok_or_else(|| {
            let near = did_you_mean(s.get_ref(), Status::names()).unwrap_or("none");
            src.error(s.span(), Msg::new("draft-unknown-status").arg("status", s.get_ref().as_str()).arg("near", near))
        })?;
        let fits = match effect {
            Effect::CloseCase => status == Status::Pretrial,
            _ => status != Status::Pretrial,
        };
        if !fits {
            let help = Msg::new(if status == Status::Pretrial { "draft-effect-pretrial-help" } else { "draft-effect-sentenced-help" });
            let message = Msg::new("draft-effect-status").each("effect", |tx| crate::output::words::effect(tx, &effect, false)).arg("status", status.name());
            return Err(Error::Source(Box::new(Diagnostic::at(src.name, src.text, s.span(), message).with_help(help))));
        }
        applies_to |= 1 << status.index();
    }
    Ok(applies_to)
}

/// The slot of a cut's fraction the law leaves open, drawn from the draft's prior; the
/// prior must stay within (0, 1].
fn open_fraction_slot(src: &SourceFile, id: &str, prior: &Spanned<ParamToml>, priors: &mut Priors) -> Result<Slot> {
    let dist = ParamToml::compile(prior, src, &format!("{id}.effect.cut.fraction"), Domain::Probability, false)?;
    let (low, high) = dist.support();
    if !(low >= 0.0 && high <= 1.0 && high > 0.0) {
        return Err(src.error(prior.span(), Msg::new("draft-open-fraction-range").arg("low", low.to_string()).arg("high", high.to_string())));
    }
    Ok(priors.scalar(ParamName::open_fraction(id), dist))
}

/// A compiled effect, the cut's fraction when the draft gives it as a prior, and the
/// share read as the whole unserved part (both compiled against the draft's priors).
type Compiled = (Effect, Option<Spanned<ParamToml>>, Option<Spanned<ParamToml>>);

/// Reads an effect (see [`Compiled`]).
fn effect(src: &SourceFile, e: &Spanned<toml::Value>) -> Result<Compiled> {
    let span = e.span();
    let help = Msg::new("draft-effect-help");
    let bad = |msg: Msg| Error::Source(Box::new(Diagnostic::at(src.name, src.text, span.clone(), msg).with_help(help.clone())));
    match e.get_ref() {
        toml::Value::String(s) if s == "release" => Ok((Effect::Release, None, None)),
        toml::Value::String(s) if s == "close_case" => Ok((Effect::CloseCase, None, None)),
        toml::Value::String(s) => Err(bad(Msg::new("draft-unknown-effect").arg("effect", s.as_str()).arg("near", did_you_mean(s, ["release", "close_case"]).unwrap_or("none")))),
        toml::Value::Table(t) if t.len() == 1 && t.contains_key("cut") => {
            let Some(cut) = t["cut"].as_table() else { return Err(bad(Msg::new("draft-cut-table"))) };
            if let Some(k) = cut.keys().find(|k| !["fraction", "of", "whole_share"].contains(&k.as_str())) {
                return Err(bad(Msg::new("draft-cut-key").arg("key", k.as_str())));
            }
            let whole = match cut.get("whole_share") {
                None => None,
                Some(table @ toml::Value::Table(_)) => {
                    let prior: ParamToml =
                        table.clone().try_into().map_err(|err| bad(Msg::new("draft-whole-share").msg("error", crate::i18n::serde_words::toml_message(err.message().trim()))))?;
                    Some(Spanned::new(span.clone(), prior))
                }
                Some(other) => {
                    return Err(bad(Msg::new("draft-whole-share-type").arg("value", other.to_string())));
                }
            };
            let (fraction, prior) = match cut.get("fraction") {
                Some(toml::Value::Float(f)) => (*f, None),
                Some(toml::Value::Integer(i)) => (*i as f64, None),
                // A fraction the law leaves open: a prior, with its source or assumption.
                Some(table @ toml::Value::Table(_)) => {
                    let prior: ParamToml =
                        table.clone().try_into().map_err(|err| bad(Msg::new("draft-fraction-prior").msg("error", crate::i18n::serde_words::toml_message(err.message().trim()))))?;
                    (0.5, Some(Spanned::new(span.clone(), prior)))
                }
                _ => return Err(bad(Msg::new("draft-cut-fraction"))),
            };
            if !(fraction > 0.0 && fraction <= 1.0) {
                return Err(bad(Msg::new("draft-fraction-range").arg("fraction", fraction.to_string())));
            }
            let of = match cut.get("of").and_then(|v| v.as_str()) {
                Some("unserved") => CutBase::Unserved,
                Some("imposed") => CutBase::Imposed,
                _ => return Err(bad(Msg::new("draft-cut-of"))),
            };
            Ok((Effect::Cut { fraction, of }, prior, whole))
        }
        toml::Value::Table(t) if t.len() == 1 && t.contains_key("release_if_remaining_at_most") => match &t["release_if_remaining_at_most"] {
            toml::Value::String(text) => duration::parse_msg(text).map(|d| (Effect::ReleaseIfRemainingAtMost(d), None, None)).map_err(bad),
            other => Err(bad(Msg::new("draft-window-type").arg("value", other.to_string()))),
        },
        toml::Value::Table(t) => Err(bad(Msg::new("draft-effect-keys").arg("keys", t.keys().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")))),
        _ => Err(bad(Msg::new("draft-effect-kind"))),
    }
}

#[cfg(test)]
mod tests;

/// The drafts shipped in scenarios/drafts, embedded so they can be named by id anywhere.
pub const SHIPPED: &[(&str, &str)] = &[
    ("kz-2025-enacted", include_str!("../../scenarios/drafts/kz-2025-enacted.toml")),
    ("kz-2025-drug-distribution", include_str!("../../scenarios/drafts/kz-2025-drug-distribution.toml")),
    ("kz-2025-fraud-third", include_str!("../../scenarios/drafts/kz-2025-fraud-third.toml")),
    ("kz-2025-no-1y", include_str!("../../scenarios/drafts/kz-2025-no-1y.toml")),
    ("kz-2025-no-vulnerable", include_str!("../../scenarios/drafts/kz-2025-no-vulnerable.toml")),
    ("kz-2025-whatif-imposed-term", include_str!("../../scenarios/drafts/kz-2025-whatif-imposed-term.toml")),
    ("kz-2021", include_str!("../../scenarios/drafts/kz-2021.toml")),
    ("kz-2022", include_str!("../../scenarios/drafts/kz-2022.toml")),
    ("kz-2016", include_str!("../../scenarios/drafts/kz-2016.toml")),
];

/// The draft `run` uses when none is named: the enacted 2025 law.
pub const DEFAULT_DRAFT: &str = "kz-2025-enacted";

/// Loads a draft from a file path, or a shipped draft by id when no such file exists.
pub fn resolve(arg: &str) -> Result<Draft> {
    let path = Path::new(arg);
    if path.exists() {
        return Draft::load(path);
    }
    if let Some((id, text)) = SHIPPED.iter().find(|(id, _)| *id == arg) {
        return Draft::parse(&format!("scenarios/drafts/{id}.toml"), text);
    }
    let ids: Vec<&str> = SHIPPED.iter().map(|(id, _)| *id).collect();
    let problem = match did_you_mean(arg, ids.iter().copied()) {
        Some(near) => Msg::new("draft-unknown-near").arg("near", near),
        None => Msg::new("draft-unknown"),
    };
    Err(Error::request(crate::error::Setting::Draft, arg, problem.arg("ids", ids.join(", "))))
}
