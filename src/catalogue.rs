//! The article catalogue: which Criminal Code article and part carries which gravity,
//! offence group and tags. Kept as data (`scenarios/articles.toml`) so a lawyer can
//! correct an entry without touching code; the default copy is embedded in the binary.

use std::collections::HashMap;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, Result, did_you_mean};
use crate::param::{SourceFile, check_cite};
use crate::vocab::{ArticleCode, Gravity, OffenceGroup, TAGS, TagSet, tag_bit};

/// The catalogue shipped with the tool.
pub const DEFAULT_CATALOGUE: &str = include_str!("../scenarios/articles.toml");
/// The name the embedded catalogue is reported under.
pub const DEFAULT_CATALOGUE_NAME: &str = "scenarios/articles.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogueToml {
    meta: MetaToml,
    offence: Vec<Spanned<OffenceToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // read for validation only; the code names the Code in reports
struct MetaToml {
    code: String,
    source: String,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OffenceToml {
    article: Spanned<String>,
    part: u8,
    title: String,
    gravity: Spanned<String>,
    group: Spanned<String>,
    #[serde(default)]
    tags: Vec<Spanned<String>>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    assumption: Option<String>,
}

/// One article part of the Code.
#[derive(Debug, Clone, PartialEq)]
pub struct Offence {
    /// Article number, with its sub-article.
    pub article: ArticleCode,
    /// Part of the article (1-based).
    pub part: u8,
    /// Short English title.
    pub title: String,
    /// Gravity under art. 11.
    pub gravity: Gravity,
    /// Family for breakdowns.
    pub group: OffenceGroup,
    /// Tags that exclusions and provisions test.
    pub tags: TagSet,
}

impl Offence {
    /// `190-3`: the key used in population specs and reports.
    pub fn key(&self) -> String {
        format!("{}-{}", self.article, self.part)
    }
}

/// All known article parts, indexable by (article, part).
#[derive(Debug, Clone)]
pub struct Catalogue {
    /// Entries in file order.
    pub offences: Vec<Offence>,
    index: HashMap<(ArticleCode, u8), usize>,
}

impl Catalogue {
    /// The embedded default catalogue.
    pub fn embedded() -> Result<Self> {
        Self::parse(DEFAULT_CATALOGUE_NAME, DEFAULT_CATALOGUE)
    }

    /// Parses and validates a catalogue file's text.
    pub fn parse(name: &str, text: &str) -> Result<Self> {
        let file = SourceFile { name, text };
        let raw: CatalogueToml = toml::from_str(text).map_err(|e| Error::toml(name, text, &e))?;
        let _ = &raw.meta;
        let mut offences = Vec::with_capacity(raw.offence.len());
        let mut index = HashMap::new();
        let mut errors = Vec::new();
        for entry in &raw.offence {
            match compile_offence(&file, entry) {
                Ok(o) => {
                    if index.insert((o.article, o.part), offences.len()).is_some() {
                        errors.push(file.error(entry.span(), format!("article {} part {} is listed twice", o.article, o.part)));
                    }
                    offences.push(o);
                }
                Err(e) => errors.push(e),
            }
        }
        Error::collect(errors)?;
        Ok(Catalogue { offences, index })
    }

    /// The entry for an article part, if catalogued.
    pub fn find(&self, article: ArticleCode, part: u8) -> Option<usize> {
        self.index.get(&(article, part)).copied()
    }

    /// Looks up a `"190-3"` or `"339-1-1"` key (article, then part after the last dash).
    pub fn find_key(&self, key: &str) -> Option<usize> {
        let (article, part) = key.rsplit_once('-')?;
        self.find(ArticleCode::parse(article)?, part.parse().ok()?)
    }

    /// All keys, for "did you mean" hints.
    pub fn keys(&self) -> Vec<String> {
        self.offences.iter().map(Offence::key).collect()
    }
}

fn compile_offence(file: &SourceFile, entry: &Spanned<OffenceToml>) -> Result<Offence> {
    let o = entry.get_ref();
    check_cite(file, entry.span(), "offence", &o.source, &o.assumption, false)?;
    let article = ArticleCode::parse(o.article.get_ref())
        .ok_or_else(|| file.error(o.article.span(), "article must look like \"190\" or \"339-1\""))?;
    if o.part == 0 {
        return Err(file.error(entry.span(), "part numbers start at 1"));
    }
    let gravity = Gravity::from_name(o.gravity.get_ref()).ok_or_else(|| {
        file.error(o.gravity.span(), format!("unknown gravity; expected one of {}", Gravity::names().join(", ")))
    })?;
    let group = OffenceGroup::from_name(o.group.get_ref()).ok_or_else(|| {
        file.error(o.group.span(), format!("unknown offence group; expected one of {}", OffenceGroup::names().join(", ")))
    })?;
    let mut tags = TagSet::default();
    for tag in &o.tags {
        let bit = tag_bit(tag.get_ref()).ok_or_else(|| {
            let hint = did_you_mean(tag.get_ref(), TAGS.iter().copied())
                .map(|s| format!("did you mean `{s}`? "))
                .unwrap_or_default();
            file.error(tag.span(), format!("unknown tag `{}`; {hint}valid tags: {}", tag.get_ref(), TAGS.join(", ")))
        })?;
        tags.insert(bit);
    }
    Ok(Offence { article, part: o.part, title: o.title.clone(), gravity, group, tags })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_catalogue_loads_and_covers_the_bulk() {
        let c = Catalogue::embedded().unwrap();
        assert!(c.offences.len() >= 40, "{}", c.offences.len());
        for key in ["188-2", "190-3", "296-1", "297-1", "99-1", "366-1", "255-1"] {
            assert!(c.find_key(key).is_some(), "missing {key}");
        }
        let fraud = &c.offences[c.find_key("190-3").unwrap()];
        assert!(fraud.tags.has(tag_bit("embezzlement_fraud").unwrap()));
    }

    #[test]
    fn bad_tag_is_located_with_a_suggestion() {
        let text = "[meta]\ncode = \"c\"\nsource = \"s\"\n[[offence]]\narticle = \"188\"\npart = 1\ntitle = \"Theft\"\ngravity = \"minor\"\ngroup = \"theft\"\ntags = [\"propety\"]\nsource = \"x\"\n";
        let e = Catalogue::parse("a.toml", text).unwrap_err().to_string();
        assert!(e.starts_with("a.toml:10:9: unknown tag `propety`; did you mean `property`?"), "{e}");
    }

    #[test]
    fn duplicate_entries_are_refused() {
        let one = "[[offence]]\narticle = \"188\"\npart = 1\ntitle = \"Theft\"\ngravity = \"minor\"\ngroup = \"theft\"\nsource = \"x\"\n";
        let text = format!("[meta]\ncode = \"c\"\nsource = \"s\"\n{one}{one}");
        let e = Catalogue::parse("a.toml", &text).unwrap_err().to_string();
        assert!(e.contains("listed twice"), "{e}");
    }
}
