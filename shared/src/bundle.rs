//! The three data files assembled into what the map shows.

use std::sync::Arc;

use crate::{Basemap, Gazetteer, Incident, MapModel, Problem, Result};

/// The three data files, relative to the page.
pub const INCIDENTS_FILE: &str = "incidents.geojson";
/// See [`INCIDENTS_FILE`].
pub const GAZETTEER_FILE: &str = "gazetteer.geojson";
/// See [`INCIDENTS_FILE`].
pub const BASEMAP_FILE: &str = "basemap.geojson";

/// Problems found in one file that did not stop the map.
#[derive(Debug, Clone, PartialEq)]
pub struct FileProblems {
    pub file: String,
    /// Features that were left out, one problem each.
    pub rejected: Vec<Problem>,
    /// Reported problems that did not reject a feature.
    pub warnings: Vec<Problem>,
}

/// Everything loaded, ready to draw.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// The incidents shown, shared with the layer they come from when it is
    /// the only one (never copied then).
    pub incidents: Arc<Vec<Incident>>,
    /// Shared with the app's base data (never copied per map).
    pub gazetteer: Arc<Gazetteer>,
    pub model: Arc<MapModel>,
    /// The incidents' symbols and spatial index.
    pub markers: Arc<crate::engine::Markers>,
    /// Per-file problems, only for files that had some.
    pub problems: Vec<FileProblems>,
}

impl Bundle {
    /// The map of `incidents` (e.g. the visible layers put together) over the
    /// given gazetteer and basemap.
    pub fn from_parts(
        incidents: Arc<Vec<Incident>>,
        gazetteer: Arc<Gazetteer>,
        basemap: &Basemap,
        problems: Vec<FileProblems>,
        size_by: crate::scale::SizeBy,
    ) -> Bundle {
        let model = MapModel::sized(basemap, &gazetteer, &incidents, size_by);
        let markers = Arc::new(crate::engine::Markers::new(
            &model.frame(),
            &model.scale(),
            &incidents,
        ));
        Bundle::from_built(incidents, gazetteer, model, markers, problems)
    }

    /// The same from parts already built (the app builds them one step at a
    /// time, between frames). `model` and `markers` must be of `incidents`.
    pub fn from_built(
        incidents: Arc<Vec<Incident>>,
        gazetteer: Arc<Gazetteer>,
        model: MapModel,
        markers: Arc<crate::engine::Markers>,
        problems: Vec<FileProblems>,
    ) -> Bundle {
        Bundle {
            incidents,
            gazetteer,
            model: Arc::new(model),
            markers,
            problems,
        }
    }
}

/// The gazetteer and basemap files parsed, with their problems; the
/// incidents are read separately (through the pipeline) and may come from
/// several files.
pub fn base(gazetteer: &str, basemap: &str) -> Result<(Gazetteer, Basemap, Vec<FileProblems>)> {
    let mut problems = Vec::new();
    let places = crate::parse_gazetteer(GAZETTEER_FILE, gazetteer)?;
    let mut place_problems = places.rejected;
    place_problems.extend(crate::check_places(
        GAZETTEER_FILE,
        &places.items,
        &places.indices,
        None,
    ));
    if !place_problems.is_empty() {
        problems.push(FileProblems {
            file: GAZETTEER_FILE.to_owned(),
            rejected: place_problems,
            warnings: vec![],
        });
    }
    let (basemap, basemap_rejected) = Basemap::from_geojson(BASEMAP_FILE, basemap)?;
    if !basemap_rejected.is_empty() {
        problems.push(FileProblems {
            file: BASEMAP_FILE.to_owned(),
            rejected: basemap_rejected,
            warnings: vec![],
        });
    }
    let mut places = places.items;
    let names: Vec<(String, Option<String>)> = basemap
        .regions
        .iter()
        .map(|r| (r.name.clone(), r.name_en.clone()))
        .collect();
    crate::gazetteer::french_names(&mut places, &names);
    Ok((Gazetteer::new(places), basemap, problems))
}

/// Parses and validates the three files' texts.
pub fn assemble(incidents: &str, gazetteer: &str, basemap: &str) -> Result<Bundle> {
    let (gazetteer, basemap, mut problems) = base(gazetteer, basemap)?;
    // The same pipeline as `sahel-data check`: places and regions checked.
    let ctx = crate::pipeline::Context {
        gazetteer: Some(&gazetteer),
        basemap: Some(&basemap),
    };
    let imported = crate::pipeline::import(INCIDENTS_FILE, incidents.as_bytes(), &ctx)?;
    let report = imported.report;
    if !report.rejected.is_empty() || !report.warnings.is_empty() {
        problems.push(FileProblems {
            file: INCIDENTS_FILE.to_owned(),
            rejected: report.rejected,
            warnings: report.warnings,
        });
    }
    Ok(Bundle::from_parts(
        Arc::new(imported.incidents),
        Arc::new(gazetteer),
        &basemap,
        problems,
        crate::scale::SizeBy::All,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GAZ: &str = r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[-6.1219,14.7328]},"properties":{"id":"p","name":"Sokolo","admin1":"Ségou","kind":"town","source":"test","precision":"exact"}}]}"#;
    const BASEMAP: &str = r#"{"type":"FeatureCollection","features":[]}"#;

    #[test]
    fn rejected_features_are_listed_per_file_and_the_rest_kept() {
        let gaz = format!(
            "{},{}]}}",
            &GAZ[..GAZ.len() - 2],
            r#"{"type":"Feature","geometry":null,"properties":{"id":"q"}}"#
        );
        let incidents = r#"{"type":"FeatureCollection","features":[]}"#;
        let b = assemble(incidents, &gaz, BASEMAP).unwrap();
        assert_eq!(b.gazetteer.places().len(), 1);
        assert_eq!(b.problems.len(), 1);
        assert_eq!(b.problems[0].file, GAZETTEER_FILE);
        assert_eq!(b.problems[0].rejected[0].id.as_deref(), Some("q"));
    }

    #[test]
    fn unusable_file_is_an_error_naming_it() {
        let err = assemble("{", GAZ, BASEMAP).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("incidents.geojson: not valid JSON"),
            "{err}"
        );
    }
}
