//! `labels.csv`: the names in English, Russian and Kazakh of every machine key the tidy
//! files of a run use (statuses, outcomes, metrics, breakdown levels, the drafts, their
//! provisions and exclusions, the uncertain inputs), so a script can label a chart in
//! any of the three languages without the keys of the files ever changing.

use std::path::{Path, PathBuf};

use super::{Exporter, RunArtefacts};
use crate::error::Result;
use crate::i18n::{Lang, Texts, label_keys};

/// The label table of a run.
pub struct Labels;

/// The rows of the label table: (kind, key, name in en, ru, kk).
pub fn rows(run: &RunArtefacts) -> Vec<(String, String, [String; 3])> {
    let texts: Vec<Texts> = Lang::ALL.iter().map(|l| Texts::new(*l)).collect();
    let each = |f: &dyn Fn(&Texts) -> String| -> [String; 3] { [f(&texts[0]), f(&texts[1]), f(&texts[2])] };
    let mut out: Vec<(String, String, [String; 3])> = label_keys().into_iter().map(|(kind, key)| (kind.to_string(), key.clone(), each(&|t| t.label(kind, &key)))).collect();
    for d in run.drafts {
        out.push(("draft".into(), d.id.clone(), each(&|t| d.title_in(t.lang()).to_string())));
        for p in &d.provisions {
            out.push(("provision".into(), format!("{}:{}", d.id, p.id), each(&|t| p.cite_in(t.lang()).to_string())));
        }
        for e in &d.exclusions {
            out.push(("exclusion".into(), format!("{}:{}", d.id, e.id), each(&|t| e.cite_in(t.lang()).to_string())));
        }
    }
    for name in &run.result.replicates.columns[..run.result.replicates.parameters] {
        out.push(("input".into(), name.to_string(), each(&|t| super::words::input(t, name))));
    }
    out
}

impl Exporter for Labels {
    fn export(&self, run: &RunArtefacts, dir: &Path) -> Result<Vec<PathBuf>> {
        let mut table = super::csv_table::CsvTable::new(&["kind", "key", "en", "ru", "kk"]);
        for (kind, key, [en, ru, kk]) in rows(run) {
            table.row([kind, key, en, ru, kk]);
        }
        let path = dir.join("labels.csv");
        table.write(&path)?;
        Ok(vec![path])
    }
}
