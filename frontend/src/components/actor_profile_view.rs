//! An actor's profile: its events and people killed in the period, how
//! often it is named first, its regions, when the data first and last name
//! it, its months, which datasets name it and the other names that share
//! its name's words. Opened from an alert, the new actors or the details.

use leptos::prelude::*;
use shared::analysis::{day_date, ActorProfile};

use crate::analysis::Analysis;
use crate::i18n::{trf, tx, w};

#[component]
pub fn ActorProfileView() -> impl IntoView {
    let Some(a) = Analysis::get() else {
        return ().into_any();
    };
    let actor = a.actor;
    let an = a.clone();
    let profile = Memo::new(move |_| {
        let p = an.settled.get();
        let x = actor.get()?;
        Some(an.with_facts(|f| ActorProfile::of(f, x, p)))
    });
    // A profile opened from elsewhere is brought into view.
    Effect::new(move |_| {
        if actor.get().is_some() {
            leptos::task::spawn_local(async {
                crate::loader::next_frame().await;
                if let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.query_selector(".actor-profile").ok().flatten())
                {
                    el.scroll_into_view();
                }
            });
        }
    });
    let cols = a.columns.clone();
    let body = move || {
        let p = profile.get()?;
        let name = cols.actor_names.get(p.actor).cloned().unwrap_or_default();
        let l = crate::i18n::lang();
        let regions = p
            .regions
            .iter()
            .take(5)
            .map(|(r, n)| format!("{} ({})", cols.region_label(*r, l), w().number(*n)))
            .collect::<Vec<_>>()
            .join(", ");
        let datasets = p
            .datasets
            .iter()
            .filter_map(|(d, n)| {
                let k = shared::provenance::DatasetKind::ALL.get(*d)?;
                Some(format!("{} ({})", w().dataset_kind(*k), w().number(*n)))
            })
            .collect::<Vec<_>>()
            .join(", ");
        let others = p
            .other_names
            .iter()
            .take(5)
            .map(|(o, n)| {
                format!(
                    "{} ({})",
                    cols.actor_names.get(*o).cloned().unwrap_or_default(),
                    w().number(*n)
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        let seen = match (
            p.first_seen.and_then(day_date),
            p.last_seen.and_then(day_date),
        ) {
            (Some(f), Some(z)) => trf(
                "actor-seen",
                &[("first", w().date(f).into()), ("last", w().date(z).into())],
            ),
            _ => String::new(),
        };
        let max = p
            .months
            .iter()
            .map(|(_, c)| c.events)
            .max()
            .unwrap_or(0)
            .max(1);
        let bars = p
            .months
            .iter()
            .enumerate()
            .map(|(i, (m, c))| {
                let h = 40.0 * f64::from(c.events) / f64::from(max);
                let label = m.dates().map(|d| w().month_year(d.0)).unwrap_or_default();
                view! {
                    <rect class="profile-bar" x=i as f64 * 10.0 y=40.0 - h width=8 height=h>
                        <title>{format!("{label}: {}", w().count("incidents", c.events as usize))}</title>
                    </rect>
                }
            })
            .collect_view();
        let width = p.months.len() as f64 * 10.0;
        Some(view! {
            <div class="actor-profile" data-testid="actor-profile">
                <h4>{name}</h4>
                <p>{trf("actor-count", &[
                    ("events", p.count.events.into()),
                    ("killed", (p.count.killed as f64).into()),
                    ("first", p.first_side.into()),
                ])}</p>
                <p>{seen}</p>
                <p>{tx("actor-regions")}" "{regions}</p>
                <p>{tx("actor-datasets")}" "{datasets}</p>
                {(!others.is_empty()).then(|| view! { <p>{tx("actor-other-names")}" "{others}</p> })}
                <svg class="profile-months" viewBox=format!("0 0 {width} 40") role="img" aria-label=tx("actor-months")>{bars}</svg>
                <button type="button" class="linkish" on:click=move |_| actor.set(None)>{tx("close")}</button>
            </div>
        })
    };
    body.into_any()
}
