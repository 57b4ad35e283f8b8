//! The map's static content, computed once when the data is loaded: the frame,
//! basemap paths, labels and the timeline (the date index behind the slider).
//! The incidents' symbols and their index are in [`crate::engine`].

use crate::timeline::Timeline;
use crate::{Basemap, Category, Frame, Gazetteer, Incident, MarkerScale, MALI_BBOX};

/// A basemap shape as an SVG path in frame units.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub name: String,
    /// SVG path data in frame units.
    pub d: String,
}

/// A region's outline and names, in degrees.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionArea {
    pub name: String,
    pub name_en: Option<String>,
    pub shape: geo::MultiPolygon<f64>,
}

impl RegionArea {
    /// A point inside the area (for a mark on it), in degrees.
    pub fn inside(&self) -> Option<crate::LonLat> {
        use geo::InteriorPoint;
        let p = self.shape.interior_point()?;
        Some(crate::LonLat::from_lon_lat(p.x(), p.y()))
    }
}

/// What a label names, which sets its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelKind {
    /// An admin-1 region.
    Region,
    /// The national capital.
    Capital,
    /// A regional capital.
    RegionalCapital,
    /// Another town, shown from [`Label::min_zoom`] on.
    Town,
    /// A neighbouring country.
    Country,
}

/// A label at a point in frame units.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// The name as the country writes it (French), e.g. "Tombouctou".
    pub text: String,
    /// The English name where a source gives one that differs, e.g. "Timbuktu".
    pub text_en: Option<String>,
    pub kind: LabelKind,
    pub x: f64,
    pub y: f64,
    /// Shown only from this zoom on, relative to the whole-map view (1 = fitted).
    pub min_zoom: f64,
}

/// How far the embedded basemap's outlines may stray from the true ones, in
/// km: Mali and its regions are simplified to about 0.01° (`tools` build).
pub const BASEMAP_DETAIL_KM: f64 = 1.0;

/// Screen pixels that [`BASEMAP_DETAIL_KM`] may take before the map says it
/// is zoomed in beyond its detail.
pub const DETAIL_NOTICE_PX: f64 = 8.0;

/// Screen pixels per km from which the water is drawn from
/// [`DETAIL_FILE`] rather than the country view's (whose water areas,
/// simplified to about 550 m and without the smallest, break into slivers
/// closer than that: about the 50 km view).
pub const FINE_WATER_PX_PER_KM: f64 = 1.5;

/// Screen pixels per km at the middle of a `size` (CSS px) screen in `view`.
fn px_per_km(frame: &Frame, view: &crate::View, size: (f64, f64)) -> f64 {
    let (_, fy) = view.to_frame(crate::ScreenPoint {
        x: 0.0,
        y: size.1 / 2.0,
    });
    frame.units_per_km(frame.unproject(0.0, fy).lat) * view.k
}

/// Whether a `size` (CSS px) screen in `view` shows the embedded basemap
/// closer than its detail allows (its simplification then shows as more
/// than [`DETAIL_NOTICE_PX`] px at the latitude of the screen's middle): the
/// map then says so and points to the online tiles.
pub fn view_beyond_detail(frame: &Frame, view: &crate::View, size: (f64, f64)) -> bool {
    px_per_km(frame, view, size) * BASEMAP_DETAIL_KM > DETAIL_NOTICE_PX
}

/// Whether a `size` (CSS px) screen in `view` is close enough for the
/// full-resolution water ([`FINE_WATER_PX_PER_KM`]).
pub fn view_fine_water(frame: &Frame, view: &crate::View, size: (f64, f64)) -> bool {
    px_per_km(frame, view, size) >= FINE_WATER_PX_PER_KM
}

/// The file of the zoomed-in water (built by `data/build.sh`), fetched the
/// first time the map is zoomed in beyond the embedded detail.
pub const DETAIL_FILE: &str = "basemap-detail.geojson";

/// Decimals of the zoomed-in layers' paths in frame units (0.01 is about
/// 18 m; the country view's 0.1 would show as steps of 7 px at the deepest
/// zoom).
const DETAIL_PATH_DIGITS: usize = 2;

/// The water drawn when zoomed in, instead of the country view's: lakes and
/// rivers at full resolution ([`DETAIL_FILE`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DetailLayers {
    water: Vec<Shape>,
    rivers: Vec<Shape>,
}

impl DetailLayers {
    /// The detail file's layers as paths in `frame`'s units.
    pub fn new(detail: &Basemap, frame: &Frame) -> Self {
        let water = detail
            .lakes
            .iter()
            .chain(&detail.water)
            .map(|r| Shape {
                name: r.name.clone(),
                d: frame.path_d_to(&r.shape, DETAIL_PATH_DIGITS),
            })
            .collect();
        let rivers = detail
            .rivers
            .iter()
            .map(|r| Shape {
                name: r.name.clone().unwrap_or_default(),
                d: frame.lines_d_to(&r.lines, DETAIL_PATH_DIGITS),
            })
            .collect();
        DetailLayers { water, rivers }
    }

    /// Lakes and other water areas.
    pub fn water(&self) -> &[Shape] {
        &self.water
    }

    /// Rivers (lines).
    pub fn rivers(&self) -> &[Shape] {
        &self.rivers
    }
}

/// Where the zoomed-in layers stand.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Detail {
    /// Not needed yet (never zoomed in beyond the embedded detail).
    #[default]
    NotAsked,
    /// Being fetched.
    Loading,
    /// Drawn when zoomed in.
    Ready(std::sync::Arc<DetailLayers>),
    /// Could not be fetched or read (offline before it was ever seen): the
    /// country view's water stays.
    Failed,
}

impl Detail {
    /// The layers, once ready.
    pub fn layers(&self) -> Option<&std::sync::Arc<DetailLayers>> {
        match self {
            Detail::Ready(l) => Some(l),
            _ => None,
        }
    }

    /// What the map says (a message id), given whether the view is close
    /// enough for the fine water (`fine`), beyond the embedded detail
    /// (`beyond`, closer still) and under online tiles: nothing over tiles;
    /// that the fine water failed wherever it should show; beyond the
    /// detail, what is drawn finer and what is not.
    pub fn notice(&self, fine: bool, beyond: bool, tiles_on: bool) -> Option<&'static str> {
        match (fine || beyond, beyond, tiles_on, self) {
            (false, _, _, _) | (_, _, true, _) => None,
            (true, _, false, Detail::Failed) => Some("detail-notice-failed"),
            (true, false, false, _) => None,
            (true, true, false, Detail::Ready(_)) => Some("detail-notice-fine"),
            (true, true, false, _) => Some("detail-notice"),
        }
    }
}

/// Zoom (relative to the whole map) from which towns of at least
/// [`BIG_TOWN_POPULATION`] inhabitants are labelled.
pub const BIG_TOWN_ZOOM: f64 = 2.0;
/// Inhabitants that make a town "big" for labelling.
pub const BIG_TOWN_POPULATION: u64 = 40_000;
/// Zoom from which every other town is labelled.
pub const TOWN_ZOOM: f64 = 4.0;

impl Label {
    /// The label in `lang`.
    pub fn text_in(&self, lang: crate::i18n::Lang) -> &str {
        match (lang, &self.text_en) {
            (crate::i18n::Lang::En, Some(en)) => en,
            _ => &self.text,
        }
    }

    /// Font size in px (must match the stylesheet's label classes).
    pub fn font_px(&self) -> f64 {
        match self.kind {
            LabelKind::Region => 11.0,
            LabelKind::Capital => 12.0,
            LabelKind::RegionalCapital => 11.0,
            LabelKind::Town => 10.0,
            LabelKind::Country => 12.0,
        }
    }

    /// Placement priority: lower wins a collision.
    fn priority(&self) -> u8 {
        match self.kind {
            LabelKind::Capital => 0,
            LabelKind::RegionalCapital => 1,
            LabelKind::Region => 2,
            LabelKind::Town => 3,
            LabelKind::Country => 4,
        }
    }

    /// Vertical offset in px of the text's baseline from the point (towns sit above their dot).
    pub fn dy(&self) -> f64 {
        match self.kind {
            LabelKind::Region | LabelKind::Country => 0.0,
            _ => -6.0,
        }
    }

    /// The label's approximate box on screen (x0, y0, x1, y1) in px, centred
    /// horizontally on the point. Text width is estimated from the character
    /// count (0.62 em per character, 0.8 em for spaced capitals).
    pub fn screen_box(&self, view: &crate::View) -> (f64, f64, f64, f64) {
        let p = view.to_screen(self.x, self.y);
        let em = self.font_px();
        let per_char = if self.kind == LabelKind::Region {
            0.8
        } else {
            0.62
        };
        // The longer of its two names: placement is the same in both languages.
        let chars = self
            .text
            .chars()
            .count()
            .max(self.text_en.as_deref().map_or(0, |t| t.chars().count()));
        let w = chars as f64 * em * per_char;
        let (top, bottom) = match self.kind {
            LabelKind::Region | LabelKind::Country => (p.y - em / 2.0, p.y + em / 2.0),
            _ => (p.y + self.dy() - em, p.y + 3.0),
        };
        (p.x - w / 2.0, top, p.x + w / 2.0, bottom)
    }
}

/// The map's static content.
#[derive(Debug, Clone)]
pub struct MapModel {
    frame: Frame,
    neighbours: Vec<Shape>,
    lakes: Vec<Shape>,
    water: Vec<Shape>,
    rivers: Vec<Shape>,
    country: Vec<Shape>,
    regions: Vec<Shape>,
    /// The regions' outlines with their names (French, and English when
    /// Natural Earth gives one), for finding the region at a point.
    region_areas: Vec<RegionArea>,
    labels: Vec<Label>,
    /// The dates: what the slider shows.
    timeline: std::sync::Arc<Timeline>,
    scale: MarkerScale,
    /// Categories present (ACLED event types, UCDP types of violence), in
    /// legend order.
    categories: Vec<Category>,
    /// How the panels write regions: as the map does.
    region_names: crate::regions::RegionNames,
}

impl MapModel {
    /// How the panels write regions, whatever a dataset's spelling (as the
    /// map does: "Ségou" for ACLED's "Segou").
    pub fn region_names(&self) -> &crate::regions::RegionNames {
        &self.region_names
    }

    /// The frame every layer is projected into.
    pub fn frame(&self) -> Frame {
        self.frame
    }

    /// Neighbouring countries, as paths in frame units.
    pub fn neighbours(&self) -> &[Shape] {
        &self.neighbours
    }

    /// Lakes.
    pub fn lakes(&self) -> &[Shape] {
        &self.lakes
    }

    /// Other water areas.
    pub fn water(&self) -> &[Shape] {
        &self.water
    }

    /// Rivers (lines).
    pub fn rivers(&self) -> &[Shape] {
        &self.rivers
    }

    /// The country (Mali).
    pub fn country(&self) -> &[Shape] {
        &self.country
    }

    /// Its admin-1 regions.
    pub fn regions(&self) -> &[Shape] {
        &self.regions
    }

    /// Every label, in placement order (see [`MapModel::label_visibility`]).
    pub fn labels(&self) -> &[Label] {
        &self.labels
    }

    /// The dates, shared with the views that read only them.
    pub fn timeline(&self) -> &std::sync::Arc<Timeline> {
        &self.timeline
    }

    /// Circle sizes by people killed.
    pub fn scale(&self) -> MarkerScale {
        self.scale
    }

    /// The regions' outlines and names, in the order of [`MapModel::regions`].
    pub fn region_areas(&self) -> &[RegionArea] {
        &self.region_areas
    }

    /// The region at the frame point (`x`, `y`), if any.
    pub fn region_at(&self, x: f64, y: f64) -> Option<&RegionArea> {
        use geo::Contains;
        let p = self.frame.unproject(x, y).to_geo();
        self.region_areas.iter().find(|r| r.shape.contains(&p))
    }

    /// Categories present, in legend order.
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// Builds the model. The frame fits the basemap (Mali's bounding box when empty).
    pub fn new(basemap: &Basemap, gazetteer: &Gazetteer, incidents: &[Incident]) -> Self {
        Self::sized(basemap, gazetteer, incidents, crate::scale::SizeBy::All)
    }

    /// The same, with circles sized by what `size_by` counts.
    pub fn sized(
        basemap: &Basemap,
        gazetteer: &Gazetteer,
        incidents: &[Incident],
        size_by: crate::scale::SizeBy,
    ) -> Self {
        let frame = Frame::fit(basemap.bbox().unwrap_or(MALI_BBOX));
        let shape = |r: &crate::Region| Shape {
            name: r.name.clone(),
            d: frame.path_d(&r.shape),
        };
        let country = basemap.countries.iter().map(shape).collect();
        let regions = basemap.regions.iter().map(shape).collect();
        let region_areas = basemap
            .regions
            .iter()
            .map(|r| RegionArea {
                name: r.name.clone(),
                name_en: r.name_en.clone(),
                shape: r.shape.clone(),
            })
            .collect();
        let neighbours = basemap.neighbours.iter().map(shape).collect();
        let lakes = basemap.lakes.iter().map(shape).collect();
        let water = basemap.water.iter().map(shape).collect();
        let rivers = basemap
            .rivers
            .iter()
            .map(|r| Shape {
                name: r.name.clone().unwrap_or_default(),
                d: frame.lines_d(&r.lines),
            })
            .collect();

        let mut labels: Vec<Label> = basemap
            .regions
            .iter()
            .filter_map(|r| {
                let (x, y) = frame.project(r.label?);
                Some(Label {
                    text: r.name.clone(),
                    text_en: r.name_en.clone(),
                    kind: LabelKind::Region,
                    x,
                    y,
                    min_zoom: 0.0,
                })
            })
            .collect();
        labels.extend(basemap.neighbours.iter().filter_map(|r| {
            let (x, y) = frame.project(r.label?);
            Some(Label {
                text: r.name.clone(),
                text_en: r.name_en.clone(),
                kind: LabelKind::Country,
                x,
                y,
                min_zoom: 0.0,
            })
        }));
        // Towns, most populous first, so they win collisions among equals.
        let mut towns: Vec<(u64, Label)> = Vec::new();
        for p in gazetteer.places() {
            let (kind, min_zoom) = match p.kind.as_str() {
                // Named by a dataset's events: searchable, not labelled.
                crate::gazetteer::DATASET_PLACE => continue,
                "capital" => (LabelKind::Capital, 0.0),
                "regional capital" => (LabelKind::RegionalCapital, 0.0),
                // Only places with a point of their own; approximate ones are drawn
                // at another place's point.
                _ if p.precision == crate::gazetteer::PlacePrecision::Exact => {
                    let big = p.population.is_some_and(|n| n >= BIG_TOWN_POPULATION);
                    (LabelKind::Town, if big { BIG_TOWN_ZOOM } else { TOWN_ZOOM })
                }
                _ => continue,
            };
            let (x, y) = frame.project(p.location);
            let label = Label {
                text: p.name_in(crate::i18n::Lang::Fr).to_owned(),
                text_en: p.name_fr.is_some().then(|| p.name.clone()),
                kind,
                x,
                y,
                min_zoom,
            };
            towns.push((p.population.unwrap_or(0), label));
        }
        towns.sort_by_key(|(population, _)| std::cmp::Reverse(*population));
        labels.extend(towns.into_iter().map(|(_, l)| l));

        let scale = MarkerScale::of(incidents, size_by);
        let timeline = std::sync::Arc::new(Timeline::new(incidents));
        let present: std::collections::BTreeSet<Category> =
            incidents.iter().map(Incident::category).collect();
        let categories = present.into_iter().collect();
        let region_names = crate::regions::RegionNames::new(
            &basemap
                .regions
                .iter()
                .map(|r| (r.name.clone(), r.name_en.clone()))
                .collect::<Vec<_>>(),
            gazetteer.places(),
        );

        MapModel {
            frame,
            neighbours,
            lakes,
            water,
            rivers,
            country,
            regions,
            region_areas,
            labels,
            timeline,
            scale,
            categories,
            region_names,
        }
    }

    /// Which labels to show at this view: greedily by priority (capital, then
    /// regional capitals, then regions), dropping any label whose box overlaps one
    /// already placed (with 3 px of margin). Same order as [`MapModel::labels`].
    /// `fitted_k` is the scale of the whole-map view; labels below their
    /// `min_zoom` are hidden.
    pub fn label_visibility(&self, view: &crate::View, fitted_k: f64) -> Vec<bool> {
        const MARGIN: f64 = 3.0;
        let zoom = view.k / fitted_k.max(f64::EPSILON);
        let mut order: Vec<usize> = (0..self.labels.len())
            .filter(|&i| zoom + 1e-9 >= self.labels[i].min_zoom)
            .collect();
        order.sort_by_key(|&i| self.labels[i].priority());
        let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
        let mut shown = vec![false; self.labels.len()];
        for i in order {
            let b = self.labels[i].screen_box(view);
            let clash = placed.iter().any(|p| {
                b.0 < p.2 + MARGIN && p.0 < b.2 + MARGIN && b.1 < p.3 + MARGIN && p.1 < b.3 + MARGIN
            });
            if !clash {
                placed.push(b);
                shown[i] = true;
            }
        }
        shown
    }
}

/// What changes between two ranges of positions: (left, entered), each in
/// increasing order. Costs O(changed), not O(range).
pub fn interval_changes(
    old: std::ops::Range<usize>,
    new: std::ops::Range<usize>,
) -> (Vec<usize>, Vec<usize>) {
    let minus = |a: &std::ops::Range<usize>, b: &std::ops::Range<usize>| -> Vec<usize> {
        if b.is_empty() {
            return a.clone().collect();
        }
        (a.start..a.end.min(b.start))
            .chain(a.start.max(b.end)..a.end)
            .collect()
    };
    (minus(&old, &new), minus(&new, &old))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_region_at_a_point_is_found_through_the_projection() {
        use crate::LonLat;
        let map = Basemap {
            regions: vec![
                crate::basemap::tests::rect("Ségou", -7.0, 12.0, 2.0, 2.0),
                crate::basemap::tests::rect("Mopti", -5.0, 13.0, 2.0, 2.0),
            ],
            ..Basemap::default()
        };
        let m = MapModel::new(&map, &Gazetteer::default(), &[]);
        let at = |lon, lat| {
            let (x, y) = m.frame().project(LonLat::from_lon_lat(lon, lat));
            m.region_at(x, y).map(|r| r.name.as_str())
        };
        assert_eq!(at(-6.0, 13.0), Some("Ségou"));
        assert_eq!(at(-4.0, 14.5), Some("Mopti"));
        assert_eq!(at(-9.0, 13.0), None);
        // A point inside each area, for the alerts' marks.
        for r in m.region_areas() {
            let p = r.inside().expect("a point");
            let (x, y) = m.frame().project(p);
            assert_eq!(
                m.region_at(x, y).map(|a| a.name.as_str()),
                Some(r.name.as_str())
            );
        }
    }

    #[test]
    fn the_map_says_when_it_is_zoomed_in_beyond_its_detail() {
        let frame = Frame::fit(crate::MALI_BBOX);
        let size = (1280.0, 700.0);
        let fitted = crate::View::fit(Frame::WIDTH, frame.height(), size.0, size.1, 16.0);
        let at = |zoom: f64| crate::View {
            k: fitted.k * zoom,
            ..fitted
        };
        // The whole map: the country view's water, no notice.
        assert!(!view_fine_water(&frame, &fitted, size));
        assert!(!view_beyond_detail(&frame, &fitted, size));
        // Closer: the full-resolution water first, the notice later.
        let first_fine = (0..=60)
            .map(|i| 2f64.powf(f64::from(i) / 10.0))
            .find(|&z| view_fine_water(&frame, &at(z), size))
            .unwrap();
        let first_beyond = (0..=60)
            .map(|i| 2f64.powf(f64::from(i) / 10.0))
            .find(|&z| view_beyond_detail(&frame, &at(z), size))
            .unwrap();
        assert!(
            first_fine > 1.0 && first_fine < first_beyond,
            "{first_fine} {first_beyond}"
        );
        assert!(view_beyond_detail(&frame, &at(crate::View::MAX_ZOOM), size));
        // What the notice says follows the fine layers' state; nothing over tiles.
        let ready = Detail::Ready(std::sync::Arc::new(DetailLayers::default()));
        assert_eq!(ready.notice(true, true, false), Some("detail-notice-fine"));
        assert_eq!(ready.notice(true, true, true), None);
        assert_eq!(ready.notice(true, false, false), None);
        assert_eq!(ready.notice(false, false, false), None);
        assert_eq!(
            Detail::Failed.notice(true, true, false),
            Some("detail-notice-failed")
        );
        // Regression: a failure showed nothing in the band where the fine
        // water should be drawn, short of the detail limit.
        assert_eq!(
            Detail::Failed.notice(true, false, false),
            Some("detail-notice-failed")
        );
        assert_eq!(Detail::Failed.notice(true, false, true), None);
        assert_eq!(
            Detail::Loading.notice(true, true, false),
            Some("detail-notice")
        );
        for id in [
            "detail-notice",
            "detail-notice-fine",
            "detail-notice-failed",
        ] {
            for lang in crate::i18n::Lang::ALL {
                assert!(crate::i18n::words(lang).has(id), "{id}");
            }
        }
    }

    /// Regression: paths rounded to 0.1 frame unit (about 180 m) showed as
    /// steps of several pixels at the deepest zoom.
    #[test]
    fn the_zoomed_in_water_keeps_hundredths_of_a_frame_unit() {
        let frame = Frame::fit(crate::MALI_BBOX);
        let lake = geo::Polygon::new(
            geo::LineString::from(vec![
                (-4.2, 15.2),
                (-4.1234, 15.2),
                (-4.1234, 15.3),
                (-4.2, 15.2),
            ]),
            vec![],
        );
        let detail = Basemap::new(vec![crate::basemap::Item::Area(crate::Region {
            id: None,
            layer: crate::basemap::Layer::Water,
            name: "Lakes".into(),
            name_en: None,
            label: None,
            source: None,
            shape: geo::MultiPolygon(vec![lake]),
        })]);
        let layers = DetailLayers::new(&detail, &frame);
        assert_eq!(layers.water().len(), 1);
        let d = &layers.water()[0].d;
        let decimals = d
            .split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .filter_map(|n| n.split_once('.').map(|(_, f)| f.len()))
            .collect::<Vec<_>>();
        assert!(
            !decimals.is_empty() && decimals.iter().all(|&n| n == 2),
            "{d}"
        );
    }

    #[test]
    fn colliding_labels_give_way_by_priority() {
        let label = |text: &str, kind, x| Label {
            text: text.into(),
            text_en: None,
            kind,
            x,
            y: 100.0,
            min_zoom: 0.0,
        };
        let mut m = MapModel::new(&Basemap::default(), &Gazetteer::default(), &[]);
        m.labels = vec![
            label("KOULIKORO", LabelKind::Region, 100.0),
            label("Bamako", LabelKind::Capital, 105.0),
            label("Kayes", LabelKind::RegionalCapital, 400.0),
        ];
        let v = crate::View {
            k: 1.0,
            tx: 0.0,
            ty: 0.0,
        };
        assert_eq!(m.label_visibility(&v, 1.0), [false, true, true]);
        // Zoomed in, the points are 100 px apart and every label fits.
        let far = crate::View {
            k: 20.0,
            tx: 0.0,
            ty: 0.0,
        };
        assert_eq!(m.label_visibility(&far, 1.0), [true, true, true]);
        // A town waits for its zoom.
        m.labels.push(Label {
            min_zoom: 4.0,
            ..label("Niono", LabelKind::Town, 900.0)
        });
        assert!(!m.label_visibility(&far, 10.0)[3]);
        assert!(m.label_visibility(&far, 5.0)[3]);
    }

    #[test]
    fn interval_changes_cover_every_case() {
        assert_eq!(interval_changes(2..5, 3..6), (vec![2], vec![5]));
        assert_eq!(interval_changes(2..5, 0..3), (vec![3, 4], vec![0, 1]));
        assert_eq!(interval_changes(2..5, 2..5), (vec![], vec![]));
        assert_eq!(interval_changes(2..5, 3..3), (vec![2, 3, 4], vec![]));
        assert_eq!(interval_changes(3..3, 1..2), (vec![], vec![1]));
        assert_eq!(interval_changes(0..2, 4..6), (vec![0, 1], vec![4, 5]));
    }
}
