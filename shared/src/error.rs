//! The crate's error type and the per-feature [`Problem`] report.

use std::fmt;

/// A fatal error: a whole file could not be read as the expected GeoJSON.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Error {
    /// The text is not JSON at all.
    #[error("{file}: not valid JSON at line {line}, column {column}: {message}")]
    Json {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// The JSON is not a GeoJSON FeatureCollection.
    #[error("{file}: expected a GeoJSON FeatureCollection, found {found}")]
    NotFeatureCollection { file: String, found: String },
    /// Every feature of the file was rejected, so there is nothing to show.
    #[error("{file}: all {count} features were rejected; first problem: {first}")]
    NothingValid {
        file: String,
        count: usize,
        first: Box<Problem>,
    },
}

/// The crate's result alias.
pub type Result<T> = std::result::Result<T, Error>;

/// One problem found in one feature: where it is (file, feature index and id,
/// field) and what is wrong. Parsing and validation report these and keep going.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// File name as shown to the user, e.g. `incidents.geojson`.
    pub file: String,
    /// Zero-based index of the feature in the file's `features` array.
    pub index: usize,
    /// The feature's `id` property, when it could be read.
    pub id: Option<String>,
    /// Dotted path of the field, e.g. `killed.military`; `None` for the feature itself.
    pub field: Option<String>,
    /// What is wrong, in plain words.
    pub message: String,
}

impl Problem {
    /// A problem with a field of a feature.
    pub fn new(
        file: &str,
        index: usize,
        id: Option<&str>,
        field: Option<&str>,
        message: impl Into<String>,
    ) -> Self {
        Problem {
            file: file.to_owned(),
            index,
            id: id.map(str::to_owned),
            field: field.map(str::to_owned),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, feature {}", self.file, self.index)?;
        if let Some(id) = &self.id {
            write!(f, " (id \"{id}\")")?;
        }
        if let Some(field) = &self.field {
            write!(f, ", field `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for Problem {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_names_file_feature_id_and_field() {
        let p = Problem::new(
            "incidents.geojson",
            3,
            Some("sokolo"),
            Some("killed.military"),
            "expected an integer",
        );
        assert_eq!(
            p.to_string(),
            "incidents.geojson, feature 3 (id \"sokolo\"), field `killed.military`: expected an integer"
        );
    }

    #[test]
    fn problem_without_id_or_field() {
        let p = Problem::new("gazetteer.geojson", 0, None, None, "not an object");
        assert_eq!(p.to_string(), "gazetteer.geojson, feature 0: not an object");
    }
}
