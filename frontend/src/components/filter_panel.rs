//! The filters beside the legend's type toggles: the deaths range ("no
//! figure" is its own choice), the region, what is filtered in words, and
//! clearing every filter.

use leptos::prelude::*;
use shared::filters::{Deaths, Filters};

/// Reads a bound from a number field: empty is no bound.
fn bound(ev: &leptos::ev::Event) -> Option<u32> {
    event_target_value(ev).trim().parse().ok()
}

/// The fields and the "Clear filters" line.
#[component]
pub fn FilterPanel(
    filters: RwSignal<Filters>,
    /// The regions the incidents name (`admin1`), sorted.
    regions: Vec<String>,
) -> impl IntoView {
    let deaths = move || filters.with(|f| f.deaths);
    let set = move |change: &dyn Fn(&mut Deaths)| filters.update(|f| change(&mut f.deaths));
    let text = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
    let options = regions
        .into_iter()
        .filter(|r| !r.is_empty())
        .map(|r| {
            let value = r.clone();
            let selected = move || filters.with(|f| f.region.as_deref() == Some(value.as_str()));
            view! { <option value=r.clone() selected=selected>{r.clone()}</option> }
        })
        .collect_view();
    view! {
        <fieldset class="deaths-filter">
            <legend class="legend-title">"People killed"</legend>
            <label>
                "from "
                <input type="number" min="0" inputmode="numeric" aria-label="Fewest people killed"
                    prop:value=move || text(deaths().min)
                    on:change=move |ev| { let v = bound(&ev); set(&|d| d.min = v) } />
            </label>
            <label>
                " to "
                <input type="number" min="0" inputmode="numeric" aria-label="Most people killed"
                    prop:value=move || text(deaths().max)
                    on:change=move |ev| { let v = bound(&ev); set(&|d| d.max = v) } />
            </label>
            <label class="no-figure">
                <input type="checkbox" prop:checked=move || deaths().no_figure
                    on:change=move |ev| { let on = event_target_checked(&ev); set(&|d| d.no_figure = on) } />
                " incidents with no figure"
            </label>
        </fieldset>
        <label class="region-filter">
            <span class="legend-title">"Region "</span>
            <select aria-label="Region"
                prop:value=move || filters.with(|f| f.region.clone().unwrap_or_default())
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    filters.update(|f| f.region = (!v.is_empty()).then_some(v));
                }>
                <option value="">"All regions"</option>
                {options}
            </select>
        </label>
        <p class="filters-active" data-testid="filters-active" hidden=move || filters.with(Filters::is_empty)>
            {move || filters.with(|f| format!("Filtered: {}.", f.describe()))}
            " "
            <button type="button" data-testid="clear-filters" on:click=move |_| filters.set(Filters::default())>
                "Clear filters"
            </button>
        </p>
    }
}
