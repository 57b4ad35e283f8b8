//! One filter's set of checkboxes (ticked: shown), each with how many
//! incidents it keeps; the choices no incident has, and that are not hidden,
//! are left out.

use std::collections::BTreeSet;

use leptos::prelude::*;
use shared::filters::Filters;

use crate::i18n::tx;

/// The fieldset: `title` (a message id), `all` the choices in order, their
/// words (`label`), `counts` per choice, and the set of hidden choices in the
/// filters (`get`, `get_mut`).
#[component]
pub fn Choices<T, L>(
    title: &'static str,
    all: Vec<T>,
    label: L,
    counts: Signal<Vec<u32>>,
    get: fn(&Filters) -> &BTreeSet<T>,
    get_mut: fn(&mut Filters) -> &mut BTreeSet<T>,
    filters: RwSignal<Filters>,
) -> impl IntoView
where
    T: Copy + Ord + Send + Sync + 'static,
    L: Fn(T) -> String + Copy + Send + Sync + 'static,
{
    let items = move || {
        let counts = counts.get();
        all.iter()
            .enumerate()
            .filter_map(|(p, &x)| {
                let n = counts.get(p).copied().unwrap_or(0);
                let off = filters.with_untracked(|f| get(f).contains(&x));
                (n > 0 || off).then(|| {
                    let shown = move || filters.with(|f| !get(f).contains(&x));
                    view! {
                        <li>
                            <label>
                                <input type="checkbox" prop:checked=shown
                                    on:change=move |ev| {
                                        let show = event_target_checked(&ev);
                                        filters.update(|f| {
                                            let set = get_mut(f);
                                            if show { set.remove(&x); } else { set.insert(x); }
                                        });
                                    } />
                                " "{label(x)}" "<span class="choice-count">{n}</span>
                            </label>
                        </li>
                    }
                })
            })
            .collect_view()
    };
    view! {
        <fieldset class="choices">
            <legend class="legend-title">{tx(title)}</legend>
            <ul>{items}</ul>
        </fieldset>
    }
}
