//! A geographic point with an explicit coordinate order.

use serde::{Deserialize, Serialize};

/// A WGS 84 position in decimal degrees, stored in GeoJSON order: longitude, then latitude.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LonLat {
    /// Longitude in degrees east, -180..=180.
    pub lon: f64,
    /// Latitude in degrees north, -90..=90.
    pub lat: f64,
}

impl LonLat {
    /// Builds a point from longitude then latitude (GeoJSON order).
    pub const fn from_lon_lat(lon: f64, lat: f64) -> Self {
        LonLat { lon, lat }
    }

    /// Builds a point from latitude then longitude (the order GeoNames and most
    /// press reports use).
    pub const fn from_lat_lon(lat: f64, lon: f64) -> Self {
        LonLat { lon, lat }
    }

    /// Great-circle distance to `other` in kilometres (haversine on a sphere of
    /// mean Earth radius, via the `geo` crate).
    pub fn distance_km(self, other: LonLat) -> f64 {
        use geo::{Distance, Haversine};

        Haversine::distance(self.to_geo(), other.to_geo()) / 1000.0
    }

    /// The same point as a `geo` point (x = longitude, y = latitude).
    pub fn to_geo(self) -> geo::Point<f64> {
        geo::Point::new(self.lon, self.lat)
    }
}

/// A bounding box in degrees: west, south, east, north.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BBox {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

impl BBox {
    /// True when `p` lies inside the box or on its edge.
    pub fn contains(&self, p: LonLat) -> bool {
        p.lon >= self.west && p.lon <= self.east && p.lat >= self.south && p.lat <= self.north
    }
}

/// Mali's bounding box in degrees, from the Natural Earth 1:10m country outline
/// (`data/basemap.geojson`, rounded outward to 0.01 degree): every incident point
/// must fall inside it.
pub const MALI_BBOX: BBox = BBox {
    west: -12.27,
    south: 10.13,
    east: 4.24,
    north: 25.0,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constructors_say_their_order() {
        let a = LonLat::from_lon_lat(-8.0, 12.6);
        let b = LonLat::from_lat_lon(12.6, -8.0);
        assert_eq!(a, b);
        assert_eq!(a.lon, -8.0);
    }

    #[test]
    fn bamako_to_kati_is_about_fifteen_km() {
        // GeoNames 2460596 Bamako and 2455558 Kati.
        let bamako = LonLat::from_lat_lon(12.60915, -7.97522);
        let kati = LonLat::from_lat_lon(12.74409, -8.07257);
        let d = bamako.distance_km(kati);
        assert!((d - 18.4).abs() < 1.0, "{d}");
    }

    #[test]
    fn mali_bbox_holds_bamako_not_dakar() {
        assert!(MALI_BBOX.contains(LonLat::from_lat_lon(12.60915, -7.97522)));
        assert!(!MALI_BBOX.contains(LonLat::from_lat_lon(14.6937, -17.4441)));
    }
}
