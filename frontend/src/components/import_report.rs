//! One dataset's import report: what was read, kept, merged and rejected,
//! notes about the file, and the problems grouped by column with examples.

use std::sync::Arc;

use leptos::prelude::*;
use shared::pipeline::Severity;
use shared::ImportReport;

/// The report, folded under its summary line.
#[component]
pub fn ImportReportView(report: Arc<ImportReport>) -> impl IntoView {
    let notes = report
        .notes
        .iter()
        .map(|n| view! { <li class="report-note">{n.clone()}</li> })
        .collect_view();
    let groups = report
        .groups()
        .into_iter()
        .map(|g| {
            let what = match g.severity {
                Severity::Rejected => "rejected",
                Severity::Warning => "kept with a warning",
            };
            let field = if g.field.is_empty() {
                String::new()
            } else {
                format!(", column or field “{}”", g.field)
            };
            let shown = if g.count > g.examples.len() {
                format!(" (first {} shown)", g.examples.len())
            } else {
                String::new()
            };
            let examples = g
                .examples
                .iter()
                .map(|p| view! { <li>{p.to_string()}</li> })
                .collect_view();
            view! {
                <li class="report-group" data-severity=what>
                    {format!("{} {what}{field}{shown}", g.count)}
                    <ul>{examples}</ul>
                </li>
            }
        })
        .collect_view();
    let clean = report.is_clean() && report.notes.is_empty();
    view! {
        <details class="import-report" data-testid="import-report">
            <summary>{report.summary()}</summary>
            <p class="report-attribution">{report.attributions.join(" ")}</p>
            <Show when=move || clean>
                <p>"Nothing was rejected and nothing needed a warning."</p>
            </Show>
            <ul class="report-notes">{notes}</ul>
            <ul class="report-groups">{groups}</ul>
        </details>
    }
}
