//! The review table of matches: every pair of open datasets' records of one
//! event among the incidents shown (shared::matching), with each one's count
//! side by side, drawn a screenful at a time; a row opens the first record on
//! the map; the table downloads as CSV.

use std::sync::Arc;

use leptos::prelude::*;
use shared::listing::Viewport;
use shared::matching::{one_to_one, pairs_among, review_csv, Confidence, ReviewRow};
use shared::pipeline::Scope;
use shared::Incident;

use crate::download::download;
use crate::i18n::{trc, tx, w};
use crate::visible::Visible;

/// Height of a row, in CSS px (the stylesheet reads it from `--row`).
const ROW_PX: f64 = 30.0;
/// Rows drawn above and below those in view.
const OVERSCAN: usize = 8;

#[component]
pub fn MatchReview(
    incidents: Arc<Vec<Incident>>,
    visible: Visible,
    open: RwSignal<bool>,
    /// Selects an incident and brings it into view on the map.
    reveal: Callback<usize>,
    /// The dates and filters shown (for the CSV).
    scope: Signal<Scope>,
) -> impl IntoView {
    crate::panels::dismissible(open, ".match-review", ".review-opener, .data-button");
    let differ_only = RwSignal::new(false);
    let nearest_only = RwSignal::new(true);
    // Matches of low confidence are left out unless asked for.
    let surest_only = RwSignal::new(true);
    let list = incidents.clone();
    // The pairs among the incidents shown, worked out while the table is open.
    let pairs = Memo::new(move |_| {
        if !open.get() {
            return Arc::new(Vec::new());
        }
        let shown: Vec<usize> =
            visible.with(|sel| (0..list.len()).filter(|&i| sel.is_visible(i)).collect());
        let mut pairs = pairs_among(&list, shown);
        if nearest_only.get() {
            pairs = one_to_one(&list, &pairs);
        }
        if surest_only.get() {
            pairs.retain(|p| p.confidence() >= Confidence::Medium);
        }
        Arc::new(
            pairs
                .iter()
                .map(|p| (p.a, p.confidence(), ReviewRow::of(&list, p, w())))
                .collect::<Vec<_>>(),
        )
    });
    let rows = Memo::new(move |_| {
        let p = pairs.get();
        if differ_only.get() {
            Arc::new(
                p.iter()
                    .filter(|(_, _, r)| r.difference.is_some_and(|d| d != 0))
                    .cloned()
                    .collect::<Vec<_>>(),
            )
        } else {
            p
        }
    });
    let scroll_top = RwSignal::new(0.0f64);
    let height = RwSignal::new(400.0f64);
    let body = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = body.get() {
            height.set(f64::from(el.client_height()));
        }
    });
    let save = move |_| {
        let r: Vec<ReviewRow> =
            rows.with_untracked(|r| r.iter().map(|(_, _, r)| r.clone()).collect());
        let text = review_csv(&r, Some(&scope.get_untracked()));
        download("matches.csv", "text/csv", &text);
    };
    let body_rows = move || {
        let r = rows.get();
        let v = Viewport {
            scroll_top: scroll_top.get(),
            height: height.get(),
            row_height: ROW_PX,
        };
        let range = v.rows(r.len(), OVERSCAN);
        let before = range.start as f64 * ROW_PX;
        let after = (r.len() - range.end) as f64 * ROW_PX;
        let drawn = r[range.clone()]
            .iter()
            .enumerate()
            .map(|(k, (a, confidence, row))| {
                let a = *a;
                let level = confidence.key();
                let diff = row.difference.map_or_else(String::new, |d| format!("{d:+}"));
                let colon = crate::i18n::w().t("colon");
                let first = format!("{}{colon} {}", row.dataset_a, row.place_a);
                let second = format!("{}{colon} {}", row.dataset_b, row.place_b);
                let (first_title, second_title) = (first.clone(), second.clone());
                view! {
                    <tr aria-rowindex=range.start + k + 2 on:click=move |_| reveal.run(a)
                        data-dataset-a=row.dataset_a.clone() data-dataset-b=row.dataset_b.clone()>
                        <td class="col-date">{row.date_a.clone()}</td>
                        <td class="col-a" title=first_title>
                            <button type="button" class="row-open">{first}</button>
                        </td>
                        <td class="col-n">{row.killed_a.clone()}</td>
                        <td class="col-b" title=second_title>{second}</td>
                        <td class="col-n">{row.killed_b.clone()}</td>
                        <td class="col-n">{diff}</td>
                        <td class="col-n">{format!("{:.1}", row.distance_km)}</td>
                        <td class="col-confidence" data-confidence=level>{row.confidence.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <tr class="spacer" aria-hidden="true" style=format!("height:{before}px")></tr>
            {drawn}
            <tr class="spacer" aria-hidden="true" style=format!("height:{after}px")></tr>
        }
    };
    let count = move || rows.with(|r| r.len());
    view! {
        <Show when=move || open.get()>
            <section class="incident-list match-review" data-testid="match-review"
                aria-label=tx("review-label") style=format!("--row:{ROW_PX}px")>
                <header class="list-head">
                    <h2>{move || trc("review-count", count())}</h2>
                    <button type="button" class="close" aria-label=tx("close-table")
                        on:click=move |_| { open.set(false); crate::app::focus(".review-opener, .data-button"); }>"×"</button>
                </header>
                <p class="hint review-hint">{tx("review-hint")}</p>
                <div class="review-tools">
                    <label><input type="checkbox" data-testid="nearest-only" prop:checked=move || nearest_only.get()
                        on:change=move |ev| nearest_only.set(event_target_checked(&ev)) />
                        " "{tx("nearest-only")}</label>
                    <label><input type="checkbox" data-testid="surest-only" prop:checked=move || surest_only.get()
                        on:change=move |ev| surest_only.set(event_target_checked(&ev)) />
                        " "{tx("surest-only")}</label>
                    <label><input type="checkbox" data-testid="differ-only" prop:checked=move || differ_only.get()
                        on:change=move |ev| differ_only.set(event_target_checked(&ev)) />
                        " "{tx("differ-only")}</label>
                    <button type="button" data-testid="download-matches" on:click=save>{tx("download-csv")}</button>
                </div>
                <div class="list-body" node_ref=body
                    on:scroll=move |_| {
                        if let Some(el) = body.get_untracked() {
                            scroll_top.set(f64::from(el.scroll_top()));
                        }
                    }>
                    <table role="grid" aria-rowcount=move || count() + 1 data-testid="review-table">
                        <thead>
                            <tr aria-rowindex="1">
                                <th scope="col" class="col-date">{tx("date")}</th>
                                <th scope="col" class="col-a">{tx("first-record")}</th>
                                <th scope="col" class="col-n">{tx("killed")}</th>
                                <th scope="col" class="col-b">{tx("second-record")}</th>
                                <th scope="col" class="col-n">{tx("killed")}</th>
                                <th scope="col" class="col-n">{tx("diff")}</th>
                                <th scope="col" class="col-n">"km"</th>
                                <th scope="col" class="col-confidence">{tx("confidence")}</th>
                            </tr>
                        </thead>
                        <tbody>{body_rows}</tbody>
                    </table>
                </div>
            </section>
        </Show>
    }
}
