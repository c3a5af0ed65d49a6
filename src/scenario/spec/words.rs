//! The words of a population spec in Russian and Kazakh: its title, its calibration
//! method and every citation (source or assumption), from translation files beside the
//! spec (`kz-2025.ru.toml`, `kz-2025.kk.toml`) keyed by parameter path. The numbers
//! live in the spec only, so a translation can never change a figure; a citation a
//! translation lacks is shown in the spec's own words.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::i18n::{Lang, Words};

/// The embedded default spec's translations.
pub const DEFAULT_SPEC_WORDS: [(Lang, &str, &str); 2] = [
    (Lang::Ru, "scenarios/population/kz-2025.ru.toml", include_str!("../../../scenarios/population/kz-2025.ru.toml")),
    (Lang::Kk, "scenarios/population/kz-2025.kk.toml", include_str!("../../../scenarios/population/kz-2025.kk.toml")),
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WordsFile {
    #[serde(default)]
    meta: Option<MetaWords>,
    #[serde(default)]
    calibration: Option<CalibrationWords>,
    #[serde(default)]
    citations: BTreeMap<String, CitationWords>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MetaWords {
    title: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CalibrationWords {
    method: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CitationWords {
    source: Option<String>,
    assumption: Option<String>,
}

/// A spec's texts in Russian and Kazakh.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SpecWords {
    /// `[meta] title`.
    pub title: Words,
    /// `[calibration] method`.
    pub method: Words,
    /// (parameter path, `source` or `assumption`) -> text.
    pub citations: BTreeMap<(String, String), Words>,
    /// The translation files read: (name, text), for the manifest.
    pub files: Vec<(String, String)>,
}

impl SpecWords {
    /// Adds one language's file.
    pub fn add(&mut self, lang: Lang, name: &str, text: &str) -> Result<()> {
        let file: WordsFile = toml::from_str(text).map_err(|e| Error::toml(name, text, &e))?;
        let set = |w: &mut Words, text: Option<String>| {
            if let Some(t) = text {
                match lang {
                    Lang::Ru => w.ru = Some(t),
                    Lang::Kk => w.kk = Some(t),
                    Lang::En => {}
                }
            }
        };
        set(&mut self.title, file.meta.and_then(|m| m.title));
        set(&mut self.method, file.calibration.and_then(|c| c.method));
        for (path, c) in file.citations {
            for (kind, text) in [("source", c.source), ("assumption", c.assumption)] {
                set(self.citations.entry((path.clone(), kind.to_string())).or_default(), text);
            }
        }
        self.files.push((name.to_string(), text.to_string()));
        Ok(())
    }

    /// The embedded default spec's translations.
    pub fn embedded() -> Result<SpecWords> {
        let mut w = SpecWords::default();
        for (lang, name, text) in DEFAULT_SPEC_WORDS {
            w.add(lang, name, text)?;
        }
        Ok(w)
    }

    /// The translation files beside a spec file (`x.toml` -> `x.ru.toml`, `x.kk.toml`),
    /// those that exist.
    pub fn beside(spec: &Path) -> Result<SpecWords> {
        let mut w = SpecWords::default();
        let (Some(dir), Some(stem)) = (spec.parent(), spec.file_stem().and_then(|s| s.to_str())) else { return Ok(w) };
        for lang in [Lang::Ru, Lang::Kk] {
            let path = dir.join(format!("{stem}.{}.toml", lang.code()));
            if path.is_file() {
                let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
                w.add(lang, &path.display().to_string(), &text)?;
            }
        }
        Ok(w)
    }

    /// The citation of `path` of `kind` in `lang`, or `en`.
    pub fn citation<'a>(&'a self, path: &str, kind: &str, lang: Lang, en: &'a String) -> &'a String {
        match self.citations.get(&(path.to_string(), kind.to_string())) {
            Some(w) => w.pick(lang, en),
            None => en,
        }
    }
}
