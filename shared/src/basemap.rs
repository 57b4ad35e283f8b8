//! The basemap: Mali's outline and its regions (admin-1), from Natural Earth.

use geo::{BoundingRect, Contains};

use crate::geo_point::BBox;
use crate::LonLat;

/// Which layer a basemap shape belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// A country outline (Mali).
    Country,
    /// A region (admin-1 unit).
    Region,
}

/// One named shape of the basemap.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// Stable id, when the file gives one (e.g. "MLI").
    pub id: Option<String>,
    pub layer: Layer,
    /// Name as used in Mali (French), e.g. "Sikasso".
    pub name: String,
    /// English name where it differs, e.g. "Timbuktu" for "Tombouctou".
    pub name_en: Option<String>,
    /// Label point, when the source gives one.
    pub label: Option<LonLat>,
    /// Where the shape comes from.
    pub source: Option<String>,
    /// The outline in degrees (x = longitude, y = latitude).
    pub shape: geo::MultiPolygon<f64>,
}

/// Mali's outline and regions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Basemap {
    /// Country outlines (Mali).
    pub countries: Vec<Region>,
    /// Admin-1 regions.
    pub regions: Vec<Region>,
}

impl Basemap {
    /// Sorts shapes into their layers.
    pub fn new(shapes: Vec<Region>) -> Self {
        let (countries, regions) = shapes.into_iter().partition(|r| r.layer == Layer::Country);
        Basemap { countries, regions }
    }

    /// The bounding box of every shape, or `None` for an empty basemap.
    pub fn bbox(&self) -> Option<BBox> {
        let mut out: Option<BBox> = None;
        for r in self.countries.iter().chain(&self.regions) {
            if let Some(rect) = r.shape.bounding_rect() {
                let b = BBox {
                    west: rect.min().x,
                    south: rect.min().y,
                    east: rect.max().x,
                    north: rect.max().y,
                };
                out = Some(match out {
                    None => b,
                    Some(o) => BBox {
                        west: o.west.min(b.west),
                        south: o.south.min(b.south),
                        east: o.east.max(b.east),
                        north: o.north.max(b.north),
                    },
                });
            }
        }
        out
    }

    /// The region whose outline contains `p` (point-in-polygon with `geo`).
    pub fn region_at(&self, p: LonLat) -> Option<&Region> {
        self.regions.iter().find(|r| r.shape.contains(&p.to_geo()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::polygon;

    fn square(name: &str, x0: f64, y0: f64) -> Region {
        let p = polygon![(x: x0, y: y0), (x: x0 + 1.0, y: y0), (x: x0 + 1.0, y: y0 + 1.0), (x: x0, y: y0 + 1.0)];
        Region {
            id: None,
            layer: Layer::Region,
            name: name.into(),
            name_en: None,
            label: None,
            source: None,
            shape: geo::MultiPolygon(vec![p]),
        }
    }

    #[test]
    fn finds_region_by_point_and_bbox() {
        let b = Basemap::new(vec![square("A", 0.0, 0.0), square("B", 1.0, 0.0)]);
        assert_eq!(
            b.region_at(LonLat::from_lon_lat(1.5, 0.5)).unwrap().name,
            "B"
        );
        assert!(b.region_at(LonLat::from_lon_lat(5.0, 0.5)).is_none());
        let bb = b.bbox().unwrap();
        assert_eq!((bb.west, bb.east, bb.south, bb.north), (0.0, 2.0, 0.0, 1.0));
    }
}
