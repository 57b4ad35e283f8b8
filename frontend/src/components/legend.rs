//! The legend: colours by event type (each a toggle that hides or shows its
//! incidents, with how many it covers), the shape of each dataset's markers
//! when more than one is shown, sizes by people killed, the two special
//! styles, and what the other filters ([`crate::components::FilterPanel`])
//! leave out.

use leptos::prelude::*;
use shared::engine::symbols::{BADGE_FILL, BADGE_TEXT};
use shared::filters::{category_group, Filters};
use shared::provenance::DatasetKind;

use crate::i18n::{tr, trf, tx, w};
use shared::scale::{MarkerShape, SizeBy};
use shared::{Category, MarkerScale};

/// Screens narrower than this (px) start with the legend folded, so it does
/// not cover the map.
const FOLD_BELOW_PX: f64 = 640.0;

/// Colour swatches for the event types present and nested circles for the scale.
#[component]
pub fn Legend(
    /// The categories present, in legend order.
    categories: Vec<Category>,
    scale: MarkerScale,
    /// The filters the toggles and the filter fields set.
    filters: RwSignal<Filters>,
    /// The datasets of the map's incidents (each has its marker shape).
    datasets: Vec<DatasetKind>,
    /// Opens the panel of the other filters.
    filters_open: RwSignal<bool>,
    /// How regions are written (as the map writes them).
    regions: shared::regions::RegionNames,
    /// The selection: each toggle shows how many incidents it covers (in the
    /// dates, under the other filters).
    visible: crate::visible::Visible,
    /// What the circles count (the choice rebuilds the map).
    size_by: RwSignal<SizeBy>,
) -> impl IntoView {
    // The colour comes from the one table in `shared::Category`; each entry
    // says whose vocabulary it is when more than one is shown.
    let cats = std::sync::Arc::new(categories.clone());
    let types = categories
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let c = *c;
            let cats = cats.clone();
            let label =
                move || shared::category::legend_labels(&cats, crate::i18n::w()).swap_remove(n);
            let shown = move || filters.with(|f| !f.hidden.contains(&c));
            let g = category_group(c);
            let count = move || visible.with(|sel| sel.group_count(g));
            view! {
                <li>
                    <button
                        type="button"
                        class="legend-toggle"
                        data-category=c.key()
                        aria-pressed=move || shown().to_string()
                        title=move || tr(if shown() { "legend-hide" } else { "legend-show" })
                        on:click=move |_| filters.update(|f| f.toggle(c))
                    >
                        <svg width="16" height="16" aria-hidden="true">
                            <path class="swatch" fill=c.colour() d=MarkerShape::of_vocabulary(c).path_d(8.0, 8.0, 6.0) />
                        </svg>
                        <span class="legend-label">{label}</span>
                        <span class="legend-count">{count}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    // Each dataset's shape, when more than one is on the map.
    let shapes = (datasets.len() > 1).then(|| {
        let items = datasets
            .iter()
            .map(|&d| {
                let shape = MarkerShape::of(d);
                let ring = shape.inner_ring(6.0).map(|r| {
                    view! { <circle cx="8" cy="8" r=r fill="none" stroke=shared::scale::INNER_RING /> }
                });
                view! {
                    <li data-dataset=d.key() data-shape=shape.key()>
                        <svg width="16" height="16" aria-hidden="true">
                            <path class="swatch dataset-swatch" d=shape.path_d(8.0, 8.0, 6.0) />
                            {ring}
                        </svg>
                        {move || w().dataset_kind(d)}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2 class="legend-title">{tx("legend-datasets")}</h2>
            <ul class="legend-datasets" data-testid="legend-datasets">{items}</ul>
        }
    });
    // Nested circles sharing a bottom edge, each value labelled at its top
    // (labels moved apart where the circles' tops are close).
    let biggest = scale
        .legend_values()
        .first()
        .map_or(scale.min_radius, |v| scale.radius(*v));
    let h0 = biggest * 2.0 + 4.0;
    let keys = scale.legend_keys(h0 - 2.0, 11.0);
    let h = keys.last().map_or(h0, |k| k.label_y.max(h0 - 6.0) + 6.0);
    let sw = biggest * 2.0 + 64.0;
    let cx = biggest + 2.0;
    let base = h0 - 2.0;
    let sizes = keys
        .iter()
        .map(|k| {
            let (r, top, y) = (k.radius, k.top, k.label_y);
            view! {
                <circle class="legend-size" cx=cx cy=base - r r=r />
                <polyline class="legend-tick" fill="none"
                    points=format!("{cx},{top} {},{top} {},{y}", cx + biggest + 4.0, cx + biggest + 8.0) />
                <text class="legend-value" x=cx + biggest + 10.0 y=y + 4.0>{k.value.to_string()}</text>
            }
        })
        .collect_view();
    let r0 = scale.min_radius;
    let s0 = r0 * 2.0 + 4.0;
    let open = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_none_or(|w| w >= FOLD_BELOW_PX);
    // On a phone the open legend is a sheet over the map: Escape folds it.
    let unfolded = RwSignal::new(open);
    crate::panels::escapable(
        Signal::derive(move || !open && unfolded.get()),
        ".legend",
        Callback::new(move |_| {
            unfolded.set(false);
            crate::app::focus(".legend > summary");
        }),
    );
    view! {
        <details class="legend" prop:open=move || unfolded.get()
            on:toggle=move |ev| {
                use wasm_bindgen::JsCast;
                let now = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                    .is_some_and(|d| d.open());
                if now != unfolded.get_untracked() {
                    unfolded.set(now);
                }
            }>
            <summary>{tx("legend")}</summary>
            <h2 class="legend-title">{tx("legend-event-type")}" "<span class="hint">{tx("legend-toggle-hint")}</span></h2>
            <ul class="legend-types">{types}</ul>
            {shapes}
            <h2 class="legend-title" data-testid="size-title">{move || crate::i18n::w().size_by_title(scale.size_by)}</h2>
            <label class="size-by">{tx("circle-size")}" "
                <select aria-label=tx("circle-size-label") data-testid="size-by"
                    on:change=move |ev| {
                        if let Some(k) = SizeBy::from_key(&event_target_value(&ev)) {
                            size_by.set(k);
                        }
                    }>
                    {SizeBy::ALL.into_iter().map(|k| view! {
                        <option value=k.key() selected=k == scale.size_by>{move || crate::i18n::w().size_by_label(k)}</option>
                    }).collect_view()}
                </select>
            </label>
            <svg class="legend-scale" width=sw height=h aria-hidden="true">{sizes}</svg>
            <ul class="legend-sizes">
                <li>
                    <svg width=s0 height=s0 aria-hidden="true">
                        <circle class="swatch zero" cx=s0 / 2.0 cy=s0 / 2.0 r=r0 />
                    </svg>
                    {tx("legend-zero")}
                </li>
                <li>
                    <svg width=s0 height=s0 aria-hidden="true">
                        <circle class="swatch unknown" cx=s0 / 2.0 cy=s0 / 2.0 r=r0 />
                    </svg>
                    {tx("legend-no-figure")}
                </li>
                <li>
                    <svg width="22" height="16" aria-hidden="true">
                        <rect x="1" y="1" width="20" height="14" rx="7" fill=BADGE_FILL stroke=BADGE_TEXT />
                        <text x="11" y="11.5" fill=BADGE_TEXT font-size="9" font-weight="700" text-anchor="middle">"12"</text>
                    </svg>
                    {tx("legend-stack")}
                </li>
            </ul>
            <p class="filters-active" data-testid="filters-active" hidden=move || filters.with(Filters::is_empty)>
                {move || filters.with(|f| trf("caption-filtered", &[("filters", f.describe_in(w(), &regions).into())]))}
                " "
                <button type="button" class="link" on:click=move |_| filters_open.set(true)>{tx("edit-filters")}</button>
                " "
                <button type="button" class="link" data-testid="clear-filters" on:click=move |_| filters.set(Filters::default())>
                    {tx("clear-filters")}
                </button>
            </p>
        </details>
    }
}
