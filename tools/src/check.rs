//! `sahel-data check`: reads the incidents, the gazetteer and the basemap and
//! reports every problem with file, feature (index and id) and field.

use std::fs;
use std::path::{Path, PathBuf};

use shared::{
    check_places, check_regions, parse_basemap, parse_gazetteer, parse_incidents,
    validate_incidents, Basemap, Gazetteer, Problem,
};

use crate::{Error, Result};

/// The three files to check.
pub struct Inputs {
    pub incidents: PathBuf,
    pub gazetteer: PathBuf,
    pub basemap: PathBuf,
}

impl Inputs {
    /// The three files of a data folder.
    pub fn in_dir(dir: &Path) -> Self {
        Inputs {
            incidents: dir.join("incidents.geojson"),
            gazetteer: dir.join("gazetteer.geojson"),
            basemap: dir.join("basemap.geojson"),
        }
    }
}

/// What the check found.
#[derive(Debug, Default)]
pub struct Report {
    /// Problems that make a feature unusable.
    pub errors: Vec<Problem>,
    /// Problems that leave the feature usable (one-way links).
    pub warnings: Vec<Problem>,
    pub incidents: usize,
    pub places: usize,
    pub shapes: usize,
}

impl Report {
    /// True when nothing is wrong.
    pub fn is_clean(&self) -> bool {
        self.errors.is_empty() && self.warnings.is_empty()
    }

    /// The closing line, e.g. "10 incidents, 99 places, 10 basemap shapes: 0 errors, 0 warnings".
    pub fn summary(&self) -> String {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        format!(
            "{}, {}, {}: {}, {}",
            plural(self.incidents, "incident"),
            plural(self.places, "place"),
            plural(self.shapes, "basemap shape"),
            plural(self.errors.len(), "error"),
            plural(self.warnings.len(), "warning"),
        )
    }
}

fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.display().to_string(),
        source,
    })
}

/// Checks the files. An unreadable file, or one that is not a GeoJSON
/// FeatureCollection, is an `Err` (the input could not be read).
pub fn run(inputs: &Inputs) -> Result<Report> {
    let name = |p: &Path| p.display().to_string();
    let (inc_file, gaz_file, map_file) = (
        name(&inputs.incidents),
        name(&inputs.gazetteer),
        name(&inputs.basemap),
    );
    let unreadable = |e: shared::Error| Error::Unreadable(e.to_string());
    let basemap = parse_basemap(&map_file, &read(&inputs.basemap)?).map_err(unreadable)?;
    let places = parse_gazetteer(&gaz_file, &read(&inputs.gazetteer)?).map_err(unreadable)?;
    let incidents = parse_incidents(&inc_file, &read(&inputs.incidents)?).map_err(unreadable)?;

    let mut report = Report {
        incidents: incidents.items.len() + incidents.rejected.len(),
        places: places.items.len() + places.rejected.len(),
        shapes: basemap.items.len() + basemap.rejected.len(),
        ..Report::default()
    };
    let map = Basemap::new(basemap.items);
    report.errors.extend(basemap.rejected);
    report.errors.extend(places.rejected);
    report.errors.extend(check_places(
        &gaz_file,
        &places.items,
        &places.indices,
        Some(&map),
    ));
    let gazetteer = Gazetteer::new(places.items);
    let validated = validate_incidents(
        &inc_file,
        incidents.items,
        &incidents.indices,
        &incidents.rejected,
        &gazetteer,
    );
    report.errors.extend(incidents.rejected);
    report.errors.extend(validated.rejected);
    report.errors.extend(check_regions(
        &inc_file,
        &validated.incidents,
        &validated.indices,
        &map,
    ));
    report.warnings.extend(validated.warnings);
    report
        .errors
        .sort_by(|a, b| (&a.file, a.index).cmp(&(&b.file, b.index)));
    Ok(report)
}
