//! ACLED CSV exports, in the three layouts found in real files: the export
//! tool's dyadic layout (2023, with `disorder_type`), the older HDX layout
//! (with `data_id` and an HXL tag row) and the monadic layout (one row per
//! actor, no `actor2`: rows sharing an `event_id_cnty` are one event).

use std::collections::HashMap;

use crate::formats::table::{self, Column, Columns, Row, Table};
use crate::formats::{parse_date, ReadOutcome};
use crate::incident::{Casualties, DatePrecision, EventType, Incident, LocationPrecision};
use crate::provenance::Provenance;
use crate::{said, LonLat, Problem, Result, Said};

/// Which ACLED layout a header is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum AcledLayout {
    /// One row per event with `actor1` and `actor2` (the export tool, the API).
    Dyadic,
    /// One row per actor: the `actor2` columns are absent.
    Monadic,
}

// Indices into COLUMNS.
const ID: usize = 0;
const DATE: usize = 1;
const TIME_PRECISION: usize = 2;
const EVENT_TYPE: usize = 3;
const SUB_EVENT_TYPE: usize = 4;
const ACTOR1: usize = 5;
const ASSOC1: usize = 6;
const ACTOR2: usize = 7;
const ASSOC2: usize = 8;
const ADMIN1: usize = 9;
const ADMIN2: usize = 10;
const LOCATION: usize = 11;
const LATITUDE: usize = 12;
const LONGITUDE: usize = 13;
const GEO_PRECISION: usize = 14;
const SOURCE: usize = 15;
const SOURCE_SCALE: usize = 16;
const NOTES: usize = 17;
const FATALITIES: usize = 18;
const DISORDER_TYPE: usize = 19;
const CIVILIAN_TARGETING: usize = 20;
const INTER1: usize = 21;
const INTER2: usize = 22;
const COUNTRY: usize = 23;

/// The columns read, by header name (ACLED codebook names, lower case).
pub const COLUMNS: [Column; 24] = [
    Column::new("event_id_cnty", &["event_id_cnty"], true),
    Column::new("event_date", &["event_date"], true),
    Column::new("time_precision", &["time_precision"], false),
    Column::new("event_type", &["event_type"], true),
    Column::new("sub_event_type", &["sub_event_type"], false),
    Column::new("actor1", &["actor1"], true),
    Column::new("assoc_actor_1", &["assoc_actor_1"], false),
    Column::new("actor2", &["actor2"], false),
    Column::new("assoc_actor_2", &["assoc_actor_2"], false),
    Column::new("admin1", &["admin1"], false),
    Column::new("admin2", &["admin2"], false),
    Column::new("location", &["location"], true),
    Column::new("latitude", &["latitude"], true),
    Column::new("longitude", &["longitude"], true),
    Column::new("geo_precision", &["geo_precision"], false),
    Column::new("source", &["source"], false),
    Column::new("source_scale", &["source_scale"], false),
    Column::new("notes", &["notes"], false),
    Column::new("fatalities", &["fatalities"], true),
    Column::new("disorder_type", &["disorder_type"], false),
    Column::new("civilian_targeting", &["civilian_targeting"], false),
    Column::new("inter1", &["inter1"], false),
    Column::new("inter2", &["inter2"], false),
    Column::new("country", &["country"], false),
];

/// ACLED's `civilian_targeting`: "Civilian targeting" in exports of 2023,
/// "Civilians targeted" in the current codebook, empty when not; anything
/// else is `None`.
fn civilian_targeting(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "" => Some(false),
        "civilian targeting" | "civilians targeted" => Some(true),
        _ => None,
    }
}

/// True when a header is ACLED's (it has `event_id_cnty`).
pub fn recognises(header: &[String]) -> bool {
    header.iter().any(|h| h == "event_id_cnty")
}

/// ACLED's `time_precision`: 1 day, 2 week, 3 month.
fn date_precision(code: &str) -> Option<DatePrecision> {
    match code {
        "1" => Some(DatePrecision::Day),
        "2" => Some(DatePrecision::Week),
        "3" => Some(DatePrecision::Month),
        _ => None,
    }
}

/// ACLED's `geo_precision`: 1 the named place itself, 2 near it or part of a
/// region (the nearest town's point), 3 only a larger region (its capital's point).
fn location_precision(code: &str) -> Option<LocationPrecision> {
    match code {
        "1" => Some(LocationPrecision::Exact),
        "2" => Some(LocationPrecision::Near),
        "3" => Some(LocationPrecision::Admin1),
        _ => None,
    }
}

/// ACLED joins several actors in one cell with "; ".
fn split_actors(s: &str) -> Vec<String> {
    s.split(';')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Reads ACLED rows one at a time (so a large file can be read in slices),
/// merging monadic rows into their event.
pub struct AcledReader {
    file: String,
    cols: Columns,
    /// The layout the header shows.
    pub layout: AcledLayout,
    /// Each event's index in the outcome's incidents and the line of its first row.
    by_id: HashMap<String, (usize, u64)>,
}

impl AcledReader {
    /// Finds the columns in `header`; a missing required one is an error.
    pub fn new(file: &str, header: &[String]) -> Result<AcledReader> {
        let cols = Columns::find(file, "ACLED", header, &COLUMNS)?;
        let layout = if cols.has(ACTOR2) {
            AcledLayout::Dyadic
        } else {
            AcledLayout::Monadic
        };
        Ok(AcledReader {
            file: file.to_owned(),
            cols,
            layout,
            by_id: HashMap::new(),
        })
    }

    /// Reads one row into `out`: an incident, a merge, or a rejection.
    pub fn push(&mut self, row: &Row, out: &mut ReadOutcome) {
        let (file, cols, layout) = (self.file.as_str(), &self.cols, self.layout);
        let by_id = &mut self.by_id;
        let mut zero_width = 0;
        let mut get = |i: usize| {
            let (v, z) = cols.get(&row.values, i);
            zero_width += z;
            v
        };
        let id = get(ID);
        let reject = |column: &str, msg: Said| {
            Problem::at_line(file, row.index, row.line, Some(&id), Some(column), msg)
        };
        let fields = (|| {
            if id.is_empty() {
                return Err(reject("event_id_cnty", said!("p-empty-event-id")));
            }
            let date_text = get(DATE);
            let date = parse_date(&date_text).ok_or_else(|| {
                reject(
                    "event_date",
                    said!("p-not-a-date-acled", value = &date_text),
                )
            })?;
            let type_text = get(EVENT_TYPE);
            let event_type: EventType = serde_json::from_value(serde_json::Value::String(
                type_text.clone(),
            ))
            .map_err(|_| {
                reject(
                    "event_type",
                    said!("p-not-an-event-type", value = &type_text),
                )
            })?;
            let lat_text = get(LATITUDE);
            let lon_text = get(LONGITUDE);
            let lat: f64 = lat_text
                .parse()
                .map_err(|_| reject("latitude", said!("p-not-a-number", value = &lat_text)))?;
            let lon: f64 = lon_text
                .parse()
                .map_err(|_| reject("longitude", said!("p-not-a-number", value = &lon_text)))?;
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                return Err(reject(
                    "latitude",
                    said!(
                        "p-not-lat-lon",
                        lat = lat.to_string(),
                        lon = lon.to_string()
                    ),
                ));
            }
            let fat_text = get(FATALITIES);
            let fatalities: u32 = fat_text
                .parse()
                .map_err(|_| reject("fatalities", said!("p-not-a-count", value = &fat_text)))?;
            Ok((date, event_type, LonLat::from_lon_lat(lon, lat), fatalities))
        })();
        let (date, event_type, location, fatalities) = match fields {
            Ok(f) => f,
            Err(p) => {
                out.rejected.push(p);
                return;
            }
        };
        let warn = |column: &str, msg: Said| {
            Problem::at_line(file, row.index, row.line, Some(&id), Some(column), msg)
        };
        let reject_row = warn;
        let sub_event_type = Some(get(SUB_EVENT_TYPE)).filter(|s| !s.is_empty());
        if let Some(sub) = &sub_event_type {
            if !event_type.sub_event_types().contains(&sub.as_str()) {
                out.warnings.push(warn(
                    "sub_event_type",
                    said!("p-sub-event-kept", sub = sub, kind = event_type.label()),
                ));
            }
        }
        let tp = get(TIME_PRECISION);
        let date_precision = match date_precision(&tp) {
            Some(p) => p,
            None => {
                if cols.has(TIME_PRECISION) {
                    out.warnings.push(warn(
                        "time_precision",
                        said!("p-time-precision", value = &tp),
                    ));
                }
                DatePrecision::Day
            }
        };
        let gp = get(GEO_PRECISION);
        let location_precision = match location_precision(&gp) {
            Some(p) => p,
            None => {
                if cols.has(GEO_PRECISION) {
                    out.warnings
                        .push(warn("geo_precision", said!("p-geo-precision", value = &gp)));
                }
                LocationPrecision::Near
            }
        };
        let actor1 = get(ACTOR1);
        // The codebook's classifications: a value the codebook does not
        // have is named and left out (the event is kept).
        let mut inter = |column: usize, name: &str| -> Option<crate::actors::ActorType> {
            let text = get(column);
            crate::actors::ActorType::parse(&text).unwrap_or_else(|_| {
                out.warnings
                    .push(warn(name, said!("p-actor-type", value = &text)));
                None
            })
        };
        let row_inter1 = inter(INTER1, "inter1");
        let row_inter2 = inter(INTER2, "inter2");
        let (disorder_type, unknown) =
            crate::category::DisorderType::parse_list(&get(DISORDER_TYPE));
        for part in unknown {
            out.warnings.push(warn(
                "disorder_type",
                said!("p-disorder-type", value = &part),
            ));
        }
        let targeting_text = get(CIVILIAN_TARGETING);
        let civilians_targeted = if cols.has(CIVILIAN_TARGETING) {
            let t = civilian_targeting(&targeting_text);
            if t.is_none() {
                out.warnings.push(warn(
                    "civilian_targeting",
                    said!("p-civilian-targeting", value = &targeting_text),
                ));
            }
            t
        } else {
            None
        };
        let notes = get(NOTES);
        if table::looks_like_mojibake(&notes) {
            out.warnings.push(warn("notes", said!("p-mojibake")));
        }
        if let Some(&(first, first_line)) = by_id.get(&id) {
            match layout {
                AcledLayout::Monadic => {
                    // The same event again, seen from its other actor: that
                    // actor is `actor2` (even when it has the same name, a
                    // clash within one group), its associates `assoc_actor_2`.
                    out.merged += 1;
                    if let Some(event) = out.incidents.get_mut(first) {
                        let total = event.killed_total();
                        if event.date != date {
                            out.warnings.push(warn(
                                "event_date",
                                said!(
                                    "p-monadic-date",
                                    id = &id,
                                    date = date.to_string(),
                                    line = first_line.to_string(),
                                    first = event.date.to_string()
                                ),
                            ));
                        }
                        if total != Some(fatalities) {
                            out.warnings.push(warn(
                                "fatalities",
                                match total {
                                    Some(n) => said!(
                                        "p-monadic-killed",
                                        id = &id,
                                        killed = fatalities,
                                        line = first_line.to_string(),
                                        first = n
                                    ),
                                    None => said!(
                                        "p-monadic-killed-none",
                                        id = &id,
                                        killed = fatalities,
                                        line = first_line.to_string()
                                    ),
                                },
                            ));
                        }
                        if event.actor2.is_empty() {
                            event.actor2 = actor1;
                            event.actor2_associates = split_actors(&get(ASSOC1));
                            if let Provenance::Acled { inter2, .. } = &mut event.provenance {
                                *inter2 = row_inter1;
                            }
                        } else {
                            // A third row: its actor and associates join the target's.
                            event.actor2_associates.push(actor1);
                            event.actor2_associates.extend(split_actors(&get(ASSOC1)));
                        }
                    }
                }
                AcledLayout::Dyadic => out.rejected.push(reject_row(
                    "event_id_cnty",
                    said!("p-duplicate-event", id = &id, line = first_line.to_string()),
                )),
            }
            return;
        }
        let incident = Incident {
            id: id.clone(),
            provenance: Provenance::Acled {
                event_id_cnty: id.clone(),
                source: get(SOURCE),
                source_scale: get(SOURCE_SCALE),
                disorder_type,
                civilian_targeting: civilians_targeted,
                inter1: row_inter1,
                inter2: row_inter2,
            },
            date,
            date_end: None,
            date_precision,
            time_of_day: None,
            place_id: None,
            place_name: get(LOCATION),
            admin1: get(ADMIN1),
            admin2: Some(get(ADMIN2)).filter(|s| !s.is_empty()),
            location,
            location_precision,
            location_radius_km: None,
            event_type: Some(event_type),
            sub_event_type,
            ucdp_violence: None,
            actor1,
            actor1_associates: split_actors(&get(ASSOC1)),
            attributed_by: None,
            actor2: get(ACTOR2),
            actor2_associates: split_actors(&get(ASSOC2)),
            casualties: Casualties {
                killed_reported_total: Some(fatalities),
                ..Casualties::default()
            },
            arrested: None,
            figures_source: None,
            coordinated_with: vec![],
            alternative_figures: vec![],
            dataset_records: vec![],
            figure_wordings: vec![],
            sources: vec![],
            notes,
            french: None,
        };
        let country = get(COUNTRY);
        out.zero_width += zero_width;
        by_id.insert(id, (out.incidents.len(), row.line));
        out.countries.push((!country.is_empty()).then_some(country));
        out.indices.push(row.index);
        out.incidents.push(incident);
    }
}

/// Reads an ACLED table into incidents, one per `event_id_cnty`.
pub fn read(file: &str, table: &Table) -> Result<(AcledLayout, ReadOutcome)> {
    let mut reader = AcledReader::new(file, &table.header)?;
    let mut out = ReadOutcome::default();
    for row in &table.rows {
        reader.push(row, &mut out);
    }
    Ok((reader.layout, out))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,actor2,assoc_actor_2,admin1,admin2,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities\n";

    fn read_text(text: &str) -> (AcledLayout, ReadOutcome) {
        let t = table::read("a.csv", text).unwrap();
        read("a.csv", &t).unwrap()
    }

    #[test]
    fn a_dyadic_row_becomes_an_incident_with_acled_total() {
        let text = format!(
            "{HEADER}X1,\"27 July 2022\",2022,1,Battles,\"Armed clash\",A,\"B; C\",D,,Segou,Niono,Sokolo,14.7328,-6.1219,1,S,\"Local partner-Other\",\"n, with comma\",27\n"
        );
        let (layout, out) = read_text(&text);
        assert_eq!(layout, AcledLayout::Dyadic);
        assert!(out.rejected.is_empty() && out.warnings.is_empty());
        let i = &out.incidents[0];
        assert_eq!(i.id, "X1");
        assert_eq!(i.date.to_string(), "2022-07-27");
        assert_eq!(i.killed_total(), Some(27));
        assert_eq!(i.casualties.killed.total(), None, "no sides are invented");
        assert_eq!(i.actor1_associates, ["B", "C"]);
        assert_eq!(i.admin2.as_deref(), Some("Niono"));
        assert_eq!(i.notes, "n, with comma");
    }

    #[test]
    fn bad_values_reject_the_row_naming_line_column_and_value() {
        let text = format!(
            "{HEADER}X1,\"31 Juli 2022\",2022,1,Battles,,A,,D,,,,P,14,-6,1,,,,0\nX2,2022-07-01,2022,1,Battles,,A,,D,,,,P,14,-6,1,,,,\"a few\"\nX3,2022-07-01,2022,1,Battles,,A,,D,,,,P,14,-6,1,,,,2\n"
        );
        let (_, out) = read_text(&text);
        assert_eq!(out.incidents.len(), 1);
        let msgs: Vec<String> = out.rejected.iter().map(ToString::to_string).collect();
        assert_eq!(
            msgs,
            [
                "a.csv, line 2 (id \"X1\"), column `event_date`: \"31 Juli 2022\" is not a date (expected 2022-07-27 or 27 July 2022)",
                "a.csv, line 3 (id \"X2\"), column `fatalities`: \"a few\" is not a count of people",
            ]
        );
    }

    #[test]
    fn monadic_rows_merge_into_one_event_without_double_counting() {
        let header = "event_id_cnty,event_date,event_type,actor1,assoc_actor_1,location,latitude,longitude,geo_precision,fatalities\n";
        let text = format!(
            "{header}M1,2020-12-31,Battles,JNIM,,Sokolo,14.7,-6.1,1,5\nM1,2020-12-31,Battles,Military Forces of Mali,,Sokolo,14.7,-6.1,1,5\n"
        );
        let (layout, out) = read_text(&text);
        assert_eq!(layout, AcledLayout::Monadic);
        assert_eq!((out.incidents.len(), out.merged), (1, 1));
        let i = &out.incidents[0];
        assert_eq!(
            (i.actor1.as_str(), i.actor2.as_str()),
            ("JNIM", "Military Forces of Mali")
        );
        assert_eq!(i.killed_total(), Some(5));
    }
}
