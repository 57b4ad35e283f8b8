//! A word when the map is zoomed in beyond what the embedded basemap can
//! show faithfully (`shared::map_model::beyond_basemap_detail`), pointing to
//! the online tiles; nothing while they are on.

use leptos::prelude::*;
use shared::map_model::beyond_basemap_detail;
use shared::tiles::Tiles;
use shared::{Frame, ScreenPoint, View};

use crate::i18n::tx;

#[component]
pub fn DetailNotice(
    frame: Frame,
    view: RwSignal<View>,
    size: RwSignal<(f64, f64)>,
    tiles: RwSignal<Option<Tiles>>,
) -> impl IntoView {
    let beyond = Memo::new(move |_| {
        let v = view.get();
        let (_, h) = size.get();
        let (_, fy) = v.to_frame(ScreenPoint { x: 0.0, y: h / 2.0 });
        beyond_basemap_detail(&frame, &v, frame.unproject(0.0, fy).lat)
    });
    let shown = move || beyond.get() && tiles.with(Option::is_none);
    view! {
        <Show when=shown>
            <p class="detail-notice" role="status" data-testid="detail-notice">{tx("detail-notice")}</p>
        </Show>
    }
}
