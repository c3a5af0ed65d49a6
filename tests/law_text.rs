//! The exclusion lists of the shipped drafts against the official texts of the laws.
//!
//! Art. 4 of each amnesty law lists, item by item, the articles (parts of articles,
//! items of parts) of the 1959, 1997 and 2014 Criminal Codes whose offenders the
//! amnesty does not reach. A draft carries them as `articles` lists of its `[[exclude]]`
//! tables (draft format, issue 27). These tests read Art. 4 of the Russian text in
//! `../shared/laws/`, read the drafts' lists, and fail on every entry one side has and
//! the other lacks, and on a draft list that leaves the text's order: a list of some 200
//! entries copied by hand is where an entry gets dropped or a part misread, and a wrong
//! entry is a wrong forecast that nothing else in the project would notice.
//!
//! Entries the text lists under a condition are written as kz-2025-enacted writes them:
//! "(статья 123), если такое преступление совершено в отношении несовершеннолетних" is
//! the entry "123", and "(части первая и вторая в случае совершения лицами,
//! находившимися в состоянии ... опьянения, часть третья статьи 296)" is two entries,
//! "296(1,2)" under the condition and "296(3)" without. An entry under a condition
//! must sit in an exclusion of its own (whose `when` would otherwise reach the rest);
//! the failure messages list every such entry with the draft's `when` for it.
//!
//! The texts live outside the repository. Where their folder is absent each test says so
//! and passes, unless `AMNESTY_REQUIRE_LAWS` is set: then it fails.
//!
//! `cargo test --release --test law_text -- --ignored --nocapture` prints the lists as
//! parsed from each text, to check the parser against the text by eye.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::PathBuf;

/// Where the official texts are, beside the repository.
const LAWS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/laws");

/// Set (to anything) where the texts must be present: a missing folder then fails.
const REQUIRE_LAWS: &str = "AMNESTY_REQUIRE_LAWS";

/// The drafts, in the repository.
const DRAFTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/drafts");

/// A law whose Art. 4 a shipped draft carries.
struct Law {
    /// Folder under `../shared/laws/` holding `rus.md`.
    folder: &'static str,
    /// Draft file under `scenarios/drafts/`.
    draft: &'static str,
}

const KZ_2025: Law = Law { folder: "2025-195-VIII", draft: "kz-2025-enacted.toml" };
const KZ_2021: Law = Law { folder: "2021-81-VII", draft: "kz-2021.toml" };

/// The `when` of the exclusion that holds the entries excluded "except when the crime
/// was committed by a minor" (draft format, section 5).
const ADULTS_ONLY: &str = "not juvenile_at_offence";

/// The text's words for that exception, after the entry's reference.
const MINOR_EXCEPTION: &str = "за исключением случая совершения такого преступления несовершеннолетним";

/// The Criminal Codes a list can name, as the drafts' `code` writes them.
const CODES: [&str; 3] = ["1959", "1997", "2014"];

/// Part numbers as the texts spell them in the nominative ("часть вторая", "части
/// вторая и третья"): index + 1 is the number.
const NOMINATIVE: [&str; 20] = [
    "первая",
    "вторая",
    "третья",
    "четвертая",
    "пятая",
    "шестая",
    "седьмая",
    "восьмая",
    "девятая",
    "десятая",
    "одиннадцатая",
    "двенадцатая",
    "тринадцатая",
    "четырнадцатая",
    "пятнадцатая",
    "шестнадцатая",
    "семнадцатая",
    "восемнадцатая",
    "девятнадцатая",
    "двадцатая",
];

/// The same in the genitive, as the part an item belongs to ("пункт 2) части второй").
const GENITIVE: [&str; 20] = [
    "первой",
    "второй",
    "третьей",
    "четвертой",
    "пятой",
    "шестой",
    "седьмой",
    "восьмой",
    "девятой",
    "десятой",
    "одиннадцатой",
    "двенадцатой",
    "тринадцатой",
    "четырнадцатой",
    "пятнадцатой",
    "шестнадцатой",
    "семнадцатой",
    "восемнадцатой",
    "девятнадцатой",
    "двадцатой",
];

// --- Entries ---------------------------------------------------------------------------

/// An article or part number as the codes write them, `108` or `108-1`: ordered so that
/// `108 < 108-1 < 109`, the codes' own order.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
struct Num {
    main: u32,
    sub: Option<u32>,
}

impl Num {
    /// `"108"` or `"108-1"`; nothing else (no ranges, no spaces), so that a misread
    /// number is an error rather than another number.
    fn parse(s: &str) -> Option<Num> {
        let digits = |d: &str| if !d.is_empty() && d.len() <= 4 && d.chars().all(|c| c.is_ascii_digit()) { d.parse().ok() } else { None };
        match s.split_once('-') {
            Some((main, sub)) => Some(Num { main: digits(main)?, sub: Some(digits(sub)?) }),
            None => Some(Num { main: digits(s)?, sub: None }),
        }
    }

    fn n(main: u32) -> Num {
        Num { main, sub: None }
    }
}

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.sub {
            Some(sub) => write!(f, "{}-{sub}", self.main),
            None => write!(f, "{}", self.main),
        }
    }
}

/// One entry of an exclusion list, the form both sides are reduced to before they are
/// compared: the Code, the article, its parts (sorted; none for the whole article), the
/// item of the single part when the text names one, and whether the text excepts the
/// crime committed by a minor.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
struct Key {
    code: &'static str,
    article: Num,
    parts: Vec<Num>,
    item: Option<String>,
    except_minor: bool,
}

impl Key {
    /// The entry as a draft writes it: `"99"`, `"116(2,3)"`, `"426(2)2"`.
    fn entry(&self) -> String {
        let mut s = self.article.to_string();
        if !self.parts.is_empty() {
            let parts: Vec<String> = self.parts.iter().map(Num::to_string).collect();
            s.push_str(&format!("({})", parts.join(",")));
        }
        if let Some(item) = &self.item {
            s.push_str(item);
        }
        s
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "code {} \"{}\"", self.code, self.entry())?;
        if self.except_minor {
            write!(f, " (except when committed by a minor)")?;
        }
        Ok(())
    }
}

/// An entry as the text gives it: its key, and what a reader needs to find and judge
/// it (the item of Art. 4, the text's own wording, a condition the key cannot carry).
#[derive(Clone, Debug)]
struct TextEntry {
    key: Key,
    /// The item of Art. 4 that lists it.
    item_no: u32,
    /// The text's words for the entry: title, reference, exception.
    wording: String,
    /// A condition the text puts on the entry that no entry string can say ("если
    /// такое преступление совершено в отношении несовершеннолетних"; parts 1 and 2 of
    /// art. 296 of the 1997 Code "в случае совершения лицами, находившимися в состоянии
    /// ... опьянения"). The drafts give such an entry an exclusion of its own, whose
    /// `when` approximates the condition or whose note says why none can; the failure
    /// messages repeat the condition, so that the draft is checked against it.
    condition: Option<String>,
}

// --- The text --------------------------------------------------------------------------

/// The parenthesised groups and semicolons at the outer level of a string, as byte
/// offsets the string's own `char_indices` gave.
#[derive(Default, Debug)]
struct TopLevel {
    /// Offsets of the opening and closing parenthesis of each outer group.
    groups: Vec<(usize, usize)>,
    semicolons: Vec<usize>,
}

/// Whether `word` is the label of an item of a part: `2`, `2-1` or one Cyrillic letter.
fn is_label(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if ('а'..='я').contains(&c) => true,
        _ => Num::parse(word).is_some(),
    }
}

/// Finds the outer parenthesised groups and semicolons of `s`, walking it by chars.
///
/// The closing parenthesis of an item label ("пункт 2) части второй статьи 426") is no
/// parenthesis: counting it would close the reference after "пункт 2". A `)` is taken
/// for a label's when it ends a bare label inside a group and the word before is
/// "пункт"/"пункты", or a label before it ("пункты а), б)"), or "и" after a label
/// ("пункты а) и б)"). "(статья 88)" stays a group: "статья" is none of these.
fn top_level(s: &str) -> Result<TopLevel, String> {
    let mut out = TopLevel::default();
    let mut depth = 0usize;
    let mut open = 0;
    // The word being read starts at `word_start`; the one before it is `prev`.
    let mut word_start = 0;
    let mut prev = "";
    let mut prev_is_label = false;
    let mut before_prev_is_label = false;
    let mut word_is_label = false;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if word_start < i {
                prev = &s[word_start..i];
                before_prev_is_label = prev_is_label;
                prev_is_label = word_is_label;
            }
            word_is_label = false;
            word_start = i + c.len_utf8();
            continue;
        }
        match c {
            '(' => {
                if depth == 0 {
                    open = i;
                }
                depth += 1;
            }
            ')' => {
                let word = &s[word_start..i];
                let after_label_word =
                    matches!(prev.trim_start_matches('('), "пункт" | "пункты") || (prev_is_label && prev.ends_with("),")) || (prev == "и" && before_prev_is_label);
                if depth > 0 && is_label(word) && after_label_word {
                    word_is_label = true;
                    continue;
                }
                if depth == 0 {
                    return Err(format!("a `)` with no `(` at «{}»", snippet(s, i)));
                }
                depth -= 1;
                if depth == 0 {
                    out.groups.push((open, i));
                }
            }
            ';' if depth == 0 => out.semicolons.push(i),
            _ => {}
        }
    }
    if depth != 0 {
        return Err(format!("a `(` never closed at «{}»", snippet(s, open)));
    }
    Ok(out)
}

/// Up to 60 characters of `s` from byte offset `at` (one `char_indices` gave), for
/// error messages.
fn snippet(s: &str, at: usize) -> String {
    s.get(at..).unwrap_or("").chars().take(60).collect()
}

/// A reference in the text, "(пункт г) части третьей, часть четвертая статьи 176)",
/// reduced to its article and the entries it names, in the text's order.
#[derive(Debug, PartialEq)]
struct Reference {
    article: Num,
    entries: Vec<RefEntry>,
}

/// One entry of a reference. The parts the reference names without condition are one
/// entry (parts sorted, none for the whole article); parts under a condition ("части
/// первая и вторая в случае совершения лицами, находившимися в состоянии ...
/// опьянения") are another, as the drafts keep them apart; each item of a part is one
/// more.
#[derive(Debug, PartialEq)]
struct RefEntry {
    parts: Vec<Num>,
    item: Option<String>,
    /// The condition's words, from "в случае".
    condition: Option<String>,
}

/// Whether the content of a parenthesised group is a reference to an article: it
/// starts with статья, статьи, часть, части, пункт or пункты. Titles hold groups too
/// ("(ВИЧ)", "(вейпов)", "(отмывание)"); they start otherwise.
fn is_reference(content: &str) -> bool {
    matches!(content.split_whitespace().next(), Some("статья" | "статьи" | "часть" | "части" | "пункт" | "пункты"))
}

/// A part number: an ordinal word in the case the context asks for, or digits (the
/// texts write sub-parts so: "части 1-1, вторая").
fn part_number(word: &str, genitive: bool) -> Option<Num> {
    let word = word.replace('ё', "е");
    let words = if genitive { &GENITIVE } else { &NOMINATIVE };
    match words.iter().position(|w| *w == word) {
        Some(i) => u32::try_from(i + 1).ok().map(Num::n),
        None if word.starts_with(|c: char| c.is_ascii_digit()) => Num::parse(&word),
        None => None,
    }
}

/// Reads the content of a reference group, word by word.
///
/// Forms the 2021 and 2025 texts use: "статья 99"; "часть вторая статьи 101"; "части
/// вторая, третья и четвертая статьи 128"; "части 1-1, вторая, третья и четвертая статьи
/// 366"; "пункт 2) части второй статьи 426"; "пункт в) части второй статьи 358";
/// "пункты а) и б) части четвертой статьи 175"; "пункт г) части третьей, часть четвертая
/// статьи 176"; "пункт 2) части третьей и часть четвертая статьи 188"; "части первая и
/// вторая в случае совершения лицами, ... опьянения, часть третья статьи 296"; and
/// "часть четвертая статья 463" (the text's slip for "статьи"). Any other word is an
/// error, so that a form the parser does not know fails instead of being misread.
fn parse_reference(content: &str) -> Result<Reference, String> {
    let words: Vec<&str> = content.split_whitespace().collect();
    let err = |what: &str| Err(format!("{what} in «{content}»"));
    let [spec @ .., article_word, number] = words.as_slice() else {
        return err("no article");
    };
    if !matches!(*article_word, "статьи" | "статья") {
        return err("no \"статьи N\" at the end");
    }
    let Some(article) = Num::parse(number) else {
        return err("no article number");
    };
    if spec.is_empty() {
        if *article_word != "статья" {
            return err("\"статьи N\" with no part");
        }
        return Ok(Reference { article, entries: vec![RefEntry { parts: Vec::new(), item: None, condition: None }] });
    }

    #[derive(PartialEq)]
    enum Expect {
        /// A keyword: часть, части, пункт, пункты.
        Keyword,
        /// Part numbers in the nominative, "части вторая и третья".
        Parts,
        /// Item labels, "пункты а) и б)".
        Items,
        /// The part the items belong to, in the genitive: "части четвертой".
        ItemsPart,
    }
    let is_keyword = |w: &str| matches!(w.trim_end_matches(','), "часть" | "части" | "пункт" | "пункты");
    let mut expect = Expect::Keyword;
    let mut entries: Vec<RefEntry> = Vec::new();
    // Parts named without condition, merged into one entry at `parts_at`.
    let mut parts: Vec<Num> = Vec::new();
    let mut parts_at = None;
    // Parts of the clause being read ("части первая и вторая"), until it is known
    // whether a condition follows them.
    let mut clause: Vec<Num> = Vec::new();
    let mut seen: Vec<Num> = Vec::new();
    let mut items: Vec<String> = Vec::new();
    // Moves the clause's parts to the unconditional entry, which takes its place in the
    // order where its first part stands.
    let flush = |clause: &mut Vec<Num>, parts: &mut Vec<Num>, parts_at: &mut Option<usize>, entries: &mut Vec<RefEntry>| {
        if !clause.is_empty() && parts_at.is_none() {
            *parts_at = Some(entries.len());
            entries.push(RefEntry { parts: Vec::new(), item: None, condition: None });
        }
        parts.append(clause);
    };
    let mut i = 0;
    while i < spec.len() {
        let word = spec[i].trim_end_matches(',');
        match word {
            "часть" | "части" if expect == Expect::Items && !items.is_empty() => expect = Expect::ItemsPart,
            "часть" | "части" | "пункт" | "пункты" => {
                if !items.is_empty() {
                    return err("items with no part");
                }
                flush(&mut clause, &mut parts, &mut parts_at, &mut entries);
                expect = if word.starts_with("пункт") { Expect::Items } else { Expect::Parts };
            }
            "и" => {}
            "в" if spec.get(i + 1) == Some(&"случае") => {
                if expect != Expect::Parts || clause.is_empty() {
                    return err("a condition on something other than parts");
                }
                let end = (i..spec.len()).find(|&j| is_keyword(spec[j])).unwrap_or(spec.len());
                let condition = spec[i..end].join(" ").trim_end_matches(',').to_string();
                clause.sort();
                entries.push(RefEntry { parts: std::mem::take(&mut clause), item: None, condition: Some(condition) });
                expect = Expect::Keyword;
                i = end;
                continue;
            }
            _ if expect == Expect::Items && word.ends_with(')') && is_label(word.trim_end_matches(')')) => items.push(word.trim_end_matches(')').to_string()),
            _ => match (&expect, part_number(word, expect == Expect::ItemsPart)) {
                (Expect::Parts, Some(part)) => {
                    if seen.contains(&part) {
                        return err("a part named twice");
                    }
                    seen.push(part);
                    clause.push(part);
                }
                (Expect::ItemsPart, Some(part)) => {
                    entries.extend(items.drain(..).map(|item| RefEntry { parts: vec![part], item: Some(item), condition: None }));
                    expect = Expect::Keyword;
                }
                _ => return err(&format!("unexpected word \"{word}\"")),
            },
        }
        i += 1;
    }
    if !items.is_empty() {
        return err("items with no part");
    }
    flush(&mut clause, &mut parts, &mut parts_at, &mut entries);
    if let Some(at) = parts_at {
        parts.sort();
        entries[at].parts = parts;
    }
    if entries.is_empty() {
        return err("no part");
    }
    Ok(Reference { article, entries })
}

/// Reads one entry of a list, "половое сношение ... (статья 122), за исключением случая
/// совершения такого преступления несовершеннолетним": the reference is the LAST outer
/// group that is one (the title may hold groups of its own), and what follows it is the
/// minor exception, a condition ("если такое преступление совершено в отношении
/// несовершеннолетних"), or nothing; anything else is an error.
fn parse_segment(code: &'static str, item_no: u32, segment: &str) -> Result<Vec<TextEntry>, String> {
    let top = top_level(segment)?;
    let Some(&(open, close)) = top.groups.iter().rev().find(|&&(open, close)| is_reference(&segment[open + 1..close])) else {
        return Err(format!("no reference in «{segment}»"));
    };
    let reference = parse_reference(&segment[open + 1..close])?;
    let tail = segment[close + 1..].trim_start_matches(|c: char| c == ',' || c.is_whitespace()).trim_end();
    let (except_minor, tail_condition) = if tail.is_empty() {
        (false, None)
    } else if tail == MINOR_EXCEPTION {
        (true, None)
    } else if tail.starts_with("за исключением") && tail.contains("несовершеннолетним") {
        // A variant of the exception (narrower or wider): the key says "minor", the
        // message shows the words.
        (true, Some(tail.to_string()))
    } else if tail.starts_with("если ") {
        (false, Some(tail.to_string()))
    } else {
        return Err(format!("unknown words after the reference in «{segment}»"));
    };
    Ok(reference
        .entries
        .into_iter()
        .map(|e| TextEntry {
            key: Key { code, article: reference.article, parts: e.parts, item: e.item, except_minor },
            item_no,
            wording: segment.to_string(),
            condition: match (e.condition, &tail_condition) {
                (Some(a), Some(b)) => Some(format!("{a}; {b}")),
                (a, b) => a.or_else(|| b.clone()),
            },
        })
        .collect())
}

/// The Code an item of Art. 4 lists articles of, from the words that name it, or None
/// for an item that names no Criminal Code.
fn code_of(item: &str) -> Result<Option<&'static str>, String> {
    if !item.contains("Уголовным кодексом") {
        return Ok(None);
    }
    if item.contains("Уголовным кодексом Казахской ССР от 22 июля 1959 года") {
        Ok(Some("1959"))
    } else if item.contains("Уголовным кодексом Республики Казахстан от 16 июля 1997 года") {
        Ok(Some("1997"))
    } else if item.contains("Уголовным кодексом Республики Казахстан от 3 июля 2014 года") {
        Ok(Some("2014"))
    } else {
        Err(format!("a Criminal Code this test does not know in «{}»", snippet(item, 0)))
    }
}

/// How many times the item names an article by number ("статьи 101", "статья 99"),
/// counted apart from the parser: each entry has one reference, so the counts must agree.
fn article_numbers_named(s: &str) -> usize {
    s.match_indices("стать")
        .filter(|&(at, m)| {
            let mut rest = s[at + m.len()..].chars();
            matches!(rest.next(), Some('и' | 'я')) && rest.next() == Some(' ') && rest.next().is_some_and(|c| c.is_ascii_digit())
        })
        .count()
}

/// Reads one item of Art. 4 that lists a Code's articles: the list follows the
/// parenthesised words on the Code's amendments ("(с изменениями и дополнениями, ...)")
/// after a colon or a dash; its entries are separated by outer semicolons.
fn parse_list(code: &'static str, item_no: u32, item: &str) -> Result<Vec<TextEntry>, String> {
    let top = top_level(item)?;
    let Some(&(_, intro_end)) = top.groups.iter().find(|&&(open, close)| item[open + 1..close].starts_with("с изменениями")) else {
        return Err(format!("item {item_no}: no \"(с изменениями ...)\" before the list"));
    };
    let body = item[intro_end + 1..].trim_start_matches(|c: char| matches!(c, ',' | ':' | '–' | '—' | '-') || c.is_whitespace());
    let top = top_level(body)?;
    let mut entries = Vec::new();
    let mut start = 0;
    let ends = top.semicolons.iter().copied().chain(std::iter::once(body.len()));
    let mut segments = 0;
    for end in ends {
        let segment = body[start..end].trim().trim_end_matches('.').trim_end();
        start = (end + 1).min(body.len());
        if segment.is_empty() {
            continue;
        }
        segments += 1;
        entries.extend(parse_segment(code, item_no, segment).map_err(|e| format!("item {item_no}: {e}"))?);
    }
    let named = article_numbers_named(body);
    if named != segments {
        return Err(format!("item {item_no}: the text names {named} article numbers but {segments} entries were read"));
    }
    Ok(entries)
}

/// The text of Art. 4, from its heading to the next article's.
fn article_4(text: &str) -> Option<&str> {
    let start = text.find("**Статья 4.")?;
    let rest = &text[start..];
    let end = rest.find("\n**Статья ").unwrap_or(rest.len());
    Some(&rest[..end])
}

/// Every entry of the lists of Art. 4, in the text's order, or every error met.
fn parse_article_4(text: &str) -> Result<Vec<TextEntry>, Vec<String>> {
    let Some(article) = article_4(text) else {
        return Err(vec!["no \"**Статья 4.\" heading".to_string()]);
    };
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for line in article.lines() {
        let Some((number, item)) = line.trim().split_once(") ") else { continue };
        let Ok(item_no) = number.parse::<u32>() else { continue };
        match code_of(item) {
            Ok(Some(code)) => match parse_list(code, item_no, item) {
                Ok(list) => entries.extend(list),
                Err(e) => errors.push(e),
            },
            Ok(None) => {}
            Err(e) => errors.push(format!("item {item_no}: {e}")),
        }
    }
    if entries.is_empty() && errors.is_empty() {
        errors.push("Art. 4 lists no article of any Criminal Code".to_string());
    }
    if errors.is_empty() { Ok(entries) } else { Err(errors) }
}

// --- The draft -------------------------------------------------------------------------

/// An `[[exclude]]` table of a draft that lists articles.
#[derive(Debug)]
struct DraftList {
    id: String,
    code: &'static str,
    /// Whether its `when` is "not juvenile_at_offence": its entries carry the minor
    /// exception.
    except_minor: bool,
    /// Its `when`, spaces collapsed, for the messages on conditional entries.
    when: Option<String>,
    /// Each string as written, with the keys it stands for (two for "175(4)а,б").
    entries: Vec<(String, Vec<Key>)>,
}

/// Reads one entry string of a draft (draft format, section 5): `"99"`, `"101(2)"`,
/// `"116(2,3)"`, `"120(3-1)"`, `"108-1"`, `"426(2)2"`; items of one part may be listed
/// together, `"175(4)а,б"`. Item letters must be Cyrillic, as in the text: a Latin
/// look-alike would fail the comparison with a message showing two identical strings.
fn parse_draft_entry(s: &str, code: &'static str, except_minor: bool) -> Result<Vec<Key>, String> {
    let err = |what: &str| Err(format!("\"{s}\": {what}"));
    let (article, rest) = match s.find('(') {
        Some(at) => (&s[..at], &s[at..]),
        None => (s, ""),
    };
    let Some(article) = Num::parse(article.trim()) else {
        return err("no article number");
    };
    if rest.is_empty() {
        return Ok(vec![Key { code, article, parts: Vec::new(), item: None, except_minor }]);
    }
    let Some((parts, items)) = rest[1..].split_once(')') else {
        return err("no `)`");
    };
    let mut nums = Vec::new();
    for part in parts.split(',') {
        match Num::parse(part.trim()) {
            Some(n) if !nums.contains(&n) => nums.push(n),
            Some(_) => return err("a part listed twice"),
            None => return err(&format!("part \"{part}\" is no number")),
        }
    }
    nums.sort();
    let items = items.trim();
    if items.is_empty() {
        return Ok(vec![Key { code, article, parts: nums, item: None, except_minor }]);
    }
    if nums.len() != 1 {
        return err("an item of more than one part");
    }
    let mut keys = Vec::new();
    for item in items.split(',').map(str::trim) {
        if item.chars().any(|c| c.is_ascii_alphabetic()) {
            return err(&format!("item \"{item}\" has a Latin letter; the text's items are Cyrillic"));
        }
        if !is_label(item) {
            return err(&format!("item \"{item}\" is neither a number nor a letter"));
        }
        keys.push(Key { code, article, parts: nums.clone(), item: Some(item.to_string()), except_minor });
    }
    Ok(keys)
}

/// Every `[[exclude]]` with an `articles` list, in the file's order, or every error met.
fn parse_draft(source: &str) -> Result<Vec<DraftList>, Vec<String>> {
    let table: toml::Table = toml::from_str(source).map_err(|e| vec![e.to_string()])?;
    let mut lists = Vec::new();
    let mut errors = Vec::new();
    let excludes = table.get("exclude").and_then(toml::Value::as_array).map(Vec::as_slice).unwrap_or_default();
    for (n, exclude) in excludes.iter().enumerate() {
        let Some(exclude) = exclude.as_table() else { continue };
        let Some(articles) = exclude.get("articles") else { continue };
        let id = exclude.get("id").and_then(toml::Value::as_str).map_or_else(|| format!("#{}", n + 1), str::to_string);
        let code = exclude.get("code").map_or(Some("2014"), toml::Value::as_str);
        let Some(code) = code.and_then(|c| CODES.iter().copied().find(|k| *k == c)) else {
            errors.push(format!("[[exclude]] id = \"{id}\": code must be one of {CODES:?}"));
            continue;
        };
        let when = exclude.get("when").and_then(toml::Value::as_str).map(|w| w.split_whitespace().collect::<Vec<_>>().join(" "));
        let except_minor = when.as_deref() == Some(ADULTS_ONLY);
        let Some(articles) = articles.as_array() else {
            errors.push(format!("[[exclude]] id = \"{id}\": articles is not an array"));
            continue;
        };
        let mut entries = Vec::new();
        for a in articles {
            match a.as_str().map(|s| (s, parse_draft_entry(s, code, except_minor))) {
                Some((s, Ok(keys))) => entries.push((s.to_string(), keys)),
                Some((_, Err(e))) => errors.push(format!("[[exclude]] id = \"{id}\": {e}")),
                None => errors.push(format!("[[exclude]] id = \"{id}\": {a} is not a string")),
            }
        }
        lists.push(DraftList { id, code, except_minor, when, entries });
    }
    if errors.is_empty() { Ok(lists) } else { Err(errors) }
}

// --- The comparison --------------------------------------------------------------------

/// What is wrong with the draft's lists as sets against the text's: entries of the
/// text the draft lacks (with the text's words), entries of the draft the text lacks
/// (with what the text has for that article), entries the draft lists twice, and
/// entries the text lists under a condition that share an exclusion with entries it
/// lists without one (the exclusion's `when` would apply to both). Empty when they
/// agree.
fn set_problems(text: &[TextEntry], lists: &[DraftList]) -> Vec<String> {
    let mut in_text: BTreeMap<&Key, &TextEntry> = BTreeMap::new();
    for e in text {
        in_text.entry(&e.key).or_insert(e);
    }
    let mut in_draft: BTreeMap<&Key, Vec<&str>> = BTreeMap::new();
    for list in lists {
        for (_, keys) in &list.entries {
            for key in keys {
                in_draft.entry(key).or_default().push(&list.id);
            }
        }
    }
    let mut problems = Vec::new();
    for (key, e) in &in_text {
        if !in_draft.contains_key(key) {
            problems.push(format!("missing from the draft: {key} (Art. 4({})): «{}»", e.item_no, e.wording));
        }
    }
    for (key, ids) in &in_draft {
        if !in_text.contains_key(key) {
            let same_article: Vec<String> = in_text.keys().filter(|k| k.code == key.code && k.article == key.article).map(|k| k.to_string()).collect();
            let hint = if same_article.is_empty() { "the text lists no part of this article".to_string() } else { format!("the text has {}", same_article.join(", ")) };
            problems.push(format!("in the draft, not in the text: {key} in [[exclude]] id = \"{}\" ({hint})", ids.join("\", \"")));
        }
        if ids.len() > 1 {
            problems.push(format!("listed {} times in the draft: {key} in [[exclude]] id = \"{}\"", ids.len(), ids.join("\", \"")));
        }
    }
    let conditional = |k: &Key| in_text.get(k).is_some_and(|e| e.condition.is_some());
    for list in lists {
        let keys = || list.entries.iter().flat_map(|(_, keys)| keys);
        if let Some(unconditional) = keys().find(|k| !conditional(k)) {
            for key in keys().filter(|k| conditional(k)) {
                problems.push(format!(
                    "{key}, which the text lists under a condition, shares [[exclude]] id = \"{}\" with {unconditional}, which it lists without: give it an exclusion of its own",
                    list.id
                ));
            }
        }
    }
    problems
}

/// The entries the text lists under a condition no entry string can say, with where
/// the draft has them and its `when` there, for the failure message: the reader checks
/// that the `when` (or the exclusion's note, where the population has no field for the
/// condition) says what the text says.
fn conditions(text: &[TextEntry], lists: &[DraftList]) -> Vec<String> {
    text.iter()
        .filter_map(|e| {
            let condition = e.condition.as_ref()?;
            let list = lists.iter().find(|l| l.entries.iter().any(|(_, keys)| keys.contains(&e.key)));
            let place = match list {
                Some(l) => format!("in [[exclude]] id = \"{}\", when = {}", l.id, l.when.as_deref().map_or("(none)".to_string(), |w| format!("\"{w}\""))),
                None => "not in the draft".to_string(),
            };
            Some(format!("{} (Art. 4({})): {condition}; {place}", e.key, e.item_no))
        })
        .collect()
}

/// The first entry of each draft list that comes before an entry the text lists
/// before it. Entries not in the text are left to `set_problems`.
fn order_problems(text: &[TextEntry], lists: &[DraftList]) -> Vec<String> {
    let mut position: BTreeMap<&Key, usize> = BTreeMap::new();
    for (i, e) in text.iter().enumerate() {
        position.entry(&e.key).or_insert(i);
    }
    let mut problems = Vec::new();
    for list in lists {
        let mut last: Option<(usize, &str)> = None;
        'list: for (raw, keys) in &list.entries {
            for key in keys {
                let Some(&at) = position.get(key) else { continue };
                if let Some((before, previous)) = last
                    && at < before
                {
                    problems.push(format!(
                        "[[exclude]] id = \"{}\": \"{raw}\" (Art. 4({}), entry {} of the text) comes after \"{previous}\" (entry {}), but the text lists it before",
                        list.id,
                        text[at].item_no,
                        at + 1,
                        before + 1
                    ));
                    break 'list;
                }
                last = Some((at, raw));
            }
        }
    }
    problems
}

// --- Loading ---------------------------------------------------------------------------

/// The laws' folder, or None (after saying why on stderr) where it is absent and
/// `AMNESTY_REQUIRE_LAWS` is not set; with it set, an absent folder fails.
fn laws_dir(test: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(LAWS);
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(std::env::var_os(REQUIRE_LAWS).is_none(), "{test}: the official texts are not at {} and {REQUIRE_LAWS} is set", dir.display());
    eprintln!("{test}: skipped: the official texts are not at {} (set {REQUIRE_LAWS} to make this a failure)", dir.display());
    None
}

/// The entries of the law's Art. 4, asserting the text reads without an error.
fn text_entries(dir: &std::path::Path, law: &Law) -> Vec<TextEntry> {
    let path = dir.join(law.folder).join("rus.md");
    let text = std::fs::read_to_string(&path);
    assert!(text.is_ok(), "{}: {:?}", path.display(), text.as_ref().err());
    let entries = parse_article_4(&text.unwrap_or_default());
    assert!(entries.is_ok(), "{}: Art. 4 does not read:\n  {}", path.display(), entries.as_ref().err().map(|e| e.join("\n  ")).unwrap_or_default());
    entries.unwrap_or_default()
}

/// The `articles` lists of the law's draft, asserting the draft reads without an error.
fn draft_lists(law: &Law) -> Vec<DraftList> {
    let path = PathBuf::from(DRAFTS).join(law.draft);
    let source = std::fs::read_to_string(&path);
    assert!(source.is_ok(), "{}: {:?}", path.display(), source.as_ref().err());
    let lists = parse_draft(&source.unwrap_or_default());
    assert!(lists.is_ok(), "{}: the exclusion lists do not read:\n  {}", path.display(), lists.as_ref().err().map(|e| e.join("\n  ")).unwrap_or_default());
    lists.unwrap_or_default()
}

/// The set test of one law: every entry of the text in the draft, and nothing else.
fn check_sets(test: &str, law: &Law) {
    let Some(dir) = laws_dir(test) else { return };
    let text = text_entries(&dir, law);
    let lists = draft_lists(law);
    let problems = set_problems(&text, &lists);
    let conditional = conditions(&text, &lists);
    assert!(
        problems.is_empty(),
        "scenarios/drafts/{} against Art. 4 of {}/rus.md: {} problems\n  {}\n\nEntries the text lists under a condition an entry string cannot say (check the draft's `when` or note on each):\n  {}",
        law.draft,
        law.folder,
        problems.len(),
        problems.join("\n  "),
        conditional.join("\n  ")
    );
}

/// The order test of one law: each draft list in the text's order.
fn check_order(test: &str, law: &Law) {
    let Some(dir) = laws_dir(test) else { return };
    let text = text_entries(&dir, law);
    let lists = draft_lists(law);
    let problems = order_problems(&text, &lists);
    assert!(problems.is_empty(), "scenarios/drafts/{} leaves the order of Art. 4 of {}/rus.md:\n  {}", law.draft, law.folder, problems.join("\n  "));
}

#[test]
fn kz_2025_enacted_lists_every_exclusion_of_the_law_and_no_other() {
    check_sets("kz_2025_enacted_lists_every_exclusion_of_the_law_and_no_other", &KZ_2025);
}

#[test]
fn kz_2025_enacted_lists_its_exclusions_in_the_law_order() {
    check_order("kz_2025_enacted_lists_its_exclusions_in_the_law_order", &KZ_2025);
}

#[test]
fn kz_2021_lists_every_exclusion_of_the_law_and_no_other() {
    check_sets("kz_2021_lists_every_exclusion_of_the_law_and_no_other", &KZ_2021);
}

#[test]
fn kz_2021_lists_its_exclusions_in_the_law_order() {
    check_order("kz_2021_lists_its_exclusions_in_the_law_order", &KZ_2021);
}

/// Each law's lists name all three Codes the text names: a list read as empty would
/// pass the set test against a draft that lacks it too.
#[test]
fn both_laws_list_articles_of_all_three_codes() {
    let test = "both_laws_list_articles_of_all_three_codes";
    let Some(dir) = laws_dir(test) else { return };
    for law in [&KZ_2025, &KZ_2021] {
        let text = text_entries(&dir, law);
        let codes: BTreeSet<&str> = text.iter().map(|e| e.key.code).collect();
        assert_eq!(codes, CODES.into_iter().collect::<BTreeSet<_>>(), "{}", law.folder);
        assert!(text.iter().any(|e| e.key == key("1959", "88", false)), "{}: no 1959 art. 88", law.folder);
    }
}

/// Prints the lists as parsed, one entry a line beside the text's words, to check the
/// parser by eye: `cargo test --release --test law_text -- --ignored --nocapture`.
#[test]
#[ignore = "prints the parsed lists for a reader"]
fn print_parsed_lists() {
    let Some(dir) = laws_dir("print_parsed_lists") else { return };
    for law in [&KZ_2025, &KZ_2021] {
        let text = text_entries(&dir, law);
        println!("== {}/rus.md, Art. 4", law.folder);
        for code in CODES {
            let n = text.iter().filter(|e| e.key.code == code).count();
            let minor = text.iter().filter(|e| e.key.code == code && e.key.except_minor).count();
            println!("   code {code}: {n} entries, {minor} of them except when committed by a minor");
        }
        for (i, e) in text.iter().enumerate() {
            let minor = if e.key.except_minor { " [minor excepted]" } else { "" };
            let condition = e.condition.as_deref().map(|c| format!(" [condition: {c}]")).unwrap_or_default();
            println!("{:>4} {} Art. 4({}) {:<14}{minor}{condition}  «{}»", i + 1, e.key.code, e.item_no, e.key.entry(), e.wording);
        }
    }
}

// --- The parser's own tests ------------------------------------------------------------

/// A key from a draft-style entry string, for the tests below.
fn key(code: &'static str, entry: &str, except_minor: bool) -> Key {
    let keys = parse_draft_entry(entry, code, except_minor);
    assert!(matches!(&keys, Ok(k) if k.len() == 1), "{entry}: {keys:?}");
    keys.ok().and_then(|k| k.into_iter().next()).unwrap_or(Key { code, article: Num::n(0), parts: Vec::new(), item: None, except_minor })
}

/// The entry strings a reference reads as.
fn reference_entries(content: &str) -> Vec<String> {
    reference_conditions(content).into_iter().map(|(entry, _)| entry).collect()
}

/// The entry strings a reference reads as, each with its condition.
fn reference_conditions(content: &str) -> Vec<(String, Option<String>)> {
    let r = parse_reference(content);
    assert!(r.is_ok(), "{content}: {r:?}");
    let Ok(r) = r else { return Vec::new() };
    r.entries.into_iter().map(|e| (Key { code: "2014", article: r.article, parts: e.parts, item: e.item, except_minor: false }.entry(), e.condition)).collect()
}

#[test]
fn reference_forms_read_as_entries() {
    assert_eq!(reference_entries("статья 99"), ["99"]);
    assert_eq!(reference_entries("статья 108-1"), ["108-1"]);
    assert_eq!(reference_entries("часть вторая статьи 101"), ["101(2)"]);
    assert_eq!(reference_entries("части вторая и третья статьи 116"), ["116(2,3)"]);
    assert_eq!(reference_entries("части вторая, третья, четвертая и пятая статьи 132"), ["132(2,3,4,5)"]);
    assert_eq!(reference_entries("части третья и шестая статьи 437"), ["437(3,6)"]);
    assert_eq!(reference_entries("части четвертая, пятая, шестая и седьмая статьи 409"), ["409(4,5,6,7)"]);
    assert_eq!(reference_entries("часть двадцатая статьи 1"), ["1(20)"]);
    assert_eq!(reference_entries("часть четвёртая статьи 5"), ["5(4)"]);
    assert_eq!(reference_entries("пункт 2) части второй статьи 426"), ["426(2)2"]);
    assert_eq!(reference_entries("пункт в) части второй статьи 358"), ["358(2)в"]);
    assert_eq!(reference_entries("пункты а) и б) части четвертой статьи 175"), ["175(4)а", "175(4)б"]);
    assert_eq!(reference_entries("пункт г) части третьей, часть четвертая статьи 176"), ["176(3)г", "176(4)"]);
    assert_eq!(reference_entries("пункт 2) части третьей и часть четвертая статьи 188"), ["188(3)2", "188(4)"]);
    // Sub-parts come in the codes' order, whatever the text's.
    assert_eq!(reference_entries("части 1-1, вторая, третья и четвертая статьи 366"), ["366(1-1,2,3,4)"]);
    assert_eq!(reference_entries("части вторая и 1-1 статьи 366"), ["366(1-1,2)"]);
    // The text's slip: "статья" for "статьи" after a part.
    assert_eq!(reference_entries("часть четвертая статья 463"), ["463(4)"]);
}

#[test]
fn parts_under_a_condition_are_an_entry_of_their_own() {
    let content =
        "части первая и вторая в случае совершения лицами, находившимися в состоянии алкогольного, наркотического и (или) токсикоманического опьянения, часть третья статьи 296";
    let intoxicated = "в случае совершения лицами, находившимися в состоянии алкогольного, наркотического и (или) токсикоманического опьянения";
    assert_eq!(reference_conditions(content), [("296(1,2)".to_string(), Some(intoxicated.to_string())), ("296(3)".to_string(), None)]);
    let content = "часть третья в случае совершения лицами, находившимися в состоянии опьянения, часть четвертая статьи 345";
    assert_eq!(
        reference_conditions(content),
        [("345(3)".to_string(), Some("в случае совершения лицами, находившимися в состоянии опьянения".to_string())), ("345(4)".to_string(), None)]
    );
    // The unconditional parts keep the place of the first of them.
    let content = "часть первая, часть вторая в случае опьянения, часть третья статьи 7";
    assert_eq!(reference_conditions(content), [("7(1,3)".to_string(), None), ("7(2)".to_string(), Some("в случае опьянения".to_string()))]);
    assert!(parse_reference("пункт 2) в случае опьянения части второй статьи 7").is_err());
    assert!(parse_reference("в случае опьянения статьи 7").is_err());
}

#[test]
fn unknown_reference_forms_are_errors() {
    for content in [
        "",
        "статьи 99",
        "часть вторая",
        "часть второй статьи 101",
        "части вторая и второй статьи 101",
        "части вторая и вторая статьи 101",
        "пункт 2) статьи 426",
        "пункт 2) части второй третьей статьи 426",
        "часть вторая статьи сто",
        "части с первой по третью статьи 5",
        "часть двадцать первая статьи 5",
        "статья 99 и статья 100",
    ] {
        assert!(parse_reference(content).is_err(), "«{content}» read as {:?}", parse_reference(content));
    }
}

#[test]
fn item_labels_do_not_close_a_reference() {
    let s = "побег (пункт 2) части второй статьи 426); кража (пункты а), б) и в) части четвертой статьи 175); x (статья 88)";
    let top = top_level(s);
    assert!(top.is_ok(), "{top:?}");
    let top = top.unwrap_or_default();
    let groups: Vec<&str> = top.groups.iter().map(|&(o, c)| &s[o + 1..c]).collect();
    assert_eq!(groups, ["пункт 2) части второй статьи 426", "пункты а), б) и в) части четвертой статьи 175", "статья 88"]);
    assert_eq!(top.semicolons.len(), 2);
    assert_eq!(reference_entries(groups[1]), ["175(4)а", "175(4)б", "175(4)в"]);
    assert!(top_level("a (b").is_err());
    assert!(top_level("a b)").is_err());
}

/// The entries a segment reads as, with their minor flags.
fn segment_entries(segment: &str) -> Vec<(String, bool)> {
    let e = parse_segment("2014", 15, segment);
    assert!(e.is_ok(), "{segment}: {e:?}");
    e.unwrap_or_default().into_iter().map(|e| (e.key.entry(), e.key.except_minor)).collect()
}

#[test]
fn the_reference_is_the_last_group_that_is_one() {
    assert_eq!(segment_entries("заражение вирусом иммунодефицита человека (ВИЧ) (часть третья статьи 118)"), [("118(3)".to_string(), false)]);
    assert_eq!(segment_entries("заражение вирусом иммунодефицита человека (ВИЧ/СПИД) (часть третья статьи 116)"), [("116(3)".to_string(), false)]);
    assert_eq!(
        segment_entries("оборот некурительных табачных изделий, электронных систем потребления (вейпов), ароматизаторов и жидкостей для них (статья 301-1)"),
        [("301-1".to_string(), false)]
    );
    assert_eq!(segment_entries("легализация (отмывание) денег и (или) иного имущества, полученных преступным путем (часть третья статьи 218)"), [("218(3)".to_string(), false)]);
    assert!(parse_segment("2014", 15, "убийство (ВИЧ)").is_err());
    assert!(parse_segment("2014", 15, "убийство").is_err());
}

#[test]
fn the_minor_exception_and_conditions_after_the_reference() {
    assert_eq!(
        segment_entries("развращение лиц, не достигших шестнадцатилетнего возраста (статья 124), за исключением случая совершения такого преступления несовершеннолетним"),
        [("124".to_string(), true)]
    );
    assert_eq!(
        segment_entries("изготовление и оборот материалов (части вторая и третья статьи 312), за исключением случая совершения такого преступления несовершеннолетним"),
        [("312(2,3)".to_string(), true)]
    );
    let e = parse_segment("1997", 14, "понуждение к половому сношению (статья 123), если такое преступление совершено в отношении несовершеннолетних").unwrap_or_default();
    assert_eq!(e.len(), 1);
    assert!(!e[0].key.except_minor);
    assert_eq!(e[0].condition.as_deref(), Some("если такое преступление совершено в отношении несовершеннолетних"));
    // A variant of the exception counts as one, and its words are kept.
    let e = parse_segment("2014", 4, "x (статья 1), за исключением случая совершения такого преступления несовершеннолетним в отношении несовершеннолетнего").unwrap_or_default();
    assert!(e.len() == 1 && e[0].key.except_minor && e[0].condition.is_some());
    assert!(parse_segment("2014", 15, "убийство (статья 99), кроме случаев").is_err());
}

/// A hand-written Art. 4 in the texts' layout.
const ARTICLE_4: &str = "\
**Статья 3. Сокращение сроков**

1) совершивших преступления (статья 1);

**Статья 4. Лица, в отношении которых не применяется амнистия**

Действие настоящего Закона не распространяется на лиц:

1) совершивших террористические преступления;

10) признанных злостными нарушителями в соответствии со статьей 130 Уголовно-исполнительного кодекса Республики Казахстан;

11) осужденных за преступление, предусмотренное Уголовным кодексом Казахской ССР от 22 июля 1959 года (с изменениями и дополнениями, внесенными после 22 июля 1959 года до 1 января 1998 года), –умышленное убийство (статья 88);

12) осужденных за следующие преступления, предусмотренные Уголовным кодексом Республики Казахстан от 16 июля 1997 года (с изменениями и дополнениями, внесенными после 16 июля 1997 года до 1 января 2015 года): убийство (статья 96); понуждение (статья 123), если такое преступление совершено в отношении несовершеннолетних; кража (пункты а) и б) части четвертой статьи 175); побег (пункт в) части второй статьи 358);

13) осужденных за следующие преступления, предусмотренные Уголовным кодексом Республики Казахстан от 3 июля 2014 года (с изменениями и дополнениями, внесенными после 3 июля 2014 года до введения в действие настоящего Закона): убийство (статья 99); заражение вирусом иммунодефицита человека (ВИЧ) (часть третья статьи 118); половое сношение (статья 122), за исключением случая совершения такого преступления несовершеннолетним; получение взятки (части 1-1, вторая, третья и четвертая статьи 366); побег (пункт 2) части второй статьи 426).

**Статья 5. Условия**

1) (статья 7);
";

#[test]
fn article_4_reads_item_by_item_with_its_codes() {
    let entries = parse_article_4(ARTICLE_4);
    assert!(entries.is_ok(), "{entries:?}");
    let got: Vec<(String, u32, bool)> = entries.unwrap_or_default().into_iter().map(|e| (format!("{} {}", e.key.code, e.key.entry()), e.item_no, e.key.except_minor)).collect();
    let want = [
        ("1959 88", 11, false),
        ("1997 96", 12, false),
        ("1997 123", 12, false),
        ("1997 175(4)а", 12, false),
        ("1997 175(4)б", 12, false),
        ("1997 358(2)в", 12, false),
        ("2014 99", 13, false),
        ("2014 118(3)", 13, false),
        ("2014 122", 13, true),
        ("2014 366(1-1,2,3,4)", 13, false),
        ("2014 426(2)2", 13, false),
    ];
    assert_eq!(got, want.map(|(e, n, m)| (e.to_string(), n, m)));
}

#[test]
fn an_entry_the_parser_cannot_read_fails_the_whole_text() {
    // "(статьи 5 и 6)" names two numbers in one reference: the count of article numbers
    // disagrees with the entries read, or the reference is refused.
    let text = ARTICLE_4.replace("убийство (статья 99);", "убийство (статья 99); побои (статья 5 и статья 6);");
    assert!(parse_article_4(&text).is_err());
    // Two entries run together (a semicolon lost) would read as the second one alone;
    // the count of article numbers catches it.
    let text = ARTICLE_4.replace("убийство (статья 99);", "убийство (статья 99) доведение до самоубийства (статья 105);");
    assert!(parse_article_4(&text).is_err());
    let text = ARTICLE_4.replace("убийство (статья 99);", "убийство статья 99;");
    assert!(parse_article_4(&text).is_err());
    let text = ARTICLE_4.replace("от 3 июля 2014 года", "от 3 июля 2015 года");
    assert!(parse_article_4(&text).is_err());
    assert!(parse_article_4("**Статья 3.**\n").is_err());
}

#[test]
fn draft_entries_read_as_the_format_says() {
    let entry = |s: &str| parse_draft_entry(s, "2014", false).map(|k| k.iter().map(Key::entry).collect::<Vec<_>>());
    assert_eq!(entry("99"), Ok(vec!["99".to_string()]));
    assert_eq!(entry("108-1"), Ok(vec!["108-1".to_string()]));
    assert_eq!(entry("101(2)"), Ok(vec!["101(2)".to_string()]));
    assert_eq!(entry("116(3,2)"), Ok(vec!["116(2,3)".to_string()]));
    assert_eq!(entry("120(3-1)"), Ok(vec!["120(3-1)".to_string()]));
    assert_eq!(entry("426(2)2"), Ok(vec!["426(2)2".to_string()]));
    assert_eq!(entry("358(2)в"), Ok(vec!["358(2)в".to_string()]));
    assert_eq!(entry("175(4)а,б"), Ok(vec!["175(4)а".to_string(), "175(4)б".to_string()]));
    for bad in ["", "x", "99(", "99()", "116(2,2)", "116(2-3-4)", "426(2,3)2", "358(2)v", "358(2)вв", "1.5"] {
        assert!(entry(bad).is_err(), "\"{bad}\" read as {:?}", entry(bad));
    }
}

#[test]
fn drafts_give_code_and_minor_exception_per_exclusion() {
    let draft = r#"
[[exclude]]
id = "corruption"
when = "tag == corruption"

[[exclude]]
id = "art4-15"
articles = ["99", "118(3)"]

[[exclude]]
id = "art4-15-adults"
articles = ["122"]
when = "not  juvenile_at_offence"

[[exclude]]
id = "art4-14"
code = "1997"
articles = ["96"]
"#;
    let lists = parse_draft(draft);
    assert!(lists.is_ok(), "{lists:?}");
    let got: Vec<(String, &str, bool, usize)> = lists.unwrap_or_default().into_iter().map(|l| (l.id, l.code, l.except_minor, l.entries.len())).collect();
    assert_eq!(got, [("art4-15".to_string(), "2014", false, 2), ("art4-15-adults".to_string(), "2014", true, 1), ("art4-14".to_string(), "1997", false, 1)]);
    assert!(parse_draft("[[exclude]]\nid = \"a\"\ncode = \"2015\"\narticles = [\"1\"]\n").is_err());
    assert!(parse_draft("[[exclude]]\nid = \"a\"\narticles = [\"1\", 2]\n").is_err());
}

#[test]
fn the_comparison_names_every_difference() {
    let text = parse_article_4(ARTICLE_4).unwrap_or_default();
    let draft = r#"
[[exclude]]
id = "art4-13"
articles = ["99", "118(2)", "366(1-1,2,3,4)", "426(2)2", "426(2)2"]
[[exclude]]
id = "art4-13-adults"
articles = []
when = "not juvenile_at_offence"
[[exclude]]
id = "art4-12"
code = "1997"
articles = ["96", "123", "175(4)а", "175(4)б", "358(2)в"]
[[exclude]]
id = "art4-12-adults"
code = "1997"
articles = ["96", "122"]
when = "not juvenile_at_offence"
[[exclude]]
id = "art4-11"
code = "1959"
articles = ["88"]
"#;
    let lists = parse_draft(draft);
    assert!(lists.is_ok(), "{lists:?}");
    let lists = lists.unwrap_or_default();
    let problems = set_problems(&text, &lists).join("\n");
    for want in [
        // A misread part.
        "missing from the draft: code 2014 \"118(3)\" (Art. 4(13)): «заражение вирусом иммунодефицита человека (ВИЧ) (часть третья статьи 118)»",
        "in the draft, not in the text: code 2014 \"118(2)\" in [[exclude]] id = \"art4-13\" (the text has code 2014 \"118(3)\")",
        // The minor exception left out.
        "missing from the draft: code 2014 \"122\" (except when committed by a minor) (Art. 4(13)): «половое сношение (статья 122), за исключением случая совершения такого преступления несовершеннолетним»",
        // The minor exception given where the text has none, and an article it lacks.
        "in the draft, not in the text: code 1997 \"96\" (except when committed by a minor) in [[exclude]] id = \"art4-12-adults\" (the text has code 1997 \"96\")",
        "in the draft, not in the text: code 1997 \"122\" (except when committed by a minor) in [[exclude]] id = \"art4-12-adults\" (the text lists no part of this article)",
        "listed 2 times in the draft: code 2014 \"426(2)2\" in [[exclude]] id = \"art4-13\", \"art4-13\"",
        // A conditional entry in an exclusion with unconditional ones.
        "code 1997 \"123\", which the text lists under a condition, shares [[exclude]] id = \"art4-12\" with code 1997 \"96\", which it lists without: give it an exclusion of its own",
    ] {
        assert!(problems.contains(want), "no «{want}» in:\n{problems}");
    }
    assert_eq!(problems.lines().count(), 7, "{problems}");
    let conditional = conditions(&text, &lists);
    assert_eq!(conditional, ["code 1997 \"123\" (Art. 4(12)): если такое преступление совершено в отношении несовершеннолетних; in [[exclude]] id = \"art4-12\", when = (none)"]);
}

#[test]
fn the_order_check_names_the_first_entry_out_of_place() {
    let text = parse_article_4(ARTICLE_4).unwrap_or_default();
    let lists = parse_draft("[[exclude]]\nid = \"a\"\narticles = [\"99\", \"366(1-1,2,3,4)\", \"118(3)\", \"426(2)2\", \"1\", \"122\"]\n").unwrap_or_default();
    let problems = order_problems(&text, &lists);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("\"118(3)\" (Art. 4(13), entry 8 of the text) comes after \"366(1-1,2,3,4)\" (entry 10)"), "{}", problems[0]);
    // Entries not in the text, and a list in order, raise nothing here.
    let lists = parse_draft("[[exclude]]\nid = \"a\"\narticles = [\"99\", \"1\", \"118(3)\", \"426(2)2\"]\n").unwrap_or_default();
    assert!(order_problems(&text, &lists).is_empty());
}
