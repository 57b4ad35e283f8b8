//! What every target checks: the one import entry point, with the gazetteer
//! and the basemap as the app and `sahel-data` give them, never panics and
//! accounts for every row or feature (read = kept + merged + rejected), and
//! what it kept survives the Web Worker's messages unchanged.

use std::sync::LazyLock;

use shared::{Basemap, Context, Gazetteer};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

static BASEMAP: LazyLock<Basemap> = LazyLock::new(|| {
    let text = std::fs::read_to_string(format!("{ROOT}/data/basemap.geojson"))
        .expect("data/basemap.geojson");
    Basemap::from_geojson("basemap.geojson", &text)
        .expect("the basemap parses")
        .0
});

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let text = std::fs::read_to_string(format!("{ROOT}/data/gazetteer.geojson"))
        .expect("data/gazetteer.geojson");
    Gazetteer::new(
        shared::parse_gazetteer("gazetteer.geojson", &text)
            .expect("the gazetteer parses")
            .items,
    )
});

pub fn check(name: &str, bytes: &[u8]) {
    let ctx = Context {
        gazetteer: Some(&GAZETTEER),
        basemap: Some(&BASEMAP),
    };
    let Ok(imported) = shared::import(name, bytes, &ctx) else {
        return;
    };
    let r = &imported.report;
    assert_eq!(
        r.rows,
        r.kept + r.merged + r.rejected.len(),
        "every row is kept, merged or rejected"
    );
    assert_eq!(imported.incidents.len(), r.kept);
    assert_eq!(imported.indices.len(), r.kept);
    for inc in &imported.incidents {
        assert!(
            !inc.place_name
                .chars()
                .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')),
            "control characters are removed"
        );
    }
}

/// [`check`] of `rows` under a dataset's `header` line: the reader's row
/// path, past the header detection.
pub fn check_rows(name: &str, header: &[u8], rows: &[u8]) {
    let mut file = header.to_vec();
    file.extend_from_slice(rows);
    check(name, &file);
}
