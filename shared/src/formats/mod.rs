//! The file formats the app and the command line read, one file each:
//!
//! - [`curated`]: our GeoJSON format (`data/incidents.geojson`), read and written;
//! - [`acled`]: ACLED CSV exports (dyadic and monadic layouts, HXL tag row);
//! - [`ucdp`]: UCDP GED CSV files (bulk and export layouts);
//! - [`points`]: other point GeoJSON with recognisable properties;
//! - [`table`]: CSV reading shared by the CSV formats.
//!
//! [`crate::pipeline::import`] tells them apart from the content. A new format
//! goes in a file of its own here, with a `recognises` test on the header (or
//! properties) and a reader that returns a [`ReadOutcome`]; the pipeline calls it.

pub mod acled;
pub mod csv_export;
pub mod curated;
pub mod points;
pub mod table;
pub mod ucdp;

use chrono::NaiveDate;

use crate::{Incident, Problem};

/// A format, as detected from a file's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Format {
    /// Our GeoJSON format.
    Curated,
    /// An ACLED CSV export.
    AcledCsv(acled::AcledLayout),
    /// A UCDP GED CSV file.
    UcdpCsv,
    /// Another GeoJSON FeatureCollection of points.
    PointGeojson,
}

impl Format {
    /// A short key, e.g. "acled-monadic" (the catalogue words it: `format-acled-monadic`).
    pub fn key(self) -> &'static str {
        match self {
            Format::Curated => "curated",
            Format::AcledCsv(acled::AcledLayout::Dyadic) => "acled",
            Format::AcledCsv(acled::AcledLayout::Monadic) => "acled-monadic",
            Format::UcdpCsv => "ucdp",
            Format::PointGeojson => "points",
        }
    }

    /// Who to credit for incidents read in this format, and on what terms.
    pub fn attribution(self) -> &'static str {
        use crate::provenance::attribution as a;
        match self {
            Format::Curated => a::CURATED,
            Format::AcledCsv(_) => a::ACLED,
            Format::UcdpCsv => a::UCDP,
            Format::PointGeojson => a::GEOJSON,
        }
    }
}

/// What a reader returns: the incidents it could build, and every problem.
#[derive(Debug, Clone, Default)]
pub struct ReadOutcome {
    pub incidents: Vec<Incident>,
    /// `indices[i]` is the data row (or feature) index of `incidents[i]`.
    pub indices: Vec<usize>,
    /// One problem per row or feature left out.
    pub rejected: Vec<Problem>,
    /// Problems reported about rows that were kept.
    pub warnings: Vec<Problem>,
    /// Rows merged into an earlier row of the same event (monadic ACLED).
    pub merged: usize,
    /// Zero-width characters removed from values.
    pub zero_width: usize,
    /// `countries[i]`: the country the row of `incidents[i]` names (ACLED's
    /// and UCDP's `country` column), when it has one; empty for formats
    /// without such a column.
    pub countries: Vec<Option<String>>,
}

/// Reads a date as ACLED and GeoJSON files write it: `2022-07-27` (ISO, with
/// or without a time) or `27 July 2022` (ACLED's export tool). Slashed dates
/// are refused here: `05/07/2022` is 5 July to some and 7 May to others.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let date_part = s.split([' ', 'T']).next().unwrap_or(s);
    NaiveDate::parse_from_str(date_part, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d %B %Y"))
        .or_else(|_| NaiveDate::parse_from_str(s, "%d-%B-%Y"))
        .ok()
}

/// Reads a date as UCDP GED files write it: ISO, or month first with a time
/// (`07/27/2022 00:00:00`, UCDP's export).
pub fn parse_date_month_first(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let date_part = s.split([' ', 'T']).next().unwrap_or(s);
    parse_date(s).or_else(|| NaiveDate::parse_from_str(date_part, "%m/%d/%Y").ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_the_forms_real_files_use() {
        let d = NaiveDate::from_ymd_opt(2022, 7, 27);
        for s in [
            "2022-07-27",
            "27 July 2022",
            "2022-07-27 00:00:00.000",
            "2022-07-27T00:00:00",
        ] {
            assert_eq!(parse_date(s), d, "{s}");
            assert_eq!(parse_date_month_first(s), d, "{s}");
        }
        for s in ["07/27/2022 00:00:00", "07/27/2022"] {
            assert_eq!(
                parse_date(s),
                None,
                "slashes are ambiguous outside UCDP: {s}"
            );
            assert_eq!(parse_date_month_first(s), d, "{s}");
        }
        for s in ["27/07/2022", "2022-02-30", "31 Juli 2022", ""] {
            assert_eq!(parse_date_month_first(s), None, "{s}");
        }
    }
}
