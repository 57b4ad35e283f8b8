//! Tests over the real files in `data/`: every seed figure, sources, links, places.

use shared::{
    parse_basemap, parse_gazetteer, Basemap, Cited, Dataset, Gazetteer, Incident, RecordingDataset,
};

fn read(name: &str) -> String {
    let path = format!("{}/../data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn gazetteer() -> Gazetteer {
    let parsed = parse_gazetteer("gazetteer.geojson", &read("gazetteer.geojson")).unwrap();
    assert!(parsed.rejected.is_empty(), "{:?}", parsed.rejected);
    Gazetteer::new(parsed.items)
}

/// The incidents through the pipeline the app and `sahel-data` use, with
/// every check (places, regions): nothing rejected, nothing warned.
fn dataset() -> Dataset {
    let gazetteer = gazetteer();
    let basemap = Basemap::from_geojson("basemap.geojson", &read("basemap.geojson"))
        .unwrap()
        .0;
    let ctx = shared::Context {
        gazetteer: Some(&gazetteer),
        basemap: Some(&basemap),
    };
    let i = shared::import(
        "incidents.geojson",
        read("incidents.geojson").as_bytes(),
        &ctx,
    )
    .unwrap();
    assert!(i.report.rejected.is_empty(), "{:#?}", i.report.rejected);
    assert!(i.report.warnings.is_empty(), "{:#?}", i.report.warnings);
    Dataset {
        incidents: i.incidents,
        indices: i.indices,
        rejected: vec![],
        warnings: vec![],
    }
}

fn get<'a>(d: &'a Dataset, id: &str) -> &'a Incident {
    d.incidents
        .iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("no incident {id}"))
}

#[test]
fn every_incident_parses_and_validates() {
    let d = dataset();
    assert_eq!(d.incidents.len(), 16);
    // In date order in the file.
    assert!(d.incidents.windows(2).all(|w| w[0].date <= w[1].date));
}

/// Issue 22: communiqué N°051 gave the army's side, "aucune perte en vie
/// humaine" (the note said it gave no figure); the 7 suspects it arrested in
/// a sweep are in the notes (not counted as attackers arrested).
#[test]
fn sevare_twenty_fourth_no_soldier_killed_one_attacker() {
    let d = dataset();
    let s = get(&d, "2022-07-24-sevare");
    assert_eq!(s.casualties.killed.assailants, Some(1));
    assert_eq!(s.casualties.killed.military, Some(0));
    assert!(s.notes.contains("7 suspects arrested"));
    assert_eq!(s.time_of_day.as_deref(), Some("about 05:40"));
    assert!(s
        .sources
        .iter()
        .any(|x| x.url == "https://icimali.com/?p=31467"));
    assert!(s.figures_source.as_deref().unwrap().contains("N°051"));
    assert!(!s.notes.contains("no figure for its own side"));
    // ACLED counts 2 attackers killed, UCDP 0 (1 at most).
    assert_eq!(
        alternative(s, RecordingDataset::Acled, "MLI7015")
            .killed
            .assailants,
        Some(2)
    );
    assert_eq!(
        alternative(s, RecordingDataset::UcdpGed, "443695")
            .killed
            .total(),
        Some(0)
    );
}

/// The alternative figures of `inc` that a dataset's record gives.
fn alternative<'a>(
    inc: &'a Incident,
    dataset: RecordingDataset,
    id: &str,
) -> &'a shared::AlternativeFigures {
    inc.alternative_figures
        .iter()
        .find(|a| match a.cited {
            Cited::Record(n) => inc
                .dataset_records
                .get(n)
                .is_some_and(|r| r.dataset == dataset && r.event_id == id),
            Cited::Source(_) => false,
        })
        .unwrap_or_else(|| panic!("{}: no alternative figures from {dataset:?} {id}", inc.id))
}

/// The figures of each dataset that differ from ours are written with the
/// dataset and its event id (issue 22), so they show without the files.
#[test]
fn the_datasets_figures_that_differ_are_recorded_with_their_event_ids() {
    let d = dataset();
    let kolokani = get(&d, "2022-07-21-kolokani");
    assert_eq!(
        alternative(kolokani, RecordingDataset::Acled, "MLI6998")
            .killed
            .total(),
        Some(3)
    );
    let sokolo = get(&d, "2022-07-27-sokolo");
    assert_eq!(
        alternative(sokolo, RecordingDataset::Acled, "MLI7017")
            .killed
            .total(),
        Some(27)
    );
    let ucdp = alternative(sokolo, RecordingDataset::UcdpGed, "443712");
    assert_eq!(ucdp.killed.total(), Some(36));
    assert!(ucdp.according_to.contains("54"));
    let tifolat = get(&d, "2022-07-27-tifolat");
    assert_eq!(
        alternative(tifolat, RecordingDataset::Acled, "MLI7024")
            .killed
            .civilian,
        Some(11)
    );
    // Koro: both datasets count the bomber; Mopti: ACLED a civilian wounded.
    let koro = get(&d, "2022-07-21-koro");
    assert_eq!(
        alternative(koro, RecordingDataset::Acled, "MLI7003")
            .killed
            .assailants,
        Some(1)
    );
    assert_eq!(
        alternative(koro, RecordingDataset::UcdpGed, "443860")
            .killed
            .assailants,
        Some(1)
    );
    let mopti = get(&d, "2022-07-27-mopti");
    assert_eq!(
        alternative(mopti, RecordingDataset::Acled, "MLI7018")
            .injured
            .civilian,
        Some(1)
    );
    // Every dataset record is shown in the panel, by name and id.
    let w = shared::i18n::words(shared::i18n::Lang::En);
    let panel = shared::details::details(sokolo, w);
    assert_eq!(
        panel.records,
        ["ACLED event MLI7017", "UCDP GED event 443712"]
    );
    assert!(
        panel
            .alternatives
            .iter()
            .any(|a| a.contains("(UCDP GED event 443712)")),
        "{:?}",
        panel.alternatives
    );
}

#[test]
fn sokolo_matches_the_army_communique() {
    let d = dataset();
    let s = get(&d, "2022-07-27-sokolo");
    assert_eq!(s.casualties.killed.military, Some(6));
    assert_eq!(s.casualties.injured.military, Some(25));
    assert_eq!(s.casualties.seriously_injured, Some(5));
    assert_eq!(s.casualties.killed.assailants, Some(48));
    assert!(s.figures_source.as_deref().unwrap().contains("army"));
    assert_eq!(s.admin1, "Ségou");
}

#[test]
fn kalumba_twelve_dead_of_whom_three_civilians() {
    let d = dataset();
    let k = get(&d, "2022-07-27-kalumba");
    assert_eq!(k.casualties.killed.military, Some(9));
    assert_eq!(k.casualties.killed.civilian, Some(3));
    assert_eq!(k.killed_total(), Some(12));
    assert_eq!(k.casualties.injured.total(), None);
}

#[test]
fn twenty_seventh_army_attacks_total_fifteen_soldiers_and_three_civilians() {
    let d = dataset();
    let sokolo = get(&d, "2022-07-27-sokolo");
    let mut ids = vec![sokolo.id.as_str()];
    ids.extend(sokolo.coordinated_with.iter().map(String::as_str));
    let attacks: Vec<&Incident> = ids.iter().map(|id| get(&d, id)).collect();
    assert_eq!(attacks.len(), 3);
    let soldiers: u32 = attacks
        .iter()
        .filter_map(|i| i.casualties.killed.military)
        .sum();
    let civilians: u32 = attacks
        .iter()
        .filter_map(|i| i.casualties.killed.civilian)
        .sum();
    assert_eq!((soldiers, civilians), (15, 3));
    // The two Ménaka camps share the first day of their range.
    let day = d
        .incidents
        .iter()
        .filter(|i| i.date.to_string() == "2022-07-27")
        .count();
    assert_eq!(day, 5);
}

#[test]
fn mopti_had_no_casualties_and_happened_on_the_twenty_seventh() {
    // Issue 6: the army put it at about 01:00 on 27 July; Agence Afrique's
    // "nuit de mercredi à jeudi" is an error, not an uncertainty.
    let d = dataset();
    let m = get(&d, "2022-07-27-mopti");
    assert_eq!(m.killed_total(), Some(0));
    assert_eq!(m.date_precision, shared::DatePrecision::Day);
    assert_eq!(m.time_of_day.as_deref(), Some("about 01:00"));
    assert!(m.notes.contains("wrong"), "{}", m.notes);
}

#[test]
fn sokolo_notes_tell_the_three_groups_of_pick_ups_apart() {
    let d = dataset();
    let s = get(&d, "2022-07-27-sokolo");
    assert!(s.notes.contains("15 km from Sokolo"));
    assert!(s.notes.contains("at the edge of the camp"));
    assert!(s.notes.contains("4 km west of Sokolo"));
    assert!(s.notes.contains("do not contradict"));
    assert!(s.sources.iter().any(|x| x
        .url
        .starts_with("https://minute.bf/mali-plus-de-60-terroristes")));
}

#[test]
fn bobosso_nine_civilians_killed_and_about_twenty_injured_as_words() {
    let d = dataset();
    let b = get(&d, "2022-07-23-bobosso");
    assert_eq!(b.date.to_string(), "2022-07-23");
    assert_eq!(b.admin1, "Mopti");
    assert_eq!(
        b.event_type,
        Some(shared::EventType::ViolenceAgainstCivilians)
    );
    assert_eq!(b.sub_event_type.as_deref(), Some("Attack"));
    assert_eq!(b.casualties.killed.civilian, Some(9));
    assert_eq!(b.killed_total(), Some(9));
    // "Une vingtaine" is not 20: no number, the words instead.
    assert_eq!(b.casualties.injured.total(), None);
    let injured = b.wording(shared::FigureRef::InjuredCivilian).unwrap();
    assert_eq!(injured.as_reported, "une vingtaine");
    assert_eq!(
        b.wording(shared::FigureRef::KilledCivilian)
            .unwrap()
            .as_reported,
        "au moins neuf"
    );
    assert_eq!(b.sources.len(), 3);
    // Issue 22: at the village, where ACLED and UCDP both put it (the marker
    // stood at Bankass, 49 km away, with a 50 km radius).
    assert_eq!(b.location_precision, shared::LocationPrecision::Exact);
    assert_eq!(b.location, shared::LonLat::from_lon_lat(-3.6733, 13.6618));
    let ids: Vec<&str> = b
        .dataset_records
        .iter()
        .map(|r| r.event_id.as_str())
        .collect();
    assert_eq!(ids, ["MLI7009", "456578"]);
    assert!(b.notes.contains("22 July") && b.notes.contains("JNIM"));
    assert!(b.notes.contains("no press source names one"));
}

#[test]
fn menaka_camps_twelve_and_five_killed_with_the_community_figures() {
    let d = dataset();
    let t = get(&d, "2022-07-27-tifolat");
    let i = get(&d, "2022-07-27-inekar-tadriante");
    for x in [t, i] {
        assert_eq!(x.admin1, "Gao");
        assert_eq!(x.date.to_string(), "2022-07-27");
        assert_eq!(x.date_precision, shared::DatePrecision::Days);
        assert!(x.notes.contains("16"), "{}", x.id);
    }
    assert_eq!(t.casualties.killed.civilian, Some(12));
    assert_eq!(i.casualties.killed.civilian, Some(5));
    // The Idaksahak statement: 11 killed at Tevolat, dated 29 July.
    assert_eq!(t.alternative_figures.len(), 2);
    assert_eq!(t.alternative_figures[0].killed.civilian, Some(11));
    assert!(t.alternative_figures[0].according_to.contains("29 July"));
    let Cited::Source(n) = t.alternative_figures[0].cited else {
        panic!("the statement is a report")
    };
    assert!(t.sources[n].url.contains("actucameroun.com/2022/07/31/"));
    // Issue 22: OCHA's note is cited for both camps.
    for x in [t, i] {
        assert!(
            x.sources
                .iter()
                .any(|s| s.url.starts_with("https://mali.un.org/fr/193620-")),
            "{}",
            x.id
        );
        assert!(
            x.notes.contains("two wounded were evacuated")
                || x.notes.contains("two wounded evacuated"),
            "{}",
            x.id
        );
        assert_eq!(
            x.casualties.injured.total(),
            None,
            "{}: the two wounded are the two camps'",
            x.id
        );
    }
    // Tifolat at the datasets' point, about 50 km east of Ménaka, not "due east".
    let g = gazetteer();
    let menaka = g.get("geonames:2453514").unwrap();
    assert_eq!(t.location, shared::LonLat::from_lon_lat(2.82863, 16.10259));
    let km = t.location.distance_km(menaka.location);
    assert!((45.0..55.0).contains(&km), "{km}");
    assert!(!t.notes.contains("due east") && !t.notes.contains("No coordinate"));
    // Inékar Tadriante 70 km north of Inékar, its radius reaching ACLED's
    // "Intalak" (16.2268, 3.2576).
    let inekar = g.get("geonames:2596483").unwrap();
    let km = i.location.distance_km(inekar.location);
    assert!((69.0..71.0).contains(&km), "{km}");
    assert!(i.location.lat > inekar.location.lat);
    let intalak = shared::LonLat::from_lon_lat(3.2576, 16.2268);
    assert!(i.location.distance_km(intalak) <= i.location_radius_km.unwrap());
    assert!(!i.notes.contains("no location beyond the name"));
}

/// Issue 22: two attacks of the window the file lacked, each figure as each
/// source gives it.
#[test]
fn menaka_twenty_third_and_the_intahaka_road_twenty_fifth() {
    let d = dataset();
    let m = get(&d, "2022-07-23-menaka");
    assert_eq!(m.event_type, Some(shared::EventType::Riots));
    assert_eq!(m.casualties.killed.civilian, Some(3), "MINUSMA's count");
    let by = |who: &str| {
        m.alternative_figures
            .iter()
            .find(|a| a.according_to.starts_with(who))
            .unwrap_or_else(|| panic!("no figures of {who}"))
    };
    assert_eq!(by("OCHA").killed.civilian, Some(1));
    assert_eq!(by("OCHA").injured.civilian, Some(3));
    assert_eq!(by("AFP").killed.civilian, Some(2));
    assert_eq!(
        alternative(m, RecordingDataset::Acled, "MLI7042")
            .killed
            .total(),
        Some(2)
    );
    assert!(m.sources.iter().any(|s| s
        .url
        .contains("mali-3-civils-tues-lors-de-manifestations-a-menaka")));
    let r = get(&d, "2022-07-25-intahaka");
    // Maliweb gives no number: the figure stays empty, its words shown.
    assert_eq!(r.casualties.killed.total(), None);
    assert_eq!(r.casualties.injured.civilian, Some(1));
    assert!(r.figure_wordings[0].as_reported.contains("des jeunes"));
    assert_eq!(
        alternative(r, RecordingDataset::Acled, "MLI7025")
            .killed
            .civilian,
        Some(5)
    );
}

#[test]
fn douentza_and_koro_record_the_other_reports() {
    let d = dataset();
    let dz = get(&d, "2022-07-21-douentza");
    assert_eq!(dz.casualties.injured.military, Some(15));
    let thirteen: Vec<&str> = dz
        .alternative_figures
        .iter()
        .filter(|a| a.injured.military == Some(13))
        .map(|a| a.according_to.as_str())
        .collect();
    assert_eq!(thirteen.len(), 2);
    assert!(thirteen.iter().any(|a| a.starts_with("AFP")));
    assert!(thirteen.iter().any(|a| a.starts_with("Le Pays")));
    let koro = get(&d, "2022-07-21-koro");
    assert!(koro.notes.contains("Sogou"));
    assert!(koro.sources.iter().any(|s| s.outlet.contains("Anadolu")));
}

#[test]
fn no_address_has_a_stray_dot_after_its_host() {
    // Issue 6: the Mourdiah source read "https://fi.wikipedia.org./wiki/...".
    let stray = |text: &str| text.contains(".org./") || text.contains(".com./");
    let hosts = |url: &str| -> bool {
        let rest = url.split("://").nth(1).unwrap_or("");
        let host = rest.split('/').next().unwrap_or("");
        !host.is_empty() && !host.ends_with('.')
    };
    for i in &dataset().incidents {
        for s in &i.sources {
            assert!(hosts(&s.url), "{}: {}", i.id, s.url);
        }
    }
    for p in gazetteer().places() {
        assert!(!stray(&p.source), "{}: {}", p.id, p.source);
        for word in p.source.split_whitespace() {
            if let Some(url) = word.strip_prefix("(").unwrap_or(word).split(')').next() {
                if url.starts_with("http") {
                    assert!(hosts(url), "{}: {url}", p.id);
                }
            }
        }
    }
}

#[test]
fn kati_one_soldier_six_injured_one_civilian() {
    let d = dataset();
    let k = get(&d, "2022-07-22-kati");
    assert_eq!(k.casualties.killed.military, Some(1));
    assert_eq!(k.casualties.injured.total(), Some(6));
    assert_eq!(k.casualties.injured.civilian, Some(1));
    assert_eq!(k.casualties.killed.assailants, Some(7));
    assert_eq!(k.arrested, Some(8));
    assert_eq!(k.attributed_by.as_deref(), Some("claimed"));
}

#[test]
fn kolokani_and_douentza_on_the_twenty_first() {
    let d = dataset();
    let k = get(&d, "2022-07-21-kolokani");
    assert_eq!(k.casualties.killed.military, Some(2));
    assert_eq!(k.casualties.injured.military, Some(3));
    assert_eq!(k.alternative_figures[0].killed.military, Some(3));
    let dz = get(&d, "2022-07-21-douentza");
    assert_eq!(dz.casualties.killed.military, Some(1));
    assert_eq!(dz.casualties.killed.assailants, Some(3));
    assert_eq!(dz.alternative_figures[0].injured.military, Some(13));
    let six: Vec<&str> = d
        .incidents
        .iter()
        .filter(|i| i.date.to_string() == "2022-07-21")
        .map(|i| i.place_name.as_str())
        .collect();
    assert_eq!(
        six,
        [
            "Kolokani",
            "Douentza",
            "Koro",
            "Thy (Sévaré)",
            "Bapho",
            "Ségou"
        ]
    );
}

#[test]
fn coordinated_attacks_link_both_ways_within_their_day() {
    let d = dataset();
    for i in &d.incidents {
        for other in &i.coordinated_with {
            let o = get(&d, other);
            assert_eq!(o.date, i.date, "{} -> {}", i.id, other);
            assert!(o.coordinated_with.contains(&i.id));
        }
    }
    assert_eq!(get(&d, "2022-07-21-koro").coordinated_with.len(), 5);
    assert_eq!(get(&d, "2022-07-27-sokolo").coordinated_with.len(), 2);
}

#[test]
fn every_incident_cites_dated_https_or_http_sources() {
    for i in &dataset().incidents {
        assert!(!i.sources.is_empty(), "{}", i.id);
        for s in &i.sources {
            assert!(
                s.url.starts_with("https://") || s.url.starts_with("http://"),
                "{}",
                s.url
            );
            assert!(!s.outlet.is_empty() && !s.title.is_empty());
            assert!(s.date >= i.date, "{}: source dated before the event", i.id);
        }
    }
}

#[test]
fn kalumba_stands_where_acled_and_ucdp_put_kaloumba_not_at_mourdiah() {
    // Found while checking issue 6 against the real corpus: the marker stood at
    // Mourdiah with a 30 km radius, but both datasets put the village 43 km north.
    let g = gazetteer();
    let k = g.get("kalumba").unwrap();
    assert_eq!(k.precision, shared::gazetteer::PlacePrecision::Exact);
    let mourdiah = g.get("mourdiah").unwrap();
    let km = k.location.distance_km(mourdiah.location);
    assert!((42.0..44.0).contains(&km), "{km}");
    assert!(k.source.contains("MLI7016") && k.source.contains("443714"));
    let d = dataset();
    let inc = get(&d, "2022-07-27-kalumba");
    assert_eq!(inc.location, k.location);
    assert_eq!(inc.location_precision, shared::LocationPrecision::Exact);
}

/// Issue 22: places that said "no published coordinate found" although
/// ACLED or UCDP give one stand at the datasets' point, naming the events.
#[test]
fn places_the_datasets_locate_stand_at_their_point() {
    let g = gazetteer();
    for (id, lon, lat, event) in [
        ("thy", -4.06359, 14.59958, "481305"),
        ("bapho", -6.1384, 13.5393, "MLI7005"),
        ("bobosso", -3.6733, 13.6618, "456578"),
        ("tifolat", 2.82863, 16.10259, "444031"),
        ("intahaka", -0.4769, 16.2037, "MLI7025"),
    ] {
        let p = g.get(id).unwrap();
        assert_eq!(
            p.precision,
            shared::gazetteer::PlacePrecision::Exact,
            "{id}"
        );
        assert_eq!(p.location, shared::LonLat::from_lon_lat(lon, lat), "{id}");
        assert!(p.source.contains(event), "{id}");
    }
    for p in g.places() {
        assert!(!p.source.contains("No published coordinate"), "{}", p.id);
    }
    // The one place no dataset locates says why, and how it is drawn.
    let t = g.get("inekar-tadriante").unwrap();
    assert_eq!(t.precision, shared::gazetteer::PlacePrecision::Approximate);
    assert!(t.source.contains("70 km au nord"));
    let d = dataset();
    assert_eq!(
        get(&d, "2022-07-21-bapho").location_precision,
        shared::LocationPrecision::Exact
    );
    assert!(get(&d, "2022-07-21-thy").location_radius_km.unwrap() <= 5.0);
}

/// Issue 22's wording corrections: what a dataset alone says is said so,
/// and our inferences are worded as ours.
#[test]
fn kalumba_and_sokolo_say_whose_words_they_are() {
    let d = dataset();
    let k = get(&d, "2022-07-27-kalumba");
    assert!(k.notes.contains("the commune of Ouagadou is ACLED's alone"));
    assert!(k.notes.contains("JNIM claimed the attack"));
    let fr = k.french.as_ref().unwrap().notes.as_deref().unwrap();
    assert!(!fr.contains("dans ses rangs") && fr.contains("côté ami"));
    let s = get(&d, "2022-07-27-sokolo");
    assert!(s
        .notes
        .contains("Minute.bf's headline of more than 60 appears to add them"));
    let koro = get(&d, "2022-07-21-koro");
    assert!(koro.notes.contains("the bomber"));
}

#[test]
fn gazetteer_has_bamako_and_regional_capitals_and_finds_spellings() {
    let g = gazetteer();
    assert_eq!(g.find("Bamako").unwrap().kind, "capital");
    let capitals = g
        .places()
        .iter()
        .filter(|p| p.kind == "regional capital")
        .count();
    assert_eq!(capitals, 8);
    assert_eq!(g.find("segou").unwrap().geonames_id, Some(2451478));
    assert_eq!(g.find("Tombouctou").unwrap().name, "Timbuktu");
    assert_eq!(g.find("Kaloumba").unwrap().id, "kalumba");
    assert_eq!(g.find("Nioro du Sahel").unwrap().geonames_id, Some(2452651));
}

/// The map says "Tombouctou" in French and "Timbuktu" in English, for the
/// region and its capital alike (issue 10: it used to mix them).
#[test]
fn timbuktu_is_tombouctou_in_french_for_the_region_and_the_town() {
    use shared::i18n::Lang;
    let (g, b, problems) =
        shared::bundle::base(&read("gazetteer.geojson"), &read("basemap.geojson")).unwrap();
    assert!(problems.is_empty());
    let town = g.find("Timbuktu").unwrap();
    assert_eq!(town.name_in(Lang::Fr), "Tombouctou");
    assert_eq!(town.name_in(Lang::En), "Timbuktu");
    // Its region too, where search results and the nearby list name it.
    assert_eq!(town.admin1_in(Lang::Fr), "Tombouctou");
    assert_eq!(town.admin1_in(Lang::En), "Timbuktu");
    let named: Vec<&str> = g
        .places()
        .iter()
        .filter(|p| p.name_fr.is_some())
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        named,
        ["Timbuktu"],
        "the only place whose French name differs"
    );
    let model = shared::MapModel::new(&b, &g, &[]);
    let labels: Vec<(&str, &str)> = model
        .labels()
        .iter()
        .filter(|l| l.text_in(Lang::Fr) == "Tombouctou")
        .map(|l| (l.text_in(Lang::Fr), l.text_in(Lang::En)))
        .collect();
    assert_eq!(
        labels,
        [("Tombouctou", "Timbuktu"), ("Tombouctou", "Timbuktu")],
        "region and town"
    );
}

#[test]
fn basemap_has_mali_and_nine_regions_with_sikasso_corrected() {
    let parsed = parse_basemap("basemap.geojson", &read("basemap.geojson")).unwrap();
    assert!(parsed.rejected.is_empty());
    let b = Basemap::new(parsed.items);
    assert_eq!(b.countries.len(), 1);
    // Names in French, with the English where it differs (Natural Earth's).
    let mut neighbours: Vec<(&str, Option<&str>)> = b
        .neighbours
        .iter()
        .map(|r| (r.name.as_str(), r.name_en.as_deref()))
        .collect();
    neighbours.sort_unstable();
    assert_eq!(
        neighbours,
        [
            ("Algérie", Some("Algeria")),
            ("Burkina Faso", None),
            ("Côte d'Ivoire", None),
            ("Guinée", Some("Guinea")),
            ("Mauritanie", Some("Mauritania")),
            ("Niger", None),
            ("Sénégal", Some("Senegal"))
        ]
    );
    assert!(!b.rivers.is_empty() && !b.lakes.is_empty() && !b.water.is_empty());
    let mut names: Vec<&str> = b.regions.iter().map(|r| r.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "Bamako",
            "Gao",
            "Kayes",
            "Kidal",
            "Koulikoro",
            "Mopti",
            "Sikasso",
            "Ségou",
            "Tombouctou"
        ]
    );
    let bbox = b.bbox().unwrap();
    assert!(shared::MALI_BBOX.west <= bbox.west && shared::MALI_BBOX.east >= bbox.east);
    assert!(shared::MALI_BBOX.south <= bbox.south && shared::MALI_BBOX.north >= bbox.north);
}

#[test]
fn every_incident_lies_in_the_region_it_names() {
    let parsed = parse_basemap("basemap.geojson", &read("basemap.geojson")).unwrap();
    let b = Basemap::new(parsed.items);
    for i in &dataset().incidents {
        let region = b.region_at(i.location).map(|r| r.name.as_str());
        assert_eq!(region, Some(i.admin1.as_str()), "{}", i.id);
    }
}

/// Every incident of our file can be read in French (issue 10): our own
/// text is translated, the sources' titles are marked French, and the panel
/// of Sokolo reads in French throughout.
#[test]
fn every_incident_reads_in_french() {
    use shared::i18n::{words, Lang};
    let d = dataset();
    for inc in &d.incidents {
        assert!(inc.french.is_some(), "{}: no French text", inc.id);
        assert!(
            inc.sources
                .iter()
                .all(|s| s.language.as_deref() == Some("fr")),
            "{}: every title is in French",
            inc.id
        );
    }
    let fr = shared::details::details(get(&d, "2022-07-27-sokolo"), words(Lang::Fr));
    assert_eq!(fr.text_lang, Some("fr"));
    assert_eq!(fr.subtitle, "région de Ségou");
    assert!(
        fr.date
            .starts_with("27 juillet 2022, tôt le matin (jour exact)"),
        "{}",
        fr.date
    );
    assert_eq!(
        fr.attacker,
        "Groupe armé non identifié («\u{202f}terroristes\u{202f}») (selon\u{202f}: l'armée malienne)"
    );
    assert_eq!(fr.event, "Batailles — Affrontement armé");
    assert_eq!(fr.total.killed, "54");
    assert!(fr
        .notes
        .starts_with("Attaque contre le camp militaire de Sokolo"));
    assert!(fr.claims[0]
        .starts_with("48 assaillants tués, selon\u{202f}: communiqué de l'armée malienne"));
    // The same incident in English is as before.
    let en = shared::details::details(get(&d, "2022-07-27-sokolo"), words(Lang::En));
    assert_eq!(en.text_lang, Some("en"));
    assert!(en.notes.starts_with("Attack on the army camp of Sokolo"));
    assert!(en
        .date
        .starts_with("27 July 2022, early morning (exact day)"));
    // Regression: a figure given only in words showed its English meaning
    // in the French table ("about twenty" for Bobosso's injured).
    let bobosso = |l| {
        let d = shared::details::details(get(&d, "2022-07-23-bobosso"), words(l));
        let row = d.rows.iter().find(|r| r.killed != "—").cloned();
        row.map(|r| (r.killed, r.injured))
    };
    assert_eq!(
        bobosso(Lang::Fr),
        Some(("9".to_owned(), "environ vingt".to_owned()))
    );
    assert_eq!(
        bobosso(Lang::En),
        Some(("9".to_owned(), "about twenty".to_owned()))
    );
}

/// Median length, in degrees, of the segments of `shapes`' outlines.
fn median_segment(shapes: &[&geo::MultiPolygon<f64>]) -> f64 {
    use geo::{Euclidean, Length};
    let mut lengths: Vec<f64> = shapes
        .iter()
        .flat_map(|m| m.0.iter())
        .flat_map(|p| p.exterior().lines())
        .map(|l| l.length::<Euclidean>())
        .collect();
    lengths.sort_by(f64::total_cmp);
    lengths[lengths.len() / 2]
}

/// Issue 11: the zoomed-in water (`basemap-detail.geojson`) reads without a
/// problem, lies around Mali, and is finer than the country view's water.
#[test]
fn the_zoomed_in_water_is_finer_than_the_country_view() {
    use shared::map_model::DETAIL_FILE;
    let (detail, rejected) = Basemap::from_geojson(DETAIL_FILE, &read(DETAIL_FILE)).unwrap();
    assert!(rejected.is_empty(), "{rejected:?}");
    assert_eq!(detail.water.len(), 1, "one feature of lakes");
    assert_eq!(detail.rivers.len(), 1, "one feature of rivers");
    let lakes = &detail.water[0].shape;
    assert!(lakes.0.len() >= 40, "{} lakes", lakes.0.len());
    // Regression: GSHHG's islands in lakes (Lac Débo's among them) were drawn
    // as water; they are holes.
    let holes: usize = lakes.0.iter().map(|p| p.interiors().len()).sum();
    assert!(holes >= 5, "{holes} islands");
    assert!(detail.rivers[0].lines.0.len() >= 400);
    // Inside the window kept around Mali (Mali's box and half a degree).
    use geo::BoundingRect;
    let b = lakes.bounding_rect().unwrap();
    assert!(b.min().x >= -12.8 && b.max().x <= 4.8 && b.min().y >= 9.6 && b.max().y <= 25.5);
    let base = Basemap::from_geojson("basemap.geojson", &read("basemap.geojson"))
        .unwrap()
        .0;
    let coarse: Vec<&geo::MultiPolygon<f64>> = base.water.iter().map(|r| &r.shape).collect();
    let (fine, country) = (median_segment(&[lakes]), median_segment(&coarse));
    assert!(
        fine * 2.0 < country,
        "median segment {fine}° against {country}°"
    );
}
