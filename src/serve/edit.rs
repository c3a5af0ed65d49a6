//! From the page's form to a draft: every field is a path of the base draft (the same
//! paths `sweep --vary` sets), applied to the draft's TOML with `draft::paths::set`
//! and checked by the same compiler as a file, one edit at a time, so each mistake is
//! reported next to the field that made it, in the compiler's exact words.

use std::collections::BTreeMap;

use crate::draft::paths::{self, DraftPath, PathKind, PathValue};
use crate::draft::{Draft, SHIPPED};
use crate::error::Error;

/// The field that adds exclusions by article.
pub const ADD_EXCLUSION: &str = "add_exclusion";

/// What the form asks for, as sent: field name -> value.
pub type Form = BTreeMap<String, String>;

/// An edited draft, or the mistakes that stop it: field -> message.
#[derive(Debug)]
pub struct Edited {
    /// The edited draft's TOML (what the download gives).
    pub text: String,
    /// The compiled draft, when every edit checks.
    pub draft: Option<Draft>,
    /// Mistakes by field (`provision.ID.effect.cut.fraction`, `add_exclusion`, ...).
    pub errors: BTreeMap<String, String>,
    /// How many edits changed the base.
    pub changes: usize,
}

/// The shipped draft `id`, or a message naming the valid ones. Only shipped drafts can
/// be a base: the page can name no file on the machine.
pub fn base(id: &str) -> Result<Draft, String> {
    if !SHIPPED.iter().any(|(name, _)| *name == id) {
        let names: Vec<&str> = SHIPPED.iter().map(|(n, _)| *n).collect();
        return Err(format!("unknown base draft `{id}`; expected one of {}", names.join(", ")));
    }
    crate::draft::resolve(id).map_err(|e| e.to_string())
}

/// The articles of an "add exclusion" field: numbers or catalogue keys separated by
/// commas or spaces (`297, 296`, `108-1`).
fn articles(text: &str) -> Result<Vec<String>, String> {
    let list: Vec<String> = text.split([',', ' ', ';']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect();
    if list.len() > 20 {
        return Err("at most 20 articles at a time".into());
    }
    for a in &list {
        if !a.chars().all(|c| c.is_ascii_digit() || c == '-') || !a.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(format!("`{a}` is not an article number; write numbers such as 297 or 108-1, separated by commas"));
        }
    }
    // An article the population never holds would exclude nobody: say so instead.
    let known = catalogued();
    let unknown: Vec<&str> = list.iter().map(String::as_str).filter(|a| !known.iter().any(|k| k == a)).collect();
    if !unknown.is_empty() {
        return Err(format!(
            "article {} is not in the article catalogue ({}), so no one in the population holds it and excluding it would change nothing; the catalogue's articles: {}",
            unknown.join(", "),
            crate::scenario::catalogue::DEFAULT_CATALOGUE_NAME,
            known.join(", ")
        ));
    }
    Ok(list)
}

/// The article numbers of the embedded catalogue (the default population's offences),
/// in the catalogue's order, each once.
fn catalogued() -> &'static [String] {
    static ARTICLES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    ARTICLES.get_or_init(|| {
        let mut out: Vec<String> = Vec::new();
        if let Ok(c) = crate::scenario::catalogue::Catalogue::embedded() {
            for o in &c.offences {
                let a = o.article.to_string();
                if !out.contains(&a) {
                    out.push(a);
                }
            }
        }
        out
    })
}

/// `text` with one more `[[exclude]]` for `articles`.
fn add_exclusion(text: &str, articles: &[String], n: usize) -> Result<String, String> {
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e| format!("the draft is not TOML that can be edited: {e}"))?;
    let mut t = toml_edit::Table::new();
    t.insert("id", toml_edit::value(format!("added-{n}")));
    let list = articles.join(", ");
    t.insert("cite", toml_edit::value(format!("Added on the page: art. {list}")));
    t.insert("cite_ru", toml_edit::value(format!("Добавлено на странице: ст. {list}")));
    t.insert("cite_kk", toml_edit::value(format!("Бетте қосылды: {list}-бап")));
    let when = if articles.len() == 1 { format!("article == {}", articles[0]) } else { format!("article in [{list}]") };
    t.insert("when", toml_edit::value(when));
    match doc.get_mut("exclude").and_then(|i| i.as_array_of_tables_mut()) {
        Some(array) => array.push(t),
        None => {
            let mut array = toml_edit::ArrayOfTables::new();
            array.push(t);
            doc.insert("exclude", toml_edit::Item::ArrayOfTables(array));
        }
    }
    Ok(doc.to_string())
}

/// `text` with the draft's id set to `id`, so base and edit stay apart in a comparison.
fn with_id(text: &str, id: &str) -> String {
    let Ok(mut doc) = text.parse::<toml_edit::DocumentMut>() else { return text.to_string() };
    if let Some(d) = doc.get_mut("draft").and_then(|d| d.as_table_like_mut()) {
        d.insert("id", toml_edit::value(id));
    }
    doc.to_string()
}

/// Applies the form to `base`. Switches come as `PATH=on` when on (an unchecked box
/// sends nothing), listed in `switches`; numbers as `PATH=VALUE`, applied when they
/// differ from the base. Each edit is checked on its own, so every mistake is found
/// and named by its field.
pub fn apply(base: &Draft, form: &Form) -> Edited {
    let name = format!("{}.toml (edited on the page)", base.id);
    let id = format!("{}-edited", base.id);
    let mut edit = Editing { name, text: with_id(&base.text, &id), errors: BTreeMap::new(), changes: Vec::new() };
    for path in paths::paths(base) {
        let value = match form_value(form, &path) {
            None => continue,
            Some(Err(e)) => {
                edit.errors.insert(path.path.clone(), e);
                continue;
            }
            Some(Ok(v)) => v,
        };
        if unchanged(&path, &value) {
            continue;
        }
        let next = paths::set(&edit.text, &path, &value).map_err(|e| message(&e));
        edit.record(&path.path, next, change_line(&path, &value));
    }
    if let Some(raw) = form.get(ADD_EXCLUSION).map(|v| v.trim()).filter(|v| !v.is_empty()) {
        let next = articles(raw).and_then(|a| add_exclusion(&edit.text, &a, 1));
        edit.record(ADD_EXCLUSION, next, format!("exclusion added-1 (articles {raw})"));
    }
    edit.finish(&base.id)
}

/// A draft being edited from the form: its text so far, the changes kept and the
/// mistakes found, by field.
struct Editing {
    name: String,
    text: String,
    errors: BTreeMap<String, String>,
    changes: Vec<String>,
}

impl Editing {
    /// Keeps the edited text `next` when the compiler accepts it, noting `change`;
    /// otherwise records the mistake under `field` and keeps the text as it was.
    fn record(&mut self, field: &str, next: Result<String, String>, change: String) {
        let checked = next.and_then(|next| Draft::parse(&self.name, &next).map(|_| next).map_err(|e| message(&e)));
        match checked {
            Ok(next) => {
                self.text = next;
                self.changes.push(change);
            }
            Err(e) => {
                self.errors.insert(field.into(), e);
            }
        }
    }

    /// The edited draft: its text headed by what changed from `base`, compiled when no
    /// edit failed.
    fn finish(self, base: &str) -> Edited {
        let Editing { name, mut text, mut errors, changes } = self;
        if !changes.is_empty() {
            text = format!("{}{text}", header(base, &changes));
        }
        if !errors.is_empty() {
            return Edited { text, draft: None, errors, changes: changes.len() };
        }
        let draft = match Draft::parse(&name, &text) {
            Ok(d) => Some(d),
            Err(e) => {
                errors.insert(String::new(), message(&e));
                None
            }
        };
        Edited { text, draft, errors, changes: changes.len() }
    }
}

/// The value the form gives for `path`, if it gives one: a switch is on when sent as
/// `on` (and left alone when the form lists no switches); a number is parsed, and a
/// mistake is the field's message.
fn form_value(form: &Form, path: &DraftPath) -> Option<Result<PathValue, String>> {
    if path.kind == PathKind::Switch {
        // A form that does not list the switches changes none of them.
        if !form.contains_key("switches") {
            return None;
        }
        return Some(Ok(PathValue::Switch(form.get(&path.path).is_some_and(|v| v == "on"))));
    }
    let raw = form.get(&path.path).map(|v| v.trim()).filter(|v| !v.is_empty())?;
    Some(paths::parse_value(path.kind, &decimal_point(raw)))
}

/// Whether `value` is what the base already has at `path` (a switch left on), so that
/// no edit is needed.
fn unchanged(path: &DraftPath, value: &PathValue) -> bool {
    match (value, path.kind) {
        (PathValue::Switch(on), _) => *on,
        (PathValue::Number(x), PathKind::Fraction | PathKind::Fixed) => path.current.parse::<f64>().is_ok_and(|c| (c - x).abs() < 1e-12),
        (PathValue::Number(x), PathKind::Duration) => path.current.trim_end_matches('d').parse::<f64>().is_ok_and(|c| c == *x),
        (PathValue::Number(x), PathKind::Mean) => path.current.parse::<f64>().is_ok_and(|c| (c - x).abs() < 1e-12),
        (PathValue::Number(_), PathKind::Switch) => false,
    }
}

/// How an edit is listed in the downloaded draft's opening comment.
fn change_line(path: &DraftPath, value: &PathValue) -> String {
    match value {
        PathValue::Switch(_) => format!("{}: off", path.path),
        PathValue::Number(x) if path.kind == PathKind::Duration => format!("{} = {x}d", path.path),
        PathValue::Number(x) => format!("{} = {x}", path.path),
    }
}

/// The comment that opens a downloaded draft: what was changed from which base, and
/// that the citations below are still the base law's words (a cut of "one quarter" may
/// now run with another fraction), so a reader of the file is not misled by them.
fn header(base: &str, changes: &[String]) -> String {
    let mut h = format!("# Edited on the amnesty-sim page from the shipped draft `{base}`. Changed:\n");
    for c in changes {
        h.push_str(&format!("#   {c}\n"));
    }
    h.push_str("# The citations below keep the base law's wording; the numbers and clauses are what this draft runs.\n\n");
    h
}

/// A number as a Russian or Kazakh reader types it: `0,3` is 0.3 (one decimal comma
/// and no point). Anything else is left for the parser to judge.
fn decimal_point(raw: &str) -> std::borrow::Cow<'_, str> {
    if raw.matches(',').count() == 1 && !raw.contains('.') { raw.replace(',', ".").into() } else { raw.into() }
}

/// The compiler's message, as `check` prints it.
fn message(e: &Error) -> String {
    e.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> Form {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn switching_off_a_provision_removes_it_and_the_rest_stays() {
        let b = base("kz-2025-enacted").unwrap();
        let mut f: Form = b.provisions.iter().map(|p| (format!("provision.{}", p.id), "on".to_string())).collect();
        f.extend(b.exclusions.iter().map(|e| (format!("exclude.{}", e.id), "on".to_string())));
        f.insert("switches".into(), "1".into());
        f.remove("provision.art3-4-1");
        let e = apply(&b, &f);
        assert!(e.errors.is_empty(), "{:?}", e.errors);
        let d = e.draft.unwrap();
        assert_eq!(d.id, "kz-2025-edited".replace("kz-2025", "kz-2025-enacted"));
        assert_eq!(d.provisions.len(), b.provisions.len() - 1);
        assert_eq!(d.exclusions.len(), b.exclusions.len());
        assert_eq!(e.changes, 1);
        assert!(e.text.starts_with("# Edited on the amnesty-sim page from the shipped draft `kz-2025-enacted`"), "{}", &e.text[..200]);
        assert!(e.text.contains("#   provision.art3-4-1: off\n"));
        // The download checks clean as a file.
        assert!(Draft::parse("download.toml", &e.text).is_ok());
    }

    #[test]
    fn a_bad_number_is_named_by_its_field_with_the_compilers_words() {
        let b = base("kz-2025-enacted").unwrap();
        let e = apply(&b, &form(&[("provision.art3-4-1.effect.cut.fraction", "1.5"), ("draft.court_grant.mean", "abc")]));
        assert!(e.draft.is_none());
        let cut = &e.errors["provision.art3-4-1.effect.cut.fraction"];
        assert!(cut.contains("kz-2025-enacted.toml (edited on the page):") && cut.contains("(0, 1]"), "{cut}");
        assert!(e.errors["draft.court_grant.mean"].contains("not a number"), "{:?}", e.errors);
        // A decimal comma, as Russian and Kazakh write it, is a decimal point.
        let e = apply(&b, &form(&[("provision.art3-4-1.effect.cut.fraction", "0,3")]));
        assert!(e.errors.is_empty(), "{:?}", e.errors);
        assert!(e.text.contains("fraction = 0.3,"));
        // Days past any term are refused as typed, not as a saturated number.
        // (kz-2025-enacted writes its time-left release in `when`; kz-2022 has the effect.)
        let b = base("kz-2022").unwrap();
        let e = apply(&b, &form(&[("provision.release-1y.effect.release_if_remaining_at_most", "99999999999999999999")]));
        let m = &e.errors["provision.release-1y.effect.release_if_remaining_at_most"];
        assert!(m.contains("`99999999999999999999` days is longer than any term"), "{m}");
    }

    #[test]
    fn an_exclusion_is_added_by_article_and_a_bad_article_is_refused() {
        let b = base("kz-2025-drug-distribution").unwrap();
        let e = apply(&b, &form(&[(ADD_EXCLUSION, "297, 296")]));
        assert!(e.errors.is_empty(), "{:?}", e.errors);
        assert_eq!(e.draft.unwrap().exclusions.len(), b.exclusions.len() + 1);
        let e = apply(&b, &form(&[(ADD_EXCLUSION, "297, 9999")]));
        assert!(e.errors[ADD_EXCLUSION].starts_with("article 9999 is not in the article catalogue"), "{:?}", e.errors);
        let e = apply(&b, &form(&[(ADD_EXCLUSION, "drop table")]));
        assert!(e.errors[ADD_EXCLUSION].contains("not an article number"), "{:?}", e.errors);
        assert!(base("../../etc/passwd").unwrap_err().contains("unknown base draft"));
    }
}
