//! The article catalogue: which Criminal Code article and part carries which sanction,
//! gravity, offence group and tags. Kept as data (`scenarios/articles.toml`) so a lawyer
//! can correct an entry without touching code; the default copy is embedded in the
//! binary.
//!
//! Every entry cites its sanction from the Code (`source = "art. 190 part 1: ..."`) and
//! states the maximum term of imprisonment it allows, so the gravity it declares can be
//! checked against art. 11 of the Code ([`Offence::implied_gravity`], reported by
//! `check`). The "large scale" thresholds of art. 3, in monthly calculation indices,
//! live here too, so the generator draws large-scale damage above the legal threshold.

use std::collections::HashMap;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, Result, did_you_mean};
use crate::i18n::Msg;
use crate::scenario::param::{SourceFile, check_cite};
use crate::scenario::vocab::{ArticleCode, Gravity, OffenceGroup, PartCode, TAGS, TagSet, tag_bit};

/// The catalogue shipped with the tool.
pub const DEFAULT_CATALOGUE: &str = include_str!("../../scenarios/articles.toml");
/// The name the embedded catalogue is reported under.
pub const DEFAULT_CATALOGUE_NAME: &str = "scenarios/articles.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogueToml {
    meta: MetaToml,
    #[serde(default)]
    large_scale: Option<Spanned<LargeScaleToml>>,
    offence: Vec<Spanned<OffenceToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // read for validation only; the code names the Code in reports
struct MetaToml {
    code: String,
    source: String,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CitedValue {
    value: f64,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    assumption: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LargeScaleToml {
    mci_kzt: Spanned<CitedValue>,
    threshold: Vec<Spanned<ThresholdToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThresholdToml {
    articles: Vec<Spanned<String>>,
    mci: f64,
    #[serde(default)]
    especially_mci: Option<f64>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    assumption: Option<String>,
}

/// A part as written: `2` or `"3-1"`.
#[derive(Deserialize)]
#[serde(untagged)]
enum PartToml {
    Number(i64),
    Text(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OffenceToml {
    article: Spanned<String>,
    part: Spanned<PartToml>,
    #[serde(default)]
    item: Option<Spanned<i64>>,
    title: String,
    gravity: Spanned<String>,
    group: Spanned<String>,
    #[serde(default)]
    tags: Vec<Spanned<String>>,
    max_prison_years: Spanned<f64>,
    #[serde(default)]
    life: bool,
    #[serde(default)]
    source: Option<Spanned<String>>,
    #[serde(default)]
    assumption: Option<Spanned<String>>,
}

/// One article part (or one item of a part) of the Code.
#[derive(Debug, Clone, PartialEq)]
pub struct Offence {
    /// Article number, with its sub-article.
    pub article: ArticleCode,
    /// Part of the article, with its sub-part.
    pub part: PartCode,
    /// The item of the part this entry stands for, when the law treats one item apart
    /// (a corruption item of art. 3 item 29); `None` for the whole part.
    pub item: Option<u8>,
    /// Short English title.
    pub title: String,
    /// Gravity under art. 11, as the catalogue declares it.
    pub gravity: Gravity,
    /// Family for breakdowns.
    pub group: OffenceGroup,
    /// Tags that exclusions and provisions test.
    pub tags: TagSet,
    /// The sanction's longest term of imprisonment in years; 0 when it has none.
    pub max_prison_years: f64,
    /// Whether the sanction includes life imprisonment.
    pub life: bool,
    /// The least damage, in tenge, of a part whose qualification is "large scale"
    /// (art. 3 threshold x MCI); 0 for other parts.
    pub large_scale_min_kzt: u64,
    /// The citation of the sanction, as written.
    pub source: String,
}

impl Offence {
    /// `190-3`, `120-3-1` or `189-3 item 2`: the key used in population specs and
    /// reports.
    pub fn key(&self) -> String {
        match self.item {
            Some(item) => format!("{}-{} item {item}", self.article, self.part),
            None => format!("{}-{}", self.article, self.part),
        }
    }

    /// The gravity art. 11 of the Code gives this sanction: no imprisonment is a
    /// misdemeanour; an intentional crime is minor up to 2 years, medium up to 5, grave
    /// up to 12, especially grave above 12 or with life; a negligent one (tag
    /// `negligent`) is minor up to 5 years and medium above.
    pub fn implied_gravity(&self) -> Gravity {
        let y = self.max_prison_years;
        let negligent = self.tags.has(TagSet::bit_of("negligent"));
        if y <= 0.0 && !self.life {
            Gravity::Misdemeanour
        } else if negligent && !self.life {
            if y <= 5.0 { Gravity::Minor } else { Gravity::Medium }
        } else if self.life || y > 12.0 {
            Gravity::EspeciallyGrave
        } else if y > 5.0 {
            Gravity::Grave
        } else if y > 2.0 {
            Gravity::Medium
        } else {
            Gravity::Minor
        }
    }
}

/// A gravity that does not follow from its entry's own sanction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GravityLint {
    /// The entry's key.
    pub key: String,
    /// `file:line:column` of its `gravity`, with the reason.
    pub message: String,
}

/// All known article parts, indexable by key.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    /// Entries in file order.
    pub offences: Vec<Offence>,
    /// The monthly calculation index the thresholds are counted in, tenge.
    pub mci_kzt: f64,
    /// Entry by key; ordered, so two catalogues read from the same text print the same
    /// `Debug` (the replicate cache's key of a spec).
    index: std::collections::BTreeMap<String, usize>,
    lints: Vec<GravityLint>,
}

impl Catalogue {
    /// The embedded default catalogue.
    pub fn embedded() -> Result<Self> {
        Self::parse(DEFAULT_CATALOGUE_NAME, DEFAULT_CATALOGUE)
    }

    /// Parses and validates a catalogue file's text.
    pub fn parse(name: &str, text: &str) -> Result<Self> {
        let file = SourceFile { name, text };
        let raw: CatalogueToml = toml::from_str(text).map_err(|e| Error::toml(name, text, &e))?;
        let _ = &raw.meta;
        let (mci_kzt, thresholds) = match &raw.large_scale {
            Some(ls) => large_scale(&file, ls)?,
            None => (0.0, HashMap::new()),
        };
        let mut offences = Vec::with_capacity(raw.offence.len());
        let mut index = std::collections::BTreeMap::new();
        let mut errors = Vec::new();
        let mut lints = Vec::new();
        for entry in &raw.offence {
            match compile_offence(&file, entry, mci_kzt, &thresholds) {
                Ok(o) => {
                    lints.extend(gravity_lint(&file, entry, &o));
                    if index.insert(o.key(), offences.len()).is_some() {
                        errors.push(file.error(entry.span(), Msg::new("catalogue-twice").arg("key", o.key())));
                    }
                    offences.push(o);
                }
                Err(e) => errors.push(e),
            }
        }
        Error::collect(errors)?;
        Ok(Catalogue { offences, mci_kzt, index, lints })
    }

    /// Looks up a key as [`Offence::key`] writes it: `"190-3"`, `"339-1-1"`,
    /// `"189-3 item 2"`.
    pub fn find_key(&self, key: &str) -> Option<usize> {
        self.index.get(key.trim()).copied()
    }

    /// All keys, for "did you mean" hints.
    pub fn keys(&self) -> Vec<String> {
        self.offences.iter().map(Offence::key).collect()
    }

    /// Entries whose declared gravity contradicts their sanction under art. 11.
    pub fn gravity_lints(&self) -> &[GravityLint] {
        &self.lints
    }
}

/// The lint of an entry whose declared gravity contradicts its sanction under art. 11.
fn gravity_lint(file: &SourceFile, entry: &Spanned<OffenceToml>, o: &Offence) -> Option<GravityLint> {
    let implied = o.implied_gravity();
    if implied == o.gravity {
        return None;
    }
    let why = match (o.max_prison_years, o.life) {
        (_, true) => "life imprisonment".to_string(),
        (y, _) if y <= 0.0 => "no imprisonment".to_string(),
        (y, _) => format!("imprisonment up to {y} years{}", if o.tags.has(TagSet::bit_of("negligent")) { ", negligent" } else { "" }),
    };
    let g = &entry.get_ref().gravity;
    let message = file.error(g.span(), format!("{}: gravity `{}` does not follow from its sanction ({why}): art. 11 makes it `{implied}`", o.key(), o.gravity)).to_string();
    Some(GravityLint { key: o.key(), message })
}

/// Reads the `[large_scale]` table: the MCI and, per article, the threshold in tenge.
fn large_scale(file: &SourceFile, ls: &Spanned<LargeScaleToml>) -> Result<(f64, Floors)> {
    let l = ls.get_ref();
    let mci = l.mci_kzt.get_ref();
    check_cite(file, l.mci_kzt.span(), "large_scale.mci_kzt", &mci.source, &mci.assumption, false)?;
    if !(mci.value > 0.0 && mci.value < 1e6) {
        return Err(file.error(l.mci_kzt.span(), Msg::new("catalogue-mci")));
    }
    let mut thresholds = HashMap::new();
    for t in &l.threshold {
        let x = t.get_ref();
        check_cite(file, t.span(), "large_scale.threshold", &x.source, &x.assumption, false)?;
        if !(x.mci > 0.0 && x.mci < 1e7) || x.especially_mci.is_some_and(|e| !(e > x.mci && e < 1e8)) {
            return Err(file.error(t.span(), Msg::new("catalogue-threshold")));
        }
        for a in &x.articles {
            let article = ArticleCode::parse(a.get_ref()).ok_or_else(|| file.error(a.span(), Msg::new("catalogue-article")))?;
            let floors = ((x.mci * mci.value).round() as u64, x.especially_mci.map(|e| (e * mci.value).round() as u64));
            if thresholds.insert(article, floors).is_some() {
                return Err(file.error(a.span(), Msg::new("catalogue-two-thresholds").arg("article", article.to_string())));
            }
        }
    }
    Ok((mci.value, thresholds))
}

/// Damage floors by article: the large scale and, where art. 3 item 3 gives one, the
/// especially large scale, in tenge.
type Floors = HashMap<ArticleCode, (u64, Option<u64>)>;

fn compile_offence(file: &SourceFile, entry: &Spanned<OffenceToml>, mci_kzt: f64, thresholds: &Floors) -> Result<Offence> {
    let o = entry.get_ref();
    if let Some(a) = &o.assumption {
        return Err(file.error(a.span(), Msg::new("catalogue-no-assumption")));
    }
    let source = o.source.as_ref().map(|s| s.get_ref().clone());
    check_cite(file, entry.span(), "offence", &source, &None, false)?;
    let article = ArticleCode::parse(o.article.get_ref()).ok_or_else(|| file.error(o.article.span(), Msg::new("catalogue-article")))?;
    let part = match o.part.get_ref() {
        PartToml::Number(n) => u32::try_from(*n).ok().and_then(|n| PartCode::new(n, 0)),
        PartToml::Text(t) => PartCode::parse(t),
    }
    .ok_or_else(|| file.error(o.part.span(), Msg::new("catalogue-part")))?;
    let item = match &o.item {
        None => None,
        Some(i) => Some(u8::try_from(*i.get_ref()).ok().filter(|i| (1..=30).contains(i)).ok_or_else(|| file.error(i.span(), Msg::new("catalogue-item")))?),
    };
    let gravity = Gravity::from_name(o.gravity.get_ref()).ok_or_else(|| {
        file.error(o.gravity.span(), Msg::new("catalogue-gravity").arg("valid", Gravity::names().iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")))
    })?;
    let group = OffenceGroup::from_name(o.group.get_ref()).ok_or_else(|| {
        file.error(o.group.span(), Msg::new("catalogue-group").arg("valid", OffenceGroup::names().iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")))
    })?;
    let years = *o.max_prison_years.get_ref();
    if !(0.0..=30.0).contains(&years) {
        return Err(file.error(o.max_prison_years.span(), Msg::new("catalogue-max-years")));
    }
    let mut tags = TagSet::default();
    for tag in &o.tags {
        let bit = tag_bit(tag.get_ref()).ok_or_else(|| {
            let near = did_you_mean(tag.get_ref(), TAGS.iter().copied()).unwrap_or("none");
            let valid = TAGS.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
            file.error(tag.span(), Msg::new("registry-unknown-tag").arg("tag", tag.get_ref().as_str()).arg("near", near).arg("valid", valid))
        })?;
        tags.insert(bit);
    }
    let source = source.unwrap_or_default();
    let prefix = match item {
        Some(i) => format!("art. {article} part {part} item {i}:"),
        None => format!("art. {article} part {part}:"),
    };
    if !source.starts_with(&prefix) {
        let span = o.source.as_ref().map_or(entry.span(), |s| s.span());
        return Err(Error::Source(Box::new(
            crate::error::Diagnostic::at(file.name, file.text, span, Msg::new("catalogue-citation").arg("prefix", prefix.as_str()))
                .with_help(Msg::new("catalogue-citation-help").arg("prefix", prefix.as_str())),
        )));
    }
    // Property parts qualified by "large scale" need the threshold their damage is drawn
    // above (the especially large scale's, where the part is tagged so: art. 3 item 3);
    // other large-scale parts (drug amounts) have no damage to draw.
    let property = tags.has(TagSet::bit_of("property"));
    let especially = tags.has(TagSet::bit_of("especially_large_scale"));
    let large_scale_min_kzt = if (tags.has(TagSet::bit_of("large_scale")) || especially) && property {
        let (large, especially_floor) = *thresholds.get(&article).ok_or_else(|| {
            file.error(entry.span(), Msg::new("catalogue-no-threshold").arg("article", article.to_string()).arg("part", part.to_string()).arg("mci", mci_kzt.to_string()))
        })?;
        match (especially, especially_floor) {
            (false, _) => large,
            (true, Some(floor)) => floor,
            (true, None) => {
                return Err(file.error(entry.span(), Msg::new("catalogue-no-especially").arg("article", article.to_string()).arg("part", part.to_string())));
            }
        }
    } else {
        0
    };
    Ok(Offence { article, part, item, title: o.title.clone(), gravity, group, tags, max_prison_years: years, life: o.life, large_scale_min_kzt, source })
}

#[cfg(test)]
mod tests {
    use super::*;

    const META: &str = "[meta]\ncode = \"c\"\nsource = \"s\"\n";

    fn entry(article: &str, part: &str, gravity: &str, years: f64, extra: &str) -> String {
        format!(
            "[[offence]]\narticle = \"{article}\"\npart = {part}\ntitle = \"t\"\ngravity = \"{gravity}\"\ngroup = \"other\"\nmax_prison_years = {years}\n{extra}source = \"art. {article} part {}: x\"\n",
            part.trim_matches('"')
        )
    }

    #[test]
    fn embedded_catalogue_loads_and_covers_the_bulk() {
        let c = Catalogue::embedded().unwrap();
        assert!(c.offences.len() >= 40, "{}", c.offences.len());
        for key in ["188-2", "190-3", "296-1", "297-1", "99-1", "366-1", "255-1"] {
            assert!(c.find_key(key).is_some(), "missing {key}");
        }
        let fraud = &c.offences[c.find_key("190-3").unwrap()];
        assert!(fraud.tags.has(tag_bit("embezzlement_fraud").unwrap()));
    }

    /// The facts a review of the catalogue against the Code (as in force on 23 June
    /// 2025) found wrong once: each must stay right, and every gravity must follow from
    /// its own sanction.
    #[test]
    fn embedded_catalogue_holds_the_codes_facts() {
        let c = Catalogue::embedded().unwrap();
        assert!(c.gravity_lints().is_empty(), "{:?}", c.gravity_lints());
        let get = |key: &str| &c.offences[c.find_key(key).unwrap_or_else(|| panic!("no entry {key}"))];
        use Gravity::*;
        for (key, gravity) in [
            ("122-1", Medium),
            ("146-1", Minor),
            ("146-2", Grave),
            ("174-2", Grave),
            ("182-1", EspeciallyGrave),
            ("189-1", Medium),
            ("200-1", Minor),
            ("218-1", Grave),
            ("249-1", Medium),
            ("255-2", Grave),
            ("287-1", Misdemeanour),
            ("293-1", Minor),
            ("293-2", Grave),
            ("335-1", Medium),
            ("337-1", Medium),
            ("368-1", Medium),
            ("297-4", EspeciallyGrave),
            ("339-1-1", Medium),
        ] {
            assert_eq!(get(key).gravity, gravity, "{key}");
        }
        let has = |key: &str, tag: &str| get(key).tags.has(TagSet::bit_of(tag));
        assert!(!has("107-1", "newly_criminalised"));
        assert!(has("108-1-1", "newly_criminalised") && has("109-1-1", "newly_criminalised"));
        for key in ["120-3-1", "120-3-2", "121-3-1", "121-3-2"] {
            assert!(has(key, "sexual_minors"), "{key}");
        }
        assert!(!has("120-3", "sexual_minors") && !has("121-3", "sexual_minors"));
        // Corruption only where art. 3 item 29 lists the part or the item.
        for key in ["189-3 item 2", "190-3 item 2", "218-3 item 1", "234-3 item 1", "249-3 item 2", "366-1", "367-1", "368-1"] {
            assert!(has(key, "corruption"), "{key}");
        }
        for key in ["189-3", "190-3", "218-1", "234-1", "249-1"] {
            assert!(!has(key, "corruption"), "{key}");
        }
        let saiga = get("339-1-1");
        assert_eq!((saiga.article.to_string(), saiga.part.to_string()), ("339".to_string(), "1-1".to_string()));
        assert!(!get("175-1").life && !has("175-1", "life_eligible"));
        assert_eq!(get("297-4").max_prison_years, 20.0);
        // Large scale: 1,000 MCI for 189 and 190, 500 MCI for 188, 191 and 192; the
        // especially large scale (art. 3 item 3) four times that: part 4 of 189 and 190
        // (its damage floor, and the scale the 2025 law's Art. 3(5) names).
        assert_eq!(c.mci_kzt, 3932.0);
        assert_eq!(get("190-3").large_scale_min_kzt, 3_932_000);
        assert_eq!(get("189-4").large_scale_min_kzt, 15_728_000);
        assert!(has("189-4", "especially_large_scale") && has("190-4", "especially_large_scale") && !has("190-3", "especially_large_scale"));
        assert_eq!(get("188-3").large_scale_min_kzt, 1_966_000);
        assert_eq!(get("188-4").large_scale_min_kzt, 7_864_000);
        for o in &c.offences {
            let cite = match o.item {
                Some(i) => format!("art. {} part {} item {i}:", o.article, o.part),
                None => format!("art. {} part {}:", o.article, o.part),
            };
            assert!(o.source.starts_with(&cite), "{}: {}", o.key(), o.source);
            assert_eq!(o.life, o.tags.has(TagSet::bit_of("life_eligible")), "{}", o.key());
        }
    }

    #[test]
    fn bad_tag_is_located_with_a_suggestion() {
        let text = format!("{META}{}", entry("188", "1", "minor", 2.0, "tags = [\"propety\"]\n"));
        let e = Catalogue::parse("a.toml", &text).unwrap_err().to_string();
        assert!(e.starts_with("a.toml:11:9: unknown tag `propety`; did you mean `property`?"), "{e}");
    }

    #[test]
    fn duplicate_entries_are_refused() {
        let one = entry("188", "1", "minor", 2.0, "");
        let e = Catalogue::parse("a.toml", &format!("{META}{one}{one}")).unwrap_err().to_string();
        assert!(e.contains("188-1 is listed twice"), "{e}");
    }

    #[test]
    fn sub_parts_and_items_have_their_own_keys() {
        let text = format!(
            "{META}{}{}{}",
            entry("120", "\"3-1\"", "especially_grave", 15.0, ""),
            entry("339", "\"1-1\"", "medium", 5.0, ""),
            entry("189", "3", "grave", 7.0, "").replace("source = \"art. 189 part 3:", "item = 2\nsource = \"art. 189 part 3 item 2:")
        );
        let c = Catalogue::parse("a.toml", &text).unwrap();
        assert_eq!(c.keys(), ["120-3-1", "339-1-1", "189-3 item 2"]);
        assert_eq!(c.offences[c.find_key("339-1-1").unwrap()].article, ArticleCode::parse("339").unwrap());
        assert!(c.gravity_lints().is_empty(), "{:?}", c.gravity_lints());
    }

    #[test]
    fn gravity_is_held_to_article_11() {
        let cases = [
            (0.0, false, false, Gravity::Misdemeanour),
            (2.0, false, false, Gravity::Minor),
            (2.5, false, false, Gravity::Medium),
            (5.0, false, false, Gravity::Medium),
            (12.0, false, false, Gravity::Grave),
            (15.0, false, false, Gravity::EspeciallyGrave),
            (10.0, true, false, Gravity::EspeciallyGrave),
            (5.0, false, true, Gravity::Minor),
            (7.0, false, true, Gravity::Medium),
        ];
        for (years, life, negligent, want) in cases {
            let mut tags = TagSet::default();
            if negligent {
                tags.insert(TagSet::bit_of("negligent"));
            }
            let o = Offence {
                article: ArticleCode(100),
                part: PartCode::new(1, 0).unwrap(),
                item: None,
                title: String::new(),
                gravity: want,
                group: OffenceGroup::Other,
                tags,
                max_prison_years: years,
                life,
                large_scale_min_kzt: 0,
                source: String::new(),
            };
            assert_eq!(o.implied_gravity(), want, "{years} {life} {negligent}");
        }
        let text = format!("{META}{}", entry("293", "1", "medium", 2.0, ""));
        let c = Catalogue::parse("a.toml", &text).unwrap();
        let lint = &c.gravity_lints()[0].message;
        assert!(lint.starts_with("a.toml:8:11: 293-1: gravity `medium` does not follow from its sanction (imprisonment up to 2 years): art. 11 makes it `minor`"), "{lint}");
    }

    #[test]
    fn a_citation_must_name_its_own_article_and_part_and_no_assumption_is_taken() {
        let text = format!("{META}{}", entry("188", "1", "minor", 2.0, "").replace("art. 188 part 1:", "art. 188 part 2:"));
        let e = Catalogue::parse("a.toml", &text).unwrap_err().to_string();
        assert!(e.contains("must start with `art. 188 part 1:`"), "{e}");
        let text = format!("{META}{}", entry("188", "1", "minor", 2.0, "assumption = \"memory\"\n"));
        let e = Catalogue::parse("a.toml", &text).unwrap_err().to_string();
        assert!(e.contains("not an assumption"), "{e}");
    }

    #[test]
    fn large_scale_parts_need_a_threshold_in_data() {
        let ls = "[large_scale]\nmci_kzt = { value = 3932, source = \"s\" }\n[[large_scale.threshold]]\narticles = [\"190\"]\nmci = 1000\nsource = \"s\"\n";
        let tagged = |a: &str| entry(a, "3", "grave", 7.0, "tags = [\"large_scale\", \"property\"]\n");
        let c = Catalogue::parse("a.toml", &format!("{META}{ls}{}", tagged("190"))).unwrap();
        assert_eq!(c.offences[0].large_scale_min_kzt, 3_932_000);
        let e = Catalogue::parse("a.toml", &format!("{META}{ls}{}", tagged("188"))).unwrap_err().to_string();
        assert!(e.contains("no threshold for article 188"), "{e}");
    }
}
