//! `results.xlsx` opened with a reader crate (calamine), as Excel would: the sheets in
//! the run's language, and the same numbers as summary.csv and differences.csv.

mod common;

use calamine::{Data, Range, Reader, Xlsx, open_workbook};
use common::{bin, temp_path};

/// A CSV file's rows as text fields (the csv crate reads the quoting).
fn csv_rows(path: &std::path::Path) -> Vec<Vec<String>> {
    let mut reader = csv::Reader::from_path(path).unwrap();
    reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect()
}

/// A cell as text: numbers as they would be compared, text as it is.
fn text(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        Data::Float(x) => x.to_string(),
        Data::Int(x) => x.to_string(),
        Data::Empty => String::new(),
        other => format!("{other:?}"),
    }
}

/// Checks that `rows` of a sheet (header skipped) hold the CSV rows `csv`: the text
/// columns equal, the numbers equal to the CSV's one decimal.
fn same_rows(sheet: &str, rows: &[&[Data]], csv: &[Vec<String>], numeric_from: usize) {
    assert_eq!(rows.len(), csv.len(), "{sheet}: row count");
    for (i, (row, want)) in rows.iter().zip(csv).enumerate() {
        assert_eq!(row.len(), want.len(), "{sheet} row {i}");
        for (j, (cell, w)) in row.iter().zip(want).enumerate() {
            if j < numeric_from {
                assert_eq!(&text(cell), w, "{sheet} row {i} column {j}");
                continue;
            }
            let Data::Float(x) = cell else { panic!("{sheet} row {i} column {j}: {cell:?} is not a number") };
            let w: f64 = w.parse().unwrap();
            assert!((x - w).abs() <= 0.05 + 1e-9 * w.abs(), "{sheet} row {i} column {j}: {x} against {w}");
        }
    }
}

#[test]
fn the_workbook_holds_the_same_numbers_as_the_csv_files_in_the_run_language() {
    let dir = temp_path("workbook-ru");
    let o =
        bin().args(["compare", "kz-2025-enacted", "kz-2025-no-vulnerable", "--replicates", "30", "--no-report", "--quiet", "--lang", "ru", "--out"]).arg(&dir).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut book: Xlsx<_> = open_workbook(dir.join("results.xlsx")).unwrap();
    let names = book.sheet_names();
    for sheet in ["Кратко", "Сводка", "Разница", "По категориям", "Динамика", "Что даёт каждый пункт", "Источники и допущения"]
    {
        assert!(names.iter().any(|n| n == sheet), "no sheet {sheet} in {names:?}");
    }
    let range = |book: &mut Xlsx<_>, name: &str| -> Range<Data> { book.worksheet_range(name).unwrap() };
    let summary = range(&mut book, "Сводка");
    let by_category = range(&mut book, "По категориям");
    assert_eq!(text(&summary.rows().next().unwrap()[0]), "проект", "headers in Russian");
    // summary.csv holds both sheets' rows, in order: the `total` ones, then the rest.
    let csv = csv_rows(&dir.join("summary.csv"));
    let (total, rest): (Vec<Vec<String>>, Vec<Vec<String>>) = csv.into_iter().partition(|r| r[4] == "total");
    same_rows("Сводка", &summary.rows().skip(1).collect::<Vec<_>>(), &total, 6);
    same_rows("По категориям", &by_category.rows().skip(1).collect::<Vec<_>>(), &rest, 6);
    let differences = range(&mut book, "Разница");
    same_rows("Разница", &differences.rows().skip(1).collect::<Vec<_>>(), &csv_rows(&dir.join("differences.csv")), 7);
    // The brief's first figure is the first draft's mean of all persons covered.
    let brief = range(&mut book, "Кратко");
    let covered = total.iter().find(|r| r[0] == "kz-2025-enacted" && r[1] == "persons" && r[2] == "all" && r[3] == "covered").unwrap();
    let Data::Float(x) = &brief.rows().nth(3).unwrap()[1] else { panic!("the brief's first figure is not a number") };
    assert!((x - covered[6].parse::<f64>().unwrap()).abs() <= 0.05, "{x} against {}", covered[6]);
}
