//! `amnesty-sim explain`: how a draft treats one person, with the values that decided.

use std::path::PathBuf;

use clap::Args;

use super::load::population_input;
use crate::error::Result;
use crate::montecarlo::PopulationSource;
use crate::population::generate::replicate_population;

/// Show a draft clause by clause, or how it treats one person.
///
/// Without --person: every item of the draft (exclusions, then provisions) with its
/// citation in the chosen language, its condition, its effect and its note, and the
/// draft's own terms (who is socially vulnerable, the execution period, how items
/// combine). With --person: which exclusions and provisions matched, with the values
/// that decided.
///
/// Examples:
///   amnesty-sim explain kz-2025-enacted
///   amnesty-sim explain kz-2021 --lang ru
///   amnesty-sim explain kz-2025-enacted --person 42
///   amnesty-sim explain my-draft.toml --person 1007 --population registry.csv
#[derive(Args, Debug, Clone)]
#[command(verbatim_doc_comment)]
pub struct ExplainArgs {
    /// Draft file or shipped draft id.
    pub draft: String,
    /// The person's id (without it, the draft is listed clause by clause).
    #[arg(long)]
    pub person: Option<u32>,
    /// Language of the listing and its citations: set from the global `--lang` (and
    /// `AMNESTY_LANG`) after parsing.
    #[arg(skip)]
    pub lang: crate::i18n::Lang,
    /// Population (spec or registry); default: the embedded spec.
    #[arg(long, value_name = "FILE")]
    pub population: Option<PathBuf>,
    /// Article catalogue (TOML).
    #[arg(long, value_name = "FILE")]
    pub catalogue: Option<PathBuf>,
    /// Seed of the synthetic population (as `population --seed`).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

/// Runs `explain`: how a draft treats one person of a population.
pub fn explain(args: &ExplainArgs) -> Result<String> {
    let seed = args.seed;
    let (population, catalogue) = (args.population.as_deref(), args.catalogue.as_deref());
    let draft = crate::draft::resolve(&args.draft)?;
    let Some(person) = args.person else {
        return Ok(crate::engine::explain::describe_draft(&draft, &crate::i18n::Texts::new(args.lang)));
    };
    let (spec, source, _) = population_input(population, catalogue, args.lang)?;
    let pop = match source {
        PopulationSource::Registry(p) => p,
        PopulationSource::Synthetic => replicate_population(&spec, &spec.parameter_draw(seed, 0, false), seed, 0),
    };
    let i = pop.position_of(person).ok_or_else(|| {
        crate::Error::request(
            crate::error::Setting::Person,
            person,
            crate::i18n::Msg::new("explain-no-person").arg("low", pop.id.iter().min().unwrap_or(&0).to_string()).arg("high", pop.id.iter().max().unwrap_or(&0).to_string()),
        )
    })?;
    Ok(crate::engine::explain::explain(&draft, &pop, i, &crate::i18n::Texts::new(args.lang)))
}
