//! End-to-end checks of `run`, `compare`, `check` and `explain`, run as a user would.

mod common;

use std::path::Path;

use common::{bin, temp_dir};

fn run_ok(args: &[&str], out: &Path) -> String {
    let o = bin().args(args).arg("--out").arg(out).arg("--quiet").output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn run_writes_tidy_tables_a_manifest_and_a_readable_table() {
    let dir = temp_dir("run");
    let text = run_ok(&["run", "--replicates", "20", "--seed", "4"], &dir);
    assert!(text.contains("kz-2025-enacted") && text.contains("released") && text.contains("[90% interval]"), "{text}");
    let csv = std::fs::read_to_string(dir.join("summary.csv")).unwrap();
    assert_eq!(csv.lines().next().unwrap(), "draft,metric,status,outcome,breakdown,level,mean,sd,p05,p50,p95");
    for needle in [
        ",persons,prisoner,released,total,all,",
        ",persons,all,covered,gravity,grave,",
        ",bed_days_saved,all,covered,total,all,",
        ",cost_saved_kzt,prisoner,cut,sex,female,",
        ",persons,probationer,eligible,provision,art2-1-1,",
        ",persons,all,not_eligible,vulnerable,yes,",
        ",persons,all,covered,vulnerable_category,mother,",
        ",persons,pretrial,case_closed,provision,art2-3-2-no-claim,",
    ] {
        assert!(csv.contains(needle), "missing {needle}");
    }
    for f in ["summary.parquet", "replicates.parquet", "manifest.json"] {
        assert!(dir.join(f).exists(), "{f}");
    }
    let manifest = std::fs::read_to_string(dir.join("manifest.json")).unwrap();
    assert!(manifest.contains("\"sha256\"") && manifest.contains("\"seed\": 4") && manifest.contains("kz-2025-enacted.toml"), "{manifest}");
    let reps = amnesty_sim::population::io::read_frame(&dir.join("replicates.parquet")).unwrap();
    assert_eq!(reps.height(), 20);
}

#[test]
fn compare_is_byte_identical_across_thread_counts() {
    let a = temp_dir("cmp1");
    let b = temp_dir("cmp2");
    let args = ["compare", "kz-2025-enacted", "kz-2025-drug-distribution", "--replicates", "24", "--seed", "5"];
    let text = run_ok(&[&args[..], &["--threads", "1"]].concat(), &a);
    run_ok(&[&args[..], &["--threads", "2"]].concat(), &b);
    assert!(text.contains("difference against kz-2025-enacted"), "{text}");
    for f in ["summary.csv", "summary.parquet", "differences.csv", "differences.parquet", "replicates.parquet"] {
        assert_eq!(std::fs::read(a.join(f)).unwrap(), std::fs::read(b.join(f)).unwrap(), "{f} differs between 1 and 2 threads");
    }
    let diff = std::fs::read_to_string(a.join("differences.csv")).unwrap();
    assert_eq!(diff.lines().next().unwrap(), "draft,baseline,metric,status,outcome,breakdown,level,mean,sd,p05,p50,p95");
}

#[test]
fn check_accepts_shipped_drafts_and_rejects_a_broken_one() {
    let o = bin().args(["check", "kz-2025-enacted", "kz-2016"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stdout));
    let dir = temp_dir("check");
    let text = amnesty_sim::draft::SHIPPED[0].1.replace("when = \"gravity <= minor\"", "when = \"gravity <= minr\"");
    let path = dir.join("broken.toml");
    std::fs::write(&path, &text).unwrap();
    let o = bin().arg("check").arg(&path).output().unwrap();
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(o.status.code(), Some(1), "{out}");
    let line = text.lines().position(|l| l.contains("gravity <= minr")).unwrap() + 1;
    assert!(out.contains(&format!("broken.toml:{line}:20: `minr` is not a value of `gravity`; did you mean `minor`?")), "{out}");
    let o = bin().args(["check", "no-such-draft"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn check_warns_about_a_provision_nobody_matches() {
    let dir = temp_dir("lint");
    let text = format!(
        "{}\n[[provision]]\nid = \"nobody\"\ncite = \"test\"\napplies_to = [\"prisoner\"]\nwhen = \"age > 100\"\neffect = \"release\"\n\n[[provision]]\nid = \"swallowed\"\ncite = \"test\"\napplies_to = [\"prisoner\"]\nwhen = \"life\"\neffect = \"release\"\n",
        amnesty_sim::draft::SHIPPED[0].1
    );
    let path = dir.join("lint.toml");
    std::fs::write(&path, text).unwrap();
    let o = bin().arg("check").arg(&path).output().unwrap();
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("provision `nobody`: no person of the population matches `age > 100`"), "{out}");
    assert!(out.contains("provision `swallowed`: wholly covered by exclusions"), "{out}");
    let o = bin().arg("check").arg(&path).arg("--strict").output().unwrap();
    assert_eq!(o.status.code(), Some(1));
}

/// `check` names every clause that has no short name in some language (reports, charts
/// and the page would show its citation instead), and only those: the shipped law is
/// clean, a clause stripped of its Kazakh name and one written with no name are not.
#[test]
fn check_warns_about_a_clause_without_a_name() {
    let enacted = amnesty_sim::draft::SHIPPED.iter().find(|(id, _)| *id == "kz-2025-enacted").unwrap().1;
    let o = bin().args(["check", "kz-2025-enacted"]).output().unwrap();
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(o.status.success() && !out.contains("short name"), "{out}");
    let kk = enacted.lines().find(|l| l.starts_with("name_kk = \"Қолданылмайды: азаптаулар\"")).expect("art4-5 has a Kazakh name");
    let text = format!(
        "{}\n[[provision]]\nid = \"unnamed\"\ncite = \"Art. 9\"\napplies_to = [\"prisoner\"]\nwhen = \"gravity <= minor\"\neffect = \"release\"\n",
        enacted.replace(&format!("{kk}\n"), "")
    );
    let dir = temp_dir("names");
    let path = dir.join("unnamed.toml");
    std::fs::write(&path, text).unwrap();
    let o = bin().arg("check").arg(&path).output().unwrap();
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(o.status.code(), Some(0), "{out}");
    let warnings: Vec<&str> = out.lines().filter(|l| l.contains("short name")).collect();
    assert_eq!(warnings.len(), 4, "{out}");
    assert!(warnings[0].contains("warning: provision `unnamed` has no short name in English") && warnings[0].contains("add `name`"), "{out}");
    assert!(warnings[1].contains("provision `unnamed` has no short name in Russian") && warnings[2].contains("provision `unnamed` has no short name in Kazakh"), "{out}");
    assert!(warnings[3].contains("warning: exclusion `art4-5` has no short name in Kazakh") && warnings[3].contains("add `name_kk`"), "{out}");
    let o = bin().arg("check").arg(&path).arg("--strict").output().unwrap();
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn explain_shows_the_deciding_values() {
    let o = bin().args(["explain", "kz-2025-enacted", "--person", "5"]).output().unwrap();
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.contains("person 5:") && out.contains("provisions:") && out.contains("on paper"), "{out}");
    let o = bin().args(["explain", "kz-2025-enacted", "--person", "999999"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--person 999999: no person with this id"), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn a_registry_runs_as_a_fixed_population() {
    let dir = temp_dir("registry");
    let reg = dir.join("registry.csv");
    assert!(bin().args(["population", "--seed", "2", "--out"]).arg(&reg).status().unwrap().success());
    let text = run_ok(&["run", "kz-2025-enacted", "--replicates", "10", "--population", reg.to_str().unwrap()], &dir.join("out"));
    assert!(text.contains("fixed registry"), "{text}");
}

#[test]
fn usage_mistakes_are_clear() {
    let o = bin().args(["run", "kz-2025-enactd", "--replicates", "2"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("did you mean `kz-2025-enacted`?"));
    let o = bin().args(["run", "--interval", "1.5", "--replicates", "2"]).output().unwrap();
    assert!(String::from_utf8_lossy(&o.stderr).contains("--interval 1.5: must lie strictly between 0 and 1"));
    // A file that is not there is the user's files' kind (65), not the command line's.
    let o = bin().args(["run", "--replicates", "2", "--population", "/nonexistent/registry.csv"]).output().unwrap();
    assert_eq!(o.status.code(), Some(65), "{}", String::from_utf8_lossy(&o.stderr));
    let o = bin().args(["compare", "kz-2025-enacted"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    // Bounds stated before any work, naming what would be valid.
    let o = bin().args(["run", "--replicates", "10000000000"]).output().unwrap();
    assert!(!o.status.success() && String::from_utf8_lossy(&o.stderr).contains("give 1 to 1000000"), "{}", String::from_utf8_lossy(&o.stderr));
    let targets = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/targets/kz-2025-actual.toml");
    let o = bin().args(["calibrate", "--draft", "kz-2025-enacted", "--targets", targets, "--draws", "0"]).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("--draws 0") && !err.contains("--replicates"), "{err}");
    let dir = temp_dir("bigspec");
    let prior = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/population/kz-2025-prior.toml")).unwrap();
    let big = dir.join("big.toml");
    std::fs::write(&big, prior.replacen("value = 33_000", "value = 100_000_000", 1)).unwrap();
    for cmd in [&["population", "--summary", "--spec"][..], &["run", "--replicates", "2", "--population"][..]] {
        let o = bin().args(cmd).arg(&big).output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!o.status.success() && err.contains("a population holds at most 16777215"), "{cmd:?}: {err}");
    }
}

/// `--threads 0` runs on all cores and the manifest says how many ran.
#[test]
fn threads_zero_records_the_threads_that_ran() {
    let dir = temp_dir("threads0");
    run_ok(&["run", "--replicates", "3", "--no-report", "--threads", "0"], &dir);
    let manifest = std::fs::read_to_string(dir.join("manifest.json")).unwrap();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    assert!(manifest.contains(&format!("\"threads\": {cores}")), "{manifest}");
}

/// A draft that covers nobody, and a two-person registry, run to a complete folder
/// with charts and a report (the charts once crashed on empty data).
#[test]
fn empty_results_still_make_a_complete_run() {
    let dir = temp_dir("nobody");
    let enacted = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/drafts/kz-2025-enacted.toml")).unwrap();
    let nobody = dir.join("nobody.toml");
    std::fs::write(&nobody, enacted.replacen("when = \"tag == corruption\"", "when = \"true\"", 1)).unwrap();
    let out = dir.join("out1");
    run_ok(&["run", nobody.to_str().unwrap(), "--replicates", "5"], &out);
    assert!(out.join("report.html").exists() && out.join("manifest.json").exists());
    let registry = dir.join("pop.csv");
    let o = bin().args(["population", "--seed", "1", "--out"]).arg(&registry).output().unwrap();
    assert!(o.status.success());
    let text = std::fs::read_to_string(&registry).unwrap();
    let two: String = text.lines().take(3).map(|l| format!("{l}\n")).collect();
    std::fs::write(&registry, two).unwrap();
    let out = dir.join("out2");
    run_ok(&["run", "--population", registry.to_str().unwrap(), "--replicates", "5"], &out);
    assert!(out.join("report.html").exists() && out.join("manifest.json").exists());
}

/// Forecast and outcome files side by side in one table, with each draft's interval.
#[test]
fn several_targets_files_print_one_table() {
    let dir = temp_dir("targets");
    let root = env!("CARGO_MANIFEST_DIR");
    let forecast = format!("{root}/scenarios/targets/kz-2025-forecast.toml");
    let outcome = format!("{root}/scenarios/targets/kz-2025-actual.toml");
    let text = run_ok(&["compare", "kz-2025-enacted", "kz-2025-no-1y", "--replicates", "30", "--targets", &forecast, "--targets", &outcome], &dir);
    let header = text.lines().find(|l| l.starts_with("figure")).unwrap_or_else(|| panic!("{text}"));
    for col in ["source", "forecast", "outcome", "kz-2025-enacted", "kz-2025-no-1y"] {
        assert!(header.contains(col), "{header}");
    }
    let row = text.lines().find(|l| l.starts_with("prisoners released, incl. by the cut")).unwrap();
    assert!(row.contains(">2,000") && row.contains("outcome (committee)"), "{row}");
    let row = text.lines().find(|l| l.starts_with("prisoners released by release items")).unwrap();
    assert!(row.contains("632") && (row.contains(" yes") || row.contains(" NO")), "{row}");
}

/// A broken targets file is reported before the Monte Carlo, with its line and column.
#[test]
fn a_broken_targets_file_is_reported_before_any_replicate() {
    let dir = temp_dir("badtargets");
    let bad = dir.join("t.toml");
    std::fs::write(
        &bad,
        "[meta]\ntitle = \"t\"\n[[target]]\nname = \"x\"\nvalue = 5\ntolerance = 0.1\nstatus = [\"prisoner\", \"заключённый\"]\noutcomes = [\"released\"]\nsource = \"s\"\n",
    )
    .unwrap();
    let started = std::time::Instant::now();
    let o = bin().args(["run", "--replicates", "100000", "--targets"]).arg(&bad).arg("--out").arg(dir.join("out")).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success() && err.contains("t.toml:7:10: unknown status `заключённый`"), "{err}");
    assert!(started.elapsed().as_secs() < 20 && !dir.join("out").exists(), "the replicates ran first");
}

/// `check` holds the catalogue to art. 11: a gravity its sanction does not give fails,
/// at the gravity's line and column; with no drafts it checks every shipped one.
#[test]
fn check_lints_the_catalogue_and_every_shipped_draft() {
    let o = bin().arg("check").output().unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}");
    assert!(out.contains("scenarios/articles.toml: ok: catalogue") && out.contains("draft `kz-2021`") && out.contains("draft `kz-2025-whatif-imposed-term`"), "{out}");
    let dir = temp_dir("badcat");
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/articles.toml")).unwrap();
    let at = text.find("article = \"293\"\npart = 1\n").unwrap();
    let g = at + text[at..].find("gravity = \"minor\"").unwrap();
    let bad = format!("{}gravity = \"medium\"{}", &text[..g], &text[g + "gravity = \"minor\"".len()..]);
    let line = bad[..g].matches('\n').count() + 1;
    let path = dir.join("articles.toml");
    std::fs::write(&path, bad).unwrap();
    let o = bin().args(["check", "kz-2025-enacted", "--catalogue"]).arg(&path).output().unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains(&format!("articles.toml:{line}:11: 293-1: gravity `medium` does not follow from its sanction")), "{out}");
}

/// `--out` is checked before the first replicate: a file or a folder of other files is
/// refused; an earlier run is replaced whole, with no stale file left beside the new one.
#[test]
fn out_folders_are_checked_first_and_replaced_whole() {
    let dir = temp_dir("outdir");
    std::fs::write(dir.join("notes.txt"), "mine").unwrap();
    let o = bin().args(["run", "--replicates", "100000", "--quiet", "--out"]).arg(&dir).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success() && err.contains("no earlier run of amnesty-sim"), "{err}");
    assert_eq!(std::fs::read_to_string(dir.join("notes.txt")).unwrap(), "mine");
    let run = dir.join("run");
    run_ok(&["run", "--replicates", "3", "--no-report"], &run);
    std::fs::write(run.join("stale.csv"), "old").unwrap();
    run_ok(&["run", "--replicates", "3", "--no-report"], &run);
    assert!(!run.join("stale.csv").exists() && run.join("manifest.json").exists());
    let partial = std::fs::read_dir(&dir).unwrap().filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().contains("partial")).count();
    assert_eq!(partial, 0);
}

#[test]
fn numbers_the_run_would_refuse_are_refused_before_any_folder_is_made() {
    let root = temp_dir("refused-early");
    for (flag, value, says) in [("--horizon", "500", "--horizon 500: give 0"), ("--interval", "1.5", "--interval 1.5: must lie"), ("--replicates", "0", "--replicates 0: give 1")] {
        let out = root.join(flag.trim_start_matches('-'));
        let o = bin().args(["run", flag, value, "--quiet", "--out"]).arg(&out).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{flag} {value}");
        assert!(String::from_utf8_lossy(&o.stderr).contains(says), "{}", String::from_utf8_lossy(&o.stderr));
        assert!(!out.exists(), "{flag} {value} made {}", out.display());
        let leftovers: Vec<_> = std::fs::read_dir(&root).unwrap().filter_map(|e| e.ok()).map(|e| e.file_name()).collect();
        assert!(leftovers.is_empty(), "{flag}: left {leftovers:?}");
    }
}

/// A thread count far beyond the cores is refused before any work or folder, with the
/// cap and why; `run`, `sweep` and `calibrate` alike.
#[test]
fn a_thread_count_beyond_the_cap_is_refused_before_anything_runs() {
    let dir = temp_dir("threads-cap");
    let out = dir.join("run");
    for args in [
        vec!["run", "--threads", "100000", "--replicates", "2", "--out"],
        vec!["sweep", "--vary", "provision.art2-2=on,off", "--threads", "100000", "--replicates", "2", "--out"],
        vec!["calibrate", "--draft", "kz-2025-enacted", "--targets", "scenarios/targets/kz-2025-actual.toml", "--threads", "100000", "--draws", "2", "--out"],
    ] {
        let started = std::time::Instant::now();
        let o = bin().args(&args).arg(&out).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("--threads 100000: at most") && err.contains("four per core"), "{args:?}: {err}");
        assert!(!out.exists(), "{args:?}: nothing written");
        assert!(started.elapsed().as_secs() < 5, "{args:?}: refused at once");
    }
}

/// A draft run on a population it was not written for says so (and in the report);
/// on its own population it does not.
#[test]
fn a_draft_on_another_population_says_so() {
    let dir = temp_dir("population-note");
    let o = bin().args(["run", "kz-2021", "--replicates", "3", "--quiet", "--lang", "ru", "--out"]).arg(dir.join("other")).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("написан для другого контингента («контингент уголовно-исполнительной системы Казахстана, декабрь 2021 года»"), "{err}");
    let report = std::fs::read_to_string(dir.join("other").join("report.html")).unwrap();
    assert!(report.contains("написан для другого контингента («контингент уголовно-исполнительной системы Казахстана, декабрь 2021 года»"), "the report says it too");
    let spec = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/population/kz-2021.toml");
    let o = bin().args(["run", "kz-2021", "--population", spec, "--replicates", "3", "--quiet", "--no-report", "--out"]).arg(dir.join("own")).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!String::from_utf8_lossy(&o.stderr).contains("written for"), "{}", String::from_utf8_lossy(&o.stderr));
    // In English too, the population is named in words, not by its id.
    let o = bin().args(["run", "kz-2021", "--replicates", "3", "--quiet", "--no-report", "--out"]).arg(dir.join("en")).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("written for another population (Kazakhstan's penal population of December 2021, 2021-12-07)") && !err.contains("(kz-2021"), "{err}");
}
