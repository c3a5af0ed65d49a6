//! Sweeps and attribution against the runs they stand for: a sweep's point is the
//! variant draft run on the same draws, an exclusion's attribution is the paired
//! difference `compare` reports, and the command line checks what it is given.

mod common;

use amnesty_sim::montecarlo::{PopulationSource, RunConfig, run};
use amnesty_sim::scenario::spec::PopulationSpec;
use amnesty_sim::summary::attribution::Measure;
use amnesty_sim::summary::{ReportOutcome, TotalKey};
use amnesty_sim::sweep::{SweepInputs, Vary, goal, variants};
use common::{bin, shipped, temp_path};

fn config(replicates: u64) -> RunConfig {
    RunConfig {
        replicates,
        seed: 9,
        threads: 2,
        interval: 0.9,
        progress: None,
        summary: true,
        horizon_months: 0,
        attribution: true,
        totals_only: false,
        keep: Vec::new(),
        watch: None,
        keep_rows: None,
        cache: None,
    }
}

/// Switching the release for at most one year left (Art. 2(2)) off in a sweep gives,
/// replicate by replicate, what the shipped variant without it gives in a run of its own.
#[test]
fn a_sweep_point_is_the_variant_draft_on_the_same_draws() {
    let spec = PopulationSpec::embedded_default().unwrap();
    let base = shipped("kz-2025-enacted");
    let vary = Vary::parse(&base, "provision.art2-2=on,off").unwrap();
    let drafts = variants(&base, &vary).unwrap();
    let shown = goal::parse_total("prisoner freed").unwrap();
    let config40 = config(40);
    let inputs = SweepInputs { spec: &spec, source: &PopulationSource::Synthetic, base: &base, vary: &vary, drafts: &drafts, shown: &shown, goal: None, config: &config40 };
    let s = amnesty_sim::sweep::run(&inputs).unwrap();
    let separate = run(&spec, &PopulationSource::Synthetic, &[base.clone(), shipped("kz-2025-no-1y")], &{
        let mut c = config(40);
        c.keep = shown.keys.clone();
        c
    })
    .unwrap();
    assert_eq!(shown.values(&s.run.replicates, &s.points[0].draft), shown.values(&separate.replicates, "kz-2025-enacted"));
    assert_eq!(shown.values(&s.run.replicates, &s.points[1].draft), shown.values(&separate.replicates, "kz-2025-no-1y"));
    assert_ne!(shown.values(&s.run.replicates, &s.points[0].draft), shown.values(&s.run.replicates, &s.points[1].draft), "the provision matters");
}

/// What depends on an exclusion is exactly minus the paired difference `compare`
/// reports for the draft without it; what depends on a provision likewise.
#[test]
fn attribution_is_the_paired_difference_of_a_run_without_the_clause() {
    let spec = PopulationSpec::embedded_default().unwrap();
    let base = shipped("kz-2025-enacted");
    // No shipped variant drops a whole exclusion (kz-2025-drug-distribution differs inside
    // the list of Art. 4(15)), so the draft without the repeat-offending exclusion is the
    // enacted file with that clause switched off; the shipped kz-2025-no-1y drops Art. 2(2).
    let vary = Vary::parse(&base, "exclude.art4-6=on,off").unwrap();
    let no_repeat = variants(&base, &vary).unwrap().pop().unwrap();
    assert!(no_repeat.exclusions.len() + 1 == base.exclusions.len() && no_repeat.exclusions.iter().all(|e| e.id != "art4-6"));
    let no_repeat_id = no_repeat.id.clone();
    let result = run(&spec, &PopulationSource::Synthetic, &[base.clone(), no_repeat, shipped("kz-2025-no-1y")], &config(60)).unwrap();
    for (clause, variant) in [("art4-6", no_repeat_id.as_str()), ("art2-2", "kz-2025-no-1y")] {
        for key in [
            TotalKey::persons(None, ReportOutcome::Covered),
            TotalKey::persons(Some(amnesty_sim::scenario::vocab::Status::Prisoner), ReportOutcome::One(amnesty_sim::engine::Outcome::Released)),
        ] {
            let a = amnesty_sim::summary::attribution::find(&result.attribution, "kz-2025-enacted", clause, Measure::DependsOn, key).unwrap();
            let d = amnesty_sim::summary::total_row(&result.differences, variant, key).unwrap();
            assert_eq!(a.mean, -d.mean, "{clause} {key:?}");
            assert_eq!(a.sd, d.sd, "{clause} {key:?}");
        }
    }
}

/// The command writes its files; with common random numbers a larger cut frees at
/// least as many in every replicate, so the share meeting "at most N freed" never
/// rises with the fraction; the answer names the edge between the values that meet
/// the goal and those that do not.
#[test]
fn sweep_writes_its_files_and_solves_on_a_monotone_curve() {
    let out = temp_path("solve");
    let o = bin()
        .args(["sweep", "--vary", "provision.art3-4-1.effect.cut.fraction=0.05:0.5:0.05", "--solve", "prisoner freed <= 2500 at 90%", "--replicates", "80", "--quiet", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for f in ["sweep.csv", "sweep.parquet", "sweep_goal.csv", "charts/sweep.png", "charts/sweep.svg", "manifest.json"] {
        assert!(out.join(f).exists(), "{f} missing");
    }
    let goal = std::fs::read_to_string(out.join("sweep_goal.csv")).unwrap();
    let mut rows: Vec<(f64, f64, bool)> = goal
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[2].parse().unwrap(), f[3].parse().unwrap(), f[4] == "true")
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert!(rows.len() >= 10);
    for w in rows.windows(2) {
        assert!(w[1].1 <= w[0].1, "share rose from {:?} to {:?}", w[0], w[1]);
    }
    for r in &rows {
        assert_eq!(r.2, r.1 >= 0.9, "{r:?}");
    }
    let summary = std::fs::read_to_string(out.join("sweep.csv")).unwrap();
    assert_eq!(summary.lines().filter(|l| l.contains(",persons,prisoner,released_by_cut,")).count(), 10, "one row per grid point");
    if rows.iter().any(|r| r.2) && rows.iter().any(|r| !r.2) {
        assert!(stdout.contains("at most"), "{stdout}");
    } else {
        assert!(stdout.contains("No value") || stdout.contains("Every value"), "{stdout}");
    }
    let _ = std::fs::remove_dir_all(&out);
}

/// A mistyped path gets a did-you-mean; a value the compiler refuses names the file,
/// line and column of the edited draft; neither leaves an output folder.
#[test]
fn sweep_mistakes_are_caught_before_any_replicate() {
    let out = temp_path("mistakes");
    let o = bin().args(["sweep", "--vary", "provision.art3_4_1.effect.cut.fraction=0.1:0.5:0.1", "--out"]).arg(&out).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("did you mean `provision.art3-4-1.effect.cut.fraction`"), "{err}");
    let o = bin().args(["sweep", "--vary", "provision.art3-4-1.effect.cut.fraction=0.5:1.5:0.5", "--out"]).arg(&out).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("kz-2025-enacted.toml [provision.art3-4-1.effect.cut.fraction=1.5]:") && err.contains("outside (0, 1]"), "{err}");
    let o = bin().args(["sweep", "--vary", "draft.court_grant.mean=0.5:0.9:0.1", "--solve", "prisoner relased <= 5", "--out"]).arg(&out).output().unwrap();
    assert!(String::from_utf8_lossy(&o.stderr).contains("did you mean `released`"));
    assert!(!out.exists(), "no output folder after a mistake");
    let o = bin().args(["check", "--paths", "kz-2025-enacted"]).output().unwrap();
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success() && text.contains("provision.art3-5.effect.cut.fraction") && text.contains("exclude.art4-15") && text.contains("draft.court_grant.mean"), "{text}");
}
