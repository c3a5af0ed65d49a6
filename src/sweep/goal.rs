//! Targets a sweep can solve for, written as a sentence: `prisoner released <= 1000 at
//! 90%` reads "with probability at least 90%, at most 1,000 prisoners are released".
//!
//! Grammar: `[STATUS] MEASURE [OUTCOME] OP NUMBER [at P%]`, where STATUS is `prisoner`,
//! `pretrial`, `probationer` or `all` (default); MEASURE is an outcome (`released`,
//! `released_by_cut`, `cut`, `case_closed`, `covered`, `eligible`, `excluded`: persons)
//! or a metric (`persons`, `days_cut`, `bed_days_saved`, `cost_saved_kzt`) followed by
//! an optional outcome (default `covered`); OP is `<=`, `<`, `>=` or `>`; NUMBER may
//! group digits with `,` or `_`; P is a percentage (or a share) and defaults to 50%.

use crate::engine::Outcome;
use crate::error::{Error, Result, Setting, did_you_mean};
use crate::i18n::Msg;
use crate::scenario::vocab::Status;
use crate::summary::{Metric, ReplicateTable, ReportOutcome, TotalKey};

/// A comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// `<=`
    Le,
    /// `<`
    Lt,
    /// `>=`
    Ge,
    /// `>`
    Gt,
}

impl Op {
    /// Whether `x op bound` holds.
    pub fn holds(self, x: f64, bound: f64) -> bool {
        match self {
            Op::Le => x <= bound,
            Op::Lt => x < bound,
            Op::Ge => x >= bound,
            Op::Gt => x > bound,
        }
    }

    /// As written.
    pub fn symbol(self) -> &'static str {
        match self {
            Op::Le => "<=",
            Op::Lt => "<",
            Op::Ge => ">=",
            Op::Gt => ">",
        }
    }
}

/// A total a sweep reports: one of the summary's totals, or a sum of them (`freed`:
/// released plus released by the cut, everyone who walks free).
#[derive(Debug, Clone, PartialEq)]
pub struct Total {
    /// The summary totals it adds up.
    pub keys: Vec<TotalKey>,
    /// As the user wrote it.
    pub label: String,
}

impl Total {
    /// Its value in each replicate of draft `draft`, from the replicates table (the run
    /// must have kept every key, see [`crate::montecarlo::RunConfig::keep`]).
    pub fn values(&self, table: &ReplicateTable, draft: &str) -> Vec<f64> {
        let cols: Vec<usize> = self.keys.iter().map(|k| table.total(draft, *k).expect("the run keeps this total")).collect();
        table.rows.iter().map(|r| cols.iter().map(|&c| r[c]).sum()).collect()
    }
}

/// A target: the total must satisfy `op bound` in at least `probability` of the
/// replicates.
#[derive(Debug, Clone, PartialEq)]
pub struct Goal {
    /// The total it is about.
    pub total: Total,
    /// The comparison.
    pub op: Op,
    /// The bound.
    pub bound: f64,
    /// The share of replicates that must meet it, in (0, 1).
    pub probability: f64,
}

/// Released plus released by the cut.
const FREED: &str = "freed";

/// The outcomes a goal may name: every reported one but `denied` and `not_eligible`
/// (which no amnesty is judged by).
fn goal_outcome(word: &str) -> Option<ReportOutcome> {
    ReportOutcome::from_name(word).filter(|o| !matches!(o, ReportOutcome::One(Outcome::Denied | Outcome::NotEligible)))
}

/// Every word a goal may use, for "did you mean" hints.
fn words() -> impl Iterator<Item = &'static str> {
    let outcomes = ReportOutcome::ALL.into_iter().map(ReportOutcome::name).filter(|w| goal_outcome(w).is_some());
    ["all"].into_iter().chain(Status::NAMES.iter().copied()).chain([FREED]).chain(outcomes).chain(Metric::NAMES.iter().copied())
}

/// A goal the user wrote that cannot be read.
fn bad(problem: Msg) -> Error {
    Error::setting(Setting::Goal, problem)
}

/// A word that is not what its place asks for (`what`: `outcome`, `outcome-or-metric`
/// or `here`), with the nearest valid word and the grammar.
fn unknown(word: &str, what: &str) -> Error {
    let near = did_you_mean(word, words()).unwrap_or("none");
    bad(Msg::new("goal-unknown-word").arg("word", word).arg("what", what).arg("near", near).msg("grammar", Msg::new("goal-grammar")))
}

/// Parses the `[STATUS] MEASURE [OUTCOME]` part (also `--metric`'s value).
pub fn parse_total(text: &str) -> Result<Total> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    parse_total_tokens(&tokens, text).map_err(|e| match e {
        Error::Request { setting: Setting::Goal, value, problem } => Error::Request { setting: Setting::Total, value, problem },
        other => other,
    })
}

fn parse_total_tokens(tokens: &[&str], text: &str) -> Result<Total> {
    let label = tokens.join(" ");
    // `freed` is `released` and `released_by_cut` added up.
    if tokens.contains(&FREED) {
        let with = |o: &'static str| -> Vec<&str> { tokens.iter().map(|t| if *t == FREED { o } else { *t }).collect() };
        let keys = vec![parse_key_tokens(&with("released"), text)?, parse_key_tokens(&with("released_by_cut"), text)?];
        return Ok(Total { keys, label });
    }
    Ok(Total { keys: vec![parse_key_tokens(tokens, text)?], label })
}

fn parse_key_tokens(tokens: &[&str], text: &str) -> Result<TotalKey> {
    let mut rest = tokens;
    let status = match rest.first().map(|t| t.to_ascii_lowercase()) {
        Some(t) if t == "all" => {
            rest = &rest[1..];
            None
        }
        Some(t) => match Status::from_name(t.trim_end_matches('s')) {
            Some(s) => {
                rest = &rest[1..];
                Some(s)
            }
            None => None,
        },
        None => return Err(bad(Msg::new("goal-no-total").arg("text", text))),
    };
    let Some(first) = rest.first() else { return Err(bad(Msg::new("goal-no-measure").arg("text", text))) };
    let outcome_of = goal_outcome;
    let (metric, outcome, used) = if let Some(o) = outcome_of(first) {
        (Metric::Persons, o, 1)
    } else if let Some(m) = Metric::from_name(first) {
        match rest.get(1) {
            Some(w) => (m, outcome_of(w).ok_or_else(|| unknown(w, "outcome"))?, 2),
            None => (m, ReportOutcome::Covered, 1),
        }
    } else {
        return Err(unknown(first, "outcome-or-metric"));
    };
    if let Some(extra) = rest.get(used) {
        return Err(unknown(extra, "here"));
    }
    if metric != Metric::Persons && !matches!(outcome, ReportOutcome::Covered | ReportOutcome::One(Outcome::Released | Outcome::ReleasedByCut | Outcome::Cut | Outcome::CaseClosed))
    {
        return Err(bad(Msg::new("goal-metric-outcome").arg("metric", *first).arg("outcome", outcome.name())));
    }
    Ok(TotalKey { metric, status, outcome })
}

/// Words and operators; an operator may be written against its neighbours
/// ("released<=1000"). By characters, so any text is safe.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '<' || c == '>' || c.is_whitespace() {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            if !c.is_whitespace() {
                let eq = chars.next_if_eq(&'=').is_some();
                out.push(if eq { format!("{c}=") } else { c.to_string() });
            }
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Parses a whole goal.
pub fn parse(text: &str) -> Result<Goal> {
    let owned = tokens(text);
    let tokens: Vec<&str> = owned.iter().map(String::as_str).collect();
    let Some(at_op) = tokens.iter().position(|t| matches!(*t, "<=" | "<" | ">=" | ">")) else {
        return Err(bad(Msg::new("goal-no-comparison").arg("text", text)));
    };
    let total = parse_total_tokens(&tokens[..at_op], text)?;
    let op = match tokens[at_op] {
        "<=" => Op::Le,
        "<" => Op::Lt,
        ">=" => Op::Ge,
        _ => Op::Gt,
    };
    let Some(number) = tokens.get(at_op + 1) else { return Err(bad(Msg::new("goal-number-missing").arg("text", text).arg("op", tokens[at_op]))) };
    let bound: f64 = number.replace([',', '_'], "").parse().ok().filter(|x: &f64| x.is_finite()).ok_or_else(|| bad(Msg::new("goal-not-number").arg("number", *number)))?;
    let probability = match &tokens[at_op + 2..] {
        [] => 0.5,
        ["at", p] => {
            let (digits, percent) = match p.strip_suffix('%') {
                Some(d) => (d, true),
                None => (*p, false),
            };
            let v: f64 = digits.parse().map_err(|_| bad(Msg::new("goal-not-probability").arg("p", *p)))?;
            let v = if percent || v > 1.0 { v / 100.0 } else { v };
            if !(v > 0.0 && v < 1.0) {
                return Err(bad(Msg::new("goal-probability-range").arg("p", *p)));
            }
            v
        }
        other => return Err(bad(Msg::new("goal-trailing").arg("rest", other.join(" ")))),
    };
    Ok(Goal { total, op, bound, probability })
}

impl Goal {
    /// The goal in words.
    pub fn describe(&self) -> String {
        format!("{} {} {} in at least {:.0}% of replicates", self.total.label, self.op.symbol(), crate::numbers::thousands(self.bound), self.probability * 100.0)
    }

    /// The goal in words of every language: what the user wrote as code, the share in words.
    pub fn words(&self) -> Msg {
        let bound = if self.bound.fract() == 0.0 { Msg::new("goal-bound").arg("n", self.bound) } else { Msg::from(self.bound.to_string()) };
        Msg::new("goal-describe").arg("total", self.total.label.as_str()).arg("op", self.op.symbol()).msg("bound", bound).arg("pct", (self.probability * 100.0).round())
    }

    /// The share of `values` (one per replicate) that meet the bound.
    pub fn share(&self, values: &[f64]) -> f64 {
        values.iter().filter(|v| self.op.holds(**v, self.bound)).count() as f64 / values.len().max(1) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goals_read_as_written() {
        let g = parse("prisoner released <= 1000 at 90%").unwrap();
        assert_eq!(g.total.keys, vec![TotalKey::persons(Some(Status::Prisoner), ReportOutcome::One(Outcome::Released))]);
        assert_eq!((g.op, g.bound, g.probability), (Op::Le, 1000.0, 0.9));
        let g = parse("bed_days_saved>=5,000,000 at 0.8").unwrap();
        assert_eq!((g.total.keys[0].metric, g.total.keys[0].status, g.op, g.bound, g.probability), (Metric::BedDaysSaved, None, Op::Ge, 5e6, 0.8));
        let g = parse("prisoners cut > 2_000").unwrap();
        assert_eq!((g.total.keys[0].status, g.probability), (Some(Status::Prisoner), 0.5));
        let g = parse("prisoner freed<=1000 at 90%").unwrap();
        assert_eq!(g.total.keys.iter().map(|k| k.outcome).collect::<Vec<_>>(), vec![ReportOutcome::One(Outcome::Released), ReportOutcome::One(Outcome::ReleasedByCut)]);
    }

    #[test]
    fn mistakes_say_what_would_do() {
        let e = parse("prisoner relased <= 1000").unwrap_err().to_string();
        assert!(e.contains("did you mean `released`"), "{e}");
        assert!(parse("prisoner released 1000").unwrap_err().to_string().contains("no comparison"));
        assert!(parse("prisoner released <= lots").unwrap_err().to_string().contains("not a number"));
        assert!(parse("prisoner released <= 10 at 150%").unwrap_err().to_string().contains("strictly between"));
        assert!(parse("bed_days_saved excluded <= 10").is_err());
        assert!(parse("").is_err());
    }
}
