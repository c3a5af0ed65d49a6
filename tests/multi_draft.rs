//! A run of several drafts gives each draft the figures it gets alone: its tally is
//! sized and read by its own layout, whatever the number of provisions of the others
//! and their order (drafts with different numbers of provisions once read another
//! draft's counts and wrapped a `u32`).

mod common;

use amnesty_sim::draft::{Draft, SHIPPED};
use amnesty_sim::montecarlo::{PopulationSource, RunConfig, RunResult, run};
use amnesty_sim::scenario::spec::PopulationSpec;
use amnesty_sim::summary::Column;
use common::shipped;

fn config() -> RunConfig {
    RunConfig { horizon_months: 0, attribution: false, ..RunConfig::new(3, 5, 1) }
}

/// The replicate columns of `id` in `result`, by name.
fn columns_of(result: &RunResult, id: &str) -> Vec<(String, Vec<f64>)> {
    let of_draft = |c: &Column| matches!(c, Column::Draft { draft, .. } | Column::Total { draft, .. } if draft == id);
    result.replicates.columns.iter().enumerate().filter(|(_, c)| of_draft(c)).map(|(j, c)| (c.to_string(), result.replicates.rows.iter().map(|r| r[j]).collect())).collect()
}

#[test]
fn every_draft_of_a_run_gets_the_figures_it_gets_alone_whatever_the_others_shape() {
    let spec = PopulationSpec::embedded_default().unwrap();
    let ids: Vec<&str> = SHIPPED.iter().map(|(id, _)| *id).collect();
    let alone: Vec<RunResult> = ids.iter().map(|id| run(&spec, &PopulationSource::Synthetic, &[shipped(id)], &config()).unwrap()).collect();
    // Every ordered pair of shipped drafts (their provision counts run from 6 to 31),
    // and a triple in which a smaller draft comes first.
    let mut orders: Vec<Vec<usize>> = (0..ids.len()).flat_map(|a| (0..ids.len()).filter(move |b| *b != a).map(move |b| vec![a, b])).collect();
    let triple = ["kz-2022", "kz-2016", "kz-2025-enacted"].map(|id| ids.iter().position(|x| *x == id).unwrap());
    orders.push(triple.to_vec());
    for order in orders {
        let drafts: Vec<Draft> = order.iter().map(|&k| shipped(ids[k])).collect();
        let together = run(&spec, &PopulationSource::Synthetic, &drafts, &config()).unwrap();
        for &k in &order {
            let (a, t) = (columns_of(&alone[k], ids[k]), columns_of(&together, ids[k]));
            assert_eq!(a.len(), t.len(), "{}: the same columns", ids[k]);
            for ((name, x), (_, y)) in a.iter().zip(&t) {
                assert_eq!(x, y, "{name} with {:?}", order.iter().map(|&j| ids[j]).collect::<Vec<_>>());
                if name.contains(":persons:") {
                    assert!(x.iter().all(|v| *v <= 100_000.0), "{name}: no wrapped count");
                }
            }
        }
    }
}
