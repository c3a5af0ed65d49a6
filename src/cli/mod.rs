//! The command line, one file per subcommand: each holds its arguments (with the help
//! text `--help` prints) and the library function that runs it, taking those arguments
//! and returning what to print, so every command is testable without spawning a
//! process. The binary only calls [`main`].

pub mod calibrate;
pub mod check;
pub mod explain;
pub mod help;
pub mod load;
pub mod population;
pub mod run;
pub mod serve;
pub mod sweep;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Forecasts what a draft amnesty law will do: releases, sentence cuts, closed cases and
/// bed-days saved, with Monte Carlo intervals.
#[derive(Parser)]
#[command(name = "amnesty-sim", version, about, arg_required_else_help = true)]
pub struct Cli {
    /// Language of everything printed, the report and the charts: kk (Kazakh), ru
    /// (Russian) or en (English). The tidy files keep their English keys whatever the
    /// language; labels.csv names every key in all three.
    #[arg(long, global = true, env = crate::i18n::LANG_ENV, default_value = "en", value_name = "LANG", value_parser = run::parse_lang)]
    lang: crate::i18n::Lang,
    #[command(subcommand)]
    command: Command,
}

impl Cli {
    /// Hands the global language to the command's own arguments, so every command
    /// (and a library caller building those arguments) reads it in one place.
    fn spread_lang(&mut self) {
        let lang = self.lang;
        match &mut self.command {
            Command::Population(a) => a.lang = lang,
            Command::Run { args, .. } | Command::Compare { args, .. } => args.lang = lang,
            Command::Sweep(a) => a.lang = lang,
            Command::Check(a) => a.lang = lang,
            Command::Calibrate(a) => a.lang = lang,
            Command::Explain(a) => a.lang = lang,
            Command::Serve(a) => a.lang = lang,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    Population(population::PopulationArgs),

    /// Run the Monte Carlo for one or more drafts and write tidy tables.
    ///
    /// With no DRAFT, runs the enacted 2025 law on the default population. A DRAFT is a
    /// file or the id of a shipped draft (kz-2025-enacted, kz-2025-drug-distribution,
    /// kz-2025-fraud-third, kz-2025-no-1y, kz-2025-no-vulnerable,
    /// kz-2025-whatif-imposed-term, kz-2021, kz-2022, kz-2016). Writes
    /// summary.csv/.parquet, differences (with several drafts), replicates.parquet, the timeline
    /// (timeline.csv/.parquet month by month over --horizon months, savings_by_year,
    /// timeline_totals), charts/ (PNG and SVG), report.html (self-contained), report.md
    /// and manifest.json.
    ///
    /// Examples:
    ///   amnesty-sim run
    ///   amnesty-sim run scenarios/drafts/kz-2025-no-vulnerable.toml --replicates 5000 --seed 7
    ///   amnesty-sim run kz-2025-enacted --population registry.parquet --out output/registry-run
    #[command(verbatim_doc_comment)]
    Run {
        /// Draft files or shipped draft ids.
        drafts: Vec<String>,
        #[command(flatten)]
        args: run::RunArgs,
    },

    /// Compare drafts side by side, with paired differences against the first.
    ///
    /// The same run as `run`, with at least two drafts; every replicate applies all
    /// drafts to the same population with the same court decisions, so differences are
    /// paired and their intervals are narrow.
    ///
    /// Examples:
    ///   amnesty-sim compare kz-2025-enacted kz-2025-drug-distribution
    ///   amnesty-sim compare kz-2025-enacted kz-2025-no-vulnerable kz-2025-no-1y --replicates 2000
    #[command(verbatim_doc_comment)]
    Compare {
        /// The baseline draft, then the drafts to compare with it.
        #[arg(required = true, num_args = 2..)]
        drafts: Vec<String>,
        #[command(flatten)]
        args: run::RunArgs,
    },
    Sweep(sweep::SweepArgs),
    Check(check::CheckArgs),
    Calibrate(calibrate::CalibrateArgs),
    Explain(explain::ExplainArgs),
    Serve(serve::ServeArgs),
}

/// Parses the process's arguments, runs the subcommand, prints its text (or the error)
/// and returns the exit code: 0 done, 1 `check` found a problem (or a target was
/// missed), else the error kind's code ([`crate::error::ErrorKind::exit_code`]).
pub fn main() -> ExitCode {
    // A panic is a bug in this tool, never a user's mistake (those are errors with a
    // place to fix): say so in one paragraph instead of a backtrace.
    // Set once the language is known, so the paragraph is in the reader's language.
    let hook = |lang: crate::i18n::Lang| {
        let tx = crate::i18n::Texts::new(lang);
        std::panic::set_hook(Box::new(move |info| {
            let place = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
            let what = info.payload().downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| info.payload().downcast_ref::<String>().cloned()).unwrap_or_default();
            eprintln!("{}", tx.f("cli-panic", &[("place", place.into()), ("what", what.into())]));
        }));
    };
    // The language is known before clap parses, so that clap's help and errors are in
    // it too.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let early = help::early_lang(&args, std::env::var_os(crate::i18n::LANG_ENV).as_deref());
    hook(early);
    let mut cli = match help::parse(&args, early) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    cli.spread_lang();
    let lang = cli.lang;
    hook(lang);
    // The environment is read here, never in the library.
    match crate::arch::from_env() {
        Ok(build) => crate::arch::set_forced(build),
        Err(e) => return fail(&e, lang),
    }
    let result = match &cli.command {
        Command::Population(args) => population::population(args),
        Command::Run { drafts, args } | Command::Compare { drafts, args } => run::run(drafts, args, &command_line()),
        Command::Check(args) => {
            return match check::check(args) {
                Ok(report) => {
                    print!("{}", report.text);
                    if report.failed || (args.strict && report.warnings > 0) { ExitCode::from(1) } else { ExitCode::SUCCESS }
                }
                Err(e) => fail(&e, lang),
            };
        }
        Command::Sweep(args) => sweep::sweep(args, &command_line()),
        Command::Calibrate(args) => calibrate::calibrate(args, &command_line()),
        Command::Explain(args) => explain::explain(args),
        Command::Serve(args) => serve::serve(args),
    };
    match result {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e, lang),
    }
}

/// Prints an error in the chosen language with the command line's flags in place of the settings it concerns
/// and returns its kind's exit code.
fn fail(e: &crate::Error, lang: crate::i18n::Lang) -> ExitCode {
    let tx = crate::i18n::Texts::new(lang);
    eprintln!("{}", tx.f("cli-error", &[("message", e.render_in(&tx, &|s| flag(s).to_string()).into())]));
    if let crate::Error::Machine { action: crate::error::Action::Listen, .. } = e {
        eprintln!("{}", tx.t("cli-pick-port"));
    }
    ExitCode::from(e.exit_code())
}

/// The command-line flag (or variable) that sets `setting`.
fn flag(setting: crate::error::Setting) -> &'static str {
    use crate::error::Setting;
    match setting {
        // Drafts are positional: the value alone names them.
        Setting::Draft => "",
        Setting::Replicates => "--replicates",
        Setting::Threads => "--threads",
        Setting::Interval => "--interval",
        Setting::Horizon => "--horizon",
        Setting::Out => "--out",
        Setting::Vary => "--vary",
        Setting::Goal => "--solve",
        Setting::Total => "--metric",
        Setting::Person => "--person",
        Setting::Draws => "--draws",
        Setting::Accept => "--accept",
        Setting::Targets => "--targets",
        Setting::MaxReplicates => "--max-replicates",
        Setting::Concurrent => "--concurrent",
        Setting::Population => "--population",
        Setting::Build => "AMNESTY_BUILD",
        Setting::Pdf => "--pdf",
    }
}

/// The command line as typed, quoted where a shell would need it: recorded in the
/// manifest and the calibrated spec so a run can be repeated.
fn command_line() -> String {
    std::env::args()
        .map(|a| if a.chars().all(|c| c.is_ascii_alphanumeric() || "-_./=:+".contains(c)) && !a.is_empty() { a } else { format!("'{}'", a.replace('\'', "'\\''")) })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// The help of `run` names every shipped draft, so the list cannot drift.
    #[test]
    fn run_help_lists_every_shipped_draft() {
        let mut cli = Cli::command();
        let run = cli.find_subcommand_mut("run").expect("a run command");
        let help = run.render_long_help().to_string().replace('\n', " ");
        for (id, _) in crate::draft::SHIPPED {
            assert!(help.contains(id), "run --help does not name the shipped draft {id}");
        }
    }
}
