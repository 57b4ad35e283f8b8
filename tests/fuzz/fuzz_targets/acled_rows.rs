//! Rows under ACLED's 2023 header (31 columns): the ACLED reader's row path.
#![no_main]
mod common;

const HEADER: &[u8] = b"event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n";

libfuzzer_sys::fuzz_target!(|data: &[u8]| common::check_rows("fuzz-acled.csv", HEADER, data));
