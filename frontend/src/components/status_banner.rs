//! The banner listing what the data files had wrong, when anything.

use leptos::prelude::*;
use shared::FileProblems;

/// "1 feature of incidents.geojson was rejected", with every problem listed.
#[component]
pub fn StatusBanner(problems: Vec<FileProblems>) -> impl IntoView {
    if problems.is_empty() {
        return None;
    }
    let summary = problems
        .iter()
        .map(|p| {
            let mut parts = Vec::new();
            match p.rejected.len() {
                0 => {}
                1 => parts.push(format!("1 feature of {} was rejected", p.file)),
                n => parts.push(format!("{n} features of {} were rejected", p.file)),
            }
            match p.warnings.len() {
                0 => {}
                1 => parts.push(format!("1 warning in {}", p.file)),
                n => parts.push(format!("{n} warnings in {}", p.file)),
            }
            parts.join(", ")
        })
        .collect::<Vec<_>>()
        .join("; ");
    let items = problems
        .iter()
        .flat_map(|p| p.rejected.iter().chain(&p.warnings))
        .map(|p| view! { <li>{p.to_string()}</li> })
        .collect_view();
    Some(view! {
        <details class="banner" role="status" data-testid="data-problems">
            <summary>{format!("Partial data: {summary}. The rest is shown.")}</summary>
            <ul>{items}</ul>
        </details>
    })
}
