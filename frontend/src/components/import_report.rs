//! One dataset's import report: what was read, kept, merged and rejected,
//! notes about the file, and the problems grouped by column with examples.

use std::sync::Arc;

use leptos::prelude::*;
use shared::pipeline::Severity;
use shared::provenance::attribution;
use shared::ImportReport;

use crate::i18n::w;

/// The report, folded under its summary line.
#[component]
pub fn ImportReportView(report: Arc<ImportReport>) -> impl IntoView {
    let words = w();
    let notes = report
        .notes
        .iter()
        .map(|n| view! { <li class="report-note">{words.say(n)}</li> })
        .collect_view();
    let groups = report
        .groups()
        .into_iter()
        .map(|g| {
            let (what, id) = match g.severity {
                Severity::Rejected => ("rejected", "group-rejected"),
                Severity::Warning => ("kept with a warning", "group-warned"),
            };
            let field = if g.field.is_empty() {
                String::new()
            } else {
                words.tf("group-field", &[("field", g.field.as_str().into())])
            };
            let shown = if g.count > g.examples.len() {
                words.tf("group-first-shown", &[("count", g.examples.len().into())])
            } else {
                String::new()
            };
            let examples = g
                .examples
                .iter()
                .map(|p| view! { <li>{words.problem(p)}</li> })
                .collect_view();
            view! {
                <li class="report-group" data-severity=what>
                    {format!("{}{field}{shown}", words.count(id, g.count))}
                    <ul>{examples}</ul>
                </li>
            }
        })
        .collect_view();
    let attributions = report
        .attributions
        .iter()
        .map(|a| attribution::message_of(a).map_or_else(|| (*a).to_owned(), |id| words.t(id)))
        .collect::<Vec<_>>()
        .join(" ");
    let clean = report.is_clean() && report.notes.is_empty();
    view! {
        <details class="import-report" data-testid="import-report">
            <summary>{report.summary(words)}</summary>
            <p class="report-attribution">{attributions}</p>
            <Show when=move || clean>
                <p>{words.t("report-clean")}</p>
            </Show>
            <ul class="report-notes">{notes}</ul>
            <ul class="report-groups">{groups}</ul>
        </details>
    }
}
