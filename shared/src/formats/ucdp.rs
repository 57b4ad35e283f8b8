//! UCDP GED CSV files: the bulk `GEDEvent_vXX_1.csv` layout (`best`, `low`,
//! `high`) and the per-country export layout (`best_est`, `low_est`,
//! `high_est`, US dates with a time, a trailing comma on every row).

use crate::category::UcdpViolence;
use crate::formats::table::{Column, Columns, Row, Table};
use crate::formats::{parse_date_month_first, ReadOutcome};
use crate::incident::{
    Casualties, DatePrecision, DeathEstimates, Incident, LocationPrecision, PartyDeaths, SideCounts,
};
use crate::provenance::Provenance;
use crate::{said, LonLat, Problem, Result, Said};

const ID: usize = 0;
const RELID: usize = 1;
const VIOLENCE: usize = 2;
const SIDE_A: usize = 3;
const SIDE_B: usize = 4;
const SOURCES: usize = 5;
const WHERE_PREC: usize = 6;
const WHERE_NAME: usize = 7;
const WHERE_DESCRIPTION: usize = 8;
const ADM1: usize = 9;
const ADM2: usize = 10;
const LATITUDE: usize = 11;
const LONGITUDE: usize = 12;
const DATE_PREC: usize = 13;
const DATE_START: usize = 14;
const DATE_END: usize = 15;
const DEATHS_A: usize = 16;
const DEATHS_B: usize = 17;
const DEATHS_CIVILIANS: usize = 18;
const DEATHS_UNKNOWN: usize = 19;
const BEST: usize = 20;
const HIGH: usize = 21;
const LOW: usize = 22;
const COUNTRY: usize = 23;

/// The columns read, by header name, with the aliases of the export layout.
pub const COLUMNS: [Column; 24] = [
    Column::new("id", &["id"], true),
    Column::new("relid", &["relid"], false),
    Column::new("type_of_violence", &["type_of_violence"], true),
    Column::new("side_a", &["side_a"], true),
    Column::new("side_b", &["side_b"], true),
    Column::new("source_article", &["source_article"], false),
    Column::new("where_prec", &["where_prec"], false),
    Column::new("where_coordinates", &["where_coordinates"], false),
    Column::new("where_description", &["where_description"], false),
    Column::new("adm_1", &["adm_1"], false),
    Column::new("adm_2", &["adm_2"], false),
    Column::new("latitude", &["latitude"], true),
    Column::new("longitude", &["longitude"], true),
    Column::new("date_prec", &["date_prec"], false),
    Column::new("date_start", &["date_start"], true),
    Column::new("date_end", &["date_end"], true),
    Column::new("deaths_a", &["deaths_a"], true),
    Column::new("deaths_b", &["deaths_b"], true),
    Column::new("deaths_civilians", &["deaths_civilians"], true),
    Column::new("deaths_unknown", &["deaths_unknown"], true),
    Column::new("best", &["best", "best_est"], true),
    Column::new("high", &["high", "high_est"], true),
    Column::new("low", &["low", "low_est"], true),
    Column::new("country", &["country"], false),
];

/// True when a header is UCDP GED's.
pub fn recognises(header: &[String]) -> bool {
    let has = |name: &str| header.iter().any(|h| h == name);
    has("relid") || (has("side_a") && has("date_start") && has("type_of_violence"))
}

/// UCDP's `date_prec`: 1 the day, 2 within 2–6 days, 3 the week, 4 the month,
/// 5 longer.
fn date_precision(code: &str) -> Option<DatePrecision> {
    match code {
        "1" => Some(DatePrecision::Day),
        "2" => Some(DatePrecision::Days),
        "3" => Some(DatePrecision::Week),
        "4" => Some(DatePrecision::Month),
        "5" => Some(DatePrecision::Longer),
        _ => None,
    }
}

/// UCDP's `where_prec`: 1 the place itself, 2 a limited area around it, 3 the
/// centroid of an ADM2, 4 of an ADM1, 5 a wider area or a line, 6 the country,
/// 7 international waters or airspace.
fn location_precision(code: &str) -> Option<LocationPrecision> {
    match code {
        "1" => Some(LocationPrecision::Exact),
        "2" => Some(LocationPrecision::Near),
        "3" => Some(LocationPrecision::Admin2),
        "4" => Some(LocationPrecision::Admin1),
        "5" => Some(LocationPrecision::Area),
        "6" | "7" => Some(LocationPrecision::Country),
        _ => None,
    }
}

/// Reads UCDP GED rows one at a time (so a large file can be read in slices).
pub struct UcdpReader {
    file: String,
    cols: Columns,
    /// Kept events' ids and the line of their row.
    seen: std::collections::HashMap<String, u64>,
}

impl UcdpReader {
    /// Finds the columns in `header`; a missing required one is an error.
    pub fn new(file: &str, header: &[String]) -> Result<UcdpReader> {
        Ok(UcdpReader {
            file: file.to_owned(),
            cols: Columns::find(file, "UCDP GED", header, &COLUMNS)?,
            seen: std::collections::HashMap::new(),
        })
    }

    /// Reads one row into `out`: an incident or a rejection.
    pub fn push(&mut self, row: &Row, out: &mut ReadOutcome) {
        let (file, cols) = (self.file.as_str(), &self.cols);
        let seen = &mut self.seen;
        let mut zero_width = 0;
        let mut get = |i: usize| {
            let (v, z) = cols.get(&row.values, i);
            zero_width += z;
            v
        };
        let id = get(ID);
        let problem = |column: &str, msg: Said| {
            Problem::at_line(file, row.index, row.line, Some(&id), Some(column), msg)
        };
        let fields = (|| {
            if id.is_empty() {
                return Err(problem("id", said!("p-empty-event-id")));
            }
            if let Some(first) = seen.get(&id) {
                return Err(problem(
                    "id",
                    said!("p-duplicate-event", id = &id, line = first.to_string()),
                ));
            }
            let date = |column: &str, i: usize, get: &mut dyn FnMut(usize) -> String| {
                let text = get(i);
                parse_date_month_first(&text)
                    .ok_or_else(|| problem(column, said!("p-not-a-date-ucdp", value = &text)))
            };
            let start = date("date_start", DATE_START, &mut get)?;
            let end = date("date_end", DATE_END, &mut get)?;
            if end < start {
                return Err(problem(
                    "date_end",
                    said!(
                        "p-end-before-start",
                        end = end.to_string(),
                        start = start.to_string()
                    ),
                ));
            }
            let tv = get(VIOLENCE);
            let violence = tv
                .parse::<u8>()
                .ok()
                .and_then(UcdpViolence::from_code)
                .ok_or_else(|| problem("type_of_violence", said!("p-not-1-2-3", value = &tv)))?;
            let number = |column: &str, i: usize, get: &mut dyn FnMut(usize) -> String| {
                let text = get(i);
                text.parse::<f64>()
                    .ok()
                    .filter(|v| v.is_finite())
                    .ok_or_else(|| problem(column, said!("p-not-a-number", value = &text)))
            };
            let lat = number("latitude", LATITUDE, &mut get)?;
            let lon = number("longitude", LONGITUDE, &mut get)?;
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                return Err(problem(
                    "latitude",
                    said!(
                        "p-not-lat-lon",
                        lat = lat.to_string(),
                        lon = lon.to_string()
                    ),
                ));
            }
            let count = |column: &str, i: usize, get: &mut dyn FnMut(usize) -> String| {
                let text = get(i);
                text.parse::<u32>()
                    .map_err(|_| problem(column, said!("p-not-a-count", value = &text)))
            };
            let deaths = [
                count("deaths_a", DEATHS_A, &mut get)?,
                count("deaths_b", DEATHS_B, &mut get)?,
                count("deaths_civilians", DEATHS_CIVILIANS, &mut get)?,
                count("deaths_unknown", DEATHS_UNKNOWN, &mut get)?,
            ];
            let estimates = DeathEstimates {
                best: count("best", BEST, &mut get)?,
                high: count("high", HIGH, &mut get)?,
                low: count("low", LOW, &mut get)?,
            };
            Ok((
                start,
                end,
                violence,
                LonLat::from_lon_lat(lon, lat),
                deaths,
                estimates,
            ))
        })();
        let (start, end, violence, location, deaths, estimates) = match fields {
            Ok(f) => f,
            Err(p) => {
                out.rejected.push(p);
                return;
            }
        };
        let [deaths_a, deaths_b, civilians, unknown] = deaths;
        let sum = deaths.iter().map(|&d| u64::from(d)).sum::<u64>();
        if sum != u64::from(estimates.best) {
            out.warnings.push(problem(
                "best",
                said!("p-best-sum", best = estimates.best, sum = sum),
            ));
        }
        if !(estimates.low <= estimates.best && estimates.best <= estimates.high) {
            let column = if estimates.best > estimates.high {
                "high"
            } else {
                "low"
            };
            out.warnings.push(problem(
                column,
                said!(
                    "p-estimates-order",
                    low = estimates.low,
                    best = estimates.best,
                    high = estimates.high
                ),
            ));
        }
        let dp = get(DATE_PREC);
        let date_precision = date_precision(&dp).unwrap_or_else(|| {
            if cols.has(DATE_PREC) {
                out.warnings
                    .push(problem("date_prec", said!("p-date-prec", value = &dp)));
            }
            if start == end {
                DatePrecision::Day
            } else {
                DatePrecision::Days
            }
        });
        let wp = get(WHERE_PREC);
        let location_precision = location_precision(&wp).unwrap_or_else(|| {
            if cols.has(WHERE_PREC) {
                out.warnings
                    .push(problem("where_prec", said!("p-where-prec", value = &wp)));
            }
            LocationPrecision::Near
        });
        let side_a = get(SIDE_A);
        let side_b = get(SIDE_B);
        let description = get(WHERE_DESCRIPTION);
        let incident = Incident {
            id: id.clone(),
            provenance: Provenance::Ucdp {
                id: id.clone(),
                relid: get(RELID),
                sources: get(SOURCES),
            },
            date: start,
            date_end: Some(end).filter(|e| *e != start),
            date_precision,
            time_of_day: None,
            place_id: None,
            place_name: get(WHERE_NAME),
            admin1: get(ADM1),
            admin2: Some(get(ADM2)).filter(|s| !s.is_empty()),
            location,
            location_precision,
            location_radius_km: None,
            event_type: None,
            sub_event_type: None,
            ucdp_violence: Some(violence),
            actor1: side_a.clone(),
            actor1_associates: vec![],
            attributed_by: None,
            actor2: side_b.clone(),
            actor2_associates: vec![],
            casualties: Casualties {
                killed: SideCounts {
                    military: None,
                    civilian: Some(civilians),
                    assailants: None,
                    unknown: Some(unknown),
                },
                killed_by_party: vec![
                    PartyDeaths {
                        party: side_a,
                        killed: deaths_a,
                    },
                    PartyDeaths {
                        party: side_b,
                        killed: deaths_b,
                    },
                ],
                estimates: Some(estimates),
                ..Casualties::default()
            },
            arrested: None,
            figures_source: None,
            coordinated_with: vec![],
            alternative_figures: vec![],
            dataset_records: vec![],
            figure_wordings: vec![],
            sources: vec![],
            notes: if description.is_empty() {
                String::new()
            } else {
                format!("Where, as UCDP describes it: {description}")
            },
            french: None,
        };
        let country = get(COUNTRY);
        out.zero_width += zero_width;
        seen.insert(id, row.line);
        out.countries.push((!country.is_empty()).then_some(country));
        out.indices.push(row.index);
        out.incidents.push(incident);
    }
}

/// Reads a UCDP GED table into incidents, one per row.
pub fn read(file: &str, table: &Table) -> Result<ReadOutcome> {
    let mut reader = UcdpReader::new(file, &table.header)?;
    let mut out = ReadOutcome::default();
    for row in &table.rows {
        reader.push(row, &mut out);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::table;

    const HEADER: &str = "id,relid,type_of_violence,side_a,side_b,where_prec,where_coordinates,latitude,longitude,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best_est,high_est,low_est\n";

    #[test]
    fn an_export_row_with_us_dates_and_a_trailing_comma() {
        let text = format!(
            "{HEADER}443712,MLI-2022-1-15108-115,1,Government of Mali,JNIM,5,Sokolo commune,14.837134,-6.018147,1,07/27/2022 00:00:00,07/27/2022 00:00:00,6,30,0,0,36,54,36,\n"
        );
        let t = table::read("u.csv", &text).unwrap();
        let out = read("u.csv", &t).unwrap();
        assert!(
            out.rejected.is_empty() && out.warnings.is_empty(),
            "{:?}",
            out.rejected
        );
        let i = &out.incidents[0];
        assert_eq!(i.date.to_string(), "2022-07-27");
        assert_eq!(i.date_end, None);
        let e = i.casualties.estimates.unwrap();
        assert_eq!((e.low, e.best, e.high), (36, 36, 54));
        assert_eq!(i.killed_total(), Some(36));
        assert_eq!(i.casualties.killed_by_party[1].party, "JNIM");
        assert_eq!(i.location_precision, LocationPrecision::Area);
        assert_eq!(i.ucdp_violence, Some(UcdpViolence::StateBased));
    }

    #[test]
    fn a_bad_date_rejects_the_row_with_its_line() {
        let text = format!(
            "{HEADER}1,r,1,A,B,1,P,14,-6,1,13/27/2022 00:00:00,07/27/2022 00:00:00,0,0,0,0,0,0,0\n"
        );
        let t = table::read("u.csv", &text).unwrap();
        let out = read("u.csv", &t).unwrap();
        assert_eq!(
            out.rejected[0].to_string(),
            "u.csv, line 2 (id \"1\"), column `date_start`: \"13/27/2022 00:00:00\" is not a date (expected 2022-07-27 or 07/27/2022 00:00:00)"
        );
    }
}
