//! `amnesty-sim population`: generate the synthetic population, write it, print its
//! marginals beside the spec's targets.

use std::path::PathBuf;

use clap::Args;

use super::load::load_spec;
use crate::error::Result;
use crate::population::columns;
use crate::population::generate::replicate_population;

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
#[derive(Args, Debug, Clone, Default)]
#[command(verbatim_doc_comment)]
pub struct PopulationArgs {
    /// Population spec (TOML); default: the embedded Kazakhstan 2025 spec.
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
    /// Article catalogue (TOML); default: the embedded scenarios/articles.toml.
    #[arg(long, value_name = "FILE")]
    pub catalogue: Option<PathBuf>,
    /// Random seed.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Use the spec's expected shares instead of a random draw of them.
    #[arg(long)]
    pub central: bool,
    /// Write the population to FILE.parquet or FILE.csv.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Print the marginals by status beside the spec's targets (default when no --out).
    #[arg(long)]
    pub summary: bool,
    /// List the documented columns of a population file and exit.
    #[arg(long)]
    pub columns: bool,
    /// With the summary: the share of each status that this draft's exclusions keep
    /// out, item by item (file or shipped id; default the enacted 2025 law).
    #[arg(long, value_name = "DRAFT", default_value = crate::draft::DEFAULT_DRAFT)]
    pub draft: String,
    /// The language of what is printed: set from the global `--lang` (and
    /// `AMNESTY_LANG`) after parsing.
    #[arg(skip)]
    pub lang: crate::i18n::Lang,
}

/// Runs `amnesty-sim population`; returns the text for standard output.
pub fn population(opts: &PopulationArgs) -> Result<String> {
    if opts.columns {
        return Ok(columns::markdown_table());
    }
    let spec = load_spec(opts.spec.as_deref(), opts.catalogue.as_deref())?;
    let draw = spec.parameter_draw(opts.seed, 0, opts.central);
    let pop = replicate_population(&spec, &draw, opts.seed, 0);
    let mut text = String::new();
    let tx = crate::i18n::Texts::new(opts.lang);
    if let Some(out) = &opts.out {
        crate::output::frames::write(&pop, out)?;
        text.push_str(&tx.f("population-wrote", &[("n", pop.len().into()), ("path", out.display().to_string().into())]));
        text.push('\n');
    }
    if opts.summary || opts.out.is_none() {
        let kind = tx.t(if opts.central { "population-central" } else { "population-drawn" });
        text.push_str(&tx.f("population-from", &[("path", spec.path.clone().into()), ("seed", opts.seed.to_string().into()), ("kind", kind.into())]));
        text.push('\n');
        text.push_str(&crate::population::marginals::render(&crate::population::marginals::marginals(&spec, Some(&draw), &pop), &tx));
        let draft = crate::draft::resolve(&opts.draft)?;
        text.push_str(&crate::engine::explain::exclusion_shares(&draft, &pop, &tx));
    }
    Ok(text)
}
