//! Fuzzing the readers and a property test of the round trip, without a
//! fuzzing toolchain: a seeded generator mutates real-looking inputs (our
//! fixtures and data file: bytes flipped, quotes, commas, line ends, invalid
//! UTF-8 and BOMs inserted, ranges cut or repeated) and feeds them to the one
//! import entry point, which must never panic and must account for every row.
//!
//! CI runs a short pass (3,000 inputs). A long run, e.g. 300,000 inputs:
//!
//! ```sh
//! SAHEL_FUZZ_ITERS=300000 cargo test --release -p sahel-shared --test fuzz -- --nocapture
//! ```

use chrono::NaiveDate;
use shared::incident::{Casualties, DeathEstimates, PartyDeaths, SideCounts, Source};
use shared::{
    import, parse_incidents, write_incidents, Context, DatePrecision, EventType, Incident,
    LocationPrecision, LonLat, Provenance, UcdpViolence,
};

/// xorshift64*: small, seeded, reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

fn iterations(default: usize) -> usize {
    std::env::var("SAHEL_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn seeds() -> Vec<(String, Vec<u8>)> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let mut out = Vec::new();
    for dir in ["tests/fixtures/import", "tests/fixtures/check"] {
        let Ok(entries) = std::fs::read_dir(format!("{root}/{dir}")) else {
            panic!("{root}/{dir} is missing");
        };
        for e in entries.flatten() {
            let path = e.path();
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if ext == "csv" || ext == "geojson" {
                let bytes = std::fs::read(&path).unwrap();
                out.push((path.display().to_string(), bytes));
            }
        }
    }
    out.push((
        "incidents.geojson".into(),
        std::fs::read(format!("{root}/data/incidents.geojson")).unwrap(),
    ));
    out.sort();
    out
}

const INSERTS: [&[u8]; 14] = [
    b"\"",
    b",",
    b"\n",
    b"\r\n",
    b"\xff",
    b"\xef\xbb\xbf",
    b"\xe2\x80\x8b",
    b"{",
    b"}",
    b"[",
    b"#",
    b"-1",
    b"99999999999999999999",
    b"\"\"",
];

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut v = input.to_vec();
    for _ in 0..=rng.below(3) {
        let at = rng.below(v.len() + 1);
        match rng.below(6) {
            0 if !v.is_empty() => {
                let i = rng.below(v.len());
                v[i] = (rng.next() & 0xff) as u8;
            }
            1 => {
                let ins = INSERTS[rng.below(INSERTS.len())];
                v.splice(at..at, ins.iter().copied());
            }
            2 if at < v.len() => {
                let end = (at + 1 + rng.below(64)).min(v.len());
                v.drain(at..end);
            }
            3 if at < v.len() => {
                let end = (at + 1 + rng.below(200)).min(v.len());
                let copy: Vec<u8> = v[at..end].to_vec();
                let to = rng.below(v.len() + 1);
                v.splice(to..to, copy);
            }
            4 => v.truncate(at),
            _ => {}
        }
    }
    v
}

#[test]
fn mutated_inputs_never_panic_and_every_row_is_accounted_for() {
    let seeds = seeds();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let read = |p: &str| std::fs::read_to_string(format!("{root}/{p}")).unwrap();
    let gazetteer = shared::Gazetteer::new(
        shared::parse_gazetteer("gazetteer.geojson", &read("data/gazetteer.geojson"))
            .unwrap()
            .items,
    );
    let basemap = shared::Basemap::from_geojson("basemap.geojson", &read("data/basemap.geojson"))
        .unwrap()
        .0;
    let ctx = Context {
        gazetteer: Some(&gazetteer),
        basemap: Some(&basemap),
    };
    let mut rng = Rng(0x5a4e_1c0d_e5ee_d001);
    let n = iterations(3000);
    let (mut ok, mut refused) = (0usize, 0usize);
    for i in 0..n {
        let (name, seed) = &seeds[rng.below(seeds.len())];
        let input = mutate(&mut rng, seed);
        let result = std::panic::catch_unwind(|| import(name, &input, &ctx));
        let Ok(result) = result else {
            let dump = std::env::temp_dir().join(format!("sahel-fuzz-crash-{i}.bin"));
            let _ = std::fs::write(&dump, &input);
            panic!(
                "import panicked on a mutation of {name}; input saved to {}",
                dump.display()
            );
        };
        match result {
            Ok(imported) => {
                let r = &imported.report;
                assert_eq!(
                    r.rows,
                    r.kept + r.merged + r.rejected.len(),
                    "{name} mutation {i}: rows not accounted for: {}",
                    r.summary(shared::i18n::words(shared::i18n::Lang::En))
                );
                assert_eq!(r.kept, imported.incidents.len());
                ok += 1;
            }
            Err(e) => {
                assert!(!e.to_string().is_empty());
                refused += 1;
            }
        }
    }
    println!("fuzz: {n} inputs, {ok} read, {refused} refused with a message, no panic");
}

fn text(rng: &mut Rng) -> String {
    const PIECES: [&str; 12] = [
        "Sokolo",
        "Ségou",
        "\"quoted\"",
        "a, comma",
        "line\nbreak",
        "JNIM",
        "<b>x</b>",
        "N'Daki",
        "Tombouctou",
        "½",
        "",
        "  spaced  ",
    ];
    (0..=rng.below(3))
        .map(|_| PIECES[rng.below(PIECES.len())])
        .collect::<Vec<_>>()
        .join(" ")
}

fn maybe(rng: &mut Rng) -> Option<u32> {
    rng.chance(60).then(|| rng.below(500) as u32)
}

fn incident(rng: &mut Rng, n: usize) -> Incident {
    let date =
        NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + chrono::Days::new(rng.below(12_000) as u64);
    let provenance = match rng.below(4) {
        0 => Provenance::Curated,
        1 => Provenance::Acled {
            event_id_cnty: format!("MLI{n}"),
            source: text(rng),
            source_scale: text(rng),
            disorder_type: shared::category::DisorderType::ALL[..rng.below(3)].to_vec(),
            civilian_targeting: [None, Some(true), Some(false)][rng.below(3)],
            inter1: shared::actors::ActorType::ALL.get(rng.below(9)).copied(),
            inter2: shared::actors::ActorType::ALL.get(rng.below(9)).copied(),
        },
        2 => Provenance::Ucdp {
            id: n.to_string(),
            relid: text(rng),
            sources: text(rng),
        },
        _ => Provenance::Geojson {
            feature_id: rng.chance(50).then(|| text(rng)),
        },
    };
    let curated = provenance.is_curated();
    let coordinate = |rng: &mut Rng, span: f64| (rng.next() as f64 / u64::MAX as f64 - 0.5) * span;
    Incident {
        id: format!("generated-{n}"),
        provenance,
        date,
        date_end: rng
            .chance(20)
            .then(|| date + chrono::Days::new(rng.below(30) as u64)),
        date_precision: DatePrecision::ALL[rng.below(DatePrecision::ALL.len())],
        time_of_day: rng.chance(30).then(|| text(rng)),
        place_id: (curated || rng.chance(20)).then(|| text(rng)),
        place_name: text(rng),
        admin1: text(rng),
        admin2: rng.chance(50).then(|| text(rng)),
        location: LonLat::from_lon_lat(coordinate(rng, 360.0), coordinate(rng, 180.0)),
        location_precision: LocationPrecision::ALL[rng.below(LocationPrecision::ALL.len())],
        location_radius_km: rng
            .chance(40)
            .then(|| [5.0, 12.5, 50.0, 0.25][rng.below(4)]),
        event_type: (curated || rng.chance(50)).then(|| EventType::ALL[rng.below(6)]),
        sub_event_type: (curated || rng.chance(50)).then(|| text(rng)),
        ucdp_violence: rng.chance(30).then(|| UcdpViolence::ALL[rng.below(3)]),
        actor1: text(rng),
        actor1_associates: (0..rng.below(3)).map(|_| text(rng)).collect(),
        attributed_by: (curated || rng.chance(30)).then(|| text(rng)),
        actor2: text(rng),
        actor2_associates: (0..rng.below(3)).map(|_| text(rng)).collect(),
        casualties: Casualties {
            killed: SideCounts {
                military: maybe(rng),
                civilian: maybe(rng),
                assailants: maybe(rng),
                unknown: maybe(rng),
            },
            injured: SideCounts {
                military: maybe(rng),
                civilian: maybe(rng),
                assailants: maybe(rng),
                unknown: maybe(rng),
            },
            seriously_injured: maybe(rng),
            killed_by_party: (0..rng.below(3))
                .map(|_| PartyDeaths {
                    party: text(rng),
                    killed: rng.below(100) as u32,
                })
                .collect(),
            killed_reported_total: maybe(rng),
            estimates: rng.chance(30).then(|| DeathEstimates {
                low: rng.below(10) as u32,
                best: rng.below(20) as u32,
                high: rng.below(40) as u32,
            }),
        },
        arrested: maybe(rng),
        figures_source: (curated || rng.chance(30)).then(|| text(rng)),
        coordinated_with: vec![],
        alternative_figures: vec![],
        dataset_records: vec![],
        figure_wordings: vec![],
        sources: (0..rng.below(3))
            .map(|_| Source {
                outlet: text(rng),
                title: text(rng),
                language: rng.chance(50).then(|| "fr".to_owned()),
                date,
                url: format!("https://example.org/{}", rng.below(1000)),
                note: rng.chance(30).then(|| text(rng)),
            })
            .collect(),
        // Our curated file requires notes.
        notes: if curated {
            format!("generated {}", text(rng))
        } else {
            text(rng)
        },
        // Our French text, written only in our own file.
        french: (curated && rng.chance(50)).then(|| {
            Box::new(shared::incident::French {
                notes: Some(format!("généré {}", text(rng))),
                actor1: rng.chance(50).then(|| text(rng)),
                ..Default::default()
            })
        }),
    }
}

#[test]
fn generated_incidents_round_trip_through_our_format_field_for_field() {
    let mut rng = Rng(0x0dd5_eed5_1234_5678);
    for round in 0..iterations(3000).div_ceil(50) {
        let incidents: Vec<Incident> = (0..50)
            .map(|n| incident(&mut rng, round * 50 + n))
            .collect();
        let text = write_incidents(&incidents);
        let parsed = parse_incidents("generated.geojson", &text)
            .unwrap_or_else(|e| panic!("round {round}: {e}"));
        assert!(
            parsed.rejected.is_empty(),
            "round {round}: {:?}",
            parsed.rejected
        );
        assert_eq!(parsed.items.len(), incidents.len());
        for (a, b) in incidents.iter().zip(&parsed.items) {
            assert_eq!(a, b, "round {round}");
        }
    }
}
