//! `sahel-data convert IN -o OUT.geojson`: reads any supported file through
//! the same pipeline as the app and writes the incidents kept in our GeoJSON
//! format (lossless: provenance, totals and estimates are kept).

use std::fs;
use std::path::Path;

use shared::{pipeline::export_geojson, Context};

use crate::check::{context_files, describe, read_and_import};
use crate::{Error, Result};

/// Converts `input` to `output`; prints the import report. `Ok(true)` when
/// the input was clean.
pub fn run(
    input: &Path,
    output: &Path,
    gazetteer: Option<&Path>,
    basemap: Option<&Path>,
) -> Result<bool> {
    let (gazetteer, map) = context_files(gazetteer, basemap)?;
    let ctx = Context {
        gazetteer: gazetteer.as_ref(),
        basemap: map.as_ref(),
    };
    let imported = read_and_import(input, &ctx)?;
    print!("{}", describe(&imported.report));
    fs::write(output, export_geojson(&imported.incidents, None)).map_err(|source| Error::Io {
        path: output.display().to_string(),
        source,
    })?;
    println!(
        "wrote {} ({} incidents)",
        output.display(),
        imported.incidents.len()
    );
    Ok(imported.report.is_clean())
}
