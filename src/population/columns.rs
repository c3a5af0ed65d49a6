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

/// Every column, in file order.
pub const COLUMNS: &[ColumnDoc] = &[
    ColumnDoc { name: "id", kind: "integer", doc: "person identifier, unique, >= 1" },
    ColumnDoc { name: "status", kind: "text", doc: "prisoner | pretrial | probationer" },
    ColumnDoc { name: "sex", kind: "text", doc: "male | female" },
    ColumnDoc { name: "age", kind: "integer", doc: "age in whole years on the law's effective date, 14-110" },
    ColumnDoc { name: "age_at_offence", kind: "integer", doc: "age in whole years at the offence, 14..=age" },
    ColumnDoc { name: "article", kind: "text", doc: "Criminal Code article, e.g. 190 or 339-1" },
    ColumnDoc { name: "part", kind: "text", doc: "part of the article: 2, or a sub-part such as 3-1 (parts 1-25)" },
    ColumnDoc { name: "gravity", kind: "text", doc: "misdemeanour | minor | medium | grave | especially_grave (art. 11)" },
    ColumnDoc { name: "offence_group", kind: "text", doc: "offence family for breakdowns (theft, fraud_embezzlement, drugs, ...)" },
    ColumnDoc { name: "tags", kind: "text", doc: "offence tags separated by `;` (corruption;large_scale...), empty for none" },
    ColumnDoc { name: "life", kind: "boolean", doc: "life imprisonment (prisoners only)" },
    ColumnDoc { name: "sentence_days", kind: "integer", doc: "imposed term (prisoners) or probation term (probationers) in days; empty for pre-trial and life" },
    ColumnDoc { name: "served_days", kind: "integer", doc: "days served, elapsed on probation, or detained so far (pre-trial); <= sentence_days" },
    ColumnDoc { name: "damage_kzt", kind: "integer", doc: "material damage caused, tenge, 0 if none" },
    ColumnDoc { name: "repaid", kind: "boolean", doc: "damage repaid in full" },
    ColumnDoc { name: "civil_claim", kind: "boolean", doc: "a civil claim for the damage is pending" },
    ColumnDoc { name: "recidivism", kind: "text", doc: "none | repeat | dangerous_repeat" },
    ColumnDoc { name: "veteran", kind: "boolean", doc: "veteran under the Law \"On Veterans\"" },
    ColumnDoc { name: "juvenile_at_offence", kind: "boolean", doc: "under 18 at the offence; must equal age_at_offence < 18" },
    ColumnDoc { name: "elderly", kind: "boolean", doc: "woman 50+ or man 60+ on the effective date; must agree with sex and age" },
    ColumnDoc { name: "pregnant", kind: "boolean", doc: "pregnant (women only)" },
    ColumnDoc { name: "mother", kind: "boolean", doc: "mother (not deprived of parental rights) of a minor or dependent disabled child" },
    ColumnDoc { name: "single_father", kind: "boolean", doc: "man raising children alone (men only)" },
    ColumnDoc { name: "disability", kind: "boolean", doc: "disability group I or II" },
    ColumnDoc { name: "bad_conduct", kind: "boolean", doc: "record of bad conduct in custody or of breaches on probation" },
    ColumnDoc { name: "foreign", kind: "boolean", doc: "foreign national" },
];

/// The column list as a Markdown table (README, `population --columns`).
pub fn markdown_table() -> String {
    let mut s = String::from("| column | type | meaning |\n|---|---|---|\n");
    for c in COLUMNS {
        s.push_str(&format!("| `{}` | {} | {} |\n", c.name, c.kind, c.doc));
    }
    s
}
