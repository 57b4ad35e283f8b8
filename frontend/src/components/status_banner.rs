//! The banner listing what the data files had wrong, when anything.

use leptos::prelude::*;
use shared::FileProblems;

/// How many problems of one file the banner lists.
const BANNER_LIMIT: usize = 100;

/// "1 feature of incidents.geojson was rejected", with the problems listed.
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
    // The first problems of each file; a count says how many more there are.
    let items = problems
        .iter()
        .flat_map(|f| {
            let all: Vec<&shared::Problem> = f.rejected.iter().chain(&f.warnings).collect();
            let more = all.len().saturating_sub(BANNER_LIMIT);
            let mut lines: Vec<String> = all
                .into_iter()
                .take(BANNER_LIMIT)
                .map(ToString::to_string)
                .collect();
            if more > 0 {
                lines.push(format!("… and {more} more in {}", f.file));
            }
            lines
        })
        .map(|line| view! { <li>{line}</li> })
        .collect_view();
    Some(view! {
        <details class="banner" role="status" data-testid="data-problems">
            <summary>{format!("Partial data: {summary}. The rest is shown.")}</summary>
            <ul>{items}</ul>
        </details>
    })
}
