//! What each subcommand does, as library functions that take plain option structs and
//! return what to print. The binary maps command-line arguments onto these options and
//! nothing more, so every command is testable without spawning a process.

use std::path::{Path, PathBuf};

use crate::catalogue::Catalogue;
use crate::draft::Draft;
use crate::error::Result;
use crate::export::manifest::{Input, Manifest, Timings};
use crate::export::{Exporter, Replicates, TidyTables};
use crate::fsx::TableFormat;
use crate::montecarlo::{PopulationSource, RunConfig};
use crate::generate::generate_into;
use crate::population::{Population, columns, io};
use crate::rng::{Stream, stream};
use crate::spec::PopulationSpec;

/// Loads an article catalogue from a file, or the embedded one.
pub fn load_catalogue(catalogue: Option<&Path>) -> Result<Catalogue> {
    match catalogue {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| crate::Error::io(path, e))?;
            Catalogue::parse(&path.display().to_string(), &text)
        }
        None => Catalogue::embedded(),
    }
}

/// Loads a spec from a file, or the embedded default; with a catalogue file, or the
/// embedded one.
pub fn load_spec(spec: Option<&Path>, catalogue: Option<&Path>) -> Result<PopulationSpec> {
    let catalogue = load_catalogue(catalogue)?;
    match spec {
        Some(path) => PopulationSpec::load(path, catalogue),
        None => PopulationSpec::parse(crate::spec::DEFAULT_SPEC_NAME, crate::spec::DEFAULT_SPEC, catalogue),
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

/// Where `--population` points: a spec (TOML) or a registry (CSV/Parquet). A registry
/// keeps the default spec for the cost and detention parameters.
pub fn population_input(arg: Option<&Path>, catalogue: Option<&Path>) -> Result<(PopulationSpec, PopulationSource, Vec<Input>)> {
    let catalogue_input = match catalogue {
        Some(p) => Input::new("catalogue", &p.display().to_string(), &std::fs::read(p).map_err(|e| crate::Error::io(p, e))?),
        None => Input::new("catalogue", &format!("embedded:{}", crate::catalogue::DEFAULT_CATALOGUE_NAME), crate::catalogue::DEFAULT_CATALOGUE.as_bytes()),
    };
    match arg {
        Some(path) if path.extension().and_then(|e| e.to_str()) == Some("toml") => {
            let spec = load_spec(Some(path), catalogue)?;
            let input = Input::new("population spec", &spec.path, spec.text.as_bytes());
            Ok((spec, PopulationSource::Synthetic, vec![input, catalogue_input]))
        }
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| crate::Error::io(path, e))?;
            let (pop, unused) = crate::population::io::read_noting_unused(path)?;
            if !unused.is_empty() {
                eprintln!("warning: {}: column{} {} not used (a population file's columns: `amnesty-sim population --columns`)", path.display(), if unused.len() == 1 { "" } else { "s" }, unused.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", "));
            }
            let spec = load_spec(None, catalogue)?;
            let inputs = vec![
                Input::new("registry", &path.display().to_string(), &bytes),
                Input::new("population spec (costs only)", &format!("embedded:{}", spec.path), spec.text.as_bytes()),
            ];
            Ok((spec, PopulationSource::Registry(pop), inputs))
        }
        None => {
            let spec = load_spec(None, catalogue)?;
            let input = Input::new("population spec", &format!("embedded:{}", spec.path), spec.text.as_bytes());
            Ok((spec, PopulationSource::Synthetic, vec![input, catalogue_input]))
        }
    }
}

/// Options of `run` and `compare`.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Draft files or shipped ids; empty means the enacted 2025 law.
    pub drafts: Vec<String>,
    /// Spec or registry.
    pub population: Option<PathBuf>,
    /// Article catalogue.
    pub catalogue: Option<PathBuf>,
    /// Replicates.
    pub replicates: u64,
    /// Seed.
    pub seed: u64,
    /// Threads.
    pub threads: usize,
    /// Interval probability.
    pub interval: f64,
    /// Output folder; default: a new folder under `output/`.
    pub out: Option<PathBuf>,
    /// Progress bar on stderr.
    pub progress: bool,
    /// The command line as typed, for the manifest.
    pub command_line: String,
    /// Write charts and report.html / report.md.
    pub report: bool,
    /// Published figures to set beside each draft's simulated totals (files, in order).
    pub targets: Vec<PathBuf>,
}

/// Loads drafts and refuses duplicate ids (their rows would be indistinguishable).
pub fn load_drafts(args: &[String]) -> Result<Vec<Draft>> {
    let default = [crate::draft::DEFAULT_DRAFT.to_string()];
    let args = if args.is_empty() { &default[..] } else { args };
    let mut drafts = Vec::new();
    let mut errors = Vec::new();
    for a in args {
        match crate::draft::resolve(a) {
            Ok(d) => {
                if drafts.iter().any(|x: &Draft| x.id == d.id) {
                    errors.push(crate::Error::Usage(format!("{a}: draft id `{}` appears twice in this run; give each draft a distinct id", d.id)));
                } else {
                    drafts.push(d);
                }
            }
            Err(e) => errors.push(e),
        }
    }
    crate::Error::collect(errors)?;
    Ok(drafts)
}

/// Runs `run` or `compare`: the Monte Carlo, the files, and the terminal summary.
pub fn run(opts: &RunOptions) -> Result<String> {
    let started = std::time::Instant::now();
    let drafts = load_drafts(&opts.drafts)?;
    // Read the published figures before the Monte Carlo, so a broken file costs nothing.
    let targets = if opts.targets.is_empty() { None } else { Some(crate::calibrate::targets::Targets::load_all(&opts.targets)?) };
    let (spec, source, mut inputs) = population_input(opts.population.as_deref(), opts.catalogue.as_deref())?;
    for d in &drafts {
        inputs.push(Input::new("draft", &d.path, d.text.as_bytes()));
    }
    // The output folder is checked (and its staging folder made) before the first
    // replicate; the run is moved into place whole once every file is written.
    let out = crate::fsx::OutputDir::prepare(&match &opts.out {
        Some(d) => d.clone(),
        None => default_out_dir(&drafts, opts.seed),
    })?;
    let staged = run_staged(opts, started, &drafts, targets.as_ref(), &spec, &source, inputs, &out.staging);
    match staged {
        Ok(text) => {
            let target = out.commit()?;
            Ok(format!("{text}wrote {}\n", target.display()))
        }
        Err(e) => {
            out.abandon();
            Err(e)
        }
    }
}

/// The Monte Carlo and every file of a run, written into `dir` (the staging folder).
#[allow(clippy::too_many_arguments)]
fn run_staged(
    opts: &RunOptions,
    started: std::time::Instant,
    drafts: &[Draft],
    targets: Option<&crate::calibrate::targets::Targets>,
    spec: &PopulationSpec,
    source: &PopulationSource,
    inputs: Vec<Input>,
    dir: &Path,
) -> Result<String> {
    let config = RunConfig { replicates: opts.replicates, seed: opts.seed, threads: opts.threads, interval: opts.interval, progress: opts.progress, summary: true };
    let result = crate::montecarlo::run(spec, source, drafts, &config)?;
    let dir = dir.to_path_buf();
    let exporters: Vec<Box<dyn Exporter>> = vec![Box::new(TidyTables(TableFormat::Csv)), Box::new(TidyTables(TableFormat::Parquet)), Box::new(Replicates)];
    let mut written = Vec::new();
    for e in &exporters {
        written.extend(e.export(&result, &dir)?);
    }
    let throughput = result.persons as f64 * opts.replicates as f64 * drafts.len() as f64 / result.seconds.max(1e-9);
    let mut manifest = Manifest {
        version: env!("CARGO_PKG_VERSION").to_string(),
        command: opts.command_line.clone(),
        seed: opts.seed,
        replicates: opts.replicates,
        threads: opts.threads,
        interval: opts.interval,
        drafts: drafts.iter().map(|d| d.id.clone()).collect(),
        persons: result.persons,
        synthetic_population: matches!(source, PopulationSource::Synthetic),
        inputs,
        outputs: Vec::new(),
        timings: Timings { replicates_seconds: result.seconds, person_replicates_per_second: throughput, total_seconds: 0.0 },
    };
    let influences = sensitivity(&result, drafts);
    if !influences.is_empty() {
        let path = dir.join("sensitivity.csv");
        let mut text = String::from("output,input,coefficient,method\n");
        for i in &influences {
            text.push_str(&format!("{},{},{:.4},{}\n", i.output, i.input, i.coefficient, i.method));
        }
        crate::fsx::write_bytes(&path, text.as_bytes())?;
        written.push(path);
    }
    if opts.report {
        let mut charts = crate::charts::build(&result, opts.interval);
        if let Some(t) = crate::charts::tornado(&influences, &format!("{}:persons:all:covered", drafts[0].id)) {
            charts.push(t);
        }
        let drawn = crate::charts::write_all(&charts, &dir)?;
        for (chart, (_, _, png)) in charts.iter().zip(&drawn) {
            written.push(png.clone());
            written.push(dir.join("charts").join(format!("{}.svg", chart.name())));
        }
        let input = crate::report::ReportInput {
            result: &result,
            drafts,
            spec,
            synthetic: matches!(source, PopulationSource::Synthetic),
            manifest: &manifest,
            charts: charts.iter().zip(drawn).map(|(c, (name, svg, _))| (c.title().to_string(), name, svg)).collect(),
            interval: opts.interval,
            influences: &influences,
        };
        let blocks = crate::report::build(&input);
        let title = format!("amnesty-sim: {}", manifest.drafts.join(" vs "));
        let html = dir.join("report.html");
        crate::fsx::write_bytes(&html, crate::report::render_html(&title, &blocks).as_bytes())?;
        let md = dir.join("report.md");
        crate::fsx::write_bytes(&md, crate::report::render_markdown(&blocks).as_bytes())?;
        written.extend([html, md]);
    }
    manifest.outputs = written
        .iter()
        .map(|p| {
            let name = p.strip_prefix(&dir).unwrap_or(p).display().to_string();
            Ok(Input::new("output", &name, &std::fs::read(p).map_err(|e| crate::Error::io(p, e))?))
        })
        .collect::<Result<Vec<_>>>()?;
    manifest.timings.total_seconds = started.elapsed().as_secs_f64();
    manifest.write(&dir)?;
    let mut text = format!(
        "{} replicate{} of {} persons, seed {}, {} thread{}{}\n\n",
        opts.replicates,
        if opts.replicates == 1 { "" } else { "s" },
        result.persons,
        opts.seed,
        opts.threads,
        if opts.threads == 1 { "" } else { "s" },
        if matches!(source, PopulationSource::Synthetic) { ", population regenerated every replicate" } else { ", fixed registry" }
    );
    text.push_str(&crate::export::table::render(&result.summary, &result.differences, opts.interval));
    if let Some(targets) = targets {
        text.push_str(&target_table(&result, drafts, targets, opts.interval));
    }
    text.push_str(&format!("\n{:.2} s for the replicates ({:.1} million person-replicates per second)\n", result.seconds, throughput / 1e6));
    Ok(text)
}

/// The headline outputs whose drivers are ranked, per draft.
pub const SENSITIVITY_OUTPUTS: [&str; 5] = ["persons:all:covered", "persons:prisoner:released", "persons:prisoner:cut", "persons:probationer:released", "bed_days_saved:all:covered"];

/// Ranks the uncertain inputs of a run by their influence on the headline outputs;
/// empty when there are too few replicates to say anything (under 30).
pub fn sensitivity(result: &crate::montecarlo::RunResult, drafts: &[Draft]) -> Vec<crate::sensitivity::Influence> {
    let t = &result.replicates;
    if t.rows.len() < 30 {
        return Vec::new();
    }
    let outputs: Vec<usize> = drafts
        .iter()
        .flat_map(|d| SENSITIVITY_OUTPUTS.iter().map(move |o| format!("{}:{o}", d.id)))
        .filter_map(|name| t.columns.iter().position(|c| *c == name))
        .collect();
    crate::sensitivity::analyse(t, &(0..t.parameters).collect::<Vec<_>>(), &outputs)
}

/// Each draft's simulated interval beside each published figure, in one table: a row
/// per figure (a forecast and an outcome of the same quantity share a row), its source,
/// the forecast and the reported outcome, and per draft the interval and whether each
/// figure agrees. Intervals come from the per-replicate totals (exact quantiles of sums
/// such as cut + released by cut).
pub fn target_table(result: &crate::montecarlo::RunResult, drafts: &[Draft], targets: &crate::calibrate::targets::Targets, interval: f64) -> String {
    use crate::calibrate::targets::{FileKind, Target};
    use crate::export::table::thousands;
    let t = &result.replicates;
    let probs = [(1.0 - interval) / 2.0, 0.5, (1.0 + interval) / 2.0];
    // Rows: figures measuring the same quantity under the same name are one row.
    let mut rows: Vec<Vec<&Target>> = Vec::new();
    for target in &targets.targets {
        match rows.iter_mut().find(|r| r[0].name == target.name && r[0].same_quantity(target)) {
            Some(r) => r.push(target),
            None => rows.push(vec![target]),
        }
    }
    let mut out = format!(
        "\npublished figures ({}) beside the simulated {:.0}% intervals\n(agrees: the figure lies inside the interval; `>N` (more than) agrees when the interval reaches N or above, `<=N` when it reaches N or below; f: forecast, o: outcome)\n",
        targets.path,
        interval * 100.0
    );
    let width = 24;
    out.push_str(&format!("{:<50} {:<40} {:>9} {:>9}", "figure", "source", "forecast", "outcome"));
    for d in drafts {
        out.push_str(&format!("  {:<width$}", d.id));
    }
    out.push('\n');
    for row in &rows {
        let shown = |kind: FileKind| row.iter().filter(|x| x.origin == kind).map(|x| x.shown_value()).collect::<Vec<_>>().join("/");
        let (forecast, outcome) = (shown(FileKind::Forecast), shown(FileKind::Outcome));
        let sources: Vec<&str> = row.iter().map(|x| x.origin_label.as_str()).collect();
        let name = if row.iter().any(|x| x.fitted) { row[0].name.clone() } else { format!("{} (not fitted)", row[0].name) };
        out.push_str(&format!(
            "{:<50} {:<40} {:>9} {:>9}",
            name,
            sources.join("; "),
            if forecast.is_empty() { "-".into() } else { forecast },
            if outcome.is_empty() { "-".into() } else { outcome }
        ));
        for d in drafts {
            let cols: Vec<usize> = row[0].columns(&d.id).iter().filter_map(|c| t.columns.iter().position(|x| x == c)).collect();
            let cell = if cols.len() != row[0].columns(&d.id).len() || t.rows.is_empty() {
                "-".to_string()
            } else {
                let q = crate::calibrate::quantiles(t.rows.iter().map(|r| cols.iter().map(|c| r[*c]).sum::<f64>()), &probs);
                let verdicts: Vec<String> = row
                    .iter()
                    .map(|x| {
                        let tag = if row.len() > 1 { if x.origin == FileKind::Forecast { "f:" } else { "o:" } } else { "" };
                        format!("{tag}{}", if x.consistent([q[0], q[1], q[2]]) { "yes" } else { "NO" })
                    })
                    .collect();
                format!("{}-{} {}", thousands(q[0]), thousands(q[2]), verdicts.join(" "))
            };
            out.push_str(&format!("  {cell:<width$}"));
        }
        out.push('\n');
    }
    out
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

/// Runs `check`: parses, type-checks and lints each draft.
pub fn check(drafts: &[String], population: Option<&Path>, catalogue: Option<&Path>) -> Result<CheckReport> {
    let mut report = CheckReport { text: String::new(), failed: false, warnings: 0 };
    // The catalogue first: a gravity that contradicts its own sanction (art. 11) is an
    // error, since every provision reads the gravity. It is reported even when a
    // population built on that catalogue then fails to load.
    let catalogue_name = catalogue.map_or(crate::catalogue::DEFAULT_CATALOGUE_NAME.to_string(), |p| p.display().to_string());
    let cat = load_catalogue(catalogue)?;
    let lints = cat.gravity_lints();
    report.text.push_str(&format!(
        "{catalogue_name}: {}: catalogue, {} entries, every gravity checked against its sanction (art. 11)\n",
        if lints.is_empty() { "ok" } else { "error" },
        cat.offences.len()
    ));
    for l in lints {
        report.failed = true;
        report.text.push_str(&format!("error: {}\n\n", l.message));
    }
    let (spec, source) = match population_input(population, catalogue) {
        Ok((spec, source, _)) => (spec, source),
        Err(e) => {
            report.failed = true;
            report.text.push_str(&format!("error: {e}\n\n(no draft linted: the population does not load)\n"));
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
    for arg in drafts {
        match crate::draft::resolve(arg) {
            Err(e) => {
                report.failed = true;
                report.text.push_str(&format!("error: {e}\n\n"));
            }
            Ok(d) => {
                let warnings = crate::lint::lint(&d, &pop);
                report.text.push_str(&format!(
                    "{}: ok: draft `{}`, {} exclusion{}, {} provision{}",
                    d.path,
                    d.id,
                    d.exclusions.len(),
                    if d.exclusions.len() == 1 { "" } else { "s" },
                    d.provisions.len(),
                    if d.provisions.len() == 1 { "" } else { "s" }
                ));
                if ids.contains(&d.id) {
                    report.text.push_str(&format!("; warning: id `{}` repeats an earlier draft's", d.id));
                    report.warnings += 1;
                }
                report.text.push('\n');
                ids.push(d.id.clone());
                for w in &warnings {
                    report.text.push_str(&format!("  warning: provision `{}`: {}\n", w.provision, w.message));
                }
                report.warnings += warnings.len();
            }
        }
    }
    if report.warnings > 0 {
        report.text.push_str(&format!("({} warning{} judged on the default population, {} persons)\n", report.warnings, if report.warnings == 1 { "" } else { "s" }, pop.len()));
    }
    Ok(report)
}

/// Runs `explain`: how a draft treats one person of a population.
pub fn explain(draft: &str, person: u32, population: Option<&Path>, catalogue: Option<&Path>, seed: u64) -> Result<String> {
    let draft = crate::draft::resolve(draft)?;
    let (spec, source, _) = population_input(population, catalogue)?;
    let pop = match source {
        PopulationSource::Registry(p) => p,
        PopulationSource::Synthetic => replicate_population(&spec, &parameter_draw(&spec, seed, 0, false), seed, 0),
    };
    let i = pop.position_of(person).ok_or_else(|| {
        crate::Error::Usage(format!("no person with id {person}; ids run from {} to {}", pop.id.iter().min().unwrap_or(&0), pop.id.iter().max().unwrap_or(&0)))
    })?;
    Ok(crate::explain::explain(&draft, &pop, i))
}

/// Options of `calibrate`.
#[derive(Debug, Clone)]
pub struct CalibrateOptions {
    /// The draft the targets were made for (file or shipped id).
    pub draft: String,
    /// Targets files, fitted together.
    pub targets: Vec<PathBuf>,
    /// Prior spec; default: the shipped prior spec.
    pub population: Option<PathBuf>,
    /// Article catalogue.
    pub catalogue: Option<PathBuf>,
    /// Parameter draws.
    pub draws: u64,
    /// Fraction of draws kept.
    pub accept: f64,
    /// Seed.
    pub seed: u64,
    /// Threads.
    pub threads: usize,
    /// Where to write the calibrated spec; the fit table and chart go beside it.
    pub out: PathBuf,
    /// The command line, recorded in the calibrated spec.
    pub command_line: String,
}

/// The worker threads a command uses: all cores unless told otherwise (`0` also means
/// all cores), so the manifest records the number that actually ran.
pub fn resolve_threads(asked: Option<usize>) -> usize {
    match asked {
        Some(n) if n > 0 => n,
        _ => std::thread::available_parallelism().map_or(1, |n| n.get()),
    }
}

/// Runs `calibrate`: ABC, calibrated spec, fit table and chart.
pub fn calibrate(opts: &CalibrateOptions) -> Result<String> {
    use crate::calibrate::{Fit, Record, abc, calibrated_spec, fits, posterior, targets::Targets};
    if opts.draws == 0 || opts.draws > crate::montecarlo::MAX_REPLICATES {
        return Err(crate::Error::Usage(format!("--draws {}: give 1 to {} parameter draws", opts.draws, crate::montecarlo::MAX_REPLICATES)));
    }
    let draft = crate::draft::resolve(&opts.draft)?;
    let targets = Targets::load_all(&opts.targets)?;
    if !targets.targets.iter().any(|t| t.fitted) {
        return Err(crate::Error::invalid(&targets.path, "no [[target]] to fit (every entry has calibrate = false)"));
    }
    if let Some(d) = &targets.draft
        && *d != draft.id
    {
        eprintln!("warning: {} was made for draft `{d}`, calibrating against `{}`", targets.path, draft.id);
    }
    let spec = match &opts.population {
        Some(p) => load_spec(Some(p), opts.catalogue.as_deref())?,
        None => PopulationSpec::parse(crate::spec::PRIOR_SPEC_NAME, crate::spec::PRIOR_SPEC, load_catalogue(opts.catalogue.as_deref())?)?,
    };
    let result = abc(&spec, &draft, &targets, opts.draws, opts.accept, opts.seed, opts.threads)?;
    let fit = fits(&result, &targets);
    let post = posterior(&spec, &result);
    let record = Record {
        draft: draft.id.clone(),
        targets: (targets.path.clone(), crate::export::manifest::sha256_hex(targets.text.as_bytes())),
        prior: (spec.path.clone(), crate::export::manifest::sha256_hex(spec.text.as_bytes())),
        counts: (opts.draws, result.accepted.len(), result.within_tolerance),
        seed: opts.seed,
        command: opts.command_line.clone(),
    };
    let text = calibrated_spec(&spec.text, &post, &record, &fit)?;
    // The calibrated file must load as a spec before it is written.
    PopulationSpec::parse(&opts.out.display().to_string(), &text, spec.catalogue.clone())?;
    crate::fsx::write_bytes(&opts.out, text.as_bytes())?;

    let stem = opts.out.with_extension("");
    let csv = PathBuf::from(format!("{}-fit.csv", stem.display()));
    let mut table = String::from("target,fitted,kind,value,tolerance,prior_p05,prior_p50,prior_p95,posterior_p05,posterior_p50,posterior_p95,consistent_prior,consistent_posterior\n");
    for f in &fit {
        table.push_str(&format!(
            "{},{},{},{},{},{:.1},{:.1},{:.1},{:.1},{:.1},{:.1},{},{}\n",
            f.name,
            f.fitted,
            f.target.kind.name(),
            f.value,
            f.tolerance,
            f.before[0],
            f.before[1],
            f.before[2],
            f.after[0],
            f.after[1],
            f.after[2],
            f.target.consistent(f.before),
            f.target.consistent(f.after)
        ));
    }
    crate::fsx::write_bytes(&csv, table.as_bytes())?;
    let chart = crate::charts::Chart::Bars(crate::charts::BarChart {
        name: "calibration-fit".into(),
        title: format!("Calibration of the population to {} figures", targets.targets.len()),
        y_label: "simulated / published figure (median, whiskers: 90%)".into(),
        x_label: "target".into(),
        categories: fit.iter().map(Fit::label).collect(),
        series: vec!["prior".into(), "calibrated".into()],
        values: vec![
            fit.iter().map(|f| Some(crate::charts::Bar { mean: f.before[1] / f.value, low: f.before[0] / f.value, high: f.before[2] / f.value })).collect(),
            fit.iter().map(|f| Some(crate::charts::Bar { mean: f.after[1] / f.value, low: f.after[0] / f.value, high: f.after[2] / f.value })).collect(),
        ],
        scale: 1.0,
        colour_offset: 2,
        reference: Some(1.0),
    });
    let png = PathBuf::from(format!("{}-fit.png", stem.display()));
    crate::charts::render_png(&chart, &png)?;
    let svg = PathBuf::from(format!("{}-fit.svg", stem.display()));
    crate::fsx::write_bytes(&svg, crate::charts::render_svg(&chart)?.as_bytes())?;

    let mut out = format!(
        "ABC rejection: {} draws of {} parameters in {:.1} s; kept the closest {} ({} draws had every target within its tolerance)\n\n",
        opts.draws,
        spec.priors.len(),
        result.seconds,
        result.accepted.len(),
        result.within_tolerance
    );
    out.push_str(&format!("{:<32} {:>9} {:>26} {:>26}\n", "target", "published", "prior 90% (median)", "calibrated 90% (median)"));
    for f in &fit {
        out.push_str(&format!(
            "{:<32} {:>9} {:>26} {:>26}\n",
            f.label(),
            crate::export::table::thousands(f.value),
            format!("{}-{} ({})", crate::export::table::thousands(f.before[0]), crate::export::table::thousands(f.before[2]), crate::export::table::thousands(f.before[1])),
            format!("{}-{} ({})", crate::export::table::thousands(f.after[0]), crate::export::table::thousands(f.after[2]), crate::export::table::thousands(f.after[1])),
        ));
    }
    out.push_str(&format!("\nwrote {}, {}, {}, {}\n", opts.out.display(), csv.display(), png.display(), svg.display()));
    Ok(out)
}
