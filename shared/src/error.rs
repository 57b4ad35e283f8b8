//! The crate's error type and the per-feature [`Problem`] report.

use std::fmt;

/// A fatal error: a whole file could not be read as the expected GeoJSON.
#[derive(Debug, Clone, PartialEq, thiserror::Error, serde::Serialize, serde::Deserialize)]
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
    /// The file's format could not be recognised from its content.
    #[error("{file}: {detail}")]
    UnknownFormat { file: String, detail: String },
    /// A CSV file lacks a column its format requires.
    #[error("{file}: the {format} header has no column {column} (looked for: {aliases})")]
    MissingColumn {
        file: String,
        format: String,
        column: String,
        aliases: String,
    },
    /// A GeoJSON file whose features lack a property every incident needs.
    #[error("{file}: {detail}")]
    MissingField { file: String, detail: String },
    /// Curated incidents were given without the gazetteer their places need.
    #[error("{file}: curated incidents need the gazetteer to check their places; give it too (--gazetteer)")]
    NeedsGazetteer { file: String },
    /// A message between the app and its Web Worker could not be decoded
    /// (a bug, or a worker from another build).
    #[error("{file}: the reader's reply could not be decoded: {message}")]
    Wire { file: String, message: String },
    /// The CSV reader could not go on (e.g. an unterminated quote).
    #[error("{file}, line {line}: {message}")]
    Csv {
        file: String,
        line: u64,
        message: String,
    },
}

/// The crate's result alias.
pub type Result<T> = std::result::Result<T, Error>;

/// One problem found in one feature: where it is (file, feature index and id,
/// field) and what is wrong. Parsing and validation report these and keep going.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    /// File name as shown to the user, e.g. `incidents.geojson`.
    pub file: String,
    /// Zero-based index of the feature in the file's `features` array (for
    /// a CSV file, of the data row).
    pub index: usize,
    /// For a CSV file: the 1-based line where the row starts, shown instead of
    /// the index.
    pub line: Option<u64>,
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
            line: None,
            id: id.map(str::to_owned),
            field: field.map(str::to_owned),
            message: message.into(),
        }
    }

    /// A problem with a column of a CSV row: `index` is the data row's index,
    /// `line` the line it starts on.
    pub fn at_line(
        file: &str,
        index: usize,
        line: u64,
        id: Option<&str>,
        column: Option<&str>,
        message: impl Into<String>,
    ) -> Self {
        Problem {
            line: Some(line),
            ..Problem::new(file, index, id, column, message)
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}, line {line}", self.file)?,
            None => write!(f, "{}, feature {}", self.file, self.index)?,
        }
        if let Some(id) = &self.id {
            write!(f, " (id \"{id}\")")?;
        }
        match (&self.field, self.line) {
            (Some(field), Some(_)) => write!(f, ", column `{field}`")?,
            (Some(field), None) => write!(f, ", field `{field}`")?,
            (None, _) => {}
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
    fn csv_problem_names_the_line_and_column() {
        let p = Problem::at_line(
            "acled.csv",
            4,
            6,
            Some("MLI7017"),
            Some("event_date"),
            "\"31 Juli 2022\" is not a date",
        );
        assert_eq!(
            p.to_string(),
            "acled.csv, line 6 (id \"MLI7017\"), column `event_date`: \"31 Juli 2022\" is not a date"
        );
    }

    #[test]
    fn problem_without_id_or_field() {
        let p = Problem::new("gazetteer.geojson", 0, None, None, "not an object");
        assert_eq!(p.to_string(), "gazetteer.geojson, feature 0: not an object");
    }
}
