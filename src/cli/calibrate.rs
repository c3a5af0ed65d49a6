//! `amnesty-sim calibrate`: fit the population spec's priors to published figures
//! (ABC rejection) and write the calibrated spec, its fit table and chart.

use std::path::{Path, PathBuf};

use clap::Args;

use super::load::{load_catalogue, load_spec};
use crate::calibrate::targets::Targets;
use crate::calibrate::{DraftParameterFit, Fit};
use crate::draft::Draft;
use crate::error::Result;
use crate::scenario::spec::PopulationSpec;

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
#[derive(Args, Debug, Clone)]
#[command(verbatim_doc_comment)]
pub struct CalibrateArgs {
    /// The draft the published figures describe (file or shipped id).
    #[arg(long)]
    pub draft: String,
    /// Targets file (TOML); repeat to fit several together, each weighted by its
    /// `[meta] weight`.
    #[arg(long, value_name = "FILE", required = true)]
    pub targets: Vec<PathBuf>,
    /// Prior spec; default: the shipped scenarios/population/kz-2025-prior.toml.
    #[arg(long, value_name = "FILE")]
    pub population: Option<PathBuf>,
    /// Article catalogue (TOML).
    #[arg(long, value_name = "FILE")]
    pub catalogue: Option<PathBuf>,
    /// Parameter draws.
    #[arg(long, default_value_t = 20_000)]
    pub draws: u64,
    /// Fraction of the draws kept as the posterior sample.
    #[arg(long, default_value_t = 0.02)]
    pub accept: f64,
    /// Seed.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Worker threads (default, or 0: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Calibrated spec to write; the fit table and chart go beside it.
    #[arg(long, value_name = "FILE", default_value = "output/calibrated.toml")]
    pub out: PathBuf,
    /// The language of what is printed: set from the global `--lang` (and
    /// `AMNESTY_LANG`) after parsing.
    #[arg(skip)]
    pub lang: crate::i18n::Lang,
}

/// Runs `calibrate`: ABC, calibrated spec, fit table and chart.
pub fn calibrate(opts: &CalibrateArgs, command_line: &str) -> Result<String> {
    let threads = crate::montecarlo::resolve_threads(opts.threads)?;
    use crate::calibrate::{Record, abc, calibrated_spec, draft_fits, fits, posterior};
    let (draft, targets, spec) = load_inputs(opts)?;
    let result = abc(&spec, &draft, &targets, opts.draws, opts.accept, opts.seed, threads)?;
    let fit = fits(&result, &targets);
    let post = posterior(&spec, &result);
    let draft_fit = draft_fits(&draft, &result);
    let record = Record {
        draft: draft.id.clone(),
        targets: (targets.path.clone(), crate::output::manifest::sha256_hex(targets.text.as_bytes())),
        prior: (spec.path.clone(), crate::output::manifest::sha256_hex(spec.text.as_bytes())),
        counts: (opts.draws, result.accepted.len(), result.within_tolerance),
        seed: opts.seed,
        command: command_line.to_string(),
    };
    let text = calibrated_spec(&spec.text, &post, &draft_fit, &record, &fit)?;
    // The calibrated file must load as a spec before it is written.
    PopulationSpec::parse(&opts.out.display().to_string(), &text, spec.catalogue.clone())?;
    crate::output::atomic::write_bytes(&opts.out, text.as_bytes())?;
    let tx = crate::i18n::Texts::new(opts.lang);
    let written = write_fit(&opts.out, &fit, targets.targets.len(), &tx)?;

    let mut out = tx.f(
        "calibrate-abc",
        &[
            ("draws", opts.draws.to_string().into()),
            ("parameters", spec.priors.len().into()),
            ("seconds", tx.number(result.seconds, 1).into()),
            ("kept", result.accepted.len().into()),
            ("within", result.within_tolerance.into()),
        ],
    );
    out.push_str("\n\n");
    out.push_str(&fit_summary(&fit, &tx));
    out.push_str(&draft_fit_summary(&draft_fit, &tx));
    let [csv, png, svg] = &written;
    let files = [opts.out.as_path(), csv, png, svg].iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
    out.push_str(&format!("\n{}\n", tx.f("console-wrote", &[("path", files.into())])));
    Ok(out)
}

/// Reads and checks the draft, the targets and the prior spec, refusing what cannot be
/// calibrated before any draw is made.
fn load_inputs(opts: &CalibrateArgs) -> Result<(Draft, Targets, PopulationSpec)> {
    if opts.draws == 0 || opts.draws > crate::montecarlo::MAX_REPLICATES {
        return Err(crate::Error::request(
            crate::error::Setting::Draws,
            opts.draws,
            crate::i18n::Msg::new("calibrate-draws-range").arg("max", crate::montecarlo::MAX_REPLICATES as f64),
        ));
    }
    let draft = crate::draft::resolve(&opts.draft)?;
    let targets = Targets::load_all(&opts.targets)?;
    if !targets.targets.iter().any(|t| t.fitted) {
        return Err(crate::Error::invalid(&targets.path, crate::i18n::Msg::new("calibrate-nothing-to-fit")));
    }
    if let Some(d) = &targets.draft
        && *d != draft.id
    {
        let tx = crate::i18n::Texts::new(opts.lang);
        eprintln!("{}", tx.f("calibrate-other-draft", &[("path", targets.path.clone().into()), ("made", d.clone().into()), ("draft", draft.id.clone().into())]));
    }
    let spec = match &opts.population {
        Some(p) => load_spec(Some(p), opts.catalogue.as_deref())?,
        None => PopulationSpec::parse(crate::scenario::spec::PRIOR_SPEC_NAME, crate::scenario::spec::PRIOR_SPEC, load_catalogue(opts.catalogue.as_deref())?)?,
    };
    Ok((draft, targets, spec))
}

/// Writes the fit table (CSV) and chart (PNG, SVG) beside the calibrated spec `out`
/// and returns their paths in that order.
fn write_fit(out: &Path, fit: &[Fit], targets: usize, tx: &crate::i18n::Texts) -> Result<[PathBuf; 3]> {
    let stem = out.with_extension("");
    let csv = PathBuf::from(format!("{}-fit.csv", stem.display()));
    fit_table(fit).write(&csv)?;
    let chart = fit_chart(fit, targets, tx);
    let png = PathBuf::from(format!("{}-fit.png", stem.display()));
    crate::output::charts::render_png(&chart, &png)?;
    let svg = PathBuf::from(format!("{}-fit.svg", stem.display()));
    crate::output::atomic::write_bytes(&svg, crate::output::charts::render_svg(&chart)?.as_bytes())?;
    Ok([csv, png, svg])
}

/// The fit table: each target's published figure against its prior and calibrated
/// intervals, and whether each agrees with it.
fn fit_table(fit: &[Fit]) -> crate::output::csv_table::CsvTable {
    let mut table = crate::output::csv_table::CsvTable::new(&[
        "target",
        "fitted",
        "kind",
        "value",
        "tolerance",
        "prior_p05",
        "prior_p50",
        "prior_p95",
        "posterior_p05",
        "posterior_p50",
        "posterior_p95",
        "consistent_prior",
        "consistent_posterior",
    ]);
    for f in fit {
        let q = |x: f64| format!("{x:.1}");
        let mut row = vec![f.name.clone(), f.fitted.to_string(), f.target.kind.name().to_string(), f.value.to_string(), f.tolerance.to_string()];
        row.extend(f.before.iter().chain(&f.after).map(|x| q(*x)));
        row.extend([f.target.consistent(f.before).to_string(), f.target.consistent(f.after).to_string()]);
        table.row(row);
    }
    table
}

/// The fit chart: simulated over published figure per target, prior beside calibrated.
fn fit_chart(fit: &[Fit], targets: usize, tx: &crate::i18n::Texts) -> crate::output::charts::Chart {
    crate::output::charts::Chart::Bars(crate::output::charts::BarChart {
        name: "calibration-fit".into(),
        title: tx.f("calibrate-chart-title", &[("n", targets.into())]),
        y_label: tx.t("calibrate-chart-y"),
        x_label: tx.t("calibrate-col-target"),
        categories: fit.iter().map(|f| target_label(f, tx)).collect(),
        series: vec![tx.t("calibrate-chart-prior"), tx.t("calibrate-chart-calibrated")],
        values: vec![
            fit.iter().map(|f| Some(crate::output::charts::Bar { mean: f.before[1] / f.value, low: f.before[0] / f.value, high: f.before[2] / f.value })).collect(),
            fit.iter().map(|f| Some(crate::output::charts::Bar { mean: f.after[1] / f.value, low: f.after[0] / f.value, high: f.after[2] / f.value })).collect(),
        ],
        scale: 1.0,
        colour_offset: 2,
        reference: Some(1.0),
        lang: tx.lang(),
    })
}

/// The printed table of targets: published figure, prior and calibrated intervals.
fn fit_summary(fit: &[Fit], tx: &crate::i18n::Texts) -> String {
    let mut out =
        format!("{:<32} {:>9} {:>26} {:>26}\n", tx.t("calibrate-col-target"), tx.t("calibrate-col-published"), tx.t("calibrate-col-prior"), tx.t("calibrate-col-calibrated"));
    for f in fit {
        out.push_str(&format!(
            "{:<32} {:>9} {:>26} {:>26}\n",
            target_label(f, tx),
            tx.int(f.value),
            format!("{}-{} ({})", tx.int(f.before[0]), tx.int(f.before[2]), tx.int(f.before[1])),
            format!("{}-{} ({})", tx.int(f.after[0]), tx.int(f.after[2]), tx.int(f.after[1])),
        ));
    }
    out
}

/// A target's name in the reader's language, with how it is used (as
/// [`Fit::label`] says it in English).
fn target_label(f: &Fit, tx: &crate::i18n::Texts) -> String {
    use crate::calibrate::targets::TargetKind;
    let name = f.target.name_words.pick(tx.lang(), &f.target.name).clone();
    let how = match (f.target.kind, f.target.fitted) {
        (TargetKind::UpperBound, _) => "calibrate-upper-bound",
        (TargetKind::LowerBound, false) => "calibrate-lower-bound-unfitted",
        (TargetKind::LowerBound, true) => "calibrate-lower-bound",
        (TargetKind::Estimate, false) => "calibrate-unfitted",
        (TargetKind::Estimate, true) => return name,
    };
    format!("{name} ({})", tx.t(how))
}

/// The printed table of the draft's parameters: whether the figures pinned each down.
fn draft_fit_summary(draft_fit: &[DraftParameterFit], tx: &crate::i18n::Texts) -> String {
    let mut out =
        format!("\n{:<32} {:>26} {:>26}  {}\n", tx.t("calibrate-col-parameter"), tx.t("calibrate-col-prior"), tx.t("calibrate-col-calibrated"), tx.t("calibrate-col-pinned"));
    for f in draft_fit {
        let range = |q: [f64; 3]| format!("{}-{} ({})", tx.number(q[0], 2), tx.number(q[2], 2), tx.number(q[1], 2));
        let verdict = tx.t(match (f.informed, f.dist.is_some()) {
            (true, true) => "calibrate-pinned-yes",
            (true, false) => "calibrate-pinned-moved",
            (false, _) => "calibrate-pinned-no",
        });
        out.push_str(&format!("{:<32} {:>26} {:>26}  {verdict}\n", f.name, range(f.prior), range(f.posterior)));
    }
    out
}
