//! `amnesty-sim run` and `compare`: the Monte Carlo, every file of the run (written
//! whole into the output folder or not at all), and the terminal summary.

use std::path::{Path, PathBuf};

use clap::Args;

use super::load::{load_drafts, population_input};
use crate::calibrate::targets::Targets;
use crate::draft::Draft;
use crate::error::Result;
use crate::i18n::{Lang, Texts};
use crate::montecarlo::{PopulationSource, RunConfig};
use crate::output::atomic::OutputDir;
use crate::output::manifest::{Input, Manifest};
use crate::output::{ExportManager, RunArtefacts};
use crate::scenario::spec::PopulationSpec;

/// The Monte Carlo's options, shared by `run`, `compare` and `sweep`.
#[derive(Args, Debug, Clone)]
pub struct MonteCarloArgs {
    /// Population: a spec (.toml, regenerated every replicate) or a registry (.csv or
    /// .parquet, the same persons every replicate). Default: the embedded Kazakhstan
    /// 2025 spec.
    #[arg(long, value_name = "FILE")]
    pub population: Option<PathBuf>,
    /// Article catalogue (TOML); default: the embedded scenarios/articles.toml.
    #[arg(long, value_name = "FILE")]
    pub catalogue: Option<PathBuf>,
    /// Number of Monte Carlo replicates.
    #[arg(long, default_value_t = 1000)]
    pub replicates: u64,
    /// Master seed: the same seed gives the same files, whatever --threads is.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Worker threads (default, or 0: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Central probability of the reported interval (0.9: the 5% and 95% bounds).
    #[arg(long, default_value_t = 0.9)]
    pub interval: f64,
}

/// Options shared by `run` and `compare`.
#[derive(Args, Debug, Clone)]
pub struct RunArgs {
    /// The population, replicates, seed, threads and interval.
    #[command(flatten)]
    pub mc: MonteCarloArgs,
    /// Output folder (default: a new folder under output/ named after the drafts and seed).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Months of the timeline (prison population month by month, releases, returns,
    /// savings per year): 0 for none, at most 120.
    #[arg(long, default_value_t = 36, value_name = "MONTHS")]
    pub horizon: usize,
    /// Skip attributing results to each provision and exclusion (attribution.csv, the
    /// "what each clause buys" chart): a little faster.
    #[arg(long)]
    pub no_attribution: bool,
    /// Do not draw a progress bar.
    #[arg(long)]
    pub quiet: bool,
    /// Skip the charts and report.html / report.md.
    #[arg(long)]
    pub no_report: bool,
    /// Also print the brief to brief.pdf (one A4 page) with headless Chromium: found on
    /// PATH as chromium, chromium-browser or google-chrome, or named by AMNESTY_CHROMIUM.
    #[arg(long, conflicts_with = "no_report")]
    pub pdf: bool,
    /// Language of report.html, report.md, the charts and this summary: set from the
    /// global `--lang` (and `AMNESTY_LANG`) after parsing.
    #[arg(skip)]
    pub lang: Lang,
    /// Print published figures beside each draft's simulated intervals, in one table;
    /// repeat for several files (e.g. --targets scenarios/targets/kz-2025-forecast.toml
    /// --targets scenarios/targets/kz-2025-actual.toml: forecast and outcome side by side).
    #[arg(long, value_name = "FILE")]
    pub targets: Vec<PathBuf>,
}

/// Runs `run` or `compare` on `drafts` (files or shipped ids; none: the enacted 2025
/// law): the Monte Carlo, every file of the run, and the terminal summary.
/// `command_line` is recorded in the manifest.
pub fn run(drafts: &[String], args: &RunArgs, command_line: &str) -> Result<String> {
    let started = std::time::Instant::now();
    let drafts = load_drafts(drafts)?;
    // Read the published figures before the Monte Carlo, so a broken file costs nothing.
    let targets = if args.targets.is_empty() { None } else { Some(Targets::load_all(&args.targets)?) };
    let (spec, source, mut inputs) = population_input(args.mc.population.as_deref(), args.mc.catalogue.as_deref(), args.lang)?;
    for d in &drafts {
        inputs.push(Input::new("draft", &d.path, d.text.as_bytes()));
    }
    // Numbers the Monte Carlo would refuse are refused before any folder is made.
    let threads = crate::montecarlo::resolve_threads(args.mc.threads)?;
    crate::montecarlo::check_config(&config_of(args, threads))?;
    let chromium = chromium_for(args)?;
    // The output folder is checked (and its staging folder made) before the first
    // replicate; the run is moved into place whole once every file is written.
    let out = OutputDir::prepare(&match &args.out {
        Some(d) => d.clone(),
        None => default_out_dir(&drafts, args.mc.seed),
    })?;
    let staged = Staged { args, threads, command_line, started, drafts: &drafts, spec: &spec, source: &source, chromium };
    match staged.run(targets.as_ref(), inputs, &out.staging) {
        Ok(text) => {
            let target = out.commit()?;
            Ok(format!("{text}{}\n", Texts::new(args.lang).f("console-wrote", &[("path", target.display().to_string().into())])))
        }
        Err(e) => {
            out.abandon();
            Err(e)
        }
    }
}

/// The Chromium that prints brief.pdf with `--pdf`, found before the first replicate
/// so that a machine without one is told at once.
fn chromium_for(args: &RunArgs) -> Result<Option<PathBuf>> {
    if !args.pdf {
        return Ok(None);
    }
    match crate::output::pdf::find_chromium() {
        Some(c) => Ok(Some(c)),
        None => Err(crate::Error::Request {
            setting: crate::error::Setting::Pdf,
            value: None,
            problem: crate::i18n::Msg::new("error-pdf-no-chromium").arg("variable", crate::output::pdf::CHROMIUM_VARIABLE),
        }),
    }
}

/// The Monte Carlo's settings from the command line.
fn config_of(args: &RunArgs, threads: usize) -> RunConfig {
    RunConfig {
        interval: args.mc.interval,
        progress: (!args.quiet).then_some("replicates"),
        horizon_months: args.horizon,
        attribution: !args.no_attribution,
        // Memory flat in replicates: past this many, rows of the replicates table go
        // to a temporary file and the total rows get streaming bounds.
        keep_rows: Some(crate::montecarlo::KEPT_REPLICATES),
        ..RunConfig::new(args.mc.replicates, args.mc.seed, threads)
    }
}

/// A run whose inputs are loaded and whose output folder is staged.
struct Staged<'a> {
    args: &'a RunArgs,
    threads: usize,
    command_line: &'a str,
    started: std::time::Instant,
    drafts: &'a [Draft],
    spec: &'a PopulationSpec,
    source: &'a PopulationSource,
    /// The Chromium that prints brief.pdf, when asked for.
    chromium: Option<PathBuf>,
}

impl Staged<'_> {
    /// The Monte Carlo and every file of a run, written into `dir` (the staging
    /// folder); returns the terminal summary.
    fn run(&self, targets: Option<&Targets>, inputs: Vec<Input>, dir: &Path) -> Result<String> {
        let (args, drafts) = (self.args, self.drafts);
        let config = config_of(args, self.threads);
        // Readings narrowed by calibration replace the draft's prior: say which. And a
        // draft run on a population it was not written for says so.
        let tx = Texts::new(args.lang);
        for d in drafts {
            if let Some(note) = d.population_note(self.spec, &tx).filter(|_| matches!(self.source, PopulationSource::Synthetic)) {
                eprintln!("{}", tx.f("cli-note", &[("note", note.into())]));
            }
            for (name, dist) in &self.spec.draft_parameters {
                if let Some(slot) = d.priors.names().iter().position(|n| n == name)
                    && d.priors.is_uncertain(slot)
                {
                    let note = tx.f(
                        "run-calibrated-parameter",
                        &[
                            ("draft", d.id.clone().into()),
                            ("name", name.to_string().into()),
                            ("spec", self.spec.path.clone().into()),
                            ("dist", crate::output::words::dist(&tx, dist).into()),
                        ],
                    );
                    eprintln!("{}", tx.f("cli-note", &[("note", note.into())]));
                }
            }
        }
        let result = crate::montecarlo::run(self.spec, self.source, drafts, &config)?;
        let synthetic = matches!(self.source, PopulationSource::Synthetic);
        let manifest = Manifest::for_run(self.command_line.to_string(), &config, drafts.iter().map(|d| d.id.clone()).collect(), &result, synthetic, inputs, drafts.len());
        let ids: Vec<&str> = drafts.iter().map(|d| d.id.as_str()).collect();
        let influences = crate::summary::sensitivity::headline(&result.replicates, &ids);
        let artefacts =
            RunArtefacts { result: &result, drafts, spec: self.spec, synthetic, interval: args.mc.interval, influences: &influences, manifest: &manifest, lang: args.lang };
        ExportManager::for_run_with(!args.no_report, self.chromium.clone()).export(&artefacts, dir, self.started)?;
        let tx = Texts::new(args.lang);
        let mut text = tx.f(
            "console-run",
            &[
                ("replicates", (args.mc.replicates as f64).into()),
                ("persons", (result.persons as f64).into()),
                ("seed", args.mc.seed.to_string().into()),
                ("threads", self.threads.into()),
                ("synthetic", if synthetic { "yes" } else { "no" }.into()),
            ],
        );
        text.push_str("\n\n");
        text.push_str(&crate::output::table::render(&result.summary, &result.differences, args.mc.interval, &tx));
        if let Some(note) = &result.timeline_note {
            text.push_str(&format!("\n{}\n", note.render(&tx)));
        }
        if let Some(targets) = targets {
            text.push_str(&crate::output::targets::render(&result, drafts, targets, args.mc.interval, &tx));
        }
        text.push('\n');
        text.push_str(&tx.f(
            "console-speed",
            &[
                ("seconds", tx.number(result.seconds, 2).into()),
                ("rate", tx.number(manifest.timings.person_replicates_per_second / 1e6, 1).into()),
                ("build", result.build.name().into()),
            ],
        ));
        text.push('\n');
        Ok(text)
    }
}

/// Parses `--lang` (and `AMNESTY_LANG`): kk, ru or en.
pub(crate) fn parse_lang(text: &str) -> std::result::Result<Lang, String> {
    text.parse()
}

/// `output/<draft ids>_seed-<seed>`, with a numeric suffix if that folder exists.
fn default_out_dir(drafts: &[Draft], seed: u64) -> PathBuf {
    let ids: Vec<&str> = drafts.iter().map(|d| d.id.as_str()).collect();
    let mut stem = ids.join("_vs_");
    if stem.len() > 120 {
        stem = format!("{}_and_{}_more", ids[0], ids.len() - 1);
    }
    let base = PathBuf::from("output").join(format!("{stem}_seed-{seed}"));
    if !base.exists() {
        return base;
    }
    (2..).map(|k| PathBuf::from(format!("{}-{k}", base.display()))).find(|p| !p.exists()).expect("some suffix is free")
}
