//! Sweeps: one number (or switch) of a draft varied over a range, every point a
//! variant draft compiled by the same compiler as a file ([`crate::draft::paths`]),
//! all points run as the drafts of one Monte Carlo, so that each replicate generates
//! its population once and every point meets the same persons, court decisions and
//! parameter draws: the curve's steps are the clause's effect, not noise.
//!
//! With a [`goal::Goal`], the sweep then finds where the goal stops being met, refines
//! that boundary by bisection (each step one more draft on the same seed), and says how
//! sure the answer is, or plainly that no value in the range meets it.

pub mod goal;

use crate::draft::Draft;
use crate::draft::paths::{self, DraftPath, PathKind, PathValue};
use crate::error::{Error, Result, Setting};
use crate::i18n::Msg;
use crate::montecarlo::{PopulationSource, RunConfig, RunResult};
use crate::scenario::spec::PopulationSpec;
use goal::{Goal, Total};

/// Most points one sweep may have.
pub const MAX_POINTS: usize = 201;

/// Bisection steps after the grid, at most.
pub const REFINE_STEPS: usize = 5;

/// What to vary: a path and its values.
#[derive(Debug, Clone)]
pub struct Vary {
    /// The path, checked against the draft.
    pub path: DraftPath,
    /// The values, each with its label as the user would write it.
    pub values: Vec<(String, PathValue)>,
}

impl Vary {
    /// Parses `PATH=FROM:TO:STEP` or `PATH=V1,V2,...` against `draft`.
    pub fn parse(draft: &Draft, text: &str) -> Result<Vary> {
        let Some((path, spec)) = text.split_once('=') else {
            return Err(Error::request(Setting::Vary, text, Msg::new("vary-form")));
        };
        let path = paths::lookup(draft, path.trim())?;
        let bad = |m: Msg| Error::request(Setting::Vary, text, m);
        let values: Vec<(String, PathValue)> = if spec.contains(':') {
            let parts: Vec<&str> = spec.split(':').collect();
            let [from, to, step] = parts[..] else { return Err(bad(Msg::new("vary-range"))) };
            if path.kind == PathKind::Switch {
                return Err(bad(Msg::new("vary-switch-range")));
            }
            let num = |t: &str| paths::parse_value(path.kind, t).map(|v| v.number()).map_err(bad);
            let (from, to, step) = (num(from)?, num(to)?, num(step)?);
            if !(step > 0.0) {
                return Err(bad(Msg::new("vary-step")));
            }
            let n = ((to - from) / step + 1e-9).floor();
            if !(n >= 0.0) {
                return Err(bad(Msg::new("vary-order")));
            }
            if n as usize + 1 > MAX_POINTS {
                return Err(bad(Msg::new("vary-too-many").arg("n", n as usize + 1).arg("max", MAX_POINTS)));
            }
            (0..=n as usize)
                .map(|k| {
                    // Rounded to the step's decimals, so 0.1 + 3 x 0.1 reads 0.4.
                    let x = round_like(from + k as f64 * step, step);
                    (label(path.kind, x), PathValue::Number(x))
                })
                .collect()
        } else {
            spec.split(',').map(|t| paths::parse_value(path.kind, t).map(|v| (t.trim().to_string(), v)).map_err(bad)).collect::<Result<_>>()?
        };
        if values.is_empty() || values.len() > MAX_POINTS {
            return Err(bad(Msg::new("vary-count").arg("max", MAX_POINTS)));
        }
        Ok(Vary { path, values })
    }
}

fn round_like(x: f64, step: f64) -> f64 {
    let decimals = (0..=9).find(|d| ((step * 10f64.powi(*d)).round() - step * 10f64.powi(*d)).abs() < 1e-9).unwrap_or(9);
    let f = 10f64.powi(decimals + 1);
    (x * f).round() / f
}

fn label(kind: PathKind, x: f64) -> String {
    match kind {
        PathKind::Duration => format!("{}d", x as u64),
        _ => format!("{x}"),
    }
}

/// The variant of `base` with `path` set to `value`, checked like a file; its id is
/// `BASE-pN` (the point's index), so its rows stay apart from the others'.
pub fn variant(base: &Draft, path: &DraftPath, label: &str, value: &PathValue, n: usize) -> Result<Draft> {
    let text = paths::set(&base.text, path, value)?;
    // Named in no language's words: the frame of an error shows it as typed.
    let name = format!("{} [{}={label}]", base.path, path.path);
    let mut d = Draft::parse(&name, &text).map_err(|e| match e {
        Error::Source(_) | Error::Many(_) => {
            let problem = Msg::new("vary-draft-fails").each("errors", |tx| e.render_in(tx, &|s| tx.t(s.id())));
            Error::request(Setting::Vary, format!("{}={label}", path.path), problem)
        }
        other => other,
    })?;
    d.id = format!("{}-p{n}", base.id);
    Ok(d)
}

/// One point of a sweep.
#[derive(Debug, Clone)]
pub struct Point {
    /// The value as written.
    pub label: String,
    /// The value as a number (1/0 for on/off, days for a duration).
    pub value: f64,
    /// The variant's id in the run.
    pub draft: String,
}

/// Where the goal is met, and how sure that is.
#[derive(Debug, Clone)]
pub struct Solution {
    /// The goal.
    pub goal: Goal,
    /// Every point evaluated (grid and refinement), sorted by value: (value, label,
    /// share of replicates meeting the goal).
    pub evaluated: Vec<(f64, String, f64)>,
    /// The answer in words of every language.
    pub answer: Msg,
    /// The value found, if any meets the goal.
    pub value: Option<f64>,
}

/// A sweep's results.
#[derive(Debug, Clone)]
pub struct SweepResult {
    /// The base draft's id.
    pub base: String,
    /// The varied path.
    pub path: String,
    /// The grid's points, in order.
    pub points: Vec<Point>,
    /// The Monte Carlo over every point.
    pub run: RunResult,
    /// The solution, when a goal was given.
    pub solution: Option<Solution>,
}

/// Every point's variant draft, checked: a value the compiler refuses (a fraction of
/// 1.5) is reported before anything runs.
pub fn variants(base: &Draft, vary: &Vary) -> Result<Vec<Draft>> {
    vary.values.iter().enumerate().map(|(n, (label, v))| variant(base, &vary.path, label, v, n)).collect()
}

/// What a sweep runs over: the population, the base draft and its variants, what to
/// show and the goal; borrowed once by the grid's run and by the goal's refinement.
#[derive(Debug, Clone, Copy)]
pub struct SweepInputs<'a> {
    /// The population spec.
    pub spec: &'a PopulationSpec,
    /// Where the population comes from.
    pub source: &'a PopulationSource,
    /// The draft varied.
    pub base: &'a Draft,
    /// What is varied.
    pub vary: &'a Vary,
    /// The points' variant drafts (from [`variants`]).
    pub drafts: &'a [Draft],
    /// The total shown at each point.
    pub shown: &'a Total,
    /// The goal to solve for, if any.
    pub goal: Option<&'a Goal>,
    /// The run's settings (totals only, no attribution, are forced).
    pub config: &'a RunConfig,
}

/// Runs the sweep over the points' `drafts` (from [`variants`]): all of them as the
/// drafts of one run; then the goal, if any.
pub fn run(inputs: &SweepInputs) -> Result<SweepResult> {
    let SweepInputs { spec, source, base, vary, drafts, shown, goal, config } = *inputs;
    let points: Vec<Point> = vary.values.iter().zip(drafts).map(|((label, v), d)| Point { label: label.clone(), value: v.number(), draft: d.id.clone() }).collect();
    let mut config = config.clone();
    config.totals_only = true;
    config.attribution = false;
    config.horizon_months = 0;
    config.keep.extend(shown.keys.iter().copied());
    if let Some(g) = goal {
        config.keep.extend(g.total.keys.iter().copied());
    }
    let run = crate::montecarlo::run(spec, source, drafts, &config)?;
    let solution = match goal {
        Some(g) => Some(solve(inputs, g, &points, &run, &config)?),
        None => None,
    };
    Ok(SweepResult { base: base.id.clone(), path: vary.path.path.clone(), points, run, solution })
}

/// The share of replicates of draft `id` meeting the goal.
fn share(run: &RunResult, id: &str, goal: &Goal) -> f64 {
    goal.share(&goal.total.values(&run.replicates, id))
}

/// Mean and interval bounds of `total` at each point, from its value in every
/// replicate (exact order statistics).
pub fn curve(s: &SweepResult, total: &Total, interval: f64) -> Vec<(f64, f64, f64, f64)> {
    s.points
        .iter()
        .map(|p| {
            let mut v = total.values(&s.run.replicates, &p.draft);
            let mean = v.iter().sum::<f64>() / v.len().max(1) as f64;
            v.sort_by(f64::total_cmp);
            let q = |p: f64| crate::summary::stats::quantile_sorted(&v, p);
            (p.value, mean, q((1.0 - interval) / 2.0), q((1.0 + interval) / 2.0))
        })
        .collect()
}

/// A point as the solver sees it: (value, label, share of replicates meeting the goal).
type Evaluated = (f64, String, f64);

/// Finds where the goal is met: the grid's shares, the boundary refined, the answer
/// in words.
fn solve(inputs: &SweepInputs, goal: &Goal, points: &[Point], run: &RunResult, config: &RunConfig) -> Result<Solution> {
    let mut evaluated: Vec<Evaluated> = points.iter().map(|p| (p.value, p.label.clone(), share(run, &p.draft, goal))).collect();
    evaluated.sort_by(|a, b| a.0.total_cmp(&b.0));
    let refinable = matches!(inputs.vary.path.kind, PathKind::Fraction | PathKind::Duration | PathKind::Fixed | PathKind::Mean) && evaluated.len() > 1;
    if refinable {
        refine(inputs, goal, points.len(), config, &mut evaluated)?;
    }
    let n = run.replicates.rows.len() as f64;
    let (answer, value) = answer(&inputs.vary.path.path, goal, &evaluated, n);
    Ok(Solution { goal: goal.clone(), evaluated, answer, value })
}

/// Refines the boundary between a point that meets the goal and a neighbour that does
/// not by bisection, when there is exactly one (normally so): the grid alone places it
/// only to within a step.
fn refine(inputs: &SweepInputs, goal: &Goal, first_id: usize, config: &RunConfig, evaluated: &mut Vec<Evaluated>) -> Result<()> {
    let meets = |s: f64| s >= goal.probability;
    let boundaries: Vec<(usize, usize)> = (0..evaluated.len() - 1).filter(|&i| meets(evaluated[i].2) != meets(evaluated[i + 1].2)).map(|i| (i, i + 1)).collect();
    if boundaries.len() != 1 {
        return Ok(());
    }
    let (i, j) = boundaries[0];
    let (mut a, mut b) = ((evaluated[i].0, evaluated[i].2), (evaluated[j].0, evaluated[j].2));
    // Each step's draft is numbered after the grid's points.
    for step in 0..REFINE_STEPS {
        let mid = midpoint(inputs.vary.path.kind, a.0, b.0);
        if mid == a.0 || mid == b.0 {
            break;
        }
        let (label, s) = evaluate_point(inputs, goal, mid, first_id + step, config)?;
        evaluated.push((mid, label, s));
        if meets(s) == meets(a.1) { a = (mid, s) } else { b = (mid, s) }
    }
    evaluated.sort_by(|x, y| x.0.total_cmp(&y.0));
    Ok(())
}

/// The bisection's next value: whole days for a duration, four decimals otherwise, so
/// the label is exactly the value that runs.
fn midpoint(kind: PathKind, a: f64, b: f64) -> f64 {
    if kind == PathKind::Duration { ((a + b) / 2.0).round() } else { ((a + b) / 2.0 * 1e4).round() / 1e4 }
}

/// Runs one refinement value as a draft of its own (variant number `n`, on the same
/// seed as the grid) and returns its label and the share of replicates meeting the goal.
fn evaluate_point(inputs: &SweepInputs, goal: &Goal, mid: f64, n: usize, config: &RunConfig) -> Result<(String, f64)> {
    let vary = inputs.vary;
    let label = label(vary.path.kind, mid);
    let value = PathValue::Number(mid);
    let d = variant(inputs.base, &vary.path, &label, &value, n)?;
    let mut c = config.clone();
    c.progress = None;
    let r = crate::montecarlo::run(inputs.spec, inputs.source, std::slice::from_ref(&d), &c)?;
    let s = share(&r, &d.id, goal);
    Ok((label, s))
}

/// The Monte Carlo error of a share `s` over `n` replicates, in percentage points.
fn mc_error(s: f64, n: f64) -> f64 {
    (s * (1.0 - s) / n).sqrt() * 100.0
}

/// The answer in words and the value found, from the evaluated points (sorted by
/// value) of `path` over `n` replicates.
fn answer(path: &str, goal: &Goal, evaluated: &[Evaluated], n: f64) -> (Msg, Option<f64>) {
    let meets = |s: f64| s >= goal.probability;
    let ok = evaluated.iter().filter(|e| meets(e.2)).count();
    if ok == 0 {
        return (none_meets(path, goal, evaluated, n), None);
    }
    if ok == evaluated.len() {
        return (every_value_meets(path, goal, evaluated), None);
    }
    let (text, value) = boundary_answer(path, goal, evaluated, n);
    (text, Some(value))
}

/// The answer when no value meets the goal: the closest one, and how sure that is.
fn none_meets(path: &str, goal: &Goal, evaluated: &[Evaluated], n: f64) -> Msg {
    let best = evaluated.iter().max_by(|a, b| a.2.total_cmp(&b.2)).expect("a point");
    Msg::new("sweep-none-meets")
        .arg("path", path)
        .arg("from", evaluated[0].1.as_str())
        .arg("to", evaluated[evaluated.len() - 1].1.as_str())
        .msg("goal", goal.words())
        .arg("best", best.1.as_str())
        .decimal("share", best.2 * 100.0, 1)
        .decimal("error", mc_error(best.2, n), 1)
}

/// The answer when every value meets the goal, with the least sure share.
fn every_value_meets(path: &str, goal: &Goal, evaluated: &[Evaluated]) -> Msg {
    let (lo, hi) = (&evaluated[0], &evaluated[evaluated.len() - 1]);
    Msg::new("sweep-every-meets").arg("path", path).arg("from", lo.1.as_str()).arg("to", hi.1.as_str()).msg("goal", goal.words()).decimal(
        "share",
        evaluated.iter().map(|e| e.2).fold(1.0, f64::min) * 100.0,
        1,
    )
}

/// The answer when some values meet the goal and some do not: the value at the edge of
/// those that meet it, next to one that does not, with notes on how sharp and how
/// single that edge is.
fn boundary_answer(path: &str, goal: &Goal, evaluated: &[Evaluated], n: f64) -> (Msg, f64) {
    let meets = |s: f64| s >= goal.probability;
    let edges: Vec<usize> =
        (0..evaluated.len()).filter(|&i| meets(evaluated[i].2) && [i.wrapping_sub(1), i + 1].iter().any(|&j| evaluated.get(j).is_some_and(|e| !meets(e.2)))).collect();
    let contiguous = {
        let first = evaluated.iter().position(|e| meets(e.2)).expect("some");
        let last = evaluated.iter().rposition(|e| meets(e.2)).expect("some");
        evaluated[first..=last].iter().all(|e| meets(e.2))
    };
    let i = edges[0];
    let e = &evaluated[i];
    let beyond = [i.wrapping_sub(1), i + 1].into_iter().filter_map(|j| evaluated.get(j)).find(|x| !meets(x.2)).expect("a neighbour that fails");
    let direction = if beyond.0 > e.0 { "most" } else { "least" };
    let scattered = if !contiguous || edges.len() > 1 {
        let listed: Vec<String> = evaluated.iter().filter(|e| meets(e.2)).map(|e| e.1.clone()).collect();
        Msg::new("sweep-scattered").arg("values", listed.join(", "))
    } else {
        Msg::from("")
    };
    let text = Msg::new("sweep-boundary")
        .arg("path", path)
        .arg("direction", direction)
        .arg("value", e.1.as_str())
        .msg("goal", goal.words())
        .decimal("share", e.2 * 100.0, 1)
        .decimal("error", mc_error(e.2, n), 1)
        .arg("n", n)
        .arg("beyond", beyond.1.as_str())
        .decimal("beyond_share", beyond.2 * 100.0, 1)
        .msg("close", close_note(goal, evaluated, n))
        .msg("scattered", scattered);
    (text, e.0)
}

/// A note (or nothing) on the values whose share is within two Monte Carlo errors of
/// the goal's probability: with this many replicates they cannot be told apart from it.
fn close_note(goal: &Goal, evaluated: &[Evaluated], n: f64) -> Msg {
    let error = |s: f64| mc_error(s, n);
    let close: Vec<&Evaluated> = evaluated.iter().filter(|x| (x.2 - goal.probability).abs() <= 2.0 * error(x.2).max(error(goal.probability)) / 100.0).collect();
    let (Some(lo), Some(hi)) = (close.first(), close.last()) else { return Msg::from("") };
    if lo.0 == hi.0 {
        return Msg::from("");
    }
    Msg::new("sweep-close").arg("lo", lo.1.as_str()).arg("hi", hi.1.as_str()).arg("pct", (goal.probability * 100.0).round())
}
