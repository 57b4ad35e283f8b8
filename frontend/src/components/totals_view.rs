//! The totals of the incidents shown (shared::totals), as a description list.

use leptos::prelude::*;
use shared::totals::Totals;

use crate::i18n::{tr, trf, w};

/// The totals of the rows: deaths by side where the sources give sides,
/// totals where they give only totals, ranges where they give ranges, and
/// the incidents without a figure.
#[component]
pub fn TotalsView(totals: Memo<Totals>) -> impl IntoView {
    let n = |x: u64| w().number(x as f64);
    view! {
        <dl class="totals" data-testid="totals">
            {move || {
                let t = totals.get();
                let sides = t.sides();
                let mut out = vec![view! {
                    <dt>{tr("totals-killed")}</dt>
                    <dd data-testid="total-killed">{n(t.killed)}
                        <span class="hint">{match t.with_ranges {
                            0 => String::new(),
                            _ => tr("totals-best-for-ranges"),
                        }}</span></dd>
                }
                .into_any()];
                if !sides.is_empty() {
                    let parts = sides
                        .iter()
                        .map(|(label, k)| format!("{} {}", n(*k), tr(&format!("totals-side-{label}"))))
                        .collect::<Vec<_>>()
                        .join(", ");
                    out.push(view! {
                        <dt>{tr("totals-by-side")}</dt>
                        <dd data-testid="total-sides">{parts}
                            <span class="hint">{trf("totals-over-sides", &[("count", t.with_sides.into())])}</span></dd>
                    }.into_any());
                }
                if t.total_only > 0 {
                    out.push(view! {
                        <dt>{tr("totals-only")}</dt>
                        <dd data-testid="total-only">{trf("totals-only-value", &[("killed", t.total_only_killed.into()), ("count", t.total_only.into())])}</dd>
                    }.into_any());
                }
                if t.with_ranges > 0 {
                    out.push(view! {
                        <dt>{tr("totals-ranges")}</dt>
                        <dd data-testid="total-ranges">{trf("totals-ranges-value", &[("low", t.low.into()), ("best", t.best.into()), ("high", t.high.into()), ("count", t.with_ranges.into())])}</dd>
                    }.into_any());
                }
                out.push(view! {
                    <dt>{tr("totals-no-figure")}</dt>
                    <dd data-testid="total-no-figure">{trf("totals-no-figure-value", &[("count", t.without_figure.into())])}</dd>
                }.into_any());
                out
            }}
        </dl>
    }
}
