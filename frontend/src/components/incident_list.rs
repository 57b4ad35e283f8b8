//! The list of the incidents shown, with their totals: sortable by date,
//! place, type and deaths, drawn a screenful at a time (shared::listing),
//! and in step with the map: hovering a row rings its marker, a click
//! selects it and brings it into view, and the incident selected on the map
//! is scrolled to.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use shared::listing::{self, Sort, SortKey, Viewport};
use shared::totals::Totals;

use crate::components::TotalsView;
use shared::Incident;

use crate::visible::Visible;

/// Height of a row, in CSS px (the stylesheet reads it from `--row`).
const ROW_PX: f64 = 30.0;
/// Rows drawn above and below those in view.
const OVERSCAN: usize = 8;

#[component]
pub fn IncidentList(
    incidents: Arc<Vec<Incident>>,
    visible: Visible,
    selected: RwSignal<Option<usize>>,
    /// The incident the pointer is on, in the list or on the map.
    pointed: RwSignal<Option<usize>>,
    /// Selects an incident and brings it into view on the map.
    reveal: Callback<usize>,
    open: RwSignal<bool>,
    /// How regions are written (as the map writes them).
    regions: shared::regions::RegionNames,
) -> impl IntoView {
    crate::panels::dismissible(open, ".incident-list:not(.match-review)", ".list-toggle");
    let sort = RwSignal::new(Sort::default());
    // One order per sort, computed on first use.
    let orders = StoredValue::new(HashMap::<Sort, Arc<Vec<u32>>>::new());
    let list = incidents.clone();
    let order = Memo::new(move |_| {
        let s = sort.get();
        if let Some(o) = orders.with_value(|m| m.get(&s).cloned()) {
            return o;
        }
        let o = Arc::new(listing::order(&list, s));
        orders.update_value(|m| {
            m.insert(s, o.clone());
        });
        o
    });
    // The rows, only while the list is open.
    let rows = Memo::new(move |_| {
        if !open.get() {
            return Arc::new(Vec::new());
        }
        let o = order.get();
        Arc::new(visible.with(|sel| listing::rows(&o, |i| sel.is_visible(i))))
    });
    let list = incidents.clone();
    let totals = Memo::new(move |_| {
        let r = rows.get();
        Totals::of(&list, r.iter().map(|&i| i as usize))
    });
    let scroll_top = RwSignal::new(0.0f64);
    let height = RwSignal::new(400.0f64);
    let body = NodeRef::<leptos::html::Div>::new();
    let viewport = move || Viewport {
        scroll_top: scroll_top.get(),
        height: height.get(),
        row_height: ROW_PX,
    };
    let measure = move || {
        if let Some(el) = body.get_untracked() {
            height.set(f64::from(el.client_height()));
            scroll_top.set(f64::from(el.scroll_top()));
        }
    };
    Effect::new(move |_| {
        if body.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    // The incident selected elsewhere (the map, a link) is scrolled to.
    Effect::new(move |_| {
        let (Some(i), r) = (selected.get(), rows.get()) else {
            return;
        };
        let Some(row) = r.iter().position(|&x| x as usize == i) else {
            return;
        };
        let v = Viewport {
            scroll_top: scroll_top.get_untracked(),
            height: height.get_untracked(),
            row_height: ROW_PX,
        };
        if let (Some(top), Some(el)) = (v.reveal(row), body.get_untracked()) {
            el.set_scroll_top(top as i32);
            scroll_top.set(top);
        }
    });
    // A new sort starts at the top.
    Effect::new(move |first: Option<()>| {
        sort.track();
        if first.is_some() {
            if let Some(el) = body.get_untracked() {
                el.set_scroll_top(0);
            }
            scroll_top.set(0.0);
        }
    });

    let heading = move |key: SortKey| {
        let aria = move || {
            let s = sort.get();
            match (s.key == key, s.descending) {
                (false, _) => "none",
                (true, false) => "ascending",
                (true, true) => "descending",
            }
        };
        let arrow = move || {
            let s = sort.get();
            match (s.key == key, s.descending) {
                (false, _) => "",
                (true, false) => " ▲",
                (true, true) => " ▼",
            }
        };
        view! {
            <th scope="col" aria-sort=aria class=format!("col-{}", key.key())>
                <button type="button" on:click=move |_| sort.update(|s| *s = s.clicked(key))>
                    {move || crate::i18n::w().sort_key(key)}{arrow}
                </button>
            </th>
        }
    };
    let list = incidents.clone();
    let body_rows = move || {
        let words = crate::i18n::w();
        let r = rows.get();
        let range = viewport().rows(r.len(), OVERSCAN);
        let before = range.start as f64 * ROW_PX;
        let after = (r.len() - range.end) as f64 * ROW_PX;
        let drawn = r[range.clone()]
            .iter()
            .enumerate()
            .filter_map(|(k, &i)| {
                let i = i as usize;
                let inc = list.get(i)?;
                let row = listing::row(inc, &regions, words);
                let at = range.start + k;
                let (place_title, kind_title) = (row.place.clone(), row.kind.clone());
                Some(view! {
                    <tr
                        class:selected=move || selected.get() == Some(i)
                        class:pointed=move || pointed.get() == Some(i)
                        aria-rowindex=at + 2
                        aria-selected=move || (selected.get() == Some(i)).to_string()
                        data-incident-id=inc.id.clone()
                        on:mouseenter=move |_| pointed.set(Some(i))
                        on:mouseleave=move |_| {
                            if pointed.get_untracked() == Some(i) {
                                pointed.set(None);
                            }
                        }
                        on:click=move |_| reveal.run(i)
                    >
                        <td class="col-date">{row.date}</td>
                        <td class="col-place" title=place_title>
                            <button type="button" class="row-open">{row.place}</button>
                        </td>
                        <td class="col-type" title=kind_title>
                            <span class="swatch-dot" style=format!("background:{}", inc.category().colour())></span>
                            {row.kind}
                        </td>
                        <td class="col-deaths">{row.deaths}</td>
                    </tr>
                })
            })
            .collect_view();
        view! {
            <tr class="spacer" aria-hidden="true" style=format!("height:{before}px")></tr>
            {drawn}
            <tr class="spacer" aria-hidden="true" style=format!("height:{after}px")></tr>
        }
    };
    let count = move || rows.with(|r| r.len());

    view! {
        <div class="incident-list-wrap">
            <button type="button" class="data-button list-toggle" aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)>
                {move || crate::i18n::tr("list")}
            </button>
            <Show when=move || open.get()>
                <section class="incident-list" data-testid="incident-list" aria-label=move || crate::i18n::tr("incidents-shown")
                    style=format!("--row:{ROW_PX}px")>
                    <header class="list-head">
                        <h2>{move || crate::i18n::trc("incidents-shown-count", count())}</h2>
                        <button type="button" class="close" aria-label=move || crate::i18n::tr("close-list")
                            on:click=move |_| open.set(false)>"×"</button>
                    </header>
                    <TotalsView totals=totals />
                    <div class="list-body" node_ref=body
                        on:scroll=move |_| {
                            if let Some(el) = body.get_untracked() {
                                scroll_top.set(f64::from(el.scroll_top()));
                            }
                        }>
                        <table role="grid" aria-rowcount=move || count() + 1 data-testid="list-table">
                            <thead>
                                <tr aria-rowindex="1">
                                    {SortKey::ALL.into_iter().map(heading).collect_view()}
                                </tr>
                            </thead>
                            <tbody>{body_rows.clone()}</tbody>
                        </table>
                    </div>
                </section>
            </Show>
        </div>
    }
}
