//! What the totals above the slider add up, when more than one dataset is
//! shown: each dataset's own totals, and the attacks that several of them
//! record (summing the datasets counts those again, which is said, never
//! hidden). Also says when opening a file hid the built-in incidents
//! (their days are in it), with the way back.

use leptos::prelude::*;
use shared::matching::Doubles;
use shared::provenance::DatasetKind;
use shared::workspace::Workspace;
use shared::RangeSummary;

use crate::i18n::{trf, tx, w};

#[component]
pub fn DatasetTotals(
    /// The totals of each dataset shown, in [`DatasetKind::ALL`] order.
    by_dataset: Memo<[RangeSummary; 4]>,
    /// The attacks several datasets shown record, once worked out.
    doubles: RwSignal<Option<Doubles>>,
    workspace: RwSignal<Workspace>,
    /// Opens the review table of matches.
    review_open: RwSignal<bool>,
) -> impl IntoView {
    let several = move || by_dataset.with(|d| d.iter().filter(|t| t.incidents > 0).count() > 1);
    let parts = move || {
        let words = w();
        by_dataset.with(|d| {
            DatasetKind::ALL
                .iter()
                .zip(d.iter())
                .filter(|(_, t)| t.incidents > 0)
                .map(|(k, t)| {
                    let text = words.tf(
                        "dataset-total",
                        &[
                            ("dataset", words.dataset_kind(*k).into()),
                            ("count", t.incidents.into()),
                            ("killed", t.killed.into()),
                        ],
                    );
                    view! { <li data-dataset=k.key() data-count=t.incidents.to_string() data-killed=t.killed.to_string()>{text}</li> }
                })
                .collect_view()
        })
    };
    let twice = move || {
        let d = doubles.get()?;
        (d.attacks > 0).then(|| {
            view! {
                <p class="doubles" data-testid="doubles" data-attacks=d.attacks.to_string()
                    data-extra-records=d.extra_records.to_string() data-extra-killed=d.extra_killed.to_string()>
                    {move || trf("doubles", &[
                        ("attacks", d.attacks.into()),
                        ("records", d.extra_records.into()),
                        ("killed", d.extra_killed.into()),
                    ])}
                    " "
                    <button type="button" class="link review-opener" on:click=move |_| review_open.set(true)>{tx("review-matches")}</button>
                </p>
            }
        })
    };
    let hidden = move || {
        workspace.with(|ws| {
            let by = ws.builtin_covered_by()?.name.clone();
            let key = ws.builtin_key()?;
            Some(view! {
                <p class="builtin-hidden" data-testid="builtin-hidden">
                    {move || trf("builtin-hidden", &[("file", by.as_str().into())])}
                    " "
                    <button type="button" class="link" data-testid="show-builtin"
                        on:click=move |_| workspace.update(|w| w.set_visible(key, true))>
                        {tx("show-builtin")}
                    </button>
                </p>
            })
        })
    };
    let any_twice = move || doubles.with(|d| d.is_some_and(|d| d.attacks > 0));
    view! {
        {hidden}
        <Show when=move || several() || any_twice()>
            <div class="dataset-totals" data-testid="dataset-totals">
                <Show when=several>
                    <span>{tx("summed-over")}</span>
                    <ul>{parts}</ul>
                </Show>
                {twice}
            </div>
        </Show>
    }
}
