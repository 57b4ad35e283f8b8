//! The density grid: square cells of a size in km, counting the events
//! (or people killed) in each. Rows are bands of latitude `size` km high;
//! along each row a cell is `size` km wide at the row's middle latitude, so
//! every cell covers about `size`² km² wherever it is.

use std::collections::HashMap;

use super::{Count, Facts, Period};
use crate::LonLat;

/// Km per degree of latitude (WGS 84 mean).
const KM_PER_DEG_LAT: f64 = 110.574;
/// Km per degree of longitude at the equator.
const KM_PER_DEG_LON: f64 = 111.320;

/// The sizes offered, in km.
pub const CELL_SIZES_KM: [u32; 5] = [10, 25, 50, 100, 200];

/// One cell: its box in degrees and what it holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cell {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
    pub count: Count,
}

/// The cells holding at least one event.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grid {
    pub size_km: u32,
    pub cells: Vec<Cell>,
}

impl Grid {
    /// Everything counted.
    pub fn total(&self) -> Count {
        let mut t = Count::default();
        for c in &self.cells {
            t.merge(c.count);
        }
        t
    }
}

/// The grid of `size_km` cells over the events the filters keep in
/// `period`, at `points` (one per incident). See [`CellIndex`] to count
/// many periods at one size.
pub fn grid(facts: &Facts, points: &[LonLat], period: Period, size_km: u32) -> Grid {
    CellIndex::new(points, size_km).grid(facts, period)
}

/// Each incident's cell at one size, found once: a slider step then counts
/// into an array instead of placing every incident again.
#[derive(Debug, Clone, PartialEq)]
pub struct CellIndex {
    size_km: u32,
    /// Per incident: its cell's place in `boxes`.
    of: Vec<u32>,
    /// The cells that hold an incident (west, south, east, north), north
    /// first, then west first.
    boxes: Vec<[f64; 4]>,
}

impl CellIndex {
    /// The cells of `size_km` of `points` (one per incident).
    pub fn new(points: &[LonLat], size_km: u32) -> CellIndex {
        let size = f64::from(size_km.max(1));
        let dlat = size / KM_PER_DEG_LAT;
        let keys: Vec<(i32, i32)> = points
            .iter()
            .map(|p| {
                let row = (p.lat / dlat).floor() as i32;
                let col = (p.lon / row_width(row, dlat, size)).floor() as i32;
                (row, col)
            })
            .collect();
        // North first (rows descending), then west first.
        let mut distinct: Vec<(i32, i32)> = keys.clone();
        distinct.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        distinct.dedup();
        let place: HashMap<(i32, i32), u32> = distinct
            .iter()
            .enumerate()
            .map(|(i, k)| (*k, i as u32))
            .collect();
        let boxes = distinct
            .iter()
            .map(|&(row, col)| {
                let dlon = row_width(row, dlat, size);
                [
                    f64::from(col) * dlon,
                    f64::from(row) * dlat,
                    f64::from(col + 1) * dlon,
                    f64::from(row + 1) * dlat,
                ]
            })
            .collect();
        CellIndex {
            size_km,
            of: keys
                .iter()
                .map(|k| place.get(k).copied().unwrap_or(0))
                .collect(),
            boxes,
        }
    }

    /// The cells' size in km.
    pub fn size_km(&self) -> u32 {
        self.size_km
    }

    /// The grid of the events the filters keep in `period`.
    pub fn grid(&self, facts: &Facts, period: Period) -> Grid {
        let mut counts = vec![Count::default(); self.boxes.len()];
        for i in facts.rows(period) {
            if let Some(c) = self.of.get(i).and_then(|&c| counts.get_mut(c as usize)) {
                c.add(facts.killed_of(i));
            }
        }
        let cells = self
            .boxes
            .iter()
            .zip(counts)
            .filter(|(_, c)| c.events > 0)
            .map(|(&[west, south, east, north], count)| Cell {
                west,
                south,
                east,
                north,
                count,
            })
            .collect();
        Grid {
            size_km: self.size_km,
            cells,
        }
    }
}

/// A row's cell width in degrees of longitude.
fn row_width(row: i32, dlat: f64, size: f64) -> f64 {
    let mid = (f64::from(row) + 0.5) * dlat;
    let km = KM_PER_DEG_LON * mid.to_radians().cos().max(0.01);
    size / km
}

/// The size offered nearest to about `px` screen pixels at `km_per_px`.
pub fn size_for(km_per_px: f64, px: f64) -> u32 {
    let want = km_per_px * px;
    CELL_SIZES_KM
        .into_iter()
        .min_by(|a, b| {
            let d = |s: u32| (f64::from(s).ln() - want.max(1.0).ln()).abs();
            d(*a)
                .partial_cmp(&d(*b))
                .unwrap_or(std::cmp::Ordering::Equal)
        })
        .unwrap_or(50)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{day, event, Owned};
    use super::*;

    #[test]
    fn one_index_counts_every_period_as_a_grid_made_afresh() {
        let mut all = Vec::new();
        for k in 0..40u32 {
            let date = format!("2022-0{}-1{}", 1 + k % 6, k % 9);
            let mut e = event(&date, "Mopti", Some(k), "A");
            e.location =
                LonLat::from_lon_lat(-5.0 + f64::from(k % 8) * 0.3, 14.0 + f64::from(k % 5) * 0.4);
            all.push(e);
        }
        let points: Vec<LonLat> = all.iter().map(|e| e.location).collect();
        let o = Owned::of(&all);
        let index = CellIndex::new(&points, 25);
        assert_eq!(index.size_km(), 25);
        for (a, z) in [
            ("2022-01-01", "2022-06-30"),
            ("2022-02-01", "2022-02-28"),
            ("2022-07-01", "2022-07-31"),
        ] {
            let p = Period::new(day(a), day(z));
            let g = index.grid(&o.facts(), p);
            assert_eq!(g.total(), o.facts().count(p), "{a}");
            assert!(g.cells.iter().all(|c| c.count.events > 0), "no empty cell");
            // North first, then west first.
            assert!(g
                .cells
                .windows(2)
                .all(|w| w[0].north > w[1].north
                    || (w[0].north == w[1].north && w[0].west < w[1].west)));
        }
    }

    #[test]
    fn cells_are_about_their_size_and_hold_every_event_once() {
        let mut all = Vec::new();
        let mut points = Vec::new();
        for k in 0..50 {
            let mut e = event(
                "2022-05-01",
                "Mopti",
                if k % 3 == 0 { None } else { Some(k) },
                "A",
            );
            e.location =
                LonLat::from_lon_lat(-4.0 + f64::from(k) * 0.07, 14.0 + f64::from(k % 7) * 0.05);
            points.push(e.location);
            all.push(e);
        }
        let o = Owned::of(&all);
        let p = Period::new(day("2022-01-01"), day("2022-12-31"));
        for size in CELL_SIZES_KM {
            let g = grid(&o.facts(), &points, p, size);
            assert_eq!(g.total(), o.facts().count(p), "{size} km");
            let c = g.cells[0];
            let w_km =
                (c.east - c.west) * KM_PER_DEG_LON * ((c.north + c.south) / 2.0).to_radians().cos();
            let h_km = (c.north - c.south) * KM_PER_DEG_LAT;
            assert!(
                (w_km - f64::from(size)).abs() < 0.01 * f64::from(size),
                "{w_km}"
            );
            assert!((h_km - f64::from(size)).abs() < 1e-9 * f64::from(size));
        }
        assert!(
            grid(&o.facts(), &points, p, 10).cells.len()
                > grid(&o.facts(), &points, p, 100).cells.len()
        );
        assert_eq!(size_for(1.0, 40.0), 50);
        assert_eq!(size_for(0.2, 40.0), 10);
    }
}
