//! Rows under UCDP GED's export header (47 columns): the UCDP reader's row path.
#![no_main]
mod common;

const HEADER: &[u8] = b"id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best_est,high_est,low_est\n";

libfuzzer_sys::fuzz_target!(|data: &[u8]| common::check_rows("fuzz-ucdp.csv", HEADER, data));
