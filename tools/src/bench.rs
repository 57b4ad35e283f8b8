//! `sahel-data bench-import [--rows N] [FILE...]`: import throughput of the
//! pipeline on real files and on a generated ACLED-layout CSV of N rows
//! (SYNTHETIC in every text field, made in memory, never written to data/).
//! Prints MB/s and rows/s (median of three runs); asserts nothing.

use std::fs;
use std::path::PathBuf;
use std::time::Instant;

use shared::{import, Context};

use crate::{Error, Result};

/// An ACLED-layout CSV of `rows` synthetic events over Mali, one a day from
/// 2015 on, with quoted fields and commas in the notes like the real exports.
pub fn synthetic_acled(rows: usize) -> String {
    const TYPES: [(&str, &str); 4] = [
        ("Battles", "Armed clash"),
        (
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        ("Violence against civilians", "Attack"),
        ("Strategic developments", "Looting/property destruction"),
    ];
    let mut out = String::from("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n");
    let start = chrono::NaiveDate::from_ymd_opt(2015, 1, 1).unwrap_or_default();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for i in 0..rows {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let (t, sub) = TYPES[(seed % 4) as usize];
        let date = start + chrono::Days::new((i as u64 * 3000) / rows.max(1) as u64);
        let lat = 11.0 + (seed >> 8) as f64 % 900.0 / 100.0;
        let lon = -11.0 + (seed >> 20) as f64 % 1400.0 / 100.0;
        out.push_str(&format!(
            "SYN{i},\"{}\",{},1,\"Political violence\",{t},\"{sub}\",\"SYNTHETIC actor {}\",,2,\"SYNTHETIC target\",,1,12,,466,\"Western Africa\",Mali,SYNTHETIC,SYNTHETIC,SYNTHETIC,\"SYNTHETIC place {}\",{lat:.4},{lon:.4},1,\"SYNTHETIC source; SYNTHETIC\",\"Local partner-Other\",\"SYNTHETIC notes, generated for the benchmark, event {i}.\",{},,1659376340\n",
            date.format("%d %B %Y"),
            date.format("%Y"),
            seed % 7,
            seed % 500,
            seed % 13,
        ));
    }
    out
}

fn measure(name: &str, bytes: &[u8]) -> Result<()> {
    let ctx = Context::default();
    let mut times = Vec::new();
    let mut rows = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let imported = import(name, bytes, &ctx).map_err(|e| Error::Unreadable(e.to_string()))?;
        times.push(t.elapsed().as_secs_f64());
        rows = imported.report.rows;
    }
    times.sort_by(f64::total_cmp);
    let s = times[1];
    println!(
        "{name}: {:.2} MB, {rows} rows: {:.0} ms median of 3, {:.1} MB/s, {:.0} rows/s",
        bytes.len() as f64 / 1e6,
        s * 1e3,
        bytes.len() as f64 / 1e6 / s,
        rows as f64 / s
    );
    Ok(())
}

/// Runs the benchmark.
pub fn run(rows: usize, files: &[PathBuf]) -> Result<bool> {
    for f in files {
        let bytes = fs::read(f).map_err(|source| Error::Io {
            path: f.display().to_string(),
            source,
        })?;
        measure(&f.display().to_string(), &bytes)?;
    }
    let text = synthetic_acled(rows);
    measure(
        &format!("generated ACLED CSV ({rows} rows)"),
        text.as_bytes(),
    )?;
    Ok(true)
}
