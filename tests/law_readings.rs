//! The shipped 2025 and 2021 laws read as their texts write them, person by person:
//! the cuts of Art. 3 reach everyone who is not excluded and not released, every cut is
//! of the unserved part, exclusions decide first (a life prisoner is excluded), and
//! "at most one year left" counts over the 2025 law's six-month execution period but on
//! the day the 2021 law took effect.

use amnesty_sim::draft::{Combine, resolve};
use amnesty_sim::engine::{Outcome, PersonResult, on_paper};
use amnesty_sim::population::{Flags, Person, Population};
use amnesty_sim::scenario::vocab::{ArticleCode, Gravity, PartCode, Recidivism, Sex, Status};

/// A male prisoner of 35, not vulnerable, first offence, no damage: each test changes
/// what it is about.
fn prisoner(article: &str, part: &str, gravity: Gravity, f: impl FnOnce(&mut Person)) -> Person {
    let mut p = Person {
        id: 1,
        status: Status::Prisoner,
        sex: Sex::Male,
        age: 35,
        age_at_offence: 30,
        article: ArticleCode::parse(article).unwrap(),
        part: PartCode::parse(part).unwrap(),
        gravity,
        recidivism: Recidivism::None,
        sentence_days: 3000,
        served_days: 1000,
        ..Person::default()
    };
    f(&mut p);
    p
}

/// The result on paper (every court grants; no one repays in time) under a shipped draft.
fn on_paper_one(draft: &str, p: &Person) -> PersonResult {
    let draft = resolve(draft).unwrap();
    let mut pop = Population::default();
    pop.push(p);
    on_paper(&draft, &pop)[0]
}

/// Damage caused and not repaid, with a civil claim pending.
fn owes(p: &mut Person) {
    p.damage_kzt = 2_000_000;
    p.flags.set(Flags::CIVIL_CLAIM, true);
}

#[test]
fn a_non_vulnerable_grave_convict_who_has_not_repaid_is_cut_by_a_fifth_of_the_unserved_part() {
    // Theft, part 3 (grave): not on Art. 4's lists.
    let p = prisoner("188", "3", Gravity::Grave, owes);
    let r = on_paper_one("kz-2025-enacted", &p);
    assert_eq!(r.outcome, Outcome::Cut, "{r:?}");
    // 2,000 days left on the effective date; one fifth of them (Art. 3(4)1), not of the
    // 3,000 imposed.
    assert_eq!(r.days_cut, 400, "{r:?}");
    let draft = resolve("kz-2025-enacted").unwrap();
    assert_eq!(draft.provisions[r.provision.unwrap() as usize].id, "art3-4-1");
    // Repaid in full: Art. 3(3)1, one third of the unserved part.
    let repaid = prisoner("188", "3", Gravity::Grave, |p| {
        p.damage_kzt = 2_000_000;
        p.flags.set(Flags::REPAID, true)
    });
    assert_eq!(on_paper_one("kz-2025-enacted", &repaid).days_cut, 667);
}

#[test]
fn a_life_prisoner_is_excluded() {
    let p = prisoner("99", "2", Gravity::EspeciallyGrave, |p| {
        p.flags.set(Flags::LIFE, true);
        p.sentence_days = 0;
        p.served_days = 4000
    });
    for draft in ["kz-2025-enacted", "kz-2021"] {
        assert_eq!(on_paper_one(draft, &p).outcome, Outcome::Excluded, "{draft}");
    }
    // Excluded by the life item alone: the same on an article no list names.
    let life_only = prisoner("188", "4", Gravity::Grave, |p| {
        p.flags.set(Flags::LIFE, true);
        p.sentence_days = 0
    });
    assert_eq!(on_paper_one("kz-2025-enacted", &life_only).outcome, Outcome::Excluded);
}

#[test]
fn fifteen_months_left_is_at_most_a_year_under_the_2025_law_and_not_under_the_2021_law() {
    // Medium gravity, owes damage with a claim pending (so not released by 2(1)2), not
    // vulnerable, no negative conduct rating, 15 months (456 days) left.
    let p = prisoner("188", "2", Gravity::Medium, |p| {
        owes(p);
        p.sentence_days = 1456;
        p.served_days = 1000
    });
    let r2025 = on_paper_one("kz-2025-enacted", &p);
    assert_eq!(r2025.outcome, Outcome::Released, "Art. 2(2) of 2025 counts over the six-month execution period: {r2025:?}");
    let r2021 = on_paper_one("kz-2021", &p);
    assert_ne!(r2021.outcome, Outcome::Released, "Art. 2(2) of 2021 counts on the day the law took effect: {r2021:?}");
    assert_eq!(r2021.outcome, Outcome::Cut, "Art. 3(1) halves the unserved part instead: {r2021:?}");
    assert_eq!(r2021.days_cut, 228);
    // Past 18 months left, the 2025 law does not release either.
    let longer = prisoner("188", "2", Gravity::Medium, |p| {
        owes(p);
        p.sentence_days = 1000 + 600;
        p.served_days = 1000
    });
    assert_eq!(on_paper_one("kz-2025-enacted", &longer).outcome, Outcome::Cut);
}

#[test]
fn the_law_excludes_by_its_lists_and_its_items() {
    // Murder (99), drug sale (297 part 2), hooliganism part 3, robbery part 2: Art. 4(15).
    for (article, part, gravity) in [("99", "1", Gravity::EspeciallyGrave), ("297", "2", Gravity::Grave), ("293", "3", Gravity::Grave), ("191", "2", Gravity::Grave)] {
        let r = on_paper_one("kz-2025-enacted", &prisoner(article, part, gravity, |_| {}));
        assert_eq!(r.outcome, Outcome::Excluded, "{article}-{part}");
    }
    // Drug possession without intent to sell (296) is not excluded.
    assert_eq!(on_paper_one("kz-2025-enacted", &prisoner("296", "4", Gravity::Grave, |_| {})).outcome, Outcome::Cut);
    // Repeat offending (Art. 4(6)) and a crime while serving (Art. 4(12)).
    assert_eq!(on_paper_one("kz-2025-enacted", &prisoner("188", "3", Gravity::Grave, |p| p.recidivism = Recidivism::Repeat)).outcome, Outcome::Excluded);
    assert_eq!(on_paper_one("kz-2025-enacted", &prisoner("188", "3", Gravity::Grave, |p| p.flags.set(Flags::CRIME_WHILE_SERVING, true))).outcome, Outcome::Excluded);
    // A persistent violator of the custody regime: excluded by the 2021 law only.
    let violator = prisoner("188", "3", Gravity::Grave, |p| {
        p.flags.set(Flags::PERSISTENT_VIOLATOR, true);
        p.flags.set(Flags::BAD_CONDUCT, true)
    });
    assert_eq!(on_paper_one("kz-2021", &violator).outcome, Outcome::Excluded);
    assert_eq!(on_paper_one("kz-2025-enacted", &violator).outcome, Outcome::Cut);
}

#[test]
fn the_cuts_are_of_the_unserved_part_and_a_fraction_of_it_releases_no_one() {
    let draft = resolve("kz-2025-enacted").unwrap();
    for p in &draft.provisions {
        if let amnesty_sim::draft::Effect::Cut { of, .. } = p.effect {
            assert_eq!(of, amnesty_sim::draft::CutBase::Unserved, "{} (Art. 5(2): the unserved part)", p.id);
        }
    }
    assert_eq!(draft.combine, Combine::MostFavourable);
    assert!(draft.combine_note.is_some(), "the draft says why");
}

/// A person whom two cuts fit: the draft's combination rule decides, and the test shows
/// each. Grave, not vulnerable, owes damage (so Art. 3(4)1, one fifth), no negative
/// conduct rating and 400 days left (so Art. 3(6), whose open fraction is read on paper
/// at its prior's mean).
#[test]
fn the_combination_rule_is_the_drafts_and_each_reading_gives_what_it_says() {
    use amnesty_sim::draft::{Draft, SHIPPED};
    let p = prisoner("188", "3", Gravity::Grave, |p| {
        owes(p);
        p.sentence_days = 1400;
        p.served_days = 1000
    });
    let text = SHIPPED.iter().find(|(id, _)| *id == "kz-2025-enacted").unwrap().1;
    let most_favourable = Draft::parse("kz-2025-enacted", text).unwrap();
    let fraction = match most_favourable.provisions.iter().find(|x| x.id == "art3-6").unwrap().effect {
        amnesty_sim::draft::Effect::Cut { fraction, .. } => fraction,
        _ => panic!("Art. 3(6) cuts"),
    };
    let open = (400.0 * fraction + 0.5).floor() as u32;
    let mut pop = Population::default();
    pop.push(&p);
    let r = on_paper(&most_favourable, &pop)[0];
    assert_eq!((r.outcome, r.days_cut), (Outcome::Cut, open.max(80)), "the larger of one fifth (80 days) and Art. 3(6)'s cut");
    let at = text.find("rule = \"most_favourable\"").expect("the enacted draft states its rule");
    let cumulative = Draft::parse("cumulative", &format!("{}rule = \"cumulative\"{}", &text[..at], &text[at + "rule = \"most_favourable\"".len()..])).unwrap();
    assert_eq!(cumulative.combine, Combine::Cumulative);
    let r = on_paper(&cumulative, &pop)[0];
    let sum = 80 + open;
    let expected = if sum >= 400 { (Outcome::ReleasedByCut, 400) } else { (Outcome::Cut, sum) };
    assert_eq!((r.outcome, r.days_cut), expected, "the two cuts add up, capped at what is left");
    // The special item over the general one: the draft's order decides, and Art. 3(4)1
    // is listed before Art. 3(6).
    let first = Draft::parse("first", &format!("{}rule = \"first_listed\"{}", &text[..at], &text[at + "rule = \"most_favourable\"".len()..])).unwrap();
    assert_eq!(first.combine, Combine::FirstListed);
    let r = on_paper(&first, &pop)[0];
    assert_eq!((r.outcome, r.days_cut), (Outcome::Cut, 80), "the first item that applies: one fifth");
    assert_eq!(first.provisions[r.provision.unwrap() as usize].id, "art3-4-1");
}
