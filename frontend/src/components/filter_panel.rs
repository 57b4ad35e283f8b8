//! The filters beside the legend's type toggles, in a panel of their own
//! (a sheet on a phone), opened by the top bar's "Filters" button: deaths
//! ("no figure" is its own choice), region, actor (searchable, with counts,
//! either side or one), ACLED's actor types, disorder types and civilian
//! targeting, location and date precision, dataset; what is filtered in
//! words, and clearing every filter. Each choice shows how many incidents it
//! keeps in the dates shown, under the other filters.

use std::sync::Arc;

use leptos::prelude::*;
use shared::actors::{ActorRole, ActorType};
use shared::filters::{Columns, Deaths, Filters, Tally, DISORDER_CHOICES, TARGETING_CHOICES};
use shared::incident::{DatePrecision, LocationPrecision};
use shared::provenance::DatasetKind;

use crate::components::Choices;
use crate::i18n::{lang, trf, tx, w};

/// Actors listed at once under the search field.
const ACTORS_LISTED: usize = 12;

/// Reads a bound from a number field: empty is no bound.
fn bound(ev: &leptos::ev::Event) -> Option<u32> {
    event_target_value(ev).trim().parse().ok()
}

/// The "Filters" button and its panel.
#[component]
pub fn FilterPanel(
    filters: RwSignal<Filters>,
    /// The names the filters choose from (regions, actors).
    columns: Arc<Columns>,
    /// What each choice keeps (computed only while the panel is open).
    tally: Memo<Tally>,
    open: RwSignal<bool>,
) -> impl IntoView {
    crate::panels::dismissible(open, ".filter-panel", ".filters-toggle");
    let deaths = move || filters.with(|f| f.deaths);
    let set = move |change: &dyn Fn(&mut Deaths)| filters.update(|f| change(&mut f.deaths));
    let text = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
    let cols = columns.clone();
    let regions = move || {
        let t = tally.get();
        let l = lang();
        cols.region_names
            .iter()
            .enumerate()
            .filter(|(_, r)| !r.is_empty())
            .map(|(p, r)| {
                let value = r.clone();
                let selected =
                    move || filters.with(|f| f.region.as_deref() == Some(value.as_str()));
                let n = t.regions.get(p).copied().unwrap_or(0);
                let label = format!("{} ({})", cols.region_label(p, l), w().number(n));
                view! { <option value=r.clone() selected=selected>{label}</option> }
            })
            .collect_view()
    };
    let query = RwSignal::new(String::new());
    // An actor's profile, from its line (the panel closes to show it).
    let analysis = crate::analysis::Analysis::get().map(|a| (a.actor, a.choice));
    let profile = move |a: usize, name: String| {
        let (actor, choice) = analysis?;
        let label = trf("actor-profile-of", &[("actor", name.into())]);
        Some(view! {
            <button type="button" class="icon-button actor-filter-profile" data-testid="actor-filter-profile"
                aria-label=label.clone() title=label
                on:click=move |_| {
                    actor.set(Some(a));
                    choice.update(|c| c.panel = true);
                    open.set(false);
                }>
                <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                    <path d="M2 12V9h2v3zM6 12V5h2v7zM10 12V2h2v10z" fill="currentColor" />
                </svg>
            </button>
        })
    };
    let cols = columns.clone();
    let actors = move || {
        let t = tally.get();
        let found = query.with(|q| cols.find_actors(q, &t.actors, ACTORS_LISTED));
        found
            .into_iter()
            .filter(|&a| t.actors.get(a).copied().unwrap_or(0) > 0 || query.with(|q| !q.is_empty()))
            .map(|a| {
                let name = cols.actor_names[a].clone();
                let n = t.actors.get(a).copied().unwrap_or(0);
                let key = name.clone();
                let on = move || filters.with(|f| f.actors.contains(&key));
                let key = name.clone();
                view! {
                    <li>
                        <label>
                            <input type="checkbox" prop:checked=on
                                on:change=move |ev| {
                                    let tick = event_target_checked(&ev);
                                    filters.update(|f| {
                                        if tick { f.actors.insert(key.clone()); } else { f.actors.remove(&key); }
                                    });
                                } />
                            " "<span class="actor-name">{name.clone()}</span>
                            " "<span class="choice-count">{n}</span>
                        </label>
                        {profile(a, name)}
                    </li>
                }
            })
            .collect_view()
    };
    let cols = columns.clone();
    let tick_all = move |_| {
        let t = tally.get_untracked();
        let found = query.with_untracked(|q| cols.find_actors(q, &t.actors, usize::MAX));
        filters.update(|f| {
            f.actors
                .extend(found.into_iter().map(|a| cols.actor_names[a].clone()))
        });
    };
    let chosen = move || {
        filters.with(|f| {
            f.actors
                .iter()
                .map(|a| {
                    let key = a.clone();
                    view! {
                        <li>
                            <button type="button" class="chip" aria-label=trf("remove-actor", &[("actor", a.as_str().into())])
                                on:click=move |_| filters.update(|f| { f.actors.remove(&key); })>
                                {a.clone()}" ×"
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    // ACLED's actor types: ticked ones are kept (none ticked keeps all).
    let actor_types = move || {
        let t = tally.get();
        ActorType::ALL
            .into_iter()
            .filter_map(|a| {
                let n = t.actor_types.get(usize::from(a.code())).copied().unwrap_or(0);
                let on = move || filters.with(|f| f.actor_types.contains(&a));
                (n > 0 || filters.with_untracked(|f| f.actor_types.contains(&a))).then(|| {
                    view! {
                        <li>
                            <label>
                                <input type="checkbox" prop:checked=on
                                    on:change=move |ev| {
                                        let tick = event_target_checked(&ev);
                                        filters.update(|f| {
                                            if tick { f.actor_types.insert(a); } else { f.actor_types.remove(&a); }
                                        });
                                    } />
                                " "{move || w().actor_type(a)}" "<span class="choice-count">{n}</span>
                            </label>
                        </li>
                    }
                })
            })
            .collect_view()
    };
    let role = move || filters.with(|f| f.actor_role);
    let spellings = StoredValue::new(columns.spellings.clone());
    let active = move || filters.with(|f| !f.is_empty());
    view! {
        <div class="filters-wrap">
            <button type="button" class="data-button filters-toggle" data-testid="filters-toggle"
                aria-expanded=move || open.get().to_string() aria-controls="filter-panel"
                class:active=active
                on:click=move |_| open.update(|o| *o = !*o)>
                {tx("filters")}
            </button>
            <Show when=move || open.get()>
                <section id="filter-panel" class="filter-panel" data-testid="filter-panel" aria-label=tx("filters")>
                    <header class="list-head">
                        <h2>{tx("filters")}</h2>
                        <button type="button" class="close" aria-label=tx("close-filters")
                            on:click=move |_| { open.set(false); crate::app::focus(".filters-toggle"); }>"×"</button>
                    </header>
                    <p class="hint">{tx("filters-hint")}</p>
                    <p class="filters-active" data-testid="filters-active-panel" hidden=move || !active()>
                        {move || filters.with(|f| spellings.with_value(|s| trf("caption-filtered", &[("filters", f.describe_in(w(), s).into())])))}
                        " "
                        <button type="button" class="link" data-testid="clear-filters-panel" on:click=move |_| filters.set(Filters::default())>
                            {tx("clear-filters")}
                        </button>
                    </p>
                    <fieldset class="deaths-filter">
                        <legend class="legend-title">{tx("people-killed")}</legend>
                        <label>
                            {tx("killed-from")}" "
                            <input type="number" min="0" inputmode="numeric" aria-label=tx("fewest-killed")
                                prop:value=move || text(deaths().min)
                                on:change=move |ev| { let v = bound(&ev); set(&|d| d.min = v) } />
                        </label>
                        <label>
                            " "{tx("killed-to")}" "
                            <input type="number" min="0" inputmode="numeric" aria-label=tx("most-killed")
                                prop:value=move || text(deaths().max)
                                on:change=move |ev| { let v = bound(&ev); set(&|d| d.max = v) } />
                        </label>
                        <label class="no-figure">
                            <input type="checkbox" prop:checked=move || deaths().no_figure
                                on:change=move |ev| { let on = event_target_checked(&ev); set(&|d| d.no_figure = on) } />
                            " "{tx("with-no-figure")}" "
                            <span class="choice-count">{move || tally.get().no_figure}</span>
                        </label>
                    </fieldset>
                    <label class="region-filter">
                        <span class="legend-title">{tx("region")}" "</span>
                        <select aria-label=tx("region")
                            prop:value=move || filters.with(|f| f.region.clone().unwrap_or_default())
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                filters.update(|f| f.region = (!v.is_empty()).then_some(v));
                            }>
                            <option value="">{tx("all-regions")}</option>
                            {regions.clone()}
                        </select>
                    </label>
                    <fieldset class="actor-filter">
                        <legend class="legend-title">{tx("actor")}</legend>
                        <label class="actor-role">{tx("actor-role")}" "
                            <select aria-label=tx("actor-role") data-testid="actor-role"
                                on:change=move |ev| {
                                    if let Some(r) = ActorRole::from_key(&event_target_value(&ev)) {
                                        filters.update(|f| f.actor_role = r);
                                    }
                                }>
                                {ActorRole::ALL.into_iter().map(|r| view! {
                                    <option value=r.key() selected=move || role() == r>
                                        {move || w().t(&format!("actor-role-{}", r.key()))}
                                    </option>
                                }).collect_view()}
                            </select>
                        </label>
                        <ul class="chips" data-testid="actors-chosen">{chosen}</ul>
                        <input type="search" aria-label=tx("find-actor") placeholder=tx("find-actor")
                            prop:value=move || query.get()
                            on:input=move |ev| query.set(event_target_value(&ev)) />
                        <ul class="actor-list" data-testid="actor-list">{actors.clone()}</ul>
                        <button type="button" class="link" data-testid="tick-all-actors"
                            hidden=move || query.with(|q| q.trim().is_empty())
                            on:click=tick_all.clone()>
                            {move || trf("tick-all-actors", &[("query", query.get().trim().to_owned().into())])}
                        </button>
                    </fieldset>
                    <fieldset class="choices" data-testid="actor-types">
                        <legend class="legend-title">{tx("filter-actor-type")}</legend>
                        <p class="hint">{tx("filter-actor-type-hint")}</p>
                        <ul>{actor_types}</ul>
                    </fieldset>
                    <Choices title="filter-disorder" all=DISORDER_CHOICES.to_vec() label=|d| w().disorder(d)
                        counts=Signal::derive(move || tally.with(|t| t.disorder.to_vec()))
                        get=|f: &Filters| &f.disorder get_mut=|f: &mut Filters| &mut f.disorder filters=filters />
                    <Choices title="filter-targeting" all=TARGETING_CHOICES.to_vec() label=|t| w().targeting(t)
                        counts=Signal::derive(move || tally.with(|t| t.civilian_targeting.to_vec()))
                        get=|f: &Filters| &f.civilian_targeting get_mut=|f: &mut Filters| &mut f.civilian_targeting filters=filters />
                    <Choices title="filter-location" all=LocationPrecision::ALL.to_vec() label=|p: LocationPrecision| w().location_precision(p)
                        counts=Signal::derive(move || tally.with(|t| t.location_precision.to_vec()))
                        get=|f: &Filters| &f.location_precision get_mut=|f: &mut Filters| &mut f.location_precision filters=filters />
                    <Choices title="filter-date" all=DatePrecision::ALL.to_vec() label=|p: DatePrecision| w().date_precision(p)
                        counts=Signal::derive(move || tally.with(|t| t.date_precision.to_vec()))
                        get=|f: &Filters| &f.date_precision get_mut=|f: &mut Filters| &mut f.date_precision filters=filters />
                    <Choices title="filter-dataset" all=DatasetKind::ALL.to_vec() label=|d: DatasetKind| w().dataset_kind(d)
                        counts=Signal::derive(move || tally.with(|t| t.datasets.to_vec()))
                        get=|f: &Filters| &f.datasets get_mut=|f: &mut Filters| &mut f.datasets filters=filters />
                </section>
            </Show>
        </div>
    }
}
