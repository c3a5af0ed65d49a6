//! `results.xlsx`: a run's figures as a workbook analysts open in Excel. Sheets: a
//! brief (the headline figures of every draft with their intervals), the summary
//! (breakdown `total`), the differences against the first draft, the figures by
//! category, the timeline, what each clause buys, and the sources and assumptions.
//! Numbers are numbers (Excel groups the thousands in the reader's locale), headers
//! and sheet names are in the run's language, and the tables are the same frames as
//! the CSV files (so the same columns, rows and values). Written with `rust_xlsxwriter`,
//! not hand-written XML, and atomically.

use std::path::{Path, PathBuf};

use polars::prelude::{DataFrame, DataType};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook as Book, Worksheet, XlsxError};

use super::{Exporter, RunArtefacts, atomic, attribution_frame, summary_frame, timeline_frame};
use crate::error::{Error, Result};
use crate::i18n::Texts;
use crate::summary::timeline::Period;
use crate::summary::{Breakdown, SummaryRow};

/// The workbook's file name.
pub const FILE: &str = "results.xlsx";

/// `results.xlsx` of `run` and `compare`.
pub struct Workbook;

/// An empty workbook whose document properties carry a fixed date instead of the time
/// of writing, so that re-running a run's command reproduces `results.xlsx` byte for
/// byte like every other output (the manifest records when the run was made).
fn new_book() -> std::result::Result<Book, XlsxError> {
    let mut book = Book::new();
    book.set_properties(&DocProperties::new().set_creation_datetime(&ExcelDateTime::from_ymd(2000, 1, 1)?));
    Ok(book)
}

impl Exporter for Workbook {
    fn export(&self, run: &RunArtefacts, dir: &Path) -> Result<Vec<PathBuf>> {
        let path = dir.join(FILE);
        atomic::write_bytes(&path, &workbook(run)?)?;
        Ok(vec![path])
    }
}

/// The workbook's bytes.
pub fn workbook(run: &RunArtefacts) -> Result<Vec<u8>> {
    let tx = Texts::new(run.lang);
    let xlsx = |e: XlsxError| Error::Bug(format!("the workbook could not be written: {e}"));
    let mut book = new_book().map_err(xlsx)?;
    let formats = Formats::new();
    brief(book.add_worksheet(), run, &tx, &formats).map_err(xlsx)?;
    let result = run.result;
    let (total, by_category): (Vec<SummaryRow>, Vec<SummaryRow>) = result.summary.iter().cloned().partition(|r| r.key.breakdown == Breakdown::Total);
    let mut frames: Vec<(&str, DataFrame)> = vec![("sheet-summary", summary_frame(&total, false)?)];
    if !result.differences.is_empty() {
        frames.push(("sheet-differences", summary_frame(&result.differences, true)?));
    }
    frames.push(("sheet-by-category", summary_frame(&by_category, false)?));
    if let Some(t) = &result.timeline {
        let monthly: Vec<_> = t.rows.iter().filter(|r| matches!(r.key.period, Period::Month(_))).collect();
        frames.push(("sheet-timeline", timeline_frame(&monthly, false)?));
    }
    if !result.attribution.is_empty() {
        frames.push(("sheet-clauses", attribution_frame(run)?));
    }
    for (name, df) in &frames {
        let sheet = book.add_worksheet();
        sheet.set_name(tx.t(name)).map_err(xlsx)?;
        table(sheet, df, &tx, &formats).map_err(xlsx)?;
    }
    sources(book.add_worksheet(), run, &tx, &formats).map_err(xlsx)?;
    book.save_to_buffer().map_err(xlsx)
}

/// A workbook of tables only, one sheet each (name as a message id, frame): a
/// sweep's.
pub fn tables(sheets: &[(&str, &DataFrame)], tx: &Texts) -> Result<Vec<u8>> {
    let xlsx = |e: XlsxError| Error::Bug(format!("the workbook could not be written: {e}"));
    let mut book = new_book().map_err(xlsx)?;
    let formats = Formats::new();
    for (name, df) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(tx.t(name)).map_err(xlsx)?;
        table(sheet, df, tx, &formats).map_err(xlsx)?;
    }
    book.save_to_buffer().map_err(xlsx)
}

/// The cell formats: bold headers, whole numbers and one decimal.
struct Formats {
    header: Format,
    whole: Format,
    decimal: Format,
}

impl Formats {
    fn new() -> Self {
        Formats { header: Format::new().set_bold(), whole: Format::new().set_num_format("#,##0"), decimal: Format::new().set_num_format("#,##0.0") }
    }
}

/// The brief: per headline total, each draft's mean and interval.
fn brief(sheet: &mut Worksheet, run: &RunArtefacts, tx: &Texts, f: &Formats) -> std::result::Result<(), XlsxError> {
    sheet.set_name(tx.t("sheet-brief"))?;
    let pct = (run.interval * 100.0).round();
    let titles: Vec<String> = run.drafts.iter().map(|d| d.title_in(tx.lang()).to_string()).collect();
    sheet.write_string_with_format(0, 0, titles.join(" | "), &f.header)?;
    sheet.write_string_with_format(2, 0, tx.t("col-measure"), &f.header)?;
    for (k, d) in run.drafts.iter().enumerate() {
        let col = 1 + 3 * k as u16;
        sheet.write_string_with_format(1, col, d.name_in(tx.lang()), &f.header)?;
        sheet.write_string_with_format(2, col, tx.t("col-mean"), &f.header)?;
        sheet.write_string_with_format(2, col + 1, tx.f("col-low", &[("pct", pct.into())]), &f.header)?;
        sheet.write_string_with_format(2, col + 2, tx.f("col-high", &[("pct", pct.into())]), &f.header)?;
    }
    for (i, key) in crate::summary::BRIEF.iter().enumerate() {
        let row = 3 + i as u32;
        sheet.write_string(row, 0, super::words::total(tx, key))?;
        for (k, d) in run.drafts.iter().enumerate() {
            let Some(r) = crate::summary::total_row(&run.result.summary, &d.id, *key) else { continue };
            let col = 1 + 3 * k as u16;
            for (j, x) in [r.mean, r.p05, r.p95].into_iter().enumerate() {
                sheet.write_number_with_format(row, col + j as u16, x, &f.whole)?;
            }
        }
    }
    sheet.set_column_width(0, 40)?;
    Ok(())
}

/// One frame as a sheet: headers in the run's language, numbers as numbers.
fn table(sheet: &mut Worksheet, df: &DataFrame, tx: &Texts, f: &Formats) -> std::result::Result<(), XlsxError> {
    for (c, column) in df.columns().iter().enumerate() {
        let c = c as u16;
        let name = column.name().as_str();
        sheet.write_string_with_format(0, c, header(tx, name), &f.header)?;
        let series = column.as_materialized_series();
        match series.dtype() {
            DataType::Float64 => {
                let format = if name == "sd" { &f.decimal } else { &f.whole };
                for (r, x) in series.f64().expect("a float column").iter().enumerate() {
                    if let Some(x) = x {
                        sheet.write_number_with_format(1 + r as u32, c, x, format)?;
                    }
                }
            }
            DataType::Int64 => {
                for (r, x) in series.i64().expect("an integer column").iter().enumerate() {
                    if let Some(x) = x {
                        sheet.write_number(1 + r as u32, c, x as f64)?;
                    }
                }
            }
            _ => {
                for (r, x) in series.str().expect("a text column").iter().enumerate() {
                    sheet.write_string(1 + r as u32, c, x.unwrap_or_default())?;
                }
            }
        }
    }
    sheet.autofilter(0, 0, df.height() as u32, df.width().saturating_sub(1) as u16)?;
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// A column's header in the run's language (the tidy files' column names).
fn header(tx: &Texts, column: &str) -> String {
    let id = format!("xcol-{column}");
    if tx.has(&id) { tx.t(&id) } else { column.to_string() }
}

/// The sources and assumptions: the spec's citations, then each draft's clauses.
fn sources(sheet: &mut Worksheet, run: &RunArtefacts, tx: &Texts, f: &Formats) -> std::result::Result<(), XlsxError> {
    sheet.set_name(tx.t("sheet-sources"))?;
    for (c, h) in [tx.t("col-parameter"), tx.t("col-kind"), tx.t("col-text")].iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, h, &f.header)?;
    }
    let words = &run.spec.words;
    let mut row = 1u32;
    for (p, k, t) in super::report::spec_citations(run.spec) {
        let kind = if k == "source" { tx.t("citation-source") } else { tx.t("citation-assumption") };
        let text = words.citation(&p, &k, tx.lang(), &t).clone();
        sheet.write_row(row, 0, [super::report::parameter_words(tx, &p), kind, text])?;
        row += 1;
    }
    let lang = tx.lang();
    for d in run.drafts {
        let clauses = d.provisions.iter().map(|p| (p.name_in(lang), p.cite_in(lang))).chain(d.exclusions.iter().map(|e| (e.name_in(lang), e.cite_in(lang))));
        for (name, cite) in clauses {
            sheet.write_row(row, 0, [format!("{}: {name}", d.name_in(lang)), tx.t("col-citation"), cite.to_string()])?;
            row += 1;
        }
    }
    sheet.set_column_width(0, 40)?;
    sheet.set_column_width(2, 100)?;
    Ok(())
}
