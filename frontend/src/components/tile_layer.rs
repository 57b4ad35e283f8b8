//! The optional online basemap: the tiles on screen as images, under the
//! incidents and over the embedded map (which shows through where a tile
//! fails, e.g. offline). Which tiles and where: `shared::tiles`.

use leptos::prelude::*;
use shared::tiles::{place, tiles_in_view, TileId, Tiles};
use shared::{Frame, View};

use crate::i18n::{trf, tx};

/// The tiles of `tiles` for the current view, with their credit.
#[component]
pub fn TileLayer(
    frame: Frame,
    view: RwSignal<View>,
    size: RwSignal<(f64, f64)>,
    /// The online basemap chosen, if any.
    tiles: RwSignal<Option<Tiles>>,
) -> impl IntoView {
    let hosts = use_context::<crate::consent::Hosts>();
    // Tiles that loaded and that failed, since the source was chosen.
    let loaded = RwSignal::new(0usize);
    let failed = RwSignal::new(0usize);
    Effect::new(move |_| {
        tiles.track();
        loaded.set(0);
        failed.set(0);
    });
    // The tiles on screen: recomputed as the view moves, equal (and so
    // nothing redrawn) while the same tiles stay on screen.
    let on_screen = Memo::new(move |_| {
        tiles.with(|t| {
            t.as_ref().map_or_else(Vec::new, |t| {
                tiles_in_view(&frame, &view.get(), size.get(), t.max_zoom())
                    .into_iter()
                    .map(|id| (t.url(id), id))
                    // Only from a server the page may contact (the reader's
                    // choice, or one a link named and the reader allowed).
                    .filter(|(url, _)| hosts.is_none_or(|h| h.may_contact_untracked(url)))
                    .collect::<Vec<(String, TileId)>>()
            })
        })
    });
    let credit = move || {
        tiles.with(|t| match t {
            None => None,
            Some(Tiles::Osm) => Some(
                view! {
                    <p class="tile-credit">{tx("tiles-credit")}
                        <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">
                            {tx("credits-osm")}
                        </a>
                    </p>
                }
                .into_any(),
            ),
            Some(Tiles::Custom(template)) => {
                let host = template
                    .split("://")
                    .nth(1)
                    .and_then(|rest| rest.split('/').next())
                    .unwrap_or_default()
                    .to_owned();
                Some(
                    view! { <p class="tile-credit">{move || trf("tiles-custom-credit", &[("host", host.clone().into())])}</p> }
                        .into_any(),
                )
            }
        })
    };
    // Every tile asked for failed (offline, or a server that answers nothing).
    let all_failed = move || tiles.with(Option::is_some) && failed.get() > 0 && loaded.get() == 0;
    view! {
        <div class="tile-layer" aria-hidden="true" data-testid="tile-layer">
            {move || {
                // Rebuilt only when the set of tiles on screen changes (the
                // browser's image cache keeps the tiles already shown); each
                // tile's place follows the view.
                on_screen
                    .get()
                    .into_iter()
                    .map(|(url, id)| {
                        let style = move || {
                            let p = place(&frame, &view.get(), id);
                            format!(
                                "left:{:.2}px;top:{:.2}px;width:{:.2}px;height:{:.2}px",
                                p.left, p.top, p.side, p.side
                            )
                        };
                        view! {
                            <img src=url alt="" draggable="false" style=style
                                on:load=move |_| loaded.update(|n| *n += 1)
                                on:error=move |ev| {
                                    failed.update(|n| *n += 1);
                                    use wasm_bindgen::JsCast;
                                    if let Some(img) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
                                        let _ = img.style().set_property("visibility", "hidden");
                                    }
                                } />
                        }
                    })
                    .collect_view()
            }}
        </div>
        {credit}
        <Show when=all_failed>
            <p class="tile-notice" role="status" data-testid="tile-notice">{tx("tiles-failed")}</p>
        </Show>
    }
}
