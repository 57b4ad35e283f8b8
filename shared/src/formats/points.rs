//! Point GeoJSON in layouts other than ours: each feature a Point whose
//! properties name at least a date (`date`, `event_date` or `date_start`).
//! A file whose features carry no date at all is refused: events cannot be
//! placed in time, and a date is never invented.

use std::collections::BTreeSet;

use geojson::JsonValue;

use crate::formats::{parse_date, ReadOutcome};
use crate::incident::{Casualties, DatePrecision, DeathEstimates, Incident, LocationPrecision};
use crate::provenance::Provenance;
use crate::{said, Error, Problem, Result, Said};

const DATE: &[&str] = &["date", "event_date", "date_start"];
const ID: &[&str] = &["id", "event_id", "event_id_cnty"];
const PLACE: &[&str] = &[
    "location",
    "place_name",
    "place",
    "name",
    "where_coordinates",
];
const TOTAL: &[&str] = &["fatalities", "deaths", "killed"];

/// The first of `names` present (and not null) in `props`, with its name.
fn first<'a>(
    props: &'a geojson::JsonObject,
    names: &'static [&'static str],
) -> Option<(&'static str, &'a JsonValue)> {
    names
        .iter()
        .find_map(|&n| props.get(n).filter(|v| !v.is_null()).map(|v| (n, v)))
}

fn text(v: &JsonValue) -> String {
    match v {
        JsonValue::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A property's text, `None` when absent or null (never the word "null").
fn prop(props: &geojson::JsonObject, name: &str) -> Option<String> {
    props.get(name).filter(|v| !v.is_null()).map(text)
}

/// A count of people from a JSON number (integral floats such as `15.0` are
/// accepted, as PRIO's file writes them).
fn count(v: &JsonValue) -> Option<u32> {
    let f = v.as_f64()?;
    (f >= 0.0 && f.fract() == 0.0 && f <= f64::from(u32::MAX)).then_some(f as u32)
}

/// Reads the features of a point GeoJSON file.
pub fn read(file: &str, features: Vec<JsonValue>) -> Result<ReadOutcome> {
    let has_date = features.iter().any(|f| {
        f.get("properties")
            .and_then(JsonValue::as_object)
            .is_some_and(|p| first(p, DATE).is_some())
    });
    if !has_date {
        let names: BTreeSet<String> = features
            .iter()
            .filter_map(|f| f.get("properties").and_then(JsonValue::as_object))
            .flat_map(|p| p.keys().cloned())
            .collect();
        let found = if names.is_empty() {
            "—".to_owned()
        } else {
            names.into_iter().collect::<Vec<_>>().join(", ")
        };
        return Err(Error::MissingField {
            file: file.to_owned(),
            detail: said!(
                "error-no-dates",
                count = features.len(),
                names = DATE.join(", "),
                found = found
            ),
        });
    }
    let mut out = ReadOutcome::default();
    let mut seen = std::collections::HashSet::new();
    for (index, value) in features.into_iter().enumerate() {
        let props = value
            .get("properties")
            .and_then(JsonValue::as_object)
            .cloned()
            .unwrap_or_default();
        // The file's own id, if it has one; otherwise one is made from the
        // feature's index (and not passed off as the file's).
        let own_id = first(&props, ID)
            .map(|(_, v)| text(v))
            .or_else(|| value.get("id").filter(|v| !v.is_null()).map(text));
        let id = own_id.clone().unwrap_or_else(|| format!("feature-{index}"));
        let problem =
            |field: &str, msg: Said| Problem::new(file, index, Some(&id), Some(field), msg);
        let location = match crate::parse::point_of_value(&value) {
            Some(p) => p,
            None => {
                out.rejected
                    .push(problem("geometry", said!("p-expected-point")));
                continue;
            }
        };
        let date = match first(&props, DATE) {
            Some((name, v)) => match parse_date(&text(v)) {
                Some(d) => d,
                None => {
                    out.rejected.push(problem(
                        name,
                        said!("p-value-not-a-date", value = v.to_string()),
                    ));
                    continue;
                }
            },
            None => {
                out.rejected.push(problem(
                    "date",
                    said!("p-missing-looked-for", names = DATE.join(", ")),
                ));
                continue;
            }
        };
        if !seen.insert(id.clone()) {
            out.rejected
                .push(problem("id", said!("p-duplicate-id", id = &id)));
            continue;
        }
        let date_end = match props.get("date_end").filter(|v| !v.is_null()) {
            Some(v) => match parse_date(&text(v)) {
                Some(d) if d >= date => Some(d).filter(|d| *d != date),
                _ => {
                    out.rejected.push(problem(
                        "date_end",
                        said!(
                            "p-not-after",
                            value = v.to_string(),
                            date = date.to_string()
                        ),
                    ));
                    continue;
                }
            },
            None => None,
        };
        let estimates = match (props.get("low"), props.get("best"), props.get("high")) {
            (Some(l), Some(b), Some(h)) => match (count(l), count(b), count(h)) {
                (Some(low), Some(best), Some(high)) => Some(DeathEstimates { low, best, high }),
                _ => {
                    out.rejected.push(problem(
                        "best",
                        said!(
                            "p-estimates-not-counts",
                            low = l.to_string(),
                            best = b.to_string(),
                            high = h.to_string()
                        ),
                    ));
                    continue;
                }
            },
            _ => None,
        };
        let total = match first(&props, TOTAL).or_else(|| {
            // A best estimate alone is the file's figure of people killed.
            (estimates.is_none())
                .then(|| {
                    props
                        .get("best")
                        .filter(|v| !v.is_null())
                        .map(|v| ("best", v))
                })
                .flatten()
        }) {
            Some((name, v)) => match count(v) {
                Some(n) => Some(n),
                None => {
                    out.rejected.push(problem(
                        name,
                        said!("p-value-not-a-count", value = v.to_string()),
                    ));
                    continue;
                }
            },
            None => None,
        };
        out.indices.push(index);
        out.incidents.push(Incident {
            id: id.clone(),
            provenance: Provenance::Geojson { feature_id: own_id },
            date,
            date_end,
            date_precision: DatePrecision::Day,
            time_of_day: None,
            place_id: None,
            place_name: first(&props, PLACE)
                .map(|(_, v)| text(v))
                .unwrap_or_default(),
            admin1: prop(&props, "admin1").unwrap_or_default(),
            admin2: prop(&props, "admin2"),
            location,
            location_precision: LocationPrecision::Near,
            location_radius_km: None,
            event_type: None,
            sub_event_type: None,
            ucdp_violence: None,
            actor1: prop(&props, "actor1").unwrap_or_default(),
            actor1_associates: vec![],
            attributed_by: None,
            actor2: prop(&props, "actor2").unwrap_or_default(),
            actor2_associates: vec![],
            casualties: Casualties {
                killed_reported_total: total,
                estimates,
                ..Casualties::default()
            },
            arrested: None,
            figures_source: None,
            coordinated_with: vec![],
            alternative_figures: vec![],
            dataset_records: vec![],
            figure_wordings: vec![],
            sources: vec![],
            notes: prop(&props, "notes").unwrap_or_default(),
            french: None,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(text: &str) -> Vec<JsonValue> {
        let v: JsonValue = serde_json::from_str(text).unwrap();
        v["features"].as_array().unwrap().clone()
    }

    #[test]
    fn a_file_without_dates_is_refused_naming_the_missing_field() {
        let f = features(
            r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[-4.0,14.5]},"properties":{"best":15.0,"low":15.0,"high":15.0}}]}"#,
        );
        let err = read("p.geojson", f).unwrap_err();
        assert_eq!(
            err.to_string(),
            "p.geojson: none of the 1 features has a date (looked for the properties date, event_date, date_start); events cannot be placed in time, so nothing was loaded. Properties found: best, high, low"
        );
    }

    #[test]
    fn nulls_made_up_ids_and_a_best_estimate_alone() {
        let f = features(
            r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[-4.0,14.5]},"properties":{"date":"2022-07-24","best":3.0,"admin1":null,"actor1":null}}]}"#,
        );
        let out = read("p.geojson", f).unwrap();
        let i = &out.incidents[0];
        assert_eq!(i.id, "feature-0");
        assert_eq!(i.provenance, Provenance::Geojson { feature_id: None });
        assert_eq!((i.admin1.as_str(), i.actor1.as_str()), ("", ""));
        assert_eq!(i.killed_total(), Some(3));
    }

    #[test]
    fn dated_points_are_read_with_float_counts() {
        let f = features(
            r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[-4.0,14.5]},"properties":{"id":"e1","date":"2022-07-24","best":1.0,"low":0.0,"high":2.0,"location":"Sévaré"}},{"type":"Feature","geometry":{"type":"Point","coordinates":[-4.0,14.5]},"properties":{"id":"e2","date":"someday"}}]}"#,
        );
        let out = read("p.geojson", f).unwrap();
        assert_eq!(out.incidents.len(), 1);
        assert_eq!(out.incidents[0].killed_total(), Some(1));
        assert_eq!(
            out.incidents[0].admin1, "",
            "a missing property is empty, not \"null\""
        );
        assert_eq!(
            out.rejected[0].to_string(),
            "p.geojson, feature 1 (id \"e2\"), field `date`: \"someday\" is not a date"
        );
    }
}
