//! The two-handle date range slider with the counts of what it shows, the
//! first and last day as date fields, and ranges in one click (a year, the
//! last 4 or 52 weeks, the whole span).

use std::sync::Arc;

use leptos::prelude::*;
use shared::histogram::Preset;
use shared::{RangeSummary, Timeline};

use crate::i18n::{trf, tx, w};

/// Start and end handles, one-day steps, the dates shown, the number of
/// incidents and of people killed in the range. Keyboard: arrows move a handle
/// by a day, Page Up/Down by more, Home/End to the ends (native range inputs).
#[component]
pub fn TimeSlider(
    timeline: Arc<Timeline>,
    /// Inclusive range of day offsets since the first date.
    range: RwSignal<(u32, u32)>,
    summary: Memo<RangeSummary>,
    /// Shown between the counts and the handles (the histogram).
    children: Children,
) -> impl IntoView {
    let max = timeline.last_position();
    let t = timeline.clone();
    let date = move |offset: u32| t.date_at(offset);
    let d1 = date.clone();
    let start_text = move || d1(range.get().0).map(|d| w().date(d)).unwrap_or_default();
    let d2 = date.clone();
    let end_text = move || d2(range.get().1).map(|d| w().date(d)).unwrap_or_default();
    let d3 = date.clone();
    let start_value_text = move || d3(range.get().0).map(|d| w().date(d)).unwrap_or_default();
    let d4 = date.clone();
    let end_value_text = move || d4(range.get().1).map(|d| w().date(d)).unwrap_or_default();
    let (first_day, last_day) = (timeline.date_at(0), timeline.date_at(max));
    let first = move || first_day.map(|d| w().date_short(d)).unwrap_or_default();
    let last = move || last_day.map(|d| w().date_short(d)).unwrap_or_default();

    let on_start = move |ev: leptos::ev::Event| {
        if let Ok(v) = event_target_value(&ev).parse::<u32>() {
            range.update(|(a, z)| *a = v.min(*z));
        }
    };
    let on_end = move |ev: leptos::ev::Event| {
        if let Ok(v) = event_target_value(&ev).parse::<u32>() {
            range.update(|(a, z)| *z = v.max(*a));
        }
    };
    let fill_style = move || {
        let (a, z) = range.get();
        let span = f64::from(max.max(1));
        format!(
            "left:{:.3}%;width:{:.3}%",
            f64::from(a) / span * 100.0,
            f64::from(z - a) / span * 100.0
        )
    };
    // The date fields and the presets.
    let t = timeline.clone();
    let iso = move |offset: u32| t.date_at(offset).map(|d| d.to_string()).unwrap_or_default();
    let (iso_a, iso_z) = (iso.clone(), iso.clone());
    let t = timeline.clone();
    let typed = move |ev: &leptos::ev::Event| -> Option<u32> {
        let d = chrono::NaiveDate::parse_from_str(&event_target_value(ev), "%Y-%m-%d").ok()?;
        let first = t.date_at(0)?;
        Some(((d - first).num_days().clamp(0, i64::from(max))) as u32)
    };
    let typed_end = typed.clone();
    let (min_day, max_day) = (
        first_day.map(|d| d.to_string()).unwrap_or_default(),
        last_day.map(|d| d.to_string()).unwrap_or_default(),
    );
    let presets = match (first_day, last_day) {
        (Some(a), Some(z)) => Preset::all(a, z),
        _ => vec![],
    };
    let t = timeline.clone();
    let choose_preset = move |ev: leptos::ev::Event| {
        let key = event_target_value(&ev);
        let (Some(a), Some(z)) = (first_day, last_day) else {
            return;
        };
        if let Some(p) = Preset::from_key(&key, a, z) {
            let (from, to) = p.range(a, z);
            if let Some(r) = t.positions_of(from, to) {
                range.set(r);
            }
        }
    };
    let t = timeline.clone();
    // The preset the range is, if any (the select shows it).
    let current_preset = move || {
        let (a, z) = range.get();
        let (Some(first), Some(last)) = (first_day, last_day) else {
            return String::new();
        };
        let (from, to) = (t.date_at(a), t.date_at(z));
        Preset::all(first, last)
            .into_iter()
            .find(|p| {
                let (x, y) = p.range(first, last);
                Some(x) == from && Some(y) == to
            })
            .map(|p| p.key())
            .unwrap_or_default()
    };
    let count = move || summary.get().incidents;
    let killed = move || {
        let s = summary.get();
        trf(
            "slider-killed",
            &[
                ("killed", s.killed.into()),
                ("unknown", s.without_figures.into()),
            ],
        )
    };

    view! {
        <section class="time-slider" aria-label=tx("time-filter")>
            <div class="range-text">
                <span class="dates"><span data-testid="start-date">{start_text}</span>" – "<span data-testid="end-date">{end_text}</span></span>
                <span class="counts" aria-live="polite">
                    <strong data-testid="visible-count" data-count=move || count().to_string()>{move || w().number(count() as f64)}</strong>
                    {move || trf("slider-incidents", &[("count", count().into())])}
                    <span data-testid="killed-count">{killed}</span>
                </span>
            </div>
            {children()}
            <div class="slider">
                <div class="track"></div>
                <div class="fill" style=fill_style></div>
                <input type="range" min="0" max=max step="1"
                    aria-label=tx("start-date")
                    aria-valuetext=start_value_text
                    prop:value=move || range.get().0.to_string()
                    on:input=on_start />
                <input type="range" min="0" max=max step="1"
                    aria-label=tx("end-date")
                    aria-valuetext=end_value_text
                    prop:value=move || range.get().1.to_string()
                    on:input=on_end />
            </div>
            <div class="ends">
                <span aria-hidden="true">{first}</span>
                <div class="dates-typed">
                    <label>{tx("first-day")}" "
                        <input type="date" data-testid="first-day" min=min_day.clone() max=max_day.clone()
                            prop:value=move || iso_a(range.get().0)
                            on:change=move |ev| if let Some(v) = typed(&ev) {
                                range.update(|(a, z)| { *a = v; *z = (*z).max(v); });
                            } />
                    </label>
                    <label>{tx("last-day")}" "
                        <input type="date" data-testid="last-day" min=min_day max=max_day
                            prop:value=move || iso_z(range.get().1)
                            on:change=move |ev| if let Some(v) = typed_end(&ev) {
                                range.update(|(a, z)| { *z = v; *a = (*a).min(v); });
                            } />
                    </label>
                    <label>{tx("date-presets")}" "
                        <select data-testid="date-presets" on:change=choose_preset prop:value=current_preset>
                            <option value="">{tx("preset-custom")}</option>
                            {presets.into_iter().map(|p| {
                                view! { <option value=p.key()>{move || p.label(w())}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                </div>
                <span aria-hidden="true">{last}</span>
            </div>
        </section>
    }
}
