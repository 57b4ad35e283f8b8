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
    NotFeatureCollection { file: String, found: Said },
    /// Every feature of the file was rejected, so there is nothing to show.
    #[error("{file}: all {count} features were rejected; first problem: {first}")]
    NothingValid {
        file: String,
        count: usize,
        first: Box<Problem>,
    },
    /// The file's format could not be recognised from its content.
    #[error("{file}: {detail}")]
    UnknownFormat { file: String, detail: Said },
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
    MissingField { file: String, detail: Said },
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
    /// What is wrong: a message of the catalogue and its values, worded in
    /// the page's language by [`crate::i18n::Words::say`] (in English by
    /// `Display`; boxed, so a `Result` carrying a problem stays small).
    pub message: Box<Said>,
}

/// Something to say: the id of a message in the catalogues
/// (`shared/locales/*.ftl`) and its arguments. Problems and notes are made
/// of these, so the crate says nothing in any one language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Said {
    pub id: String,
    pub args: Vec<(String, SaidArg)>,
}

/// A value in a [`Said`]: text as written (a field's value, a name), or a
/// count (worded with the language's numbers and plurals).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SaidArg {
    Text(String),
    Count(i64),
    /// A measure (km, degrees), written with '.' and its digits (see
    /// [`SaidArg::decimal`]), worded with the language's decimal sign.
    Decimal(String),
}

impl SaidArg {
    /// `value` with at most `digits` decimals (trailing zeros dropped when
    /// worded): `decimal(12.345, 1)` says "12.3" in English, "12,3" in French.
    pub fn decimal(value: f64, digits: usize) -> SaidArg {
        SaidArg::Decimal(format!("{value:.digits$}"))
    }
}

impl From<&str> for SaidArg {
    fn from(s: &str) -> Self {
        SaidArg::Text(s.to_owned())
    }
}
impl From<String> for SaidArg {
    fn from(s: String) -> Self {
        SaidArg::Text(s)
    }
}
impl From<&String> for SaidArg {
    fn from(s: &String) -> Self {
        SaidArg::Text(s.clone())
    }
}
macro_rules! count_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for SaidArg {
            fn from(n: $t) -> Self {
                SaidArg::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_arg!(u32, u64, usize, i64, i32);

impl Said {
    /// The message `id` with `args`.
    pub fn new(id: &str, args: Vec<(&str, SaidArg)>) -> Said {
        Said {
            id: id.to_owned(),
            args: args.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        }
    }
}

/// `said!("p-duplicate-id", id = inc.id.as_str())`: a [`Said`] with named
/// arguments (anything [`SaidArg`] converts from).
#[macro_export]
macro_rules! said {
    ($id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::error::Said::new($id, vec![$((stringify!($name), $crate::error::SaidArg::from($value))),*])
    };
}

impl fmt::Display for Said {
    /// In English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::words(crate::i18n::Lang::En).say(self))
    }
}

impl Problem {
    /// A problem with a field of a feature.
    pub fn new(
        file: &str,
        index: usize,
        id: Option<&str>,
        field: Option<&str>,
        message: Said,
    ) -> Self {
        Problem {
            file: file.to_owned(),
            index,
            line: None,
            id: id.map(str::to_owned),
            field: field.map(str::to_owned),
            message: Box::new(message),
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
        message: Said,
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
            crate::said!("p-as-is", detail = "expected an integer"),
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
            crate::said!("p-value-not-a-date", value = "\"31 Juli 2022\""),
        );
        assert_eq!(
            p.to_string(),
            "acled.csv, line 6 (id \"MLI7017\"), column `event_date`: \"31 Juli 2022\" is not a date"
        );
    }

    #[test]
    fn problem_without_id_or_field() {
        let p = Problem::new(
            "gazetteer.geojson",
            0,
            None,
            None,
            crate::said!("p-as-is", detail = "not an object"),
        );
        let fr = crate::i18n::words(crate::i18n::Lang::Fr);
        assert_eq!(
            fr.problem(&p),
            "gazetteer.geojson, entité 0\u{202f}: not an object"
        );
        assert_eq!(p.to_string(), "gazetteer.geojson, feature 0: not an object");
    }
}
