//! The choice of basemap: the embedded map (the default, and the only one
//! offline), OpenStreetMap's tiles, or tiles from an address the user sets.

use leptos::prelude::*;
use shared::tiles::{Tiles, TilesProblem};

use crate::i18n::{tr, trf, tx};

/// Three choices and, for the third, the tile address.
#[component]
pub fn BasemapChoice(tiles: RwSignal<Option<Tiles>>) -> impl IntoView {
    // The reader's own choice: its servers may be contacted in this page
    // (no question asked; a link that names them asks whoever opens it).
    let hosts = use_context::<crate::consent::Hosts>();
    let choose = move |t: Option<Tiles>| {
        if let (Some(h), Some(t)) = (hosts, &t) {
            h.allow_tiles(t);
        }
        tiles.set(t);
    };
    let custom_open = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<(String, TilesProblem)>);
    let is_custom = move || tiles.with(|t| matches!(t, Some(Tiles::Custom(_))));
    let show_address = move || custom_open.get() || is_custom();
    // Folded under its summary (the choice made) unless tiles are on.
    let summary = move || {
        let chosen = tiles.with(|t| match t {
            None => tr("basemap-embedded"),
            Some(Tiles::Osm) => tr("basemap-osm"),
            Some(Tiles::Custom(_)) => tr("basemap-custom"),
        });
        format!("{}{} {chosen}", tr("basemap"), tr("colon"))
    };
    view! {
        <details class="basemap-choice" data-testid="basemap-choice" open=tiles.with_untracked(Option::is_some)>
        <summary>{summary}</summary>
        <fieldset>
            <legend class="visually-hidden">{tx("basemap")}</legend>
            <label>
                <input type="radio" name="basemap" value="embedded"
                    prop:checked=move || tiles.with(Option::is_none)
                    on:change=move |_| {
                        custom_open.set(false);
                        choose(None);
                    } />
                " "{tx("basemap-embedded")}
            </label>
            <label>
                <input type="radio" name="basemap" value="osm"
                    prop:checked=move || tiles.with(|t| *t == Some(Tiles::Osm))
                    on:change=move |_| {
                        custom_open.set(false);
                        choose(Some(Tiles::Osm));
                    } />
                " "{tx("basemap-osm")}
            </label>
            <label>
                <input type="radio" name="basemap" value="custom"
                    prop:checked=move || is_custom() || custom_open.get()
                    on:change=move |_| custom_open.set(true) />
                " "{tx("basemap-custom")}
            </label>
            <Show when=show_address>
                <input type="url" data-testid="tile-address" aria-label=tx("tile-address")
                    placeholder="https://…/{z}/{x}/{y}.png"
                    prop:value=move || tiles.with(|t| match t {
                        Some(Tiles::Custom(a)) => a.clone(),
                        _ => typed.get(),
                    })
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        typed.set(value.clone());
                        match Tiles::custom(&value) {
                            Ok(t) => {
                                problem.set(None);
                                choose(Some(t));
                            }
                            Err(p) => problem.set(Some((value, p))),
                        }
                    } />
                <Show when=move || tiles.with(|t| t.as_ref().is_some_and(Tiles::has_query))>
                    <p class="hint" data-testid="tiles-query-warning">{tx("tiles-query-warning")}</p>
                </Show>
                <p class="tiles-problem" role="alert">
                    {move || problem.get().map(|(value, p)| trf(
                        "tiles-problem",
                        &[("value", value.into()), ("reason", tr(p.message()).into())],
                    ))}
                </p>
            </Show>
            <p class="hint">{tx("basemap-hint")}</p>
        </fieldset>
        </details>
    }
}
