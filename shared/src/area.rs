//! An area drawn on the map, which keeps only the incidents inside it: a
//! circle (a centre and a radius in km, the distance measured on the ground
//! by `geo`'s haversine) or a polygon of three or more corners (`geo`'s
//! point-in-polygon). Corners are kept to 1e-5 degree (about a metre), so
//! that an area is exactly equal to itself once written in a link and read
//! back.
//!
//! In the link: `area=circle:LAT,LON,KM` or `area=polygon:LAT,LON;LAT,LON;…`
//! (latitude first, as the link's `at`).

use geo::{BoundingRect, Contains, Intersects};

use crate::LonLat;

/// Degrees are kept in units of 1e-5 degree.
const UNITS_PER_DEGREE: f64 = 100_000.0;

/// The smallest circle, in km: a press without a drag makes none.
pub const MIN_RADIUS_KM: f64 = 0.5;

/// The largest circle, in km (wider than Mali).
pub const MAX_RADIUS_KM: f64 = 2000.0;

/// A circle is drawn as a polygon of this many points on the ground.
const CIRCLE_POINTS: usize = 96;

/// The most corners a polygon read from a link may have.
pub const MAX_CORNERS: usize = 500;

/// A point of an area, in units of 1e-5 degree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AreaPoint {
    lon: i32,
    lat: i32,
}

impl AreaPoint {
    /// The point nearest `p` on the 1e-5 degree grid.
    pub fn from_lon_lat(p: LonLat) -> AreaPoint {
        let unit = |d: f64| (d * UNITS_PER_DEGREE).round() as i32;
        AreaPoint {
            lon: unit(p.lon.clamp(-180.0, 180.0)),
            lat: unit(p.lat.clamp(-90.0, 90.0)),
        }
    }

    /// The point in degrees.
    pub fn to_lon_lat(self) -> LonLat {
        LonLat::from_lon_lat(
            f64::from(self.lon) / UNITS_PER_DEGREE,
            f64::from(self.lat) / UNITS_PER_DEGREE,
        )
    }
}

/// The area the map keeps.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Area {
    /// Everything within `radius_m` metres of `centre`.
    Circle { centre: AreaPoint, radius_m: u32 },
    /// Everything inside the polygon (or on its edge).
    Polygon { corners: Vec<AreaPoint> },
}

impl Area {
    /// A circle around `centre` of `radius_km`, bounded to
    /// [`MIN_RADIUS_KM`]..=[`MAX_RADIUS_KM`].
    pub fn circle(centre: LonLat, radius_km: f64) -> Area {
        let km = if radius_km.is_finite() {
            radius_km.clamp(MIN_RADIUS_KM, MAX_RADIUS_KM)
        } else {
            MIN_RADIUS_KM
        };
        Area::Circle {
            centre: AreaPoint::from_lon_lat(centre),
            radius_m: (km * 1000.0).round() as u32,
        }
    }

    /// A circle around `centre` about `radius_px` across on a screen of
    /// `px_per_km`, its radius a round figure (two significant digits:
    /// 23.4 km is 23 km, 1,234 km is 1,200 km).
    pub fn circle_on_screen(centre: LonLat, radius_px: f64, px_per_km: f64) -> Area {
        let km = if px_per_km > 0.0 {
            radius_px / px_per_km
        } else {
            0.0
        };
        Area::circle(centre, round_km(km))
    }

    /// A circle around `centre` whose edge passes near `edge` (its radius
    /// a round figure, see [`Area::circle_on_screen`]), or none when the two
    /// are closer than [`MIN_RADIUS_KM`] (a press, not a drag).
    pub fn circle_through(centre: LonLat, edge: LonLat) -> Option<Area> {
        let km = centre.distance_km(edge);
        (km >= MIN_RADIUS_KM).then(|| Area::circle(centre, round_km(km)))
    }

    /// A polygon of `corners` (in drawing order, not closed), or none with
    /// fewer than three distinct corners.
    pub fn polygon(corners: &[LonLat]) -> Option<Area> {
        let mut kept: Vec<AreaPoint> = Vec::with_capacity(corners.len());
        for c in corners.iter().map(|c| AreaPoint::from_lon_lat(*c)) {
            if kept.last() != Some(&c) {
                kept.push(c);
            }
        }
        if kept.len() > 1 && kept.first() == kept.last() {
            kept.pop();
        }
        let distinct: std::collections::HashSet<&AreaPoint> = kept.iter().collect();
        (distinct.len() >= 3).then_some(Area::Polygon { corners: kept })
    }

    /// The circle's radius in km (none for a polygon).
    pub fn radius_km(&self) -> Option<f64> {
        match self {
            Area::Circle { radius_m, .. } => Some(f64::from(*radius_m) / 1000.0),
            Area::Polygon { .. } => None,
        }
    }

    /// The same circle with another radius (a polygon is left as it is).
    pub fn with_radius_km(&self, km: f64) -> Area {
        match self {
            Area::Circle { centre, .. } => Area::circle(centre.to_lon_lat(), km),
            other => other.clone(),
        }
    }

    /// The circle's centre, or the polygon's corners, in degrees.
    pub fn points(&self) -> Vec<LonLat> {
        match self {
            Area::Circle { centre, .. } => vec![centre.to_lon_lat()],
            Area::Polygon { corners } => corners.iter().map(|c| c.to_lon_lat()).collect(),
        }
    }

    /// The outline to draw, in degrees: the polygon's corners, or points
    /// on the ground at the circle's radius from its centre (what
    /// [`Area::contains`] measures, not a circle of the projection).
    pub fn outline(&self) -> Vec<LonLat> {
        match self {
            Area::Circle { centre, radius_m } => {
                circle_outline(centre.to_lon_lat(), f64::from(*radius_m))
            }
            Area::Polygon { corners } => corners.iter().map(|c| c.to_lon_lat()).collect(),
        }
    }

    /// The outline as an SVG path `d` in frame units (closed).
    pub fn outline_d(&self, frame: &crate::Frame) -> String {
        path_d(frame, &self.outline(), true)
    }

    /// The lookup that says which points are inside.
    pub fn test(&self) -> AreaTest {
        match self {
            Area::Circle { centre, radius_m } => AreaTest::Circle {
                centre: centre.to_lon_lat(),
                km: f64::from(*radius_m) / 1000.0,
            },
            Area::Polygon { corners } => {
                let ring: Vec<geo::Coord<f64>> = corners
                    .iter()
                    .map(|c| {
                        let p = c.to_lon_lat();
                        geo::coord! { x: p.lon, y: p.lat }
                    })
                    .collect();
                let shape = geo::Polygon::new(geo::LineString::new(ring), Vec::new());
                let bounds = shape.bounding_rect();
                AreaTest::Polygon { shape, bounds }
            }
        }
    }

    /// True when `p` is inside (or on the edge).
    pub fn contains(&self, p: LonLat) -> bool {
        self.test().contains(p)
    }

    /// The link's value (see the module's documentation).
    pub fn to_link(&self) -> String {
        let point = |c: &AreaPoint| {
            let p = c.to_lon_lat();
            format!("{},{}", round(p.lat, 5), round(p.lon, 5))
        };
        match self {
            Area::Circle { centre, radius_m } => format!(
                "circle:{},{}",
                point(centre),
                round(f64::from(*radius_m) / 1000.0, 3)
            ),
            Area::Polygon { corners } => {
                let list: Vec<String> = corners.iter().map(point).collect();
                format!("polygon:{}", list.join(";"))
            }
        }
    }

    /// Reads a link's value; none when it is not one.
    pub fn from_link(value: &str) -> Option<Area> {
        let number = |s: &str| s.trim().parse::<f64>().ok().filter(|x| x.is_finite());
        let point = |s: &str| {
            let (lat, lon) = s.split_once(',')?;
            let (lat, lon) = (number(lat)?, number(lon)?);
            ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon))
                .then(|| LonLat::from_lat_lon(lat, lon))
        };
        if let Some(rest) = value.strip_prefix("circle:") {
            let (at, km) = rest.rsplit_once(',')?;
            let km = number(km)?;
            let centre = point(at)?;
            return (MIN_RADIUS_KM..=MAX_RADIUS_KM)
                .contains(&km)
                .then(|| Area::circle(centre, km));
        }
        let rest = value.strip_prefix("polygon:")?;
        if rest.split(';').count() > MAX_CORNERS {
            return None;
        }
        let corners: Option<Vec<LonLat>> = rest.split(';').map(point).collect();
        Area::polygon(&corners?)
    }

    /// In words, for the filters' summary: "within 25 km of 13.9°N, 6.0°W"
    /// or "inside an area drawn on the map (5 corners)".
    pub fn describe(&self, w: &crate::i18n::Words) -> String {
        use crate::i18n::arg;
        match self {
            Area::Circle { centre, radius_m } => {
                let p = centre.to_lon_lat();
                w.tf(
                    "filter-area-circle",
                    &[
                        ("km", arg(round(f64::from(*radius_m) / 1000.0, 1))),
                        ("lat", arg(round(p.lat.abs(), 2))),
                        ("ns", arg(if p.lat >= 0.0 { "N" } else { "S" })),
                        ("lon", arg(round(p.lon.abs(), 2))),
                        ("ew", arg(if p.lon >= 0.0 { "E" } else { "W" })),
                    ],
                )
            }
            Area::Polygon { corners } => w.tf(
                "filter-area-polygon",
                &[("corners", arg(corners.len() as u32))],
            ),
        }
    }
}

/// Points at `metres` from `centre` on the ground, all around.
fn circle_outline(centre: LonLat, metres: f64) -> Vec<LonLat> {
    use geo::{Destination, Haversine};
    (0..CIRCLE_POINTS)
        .map(|i| {
            let bearing = 360.0 * i as f64 / CIRCLE_POINTS as f64;
            let p = Haversine::destination(centre.to_geo(), bearing, metres);
            LonLat::from_lon_lat(p.x(), p.y())
        })
        .collect()
}

/// An SVG path `d` through `points` in frame units (to 0.001: the map
/// zooms far in), closed or open.
fn path_d(frame: &crate::Frame, points: &[LonLat], closed: bool) -> String {
    let line = geo::LineString::from(points.iter().map(|p| (p.lon, p.lat)).collect::<Vec<_>>());
    if closed {
        let shape = geo::MultiPolygon::new(vec![geo::Polygon::new(line, Vec::new())]);
        frame.path_d_to(&shape, 3)
    } else {
        frame.lines_d_to(&geo::MultiLineString::new(vec![line]), 3)
    }
}

/// Which area is being drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AreaKind {
    Circle,
    Polygon,
}

impl AreaKind {
    pub const ALL: [AreaKind; 2] = [AreaKind::Circle, AreaKind::Polygon];

    /// Its key, for messages and test hooks.
    pub fn key(self) -> &'static str {
        match self {
            AreaKind::Circle => "circle",
            AreaKind::Polygon => "polygon",
        }
    }
}

/// An area being drawn with the pointer. A circle: a press at its centre
/// and a drag to its edge (or a click at the centre, then one at the edge).
/// A polygon: a click at each corner, then [`Sketch::finish`] (a click on
/// the first corner, a double click, Enter or the Finish button).
#[derive(Debug, Clone, PartialEq)]
pub struct Sketch {
    kind: AreaKind,
    /// The circle's centre, or the polygon's corners so far.
    points: Vec<LonLat>,
    /// Where the pointer is (the edge or the next corner, drawn).
    cursor: Option<LonLat>,
}

/// What a sketch draws now.
#[derive(Debug, Clone, PartialEq)]
pub enum SketchShape {
    /// The circle the pointer would make (its outline).
    Circle(Vec<LonLat>),
    /// The corners so far and the pointer, as an open line.
    Line(Vec<LonLat>),
}

impl SketchShape {
    /// As an SVG path `d` in frame units (the circle closed, the line open).
    pub fn d(&self, frame: &crate::Frame) -> String {
        match self {
            SketchShape::Circle(o) => path_d(frame, o, true),
            SketchShape::Line(l) => path_d(frame, l, false),
        }
    }
}

impl Sketch {
    /// The corners placed so far (the circle's centre).
    pub fn corners(&self) -> &[LonLat] {
        &self.points
    }

    /// A new sketch of `kind`, nothing placed yet.
    pub fn new(kind: AreaKind) -> Sketch {
        Sketch {
            kind,
            points: Vec::new(),
            cursor: None,
        }
    }

    pub fn kind(&self) -> AreaKind {
        self.kind
    }

    /// How many points are placed (the circle's centre, the corners).
    pub fn placed(&self) -> usize {
        self.points.len()
    }

    /// The first corner (where a click closes the polygon).
    pub fn first(&self) -> Option<LonLat> {
        self.points.first().copied()
    }

    /// A press at `p`: a circle's centre, unless one is placed.
    pub fn press(&mut self, p: LonLat) {
        if self.kind == AreaKind::Circle && self.points.is_empty() {
            self.points.push(p);
        }
        self.cursor = Some(p);
    }

    /// The pointer moved to `p`.
    pub fn hover(&mut self, p: LonLat) {
        self.cursor = Some(p);
    }

    /// The press ended at `p`: the circle through `p`, when it is far
    /// enough from the centre (else the centre stays, for a click at the
    /// edge). Nothing for a polygon (see [`Sketch::click`]).
    pub fn release(&mut self, p: LonLat) -> Option<Area> {
        self.cursor = Some(p);
        match (self.kind, self.points.first()) {
            (AreaKind::Circle, Some(c)) => Area::circle_through(*c, p),
            _ => None,
        }
    }

    /// A click at `p` on a polygon: one more corner.
    pub fn click(&mut self, p: LonLat) {
        if self.kind == AreaKind::Polygon {
            self.points.push(p);
            self.cursor = Some(p);
        }
    }

    /// Takes the last corner back.
    pub fn undo(&mut self) {
        self.points.pop();
    }

    /// The polygon of the corners placed, when there are three or more.
    pub fn finish(&self) -> Option<Area> {
        match self.kind {
            AreaKind::Polygon => Area::polygon(&self.points),
            AreaKind::Circle => None,
        }
    }

    /// What to draw now.
    pub fn shape(&self) -> Option<SketchShape> {
        match self.kind {
            AreaKind::Circle => {
                // The circle a release here would keep (rounded, bounded).
                let c = *self.points.first()?;
                let km = round_km(c.distance_km(self.cursor?)).clamp(MIN_RADIUS_KM, MAX_RADIUS_KM);
                Some(SketchShape::Circle(circle_outline(c, km * 1000.0)))
            }
            AreaKind::Polygon => {
                let mut line = self.points.clone();
                line.extend(self.cursor.filter(|_| !self.points.is_empty()));
                (!line.is_empty()).then_some(SketchShape::Line(line))
            }
        }
    }
}

/// `km` to two significant digits (23.4 is 23, 1,234 is 1,200, 0.68 is 0.68).
fn round_km(km: f64) -> f64 {
    if km > 0.0 && km.is_finite() {
        let places = 1 - km.log10().floor() as i32;
        let unit = 10f64.powi(-places);
        let r = (km / unit).round() * unit;
        // Written back with as many decimals as it has (no 0.6800000001).
        round(r, places.max(0))
    } else {
        0.0
    }
}

/// `x` rounded to `places` decimals.
fn round(x: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (x * f).round() / f
}

/// An area made ready to test many points.
#[derive(Debug, Clone)]
pub enum AreaTest {
    Circle {
        centre: LonLat,
        km: f64,
    },
    Polygon {
        shape: geo::Polygon<f64>,
        bounds: Option<geo::Rect<f64>>,
    },
}

impl AreaTest {
    /// True when `p` is inside (or on the edge).
    pub fn contains(&self, p: LonLat) -> bool {
        match self {
            AreaTest::Circle { centre, km } => centre.distance_km(p) <= *km,
            AreaTest::Polygon { shape, bounds } => {
                let at = geo::Point::new(p.lon, p.lat);
                bounds.is_some_and(|b| b.intersects(&at))
                    && (shape.contains(&at) || shape.exterior().intersects(&at))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sokolo() -> LonLat {
        // Any point will do for these tests; a round one reads best.
        LonLat::from_lat_lon(14.7, -6.1)
    }

    #[test]
    fn a_circle_keeps_what_is_within_its_radius_on_the_ground() {
        let c = Area::circle(sokolo(), 25.0);
        // 0.2 degree of latitude is about 22.2 km; 0.25 about 27.8 km.
        assert!(c.contains(LonLat::from_lat_lon(14.9, -6.1)));
        assert!(!c.contains(LonLat::from_lat_lon(14.95, -6.1)));
        assert!(c.contains(sokolo()));
        assert_eq!(c.radius_km(), Some(25.0));
    }

    #[test]
    fn a_circle_put_from_the_screen_has_a_round_radius() {
        let c = Area::circle_on_screen(sokolo(), 100.0, 4.27);
        assert_eq!(c.radius_km(), Some(23.0));
        let c = Area::circle_on_screen(sokolo(), 300.0, 0.25);
        assert_eq!(c.radius_km(), Some(1200.0));
        let c = Area::circle_on_screen(sokolo(), 100.0, 0.0);
        assert_eq!(c.radius_km(), Some(MIN_RADIUS_KM));
    }

    #[test]
    fn a_press_without_a_drag_makes_no_circle() {
        assert_eq!(Area::circle_through(sokolo(), sokolo()), None);
        let c = Area::circle_through(sokolo(), LonLat::from_lat_lon(14.8, -6.1));
        assert_eq!(
            c.and_then(|c| c.radius_km()),
            Some(11.0),
            "11.12 km, rounded"
        );
        assert_eq!(round_km(0.684), 0.68);
        assert_eq!(round_km(69.495), 69.0);
    }

    #[test]
    fn a_polygon_keeps_its_inside_and_its_edge() {
        let square = [
            LonLat::from_lon_lat(-7.0, 14.0),
            LonLat::from_lon_lat(-5.0, 14.0),
            LonLat::from_lon_lat(-5.0, 16.0),
            LonLat::from_lon_lat(-7.0, 16.0),
        ];
        let p = Area::polygon(&square).expect("four corners");
        assert!(p.contains(LonLat::from_lon_lat(-6.0, 15.0)));
        assert!(p.contains(LonLat::from_lon_lat(-5.0, 15.0)), "on the edge");
        assert!(!p.contains(LonLat::from_lon_lat(-4.9, 15.0)));
        assert!(!p.contains(LonLat::from_lon_lat(-6.0, 16.5)));
    }

    #[test]
    fn fewer_than_three_corners_is_no_polygon() {
        let a = LonLat::from_lon_lat(-7.0, 14.0);
        let b = LonLat::from_lon_lat(-5.0, 14.0);
        assert_eq!(Area::polygon(&[a, b]), None);
        assert_eq!(Area::polygon(&[a, b, b, a]), None, "repeated corners");
        // A closed ring is read as its corners.
        let c = LonLat::from_lon_lat(-6.0, 15.0);
        let closed = Area::polygon(&[a, b, c, a]);
        assert_eq!(closed, Area::polygon(&[a, b, c]));
    }

    #[test]
    fn a_circle_is_drawn_on_the_ground_at_its_radius() {
        let c = Area::circle(sokolo(), 50.0);
        let outline = c.outline();
        assert_eq!(outline.len(), CIRCLE_POINTS);
        for p in outline {
            assert!((sokolo().distance_km(p) - 50.0).abs() < 0.01);
        }
    }

    #[test]
    fn outlines_are_svg_paths_in_frame_units() {
        let frame = crate::Frame::fit(crate::MALI_BBOX);
        let p = Area::polygon(&[
            LonLat::from_lon_lat(-7.0, 14.0),
            LonLat::from_lon_lat(-5.0, 14.0),
            LonLat::from_lon_lat(-6.0, 15.5),
        ])
        .expect("three corners");
        let d = p.outline_d(&frame);
        assert!(d.starts_with('M') && d.ends_with('Z'), "{d}");
        let (x, y) = frame.project(LonLat::from_lon_lat(-7.0, 14.0));
        assert!(d.starts_with(&format!("M{x:.3} {y:.3}")), "{d}");
        let mut s = Sketch::new(AreaKind::Polygon);
        s.click(LonLat::from_lon_lat(-7.0, 14.0));
        s.hover(LonLat::from_lon_lat(-5.0, 14.0));
        let line = s.shape().expect("a line").d(&frame);
        assert!(line.contains('L') && !line.ends_with('Z'), "{line}");
    }

    #[test]
    fn a_circle_is_sketched_by_a_drag_or_by_two_clicks() {
        let edge = LonLat::from_lat_lon(14.9, -6.1);
        // A press and a drag.
        let mut s = Sketch::new(AreaKind::Circle);
        s.press(sokolo());
        s.hover(edge);
        assert!(matches!(s.shape(), Some(SketchShape::Circle(_))));
        let done = s.release(edge).expect("a circle");
        assert_eq!(done.radius_km(), Some(22.0));
        // A click at the centre, then one at the edge.
        let mut s = Sketch::new(AreaKind::Circle);
        s.press(sokolo());
        assert_eq!(s.release(sokolo()), None, "the centre stays");
        s.press(edge);
        assert_eq!(s.placed(), 1, "the second press is not a new centre");
        assert_eq!(s.release(edge), Some(done));
    }

    #[test]
    fn a_polygon_is_sketched_corner_by_corner() {
        let mut s = Sketch::new(AreaKind::Polygon);
        assert_eq!(s.shape(), None);
        s.click(LonLat::from_lon_lat(-7.0, 14.0));
        s.click(LonLat::from_lon_lat(-5.0, 14.0));
        assert_eq!(s.finish(), None, "two corners");
        s.hover(LonLat::from_lon_lat(-6.0, 15.0));
        match s.shape() {
            Some(SketchShape::Line(l)) => assert_eq!(l.len(), 3, "the corners and the pointer"),
            other => panic!("{other:?}"),
        }
        s.click(LonLat::from_lon_lat(-6.0, 15.0));
        s.click(LonLat::from_lon_lat(-6.5, 15.5));
        s.undo();
        let area = s.finish().expect("three corners");
        assert_eq!(area.points().len(), 3);
        // A press or a release draws no circle on a polygon.
        s.press(sokolo());
        assert_eq!(s.release(sokolo()), None);
    }

    #[test]
    fn an_area_is_written_in_the_link_and_read_back_equal() {
        let c = Area::circle(LonLat::from_lat_lon(14.73412, -6.12345), 25.5);
        assert_eq!(c.to_link(), "circle:14.73412,-6.12345,25.5");
        assert_eq!(Area::from_link(&c.to_link()), Some(c));
        let p = Area::polygon(&[
            LonLat::from_lon_lat(-7.0, 14.0),
            LonLat::from_lon_lat(-5.0, 14.0),
            LonLat::from_lon_lat(-6.0, 15.5),
        ])
        .expect("three corners");
        assert_eq!(p.to_link(), "polygon:14,-7;14,-5;15.5,-6");
        assert_eq!(Area::from_link(&p.to_link()), Some(p));
    }

    #[test]
    fn a_bad_link_value_is_no_area() {
        for bad in [
            "",
            "circle:14,-6",
            "circle:14,-6,0",
            "circle:14,-6,5000",
            "circle:95,-6,10",
            "circle:14,x,10",
            "polygon:14,-7;14,-5",
            "polygon:14,-7;14,-5;nope",
            "square:14,-7,3",
        ] {
            assert_eq!(Area::from_link(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_area_is_said_in_both_languages() {
        let c = Area::circle(LonLat::from_lat_lon(14.7, -6.1), 25.0);
        let en = c.describe(crate::i18n::words(crate::i18n::Lang::En));
        assert!(
            en.contains("25") && en.contains("14.7") && en.contains("W"),
            "{en}"
        );
        let fr = c.describe(crate::i18n::words(crate::i18n::Lang::Fr));
        assert!(
            fr.contains("25\u{a0}km") && fr.contains("14,7") && fr.contains("6,1°\u{a0}O"),
            "{fr}"
        );
        let p = Area::polygon(&[
            LonLat::from_lon_lat(-7.0, 14.0),
            LonLat::from_lon_lat(-5.0, 14.0),
            LonLat::from_lon_lat(-6.0, 15.5),
        ])
        .expect("three corners");
        let en = p.describe(crate::i18n::words(crate::i18n::Lang::En));
        assert!(en.contains('3'), "{en}");
    }
}
