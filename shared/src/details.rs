//! The text of an incident's details panel, as values the view only lays out:
//! the same for our curated incidents, ACLED events (a total only) and UCDP
//! GED events (named sides and a low / best / high range).

use crate::incident::{format_date, FigureRef, Incident, LocationPrecision, SideCounts};
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

/// Everything the panel shows, as text.
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
    /// Which dataset the incident comes from, with its identifiers.
    pub dataset: Option<String>,
    /// The dataset's source text, when it gives no addresses (ACLED, UCDP).
    pub dataset_sources: Option<String>,
}

fn figure(n: Option<u32>) -> String {
    n.map_or_else(|| NO_FIGURE.to_owned(), |n| n.to_string())
}

/// "killed: 9 military, 3 civilian; injured: 2 military" for other reports.
pub fn side_summary(killed: &SideCounts, injured: &SideCounts) -> String {
    let part = |c: &SideCounts| {
        c.by_side()
            .iter()
            .filter_map(|(side, n)| n.map(|n| format!("{n} {side}")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (k, i) = (part(killed), part(injured));
    match (k.is_empty(), i.is_empty()) {
        (false, false) => format!("killed: {k}; injured: {i}"),
        (false, true) => format!("killed: {k}"),
        (true, false) => format!("injured: {i}"),
        (true, true) => "no figures".to_owned(),
    }
}

/// What a screen reader says for an incident on the map, and what a pointer
/// shows on hover: place, date, category and the killed figure.
pub fn marker_label(inc: &Incident) -> String {
    let figure = match inc.killed_total() {
        Some(1) => "1 killed".to_owned(),
        Some(k) => format!("{k} killed"),
        None => "no casualty figure".to_owned(),
    };
    format!("{}: {}, {}", inc.label(), inc.category().label(), figure)
}

/// The label of several incidents shown at one point: how many, and where
/// (the place of the first one).
pub fn stack_label(count: usize, first: &Incident) -> String {
    format!("{count} incidents at {}", first.place_name)
}

/// `url` when it is an http(s) address, the only kind the app makes a link of
/// (a file's text is never turned into a `javascript:` or `data:` link).
pub fn link_address(url: &str) -> Option<&str> {
    let u = url.trim();
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(u)
}

/// The panel's text for `inc`.
pub fn details(inc: &Incident) -> Details {
    let c = &inc.casualties;
    let curated = inc.provenance.is_curated();
    let source = inc.figures_source.clone().unwrap_or_default();
    // A figure given only in words shows the words' meaning, not the dash.
    let cell = |killed: bool, side: &str, n: Option<u32>| match n {
        Some(n) => n.to_string(),
        None => FigureRef::of(killed, side)
            .and_then(|f| inc.wording(f))
            .map_or_else(|| figure(None), |w| w.meaning.clone()),
    };
    let mut rows: Vec<CasualtyRow> = c
        .killed_by_party
        .iter()
        .map(|p| CasualtyRow {
            side: p.party.clone(),
            killed: p.killed.to_string(),
            injured: NO_FIGURE.to_owned(),
        })
        .collect();
    for ((side, k), (_, j)) in c.killed.by_side().into_iter().zip(c.injured.by_side()) {
        let worded = [true, false]
            .iter()
            .any(|&killed| FigureRef::of(killed, side).is_some_and(|f| inc.wording(f).is_some()));
        if curated || k.is_some() || j.is_some() || worded {
            rows.push(CasualtyRow {
                side: side.to_owned(),
                killed: cell(true, side, k),
                injured: cell(false, side, j),
            });
        }
    }
    let total = CasualtyRow {
        side: "all sides".to_owned(),
        killed: figure(inc.killed_total()),
        injured: figure(c.injured.total()),
    };
    let figures_caption = match (&inc.provenance, inc.figures_source.as_deref()) {
        (_, Some(s)) => format!("Figures: {s}"),
        (Provenance::Acled { .. }, None) => {
            "Figures: ACLED's count of people killed on all sides (ACLED gives a total only; it codes 0 when no death is reported)".to_owned()
        }
        (Provenance::Ucdp { .. }, None) => {
            "Figures: UCDP GED's best estimate, by side".to_owned()
        }
        (_, None) => "Figures: as given by the file".to_owned(),
    };
    let estimates = c.estimates.map(|e| {
        format!(
            "UCDP estimates of people killed: low {}, best {}, high {}.",
            e.low, e.best, e.high
        )
    });
    let mut claims = Vec::new();
    if curated {
        if let Some(n) = c.killed.assailants {
            claims.push(format!("{n} assailants killed, according to the {source}"));
        }
        if let Some(n) = inc.arrested {
            claims.push(format!(
                "{n} assailants arrested, according to the {source}"
            ));
        }
    }
    let alternatives = inc
        .alternative_figures
        .iter()
        .map(|a| {
            let outlet = inc
                .sources
                .get(a.source)
                .map(|s| s.outlet.clone())
                .unwrap_or_default();
            format!(
                "{} ({}): {}",
                a.according_to,
                outlet,
                side_summary(&a.killed, &a.injured)
            )
        })
        .collect();
    let location = match (inc.location_precision, inc.location_radius_km) {
        (LocationPrecision::Exact, _) => "exact locality".to_owned(),
        (p, Some(r)) => format!("{}, within about {r} km", p.label()),
        (p, None) => p.label().to_owned(),
    };
    let date = {
        let first = format_date(inc.date);
        let span = match inc.date_end {
            Some(end) if end != inc.date => format!("{first} to {}", format_date(end)),
            _ => first,
        };
        format!(
            "{span}{} ({})",
            inc.time_of_day
                .as_ref()
                .map(|t| format!(", {t}"))
                .unwrap_or_default(),
            inc.date_precision.label()
        )
    };
    let attacker = match inc.attributed_by.as_deref() {
        Some("claimed") => format!("{} (claimed)", inc.actor1),
        Some(by) => format!("{} (according to the {by})", inc.actor1),
        None => inc.actor1.clone(),
    };
    let with_associates = |actor: &str, associates: &[String]| {
        if associates.is_empty() {
            actor.to_owned()
        } else {
            format!("{actor}, with {}", associates.join("; "))
        }
    };
    let subtitle = match (&inc.provenance, inc.admin2.as_deref()) {
        (Provenance::Curated, _) => format!("{} region", inc.admin1),
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
        } => (
            Some(format!("ACLED, event {event_id_cnty}")),
            Some(if source_scale.is_empty() {
                source.clone()
            } else {
                format!("{source} ({source_scale})")
            })
            .filter(|s| !s.is_empty()),
        ),
        Provenance::Ucdp { id, relid, sources } => (
            Some(if relid.is_empty() {
                format!("UCDP GED, event {id}")
            } else {
                format!("UCDP GED, event {id} ({relid})")
            }),
            Some(sources.clone()).filter(|s| !s.is_empty()),
        ),
        Provenance::Geojson { feature_id } => (
            Some(match feature_id {
                Some(f) => format!("GeoJSON file, feature {f}"),
                None => "GeoJSON file".to_owned(),
            }),
            None,
        ),
    };
    Details {
        title: inc.place_name.clone(),
        subtitle,
        date,
        location,
        event: inc.classification_label(),
        attacker: with_associates(&attacker, &inc.actor1_associates),
        target: with_associates(&inc.actor2, &inc.actor2_associates),
        figures_caption,
        rows,
        total,
        estimates,
        serious: c
            .seriously_injured
            .map(|n| format!("Of the injured, {n} seriously.")),
        claims,
        wordings: inc.figure_wordings.iter().map(|w| w.describe(c)).collect(),
        alternatives,
        dataset,
        dataset_sources,
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
    fn a_ucdp_event_shows_its_named_sides_and_its_range() {
        let text = "id,relid,type_of_violence,side_a,side_b,where_prec,where_coordinates,adm_1,adm_2,latitude,longitude,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low\n443712,MLI-2022-1-15108-115,1,Government of Mali,JNIM,5,Sokolo commune,Segou region,Niono cercle,14.8,-6.0,1,2022-07-27,2022-07-27,6,30,0,0,36,54,36\n";
        let t = table::read("u.csv", text).unwrap();
        let inc = &ucdp::read("u.csv", &t).unwrap().incidents[0];
        let d = details(inc);
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
    }
}
