//! `explain`: for one person, which exclusions and provisions matched and why, with the
//! person's value beside every test, so a drafter can see exactly what decided.

use crate::draft::expr::{Expr, Test};
use crate::draft::program::{eval_person, test_person, value_of};
use crate::draft::{Draft, Effect};
use crate::engine::on_paper;
use crate::population::{Flags, Person, Population};
use crate::scenario::vocab::{ArticleCode, Gravity, OffenceGroup, ProbationKind, Recidivism, Sex, Status, TagSet};

/// The person's value of the field a test reads, as the language would write it.
fn shown_value(t: &Test, p: &Person) -> String {
    use crate::draft::expr::Field;
    let f = match t {
        Test::Flag(f) | Test::Cmp(f, ..) | Test::InMask(f, _) | Test::InList(f, _) => *f,
        Test::TagAny(_) => Field::Tag,
        Test::Articles(_) => return format!("{} part {}", p.article, p.part),
    };
    let v = value_of(p, f);
    let text = match f {
        Field::Status => Status::from_index(v as usize).to_string(),
        Field::Sex => Sex::from_index(v as usize).to_string(),
        Field::Gravity => Gravity::from_index(v as usize).to_string(),
        Field::Group => OffenceGroup::from_index(v as usize).to_string(),
        Field::Recidivism => Recidivism::from_index(v as usize).to_string(),
        Field::ProbationKind => ProbationKind::from_index(v as usize).to_string(),
        Field::Article => ArticleCode(v as u32).to_string(),
        Field::Tag => {
            let list = TagSet(v as u32).to_list();
            if list.is_empty() { "(none)".into() } else { list }
        }
        Field::Sentence | Field::Served | Field::Remaining => {
            if v == u32::MAX as u64 {
                "life".into()
            } else {
                format!("{v} days")
            }
        }
        Field::Damage => format!("{v} tenge"),
        _ if f.ty() == crate::draft::expr::Type::Bool => (v == 1).to_string(),
        _ => v.to_string(),
    };
    format!("{} = {text}", f.name())
}

fn explain_expr(e: &Expr, p: &Person, source: &str, depth: usize, out: &mut String) {
    let pad = "    ".repeat(depth);
    let mark = |b: bool| if b { "yes" } else { "no " };
    match e {
        Expr::Const(b) => out.push_str(&format!("{pad}[{}] {b}\n", mark(*b))),
        Expr::Test(t, span) => {
            let text = match t {
                Test::Articles(_) => "article and part on the list",
                _ => source.get(span.clone()).unwrap_or("?"),
            };
            out.push_str(&format!("{pad}[{}] {text}    ({})\n", mark(test_person(t, p)), shown_value(t, p)));
        }
        Expr::Not(inner) => {
            out.push_str(&format!("{pad}[{}] not:\n", mark(eval_person(e, p))));
            explain_expr(inner, p, source, depth + 1, out);
        }
        Expr::And(..) | Expr::Or(..) => {
            let word = if matches!(e, Expr::And(..)) { "all of" } else { "any of" };
            out.push_str(&format!("{pad}[{}] {word}:\n", mark(eval_person(e, p))));
            for part in flatten(e) {
                explain_expr(part, p, source, depth + 1, out);
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

/// Describes one person for reading.
pub fn describe_person(p: &Person) -> String {
    let term = if p.flags.has(Flags::LIFE) {
        "life imprisonment".to_string()
    } else if p.status == Status::Pretrial {
        format!("no sentence yet; {} days detained", p.served_days)
    } else if p.status == Status::Probationer {
        format!("probation_kind {}: term {} days, served {}, remaining {}", p.probation_kind, p.sentence_days, p.served_days, p.remaining_days())
    } else {
        format!("term {} days, served {}, remaining {}", p.sentence_days, p.served_days, p.remaining_days())
    };
    let vuln: Vec<&str> = crate::scenario::vocab::VULNERABILITY.iter().enumerate().filter(|(b, _)| p.vulnerability.has(*b as u32)).map(|(_, n)| *n).collect();
    format!(
        "person {}: {} {}, age {} (at offence {}), article {} part {} ({}, {}), tags: {}\n  {term}\n  damage {} tenge, repaid {}, civil claim {}, recidivism {}, bad conduct {}, foreign {}\n  crime while serving a sentence {}, persistent violator {}\n  socially vulnerable groups recorded: {}\n",
        p.id,
        p.status,
        p.sex,
        p.age,
        p.age_at_offence,
        p.article,
        p.part,
        p.gravity,
        p.group,
        if p.tags.0 == 0 { "(none)".into() } else { p.tags.to_list() },
        p.damage_kzt,
        p.flags.has(Flags::REPAID),
        p.flags.has(Flags::CIVIL_CLAIM),
        p.recidivism,
        p.flags.has(Flags::BAD_CONDUCT),
        p.flags.has(Flags::FOREIGN),
        p.flags.has(Flags::CRIME_WHILE_SERVING),
        p.flags.has(Flags::PERSISTENT_VIOLATOR),
        if vuln.is_empty() { "no".into() } else { vuln.join(", ") },
    )
}

/// Every item of a draft, clause by clause, as `explain DRAFT` prints it: the draft's
/// own terms, then each exclusion and provision with its citation in `lang` (English
/// where the draft gives none), its condition, effect and note. An item cited for
/// completeness (`when = "false"`) is listed and marked as changing no count.
pub fn describe_draft(draft: &Draft, lang: crate::i18n::Lang) -> String {
    let mut out = draft_terms(draft, lang);
    out.push_str(&format!(
        "
exclusions ({}), overriding every provision:
",
        draft.exclusions.len()
    ));
    for ex in &draft.exclusions {
        describe_exclusion(&mut out, ex, lang);
    }
    out.push_str(&format!(
        "
provisions ({}):
",
        draft.provisions.len()
    ));
    for p in &draft.provisions {
        describe_provision(&mut out, draft, p, lang);
    }
    out
}

/// The draft's own terms, ahead of its items: title, law, dates, the definition of
/// vulnerable, how time left is counted and how items combine.
fn draft_terms(draft: &Draft, lang: crate::i18n::Lang) -> String {
    let mut out = format!(
        "{}
{}
",
        draft.title_in(lang),
        draft.law_in(lang)
    );
    if let Some(url) = &draft.url {
        out.push_str(&format!(
            "official text: {url}
"
        ));
    }
    out.push_str(&format!(
        "in force: {}; offences committed before {}
",
        draft.effective_date, draft.offence_cutoff
    ));
    if let Some(v) = &draft.vulnerable {
        out.push_str(&format!(
            "
socially vulnerable ({}): {}
",
            v.cite_words.pick(lang, &v.cite),
            v.when_text
        ));
        if let Some(note) = &v.note {
            out.push_str(&format!(
                "  note: {note}
"
            ));
        }
    }
    match draft.execution_period_days {
        Some(days) => out.push_str(&format!(
            "time left counted over the execution period: {days} days (`remaining_in_period`)
"
        )),
        None => out.push_str(
            "time left counted on the day the law took effect
",
        ),
    }
    out.push_str(&format!(
        "items that fit one person combine: {}
",
        draft.combine.name()
    ));
    if let Some(note) = &draft.combine_note {
        out.push_str(&format!(
            "  why: {note}
"
        ));
    }
    out
}

/// Whether an item is cited only for completeness (`when = "false"`): it changes no count.
fn cited_only(e: &Expr) -> bool {
    *e == Expr::Const(false)
}

/// One exclusion as `explain` lists it: its citation, its articles or condition, its note.
fn describe_exclusion(out: &mut String, ex: &crate::draft::Exclusion, lang: crate::i18n::Lang) {
    use crate::draft::CodeEdition;
    out.push_str(&format!(
        "  {} [{}]
",
        ex.cite_in(lang),
        ex.id
    ));
    if !ex.articles.is_empty() {
        out.push_str(&format!("    {} articles and parts of the {} Criminal Code", ex.articles.len(), ex.code.name()));
        if ex.code != CodeEdition::Code2014 {
            out.push_str(" (the population's articles are the 2014 Code's: no one in it is excluded by these)");
        }
        out.push_str(&format!(
            ":
    {}
",
            ex.when_text
        ));
    } else if cited_only(&ex.when) {
        out.push_str(
            "    cited only: changes no count
",
        );
    } else {
        out.push_str(&format!(
            "    when: {}
",
            ex.when_text
        ));
    }
    if let Some(note) = &ex.note {
        out.push_str(&format!(
            "    note: {note}
"
        ));
    }
}

/// One provision as `explain` lists it: its citation, statuses, condition, effect and note.
fn describe_provision(out: &mut String, draft: &Draft, p: &crate::draft::Provision, lang: crate::i18n::Lang) {
    out.push_str(&format!(
        "  {} [{}]
",
        p.cite_in(lang),
        p.id
    ));
    if cited_only(&p.when) {
        out.push_str(
            "    cited only: changes no count
",
        );
    } else {
        let statuses: Vec<&str> = p.statuses().iter().map(|s| s.name()).collect();
        let effect = effect_words(draft, p);
        out.push_str(&format!(
            "    {}: {}
    effect: {effect}{}
",
            statuses.join(", "),
            p.when_text,
            if p.requires_repayment { ", if the damage is repaid (in time)" } else { "" }
        ));
    }
    if let Some(note) = &p.note {
        out.push_str(&format!(
            "    note: {note}
"
        ));
    }
}

/// A provision's effect in words; a cut whose size the law leaves open shows the prior
/// the draft draws it from.
fn effect_words(draft: &Draft, p: &crate::draft::Provision) -> String {
    match (p.effect, p.fraction_prior) {
        (Effect::Cut { of, .. }, Some(slot)) => {
            let dist = draft.priors.scalar_dist(slot).map(|d| d.describe()).unwrap_or_default();
            format!("cut of the {} term by a fraction the law leaves open: {dist}", if of == crate::draft::CutBase::Unserved { "unserved" } else { "imposed" })
        }
        (e, _) => e.describe(),
    }
}

/// The share of each status that a draft's exclusions match, item by item and in all,
/// on one population: with the law's exclusions deciding who is covered, the excluded
/// share follows from the population's article mix, recidivism and the rest, and this
/// is where `population --summary` shows it. An item cited only (`when = "false"`) is
/// left out; one exclusion can match persons another does too, so the items add up to
/// more than the total.
pub fn exclusion_shares(draft: &Draft, pop: &Population) -> String {
    use crate::draft::program::{Mask, Scratch, eval_mask};
    let statuses = Status::ALL;
    let count = |m: &Mask, s: Status| (0..pop.len()).filter(|&i| pop.status[i] == s && m.get(i)).count();
    let persons: Vec<usize> = statuses.iter().map(|s| pop.status.iter().filter(|x| *x == s).count()).collect();
    let share = |n: usize, k: usize| if persons[k] == 0 { "-".to_string() } else { format!("{:.1}%", 100.0 * n as f64 / persons[k] as f64) };
    let mut out = format!("\nexcluded by {} (Art. 4 items matched, share of each status's persons)\n", draft.id);
    out.push_str(&format!("{:<44} {:>11} {:>11} {:>11}\n", "item", "prisoner", "pretrial", "probationer"));
    let (mut mask, mut scratch) = (Mask::default(), Scratch::default());
    for ex in draft.exclusions.iter().filter(|e| e.when != Expr::Const(false)) {
        eval_mask(&ex.when, pop, &mut mask, &mut scratch);
        let cells: Vec<String> = statuses.iter().enumerate().map(|(k, s)| share(count(&mask, *s), k)).collect();
        let label: String = format!("{} [{}]", ex.cite, ex.id).chars().take(44).collect();
        out.push_str(&format!("{label:<44} {:>11} {:>11} {:>11}\n", cells[0], cells[1], cells[2]));
    }
    eval_mask(&draft.excluded_when, pop, &mut mask, &mut scratch);
    let cells: Vec<String> = statuses.iter().enumerate().map(|(k, s)| share(count(&mask, *s), k)).collect();
    out.push_str(&format!("{:<44} {:>11} {:>11} {:>11}\n", "any exclusion", cells[0], cells[1], cells[2]));
    out
}

/// Why a provision whose condition matches gives this person nothing, if it does not.
fn no_effect(effect: Effect, p: &Person) -> Option<String> {
    let life = p.flags.has(Flags::LIFE);
    let left = p.remaining_days();
    match effect {
        Effect::Release | Effect::CloseCase => None,
        Effect::ReleaseIfRemainingAtMost(_) if life => Some("a life sentence has no end date, so no time \"remains\" to count".into()),
        Effect::ReleaseIfRemainingAtMost(max) if left > max => Some(format!("{left} days remain, more than the {max} the provision allows")),
        Effect::Cut { .. } if life => Some("a life sentence has no term that a fraction could be cut from".into()),
        Effect::Cut { .. } if p.status == Status::Pretrial => Some("a pre-trial detainee has no sentence to cut".into()),
        Effect::Cut { fraction, of } => {
            let base = if of == crate::draft::CutBase::Unserved { left } else { p.sentence_days };
            ((base as f64 * fraction + 0.5).floor() as u32 == 0).then(|| "the cut rounds to zero days".into())
        }
        Effect::ReleaseIfRemainingAtMost(_) => None,
    }
}

/// The reason for `not_eligible`: no provision's condition matches, or every one that
/// matches has nothing to give this person (a cut of a life term); exclusions do not
/// decide it, and the explanation says so when some match too.
fn not_eligible_reason(draft: &Draft, p: &Person, excluded: bool) -> String {
    let matching: Vec<_> = draft.provisions.iter().filter(|x| x.applies_to_status(p.status) && eval_person(&x.when, p)).collect();
    let mut out = String::from("  why not eligible: ");
    if matching.is_empty() {
        out.push_str("no provision's condition matches this person.\n");
    } else {
        out.push_str("every provision whose condition matches gives this person nothing:\n");
        for x in matching {
            let why = no_effect(x.effect, p).unwrap_or_else(|| "its effect does not apply".into());
            out.push_str(&format!("    {} ({}): {why}\n", x.id, x.effect.describe()));
        }
    }
    if excluded {
        out.push_str("  the matching exclusions above would keep this person out anyway; they decide only for persons a provision could help.\n");
    }
    out
}

/// The full explanation of how `draft` treats person `i` of `pop`, on paper.
pub fn explain(draft: &Draft, pop: &Population, i: usize) -> String {
    let p = pop.person(i);
    let mut out = describe_person(&p);
    out.push_str(&format!("\nexclusions of {}:\n", draft.id));
    let mut excluded = false;
    for ex in &draft.exclusions {
        let hit = eval_person(&ex.when, &p);
        excluded |= hit;
        out.push_str(&format!("  {} {}\n", if hit { "EXCLUDED by" } else { "not matched:" }, ex.cite));
        if hit {
            explain_expr(&ex.when, &p, &ex.when_text, 2, &mut out);
        }
    }
    out.push_str("\nprovisions:\n");
    for prov in &draft.provisions {
        let status_ok = prov.applies_to_status(p.status);
        let hit = status_ok && eval_person(&prov.when, &p);
        let effect = match prov.effect {
            Effect::ReleaseIfRemainingAtMost(max) if hit && p.remaining_days() > max => " (but more than that remains)".to_string(),
            _ => String::new(),
        };
        out.push_str(&format!(
            "  [{}] {} - {}: {}{}{}\n",
            if hit { "matches" } else { "no     " },
            prov.id,
            prov.cite,
            prov.effect.describe(),
            effect,
            if prov.requires_repayment { ", if damage repaid" } else { "" }
        ));
        if !status_ok {
            out.push_str(&format!("        applies to {}, not to a {}\n", prov.statuses().iter().map(|s| s.name()).collect::<Vec<_>>().join(", "), p.status));
        } else {
            explain_expr(&prov.when, &p, &prov.when_text, 2, &mut out);
        }
    }
    let r = on_paper(draft, pop)[i];
    let which = r.provision.map(|k| draft.provisions[k as usize].id.clone()).unwrap_or_default();
    out.push_str(&format!(
        "\non paper (every court grants; damage repaid only as recorded): {}{}{}\n",
        r.outcome.name(),
        if which.is_empty() { String::new() } else { format!(" under `{which}`") },
        if r.days_cut > 0 { format!(", {} days of the term removed", r.days_cut) } else { String::new() }
    ));
    if excluded && r.provision.is_some() {
        out.push_str("  (the exclusion overrides the provision above)\n");
    }
    if r.outcome == crate::engine::Outcome::NotEligible {
        out.push_str(&not_eligible_reason(draft, &p, excluded));
    }
    let owes = p.damage_kzt > 0 && !p.flags.has(Flags::REPAID);
    if owes && !excluded && draft.provisions.iter().any(|x| x.requires_repayment && x.applies_to_status(p.status) && eval_person(&x.when, &p)) {
        out.push_str("  provisions requiring repayment apply only if the damage is repaid in time (the draft's repayment_in_time probability)\n");
    }
    if r.outcome.eligible() {
        out.push_str("  in the Monte Carlo each court grants with the provision's court_grant probability.\n");
    }
    out
}
