//! `amnesty-sim check`: parse, type-check and lint drafts and the article catalogue.

use std::path::PathBuf;

use clap::Args;

use super::load::{load_catalogue, population_input};
use crate::draft::Draft;
use crate::error::Result;
use crate::i18n::Texts;
use crate::montecarlo::PopulationSource;
use crate::population::generate::replicate_population;

/// Parse, type-check and lint drafts and the article catalogue; exit 0 when all are
/// valid.
///
/// Errors point at file:line:column. The catalogue's every gravity is held to its
/// own sanction (Criminal Code art. 11). Warnings (judged on the default
/// population): a provision nobody matches, one wholly covered by exclusions, one
/// that never wins over another provision; and a provision or exclusion without a
/// short name in English, Russian or Kazakh (`name`, `name_ru`, `name_kk`: what
/// reports call it). With no DRAFTS, checks every shipped one.
///
/// Examples:
///   amnesty-sim check
///   amnesty-sim check scenarios/drafts/*.toml
///   amnesty-sim check --catalogue my-articles.toml
///   amnesty-sim check my-draft.toml --strict
///   amnesty-sim check --paths kz-2025-enacted      (what `sweep --vary` can change)
#[derive(Args, Debug, Clone, Default)]
#[command(verbatim_doc_comment)]
pub struct CheckArgs {
    /// Draft files or shipped draft ids; default: every shipped draft.
    pub drafts: Vec<String>,
    /// Population to lint against (spec or registry); default: the embedded spec.
    #[arg(long, value_name = "FILE")]
    pub population: Option<PathBuf>,
    /// Article catalogue (TOML).
    #[arg(long, value_name = "FILE")]
    pub catalogue: Option<PathBuf>,
    /// Treat warnings as errors (exit 1).
    #[arg(long)]
    pub strict: bool,
    /// List the paths `amnesty-sim sweep --vary` accepts for each draft (its numbers
    /// and switches, with their values as written) instead of checking.
    #[arg(long)]
    pub paths: bool,
    /// The language of what is printed: set from the global `--lang` (and
    /// `AMNESTY_LANG`) after parsing.
    #[arg(skip)]
    pub lang: crate::i18n::Lang,
}

/// The outcome of `check`.
#[derive(Debug, Clone)]
pub struct CheckReport {
    /// What to print.
    pub text: String,
    /// Whether any draft was invalid.
    pub failed: bool,
    /// Number of warnings.
    pub warnings: usize,
}

/// `check --paths`: every path of each draft (the enacted law by default).
fn paths(args: &CheckArgs) -> Result<CheckReport> {
    let names = if args.drafts.is_empty() { vec![crate::draft::DEFAULT_DRAFT.to_string()] } else { args.drafts.clone() };
    let mut text = String::new();
    let tx = crate::i18n::Texts::new(args.lang);
    for d in super::load::load_drafts(&names)? {
        text.push_str(&tx.f("paths-header", &[("id", d.id.as_str().into()), ("path", d.path.as_str().into())]));
        text.push('\n');
        let all = crate::draft::paths::paths(&d);
        let width = all.iter().map(|p| p.path.chars().count()).max().unwrap_or(4);
        let now: Vec<String> = all.iter().map(|p| tx.f("paths-now", &[("value", p.current_words.render(&tx).into())])).collect();
        let now_width = now.iter().map(|n| n.chars().count()).max().unwrap_or(0);
        for (p, now) in all.iter().zip(&now) {
            text.push_str(&format!("  {:width$}  {now:<now_width$}  {}\n", p.path, tx.f("paths-takes", &[("values", p.kind.values().render(&tx).into())])));
        }
        text.push('\n');
    }
    Ok(CheckReport { text, failed: false, warnings: 0 })
}

/// Runs `check`: parses, type-checks and lints each draft.
pub fn check(args: &CheckArgs) -> Result<CheckReport> {
    if args.paths {
        return paths(args);
    }
    let (drafts, population, catalogue) = (&args.drafts[..], args.population.as_deref(), args.catalogue.as_deref());
    let mut report = CheckReport { text: String::new(), failed: false, warnings: 0 };
    let tx = crate::i18n::Texts::new(args.lang);
    let error = |e: &crate::Error| tx.f("cli-error", &[("message", e.render_in(&tx, &|s| super::flag(s).to_string()).into())]);
    // The catalogue first: a gravity that contradicts its own sanction (art. 11) is an
    // error, since every provision reads the gravity. It is reported even when a
    // population built on that catalogue then fails to load.
    let catalogue_name = catalogue.map_or(crate::scenario::catalogue::DEFAULT_CATALOGUE_NAME.to_string(), |p| p.display().to_string());
    let cat = load_catalogue(catalogue)?;
    let lints = cat.gravity_lints();
    let status = tx.t(if lints.is_empty() { "check-ok" } else { "check-error" });
    report.text.push_str(&tx.f("check-catalogue", &[("path", catalogue_name.into()), ("status", status.into()), ("entries", cat.offences.len().into())]));
    report.text.push('\n');
    for l in lints {
        report.failed = true;
        report.text.push_str(&format!("error: {}\n\n", l.message));
    }
    let (spec, source) = match population_input(population, catalogue, args.lang) {
        Ok((spec, source, _)) => (spec, source),
        Err(e) => {
            report.failed = true;
            report.text.push_str(&format!("{}\n\n{}\n", error(&e), tx.t("check-no-population")));
            return Ok(report);
        }
    };
    let pop = match source {
        PopulationSource::Registry(p) => p,
        PopulationSource::Synthetic => replicate_population(&spec, &spec.priors.central(), 1, 0),
    };
    let shipped: Vec<String> = crate::draft::SHIPPED.iter().map(|(id, _)| id.to_string()).collect();
    let drafts = if drafts.is_empty() { &shipped[..] } else { drafts };
    let mut ids: Vec<String> = Vec::new();
    let mut lints = 0;
    for arg in drafts {
        match crate::draft::resolve(arg) {
            Err(e) => {
                report.failed = true;
                report.text.push_str(&format!("{}\n\n", error(&e)));
            }
            Ok(d) => {
                let warnings = crate::engine::lint::lint(&d, &pop);
                report.text.push_str(&tx.f(
                    "check-draft-ok",
                    &[("path", d.path.clone().into()), ("id", d.id.clone().into()), ("exclusions", d.exclusions.len().into()), ("provisions", d.provisions.len().into())],
                ));
                if ids.contains(&d.id) {
                    report.text.push_str(&tx.f("check-id-repeats", &[("id", d.id.clone().into())]));
                    report.warnings += 1;
                }
                report.text.push('\n');
                ids.push(d.id.clone());
                for w in &warnings {
                    report.text.push_str(&format!("  {}\n", tx.f("check-lint-warning", &[("id", w.provision.clone().into()), ("message", w.message.render(&tx).into())])));
                }
                lints += warnings.len();
                report.warnings += warnings.len() + name_warnings(&d, &tx, &mut report.text);
            }
        }
    }
    if lints > 0 {
        report.text.push_str(&tx.f("check-warnings", &[("n", lints.into()), ("persons", pop.len().into())]));
        report.text.push('\n');
    }
    Ok(report)
}

/// Writes one warning line to `text` for each clause of `draft` whose short name needs
/// attention (none in a language, too long, Latin letters in Russian or Kazakh, the
/// same as another clause's), in `tx`'s language, and returns how many: reports, charts
/// and the page call clauses by these names, so a missing one is worth a warning.
pub fn name_warnings(draft: &Draft, tx: &Texts, text: &mut String) -> usize {
    let problems = crate::draft::naming::missing_names(draft);
    for p in &problems {
        text.push_str(&format!("  {}\n", p.message(tx)));
    }
    problems.len()
}
