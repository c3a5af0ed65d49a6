//! Every command speaks the reader's language to the last line: each is run under
//! `--lang ru`, `--lang kk` (before and after the command's name) and `AMNESTY_LANG=kk`,
//! and what it prints (standard output and error) must hold no English word outside
//! what the reader typed or meets as written: file paths, draft ids, `code` in
//! backticks, the source line of an error's frame, and technical names the test lists.

mod common;

use std::path::Path;

use common::{bin, foreign_words, temp_dir};

/// How a language is chosen.
#[derive(Clone, Copy, Debug)]
enum Choice {
    /// `--lang CODE` before the command's name.
    Before(&'static str),
    /// `--lang CODE` after the command's arguments.
    After(&'static str),
    /// `AMNESTY_LANG=CODE`.
    Env(&'static str),
}

const CHOICES: [Choice; 4] = [Choice::Before("ru"), Choice::After("kk"), Choice::Env("kk"), Choice::After("ru")];

/// Runs the binary with `args` in the language `choice` picks (in `dir`), and returns
/// its exit code and everything it printed.
fn run(choice: Choice, args: &[&str], dir: &Path) -> (i32, String) {
    let mut c = command(choice, args);
    c.current_dir(dir);
    let o = c.output().unwrap();
    (o.status.code().unwrap_or(-1), format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr)))
}

/// The binary with `args` and the language `choice` picks: the flag before or after
/// the command, or the environment variable.
fn command(choice: Choice, args: &[&str]) -> std::process::Command {
    let mut c = bin();
    match choice {
        Choice::Before(code) => {
            c.args(["--lang", code]).args(args);
        }
        Choice::After(code) => {
            c.args(args).args(["--lang", code]);
        }
        Choice::Env(code) => {
            c.args(args).env(amnesty_sim::i18n::LANG_ENV, code);
        }
    }
    c
}

/// The English words of `text` a reader should not meet: what [`foreign_words`] finds
/// once the frame's source lines, `code` in backticks, draft ids and the `allowed`
/// tokens (whole, as printed) are taken out.
fn english(text: &str, allowed: &[&str]) -> Vec<String> {
    // The allowed tokens first, whole (a draft's note may hold `code` of its own).
    let ids: Vec<&str> = amnesty_sim::draft::SHIPPED.iter().map(|(id, _)| *id).collect();
    let mut text = text.to_string();
    // Replaced by a Cyrillic word, so that a path around an id stays a path.
    for token in allowed.iter().chain(&ids) {
        text = text.replace(token, "ид");
    }
    let mut kept = String::new();
    for line in text.lines() {
        let frame = line.split_once(" | ").is_some_and(|(g, _)| g.trim().chars().all(|c| c.is_ascii_digit())) || line.trim_end().ends_with(" |");
        if !frame {
            kept.push_str(&line.split('`').step_by(2).collect::<Vec<_>>().join(" "));
            kept.push('\n');
        }
    }
    foreign_words(&kept, &[])
}

/// Asserts that `args` succeed (or fail with `code`) in every language choice and
/// print no English word beyond `allowed`.
fn assert_translated(name: &str, args: &[&str], code: i32, allowed: &[&str]) {
    for choice in CHOICES {
        let dir = temp_dir(&format!("{name}-{choice:?}").replace(['(', ')', '"'], ""));
        // `DIR` in an argument is this run's own folder (an absolute path, as a file
        // name the reader typed).
        let args: Vec<String> = args.iter().map(|a| a.replace("DIR", &dir.display().to_string())).collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (got, text) = run(choice, &args, &dir);
        assert_eq!(got, code, "{name} {choice:?}: exit code {got}\n{text}");
        assert!(text.chars().any(|c| ('а'..='я').contains(&c)), "{name} {choice:?}: no Cyrillic at all\n{text}");
        let words = english(&text, allowed);
        assert!(words.is_empty(), "{name} {choice:?}: English words {words:?} in\n{text}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// The name of every build of the hot loops: printed as is in every language.
const BUILDS: [&str; 3] = ["avx512", "avx2", "baseline"];

/// A shipped draft's text with one change, written to `name` in `dir`.
fn broken(dir: &Path, name: &str, from: &str, to: &str) {
    let text = amnesty_sim::draft::SHIPPED.iter().find(|(id, _)| *id == "kz-2025-enacted").unwrap().1;
    assert!(text.contains(from), "the enacted draft no longer holds {from:?}");
    std::fs::write(dir.join(name), text.replacen(from, to, 1)).unwrap();
}

#[test]
fn draft_errors_are_in_the_chosen_language() {
    let dir = temp_dir("drafts");
    broken(&dir, "fraction.toml", "fraction = 0.5,", "fraction = 1.5,");
    broken(&dir, "field.toml", "\noffence_cutoff = ", "\noffence_cutof = ");
    for file in ["fraction.toml", "field.toml"] {
        let path = dir.join(file).display().to_string();
        assert_translated(file, &["check", &path], 1, &[]);
        assert_translated(file, &["run", &path, "--replicates", "2", "--no-report", "--quiet"], 65, &[]);
    }
    assert_translated("unknown-draft", &["run", "kz-2099", "--replicates", "2", "--no-report"], 2, &["kz-2099"]);
    assert_translated("unknown-file", &["run", "--population", "/no/such/registry.csv", "--replicates", "2", "--no-report"], 65, &[]);
    assert_translated("unknown-person", &["explain", "kz-2021", "--person", "999999999"], 2, &["--person"]);
}

#[test]
fn run_and_compare_print_in_the_chosen_language() {
    assert_translated("run", &["run", "kz-2025-no-1y", "--replicates", "4", "--no-report", "--quiet", "--out", "DIR/out"], 0, &BUILDS);
    assert_translated("compare", &["compare", "kz-2025-enacted", "kz-2021", "--replicates", "4", "--no-report", "--quiet", "--out", "DIR/out"], 0, &BUILDS);
}

#[test]
fn sweep_prints_in_the_chosen_language() {
    let args = ["sweep", "--vary", "provision.art3-4-1.effect.cut.fraction=0.1:0.5:0.2", "--replicates", "4", "--quiet", "--out", "DIR/out"];
    assert_translated("sweep", &args, 0, &BUILDS);
}

#[test]
fn calibrate_prints_in_the_chosen_language() {
    let targets = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/targets/kz-2025-actual.toml");
    let args = ["calibrate", "--draft", "kz-2025-enacted", "--targets", targets, "--draws", "20", "--accept", "0.5", "--out", "DIR/cal.toml"];
    // The draft's parameters are named as its file names them.
    assert_translated("calibrate", &args, 0, &["[draft_parameters]", "court_grant", "repayment_in_time", "processing_months", "cut_fraction.art3-6", "cut_whole_share.art3-6"]);
}

#[test]
fn check_and_population_print_in_the_chosen_language() {
    assert_translated("check", &["check", "kz-2025-enacted", "kz-2021"], 0, &[]);
    assert_translated("population", &["population", "--central", "--out", "DIR/pop.csv"], 0, &[]);
}

/// The notes of shipped draft `id`: the draft's own words, shown as written in every
/// language (`explain` prints them), so a test takes them out as it takes out ids.
fn notes(id: &str) -> Vec<String> {
    let d = amnesty_sim::draft::resolve(id).unwrap();
    let mut out: Vec<String> = d.exclusions.iter().filter_map(|e| e.note.clone()).chain(d.provisions.iter().filter_map(|p| p.note.clone())).collect();
    out.extend(d.vulnerable.as_ref().and_then(|v| v.note.clone()));
    out.extend(d.combine_note.clone());
    // Longest first, so a note inside another is not cut out of it first.
    out.sort_by_key(|n| std::cmp::Reverse(n.len()));
    out
}

#[test]
fn explain_lists_a_draft_and_walks_a_person_through_it_in_the_chosen_language() {
    for id in ["kz-2025-enacted", "kz-2021"] {
        let notes = notes(id);
        let allowed: Vec<&str> = notes.iter().map(String::as_str).collect();
        assert_translated(&format!("explain-{id}"), &["explain", id], 0, &allowed);
    }
    // A prisoner excluded by several items, and persons of the other statuses.
    for person in ["42", "5", "40000", "60000"] {
        assert_translated(&format!("explain-person-{person}"), &["explain", "kz-2025-enacted", "--person", person], 0, &[]);
    }
}

#[test]
fn population_summary_prints_in_the_chosen_language() {
    assert_translated("population-summary", &["population", "--summary"], 0, &[]);
    assert_translated("population-summary-2021", &["population", "--summary", "--central", "--draft", "kz-2021"], 0, &[]);
}

#[test]
fn sweep_solve_and_check_paths_print_in_the_chosen_language() {
    let args =
        ["sweep", "--vary", "provision.art3-4-1.effect.cut.fraction=0.1:0.5:0.2", "--solve", "prisoner freed <= 1500 at 90%", "--replicates", "8", "--quiet", "--out", "DIR/out"];
    assert_translated("sweep-solve", &args, 0, &BUILDS);
    assert_translated("check-paths", &["check", "--paths", "kz-2025-enacted", "kz-2021"], 0, &[]);
}

#[test]
fn sweep_mistakes_are_in_the_chosen_language() {
    let path = "provision.art3-4-1.effect.cut.fraction";
    for (name, vary) in [
        ("vary-form", "provision.art3-4-1"),
        ("vary-path", "provision.art3_4_1.effect.cut.fraction=0.1:0.5:0.1"),
        ("vary-range", &format!("{path}=0.1:0.5")[..]),
        ("vary-step", &format!("{path}=0.1:0.5:0")[..]),
        ("vary-value", &format!("{path}=0.1:lots:0.1")[..]),
        ("vary-switch", "exclude.art4-1=может"),
        ("vary-draft", &format!("{path}=0.5:1.5:0.5")[..]),
    ] {
        assert_translated(name, &["sweep", "--vary", vary, "--replicates", "2", "--out", "DIR/out"], 2, &["--vary"]);
    }
    let vary = format!("{path}=0.1:0.5:0.2");
    for (name, flag, value) in [
        ("metric", "--metric", "prisoner relased"),
        ("metric-extra", "--metric", "prisoner released today"),
        ("solve-comparison", "--solve", "prisoner released 1000"),
        ("solve-number", "--solve", "prisoner released <= lots"),
        ("solve-probability", "--solve", "prisoner released <= 10 at 150%"),
        ("solve-trailing", "--solve", "prisoner released <= 10 by 90%"),
    ] {
        assert_translated(name, &["sweep", "--vary", &vary, flag, value, "--replicates", "2", "--out", "DIR/out"], 2, &[flag]);
    }
}

/// A population file written by the program, with `column` of the first person set to
/// `value`, at `name` in `dir`.
fn registry_with(dir: &Path, name: &str, column: &str, value: &str) -> String {
    let pop = dir.join("pop.csv");
    if !pop.exists() {
        assert!(common::bin().args(["population", "--central", "--out"]).arg(&pop).status().unwrap().success());
    }
    let text = std::fs::read_to_string(&pop).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let at = lines[0].split(',').position(|h| h == column).unwrap_or_else(|| panic!("no column {column}"));
    let mut row: Vec<String> = lines[1].split(',').map(str::to_string).collect();
    row[at] = value.to_string();
    lines[1] = row.join(",");
    let path = dir.join(name);
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path.display().to_string()
}

#[test]
fn registry_mistakes_are_in_the_chosen_language() {
    let dir = temp_dir("registry-mistakes");
    for (name, column, value) in [("gravity.csv", "gravity", "тяжкое"), ("age.csv", "age", "300"), ("flag.csv", "repaid", "может"), ("status.csv", "status", "")] {
        let path = registry_with(&dir, name, column, value);
        assert_translated(name, &["run", "--population", &path, "--replicates", "2", "--no-report", "--quiet"], 65, &[]);
    }
    // A misspelt optional column is named as not used, in words of the language.
    let path = registry_with(&dir, "status-ok.csv", "status", "prisoner");
    let text = std::fs::read_to_string(&path).unwrap().replacen("probation_kind", "probation_knd", 1);
    std::fs::write(&path, text).unwrap();
    assert_translated("unused-column", &["explain", "kz-2025-enacted", "--person", "1", "--population", &path], 0, &[]);
}

#[test]
fn targets_and_calibration_mistakes_are_in_the_chosen_language() {
    let dir = temp_dir("targets-mistakes");
    let shipped = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/targets/kz-2025-actual.toml")).unwrap();
    for (name, from, to) in [
        ("outcome.toml", "outcomes = [\"released\", \"released_by_cut\"]", "outcomes = [\"released\", \"relased\"]"),
        ("status.toml", "status = \"prisoner\"\n", "status = \"prisonr\"\n"),
    ] {
        assert!(shipped.contains(from), "the targets file no longer holds {from}");
        let path = dir.join(name);
        std::fs::write(&path, shipped.replacen(from, to, 1)).unwrap();
        let path = path.display().to_string();
        assert_translated(name, &["calibrate", "--draft", "kz-2025-enacted", "--targets", &path, "--draws", "2", "--out", "DIR/cal.toml"], 65, &[]);
    }
    let targets = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/targets/kz-2025-actual.toml");
    assert_translated("draws", &["calibrate", "--draft", "kz-2025-enacted", "--targets", targets, "--draws", "0", "--out", "DIR/cal.toml"], 2, &["--draws"]);
}

#[test]
fn rarer_draft_and_condition_mistakes_are_in_the_chosen_language() {
    let dir = temp_dir("rarer-drafts");
    for (name, from, to) in [
        ("date.toml", "effective_date = \"2025-06-23\"", "effective_date = \"2025-06-31\""),
        ("effect.toml", "effect = \"release\"", "effect = \"releese\""),
        ("assign.toml", "when = \"gravity <= minor\"", "when = \"gravity = minor\""),
        ("value.toml", "when = \"gravity <= minor\"", "when = \"gravity <= minr\""),
        ("dash.toml", "when = \"gravity <= minor\"", "when = \"gravity <= minor and age — 3\""),
        ("unit.toml", "when = \"gravity <= minor\"", "when = \"age > 30d\""),
    ] {
        broken(&dir, name, from, to);
        let path = dir.join(name).display().to_string();
        assert_translated(name, &["check", &path], 1, &[]);
    }
}

#[test]
fn run_settings_output_folder_and_targets_table_are_in_the_chosen_language() {
    let targets = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/targets/kz-2025-actual.toml");
    let args = ["run", "kz-2025-enacted", "--targets", targets, "--replicates", "4", "--no-report", "--quiet", "--out", "DIR/out"];
    assert_translated("run-targets", &args, 0, &BUILDS);
    assert_translated("threads", &["run", "--threads", "100000", "--replicates", "2", "--no-report"], 2, &["--threads"]);
    assert_translated("interval", &["run", "--interval", "1.5", "--replicates", "2", "--no-report"], 2, &["--interval"]);
    assert_translated("replicates", &["run", "--replicates", "0", "--no-report"], 2, &["--replicates"]);
    // `--out` at a file: refused in words of the language.
    let dir = temp_dir("out-file");
    std::fs::write(dir.join("afile"), b"x").unwrap();
    let out = dir.join("afile").display().to_string();
    assert_translated("out-file", &["run", "--replicates", "2", "--no-report", "--quiet", "--out", &out], 2, &["--out"]);
}

/// Runs the binary with `args` in the language `choice` picks and returns its exit code
/// and its standard output and error apart.
fn run_apart(choice: Choice, args: &[&str]) -> (i32, String, String) {
    let o = command(choice, args).output().unwrap();
    (o.status.code().unwrap_or(-1), String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

/// What the help shows as it is typed, in every language: the program's and the
/// commands' names, every flag, value name, variable and default value.
fn help_code() -> Vec<String> {
    use clap::CommandFactory;
    fn walk(c: &clap::Command, out: &mut Vec<String>) {
        out.push(c.get_name().to_string());
        for a in c.get_arguments() {
            out.extend(a.get_long().map(|l| format!("--{l}")));
            out.extend(a.get_short().map(|s| format!("-{s}")));
            for v in a.get_value_names().unwrap_or_default() {
                out.extend([format!("<{v}>"), format!("[{v}]")]);
            }
            if a.get_value_names().is_none() && a.is_positional() {
                let v = a.get_id().as_str().to_uppercase();
                out.extend([format!("<{v}>"), format!("[{v}]")]);
            }
            if let Some(env) = a.get_env() {
                let env = env.to_string_lossy();
                out.extend(["kk", "ru", "en", ""].map(|v| format!("{env}={v}")));
            }
            // A note on an argument keeps its words together with no-break spaces.
            out.extend(a.get_default_values().iter().map(|v| format!(":\u{a0}{}]", v.to_string_lossy())));
        }
        for sc in c.get_subcommands() {
            walk(sc, out);
        }
    }
    let mut cmd = amnesty_sim::cli::Cli::command();
    cmd.build();
    // Names of formats and programs, the same in every language.
    let mut out: Vec<String> = ["TOML", "CSV", "Parquet", "PNG", "SVG", "Chromium", "Ctrl-C", "amnesty-sim"].map(String::from).to_vec();
    walk(&cmd, &mut out);
    // Longest first, so that a flag is taken out whole before a shorter one inside it.
    out.sort_by_key(|t| std::cmp::Reverse(t.len()));
    out.dedup();
    out
}

/// `text` without the example command lines of a help (a line starting with
/// `amnesty-sim `, and the line after one ending in ` \`): commands as typed.
fn without_examples(text: &str) -> String {
    let mut kept = String::new();
    let mut continued = false;
    for line in text.lines() {
        let command = continued || line.trim_start().starts_with("amnesty-sim ");
        continued = command && line.ends_with(" \\");
        if !command {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    kept
}

/// The commands whose help the tests read: the program and each subcommand.
fn help_commands() -> Vec<Vec<&'static str>> {
    let mut out = vec![vec![]];
    for c in ["population", "run", "compare", "sweep", "check", "calibrate", "explain", "serve"] {
        out.push(vec![c]);
    }
    out
}

#[test]
fn every_help_is_in_the_chosen_language() {
    use clap::CommandFactory;
    let names: Vec<String> = amnesty_sim::cli::Cli::command().get_subcommands().map(|c| c.get_name().to_string()).collect();
    // Every command of the program is read here (but clap's own `help`).
    for n in names.iter().filter(|n| *n != "help") {
        assert!(help_commands().iter().any(|c| c.first() == Some(&n.as_str())), "the help of `{n}` is not tested");
    }
    let code = help_code();
    let allowed: Vec<&str> = code.iter().map(String::as_str).collect();
    for command in help_commands() {
        for flag in ["--help", "-h"] {
            let mut args = command.clone();
            args.push(flag);
            for choice in CHOICES {
                let (got, out, err) = run_apart(choice, &args);
                assert_eq!((got, err.as_str()), (0, ""), "{args:?} {choice:?}: exit code {got}\n{err}");
                assert!(out.chars().any(|c| ('а'..='я').contains(&c)), "{args:?} {choice:?}: no Cyrillic at all\n{out}");
                // `code` that the help wraps onto the next line is code all the same.
                let prose = without_examples(&out).split('`').step_by(2).collect::<Vec<_>>().join(" ");
                let words = english(&prose, &allowed);
                assert!(words.is_empty(), "{args:?} {choice:?}: English words {words:?} in\n{out}");
            }
        }
    }
    // `help COMMAND` is `COMMAND --help` (clap's `help` takes no flag after it).
    for choice in [Choice::Before("ru"), Choice::Env("kk")] {
        let (_, help, _) = run_apart(choice, &["help", "run"]);
        let (_, long, _) = run_apart(choice, &["run", "--help"]);
        assert_eq!(help, long, "{choice:?}");
    }
}

#[test]
fn english_help_is_clap_s_own() {
    use clap::CommandFactory;
    for command in help_commands() {
        for flag in ["--help", "-h"] {
            let mut args = command.clone();
            args.push(flag);
            // What clap prints for these arguments with the command as the derive builds it.
            let err = amnesty_sim::cli::Cli::command().try_get_matches_from(std::iter::once("amnesty-sim").chain(args.iter().copied())).unwrap_err();
            let want = err.render().to_string();
            let o = bin().args(&args).env_remove(amnesty_sim::i18n::LANG_ENV).output().unwrap();
            assert_eq!(String::from_utf8_lossy(&o.stdout), want, "{args:?}");
            let o = bin().args(&args).args(["--lang", "en"]).env_remove(amnesty_sim::i18n::LANG_ENV).output().unwrap();
            assert_eq!(String::from_utf8_lossy(&o.stdout), want, "{args:?} --lang en");
        }
    }
    // clap's errors too, word for word.
    let o = bin().args(["run", "--bogus"]).env_remove(amnesty_sim::i18n::LANG_ENV).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("error: unexpected argument '--bogus' found"));
}

#[test]
fn clap_s_argument_errors_are_in_the_chosen_language() {
    let usage = ["amnesty-sim", "run", "[DRAFTS]", "--help"];
    let with = |extra: &[&'static str]| -> Vec<&'static str> { usage.iter().chain(extra).copied().collect() };
    assert_translated("clap-unknown-flag", &["run", "--bogus"], 2, &with(&["--bogus"]));
    assert_translated("clap-near-flag", &["run", "--replicate", "5"], 2, &with(&["--replicates", "--replicate"]));
    assert_translated("clap-unknown-command", &["bogus"], 2, &with(&["bogus"]));
    assert_translated("clap-not-a-number", &["run", "--replicates", "abc"], 2, &with(&["--replicates", "<REPLICATES>", "abc"]));
    assert_translated("clap-no-value", &["run", "--replicates"], 2, &with(&["--replicates", "<REPLICATES>"]));
    assert_translated("clap-too-few", &["compare", "kz-2021"], 2, &with(&["compare", "<DRAFTS>"]));
    assert_translated("clap-twice", &["run", "--quiet", "--quiet"], 2, &with(&["--quiet"]));
    assert_translated("clap-range", &["serve", "--port", "99999"], 2, &with(&["--port", "<PORT>"]));
    // No command: what is missing (with `--lang`), or the help (with nothing typed).
    let code = help_code();
    let allowed: Vec<&str> = code.iter().map(String::as_str).collect();
    assert_translated("clap-no-command", &[], 2, &allowed);
}
