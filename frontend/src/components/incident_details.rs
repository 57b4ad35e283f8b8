//! The details panel of the selected incident: lays out `shared::details`.

use std::sync::Arc;

use leptos::prelude::*;
use shared::details::{details, link_address};
use shared::matching::{figures, matches};
use shared::{Gazetteer, Incident};

use crate::app::focus_map;
use crate::i18n::{tr, trf, w};

/// The panel: shown while an incident is selected; Escape or × closes it.
#[component]
pub fn IncidentDetails(
    incidents: Arc<Vec<Incident>>,
    gazetteer: Arc<Gazetteer>,
    selected: RwSignal<Option<usize>>,
    /// How regions are written (as the map writes them).
    regions: shared::regions::RegionNames,
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
        let mut inc = incidents.get(i)?.clone();
        // The region as the map writes it ("Ségou" for ACLED's "Segou").
        inc.admin1 = regions.show(&inc.admin1, crate::i18n::lang()).to_owned();
        let place = inc
            .place_id
            .as_deref()
            .and_then(|id| gazetteer.get(id))
            .cloned();
        // Reading the language here rewords the panel when it changes.
        let words = w();
        let d = details(&inc, words);
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
        // Our notes on sources in French where we wrote them (one per source
        // that has a note, in order), else in English, marked so.
        let french_notes: Vec<String> = match words.lang() {
            crate::i18n::Lang::Fr => inc
                .french
                .as_ref()
                .map(|f| f.source_notes.clone())
                .unwrap_or_default(),
            crate::i18n::Lang::En => Vec::new(),
        };
        let mut noted = 0usize;
        let sources = inc
            .sources
            .iter()
            .map(|s| {
                let note = s.note.clone().map(|n| {
                    let at = noted;
                    noted += 1;
                    match french_notes.get(at) {
                        Some(fr) => (fr.clone(), "fr"),
                        None => (n, "en"),
                    }
                });
                // Only http(s) addresses become links; anything else stays text.
                let title = match link_address(&s.url) {
                    Some(url) => view! {
                        <a href=url.to_owned() target="_blank" rel="noopener noreferrer" lang=s.language.clone()>{s.title.clone()}</a>
                    }
                    .into_any(),
                    None => view! { <span lang=s.language.clone()>{format!("{} ({})", s.title, s.url)}</span> }.into_any(),
                };
                view! {
                    <li>
                        {title}
                        <span class="source-meta">{format!(" — {}, {}", s.outlet, words.date(s.date))}</span>
                        {note.map(|(n, l)| view! { <span class="source-note" lang=l>{format!(" ({n})")}</span> })}
                    </li>
                }
            })
            .collect_view();
        let place_note = place
            .filter(|p| p.precision == shared::gazetteer::PlacePrecision::Approximate)
            .map(|p| view! { <p class="place-note" lang="en">{p.source}</p> });
        let dataset = d.dataset.map(|ds| {
            view! {
                <h3>{tr("dataset")}</h3>
                <p class="dataset" data-testid="dataset">{ds}</p>
                {d.acled_codes.map(|c| view! { <p class="acled-codes" data-testid="acled-codes">{c}</p> })}
                {d.dataset_sources.map(|s| view! { <p class="source-note">{tr("its-sources")}" "<span lang="en">{s}</span></p> })}
            }
        });
        // Each side's profile, in the analysis panel.
        let profiles = crate::analysis::Analysis::get().map(|a| {
            let sides: Vec<(usize, String)> = [inc.actor1.as_str(), inc.actor2.as_str()]
                .into_iter()
                .filter(|n| !n.is_empty())
                .filter_map(|n| {
                    let p = a.columns.actor_names.binary_search_by(|x| x.as_str().cmp(n)).ok()?;
                    Some((p, n.to_owned()))
                })
                .collect();
            let (choice, actor) = (a.choice, a.actor);
            sides
                .into_iter()
                .map(|(p, n)| {
                    view! {
                        <button type="button" class="linkish actor-profile-open" data-testid="actor-profile-open"
                            on:click=move |_| {
                                actor.set(Some(p));
                                choice.update(|c| c.panel = true);
                            }>
                            {format!("{} {n}", tr("actor-profile-open"))}
                        </button>" "
                    }
                })
                .collect_view()
        });
        // The same attack in the other open datasets, figures side by side.
        let found = matches(&incidents, i);
        let compared = (!found.is_empty()).then(|| {
            let row = |j: usize, own: bool| {
                let f = figures(&incidents[j], words);
                let found_j = found.iter().find(|m| m.index == j);
                let km = found_j.map(|m| m.km.round());
                let confidence = found_j.map(|m| m.confidence());
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
                        <td>{f.place}{km.map(|k| format!(" {}", trf("km-away", &[("km", k.into())])))}</td>
                        <td>{f.date}</td>
                        <td class="num">{f.killed}</td>
                        <td>{f.breakdown}</td>
                        <td data-confidence=confidence.map(|c| c.key())>{confidence.map(|c| words.t(&format!("confidence-{}", c.key())))}</td>
                    </tr>
                }
            };
            let rows = std::iter::once(row(i, true))
                .chain(found.iter().map(|m| row(m.index, false)))
                .collect_view();
            view! {
                <h3>{tr("other-datasets")}</h3>
                <table class="compare" data-testid="compare">
                    <caption>{tr("compare-caption")}</caption>
                    <thead><tr><th scope="col">{tr("dataset")}</th><th scope="col">{tr("place")}</th><th scope="col">{tr("date")}</th><th scope="col">{tr("killed")}</th><th scope="col">{tr("how-counted")}</th><th scope="col">{tr("confidence")}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        });
        let has_notes = !d.notes.is_empty();
        // The notes in their language: French where we wrote them, else
        // English, marked so for a French page.
        let text_lang = d.text_lang;
        Some(view! {
            <aside class="details" data-testid="incident-details" aria-labelledby="details-title">
                <button type="button" class="close" aria-label=tr("close-details") on:click=move |_| close()>"×"</button>
                <h2 id="details-title" tabindex="-1" node_ref=heading>{d.title}</h2>
                <p class="subtitle">{d.subtitle}</p>
                <dl>
                    <dt>{tr("date")}</dt><dd>{d.date}</dd>
                    <dt>{tr("location")}</dt><dd>{d.location}</dd>
                    <dt>{tr("event")}</dt><dd>{d.event}</dd>
                    <dt>{tr("attacker")}</dt><dd>{d.attacker}</dd>
                    <dt>{tr("target")}</dt><dd>{d.target}</dd>
                </dl>
                {place_note}
                <table class="casualties">
                    <caption>{d.figures_caption}</caption>
                    <thead><tr><th scope="col">{tr("side")}</th><th scope="col">{tr("killed")}</th><th scope="col">{tr("injured")}</th></tr></thead>
                    <tbody>{rows}{total_row}</tbody>
                </table>
                <p class="table-note">{tr("dash-note")}</p>
                {d.estimates.map(|e| view! { <p class="estimates" data-testid="estimates">{e}</p> })}
                <ul class="wordings" data-testid="figure-wordings">{wordings}</ul>
                {d.serious.map(|s| view! { <p>{s}</p> })}
                <ul class="claims">{claims}</ul>
                <Show when=move || has_alternatives>
                    <h3>{tr("other-reports")}</h3>
                </Show>
                <ul class="alternatives">{alternatives}</ul>
                <Show when=move || has_coordinated>
                    <h3>{tr("coordinated")}</h3>
                </Show>
                <ul class="coordinated">{coordinated}</ul>
                <Show when=move || has_notes>
                    <h3>{tr("notes")}</h3>
                </Show>
                <p class="notes" lang=text_lang>{d.notes}</p>
                {dataset}
                <p class="profiles">{profiles}</p>
                {compared}
                <Show when=move || has_sources>
                    <h3>{tr("sources")}</h3>
                </Show>
                <ul class="sources">{sources}</ul>
                {(!d.records.is_empty()).then(|| view! {
                    <h3>{tr("in-datasets")}</h3>
                    <ul class="records" data-testid="dataset-records">
                        {d.records.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
                    </ul>
                })}
            </aside>
        })
    }
}
