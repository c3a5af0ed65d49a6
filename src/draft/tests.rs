//! Draft loading: golden error messages, and the compiled evaluator against the plain
//! reference evaluator on random expressions.

use super::*;
use crate::draft::program::{Mask, Scratch, eval_mask, reference};
use crate::population::Population;
use crate::population::generate::replicate_population;
use crate::scenario::spec::PopulationSpec;
use proptest::prelude::*;

const HEADER: &str = r#"[draft]
id = "t"
title = "Test"
effective_date = "2025-06-23"
offence_cutoff = "2025-06-23"
court_grant = { value = 0.9, assumption = "test" }
[draft.source]
law = "test"
"#;

fn with(body: &str) -> String {
    format!("{HEADER}{body}")
}

fn error(body: &str) -> String {
    Draft::parse("d.toml", &with(body)).unwrap_err().to_string()
}

const OK_PROVISION: &str = "[[provision]]\nid = \"p\"\ncite = \"Art. 1\"\napplies_to = [\"prisoner\"]\nwhen = \"gravity <= minor\"\neffect = \"release\"\n";

#[test]
fn a_minimal_draft_compiles() {
    let d = Draft::parse("d.toml", &with(OK_PROVISION)).unwrap();
    assert_eq!(d.provisions.len(), 1);
    assert_eq!(d.provisions[0].effect, Effect::Release);
}

#[test]
fn too_many_provisions_is_an_error_not_a_panic() {
    let body: String = (0..=MAX_PROVISIONS).map(|k| OK_PROVISION.replace("id = \"p\"", &format!("id = \"p{k}\""))).collect();
    let e = error(&body);
    assert!(e.contains(&format!("at most {MAX_PROVISIONS} are supported")), "{e}");
    assert!(e.contains("d.toml:"), "{e}");
}

#[test]
fn golden_unknown_field_in_when() {
    let e = error(&OK_PROVISION.replace("gravity <= minor", "gravty <= minor"));
    assert_eq!(
        e,
        "d.toml:13:9: unknown field `gravty`; did you mean `gravity`?\n   |\n13 | when = \"gravty <= minor\"\n   |         ^^^^^^\n   = help: fields: status, sex, age, age_at_offence, gravity, article, part, offence_group, tag, sentence, served, remaining, damage, repaid, civil_claim, recidivism, vulnerable, bad_conduct, foreign, life, crime_while_serving, persistent_violator, probation_kind, remaining_in_period, veteran, juvenile_at_offence, elderly, pregnant, mother, single_father, disability"
    );
}

#[test]
fn golden_bad_value_points_inside_the_string() {
    let e = error(&OK_PROVISION.replace("gravity <= minor", "gravity <= minr"));
    assert!(e.starts_with("d.toml:13:20: `minr` is not a value of `gravity`; did you mean `minor`?"), "{e}");
    assert!(e.contains("   |                    ^^^^\n"), "{e}");
    assert!(e.contains("help: expected one of `misdemeanour`, `minor`, `medium`, `grave`, `especially_grave`"), "{e}");
}

#[test]
fn golden_fraction_out_of_range() {
    let e = error(&OK_PROVISION.replace("effect = \"release\"", "effect = { cut = { fraction = 1.5, of = \"unserved\" } }"));
    assert!(e.starts_with("d.toml:14:10: cut fraction 1.5 is outside (0, 1]"), "{e}");
}

#[test]
fn golden_unknown_key() {
    let e = error(&OK_PROVISION.replace("cite =", "cyte ="));
    assert!(e.starts_with("d.toml:"), "{e}");
    assert!(e.contains("unknown field `cyte`"), "{e}");
}

#[test]
fn other_mistakes_are_reported() {
    assert!(error("").contains("the draft has no provisions"));
    let twice = format!("{OK_PROVISION}{OK_PROVISION}");
    assert!(error(&twice).contains("d.toml:16:6: provision id `p` is used twice"), "{}", error(&twice));
    assert!(error(&OK_PROVISION.replace("[\"prisoner\"]", "[\"prisonr\"]")).contains("unknown status `prisonr`; did you mean `prisoner`?"));
    assert!(error(&OK_PROVISION.replace("effect = \"release\"", "effect = \"close_case\"")).contains("effect \"close the case\" cannot apply to prisoner"));
    assert!(error(&OK_PROVISION.replace("[\"prisoner\"]", "[\"pretrial\"]")).contains("cannot apply to pretrial"));
    assert!(error(&OK_PROVISION.replace("effect = \"release\"", "effect = \"releese\"")).contains("unknown effect `releese`; did you mean `release`?"));
    assert!(error(&format!("{OK_PROVISION}requires = \"repayment\"\n")).contains("no `repayment_in_time`"));
    assert!(error(&OK_PROVISION.replace("effect = \"release\"", "effect = { release_if_remaining_at_most = \"1 year\" }")).contains("not a duration"));
    assert!(error(&OK_PROVISION.replace("cite = \"Art. 1\"", "cite = \"\"")).contains("has no `cite`"));
    let bad_date = with(OK_PROVISION).replace("effective_date = \"2025-06-23\"", "effective_date = \"23.06.2025\"");
    assert!(Draft::parse("d.toml", &bad_date).unwrap_err().to_string().contains("is not a date"));
    let e = error(&OK_PROVISION.replace("gravity <= minor", "gravity <= minor and age > 1y"));
    assert!(e.contains("`age` is a plain number, not a duration"), "{e}");
}

#[test]
fn every_shipped_draft_compiles_and_cites_every_provision() {
    for (id, text) in SHIPPED {
        let d = Draft::parse(id, text).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(&d.id, id);
        assert!(d.provisions.iter().all(|p| !p.cite.is_empty()));
    }
}

#[test]
fn impossible_dates_are_refused() {
    for (date, ok) in [
        ("2025-06-23", true),
        ("2024-02-29", true),
        ("2025-02-29", false),
        ("2025-02-31", false),
        ("2025-13-01", false),
        ("2025-6-23", false),
        ("23.06.2025", false),
        ("２０２５-06-23", false),
    ] {
        assert_eq!(is_date(date), ok, "{date}");
    }
}

#[test]
fn durations_parse() {
    use super::duration::parse;
    assert_eq!(parse("1y"), Ok(365));
    assert_eq!(parse("6m"), Ok(180));
    assert_eq!(parse("2w"), Ok(14));
    assert!(parse("x").is_err());
}

fn sample_population() -> Population {
    let spec = PopulationSpec::embedded_default().unwrap();
    let full = replicate_population(&spec, &spec.parameter_draw(3, 0, false), 3, 0);
    // Every 20th person keeps all statuses and many offences while staying quick.
    let mut pop = Population::default();
    for i in (0..full.len()).step_by(20) {
        pop.push(&full.person(i));
    }
    pop
}

fn leaf() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec!["misdemeanour", "minor", "medium", "grave", "especially_grave"])
            .prop_flat_map(|g| prop::sample::select(vec!["==", "!=", "<", "<=", ">", ">="]).prop_map(move |op| format!("gravity {op} {g}"))),
        (14u32..80).prop_map(|a| format!("age >= {a}")),
        (0u32..4000).prop_map(|d| format!("remaining <= {d}d")),
        (0u32..20).prop_map(|y| format!("sentence > {y}y")),
        (0u32..36).prop_map(|m| format!("served < {m}m")),
        (0u64..5_000_000).prop_map(|m| format!("damage > {m}")),
        prop::sample::select(crate::scenario::vocab::TAGS.to_vec()).prop_map(|t| format!("tag == {t}")),
        prop::sample::select(crate::scenario::vocab::TAGS.to_vec()).prop_map(|t| format!("tag != {t}")),
        prop::sample::select(vec!["188", "190", "296", "\"339-1\"", "99"]).prop_map(|a| format!("article == {a}")),
        Just("article in [189, 190, 297]".to_string()),
        Just("article in [99, 188, 189, 190, 296, 297]".to_string()),
        Just("article not in [188, 190, 191, 192, 293]".to_string()),
        (1u32..5).prop_map(|p| format!("part >= {p}")),
        prop::sample::select(vec!["prisoner", "pretrial", "probationer"]).prop_map(|s| format!("status == {s}")),
        Just("status in [prisoner, probationer]".to_string()),
        Just("sex == female".to_string()),
        Just("recidivism != none".to_string()),
        Just("recidivism >= repeat".to_string()),
        prop::sample::select(vec!["none", "restriction_of_freedom", "conditional", "parole"]).prop_map(|k| format!("probation_kind == {k}")),
        Just("probation_kind in [restriction_of_freedom, parole]".to_string()),
        Just("probation_kind not in [none, conditional]".to_string()),
        Just("offence_group in [theft, fraud_embezzlement]".to_string()),
        prop::sample::select(vec![
            "repaid",
            "civil_claim",
            "vulnerable",
            "veteran",
            "juvenile_at_offence",
            "elderly",
            "pregnant",
            "mother",
            "single_father",
            "disability",
            "bad_conduct",
            "foreign",
            "life",
            "true",
            "false"
        ])
        .prop_map(String::from),
        (14u32..30).prop_map(|a| format!("age_at_offence < {a}")),
    ]
}

fn expression() -> impl Strategy<Value = String> {
    leaf().prop_recursive(4, 24, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} and {b}")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a} or {b})")),
            inner.clone().prop_map(|a| format!("not ({a})")),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    /// The column-wise bitset evaluation the engine uses agrees with a plain evaluator
    /// for every person, on random expressions.
    #[test]
    fn compiled_agrees_with_reference(text in expression()) {
        thread_local! { static POP: Population = sample_population(); }
        let e = expr::parse(&text).map_err(|e| TestCaseError::fail(format!("{text}: {}", e.message)))?;
        POP.with(|pop| {
            let mut mask = Mask::default();
            eval_mask(&e, pop, &mut mask, &mut Scratch::default());
            for i in 0..pop.len() {
                let p = pop.person(i);
                prop_assert_eq!(mask.get(i), reference::eval(&e, &p), "{} for {:?}", text, p);
                prop_assert_eq!(program::eval_person(&e, &p), reference::eval(&e, &p));
            }
            Ok(())
        })?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 100, .. ProptestConfig::default() })]

    /// Every build of a leaf this processor runs gives the baseline's bits, so results
    /// do not depend on the processor.
    #[test]
    fn vector_and_baseline_leaves_agree(text in leaf()) {
        thread_local! { static POP: Population = sample_population(); }
        let e = program::simplify(expr::parse(&text).map_err(|e| TestCaseError::fail(format!("{text}: {}", e.message)))?);
        let expr::Expr::Test(t, _) = &e else { return Ok(()) };
        POP.with(|pop| {
            let (mut a, mut b) = (Mask::new(pop.len()), Mask::new(pop.len()));
            program::leaf_body(crate::arch::Build::Baseline, t, pop, &mut a);
            for build in crate::arch::Build::available() {
                program::leaf_in(build, t, pop, &mut b);
                prop_assert_eq!(&a, &b, "{:?}: {}", build, text);
            }
            Ok(())
        })?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 60, .. ProptestConfig::default() })]

    /// The `articles` leaf's gathers (AVX-512, AVX2) give the baseline's bits, and the
    /// baseline gives the plain reading of the list: for lists of whole articles and
    /// of parts, persons whose article is listed, unlisted, or past every listed code,
    /// and a last word of any length.
    #[test]
    fn article_lists_agree_in_every_build(
        listed in prop::collection::vec((1u32..1200, prop::collection::vec(1u32..=25, 0..4)), 1..40),
        persons in prop::collection::vec((0usize..60, 0u32..2_000_000, 1u32..=25, 0u32..=9), 1..700),
    ) {
        use crate::scenario::vocab::{ArticleCode, PartCode};
        let mut set = expr::ArticleSet::default();
        let listed: Vec<(ArticleCode, Vec<PartCode>)> =
            listed.into_iter().map(|(a, parts)| (ArticleCode(a * 100), parts.into_iter().map(|p| PartCode::new(p, 0).expect("a part")).collect())).collect();
        for (a, parts) in &listed {
            set.insert(*a, parts);
        }
        let plain = |a: ArticleCode, p: PartCode| {
            let mine: Vec<&Vec<PartCode>> = listed.iter().filter(|(x, _)| *x == a).map(|(_, parts)| parts).collect();
            !mine.is_empty() && (mine.iter().any(|parts| parts.is_empty()) || mine.iter().any(|parts| parts.contains(&p)))
        };
        let base = sample_population();
        let mut pop = Population::default();
        for (k, &(pick, other, main, sub)) in persons.iter().enumerate() {
            let mut person = base.person(k % base.len());
            // Half the persons hold a listed article, the rest any code at all.
            person.article = if pick < 30 { listed[pick % listed.len()].0 } else { ArticleCode(other) };
            person.part = PartCode::new(main, sub).expect("a part");
            pop.push(&person);
        }
        let test = expr::Test::Articles(std::sync::Arc::new(set));
        let (mut a, mut b) = (Mask::new(pop.len()), Mask::new(pop.len()));
        program::leaf_body(crate::arch::Build::Baseline, &test, &pop, &mut a);
        for i in 0..pop.len() {
            prop_assert_eq!(a.get(i), plain(pop.article[i], pop.part[i]), "person {}", i);
        }
        for build in crate::arch::Build::available() {
            program::leaf_in(build, &test, &pop, &mut b);
            prop_assert_eq!(&a, &b, "{:?}", build);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, .. ProptestConfig::default() })]

    /// Simplification never changes a condition's meaning.
    #[test]
    fn simplify_preserves_meaning(a in expression(), b in expression(), c in expression()) {
        thread_local! { static POP: Population = sample_population(); }
        let text = format!("({a}) or tag == corruption or ({b}) or gravity in [minor] or tag in [terrorism, extremism] or gravity == grave or not ({c})");
        let e = expr::parse(&text).unwrap();
        let s = program::simplify(e.clone());
        POP.with(|pop| {
            for i in 0..pop.len() {
                let p = pop.person(i);
                prop_assert_eq!(reference::eval(&e, &p), reference::eval(&s, &p), "{}", text);
            }
            Ok(())
        })?;
    }
}

/// A person for the draft-language tests below.
fn person(f: impl FnOnce(&mut crate::population::Person)) -> crate::population::Person {
    use crate::population::Person;
    use crate::scenario::vocab::{Gravity, Sex};
    let mut p = Person {
        id: 1,
        status: Status::Prisoner,
        sex: Sex::Male,
        age: 35,
        age_at_offence: 30,
        gravity: Gravity::Grave,
        sentence_days: 2000,
        served_days: 1000,
        ..Person::default()
    };
    f(&mut p);
    p
}

#[test]
fn the_draft_defines_who_is_vulnerable() {
    use crate::draft::program::eval_person;
    use crate::scenario::vocab::Sex;
    let body = "[draft.vulnerable]\ncite = \"Art. 1\"\nwhen = \"(sex == female and age >= 50) or (sex == male and age >= 60)\"\n".to_string()
        + &OK_PROVISION.replace("gravity <= minor", "vulnerable");
    let d = Draft::parse("d.toml", &with(&body)).unwrap();
    let when = &d.provisions[0].when;
    assert!(eval_person(
        when,
        &person(|p| {
            p.sex = Sex::Female;
            p.age = 52
        })
    ));
    assert!(!eval_person(when, &person(|p| p.age = 55)), "a man of 55 is not elderly under this law");
    assert!(eval_person(when, &person(|p| p.age = 61)));
    // Another law's ages are another draft's data, not the vocabulary's.
    let other = Draft::parse("d.toml", &with(&body.replace("age >= 60", "age >= 63"))).unwrap();
    assert!(!eval_person(&other.provisions[0].when, &person(|p| p.age = 61)));
    assert_eq!(d.vulnerable.as_ref().map(|v| v.cite.as_str()), Some("Art. 1"));
    // A definition that uses the word it defines is refused at the word.
    let circular = with(&body.replace("when = \"(sex == female", "when = \"vulnerable or (sex == female"));
    let e = Draft::parse("d.toml", &circular).unwrap_err().to_string();
    assert!(e.contains("cannot use `vulnerable` itself") && e.contains("d.toml:11:9"), "{e}");
}

#[test]
fn time_left_counts_over_the_execution_period_or_on_the_day() {
    use crate::draft::program::eval_person;
    // 15 months (456 days) left on the effective date.
    let fifteen_months = person(|p| {
        p.sentence_days = 1456;
        p.served_days = 1000
    });
    let in_period = OK_PROVISION.replace("gravity <= minor", "remaining_in_period <= 1y");
    let with_period = with(&in_period).replace("offence_cutoff = \"2025-06-23\"\n", "offence_cutoff = \"2025-06-23\"\nexecution_period = \"6m\"\n");
    let d2025 = Draft::parse("d.toml", &with_period).unwrap();
    assert!(eval_person(&d2025.provisions[0].when, &fifteen_months), "at most a year left during a six-month period");
    assert!(!eval_person(&d2025.provisions[0].when, &person(|p| p.sentence_days = 1000 + 560)), "more than 18 months left");
    let d2021 = Draft::parse("d.toml", &with(&OK_PROVISION.replace("gravity <= minor", "remaining <= 1y"))).unwrap();
    assert!(!eval_person(&d2021.provisions[0].when, &fifteen_months), "counted on the day the law took effect");
    // Without a period the term means nothing: an error at the term, not a guess.
    let e = error(&in_period);
    assert!(e.contains("needs the draft's `execution_period`") && e.contains("d.toml:13:"), "{e}");
    assert!(Draft::parse("d.toml", &with_period.replace("<= 1y", ">= 1y")).unwrap_err().to_string().contains("takes only `<=` or `<`"));
}

#[test]
fn exclusions_list_articles_and_parts_as_the_text_does() {
    use crate::draft::program::eval_person;
    use crate::scenario::vocab::{ArticleCode, PartCode};
    let body = "[[exclude]]\nid = \"art4-15\"\ncite = \"Art. 4(15)\"\narticles = [\"99\", \"101(2)\", \"116(2,3)\", \"108-1\", \"426(2)2\"]\n\
        [[exclude]]\nid = \"art4-15-adults\"\ncite = \"Art. 4(15)\"\narticles = [\"122\"]\nwhen = \"not juvenile_at_offence\"\n\
        [[exclude]]\nid = \"art4-14\"\ncite = \"Art. 4(14)\"\ncode = \"1997\"\narticles = [\"96\", \"99\"]\n"
        .to_string()
        + OK_PROVISION;
    let d = Draft::parse("d.toml", &with(&body)).unwrap();
    let at = |article: &str, part: &str| {
        person(|p| {
            p.article = ArticleCode::parse(article).unwrap();
            p.part = PartCode::parse(part).unwrap()
        })
    };
    let excluded = |p: &crate::population::Person| eval_person(&d.excluded_when, p);
    assert!(excluded(&at("99", "1")) && excluded(&at("99", "2")), "a whole article: every part");
    assert!(excluded(&at("101", "2")) && !excluded(&at("101", "1")), "a part: that part only");
    assert!(excluded(&at("116", "3")) && !excluded(&at("116", "1")));
    assert!(excluded(&at("108-1", "1")) && !excluded(&at("108", "1")), "a sub-article is its own article");
    assert!(excluded(&at("426", "2")), "an item is tested as its part (the population records no items)");
    assert!(excluded(&at("122", "1")));
    let mut minor = at("122", "1");
    minor.age_at_offence = 16;
    minor.vulnerability.set(crate::scenario::vocab::Vulnerability::JUVENILE, true);
    assert!(!excluded(&minor), "the text's exception: committed by a minor");
    assert!(!excluded(&at("96", "1")), "the 1997 Code's numbers name other offences: no one in a 2014-Code population");
    assert_eq!(d.exclusions[0].articles.len(), 5);
    assert_eq!(d.exclusions[0].articles[4].item.as_deref(), Some("2"));
    assert_eq!(d.exclusions[0].articles.iter().map(|a| a.to_string()).collect::<Vec<_>>(), ["99", "101(2)", "116(2,3)", "108-1", "426(2)2"]);
    assert_eq!(d.exclusions[2].code, CodeEdition::Code1997);
    for (bad, says) in [("\"101(\"", "without `)`"), ("\"abc\"", "not an article number"), ("\"101(30)\"", "not a part"), ("\"116(2,3)4\"", "an item belongs to one part")] {
        let e = error(&format!("[[exclude]]\ncite = \"x\"\narticles = [{bad}]\n{OK_PROVISION}"));
        assert!(e.contains(says) && e.contains("d.toml:11:13"), "{bad}: {e}");
    }
    assert!(error(&format!("[[exclude]]\ncite = \"x\"\ncode = \"2015\"\narticles = [\"99\"]\n{OK_PROVISION}")).contains("expected \"2014\", \"1997\" or \"1959\""));
    assert!(error(&format!("[[exclude]]\ncite = \"x\"\n{OK_PROVISION}")).contains("without `when` or `articles`"));
}

#[test]
fn an_open_fraction_is_a_prior_and_the_combination_is_stated() {
    let body = OK_PROVISION.replace("effect = \"release\"", "effect = { cut = { fraction = { uniform = [0.1, 0.9], assumption = \"the text gives none\" }, of = \"unserved\" } }");
    let d = Draft::parse("d.toml", &with(&body)).unwrap();
    let slot = d.provisions[0].fraction_prior.expect("a prior");
    assert_eq!(d.priors.names()[slot], crate::scenario::param::ParamName::open_fraction("p"));
    assert!(matches!(d.provisions[0].effect, Effect::Cut { fraction, .. } if (fraction - 0.5).abs() < 1e-12), "on paper: the prior's mean");
    assert_eq!(d.combine, Combine::MostFavourable);
    let e = error(&body.replace("assumption = \"the text gives none\" ", ""));
    assert!(e.contains("fraction"), "{e}");
    let e = error(&body.replace("uniform = [0.1, 0.9]", "uniform = [0.1, 1.5]"));
    assert!(e.contains("1.5"), "{e}");
    let combined = |rule: &str, why: &str| with(&format!("[draft.combine]\nrule = \"{rule}\"\n{why}\n{OK_PROVISION}"));
    assert_eq!(Draft::parse("d.toml", &combined("cumulative", "assumption = \"x\"")).unwrap().combine, Combine::Cumulative);
    assert!(Draft::parse("d.toml", &combined("cumulativ", "assumption = \"x\"")).unwrap_err().to_string().contains("did you mean `cumulative`"));
    assert!(Draft::parse("d.toml", &combined("cumulative", "")).unwrap_err().to_string().contains("needs a `source`"));
}

/// `probation_kind` is an unordered enum field: `==`, `!=` and `in` over its four names,
/// evaluated the same by the engine's bitsets, the per-person evaluator and the
/// reference; an order or a misspelt kind is an error at its place.
#[test]
fn the_probation_kind_is_a_field() {
    use crate::draft::program::eval_person;
    use crate::scenario::vocab::ProbationKind;
    let kinds = ProbationKind::ALL;
    let mut pop = Population::default();
    for (i, kind) in kinds.iter().enumerate() {
        pop.push(&person(|p| {
            p.id = i as u32 + 1;
            p.status = if *kind == ProbationKind::None { Status::Prisoner } else { Status::Probationer };
            p.probation_kind = *kind
        }));
    }
    for (text, want) in [
        ("probation_kind == conditional", [false, false, true, false]),
        ("probation_kind in [restriction_of_freedom, parole]", [false, true, false, true]),
        ("probation_kind != none", [false, true, true, true]),
        ("probation_kind not in [none, parole]", [false, true, true, false]),
        ("status == probationer and probation_kind == parole", [false, false, false, true]),
    ] {
        let e = expr::parse(text).unwrap();
        let mut mask = Mask::default();
        eval_mask(&e, &pop, &mut mask, &mut Scratch::default());
        for (i, want) in want.iter().enumerate() {
            let p = pop.person(i);
            assert_eq!(mask.get(i), *want, "{text} for {}", kinds[i]);
            assert_eq!(eval_person(&e, &p), *want, "{text} for {}", kinds[i]);
            assert_eq!(reference::eval(&e, &p), *want, "{text} for {}", kinds[i]);
        }
    }
    let d = Draft::parse("d.toml", &with(&OK_PROVISION.replace("gravity <= minor", "probation_kind in [restriction_of_freedom, conditional]"))).unwrap();
    assert!(eval_person(&d.provisions[0].when, &pop.person(1)) && !eval_person(&d.provisions[0].when, &pop.person(3)));
    let e = error(&OK_PROVISION.replace("gravity <= minor", "probation_kind == parol"));
    assert!(e.contains("`parol` is not a value of `probation_kind`; did you mean `parole`?") && e.contains("`none`, `restriction_of_freedom`, `conditional`, `parole`"), "{e}");
    let e = error(&OK_PROVISION.replace("gravity <= minor", "probation_kind < parole"));
    assert!(e.contains("d.toml:13:"), "{e}");
}

/// Every shipped draft has a short name in English, Russian and Kazakh (what reports,
/// charts and the page call it), with no Latin word in the Russian and Kazakh ones.
#[test]
fn every_shipped_draft_has_a_short_name_in_three_languages() {
    use crate::i18n::Lang;
    for (id, text) in SHIPPED {
        let d = Draft::parse(id, text).unwrap();
        assert_ne!(d.name, d.id, "{id}: no `name`");
        for lang in [Lang::Ru, Lang::Kk] {
            let name = d.name_in(lang);
            assert_ne!(name, d.name, "{id}: no name in {lang:?}");
            assert!(!name.chars().any(|c| c.is_ascii_alphabetic()), "{id}: a Latin letter in the {lang:?} name {name:?}");
        }
    }
}
