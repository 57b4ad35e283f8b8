//! The banner listing what the data files had wrong, when anything.

use std::sync::Arc;

use leptos::prelude::*;
use shared::FileProblems;

use crate::i18n::{trf, w};

/// How many problems of one file the banner lists.
const BANNER_LIMIT: usize = 100;

/// "1 feature of incidents.geojson was rejected", with the problems listed
/// (reworded in place when the language changes; an open list stays open).
#[component]
pub fn StatusBanner(problems: Vec<FileProblems>) -> impl IntoView {
    if problems.is_empty() {
        return None;
    }
    let problems = Arc::new(problems);
    let p = problems.clone();
    Some(view! {
        <details class="banner" role="status" data-testid="data-problems">
            <summary>{move || trf("banner-summary", &[("summary", summary(&p).into())])}</summary>
            <ul>{move || items(&problems)}</ul>
        </details>
    })
}

/// "1 feature of incidents.geojson was rejected, 2 warnings …" (tracked).
fn summary(problems: &[FileProblems]) -> String {
    problems
        .iter()
        .map(|p| {
            let mut parts = Vec::new();
            match p.rejected.len() {
                0 => {}
                n => parts.push(trf(
                    "banner-rejected",
                    &[("count", n.into()), ("file", p.file.as_str().into())],
                )),
            }
            match p.warnings.len() {
                0 => {}
                n => parts.push(trf(
                    "banner-warnings",
                    &[("count", n.into()), ("file", p.file.as_str().into())],
                )),
            }
            parts.join(", ")
        })
        .collect::<Vec<_>>()
        // ", " rather than "; ", which French would space differently.
        .join(", ")
}

/// The first problems of each file; a count says how many more there are
/// (tracked).
fn items(problems: &[FileProblems]) -> impl IntoView {
    problems
        .iter()
        .flat_map(|f| {
            let all: Vec<&shared::Problem> = f.rejected.iter().chain(&f.warnings).collect();
            let more = all.len().saturating_sub(BANNER_LIMIT);
            let mut lines: Vec<String> = all
                .into_iter()
                .take(BANNER_LIMIT)
                .map(|p| w().problem(p))
                .collect();
            if more > 0 {
                lines.push(trf(
                    "banner-more",
                    &[("count", more.into()), ("file", f.file.as_str().into())],
                ));
            }
            lines
        })
        .map(|line| view! { <li>{line}</li> })
        .collect_view()
}
