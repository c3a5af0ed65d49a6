//! End-to-end checks of `amnesty-sim population`, run as a user would.

mod common;

use common::{bin, temp_dir};

#[test]
fn summary_prints_marginals_beside_targets() {
    let out = bin().args(["population", "--summary", "--seed", "3"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("[prisoners]") && text.contains("[pre-trial detainees]") && text.contains("[probationers]"), "{text}");
    assert!(text.contains("life sentences"));
    assert!(text.lines().any(|l| l.starts_with("persons") && l.contains("33000")), "{text}");
}

#[test]
fn writes_csv_and_parquet_that_load_back_and_reproduce() {
    let dir = temp_dir("write");
    for name in ["p.csv", "p.parquet"] {
        let path = dir.join(name);
        let out = bin().args(["population", "--seed", "11", "--out"]).arg(&path).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let pop = amnesty_sim::population::io::read(&path).unwrap();
        assert_eq!(pop.len(), 67_000);
    }
    let first = std::fs::read(dir.join("p.csv")).unwrap();
    let again = dir.join("again.csv");
    assert!(bin().args(["population", "--seed", "11", "--out"]).arg(&again).status().unwrap().success());
    assert_eq!(first, std::fs::read(&again).unwrap(), "same seed must give the same bytes");
    let header = String::from_utf8(first).unwrap().lines().next().unwrap().to_string();
    assert!(header.starts_with("id,status,sex,age,age_at_offence,article,part,gravity"), "{header}");
}

#[test]
fn a_bad_spec_is_reported_with_file_line_and_column() {
    let dir = temp_dir("badspec");
    let text = amnesty_sim::scenario::spec::PRIOR_SPEC.replace("female = { uniform = [0.061, 0.091]", "female = { uniform = [0.061, 1.091]");
    assert_ne!(text, amnesty_sim::scenario::spec::PRIOR_SPEC);
    let path = dir.join("spec.toml");
    std::fs::write(&path, &text).unwrap();
    let out = bin().args(["population", "--spec"]).arg(&path).output().unwrap();
    // A mistake in a file is the user's files' kind: exit 65.
    assert_eq!(out.status.code(), Some(65));
    let err = String::from_utf8(out.stderr).unwrap();
    let line = text.lines().position(|l| l.contains("1.091")).unwrap() + 1;
    assert!(err.contains(&format!("spec.toml:{line}:")), "{err}");
    assert!(err.contains("prisoner.female: must be a share between 0 and 1"), "{err}");
    assert!(!err.contains("panicked"), "{err}");

    std::fs::write(&path, text.replace("[prisoner.age]", "[prisoner.agee]")).unwrap();
    let out = bin().args(["population", "--spec"]).arg(&path).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(65));
    assert!(err.contains("agee"), "{err}");
}

#[test]
fn a_bad_registry_and_a_bad_extension_are_clear_errors() {
    let dir = temp_dir("badreg");
    let path = dir.join("reg.csv");
    std::fs::write(&path, "id,status\n1,prisoner\n").unwrap();
    let out = bin().args(["population", "--out"]).arg(dir.join("x.xlsx")).output().unwrap();
    assert_eq!(out.status.code(), Some(65));
    assert!(String::from_utf8_lossy(&out.stderr).contains("use a .csv or .parquet file name"));
    let err = amnesty_sim::population::io::read(&path).unwrap_err().to_string();
    assert!(err.contains("column `sex`: missing column"), "{err}");
}

#[test]
fn help_explains_with_an_example() {
    let out = bin().args(["population", "--help"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Examples:") && text.contains("--out"), "{text}");
}
