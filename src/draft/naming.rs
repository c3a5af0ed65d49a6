//! The short names of a draft's clauses: every provision and exclusion should carry one in
//! English, Russian and Kazakh (`name`, `name_ru`, `name_kk`), because reports, charts,
//! the workbook and the page call clauses by them. A missing name does not stop a draft
//! (the citation stands in), so it is found here and reported by `check` as a warning,
//! and the shipped drafts are held to it by a test.

use crate::draft::Draft;
use crate::engine::attribution::ClauseKind;
use crate::i18n::{Lang, Texts, Words};

/// Longest short name, in characters (not bytes): a name must fit a chart's label and a
/// table's column, where a reader takes it in at a glance.
pub const MAX_NAME_CHARS: usize = 70;

/// What is wrong with one clause's short name in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameFault {
    /// No name in that language: readers see the citation (or the English name) instead.
    Missing,
    /// Longer than [`MAX_NAME_CHARS`]: the number of characters.
    TooLong(usize),
    /// A Latin letter in a Russian or Kazakh name (an id or an English word left in).
    Latin,
    /// The same name as another clause of the draft (its id): the reader cannot tell
    /// the two apart.
    SameAs(String),
}

/// One clause whose short name in one language needs attention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameProblem {
    /// Provision or exclusion.
    pub kind: ClauseKind,
    /// The clause's id.
    pub id: String,
    /// The language of the name.
    pub lang: Lang,
    /// What is wrong.
    pub fault: NameFault,
    /// The name as written (empty when missing).
    pub name: String,
}

impl NameProblem {
    /// The key of the draft file that holds the name in this language.
    pub fn key(&self) -> &'static str {
        match self.lang {
            Lang::En => "name",
            Lang::Ru => "name_ru",
            Lang::Kk => "name_kk",
        }
    }

    /// The problem in words, in the reader's language: what `check` prints.
    pub fn message(&self, tx: &Texts) -> String {
        let common = |extra: Vec<(&'static str, crate::i18n::Arg)>| {
            let mut args = vec![
                ("kind", tx.label("clause", self.kind.name()).into()),
                ("id", self.id.as_str().into()),
                ("lang", self.lang.code().into()),
                ("name", self.name.as_str().into()),
            ];
            args.extend(extra);
            args
        };
        match &self.fault {
            NameFault::Missing => tx.f("check-name-missing", &common(vec![("key", self.key().into())])),
            NameFault::TooLong(n) => tx.f("check-name-long", &common(vec![("count", (*n).into()), ("max", MAX_NAME_CHARS.into())])),
            NameFault::Latin => tx.f("check-name-latin", &common(vec![])),
            NameFault::SameAs(other) => tx.f("check-name-same", &common(vec![("other", other.as_str().into())])),
        }
    }
}

impl NameProblem {
    /// What is wrong, in English, without the clause: "no `name_kk`".
    pub fn fault_text(&self) -> String {
        match &self.fault {
            NameFault::Missing => format!("no `{}`", self.key()),
            NameFault::TooLong(n) => format!("`{}` has {n} characters, more than {MAX_NAME_CHARS}: {:?}", self.key(), self.name),
            NameFault::Latin => format!("`{}` has Latin letters: {:?}", self.key(), self.name),
            NameFault::SameAs(other) => format!("`{}` is the same as `{other}`'s: {:?}", self.key(), self.name),
        }
    }
}

impl std::fmt::Display for NameProblem {
    /// In English, for test failures and logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} `{}`: {}", self.kind.name(), self.id, self.fault_text())
    }
}

/// Whether `c` is a letter of the Latin script (basic, accented or extended). Kazakh
/// Cyrillic has its own і, ә, ө, ү, ұ, қ, ғ, ң, һ, so any Latin letter is a slip.
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (c.is_alphabetic() && matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}'))
}

/// One clause as the check sees it: its English name (`None` when the citation stands
/// in) and its Russian and Kazakh ones.
struct Clause<'a> {
    kind: ClauseKind,
    id: &'a str,
    en: Option<&'a str>,
    words: &'a Words,
}

impl Clause<'_> {
    /// The name given in `lang`, if any (blank counts as none).
    fn name(&self, lang: Lang) -> Option<&str> {
        let given = match lang {
            Lang::En => self.en,
            Lang::Ru => self.words.ru.as_deref(),
            Lang::Kk => self.words.kk.as_deref(),
        };
        given.map(str::trim).filter(|n| !n.is_empty())
    }
}

/// The draft's clauses, provisions first then exclusions, in file order. The compiled
/// draft keeps the citation as the English name when none is given, so a name equal to
/// the citation counts as none.
fn clauses(draft: &Draft) -> Vec<Clause<'_>> {
    let provisions = draft.provisions.iter().map(|p| Clause { kind: ClauseKind::Provision, id: &p.id, en: (p.name != p.cite).then_some(p.name.as_str()), words: &p.name_words });
    let exclusions = draft.exclusions.iter().map(|e| Clause { kind: ClauseKind::Exclusion, id: &e.id, en: (e.name != e.cite).then_some(e.name.as_str()), words: &e.name_words });
    provisions.chain(exclusions).collect()
}

/// Every clause of `draft` whose short name needs attention, in each language: none
/// given, longer than [`MAX_NAME_CHARS`] characters, a Latin letter in a Russian or
/// Kazakh name, or the same name as an earlier clause. Empty when every clause reads by
/// a short name of its own in all three languages.
pub fn missing_names(draft: &Draft) -> Vec<NameProblem> {
    let all = clauses(draft);
    let mut out = Vec::new();
    for (i, c) in all.iter().enumerate() {
        for lang in Lang::ALL {
            let problem = |fault: NameFault, name: &str| NameProblem { kind: c.kind, id: c.id.to_string(), lang, fault, name: name.to_string() };
            let Some(name) = c.name(lang) else {
                out.push(problem(NameFault::Missing, ""));
                continue;
            };
            let chars = name.chars().count();
            if chars > MAX_NAME_CHARS {
                out.push(problem(NameFault::TooLong(chars), name));
            }
            if lang != Lang::En && name.chars().any(is_latin_letter) {
                out.push(problem(NameFault::Latin, name));
            }
            if let Some(earlier) = all[..i].iter().find(|e| e.name(lang).is_some_and(|n| n.to_lowercase() == name.to_lowercase())) {
                out.push(problem(NameFault::SameAs(earlier.id.to_string()), name));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "[draft]\nid = \"t\"\ntitle = \"Test\"\neffective_date = \"2025-06-23\"\noffence_cutoff = \"2025-06-23\"\ncourt_grant = { value = 0.9, assumption = \"test\" }\n[draft.source]\nlaw = \"test\"\n";

    fn provision(id: &str, names: &str) -> String {
        format!("[[provision]]\nid = \"{id}\"\ncite = \"Art. 1\"\n{names}applies_to = [\"prisoner\"]\nwhen = \"gravity <= minor\"\neffect = \"release\"\n")
    }

    fn draft(body: &str) -> Draft {
        Draft::parse("t.toml", &format!("{HEADER}{body}")).unwrap()
    }

    const NAMED: &str = "name = \"Release: minor crimes\"\nname_ru = \"Освобождение: небольшая тяжесть\"\nname_kk = \"Босату: онша ауыр емес қылмыстар\"\n";

    #[test]
    fn a_clause_named_in_three_languages_is_fine() {
        assert_eq!(missing_names(&draft(&provision("p", NAMED))), vec![]);
    }

    #[test]
    fn each_missing_language_is_listed_and_blank_counts_as_missing() {
        let d = draft(&format!("{}[[exclude]]\nid = \"x\"\ncite = \"Art. 4\"\nname = \" \"\nname_kk = \"Қолданылмайды: азаптаулар\"\nwhen = \"life\"\n", provision("p", "")));
        let problems = missing_names(&d);
        let found: Vec<(ClauseKind, &str, Lang)> = problems.iter().filter(|p| p.fault == NameFault::Missing).map(|p| (p.kind, p.id.as_str(), p.lang)).collect();
        assert_eq!(
            found,
            vec![
                (ClauseKind::Provision, "p", Lang::En),
                (ClauseKind::Provision, "p", Lang::Ru),
                (ClauseKind::Provision, "p", Lang::Kk),
                (ClauseKind::Exclusion, "x", Lang::En),
                (ClauseKind::Exclusion, "x", Lang::Ru)
            ]
        );
    }

    #[test]
    fn the_limit_counts_characters_not_bytes() {
        // 70 Cyrillic letters are 140 bytes, and fine; 71 are too many.
        let at_limit = "ә".repeat(MAX_NAME_CHARS);
        let names = |kk: &str| format!("name = \"Release\"\nname_ru = \"Освобождение\"\nname_kk = \"{kk}\"\n");
        assert_eq!(missing_names(&draft(&provision("p", &names(&at_limit)))), vec![]);
        let over = missing_names(&draft(&provision("p", &names(&format!("{at_limit}ә")))));
        assert_eq!(over.len(), 1, "{over:?}");
        assert_eq!((over[0].lang, &over[0].fault), (Lang::Kk, &NameFault::TooLong(MAX_NAME_CHARS + 1)));
        let en = missing_names(&draft(&provision("p", &names("Босату").replace("\"Release\"", &format!("\"{}\"", "e".repeat(MAX_NAME_CHARS + 1))))));
        assert_eq!(en.iter().map(|p| (p.lang, p.fault.clone())).collect::<Vec<_>>(), vec![(Lang::En, NameFault::TooLong(MAX_NAME_CHARS + 1))]);
    }

    #[test]
    fn latin_letters_in_russian_or_kazakh_are_found_but_not_in_english() {
        // An id, an English word and the Latin "i" the official Kazakh text sometimes has.
        let cases = [
            ("Освобождение: art2-1", "Босату", Lang::Ru),
            ("Освобождение", "Босату: minor", Lang::Kk),
            ("Освобождение", "Босату: жазасын өтеу кезiнде", Lang::Kk),
            ("Освобождение: é", "Босату", Lang::Ru),
        ];
        for (ru, kk, lang) in cases {
            let names = format!("name = \"Release: art2-1\"\nname_ru = \"{ru}\"\nname_kk = \"{kk}\"\n");
            let found = missing_names(&draft(&provision("p", &names)));
            assert_eq!(found.iter().map(|p| (p.lang, p.fault.clone())).collect::<Vec<_>>(), vec![(lang, NameFault::Latin)], "{ru} / {kk}");
        }
        // Digits, fractions and punctuation are not letters.
        let names = "name = \"Cut by 1/4\"\nname_ru = \"Сокращение на 1/4: статья 189\"\nname_kk = \"1/4 бөлігіне қысқарту: 189-бап\"\n";
        assert_eq!(missing_names(&draft(&provision("p", names))), vec![]);
    }

    #[test]
    fn two_clauses_with_one_name_are_told_apart() {
        let d = draft(&format!("{}{}", provision("a", NAMED), provision("b", &NAMED.replace("Освобождение: небольшая тяжесть", "Освобождение: иное"))));
        let found = missing_names(&d);
        assert_eq!(found.iter().map(|p| (p.id.as_str(), p.lang)).collect::<Vec<_>>(), vec![("b", Lang::En), ("b", Lang::Kk)]);
        assert!(found.iter().all(|p| p.fault == NameFault::SameAs("a".into())), "{found:?}");
    }

    #[test]
    fn a_name_that_only_repeats_the_citation_is_no_name() {
        let found = missing_names(&draft(&provision("p", &NAMED.replace("Release: minor crimes", "Art. 1"))));
        assert_eq!(found.iter().map(|p| (p.lang, p.fault.clone())).collect::<Vec<_>>(), vec![(Lang::En, NameFault::Missing)]);
    }

    #[test]
    fn the_warning_reads_in_the_readers_language() {
        let found = missing_names(&draft(&provision("p", "")));
        let en = found[1].message(&Texts::new(Lang::En));
        assert!(en.contains("provision `p`") && en.contains("Russian") && en.contains("name_ru"), "{en}");
        for lang in [Lang::Ru, Lang::Kk] {
            let text = found[0].message(&Texts::new(lang));
            let words: Vec<&str> = text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| w.len() > 1 && !["name", "ru", "kk"].contains(w)).collect();
            assert!(words.is_empty() && text.contains("`p`"), "{lang}: {text}");
        }
        assert!(found[0].to_string().contains("provision `p`: no `name`"), "{}", found[0]);
    }

    /// Every provision and exclusion of every shipped draft reads by a short name of its
    /// own in English, Russian and Kazakh, within the limit, with no Latin letter in
    /// the Russian and Kazakh ones. The failure lists the offenders draft by draft.
    #[test]
    fn every_shipped_clause_has_a_short_name_in_three_languages() {
        let mut report = Vec::new();
        for (id, text) in crate::draft::SHIPPED {
            let d = Draft::parse(id, text).expect("a shipped draft compiles");
            let problems = missing_names(&d);
            // One line per clause, in file order: "provision `art2-1-1`: no `name`; no `name_ru`".
            let mut clauses: Vec<(String, Vec<String>)> = Vec::new();
            for p in &problems {
                let clause = format!("{} `{}`", p.kind.name(), p.id);
                match clauses.iter_mut().find(|(c, _)| *c == clause) {
                    Some((_, faults)) => faults.push(p.fault_text()),
                    None => clauses.push((clause, vec![p.fault_text()])),
                }
            }
            if !clauses.is_empty() {
                let lines: Vec<String> = clauses.iter().map(|(c, faults)| format!("  {c}: {}", faults.join("; "))).collect();
                report.push(format!("{id}: {} clause{}\n{}", clauses.len(), if clauses.len() == 1 { "" } else { "s" }, lines.join("\n")));
            }
        }
        assert!(report.is_empty(), "clauses without a proper short name:\n{}", report.join("\n"));
    }
}
