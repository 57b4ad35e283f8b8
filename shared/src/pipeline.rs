//! One entry point for every incident file, used by the app and by the
//! `sahel-data` command alike, so they never disagree about a file: detect the
//! format from the content, read it, check it for what its format promises,
//! and report what was kept, merged, rejected and warned, with where and why.

use std::collections::BTreeMap;

use crate::formats::{self, acled, curated, points, table, ucdp, Format, ReadOutcome};
use crate::parse::Present;
use crate::validate::{check_points, check_regions, strip_control_characters, validate_incidents};
use crate::{said, Basemap, Error, Gazetteer, Incident, Problem, Result, Said};

/// What the checks may use: the gazetteer (required for our curated
/// incidents, whose places it must know) and the basemap (regions, extent).
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    pub gazetteer: Option<&'a Gazetteer>,
    pub basemap: Option<&'a Basemap>,
}

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The row or feature was left out.
    Rejected,
    /// The row or feature was kept; the problem is reported.
    Warning,
}

/// Problems of one kind (same severity and column or field), counted, with
/// the first few as examples.
#[derive(Debug, Clone, PartialEq)]
pub struct ProblemGroup<'a> {
    pub severity: Severity,
    /// The column or field, or "" for the row itself.
    pub field: String,
    pub count: usize,
    pub examples: Vec<&'a Problem>,
}

/// What reading one file did.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportReport {
    pub file: String,
    pub format: Format,
    /// Size of the file in bytes.
    pub bytes: usize,
    /// Data rows (CSV, not counting the header or an HXL row) or features read.
    pub rows: usize,
    /// Incidents kept.
    pub kept: usize,
    /// Rows merged into an earlier row of the same event (monadic ACLED).
    pub merged: usize,
    /// One problem per row or feature left out.
    pub rejected: Vec<Problem>,
    /// Problems of rows or features that were kept.
    pub warnings: Vec<Problem>,
    /// What was noticed about the file as a whole (encoding, HXL row,
    /// trailing commas, zero-width spaces).
    pub notes: Vec<Said>,
    /// Who to credit: the datasets of the incidents kept (from each one's
    /// provenance, so a converted ACLED file still credits ACLED), or the
    /// format's when none was kept.
    #[serde(with = "crate::wire::attributions")]
    pub attributions: Vec<&'static str>,
}

/// How many examples each group keeps.
pub const EXAMPLES_PER_GROUP: usize = 3;

impl ImportReport {
    /// One line: "acled.csv: ACLED CSV export; 7,293 rows read: 7,293 kept, 0 merged, 0 rejected; 2 warnings".
    pub fn summary(&self, w: &crate::i18n::Words) -> String {
        use crate::i18n::arg;
        w.tf(
            "report-summary",
            &[
                ("file", arg(self.file.as_str())),
                ("format", arg(w.format(self.format))),
                ("rows", arg(self.rows)),
                ("kept", arg(self.kept)),
                ("merged", arg(self.merged)),
                ("rejected", arg(self.rejected.len())),
                ("warnings", arg(self.warnings.len())),
            ],
        )
    }

    /// Problems grouped by severity and column, largest groups first within
    /// each severity.
    pub fn groups(&self) -> Vec<ProblemGroup<'_>> {
        let mut map: BTreeMap<(Severity, String), Vec<&Problem>> = BTreeMap::new();
        for (severity, list) in [
            (Severity::Rejected, &self.rejected),
            (Severity::Warning, &self.warnings),
        ] {
            for p in list {
                map.entry((severity, p.field.clone().unwrap_or_default()))
                    .or_default()
                    .push(p);
            }
        }
        let mut groups: Vec<ProblemGroup<'_>> = map
            .into_iter()
            .map(|((severity, field), list)| ProblemGroup {
                severity,
                field,
                count: list.len(),
                examples: list.into_iter().take(EXAMPLES_PER_GROUP).collect(),
            })
            .collect();
        groups.sort_by(|a, b| (a.severity, b.count).cmp(&(b.severity, a.count)));
        groups
    }

    /// True when nothing was rejected or warned.
    pub fn is_clean(&self) -> bool {
        self.rejected.is_empty() && self.warnings.is_empty()
    }
}

/// A file read: its incidents and the report.
#[derive(Debug, Clone)]
pub struct Imported {
    pub incidents: Vec<Incident>,
    /// `indices[i]`: the row or feature index of `incidents[i]` in the file.
    pub indices: Vec<usize>,
    pub report: ImportReport,
}

/// Reads one file of any supported format. `Err` when the file cannot be
/// read at all (not a known format, not JSON, a required column missing, a
/// GeoJSON without dates, every feature of our format unparsable); otherwise
/// every problem is in the report and the valid rest is kept (possibly
/// nothing: the report says why).
pub fn import(file: &str, bytes: &[u8], ctx: &Context<'_>) -> Result<Imported> {
    let mut importer = Importer::new(file, bytes, *ctx)?;
    while !importer.step(usize::MAX)?.done {}
    Ok(importer.finish())
}

/// How far an import has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Progress {
    /// Bytes of the file read so far, and in all.
    pub bytes_read: u64,
    pub bytes_total: u64,
    /// Rows (or features) read so far.
    pub rows: usize,
    /// True when every row has been read; [`Importer::finish`] gives the result.
    pub done: bool,
}

/// The CSV reader of a format.
enum CsvFormat {
    Acled(acled::AcledReader),
    Ucdp(ucdp::UcdpReader),
}

/// What is left to read.
enum Stage {
    /// A CSV file read a slice of rows at a time.
    Csv {
        table: Box<table::TableReader>,
        reader: CsvFormat,
        /// `lines[i]`: the line data row `i` starts on.
        lines: Vec<u64>,
    },
    /// A GeoJSON file, read whole when opened.
    Read,
}

/// An import in progress: [`Importer::step`] reads a slice of rows (so a
/// page can show progress, stay responsive and cancel between slices) and
/// [`Importer::finish`] checks what was read and writes the report.
pub struct Importer<'a> {
    file: String,
    bytes_total: u64,
    ctx: Context<'a>,
    notes: Vec<Said>,
    format: Format,
    stage: Stage,
    outcome: ReadOutcome,
    rows: usize,
}

impl<'a> Importer<'a> {
    /// Decodes `bytes`, detects the format and reads a CSV header (or a
    /// GeoJSON file whole).
    pub fn new(file: &str, bytes: &[u8], ctx: Context<'a>) -> Result<Importer<'a>> {
        let (text, decoding) = table::decode(bytes);
        let mut notes = Vec::new();
        if decoding.bom {
            notes.push(said!("note-bom"));
        }
        if decoding.latin1 {
            notes.push(said!("note-latin1"));
        }
        if decoding.invalid_utf8 > 0 {
            notes.push(said!("note-invalid-utf8", count = decoding.invalid_utf8));
        }
        let bytes_total = bytes.len() as u64;
        let start = text.trim_start();
        if start.starts_with('{') || start.starts_with('[') {
            let features = crate::parse::raw_features(file, &text)?;
            let rows = features.len();
            // Ours when any feature has our two tell-tale properties (an empty
            // collection is read as ours: an empty dataset).
            let ours = features.is_empty() || features.iter().any(|f| is_ours(f));
            let (format, outcome) = if ours {
                (Format::Curated, read_curated(file, &features, &ctx)?)
            } else {
                let values = features
                    .iter()
                    .map(|f| serde_json::from_str(f.get()))
                    .collect::<std::result::Result<Vec<geojson::JsonValue>, _>>()
                    .map_err(|e| Error::Json {
                        file: file.to_owned(),
                        line: e.line(),
                        column: e.column(),
                        message: e.to_string(),
                    })?;
                (Format::PointGeojson, points::read(file, values)?)
            };
            return Ok(Importer {
                file: file.to_owned(),
                bytes_total,
                ctx,
                notes,
                format,
                stage: Stage::Read,
                outcome,
                rows,
            });
        }
        let table = table::TableReader::new(file, text)?;
        let (format, reader) = if acled::recognises(&table.header) {
            let r = acled::AcledReader::new(file, &table.header)?;
            (Format::AcledCsv(r.layout), CsvFormat::Acled(r))
        } else if ucdp::recognises(&table.header) {
            (
                Format::UcdpCsv,
                CsvFormat::Ucdp(ucdp::UcdpReader::new(file, &table.header)?),
            )
        } else {
            let first: Vec<&str> = table.header.iter().take(6).map(String::as_str).collect();
            return Err(Error::UnknownFormat {
                file: file.to_owned(),
                detail: said!("error-unknown-csv", columns = first.join(", ")),
            });
        };
        Ok(Importer {
            file: file.to_owned(),
            bytes_total,
            ctx,
            notes,
            format,
            stage: Stage::Csv {
                table: Box::new(table),
                reader,
                lines: Vec::new(),
            },
            outcome: ReadOutcome::default(),
            rows: 0,
        })
    }

    /// The format detected.
    pub fn format(&self) -> Format {
        self.format
    }

    /// Reads up to `max_rows` more rows.
    pub fn step(&mut self, max_rows: usize) -> Result<Progress> {
        let done = match &mut self.stage {
            Stage::Read => true,
            Stage::Csv {
                table,
                reader,
                lines,
            } => {
                for row in table.next_rows(&self.file, max_rows)? {
                    lines.push(row.line);
                    self.rows += 1;
                    match reader {
                        CsvFormat::Acled(r) => r.push(&row, &mut self.outcome),
                        CsvFormat::Ucdp(r) => r.push(&row, &mut self.outcome),
                    }
                }
                table.is_done()
            }
        };
        let bytes_read = match &self.stage {
            Stage::Csv { table, .. } if !done => table.bytes_read(),
            _ => self.bytes_total,
        };
        Ok(Progress {
            bytes_read,
            bytes_total: self.bytes_total,
            rows: self.rows,
            done,
        })
    }

    /// Checks what was read (the basemap's extent), and writes the report.
    /// Call after [`Importer::step`] said `done`.
    pub fn finish(self) -> Imported {
        let Importer {
            file,
            bytes_total,
            ctx,
            mut notes,
            format,
            stage,
            outcome,
            mut rows,
        } = self;
        let ReadOutcome {
            mut incidents,
            mut indices,
            mut rejected,
            mut warnings,
            merged,
            zero_width,
            countries,
        } = outcome;
        let mut lines = None;
        if let Stage::Csv {
            table, lines: l, ..
        } = stage
        {
            if let Some(line) = table.hxl_line {
                notes.push(said!("note-hxl", line = line.to_string()));
            }
            if table.ragged_rows > 0 {
                notes.push(if table.ragged_nonempty == 0 {
                    said!("note-ragged-empty", count = table.ragged_rows)
                } else {
                    said!(
                        "note-ragged",
                        count = table.ragged_rows,
                        nonempty = table.ragged_nonempty
                    )
                });
            }
            // A value whose quote never closes swallowed the rest of the
            // file: that row is rejected, naming the lines not read.
            if let Some((from, to)) = table.unclosed_quote {
                rejected.push(Problem::at_line(
                    &file,
                    rows,
                    from,
                    None,
                    None,
                    said!(
                        "p-unclosed-quote",
                        from = from.to_string(),
                        to = to.to_string()
                    ),
                ));
                rows += 1;
            }
            lines = Some(l);
        }
        if zero_width > 0 {
            notes.push(said!("note-zero-width", count = zero_width));
        }
        let at_line = |p: &mut Problem| {
            if let Some(lines) = &lines {
                p.line = lines.get(p.index).copied();
            }
        };
        let mut stripped = strip_control_characters(&file, &mut incidents, &indices);
        stripped.iter_mut().for_each(at_line);
        warnings.extend(stripped);
        if let Some(map) = ctx.basemap {
            let checked = check_points(&file, &incidents, &indices, &countries, map);
            let mut refused = vec![false; incidents.len()];
            for (n, mut p) in checked.rejected {
                at_line(&mut p);
                if let Some(r) = refused.get_mut(n) {
                    *r = true;
                }
                rejected.push(p);
            }
            let mut keep = refused.iter().map(|r| !r);
            incidents.retain(|_| keep.next().unwrap_or(true));
            let mut keep = refused.iter().map(|r| !r);
            indices.retain(|_| keep.next().unwrap_or(true));
            warnings.extend(checked.warnings.into_iter().map(|mut p| {
                at_line(&mut p);
                p
            }));
        }
        let mut attributions = crate::provenance::attributions_of(&incidents);
        if attributions.is_empty() {
            attributions.push(format.attribution());
        }
        let report = ImportReport {
            attributions,
            file,
            format,
            bytes: bytes_total as usize,
            rows,
            kept: incidents.len(),
            merged,
            rejected,
            warnings,
            notes,
        };
        Imported {
            incidents,
            indices,
            report,
        }
    }
}

/// The properties that tell our format apart, looked at without building
/// the feature.
#[derive(serde::Deserialize)]
struct Probe<'a> {
    #[serde(default, borrow)]
    properties: Option<&'a serde_json::value::RawValue>,
}

#[derive(serde::Deserialize)]
struct ProbeProperties {
    #[serde(default)]
    date_precision: Present,
    #[serde(default)]
    killed: Present,
}

/// True when a feature has our two tell-tale properties.
fn is_ours(feature: &serde_json::value::RawValue) -> bool {
    serde_json::from_str::<Probe<'_>>(feature.get())
        .ok()
        .and_then(|p| p.properties)
        .filter(|p| crate::parse::is_object(p))
        .and_then(|p| serde_json::from_str::<ProbeProperties>(p.get()).ok())
        .is_some_and(|p| p.date_precision.0 && p.killed.0)
}

/// Our format: parse, then the curated checks (places, regions) when the
/// gazetteer and basemap are given.
fn read_curated(
    file: &str,
    features: &[&serde_json::value::RawValue],
    ctx: &Context<'_>,
) -> Result<ReadOutcome> {
    let parsed = curated::parse_incident_raw(file, features)?;
    let needs_gazetteer = parsed.items.iter().any(|i| i.provenance.is_curated());
    let empty = Gazetteer::new(vec![]);
    let gazetteer = match ctx.gazetteer {
        Some(g) => g,
        None if needs_gazetteer => {
            return Err(Error::NeedsGazetteer {
                file: file.to_owned(),
            })
        }
        None => &empty,
    };
    let validated = validate_incidents(
        file,
        parsed.items,
        &parsed.indices,
        &parsed.rejected,
        gazetteer,
    );
    let mut rejected = parsed.rejected;
    rejected.extend(validated.rejected);
    let (incidents, indices) = (validated.incidents, validated.indices);
    let mut warnings = validated.warnings;
    // A point outside the region its `admin1` names is reported and kept:
    // the map shows it where it is, and `sahel-data check` fails on it.
    if let Some(map) = ctx.basemap {
        warnings.extend(check_regions(file, &incidents, &indices, map));
        warnings.sort_by_key(|p| p.index);
    }
    rejected.sort_by_key(|p| p.index);
    Ok(ReadOutcome {
        incidents,
        indices,
        rejected,
        warnings,
        merged: 0,
        zero_width: 0,
        countries: vec![],
    })
}

/// What an export was cut from: the dates shown, the filters, and the link
/// that shows the same selection. The GeoJSON carries it as a `selection`
/// member; the CSV as the `selection` column of every row (so exports joined
/// in one spreadsheet still say where each row came from).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Scope {
    /// First day shown (inclusive).
    pub from: Option<chrono::NaiveDate>,
    /// Last day shown (inclusive).
    pub to: Option<chrono::NaiveDate>,
    /// The filters in words ([`crate::filters::Filters::describe`]); empty
    /// when nothing is filtered.
    pub filters: String,
    /// The app's address of the same screen, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// The language of the description (the page's).
    #[serde(skip)]
    pub lang: crate::i18n::Lang,
}

impl Scope {
    /// In words, e.g. "dates 2022-01-01 to 2022-12-31; filters: actor JNIM".
    pub fn describe(&self) -> String {
        use crate::i18n::arg;
        let w = crate::i18n::words(self.lang);
        let dates = match (self.from, self.to) {
            (Some(a), Some(z)) => w.tf(
                "scope-dates",
                &[("from", arg(a.to_string())), ("to", arg(z.to_string()))],
            ),
            _ => w.t("scope-all-dates"),
        };
        match self.filters.as_str() {
            "" => w.tf("scope-no-filter", &[("dates", arg(dates))]),
            f => w.tf(
                "scope-filters",
                &[("dates", arg(dates)), ("filters", arg(f))],
            ),
        }
    }
}

/// Writes incidents in our format (lossless: provenance, totals and
/// estimates included), with the selection they were cut from.
pub fn export_geojson(incidents: &[Incident], scope: Option<&Scope>) -> String {
    formats::curated::write_incidents_in(incidents, scope)
}

/// Writes incidents as CSV, one row each, with their dataset, attribution
/// and the selection they were cut from.
pub fn export_csv(incidents: &[Incident], scope: Option<&Scope>) -> String {
    formats::csv_export::write_csv(incidents, scope)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_csv_names_its_first_columns() {
        let err = import("x.csv", b"name,when\nA,B\n", &Context::default()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.csv: not a format this app reads: the CSV header (first columns: name, when) is neither ACLED's (event_id_cnty, event_date, ...) nor UCDP GED's (id, relid, side_a, date_start, ...)"
        );
    }

    #[test]
    fn a_bom_and_latin1_are_said_in_the_notes() {
        let csv = b"\xEF\xBB\xBFevent_id_cnty,event_date,event_type,actor1,location,latitude,longitude,fatalities,notes\nX,2022-07-27,Battles,A,Segou,13.4,-6.2,1,ok\n";
        let r = import("a.csv", csv, &Context::default()).unwrap().report;
        assert_eq!(
            r.notes[0].to_string(),
            "the file starts with a UTF-8 byte-order mark; it was removed"
        );
        assert_eq!(
            crate::i18n::words(crate::i18n::Lang::Fr).say(&r.notes[0]),
            "le fichier commence par une marque d'ordre des octets UTF-8\u{202f}; elle a été retirée"
        );
        assert_eq!((r.rows, r.kept), (1, 1));
        let latin = b"event_id_cnty,event_date,event_type,actor1,location,latitude,longitude,fatalities\nX,2022-07-27,Battles,A,S\xe9gou,13.4,-6.2,1\n";
        let imported = import("b.csv", latin, &Context::default()).unwrap();
        assert!(imported.report.notes[0].to_string().contains("not UTF-8"));
        assert_eq!(imported.incidents[0].place_name, "Ségou");
    }

    #[test]
    fn groups_count_problems_by_column_and_keep_three_examples() {
        let mut rows = String::from(
            "event_id_cnty,event_date,event_type,actor1,actor2,location,latitude,longitude,geo_precision,fatalities\n",
        );
        for i in 0..5 {
            rows.push_str(&format!("X{i},someday,Battles,A,B,P,13,-6,1,1\n"));
        }
        rows.push_str(
            "Y,2022-07-27,Battles,A,B,P,13,-6,1,many\nZ,2022-07-27,Battles,A,B,P,13,-6,1,1\n",
        );
        let r = import("g.csv", rows.as_bytes(), &Context::default())
            .unwrap()
            .report;
        assert_eq!((r.rows, r.kept, r.rejected.len()), (7, 1, 6));
        let g = r.groups();
        assert_eq!(g[0].field, "event_date");
        assert_eq!((g[0].count, g[0].examples.len()), (5, 3));
        assert_eq!(g[1].field, "fatalities");
        assert_eq!(
            r.summary(crate::i18n::words(crate::i18n::Lang::En)),
            "g.csv: ACLED CSV export; 7 rows read: 1 kept, 0 merged, 6 rejected; 0 warnings"
        );
        // The same report in French: the summary and each problem.
        let fr = crate::i18n::words(crate::i18n::Lang::Fr);
        assert_eq!(
            r.summary(fr),
            "g.csv\u{202f}: export CSV d'ACLED\u{202f}; 7 lignes lues\u{202f}: 1 gardée, 0 fusionnée, 6 rejetées\u{202f}; 0 avertissement"
        );
        assert_eq!(
            fr.problem(g[0].examples[0]),
            "g.csv, ligne 2 (id «\u{202f}X0\u{202f}»), colonne `event_date`\u{202f}: «\u{202f}someday\u{202f}» n'est pas une date (attendu\u{202f}: 2022-07-27 ou 27 July 2022)"
        );
    }
}
