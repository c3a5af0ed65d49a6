//! Which uncertain inputs drive each headline output: partial rank correlation
//! coefficients (PRCC) between the parameters drawn in each replicate and the totals it
//! produced. A PRCC near +1 or -1 means the output rises or falls with that input once
//! every other input is accounted for; near 0, the input does not matter.
//!
//! PRCC regresses out all other inputs, which needs clearly more replicates than
//! inputs; with fewer, plain rank (Spearman) correlation is reported and labelled so.

use super::{Column, HEADLINE_OUTPUTS, ReplicateTable};

/// How a coefficient was computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Partial rank correlation: other inputs regressed out.
    Prcc,
    /// Plain rank (Spearman) correlation: too few replicates for PRCC.
    Spearman,
}

impl Method {
    /// Spelling in sensitivity.csv.
    pub fn name(self) -> &'static str {
        match self {
            Method::Prcc => "prcc",
            Method::Spearman => "spearman",
        }
    }
}

/// One input's influence on one output.
#[derive(Debug, Clone, PartialEq)]
pub struct Influence {
    /// The output: a headline total of a draft.
    pub output: Column,
    /// The input: a drawn parameter.
    pub input: Column,
    /// The coefficient, in [-1, 1].
    pub coefficient: f64,
    /// PRCC, or Spearman where there are too few replicates.
    pub method: Method,
}

/// Average ranks (ties share their mean rank).
pub fn ranks(v: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..v.len()).collect();
    order.sort_by(|a, b| v[*a].total_cmp(&v[*b]).then(a.cmp(b)));
    let mut out = vec![0.0; v.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && v[order[j + 1]] == v[order[i]] {
            j += 1;
        }
        let r = (i + j) as f64 / 2.0;
        for k in i..=j {
            out[order[k]] = r;
        }
        i = j + 1;
    }
    out
}

fn standardise(v: &mut [f64]) -> bool {
    let n = v.len() as f64;
    let m = v.iter().sum::<f64>() / n;
    let sd = (v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / n).sqrt();
    if sd <= 1e-12 {
        return false;
    }
    v.iter_mut().for_each(|x| *x = (*x - m) / sd);
    true
}

/// Inverts a symmetric positive-definite matrix (Gauss-Jordan with partial pivoting).
fn invert(mut a: Vec<Vec<f64>>) -> Option<Vec<Vec<f64>>> {
    let n = a.len();
    let mut inv: Vec<Vec<f64>> = (0..n).map(|i| (0..n).map(|j| (i == j) as u8 as f64).collect()).collect();
    for col in 0..n {
        let pivot = (col..n).max_by(|x, y| a[*x][col].abs().total_cmp(&a[*y][col].abs()))?;
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, pivot);
        inv.swap(col, pivot);
        let p = a[col][col];
        for j in 0..n {
            a[col][j] /= p;
            inv[col][j] /= p;
        }
        for row in 0..n {
            if row != col {
                let f = a[row][col];
                if f != 0.0 {
                    for j in 0..n {
                        a[row][j] -= f * a[col][j];
                        inv[row][j] -= f * inv[col][j];
                    }
                }
            }
        }
    }
    Some(inv)
}

/// Dot product with eight running sums, so the loop vectorises (one running sum
/// would chain every addition on the previous one).
fn dot(a: &[f64], b: &[f64]) -> f64 {
    let mut acc = [0.0; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f64 = ca.remainder().iter().zip(cb.remainder()).map(|(x, y)| x * y).sum();
    for (x, y) in ca.zip(cb) {
        for k in 0..8 {
            acc[k] += x[k] * y[k];
        }
    }
    acc.iter().sum::<f64>() + tail
}

/// PRCCs of every input with one output from the inverse of the inputs' correlation
/// matrix `inv` (computed once for all outputs), the inputs' correlations `b` with
/// the output and its own variance `c`: the inverse of the matrix bordered by `b` and
/// `c`, by the Schur complement, costs O(p^2) per output instead of a new O(p^3)
/// inversion. `None` when the bordered matrix is numerically singular.
fn bordered_prcc(inv: &[Vec<f64>], b: &[f64], c: f64) -> Option<Vec<f64>> {
    let u: Vec<f64> = inv.iter().map(|row| dot(row, b)).collect();
    let s = c - dot(b, &u);
    // A correlation matrix (with its ridge) is positive definite, so s > 0 unless it
    // is numerically singular.
    if !(s > 1e-12) {
        return None;
    }
    // Entries of the bordered inverse: (i, out) = -u_i / s, (out, out) = 1 / s,
    // (i, i) = inv_ii + u_i^2 / s.
    Some(u.iter().enumerate().map(|(i, ui)| ((ui / s) / ((inv[i][i] + ui * ui / s) / s).sqrt()).clamp(-1.0, 1.0)).collect())
}

/// Influence of every varying input column on each output column.
pub fn analyse(table: &ReplicateTable, input_columns: &[usize], outputs: &[usize]) -> Vec<Influence> {
    let n = table.rows.len();
    let mut inputs: Vec<(usize, Vec<f64>)> = Vec::new();
    for &c in input_columns {
        let mut r = ranks(&table.rows.iter().map(|row| row[c]).collect::<Vec<_>>());
        if standardise(&mut r) {
            inputs.push((c, r));
        }
    }
    let p = inputs.len();
    let partial = n > 2 * (p + 1) + 10;
    let corr = |a: &[f64], b: &[f64]| dot(a, b) / n as f64;
    // Correlations among the inputs, with a small ridge on the diagonal (shares within a
    // Dirichlet group sum to one, so the plain matrix is singular), and their inverse:
    // the same for every output, so computed once (one triangle: the matrix is
    // symmetric).
    let input_inverse: Option<Vec<Vec<f64>>> = if partial {
        let mut m = vec![vec![0.0; p]; p];
        for i in 0..p {
            for j in i..p {
                let c = corr(&inputs[i].1, &inputs[j].1) + if i == j { 1e-3 } else { 0.0 };
                m[i][j] = c;
                m[j][i] = c;
            }
        }
        invert(m)
    } else {
        None
    };
    let mut out = Vec::new();
    for &o in outputs {
        let mut y = ranks(&table.rows.iter().map(|row| row[o]).collect::<Vec<_>>());
        if !standardise(&mut y) {
            continue;
        }
        let with_output: Vec<f64> = inputs.iter().map(|(_, v)| corr(v, &y)).collect();
        let coefficients = input_inverse.as_ref().and_then(|inv| bordered_prcc(inv, &with_output, corr(&y, &y) + 1e-3));
        let (coefficients, method) = match coefficients {
            Some(c) => (c, Method::Prcc),
            None => (with_output, Method::Spearman),
        };
        for ((c, _), k) in inputs.iter().zip(coefficients) {
            out.push(Influence { output: table.columns[o].clone(), input: table.columns[*c].clone(), coefficient: k, method });
        }
    }
    out
}

/// Ranks the uncertain inputs of a run by their influence on each draft's
/// [`HEADLINE_OUTPUTS`]; empty with under 30 replicates (too few to say anything).
pub fn headline(table: &ReplicateTable, drafts: &[&str]) -> Vec<Influence> {
    if table.rows.len() < 30 {
        return Vec::new();
    }
    let outputs: Vec<usize> = drafts.iter().flat_map(|d| HEADLINE_OUTPUTS.iter().map(move |o| o.column(d))).filter_map(|column| table.column(&column)).collect();
    analyse(table, &(0..table.parameters).collect::<Vec<_>>(), &outputs)
}

/// The `k` strongest influences on `output`, strongest first.
pub fn top<'a>(all: &'a [Influence], output: &Column, k: usize) -> Vec<&'a Influence> {
    let mut v: Vec<&Influence> = all.iter().filter(|i| i.output == *output).collect();
    // Ties in the order of the inputs' names, as the replicates file spells them.
    v.sort_by(|a, b| b.coefficient.abs().total_cmp(&a.coefficient.abs()).then_with(|| a.input.to_string().cmp(&b.input.to_string())));
    v.truncate(k);
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::RngExt;

    #[test]
    fn ranks_average_ties() {
        assert_eq!(ranks(&[3.0, 1.0, 3.0, 2.0]), vec![2.5, 0.0, 2.5, 1.0]);
    }

    #[test]
    fn prcc_finds_the_driver_and_ignores_noise() {
        let mut rng = crate::random::stream(3, 0, crate::random::Stream::Parameters);
        let mut table = ReplicateTable { columns: ["a", "b", "noise", "y"].map(|n| Column::Spec(n.into())).to_vec(), rows: Vec::new(), parameters: 3, spill: None };
        for _ in 0..600 {
            let (a, b, noise): (f64, f64, f64) = (rng.random(), rng.random(), rng.random());
            let e: f64 = rng.random();
            table.rows.push(vec![a, b, noise, 3.0 * a - b + 0.2 * e]);
        }
        let all = analyse(&table, &[0, 1, 2], &[3]);
        let get = |n: &str| all.iter().find(|i| i.input == Column::Spec(n.into())).unwrap().coefficient;
        assert_eq!(all[0].method, Method::Prcc);
        assert!(get("a") > 0.9, "{all:?}");
        assert!(get("b") < -0.6, "{all:?}");
        assert!(get("noise").abs() < 0.15, "{all:?}");
        assert_eq!(top(&all, &Column::Spec("y".into()), 1)[0].input, Column::Spec("a".into()));
    }

    /// The bordered inverse gives the PRCCs a full inversion of the bordered matrix gives.
    #[test]
    fn bordered_inverse_matches_full_inversion() {
        let mut rng = crate::random::stream(4, 0, crate::random::Stream::Parameters);
        let p = 6;
        let x: Vec<Vec<f64>> = (0..p + 1).map(|_| (0..50).map(|_| rng.random::<f64>()).collect()).collect();
        let m: Vec<Vec<f64>> = (0..=p).map(|i| (0..=p).map(|j| dot(&x[i], &x[j]) / 50.0 + if i == j { 0.1 } else { 0.0 }).collect()).collect();
        let full = invert(m.clone()).expect("invertible");
        let want: Vec<f64> = (0..p).map(|i| -full[i][p] / (full[i][i] * full[p][p]).sqrt()).collect();
        let inputs: Vec<Vec<f64>> = m[..p].iter().map(|row| row[..p].to_vec()).collect();
        let got = bordered_prcc(&invert(inputs).expect("invertible"), &m[p][..p], m[p][p]).expect("regular");
        for (g, w) in got.iter().zip(&want) {
            assert!((g - w).abs() < 1e-9, "{got:?} vs {want:?}");
        }
        assert!((dot(&x[0][..13], &x[1][..13]) - x[0][..13].iter().zip(&x[1][..13]).map(|(a, b)| a * b).sum::<f64>()).abs() < 1e-12);
    }
}
