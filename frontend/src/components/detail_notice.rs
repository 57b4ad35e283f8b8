//! A word when the map is zoomed in beyond what the embedded basemap can
//! show faithfully (`shared::map_model::view_beyond_detail`): what is drawn
//! finer and what is not, pointing to the online tiles; nothing while they
//! are on (`shared::map_model::Detail::notice`).

use leptos::prelude::*;
use shared::map_model::Detail;
use shared::tiles::Tiles;

use crate::i18n::tr;

#[component]
pub fn DetailNotice(
    /// Whether the view is close enough for the fine water.
    fine_water: Memo<bool>,
    /// Whether the view is beyond the embedded detail.
    beyond: Memo<bool>,
    detail: RwSignal<Detail>,
    tiles: RwSignal<Option<Tiles>>,
) -> impl IntoView {
    let notice = move || {
        detail.with(|d| d.notice(fine_water.get(), beyond.get(), tiles.with(Option::is_some)))
    };
    move || {
        notice().map(|id| {
            view! {
                <p class="detail-notice" role="status" data-testid="detail-notice" data-notice=id>{tr(id)}</p>
            }
        })
    }
}
