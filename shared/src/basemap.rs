//! The basemap: Mali's outline and regions (admin-1), its neighbours, rivers
//! and lakes, from Natural Earth.

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
    /// A neighbouring country, clipped to the area around Mali.
    Neighbour,
    /// A lake.
    Lake,
    /// Water areas: the surfaces of rivers and lakes.
    Water,
}

/// A river, as lines.
#[derive(Debug, Clone, PartialEq)]
pub struct River {
    /// Name, when the source gives one.
    pub name: Option<String>,
    /// The course in degrees (x = longitude, y = latitude).
    pub lines: geo::MultiLineString<f64>,
}

/// One feature of the basemap file.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// An area: country, region, neighbour or lake.
    Area(Region),
    /// A river.
    River(River),
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

/// Mali's outline and regions, with their surroundings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Basemap {
    /// Country outlines (Mali).
    pub countries: Vec<Region>,
    /// Admin-1 regions.
    pub regions: Vec<Region>,
    /// Neighbouring countries.
    pub neighbours: Vec<Region>,
    pub lakes: Vec<Region>,
    /// Water areas (river and lake surfaces).
    pub water: Vec<Region>,
    pub rivers: Vec<River>,
}

impl Basemap {
    /// Sorts the items into their layers.
    pub fn new(items: Vec<Item>) -> Self {
        let mut b = Basemap::default();
        for item in items {
            match item {
                Item::River(r) => b.rivers.push(r),
                Item::Area(a) => match a.layer {
                    Layer::Country => b.countries.push(a),
                    Layer::Region => b.regions.push(a),
                    Layer::Neighbour => b.neighbours.push(a),
                    Layer::Lake => b.lakes.push(a),
                    Layer::Water => b.water.push(a),
                },
            }
        }
        b
    }

    /// The bounding box of Mali (its outline and regions; neighbours, lakes and
    /// rivers left out), or `None` when there is neither.
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
pub(crate) mod tests {
    use super::*;

    /// A region named `name` covering `w` × `h` degrees from (x0, y0).
    pub(crate) fn rect(name: &str, x0: f64, y0: f64, w: f64, h: f64) -> Region {
        let p = geo::Rect::new(
            geo::coord! { x: x0, y: y0 },
            geo::coord! { x: x0 + w, y: y0 + h },
        )
        .to_polygon();
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
        let b = Basemap::new(vec![
            Item::Area(rect("A", 0.0, 0.0, 1.0, 1.0)),
            Item::Area(rect("B", 1.0, 0.0, 1.0, 1.0)),
        ]);
        assert_eq!(
            b.region_at(LonLat::from_lon_lat(1.5, 0.5)).unwrap().name,
            "B"
        );
        assert!(b.region_at(LonLat::from_lon_lat(5.0, 0.5)).is_none());
        let bb = b.bbox().unwrap();
        assert_eq!((bb.west, bb.east, bb.south, bb.north), (0.0, 2.0, 0.0, 1.0));
    }
}
