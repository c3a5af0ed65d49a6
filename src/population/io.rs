//! Populations as CSV or Parquet frames, one documented column per field
//! ([`super::columns`]), so generated populations open in polars, pandas, R and
//! spreadsheets, and a real anonymised registry in the same columns loads back. This
//! module reads them and builds the frame; writing files is [`crate::output`]'s.
//!
//! Loading checks every value and names the row (1-based, over data rows) and the
//! column of the first problem; it never panics on a user's file. Every column is
//! required except those in [`columns::OPTIONAL`], which read as their docs say when the
//! file lacks them (the yes/no ones as all `false`; `probation_kind` as `conditional`
//! for probationers, `none` otherwise), so a registry in the older column set still
//! loads; a misspelt one is reported by [`read_noting_unused`] as an unused column, and
//! an absent `probation_kind` with probationers in the file as a note.

use std::collections::HashSet;
use std::fs::File;
use std::path::Path;

use polars::prelude::*;

use super::columns::{self, COLUMNS};
use super::{Flags, Person, Population};
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::scenario::vocab::{ArticleCode, Gravity, OffenceGroup, PartCode, ProbationKind, Recidivism, Sex, Status, TagSet, Vulnerability, is_elderly};

/// The population as a polars frame with the documented columns.
pub fn to_frame(pop: &Population) -> Result<DataFrame> {
    let n = pop.len();
    let text = |f: &dyn Fn(usize) -> String| -> Vec<String> { (0..n).map(f).collect() };
    let flag = |bit: u8| -> Vec<bool> { pop.flags.iter().map(|f| f.has(bit)).collect() };
    let vuln = |bit: u32| -> Vec<bool> { pop.vulnerability.iter().map(|v| v.has(bit)).collect() };
    let sentence: Vec<Option<i64>> = (0..n)
        .map(|i| {
            let none = pop.status[i] == Status::Pretrial || pop.flags[i].has(Flags::LIFE);
            (!none).then_some(pop.sentence_days[i] as i64)
        })
        .collect();
    let columns = vec![
        Column::new(columns::ID.into(), pop.id.iter().map(|x| *x as i64).collect::<Vec<_>>()),
        Column::new(columns::STATUS.into(), text(&|i| pop.status[i].name().to_string())),
        Column::new(columns::SEX.into(), text(&|i| pop.sex[i].name().to_string())),
        Column::new(columns::AGE.into(), pop.age.iter().map(|x| *x as i64).collect::<Vec<_>>()),
        Column::new(columns::AGE_AT_OFFENCE.into(), pop.age_at_offence.iter().map(|x| *x as i64).collect::<Vec<_>>()),
        Column::new(columns::ARTICLE.into(), text(&|i| pop.article[i].to_string())),
        Column::new(columns::PART.into(), text(&|i| pop.part[i].to_string())),
        Column::new(columns::GRAVITY.into(), text(&|i| pop.gravity[i].name().to_string())),
        Column::new(columns::OFFENCE_GROUP.into(), text(&|i| pop.group[i].name().to_string())),
        Column::new(columns::TAGS.into(), text(&|i| pop.tags[i].to_list())),
        Column::new(columns::LIFE.into(), flag(Flags::LIFE)),
        Column::new(columns::SENTENCE_DAYS.into(), sentence),
        Column::new(columns::SERVED_DAYS.into(), pop.served_days.iter().map(|x| *x as i64).collect::<Vec<_>>()),
        Column::new(columns::PROBATION_KIND.into(), text(&|i| pop.probation_kind[i].name().to_string())),
        Column::new(columns::DAMAGE_KZT.into(), pop.damage_kzt.iter().map(|x| *x as i64).collect::<Vec<_>>()),
        Column::new(columns::REPAID.into(), flag(Flags::REPAID)),
        Column::new(columns::CIVIL_CLAIM.into(), flag(Flags::CIVIL_CLAIM)),
        Column::new(columns::RECIDIVISM.into(), text(&|i| pop.recidivism[i].name().to_string())),
        Column::new(columns::VETERAN.into(), vuln(Vulnerability::VETERAN)),
        Column::new(columns::JUVENILE_AT_OFFENCE.into(), vuln(Vulnerability::JUVENILE)),
        Column::new(columns::ELDERLY.into(), vuln(Vulnerability::ELDERLY)),
        Column::new(columns::PREGNANT.into(), vuln(Vulnerability::PREGNANT)),
        Column::new(columns::MOTHER.into(), vuln(Vulnerability::MOTHER)),
        Column::new(columns::SINGLE_FATHER.into(), vuln(Vulnerability::SINGLE_FATHER)),
        Column::new(columns::DISABILITY.into(), vuln(Vulnerability::DISABILITY)),
        Column::new(columns::BAD_CONDUCT.into(), flag(Flags::BAD_CONDUCT)),
        Column::new(columns::CRIME_WHILE_SERVING.into(), flag(Flags::CRIME_WHILE_SERVING)),
        Column::new(columns::PERSISTENT_VIOLATOR.into(), flag(Flags::PERSISTENT_VIOLATOR)),
        Column::new(columns::FOREIGN.into(), flag(Flags::FOREIGN)),
    ];
    debug_assert_eq!(columns.len(), COLUMNS.len());
    DataFrame::new(n, columns).map_err(|e| Error::invalid("population", e.to_string()))
}

/// The file format implied by a path's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    /// Comma-separated text with a header row.
    Csv,
    /// Apache Parquet.
    Parquet,
}

impl TableFormat {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            TableFormat::Csv => "csv",
            TableFormat::Parquet => "parquet",
        }
    }

    /// Reads the extension; anything else is a usage error naming the valid ones.
    pub fn of(path: &Path) -> Result<Self> {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("csv") => Ok(TableFormat::Csv),
            Some("parquet") | Some("pq") => Ok(TableFormat::Parquet),
            _ => Err(Error::invalid(path.display().to_string(), Msg::new("registry-format"))),
        }
    }
}

/// Reads a CSV or Parquet file into a frame; CSV columns are read as text so that a bad
/// value is reported by our checks, with its row, rather than by type inference.
pub fn read_frame(path: &Path) -> Result<DataFrame> {
    let format = TableFormat::of(path)?;
    let shown = path.display().to_string();
    if format == TableFormat::Csv {
        check_csv_shape(path)?;
    }
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    let df = match format {
        TableFormat::Csv => CsvReadOptions::default().with_has_header(true).with_infer_schema_length(Some(0)).into_reader_with_file_handle(file).finish(),
        TableFormat::Parquet => ParquetReader::new(file).finish(),
    };
    df.map_err(|e| Error::invalid(&shown, Msg::new("registry-unreadable").arg("format", format!("{format:?}")).arg("error", e.to_string())))
}

/// Refuses a CSV whose rows do not all have the header's number of fields, naming the
/// first such row (1-based over data rows, as every registry message counts them) and
/// what it holds, before the table reader sees it.
fn check_csv_shape(path: &Path) -> Result<()> {
    let text = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = String::from_utf8_lossy(&text);
    let shown = path.display().to_string();
    let mut lines = text.lines();
    let Some(header) = lines.next() else {
        return Err(Error::invalid(&shown, Msg::new("registry-empty-file")));
    };
    let want = fields(header);
    for (row, line) in lines.enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let got = fields(line);
        if got != want {
            return Err(Error::registry(&shown, Some(row + 1), "", Msg::new("registry-fields").arg("got", got).arg("want", want)));
        }
    }
    Ok(())
}

/// Fields in one CSV line: commas outside double quotes, plus one.
fn fields(line: &str) -> usize {
    let mut quoted = false;
    1 + line
        .chars()
        .filter(|&c| {
            if c == '"' {
                quoted = !quoted;
            }
            c == ',' && !quoted
        })
        .count()
}

/// Columns of a frame that are not population columns: ignored, so the user is told.
pub fn unused_columns(df: &DataFrame) -> Vec<String> {
    df.get_column_names().iter().map(|s| s.to_string()).filter(|n| !COLUMNS.iter().any(|c| c.name == n)).collect()
}

/// Loads a registry (or a generated file) and checks every value.
pub fn read(path: &Path) -> Result<Population> {
    read_noting_unused(path).map(|(pop, ..)| pop)
}

/// Loads a registry like [`read`], also returning the columns it does not use (a
/// misspelt optional column would otherwise vanish without a word) and notes on what
/// was assumed for an absent optional column that changes how persons read (today: no
/// `probation_kind` column, and probationers in the file).
pub fn read_noting_unused(path: &Path) -> Result<(Population, Vec<String>, Vec<Msg>)> {
    let df = read_frame(path)?;
    let unused = unused_columns(&df);
    let pop = from_frame(&df, &path.display().to_string())?;
    let notes = assumed(&df, &pop);
    Ok((pop, unused, notes))
}

/// What [`from_frame`] assumed for absent optional columns, in words, where it matters:
/// probationers read as conditional sentences when the file has no `probation_kind`.
pub fn assumed(df: &DataFrame, pop: &Population) -> Vec<Msg> {
    let probationers = pop.count_by_status()[Status::Probationer.index()];
    if df.column(columns::PROBATION_KIND).is_ok() || probationers == 0 {
        return Vec::new();
    }
    vec![Msg::new("registry-no-probation-kind").arg("column", columns::PROBATION_KIND).arg("n", probationers)]
}

/// Words a file holds as code, each in backticks: `a`, `b`.
fn code_list(words: &[&str]) -> String {
    words.iter().map(|w| format!("`{w}`")).collect::<Vec<_>>().join(", ")
}

/// One column's values as text or integers or booleans, read once with type checks.
struct Reader<'a> {
    df: &'a DataFrame,
    path: &'a str,
}

impl<'a> Reader<'a> {
    fn column(&self, name: &str) -> Result<&'a Column> {
        self.df.column(name).map_err(|_| {
            let have: Vec<String> = self.df.get_column_names().iter().map(|s| s.to_string()).collect();
            let near = crate::error::did_you_mean(name, have.iter().map(String::as_str)).unwrap_or("none");
            let required: Vec<&str> = COLUMNS.iter().map(|c| c.name).filter(|c| !columns::is_optional(c)).collect();
            let message = Msg::new("registry-missing-column").arg("near", near).arg("required", code_list(&required)).arg("optional", code_list(columns::OPTIONAL));
            Error::registry(self.path, None, name, message)
        })
    }

    /// Hands each value of column `name` to `f` as text, borrowed from the frame (no
    /// string per cell: a million-row registry has some 25 million cells), with its
    /// row index.
    fn each_text(&self, name: &str, mut f: impl FnMut(usize, Option<&str>) -> Result<()>) -> Result<()> {
        let col = self.column(name)?;
        let s = col.cast(&DataType::String).map_err(|e| Error::registry(self.path, None, name, e.to_string()))?;
        let ca = s.str().map_err(|e| Error::registry(self.path, None, name, e.to_string()))?;
        ca.iter().enumerate().try_for_each(|(row, v)| f(row, v))
    }

    /// Each value of column `name` read by `parse` (`None` for an empty cell).
    fn parsed<T>(&self, name: &str, mut parse: impl FnMut(usize, Option<&str>) -> Result<T>) -> Result<Vec<T>> {
        let mut out = Vec::with_capacity(self.df.height());
        self.each_text(name, |row, t| {
            out.push(parse(row, t)?);
            Ok(())
        })?;
        Ok(out)
    }

    fn ints(&self, name: &str, nullable: bool, min: i64, max: i64) -> Result<Vec<Option<i64>>> {
        let check = |row: usize, v: Option<i64>| -> Result<Option<i64>> {
            match v {
                None if nullable => Ok(None),
                None => Err(Error::registry(self.path, Some(row + 1), name, Msg::new("registry-empty-int"))),
                Some(v) if v < min || v > max => Err(Error::registry(
                    self.path,
                    Some(row + 1),
                    name,
                    Msg::new("registry-out-of-range").arg("value", v.to_string()).arg("min", min.to_string()).arg("max", max.to_string()),
                )),
                Some(v) => Ok(Some(v)),
            }
        };
        let col = self.column(name)?;
        // A Parquet integer column is read as numbers, not through text (a u64 column
        // goes through text, so a value past i64 is refused as not an integer, as before).
        if col.dtype().is_integer() && col.dtype() != &DataType::UInt64 {
            let s = col.cast(&DataType::Int64).map_err(|e| Error::registry(self.path, None, name, e.to_string()))?;
            let ca = s.i64().map_err(|e| Error::registry(self.path, None, name, e.to_string()))?;
            return ca.iter().enumerate().map(|(row, v)| check(row, v)).collect();
        }
        self.parsed(name, |row, t| match t.map(str::trim) {
            None | Some("") => check(row, None),
            Some(x) => {
                let v: i64 = x.parse().map_err(|_| Error::registry(self.path, Some(row + 1), name, Msg::new("registry-not-int").arg("value", x)))?;
                check(row, Some(v))
            }
        })
    }

    fn bools(&self, name: &str) -> Result<Vec<bool>> {
        let bad = |row: usize, value: &str| Error::registry(self.path, Some(row + 1), name, Msg::new("registry-not-bool").arg("value", value));
        let col = self.column(name)?;
        // A Parquet boolean column is read as booleans, not through text.
        if col.dtype() == &DataType::Boolean {
            let ca = col.bool().map_err(|e| Error::registry(self.path, None, name, e.to_string()))?;
            return ca.iter().enumerate().map(|(row, v)| v.ok_or_else(|| bad(row, ""))).collect();
        }
        self.parsed(name, |row, t| {
            let t = t.map(str::trim).unwrap_or("");
            if ["true", "1", "yes"].iter().any(|w| t.eq_ignore_ascii_case(w)) {
                Ok(true)
            } else if ["false", "0", "no"].iter().any(|w| t.eq_ignore_ascii_case(w)) {
                Ok(false)
            } else {
                Err(bad(row, &t.to_ascii_lowercase()))
            }
        })
    }

    /// An optional boolean column ([`columns::OPTIONAL`]): all `false` when the file
    /// lacks it, checked like [`Self::bools`] when present.
    fn optional_bools(&self, name: &str) -> Result<Vec<bool>> {
        debug_assert!(columns::is_optional(name), "{name} is not an optional column");
        if self.df.column(name).is_err() {
            return Ok(vec![false; self.df.height()]);
        }
        self.bools(name)
    }

    /// An optional enum column ([`columns::OPTIONAL`]): `None` when the file lacks it,
    /// checked like [`Self::enums`] when present.
    fn optional_enums<T: Copy>(&self, name: &str, parse: fn(&str) -> Option<T>, valid: Vec<&str>) -> Result<Option<Vec<T>>> {
        debug_assert!(columns::is_optional(name), "{name} is not an optional column");
        if self.df.column(name).is_err() {
            return Ok(None);
        }
        self.enums(name, parse, valid).map(Some)
    }

    fn enums<T: Copy>(&self, name: &str, parse: fn(&str) -> Option<T>, valid: Vec<&str>) -> Result<Vec<T>> {
        self.parsed(name, |row, t| {
            let t = t.unwrap_or("").trim();
            parse(t).ok_or_else(|| {
                let near = crate::error::did_you_mean(t, valid.iter().copied()).unwrap_or("none");
                Error::registry(self.path, Some(row + 1), name, Msg::new("registry-unknown-value").arg("value", t).arg("near", near).arg("valid", code_list(&valid)))
            })
        })
    }

    /// The case tags of every row, each list read here; a list naming an unknown tag
    /// keeps that tag, reported when its row is checked (rows are checked in order).
    fn tag_lists(&self, name: &str) -> Result<Vec<std::result::Result<TagSet, String>>> {
        self.parsed(name, |_, t| Ok(TagSet::parse_list(t.unwrap_or(""))))
    }
}

/// Builds and checks a population from a frame in the documented columns.
pub fn from_frame(df: &DataFrame, path: &str) -> Result<Population> {
    let r = Reader { df, path };
    let n = df.height();
    if n == 0 {
        return Err(Error::invalid(path, Msg::new("registry-no-rows")));
    }
    if n > super::MAX_PERSONS {
        return Err(Error::invalid(path, Msg::new("registry-too-many").arg("n", n).arg("max", super::MAX_PERSONS.to_string())));
    }
    let c = FrameColumns::read(&r)?;
    let mut pop = Population::with_capacity(n);
    let mut seen = HashSet::with_capacity(n);
    for i in 0..n {
        pop.push(&c.person(i, path, &mut seen)?);
    }
    Ok(pop)
}

/// A frame's columns, each read and its values checked on their own, before any row
/// is checked against itself.
struct FrameColumns {
    id: Vec<Option<i64>>,
    status: Vec<Status>,
    sex: Vec<Sex>,
    age: Vec<Option<i64>>,
    age_at_offence: Vec<Option<i64>>,
    article: Vec<ArticleCode>,
    part: Vec<PartCode>,
    gravity: Vec<Gravity>,
    group: Vec<OffenceGroup>,
    tags: Vec<std::result::Result<TagSet, String>>,
    life: Vec<bool>,
    sentence: Vec<Option<i64>>,
    served: Vec<Option<i64>>,
    damage: Vec<Option<i64>>,
    repaid: Vec<bool>,
    civil: Vec<bool>,
    recidivism: Vec<Recidivism>,
    vuln_cols: Vec<Vec<bool>>,
    bad: Vec<bool>,
    foreign: Vec<bool>,
    while_serving: Vec<bool>,
    persistent: Vec<bool>,
    probation_kind: Option<Vec<ProbationKind>>,
}

impl FrameColumns {
    /// Reads every column in file order, so the first bad value reported is the same
    /// whatever else is wrong.
    fn read(r: &Reader) -> Result<Self> {
        Ok(FrameColumns {
            id: r.ints(columns::ID, false, 1, u32::MAX as i64)?,
            status: r.enums(columns::STATUS, Status::from_name, Status::names())?,
            sex: r.enums(columns::SEX, Sex::from_name, Sex::names())?,
            age: r.ints(columns::AGE, false, 14, 110)?,
            age_at_offence: r.ints(columns::AGE_AT_OFFENCE, false, 14, 110)?,
            article: r.enums(columns::ARTICLE, ArticleCode::parse, vec!["an article number such as 190 or 339-1"])?,
            part: r.enums(columns::PART, PartCode::parse, vec!["a part such as 2 or 3-1 (parts 1 to 25, sub-parts up to 9)"])?,
            gravity: r.enums(columns::GRAVITY, Gravity::from_name, Gravity::names())?,
            group: r.enums(columns::OFFENCE_GROUP, OffenceGroup::from_name, OffenceGroup::names())?,
            tags: r.tag_lists(columns::TAGS)?,
            life: r.bools(columns::LIFE)?,
            sentence: r.ints(columns::SENTENCE_DAYS, true, 0, 60 * 366)?,
            served: r.ints(columns::SERVED_DAYS, false, 0, 60 * 366)?,
            damage: r.ints(columns::DAMAGE_KZT, false, 0, i64::MAX)?,
            repaid: r.bools(columns::REPAID)?,
            civil: r.bools(columns::CIVIL_CLAIM)?,
            recidivism: r.enums(columns::RECIDIVISM, Recidivism::from_name, Recidivism::names())?,
            vuln_cols: crate::scenario::vocab::VULNERABILITY.iter().map(|c| r.bools(c)).collect::<Result<_>>()?,
            bad: r.bools(columns::BAD_CONDUCT)?,
            foreign: r.bools(columns::FOREIGN)?,
            while_serving: r.optional_bools(columns::CRIME_WHILE_SERVING)?,
            persistent: r.optional_bools(columns::PERSISTENT_VIOLATOR)?,
            probation_kind: r.optional_enums(columns::PROBATION_KIND, ProbationKind::from_name, ProbationKind::names())?,
        })
    }

    /// Row `i` as a person, checked against itself and for an identifier seen before.
    fn person(&self, i: usize, path: &str, seen: &mut HashSet<u32>) -> Result<Person> {
        let row = Some(i + 1);
        let err = |col: &str, msg: Msg| Error::registry(path, row, col, msg);
        let tags = self.tags(i, &err)?;
        let pid = self.id[i].expect("not nullable") as u32;
        if !seen.insert(pid) {
            return Err(err(columns::ID, Msg::new("registry-id-twice").arg("id", pid.to_string())));
        }
        let (age_i, aao) = (self.age[i].expect("nn") as u8, self.age_at_offence[i].expect("nn") as u8);
        if aao > age_i {
            return Err(err(columns::AGE_AT_OFFENCE, Msg::new("registry-age-at-offence").arg("at", aao.to_string()).arg("age", age_i.to_string())));
        }
        let served_i = self.served[i].expect("nn") as u32;
        let sentence_i = self.sentence_days(i, &err)?;
        if sentence_i > 0 && served_i > sentence_i {
            return Err(err(columns::SERVED_DAYS, Msg::new("registry-served").arg("served", served_i.to_string()).arg("term", sentence_i.to_string())));
        }
        let v = self.vulnerability(i, age_i, aao, &err)?;
        self.check_persistent(i, &err)?;
        let kind = self.probation_kind(i, &err)?;
        Ok(Person {
            id: pid,
            status: self.status[i],
            sex: self.sex[i],
            age: age_i,
            age_at_offence: aao,
            article: self.article[i],
            part: self.part[i],
            gravity: self.gravity[i],
            group: self.group[i],
            tags,
            sentence_days: sentence_i,
            served_days: served_i,
            damage_kzt: self.damage[i].expect("nn") as u64,
            recidivism: self.recidivism[i],
            vulnerability: v,
            flags: self.flags(i),
            probation_kind: kind,
        })
    }

    /// Row `i`'s case tags, each a known one.
    fn tags(&self, i: usize, err: &impl Fn(&str, Msg) -> Error) -> Result<TagSet> {
        self.tags[i].clone().map_err(|t| {
            let near = crate::error::did_you_mean(&t, crate::scenario::vocab::TAGS.iter().copied()).unwrap_or("none");
            err(columns::TAGS, Msg::new("registry-unknown-tag").arg("tag", t.as_str()).arg("near", near).arg("valid", code_list(crate::scenario::vocab::TAGS)))
        })
    }

    /// Row `i`'s term in days (0 for a pre-trial detainee or a life term), refused where
    /// the status or a life term says there should be none, or there should be one.
    fn sentence_days(&self, i: usize, err: &impl Fn(&str, Msg) -> Error) -> Result<u32> {
        Ok(match (self.status[i], self.life[i], self.sentence[i]) {
            (Status::Pretrial, true, _) => return Err(err(columns::LIFE, Msg::new("registry-life-pretrial"))),
            (Status::Probationer, true, _) => return Err(err(columns::LIFE, Msg::new("registry-life-probation"))),
            (Status::Pretrial, false, Some(v)) if v > 0 => {
                return Err(err(columns::SENTENCE_DAYS, Msg::new("registry-sentence-pretrial").arg("value", v.to_string())));
            }
            (_, true, Some(v)) if v > 0 => return Err(err(columns::SENTENCE_DAYS, Msg::new("registry-sentence-life").arg("value", v.to_string()))),
            (Status::Pretrial, _, _) | (_, true, _) => 0,
            (s, false, None) => return Err(err(columns::SENTENCE_DAYS, Msg::new("registry-sentence-missing").arg("status", s.name()))),
            (_, false, Some(v)) => v as u32,
        })
    }

    /// Row `i`'s vulnerabilities, checked against its sex, age and age at offence.
    fn vulnerability(&self, i: usize, age_i: u8, aao: u8, err: &impl Fn(&str, Msg) -> Error) -> Result<Vulnerability> {
        let sex = &self.sex;
        let mut v = Vulnerability::default();
        for (bit, col) in self.vuln_cols.iter().enumerate() {
            v.set(bit as u32, col[i]);
        }
        if v.has(Vulnerability::ELDERLY) != is_elderly(sex[i], age_i) {
            return Err(err(
                columns::ELDERLY,
                Msg::new("registry-elderly").arg("value", v.has(Vulnerability::ELDERLY).to_string()).arg("sex", sex[i].name()).arg("age", age_i.to_string()),
            ));
        }
        if v.has(Vulnerability::JUVENILE) != (aao < 18) {
            return Err(err(columns::JUVENILE_AT_OFFENCE, Msg::new("registry-juvenile").arg("value", v.has(Vulnerability::JUVENILE).to_string()).arg("at", aao.to_string())));
        }
        if v.has(Vulnerability::PREGNANT) && sex[i] != Sex::Female {
            return Err(err(columns::PREGNANT, Msg::new("registry-true-for-man")));
        }
        if v.has(Vulnerability::SINGLE_FATHER) && sex[i] != Sex::Male {
            return Err(err(columns::SINGLE_FATHER, Msg::new("registry-true-for-woman")));
        }
        if v.has(Vulnerability::MOTHER) && sex[i] != Sex::Female {
            return Err(err(columns::MOTHER, Msg::new("registry-true-for-man")));
        }
        Ok(v)
    }

    /// Refuses a persistent violator who is no prisoner or has no record of bad conduct.
    fn check_persistent(&self, i: usize, err: &impl Fn(&str, Msg) -> Error) -> Result<()> {
        let (persistent, status) = (&self.persistent, &self.status);
        if persistent[i] && status[i] != Status::Prisoner {
            return Err(err(columns::PERSISTENT_VIOLATOR, Msg::new("registry-violator-status").arg("status", status[i].name())));
        }
        if persistent[i] && !self.bad[i] {
            return Err(err(columns::PERSISTENT_VIOLATOR, Msg::new("registry-violator-conduct")));
        }
        Ok(())
    }

    /// Row `i`'s kind of probation, read or assumed, and checked against its status.
    fn probation_kind(&self, i: usize, err: &impl Fn(&str, Msg) -> Error) -> Result<ProbationKind> {
        // Absent: probationers read as conditional sentences (the largest group; an
        // assumption, noted by `assumed`), everyone else as none.
        let kind = match (&self.probation_kind, self.status[i]) {
            (Some(k), _) => k[i],
            (None, Status::Probationer) => ProbationKind::Conditional,
            (None, _) => ProbationKind::None,
        };
        match (self.status[i], kind) {
            (Status::Probationer, ProbationKind::None) => {
                return Err(err(columns::PROBATION_KIND, Msg::new("registry-probation-none").arg("valid", code_list(&ProbationKind::names()[1..]))));
            }
            (s, k) if s != Status::Probationer && k != ProbationKind::None => {
                return Err(err(columns::PROBATION_KIND, Msg::new("registry-probation-kind").arg("kind", k.name()).arg("status", s.name())));
            }
            _ => {}
        }
        Ok(kind)
    }

    /// Row `i`'s yes/no fields as flags.
    fn flags(&self, i: usize) -> Flags {
        let mut flags = Flags::default();
        flags.set(Flags::LIFE, self.life[i]);
        flags.set(Flags::REPAID, self.repaid[i]);
        flags.set(Flags::CIVIL_CLAIM, self.civil[i]);
        flags.set(Flags::BAD_CONDUCT, self.bad[i]);
        flags.set(Flags::FOREIGN, self.foreign[i]);
        flags.set(Flags::CRIME_WHILE_SERVING, self.while_serving[i]);
        flags.set(Flags::PERSISTENT_VIOLATOR, self.persistent[i]);
        flags
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("amnesty-io-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir.join(name)
    }

    const HEADER: &str = "id,status,sex,age,age_at_offence,article,part,gravity,offence_group,tags,life,sentence_days,served_days,probation_kind,damage_kzt,repaid,civil_claim,recidivism,veteran,juvenile_at_offence,elderly,pregnant,mother,single_father,disability,bad_conduct,crime_while_serving,persistent_violator,foreign";
    const GOOD: &str =
        "1,prisoner,male,30,28,188,2,medium,theft,property,false,1000,400,none,50000,false,true,none,false,false,false,false,false,false,false,false,false,false,false";

    fn load(rows: &[&str], header: &str) -> std::result::Result<Population, String> {
        // A fresh name per call: tests run in parallel, and two loads of the same size
        // with different rows must not overwrite each other's file.
        static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let path = temp(&format!("load-{}.csv", CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)));
        std::fs::write(&path, format!("{header}\n{}\n", rows.join("\n"))).unwrap();
        read(&path).map_err(|e| e.to_string())
    }

    #[test]
    fn a_good_row_loads() {
        let pop = load(&[GOOD], HEADER).unwrap();
        assert_eq!(pop.len(), 1);
        assert_eq!(pop.remaining_days(0), 600);
    }

    #[test]
    fn bad_files_name_the_row_and_column() {
        let e = load(&[GOOD], &HEADER.replace(",gravity,", ",gravty,")).unwrap_err();
        assert!(e.contains("column `gravity`: missing column (a column `gravty` is present: misspelt?)"), "{e}");
        let e = load(&[GOOD, &GOOD.replace("prisoner", "prisnoer").replacen("1,", "2,", 1)], HEADER).unwrap_err();
        assert!(e.contains("row 2, column `status`: unknown value `prisnoer`; did you mean `prisoner`?"), "{e}");
        let e = load(&[&GOOD.replace(",1000,400,", ",400,1000,")], HEADER).unwrap_err();
        assert!(e.contains("row 1, column `served_days`: 1000 days served exceeds the 400-day term"), "{e}");
        let e = load(&[&GOOD.replace(",30,28,", ",-3,28,")], HEADER).unwrap_err();
        assert!(e.contains("row 1, column `age`: -3 is out of range"), "{e}");
        let e = load(&[&GOOD.replace(",30,28,", ",30,31,")], HEADER).unwrap_err();
        assert!(e.contains("column `age_at_offence`"), "{e}");
        let e = load(&[&GOOD.replace(",property,", ",propery,")], HEADER).unwrap_err();
        assert!(e.contains("unknown tag `propery`; did you mean `property`?"), "{e}");
        let e = load(&[&GOOD.replace(",false,true,none", ",maybe,true,none")], HEADER).unwrap_err();
        assert!(e.contains("column `repaid`: `maybe` is not a boolean"), "{e}");
        let e = load(&[GOOD, GOOD], HEADER).unwrap_err();
        assert!(e.contains("row 2, column `id`: identifier 1 appears twice"), "{e}");
        let e = load(&[&GOOD.replace("30,28", "65,28")], HEADER).unwrap_err();
        assert!(e.contains("column `elderly`"), "{e}");
        let two = GOOD.replacen("1,", "2,", 1);
        let e = load(&[GOOD, &format!("{two},stray")], HEADER).unwrap_err();
        assert!(e.contains("row 2: 30 fields, but the header names 29"), "{e}");
        let e = load(&[GOOD, &two[..two.rfind(',').unwrap()]], HEADER).unwrap_err();
        assert!(e.contains("row 2: 28 fields, but the header names 29"), "{e}");
        let e = load(&[&GOOD.replace(",188,2,", ",120,3-1,")], HEADER).unwrap();
        assert_eq!(e.part[0].to_string(), "3-1");
    }

    /// The header names the columns in file order, so the test rows above stay in step
    /// with [`COLUMNS`].
    #[test]
    fn the_test_header_is_the_documented_column_order() {
        assert_eq!(HEADER, COLUMNS.iter().map(|c| c.name).collect::<Vec<_>>().join(","));
    }

    /// The fields of `row` without those of the header's columns named in `drop`.
    fn without(row: &str, drop: &[&str]) -> String {
        row.split(',').zip(HEADER.split(',')).filter(|(_, h)| !drop.contains(h)).map(|(f, _)| f).collect::<Vec<_>>().join(",")
    }

    /// A file in the column set before `crime_while_serving` and `persistent_violator`
    /// loads, both read as false; present, they are read and checked.
    #[test]
    fn the_optional_columns_may_be_absent() {
        let drop = |text: &str| without(text, &["crime_while_serving", "persistent_violator"]);
        let old_header = drop(HEADER);
        assert!(!old_header.contains("crime_while_serving") && !old_header.contains("persistent_violator"), "{old_header}");
        let pop = load(&[&drop(GOOD)], &old_header).unwrap();
        assert_eq!(pop.flags[0].0 & (Flags::CRIME_WHILE_SERVING | Flags::PERSISTENT_VIOLATOR), 0);
        assert_eq!(pop, load(&[GOOD], HEADER).unwrap());

        // bad_conduct, crime_while_serving, persistent_violator, foreign
        let with = |flags: &str| format!("{},{flags}", GOOD.rsplitn(5, ',').last().unwrap());
        let pop = load(&[&with("true,true,true,false")], HEADER).unwrap();
        assert!(pop.flags[0].has(Flags::CRIME_WHILE_SERVING) && pop.flags[0].has(Flags::PERSISTENT_VIOLATOR) && pop.flags[0].has(Flags::BAD_CONDUCT));
        let e = load(&[&with("false,false,true,false")], HEADER).unwrap_err();
        assert!(e.contains("column `persistent_violator`: true, but bad_conduct is false"), "{e}");
        let e = load(&[&with("true,false,true,false").replace("prisoner", "probationer")], HEADER).unwrap_err();
        assert!(e.contains("column `persistent_violator`: true for a probationer"), "{e}");
        let e = load(&[&with("false,perhaps,false,false")], HEADER).unwrap_err();
        assert!(e.contains("column `crime_while_serving`: `perhaps` is not a boolean"), "{e}");
        // A required column is still required, and the message names the optional ones.
        let e = load(&[GOOD], &HEADER.replace(",foreign", ",foreing")).unwrap_err();
        assert!(e.contains("column `foreign`: missing column") && e.contains("(optional: `probation_kind`, `crime_while_serving`, `persistent_violator`)"), "{e}");
    }

    /// `probation_kind`: read and checked when present (a probationer has a kind, no one
    /// else has); absent, probationers read as conditional sentences and everyone else as
    /// none, and the loader says so.
    #[test]
    fn the_probation_kind_is_checked_and_may_be_absent() {
        let probationer = |kind: &str| GOOD.replacen("1,prisoner,", "2,probationer,", 1).replace(",1000,400,none,", &format!(",1000,400,{kind},"));
        for kind in [ProbationKind::RestrictionOfFreedom, ProbationKind::Conditional, ProbationKind::Parole] {
            let pop = load(&[GOOD, &probationer(kind.name())], HEADER).unwrap();
            assert_eq!(pop.probation_kind, vec![ProbationKind::None, kind]);
        }
        let e = load(&[GOOD, &probationer("none")], HEADER).unwrap_err();
        assert!(e.contains("row 2, column `probation_kind`: none for a probationer; expected the kind of probation: `restriction_of_freedom`, `conditional`, `parole`"), "{e}");
        let e = load(&[&GOOD.replace(",1000,400,none,", ",1000,400,parole,")], HEADER).unwrap_err();
        assert!(e.contains("row 1, column `probation_kind`: parole for a prisoner: only a probationer has a kind of probation; write none"), "{e}");
        let e = load(&[GOOD, &probationer("parol")], HEADER).unwrap_err();
        assert!(e.contains("row 2, column `probation_kind`: unknown value `parol`; did you mean `parole`?"), "{e}");
        let e = load(&[GOOD, &probationer("")], HEADER).unwrap_err();
        assert!(e.contains("row 2, column `probation_kind`: unknown value ``"), "{e}");

        // Absent: the older column set.
        let old_header = without(HEADER, &["probation_kind"]);
        let path = temp("no-kind.csv");
        std::fs::write(&path, format!("{old_header}\n{}\n{}\n", without(GOOD, &["probation_kind"]), without(&probationer("parole"), &["probation_kind"]))).unwrap();
        let (pop, unused, notes) = read_noting_unused(&path).unwrap();
        assert_eq!(pop.probation_kind, vec![ProbationKind::None, ProbationKind::Conditional]);
        assert!(unused.is_empty());
        assert_eq!(notes.len(), 1);
        assert!(notes[0].to_string().contains("no `probation_kind` column: its probationers (1) are read as conditional sentences"), "{notes:?}");
        // Present, or no probationers: nothing to note.
        std::fs::write(&path, format!("{HEADER}\n{GOOD}\n{}\n", probationer("parole"))).unwrap();
        assert!(read_noting_unused(&path).unwrap().2.is_empty());
        std::fs::write(&path, format!("{old_header}\n{}\n", without(GOOD, &["probation_kind"]))).unwrap();
        assert!(read_noting_unused(&path).unwrap().2.is_empty());
    }

    #[test]
    fn a_frame_with_native_integer_and_boolean_columns_loads_back_the_same() {
        // `to_frame` holds ids, ages, days and damage as integers and the yes/no fields
        // as booleans (as a Parquet registry does): those are read without text.
        let spec = crate::scenario::spec::PopulationSpec::embedded_default().unwrap();
        let pop = crate::population::generate::replicate_population(&spec, &spec.priors.central(), 5, 0);
        let df = to_frame(&pop).unwrap();
        assert!(df.column(columns::AGE).unwrap().dtype().is_integer());
        assert_eq!(df.column(columns::REPAID).unwrap().dtype(), &DataType::Boolean);
        assert_eq!(from_frame(&df, "frame").unwrap(), pop);
        // A value out of range is refused with its row, as through text.
        let mut bad = df.clone();
        let ages: Vec<i64> = (0..df.height()).map(|i| if i == 6 { 200 } else { pop.age[i] as i64 }).collect();
        bad.with_column(Column::new(columns::AGE.into(), ages)).unwrap();
        let e = from_frame(&bad, "frame").unwrap_err().to_string();
        assert!(e.contains("row 7") && e.contains(columns::AGE) && e.contains("200"), "{e}");
    }

    #[test]
    fn unused_columns_are_named() {
        let path = temp("extra.csv");
        std::fs::write(&path, format!("{HEADER},notes\n{GOOD},x\n")).unwrap();
        let (pop, unused, _) = read_noting_unused(&path).unwrap();
        assert_eq!((pop.len(), unused), (1, vec!["notes".to_string()]));
    }
}
