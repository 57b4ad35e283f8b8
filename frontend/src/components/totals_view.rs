//! The totals of the incidents shown (shared::totals), as a description list.

use leptos::prelude::*;
use shared::totals::Totals;

/// The totals of the rows: deaths by side where the sources give sides,
/// totals where they give only totals, ranges where they give ranges, and
/// the incidents without a figure.
#[component]
pub fn TotalsView(totals: Memo<Totals>) -> impl IntoView {
    let n = |x: u64| x.to_string();
    view! {
        <dl class="totals" data-testid="totals">
            {move || {
                let t = totals.get();
                let sides = t.sides();
                let mut out = vec![view! {
                    <dt>"Killed"</dt>
                    <dd data-testid="total-killed">{n(t.killed)}
                        <span class="hint">{match t.with_ranges {
                            0 => String::new(),
                            _ => " (best estimates for ranges)".to_owned(),
                        }}</span></dd>
                }
                .into_any()];
                if !sides.is_empty() {
                    let parts = sides
                        .iter()
                        .map(|(label, k)| format!("{k} {label}"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    out.push(view! {
                        <dt>"By side"</dt>
                        <dd data-testid="total-sides">{parts}
                            <span class="hint">{format!(" (over {} incidents whose source gives sides)", t.with_sides)}</span></dd>
                    }.into_any());
                }
                if t.total_only > 0 {
                    out.push(view! {
                        <dt>"Totals only"</dt>
                        <dd data-testid="total-only">{format!("{} over {} incidents (no sides given)", t.total_only_killed, t.total_only)}</dd>
                    }.into_any());
                }
                if t.with_ranges > 0 {
                    out.push(view! {
                        <dt>"Low / best / high"</dt>
                        <dd data-testid="total-ranges">{format!("{} / {} / {} over {} incidents", t.low, t.best, t.high, t.with_ranges)}</dd>
                    }.into_any());
                }
                out.push(view! {
                    <dt>"No figure"</dt>
                    <dd data-testid="total-no-figure">{match t.without_figure {
                        1 => "1 incident (not counted as zero)".to_owned(),
                        k => format!("{k} incidents (not counted as zero)"),
                    }}</dd>
                }.into_any());
                out
            }}
        </dl>
    }
}
