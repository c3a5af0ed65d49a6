//! `explain`: for one person, which exclusions and provisions matched and why, with the
//! person's value beside every test, so a drafter can see exactly what decided. Every
//! word is in the reader's language; what the draft writes (conditions, values of its
//! fields, ids) is shown as code, in backticks, as typed.

use crate::draft::expr::{Expr, Test};
use crate::draft::program::{eval_person, test_person, value_of};
use crate::draft::{Draft, Effect};
use crate::engine::on_paper;
use crate::i18n::Texts;
use crate::population::{Flags, Person, Population};
use crate::scenario::vocab::{ArticleCode, Gravity, OffenceGroup, ProbationKind, Recidivism, Sex, Status, TagSet};

/// `text` as code: in backticks.
fn code(text: impl std::fmt::Display) -> String {
    format!("`{text}`")
}

/// A number of days in words (`400 days`, `400 дней`).
fn days(tx: &Texts, n: u64) -> String {
    tx.f("explain-days", &[("n", (n as f64).into())])
}

/// The person's value of the field a test reads, as the language would write it.
fn shown_value(t: &Test, p: &Person, tx: &Texts) -> String {
    use crate::draft::expr::Field;
    let f = match t {
        Test::Flag(f) | Test::Cmp(f, ..) | Test::InMask(f, _) | Test::InList(f, _) => *f,
        Test::TagAny(_) => Field::Tag,
        Test::Articles(_) => return tx.f("explain-article-part", &[("article", p.article.to_string().into()), ("part", p.part.to_string().into())]),
    };
    let v = value_of(p, f);
    let value = |text: String| code(format!("{} = {text}", f.name()));
    match f {
        Field::Status => value(Status::from_index(v as usize).to_string()),
        Field::Sex => value(Sex::from_index(v as usize).to_string()),
        Field::Gravity => value(Gravity::from_index(v as usize).to_string()),
        Field::Group => value(OffenceGroup::from_index(v as usize).to_string()),
        Field::Recidivism => value(Recidivism::from_index(v as usize).to_string()),
        Field::ProbationKind => value(ProbationKind::from_index(v as usize).to_string()),
        Field::Article => value(ArticleCode(v as u32).to_string()),
        Field::Tag => {
            let list = TagSet(v as u32).to_list();
            if list.is_empty() { format!("{} = {}", code(f.name()), tx.t("explain-none")) } else { value(list) }
        }
        Field::Sentence | Field::Served | Field::Remaining => {
            if v == u32::MAX as u64 {
                format!("{} = {}", code(f.name()), tx.t("explain-life"))
            } else {
                format!("{} = {}", code(f.name()), days(tx, v))
            }
        }
        Field::Damage => format!("{} = {}", code(f.name()), tx.f("explain-tenge", &[("n", tx.int(v as f64).into())])),
        _ if f.ty() == crate::draft::expr::Type::Bool => value((v == 1).to_string()),
        _ => value(v.to_string()),
    }
}

/// The marks beside each test: `[yes]` and `[no ]` in English, padded to one width.
struct Marks {
    yes: String,
    no: String,
}

impl Marks {
    fn new(tx: &Texts) -> Marks {
        let (yes, no) = (tx.t("explain-yes"), tx.t("explain-no"));
        let width = yes.chars().count().max(no.chars().count());
        Marks { yes: format!("[{yes:<width$}]"), no: format!("[{no:<width$}]") }
    }

    fn of(&self, b: bool) -> &str {
        if b { &self.yes } else { &self.no }
    }
}

fn explain_expr(e: &Expr, p: &Person, source: &str, depth: usize, tx: &Texts, out: &mut String) {
    let pad = "    ".repeat(depth);
    let marks = Marks::new(tx);
    match e {
        Expr::Const(b) => out.push_str(&format!("{pad}{} {}\n", marks.of(*b), code(b))),
        Expr::Test(t, span) => {
            let text = match t {
                Test::Articles(_) => tx.t("explain-on-the-list"),
                _ => code(source.get(span.clone()).unwrap_or("?")),
            };
            out.push_str(&format!("{pad}{} {text}    ({})\n", marks.of(test_person(t, p)), shown_value(t, p, tx)));
        }
        Expr::Not(inner) => {
            out.push_str(&format!("{pad}{} {}\n", marks.of(eval_person(e, p)), tx.t("explain-not")));
            explain_expr(inner, p, source, depth + 1, tx, out);
        }
        Expr::And(..) | Expr::Or(..) => {
            let word = tx.t(if matches!(e, Expr::And(..)) { "explain-all-of" } else { "explain-any-of" });
            out.push_str(&format!("{pad}{} {word}\n", marks.of(eval_person(e, p))));
            for part in flatten(e) {
                explain_expr(part, p, source, depth + 1, tx, out);
            }
        }
    }
}

/// `a and b and c` as one list, for a flatter explanation.
fn flatten(e: &Expr) -> Vec<&Expr> {
    match e {
        Expr::And(a, b) => {
            let mut v = if matches!(**a, Expr::And(..)) { flatten(a) } else { vec![&**a] };
            v.extend(if matches!(**b, Expr::And(..)) { flatten(b) } else { vec![&**b] });
            v
        }
        Expr::Or(a, b) => {
            let mut v = if matches!(**a, Expr::Or(..)) { flatten(a) } else { vec![&**a] };
            v.extend(if matches!(**b, Expr::Or(..)) { flatten(b) } else { vec![&**b] });
            v
        }
        _ => vec![e],
    }
}

/// Yes or no in words.
fn yes_no(tx: &Texts, b: bool) -> String {
    tx.t(if b { "explain-word-yes" } else { "explain-word-no" })
}

/// Describes one person for reading, in the language of `tx`.
pub fn describe_person(p: &Person, tx: &Texts) -> String {
    let term = if p.flags.has(Flags::LIFE) {
        tx.t("explain-term-life")
    } else if p.status == Status::Pretrial {
        tx.f("explain-term-pretrial", &[("detained", days(tx, p.served_days as u64).into())])
    } else {
        let term = tx.f(
            "explain-term",
            &[("term", days(tx, p.sentence_days as u64).into()), ("served", days(tx, p.served_days as u64).into()), ("remaining", days(tx, p.remaining_days() as u64).into())],
        );
        if p.status == Status::Probationer { format!("{}: {term}", tx.label("probation_kind", p.probation_kind.name())) } else { term }
    };
    let vuln: Vec<String> =
        crate::scenario::vocab::VULNERABILITY.iter().enumerate().filter(|(b, _)| p.vulnerability.has(*b as u32)).map(|(_, n)| tx.label("vulnerable_category", n)).collect();
    let tags = if p.tags.0 == 0 { tx.t("explain-none") } else { code(p.tags.to_list()) };
    let args = [
        ("id", p.id.to_string().into()),
        ("status", p.status.name().into()),
        ("sex", p.sex.name().into()),
        ("age", p.age.to_string().into()),
        ("age_at_offence", p.age_at_offence.to_string().into()),
        ("article", p.article.to_string().into()),
        ("part", p.part.to_string().into()),
        ("gravity", tx.label("gravity", p.gravity.name()).into()),
        ("group", tx.label("offence_group", p.group.name()).into()),
        ("tags", tags.into()),
    ];
    let mut out = tx.f("explain-person", &args);
    out.push_str(&format!("\n  {term}\n  "));
    let args = [
        ("damage", tx.int(p.damage_kzt as f64).into()),
        ("repaid", yes_no(tx, p.flags.has(Flags::REPAID)).into()),
        ("claim", yes_no(tx, p.flags.has(Flags::CIVIL_CLAIM)).into()),
        ("recidivism", tx.label("recidivism", p.recidivism.name()).into()),
        ("conduct", yes_no(tx, p.flags.has(Flags::BAD_CONDUCT)).into()),
        ("foreign", yes_no(tx, p.flags.has(Flags::FOREIGN)).into()),
    ];
    out.push_str(&tx.f("explain-person-damage", &args));
    out.push_str("\n  ");
    let args = [("serving", yes_no(tx, p.flags.has(Flags::CRIME_WHILE_SERVING)).into()), ("violator", yes_no(tx, p.flags.has(Flags::PERSISTENT_VIOLATOR)).into())];
    out.push_str(&tx.f("explain-person-conduct", &args));
    out.push_str("\n  ");
    let groups = if vuln.is_empty() { yes_no(tx, false) } else { vuln.join(", ") };
    out.push_str(&tx.f("explain-person-vulnerable", &[("groups", groups.into())]));
    out.push('\n');
    out
}

/// Every item of a draft, clause by clause, as `explain DRAFT` prints it: the draft's
/// own terms, then each exclusion and provision with its citation in the language of
/// `tx` (English where the draft gives none), its condition, effect and note. An item
/// cited for completeness (`when = "false"`) is listed and marked as changing no count.
/// The notes are the draft's own words, shown as written.
pub fn describe_draft(draft: &Draft, tx: &Texts) -> String {
    let mut out = draft_terms(draft, tx);
    out.push('\n');
    out.push_str(&tx.f("explain-exclusions", &[("n", draft.exclusions.len().into())]));
    out.push('\n');
    for ex in &draft.exclusions {
        describe_exclusion(&mut out, ex, tx);
    }
    out.push('\n');
    out.push_str(&tx.f("explain-provisions", &[("n", draft.provisions.len().into())]));
    out.push('\n');
    for p in &draft.provisions {
        describe_provision(&mut out, draft, p, tx);
    }
    out
}

/// The draft's own terms, ahead of its items: title, law, dates, the definition of
/// vulnerable, how time left is counted and how items combine.
fn draft_terms(draft: &Draft, tx: &Texts) -> String {
    let lang = tx.lang();
    let mut out = format!("{}\n{}\n", draft.title_in(lang), draft.law_in(lang));
    if let Some(url) = &draft.url {
        out.push_str(&tx.f("explain-official-text", &[("url", url.into())]));
        out.push('\n');
    }
    out.push_str(&tx.f("explain-in-force", &[("effective", lang.date(&draft.effective_date).into()), ("cutoff", lang.date(&draft.offence_cutoff).into())]));
    out.push('\n');
    if let Some(v) = &draft.vulnerable {
        out.push('\n');
        out.push_str(&tx.f("explain-vulnerable", &[("cite", v.cite_words.pick(lang, &v.cite).into()), ("when", code(&v.when_text).into())]));
        out.push('\n');
        if let Some(note) = &v.note {
            out.push_str(&format!("  {}\n", tx.f("explain-note", &[("note", note.into())])));
        }
    }
    match draft.execution_period_days {
        Some(days) => out.push_str(&tx.f("explain-period", &[("days", (days as f64).into())])),
        None => out.push_str(&tx.t("explain-no-period")),
    }
    out.push('\n');
    out.push_str(&tx.f("explain-combine", &[("rule", draft.combine.name().into())]));
    out.push('\n');
    if let Some(note) = &draft.combine_note {
        out.push_str(&format!("  {}\n", tx.f("explain-why", &[("note", note.into())])));
    }
    out
}

/// Whether an item is cited only for completeness (`when = "false"`): it changes no count.
fn cited_only(e: &Expr) -> bool {
    *e == Expr::Const(false)
}

/// One exclusion as `explain` lists it: its citation, its articles or condition, its note.
fn describe_exclusion(out: &mut String, ex: &crate::draft::Exclusion, tx: &Texts) {
    use crate::draft::CodeEdition;
    out.push_str(&format!("  {} [{}]\n", ex.cite_in(tx.lang()), code(&ex.id)));
    if !ex.articles.is_empty() {
        let other_code = if ex.code != CodeEdition::Code2014 { "yes" } else { "no" };
        let args = [("n", ex.articles.len().into()), ("code", ex.code.name().into()), ("other", other_code.into())];
        out.push_str(&format!("    {}\n    {}\n", tx.f("explain-articles", &args), code(&ex.when_text)));
    } else if cited_only(&ex.when) {
        out.push_str(&format!("    {}\n", tx.t("explain-cited-only")));
    } else {
        out.push_str(&format!("    {}\n", tx.f("explain-when", &[("when", code(&ex.when_text).into())])));
    }
    if let Some(note) = &ex.note {
        out.push_str(&format!("    {}\n", tx.f("explain-note", &[("note", note.into())])));
    }
}

/// The statuses a provision applies to, in words.
fn statuses_in(p: &crate::draft::Provision, tx: &Texts) -> String {
    p.statuses().iter().map(|s| tx.label("status", s.name())).collect::<Vec<_>>().join(", ")
}

/// One provision as `explain` lists it: its citation, statuses, condition, effect and note.
fn describe_provision(out: &mut String, draft: &Draft, p: &crate::draft::Provision, tx: &Texts) {
    out.push_str(&format!("  {} [{}]\n", p.cite_in(tx.lang()), code(&p.id)));
    if cited_only(&p.when) {
        out.push_str(&format!("    {}\n", tx.t("explain-cited-only")));
    } else {
        let effect = effect_words(draft, p, tx);
        out.push_str(&format!("    {}: {}\n    {}\n", statuses_in(p, tx), code(&p.when_text), tx.f("explain-effect", &[("effect", effect.into())])));
    }
    if let Some(note) = &p.note {
        out.push_str(&format!("    {}\n", tx.f("explain-note", &[("note", note.into())])));
    }
}

/// A provision's effect in words; a cut whose size the law leaves open shows the prior
/// the draft draws it from.
fn effect_words(draft: &Draft, p: &crate::draft::Provision, tx: &Texts) -> String {
    match (p.effect, p.fraction_prior) {
        (Effect::Cut { of, .. }, Some(slot)) => {
            let dist = draft.priors.scalar_dist(slot).map(|d| crate::output::words::dist(tx, &d)).unwrap_or_default();
            let base = if of == crate::draft::CutBase::Unserved { "unserved" } else { "imposed" };
            let text = tx.f("explain-cut-open", &[("base", base.into()), ("dist", dist.into())]);
            if p.requires_repayment { format!("{text}{}", tx.t("effect-if-repaid")) } else { text }
        }
        (e, _) => crate::output::words::effect(tx, &e, p.requires_repayment),
    }
}

/// The share of each status that a draft's exclusions match, item by item and in all,
/// on one population: with the law's exclusions deciding who is covered, the excluded
/// share follows from the population's article mix, recidivism and the rest, and this
/// is where `population --summary` shows it. An item cited only (`when = "false"`) is
/// left out; one exclusion can match persons another does too, so the items add up to
/// more than the total.
pub fn exclusion_shares(draft: &Draft, pop: &Population, tx: &Texts) -> String {
    use crate::draft::program::{Mask, Scratch, eval_mask};
    const ITEM: usize = 44;
    let statuses = Status::ALL;
    let count = |m: &Mask, s: Status| (0..pop.len()).filter(|&i| pop.status[i] == s && m.get(i)).count();
    let persons: Vec<usize> = statuses.iter().map(|s| pop.status.iter().filter(|x| *x == s).count()).collect();
    let share = |n: usize, k: usize| if persons[k] == 0 { "-".to_string() } else { format!("{}%", tx.number(100.0 * n as f64 / persons[k] as f64, 1)) };
    let heads: Vec<String> = statuses.iter().map(|s| tx.label("status", s.name())).collect();
    let widths: Vec<usize> = heads.iter().map(|h| h.chars().count().max(11)).collect();
    let line = |label: &str, cells: &[String]| {
        let mut l = format!("{label:<ITEM$}");
        for (c, w) in cells.iter().zip(&widths) {
            l.push_str(&format!(" {c:>w$}"));
        }
        l.push('\n');
        l
    };
    let mut out = format!("\n{}\n", tx.f("explain-shares-title", &[("draft", draft.name_in(tx.lang()).into())]));
    out.push_str(&line(&tx.t("explain-shares-item"), &heads));
    let (mut mask, mut scratch) = (Mask::default(), Scratch::default());
    for ex in draft.exclusions.iter().filter(|e| e.when != Expr::Const(false)) {
        eval_mask(&ex.when, pop, &mut mask, &mut scratch);
        let cells: Vec<String> = statuses.iter().enumerate().map(|(k, s)| share(count(&mask, *s), k)).collect();
        let label: String = format!("{} {}", code(&ex.id), ex.name_in(tx.lang()));
        let label: String = if label.chars().count() > ITEM { label.chars().take(ITEM - 1).chain(['…']).collect() } else { label };
        out.push_str(&line(&label, &cells));
    }
    eval_mask(&draft.excluded_when, pop, &mut mask, &mut scratch);
    let cells: Vec<String> = statuses.iter().enumerate().map(|(k, s)| share(count(&mask, *s), k)).collect();
    out.push_str(&line(&tx.t("explain-shares-any"), &cells));
    out
}

/// Why a provision whose condition matches gives this person nothing, if it does not.
fn no_effect(effect: Effect, p: &Person, tx: &Texts) -> Option<String> {
    let life = p.flags.has(Flags::LIFE);
    let left = p.remaining_days();
    match effect {
        Effect::Release | Effect::CloseCase => None,
        Effect::ReleaseIfRemainingAtMost(_) if life => Some(tx.t("explain-why-life-window")),
        Effect::ReleaseIfRemainingAtMost(max) if left > max => Some(tx.f("explain-why-too-long", &[("left", (left as f64).into()), ("max", (max as f64).into())])),
        Effect::Cut { .. } if life => Some(tx.t("explain-why-life-cut")),
        Effect::Cut { .. } if p.status == Status::Pretrial => Some(tx.t("explain-why-pretrial-cut")),
        Effect::Cut { fraction, of } => {
            let base = if of == crate::draft::CutBase::Unserved { left } else { p.sentence_days };
            ((base as f64 * fraction + 0.5).floor() as u32 == 0).then(|| tx.t("explain-why-zero"))
        }
        Effect::ReleaseIfRemainingAtMost(_) => None,
    }
}

/// The reason for `not_eligible`: no provision's condition matches, or every one that
/// matches has nothing to give this person (a cut of a life term); exclusions do not
/// decide it, and the explanation says so when some match too.
fn not_eligible_reason(draft: &Draft, p: &Person, excluded: bool, tx: &Texts) -> String {
    let matching: Vec<_> = draft.provisions.iter().filter(|x| x.applies_to_status(p.status) && eval_person(&x.when, p)).collect();
    let mut out = String::from("  ");
    if matching.is_empty() {
        out.push_str(&tx.t("explain-why-none-matches"));
        out.push('\n');
    } else {
        out.push_str(&tx.t("explain-why-nothing-to-give"));
        out.push('\n');
        for x in matching {
            let why = no_effect(x.effect, p, tx).unwrap_or_else(|| tx.t("explain-why-not-applicable"));
            out.push_str(&format!("    {} ({}): {why}\n", code(&x.id), crate::output::words::effect(tx, &x.effect, false)));
        }
    }
    if excluded {
        out.push_str(&format!("  {}\n", tx.t("explain-excluded-anyway")));
    }
    out
}

/// The full explanation of how `draft` treats person `i` of `pop`, on paper, in the
/// language of `tx`.
pub fn explain(draft: &Draft, pop: &Population, i: usize, tx: &Texts) -> String {
    let lang = tx.lang();
    let p = pop.person(i);
    let mut out = describe_person(&p, tx);
    out.push_str(&format!("\n{}\n", tx.f("explain-exclusions-of", &[("draft", draft.name_in(lang).into())])));
    let mut excluded = false;
    for ex in &draft.exclusions {
        let hit = eval_person(&ex.when, &p);
        excluded |= hit;
        // The short name: the full citation is in `explain DRAFT`.
        let cite = ex.name_in(lang).to_string();
        out.push_str(&format!("  {}\n", tx.f(if hit { "explain-excluded-by" } else { "explain-not-matched" }, &[("cite", cite.into())])));
        if hit {
            explain_expr(&ex.when, &p, &ex.when_text, 2, tx, &mut out);
        }
    }
    out.push_str(&format!("\n{}\n", tx.t("explain-provisions-of")));
    let marks = {
        let (yes, no) = (tx.t("explain-matches"), tx.t("explain-no"));
        let width = yes.chars().count().max(no.chars().count());
        (format!("[{yes:<width$}]"), format!("[{no:<width$}]"))
    };
    for prov in &draft.provisions {
        let status_ok = prov.applies_to_status(p.status);
        let hit = status_ok && eval_person(&prov.when, &p);
        let mut effect = crate::output::words::effect(tx, &prov.effect, prov.requires_repayment);
        if let Effect::ReleaseIfRemainingAtMost(max) = prov.effect
            && hit
            && p.remaining_days() > max
        {
            effect.push_str(&tx.t("explain-but-more-remains"));
        }
        out.push_str(&format!("  {} {} - {}: {effect}\n", if hit { &marks.0 } else { &marks.1 }, code(&prov.id), prov.name_in(lang)));
        if !status_ok {
            out.push_str(&format!("        {}\n", tx.f("explain-other-status", &[("statuses", statuses_in(prov, tx).into()), ("status", p.status.name().into())])));
        } else {
            explain_expr(&prov.when, &p, &prov.when_text, 2, tx, &mut out);
        }
    }
    let r = on_paper(draft, pop)[i];
    let which = r.provision.map(|k| draft.provisions[k as usize].id.clone()).unwrap_or_default();
    let args = [
        ("outcome", tx.label("outcome", r.outcome.name()).into()),
        ("provision", if which.is_empty() { "none".to_string().into() } else { code(&which).into() }),
        ("days", (r.days_cut as f64).into()),
    ];
    out.push_str(&format!("\n{}\n", tx.f("explain-on-paper", &args)));
    if excluded && r.provision.is_some() {
        out.push_str(&format!("  {}\n", tx.t("explain-exclusion-overrides")));
    }
    if r.outcome == crate::engine::Outcome::NotEligible {
        out.push_str(&not_eligible_reason(draft, &p, excluded, tx));
    }
    let owes = p.damage_kzt > 0 && !p.flags.has(Flags::REPAID);
    if owes && !excluded && draft.provisions.iter().any(|x| x.requires_repayment && x.applies_to_status(p.status) && eval_person(&x.when, &p)) {
        out.push_str(&format!("  {}\n", tx.t("explain-repayment")));
    }
    if r.outcome.eligible() {
        out.push_str(&format!("  {}\n", tx.t("explain-court-grant")));
    }
    out
}
