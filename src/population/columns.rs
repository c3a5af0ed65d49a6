//! The documented columns of a population file: the contract between the generator's
//! output and a real registry's input. README and `population --columns` print this
//! table, so the documentation cannot drift from the loader.

/// One column of a population file.
#[derive(Debug, Clone, Copy)]
pub struct ColumnDoc {
    /// Column name.
    pub name: &'static str,
    /// Type as written: integer, text, boolean.
    pub kind: &'static str,
    /// What it holds and which values are valid.
    pub doc: &'static str,
}

// Every column's name, spelled once: the writer, the reader and the table below use
// these.
/// Column `id`.
pub const ID: &str = "id";
/// Column `status`.
pub const STATUS: &str = "status";
/// Column `sex`.
pub const SEX: &str = "sex";
/// Column `age`.
pub const AGE: &str = "age";
/// Column `age_at_offence`.
pub const AGE_AT_OFFENCE: &str = "age_at_offence";
/// Column `article`.
pub const ARTICLE: &str = "article";
/// Column `part`.
pub const PART: &str = "part";
/// Column `gravity`.
pub const GRAVITY: &str = "gravity";
/// Column `offence_group`.
pub const OFFENCE_GROUP: &str = "offence_group";
/// Column `tags`.
pub const TAGS: &str = "tags";
/// Column `life`.
pub const LIFE: &str = "life";
/// Column `sentence_days`.
pub const SENTENCE_DAYS: &str = "sentence_days";
/// Column `served_days`.
pub const SERVED_DAYS: &str = "served_days";
/// Column `probation_kind` (optional: a file without it reads probationers as
/// conditional sentences, everyone else as `none`).
pub const PROBATION_KIND: &str = "probation_kind";
/// Column `damage_kzt`.
pub const DAMAGE_KZT: &str = "damage_kzt";
/// Column `repaid`.
pub const REPAID: &str = "repaid";
/// Column `civil_claim`.
pub const CIVIL_CLAIM: &str = "civil_claim";
/// Column `recidivism`.
pub const RECIDIVISM: &str = "recidivism";
/// Column `veteran`.
pub const VETERAN: &str = "veteran";
/// Column `juvenile_at_offence`.
pub const JUVENILE_AT_OFFENCE: &str = "juvenile_at_offence";
/// Column `elderly`.
pub const ELDERLY: &str = "elderly";
/// Column `pregnant`.
pub const PREGNANT: &str = "pregnant";
/// Column `mother`.
pub const MOTHER: &str = "mother";
/// Column `single_father`.
pub const SINGLE_FATHER: &str = "single_father";
/// Column `disability`.
pub const DISABILITY: &str = "disability";
/// Column `bad_conduct`.
pub const BAD_CONDUCT: &str = "bad_conduct";
/// Column `crime_while_serving` (optional: a file without it reads as all false).
pub const CRIME_WHILE_SERVING: &str = "crime_while_serving";
/// Column `persistent_violator` (optional: a file without it reads as all false).
pub const PERSISTENT_VIOLATOR: &str = "persistent_violator";
/// Column `foreign`.
pub const FOREIGN: &str = "foreign";

/// Every column, in file order. Columns in [`OPTIONAL`] may be missing from a file.
pub const COLUMNS: &[ColumnDoc] = &[
    ColumnDoc { name: ID, kind: "integer", doc: "person identifier, unique, >= 1" },
    ColumnDoc { name: STATUS, kind: "text", doc: "prisoner | pretrial | probationer" },
    ColumnDoc { name: SEX, kind: "text", doc: "male | female" },
    ColumnDoc { name: AGE, kind: "integer", doc: "age in whole years on the law's effective date, 14-110" },
    ColumnDoc { name: AGE_AT_OFFENCE, kind: "integer", doc: "age in whole years at the offence, 14..=age" },
    ColumnDoc { name: ARTICLE, kind: "text", doc: "Criminal Code article, e.g. 190 or 339-1" },
    ColumnDoc { name: PART, kind: "text", doc: "part of the article: 2, or a sub-part such as 3-1 (parts 1-25)" },
    ColumnDoc { name: GRAVITY, kind: "text", doc: "misdemeanour | minor | medium | grave | especially_grave (art. 11)" },
    ColumnDoc { name: OFFENCE_GROUP, kind: "text", doc: "offence family for breakdowns (theft, fraud_embezzlement, drugs, ...)" },
    ColumnDoc { name: TAGS, kind: "text", doc: "offence tags separated by `;` (corruption;large_scale...), empty for none" },
    ColumnDoc { name: LIFE, kind: "boolean", doc: "life imprisonment (prisoners only)" },
    ColumnDoc {
        name: SENTENCE_DAYS,
        kind: "integer",
        doc: "imposed term (prisoners) or probation term (probationers: the term of restriction of freedom, the probation period of a conditional sentence, the unserved prison term at parole) in days; empty for pre-trial and life",
    },
    ColumnDoc { name: SERVED_DAYS, kind: "integer", doc: "days served, elapsed on probation, or detained so far (pre-trial); <= sentence_days" },
    ColumnDoc {
        name: PROBATION_KIND,
        kind: "text",
        doc: "restriction_of_freedom (Criminal Code art. 44) | conditional (conditional sentence, art. 63) | parole (art. 72) for probationers; none for prisoners and pre-trial detainees; optional, absent: probationers read as conditional, the largest group (assumption), everyone else none",
    },
    ColumnDoc { name: DAMAGE_KZT, kind: "integer", doc: "material damage caused, tenge, 0 if none" },
    ColumnDoc { name: REPAID, kind: "boolean", doc: "damage repaid in full" },
    ColumnDoc { name: CIVIL_CLAIM, kind: "boolean", doc: "a civil claim for the damage is pending" },
    ColumnDoc { name: RECIDIVISM, kind: "text", doc: "none | repeat | dangerous_repeat" },
    ColumnDoc { name: VETERAN, kind: "boolean", doc: "veteran under the Law \"On Veterans\"" },
    ColumnDoc { name: JUVENILE_AT_OFFENCE, kind: "boolean", doc: "under 18 at the offence; must equal age_at_offence < 18" },
    ColumnDoc { name: ELDERLY, kind: "boolean", doc: "woman 50+ or man 60+ on the effective date; must agree with sex and age" },
    ColumnDoc { name: PREGNANT, kind: "boolean", doc: "pregnant (women only)" },
    ColumnDoc { name: MOTHER, kind: "boolean", doc: "mother (not deprived of parental rights) of a minor or dependent disabled child" },
    ColumnDoc { name: SINGLE_FATHER, kind: "boolean", doc: "man raising children alone (men only)" },
    ColumnDoc { name: DISABILITY, kind: "boolean", doc: "disability group I or II" },
    ColumnDoc { name: BAD_CONDUCT, kind: "boolean", doc: "record of bad conduct in custody or of breaches on probation" },
    ColumnDoc {
        name: CRIME_WHILE_SERVING,
        kind: "boolean",
        doc: "the offence is an intentional crime committed while serving a sentence (in custody or on probation); optional, absent: false",
    },
    ColumnDoc {
        name: PERSISTENT_VIOLATOR,
        kind: "boolean",
        doc: "declared a persistent (malicious) violator of the custody regime (Penal Enforcement Code art. 130; prisoners only, implies bad_conduct); optional, absent: false",
    },
    ColumnDoc { name: FOREIGN, kind: "boolean", doc: "foreign national" },
];

/// Columns a population file may leave out; each reads as its doc's "absent: ..." says
/// (the yes/no ones as all `false`; `probation_kind` as `conditional` for probationers
/// and `none` for everyone else). They were added after registries in the older column
/// set existed, so such files still load. Every other column is required.
pub const OPTIONAL: &[&str] = &[PROBATION_KIND, CRIME_WHILE_SERVING, PERSISTENT_VIOLATOR];

/// Whether a file may leave out column `name`.
pub fn is_optional(name: &str) -> bool {
    OPTIONAL.contains(&name)
}

/// The column list as a Markdown table (README, `population --columns`).
pub fn markdown_table() -> String {
    let mut s = String::from("| column | type | meaning |\n|---|---|---|\n");
    for c in COLUMNS {
        s.push_str(&format!("| `{}` | {} | {} |\n", c.name, c.kind, c.doc));
    }
    s
}
