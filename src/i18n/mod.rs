//! The languages of the Parliament: every word a person reads in the report, the
//! charts and the console summary comes from one Project Fluent resource per language
//! (`locales/en.ftl`, `ru.ftl`, `kk.ftl` and their `-charts`, `-cli`, `-page` parts, embedded in the binary), with the plural
//! forms each language needs (1 дело, 2 дела, 5 дел). Numbers and dates are shown in the
//! language's conventions: `12,345.6` in English, `12 345,6` (non-breaking space) in
//! Russian and Kazakh, dates `23.06.2025`.
//!
//! The tidy files (CSV, Parquet) keep their English machine keys so that scripts do not
//! break; [`Texts::label`] names a key in a language and `labels.csv` lists them all.
//! Errors are translated too: the library builds them with a [`Msg`] (a message id and
//! its arguments, see [`msg`]) and the command line renders them in the chosen language
//! ([`crate::Error::render_in`]); the frame around a place in a file (file:line:column,
//! the line, the caret) is the same in every language.

pub mod msg;
pub mod serde_words;

pub use msg::Msg;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Russian.
    Ru,
    /// Kazakh (Cyrillic script).
    Kk,
}

/// One language's text is its core file followed by one file per concern (`charts`,
/// `cli`, `page`), so that work on one concern never edits another's file.
macro_rules! resource {
    ($code:literal) => {
        concat!(
            include_str!(concat!("../../locales/", $code, ".ftl")),
            "\n",
            include_str!(concat!("../../locales/", $code, "-charts.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $code, "-cli.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $code, "-page.ftl")),
        )
    };
}

/// The Fluent resources, embedded so the binary needs no file beside it.
const RESOURCES: [(Lang, &str); 3] = [(Lang::En, resource!("en")), (Lang::Ru, resource!("ru")), (Lang::Kk, resource!("kk"))];

/// The environment variable that sets the default language (`--lang` overrides it).
pub const LANG_ENV: &str = "AMNESTY_LANG";

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Kk];

    /// The ISO 639-1 code: `en`, `ru`, `kk`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
        }
    }

    /// Parses a code (`kk`, `ru`, `en`; a region such as `ru-KZ` or `kk_KZ.UTF-8` is
    /// accepted and ignored).
    pub fn parse(text: &str) -> Option<Lang> {
        let code = text.split(['-', '_', '.']).next().unwrap_or("").to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The Fluent resource text of this language.
    pub fn resource(self) -> &'static str {
        RESOURCES.iter().find(|(l, _)| *l == self).map_or("", |(_, r)| r)
    }

    fn separators(self) -> (char, char) {
        match self {
            Lang::En => (',', '.'),
            // CLDR for ru and kk: no-break space between thousands, decimal comma.
            Lang::Ru | Lang::Kk => ('\u{a0}', ','),
        }
    }

    /// `x` with `decimals` places and the language's separators: `12,345.6` or
    /// `12 345,6`; `-0` is shown as `0`.
    pub fn number(self, x: f64, decimals: usize) -> String {
        let (group, point) = self.separators();
        let text = format!("{:.*}", decimals, x.abs());
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        let mut out = String::new();
        for (k, c) in int.chars().enumerate() {
            if k > 0 && (int.len() - k) % 3 == 0 {
                out.push(group);
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push(point);
            out.push_str(frac);
        }
        let zero = text.chars().all(|c| c == '0' || c == '.');
        if x < 0.0 && !zero { format!("-{out}") } else { out }
    }

    /// A whole number with the language's digit grouping.
    pub fn int(self, x: f64) -> String {
        self.number(x, 0)
    }

    /// An ISO date (`2025-06-23`) as the language writes it: unchanged in English,
    /// `23.06.2025` in Russian and Kazakh. Text that is not an ISO date is returned as is.
    pub fn date(self, iso: &str) -> String {
        let parts: Vec<&str> = iso.split('-').collect();
        let ok = parts.len() == 3 && [4, 2, 2].iter().zip(&parts).all(|(n, p)| p.len() == *n && p.chars().all(|c| c.is_ascii_digit()));
        match self {
            Lang::Ru | Lang::Kk if ok => format!("{}.{}.{}", parts[2], parts[1], parts[0]),
            _ => iso.to_string(),
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::parse(s).ok_or_else(|| format!("unknown language `{s}`; expected kk, ru or en"))
    }
}

/// Fluent shows numbers without grouping; these put the language's separators in,
/// keeping the fraction digits the value asks for (none by default).
fn format_number<const L: u8>(value: &FluentValue, _: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    let lang = Lang::ALL[L as usize];
    Some(lang.number(n.value, n.options.maximum_fraction_digits.unwrap_or(0)))
}

/// A value passed to a message.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Text, inserted as it is (and the key of a text selector).
    Text(String),
    /// A number: shown with the language's grouping, rounded to whole units; plural
    /// forms select on it.
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<f64> for Arg {
    fn from(x: f64) -> Self {
        Arg::Number(x)
    }
}

impl From<usize> for Arg {
    fn from(x: usize) -> Self {
        Arg::Number(x as f64)
    }
}

impl From<u32> for Arg {
    fn from(x: u32) -> Self {
        Arg::Number(x as f64)
    }
}

/// The messages of one language, ready to format.
pub struct Texts {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    english: Option<Box<Texts>>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts").field("lang", &self.lang).finish()
    }
}

impl Texts {
    /// The messages of `lang`. A message missing from a translation falls back to the
    /// English one (the tests make sure none is missing).
    pub fn new(lang: Lang) -> Texts {
        let english = (lang != Lang::En).then(|| Box::new(Texts::bundle_only(Lang::En)));
        Texts { english, ..Texts::bundle_only(lang) }
    }

    fn bundle_only(lang: Lang) -> Texts {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("en, ru and kk are valid language identifiers");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(match lang {
            Lang::En => format_number::<0>,
            Lang::Ru => format_number::<1>,
            Lang::Kk => format_number::<2>,
        }));
        // The embedded resources are checked by the tests (`every_message_parses`): a
        // syntax error drops that entry only, never the whole language.
        let resource = FluentResource::try_new(lang.resource().to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
        Texts { lang, bundle, english: None }
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the message `id` exists in this language (not counting the fallback).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.get_message(id).and_then(|m| m.value()).is_some()
    }

    /// The message `id` without arguments.
    pub fn t(&self, id: &str) -> String {
        self.f(id, &[])
    }

    /// The message `id` with its arguments; the id itself if no language has it.
    pub fn f(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return match &self.english {
                Some(en) => en.f(id, args),
                None => id.to_string(),
            };
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
                Arg::Number(x) => fluent_args.set(*name, FluentValue::from(x.round())),
            }
        }
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
    }

    /// A whole number in this language's conventions.
    pub fn int(&self, x: f64) -> String {
        self.lang.int(x)
    }

    /// A number with `decimals` places in this language's conventions.
    pub fn number(&self, x: f64, decimals: usize) -> String {
        self.lang.number(x, decimals)
    }

    /// "mean [low, high]" as the tables show it.
    pub fn mean_low_high(&self, mean: f64, low: f64, high: f64) -> String {
        format!("{} [{}, {}]", self.int(mean), self.int(low), self.int(high))
    }

    /// "90% interval 1,234 to 2,345" (low and high are put in order).
    pub fn interval(&self, pct: f64, low: f64, high: f64) -> String {
        self.f("interval", &[("pct", pct.into()), ("lo", self.int(low.min(high)).into()), ("hi", self.int(low.max(high)).into())])
    }

    /// The name of machine key `key` of kind `kind` (`status`, `outcome`, `gravity`,
    /// `offence_group`, ...): "especially grave" for `gravity` `especially_grave`. A key
    /// without a label (a provision id) is returned as it is.
    pub fn label(&self, kind: &str, key: &str) -> String {
        let id = format!("{kind}-{key}");
        if self.has(&id) || self.english.as_ref().is_some_and(|e| e.has(&id)) { self.t(&id) } else { key.to_string() }
    }
}

/// A human text's Russian and Kazakh versions, beside the English one kept where it
/// always was (a draft's `title` with `title_ru`, `title_kk`): a missing translation
/// shows the English text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Words<T = String> {
    /// Russian.
    pub ru: Option<T>,
    /// Kazakh.
    pub kk: Option<T>,
}

impl<T> Words<T> {
    /// The text in `lang`, or `en` where there is no translation.
    pub fn pick<'a>(&'a self, lang: Lang, en: &'a T) -> &'a T {
        match lang {
            Lang::En => en,
            Lang::Ru => self.ru.as_ref().unwrap_or(en),
            Lang::Kk => self.kk.as_ref().unwrap_or(en),
        }
    }
}

/// Every (kind, key) the label table covers, in order: the machine keys of the tidy
/// files that have a name in words.
pub fn label_keys() -> Vec<(&'static str, String)> {
    use crate::scenario::vocab::*;
    let mut out: Vec<(&'static str, String)> = Vec::new();
    let mut add = |kind: &'static str, keys: Vec<&str>| out.extend(keys.into_iter().map(|k| (kind, k.to_string())));
    add("status", Status::names());
    add("status", vec!["all"]);
    add("outcome", crate::summary::ReportOutcome::ALL.map(crate::summary::ReportOutcome::name).to_vec());
    add("metric", crate::summary::Metric::NAMES.to_vec());
    add("breakdown", crate::summary::Breakdown::NAMES.to_vec());
    add("gravity", Gravity::names());
    add("sex", Sex::names());
    add("age_group", AgeGroup::names());
    add("offence_group", OffenceGroup::names());
    add("vulnerable", vec!["yes", "no"]);
    add("vulnerable_category", VULNERABILITY.to_vec());
    add("recidivism", Recidivism::names());
    add("provision", vec!["none"]);
    add("clause", vec!["provision", "exclusion"]);
    out
}

#[cfg(test)]
mod tests;
