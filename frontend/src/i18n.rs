//! The page's language: one signal at the root, read by every view through
//! [`tr`] and friends (so a switch rewords the page in place), and written to
//! `<html lang>`. The words themselves are `shared::i18n`'s catalogues.

use std::cell::Cell;

use leptos::prelude::*;
pub use shared::i18n::{arg, Lang, Words};

thread_local! {
    /// The root's language signal (set once by [`install`]).
    static LANG: Cell<Option<RwSignal<Lang>>> = const { Cell::new(None) };
    /// Whether the language was chosen (by the link or the switch) rather
    /// than taken from the browser: only a chosen language is kept in the link.
    static CHOSEN: Cell<Option<RwSignal<bool>>> = const { Cell::new(None) };
}

/// The language the browser prefers (`navigator.languages`), among ours.
pub fn browser_language() -> Lang {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Lang::default();
    };
    let mut wanted: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if wanted.is_empty() {
        wanted.extend(nav.language());
    }
    Lang::negotiate(&wanted)
}

/// Makes `lang` the page's language signal, and keeps `<html lang>` and the
/// document's title in step with it.
pub fn install(lang: RwSignal<Lang>, chosen: bool) {
    LANG.with(|l| l.set(Some(lang)));
    CHOSEN.with(|c| c.set(Some(RwSignal::new(chosen))));
    Effect::new(move || {
        let l = lang.get();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(html) = doc.document_element() {
                let _ = html.set_attribute("lang", l.code());
            }
            doc.set_title(&shared::i18n::words(l).t("page-title"));
        }
    });
}

/// The page's language (a tracked read inside views and effects).
pub fn lang() -> Lang {
    LANG.with(Cell::get).map(|l| l.get()).unwrap_or_default()
}

/// The page's language, without tracking (event handlers).
pub fn lang_untracked() -> Lang {
    LANG.with(Cell::get)
        .map(|l| l.get_untracked())
        .unwrap_or_default()
}

/// The catalogue of the page's language (tracked).
pub fn w() -> &'static Words {
    shared::i18n::words(lang())
}

/// The catalogue of the page's language, without tracking (event handlers).
pub fn words_untracked() -> &'static Words {
    shared::i18n::words(lang_untracked())
}

/// The message `id` in the page's language.
pub fn tr(id: &str) -> String {
    w().t(id)
}

/// The message `id` as a view or attribute value that follows the language.
/// One function for every fixed message, so the views share one closure type
/// (each `move || tr("…")` would be a type of its own, with its own code).
pub fn tx(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || tr(id)
}

/// The message `id` with arguments.
pub fn trf(id: &str, args: &[(&str, shared::i18n::FluentValue<'_>)]) -> String {
    w().tf(id, args)
}

/// The message `id` with `$count`.
pub fn trc(id: &str, count: usize) -> String {
    w().count(id, count)
}

/// Sets the page's language (the switch): kept in the link from then on.
pub fn set(l: Lang) {
    if let Some(sig) = LANG.with(Cell::get) {
        sig.set(l);
    }
    if let Some(c) = CHOSEN.with(Cell::get) {
        c.set(true);
    }
}

/// Restores the language a link holds (back and forward): the link's if it
/// names one (kept in the link from then on), else the browser's.
pub fn restore(l: Option<Lang>) {
    let lang = l.unwrap_or_else(browser_language);
    if let Some(sig) = LANG.with(Cell::get) {
        if sig.get_untracked() != lang {
            sig.set(lang);
        }
    }
    if let Some(c) = CHOSEN.with(Cell::get) {
        if c.get_untracked() != l.is_some() {
            c.set(l.is_some());
        }
    }
}

/// The language to write in the link: the page's when it was chosen (tracked).
pub fn chosen() -> Option<Lang> {
    let chosen = CHOSEN.with(Cell::get).is_some_and(|c| c.get());
    chosen.then(lang)
}
