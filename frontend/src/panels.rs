//! Panels and sheets that open over the map (Data, Filters, Share, the
//! list, the review table): each closes with Escape and with a click
//! outside it, and Escape gives the focus back to the button that opened
//! it. An incident's details, the places near a searched one and the legend
//! on a phone close with Escape alone (the map stays usable under them).
//! The last one opened closes first.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One open panel: its element and opener (CSS selectors) and how to close it.
struct Open {
    panel: &'static str,
    /// Focused when Escape closes it (none: `close` moves the focus).
    opener: Option<&'static str>,
    close: Callback<()>,
    /// Whether a click outside it closes it.
    outside: bool,
}

/// Registers or unregisters `entry` as open.
fn note(panel: &'static str, entry: Option<Open>) {
    OPEN.with(|o| {
        let mut o = o.borrow_mut();
        o.retain(|p| p.panel != panel);
        o.extend(entry);
    });
}

thread_local! {
    /// The panels open, the last opened last.
    static OPEN: RefCell<Vec<Open>> = const { RefCell::new(Vec::new()) };
}

/// True while a panel is open (Escape is then its, not the map's).
pub fn any_open() -> bool {
    OPEN.with(|o| !o.borrow().is_empty())
}

/// Makes the panel `open` (its element matches `panel`, the button that
/// opens it `opener`) close with Escape and with a click outside both, and
/// give the focus back to `opener` when it closes that way. Call once, in
/// the component that owns the panel.
pub fn dismissible(open: RwSignal<bool>, panel: &'static str, opener: &'static str) {
    Effect::new(move |_| {
        let is_open = open.get();
        note(
            panel,
            is_open.then(|| Open {
                panel,
                opener: Some(opener),
                close: Callback::new(move |_| open.set(false)),
                outside: true,
            }),
        );
    });
    on_cleanup(move || note(panel, None));
}

/// Makes what `is_open` says is open (its element matches `panel`) close
/// with Escape, in turn with the panels (the last opened first): `close`
/// closes it and moves the focus. A click outside leaves it open (an
/// incident's details stay while the map is used).
pub fn escapable(is_open: Signal<bool>, panel: &'static str, close: Callback<()>) {
    Effect::new(move |_| {
        let open = is_open.get();
        note(
            panel,
            open.then_some(Open {
                panel,
                opener: None,
                close,
                outside: false,
            }),
        );
    });
    on_cleanup(move || note(panel, None));
}

/// The page's listeners: Escape closes the last panel opened; a press
/// outside every open panel and its opener closes that panel. Installed once,
/// at the root.
pub fn install() {
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Escape" || ev.default_prevented() {
            return;
        }
        let last = OPEN.with(|o| o.borrow_mut().pop());
        if let Some(p) = last {
            ev.prevent_default();
            p.close.run(());
            if let Some(opener) = p.opener {
                crate::app::focus(opener);
            }
        }
    });
    let presses = window_event_listener(leptos::ev::pointerdown, move |ev| {
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let inside = |selector: &str| target.closest(selector).ok().flatten().is_some();
        // A press inside a dialog that asks for consent, or inside another
        // panel, closes only the panels it is outside of.
        let outside: Vec<Callback<()>> = OPEN.with(|o| {
            let mut o = o.borrow_mut();
            let (gone, kept): (Vec<Open>, Vec<Open>) = o
                .drain(..)
                .partition(|p| p.outside && !inside(p.panel) && !p.opener.is_some_and(&inside));
            *o = kept;
            gone.into_iter().map(|p| p.close).collect()
        });
        for close in outside {
            close.run(());
        }
    });
    on_cleanup(move || {
        keys.remove();
        presses.remove();
    });
}
