//! Web Mercator projection, the map frame and the zoomable view.
//!
//! Three coordinate spaces:
//! - geographic: [`LonLat`] in degrees;
//! - frame units: Web Mercator, translated and scaled so the basemap's bounding
//!   box spans [`Frame::WIDTH`] units across (y grows downwards, as in SVG). Paths
//!   and marker centres are written in frame units once, at load;
//! - screen pixels: `screen = frame * k + (tx, ty)`, the [`View`]. Panning and
//!   zooming change only the view, so nothing is re-projected.

use std::f64::consts::PI;
use std::fmt::Write;

use crate::geo_point::BBox;
use crate::LonLat;

/// Latitude limit of Web Mercator, in degrees.
pub const MAX_LATITUDE: f64 = 85.051_128_779_806_59;

/// Web Mercator of `p` in world units: x and y in 0..1, y down (north at 0).
pub fn mercator(p: LonLat) -> (f64, f64) {
    let lat = p.lat.clamp(-MAX_LATITUDE, MAX_LATITUDE).to_radians();
    let x = (p.lon + 180.0) / 360.0;
    let y = (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / PI) / 2.0;
    (x, y)
}

/// Inverse of [`mercator`].
pub fn inverse_mercator(x: f64, y: f64) -> LonLat {
    let lon = x * 360.0 - 180.0;
    let lat = (PI * (1.0 - 2.0 * y)).sinh().atan().to_degrees();
    LonLat::from_lon_lat(lon, lat)
}

/// A point in screen pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScreenPoint {
    pub x: f64,
    pub y: f64,
}

/// Maps geographic points to frame units (see the module doc).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// Mercator x of the frame's left edge.
    x0: f64,
    /// Mercator y of the frame's top edge.
    y0: f64,
    /// Frame units per Mercator world unit.
    scale: f64,
    /// Frame height in units (width is [`Frame::WIDTH`]).
    height: f64,
}

impl Frame {
    /// Frame width in units.
    pub const WIDTH: f64 = 1000.0;

    /// A frame whose width spans `bbox`.
    pub fn fit(bbox: BBox) -> Self {
        let (x0, y0) = mercator(LonLat::from_lon_lat(bbox.west, bbox.north));
        let (x1, y1) = mercator(LonLat::from_lon_lat(bbox.east, bbox.south));
        let scale = Self::WIDTH / (x1 - x0).max(f64::EPSILON);
        Frame {
            x0,
            y0,
            scale,
            height: (y1 - y0) * scale,
        }
    }

    /// Frame height in units.
    pub fn height(&self) -> f64 {
        self.height
    }

    /// Frame units of `p` as (x, y).
    pub fn project(&self, p: LonLat) -> (f64, f64) {
        let (x, y) = mercator(p);
        ((x - self.x0) * self.scale, (y - self.y0) * self.scale)
    }

    /// The geographic point at frame units (x, y).
    pub fn unproject(&self, x: f64, y: f64) -> LonLat {
        inverse_mercator(x / self.scale + self.x0, y / self.scale + self.y0)
    }

    /// Frame units per Mercator world unit (the whole world's width).
    pub fn scale(&self) -> f64 {
        self.scale
    }

    /// Frame units of a point in Mercator world units (0..1, y down).
    pub fn from_world(&self, x: f64, y: f64) -> (f64, f64) {
        ((x - self.x0) * self.scale, (y - self.y0) * self.scale)
    }

    /// Mercator world units of frame units (x, y).
    pub fn to_world(&self, x: f64, y: f64) -> (f64, f64) {
        (x / self.scale + self.x0, y / self.scale + self.y0)
    }

    /// Frame units per kilometre at latitude `lat` (Mercator stretches with 1/cos).
    pub fn units_per_km(&self, lat: f64) -> f64 {
        const EQUATOR_KM: f64 = 40_075.016_686;
        self.scale / (EQUATOR_KM * lat.to_radians().cos())
    }

    /// Appends one line (`M x y L x y ...`) in frame units rounded to
    /// `digits` decimals.
    fn push_line(&self, d: &mut String, line: &geo::LineString<f64>, digits: usize) {
        for (i, c) in line.coords().enumerate() {
            let (x, y) = self.project(LonLat::from_lon_lat(c.x, c.y));
            let cmd = if i == 0 { 'M' } else { 'L' };
            let _ = write!(d, "{cmd}{x:.digits$} {y:.digits$}");
        }
    }

    /// An SVG path `d` for lines (open paths), in frame units rounded to 0.1.
    pub fn lines_d(&self, lines: &geo::MultiLineString<f64>) -> String {
        self.lines_d_to(lines, 1)
    }

    /// An SVG path `d` for a multipolygon (closed rings), in frame units rounded to 0.1.
    pub fn path_d(&self, shape: &geo::MultiPolygon<f64>) -> String {
        self.path_d_to(shape, 1)
    }

    /// [`Frame::lines_d`] rounded to `digits` decimals (0.1 frame unit is
    /// about 180 m: the zoomed-in layers need 0.01).
    pub fn lines_d_to(&self, lines: &geo::MultiLineString<f64>, digits: usize) -> String {
        let mut d = String::new();
        for line in &lines.0 {
            self.push_line(&mut d, line, digits);
        }
        d
    }

    /// [`Frame::path_d`] rounded to `digits` decimals.
    pub fn path_d_to(&self, shape: &geo::MultiPolygon<f64>, digits: usize) -> String {
        let mut d = String::new();
        for poly in &shape.0 {
            for ring in std::iter::once(poly.exterior()).chain(poly.interiors()) {
                self.push_line(&mut d, ring, digits);
                d.push('Z');
            }
        }
        d
    }
}

/// A scale bar: a round distance and its length on screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScaleBar {
    /// The distance shown, in km (1, 2 or 5 × 10ⁿ).
    pub km: f64,
    /// Its length in screen px.
    pub px: f64,
}

impl ScaleBar {
    /// The longest round distance that fits in `max_px` at latitude `lat`
    /// (Mercator's scale changes with latitude), for view scale `k`.
    pub fn fit(frame: &Frame, k: f64, lat: f64, max_px: f64) -> Self {
        let px_per_km = frame.units_per_km(lat) * k;
        let max_km = max_px / px_per_km;
        let exp = max_km.log10().floor();
        let base = 10f64.powf(exp);
        let km = [5.0, 2.0, 1.0]
            .into_iter()
            .map(|m| m * base)
            .find(|&km| km <= max_km)
            .unwrap_or(base);
        ScaleBar {
            km,
            px: km * px_per_km,
        }
    }

    /// "200 km", "500 m", in `w`'s numbers.
    pub fn label(&self, w: &crate::i18n::Words) -> String {
        w.length(self.km * 1000.0)
    }
}

/// The zoom and pan of the map: `screen = frame * k + (tx, ty)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    /// Screen pixels per frame unit.
    pub k: f64,
    /// Screen x of the frame's origin, in px.
    pub tx: f64,
    /// Screen y of the frame's origin, in px.
    pub ty: f64,
}

impl View {
    /// Zoom limits relative to the fitted view.
    pub const MIN_ZOOM: f64 = 0.5;
    /// Zoom limits relative to the fitted view.
    pub const MAX_ZOOM: f64 = 64.0;

    /// The view that shows a `frame_w` × `frame_h` frame centred in a
    /// `screen_w` × `screen_h` px screen with `padding` px on every side.
    pub fn fit(frame_w: f64, frame_h: f64, screen_w: f64, screen_h: f64, padding: f64) -> Self {
        let avail_w = (screen_w - 2.0 * padding).max(1.0);
        let avail_h = (screen_h - 2.0 * padding).max(1.0);
        let k = (avail_w / frame_w.max(f64::EPSILON)).min(avail_h / frame_h.max(f64::EPSILON));
        View {
            k,
            tx: (screen_w - frame_w * k) / 2.0,
            ty: (screen_h - frame_h * k) / 2.0,
        }
    }

    /// Screen position of frame units (x, y).
    pub fn to_screen(&self, x: f64, y: f64) -> ScreenPoint {
        ScreenPoint {
            x: x * self.k + self.tx,
            y: y * self.k + self.ty,
        }
    }

    /// Frame units under screen point `s`.
    pub fn to_frame(&self, s: ScreenPoint) -> (f64, f64) {
        ((s.x - self.tx) / self.k, (s.y - self.ty) / self.k)
    }

    /// Moves the map by (dx, dy) px.
    pub fn pan(self, dx: f64, dy: f64) -> Self {
        View {
            tx: self.tx + dx,
            ty: self.ty + dy,
            ..self
        }
    }

    /// Zooms by `factor` keeping the frame point under `at` fixed on screen,
    /// with the new scale clamped to `[min_k, max_k]`.
    pub fn zoom_at(self, at: ScreenPoint, factor: f64, min_k: f64, max_k: f64) -> Self {
        let k = (self.k * factor).clamp(min_k, max_k);
        let (fx, fy) = self.to_frame(at);
        View {
            k,
            tx: at.x - fx * k,
            ty: at.y - fy * k,
        }
    }

    /// Zooms by `factor` around `at`, keeping the scale between
    /// [`View::MIN_ZOOM`] and [`View::MAX_ZOOM`] times `fitted_k` (the scale that
    /// shows the whole frame).
    pub fn zoom_within(self, at: ScreenPoint, factor: f64, fitted_k: f64) -> Self {
        self.zoom_at(
            at,
            factor,
            fitted_k * Self::MIN_ZOOM,
            fitted_k * Self::MAX_ZOOM,
        )
    }

    /// Two fingers: from `start` (the view when they touched, at `from`) to
    /// where they are now (`to`). The map scales by the change of their
    /// distance (within [`View::MIN_ZOOM`] and [`View::MAX_ZOOM`] times
    /// `fitted_k`) and moves with their midpoint: the point of the map
    /// between them stays between them.
    pub fn pinch(
        start: View,
        from: (ScreenPoint, ScreenPoint),
        to: (ScreenPoint, ScreenPoint),
        fitted_k: f64,
    ) -> View {
        let mid = |(a, b): (ScreenPoint, ScreenPoint)| ScreenPoint {
            x: (a.x + b.x) / 2.0,
            y: (a.y + b.y) / 2.0,
        };
        let dist = |(a, b): (ScreenPoint, ScreenPoint)| (a.x - b.x).hypot(a.y - b.y);
        let (d0, d1) = (dist(from), dist(to));
        let factor = if d0 > 1.0 && d1 > 1.0 { d1 / d0 } else { 1.0 };
        let (m0, m1) = (mid(from), mid(to));
        start
            .zoom_within(m0, factor, fitted_k)
            .pan(m1.x - m0.x, m1.y - m0.y)
    }

    /// The view moved the least so that frame point (`x`, `y`) lies inside
    /// `area` (screen px: left, top, right, bottom) at least `margin` px from
    /// its edges, or `None` when it already does (the part of the map a panel
    /// leaves uncovered: the selected incident is never under its details).
    pub fn reveal_in(
        self,
        x: f64,
        y: f64,
        area: (f64, f64, f64, f64),
        margin: f64,
    ) -> Option<View> {
        let (x0, y0, x1, y1) = area;
        let p = self.to_screen(x, y);
        // An area too small for the margin: its centre.
        let fit = |p: f64, lo: f64, hi: f64| {
            if hi - lo < 2.0 * margin {
                (lo + hi) / 2.0
            } else {
                p.clamp(lo + margin, hi - margin)
            }
        };
        let (tx, ty) = (fit(p.x, x0, x1), fit(p.y, y0, y1));
        let (dx, dy) = (tx - p.x, ty - p.y);
        (dx.abs() > 0.5 || dy.abs() > 0.5).then(|| self.pan(dx, dy))
    }

    /// The view that shows the frame box `(x0, y0, x1, y1)` (units) in a
    /// `screen` px screen with `padding` px around it, zoomed in no further
    /// than [`View::MAX_ZOOM`] times `fitted_k` nor out beyond `fitted_k`
    /// (a single point, or a handful close together, is shown at a zoom
    /// that keeps its surroundings: at most `max_zoom` times `fitted_k`).
    pub fn fit_box(
        b: (f64, f64, f64, f64),
        screen: (f64, f64),
        padding: f64,
        fitted_k: f64,
        max_zoom: f64,
    ) -> View {
        let (x0, y0, x1, y1) = b;
        let (w, h) = ((x1 - x0).max(0.0), (y1 - y0).max(0.0));
        let avail_w = (screen.0 - 2.0 * padding).max(1.0);
        let avail_h = (screen.1 - 2.0 * padding).max(1.0);
        let k = (avail_w / w.max(f64::EPSILON)).min(avail_h / h.max(f64::EPSILON));
        let k = k.clamp(fitted_k, fitted_k * max_zoom.min(Self::MAX_ZOOM));
        View::centred_on((x0 + x1) / 2.0, (y0 + y1) / 2.0, k, screen.0, screen.1)
    }

    /// Centres frame point (x, y) on a screen of the given size at scale `k`.
    pub fn centred_on(x: f64, y: f64, k: f64, screen_w: f64, screen_h: f64) -> Self {
        View {
            k,
            tx: screen_w / 2.0 - x * k,
            ty: screen_h / 2.0 - y * k,
        }
    }

    /// The SVG `transform` attribute for a group drawn in frame units.
    pub fn transform(&self) -> String {
        format!(
            "translate({:.2} {:.2}) scale({:.6})",
            self.tx, self.ty, self.k
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_box_is_fitted_between_the_whole_map_and_a_close_zoom() {
        let fitted = 1.0;
        // A region of 100 × 50 units on an 800 × 600 screen: limited by its width.
        let v = View::fit_box(
            (100.0, 200.0, 200.0, 250.0),
            (800.0, 600.0),
            20.0,
            fitted,
            16.0,
        );
        assert!((v.k - 7.6).abs() < 1e-9, "{v:?}");
        let c = v.to_screen(150.0, 225.0);
        assert!((c.x - 400.0).abs() < 1e-9 && (c.y - 300.0).abs() < 1e-9);
        // One point: the closest zoom allowed, centred on it.
        let v = View::fit_box((5.0, 5.0, 5.0, 5.0), (800.0, 600.0), 20.0, fitted, 16.0);
        assert_eq!(v.k, 16.0);
        // Wider than the map: the whole map's scale.
        let v = View::fit_box((0.0, 0.0, 5000.0, 10.0), (800.0, 600.0), 20.0, fitted, 16.0);
        assert_eq!(v.k, 1.0);
    }
    use geo::polygon;

    #[test]
    fn the_selected_point_is_moved_out_from_under_a_panel() {
        let v = View {
            k: 1.0,
            tx: 0.0,
            ty: 0.0,
        };
        // A phone: the sheet covers y > 300; the point at y 500 moves up to 300 - 40.
        let moved = v
            .reveal_in(100.0, 500.0, (0.0, 0.0, 390.0, 300.0), 40.0)
            .unwrap();
        assert_eq!(
            moved.to_screen(100.0, 500.0),
            ScreenPoint { x: 100.0, y: 260.0 }
        );
        // Already in view: nothing moves.
        assert_eq!(
            v.reveal_in(100.0, 100.0, (0.0, 0.0, 390.0, 300.0), 40.0),
            None
        );
        // A desktop panel on the right: the point moves left, the least.
        let left = v
            .reveal_in(900.0, 400.0, (0.0, 0.0, 880.0, 800.0), 40.0)
            .unwrap();
        assert_eq!(
            left.to_screen(900.0, 400.0),
            ScreenPoint { x: 840.0, y: 400.0 }
        );
        // An area narrower than the margins: its centre.
        let tight = v.reveal_in(0.0, 0.0, (0.0, 0.0, 50.0, 50.0), 40.0).unwrap();
        assert_eq!(tight.to_screen(0.0, 0.0), ScreenPoint { x: 25.0, y: 25.0 });
    }

    #[test]
    fn a_pinch_scales_by_the_fingers_distance_and_follows_their_midpoint() {
        let p = |x, y| ScreenPoint { x, y };
        let start = View {
            k: 2.0,
            tx: 10.0,
            ty: 20.0,
        };
        // Fingers 100 px apart around (200, 300), then 200 px apart around (250, 300).
        let from = (p(150.0, 300.0), p(250.0, 300.0));
        let to = (p(150.0, 300.0), p(350.0, 300.0));
        let v = View::pinch(start, from, to, 1.0);
        assert!(
            (v.k - 4.0).abs() < 1e-9,
            "twice the distance, twice the scale"
        );
        // The map point that was under the first midpoint is under the new one.
        let under = start.to_frame(p(200.0, 300.0));
        let now = v.to_screen(under.0, under.1);
        assert!((now.x - 250.0).abs() < 1e-9 && (now.y - 300.0).abs() < 1e-9);
        // Clamped: never past 64 times the fitted scale; two fingers moving
        // together only pan.
        let far = (p(0.0, 0.0), p(10_000.0, 0.0));
        assert_eq!(
            View::pinch(start, (p(0.0, 0.0), p(10.0, 0.0)), far, 0.05).k,
            0.05 * View::MAX_ZOOM
        );
        let moved = View::pinch(start, from, (p(160.0, 310.0), p(260.0, 310.0)), 1.0);
        assert_eq!(moved, start.pan(10.0, 10.0));
    }

    const MALI: BBox = BBox {
        west: -12.24,
        south: 10.16,
        east: 4.27,
        north: 25.0,
    };

    fn close(a: f64, b: f64, eps: f64) -> bool {
        (a - b).abs() < eps
    }

    #[test]
    fn mercator_known_points() {
        let (x, y) = mercator(LonLat::from_lon_lat(0.0, 0.0));
        assert!(close(x, 0.5, 1e-12) && close(y, 0.5, 1e-12));
        let (x, y) = mercator(LonLat::from_lon_lat(-180.0, MAX_LATITUDE));
        assert!(close(x, 0.0, 1e-12) && close(y, 0.0, 1e-9));
    }

    #[test]
    fn mercator_round_trips() {
        let p = LonLat::from_lon_lat(-6.1219, 14.7328);
        let (x, y) = mercator(p);
        let q = inverse_mercator(x, y);
        assert!(close(p.lon, q.lon, 1e-9) && close(p.lat, q.lat, 1e-9));
    }

    #[test]
    fn frame_spans_the_bbox_with_north_up() {
        let f = Frame::fit(MALI);
        let (x0, y0) = f.project(LonLat::from_lon_lat(MALI.west, MALI.north));
        let (x1, y1) = f.project(LonLat::from_lon_lat(MALI.east, MALI.south));
        assert!(close(x0, 0.0, 1e-9) && close(y0, 0.0, 1e-9));
        assert!(close(x1, Frame::WIDTH, 1e-9) && close(y1, f.height(), 1e-9));
        assert!(f.height() > 800.0 && f.height() < 1000.0, "{}", f.height());
        let back = f.unproject(x1, y1);
        assert!(close(back.lat, MALI.south, 1e-9));
    }

    #[test]
    fn fit_centres_and_keeps_aspect() {
        let v = View::fit(1000.0, 500.0, 800.0, 800.0, 0.0);
        assert!(close(v.k, 0.8, 1e-12));
        assert!(close(v.tx, 0.0, 1e-12) && close(v.ty, 200.0, 1e-12));
        let p = View::fit(1000.0, 500.0, 820.0, 820.0, 10.0);
        assert!(close(p.k, 0.8, 1e-12));
    }

    #[test]
    fn zoom_keeps_the_point_under_the_cursor() {
        let v = View::fit(1000.0, 900.0, 1280.0, 800.0, 20.0);
        let at = ScreenPoint { x: 300.0, y: 420.0 };
        let before = v.to_frame(at);
        let z = v.zoom_at(at, 2.0, 0.0, f64::MAX);
        assert!(close(z.k, v.k * 2.0, 1e-12));
        let after = z.to_frame(at);
        assert!(close(before.0, after.0, 1e-9) && close(before.1, after.1, 1e-9));
    }

    #[test]
    fn zoom_is_clamped() {
        let v = View {
            k: 1.0,
            tx: 0.0,
            ty: 0.0,
        };
        let at = ScreenPoint { x: 0.0, y: 0.0 };
        assert_eq!(v.zoom_at(at, 100.0, 0.5, 4.0).k, 4.0);
        assert_eq!(v.zoom_at(at, 0.01, 0.5, 4.0).k, 0.5);
    }

    #[test]
    fn zoom_within_is_relative_to_the_fitted_scale() {
        let v = View {
            k: 2.0,
            tx: 0.0,
            ty: 0.0,
        };
        let at = ScreenPoint { x: 0.0, y: 0.0 };
        assert_eq!(v.zoom_within(at, 1000.0, 2.0).k, 2.0 * View::MAX_ZOOM);
        assert_eq!(v.zoom_within(at, 0.001, 2.0).k, 2.0 * View::MIN_ZOOM);
    }

    #[test]
    fn pan_moves_by_pixels() {
        let v = View {
            k: 2.0,
            tx: 1.0,
            ty: 1.0,
        }
        .pan(10.0, -5.0);
        assert_eq!(v.to_screen(0.0, 0.0), ScreenPoint { x: 11.0, y: -4.0 });
    }

    #[test]
    fn path_d_closes_rings() {
        let f = Frame::fit(MALI);
        let poly = polygon![(x: -12.24, y: 25.0), (x: 4.27, y: 25.0), (x: 4.27, y: 10.16)];
        let d = f.path_d(&geo::MultiPolygon(vec![poly]));
        assert!(d.starts_with("M0.0 0.0L1000.0 0.0L"), "{d}");
        assert!(d.ends_with('Z'));
    }

    #[test]
    fn scale_bar_is_round_and_fits() {
        let f = Frame::fit(MALI);
        let bar = ScaleBar::fit(&f, 0.7, 14.5, 120.0);
        // 0.7 px per unit, about 0.39 px per km: 120 px is about 305 km, so 200 km.
        assert_eq!(bar.km, 200.0);
        assert!(bar.px > 70.0 && bar.px <= 120.0, "{}", bar.px);
        assert_eq!(
            bar.label(crate::i18n::words(crate::i18n::Lang::En)),
            "200\u{a0}km"
        );
        let close = ScaleBar::fit(&f, 2000.0, 14.5, 120.0);
        assert_eq!(
            close.label(crate::i18n::words(crate::i18n::Lang::En)),
            "100\u{a0}m"
        );
    }

    #[test]
    fn lines_d_leaves_lines_open() {
        let f = Frame::fit(MALI);
        let line = geo::LineString::from(vec![(-12.24, 25.0), (4.27, 25.0)]);
        let d = f.lines_d(&geo::MultiLineString(vec![line.clone(), line]));
        assert_eq!(d, "M0.0 0.0L1000.0 0.0M0.0 0.0L1000.0 0.0");
    }

    #[test]
    fn units_per_km_is_about_right_for_mali() {
        let f = Frame::fit(MALI);
        // 16.51 degrees of longitude at 14.5°N is about 1778 km across 1000 units.
        let per_km = f.units_per_km(14.5);
        assert!(per_km > 0.55 && per_km < 0.6, "{per_km}");
    }
}
