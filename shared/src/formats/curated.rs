//! Our GeoJSON format (`data/incidents.geojson`): one record type that reads
//! and writes it, for our curated file and for any dataset converted to it.
//!
//! The curated file is strict: every incident without a `provenance` must
//! name its gazetteer place, its ACLED classification, who attributes the
//! attack, whose figures these are, its sources and notes. Imported datasets
//! written in this format carry a `provenance` and only what they have.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::category::UcdpViolence;
use crate::incident::{
    AlternativeFigures, Casualties, DatasetRecord, DatePrecision, DeathEstimates, EventType,
    FigureWording, Incident, LocationPrecision, PartyDeaths, SideCounts, Source,
};
use crate::parse::{
    is_object, message_without_position, nothing_valid, parse_feature_values, parse_value, point,
    properties, Parsed, Present,
};
use crate::provenance::Provenance;
use crate::{LonLat, Problem, Result};

/// The properties of one incident feature, as written in our format. Field
/// order is the file's order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentRecord {
    pub id: String,
    /// Absent for our curated incidents.
    #[serde(default, skip_serializing_if = "Provenance::is_curated")]
    pub provenance: Provenance,
    #[serde(deserialize_with = "crate::incident::deserialize_date")]
    pub date: NaiveDate,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_opt_date"
    )]
    pub date_end: Option<NaiveDate>,
    pub date_precision: DatePrecision,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_of_day: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_id: Option<String>,
    pub place_name: String,
    pub admin1: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin2: Option<String>,
    pub location_precision: LocationPrecision,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_km"
    )]
    pub location_radius_km: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<EventType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_event_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ucdp_type_of_violence: Option<UcdpViolence>,
    pub actor1: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actor1_associates: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributed_by: Option<String>,
    pub actor2: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actor2_associates: Vec<String>,
    pub killed: SideCounts,
    pub injured: SideCounts,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seriously_injured: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrested: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub killed_by_party: Vec<PartyDeaths>,
    /// People killed on all sides when the source gives only a total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub killed_total: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimates: Option<DeathEstimates>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figures_source: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coordinated_with: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternative_figures: Vec<AlternativeFigures>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figure_wordings: Vec<FigureWording>,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The same attack in ACLED or UCDP GED, by event id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dataset_records: Vec<DatasetRecord>,
    #[serde(default)]
    pub notes: String,
    /// Our text in French ([`crate::incident::French`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<crate::incident::French>,
}

/// Deserialises an optional `YYYY-MM-DD` date.
fn deserialize_opt_date<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<NaiveDate>, D::Error> {
    crate::incident::deserialize_date(d).map(Some)
}

/// Writes a whole number of km as an integer (`5`, not `5.0`), as people write it.
fn serialize_km<S: serde::Serializer>(
    km: &Option<f64>,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    match km {
        Some(v) if v.fract() == 0.0 && v.abs() < 1e15 => s.serialize_i64(*v as i64),
        Some(v) => s.serialize_f64(*v),
        None => s.serialize_none(),
    }
}

impl IncidentRecord {
    /// The fields our curated file requires (absent ones are named).
    fn missing_curated_field(&self) -> Option<&'static str> {
        let missing = [
            ("place_id", self.place_id.is_none()),
            ("event_type", self.event_type.is_none()),
            ("sub_event_type", self.sub_event_type.is_none()),
            ("attributed_by", self.attributed_by.is_none()),
            ("figures_source", self.figures_source.is_none()),
            ("notes", self.notes.trim().is_empty()),
        ];
        missing.into_iter().find(|(_, m)| *m).map(|(f, _)| f)
    }

    /// The incident at `location`.
    pub fn into_incident(self, location: LonLat) -> Incident {
        Incident {
            id: self.id,
            provenance: self.provenance,
            date: self.date,
            date_end: self.date_end,
            date_precision: self.date_precision,
            time_of_day: self.time_of_day,
            place_id: self.place_id,
            place_name: self.place_name,
            admin1: self.admin1,
            admin2: self.admin2,
            location,
            location_precision: self.location_precision,
            location_radius_km: self.location_radius_km,
            event_type: self.event_type,
            sub_event_type: self.sub_event_type,
            ucdp_violence: self.ucdp_type_of_violence,
            actor1: self.actor1,
            actor1_associates: self.actor1_associates,
            attributed_by: self.attributed_by,
            actor2: self.actor2,
            actor2_associates: self.actor2_associates,
            casualties: Casualties {
                killed: self.killed,
                injured: self.injured,
                seriously_injured: self.seriously_injured,
                killed_by_party: self.killed_by_party,
                killed_reported_total: self.killed_total,
                estimates: self.estimates,
            },
            arrested: self.arrested,
            figures_source: self.figures_source,
            coordinated_with: self.coordinated_with,
            alternative_figures: self.alternative_figures,
            figure_wordings: self.figure_wordings,
            sources: self.sources,
            dataset_records: self.dataset_records,
            notes: self.notes,
            french: self.fr.map(Box::new),
        }
    }

    /// The record of `inc` (its point is written as the feature's geometry).
    pub fn from_incident(inc: &Incident) -> IncidentRecord {
        let c = &inc.casualties;
        IncidentRecord {
            id: inc.id.clone(),
            provenance: inc.provenance.clone(),
            date: inc.date,
            date_end: inc.date_end,
            date_precision: inc.date_precision,
            time_of_day: inc.time_of_day.clone(),
            place_id: inc.place_id.clone(),
            place_name: inc.place_name.clone(),
            admin1: inc.admin1.clone(),
            admin2: inc.admin2.clone(),
            location_precision: inc.location_precision,
            location_radius_km: inc.location_radius_km,
            event_type: inc.event_type,
            sub_event_type: inc.sub_event_type.clone(),
            ucdp_type_of_violence: inc.ucdp_violence,
            actor1: inc.actor1.clone(),
            actor1_associates: inc.actor1_associates.clone(),
            attributed_by: inc.attributed_by.clone(),
            actor2: inc.actor2.clone(),
            actor2_associates: inc.actor2_associates.clone(),
            killed: c.killed,
            injured: c.injured,
            seriously_injured: c.seriously_injured,
            arrested: inc.arrested,
            killed_by_party: c.killed_by_party.clone(),
            killed_total: c.killed_reported_total,
            estimates: c.estimates,
            figures_source: inc.figures_source.clone(),
            coordinated_with: inc.coordinated_with.clone(),
            alternative_figures: inc.alternative_figures.clone(),
            figure_wordings: inc.figure_wordings.clone(),
            sources: inc.sources.clone(),
            dataset_records: inc.dataset_records.clone(),
            notes: inc.notes.clone(),
            fr: inc.french.as_deref().cloned(),
        }
    }
}

/// Parses a file in our format. `file` is the name used in messages.
pub fn parse_incidents(file: &str, text: &str) -> Result<Parsed<Incident>> {
    parse_incident_values(file, crate::parse::feature_values(file, text)?)
}

/// Parses the features of a file in our format, already read as JSON values
/// (the pipeline reads the JSON once, to detect the format and to parse it).
pub fn parse_incident_values(
    file: &str,
    features: Vec<geojson::JsonValue>,
) -> Result<Parsed<Incident>> {
    parse_feature_values(file, features, parse_one)
}

/// One feature read straight from its text (no JSON tree), in the shape
/// every valid feature of our format has. Anything else (another geometry,
/// a feature-level `id`, a type error) goes through the general path, which
/// gives the precise message.
#[derive(Deserialize)]
struct FastFeature<'a> {
    #[serde(rename = "type", borrow)]
    kind: std::borrow::Cow<'a, str>,
    #[serde(borrow)]
    geometry: &'a serde_json::value::RawValue,
    #[serde(borrow)]
    properties: &'a serde_json::value::RawValue,
    #[serde(default)]
    id: Present,
    #[serde(default)]
    bbox: Present,
}

#[derive(Deserialize)]
struct FastPoint<'a> {
    #[serde(rename = "type", borrow)]
    kind: std::borrow::Cow<'a, str>,
    coordinates: [f64; 2],
    #[serde(default)]
    bbox: Present,
}

/// The common case of [`parse_one`], straight from the feature's text:
/// `None` when the feature needs the general path (which gives the precise
/// message, or accepts what this shape does not cover: a feature-level `id`
/// or `bbox`, more than two coordinates).
fn parse_fast(
    file: &str,
    index: usize,
    raw: &serde_json::value::RawValue,
) -> Option<std::result::Result<Incident, Problem>> {
    if !is_object(raw) {
        return None;
    }
    let f: FastFeature<'_> = serde_json::from_str(raw.get()).ok()?;
    if f.kind != "Feature"
        || f.id.0
        || f.bbox.0
        || !is_object(f.geometry)
        || !is_object(f.properties)
    {
        return None;
    }
    let g: FastPoint<'_> = serde_json::from_str(f.geometry.get()).ok()?;
    let [lon, lat] = g.coordinates;
    if g.kind != "Point"
        || g.bbox.0
        || !(-180.0..=180.0).contains(&lon)
        || !(-90.0..=90.0).contains(&lat)
    {
        return None;
    }
    let record: IncidentRecord = serde_json::from_str(f.properties.get()).ok()?;
    Some(finish(file, index, record, LonLat::from_lon_lat(lon, lat)))
}

/// Checks a record read at `location` and makes it an incident.
fn finish(
    file: &str,
    index: usize,
    record: IncidentRecord,
    location: LonLat,
) -> std::result::Result<Incident, Problem> {
    if record.provenance.is_curated() {
        if let Some(field) = record.missing_curated_field() {
            return Err(Problem::new(
                file,
                index,
                Some(&record.id),
                Some(field),
                crate::said!("p-missing-curated-field", field = field),
            ));
        }
    }
    Ok(record.into_incident(location))
}

/// Parses one feature through the general path (a JSON value, then the
/// GeoJSON Feature, then the properties), with precise messages.
fn parse_one(
    file: &str,
    index: usize,
    feature: geojson::Feature,
    id: Option<&str>,
) -> std::result::Result<Incident, Problem> {
    let location = point(file, index, id, &feature)?;
    let record: IncidentRecord = properties(file, index, id, feature.properties)?;
    finish(file, index, record, location)
}

/// Parses the features of a file in our format given as raw JSON texts:
/// each valid feature is deserialised straight into its record; the others
/// go through the general path for their message. Same result as
/// [`parse_incident_values`].
pub fn parse_incident_raw(
    file: &str,
    features: &[&serde_json::value::RawValue],
) -> Result<Parsed<Incident>> {
    let mut items = Vec::with_capacity(features.len());
    let mut indices = Vec::with_capacity(features.len());
    let mut rejected = Vec::new();
    for (index, raw) in features.iter().enumerate() {
        let result = match parse_fast(file, index, raw) {
            Some(r) => r,
            None => match serde_json::from_str::<geojson::JsonValue>(raw.get()) {
                Ok(value) => parse_value(file, index, value, parse_one),
                // Valid JSON that serde_json will not build (nested too deep).
                Err(e) => Err(Problem::new(
                    file,
                    index,
                    None,
                    None,
                    crate::parse::serde_said(&message_without_position(&e)),
                )),
            },
        };
        match result {
            Ok(item) => {
                items.push(item);
                indices.push(index);
            }
            Err(p) => rejected.push(p),
        }
    }
    if items.is_empty() && !rejected.is_empty() {
        return Err(nothing_valid(file, features.len(), rejected));
    }
    Ok(Parsed {
        items,
        indices,
        rejected,
    })
}

/// One feature as written: geometry first, then properties.
#[derive(Serialize)]
struct FeatureOut<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    geometry: PointOut,
    properties: &'a IncidentRecord,
}

#[derive(Serialize)]
struct PointOut {
    #[serde(rename = "type")]
    kind: &'static str,
    coordinates: [f64; 2],
}

#[derive(Serialize)]
struct CollectionOut<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    /// Who to credit, for the datasets other than ours present (a foreign
    /// member, which GeoJSON allows and readers ignore).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    attribution: Vec<&'static str>,
    /// The dates and filters an export was cut from (a foreign member too).
    #[serde(skip_serializing_if = "Option::is_none")]
    selection: Option<&'a crate::pipeline::Scope>,
    features: Vec<FeatureOut<'a>>,
}

/// Writes `incidents` in our format, one-space indented with a final newline
/// (the layout of `data/incidents.geojson`, so a curated file read and written
/// again is the same file, byte for byte).
pub fn write_incidents(incidents: &[Incident]) -> String {
    write_incidents_in(incidents, None)
}

/// The same, saying which selection the incidents were cut from (the
/// `selection` member: dates, filters in words, and the link).
pub fn write_incidents_in(
    incidents: &[Incident],
    scope: Option<&crate::pipeline::Scope>,
) -> String {
    let records: Vec<IncidentRecord> = incidents
        .iter()
        .map(IncidentRecord::from_incident)
        .collect();
    let attribution =
        crate::provenance::attributions_of(incidents.iter().filter(|i| !i.provenance.is_curated()));
    let collection = CollectionOut {
        kind: "FeatureCollection",
        attribution,
        selection: scope,
        features: incidents
            .iter()
            .zip(&records)
            .map(|(inc, properties)| FeatureOut {
                kind: "Feature",
                geometry: PointOut {
                    kind: "Point",
                    coordinates: [inc.location.lon, inc.location.lat],
                },
                properties,
            })
            .collect(),
    };
    let mut out = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b" ");
    let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
    // Serialising these plain structs cannot fail (no maps with non-string
    // keys, no failing Serialize impls); an empty collection is the fallback.
    if collection.serialize(&mut ser).is_err() {
        return "{\"type\": \"FeatureCollection\", \"features\": []}\n".to_owned();
    }
    let mut text = String::from_utf8_lossy(&out).into_owned();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path (each feature straight from its text) must give what
    /// the general path (a JSON tree per feature) gives, for good and bad
    /// files alike, messages included.
    #[test]
    fn raw_and_tree_readers_agree_on_every_fixture() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut files = vec![root.join("data/incidents.geojson")];
        for dir in [
            "tests/fixtures/check",
            "tests/fixtures/e2e",
            "tests/fixtures/import",
        ] {
            for e in std::fs::read_dir(root.join(dir)).unwrap() {
                let p = e.unwrap().path();
                if p.extension().is_some_and(|x| x == "geojson")
                    && !p.ends_with("gazetteer.geojson")
                    && !p.ends_with("basemap.geojson")
                {
                    files.push(p);
                }
            }
        }
        // Hand-made features the fast path must hand over to the general one.
        let base =
            std::fs::read_to_string(root.join("tests/fixtures/check/clean.geojson")).unwrap();
        let variants = [
            base.replacen("\"type\": \"Point\"", "\"type\": \"MultiPoint\"", 1),
            base.replacen(
                "\"type\": \"Feature\"",
                "\"type\": \"Feature\", \"id\": {}",
                1,
            ),
            base.replacen(
                "\"type\": \"Feature\"",
                "\"type\": \"Feature\", \"id\": 7",
                1,
            ),
            base.replacen("\"coordinates\": [", "\"coordinates\": [400, ", 1),
            base.replacen("\"coordinates\": [", "\"coordinates\": [1, 2, ", 1),
            base.replacen("\"type\": \"Feature\"", "\"type\": \"Featur\"", 1),
            base.replacen(
                "\"type\": \"Feature\"",
                "\"type\": \"Feature\", \"id\": null",
                1,
            ),
            base.replacen(
                "\"type\": \"Feature\"",
                "\"type\": \"Feature\", \"bbox\": \"x\"",
                1,
            ),
            base.replacen(
                "\"type\": \"Point\"",
                "\"type\": \"Point\", \"bbox\": [1, \"a\"]",
                1,
            ),
            base.replacen("\"properties\": {", "\"properties\": [], \"x\": {", 1),
        ];
        let mut checked = 0;
        let texts: Vec<(String, String)> = files
            .iter()
            .map(|p| (p.display().to_string(), std::fs::read_to_string(p).unwrap()))
            .chain(
                variants
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (format!("variant {i}"), t.clone())),
            )
            .collect();
        for (name, text) in &texts {
            let raw = crate::parse::raw_features("f", text);
            let tree = crate::parse::feature_values("f", text);
            let (raw, tree) = match (raw, tree) {
                (Ok(r), Ok(t)) => (r, t),
                (Err(a), Err(b)) => {
                    assert_eq!(a.to_string(), b.to_string(), "{name}");
                    continue;
                }
                (a, b) => panic!("{name}: {:?} vs {:?}", a.err(), b.err()),
            };
            let fast = parse_incident_raw("f", &raw);
            let slow = parse_incident_values("f", tree);
            match (fast, slow) {
                (Ok(a), Ok(b)) => {
                    assert_eq!(a.items, b.items, "{name}");
                    assert_eq!(a.indices, b.indices, "{name}");
                    assert_eq!(a.rejected, b.rejected, "{name}");
                }
                (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{name}"),
                (a, b) => panic!("{name}: {:?} vs {:?}", a.err(), b.err()),
            }
            checked += 1;
        }
        assert!(checked >= 15, "{checked}");
    }

    const ONE: &str = r#"{
 "type": "FeatureCollection",
 "features": [
  {
   "type": "Feature",
   "geometry": {
    "type": "Point",
    "coordinates": [
     -6.1219,
     14.7328
    ]
   },
   "properties": {
    "id": "2022-07-27-sokolo",
    "date": "2022-07-27",
    "date_precision": "day",
    "place_id": "geonames:2450849",
    "place_name": "Sokolo",
    "admin1": "Ségou",
    "location_precision": "exact",
    "event_type": "Battles",
    "sub_event_type": "Armed clash",
    "actor1": "Unidentified armed group",
    "attributed_by": "Malian army",
    "actor2": "Malian army",
    "killed": {
     "military": 6,
     "civilian": null,
     "assailants": 48,
     "unknown": null
    },
    "injured": {
     "military": 25,
     "civilian": null,
     "assailants": null,
     "unknown": null
    },
    "seriously_injured": 5,
    "figures_source": "Malian army",
    "sources": [
     {
      "outlet": "X",
      "title": "T",
      "date": "2022-07-27",
      "url": "https://example.org/a"
     }
    ],
    "notes": "n"
   }
  }
 ]
}
"#;

    #[test]
    fn a_curated_file_is_written_back_byte_for_byte() {
        let parsed = parse_incidents("x.geojson", ONE).unwrap();
        assert!(parsed.rejected.is_empty(), "{:?}", parsed.rejected);
        assert_eq!(write_incidents(&parsed.items), ONE);
    }

    #[test]
    fn a_curated_incident_must_name_whose_figures_these_are() {
        let text = ONE.replace("    \"figures_source\": \"Malian army\",\n", "");
        let err = parse_incidents("x.geojson", &text).unwrap_err();
        assert!(
            err.to_string().contains(
                "field `figures_source`: missing field `figures_source` (required in a curated incident)"
            ),
            "{err}"
        );
    }

    #[test]
    fn an_imported_record_keeps_its_provenance_and_totals() {
        let text = ONE
            .replacen(
                "\n    \"date\": \"2022-07-27\",\n",
                "\n    \"provenance\": {\"dataset\": \"acled\", \"event_id_cnty\": \"MLI7017\"},\n    \"date\": \"2022-07-27\",\n",
                1,
            )
            .replace("    \"figures_source\": \"Malian army\",\n", "    \"killed_total\": 27,\n");
        let parsed = parse_incidents("x.geojson", &text).unwrap();
        let i = &parsed.items[0];
        assert_eq!(i.provenance.dataset_name(), "ACLED");
        assert_eq!(i.casualties.killed_reported_total, Some(27));
        assert_eq!(i.killed_total(), Some(27));
        let written = write_incidents(&parsed.items);
        assert!(written
            .contains("\"attribution\": [\n  \"Armed Conflict Location & Event Data (ACLED)"));
        let again = parse_incidents("y.geojson", &written).unwrap();
        assert_eq!(again.items, parsed.items);
    }

    #[test]
    fn an_export_says_its_selection_and_reads_back_the_same() {
        let parsed = parse_incidents("x.geojson", ONE).unwrap();
        let scope = crate::pipeline::Scope {
            from: "2022-07-21".parse().ok(),
            to: "2022-07-27".parse().ok(),
            filters: "region Ségou".into(),
            link: Some("http://127.0.0.1:8080/?region=Segou".into()),
            ..Default::default()
        };
        let written = write_incidents_in(&parsed.items, Some(&scope));
        let v: serde_json::Value = serde_json::from_str(&written).unwrap();
        assert_eq!(v["selection"]["from"], "2022-07-21");
        assert_eq!(v["selection"]["to"], "2022-07-27");
        assert_eq!(v["selection"]["filters"], "region Ségou");
        assert_eq!(
            v["selection"]["link"],
            "http://127.0.0.1:8080/?region=Segou"
        );
        let again = parse_incidents("y.geojson", &written).unwrap();
        assert_eq!(again.items, parsed.items, "the member is read past");
    }
}
