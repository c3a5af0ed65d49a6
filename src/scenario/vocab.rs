//! The closed vocabulary shared by the population, the article catalogue and the draft
//! language: statuses, sexes, gravities, recidivism, offence groups, tags and the
//! socially-vulnerable groups of the 2025 law.
//!
//! Every category is a compact integer so that the population can be a struct of
//! columns and the engine can compare without touching strings. Each enum knows its
//! spelling in files, so one table here serves TOML, CSV, Parquet and error messages.

/// Declares a `u8` enum with its file spellings, so parsing and printing cannot drift:
/// the one list of a vocabulary (statuses, gravities, outcomes, metrics, breakdowns),
/// its order the code order. A variant may carry its own doc comment; one without says
/// how it is spelt. Used across the crate (`crate::scenario::vocab::named_enum`).
macro_rules! named_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[doc = $vdoc:literal])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        #[repr(u8)]
        pub enum $name {
            #[default]
            $(#[doc = concat!("`", $text, "` in files.")] $(#[doc = $vdoc])* $variant),+
        }

        impl $name {
            /// Every value, in declaration (and code) order.
            pub const ALL: [$name; Self::COUNT] = [$($name::$variant),+];
            /// Number of values, for fixed-size per-category accumulators.
            pub const COUNT: usize = [$($name::$variant),+].len();
            /// The file spellings, in code order.
            pub const NAMES: &'static [&'static str] = &[$($text),+];

            /// The spelling used in scenario files, tables and reports.
            pub fn name(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses a file spelling; `None` lets the caller report what is valid.
            pub fn from_name(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }

            /// The valid spellings, for "expected one of ..." messages.
            pub fn names() -> Vec<&'static str> {
                vec![$($text),+]
            }

            /// Index for array-based accumulators.
            #[inline]
            pub fn index(self) -> usize {
                self as usize
            }

            /// Inverse of [`index`](Self::index); out-of-range indices are a bug.
            pub fn from_index(index: usize) -> Self {
                Self::ALL[index]
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }
    };
}

pub(crate) use named_enum;

named_enum! {
    /// Where a person stands in the penal system on the law's effective date.
    Status { Prisoner = "prisoner", Pretrial = "pretrial", Probationer = "probationer" }
}

impl Status {
    /// Whether the status holds a person in custody (a prison or a detention centre),
    /// where a day not served is a bed-day saved; probation is not custody. The one
    /// definition of bed-days' reach, for the summary and the timeline alike.
    pub fn in_custody(self) -> bool {
        self != Status::Probationer
    }
}

named_enum! {
    /// Sex as recorded; the 2025 law's age thresholds differ by sex.
    Sex { Male = "male", Female = "female" }
}

named_enum! {
    /// Gravity categories of art. 11 of the Criminal Code, in increasing order, so that
    /// `gravity <= medium` means what a lawyer expects.
    Gravity {
        Misdemeanour = "misdemeanour",
        Minor = "minor",
        Medium = "medium",
        Grave = "grave",
        EspeciallyGrave = "especially_grave",
    }
}

named_enum! {
    /// Prior record as the law sees it: repeat and dangerous repeat offending are
    /// excluded by most amnesties.
    Recidivism { None = "none", Repeat = "repeat", DangerousRepeat = "dangerous_repeat" }
}

named_enum! {
    /// The kind of probation a probationer serves, because the amnesty laws' "at most
    /// one year left to serve" (осталось отбывать наказание) reads differently for each.
    /// `none` for prisoners and pre-trial detainees; the other three are the kinds the
    /// probation service supervises: restriction of freedom (Criminal Code art. 44), a
    /// conditional sentence (art. 63) and parole (условно-досрочное освобождение, art.
    /// 72). Unordered.
    ProbationKind { None = "none", RestrictionOfFreedom = "restriction_of_freedom", Conditional = "conditional", Parole = "parole" }
}

named_enum! {
    /// Broad offence families for breakdown tables; set per article in the catalogue.
    OffenceGroup {
        Theft = "theft",
        FraudEmbezzlement = "fraud_embezzlement",
        Robbery = "robbery",
        Drugs = "drugs",
        Murder = "murder",
        Violence = "violence",
        Sexual = "sexual",
        Hooliganism = "hooliganism",
        Traffic = "traffic",
        Poaching = "poaching",
        Corruption = "corruption",
        TerrorismExtremism = "terrorism_extremism",
        Riots = "riots",
        StateCrimes = "state_crimes",
        Other = "other",
    }
}

named_enum! {
    /// Age bands used in breakdowns; the law's own thresholds (18, 50, 60) are band edges.
    AgeGroup {
        Under18 = "under_18",
        From18To29 = "18_29",
        From30To49 = "30_49",
        From50To59 = "50_59",
        From60 = "60_plus",
    }
}

impl AgeGroup {
    /// The band an age in whole years falls in.
    #[inline]
    pub fn of(age: u8) -> Self {
        match age {
            0..=17 => AgeGroup::Under18,
            18..=29 => AgeGroup::From18To29,
            30..=49 => AgeGroup::From30To49,
            50..=59 => AgeGroup::From50To59,
            _ => AgeGroup::From60,
        }
    }

    /// The index of [`AgeGroup::of`] as a sum of comparisons: no branch, so the
    /// engine's per-person loops vectorise.
    #[inline(always)]
    pub fn index_of(age: u8) -> usize {
        (age >= 18) as usize + (age >= 30) as usize + (age >= 50) as usize + (age >= 60) as usize
    }
}

#[cfg(test)]
mod age_group_tests {
    use super::AgeGroup;

    #[test]
    fn branch_free_index_matches_the_bands() {
        for age in 0..=u8::MAX {
            assert_eq!(AgeGroup::index_of(age), AgeGroup::of(age).index(), "age {age}");
        }
    }
}

/// Offence tags: properties of an article's part (or of the person's case, such as
/// `organised_group`) that exclusions and provisions test. Bit `i` of a [`TagSet`] is
/// `TAGS[i]`.
pub const TAGS: &[&str] = &[
    "corruption",
    "terrorism",
    "extremism",
    "torture",
    "sexual_minors",
    "state_secrets",
    "drug_possession",
    "drug_distribution",
    "embezzlement_fraud",
    "large_scale",
    "organised_group",
    "newly_criminalised",
    "poaching",
    "property",
    "violent",
    "riots",
    "treason",
    "negligent",
    "particularly_dangerous",
    "life_eligible",
    "especially_large_scale",
];

/// Bit index of a tag name, or `None` so the caller can list [`TAGS`].
pub fn tag_bit(name: &str) -> Option<u32> {
    TAGS.iter().position(|t| *t == name).map(|i| i as u32)
}

/// A set of offence tags as one machine word, so a tag test is a mask and a compare.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct TagSet(pub u32);

impl TagSet {
    /// Whether the tag with bit index `bit` is present.
    #[inline]
    pub fn has(self, bit: u32) -> bool {
        self.0 & (1 << bit) != 0
    }

    /// Adds a tag by bit index.
    #[inline]
    pub fn insert(&mut self, bit: u32) {
        self.0 |= 1 << bit;
    }

    /// The tag named `name`; panics only on a misspelt constant in this crate.
    pub fn bit_of(name: &str) -> u32 {
        tag_bit(name).unwrap_or_else(|| panic!("internal: unknown tag constant {name}"))
    }

    /// Parses `a;b;c` (the file spelling); an unknown tag is returned as `Err(tag)`.
    pub fn parse_list(text: &str) -> Result<Self, String> {
        let mut set = TagSet::default();
        for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            set.insert(tag_bit(part).ok_or_else(|| part.to_string())?);
        }
        Ok(set)
    }

    /// The file spelling: tag names joined by `;` in [`TAGS`] order.
    pub fn to_list(self) -> String {
        TAGS.iter().enumerate().filter(|(i, _)| self.has(*i as u32)).map(|(_, t)| *t).collect::<Vec<_>>().join(";")
    }
}

/// The socially vulnerable groups of art. 1 of the 2025 law, one bit each in
/// [`Vulnerability`]; the names are the `when` language's field names and the
/// population files' column names.
pub const VULNERABILITY: &[&str] = &["veteran", "juvenile_at_offence", "elderly", "pregnant", "mother", "single_father", "disability"];

/// Bit index of a vulnerability group name.
pub fn vulnerability_bit(name: &str) -> Option<u32> {
    VULNERABILITY.iter().position(|t| *t == name).map(|i| i as u32)
}

/// The vulnerable groups a person belongs to, one bit per entry of [`VULNERABILITY`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Vulnerability(pub u8);

impl Vulnerability {
    /// Bit of `veteran`.
    pub const VETERAN: u32 = 0;
    /// Bit of `juvenile_at_offence`.
    pub const JUVENILE: u32 = 1;
    /// Bit of `elderly` (women 50+, men 60+ on the effective date).
    pub const ELDERLY: u32 = 2;
    /// Bit of `pregnant`.
    pub const PREGNANT: u32 = 3;
    /// Bit of `mother` (of a minor or of a dependent disabled child).
    pub const MOTHER: u32 = 4;
    /// Bit of `single_father`.
    pub const SINGLE_FATHER: u32 = 5;
    /// Bit of `disability` (group I or II).
    pub const DISABILITY: u32 = 6;

    /// Whether bit `bit` is set.
    #[inline]
    pub fn has(self, bit: u32) -> bool {
        self.0 & (1 << bit) != 0
    }

    /// Sets or clears bit `bit` (arithmetic, not a branch: the generator calls this on
    /// coin flips).
    #[inline]
    pub fn set(&mut self, bit: u32, on: bool) {
        self.0 = (self.0 & !(1 << bit)) | ((on as u8) << bit);
    }

    /// Socially vulnerable in the sense of the law: any group at all.
    #[inline]
    pub fn any(self) -> bool {
        self.0 != 0
    }
}

/// Whether a person of this sex and age counts as elderly under the 2025 law
/// (women 50+, men 60+ on the day it took effect; Law No. 195-VIII, art. 1).
#[inline]
pub fn is_elderly(sex: Sex, age: u8) -> bool {
    match sex {
        Sex::Female => age >= 50,
        Sex::Male => age >= 60,
    }
}

/// An article of the Code as one integer: `339-1` is 33901, `297` is 29700, so the
/// draft language can compare articles without strings.
///
/// `repr(transparent)`: the engine's vector builds read a column of them as `u32`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[repr(transparent)]
pub struct ArticleCode(pub u32);

impl ArticleCode {
    /// Parses `"190"` or `"339-1"`.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let (main, sub) = match text.split_once('-') {
            Some((m, s)) => (m, s),
            None => (text, "0"),
        };
        let main: u32 = main.parse().ok()?;
        let sub: u32 = sub.parse().ok()?;
        if main == 0 || main > 9999 || sub > 99 {
            return None;
        }
        Some(ArticleCode(main * 100 + sub))
    }
}

impl std::fmt::Display for ArticleCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (main, sub) = (self.0 / 100, self.0 % 100);
        if sub == 0 { write!(f, "{main}") } else { write!(f, "{main}-{sub}") }
    }
}

/// A part of an article as one integer: part `3` is 30, sub-part `3-1` is 31, so parts
/// order as the Code numbers them (3 < 3-1 < 3-2 < 4) and the draft language compares
/// them without strings. Sub-parts exist in the Code (art. 120 part 3-1, art. 339 part
/// 1-1 in June 2025); parts go up to 25, sub-parts up to 9. Two bytes: `25-9` is 259,
/// past what one byte holds.
///
/// `repr(transparent)`: the engine's vector builds read a column of them as `u16`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[repr(transparent)]
pub struct PartCode(pub u16);

impl PartCode {
    /// The largest main part number this encoding holds.
    pub const MAX_MAIN: u16 = 25;

    /// Part `main`, sub-part `sub` (0 for none); `None` outside 1..=25 and 0..=9.
    pub fn new(main: u32, sub: u32) -> Option<Self> {
        ((1..=Self::MAX_MAIN as u32).contains(&main) && sub <= 9).then(|| PartCode((main * 10 + sub) as u16))
    }

    /// Parses `"3"` or `"3-1"`.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let (main, sub) = text.split_once('-').unwrap_or((text, "0"));
        let digits = |s: &str| !s.is_empty() && s.len() <= 3 && s.chars().all(|c| c.is_ascii_digit());
        if !digits(main) || !digits(sub) {
            return None;
        }
        Self::new(main.parse().ok()?, sub.parse().ok()?)
    }

    /// The main part number (3 for `3-1`).
    pub fn main(self) -> u16 {
        self.0 / 10
    }

    /// The sub-part number, 0 when none.
    pub fn sub(self) -> u16 {
        self.0 % 10
    }
}

impl std::fmt::Display for PartCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.sub() == 0 { write!(f, "{}", self.main()) } else { write!(f, "{}-{}", self.main(), self.sub()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enums_round_trip_their_names() {
        for g in Gravity::ALL {
            assert_eq!(Gravity::from_name(g.name()), Some(g));
        }
        assert!(Gravity::Medium < Gravity::Grave);
        assert_eq!(Status::from_name("prison"), None);
    }

    #[test]
    fn parts_parse_order_and_print_as_the_code_numbers_them() {
        let p = |t: &str| PartCode::parse(t).unwrap();
        assert_eq!(p("3").to_string(), "3");
        assert_eq!(p("3-1").to_string(), "3-1");
        assert!(p("3") < p("3-1") && p("3-1") < p("3-2") && p("3-2") < p("4"));
        // The last part and sub-part the encoding holds do not wrap.
        assert_eq!(p("25-9").to_string(), "25-9");
        assert!(p("25-9") > p("25") && p("25") > p("24-9"));
        for bad in ["0", "26", "3-10", "", "-1", "3-", "x", "1\u{2013}1", "3-1-1", "\u{663}"] {
            assert_eq!(PartCode::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn article_codes_keep_sub_articles_apart() {
        assert_eq!(ArticleCode::parse("339-1").unwrap().0, 33901);
        assert_eq!(ArticleCode::parse("297").unwrap().to_string(), "297");
        assert_eq!(ArticleCode::parse("339-1").unwrap().to_string(), "339-1");
        assert!(ArticleCode::parse("abc").is_none());
    }

    #[test]
    fn tag_lists_round_trip() {
        let set = TagSet::parse_list("property;large_scale").unwrap();
        assert_eq!(TagSet::parse_list(&set.to_list()).unwrap(), set);
        assert_eq!(TagSet::parse_list("propety"), Err("propety".to_string()));
    }

    #[test]
    fn elderly_thresholds_differ_by_sex() {
        assert!(is_elderly(Sex::Female, 50));
        assert!(!is_elderly(Sex::Male, 59));
        assert!(is_elderly(Sex::Male, 60));
    }
}
