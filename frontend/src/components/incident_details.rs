//! The details panel of the selected incident.

use std::sync::Arc;

use leptos::prelude::*;
use shared::incident::format_date;
use shared::{Bundle, FigureRef, Incident, LocationPrecision, SideCounts};

use crate::app::focus_marker;

/// "6", "—" for no figure.
fn figure(n: Option<u32>) -> String {
    n.map_or_else(|| "—".to_owned(), |n| n.to_string())
}

/// One line per claim: "48 assailants killed, according to the Malian army".
fn claims(inc: &Incident) -> Vec<String> {
    let mut out = Vec::new();
    let source = &inc.figures_source;
    if let Some(n) = inc.casualties.killed.assailants {
        out.push(format!("{n} assailants killed, according to the {source}"));
    }
    if let Some(n) = inc.arrested {
        out.push(format!(
            "{n} assailants arrested, according to the {source}"
        ));
    }
    out
}

/// "9 soldiers, 3 civilians killed; 2 injured" for the other reports.
fn side_summary(killed: &SideCounts, injured: &SideCounts) -> String {
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

/// The panel: shown while an incident is selected; Escape or × closes it.
#[component]
pub fn IncidentDetails(bundle: Arc<Bundle>, selected: RwSignal<Option<usize>>) -> impl IntoView {
    let close = move || {
        if let Some(i) = selected.get_untracked() {
            selected.set(None);
            focus_marker(i);
        }
    };
    let heading = NodeRef::<leptos::html::H2>::new();
    // Move focus into the panel when it opens, so keyboard and screen-reader
    // users land on it.
    Effect::new(move |_| {
        if selected.get().is_some() {
            if let Some(h) = heading.get() {
                let _ = h.focus();
            }
        }
    });
    move || {
        let i = selected.get()?;
        let inc = bundle.dataset.incidents.get(i)?.clone();
        let place = bundle.gazetteer.get(&inc.place_id).cloned();
        // A figure the sources give only in words ("une vingtaine") shows the
        // words' meaning instead of the dash for "no figure".
        let cell = |killed: bool, side: &str, n: Option<u32>| match n {
            Some(n) => n.to_string(),
            None => FigureRef::of(killed, side)
                .and_then(|f| inc.wording(f))
                .map_or_else(|| figure(None), |w| w.meaning.clone()),
        };
        let rows = inc
            .casualties
            .killed
            .by_side()
            .into_iter()
            .zip(inc.casualties.injured.by_side())
            .map(|((side, k), (_, j))| {
                view! { <tr><th scope="row">{side}</th><td>{cell(true, side, k)}</td><td>{cell(false, side, j)}</td></tr> }
            })
            .collect_view();
        let wordings = inc
            .figure_wordings
            .iter()
            .map(|w| view! { <li>{w.describe(&inc.casualties)}</li> })
            .collect_view();
        let total_row = view! {
            <tr class="total">
                <th scope="row">"all sides"</th>
                <td>{figure(inc.casualties.killed.total())}</td>
                <td>{figure(inc.casualties.injured.total())}</td>
            </tr>
        };
        let serious = inc
            .casualties
            .seriously_injured
            .map(|n| view! { <p>{format!("Of the injured, {n} seriously.")}</p> });
        let claims = claims(&inc)
            .into_iter()
            .map(|c| view! { <li class="claim">{c}</li> })
            .collect_view();
        let alternatives = inc
            .alternative_figures
            .iter()
            .map(|a| {
                let src = inc.sources.get(a.source).map(|s| s.outlet.clone()).unwrap_or_default();
                view! {
                    <li>{format!("{} ({}): {}", a.according_to, src, side_summary(&a.killed, &a.injured))}</li>
                }
            })
            .collect_view();
        let has_alternatives = !inc.alternative_figures.is_empty();
        let coordinated = inc
            .coordinated_with
            .iter()
            .filter_map(|id| {
                let j = bundle.dataset.incidents.iter().position(|o| &o.id == id)?;
                let label = bundle.dataset.incidents[j].place_name.clone();
                Some(view! {
                    <li><button type="button" class="link" data-coordinated-id=id.clone()
                        on:click=move |_| selected.set(Some(j))>{label}</button></li>
                })
            })
            .collect_view();
        let has_coordinated = !inc.coordinated_with.is_empty();
        let sources = inc
            .sources
            .iter()
            .map(|s| {
                view! {
                    <li>
                        <a href=s.url.clone() target="_blank" rel="noopener noreferrer">{s.title.clone()}</a>
                        <span class="source-meta">{format!(" — {}, {}", s.outlet, format_date(s.date))}</span>
                        {s.note.clone().map(|n| view! { <span class="source-note">{format!(" ({n})")}</span> })}
                    </li>
                }
            })
            .collect_view();
        let location = match (inc.location_precision, inc.location_radius_km) {
            (LocationPrecision::Exact, _) => "exact locality".to_owned(),
            (p, Some(r)) => format!("{}, within about {r} km", p.label()),
            (p, None) => p.label().to_owned(),
        };
        let place_note = place
            .filter(|p| p.precision == shared::gazetteer::PlacePrecision::Approximate)
            .map(|p| view! { <p class="place-note">{p.source}</p> });
        let date = format!(
            "{}{} ({})",
            format_date(inc.date),
            inc.time_of_day
                .as_ref()
                .map(|t| format!(", {t}"))
                .unwrap_or_default(),
            inc.date_precision.label()
        );
        let attribution = if inc.attributed_by == "claimed" {
            format!("{} (claimed)", inc.actor1)
        } else {
            format!("{} (according to the {})", inc.actor1, inc.attributed_by)
        };
        Some(view! {
            <aside class="details" data-testid="incident-details" aria-labelledby="details-title">
                <button type="button" class="close" aria-label="Close details" on:click=move |_| close()>"×"</button>
                <h2 id="details-title" tabindex="-1" node_ref=heading>{inc.place_name.clone()}</h2>
                <p class="subtitle">{format!("{} region", inc.admin1)}</p>
                <dl>
                    <dt>"Date"</dt><dd>{date}</dd>
                    <dt>"Location"</dt><dd>{location}</dd>
                    <dt>"Event"</dt><dd>{format!("{} — {}", inc.event_type.label(), inc.sub_event_type)}</dd>
                    <dt>"Attacker"</dt><dd>{attribution}</dd>
                    <dt>"Target"</dt><dd>{inc.actor2.clone()}</dd>
                </dl>
                {place_note}
                <table class="casualties">
                    <caption>{format!("Figures: {}", inc.figures_source)}</caption>
                    <thead><tr><th scope="col">"Side"</th><th scope="col">"Killed"</th><th scope="col">"Injured"</th></tr></thead>
                    <tbody>{rows}{total_row}</tbody>
                </table>
                <p class="table-note">"— means no figure was reported."</p>
                <ul class="wordings" data-testid="figure-wordings">{wordings}</ul>
                {serious}
                <ul class="claims">{claims}</ul>
                <Show when=move || has_alternatives>
                    <h3>"Other reports"</h3>
                </Show>
                <ul class="alternatives">{alternatives}</ul>
                <Show when=move || has_coordinated>
                    <h3>"Coordinated attacks"</h3>
                </Show>
                <ul class="coordinated">{coordinated}</ul>
                <h3>"Notes"</h3>
                <p class="notes">{inc.notes.clone()}</p>
                <h3>"Sources"</h3>
                <ul class="sources">{sources}</ul>
            </aside>
        })
    }
}
