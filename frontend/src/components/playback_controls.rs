//! Playback of the dates: step back, play or pause (the button or Space),
//! step forward, a window of fixed width or cumulative, the speed and the
//! step (one bar of the histogram, a day, a week or 30 days, unless chosen).
//! A chosen range is played through (shared::playback::start). With reduced
//! motion asked for, the default speed is the slowest.

use std::time::Duration;

use leptos::prelude::*;
use shared::histogram::{BinUnit, Histogram};
use shared::playback::{start, step, step_days, Mode};

use crate::i18n::{tr, trf, tx};

/// Milliseconds between steps, by speed.
const SPEEDS: [(&str, u64); 3] = [
    ("speed-slow", 1500),
    ("speed-normal", 700),
    ("speed-fast", 250),
];

/// True when the user asked for reduced motion.
fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// The controls under the slider. `range` is the slider's inclusive range of
/// day offsets, `last` its last offset.
#[component]
pub fn PlaybackControls(
    range: RwSignal<(u32, u32)>,
    last: u32,
    histogram: ReadSignal<Histogram>,
) -> impl IntoView {
    let mode = RwSignal::new(Mode::Window);
    let speed = RwSignal::new(if reduced_motion() { 0 } else { 1 });
    let playing = RwSignal::new(false);
    let timer = StoredValue::new(None::<IntervalHandle>);
    // The step: one bar of the histogram, unless the user chose another.
    let chosen = RwSignal::new(None::<BinUnit>);
    let unit = move || chosen.get().unwrap_or_else(|| histogram.with(|h| h.unit));
    let days = move || {
        step_days(
            chosen
                .get_untracked()
                .unwrap_or_else(|| histogram.with_untracked(|h| h.unit)),
        )
    };
    let stop = move || {
        if let Some(t) = timer.get_value() {
            t.clear();
        }
        timer.set_value(None);
        playing.set(false);
    };
    // The day the play in progress ends on.
    let end = StoredValue::new(last);
    let tick = move || {
        let next = step(
            range.get_untracked(),
            end.get_value(),
            mode.get_untracked(),
            days(),
            true,
        );
        match next {
            Some(r) => range.set(r),
            None => stop(),
        }
    };
    let play = move || {
        let (first, until) = start(range.get_untracked(), last, mode.get_untracked(), days());
        end.set_value(until);
        range.set(first);
        let ms = SPEEDS[speed.get_untracked().min(SPEEDS.len() - 1)].1;
        if let Ok(t) = set_interval_with_handle(tick, Duration::from_millis(ms)) {
            timer.set_value(Some(t));
            playing.set(true);
        }
    };
    let toggle = move || {
        if playing.get_untracked() {
            stop()
        } else {
            play()
        }
    };
    let step_by = move |forward: bool| {
        stop();
        if let Some(r) = step(
            range.get_untracked(),
            last,
            mode.get_untracked(),
            days(),
            forward,
        ) {
            range.set(r);
        }
    };
    // Space plays or pauses, unless a control that uses it has the focus.
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != " " {
            return;
        }
        let typing = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_some_and(|e| {
                matches!(
                    e.tag_name().as_str(),
                    "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON"
                )
            });
        if !typing {
            ev.prevent_default();
            toggle();
        }
    });
    on_cleanup(move || {
        keys.remove();
        if let Some(t) = timer.get_value() {
            t.clear();
        }
    });
    let unit_word = move || tr(&format!("step-{}", unit().word()));
    view! {
        <div class="playback" role="group" aria-label=tx("playback")>
            <button type="button" aria-label=tx("step-back") title=move || trf("back-by", &[("step", unit_word().into())])
                on:click=move |_| step_by(false)>
                <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><path d="M2 2h2v10H2zM12 2v10L5 7z" /></svg>
            </button>
            <button type="button" data-testid="play"
                aria-label=move || tr(if playing.get() { "pause" } else { "play" })
                title=tx("play-title")
                on:click=move |_| toggle()>
                <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                    <path d=move || if playing.get() { "M3 2h3v10H3zM8 2h3v10H8z" } else { "M3 2v10l9-5z" } />
                </svg>
            </button>
            <button type="button" aria-label=tx("step-forward") title=move || trf("forward-by", &[("step", unit_word().into())])
                on:click=move |_| step_by(true)>
                <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><path d="M2 2v10l7-5zM10 2h2v10h-2z" /></svg>
            </button>
            <label>
                <span class="visually-hidden">{tx("playback-mode")}</span>
                <select aria-label=tx("playback-mode")
                    on:change=move |ev| {
                        stop();
                        mode.set(if event_target_value(&ev) == "cumulative" { Mode::Cumulative } else { Mode::Window });
                    }>
                    <option value="window">{tx("mode-window")}</option>
                    <option value="cumulative">{tx("mode-cumulative")}</option>
                </select>
            </label>
            <label>
                <span class="visually-hidden">{tx("playback-speed")}</span>
                <select aria-label=tx("playback-speed")
                    prop:value=move || speed.get().to_string()
                    on:change=move |ev| {
                        stop();
                        speed.set(event_target_value(&ev).parse().unwrap_or(1));
                    }>
                    {SPEEDS.iter().enumerate().map(|(i, (name, _))| view! { <option value=i.to_string()>{tx(name)}</option> }).collect_view()}
                </select>
            </label>
            <label class="playback-step">{tx("step")}" "
                <select aria-label=tx("playback-step") data-testid="playback-step"
                    on:change=move |ev| {
                        stop();
                        let v = event_target_value(&ev);
                        chosen.set(BinUnit::ALL.into_iter().find(|u| u.word() == v));
                    }>
                    {BinUnit::ALL.into_iter().map(|u| view! {
                        <option value=u.word() selected=move || unit() == u>{move || tr(&format!("step-option-{}", u.word()))}</option>
                    }).collect_view()}
                </select>
            </label>
        </div>
    }
}
