//! The timeline adds up: amnesty releases over the horizon are the run's releases, the
//! bed-days saved month by month stay within the run's total, a draft that covers
//! nobody leaves the prison population where it would have been, and a timeline that
//! cannot be made says why.

mod common;

use amnesty_sim::draft::{Draft, SHIPPED};
use amnesty_sim::montecarlo::{PopulationSource, RunConfig, RunResult, run};
use amnesty_sim::scenario::spec::PopulationSpec;
use amnesty_sim::scenario::vocab::Status;
use amnesty_sim::summary::timeline::{Period, TimelineMetric, TimelineRow};
use amnesty_sim::summary::{Metric, ReportOutcome, TotalKey, total_row};
use common::shipped;

fn config(replicates: u64, horizon_months: usize) -> RunConfig {
    RunConfig {
        replicates,
        seed: 4,
        threads: 2,
        interval: 0.9,
        progress: None,
        summary: true,
        horizon_months,
        attribution: true,
        totals_only: false,
        keep: Vec::new(),
        watch: None,
        keep_rows: None,
        cache: None,
    }
}

fn timeline_row<'a>(r: &'a RunResult, draft: &str, metric: TimelineMetric, status: Option<Status>, period: Period) -> &'a TimelineRow {
    r.timeline
        .as_ref()
        .expect("a timeline")
        .rows
        .iter()
        .find(|x| x.draft == draft && x.key.metric == metric && x.key.status == status && x.key.period == period)
        .unwrap_or_else(|| panic!("no row {metric:?} {status:?} {period:?}"))
}

fn run_mean(r: &RunResult, draft: &str, metric: Metric, status: Option<Status>, outcomes: &[ReportOutcome]) -> f64 {
    outcomes.iter().map(|&outcome| total_row(&r.summary, draft, TotalKey { metric, status, outcome }).expect("summary row").mean).sum()
}

#[test]
fn amnesty_releases_over_the_horizon_are_the_runs_releases() {
    use amnesty_sim::engine::Outcome;
    let (released, by_cut, closed) = (ReportOutcome::One(Outcome::Released), ReportOutcome::One(Outcome::ReleasedByCut), ReportOutcome::One(Outcome::CaseClosed));
    let d = shipped("kz-2025-enacted");
    let r = run(&PopulationSpec::embedded_default().unwrap(), &PopulationSource::Synthetic, std::slice::from_ref(&d), &config(60, 36)).unwrap();
    for (status, outcomes) in [(Status::Prisoner, vec![released, by_cut]), (Status::Probationer, vec![released, by_cut]), (Status::Pretrial, vec![closed])] {
        let timeline = timeline_row(&r, &d.id, TimelineMetric::AmnestyReleases, Some(status), Period::Horizon).mean;
        let run_total = run_mean(&r, &d.id, Metric::Persons, Some(status), &outcomes);
        assert!(run_total > 0.0, "{status}: the enacted law releases somebody");
        // The courts finish within the horizon, so every release falls inside it.
        assert!((timeline - run_total).abs() < 1e-6 * run_total, "{status}: timeline {timeline} against the run's {run_total}");
    }
}

#[test]
fn bed_days_saved_month_by_month_stay_within_the_runs_total() {
    let d = shipped("kz-2025-enacted");
    let r = run(&PopulationSpec::embedded_default().unwrap(), &PopulationSource::Synthetic, std::slice::from_ref(&d), &config(60, 120)).unwrap();
    let t = r.timeline.as_ref().unwrap();
    let by_month: f64 = t
        .rows
        .iter()
        .filter(|x| x.draft == d.id && x.key.metric == TimelineMetric::BedDaysSaved && x.key.status == Some(Status::Prisoner) && matches!(x.key.period, Period::Month(_)))
        .map(|x| x.mean)
        .sum();
    let total = timeline_row(&r, &d.id, TimelineMetric::BedDaysSaved, Some(Status::Prisoner), Period::Horizon).mean;
    assert!((by_month - total).abs() < 1e-6 * total, "months {by_month} against the horizon's {total}");
    // In all: a closed case's prison term after trial counts among the prisoners' days
    // in the timeline (where the person would have been) and under pre-trial in the run
    // (the person's status on the law's date), so the statuses are compared together.
    let all = timeline_row(&r, &d.id, TimelineMetric::BedDaysSaved, None, Period::Horizon).mean;
    let run_total = run_mean(&r, &d.id, Metric::BedDaysSaved, None, &[ReportOutcome::Covered]);
    assert!(all > 0.0 && all <= run_total, "timeline {all} against the run's {run_total}");
    // Yearly savings add up to the horizon's.
    let years: f64 = t.rows.iter().filter(|x| x.draft == d.id && x.key.metric == TimelineMetric::CostSavedKzt && matches!(x.key.period, Period::Year(_))).map(|x| x.mean).sum();
    let cost = timeline_row(&r, &d.id, TimelineMetric::CostSavedKzt, None, Period::Horizon).mean;
    assert!((years - cost).abs() < 1e-6 * cost, "years {years} against {cost}");
}

#[test]
fn a_draft_that_covers_nobody_leaves_the_stock_as_it_would_have_been() {
    let text = SHIPPED.iter().find(|(i, _)| *i == "kz-2025-enacted").unwrap().1;
    // Every condition made impossible: nobody is covered.
    let nobody: String = text
        .lines()
        .map(|l| match l.strip_prefix("when = \"").and_then(|w| w.strip_suffix('"')) {
            Some(w) => format!("when = \"age > 200 and ({w})\""),
            None => l.replace("id = \"kz-2025-enacted\"", "id = \"nobody\""),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let d = Draft::parse("nobody.toml", &nobody).unwrap();
    let r = run(&PopulationSpec::embedded_default().unwrap(), &PopulationSource::Synthetic, &[shipped("kz-2025-enacted"), d], &config(30, 24)).unwrap();
    for m in 1..=24 {
        for status in [Some(Status::Prisoner), Some(Status::Pretrial), Some(Status::Probationer), None] {
            let with = timeline_row(&r, "nobody", TimelineMetric::Stock, status, Period::Month(m));
            let without = timeline_row(&r, "nobody", TimelineMetric::StockWithoutAmnesty, status, Period::Month(m));
            assert_eq!((with.mean, with.p05, with.p95), (without.mean, without.p05, without.p95), "month {m} {status:?}");
            for metric in [TimelineMetric::AmnestyReleases, TimelineMetric::Returns, TimelineMetric::BedDaysSaved] {
                assert_eq!(timeline_row(&r, "nobody", metric, status, Period::Month(m)).mean, 0.0);
            }
        }
    }
    // The enacted law, beside it on the same draws, does dip.
    let dip = timeline_row(&r, "kz-2025-enacted", TimelineMetric::Stock, Some(Status::Prisoner), Period::Month(6));
    let level = timeline_row(&r, "kz-2025-enacted", TimelineMetric::StockWithoutAmnesty, Some(Status::Prisoner), Period::Month(6));
    assert!(dip.p95 < level.mean, "{dip:?} against {level:?}");
    // And the paired difference of the empty draft against it is the enacted law's dip.
    let diff = r
        .timeline
        .as_ref()
        .unwrap()
        .differences
        .iter()
        .find(|x| x.key.metric == TimelineMetric::Stock && x.key.status == Some(Status::Prisoner) && x.key.period == Period::Month(6))
        .unwrap();
    assert!((diff.mean - (level.mean - dip.mean)).abs() < 1e-6 * level.mean, "{diff:?}");
}

#[test]
fn no_timeline_says_why() {
    let text = SHIPPED.iter().find(|(i, _)| *i == "kz-2025-enacted").unwrap().1;
    let without: String = text.lines().filter(|l| !l.starts_with("processing_months")).collect::<Vec<_>>().join("\n");
    let d = Draft::parse("no-processing.toml", &without).unwrap();
    let r = run(&PopulationSpec::embedded_default().unwrap(), &PopulationSource::Synthetic, &[d], &config(5, 36)).unwrap();
    assert!(r.timeline.is_none());
    assert!(r.timeline_note.as_ref().is_some_and(|n| n.to_string().contains("processing_months")), "{:?}", r.timeline_note);
    let off = run(&PopulationSpec::embedded_default().unwrap(), &PopulationSource::Synthetic, &[shipped("kz-2025-enacted")], &config(5, 0)).unwrap();
    assert!(off.timeline.is_none() && off.timeline_note.is_none());
    let e = run(&PopulationSpec::embedded_default().unwrap(), &PopulationSource::Synthetic, &[shipped("kz-2025-enacted")], &config(5, 121)).unwrap_err();
    // The library names the setting; the command line adds the flag.
    assert!(matches!(e, amnesty_sim::Error::Request { setting: amnesty_sim::error::Setting::Horizon, .. }) && e.to_string().contains("horizon 121: give 0"), "{e}");
}
