//! What each subcommand does, as library functions that take plain option structs and
//! return what to print. The binary maps command-line arguments onto these options and
//! nothing more, so every command is testable without spawning a process.

use std::path::{Path, PathBuf};

use crate::catalogue::Catalogue;
use crate::error::Result;
use crate::generate::generate_into;
use crate::population::{Population, columns, io};
use crate::rng::{Stream, stream};
use crate::spec::PopulationSpec;

/// Loads a spec from a file, or the embedded default; with a catalogue file, or the
/// embedded one.
pub fn load_spec(spec: Option<&Path>, catalogue: Option<&Path>) -> Result<PopulationSpec> {
    let catalogue = match catalogue {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| crate::Error::io(path, e))?;
            Catalogue::parse(&path.display().to_string(), &text)?
        }
        None => Catalogue::embedded()?,
    };
    match spec {
        Some(path) => PopulationSpec::load(path, catalogue),
        None => {
            let embedded = PopulationSpec::embedded()?;
            PopulationSpec::parse(&embedded.path, &embedded.text, catalogue)
        }
    }
}

/// The parameter vector of replicate `replicate`: a random draw from the priors, or
/// their expected values when `central`.
pub fn parameter_draw(spec: &PopulationSpec, seed: u64, replicate: u64, central: bool) -> Vec<f64> {
    if central {
        spec.priors.central()
    } else {
        let mut draw = Vec::new();
        spec.priors.draw(&mut stream(seed, replicate, Stream::Parameters), &mut draw);
        draw
    }
}

/// The population of replicate `replicate` of a run with this seed: `population --seed S`
/// writes exactly what replicate 0 of `run --seed S` simulates.
pub fn replicate_population(spec: &PopulationSpec, draw: &[f64], seed: u64, replicate: u64) -> Population {
    let mut pop = Population::with_capacity(spec.total());
    generate_into(spec, draw, &mut stream(seed, replicate, Stream::Population), &mut pop);
    pop
}

/// Options of `amnesty-sim population`.
#[derive(Debug, Clone, Default)]
pub struct PopulationOptions {
    /// Spec file; the embedded Kazakhstan 2025 spec when `None`.
    pub spec: Option<PathBuf>,
    /// Article catalogue; the embedded one when `None`.
    pub catalogue: Option<PathBuf>,
    /// Seed.
    pub seed: u64,
    /// Use the spec's expected values instead of a random draw of its parameters.
    pub central: bool,
    /// Where to write the population (.csv or .parquet).
    pub out: Option<PathBuf>,
    /// Print the marginals beside the spec's targets.
    pub summary: bool,
    /// Print the documented columns and stop.
    pub columns: bool,
}

/// Runs `amnesty-sim population`; returns the text for standard output.
pub fn population(opts: &PopulationOptions) -> Result<String> {
    if opts.columns {
        return Ok(columns::markdown_table());
    }
    let spec = load_spec(opts.spec.as_deref(), opts.catalogue.as_deref())?;
    let draw = parameter_draw(&spec, opts.seed, 0, opts.central);
    let pop = replicate_population(&spec, &draw, opts.seed, 0);
    let mut text = String::new();
    if let Some(out) = &opts.out {
        io::write(&pop, out)?;
        text.push_str(&format!("wrote {} persons to {}\n", pop.len(), out.display()));
    }
    if opts.summary || opts.out.is_none() {
        text.push_str(&format!(
            "population from {} (seed {}, {} parameters)\n",
            spec.path,
            opts.seed,
            if opts.central { "central" } else { "drawn" }
        ));
        text.push_str(&crate::marginals::render(&crate::marginals::marginals(&spec, Some(&draw), &pop)));
    }
    Ok(text)
}
