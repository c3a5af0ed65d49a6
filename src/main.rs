//! The `amnesty-sim` command line: parses arguments and calls the library.

use std::path::PathBuf;
use std::process::ExitCode;

use amnesty_sim::commands;
use clap::{Args, Parser, Subcommand};

/// Forecasts what a draft amnesty law will do: releases, sentence cuts, closed cases and
/// bed-days saved, with Monte Carlo intervals.
#[derive(Parser)]
#[command(name = "amnesty-sim", version, about, arg_required_else_help = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Options shared by `run` and `compare`.
#[derive(Args)]
struct RunArgs {
    /// Population: a spec (.toml, regenerated every replicate) or a registry (.csv or
    /// .parquet, the same persons every replicate). Default: the embedded Kazakhstan
    /// 2025 spec.
    #[arg(long, value_name = "FILE")]
    population: Option<PathBuf>,
    /// Article catalogue (TOML); default: the embedded scenarios/articles.toml.
    #[arg(long, value_name = "FILE")]
    catalogue: Option<PathBuf>,
    /// Number of Monte Carlo replicates.
    #[arg(long, default_value_t = 1000)]
    replicates: u64,
    /// Master seed: the same seed gives the same files, whatever --threads is.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Worker threads (default, or 0: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Central probability of the reported interval (0.9: the 5% and 95% bounds).
    #[arg(long, default_value_t = 0.9)]
    interval: f64,
    /// Output folder (default: a new folder under output/ named after the drafts and seed).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Do not draw a progress bar.
    #[arg(long)]
    quiet: bool,
    /// Skip the charts and report.html / report.md.
    #[arg(long)]
    no_report: bool,
    /// Print published figures beside each draft's simulated intervals, in one table;
    /// repeat for several files (e.g. --targets scenarios/targets/kz-2025-forecast.toml
    /// --targets scenarios/targets/kz-2025-actual.toml: forecast and outcome side by side).
    #[arg(long, value_name = "FILE")]
    targets: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Generate the synthetic penal population, write it and/or print its marginals.
    ///
    /// Draws the spec's uncertain shares from the seed (exactly as replicate 0 of `run`
    /// with the same seed does), generates one person per row, and writes CSV or
    /// Parquet with one documented column per field (`--columns` lists them).
    ///
    /// Examples:
    ///   amnesty-sim population --summary
    ///   amnesty-sim population --seed 7 --out output/population.parquet
    ///   amnesty-sim population --spec my-spec.toml --central --out pop.csv --summary
    #[command(verbatim_doc_comment)]
    Population {
        /// Population spec (TOML); default: the embedded Kazakhstan 2025 spec.
        #[arg(long, value_name = "FILE")]
        spec: Option<PathBuf>,
        /// Article catalogue (TOML); default: the embedded scenarios/articles.toml.
        #[arg(long, value_name = "FILE")]
        catalogue: Option<PathBuf>,
        /// Random seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Use the spec's expected shares instead of a random draw of them.
        #[arg(long)]
        central: bool,
        /// Write the population to FILE.parquet or FILE.csv.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Print the marginals by status beside the spec's targets (default when no --out).
        #[arg(long)]
        summary: bool,
        /// List the documented columns of a population file and exit.
        #[arg(long)]
        columns: bool,
    },
    /// Run the Monte Carlo for one or more drafts and write tidy tables.
    ///
    /// With no DRAFT, runs the enacted 2025 law on the default population. A DRAFT is a
    /// file or the id of a shipped draft (kz-2025-enacted, kz-2025-eg-vulnerable-only,
    /// kz-2025-drug-distribution, kz-2025-fraud-third, kz-2025-no-1y,
    /// kz-2025-no-vulnerable, kz-2022, kz-2016). Writes summary.csv/.parquet,
    /// differences (with several drafts), replicates.parquet, charts/ (PNG and SVG),
    /// report.html (self-contained), report.md and manifest.json.
    ///
    /// Examples:
    ///   amnesty-sim run
    ///   amnesty-sim run scenarios/drafts/kz-2025-eg-vulnerable-only.toml --replicates 5000 --seed 7
    ///   amnesty-sim run kz-2025-enacted --population registry.parquet --out output/registry-run
    #[command(verbatim_doc_comment)]
    Run {
        /// Draft files or shipped draft ids.
        drafts: Vec<String>,
        #[command(flatten)]
        args: RunArgs,
    },
    /// Compare drafts side by side, with paired differences against the first.
    ///
    /// The same run as `run`, with at least two drafts; every replicate applies all
    /// drafts to the same population with the same court decisions, so differences are
    /// paired and their intervals are narrow.
    ///
    /// Examples:
    ///   amnesty-sim compare kz-2025-enacted kz-2025-drug-distribution
    ///   amnesty-sim compare kz-2025-enacted kz-2025-eg-vulnerable-only kz-2025-no-1y --replicates 2000
    #[command(verbatim_doc_comment)]
    Compare {
        /// The baseline draft, then the drafts to compare with it.
        #[arg(required = true, num_args = 2..)]
        drafts: Vec<String>,
        #[command(flatten)]
        args: RunArgs,
    },
    /// Parse, type-check and lint drafts and the article catalogue; exit 0 when all are
    /// valid.
    ///
    /// Errors point at file:line:column. The catalogue's every gravity is held to its
    /// own sanction (Criminal Code art. 11). Warnings (judged on the default
    /// population): a provision nobody matches, one wholly covered by exclusions, one
    /// that never wins over another provision. With no DRAFTS, checks every shipped one.
    ///
    /// Examples:
    ///   amnesty-sim check
    ///   amnesty-sim check scenarios/drafts/*.toml
    ///   amnesty-sim check --catalogue my-articles.toml
    ///   amnesty-sim check my-draft.toml --strict
    #[command(verbatim_doc_comment)]
    Check {
        /// Draft files or shipped draft ids; default: every shipped draft.
        drafts: Vec<String>,
        /// Population to lint against (spec or registry); default: the embedded spec.
        #[arg(long, value_name = "FILE")]
        population: Option<PathBuf>,
        /// Article catalogue (TOML).
        #[arg(long, value_name = "FILE")]
        catalogue: Option<PathBuf>,
        /// Treat warnings as errors (exit 1).
        #[arg(long)]
        strict: bool,
    },
    /// Calibrate the population spec to published figures (ABC rejection).
    ///
    /// Draws every uncertain parameter of the prior spec, simulates the draft, keeps the
    /// draws closest to the targets, and writes a calibrated spec (posterior
    /// distributions, with the calibration recorded in it), a fit table (CSV) and a fit
    /// chart (PNG, SVG) beside it.
    ///
    /// Examples:
    ///   amnesty-sim calibrate --draft kz-2025-enacted --targets scenarios/targets/kz-2025-actual.toml \
    ///       --targets scenarios/targets/kz-2025-forecast.toml
    ///   amnesty-sim calibrate --draft kz-2025-enacted --targets t.toml --draws 2000 --out my-spec.toml
    #[command(verbatim_doc_comment)]
    Calibrate {
        /// The draft the published figures describe (file or shipped id).
        #[arg(long)]
        draft: String,
        /// Targets file (TOML); repeat to fit several together, each weighted by its
        /// `[meta] weight`.
        #[arg(long, value_name = "FILE", required = true)]
        targets: Vec<PathBuf>,
        /// Prior spec; default: the shipped scenarios/population/kz-2025-prior.toml.
        #[arg(long, value_name = "FILE")]
        population: Option<PathBuf>,
        /// Article catalogue (TOML).
        #[arg(long, value_name = "FILE")]
        catalogue: Option<PathBuf>,
        /// Parameter draws.
        #[arg(long, default_value_t = 20_000)]
        draws: u64,
        /// Fraction of the draws kept as the posterior sample.
        #[arg(long, default_value_t = 0.02)]
        accept: f64,
        /// Seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Worker threads (default, or 0: all cores).
        #[arg(long)]
        threads: Option<usize>,
        /// Calibrated spec to write; the fit table and chart go beside it.
        #[arg(long, value_name = "FILE", default_value = "output/calibrated.toml")]
        out: PathBuf,
    },
    /// Show how a draft treats one person: which exclusions and provisions matched, with
    /// the values that decided.
    ///
    /// Examples:
    ///   amnesty-sim explain kz-2025-enacted --person 42
    ///   amnesty-sim explain my-draft.toml --person 1007 --population registry.csv
    #[command(verbatim_doc_comment)]
    Explain {
        /// Draft file or shipped draft id.
        draft: String,
        /// The person's id.
        #[arg(long)]
        person: u32,
        /// Population (spec or registry); default: the embedded spec.
        #[arg(long, value_name = "FILE")]
        population: Option<PathBuf>,
        /// Article catalogue (TOML).
        #[arg(long, value_name = "FILE")]
        catalogue: Option<PathBuf>,
        /// Seed of the synthetic population (as `population --seed`).
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

fn run_options(drafts: Vec<String>, a: RunArgs) -> commands::RunOptions {
    let threads = commands::resolve_threads(a.threads);
    commands::RunOptions {
        drafts,
        population: a.population,
        catalogue: a.catalogue,
        replicates: a.replicates,
        seed: a.seed,
        threads,
        interval: a.interval,
        out: a.out,
        progress: !a.quiet,
        command_line: command_line(),
        report: !a.no_report,
        targets: a.targets,
    }
}

fn command_line() -> String {
    std::env::args()
        .map(|a| {
            if a.chars().all(|c| c.is_ascii_alphanumeric() || "-_./=:+".contains(c)) && !a.is_empty() {
                a
            } else {
                format!("'{}'", a.replace('\'', "'\\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn main() -> ExitCode {
    // A panic is a bug in this tool, never a user's mistake (those are errors with a
    // place to fix): say so in one paragraph instead of a backtrace.
    std::panic::set_hook(Box::new(|info| {
        let place = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        let what = info.payload().downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| info.payload().downcast_ref::<String>().cloned()).unwrap_or_default();
        eprintln!("internal error{place}: {what}\nThis is a bug in amnesty-sim, not a mistake in your input: please report it with the command line.");
    }));
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Population { spec, catalogue, seed, central, out, summary, columns } => {
            commands::population(&commands::PopulationOptions { spec, catalogue, seed, central, out, summary, columns })
        }
        Command::Run { drafts, args } | Command::Compare { drafts, args } => commands::run(&run_options(drafts, args)),
        Command::Check { drafts, population, catalogue, strict } => {
            return match commands::check(&drafts, population.as_deref(), catalogue.as_deref()) {
                Ok(report) => {
                    print!("{}", report.text);
                    if report.failed || (strict && report.warnings > 0) { ExitCode::from(1) } else { ExitCode::SUCCESS }
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(2)
                }
            };
        }
        Command::Calibrate { draft, targets, population, catalogue, draws, accept, seed, threads, out } => {
            commands::calibrate(&commands::CalibrateOptions {
                draft,
                targets,
                population,
                catalogue,
                draws,
                accept,
                seed,
                threads: commands::resolve_threads(threads),
                out,
                command_line: command_line(),
            })
        }
        Command::Explain { draft, person, population, catalogue, seed } => {
            commands::explain(&draft, person, population.as_deref(), catalogue.as_deref(), seed)
        }
    };
    match result {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
