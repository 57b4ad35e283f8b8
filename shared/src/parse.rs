//! Parsing of the data files (GeoJSON FeatureCollections) into domain types.
//!
//! A file that is not JSON, or not a FeatureCollection, is an [`Error`]. Inside a
//! collection each feature is parsed on its own: a bad feature becomes a
//! [`Problem`] naming the file, the feature (index and id) and the field, and the
//! valid rest is kept.

use geojson::{Feature, JsonObject, JsonValue};
use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::basemap::{Basemap, Item, Region, River};
use crate::gazetteer::{Place, PlacePrecision};
use crate::{said, Error, LonLat, Problem, Result, Said};

/// What a file yielded: the valid items and a problem for each rejected feature.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed<T> {
    /// Items from the valid features, in file order.
    pub items: Vec<T>,
    /// `indices[i]` is the feature index of `items[i]` in the file.
    pub indices: Vec<usize>,
    /// One problem per rejected feature.
    pub rejected: Vec<Problem>,
}

/// Whether a member is there, whatever its value (`null` included).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Present(pub bool);

impl<'de> Deserialize<'de> for Present {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        serde::de::IgnoredAny::deserialize(d).map(|_| Present(true))
    }
}

/// True when a raw JSON value is an object (serde's derived structs would
/// also accept an array).
pub(crate) fn is_object(raw: &serde_json::value::RawValue) -> bool {
    raw.get().trim_start().starts_with('{')
}

/// serde's message about a field, as something said: the usual kinds
/// (missing or unknown field, unknown variant, wrong type or value) with
/// their parts, so they read in the page's language; serde's descriptions of
/// types ("u32", "a string") and anything else stay as serde wrote them.
pub(crate) fn serde_said(text: &str) -> Said {
    let quoted = |s: &str| s.trim().trim_matches('`').to_owned();
    if let Some(f) = text.strip_prefix("missing field ") {
        return said!("p-missing-field", field = quoted(f));
    }
    for (prefix, id, none) in [
        ("unknown field ", "p-unknown-field", "p-unknown-field-none"),
        (
            "unknown variant ",
            "p-unknown-variant",
            "p-unknown-variant-none",
        ),
    ] {
        if let Some(rest) = text.strip_prefix(prefix) {
            if let Some((value, expected)) = rest.split_once(", expected ") {
                // serde writes "one of `a`, `b`", "`a` or `b`" or "`a`": the
                // names alone, listed without serde's English "or".
                let names: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
                let expected = if names.is_empty() {
                    expected.to_owned()
                } else {
                    names
                        .iter()
                        .map(|n| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                return said!(id, value = quoted(value), expected = expected);
            }
            if let Some((value, _)) = rest.split_once(", there are no ") {
                return said!(none, value = quoted(value));
            }
        }
    }
    for (prefix, id) in [
        ("invalid type: ", "p-invalid-type"),
        ("invalid value: ", "p-invalid-value"),
    ] {
        if let Some((found, expected)) = text
            .strip_prefix(prefix)
            .and_then(|rest| rest.split_once(", expected "))
        {
            return said!(id, found = found, expected = expected);
        }
    }
    if let Some(value) = text
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix("\" is not a real date in YYYY-MM-DD form"))
    {
        return said!("p-not-a-real-date", value = value);
    }
    said!("p-as-is", detail = text)
}

/// serde_json's message without its " at line L column C" suffix.
pub(crate) fn message_without_position(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    full.strip_suffix(&position).unwrap_or(&full).to_owned()
}

/// A JSON syntax error in `file`, without serde_json's own position suffix.
fn json_error(file: &str, e: &serde_json::Error) -> Error {
    // serde_json's message ends with its own " at line L column C".
    let full = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    Error::Json {
        file: file.to_owned(),
        line: e.line(),
        column: e.column(),
        message: full.strip_suffix(&position).unwrap_or(&full).to_owned(),
    }
}

/// Reads `text` as a FeatureCollection and returns its features as JSON values.
pub(crate) fn feature_values(file: &str, text: &str) -> Result<Vec<JsonValue>> {
    raw_features(file, text)?
        .into_iter()
        .map(|raw| serde_json::from_str(raw.get()).map_err(|e| json_error(file, &e)))
        .collect()
}

/// The top level of a FeatureCollection, its features left as raw text.
#[derive(Deserialize)]
struct RawCollection<'a> {
    #[serde(rename = "type", default)]
    kind: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow, default)]
    features: Option<Vec<&'a serde_json::value::RawValue>>,
}

/// Reads `text` as a FeatureCollection and returns each feature's JSON text
/// (checked, but not built into a tree: readers deserialise each feature
/// straight into their records).
pub(crate) fn raw_features<'a>(
    file: &str,
    text: &'a str,
) -> Result<Vec<&'a serde_json::value::RawValue>> {
    let not_collection = |found: Said| Error::NotFeatureCollection {
        file: file.to_owned(),
        found,
    };
    let start = text.trim_start();
    if !start.starts_with('{') {
        // Check the syntax first, so a broken file is reported as such.
        let value: JsonValue = serde_json::from_str(text).map_err(|e| json_error(file, &e))?;
        return Err(not_collection(match value {
            JsonValue::Array(_) => said!("found-array"),
            _ => said!("found-scalar"),
        }));
    }
    let collection: RawCollection<'a> = match serde_json::from_str(text) {
        Ok(c) => c,
        Err(e) if e.is_syntax() || e.is_eof() => return Err(json_error(file, &e)),
        // Well-formed JSON of another shape (e.g. "features" not an array).
        Err(e) => {
            let value: JsonValue = serde_json::from_str(text).map_err(|e| json_error(file, &e))?;
            return match value.get("type").and_then(JsonValue::as_str) {
                Some("FeatureCollection")
                    if value.get("features").is_some_and(JsonValue::is_array) =>
                {
                    // Only a repeated member makes the typed read fail here.
                    Err(not_collection(said!(
                        "found-members-misfit",
                        detail = message_without_position(&e)
                    )))
                }
                Some("FeatureCollection") => Err(not_collection(said!("found-no-features"))),
                Some(t) => Err(not_collection(said!("found-type", kind = t))),
                None => Err(not_collection(said!("found-no-type"))),
            };
        }
    };
    match (collection.kind.as_deref(), collection.features) {
        (Some("FeatureCollection"), Some(features)) => Ok(features),
        (Some("FeatureCollection"), None) => Err(not_collection(said!("found-no-features"))),
        (Some(t), _) => Err(not_collection(said!("found-type", kind = t))),
        (None, _) => Err(not_collection(said!("found-no-type"))),
    }
}

/// Parses every feature with `parse_one`, collecting problems.
pub(crate) fn parse_features<T>(
    file: &str,
    text: &str,
    parse_one: impl Fn(&str, usize, Feature, Option<&str>) -> std::result::Result<T, Problem>,
) -> Result<Parsed<T>> {
    parse_feature_values(file, feature_values(file, text)?, parse_one)
}

/// Like [`parse_features`], over features already read as JSON values.
pub(crate) fn parse_feature_values<T>(
    file: &str,
    values: Vec<JsonValue>,
    parse_one: impl Fn(&str, usize, Feature, Option<&str>) -> std::result::Result<T, Problem>,
) -> Result<Parsed<T>> {
    let total = values.len();
    let mut items = Vec::with_capacity(total);
    let mut indices = Vec::with_capacity(total);
    let mut rejected = Vec::new();
    for (index, value) in values.into_iter().enumerate() {
        match parse_value(file, index, value, &parse_one) {
            Ok(item) => {
                items.push(item);
                indices.push(index);
            }
            Err(p) => rejected.push(p),
        }
    }
    if items.is_empty() && !rejected.is_empty() {
        return Err(nothing_valid(file, total, rejected));
    }
    Ok(Parsed {
        items,
        indices,
        rejected,
    })
}

/// Parses one feature given as a JSON value with `parse_one`.
pub(crate) fn parse_value<T>(
    file: &str,
    index: usize,
    value: JsonValue,
    parse_one: impl Fn(&str, usize, Feature, Option<&str>) -> std::result::Result<T, Problem>,
) -> std::result::Result<T, Problem> {
    let id = value
        .get("properties")
        .and_then(|p| p.get("id"))
        .and_then(JsonValue::as_str)
        .map(str::to_owned);
    let id = id.as_deref();
    let feature = Feature::try_from(value).map_err(|e| {
        Problem::new(
            file,
            index,
            id,
            None,
            said!("p-not-a-feature", detail = e.to_string()),
        )
    })?;
    parse_one(file, index, feature, id)
}

/// The error when no feature of `file` could be used.
pub(crate) fn nothing_valid(file: &str, count: usize, mut rejected: Vec<Problem>) -> Error {
    Error::NothingValid {
        file: file.to_owned(),
        count,
        first: Box::new(rejected.swap_remove(0)),
    }
}

/// Deserialises a feature's properties, naming the failing field by its path.
pub(crate) fn properties<T: DeserializeOwned>(
    file: &str,
    index: usize,
    id: Option<&str>,
    props: Option<JsonObject>,
) -> std::result::Result<T, Problem> {
    let props = props.ok_or_else(|| {
        Problem::new(
            file,
            index,
            id,
            Some("properties"),
            said!("p-no-properties"),
        )
    })?;
    let value = JsonValue::Object(props);
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." { None } else { Some(path) };
        let inner = e.into_inner().to_string();
        Problem::new(file, index, id, field.as_deref(), serde_said(&inner))
    })
}

/// The feature's geometry as a single point `[lon, lat]`.
pub(crate) fn point(
    file: &str,
    index: usize,
    id: Option<&str>,
    feature: &Feature,
) -> std::result::Result<LonLat, Problem> {
    let bad = |msg: Said| Problem::new(file, index, id, Some("geometry"), msg);
    let geometry = feature
        .geometry
        .as_ref()
        .ok_or_else(|| bad(said!("p-no-geometry")))?;
    match &geometry.value {
        geojson::Value::Point(c) if c.len() >= 2 => {
            let (lon, lat) = (c[0], c[1]);
            if !(-180.0..=180.0).contains(&lon) || !(-90.0..=90.0).contains(&lat) {
                return Err(bad(said!(
                    "p-bad-coordinates",
                    lon = lon.to_string(),
                    lat = lat.to_string()
                )));
            }
            Ok(LonLat::from_lon_lat(lon, lat))
        }
        geojson::Value::Point(_) => Err(bad(said!("p-point-needs-two"))),
        other => Err(bad(said!("p-not-a-point", kind = geometry_type(other)))),
    }
}

/// The point of a feature given as raw JSON, when its geometry is a Point of
/// longitude and latitude in degrees.
pub(crate) fn point_of_value(feature: &JsonValue) -> Option<LonLat> {
    let g = feature.get("geometry")?;
    if g.get("type")?.as_str()? != "Point" {
        return None;
    }
    let c = g.get("coordinates")?.as_array()?;
    let (lon, lat) = (c.first()?.as_f64()?, c.get(1)?.as_f64()?);
    ((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat))
        .then(|| LonLat::from_lon_lat(lon, lat))
}

/// The GeoJSON type name of a geometry value.
fn geometry_type(v: &geojson::Value) -> &'static str {
    match v {
        geojson::Value::Point(_) => "Point",
        geojson::Value::MultiPoint(_) => "MultiPoint",
        geojson::Value::LineString(_) => "LineString",
        geojson::Value::MultiLineString(_) => "MultiLineString",
        geojson::Value::Polygon(_) => "Polygon",
        geojson::Value::MultiPolygon(_) => "MultiPolygon",
        geojson::Value::GeometryCollection(_) => "GeometryCollection",
    }
}

/// The properties of a place feature, as written in `gazetteer.geojson`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceProps {
    id: String,
    name: String,
    #[serde(default)]
    alt_names: Vec<String>,
    admin1: String,
    kind: String,
    #[serde(default)]
    geonames_id: Option<u64>,
    #[serde(default)]
    population: Option<u64>,
    source: String,
    precision: PlacePrecision,
    #[serde(default)]
    precision_km: Option<f64>,
}

/// Parses `gazetteer.geojson`.
pub fn parse_gazetteer(file: &str, text: &str) -> Result<Parsed<Place>> {
    parse_features(file, text, |file, index, feature, id| {
        let location = point(file, index, id, &feature)?;
        let p: PlaceProps = properties(file, index, id, feature.properties)?;
        if p.precision == PlacePrecision::Approximate && p.precision_km.is_none() {
            return Err(Problem::new(
                file,
                index,
                id,
                Some("precision_km"),
                said!("p-approximate-place"),
            ));
        }
        Ok(Place {
            id: p.id,
            name: p.name,
            alt_names: p.alt_names,
            name_fr: None,
            admin1_en: None,
            from_dataset: None,
            admin1: p.admin1,
            kind: p.kind,
            geonames_id: p.geonames_id,
            population: p.population,
            source: p.source,
            precision: p.precision,
            precision_km: p.precision_km,
            location,
        })
    })
}

/// The properties of a basemap feature, as written in `basemap.geojson`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BasemapProps {
    /// "country" (Mali's outline), "region" (an admin-1 unit), "neighbour",
    /// "lake" or "river".
    layer: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    name_en: Option<String>,
    /// Where to put the label, [lon, lat].
    #[serde(default)]
    label: Option<[f64; 2]>,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    source: Option<String>,
}

/// Parses `basemap.geojson`: Mali's outline (`layer: "country"`), its regions
/// (`"region"`), neighbouring countries (`"neighbour"`), lakes (`"lake"`) and
/// water areas (`"water"`) as
/// Polygon or MultiPolygon geometries, rivers (`"river"`) as LineString or
/// MultiLineString.
pub fn parse_basemap(file: &str, text: &str) -> Result<Parsed<Item>> {
    parse_features(file, text, |file, index, feature, id| {
        let bad = |field: &str, msg: Said| Problem::new(file, index, id, Some(field), msg);
        let geometry = feature
            .geometry
            .clone()
            .ok_or_else(|| bad("geometry", said!("p-missing")))?;
        let geometry = geo::Geometry::<f64>::try_from(geometry)
            .map_err(|e| bad("geometry", said!("p-as-is", detail = e.to_string())))?;
        let p: BasemapProps = properties(file, index, id, feature.properties)?;
        let layer = match p.layer.as_str() {
            "country" => crate::basemap::Layer::Country,
            "region" => crate::basemap::Layer::Region,
            "neighbour" => crate::basemap::Layer::Neighbour,
            "lake" => crate::basemap::Layer::Lake,
            "water" => crate::basemap::Layer::Water,
            "river" => {
                let lines = match geometry {
                    geo::Geometry::LineString(l) => geo::MultiLineString(vec![l]),
                    geo::Geometry::MultiLineString(m) => m,
                    _ => return Err(bad("geometry", said!("p-river-lines"))),
                };
                return Ok(Item::River(River {
                    name: p.name,
                    lines,
                }));
            }
            other => return Err(bad("layer", said!("p-unknown-layer", layer = other))),
        };
        let shape = match geometry {
            geo::Geometry::Polygon(p) => geo::MultiPolygon(vec![p]),
            geo::Geometry::MultiPolygon(m) => m,
            _ => return Err(bad("geometry", said!("p-expected-polygon"))),
        };
        let name = match (p.name, layer) {
            (Some(n), _) => n,
            (None, crate::basemap::Layer::Lake) => String::new(),
            (None, _) => return Err(bad("name", said!("p-needs-name"))),
        };
        Ok(Item::Area(Region {
            id: p.id,
            layer,
            name,
            name_en: p.name_en,
            label: p.label.map(|[lon, lat]| LonLat::from_lon_lat(lon, lat)),
            source: p.source,
            shape,
        }))
    })
}

impl Basemap {
    /// Parses and assembles the basemap from `basemap.geojson`'s text.
    pub fn from_geojson(file: &str, text: &str) -> Result<(Basemap, Vec<Problem>)> {
        let parsed = parse_basemap(file, text)?;
        Ok((Basemap::new(parsed.items), parsed.rejected))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_incidents;

    const FILE: &str = "incidents.geojson";

    /// Regression: serde's "`a` or `b`" kept its English "or" in French, and
    /// an enum without variants was said to have no fields.
    #[test]
    fn serde_messages_are_split_into_their_parts_in_any_language() {
        use crate::i18n::{words, Lang};
        let fr = words(Lang::Fr);
        let en = words(Lang::En);
        let two = serde_said("unknown variant `x`, expected `day` or `month`");
        assert_eq!(
            en.say(&two),
            "unknown variant `x`, expected one of `day`, `month`"
        );
        assert!(
            fr.say(&two).ends_with("l'une de `day`, `month`"),
            "{}",
            fr.say(&two)
        );
        let many = serde_said("unknown field `y`, expected one of `a`, `b`, `c`");
        assert_eq!(
            en.say(&many),
            "unknown field `y`, expected one of `a`, `b`, `c`"
        );
        let none = serde_said("unknown variant `z`, there are no variants");
        assert_eq!(none.id, "p-unknown-variant-none");
        assert_eq!(en.say(&none), "unknown variant `z`, there are no variants");
        assert_eq!(
            serde_said("unknown field `z`, there are no fields").id,
            "p-unknown-field-none"
        );
        assert_eq!(
            en.say(&serde_said("missing field `date`")),
            "missing field `date`"
        );
    }

    fn feature(props: &str) -> String {
        format!(
            r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[-6.1219,14.7328]}},"properties":{props}}}"#
        )
    }

    pub(crate) fn sokolo_props() -> String {
        r#"{"id":"2022-07-27-sokolo","date":"2022-07-27","date_precision":"day",
            "place_id":"geonames:2450849","place_name":"Sokolo","admin1":"Ségou",
            "location_precision":"exact","event_type":"Battles","sub_event_type":"Armed clash",
            "actor1":"Unidentified armed group","attributed_by":"Malian army","actor2":"Malian army",
            "killed":{"military":6,"civilian":null,"assailants":48,"unknown":null},
            "injured":{"military":25,"civilian":null,"assailants":null,"unknown":null},
            "seriously_injured":5,"figures_source":"Malian army","coordinated_with":[],
            "sources":[{"outlet":"X","title":"T","date":"2022-07-27","url":"https://example.org/a"}],
            "notes":"n"}"#
            .to_owned()
    }

    fn collection(features: &[String]) -> String {
        format!(
            r#"{{"type":"FeatureCollection","features":[{}]}}"#,
            features.join(",")
        )
    }

    #[test]
    fn parses_a_valid_incident() {
        let text = collection(&[feature(&sokolo_props())]);
        let parsed = parse_incidents(FILE, &text).unwrap();
        assert!(parsed.rejected.is_empty(), "{:?}", parsed.rejected);
        let i = &parsed.items[0];
        assert_eq!(i.casualties.killed.military, Some(6));
        assert_eq!(i.casualties.killed.assailants, Some(48));
        assert_eq!(i.casualties.seriously_injured, Some(5));
        assert_eq!(i.location, LonLat::from_lon_lat(-6.1219, 14.7328));
    }

    #[test]
    fn bad_feature_is_rejected_with_its_field_and_the_rest_kept() {
        let bad = sokolo_props()
            .replace("\"military\":6", "\"military\":\"six\"")
            .replace("2022-07-27-sokolo", "bad-one");
        let text = collection(&[feature(&sokolo_props()), feature(&bad)]);
        let parsed = parse_incidents(FILE, &text).unwrap();
        assert_eq!(parsed.items.len(), 1);
        assert_eq!(parsed.rejected.len(), 1);
        let p = &parsed.rejected[0];
        assert_eq!(p.index, 1);
        assert_eq!(p.id.as_deref(), Some("bad-one"));
        assert_eq!(p.field.as_deref(), Some("killed.military"));
        assert!(
            p.to_string().starts_with(
                "incidents.geojson, feature 1 (id \"bad-one\"), field `killed.military`: invalid type: string \"six\""
            ),
            "{p}"
        );
    }

    #[test]
    fn impossible_date_names_the_date_field() {
        let bad = sokolo_props().replace("\"date\":\"2022-07-27\"", "\"date\":\"2022-02-30\"");
        let text = collection(&[feature(&sokolo_props()), feature(&bad)]);
        let parsed = parse_incidents(FILE, &text).unwrap();
        assert_eq!(parsed.rejected[0].field.as_deref(), Some("date"));
        assert!(parsed.rejected[0]
            .message
            .to_string()
            .starts_with("\"2022-02-30\" is not a real date"));
        assert_eq!(parsed.rejected[0].message.id, "p-not-a-real-date");
    }

    #[test]
    fn misspelt_field_is_reported() {
        let bad = sokolo_props().replace("\"notes\"", "\"nots\"");
        let text = collection(&[feature(&sokolo_props()), feature(&bad)]);
        let p = &parse_incidents(FILE, &text).unwrap().rejected[0];
        assert!(
            p.message.to_string().contains("unknown field `nots`"),
            "{p}"
        );
    }

    #[test]
    fn non_point_geometry_is_rejected() {
        let f = feature(&sokolo_props()).replace(
            r#"{"type":"Point","coordinates":[-6.1219,14.7328]}"#,
            r#"{"type":"LineString","coordinates":[[0,0],[1,1]]}"#,
        );
        let text = collection(&[feature(&sokolo_props()), f]);
        let p = &parse_incidents(FILE, &text).unwrap().rejected[0];
        assert_eq!(p.field.as_deref(), Some("geometry"));
        assert!(p.message.to_string().contains("LineString"), "{p}");
    }

    #[test]
    fn not_json_names_file_and_line() {
        let err = parse_incidents(FILE, "{\n  \"type\": ").unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.starts_with("incidents.geojson: not valid JSON at line 2"),
            "{msg}"
        );
    }

    #[test]
    fn not_a_collection() {
        let err = parse_incidents(FILE, r#"{"type":"Feature"}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "incidents.geojson: expected a GeoJSON FeatureCollection, found a GeoJSON object of type \"Feature\""
        );
        let err = parse_incidents(FILE, "[]").unwrap_err();
        assert!(err.to_string().contains("found an array"));
    }

    #[test]
    fn all_rejected_is_an_error() {
        let bad = sokolo_props().replace("\"Battles\"", "\"Skirmish\"");
        let err = parse_incidents(FILE, &collection(&[feature(&bad)])).unwrap_err();
        assert!(matches!(err, Error::NothingValid { count: 1, .. }), "{err}");
        assert!(err.to_string().contains("field `event_type`"), "{err}");
    }

    #[test]
    fn empty_collection_is_fine() {
        let parsed = parse_incidents(FILE, &collection(&[])).unwrap();
        assert!(parsed.items.is_empty() && parsed.rejected.is_empty());
    }
}
