//! Any bytes as a GeoJSON file: our format (curated or imported records)
//! or another layout of points.
#![no_main]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| common::check("fuzz.geojson", data));
