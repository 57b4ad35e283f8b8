//! Any bytes as a CSV file: the format detected from the header, then the
//! ACLED or UCDP reader.
#![no_main]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| common::check("fuzz.csv", data));
