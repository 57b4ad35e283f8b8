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
/// `period`, at `points` (one per incident).
pub fn grid(facts: &Facts, points: &[LonLat], period: Period, size_km: u32) -> Grid {
    let size = f64::from(size_km.max(1));
    let dlat = size / KM_PER_DEG_LAT;
    let mut cells: HashMap<(i32, i32), Count> = HashMap::new();
    for i in facts.rows(period) {
        let Some(p) = points.get(i) else { continue };
        let row = (p.lat / dlat).floor() as i32;
        let dlon = row_width(row, dlat, size);
        let col = (p.lon / dlon).floor() as i32;
        cells.entry((row, col)).or_default().add(facts.killed_of(i));
    }
    let mut out: Vec<Cell> = cells
        .into_iter()
        .map(|((row, col), count)| {
            let dlon = row_width(row, dlat, size);
            Cell {
                west: f64::from(col) * dlon,
                east: f64::from(col + 1) * dlon,
                south: f64::from(row) * dlat,
                north: f64::from(row + 1) * dlat,
                count,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        (b.north, a.west)
            .partial_cmp(&(a.north, b.west))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    Grid {
        size_km,
        cells: out,
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
