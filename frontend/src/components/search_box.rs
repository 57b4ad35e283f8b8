//! Place search: a combobox with suggestions as you type.

use std::sync::Arc;

use leptos::prelude::*;
use shared::Gazetteer;

use crate::i18n::{lang, trf, tx};

/// How many suggestions to show.
const SUGGESTIONS: usize = 8;

/// One suggestion: place index, name, region, and the spelling that matched
/// when it is not the name.
#[derive(Debug, Clone, PartialEq)]
struct Suggestion {
    index: usize,
    name: String,
    admin1: String,
    matched: Option<String>,
    /// The open datasets whose events name it (one entry for the place as
    /// the gazetteer and every dataset spell it).
    datasets: Vec<shared::provenance::DatasetKind>,
    /// Whether the gazetteer has it.
    in_gazetteer: bool,
}

/// The search box. Typing lists matching places (any common spelling, accents
/// and case ignored); arrows move through them, Enter chooses, Escape closes the
/// list or, when it is closed, clears the box.
#[component]
pub fn SearchBox(
    gazetteer: Arc<Gazetteer>,
    /// Called with the chosen place's index in the gazetteer.
    on_choose: Callback<usize>,
    /// How regions are written (as the map writes them).
    regions: shared::regions::RegionNames,
) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let results = Memo::new(move |_| {
        query.with(|q| {
            gazetteer
                .search_grouped(q, SUGGESTIONS)
                .into_iter()
                .map(|g| {
                    let m = g.best;
                    // The place's name in the page's language
                    // ("Tombouctou" in French, "Timbuktu" in English).
                    let name = m.place.name_in(lang()).to_owned();
                    Suggestion {
                        index: m.index,
                        admin1: regions.show(m.place.admin1_in(lang()), lang()).to_owned(),
                        matched: (m.matched != name).then(|| m.matched.to_owned()),
                        datasets: g.named_by.iter().flatten().copied().collect(),
                        in_gazetteer: g.named_by.contains(&None),
                        name,
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let choose = move |s: &Suggestion| {
        query.set(s.name.clone());
        open.set(false);
        active.set(None);
        on_choose.run(s.index);
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let n = results.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                let down = ev.key() == "ArrowDown";
                active.update(|a| {
                    *a = Some(match (*a, down) {
                        (None, true) => 0,
                        (None, false) => n - 1,
                        (Some(i), true) => (i + 1) % n,
                        (Some(i), false) => (i + n - 1) % n,
                    })
                });
            }
            "Enter" => {
                ev.prevent_default();
                let pick = results.with(|r| r.get(active.get_untracked().unwrap_or(0)).cloned());
                if let Some(s) = pick {
                    choose(&s);
                } else {
                    open.set(true);
                }
            }
            "Escape" => {
                // Keep the details panel's Escape from also firing.
                ev.stop_propagation();
                if open.get_untracked() && n > 0 {
                    open.set(false);
                } else {
                    query.set(String::new());
                }
                active.set(None);
            }
            _ => {}
        }
    };
    let expanded = move || open.get() && results.with(|r| !r.is_empty());
    let status = move || {
        let q = query.get();
        if open.get() && !q.trim().is_empty() && results.with(Vec::is_empty) {
            trf("no-place-matches", &[("query", q.trim().into())])
        } else {
            String::new()
        }
    };
    let options = move || {
        results
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let selected = move || active.get() == Some(i);
                let also = s
                    .matched
                    .clone()
                    .map(|m| view! { <span class="also">{format!(" ({m})")}</span> });
                let pick = s.clone();
                view! {
                    <li
                        id=format!("place-option-{i}")
                        role="option"
                        aria-selected=move || selected().to_string()
                        class:active=selected
                        on:mousedown=move |ev| ev.prevent_default()
                        on:click=move |_| choose(&pick)
                    >
                        <span class="name">{s.name.clone()}</span>
                        {also}
                        <span class="region">{s.admin1.clone()}</span>
                        {(!s.datasets.is_empty()).then(|| {
                            let kinds = s.datasets.clone();
                            let keys = kinds.iter().map(|d| d.key()).collect::<Vec<_>>().join(" ");
                            let id = if s.in_gazetteer { "also-named-by" } else { "named-by" };
                            view! {
                                <span class="from-dataset" data-dataset=keys>
                                    {move || {
                                        let w = crate::i18n::w();
                                        let list = kinds.iter().map(|d| w.dataset_kind(*d)).collect::<Vec<_>>().join(", ");
                                        trf(id, &[("dataset", list.into())])
                                    }}
                                </span>
                            }
                        })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="search" role="search">
            <input
                type="search"
                aria-label=tx("search-places")
                placeholder=tx("search-placeholder")
                role="combobox"
                aria-autocomplete="list"
                aria-controls="place-suggestions"
                aria-expanded=move || expanded().to_string()
                aria-activedescendant=move || active.get().map(|i| format!("place-option-{i}"))
                autocomplete="off"
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    open.set(true);
                    active.set(None);
                }
                on:keydown=on_keydown
                on:blur=move |_| open.set(false)
            />
            <ul id="place-suggestions" role="listbox" aria-label=tx("places") hidden=move || !expanded()>
                {options}
            </ul>
            <p class="search-status" role="status" data-testid="search-status">{status}</p>
        </div>
    }
}
