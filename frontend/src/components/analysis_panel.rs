//! The analysis panel: the regions' period against a baseline (a sortable
//! table, large increases marked, CSV), the trend chart, the alerts (each
//! opens the selection behind it) and the actors new in the period, with an
//! actor's profile. Every figure is `shared::analysis`'s.

use std::sync::Arc;

use leptos::prelude::*;
use shared::analysis::{new_actors, Alert, Baseline, ComparisonRow, Measure, Verdict};

use crate::analysis::Analysis;
use crate::components::{ActorProfileView, TrendChart};
use crate::download::download;
use crate::i18n::{tr, trf, tx, w};

/// Alerts listed at most.
const ALERTS_LISTED: usize = 40;
/// New actors listed at most.
const NEW_ACTORS_LISTED: usize = 10;

/// How the table is sorted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SortBy {
    Region,
    Now(Measure),
    Change(Measure),
}

/// A change in words: "+38 (+19%)", "+3 (too few to compare)".
fn change_text(r: &ComparisonRow, m: Measure) -> String {
    r.change_words(m, w())
}

#[component]
pub fn AnalysisPanel(
    /// Opens an alert: its days and its region or actor.
    open_alert: Callback<Alert>,
    /// A click on a region's row keeps it, as a click on the map.
    region_click: Callback<(String, Option<String>)>,
    /// The published chart's title, caption and credits (as the map's).
    title: Signal<String>,
    caption: Signal<String>,
    credits: Signal<Vec<String>>,
) -> impl IntoView {
    let Some(a) = Analysis::get() else {
        return ().into_any();
    };
    let choice = a.choice;
    // Memos: the tables recompute when what they read changes, not on any
    // change of the choice (a split change leaves the comparison alone).
    let open = Memo::new(move |_| choice.with(|c| c.panel));
    crate::panels::escapable(
        open.into(),
        ".analysis-panel",
        Callback::new(move |_| {
            choice.update(|c| c.panel = false);
            crate::app::focus(".analysis-opener");
        }),
    );
    let sort = RwSignal::new(SortBy::Now(Measure::Events));
    let comparison = a.comparison;
    let an = a.clone();
    let name_of = move |r: &ComparisonRow| match (r.area, r.name) {
        (Some(x), _) => an.area_name(x),
        (None, Some(p)) => an.columns.region_label(p, crate::i18n::lang()).to_owned(),
        (None, None) => tr("analysis-all"),
    };
    let name = name_of.clone();
    let rows = move || {
        let c = comparison.get()?;
        let mut rows: Vec<ComparisonRow> = c.rows.clone();
        let s = sort.get();
        rows.sort_by(|x, y| match s {
            SortBy::Region => name(x).cmp(&name(y)),
            SortBy::Now(m) => y.now.of(m).cmp(&x.now.of(m)),
            SortBy::Change(m) => y
                .change(m)
                .partial_cmp(&x.change(m))
                .unwrap_or(std::cmp::Ordering::Equal),
        });
        let name = name.clone();
        let line = move |r: ComparisonRow, total: bool| {
            let large = matches!(r.events, Verdict::LargeIncrease(_))
                || matches!(r.killed, Verdict::LargeIncrease(_));
            let n = name(&r);
            let area = r.area;
            let label = n.clone();
            let mark = |v: Verdict| {
                matches!(v, Verdict::LargeIncrease(_)).then(|| view! { <span class="large-increase">{format!(" ▲ {}", tr("large-increase"))}</span> })
            };
            let cell = if let (Some(x), false) = (area, total) {
                let an = Analysis::get();
                let (fr, en) = an.and_then(|a| a.areas.get(x).cloned()).unwrap_or_default();
                view! { <th scope="row"><button type="button" class="linkish" on:click=move |_| region_click.run((fr.clone(), en.clone()))>{label}</button></th> }.into_any()
            } else {
                view! { <th scope="row">{label}</th> }.into_any()
            };
            view! {
                <tr class:large=large class:total=total data-region=n>
                    {cell}
                    <td class="num">{w().number(r.now.events)}</td>
                    <td class="num">{w().number((r.before_events * 10.0).round() / 10.0)}</td>
                    <td class="num">{change_text(&r, Measure::Events)}{mark(r.events)}</td>
                    <td class="num">{w().number(r.now.killed as f64)}</td>
                    <td class="num">{w().number((r.before_killed * 10.0).round() / 10.0)}</td>
                    <td class="num">{change_text(&r, Measure::Killed)}{mark(r.killed)}</td>
                </tr>
            }
        };
        let body = rows
            .into_iter()
            .map(|r| line.clone()(r, false))
            .collect_view();
        let total = line(c.total.clone(), true);
        Some(view! { <tbody>{body}</tbody><tfoot>{total}</tfoot> })
    };
    let periods = move || {
        let c = comparison.get()?;
        let (f, t) = c.period.dates()?;
        let base = match (c.baseline_periods.last(), c.baseline_periods.first()) {
            (Some(first), Some(last)) => {
                let (a, _) = first.dates()?;
                let (_, z) = last.dates()?;
                format!("{} – {}", w().date(a), w().date(z))
            }
            _ => String::new(),
        };
        let mut text = trf(
            "compare-periods",
            &[
                ("from", w().date(f).into()),
                ("to", w().date(t).into()),
                ("baseline", base.into()),
            ],
        );
        if !c.baseline_covered {
            text.push(' ');
            text.push_str(&tr("compare-not-covered"));
        }
        if c.total.now.no_figure > 0 {
            text.push(' ');
            text.push_str(&trf(
                "compare-no-figure",
                &[("n", c.total.now.no_figure.into())],
            ));
        }
        Some(text)
    };
    let name = name_of.clone();
    let download_csv = move |_| {
        if let Some(c) = comparison.get_untracked() {
            let (f, t) = c.period.dates().unwrap_or_default();
            download(
                &format!("comparison_{f}_{t}_{}.csv", c.baseline.key()),
                "text/csv",
                &c.csv(&name),
            );
        }
    };
    let baselines = Baseline::OFFERED
        .into_iter()
        .map(|b| {
            view! {
                <option value=b.key() selected=move || choice.with(|c| c.baseline == b)>
                    {move || match b {
                        Baseline::Average(n) => trf("baseline-average", &[("n", n.into())]),
                        b => tr(&format!("baseline-{}", b.key())),
                    }}
                </option>
            }
        })
        .collect_view();
    let sorter = move |s: SortBy, label: &'static str| {
        view! {
            <th scope="col" aria-sort=move || if sort.get() == s { "descending" } else { "none" }>
                <button type="button" class="sort" on:click=move |_| sort.set(s)>{tx(label)}</button>
            </th>
        }
    };

    // The alerts of the period.
    let found = a.alerts;
    let cols = a.columns.clone();
    let alert_list = move || {
        let list = found.get();
        if list.is_empty() {
            return view! { <p class="muted" data-testid="no-alerts">{tx("alerts-none")}</p> }
                .into_any();
        }
        let more = list.len().saturating_sub(ALERTS_LISTED);
        let items = list
            .iter()
            .take(ALERTS_LISTED)
            .map(|x| {
                let x = *x;
                let text = x.describe(&cols, w());
                let kind = match x.kind {
                    shared::analysis::AlertKind::Surge { .. } => "surge",
                    shared::analysis::AlertKind::FatalityHigh { .. } => "high",
                };
                view! {
                    <li><button type="button" class="alert" data-kind=kind
                        on:click=move |_| open_alert.run(x)>{text}</button></li>
                }
            })
            .collect_view();
        view! {
            <ul class="alerts" data-testid="alerts">{items}</ul>
            {(more > 0).then(|| view! { <p class="muted">{trf("alerts-more", &[("n", more.into())])}</p> })}
        }
        .into_any()
    };
    // The actors new in the period.
    let an = a.clone();
    let newcomers = Memo::new(move |_| {
        if !open.get() {
            return Arc::new(Vec::new());
        }
        let p = an.settled.get();
        Arc::new(an.with_facts(|f| new_actors(f, p)))
    });
    let (cols, actor) = (a.columns.clone(), a.actor);
    let new_list = move || {
        let list = newcomers.get();
        if list.is_empty() {
            return view! { <p class="muted">{tx("actors-new-none")}</p> }.into_any();
        }
        list.iter()
            .take(NEW_ACTORS_LISTED)
            .map(|&(p, n)| {
                let name = cols.actor_names.get(p).cloned().unwrap_or_default();
                view! {
                    <li><button type="button" class="linkish" on:click=move |_| actor.set(Some(p))>
                        {name}</button>" "<span class="muted">{format!("({})", w().number(n))}</span></li>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
            <aside class="analysis-panel panel" aria-labelledby="analysis-title" data-testid="analysis-panel"
                hidden=move || !open.get()>
                <header class="panel-head">
                    <h2 id="analysis-title">{tx("analysis-title")}</h2>
                    <button type="button" class="close" aria-label=tx("close")
                        on:click=move |_| choice.update(|c| c.panel = false)>"×"</button>
                </header>
                <section class="compare" aria-labelledby="compare-title">
                    <h3 id="compare-title">{tx("compare-title")}</h3>
                    <label>{tx("baseline-label")}" "
                        <select data-testid="baseline" on:change=move |ev| {
                            if let Some(b) = Baseline::from_key(&event_target_value(&ev)) {
                                choice.update(|c| c.baseline = b);
                            }
                        }>{baselines.clone()}</select>
                    </label>
                    <p class="muted" data-testid="compare-periods">{periods}</p>
                    <div class="table-scroll">
                        <table class="compare-table" data-testid="compare-table">
                            <thead><tr>
                                {sorter(SortBy::Region, "region")}
                                {sorter(SortBy::Now(Measure::Events), "measure-events")}
                                <th scope="col">{tx("baseline-short")}</th>
                                {sorter(SortBy::Change(Measure::Events), "change")}
                                {sorter(SortBy::Now(Measure::Killed), "measure-killed")}
                                <th scope="col">{tx("baseline-short")}</th>
                                {sorter(SortBy::Change(Measure::Killed), "change")}
                            </tr></thead>
                            {rows}
                        </table>
                    </div>
                    <p class="muted rule">{tx("compare-rule")}</p>
                    <button type="button" data-testid="compare-csv" on:click=download_csv>{tx("download-csv")}</button>
                </section>
                <TrendChart title=title caption=caption credits=credits />
                <section class="alerts-section" aria-labelledby="alerts-title">
                    <h3 id="alerts-title">{tx("alerts-title")}</h3>
                    <p class="muted rule">{tx("alerts-rule")}</p>
                    {alert_list}
                </section>
                <section class="actors-section" aria-labelledby="actors-title">
                    <h3 id="actors-title">{tx("actors-new")}</h3>
                    <ul class="new-actors">{new_list}</ul>
                    <ActorProfileView />
                </section>
            </aside>
    }
    .into_any()
}
