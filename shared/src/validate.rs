//! Cross-checks of incidents against each other and against the gazetteer.

use std::collections::{HashMap, HashSet};
use std::ops::Not;

use crate::error::SaidArg;
use crate::gazetteer::PlacePrecision;
use crate::incident::{Cited, LocationPrecision};
use crate::{said, Gazetteer, Incident, LonLat, Problem, Said, MALI_BBOX};

/// Validated incidents, ready for the map.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    /// Incidents that passed every check, in file order.
    pub incidents: Vec<Incident>,
    /// `indices[i]` is the feature index of `incidents[i]` in the file.
    pub indices: Vec<usize>,
    /// Problems that made a feature unusable (each one rejected a feature).
    pub rejected: Vec<Problem>,
    /// Problems that were reported but did not reject the feature
    /// (one-way or dangling `coordinated_with` links).
    pub warnings: Vec<Problem>,
}

/// How far (km) an exactly located incident may lie from its gazetteer place.
pub const EXACT_TOLERANCE_KM: f64 = 5.0;

/// Checks every incident. `indices[i]` is the feature index of `incidents[i]` in
/// `file` (parsing may have rejected some features before: `rejected_before`
/// lists them, so links to them are reported as links to rejected features).
///
/// Rejects: a duplicate id (the later one), a point outside Mali's bounding box,
/// an unknown `place_id`, a sub-event type outside its event type, a missing
/// radius for an inexact location, no sources, seriously injured above injured,
/// an alternative figure pointing at a missing source, and a point farther from
/// its place than the precision allows. Warns: `coordinated_with` ids that do not
/// exist or do not link back.
pub fn validate_incidents(
    file: &str,
    incidents: Vec<Incident>,
    indices: &[usize],
    rejected_before: &[Problem],
    gazetteer: &Gazetteer,
) -> Dataset {
    let mut out = Dataset::default();
    let mut seen: HashSet<String> = HashSet::new();
    let mut rejected_ids: HashSet<String> = rejected_before
        .iter()
        .filter_map(|p| p.id.clone())
        .collect();
    for (n, inc) in incidents.into_iter().enumerate() {
        let index = indices.get(n).copied().unwrap_or(n);
        let problem =
            |field: &str, msg: Said| Problem::new(file, index, Some(&inc.id), Some(field), msg);
        let err = if !seen.insert(inc.id.clone()) {
            Some(problem("id", said!("p-duplicate-id", id = &inc.id)))
        } else {
            check_one(&inc, gazetteer).map(|(field, msg)| problem(field, msg))
        };
        match err {
            Some(p) => {
                rejected_ids.insert(inc.id.clone());
                out.rejected.push(p);
            }
            None => {
                out.incidents.push(inc);
                out.indices.push(index);
            }
        }
    }
    out.warnings = check_links(file, &out.incidents, &out.indices, &rejected_ids);
    out
}

/// The first problem of one incident on its own, as (field, message). Our
/// curated incidents are checked strictly (Mali, a known place, a radius,
/// sources); an imported incident for what its format promises.
fn check_one(inc: &Incident, gazetteer: &Gazetteer) -> Option<(&'static str, Said)> {
    if !inc.provenance.is_curated() {
        return check_imported(inc);
    }
    if !MALI_BBOX.contains(inc.location) {
        return Some((
            "geometry",
            said!(
                "p-outside-mali",
                lon = inc.location.lon.to_string(),
                lat = inc.location.lat.to_string()
            ),
        ));
    }
    let place_id = inc.place_id.as_deref().unwrap_or_default();
    let Some(place) = gazetteer.get(place_id) else {
        return Some(("place_id", said!("p-no-place", id = place_id)));
    };
    if let Some(problem) = check_french(inc) {
        return Some(problem);
    }
    if let Some(problem) = check_sub_event_type(inc) {
        return Some(problem);
    }
    let radius = match (inc.location_precision, inc.location_radius_km) {
        (LocationPrecision::Exact, _) => EXACT_TOLERANCE_KM,
        (_, Some(r)) if r > 0.0 => r,
        _ => return Some(("location_radius_km", said!("p-needs-radius"))),
    };
    let slack = match place.precision {
        PlacePrecision::Exact => 0.0,
        PlacePrecision::Approximate => place.precision_km.unwrap_or(0.0),
    };
    let distance = inc.location.distance_km(place.location);
    if distance > radius + slack {
        return Some((
            "geometry",
            said!(
                "p-too-far",
                distance = SaidArg::decimal(distance, 1),
                place = &place.name,
                allowed = SaidArg::decimal(radius + slack, 1)
            ),
        ));
    }
    if inc.sources.is_empty() {
        return Some(("sources", said!("p-needs-source")));
    }
    if let Some(s) = inc.sources.iter().position(|s| s.outlet.trim().is_empty()) {
        return Some(("sources", said!("p-no-outlet", source = s.to_string())));
    }
    if let Some((s, code)) = inc.sources.iter().enumerate().find_map(|(i, s)| {
        let code = s.language.as_deref()?;
        crate::i18n::is_language_tag(code)
            .not()
            .then_some((i, code))
    }) {
        return Some((
            "sources",
            said!("p-bad-language", source = s.to_string(), code = code),
        ));
    }
    if let (Some(serious), Some(injured)) = (
        inc.casualties.seriously_injured,
        inc.casualties.injured.total(),
    ) {
        if serious > injured {
            return Some((
                "seriously_injured",
                said!("p-serious", serious = serious, injured = injured),
            ));
        }
    }
    for a in &inc.alternative_figures {
        match a.cited {
            Cited::Source(n) if n >= inc.sources.len() => {
                return Some((
                    "alternative_figures",
                    said!(
                        "p-alternative-source",
                        who = &a.according_to,
                        source = n.to_string(),
                        count = inc.sources.len()
                    ),
                ));
            }
            Cited::Record(n) if n >= inc.dataset_records.len() => {
                return Some((
                    "alternative_figures",
                    said!(
                        "p-alternative-record",
                        who = &a.according_to,
                        record = n.to_string(),
                        count = inc.dataset_records.len()
                    ),
                ));
            }
            _ => {}
        }
    }
    let mut cited = HashSet::new();
    for r in &inc.dataset_records {
        if !r.dataset.is_event_id(&r.event_id) {
            return Some((
                "dataset_records",
                said!(
                    "p-record-id",
                    dataset = r.dataset.kind().label(),
                    id = &r.event_id
                ),
            ));
        }
        if !cited.insert((r.dataset, r.event_id.as_str())) {
            return Some((
                "dataset_records",
                said!(
                    "p-record-twice",
                    dataset = r.dataset.kind().label(),
                    id = &r.event_id
                ),
            ));
        }
    }
    let mut worded = HashSet::new();
    if let Some(w) = inc
        .figure_wordings
        .iter()
        .find(|w| !worded.insert(w.figure))
    {
        return Some((
            "figure_wordings",
            said!("p-two-wordings", figure = w.figure.field()),
        ));
    }
    None
}

/// Our French text, when given, covers every text field we write in
/// English (so a panel shown in French is French throughout, or marked
/// English as a whole), one translation per alternative figure and wording.
fn check_french(inc: &Incident) -> Option<(&'static str, Said)> {
    let fr = inc.french.as_ref()?;
    // (field, whether the English text has it, its translation)
    let fields = [
        (
            "time_of_day",
            inc.time_of_day.is_some(),
            fr.time_of_day.as_deref(),
        ),
        ("actor1", true, fr.actor1.as_deref()),
        (
            "attributed_by",
            inc.attributed_by.as_deref().is_some_and(|a| a != "claimed"),
            fr.attributed_by.as_deref(),
        ),
        ("actor2", true, fr.actor2.as_deref()),
        (
            "figures_source",
            inc.figures_source.is_some(),
            fr.figures_source.as_deref(),
        ),
        ("notes", true, fr.notes.as_deref()),
    ];
    let blank = |t: Option<&str>| t.is_none_or(|t| t.trim().is_empty());
    let missing = fields
        .iter()
        .filter(|(_, has, translated)| *has && blank(*translated))
        .map(|(field, _, _)| *field)
        .collect::<Vec<_>>();
    if !missing.is_empty() {
        return Some(("fr", said!("p-no-french", fields = missing.join(", "))));
    }
    // A translation of a text the incident does not have would never show.
    let unused = fields
        .iter()
        .filter(|(_, has, translated)| !*has && translated.is_some())
        .map(|(field, _, _)| *field)
        .collect::<Vec<_>>();
    if !unused.is_empty() {
        return Some(("fr", said!("p-french-unused", fields = unused.join(", "))));
    }
    for (field, texts) in [
        ("fr.according_to", &fr.according_to),
        ("fr.meanings", &fr.meanings),
        ("fr.source_notes", &fr.source_notes),
    ] {
        if let Some(n) = texts.iter().position(|t| t.trim().is_empty()) {
            return Some((field, said!("p-french-empty", number = n + 1)));
        }
    }
    if fr.according_to.len() != inc.alternative_figures.len() {
        return Some((
            "fr.according_to",
            said!(
                "p-translations-alternatives",
                count = fr.according_to.len(),
                expected = inc.alternative_figures.len()
            ),
        ));
    }
    let noted = inc.sources.iter().filter(|s| s.note.is_some()).count();
    if fr.source_notes.len() != noted {
        return Some((
            "fr.source_notes",
            said!(
                "p-translations-source-notes",
                count = fr.source_notes.len(),
                expected = noted
            ),
        ));
    }
    if fr.meanings.len() != inc.figure_wordings.len() {
        return Some((
            "fr.meanings",
            said!(
                "p-translations-wordings",
                count = fr.meanings.len(),
                expected = inc.figure_wordings.len()
            ),
        ));
    }
    None
}

/// A sub-event type outside its ACLED event type.
fn check_sub_event_type(inc: &Incident) -> Option<(&'static str, Said)> {
    let (Some(t), Some(sub)) = (inc.event_type, inc.sub_event_type.as_deref()) else {
        return None;
    };
    (!t.sub_event_types().contains(&sub)).then(|| {
        (
            "sub_event_type",
            said!(
                "p-sub-event-type",
                sub = sub,
                kind = t.label(),
                expected = t.sub_event_types().join(", ")
            ),
        )
    })
}

/// What an imported incident in our format must hold: a non-empty id. Its
/// figures are kept as the dataset gives them (a UCDP high estimate below the
/// best is UCDP's, reported when the CSV is read, not "fixed" here).
fn check_imported(inc: &Incident) -> Option<(&'static str, Said)> {
    inc.id
        .trim()
        .is_empty()
        .then(|| ("id", said!("p-empty-id")))
}

/// How far (km) a point may lie outside the country its row names before it
/// is reported: the basemap's outlines are simplified, and the datasets place
/// events of the border on the line.
pub const COUNTRY_MARGIN_KM: f64 = 25.0;

/// What [`check_points`] found: rows to leave out (with their position in
/// the incidents checked) and rows kept with a warning.
#[derive(Debug, Default)]
pub struct PointCheck {
    pub rejected: Vec<(usize, Problem)>,
    pub warnings: Vec<Problem>,
}

/// The imported incidents' points against the map, `countries[i]` being the
/// country the row of `incidents[i]` names (ACLED's and UCDP's `country`):
/// - a point outside its country (by more than [`COUNTRY_MARGIN_KM`]) that
///   lies inside it with latitude and longitude swapped is refused, naming
///   both values (a row of Mali at latitude -6.1, longitude 14.7 is in the
///   Congo basin; swapped, at Sokolo);
/// - a point outside its country otherwise is kept with a warning, where the
///   map draws that country whole around the point (Mali; a neighbour within
///   the map's window, which clips them);
/// - a point outside Mali's extent that names no country the map has is kept
///   with a warning, said to lie off the map; without a country column, a
///   point whose swap lands in Mali is refused as above.
///
/// Our curated incidents are held to Mali's bounding box instead.
pub fn check_points(
    file: &str,
    incidents: &[Incident],
    indices: &[usize],
    countries: &[Option<String>],
    basemap: &crate::Basemap,
) -> PointCheck {
    let mut out = PointCheck::default();
    let Some(bbox) = basemap.bbox() else {
        return out;
    };
    let window = basemap
        .countries
        .iter()
        .chain(&basemap.neighbours)
        .filter_map(|r| geo::BoundingRect::bounding_rect(&r.shape))
        .reduce(|a, b| {
            geo::Rect::new(
                geo::coord! { x: a.min().x.min(b.min().x), y: a.min().y.min(b.min().y) },
                geo::coord! { x: a.max().x.max(b.max().x), y: a.max().y.max(b.max().y) },
            )
        });
    let in_window = |p: LonLat| {
        window.is_some_and(|w| {
            (w.min().x..=w.max().x).contains(&p.lon) && (w.min().y..=w.max().y).contains(&p.lat)
        })
    };
    let key = crate::normalize_name;
    for (n, (inc, &index)) in incidents.iter().zip(indices).enumerate() {
        if inc.provenance.is_curated() {
            continue;
        }
        let p = inc.location;
        let swapped = (p.lon.abs() <= 90.0).then(|| LonLat::from_lon_lat(p.lat, p.lon));
        let named = countries.get(n).and_then(Option::as_deref);
        let area = named.and_then(|c| {
            let k = key(c);
            basemap
                .countries
                .iter()
                .chain(&basemap.neighbours)
                .find(|r| key(&r.name) == k || r.name_en.as_deref().is_some_and(|e| key(e) == k))
        });
        let problem =
            |msg: Said| Problem::new(file, index, Some(&inc.id), Some("latitude, longitude"), msg);
        let swap = |country: &str| {
            problem(said!(
                "p-swapped",
                lat = p.lat.to_string(),
                lon = p.lon.to_string(),
                country = country
            ))
        };
        let off_map = || {
            problem(said!(
                "p-outside-basemap",
                lon = p.lon.to_string(),
                lat = p.lat.to_string()
            ))
        };
        match (area, named) {
            (Some(a), Some(country)) => {
                let km = km_outside(&a.shape, p);
                if km <= COUNTRY_MARGIN_KM {
                    continue;
                }
                if swapped.is_some_and(|q| km_outside(&a.shape, q) <= COUNTRY_MARGIN_KM) {
                    out.rejected.push((n, swap(country)));
                } else if a.layer == crate::basemap::Layer::Country || in_window(p) {
                    out.warnings.push(problem(said!(
                        "p-outside-country",
                        lon = p.lon.to_string(),
                        lat = p.lat.to_string(),
                        km = (km.round() as u64).to_string(),
                        country = country
                    )));
                } else {
                    out.warnings.push(off_map());
                }
            }
            _ if bbox.contains(p) => {}
            (None, None) => {
                let fits = |q: LonLat| {
                    basemap
                        .countries
                        .iter()
                        .find(|c| km_outside(&c.shape, q) <= COUNTRY_MARGIN_KM)
                };
                match swapped.and_then(fits) {
                    Some(c) => out.rejected.push((n, swap(&c.name))),
                    None => out.warnings.push(off_map()),
                }
            }
            _ => out.warnings.push(off_map()),
        }
    }
    out
}

/// How far (km, on the ground) `p` lies outside `shape`: 0 inside it.
fn km_outside(shape: &geo::MultiPolygon<f64>, p: LonLat) -> f64 {
    use geo::{ClosestPoint, Contains};
    let point = p.to_geo();
    if shape.contains(&point) {
        return 0.0;
    }
    match shape.closest_point(&point) {
        geo::Closest::Intersection(_) => 0.0,
        geo::Closest::SinglePoint(q) => p.distance_km(LonLat::from_lon_lat(q.x(), q.y())),
        geo::Closest::Indeterminate => f64::INFINITY,
    }
}

/// Control characters (U+0000 to U+001F but tab and line breaks, U+007F to
/// U+009F) in an imported incident's text: no text holds them (a NUL in
/// `Kolo\0kani` is a broken export), so they are removed, and each field
/// that held one is reported with its column, what was removed and what it
/// now reads. The row is kept.
pub fn strip_control_characters(
    file: &str,
    incidents: &mut [Incident],
    indices: &[usize],
) -> Vec<Problem> {
    let bad = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    let mut out = Vec::new();
    for (inc, &index) in incidents.iter_mut().zip(indices) {
        let kind = inc.provenance.kind();
        let mut found: Vec<(&'static str, String, String)> = Vec::new();
        let mut fix = |field: &'static str, text: &mut String| {
            if text.chars().any(bad) {
                let codes: Vec<String> = text
                    .chars()
                    .filter(|&c| bad(c))
                    .map(|c| format!("U+{:04X}", u32::from(c)))
                    .collect();
                text.retain(|c| !bad(c));
                found.push((column_of(kind, field), codes.join(", "), text.clone()));
            }
        };
        fix("id", &mut inc.id);
        fix("place_name", &mut inc.place_name);
        fix("admin1", &mut inc.admin1);
        if let Some(t) = inc.admin2.as_mut() {
            fix("admin2", t);
        }
        if let Some(t) = inc.sub_event_type.as_mut() {
            fix("sub_event_type", t);
        }
        fix("actor1", &mut inc.actor1);
        for t in &mut inc.actor1_associates {
            fix("actor1_associates", t);
        }
        fix("actor2", &mut inc.actor2);
        for t in &mut inc.actor2_associates {
            fix("actor2_associates", t);
        }
        if let Some(t) = inc.attributed_by.as_mut() {
            fix("attributed_by", t);
        }
        if let Some(t) = inc.time_of_day.as_mut() {
            fix("time_of_day", t);
        }
        fix("notes", &mut inc.notes);
        for (column, codes, value) in found {
            out.push(Problem::new(
                file,
                index,
                Some(&inc.id),
                Some(column),
                said!("p-control-characters", codes = codes, value = value),
            ));
        }
    }
    out
}

/// The column a dataset's file holds our field `field` in (ACLED's and UCDP
/// GED's names), for messages.
fn column_of(kind: crate::provenance::DatasetKind, field: &'static str) -> &'static str {
    use crate::provenance::DatasetKind;
    match (kind, field) {
        (DatasetKind::Acled, "id") => "event_id_cnty",
        (DatasetKind::Acled, "place_name") => "location",
        (DatasetKind::Acled, "actor1_associates") => "assoc_actor_1",
        (DatasetKind::Acled, "actor2_associates") => "assoc_actor_2",
        (DatasetKind::Ucdp, "place_name") => "where_coordinates",
        (DatasetKind::Ucdp, "admin1") => "adm_1",
        (DatasetKind::Ucdp, "admin2") => "adm_2",
        (DatasetKind::Ucdp, "actor1") => "side_a",
        (DatasetKind::Ucdp, "actor2") => "side_b",
        (DatasetKind::Ucdp, "notes") => "where_description",
        _ => field,
    }
}

/// Problems for incidents whose point lies outside the admin-1 region they
/// name, by point-in-polygon against the basemap's regions. `indices[i]` is the
/// feature index of `incidents[i]`. An incident whose `admin1` is no region of
/// the basemap is reported too. Only our curated incidents are checked.
pub fn check_regions(
    file: &str,
    incidents: &[Incident],
    indices: &[usize],
    basemap: &crate::Basemap,
) -> Vec<Problem> {
    use geo::Contains;
    let mut out = Vec::new();
    for (inc, &index) in incidents.iter().zip(indices) {
        if !inc.provenance.is_curated() {
            // A dataset's own admin-1 names ("Segou", "Segou region") are
            // kept as the source writes them.
            continue;
        }
        let msg = match basemap.regions.iter().find(|r| r.name == inc.admin1) {
            None => said!(
                "p-not-a-region",
                region = &inc.admin1,
                expected = basemap
                    .regions
                    .iter()
                    .map(|r| r.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Some(r) if r.shape.contains(&inc.location.to_geo()) => continue,
            Some(r) => match basemap.region_at(inc.location) {
                Some(actual) => said!("p-other-region", actual = &actual.name, region = &r.name),
                None => said!("p-no-region", region = &r.name),
            },
        };
        out.push(Problem::new(
            file,
            index,
            Some(&inc.id),
            Some("admin1"),
            msg,
        ));
    }
    out
}

/// Problems in the gazetteer: duplicate ids (the later place is the one
/// reported) and, when a basemap is given, places whose `admin1` is not the
/// region their point lies in.
pub fn check_places(
    file: &str,
    places: &[crate::Place],
    indices: &[usize],
    basemap: Option<&crate::Basemap>,
) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for (n, p) in places.iter().enumerate() {
        let index = indices.get(n).copied().unwrap_or(n);
        let problem =
            |field: &str, msg: Said| Problem::new(file, index, Some(&p.id), Some(field), msg);
        if !seen.insert(p.id.as_str()) {
            out.push(problem("id", said!("p-duplicate-id", id = &p.id)));
        }
        if let Some(b) = basemap {
            let actual = b.region_at(p.location).map(|r| r.name.as_str());
            if actual.is_some_and(|a| a != p.admin1) {
                out.push(problem(
                    "admin1",
                    said!(
                        "p-other-region",
                        actual = actual.unwrap_or_default(),
                        region = &p.admin1
                    ),
                ));
            }
        }
    }
    out
}

/// Warnings for `coordinated_with` links that point nowhere or one way only.
fn check_links(
    file: &str,
    incidents: &[Incident],
    indices: &[usize],
    rejected: &HashSet<String>,
) -> Vec<Problem> {
    let by_id: HashMap<&str, &Incident> = incidents.iter().map(|i| (i.id.as_str(), i)).collect();
    let mut out = Vec::new();
    for (n, inc) in incidents.iter().enumerate() {
        let index = indices.get(n).copied().unwrap_or(n);
        for other in &inc.coordinated_with {
            let msg = match by_id.get(other.as_str()) {
                None if rejected.contains(other) => {
                    said!("p-link-rejected", other = other)
                }
                None => said!("p-link-missing", other = other),
                Some(o) if !o.coordinated_with.contains(&inc.id) => {
                    said!("p-link-one-way", other = other)
                }
                Some(_) => continue,
            };
            out.push(Problem::new(
                file,
                index,
                Some(&inc.id),
                Some("coordinated_with"),
                msg,
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::tests::incident;
    use crate::gazetteer::Place;
    use crate::incident::Source;
    use crate::LonLat;

    fn gaz() -> Gazetteer {
        Gazetteer::new(vec![Place {
            id: "p".into(),
            name: "Sokolo".into(),
            alt_names: vec![],
            name_fr: None,
            admin1_en: None,
            from_dataset: None,
            admin1: "Ségou".into(),
            kind: "town".into(),
            geonames_id: None,
            population: None,
            source: "test".into(),
            precision: PlacePrecision::Exact,
            precision_km: None,
            location: LonLat::from_lon_lat(-6.0, 14.0),
        }])
    }

    fn ok(id: &str) -> Incident {
        let mut i = incident(id, "2022-07-27", Some(1));
        i.sources = vec![Source {
            outlet: "X".into(),
            title: "T".into(),
            date: "2022-07-27".parse().unwrap(),
            url: "https://example.org".into(),
            language: None,
            note: None,
        }];
        i
    }

    fn run(incs: Vec<Incident>) -> Dataset {
        let idx: Vec<usize> = (0..incs.len()).collect();
        validate_incidents("incidents.geojson", incs, &idx, &[], &gaz())
    }

    #[test]
    fn valid_incidents_pass() {
        let d = run(vec![ok("a"), ok("b")]);
        assert_eq!(d.incidents.len(), 2);
        assert!(d.rejected.is_empty() && d.warnings.is_empty());
    }

    #[test]
    fn duplicate_id_rejects_the_second() {
        let d = run(vec![ok("a"), ok("a")]);
        assert_eq!(d.incidents.len(), 1);
        assert_eq!(
            d.rejected[0].to_string(),
            "incidents.geojson, feature 1 (id \"a\"), field `id`: duplicate id \"a\""
        );
    }

    #[test]
    fn point_outside_mali_is_rejected() {
        let mut i = ok("dakar");
        i.location = LonLat::from_lat_lon(14.6937, -17.4441);
        let d = run(vec![i]);
        assert_eq!(d.rejected[0].field.as_deref(), Some("geometry"));
        assert!(d.rejected[0].message.to_string().contains("outside Mali"));
    }

    #[test]
    fn unknown_place_is_rejected() {
        let mut i = ok("a");
        i.place_id = Some("nowhere".into());
        let d = run(vec![i]);
        assert_eq!(
            d.rejected[0].message.to_string(),
            "no place with id \"nowhere\" in the gazetteer"
        );
    }

    #[test]
    fn point_too_far_from_its_place_is_rejected() {
        let mut i = ok("a");
        i.location = LonLat::from_lon_lat(-5.5, 14.0);
        let d = run(vec![i]);
        assert!(d.rejected[0]
            .message
            .to_string()
            .contains("km from its place \"Sokolo\""));
        // Regression: the distances kept English decimals in French.
        let fr = crate::i18n::words(crate::i18n::Lang::Fr).say(&d.rejected[0].message);
        let en = d.rejected[0].message.to_string();
        let decimals = |t: &str, sign: char| {
            t.split(' ')
                .filter(|w| {
                    w.contains(sign) && w.chars().next().is_some_and(|c| c.is_ascii_digit())
                })
                .count()
        };
        assert!(
            decimals(&en, '.') >= 1 && decimals(&fr, ',') >= 1,
            "{en} / {fr}"
        );
        assert_eq!(decimals(&fr, '.'), 0, "{fr}");
        let mut near = ok("b");
        near.location = LonLat::from_lon_lat(-5.5, 14.0);
        near.location_precision = LocationPrecision::Near;
        near.location_radius_km = Some(60.0);
        assert!(run(vec![near]).rejected.is_empty());
    }

    #[test]
    fn wrong_sub_event_type_is_rejected() {
        let mut i = ok("a");
        i.sub_event_type = Some("Suicide bomb".into());
        let d = run(vec![i]);
        assert_eq!(d.rejected[0].field.as_deref(), Some("sub_event_type"));
    }

    #[test]
    fn seriously_injured_cannot_exceed_injured() {
        let mut i = ok("a");
        i.casualties.injured.military = Some(2);
        i.casualties.seriously_injured = Some(5);
        assert_eq!(
            run(vec![i]).rejected[0].field.as_deref(),
            Some("seriously_injured")
        );
    }

    #[test]
    fn french_text_covers_every_field_we_write_in_english() {
        let mut i = ok("a");
        i.time_of_day = Some("at dusk".into());
        i.french = Some(Box::new(crate::incident::French {
            actor1: Some("x".into()),
            actor2: Some("y".into()),
            notes: Some("z".into()),
            ..Default::default()
        }));
        let d = run(vec![i.clone()]);
        assert_eq!(d.rejected[0].field.as_deref(), Some("fr"));
        assert!(
            d.rejected[0].message.to_string().contains("time_of_day"),
            "{:?}",
            d.rejected
        );
        if let Some(f) = i.french.as_mut() {
            f.time_of_day = Some("au crépuscule".into());
            f.attributed_by = i.attributed_by.clone();
            f.figures_source = i.figures_source.clone();
        }
        assert!(run(vec![i.clone()]).rejected.is_empty());
        // Regression: an empty translation, or one of a text the incident
        // does not have, passed the check.
        let mut blank = i.clone();
        if let Some(f) = blank.french.as_mut() {
            f.notes = Some("  ".into());
        }
        let d = run(vec![blank]);
        assert!(
            d.rejected[0].message.to_string().contains("notes"),
            "{:?}",
            d.rejected
        );
        let mut unused = i.clone();
        unused.time_of_day = None;
        let d = run(vec![unused]);
        assert!(
            d.rejected[0]
                .message
                .to_string()
                .contains("does not have: time_of_day"),
            "{:?}",
            d.rejected
        );
        let mut empty_meaning = i;
        empty_meaning.figure_wordings = vec![crate::incident::FigureWording {
            figure: crate::incident::FigureRef::InjuredCivilian,
            as_reported: "une vingtaine".into(),
            meaning: "about twenty".into(),
        }];
        if let Some(f) = empty_meaning.french.as_mut() {
            f.meanings = vec![String::new()];
        }
        let d = run(vec![empty_meaning]);
        assert_eq!(d.rejected[0].field.as_deref(), Some("fr.meanings"));
    }

    #[test]
    fn a_source_language_must_be_a_code() {
        let mut i = ok("a");
        i.sources[0].language = Some("French".into());
        let d = run(vec![i.clone()]);
        assert!(
            d.rejected[0].message.to_string().contains("\"French\""),
            "{:?}",
            d.rejected
        );
        i.sources[0].language = Some("fr".into());
        assert!(run(vec![i]).rejected.is_empty());
    }

    #[test]
    fn a_figure_worded_twice_is_rejected() {
        use crate::incident::{FigureRef, FigureWording};
        let mut a = ok("a");
        let w = FigureWording {
            figure: FigureRef::InjuredCivilian,
            as_reported: "une vingtaine".into(),
            meaning: "about twenty".into(),
        };
        a.figure_wordings = vec![w.clone(), w];
        let d = run(vec![a]);
        assert_eq!(d.rejected.len(), 1);
        assert_eq!(
            d.rejected[0].to_string(),
            "incidents.geojson, feature 0 (id \"a\"), field `figure_wordings`: two wordings for the figure injured.civilian"
        );
    }

    #[test]
    fn admin1_must_contain_the_point() {
        use crate::basemap::tests::rect;
        use crate::basemap::{Basemap, Item};
        let b = Basemap::new(vec![
            Item::Area(rect("Ségou", -6.5, 13.0, 1.0, 2.0)),
            Item::Area(rect("Mopti", -5.5, 13.0, 1.0, 2.0)),
        ]);
        let mut i = ok("a"); // at (-6.0, 14.0), in Ségou
        assert!(check_regions("f", std::slice::from_ref(&i), &[0], &b).is_empty());
        i.admin1 = "Mopti".into();
        let p = &check_regions("f", std::slice::from_ref(&i), &[0], &b)[0];
        assert_eq!(p.to_string(), "f, feature 0 (id \"a\"), field `admin1`: the point lies in Ségou, not in Mopti as the field says");
        i.admin1 = "Nara".into();
        let p = &check_regions("f", std::slice::from_ref(&i), &[0], &b)[0];
        assert!(p
            .message
            .to_string()
            .starts_with("\"Nara\" is not a region of the basemap"));
    }

    #[test]
    fn duplicate_place_ids_are_reported() {
        let g = gaz();
        let places = vec![g.places()[0].clone(), g.places()[0].clone()];
        let p = check_places("gazetteer.geojson", &places, &[0, 1], None);
        assert_eq!(
            p[0].to_string(),
            "gazetteer.geojson, feature 1 (id \"p\"), field `id`: duplicate id \"p\""
        );
    }

    #[test]
    fn one_way_and_dangling_links_warn_without_rejecting() {
        let mut a = ok("a");
        a.coordinated_with = vec!["b".into(), "zzz".into()];
        let b = ok("b");
        let d = run(vec![ok("x"), ok("x"), a, b]);
        assert_eq!(d.incidents.len(), 3);
        assert_eq!(d.indices, [0, 2, 3]);
        // Regression: link warnings named the wrong feature index once an
        // earlier feature had been rejected.
        assert_eq!(d.warnings[0].index, 2);
        let msgs: Vec<String> = d.warnings.iter().map(|p| p.message.to_string()).collect();
        assert_eq!(
            msgs,
            [
                "links to \"b\", which does not link back",
                "links to \"zzz\", which is not in the dataset"
            ]
        );
    }
}
