//! `sahel-data check`: reads the incidents, the gazetteer and the basemap and
//! reports every problem with file, feature (index and id) and field.

use std::fs;
use std::path::{Path, PathBuf};

use shared::pipeline::Severity;
use shared::{
    check_places, import, parse_basemap, parse_gazetteer, Basemap, Context, Gazetteer,
    ImportReport, Problem,
};

use crate::{Error, Result};

/// The files to check.
pub struct Inputs {
    pub incidents: PathBuf,
    pub gazetteer: PathBuf,
    pub basemap: PathBuf,
    /// The zoomed-in water, when the folder has it (read like the basemap).
    pub detail: Option<PathBuf>,
}

impl Inputs {
    /// The files of a data folder (the zoomed-in water if it is there).
    pub fn in_dir(dir: &Path) -> Self {
        let detail = dir.join(shared::map_model::DETAIL_FILE);
        Inputs {
            incidents: dir.join("incidents.geojson"),
            gazetteer: dir.join("gazetteer.geojson"),
            basemap: dir.join("basemap.geojson"),
            detail: detail.exists().then_some(detail),
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
/// FeatureCollection, is an `Err` (the input could not be read). The incidents
/// go through `shared::pipeline`, as in the app.
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
    let incidents_text = read(&inputs.incidents)?;

    let mut report = Report {
        places: places.items.len() + places.rejected.len(),
        shapes: basemap.items.len() + basemap.rejected.len(),
        ..Report::default()
    };
    let map = Basemap::new(basemap.items);
    report.errors.extend(basemap.rejected);
    if let Some(path) = &inputs.detail {
        let detail = parse_basemap(&name(path), &read(path)?).map_err(unreadable)?;
        report.shapes += detail.items.len() + detail.rejected.len();
        report.errors.extend(detail.rejected);
    }
    report.errors.extend(places.rejected);
    report.errors.extend(check_places(
        &gaz_file,
        &places.items,
        &places.indices,
        Some(&map),
    ));
    let gazetteer = Gazetteer::new(places.items);
    let ctx = Context {
        gazetteer: Some(&gazetteer),
        basemap: Some(&map),
    };
    let imported = import(&inc_file, incidents_text.as_bytes(), &ctx).map_err(unreadable)?;
    let r = imported.report;
    report.incidents = r.rows;
    report.errors.extend(r.rejected);
    report.warnings.extend(r.warnings);
    report
        .errors
        .sort_by(|a, b| (&a.file, a.index).cmp(&(&b.file, b.index)));
    Ok(report)
}

/// `sahel-data check FILE...`: reads each file in any supported format and
/// prints its report. `Ok(true)` when every file is clean.
pub fn run_files(
    files: &[PathBuf],
    gazetteer: Option<&Path>,
    basemap: Option<&Path>,
) -> Result<bool> {
    let (gazetteer, map) = context_files(gazetteer, basemap)?;
    let ctx = Context {
        gazetteer: gazetteer.as_ref(),
        basemap: map.as_ref(),
    };
    let mut clean = true;
    for path in files {
        let name = path.display().to_string();
        let bytes = fs::read(path).map_err(|source| Error::Io {
            path: name.clone(),
            source,
        })?;
        let imported = import(&name, &bytes, &ctx).map_err(|e| Error::Unreadable(e.to_string()))?;
        print!("{}", describe(&imported.report));
        clean &= imported.report.is_clean();
    }
    Ok(clean)
}

/// Reads `path` and runs it through the import pipeline.
pub fn read_and_import(path: &Path, ctx: &Context<'_>) -> Result<shared::Imported> {
    let name = path.display().to_string();
    let bytes = fs::read(path).map_err(|source| Error::Io {
        path: name.clone(),
        source,
    })?;
    import(&name, &bytes, ctx).map_err(|e| Error::Unreadable(e.to_string()))
}

/// The gazetteer and basemap to check against, when given.
pub fn context_files(
    gazetteer: Option<&Path>,
    basemap: Option<&Path>,
) -> Result<(Option<Gazetteer>, Option<Basemap>)> {
    let unreadable = |e: shared::Error| Error::Unreadable(e.to_string());
    let gazetteer = match gazetteer {
        Some(p) => {
            let parsed =
                parse_gazetteer(&p.display().to_string(), &read(p)?).map_err(unreadable)?;
            Some(Gazetteer::new(parsed.items))
        }
        None => None,
    };
    let map = match basemap {
        Some(p) => {
            let parsed = parse_basemap(&p.display().to_string(), &read(p)?).map_err(unreadable)?;
            Some(Basemap::new(parsed.items))
        }
        None => None,
    };
    Ok((gazetteer, map))
}

/// The report as printed: the summary, the notes, then the problems grouped
/// by kind (count and the first examples).
pub fn describe(r: &ImportReport) -> String {
    let mut out = format!(
        "{}
",
        r.summary(shared::i18n::words(shared::i18n::Lang::En))
    );
    for n in &r.notes {
        out.push_str(&format!(
            "  note: {n}
"
        ));
    }
    for g in r.groups() {
        let (what, prefix) = match g.severity {
            Severity::Rejected => ("rejected", "error"),
            Severity::Warning => ("kept with a warning", "warning"),
        };
        let field = if g.field.is_empty() {
            String::new()
        } else {
            format!(", column or field `{}`", g.field)
        };
        out.push_str(&format!(
            "  {} {what}{field}{}:
",
            g.count,
            if g.count > g.examples.len() {
                format!(" (first {})", g.examples.len())
            } else {
                String::new()
            }
        ));
        for p in g.examples {
            out.push_str(&format!(
                "    {prefix}: {p}
"
            ));
        }
    }
    out
}
