//! Helpers shared by the integration tests. Each file under `tests/` is its own crate
//! and takes these with `mod common;`.

// Every test crate compiles this whole module but uses only some of it, and an unused
// helper would otherwise warn (an error under `clippy -D warnings`) in each crate that
// does not call it.
#![allow(dead_code)]

pub mod browser;

use std::path::PathBuf;
use std::process::Command;

use amnesty_sim::draft::{Draft, SHIPPED};

/// The environment variables the program reads that change what it does or writes:
/// `AMNESTY_LANG` (the language of the console, the report and the charts) and
/// `AMNESTY_BUILD` (the build of the hot loops, named in the console and the manifest;
/// a name it does not know is refused). Read from the library's own constants so a
/// rename follows.
pub const PROGRAM_ENV: [&str; 2] = [amnesty_sim::i18n::LANG_ENV, amnesty_sim::arch::BUILD_VARIABLE];

/// The binary, as a user runs it, but in a clean environment for what it reads
/// ([`PROGRAM_ENV`]): a test asserts on English output and on a run that starts, which
/// `AMNESTY_LANG=ru` or a stray `AMNESTY_BUILD` in the shell of whoever runs `cargo
/// test` would otherwise change. A test that wants one sets it again with `.env(..)`
/// after this (later settings win).
pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_amnesty-sim"));
    for name in PROGRAM_ENV {
        c.env_remove(name);
    }
    c
}

/// A path in the system's temporary folder with nothing at it (an earlier process's
/// leftovers are removed), for a test that lets the program create it or checks that
/// it does not. The name carries the test file's crate and this process's id, so test
/// files and concurrent `cargo test` runs (other checkouts) never share one.
pub fn temp_path(name: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("amnesty-{}-{name}-{}", env!("CARGO_CRATE_NAME"), std::process::id()));
    let _ = std::fs::remove_dir_all(&path);
    path
}

/// An empty folder at [`temp_path`], for a test that writes its own inputs there.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = temp_path(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A shipped draft by id, parsed from its embedded text: the tests that run the
/// library directly start from the same drafts the command line ships.
pub fn shipped(id: &str) -> Draft {
    Draft::parse(id, SHIPPED.iter().find(|(i, _)| *i == id).unwrap().1).unwrap()
}

/// The names Chromium goes by (Debian's `chromium`, others' `chromium-browser` and
/// Google's build), for the tests that render in a real browser.
pub const CHROMIUM: &[&str] = &["chromium", "chromium-browser", "google-chrome"];

/// The first of `names` that runs and succeeds with `arg` (`--version`): finds a
/// browser or driver on this machine, or none, so its test can skip.
pub fn found(names: &[&'static str], arg: &str) -> Option<&'static str> {
    names.iter().copied().find(|b| Command::new(b).arg(arg).output().is_ok_and(|o| o.status.success()))
}

/// Says a test was skipped where a person running `cargo test` sees it: written to the
/// terminal directly, past the test harness's capture of passing tests' output.
pub fn say_skipped(test: &str, why: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "\nSKIPPED {test}: {why}\n");
}

/// The words of `text` a Russian or Kazakh reader should not meet: the machine ids of
/// the shipped drafts, their clauses and parameters (from the library's own list, so it
/// follows the data) and any other Latin word. Addresses and file names (a token with a
/// `.`, `/`, `@` or `:` inside), Roman numerals (law numbers: 195-VIII) and the
/// `allowed` words are not counted. Sorted, each once.
pub fn foreign_words(text: &str, allowed: &[&str]) -> Vec<String> {
    let ids = amnesty_sim::output::names::shipped_ids();
    let mut found = std::collections::BTreeSet::new();
    for token in text.split(|c: char| !(c.is_alphanumeric() || "-_./@:".contains(c))) {
        let token = token.trim_matches(|c: char| ".:-".contains(c));
        if ids.iter().any(|id| id == token) {
            found.insert(token.to_string());
            continue;
        }
        if token.chars().skip(1).collect::<Vec<_>>().windows(2).any(|w| ".:/@".contains(w[0]) && w[1].is_alphanumeric()) {
            continue;
        }
        for word in token.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| w.len() >= 2) {
            if !word.chars().all(|c| "IVXLC".contains(c)) && !allowed.contains(&word) {
                found.insert(word.to_string());
            }
        }
    }
    found.into_iter().collect()
}
