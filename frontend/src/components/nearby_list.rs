//! The incidents near the place chosen in the search box.

use std::sync::Arc;

use leptos::prelude::*;
use shared::engine::spatial::within_radius;
use shared::engine::Markers;
use shared::{Frame, Gazetteer, Incident};

use crate::i18n::{tr, trf, w};
use crate::visible::Visible;

/// Radius in km around a searched place (drawn on the map as a dashed circle).
pub const NEARBY_RADIUS_KM: f64 = 50.0;

/// A card listing the incidents within [`NEARBY_RADIUS_KM`] of the searched
/// place that fall in the slider's range; each selects its incident.
#[component]
pub fn NearbyList(
    incidents: Arc<Vec<Incident>>,
    gazetteer: Arc<Gazetteer>,
    markers: Arc<Markers>,
    frame: Frame,
    searched: RwSignal<Option<usize>>,
    visible: Visible,
    selected: RwSignal<Option<usize>>,
    /// How regions are written (as the map writes them).
    regions: shared::regions::RegionNames,
) -> impl IntoView {
    // The radius search (through the spatial index) runs when the place
    // changes, not on every slider step.
    let (g, list) = (gazetteer.clone(), incidents.clone());
    let near = Memo::new(move |_| {
        let place = g.places().get(searched.get()?)?;
        Some(within_radius(
            &markers.spatial,
            &markers.symbols,
            &frame,
            &list,
            place.location,
            NEARBY_RADIUS_KM,
        ))
    });
    // Newest first unless asked nearest.
    let order = RwSignal::new(shared::listing::NearbyOrder::default());
    // Escape closes it, in turn with the panels.
    crate::panels::escapable(
        Signal::derive(move || searched.with(Option::is_some)),
        ".nearby",
        Callback::new(move |_| {
            searched.set(None);
            crate::app::focus_map();
        }),
    );
    move || {
        let words = w();
        let place = gazetteer.places().get(searched.get()?)?.clone();
        let mut near = near.get()?;
        order.get().sort(&incidents, &mut near);
        let incidents = &incidents;
        let (shown, hidden): (Vec<_>, Vec<_>) =
            visible.with(|sel| near.into_iter().partition(|(i, _)| sel.is_visible(*i)));
        let heading = trf(
            "nearby-heading",
            &[
                ("count", shown.len().into()),
                ("km", NEARBY_RADIUS_KM.into()),
            ],
        );
        let more = (!hidden.is_empty()).then(|| {
            view! { <p class="more">{trf("nearby-more", &[("count", hidden.len().into())])}</p> }
        });
        let items = shown
            .into_iter()
            .map(|(i, km)| {
                let inc = &incidents[i];
                // Each line says its dataset, so two records of one attack
                // in two datasets are told apart.
                let dataset = match inc.provenance.dataset_id() {
                    Some(id) => format!("{} {id}", words.dataset_kind(inc.provenance.kind())),
                    None => words.dataset_kind(inc.provenance.kind()),
                };
                let killed = inc.killed_total().map_or_else(
                    || words.t("no-figure-short"),
                    |k| words.count("killed-count", k as usize),
                );
                let text = format!(
                    "{}, {} · {} · {} ({:.0} km)",
                    inc.place_name,
                    words.date(inc.date),
                    dataset,
                    killed,
                    km
                );
                view! {
                    <li><button type="button" class="link" data-nearby-id=inc.id.clone()
                        data-dataset=inc.provenance.kind().key()
                        on:click=move |_| selected.set(Some(i))>{text}</button></li>
                }
            })
            .collect_view();
        Some(view! {
            <section class="nearby" data-testid="nearby" aria-label=trf("nearby-label", &[("place", place.name_in(words.lang()).into())])>
                <button type="button" class="close" aria-label=tr("clear-place")
                    on:click=move |_| searched.set(None)>"×"</button>
                <h2>{place.name_in(words.lang()).to_owned()}</h2>
                <p class="subtitle">{trf("region-of", &[("region", regions.show(place.admin1_in(words.lang()), words.lang()).into())])}</p>
                <p>{heading}</p>
                <label class="nearby-order">{tr("nearby-sort")}" "
                    <select data-testid="nearby-order" on:change=move |ev| {
                        let key = event_target_value(&ev);
                        if let Some(o) = shared::listing::NearbyOrder::ALL.into_iter().find(|o| o.key() == key) {
                            order.set(o);
                        }
                    }>
                        {shared::listing::NearbyOrder::ALL.into_iter().map(|o| view! {
                            <option value=o.key() selected=move || order.get() == o>{tr(&format!("nearby-{}", o.key()))}</option>
                        }).collect_view()}
                    </select>
                </label>
                <ul>{items}</ul>
                {more}
            </section>
        })
    }
}
