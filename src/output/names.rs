//! What a reader calls the drafts and their clauses. Results name drafts, provisions and
//! exclusions by id (the keys of the tidy files, what a user types); a report, chart,
//! workbook or page shows their short names in the reader's language instead. One lookup
//! built from the run's drafts, so every place that shows a name shows the same one.

use crate::draft::Draft;
use crate::i18n::Lang;

/// One draft's names: its own and its clauses'.
#[derive(Debug, Clone)]
struct DraftNames {
    id: String,
    name: String,
    clauses: Vec<(String, String)>,
}

/// The short names of a run's drafts and clauses in one language.
#[derive(Debug, Clone, Default)]
pub struct Names {
    drafts: Vec<DraftNames>,
}

impl Names {
    /// The names of `drafts` in `lang`.
    pub fn new(drafts: &[Draft], lang: Lang) -> Names {
        let drafts = drafts
            .iter()
            .map(|d| {
                let provisions = d.provisions.iter().map(|p| (p.id.clone(), p.name_in(lang).to_string()));
                let exclusions = d.exclusions.iter().map(|e| (e.id.clone(), e.name_in(lang).to_string()));
                DraftNames { id: d.id.clone(), name: d.name_in(lang).to_string(), clauses: provisions.chain(exclusions).collect() }
            })
            .collect();
        Names { drafts }
    }

    /// A draft's short name; an id no draft of the run has is shown as it is.
    pub fn draft<'a>(&'a self, id: &'a str) -> &'a str {
        self.drafts.iter().find(|d| d.id == id).map_or(id, |d| d.name.as_str())
    }

    /// A provision's or exclusion's short name in the draft `draft`, or in the first
    /// draft that has it when `draft` is not one of the run's (ids are kept stable
    /// across variants, so the clause is the same); an unknown id is shown as it is.
    pub fn clause<'a>(&'a self, draft: &str, id: &'a str) -> &'a str {
        let in_draft = |d: &'a DraftNames| d.clauses.iter().find(|(c, _)| c == id).map(|(_, n)| n.as_str());
        self.drafts.iter().find(|d| d.id == draft).and_then(in_draft).or_else(|| self.drafts.iter().find_map(in_draft)).unwrap_or(id)
    }
}

/// Every machine id a reader should not meet outside the technical details: the
/// shipped drafts' ids, their provisions' and exclusions' ids, and the uncertain
/// parameters of those drafts and of the embedded population spec (as the replicates
/// file spells them). The tests of the report and the page check their text against it,
/// so the list cannot drift from the data.
pub fn shipped_ids() -> Vec<String> {
    let mut ids = std::collections::BTreeSet::new();
    for (id, _) in crate::draft::SHIPPED {
        ids.insert(id.to_string());
        let Ok(d) = crate::draft::resolve(id) else { continue };
        ids.extend(d.provisions.iter().map(|p| p.id.clone()));
        ids.extend(d.exclusions.iter().map(|e| e.id.clone()));
        ids.extend(d.priors.names().iter().map(|n| n.to_string()));
    }
    if let Ok(spec) = crate::scenario::spec::PopulationSpec::embedded_default() {
        ids.extend(spec.priors.names().iter().map(|n| n.to_string()));
    }
    ids.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_and_clauses_read_by_their_names_and_unknown_ids_as_written() {
        let draft = crate::draft::resolve("kz-2025-enacted").unwrap();
        let names = Names::new(std::slice::from_ref(&draft), Lang::Ru);
        assert_eq!(names.draft("kz-2025-enacted"), draft.name_in(Lang::Ru));
        assert_eq!(names.draft("elsewhere"), "elsewhere");
        let p = &draft.provisions[0];
        assert_eq!(names.clause("kz-2025-enacted", &p.id), p.name_in(Lang::Ru));
        assert_eq!(names.clause("another", &p.id), p.name_in(Lang::Ru));
        assert_eq!(names.clause("kz-2025-enacted", "nothing"), "nothing");
    }

    #[test]
    fn the_list_of_ids_holds_drafts_clauses_and_parameters() {
        let ids = shipped_ids();
        for id in ["kz-2025-enacted", "kz-2016", "art4-1", "court_grant"] {
            assert!(ids.iter().any(|i| i == id), "{id} missing from {} ids", ids.len());
        }
    }
}
