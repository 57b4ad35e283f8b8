//! The spatial index of stacks (`rstar`'s R*-tree over their points in frame
//! units): hit testing, hover, the keyboard's moves between incidents and the
//! search radius all go through it, never through a DOM element per incident.

use rstar::{primitives::GeomWithData, RTree, AABB};

use super::selection::Selection;
use super::symbols::{StackId, Symbols};
use crate::{Frame, LonLat};

type Point = GeomWithData<[f64; 2], u32>;

/// Stacks by position.
#[derive(Debug, Clone, Default)]
pub struct SpatialIndex {
    tree: RTree<Point>,
    /// Largest circle radius of any stack, CSS px (bounds a hit's reach).
    max_radius_px: f64,
    /// Half the widest badge, CSS px (bounds a hit's reach too).
    max_badge_half_px: f64,
}

/// What is under the pointer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub stack: StackId,
    /// The incident, when the stack shows exactly one; `None` for a stack of
    /// several visible incidents (the caller lists them).
    pub incident: Option<usize>,
}

/// An arrow key's direction on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

impl Direction {
    /// From a `KeyboardEvent.key` value.
    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            _ => None,
        }
    }

    fn unit(self) -> (f64, f64) {
        match self {
            Direction::Left => (-1.0, 0.0),
            Direction::Right => (1.0, 0.0),
            Direction::Up => (0.0, -1.0),
            Direction::Down => (0.0, 1.0),
        }
    }
}

/// Extra px around a circle that still counts as on it (a finger or a
/// shaky hand).
pub const HIT_SLOP_PX: f64 = 2.0;

impl SpatialIndex {
    /// Indexes the stacks of `symbols`.
    pub fn new(symbols: &Symbols) -> Self {
        let points: Vec<Point> = (0..symbols.stacks() as u32)
            .map(|s| {
                let (x, y) = symbols.stack_point(StackId(s));
                GeomWithData::new([x, y], s)
            })
            .collect();
        let max_radius_px = (0..symbols.stacks() as u32)
            .map(|s| symbols.stack_radius_px(StackId(s)))
            .fold(0.0, f64::max);
        let largest = (0..symbols.stacks() as u32)
            .map(|s| symbols.stack_incidents(StackId(s)).count())
            .max()
            .unwrap_or(0);
        SpatialIndex {
            tree: RTree::bulk_load(points),
            max_radius_px,
            max_badge_half_px: crate::engine::symbols::badge_width_px(largest as u32) / 2.0,
        }
    }

    /// The topmost visible symbol or badge under frame point `at`, at `k`
    /// screen px per frame unit (circles keep their size in px). `badges` says
    /// which badges are drawn at this zoom ([`super::symbols::badges_shown`]).
    pub fn hit(
        &self,
        symbols: &Symbols,
        selection: &Selection,
        badges: &[bool],
        at: (f64, f64),
        k: f64,
    ) -> Option<Hit> {
        // The largest circle, or a badge at its upper right (as wide as the
        // widest number), plus the slop.
        let reach = (self.max_radius_px
            + self
                .max_badge_half_px
                .max(crate::engine::symbols::BADGE_HEIGHT_PX)
            + HIT_SLOP_PX)
            / k;
        let env = AABB::from_corners([at.0 - reach, at.1 - reach], [at.0 + reach, at.1 + reach]);
        let mut best: Option<(u32, StackId)> = None;
        for p in self.tree.locate_in_envelope(&env) {
            let stack = StackId(p.data);
            let count = selection.stack_count(stack);
            if count == 0 {
                continue;
            }
            let (sx, sy) = symbols.stack_point(stack);
            let dist_px = (at.0 - sx).hypot(at.1 - sy) * k;
            // The badge first: it is drawn above every symbol.
            if count >= 2 {
                let drawn = |b: super::symbols::EntryId| {
                    (b.0 as usize)
                        .checked_sub(symbols.symbols())
                        .is_some_and(|i| badges.get(i).copied().unwrap_or(false))
                };
                if let Some(b) = symbols.stack_badge(stack).filter(|&b| drawn(b)) {
                    let (_, (ox, oy)) = symbols.entry_anchor(b);
                    let bx = (at.0 - sx) * k - ox;
                    let by = (at.1 - sy) * k - oy;
                    let half_w = crate::engine::symbols::badge_width_px(count) / 2.0;
                    let half_h = crate::engine::symbols::BADGE_HEIGHT_PX / 2.0;
                    if bx.abs() <= half_w + HIT_SLOP_PX
                        && by.abs() <= half_h + HIT_SLOP_PX
                        && best.is_none_or(|(z, _)| b.0 > z)
                    {
                        best = Some((b.0, stack));
                    }
                }
            }
            for z in symbols.stack_symbols(stack) {
                if selection.symbol_count(z) == 0 {
                    continue;
                }
                let r = symbols.symbol_key(z).map_or(0.0, |k| k.radius_px());
                if dist_px <= r + HIT_SLOP_PX && best.is_none_or(|(b, _)| z.0 > b) {
                    best = Some((z.0, stack));
                }
            }
        }
        let (_, stack) = best?;
        Some(self.resolve(symbols, selection, stack))
    }

    /// A stack as a hit: its incident when it shows only one.
    pub fn resolve(&self, symbols: &Symbols, selection: &Selection, stack: StackId) -> Hit {
        let mut visible = selection.visible_in_stack(symbols, stack);
        let first = visible.next();
        let incident = match visible.next() {
            None => first,
            Some(_) => None,
        };
        Hit { stack, incident }
    }

    /// The visible stack nearest to frame point `at`.
    pub fn nearest(&self, selection: &Selection, at: (f64, f64)) -> Option<StackId> {
        self.tree
            .nearest_neighbor_iter(&[at.0, at.1])
            .map(|p| StackId(p.data))
            .find(|&s| selection.stack_count(s) > 0)
    }

    /// The nearest visible stack from `from` in direction `dir` on screen:
    /// within 45 degrees of it, nearest first. `None` when there is none.
    pub fn step(
        &self,
        symbols: &Symbols,
        selection: &Selection,
        from: StackId,
        dir: Direction,
    ) -> Option<StackId> {
        let (fx, fy) = symbols.stack_point(from);
        let (ux, uy) = dir.unit();
        self.tree
            .nearest_neighbor_iter(&[fx, fy])
            .map(|p| (StackId(p.data), p.geom()))
            .filter(|&(s, _)| s != from && selection.stack_count(s) > 0)
            .find(|&(_, g)| {
                let (dx, dy) = (g[0] - fx, g[1] - fy);
                let along = dx * ux + dy * uy;
                let across = (dx * uy - dy * ux).abs();
                along > 0.0 && across <= along
            })
            .map(|(s, _)| s)
    }

    /// Stacks within `radius_km` of `centre` (a box in frame units that holds
    /// the circle; the caller measures exact distances).
    pub fn around(&self, frame: &Frame, centre: LonLat, radius_km: f64) -> Vec<StackId> {
        // Mercator stretches with latitude: take the largest stretch in the box.
        let lat = centre.lat.abs() + radius_km / 111.0;
        let r = frame.units_per_km(lat.min(89.0)) * radius_km;
        let (x, y) = frame.project(centre);
        let env = AABB::from_corners([x - r, y - r], [x + r, y + r]);
        self.tree
            .locate_in_envelope(&env)
            .map(|p| StackId(p.data))
            .collect()
    }
}

/// Incidents within `radius_km` of `centre` (great-circle), nearest first, as
/// (incident, km): through the index, then exact distances.
pub fn within_radius(
    index: &SpatialIndex,
    symbols: &Symbols,
    frame: &Frame,
    incidents: &[crate::Incident],
    centre: LonLat,
    radius_km: f64,
) -> Vec<(usize, f64)> {
    let mut out: Vec<(usize, f64)> = index
        .around(frame, centre, radius_km)
        .into_iter()
        .flat_map(|s| symbols.stack_incidents(s))
        .filter_map(|i| {
            let d = incidents.get(i)?.location.distance_km(centre);
            (d <= radius_km).then_some((i, d))
        })
        .collect();
    out.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::render::tests::cloud;
    use crate::filter::tests::incident;
    use crate::{Incident, MarkerScale};

    fn setup(incs: &[Incident]) -> (Frame, Symbols, Selection, SpatialIndex) {
        let frame = Frame::fit(crate::MALI_BBOX);
        let scale = MarkerScale::fit(incs.iter().map(Incident::killed_total));
        let symbols = Symbols::new(&frame, &scale, incs);
        let mut sel = Selection::new(&symbols);
        let order: Vec<usize> = (0..incs.len()).collect();
        sel.set_window(&symbols, &order, 0..incs.len());
        let index = SpatialIndex::new(&symbols);
        (frame, symbols, sel, index)
    }

    #[test]
    fn hit_finds_the_circle_under_the_pointer_and_a_stack_of_several() {
        let mut incs = vec![
            incident("a", "2022-07-21", Some(1)),
            incident("b", "2022-07-22", Some(5)),
            incident("c", "2022-07-23", Some(3)),
        ];
        incs[2].location = LonLat::from_lon_lat(-4.0, 15.0);
        let (frame, symbols, mut sel, index) = setup(&incs);
        let (cx, cy) = frame.project(incs[2].location);
        let k = 2.0;
        let badges = crate::engine::symbols::badges_shown(&symbols, k);
        let hit = index
            .hit(&symbols, &sel, &badges, (cx + 1.0 / k, cy), k)
            .unwrap();
        assert_eq!(hit.incident, Some(2));
        assert_eq!(
            index.hit(&symbols, &sel, &badges, (cx + 40.0 / k, cy), k),
            None,
            "40 px away"
        );
        // a and b share a point: a stack of two, no single incident.
        let (ax, ay) = frame.project(incs[0].location);
        let hit = index.hit(&symbols, &sel, &badges, (ax, ay), k).unwrap();
        assert_eq!(hit.incident, None);
        assert_eq!(sel.visible_in_stack(&symbols, hit.stack).count(), 2);
        // With only a visible, the stack resolves to it.
        let order = [0usize, 1, 2];
        sel.set_window(&symbols, &order, 0..1);
        assert_eq!(
            index
                .hit(&symbols, &sel, &badges, (ax, ay), k)
                .unwrap()
                .incident,
            Some(0)
        );
        assert_eq!(
            index.hit(&symbols, &sel, &badges, (cx, cy), k),
            None,
            "c is hidden"
        );
    }

    #[test]
    fn arrows_move_to_the_nearest_visible_stack_in_their_direction() {
        let mut incs: Vec<Incident> = (0..4)
            .map(|i| incident(&format!("i{i}"), "2022-07-21", Some(1)))
            .collect();
        incs[0].location = LonLat::from_lon_lat(-5.0, 14.0);
        incs[1].location = LonLat::from_lon_lat(-4.0, 14.1); // east
        incs[2].location = LonLat::from_lon_lat(-2.0, 13.9); // further east
        incs[3].location = LonLat::from_lon_lat(-5.1, 15.0); // north
        let (_, symbols, mut sel, index) = setup(&incs);
        let st = |i: usize| symbols.incident_stack(i).unwrap();
        assert_eq!(
            index.step(&symbols, &sel, st(0), Direction::Right),
            Some(st(1))
        );
        assert_eq!(
            index.step(&symbols, &sel, st(1), Direction::Right),
            Some(st(2))
        );
        assert_eq!(index.step(&symbols, &sel, st(2), Direction::Right), None);
        assert_eq!(
            index.step(&symbols, &sel, st(0), Direction::Up),
            Some(st(3))
        );
        assert_eq!(
            index.step(&symbols, &sel, st(3), Direction::Down),
            Some(st(0))
        );
        assert_eq!(
            index.step(&symbols, &sel, st(1), Direction::Left),
            Some(st(0))
        );
        // Hidden stacks are skipped.
        let order = [0usize, 2, 3, 1];
        sel.set_window(&symbols, &order, 0..3);
        assert_eq!(
            index.step(&symbols, &sel, st(0), Direction::Right),
            Some(st(2))
        );
        assert_eq!(index.nearest(&sel, symbols.stack_point(st(1))), Some(st(0)));
        assert_eq!(Direction::from_key("ArrowUp"), Some(Direction::Up));
        assert_eq!(Direction::from_key("a"), None);
    }

    /// The plain scan the index must agree with.
    fn scan(incidents: &[Incident], centre: LonLat, radius_km: f64) -> Vec<(usize, f64)> {
        let mut out: Vec<(usize, f64)> = incidents
            .iter()
            .enumerate()
            .map(|(i, inc)| (i, inc.location.distance_km(centre)))
            .filter(|(_, d)| *d <= radius_km)
            .collect();
        out.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        out
    }

    #[test]
    fn within_radius_is_nearest_first() {
        let mut near = incident("near", "2022-07-21", None);
        near.location = LonLat::from_lon_lat(-6.0, 14.1); // about 11 km north
        let mut far = incident("far", "2022-07-21", None);
        far.location = LonLat::from_lon_lat(-4.0, 14.0); // about 215 km east
        let here = incident("here", "2022-07-21", None);
        let incs = vec![far, near, here];
        let (frame, symbols, _, index) = setup(&incs);
        let found = within_radius(
            &index,
            &symbols,
            &frame,
            &incs,
            LonLat::from_lon_lat(-6.0, 14.0),
            50.0,
        );
        let ids: Vec<&str> = found.iter().map(|(i, _)| incs[*i].id.as_str()).collect();
        assert_eq!(ids, ["here", "near"]);
        assert!((found[1].1 - 11.1).abs() < 0.2, "{}", found[1].1);
    }

    #[test]
    fn within_radius_through_the_index_equals_a_scan() {
        let incs = cloud(2000);
        let (frame, symbols, _, index) = setup(&incs);
        for (lon, lat, km) in [
            (-4.2, 14.5, 50.0),
            (-8.0, 12.6, 10.0),
            (0.0, 16.3, 120.0),
            (3.0, 20.0, 5.0),
        ] {
            let c = LonLat::from_lon_lat(lon, lat);
            let fast = within_radius(&index, &symbols, &frame, &incs, c, km);
            let slow = scan(&incs, c, km);
            assert_eq!(fast, slow, "{lon} {lat} {km}");
        }
    }
}
