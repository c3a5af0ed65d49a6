//! `amnesty-sim sweep`: one number or switch of a draft varied over a range, on common
//! random numbers, optionally solving for a target.

use std::path::PathBuf;

use clap::Args;

use super::load::{load_drafts, population_input};
use crate::error::Result;
use crate::montecarlo::RunConfig;
use crate::output::atomic::OutputDir;
use crate::output::manifest::{Input, Manifest};
use crate::summary::{ReportOutcome, TotalKey};
use crate::sweep::goal::Total;
use crate::sweep::{Vary, goal};

/// Vary one number (or switch) of a draft over a range and see the curve.
///
/// Every point is the draft with PATH set to that value, checked like a file, and all
/// points run as the drafts of one Monte Carlo: each replicate builds its population
/// once and every point meets the same persons and court decisions, so the curve's
/// steps are the clause's effect, not noise. With --solve, finds the value where a
/// target stops being met (refined by bisection) and says how sure that is.
///
/// PATH forms (list a draft's own with `amnesty-sim check --paths DRAFT`):
///   provision.ID, exclude.ID                        on,off
///   provision.ID.effect.cut.fraction               0.1:0.5:0.05
///   provision.ID.effect.release_if_remaining_at_most   3m:24m:3m (or days)
///   draft.court_grant, draft.repayment_in_time,
///   draft.processing_months, provision.ID.court_grant
///                                                  the parameter fixed at a value
///   ... followed by .mean                          its mean moved, spread kept
///
/// GOAL: [prisoner|pretrial|probationer|all] OUTCOME-or-METRIC OP NUMBER [at P%],
/// e.g. "prisoner freed <= 1000 at 90%", "all covered >= 15000",
/// "bed_days_saved >= 5000000 at 80%". Outcomes: freed (released + released by the
/// cut), released, released_by_cut, cut, case_closed, covered, eligible, excluded;
/// metrics: persons, days_cut, bed_days_saved, cost_saved_kzt.
///
/// Writes sweep.csv/.parquet (every point's totals with intervals), sweep_goal.csv
/// (with --solve), charts/sweep.png/.svg and manifest.json.
///
/// Examples:
///   amnesty-sim sweep --vary provision.art3-4-1.effect.cut.fraction=0.1:0.5:0.02 \
///       --solve "bed_days_saved >= 3000000 at 80%"
///   amnesty-sim sweep kz-2025-enacted --vary draft.court_grant.mean=0.5:0.95:0.05 --metric "all covered"
///   amnesty-sim sweep --vary exclude.art4-15=on,off --metric "prisoner covered"
///   amnesty-sim sweep kz-2022 --vary provision.release-1y.effect.release_if_remaining_at_most=3m:24m:3m
#[derive(Args, Debug, Clone)]
#[command(verbatim_doc_comment)]
pub struct SweepArgs {
    /// The draft (file or shipped id); default: the enacted 2025 law.
    pub draft: Option<String>,
    /// PATH=FROM:TO:STEP or PATH=V1,V2,...: what to vary and over which values.
    #[arg(long, value_name = "PATH=VALUES", required = true)]
    pub vary: String,
    /// A target to meet, e.g. "prisoner freed <= 1000 at 90%".
    #[arg(long, value_name = "GOAL")]
    pub solve: Option<String>,
    /// The total the console table and chart show, e.g. "prisoner freed" (default: the
    /// goal's, else "all covered").
    #[arg(long, value_name = "TOTAL")]
    pub metric: Option<String>,
    /// The population, replicates (every point runs on all of them), seed, threads and
    /// interval.
    #[command(flatten)]
    pub mc: super::run::MonteCarloArgs,
    /// Output folder (default: `output/sweep_<draft>_<path>_seed-<seed>`).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Do not draw a progress bar.
    #[arg(long)]
    pub quiet: bool,
    /// The language of what is printed: set from the global `--lang` (and
    /// `AMNESTY_LANG`) after parsing.
    #[arg(skip)]
    pub lang: crate::i18n::Lang,
}

/// Runs `sweep`.
pub fn sweep(args: &SweepArgs, command_line: &str) -> Result<String> {
    let started = std::time::Instant::now();
    let base = load_drafts(&[args.draft.clone().unwrap_or_else(|| crate::draft::DEFAULT_DRAFT.to_string())])?.remove(0);
    // Everything the user typed is checked before any folder is made or replicate run.
    let vary = Vary::parse(&base, &args.vary)?;
    let goal = args.solve.as_deref().map(goal::parse).transpose()?;
    let shown = match (&args.metric, &goal) {
        (Some(m), _) => goal::parse_total(m)?,
        (None, Some(g)) => g.total.clone(),
        (None, None) => Total { keys: vec![TotalKey::persons(None, ReportOutcome::Covered)], label: "all covered".into() },
    };
    let drafts = crate::sweep::variants(&base, &vary)?;
    let (spec, source, mut inputs) = population_input(args.mc.population.as_deref(), args.mc.catalogue.as_deref(), args.lang)?;
    inputs.push(Input::new("draft", &base.path, base.text.as_bytes()));
    let tx = crate::i18n::Texts::new(args.lang);
    if let Some(note) = base.population_note(&spec, &tx).filter(|_| matches!(source, crate::montecarlo::PopulationSource::Synthetic)) {
        eprintln!("{}", tx.f("cli-note", &[("note", note.into())]));
    }
    let threads = crate::montecarlo::resolve_threads(args.mc.threads)?;
    let config = RunConfig { interval: args.mc.interval, progress: (!args.quiet).then_some("replicates"), ..RunConfig::totals(args.mc.replicates, args.mc.seed, threads) };
    crate::montecarlo::check_config(&config)?;
    let stem = format!("sweep_{}_{}_seed-{}", base.id, vary.path.path.replace('.', "-"), args.mc.seed);
    let out = OutputDir::prepare(&args.out.clone().unwrap_or_else(|| PathBuf::from("output").join(stem)))?;
    let result = (|| {
        let sweep = crate::sweep::SweepInputs { spec: &spec, source: &source, base: &base, vary: &vary, drafts: &drafts, shown: &shown, goal: goal.as_ref(), config: &config };
        let s = crate::sweep::run(&sweep)?;
        let written = crate::output::sweep::write(&s, &shown, args.mc.interval, &crate::output::names::Names::new(std::slice::from_ref(&base), args.lang), &tx, &out.staging)?;
        let synthetic = matches!(source, crate::montecarlo::PopulationSource::Synthetic);
        let manifest = Manifest::for_run(command_line.to_string(), &config, vec![base.id.clone()], &s.run, synthetic, inputs, drafts.len());
        manifest.seal(&out.staging, &written, started)?;
        // The default total is named in the reader's words; a total the user typed is
        // shown as typed.
        let label = if args.metric.is_none() && goal.is_none() { tx.t("sweep-all-covered") } else { format!("`{}`", shown.label) };
        Ok(render(&s, &shown, &label, args.mc.interval, &tx))
    })();
    match result {
        Ok(text) => {
            let target = out.commit()?;
            Ok(format!("{text}{}\n", tx.f("console-wrote", &[("path", target.display().to_string().into())])))
        }
        Err(e) => {
            out.abandon();
            Err(e)
        }
    }
}

/// The console: one line per point, then the goal's answer.
fn render(s: &crate::sweep::SweepResult, shown: &Total, label: &str, interval: f64, tx: &crate::i18n::Texts) -> String {
    let pct = interval * 100.0;
    let mut text = tx.f(
        "sweep-header",
        &[("path", s.path.to_string().into()), ("points", s.points.len().into()), ("draft", s.base.to_string().into()), ("replicates", s.run.replicates.rows.len().into())],
    );
    text.push_str("\n\n");
    let value = tx.t("sweep-value");
    let width = s.points.iter().map(|p| p.label.chars().count()).max().unwrap_or(5).max(value.chars().count());
    text.push_str(&format!("{value:>width$}  {}\n", tx.f("sweep-columns", &[("total", label.into()), ("pct", pct.into())])));
    for (p, (_, mean, low, high)) in s.points.iter().zip(crate::sweep::curve(s, shown, interval)) {
        text.push_str(&format!("{:>width$}  {}\n", p.label, tx.mean_low_high(mean, low, high)));
    }
    if let Some(sol) = &s.solution {
        text.push_str(&format!("\n{}\n{}\n", tx.f("sweep-goal", &[("goal", sol.goal.words().render(tx).into())]), sol.answer.render(tx)));
    }
    let rate = s.run.persons as f64 * s.run.replicates.rows.len() as f64 * s.points.len() as f64 / s.run.seconds.max(1e-9) / 1e6;
    text.push_str(&format!(
        "\n{}\n",
        tx.f("sweep-timing", &[("seconds", tx.number(s.run.seconds, 2).into()), ("rate", tx.number(rate, 1).into()), ("build", s.run.build.name().to_string().into())])
    ));
    text
}
