//! The histogram above the time slider: incidents per day, week or month,
//! stacked by event type, under every filter but the dates; the days outside
//! the slider's range are veiled. Pressing on it sets the range to that bar,
//! dragging across bars to all of them (the slider stays the keyboard's way).

use leptos::prelude::*;
use shared::histogram::Histogram;
use shared::Category;
use wasm_bindgen::JsCast;

/// Height of the chart in its own units (the SVG stretches to the width).
const HEIGHT: f64 = 40.0;

/// The chart. `range` is the slider's inclusive range of day offsets.
#[component]
pub fn DateHistogram(
    histogram: ReadSignal<Histogram>,
    range: RwSignal<(u32, u32)>,
    /// The days the selected incident may have happened on (inclusive day
    /// offsets), marked as a band.
    uncertain: Signal<Option<(u32, u32)>>,
    /// The first day of the data (the axis's day 0).
    first: chrono::NaiveDate,
) -> impl IntoView {
    let colours: Vec<&'static str> = Category::all().iter().map(|c| c.colour()).collect();
    // The days the chart spans: a memo, so what depends on it alone (the
    // axis, the viewBox) is not redrawn when a filter recounts the bars.
    let span_days =
        Memo::new(move |_| histogram.with(|h| h.bins.last().map_or(0, |b| b.last_day) + 1));
    let span = move || span_days.get();
    let bars = move || {
        histogram.with(|h| {
            let max = f64::from(h.max_total().max(1));
            h.bins
                .iter()
                .flat_map(|b| {
                    let x = f64::from(b.first_day);
                    let w = f64::from(b.last_day - b.first_day + 1);
                    let mut y = HEIGHT;
                    b.counts
                        .iter()
                        .enumerate()
                        .filter(|(_, &n)| n > 0)
                        .map(|(g, &n)| {
                            let hgt = f64::from(n) / max * HEIGHT;
                            y -= hgt;
                            view! {
                                <rect x=x y=y width=w * 0.9 height=hgt
                                    fill=colours.get(g).copied().unwrap_or("#7f7f7f") />
                            }
                        })
                        .collect::<Vec<_>>()
                })
                .collect_view()
        })
    };
    let label = move || {
        histogram.with(|h| {
            let busiest = h.bins.iter().map(|b| b.total()).max().unwrap_or(0);
            crate::i18n::trf(
                &format!("histogram-{}", h.unit.word()),
                &[("busiest", (busiest as usize).into())],
            )
        })
    };
    // The days outside the range, veiled (two rectangles: a slider step
    // moves them and redraws no bar).
    let veil_before = move || f64::from(range.get().0);
    let veil_after = move || {
        let z = f64::from(range.get().1) + 1.0;
        (z, (f64::from(span()) - z).max(0.0))
    };
    // Pressing picks the bar under the pointer; dragging extends over bars.
    let anchor = StoredValue::new(None::<(u32, u32)>);
    // The chart itself (the event's target may be one of its bars).
    let chart = |ev: &web_sys::PointerEvent| -> Option<web_sys::Element> {
        ev.current_target()?.dyn_into().ok()
    };
    let bar_at = move |ev: &web_sys::PointerEvent| -> Option<(u32, u32)> {
        let r = chart(ev)?.get_bounding_client_rect();
        if r.width() <= 0.0 {
            return None;
        }
        let f = ((f64::from(ev.client_x()) - r.left()) / r.width()).clamp(0.0, 0.999_999);
        let day = (f * f64::from(span())) as u32;
        histogram.with_untracked(|h| h.bin_at(day).map(|b| (b.first_day, b.last_day)))
    };
    let on_down = move |ev: web_sys::PointerEvent| {
        if let Some(b) = bar_at(&ev) {
            anchor.set_value(Some(b));
            range.set(b);
            if let Some(el) = chart(&ev) {
                let _ = el.set_pointer_capture(ev.pointer_id());
            }
        }
    };
    let on_move = move |ev: web_sys::PointerEvent| {
        if let (Some(a), Some(b)) = (anchor.get_value(), bar_at(&ev)) {
            range.set((a.0.min(b.0), a.1.max(b.1)));
        }
    };
    let on_up = move |_| anchor.set_value(None);
    // The axis: years, months or days by the span, about one label per
    // 70 px of the chart.
    let width = RwSignal::new(
        web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|w| w.as_f64())
            .unwrap_or(1280.0)
            .min(896.0),
    );
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        if let Some(x) = web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|w| w.as_f64())
        {
            width.set(x.min(896.0));
        }
    });
    on_cleanup(move || resize.remove());
    let axis = move || {
        let total = span();
        let most = ((width.get() / 70.0) as usize).max(3);
        let words = crate::i18n::w();
        shared::histogram::ticks(first, total.saturating_sub(1), most)
            .into_iter()
            .map(|t| {
                let left = f64::from(t.day) / f64::from(total.max(1)) * 100.0;
                view! {
                    <span class="tick" style=format!("left:{left:.3}%")>{t.mark.label(words)}</span>
                }
            })
            .collect_view()
    };
    view! {
        <svg class="histogram" data-testid="histogram" role="img" aria-label=label
            viewBox=move || format!("0 0 {} {HEIGHT}", span()) preserveAspectRatio="none"
            on:pointerdown=on_down on:pointermove=on_move on:pointerup=on_up on:pointercancel=on_up>
            {bars}
            <rect class="veil" x="0" y="0" width=veil_before height=HEIGHT />
            <rect class="veil" x=move || veil_after().0 y="0" width=move || veil_after().1 height=HEIGHT />
            {move || uncertain.get().map(|(a, z)| view! {
                <rect class="date-span" data-testid="date-span" data-days=(z - a + 1).to_string()
                    x=f64::from(a) y="0" width=f64::from(z - a + 1) height=HEIGHT />
            })}
        </svg>
        <div class="histogram-axis" aria-hidden="true" data-testid="histogram-axis">{axis}</div>
    }
}
