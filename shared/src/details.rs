//! The text of an incident's details panel, as values the view only lays out:
//! the same for our curated incidents, ACLED events (a total only) and UCDP
//! GED events (named sides and a low / best / high range).

use crate::i18n::{arg, Words};
use crate::incident::{Cited, DatasetRecord, FigureRef, Incident, LocationPrecision, SideCounts};
use crate::provenance::Provenance;

/// "—": the table's mark for "no figure reported" (never zero).
pub const NO_FIGURE: &str = "—";

/// One row of the casualty table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CasualtyRow {
    /// The side, e.g. "military", or a named party, e.g. "Government of Mali".
    pub side: String,
    pub killed: String,
    pub injured: String,
}

/// Everything the panel shows, as text in the catalogue's language; what a
/// source wrote (names, sub-types, figures' sources) stays as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Details {
    pub title: String,
    /// The region and district as the source gives them.
    pub subtitle: String,
    pub date: String,
    pub location: String,
    pub event: String,
    pub attacker: String,
    pub target: String,
    /// Whose figures the table holds.
    pub figures_caption: String,
    pub rows: Vec<CasualtyRow>,
    pub total: CasualtyRow,
    /// A dataset's range of deaths, e.g. "UCDP estimates of people killed: low 36, best 36, high 54."
    pub estimates: Option<String>,
    pub serious: Option<String>,
    /// Claims by a party, e.g. "48 assailants killed, according to the Malian army".
    pub claims: Vec<String>,
    /// How the sources word figures that are not plain numbers.
    pub wordings: Vec<String>,
    /// Other reports' figures.
    pub alternatives: Vec<String>,
    /// The same attack in the conflict datasets, e.g. "ACLED event MLI7009".
    pub records: Vec<String>,
    /// Which dataset the incident comes from, with its identifiers.
    pub dataset: Option<String>,
    /// The dataset's source text, when it gives no addresses (ACLED, UCDP).
    pub dataset_sources: Option<String>,
    /// ACLED's own categories: disorder types, civilian targeting, the two
    /// sides' actor types (e.g. "Political violence; civilians targeted;
    /// Rebel group against Civilians"), when the export gives them.
    pub acled_codes: Option<String>,
    /// Our notes, or the dataset's.
    pub notes: String,
    /// The language of the incident's own text as shown (the actors, the
    /// figures' source, the notes): "fr" where we wrote it in French and the
    /// page is French, else "en" (our file, ACLED and UCDP write in English);
    /// `None` for a GeoJSON file, whose language is unknown.
    pub text_lang: Option<&'static str>,
}

/// ACLED's categories of `inc` in words, when it has any.
fn acled_codes(inc: &Incident, w: &Words) -> Option<String> {
    let mut parts: Vec<String> = inc
        .provenance
        .disorder_types()
        .iter()
        .map(|d| w.disorder(Some(*d)))
        .collect();
    if let Some(t) = inc.provenance.civilian_targeting() {
        parts.push(w.targeting(Some(t)));
    }
    match inc.provenance.actor_types() {
        [Some(a), Some(b)] => parts.push(w.tf(
            "actor-types-both",
            &[
                ("first", arg(w.actor_type(a))),
                ("second", arg(w.actor_type(b))),
            ],
        )),
        [Some(a), None] => parts.push(w.actor_type(a)),
        _ => {}
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// "ACLED event MLI7009": a dataset's record of an attack, by its id.
pub fn record_name(r: &DatasetRecord, w: &Words) -> String {
    w.tf(
        "dataset-record",
        &[
            ("dataset", arg(r.dataset.kind().label())),
            ("id", arg(r.event_id.as_str())),
        ],
    )
}

fn figure(n: Option<u32>) -> String {
    n.map_or_else(|| NO_FIGURE.to_owned(), |n| n.to_string())
}

/// "killed: 9 military, 3 civilian; injured: 2 military" for other reports.
pub fn side_summary(killed: &SideCounts, injured: &SideCounts, w: &Words) -> String {
    let part = |c: &SideCounts| {
        c.by_side()
            .iter()
            .filter_map(|(side, n)| n.map(|n| format!("{} {}", w.number(n), w.side(side))))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (k, i) = (part(killed), part(injured));
    match (k.is_empty(), i.is_empty()) {
        (false, false) => w.tf(
            "summary-killed-injured",
            &[("killed", arg(k)), ("injured", arg(i))],
        ),
        (false, true) => w.tf("summary-killed", &[("killed", arg(k))]),
        (true, false) => w.tf("summary-injured", &[("injured", arg(i))]),
        (true, true) => w.t("summary-none"),
    }
}

/// What a screen reader says for an incident on the map, and what a pointer
/// shows on hover: place, date, category and the killed figure.
pub fn marker_label(inc: &Incident, w: &Words) -> String {
    let figure = match inc.killed_total() {
        Some(k) => w.count("killed-count", k as usize),
        None => w.t("no-casualty-figure"),
    };
    w.tf(
        "marker-label",
        &[
            ("incident", arg(inc.label(w))),
            ("category", arg(w.category(inc.category()))),
            ("figure", arg(figure)),
        ],
    )
}

/// The label of several incidents shown at one point: how many, and where
/// (the place of the first one).
pub fn stack_label(count: usize, first: &Incident, w: &Words) -> String {
    w.tf(
        "stack-label",
        &[
            ("count", arg(count)),
            ("place", arg(first.place_name.as_str())),
        ],
    )
}

/// `url` when it is an http(s) address, the only kind the app makes a link of
/// (a file's text is never turned into a `javascript:` or `data:` link).
pub fn link_address(url: &str) -> Option<&str> {
    let u = url.trim();
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(u)
}

/// The panel's text for `inc`.
pub fn details(inc: &Incident, w: &Words) -> Details {
    let c = &inc.casualties;
    // Our French text, when the page is French and we wrote it.
    let fr = match w.lang() {
        crate::i18n::Lang::Fr => inc.french.as_deref(),
        crate::i18n::Lang::En => None,
    };
    let ours = |f: fn(&crate::incident::French) -> Option<&String>, en: &str| -> String {
        fr.and_then(f).map_or_else(|| en.to_owned(), Clone::clone)
    };
    let figures_source = inc
        .figures_source
        .as_deref()
        .map(|s| ours(|f| f.figures_source.as_ref(), s));
    let actor1 = ours(|f| f.actor1.as_ref(), &inc.actor1);
    let actor2 = ours(|f| f.actor2.as_ref(), &inc.actor2);
    let curated = inc.provenance.is_curated();
    let source = figures_source.clone().unwrap_or_default();
    // A figure given only in words shows the words' meaning, not the dash
    // (in French when we translated it).
    let meaning = |f: &crate::FigureWording| -> String {
        fr.and_then(|fr| {
            let n = inc
                .figure_wordings
                .iter()
                .position(|x| std::ptr::eq(x, f))?;
            fr.meanings.get(n)
        })
        .unwrap_or(&f.meaning)
        .clone()
    };
    let cell = |killed: bool, side: &str, n: Option<u32>| match n {
        Some(n) => w.number(n),
        None => FigureRef::of(killed, side)
            .and_then(|f| inc.wording(f))
            .map_or_else(|| figure(None), meaning),
    };
    let mut rows: Vec<CasualtyRow> = c
        .killed_by_party
        .iter()
        .map(|p| CasualtyRow {
            side: p.party.clone(),
            killed: w.number(p.killed),
            injured: NO_FIGURE.to_owned(),
        })
        .collect();
    for ((side, k), (_, j)) in c.killed.by_side().into_iter().zip(c.injured.by_side()) {
        let worded = [true, false]
            .iter()
            .any(|&killed| FigureRef::of(killed, side).is_some_and(|f| inc.wording(f).is_some()));
        if curated || k.is_some() || j.is_some() || worded {
            rows.push(CasualtyRow {
                side: w.side(side),
                killed: cell(true, side, k),
                injured: cell(false, side, j),
            });
        }
    }
    let number = |n: Option<u32>| n.map_or_else(|| figure(None), |n| w.number(n));
    let total = CasualtyRow {
        side: w.t("all-sides"),
        killed: number(inc.killed_total()),
        injured: number(c.injured.total()),
    };
    let figures_caption = match (&inc.provenance, figures_source.as_deref()) {
        (_, Some(s)) => w.tf("figures-from", &[("source", arg(s))]),
        (Provenance::Acled { .. }, None) => w.t("figures-acled"),
        (Provenance::Ucdp { .. }, None) => w.t("figures-ucdp"),
        (_, None) => w.t("figures-file"),
    };
    let estimates = c.estimates.map(|e| {
        w.tf(
            "ucdp-estimates",
            &[
                ("low", arg(e.low)),
                ("best", arg(e.best)),
                ("high", arg(e.high)),
            ],
        )
    });
    let mut claims = Vec::new();
    if curated {
        if let Some(n) = c.killed.assailants {
            claims.push(w.tf(
                "claim-killed",
                &[("count", arg(n)), ("source", arg(source.as_str()))],
            ));
        }
        if let Some(n) = inc.arrested {
            claims.push(w.tf(
                "claim-arrested",
                &[("count", arg(n)), ("source", arg(source.as_str()))],
            ));
        }
    }
    let alternatives = inc
        .alternative_figures
        .iter()
        .enumerate()
        .map(|(n, a)| {
            let outlet = match a.cited {
                Cited::Source(n) => inc.sources.get(n).map(|s| s.outlet.clone()),
                Cited::Record(n) => inc.dataset_records.get(n).map(|r| record_name(r, w)),
            }
            .unwrap_or_default();
            w.tf(
                "alternative-figures",
                &[
                    (
                        "who",
                        arg(fr
                            .and_then(|f| f.according_to.get(n))
                            .unwrap_or(&a.according_to)
                            .as_str()),
                    ),
                    ("outlet", arg(outlet)),
                    ("figures", arg(side_summary(&a.killed, &a.injured, w))),
                ],
            )
        })
        .collect();
    let location = match (inc.location_precision, inc.location_radius_km) {
        (LocationPrecision::Exact, _) => w.location_precision(LocationPrecision::Exact),
        (p, Some(r)) => w.tf(
            "location-within",
            &[
                ("precision", arg(w.location_precision(p))),
                ("km", arg(w.number(r))),
            ],
        ),
        (p, None) => w.location_precision(p),
    };
    let date = {
        let first = w.date(inc.date);
        let span = match inc.date_end {
            Some(end) if end != inc.date => w.tf(
                "date-range",
                &[("from", arg(first)), ("to", arg(w.date(end)))],
            ),
            _ => first,
        };
        // The time of day is our note in English (marked so by the view).
        format!(
            "{span}{} ({})",
            inc.time_of_day
                .as_ref()
                .map(|t| ours(|f| f.time_of_day.as_ref(), t))
                .map(|t| format!(", {t}"))
                .unwrap_or_default(),
            w.date_precision(inc.date_precision)
        )
    };
    let attacker = match inc.attributed_by.as_deref() {
        Some("claimed") => w.tf("actor-claimed", &[("actor", arg(actor1.as_str()))]),
        Some(by) => w.tf(
            "actor-according-to",
            &[
                ("actor", arg(actor1.as_str())),
                ("source", arg(ours(|f| f.attributed_by.as_ref(), by))),
            ],
        ),
        None => actor1.clone(),
    };
    let with_associates = |actor: &str, associates: &[String]| {
        if associates.is_empty() {
            actor.to_owned()
        } else {
            w.tf(
                "actor-with",
                &[
                    ("actor", arg(actor)),
                    ("others", arg(associates.join("; "))),
                ],
            )
        }
    };
    let subtitle = match (&inc.provenance, inc.admin2.as_deref()) {
        (Provenance::Curated, _) => w.tf("region-of", &[("region", arg(inc.admin1.as_str()))]),
        (_, Some(a2)) if !inc.admin1.is_empty() => format!("{}, {a2}", inc.admin1),
        (_, Some(a2)) => a2.to_owned(),
        (_, None) => inc.admin1.clone(),
    };
    let (dataset, dataset_sources) = match &inc.provenance {
        Provenance::Curated => (None, None),
        Provenance::Acled {
            event_id_cnty,
            source,
            source_scale,
            ..
        } => (
            Some(w.tf(
                "dataset-event",
                &[
                    ("dataset", arg("ACLED")),
                    ("id", arg(event_id_cnty.as_str())),
                ],
            )),
            Some(if source_scale.is_empty() {
                source.clone()
            } else {
                format!("{source} ({source_scale})")
            })
            .filter(|s| !s.is_empty()),
        ),
        Provenance::Ucdp { id, relid, sources } => (
            Some(if relid.is_empty() {
                w.tf(
                    "dataset-event",
                    &[("dataset", arg("UCDP GED")), ("id", arg(id.as_str()))],
                )
            } else {
                w.tf(
                    "dataset-event",
                    &[
                        ("dataset", arg("UCDP GED")),
                        ("id", arg(format!("{id} ({relid})"))),
                    ],
                )
            }),
            Some(sources.clone()).filter(|s| !s.is_empty()),
        ),
        Provenance::Geojson { feature_id } => (
            Some(match feature_id {
                Some(f) => w.tf("geojson-feature", &[("id", arg(f.as_str()))]),
                None => w.t("geojson-file"),
            }),
            None,
        ),
    };
    Details {
        title: inc.place_name.clone(),
        subtitle,
        date,
        location,
        event: inc.classification_label(w),
        attacker: with_associates(&attacker, &inc.actor1_associates),
        target: with_associates(&actor2, &inc.actor2_associates),
        figures_caption,
        rows,
        total,
        estimates,
        serious: c
            .seriously_injured
            .map(|n| w.tf("seriously-injured", &[("count", arg(n))])),
        claims,
        wordings: inc
            .figure_wordings
            .iter()
            .enumerate()
            .map(|(n, f)| match fr.and_then(|fr| fr.meanings.get(n)) {
                Some(meaning) => crate::FigureWording {
                    meaning: meaning.clone(),
                    ..f.clone()
                }
                .describe(c, w),
                None => f.describe(c, w),
            })
            .collect(),
        notes: ours(|f| f.notes.as_ref(), &inc.notes),
        text_lang: match (&inc.provenance, fr.is_some()) {
            (Provenance::Geojson { .. }, _) => None,
            (_, true) => Some("fr"),
            (_, false) => Some("en"),
        },
        alternatives,
        records: inc
            .dataset_records
            .iter()
            .map(|r| record_name(r, w))
            .collect(),
        dataset,
        dataset_sources,
        acled_codes: acled_codes(inc, w),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::{table, ucdp};

    #[test]
    fn only_http_addresses_become_links() {
        assert_eq!(link_address("https://a.org/x"), Some("https://a.org/x"));
        assert_eq!(link_address("HTTP://a.org"), Some("HTTP://a.org"));
        assert_eq!(link_address("javascript:alert(1)"), None);
        assert_eq!(link_address("data:text/html,<b>"), None);
        assert_eq!(link_address("//evil.example"), None);
    }

    #[test]
    fn an_acled_event_shows_acleds_own_categories() {
        let text = "event_id_cnty,event_date,disorder_type,event_type,actor1,inter1,actor2,inter2,civilian_targeting,location,latitude,longitude,fatalities\nMLI1,27 July 2022,Political violence,Violence against civilians,JNIM,2,Civilians (Mali),7,Civilian targeting,Bobosso,14.1,-3.2,9\n";
        let inc = crate::pipeline::import("a.csv", text.as_bytes(), &Default::default())
            .unwrap()
            .incidents
            .remove(0);
        let en = crate::i18n::words(crate::i18n::Lang::En);
        assert_eq!(
            details(&inc, en).acled_codes.as_deref(),
            Some("Political violence; Civilians targeted; Rebel group against Civilians")
        );
        let fr = crate::i18n::words(crate::i18n::Lang::Fr);
        assert_eq!(
            details(&inc, fr).acled_codes.as_deref(),
            Some("Violence politique; Civils ciblés; Groupe rebelle contre Civils")
        );
    }

    #[test]
    fn a_ucdp_event_shows_its_named_sides_and_its_range() {
        let text = "id,relid,type_of_violence,side_a,side_b,where_prec,where_coordinates,adm_1,adm_2,latitude,longitude,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low\n443712,MLI-2022-1-15108-115,1,Government of Mali,JNIM,5,Sokolo commune,Segou region,Niono cercle,14.8,-6.0,1,2022-07-27,2022-07-27,6,30,0,0,36,54,36\n";
        let t = table::read("u.csv", text).unwrap();
        let inc = &ucdp::read("u.csv", &t).unwrap().incidents[0];
        let d = details(inc, crate::i18n::words(crate::i18n::Lang::En));
        assert_eq!(d.subtitle, "Segou region, Niono cercle");
        let sides: Vec<(&str, &str)> = d
            .rows
            .iter()
            .map(|r| (r.side.as_str(), r.killed.as_str()))
            .collect();
        assert_eq!(
            sides,
            [
                ("Government of Mali", "6"),
                ("JNIM", "30"),
                ("civilian", "0"),
                ("unknown", "0")
            ]
        );
        assert_eq!(d.total.killed, "36");
        assert_eq!(
            d.total.injured, NO_FIGURE,
            "UCDP counts no injured: not zero"
        );
        assert_eq!(
            d.estimates.as_deref(),
            Some("UCDP estimates of people killed: low 36, best 36, high 54.")
        );
        assert_eq!(d.event, "State-based violence (UCDP)");
        assert_eq!(
            d.dataset.as_deref(),
            Some("UCDP GED, event 443712 (MLI-2022-1-15108-115)")
        );
        assert!(d.claims.is_empty());
        // Regression: the label said on the map used English punctuation in
        // French ("…, 27 juillet 2022: Violence étatique").
        let fr = crate::i18n::words(crate::i18n::Lang::Fr);
        assert_eq!(
            marker_label(inc, fr),
            "Sokolo commune, 27 juillet 2022\u{202f}: Violence étatique, 36 tués"
        );
        assert_eq!(
            marker_label(inc, crate::i18n::words(crate::i18n::Lang::En)),
            "Sokolo commune, 27 July 2022: State-based violence, 36 killed"
        );
    }
}
