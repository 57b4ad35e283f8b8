//! The details panel of the selected incident: lays out `shared::details`.

use std::sync::Arc;

use leptos::prelude::*;
use shared::details::{details, link_address};
use shared::incident::format_date;
use shared::matching::{figures, matches};
use shared::{Gazetteer, Incident};

use crate::app::focus_map;

/// The panel: shown while an incident is selected; Escape or × closes it.
#[component]
pub fn IncidentDetails(
    incidents: Arc<Vec<Incident>>,
    gazetteer: Arc<Gazetteer>,
    selected: RwSignal<Option<usize>>,
) -> impl IntoView {
    let close = move || {
        if selected.get_untracked().is_some() {
            selected.set(None);
            focus_map();
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
        let inc = incidents.get(i)?.clone();
        let place = inc
            .place_id
            .as_deref()
            .and_then(|id| gazetteer.get(id))
            .cloned();
        let d = details(&inc);
        let rows = d
            .rows
            .into_iter()
            .map(|r| view! { <tr><th scope="row">{r.side}</th><td>{r.killed}</td><td>{r.injured}</td></tr> })
            .collect_view();
        let total_row = view! {
            <tr class="total">
                <th scope="row">{d.total.side}</th>
                <td>{d.total.killed}</td>
                <td>{d.total.injured}</td>
            </tr>
        };
        let wordings = d
            .wordings
            .into_iter()
            .map(|w| view! { <li>{w}</li> })
            .collect_view();
        let claims = d
            .claims
            .into_iter()
            .map(|c| view! { <li class="claim">{c}</li> })
            .collect_view();
        let has_alternatives = !d.alternatives.is_empty();
        let alternatives = d
            .alternatives
            .into_iter()
            .map(|a| view! { <li>{a}</li> })
            .collect_view();
        let coordinated = inc
            .coordinated_with
            .iter()
            .filter_map(|id| {
                let j = incidents.iter().position(|o| &o.id == id)?;
                let label = incidents[j].place_name.clone();
                Some(view! {
                    <li><button type="button" class="link" data-coordinated-id=id.clone()
                        on:click=move |_| selected.set(Some(j))>{label}</button></li>
                })
            })
            .collect_view();
        let has_coordinated = !inc.coordinated_with.is_empty();
        let has_sources = !inc.sources.is_empty();
        let sources = inc
            .sources
            .iter()
            .map(|s| {
                // Only http(s) addresses become links; anything else stays text.
                let title = match link_address(&s.url) {
                    Some(url) => view! {
                        <a href=url.to_owned() target="_blank" rel="noopener noreferrer">{s.title.clone()}</a>
                    }
                    .into_any(),
                    None => view! { <span>{format!("{} ({})", s.title, s.url)}</span> }.into_any(),
                };
                view! {
                    <li>
                        {title}
                        <span class="source-meta">{format!(" — {}, {}", s.outlet, format_date(s.date))}</span>
                        {s.note.clone().map(|n| view! { <span class="source-note">{format!(" ({n})")}</span> })}
                    </li>
                }
            })
            .collect_view();
        let place_note = place
            .filter(|p| p.precision == shared::gazetteer::PlacePrecision::Approximate)
            .map(|p| view! { <p class="place-note">{p.source}</p> });
        let dataset = d.dataset.map(|ds| {
            view! {
                <h3>"Dataset"</h3>
                <p class="dataset" data-testid="dataset">{ds}</p>
                {d.dataset_sources.map(|s| view! { <p class="source-note">{format!("Its sources: {s}")}</p> })}
            }
        });
        // The same attack in the other open datasets, figures side by side.
        let found = matches(&incidents, i);
        let compared = (!found.is_empty()).then(|| {
            let row = |j: usize, own: bool| {
                let f = figures(&incidents[j]);
                let km = found.iter().find(|m| m.index == j).map(|m| format!("{:.0} km", m.km));
                view! {
                    <tr class:own=own>
                        <th scope="row">
                            {if own {
                                view! { <span>{f.dataset}</span> }.into_any()
                            } else {
                                view! {
                                    <button type="button" class="link" data-match-id=incidents[j].id.clone()
                                        on:click=move |_| selected.set(Some(j))>{f.dataset}</button>
                                }.into_any()
                            }}
                        </th>
                        <td>{f.place}{km.map(|k| format!(" ({k} away)"))}</td>
                        <td>{f.date}</td>
                        <td class="num">{f.killed}</td>
                        <td>{f.breakdown}</td>
                    </tr>
                }
            };
            let rows = std::iter::once(row(i, true))
                .chain(found.iter().map(|m| row(m.index, false)))
                .collect_view();
            view! {
                <h3>"Other datasets"</h3>
                <table class="compare" data-testid="compare">
                    <caption>"The same attack as each open dataset records it (same dates within their precision, within their location radius)."</caption>
                    <thead><tr><th scope="col">"Dataset"</th><th scope="col">"Place"</th><th scope="col">"Date"</th><th scope="col">"Killed"</th><th scope="col">"How counted"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        });
        let has_notes = !inc.notes.is_empty();
        Some(view! {
            <aside class="details" data-testid="incident-details" aria-labelledby="details-title">
                <button type="button" class="close" aria-label="Close details" on:click=move |_| close()>"×"</button>
                <h2 id="details-title" tabindex="-1" node_ref=heading>{d.title}</h2>
                <p class="subtitle">{d.subtitle}</p>
                <dl>
                    <dt>"Date"</dt><dd>{d.date}</dd>
                    <dt>"Location"</dt><dd>{d.location}</dd>
                    <dt>"Event"</dt><dd>{d.event}</dd>
                    <dt>"Attacker"</dt><dd>{d.attacker}</dd>
                    <dt>"Target"</dt><dd>{d.target}</dd>
                </dl>
                {place_note}
                <table class="casualties">
                    <caption>{d.figures_caption}</caption>
                    <thead><tr><th scope="col">"Side"</th><th scope="col">"Killed"</th><th scope="col">"Injured"</th></tr></thead>
                    <tbody>{rows}{total_row}</tbody>
                </table>
                <p class="table-note">"— means no figure was reported."</p>
                {d.estimates.map(|e| view! { <p class="estimates" data-testid="estimates">{e}</p> })}
                <ul class="wordings" data-testid="figure-wordings">{wordings}</ul>
                {d.serious.map(|s| view! { <p>{s}</p> })}
                <ul class="claims">{claims}</ul>
                <Show when=move || has_alternatives>
                    <h3>"Other reports"</h3>
                </Show>
                <ul class="alternatives">{alternatives}</ul>
                <Show when=move || has_coordinated>
                    <h3>"Coordinated attacks"</h3>
                </Show>
                <ul class="coordinated">{coordinated}</ul>
                <Show when=move || has_notes>
                    <h3>"Notes"</h3>
                </Show>
                <p class="notes">{inc.notes.clone()}</p>
                {dataset}
                {compared}
                <Show when=move || has_sources>
                    <h3>"Sources"</h3>
                </Show>
                <ul class="sources">{sources}</ul>
            </aside>
        })
    }
}
