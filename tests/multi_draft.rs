//! A run of several drafts gives each draft the figures it gets alone: its tally is
//! sized and read by its own layout, whatever the number of provisions of the others
//! and their order (drafts with different numbers of provisions once read another
//! draft's counts and wrapped a `u32`).

use amnesty_sim::draft::{Draft, SHIPPED};
use amnesty_sim::montecarlo::{PopulationSource, RunConfig, RunResult, run};
use amnesty_sim::scenario::spec::PopulationSpec;

fn shipped(id: &str) -> Draft {
    Draft::parse(id, SHIPPED.iter().find(|(i, _)| *i == id).unwrap().1).unwrap()
}

fn config() -> RunConfig {
    RunConfig { horizon_months: 0, attribution: false, ..RunConfig::new(3, 5, 1) }
}

/// The replicate columns of `id` in `result`, by name.
fn columns_of<'a>(result: &'a RunResult, id: &str) -> Vec<(&'a str, Vec<f64>)> {
    let prefix = format!("{id}:");
    result.replicates.columns.iter().enumerate().filter(|(_, c)| c.starts_with(&prefix)).map(|(j, c)| (c.as_str(), result.replicates.rows.iter().map(|r| r[j]).collect())).collect()
}

#[test]
fn every_draft_of_a_run_gets_the_figures_it_gets_alone_whatever_the_others_shape() {
    let spec = PopulationSpec::embedded_default().unwrap();
    // 31, 20, 19 and 6 provisions, in an order where a smaller draft comes first.
    let ids = ["kz-2022", "kz-2016", "kz-2025-enacted", "kz-2025-no-1y"];
    let alone: Vec<RunResult> = ids.iter().map(|id| run(&spec, &PopulationSource::Synthetic, &[shipped(id)], &config()).unwrap()).collect();
    for order in [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2]] {
        let drafts: Vec<Draft> = order.iter().map(|&k| shipped(ids[k])).collect();
        let together = run(&spec, &PopulationSource::Synthetic, &drafts, &config()).unwrap();
        for &k in &order {
            let (a, t) = (columns_of(&alone[k], ids[k]), columns_of(&together, ids[k]));
            assert_eq!(a.len(), t.len(), "{}: the same columns", ids[k]);
            for ((name, x), (_, y)) in a.iter().zip(&t) {
                assert_eq!(x, y, "{name} in the order {order:?}");
                if name.contains(":persons:") {
                    assert!(x.iter().all(|v| *v <= 100_000.0), "{name}: no wrapped count");
                }
            }
        }
    }
}
