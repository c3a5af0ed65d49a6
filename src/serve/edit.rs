//! From the page's form to a draft: every field is a path of the base draft (the same
//! paths `sweep --vary` sets), applied to the draft's TOML with `draft::paths::set`
//! and checked by the same compiler as a file, one edit at a time, so each mistake is
//! reported next to the field that made it, in the compiler's exact words.

use std::collections::BTreeMap;

use super::values;
use crate::draft::paths::{self, DraftPath, PathKind, PathTarget, PathValue};
use crate::draft::{Draft, SHIPPED};
use crate::error::Error;
use crate::i18n::{Lang, Texts};
use crate::output::names::Names;

/// The field that adds exclusions by article.
pub const ADD_EXCLUSION: &str = "add_exclusion";

/// Edited variants a page may run beside the base: variant 1 always, 2 and 3 when
/// asked for.
pub const VARIANTS: usize = 3;

/// The prefix of variant `k`'s fields: none for the first (so a form of one variant,
/// as the page sent before variants, still means the same), `v2.` and `v3.` for the
/// others.
pub fn prefix(k: usize) -> String {
    if k <= 1 { String::new() } else { format!("v{k}.") }
}

/// The field that asks for variant `k` (2 or 3): `v2.on`.
pub fn active_field(k: usize) -> String {
    format!("v{k}.on")
}

/// Whether the form asks for variant `k`: the first always, the others when their
/// `vK.on` field is sent as on.
pub fn active(form: &Form, k: usize) -> bool {
    k == 1 || form.get(&active_field(k)).is_some_and(|v| matches!(v.trim(), "1" | "on" | "true" | "yes"))
}

/// What the form asks for, as sent: field name -> value.
pub type Form = BTreeMap<String, String>;

/// An edited draft, or the mistakes that stop it: field -> message.
#[derive(Debug)]
pub struct Edited {
    /// The edited draft's TOML (what the download gives).
    pub text: String,
    /// The compiled draft, when every edit checks.
    pub draft: Option<Draft>,
    /// Mistakes by field (`provision.ID.effect.cut.fraction`, `v2.add_exclusion`, ...).
    pub errors: BTreeMap<String, String>,
    /// How many edits changed the base.
    pub changes: usize,
}

/// The shipped draft `id`, or a message naming the valid ones. Only shipped drafts can
/// be a base: the page can name no file on the machine.
pub fn base(id: &str) -> Result<Draft, String> {
    base_in(id, crate::i18n::msg::english())
}

/// [`base`], its refusal in the language of `tx`.
pub fn base_in(id: &str, tx: &Texts) -> Result<Draft, String> {
    if !SHIPPED.iter().any(|(name, _)| *name == id) {
        let names: Vec<&str> = SHIPPED.iter().map(|(n, _)| *n).collect();
        return Err(tx.f("serve-unknown-base", &[("id", id.into()), ("ids", names.join(", ").into())]));
    }
    crate::draft::resolve(id).map_err(|e| message(&e, tx))
}

/// The articles of an "add exclusion" field: numbers or catalogue keys separated by
/// commas or spaces (`297, 296`, `108-1`).
fn articles(text: &str, tx: &Texts) -> Result<Vec<String>, String> {
    let list: Vec<String> = text.split([',', ' ', ';']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect();
    if list.len() > 20 {
        return Err(tx.f("serve-too-many-articles", &[("max", 20.0.into())]));
    }
    for a in &list {
        if !a.chars().all(|c| c.is_ascii_digit() || c == '-') || !a.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(tx.f("serve-not-article", &[("text", a.into())]));
        }
    }
    // An article the population never holds would exclude nobody: say so instead.
    let known = catalogued();
    let unknown: Vec<&str> = list.iter().map(String::as_str).filter(|a| !known.iter().any(|k| k == a)).collect();
    if !unknown.is_empty() {
        let args = [
            ("articles", unknown.join(", ").into()),
            ("count", unknown.len().into()),
            ("catalogue", crate::scenario::catalogue::DEFAULT_CATALOGUE_NAME.into()),
            ("known", known.join(", ").into()),
        ];
        return Err(tx.f("serve-article-not-catalogued", &args));
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

/// A message of the page's in each language, for the name and citation fields a draft
/// carries in English, Russian and Kazakh.
fn in_three(id: &str, args: &[(&str, crate::i18n::Arg)]) -> [(&'static str, String); 3] {
    let say = |lang: Lang| Texts::new(lang).f(id, args);
    [("", say(Lang::En)), ("_ru", say(Lang::Ru)), ("_kk", say(Lang::Kk))]
}

/// `text` with one more `[[exclude]]` for `articles`, named and cited in the three
/// languages ("Excluded: article 297").
fn add_exclusion(text: &str, articles: &[String], n: usize, tx: &Texts) -> Result<String, String> {
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| tx.f("path-not-editable", &[("error", e.to_string().into())]))?;
    let mut t = toml_edit::Table::new();
    t.insert("id", toml_edit::value(format!("added-{n}")));
    let list = articles.join(", ");
    let args = [("articles", crate::i18n::Arg::from(list.as_str())), ("count", (articles.len() as f64).into())];
    for (suffix, cite) in in_three("page-excluded-cite", &args) {
        t.insert(&format!("cite{suffix}"), toml_edit::value(cite));
    }
    for (suffix, name) in in_three("page-excluded-name", &args) {
        t.insert(&format!("name{suffix}"), toml_edit::value(name));
    }
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

/// `text` with the draft's id set to `id` and its names to `names` (English, Russian,
/// Kazakh), so base and variants stay apart in a comparison and every output names the
/// variant by its edit.
fn with_id_and_names(text: &str, id: &str, names: &[(&'static str, String); 3]) -> String {
    let Ok(mut doc) = text.parse::<toml_edit::DocumentMut>() else { return text.to_string() };
    if let Some(d) = doc.get_mut("draft").and_then(|d| d.as_table_like_mut()) {
        d.insert("id", toml_edit::value(id));
        for (suffix, name) in names {
            d.insert(&format!("name{suffix}"), toml_edit::value(name.as_str()));
        }
    }
    doc.to_string()
}

/// The id of variant `k` of `base`: `BASE-edited` for the first (as before variants),
/// `BASE-v2`, `BASE-v3`.
pub fn variant_id(base: &str, k: usize) -> String {
    if k <= 1 { format!("{base}-edited") } else { format!("{base}-v{k}") }
}

/// One edit of a variant, kept to name the variant by it in each language.
#[derive(Debug, Clone)]
enum Change {
    /// A clause switched off (`provision` or `exclude`, its id).
    Off(String),
    /// A number changed: the path, the base's value and the new one (days for a
    /// duration).
    Number(DraftPath, f64),
    /// Exclusions added for these articles.
    Excluded(String),
}

/// How the page shows the value of `path` in `lang`: a fraction as the law writes it,
/// a duration in months, a mean in the language's decimals.
pub fn shown(path: &DraftPath, x: f64, tx: &Texts) -> String {
    match path.kind {
        PathKind::Fraction => values::format_fraction(x, tx.lang()),
        PathKind::Duration => values::format_months(x.max(0.0).round() as u32, tx),
        _ => values::format_decimal(x, tx.lang()),
    }
}

/// The base's value of a number path, as a number (days for a duration).
pub fn current(path: &DraftPath) -> Option<f64> {
    path.current.trim_end_matches('d').parse::<f64>().ok()
}

/// The base's value of `path` as the page shows it (empty for a switch or a parameter
/// the page does not show).
pub fn default_shown(path: &DraftPath, tx: &Texts) -> String {
    match path.kind {
        PathKind::Switch => "on".into(),
        _ => current(path).map_or_else(|| path.current.clone(), |x| shown(path, x, tx)),
    }
}

/// A clause's short name in `lang` ([`Names`]); where the draft gives none in that
/// language (Names falls back to the English one), the head of the clause's citation
/// in that language (up to its first colon: "Ст. 4 п. 15)"), so a Russian or Kazakh
/// reader never meets an English name.
pub fn clause_name(base: &Draft, id: &str, lang: Lang) -> String {
    let names = Names::new(std::slice::from_ref(base), lang);
    let name = names.clause(&base.id, id).to_string();
    if lang == Lang::En || name != Names::new(std::slice::from_ref(base), Lang::En).clause(&base.id, id) {
        return name;
    }
    let cite = base.provisions.iter().find(|p| p.id == id).map(|p| p.cite_in(lang)).or_else(|| base.exclusions.iter().find(|e| e.id == id).map(|e| e.cite_in(lang)));
    match cite {
        Some(c) => c.split_once(':').map_or(c, |(head, _)| head).trim().to_string(),
        None => name,
    }
}

/// What a number path is called on the page, with its clause's short name.
fn number_label(base: &Draft, path: &DraftPath, tx: &Texts) -> String {
    let name = |id: &str| clause_name(base, id, tx.lang());
    match &path.target {
        PathTarget::CutFraction(id) => tx.f("page-change-cut", &[("clause", name(id).into())]),
        PathTarget::ReleaseWindow(id) => tx.f("page-change-window", &[("clause", name(id).into())]),
        PathTarget::Parameter { provision: Some(id), .. } => tx.f("page-change-own-grant", &[("clause", name(id).into())]),
        PathTarget::Parameter { name, .. } => tx.t(match *name {
            "court_grant" => "serve-court-grant",
            "repayment_in_time" => "serve-repayment",
            _ => "serve-processing",
        }),
        PathTarget::Provision(id) | PathTarget::Exclusion(id) => name(id),
    }
}

/// A number field's label for the goal-seek form: what it is, in the reader's words.
pub fn field_label(base: &Draft, path: &DraftPath, tx: &Texts) -> String {
    number_label(base, path, tx)
}

/// The name of a variant of `base` made by `changes`, in `tx`'s language: "As
/// enacted, especially-grave cut 0,3 instead of 1/4"; at most three edits are listed,
/// the rest counted.
fn variant_name(base: &Draft, k: usize, changes: &[Change], tx: &Texts) -> String {
    let words: Vec<String> = changes
        .iter()
        .map(|c| match c {
            Change::Off(id) => tx.f("page-change-off", &[("clause", clause_name(base, id, tx.lang()).into())]),
            Change::Number(path, x) => tx.f(
                "page-change-number",
                &[
                    ("what", number_label(base, path, tx).into()),
                    ("new", shown(path, *x, tx).into()),
                    ("old", current(path).map_or_else(|| path.current.clone(), |c| shown(path, c, tx)).into()),
                ],
            ),
            Change::Excluded(list) => tx.f("page-change-excluded", &[("articles", list.as_str().into())]),
        })
        .collect();
    let draft = base.name_in(tx.lang());
    if words.is_empty() {
        return tx.f("page-variant-unchanged", &[("draft", draft.into()), ("k", (k as f64).into())]);
    }
    let mut listed = words.iter().take(3).cloned().collect::<Vec<_>>().join("; ");
    if words.len() > 3 {
        listed = tx.f("page-change-more", &[("changes", listed.into()), ("n", ((words.len() - 3) as f64).into())]);
    }
    tx.f("page-variant-name", &[("draft", draft.into()), ("changes", listed.into())])
}

/// Applies variant `k`'s fields of the form to `base`, mistakes in `tx`'s language
/// where the page reads the value, in the compiler's words where the compiler refuses
/// it. Switches come as `PATH=on` when on (an unchecked box sends nothing) when the
/// form lists its switches (`switches`); otherwise `PATH=off` switches a clause off
/// and an absent one stays as the base has it (how a link writes a scenario). Numbers
/// come as `PATH=VALUE`, applied when they differ from the base. Each edit is checked
/// on its own, so every mistake is found and named by its field.
pub fn apply(base: &Draft, form: &Form, k: usize, tx: &Texts) -> Edited {
    let pre = prefix(k);
    let name = tx.f("serve-edited-file", &[("id", base.id.as_str().into())]);
    let id = variant_id(&base.id, k);
    let mut edit = Editing { name, text: base.text.clone(), errors: BTreeMap::new(), changes: Vec::new(), kept: Vec::new(), tx };
    for path in paths::paths(base) {
        let field = format!("{pre}{}", path.path);
        let value = match form_value(form, &pre, &path, tx) {
            None => continue,
            Some(Err(e)) => {
                edit.errors.insert(field, e);
                continue;
            }
            Some(Ok(v)) => v,
        };
        if unchanged(&path, &value) {
            continue;
        }
        let next = paths::set(&edit.text, &path, &value).map_err(|e| message(&e, tx));
        let change = match &value {
            PathValue::Switch(_) => Change::Off(path.path.split_once('.').map_or(path.path.clone(), |(_, id)| id.to_string())),
            PathValue::Number(x) => Change::Number(path.clone(), *x),
        };
        edit.record(&field, next, change_line(&path, &value), change);
    }
    let add = format!("{pre}{ADD_EXCLUSION}");
    if let Some(raw) = form.get(&add).map(|v| v.trim()).filter(|v| !v.is_empty()) {
        let list = articles(raw, tx);
        let shown_list = list.as_ref().map(|a| a.join(", ")).unwrap_or_default();
        let next = list.and_then(|a| add_exclusion(&edit.text, &a, 1, tx));
        edit.record(&add, next, format!("exclusion added-1 (articles {raw})"), Change::Excluded(shown_list));
    }
    let names = [Lang::En, Lang::Ru, Lang::Kk].map(|lang| variant_name(base, k, &edit.kept, &Texts::new(lang)));
    let names = [("", names[0].clone()), ("_ru", names[1].clone()), ("_kk", names[2].clone())];
    edit.text = with_id_and_names(&edit.text, &id, &names);
    edit.finish(&base.id)
}

/// A draft being edited from the form: its text so far, the changes kept and the
/// mistakes found, by field.
struct Editing<'a> {
    name: String,
    text: String,
    errors: BTreeMap<String, String>,
    changes: Vec<String>,
    kept: Vec<Change>,
    /// The language of the mistakes.
    tx: &'a Texts,
}

impl Editing<'_> {
    /// Keeps the edited text `next` when the compiler accepts it, noting `change`;
    /// otherwise records the mistake under `field` and keeps the text as it was.
    fn record(&mut self, field: &str, next: Result<String, String>, line: String, change: Change) {
        let checked = next.and_then(|next| Draft::parse(&self.name, &next).map(|_| next).map_err(|e| message(&e, self.tx)));
        match checked {
            Ok(next) => {
                self.text = next;
                self.changes.push(line);
                self.kept.push(change);
            }
            Err(e) => {
                self.errors.insert(field.into(), e);
            }
        }
    }

    /// The edited draft: its text headed by what changed from `base`, compiled when no
    /// edit failed.
    fn finish(self, base: &str) -> Edited {
        let Editing { name, mut text, mut errors, changes, tx, .. } = self;
        if !changes.is_empty() {
            text = format!("{}{text}", header(base, &changes));
        }
        if !errors.is_empty() {
            return Edited { text, draft: None, errors, changes: changes.len() };
        }
        let draft = match Draft::parse(&name, &text) {
            Ok(d) => Some(d),
            Err(e) => {
                errors.insert(String::new(), message(&e, tx));
                None
            }
        };
        Edited { text, draft, errors, changes: changes.len() }
    }
}

/// The value the form gives for `path` in the variant of prefix `pre`, if it gives
/// one: a switch as described at [`apply`]; a number parsed as the page writes it
/// ([`values`]), a mistake being the field's message.
fn form_value(form: &Form, pre: &str, path: &DraftPath, tx: &Texts) -> Option<Result<PathValue, String>> {
    let raw = form.get(&format!("{pre}{}", path.path)).map(|v| v.trim());
    if path.kind == PathKind::Switch {
        if form.contains_key(&format!("{pre}switches")) {
            return Some(Ok(PathValue::Switch(raw.is_some_and(|v| v == "on"))));
        }
        return raw.filter(|v| !v.is_empty()).map(|v| paths::parse_value(PathKind::Switch, v).map_err(|m| m.render(tx)));
    }
    let raw = raw.filter(|v| !v.is_empty())?;
    // The base's value as the page shows it, sent back unchanged: no edit (a shown
    // value is rounded, so it is not compared as a number).
    if raw == default_shown(path, tx) {
        return None;
    }
    let parsed = match path.kind {
        PathKind::Fraction => values::parse_fraction(raw),
        PathKind::Duration => values::parse_duration(raw),
        _ => values::parse_number(raw),
    };
    Some(parsed.map(PathValue::Number).map_err(|b| b.message(tx)))
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

/// The compiler's message, as `check` prints it.
fn message(e: &Error, tx: &Texts) -> String {
    e.render_in(tx, &|s| tx.t(s.id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply_en(b: &Draft, f: &Form) -> Edited {
        apply(b, f, 1, &Texts::new(Lang::En))
    }

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
        let e = apply(&b, &f, 1, &Texts::new(Lang::En));
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
        let e = apply_en(&b, &form(&[("provision.art3-4-1.effect.cut.fraction", "1.5"), ("draft.court_grant.mean", "abc")]));
        assert!(e.draft.is_none());
        let cut = &e.errors["provision.art3-4-1.effect.cut.fraction"];
        assert!(cut.contains("kz-2025-enacted.toml (edited on the page):") && cut.contains("(0, 1]"), "{cut}");
        assert!(e.errors["draft.court_grant.mean"].contains("not a number"), "{:?}", e.errors);
        // A decimal comma, as Russian and Kazakh write it, is a decimal point.
        let e = apply_en(&b, &form(&[("provision.art3-4-1.effect.cut.fraction", "0,3")]));
        assert!(e.errors.is_empty(), "{:?}", e.errors);
        assert!(e.text.contains("fraction = 0.3,"));
        // Days past any term are refused as typed, not as a saturated number.
        // (kz-2025-enacted writes its time-left release in `when`; kz-2022 has the effect.)
        let b = base("kz-2022").unwrap();
        let e = apply_en(&b, &form(&[("provision.release-1y.effect.release_if_remaining_at_most", "99999999999999999999")]));
        let m = &e.errors["provision.release-1y.effect.release_if_remaining_at_most"];
        assert!(m.contains("99999999999999999999") && m.contains("longer than any term"), "{m}");
        // The page's ways of writing numbers: a fraction as the law writes it, months.
        let b = base("kz-2025-enacted").unwrap();
        let e = apply_en(&b, &form(&[("provision.art3-4-1.effect.cut.fraction", "1/3")]));
        assert!(e.errors.is_empty(), "{:?}", e.errors);
        assert!(e.text.contains("fraction = 0.3333333333333333,"), "{}", e.text);
        let b = base("kz-2022").unwrap();
        let e = apply_en(&b, &form(&[("provision.release-1y.effect.release_if_remaining_at_most", "18 мес.")]));
        assert!(e.errors.is_empty(), "{:?}", e.errors);
        assert!(e.text.contains("540"), "{}", e.text);
    }

    #[test]
    fn variants_are_named_by_their_edits_and_links_switch_clauses_off() {
        let b = base("kz-2025-enacted").unwrap();
        let f = form(&[("v2.on", "1"), ("v2.provision.art3-4-1.effect.cut.fraction", "0,3"), ("v3.provision.art2-1-1", "off"), ("provision.art2-1-1", "on")]);
        assert!(active(&f, 1) && active(&f, 2) && !active(&f, 3));
        let one = apply_en(&b, &f);
        assert_eq!(one.changes, 0, "the first variant is the base: {}", one.text);
        assert_eq!(one.draft.unwrap().id, "kz-2025-enacted-edited");
        let two = apply(&b, &f, 2, &Texts::new(Lang::En));
        let d = two.draft.unwrap();
        assert_eq!(d.id, "kz-2025-enacted-v2");
        let clause = Names::new(std::slice::from_ref(&b), Lang::En).clause(&b.id, "art3-4-1").to_string();
        assert_eq!(d.name_in(Lang::En), format!("{}, {clause}: cut 0.3 instead of 1/5", b.name_in(Lang::En)));
        assert!(d.name_in(Lang::Ru).contains("0,3 вместо 1/5"), "{}", d.name_in(Lang::Ru));
        let three = apply(&b, &f, 3, &Texts::new(Lang::Ru));
        let d = three.draft.unwrap();
        assert_eq!(d.provisions.len(), b.provisions.len() - 1);
        assert!(d.name_in(Lang::Kk).starts_with(b.name_in(Lang::Kk)), "{}", d.name_in(Lang::Kk));
        // A mistake in a variant's field is that field's, in the reader's language.
        let e = apply(&b, &form(&[("v2.provision.art3-4-1.effect.cut.fraction", "треть")]), 2, &Texts::new(Lang::Ru));
        assert!(e.errors["v2.provision.art3-4-1.effect.cut.fraction"].contains("треть"), "{:?}", e.errors);
    }

    #[test]
    fn an_exclusion_is_added_by_article_and_a_bad_article_is_refused() {
        let b = base("kz-2025-drug-distribution").unwrap();
        let e = apply_en(&b, &form(&[(ADD_EXCLUSION, "297, 296")]));
        assert!(e.errors.is_empty(), "{:?}", e.errors);
        let d = e.draft.unwrap();
        assert_eq!(d.exclusions.len(), b.exclusions.len() + 1);
        // The added exclusion and the variant read by their names in every language.
        let added = d.exclusions.last().unwrap();
        assert_eq!(added.name_in(Lang::En), "Excluded: articles 297, 296");
        assert!(added.name_in(Lang::Ru).starts_with("Исключено: ст"), "{}", added.name_in(Lang::Ru));
        assert!(added.name_in(Lang::Kk).contains("297, 296"), "{}", added.name_in(Lang::Kk));
        assert!(d.name_in(Lang::Ru).starts_with(b.name_in(Lang::Ru)) && d.name_in(Lang::Ru).contains("297"), "{}", d.name_in(Lang::Ru));
        let e = apply_en(&b, &form(&[(ADD_EXCLUSION, "297, 9999")]));
        assert!(e.errors[ADD_EXCLUSION].starts_with("article 9999 is not in the article catalogue"), "{:?}", e.errors);
        let e = apply_en(&b, &form(&[(ADD_EXCLUSION, "drop table")]));
        assert!(e.errors[ADD_EXCLUSION].contains("not an article number"), "{:?}", e.errors);
        assert!(base("../../etc/passwd").unwrap_err().contains("unknown base draft"));
    }
}
