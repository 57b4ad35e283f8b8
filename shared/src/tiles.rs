//! The optional online basemap: raster tiles in the usual `{z}/{x}/{y}`
//! scheme (OpenStreetMap's, or any tile address the user sets), laid under
//! the incidents. Which tiles the screen shows, and where, is worked out
//! here from the map's view; the page only places the images. The embedded
//! map stays the default and the only one used offline.
//!
//! OpenStreetMap's tile usage policy is followed: the tiles on screen are
//! asked for, never more (no prefetching around the view or at other
//! zooms), at most [`MAX_TILES`] at a time, and the map says whose tiles
//! they are.

use crate::projection::{Frame, ScreenPoint, View};

/// The address of OpenStreetMap's standard tiles.
pub const OSM_TEMPLATE: &str = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

/// OpenStreetMap's deepest zoom.
pub const OSM_MAX_ZOOM: u8 = 19;

/// Most tiles asked for at once: a safety net, never reached by a real
/// screen. Tiles show between 181 and 362 px wide (the zoom is rounded), so
/// a 4K screen (3,840 × 2,160 CSS px) needs at most (22 + 1) × (12 + 1) = 299.
pub const MAX_TILES: usize = 300;

/// The placeholders a tile address may hold.
const PLACEHOLDERS: [&str; 5] = ["{z}", "{x}", "{y}", "{s}", "{r}"];

/// A tile's side in CSS pixels at its own zoom.
pub const TILE_PX: f64 = 256.0;

/// Where the tiles come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tiles {
    /// OpenStreetMap's standard tiles.
    Osm,
    /// A tile address the user set, with `{z}`, `{x}` and `{y}`.
    Custom(String),
}

/// Why a tile address was refused (a message id of the catalogue).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TilesProblem {
    /// Not an http(s) address.
    NotHttp,
    /// One of `{z}`, `{x}`, `{y}` is missing.
    MissingPlaceholder,
    /// A `{…}` other than `{z}`, `{x}`, `{y}`, `{s}` and `{r}`, which no
    /// tile would fill.
    UnknownPlaceholder,
    /// `{z}`, `{x}`, `{y}` or `{r}` in the host: each tile would go to
    /// another server than the one the reader agreed to.
    PlaceholderInHost,
}

impl TilesProblem {
    /// The message that says it.
    pub fn message(self) -> &'static str {
        match self {
            TilesProblem::NotHttp => "tiles-not-http",
            TilesProblem::MissingPlaceholder => "tiles-no-placeholder",
            TilesProblem::UnknownPlaceholder => "tiles-unknown-placeholder",
            TilesProblem::PlaceholderInHost => "tiles-placeholder-in-host",
        }
    }
}

impl Tiles {
    /// The tiles a link's `tiles=` value names: `osm`, or a tile address.
    pub fn from_link(value: &str) -> Result<Tiles, TilesProblem> {
        match value.trim() {
            "osm" => Ok(Tiles::Osm),
            other => Tiles::custom(other),
        }
    }

    /// A tile address the user set: http(s), with `{z}`, `{x}` and `{y}`.
    pub fn custom(template: &str) -> Result<Tiles, TilesProblem> {
        let t = template.trim();
        let lower = t.get(..8).unwrap_or(t).to_ascii_lowercase();
        if !(lower.starts_with("https://") || lower.starts_with("http://")) {
            return Err(TilesProblem::NotHttp);
        }
        if !["{z}", "{x}", "{y}"].iter().all(|p| t.contains(p)) {
            return Err(TilesProblem::MissingPlaceholder);
        }
        let known = PLACEHOLDERS
            .iter()
            .fold(t.to_owned(), |rest, p| rest.replace(p, ""));
        if known.contains('{') || known.contains('}') {
            return Err(TilesProblem::UnknownPlaceholder);
        }
        // The host may name the servers (`{s}`: a, b, c), nothing else.
        let host = t.split_once("://").map_or("", |(_, rest)| {
            rest.split(['/', '?', '#']).next().unwrap_or("")
        });
        if ["{z}", "{x}", "{y}", "{r}"]
            .iter()
            .any(|p| host.contains(p))
        {
            return Err(TilesProblem::PlaceholderInHost);
        }
        Ok(Tiles::Custom(t.to_owned()))
    }

    /// One tile's address from each server the tiles come from (one, or
    /// three for `{s}`): the hosts the page contacts for them.
    pub fn server_addresses(&self) -> Vec<String> {
        // `url` takes the server from x + y: x = 0, 1, 2 are a, b and c.
        let servers = if self.template().contains("{s}") {
            3
        } else {
            1
        };
        (0..servers)
            .map(|x| self.url(TileId { z: 0, x, y: 0 }))
            .collect()
    }

    /// Whether the address has a query (`?…`), where tile services put an
    /// access key: the link keeps the address, so sharing it shares the key.
    pub fn has_query(&self) -> bool {
        self.template().contains('?')
    }

    /// What a link writes for it.
    pub fn link_value(&self) -> &str {
        match self {
            Tiles::Osm => "osm",
            Tiles::Custom(t) => t,
        }
    }

    /// The address template.
    pub fn template(&self) -> &str {
        match self {
            Tiles::Osm => OSM_TEMPLATE,
            Tiles::Custom(t) => t,
        }
    }

    /// The deepest zoom asked for.
    pub fn max_zoom(&self) -> u8 {
        match self {
            Tiles::Osm => OSM_MAX_ZOOM,
            Tiles::Custom(_) => OSM_MAX_ZOOM,
        }
    }

    /// The address of one tile. As in Leaflet, `{s}` takes one of the
    /// servers `a`, `b` and `c` (the same one for a tile every time, so the
    /// browser's cache holds), and `{r}` (a high-density variant) is left
    /// empty.
    pub fn url(&self, t: TileId) -> String {
        let server = ["a", "b", "c"][((t.x + t.y) % 3) as usize];
        self.template()
            .replace("{z}", &t.z.to_string())
            .replace("{x}", &t.x.to_string())
            .replace("{y}", &t.y.to_string())
            .replace("{s}", server)
            .replace("{r}", "")
    }
}

/// One tile: its zoom and its column and row (0 at the west and the north).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TileId {
    pub z: u8,
    pub x: u32,
    pub y: u32,
}

/// Where a tile goes on screen: its top left corner and its side, in CSS px.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TilePlace {
    pub left: f64,
    pub top: f64,
    pub side: f64,
}

/// The zoom whose tiles are closest to [`TILE_PX`] on screen in `view`.
pub fn zoom_for(frame: &Frame, view: &View, max_zoom: u8) -> u8 {
    // Screen px of the whole world (one Mercator world unit).
    let world_px = frame.scale() * view.k;
    let z = (world_px / TILE_PX).log2().round();
    z.clamp(0.0, f64::from(max_zoom)) as u8
}

/// Where tile `t` goes in `view`.
pub fn place(frame: &Frame, view: &View, t: TileId) -> TilePlace {
    let n = f64::from(1u32 << t.z);
    let (fx, fy) = frame.from_world(f64::from(t.x) / n, f64::from(t.y) / n);
    let p = view.to_screen(fx, fy);
    TilePlace {
        left: p.x,
        top: p.y,
        side: frame.scale() * view.k / n,
    }
}

/// The tiles that cover a `size` (CSS px) screen in `view`, at the zoom of
/// [`zoom_for`], rows top to bottom; at most [`MAX_TILES`] (the ones nearest
/// the centre when more would be needed).
pub fn tiles_in_view(frame: &Frame, view: &View, size: (f64, f64), max_zoom: u8) -> Vec<TileId> {
    let z = zoom_for(frame, view, max_zoom);
    let n = 1u32 << z;
    let world_at = |sx: f64, sy: f64| {
        let (fx, fy) = view.to_frame(ScreenPoint { x: sx, y: sy });
        frame.to_world(fx, fy)
    };
    let (w0, h0) = world_at(0.0, 0.0);
    let (w1, h1) = world_at(size.0, size.1);
    let cell = |v: f64| ((v * f64::from(n)).floor().max(0.0) as u32).min(n - 1);
    let (x0, x1) = (cell(w0), cell(w1));
    let (y0, y1) = (cell(h0), cell(h1));
    let mut out: Vec<TileId> = (y0..=y1)
        .flat_map(|y| (x0..=x1).map(move |x| TileId { z, x, y }))
        .collect();
    if out.len() > MAX_TILES {
        let (cx, cy) = (f64::from(x0 + x1) / 2.0, f64::from(y0 + y1) / 2.0);
        let distance = |t: &TileId| (f64::from(t.x) - cx).powi(2) + (f64::from(t.y) - cy).powi(2);
        out.sort_by(|a, b| distance(a).total_cmp(&distance(b)));
        out.truncate(MAX_TILES);
        out.sort();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MALI_BBOX;

    fn setup() -> (Frame, View, (f64, f64)) {
        let frame = Frame::fit(MALI_BBOX);
        let size = (1280.0, 700.0);
        let view = View::fit(Frame::WIDTH, frame.height(), size.0, size.1, 16.0);
        (frame, view, size)
    }

    #[test]
    fn the_whole_of_mali_takes_a_few_tiles_at_zoom_six() {
        let (frame, view, size) = setup();
        let z = zoom_for(&frame, &view, OSM_MAX_ZOOM);
        assert_eq!(z, 6);
        let tiles = tiles_in_view(&frame, &view, size, OSM_MAX_ZOOM);
        assert!(!tiles.is_empty() && tiles.len() <= 30, "{}", tiles.len());
        // Each tile is near 256 px, and together they cover the screen's corners.
        let side = place(&frame, &view, tiles[0]).side;
        assert!((181.0..=362.0).contains(&side), "{side}");
        let covered = |x: f64, y: f64| {
            tiles.iter().any(|t| {
                let p = place(&frame, &view, *t);
                (p.left..=p.left + p.side).contains(&x) && (p.top..=p.top + p.side).contains(&y)
            })
        };
        for (x, y) in [
            (0.0, 0.0),
            (size.0, 0.0),
            (0.0, size.1),
            (size.0, size.1),
            (640.0, 350.0),
        ] {
            assert!(covered(x, y), "({x}, {y})");
        }
    }

    /// Regression: with a cap of 64, a 1920 × 1080 screen at 181 px tiles
    /// (needing 12 × 7 = 84) was left with bare edges.
    #[test]
    fn a_large_screen_is_covered_to_its_corners_at_every_zoom() {
        let frame = Frame::fit(MALI_BBOX);
        for size in [(1920.0, 1080.0), (3840.0, 2160.0), (360.0, 640.0)] {
            let fitted = View::fit(Frame::WIDTH, frame.height(), size.0, size.1, 16.0);
            for step in 0..40 {
                // Zoom factors between whole tile zooms, the worst case included.
                let view = View {
                    k: fitted.k * 2f64.powf(f64::from(step) / 4.0),
                    ..fitted
                };
                let tiles = tiles_in_view(&frame, &view, size, OSM_MAX_ZOOM);
                assert!(
                    tiles.len() < MAX_TILES,
                    "{size:?} step {step}: {}",
                    tiles.len()
                );
                let covered = |x: f64, y: f64| {
                    tiles.iter().any(|t| {
                        let p = place(&frame, &view, *t);
                        (p.left..=p.left + p.side).contains(&x)
                            && (p.top..=p.top + p.side).contains(&y)
                    })
                };
                for (x, y) in [(0.0, 0.0), (size.0, 0.0), (0.0, size.1), (size.0, size.1)] {
                    // Only where the world is (the map may show beyond its edges).
                    let (fx, fy) = view.to_frame(ScreenPoint { x, y });
                    let (wx, wy) = frame.to_world(fx, fy);
                    if (0.0..1.0).contains(&wx) && (0.0..1.0).contains(&wy) {
                        assert!(covered(x, y), "{size:?} step {step}: ({x}, {y})");
                    }
                }
            }
        }
    }

    #[test]
    fn neighbouring_tiles_meet_without_a_gap() {
        let (frame, view, _) = setup();
        let a = place(&frame, &view, TileId { z: 6, x: 30, y: 29 });
        let b = place(&frame, &view, TileId { z: 6, x: 31, y: 29 });
        let c = place(&frame, &view, TileId { z: 6, x: 30, y: 30 });
        assert!((a.left + a.side - b.left).abs() < 1e-9);
        assert!((a.top + a.side - c.top).abs() < 1e-9);
    }

    #[test]
    fn zooming_in_asks_for_deeper_tiles_and_never_more_than_the_cap() {
        let (frame, view, size) = setup();
        let close = View {
            k: view.k * 2f64.powi(9),
            ..view
        };
        let z = zoom_for(&frame, &close, OSM_MAX_ZOOM);
        assert_eq!(z, zoom_for(&frame, &view, OSM_MAX_ZOOM) + 9);
        assert!(tiles_in_view(&frame, &close, size, OSM_MAX_ZOOM).len() <= MAX_TILES);
        assert_eq!(zoom_for(&frame, &close, 10), 10, "a source's deepest zoom");
        let huge = (20_000.0, 20_000.0);
        assert_eq!(
            tiles_in_view(&frame, &close, huge, OSM_MAX_ZOOM).len(),
            MAX_TILES
        );
    }

    #[test]
    fn a_placeholder_in_the_host_is_refused_and_the_servers_are_listed() {
        assert_eq!(
            Tiles::custom("https://ev{z}il.example/{z}/{x}/{y}.png"),
            Err(TilesProblem::PlaceholderInHost)
        );
        assert_eq!(
            Tiles::custom("https://x{r}.example/{z}/{x}/{y}.png"),
            Err(TilesProblem::PlaceholderInHost)
        );
        let t = Tiles::custom("https://{s}.tiles.example.org/{z}/{x}/{y}.png?k={x}").unwrap();
        let hosts: Vec<String> = t
            .server_addresses()
            .iter()
            .map(|u| u.split('/').nth(2).unwrap_or("").to_owned())
            .collect();
        assert_eq!(
            hosts,
            [
                "a.tiles.example.org",
                "b.tiles.example.org",
                "c.tiles.example.org"
            ]
        );
        assert_eq!(Tiles::Osm.server_addresses().len(), 1);
    }

    /// Regression: `{s}` was sent as written, so every tile of a
    /// `https://{s}.tile.…` address failed.
    #[test]
    fn servers_and_unknown_placeholders() {
        let t = Tiles::custom("https://{s}.tiles.example.org/{z}/{x}/{y}{r}.png").unwrap();
        assert_eq!(
            t.url(TileId { z: 5, x: 15, y: 14 }),
            "https://c.tiles.example.org/5/15/14.png"
        );
        assert_eq!(
            t.url(TileId { z: 5, x: 15, y: 15 }),
            "https://a.tiles.example.org/5/15/15.png"
        );
        assert_eq!(
            Tiles::custom("https://t.example.org/{z}/{x}/{y}.png?style={style}"),
            Err(TilesProblem::UnknownPlaceholder)
        );
        assert!(!t.has_query());
        let keyed = Tiles::custom("https://t.example.org/{z}/{x}/{y}.png?key=abc").unwrap();
        assert!(keyed.has_query());
    }

    #[test]
    fn tile_addresses_are_checked_and_filled_in() {
        assert_eq!(Tiles::from_link("osm"), Ok(Tiles::Osm));
        let t = Tiles::from_link("https://tiles.example.org/{z}/{x}/{y}.png").unwrap();
        assert_eq!(
            t.url(TileId { z: 5, x: 15, y: 14 }),
            "https://tiles.example.org/5/15/14.png"
        );
        assert_eq!(
            Tiles::osm_url_for_test(),
            "https://tile.openstreetmap.org/5/15/14.png"
        );
        assert_eq!(
            Tiles::custom("javascript:alert(1)//{z}{x}{y}"),
            Err(TilesProblem::NotHttp)
        );
        assert_eq!(
            Tiles::custom("https://tiles.example.org/{z}/{x}.png"),
            Err(TilesProblem::MissingPlaceholder)
        );
        for p in [TilesProblem::NotHttp, TilesProblem::MissingPlaceholder] {
            for lang in crate::i18n::Lang::ALL {
                assert!(crate::i18n::words(lang).has(p.message()));
            }
        }
    }

    impl Tiles {
        fn osm_url_for_test() -> String {
            Tiles::Osm.url(TileId { z: 5, x: 15, y: 14 })
        }
    }
}
