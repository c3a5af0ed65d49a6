//! Loading what every command reads: the article catalogue, the population spec or
//! registry, and drafts (files or shipped ids), with the inputs recorded for the
//! manifest.

use std::path::Path;

use crate::draft::Draft;
use crate::error::Result;
use crate::montecarlo::PopulationSource;
use crate::output::manifest::Input;
use crate::scenario::catalogue::Catalogue;
use crate::scenario::spec::PopulationSpec;

/// Loads an article catalogue from a file, or the embedded one.
pub fn load_catalogue(catalogue: Option<&Path>) -> Result<Catalogue> {
    match catalogue {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| crate::Error::io(path, e))?;
            Catalogue::parse(&path.display().to_string(), &text)
        }
        None => Catalogue::embedded(),
    }
}

/// Loads a spec from a file, or the embedded default; with a catalogue file, or the
/// embedded one.
pub fn load_spec(spec: Option<&Path>, catalogue: Option<&Path>) -> Result<PopulationSpec> {
    let catalogue = load_catalogue(catalogue)?;
    match spec {
        Some(path) => PopulationSpec::load(path, catalogue),
        None => PopulationSpec::embedded(catalogue),
    }
}

/// Where `--population` points: a spec (TOML) or a registry (CSV/Parquet). A registry
/// keeps the default spec for the cost and detention parameters.
pub fn population_input(arg: Option<&Path>, catalogue: Option<&Path>, lang: crate::i18n::Lang) -> Result<(PopulationSpec, PopulationSource, Vec<Input>)> {
    let catalogue_input = match catalogue {
        Some(p) => Input::new("catalogue", &p.display().to_string(), &std::fs::read(p).map_err(|e| crate::Error::io(p, e))?),
        None => Input::new("catalogue", &format!("embedded:{}", crate::scenario::catalogue::DEFAULT_CATALOGUE_NAME), crate::scenario::catalogue::DEFAULT_CATALOGUE.as_bytes()),
    };
    match arg {
        Some(path) if path.extension().and_then(|e| e.to_str()) == Some("toml") => {
            let spec = load_spec(Some(path), catalogue)?;
            let input = Input::new("population spec", &spec.path, spec.text.as_bytes());
            Ok((spec, PopulationSource::Synthetic, vec![input, catalogue_input]))
        }
        Some(path) => {
            // Hashed a block at a time: a registry may hold millions of persons.
            let sha256 = crate::output::manifest::sha256_file(path)?;
            let (pop, unused, notes) = crate::population::io::read_noting_unused(path)?;
            let tx = crate::i18n::Texts::new(lang);
            for note in &notes {
                eprintln!("{}", tx.f("cli-note", &[("note", format!("{}: {}", path.display(), note.render(&tx)).into())]));
            }
            if !unused.is_empty() {
                let columns = unused.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ");
                eprintln!("{}", tx.f("load-unused-columns", &[("path", path.display().to_string().into()), ("n", unused.len().into()), ("columns", columns.into())]));
            }
            let spec = load_spec(None, catalogue)?;
            let inputs = vec![
                Input { role: "registry".into(), path: path.display().to_string(), sha256 },
                Input::new("population spec (costs only)", &format!("embedded:{}", spec.path), spec.text.as_bytes()),
            ];
            Ok((spec, PopulationSource::Registry(pop), inputs))
        }
        None => {
            let spec = load_spec(None, catalogue)?;
            let input = Input::new("population spec", &format!("embedded:{}", spec.path), spec.text.as_bytes());
            Ok((spec, PopulationSource::Synthetic, vec![input, catalogue_input]))
        }
    }
}

/// Loads drafts and refuses duplicate ids (their rows would be indistinguishable).
pub fn load_drafts(args: &[String]) -> Result<Vec<Draft>> {
    let default = [crate::draft::DEFAULT_DRAFT.to_string()];
    let args = if args.is_empty() { &default[..] } else { args };
    let mut drafts = Vec::new();
    let mut errors = Vec::new();
    for a in args {
        match crate::draft::resolve(a) {
            Ok(d) => {
                if drafts.iter().any(|x: &Draft| x.id == d.id) {
                    errors.push(crate::Error::request(crate::error::Setting::Draft, a, crate::i18n::Msg::new("load-duplicate-id").arg("id", d.id.as_str())));
                } else {
                    drafts.push(d);
                }
            }
            Err(e) => errors.push(e),
        }
    }
    crate::Error::collect(errors)?;
    Ok(drafts)
}
