//! The three resources stay complete and consistent: a message missing from one
//! language, a variable dropped or misspelt in a translation, a syntax error or an
//! English word left in Russian or Kazakh fails here, before a reader sees it.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::{Arg, Lang, Texts, label_keys};

fn resource(lang: Lang) -> FluentResource {
    FluentResource::try_new(lang.resource().to_string()).unwrap_or_else(|(_, errors)| panic!("{lang}.ftl does not parse: {errors:?}"))
}

fn inline(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
    match e {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_of(expression, vars, text),
        InlineExpression::StringLiteral { value } => text.push_str(value),
        _ => {}
    }
}

fn expression_of(e: &Expression<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
    match e {
        Expression::Inline(i) => inline(i, vars, text),
        Expression::Select { selector, variants } => {
            inline(selector, vars, text);
            for v in variants {
                pattern(&v.value, vars, text);
            }
        }
    }
}

fn pattern(p: &Pattern<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => {
                text.push_str(value);
                text.push(' ');
            }
            PatternElement::Placeable { expression } => expression_of(expression, vars, text),
        }
    }
}

/// Message id -> (variables it uses, its literal text in all variants).
fn messages(lang: Lang) -> BTreeMap<String, (BTreeSet<String>, String)> {
    let res = resource(lang);
    let mut out = BTreeMap::new();
    for entry in res.entries() {
        if let Entry::Message(m) = entry {
            let (mut vars, mut text) = (BTreeSet::new(), String::new());
            if let Some(v) = &m.value {
                pattern(v, &mut vars, &mut text);
            }
            out.insert(m.id.name.to_string(), (vars, text));
        }
    }
    out
}

#[test]
fn every_message_parses_in_every_language() {
    for lang in Lang::ALL {
        let res = resource(lang);
        assert!(res.entries().any(|e| matches!(e, Entry::Message(_))), "{lang}.ftl has no message");
    }
}

#[test]
fn every_message_id_exists_in_all_three_languages_with_the_same_variables() {
    let en = messages(Lang::En);
    for lang in [Lang::Ru, Lang::Kk] {
        let other = messages(lang);
        let missing: Vec<&String> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<&String> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{lang}.ftl: missing {missing:?}, not in en.ftl {extra:?}");
        for (id, (vars, _)) in &en {
            assert_eq!(&other[id].0, vars, "{lang}.ftl `{id}` uses other variables than en.ftl");
        }
    }
}

/// Every message id the code asks for (`.t("id")`, `.f("id", ...)`, `Msg::new("id")`) is in en.ftl (and
/// so, by the test above, in all three).
#[test]
fn every_message_id_the_code_uses_exists() {
    let en = messages(Lang::En);
    let mut missing = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    let mut used = 0;
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|x| x != "rs") || path.ends_with("i18n/tests.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for call in [".t(\"", ".f(\"", "Msg::new(\""] {
                for (at, _) in text.match_indices(call) {
                    let rest = &text[at + call.len()..];
                    let id = &rest[..rest.find('"').unwrap_or(0)];
                    used += 1;
                    if !en.contains_key(id) {
                        missing.push(format!("{}: `{id}`", path.display()));
                    }
                }
            }
        }
    }
    assert!(used > 100, "found only {used} message lookups: has the calling convention changed?");
    assert!(missing.is_empty(), "message ids used in the code but missing from en.ftl: {missing:#?}");
}

#[test]
fn every_message_formats_in_every_language() {
    let numeric = ["n", "pct", "days", "months", "month", "fewer", "alone_n", "count"];
    for lang in Lang::ALL {
        let texts = Texts::new(lang);
        for (id, (vars, _)) in messages(lang) {
            let args: Vec<(&str, Arg)> = vars.iter().map(|v| (v.as_str(), if numeric.contains(&v.as_str()) { Arg::Number(2.0) } else { Arg::Text("x".into()) })).collect();
            let pattern = texts.bundle.get_message(&id).and_then(|m| m.value()).unwrap();
            let mut fargs = fluent_bundle::FluentArgs::new();
            for (k, v) in &args {
                match v {
                    Arg::Text(s) => fargs.set(*k, s.as_str()),
                    Arg::Number(x) => fargs.set(*k, *x),
                }
            }
            let mut errors = Vec::new();
            let out = texts.bundle.format_pattern(pattern, Some(&fargs), &mut errors);
            assert!(errors.is_empty(), "{lang} `{id}`: {errors:?}");
            assert!(!out.trim().is_empty() || id.starts_with("report-vs"), "{lang} `{id}` is empty");
        }
    }
}

/// Nothing English in the Russian and Kazakh texts, but names that are the same in
/// every language (file names, SHA-256, PRCC) and code in backticks (a TOML key, a
/// flag, a duration as a draft writes it), and the example command lines of the help
/// (a line starting `amnesty-sim `, and the line after one ending in ` \`).
#[test]
fn no_english_word_in_russian_or_kazakh_messages() {
    let allowed = [
        "timeline.csv",
        "sensitivity.csv",
        "attribution.csv",
        "manifest.json",
        "labels.csv",
        "SHA-256",
        "PRCC",
        "amnesty-sim run",
        "TOML",
        "CSV",
        "Parquet",
        "PNG",
        "SVG",
        "Chromium",
        "A4",
        "Ctrl-C",
    ];
    for lang in [Lang::Ru, Lang::Kk] {
        for (id, (_, text)) in messages(lang) {
            let mut prose = Vec::new();
            let mut continued = false;
            for line in text.lines() {
                let command = continued || line.trim_start().starts_with("amnesty-sim ");
                continued = command && line.ends_with(" \\");
                if !command {
                    prose.push(line);
                }
            }
            let text = prose.join("\n");
            let mut t = text.split('`').step_by(2).collect::<Vec<_>>().join(" ");
            for a in allowed {
                t = t.replace(a, "");
            }
            let latin: String = t.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| w.len() > 1).collect::<Vec<_>>().join(" ");
            assert!(latin.is_empty(), "{lang} `{id}` has Latin words: {latin:?} in {text:?}");
        }
    }
}

#[test]
fn russian_plurals_follow_the_numbers() {
    let ru = Texts::new(Lang::Ru);
    let forms: Vec<String> = [1.0, 2.0, 5.0, 21.0, 12345.0].iter().map(|n| ru.f("persons-count", &[("n", (*n).into())])).collect();
    let word = |s: &String| s.split_once(' ').map(|x| x.1.to_string()).unwrap_or_default();
    let (w1, w2, w5, w21) = (word(&forms[0]), word(&forms[1]), word(&forms[2]), word(&forms[3]));
    assert!(w1 != w2 && w2 != w5 && w1 == w21, "1, 2, 5, 21: {forms:?}");
    assert!(forms[4].starts_with("12\u{a0}345 "), "{forms:?}");
}

#[test]
fn numbers_and_dates_follow_the_language() {
    assert_eq!(Lang::En.number(12345.64, 1), "12,345.6");
    assert_eq!(Lang::Ru.number(12345.64, 1), "12\u{a0}345,6");
    assert_eq!(Lang::Kk.int(-1234567.4), "-1\u{a0}234\u{a0}567");
    assert_eq!(Lang::Ru.int(-0.3), "0");
    assert_eq!(Lang::En.int(999.0), "999");
    assert_eq!(Lang::Ru.date("2025-06-23"), "23.06.2025");
    assert_eq!(Lang::Kk.date("2025-06-23"), "23.06.2025");
    assert_eq!(Lang::En.date("2025-06-23"), "2025-06-23");
    assert_eq!(Lang::Ru.date("soon"), "soon");
    assert_eq!(Lang::parse("ru_RU.UTF-8"), Some(Lang::Ru));
    assert_eq!(Lang::parse("kk-KZ"), Some(Lang::Kk));
    assert_eq!(Lang::parse("de"), None);
}

#[test]
fn every_label_key_has_a_name_in_every_language() {
    for lang in Lang::ALL {
        let texts = Texts::new(lang);
        for (kind, key) in label_keys() {
            assert!(texts.has(&format!("{kind}-{key}")), "{lang}: no label for {kind} `{key}`");
        }
    }
    assert_eq!(Texts::new(Lang::En).label("gravity", "especially_grave"), "especially grave");
    assert_eq!(Texts::new(Lang::En).label("provision", "release-vulnerable"), "release-vulnerable");
}
