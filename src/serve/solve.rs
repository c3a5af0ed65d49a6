//! Goal seek on the page (`POST /solve`): the largest value of one of a variant's
//! numbers that keeps a total under a bound with a given probability, found by the
//! same sweep and bisection as `sweep --solve` (src/sweep), on few replicates per step
//! so that it answers in seconds, one search at a time.

use crate::draft::Draft;
use crate::draft::paths::{self, PathKind, PathValue};
use crate::i18n::Texts;
use crate::montecarlo::{PopulationSource, RunConfig};
use crate::scenario::spec::PopulationSpec;
use crate::sweep::goal::{self, Goal, Op};

/// Most replicates of each step of a search: enough to place a boundary, few enough
/// to answer in seconds.
pub const MAX_REPLICATES: u64 = 100;

/// The totals a search may bound: the page's key and the goal grammar's words.
pub const TOTALS: [(&str, &str); 5] = [
    ("prisoner-freed", "prisoner freed"),
    ("prisoner-released", "prisoner released"),
    ("probationer-released", "probationer released"),
    ("pretrial-closed", "pretrial case_closed"),
    ("covered", "covered"),
];

/// A search the page asks for.
#[derive(Debug, Clone)]
pub struct Ask {
    /// The path varied (a fraction, a duration or a mean).
    pub path: String,
    /// The total's page key (one of [`TOTALS`]).
    pub total: String,
    /// The bound the total must stay under (at most).
    pub bound: f64,
    /// The probability, in (0, 1).
    pub probability: f64,
}

/// The answer: the value found (if one is at the edge) and the page's text.
#[derive(Debug, Clone)]
pub struct Answer {
    /// The largest value that keeps the goal, when the range has an edge.
    pub value: Option<f64>,
    /// The answer in the reader's language (HTML-escaped by the caller).
    pub text: String,
    /// The sweep's own answer, in the reader's language (for the technical details).
    pub technical: String,
}

/// The grid a number is searched over: `FROM:TO:STEP` as `sweep --vary` reads it.
fn grid(kind: PathKind, path: &str) -> Option<&'static str> {
    match kind {
        PathKind::Fraction => Some("0.05:1:0.05"),
        PathKind::Duration => Some("30:1800:90"),
        PathKind::Mean if path.contains("processing_months") => Some("1:24:1"),
        PathKind::Mean => Some("0.05:0.95:0.05"),
        _ => None,
    }
}

/// Runs the search on `draft` (variant 1 as edited) with the replicates, seed, threads
/// and cache of `run` (the replicates capped at [`MAX_REPLICATES`]); a mistake is a
/// message for the page. With the page's cache, a search asked again (another bound
/// or probability, the same field) takes the grid's and the refinement's rows from it,
/// and the last run, at the value found, is always served by it.
pub fn solve(spec: &PopulationSpec, draft: &Draft, ask: &Ask, run: &RunConfig, tx: &Texts) -> Result<Answer, String> {
    let path = paths::lookup(draft, &ask.path).map_err(|_| tx.t("page-solve-bad-field"))?;
    let range = grid(path.kind, &path.path).ok_or_else(|| tx.t("page-solve-bad-field"))?;
    let (_, words) = TOTALS.iter().find(|(k, _)| *k == ask.total).ok_or_else(|| tx.t("page-solve-bad-field"))?;
    let total = goal::parse_total(words).map_err(|e| e.to_string())?;
    let goal = Goal { total: total.clone(), op: Op::Le, bound: ask.bound, probability: ask.probability };
    let vary = crate::sweep::Vary::parse(draft, &format!("{}={range}", path.path)).map_err(|e| e.to_string())?;
    let drafts = crate::sweep::variants(draft, &vary).map_err(|e| e.to_string())?;
    let config = RunConfig { attribution: false, replicates: run.replicates.clamp(1, MAX_REPLICATES), ..run.clone() };
    let inputs =
        crate::sweep::SweepInputs { spec, source: &PopulationSource::Synthetic, base: draft, vary: &vary, drafts: &drafts, shown: &total, goal: Some(&goal), config: &config };
    let result = crate::sweep::run(&inputs).map_err(|e| e.to_string())?;
    let solution = result.solution.ok_or_else(|| tx.t("page-solve-bad-field"))?;
    let field = super::edit::field_label(draft, &path, tx);
    let show = |x: f64| super::edit::shown(&path, x, tx);
    let total_words = tx.t(&format!("page-total-{}", ask.total));
    let bound = tx.int(ask.bound);
    let p = ask.probability * 100.0;
    let e = &solution.evaluated;
    let text = match solution.value {
        Some(v) => {
            let share = e.iter().find(|x| x.0 == v).map_or(0.0, |x| x.2 * 100.0);
            let next = e.iter().find(|x| x.0 > v && x.2 < ask.probability).map_or(v, |x| x.0);
            // The total at the value found, with its interval: one more run there.
            let one = crate::sweep::variant(draft, &path, &format!("{v}"), &PathValue::Number(v), 999).map_err(|e| e.to_string())?;
            let mut c = config.clone();
            c.totals_only = true;
            c.horizon_months = 0;
            c.keep.extend(total.keys.iter().copied());
            let run = crate::montecarlo::run(spec, &PopulationSource::Synthetic, std::slice::from_ref(&one), &c).map_err(|e| e.to_string())?;
            let mut values = total.values(&run.replicates, &one.id);
            let mean = values.iter().sum::<f64>() / values.len().max(1) as f64;
            values.sort_by(f64::total_cmp);
            let q = |p: f64| crate::summary::stats::quantile_sorted(&values, p);
            let found = tx.f(
                "page-solve-found",
                &[
                    ("field", field.as_str().into()),
                    ("value", show(v).into()),
                    ("total", total_words.as_str().into()),
                    ("bound", bound.as_str().into()),
                    ("share", tx.number(share, 0).into()),
                    ("next", show(next).into()),
                ],
            );
            let figure = tx.f(
                "page-solve-figure",
                &[("total", total_words.as_str().into()), ("value", show(v).into()), ("mean", tx.int(mean).into()), ("interval", tx.interval(90.0, q(0.05), q(0.95)).into())],
            );
            format!("{found} {figure}")
        }
        None if e.iter().all(|x| x.2 >= ask.probability) => tx.f(
            "page-solve-all",
            &[
                ("field", field.as_str().into()),
                ("to", show(e[e.len() - 1].0).into()),
                ("total", total_words.as_str().into()),
                ("bound", bound.as_str().into()),
                ("p", tx.number(p, 0).into()),
            ],
        ),
        None => tx.f(
            "page-solve-none",
            &[
                ("field", field.as_str().into()),
                ("from", show(e[0].0).into()),
                ("to", show(e[e.len() - 1].0).into()),
                ("total", total_words.as_str().into()),
                ("bound", bound.as_str().into()),
                ("p", tx.number(p, 0).into()),
            ],
        ),
    };
    Ok(Answer { value: solution.value, text, technical: solution.answer.render(tx) })
}
