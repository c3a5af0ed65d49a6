//! Russian and Kazakh: a run in each language writes a report with no English left but
//! ids, file names and the proper names of cited sources; the console speaks the
//! language; a draft written in Cyrillic checks and runs; the tidy files keep their
//! English keys and labels.csv names them in all three languages.

mod common;

use std::path::PathBuf;

use amnesty_sim::i18n::{Lang, Texts};
use common::{bin, temp_dir, temp_path};

/// One small comparison run per language, shared by the tests of this file.
fn run_in(lang: Lang) -> (PathBuf, String) {
    static DIRS: std::sync::Mutex<Vec<(Lang, PathBuf, String)>> = std::sync::Mutex::new(Vec::new());
    let mut dirs = DIRS.lock().unwrap();
    if let Some((_, d, out)) = dirs.iter().find(|(l, ..)| *l == lang) {
        return (d.clone(), out.clone());
    }
    let dir = temp_path(&format!("lang-{lang}"));
    let o = bin().args(["compare", "kz-2025-enacted", "kz-2025-drug-distribution", "--replicates", "40", "--quiet", "--lang", lang.code(), "--out"]).arg(&dir).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8(o.stdout).unwrap();
    dirs.push((lang, dir.clone(), out.clone()));
    (dir, out)
}

/// The text a reader sees in report.html, without the parts that are code by design:
/// styles, charts (checked as images), preformatted reproducibility lines and the
/// draft-language conditions in `<code>`.
fn visible_text(html: &str) -> String {
    let mut s = html.to_string();
    for (open, close) in [("<style", "</style>"), ("<svg", "</svg>"), ("<pre", "</pre>"), ("<code", "</code>"), ("<title", "</title>")] {
        while let Some(a) = s.find(open) {
            let b = s[a..].find(close).map_or(s.len(), |b| a + b + close.len());
            s.replace_range(a..b, " ");
        }
    }
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
}

/// Names that are the same in every language: the proper names of cited sources and
/// of the program and methods, and the catalogue keys a citation quotes.
const PROPER_NAMES: &[&str] = &["amnesty-sim", "SHA-256", "PRCC", "World Prison Brief", "Qamqor", "Tengrinews", "ABC", "189-3 item 2", "190-3 item 2", "[large_scale]"];

/// A Roman numeral, as in law numbers (No. 195-VIII) and disability groups (I–II).
fn roman(word: &str) -> bool {
    word.split(['-', '–']).all(|p| p.chars().all(|c| c.is_ascii_digit()) || p.chars().all(|c| "IVXLC".contains(c)))
}

/// Latin-letter words of `text` that are not ids (drafts, provisions, exclusions),
/// file names, web addresses or proper names.
fn english_words(text: &str, ids: &[String]) -> Vec<String> {
    let mut t = text.to_string();
    for n in PROPER_NAMES {
        t = t.replace(n, " ");
    }
    t.split(|c: char| c.is_whitespace() || "(),;«»\"'[]".contains(c))
        .map(|w| w.trim_end_matches(':'))
        .filter(|w| !w.is_empty() && !w.starts_with("http") && !roman(w))
        .filter(|w| !ids.iter().any(|id| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '_') == id))
        // file names, paths, addresses and dates in them (zakon.kz, timeline.csv, https://...)
        .filter(|w| !w.contains('.') && !w.contains('/'))
        .filter(|w| w.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 2)
        .map(str::to_string)
        .collect()
}

fn ids_of_run() -> Vec<String> {
    let mut ids = Vec::new();
    for d in ["kz-2025-enacted", "kz-2025-drug-distribution"] {
        let draft = amnesty_sim::draft::resolve(d).unwrap();
        ids.push(draft.id.clone());
        ids.extend(draft.provisions.iter().map(|p| p.id.clone()));
        ids.extend(draft.exclusions.iter().map(|e| e.id.clone()));
    }
    ids
}

fn check_no_english(lang: Lang) {
    let (dir, _) = run_in(lang);
    let html = std::fs::read_to_string(dir.join("report.html")).unwrap();
    assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{lang}: html lang attribute");
    // The technical details (ids, conditions and notes as the drafts write them) close
    // the report and are the one place they may stay; everything before is read.
    let technical = html.find("<details class=\"technical\"").expect("the report has its technical details");
    let words = english_words(&visible_text(&html[..technical]), &ids_of_run());
    assert!(words.is_empty(), "{lang}: English left in report.html: {words:?}");
    let md = std::fs::read_to_string(dir.join("report.md")).unwrap();
    let heading = format!("## {}", amnesty_sim::i18n::Texts::new(lang).t("heading-technical"));
    let md = &md[..md.find(&heading).expect("report.md has its technical details")];
    let md_text: String = md
        .lines()
        .filter(|l| !l.starts_with("![") && !l.starts_with("```") && !l.starts_with("  ") && !l.contains("amnesty-sim run") && !l.contains("amnesty-sim compare"))
        .collect::<Vec<_>>()
        .join("\n");
    let md_text = md_text.split('`').enumerate().filter(|(k, _)| k % 2 == 0).map(|(_, s)| s).collect::<Vec<_>>().join(" ");
    let words = english_words(&md_text, &ids_of_run());
    // report.md carries the reproducibility block as fenced code; the rest is prose.
    assert!(words.iter().all(|w| w.starts_with("---")), "{lang}: English left in report.md: {words:?}");
}

#[test]
fn a_russian_report_has_no_english_words() {
    check_no_english(Lang::Ru);
}

#[test]
fn a_kazakh_report_has_no_english_words() {
    check_no_english(Lang::Kk);
}

#[test]
fn the_english_report_is_found_english_by_the_same_check() {
    // The check can fail: on the English report it finds plenty.
    let (dir, _) = run_in(Lang::En);
    let html = std::fs::read_to_string(dir.join("report.html")).unwrap();
    assert!(english_words(&visible_text(&html), &ids_of_run()).len() > 500);
}

#[test]
fn numbers_plurals_and_dates_follow_the_language() {
    let (dir, out) = run_in(Lang::Ru);
    let html = std::fs::read_to_string(dir.join("report.html")).unwrap();
    // Law No. 195-VIII took effect on 23 June 2025.
    assert!(html.contains("23.06.2025") && !html.contains("2025-06-23 "), "ru dates");
    // Groups of thousands with a no-break space, decimals with a comma.
    assert!(html.contains("\u{a0}000") || html.matches('\u{a0}').count() > 50, "ru thousands");
    let ru = Texts::new(Lang::Ru);
    assert!(out.contains(&ru.t("col-draft")) && out.contains(&ru.label("outcome", "released")), "{out}");
    assert!(!out.contains("released by the cut") && !out.contains("persons, mean"), "{out}");
}

#[test]
fn the_tidy_files_keep_their_keys_and_labels_name_them_in_three_languages() {
    let (dir, _) = run_in(Lang::Kk);
    let summary = std::fs::read_to_string(dir.join("summary.csv")).unwrap();
    assert!(summary.starts_with("draft,metric,status,outcome,breakdown,level,mean,sd,p05,p50,p95\n"), "{}", &summary[..100]);
    assert!(summary.contains(",persons,prisoner,released,gravity,especially_grave,"));
    // Rounded to a tenth for people; the Parquet file keeps full precision.
    for line in summary.lines().skip(1).take(200) {
        let mean = line.split(',').nth(6).unwrap();
        assert!(mean.split_once('.').is_none_or(|(_, f)| f.len() <= 1), "{line}");
    }
    let labels = std::fs::read_to_string(dir.join("labels.csv")).unwrap();
    assert!(labels.starts_with("kind,key,en,ru,kk\n"));
    for key in ["gravity,especially_grave,especially grave,", "offence_group,fraud_embezzlement,fraud and embezzlement,", "draft,kz-2025-enacted,"] {
        assert!(labels.contains(key), "labels.csv lacks {key}");
    }
    let kk_gravity = labels.lines().find(|l| l.starts_with("gravity,especially_grave,")).unwrap();
    assert!(kk_gravity.contains("аса ауыр"), "{kk_gravity}");
    assert!(labels.lines().any(|l| l.starts_with("input,probationer.recidivism.repeat,")));
}

#[test]
fn the_kazakh_charts_carry_kazakh_words() {
    let (dir, _) = run_in(Lang::Kk);
    let svg = std::fs::read_to_string(dir.join("charts/outcomes.svg")).unwrap();
    let kk = Texts::new(Lang::Kk);
    assert!(svg.contains(&kk.t("chart-outcomes").replace('"', "&quot;")), "the Kazakh title is not in outcomes.svg");
    assert!(svg.chars().any(|c| "әғқңөұүһі".contains(c)), "no Kazakh letter in outcomes.svg");
    assert!(dir.join("charts/outcomes.png").exists() && dir.join("charts/breakdown-offence_group.png").exists());
}

#[test]
fn the_language_comes_from_the_environment_unless_given() {
    let dir = temp_path("lang-env");
    let o = bin().env(amnesty_sim::i18n::LANG_ENV, "kk").args(["run", "--replicates", "3", "--quiet", "--no-report", "--out"]).arg(&dir).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains(&Texts::new(Lang::Kk).t("col-status")), "{out}");
    let o = bin().args(["run", "--replicates", "3", "--lang", "de", "--no-report"]).output().unwrap();
    // `check` prints its findings (errors among them) on stdout.
    let err = format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    assert!(!o.status.success() && err.contains("unknown language `de`; expected kk, ru or en"), "{err}");
}

/// A draft written in Russian: comments, title, citations and the parameter's
/// assumption in Cyrillic. It checks clean and runs; a mistake in it is reported at
/// the right line and column (counted in characters, not bytes).
#[test]
fn a_draft_written_in_russian_checks_and_runs() {
    let dir = temp_dir("cyrillic");
    let text = r#"# Проект закона «Об амнистии» — вариант для обсуждения в Мажилисе.
[draft]
id = "proekt-2026"
title = "Draft: release for minor offences"
title_ru = "Проект: освобождение осуждённых за преступления небольшой тяжести"
title_kk = "Жоба: онша ауыр емес қылмыстар үшін сотталғандарды босату"
effective_date = "2026-01-01"
offence_cutoff = "2026-01-01"
court_grant = { beta = { mean = 0.9, concentration = 40 }, assumption = "Суды удовлетворяют большинство представлений; опубликованной доли отказов нет." }

[draft.source]
law = "Проект закона Республики Казахстан «Об амнистии»"
law_ru = "Проект закона Республики Казахстан «Об амнистии»"

[[exclude]]
id = "recidivism"
cite = "Ст. 4: рецидив"   # исключение
cite_kk = "4-бап: қылмыстардың қайталануы"
when = "recidivism in [repeat, dangerous_repeat]"

[[provision]]
id = "release-minor"
cite = "Ст. 1 п. 1: преступления небольшой тяжести"
cite_ru = "Ст. 1 п. 1: преступления небольшой тяжести"
applies_to = ["prisoner", "probationer"]
when = "gravity <= minor"   # условие: небольшая тяжесть
effect = "release"
"#;
    let path = dir.join("проект.toml");
    std::fs::write(&path, text).unwrap();
    let o = bin().arg("check").arg(&path).output().unwrap();
    assert!(o.status.success(), "{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    let out_dir = dir.join("run");
    let o = bin().args(["run", "--replicates", "20", "--quiet", "--lang", "ru", "--out"]).arg(&out_dir).arg(&path).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let html = std::fs::read_to_string(out_dir.join("report.html")).unwrap();
    // Called by its title (it has no short name); its id only in the technical details.
    assert!(html.contains("Проект: освобождение осуждённых за преступления небольшой тяжести"));
    let technical = html.find("<details class=\"technical\"").expect("technical details");
    assert!(html[technical..].contains("proekt-2026"));
    assert!(html.contains("Ст. 4: рецидив"));
    // A mistake after Cyrillic on the same line: the column counts characters.
    let bad = text.replace("опубликованной доли отказов нет.\" }", "опубликованной доли отказов нет.\", betta = 1 }");
    std::fs::write(&path, &bad).unwrap();
    let o = bin().arg("check").arg(&path).output().unwrap();
    // `check` prints its findings (errors among them) on stdout.
    let err = format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    let (row, line) = bad.lines().enumerate().find(|(_, l)| l.contains("betta")).unwrap();
    let column = line[..line.find("betta").unwrap()].chars().count() + 1;
    assert_ne!(column, line.find("betta").unwrap() + 1, "the test needs Cyrillic before the mistake");
    assert!(!o.status.success() && err.contains(&format!("проект.toml:{}:{column}", row + 1)), "{err}");
    // A Cyrillic id is refused with a pointer to where Cyrillic names go.
    std::fs::write(&path, text.replace("id = \"release-minor\"", "id = \"освобождение\"")).unwrap();
    let o = bin().arg("check").arg(&path).output().unwrap();
    // `check` prints its findings (errors among them) on stdout.
    let err = format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    assert!(!o.status.success() && err.contains("cite_ru"), "{err}");
}

#[test]
fn every_shipped_draft_speaks_all_three_languages() {
    for (id, _) in amnesty_sim::draft::SHIPPED {
        let d = amnesty_sim::draft::resolve(id).unwrap();
        for lang in [Lang::Ru, Lang::Kk] {
            assert_ne!(d.title_in(lang), d.title, "{id}: no {lang} title");
            assert_ne!(d.law_in(lang), d.law, "{id}: no {lang} law name");
            for p in &d.provisions {
                assert_ne!(p.cite_in(lang), p.cite, "{id}/{}: no {lang} citation", p.id);
            }
            for e in &d.exclusions {
                assert_ne!(e.cite_in(lang), e.cite, "{id}/{}: no {lang} citation", e.id);
            }
        }
    }
}
