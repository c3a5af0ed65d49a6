//! The `amnesty-sim` command line: parses arguments and calls the library.

use std::path::PathBuf;
use std::process::ExitCode;

use amnesty_sim::commands;
use clap::{Parser, Subcommand};

/// Forecasts what a draft amnesty law will do: releases, sentence cuts, closed cases and
/// bed-days saved, with Monte Carlo intervals.
#[derive(Parser)]
#[command(name = "amnesty-sim", version, about, long_about = None, arg_required_else_help = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Population { spec, catalogue, seed, central, out, summary, columns } => {
            commands::population(&commands::PopulationOptions { spec, catalogue, seed, central, out, summary, columns })
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
