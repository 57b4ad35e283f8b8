//! The map's mode, one switch: points, regions (a choropleth of the admin-1
//! areas) or density (a grid of cells in km); what the shading counts; the
//! grid's size; the classes' legend; the names the map has no area for,
//! counted and said; and the button of the analysis panel.

use leptos::prelude::*;
use shared::analysis::{MapMode, Measure, CELL_SIZES_KM};

use crate::analysis::Analysis;
use crate::i18n::{trf, tx, w};

#[component]
pub fn MapModeSwitch() -> impl IntoView {
    let Some(a) = Analysis::get() else {
        return ().into_any();
    };
    let choice = a.choice;
    let mode = move || choice.with(|c| c.mode);
    let buttons = MapMode::ALL
        .into_iter()
        .map(|m| {
            view! {
                <button type="button" class="mode-button" data-mode=m.key()
                    aria-pressed=move || (mode() == m).to_string()
                    on:click=move |_| choice.update(|c| c.mode = m)>
                    {move || crate::i18n::tr(&format!("mode-{}", m.key()))}
                </button>
            }
        })
        .collect_view();
    let measure = move || choice.with(|c| c.measure);
    let measures = Measure::ALL
        .into_iter()
        .map(|m| {
            view! {
                <option value=m.key() selected=move || measure() == m>
                    {move || crate::i18n::tr(&format!("measure-{}", m.key()))}
                </option>
            }
        })
        .collect_view();
    let cells = CELL_SIZES_KM
        .into_iter()
        .map(|km| {
            view! {
                <option value=km.to_string() selected=move || choice.with(|c| c.cell_km == Some(km))>
                    {format!("{km}\u{a0}km")}
                </option>
            }
        })
        .collect_view();
    let shading = a.shading;
    let legend = move || {
        let s = shading.get()?;
        let items = s
            .classes
            .bounds()
            .into_iter()
            .enumerate()
            .map(|(i, (lo, hi))| {
                let text = if lo == hi {
                    w().number(lo as f64)
                } else {
                    format!("{}–{}", w().number(lo as f64), w().number(hi as f64))
                };
                view! {
                    <li><span class="swatch" style=format!("background:var(--class-{i})")></span>{text}</li>
                }
            })
            .collect_view();
        let what = match s.measure {
            Measure::Events => tx("measure-events")(),
            Measure::Killed => tx("measure-killed")(),
        };
        let size = s
            .cell_km
            .map(|km| trf("cell-size-shown", &[("km", km.into())]));
        Some(view! {
            <p class="classes-title">{what}{size.map(|s| format!(" · {s}"))}</p>
            <ul class="classes" data-testid="classes">
                <li><span class="swatch swatch-zero"></span>"0"</li>
                {items}
            </ul>
        })
    };
    let (table, cols) = (a.table, a.columns.clone());
    let elsewhere = move || {
        if mode() != MapMode::Regions {
            return None;
        }
        let t = table.get()?;
        let l = crate::i18n::lang();
        let named: Vec<String> = t
            .elsewhere
            .iter()
            .map(|(p, c)| {
                format!(
                    "{} ({})",
                    cols.region_label(*p, l),
                    w().count("incidents", c.events as usize)
                )
            })
            .collect();
        let mut parts = Vec::new();
        if !named.is_empty() {
            parts.push(trf(
                "regions-elsewhere",
                &[("names", named.join(", ").into())],
            ));
        }
        if t.unnamed.events > 0 {
            parts.push(trf("regions-unnamed", &[("n", t.unnamed.events.into())]));
        }
        (!parts.is_empty()).then(|| {
            view! { <p class="regions-elsewhere" data-testid="regions-elsewhere">{parts.join(" ")}</p> }
        })
    };
    // On a phone, what is counted, the cells, the area and the names off
    // the map fold behind one button (the switch would cover the map).
    let more = RwSignal::new(false);
    view! {
        <section class="mode-switch" aria-label=tx("mode-label")>
            <div class="mode-buttons" role="group" aria-label=tx("mode-label")>{buttons}</div>
            <button type="button" class="mode-more" data-testid="mode-more"
                aria-expanded=move || more.get().to_string() on:click=move |_| more.update(|m| *m = !*m)>
                {tx("mode-more")}
            </button>
            <div class="mode-extra" class:open=move || more.get()>
            <Show when=move || mode() != MapMode::Points>
                <label class="mode-measure">{tx("measure-label")}" "
                    <select data-testid="measure" on:change=move |ev| {
                        if let Some(m) = Measure::from_key(&event_target_value(&ev)) {
                            choice.update(|c| c.measure = m);
                        }
                    }>{measures.clone()}</select>
                </label>
            </Show>
            <Show when=move || mode() == MapMode::Density>
                <label class="mode-cells">{tx("cell-size")}" "
                    <select data-testid="cell-size" on:change=move |ev| {
                        let km = event_target_value(&ev).parse::<u32>().ok();
                        choice.update(|c| c.cell_km = km);
                    }>
                        <option value="" selected=move || choice.with(|c| c.cell_km.is_none())>{tx("cell-auto")}</option>
                        {cells.clone()}
                    </select>
                </label>
            </Show>
            <crate::components::AreaTool />
            {elsewhere}
            </div>
            {legend}
            <button type="button" class="analysis-opener" data-testid="analysis-opener"
                aria-expanded=move || choice.with(|c| c.panel).to_string()
                on:click=move |_| choice.update(|c| c.panel = !c.panel)>
                {tx("analysis-open")}
            </button>
        </section>
    }
    .into_any()
}
