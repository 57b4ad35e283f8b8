//! What the link the page was opened with needs, or could not do, said at
//! the top of the page:
//! - before it makes the page contact another host (data, tiles), which
//!   host and why, loading only on the reader's yes (remembered for that
//!   host if they choose);
//! - the datasets it was made with from the sender's computer (a link
//!   cannot reopen them): by name and rows, with a way to open them here,
//!   the rest of the link waiting as written until they are there;
//! - what was declined, the dates the data open here do not reach, the
//!   parameters it could not read; a dataset it is reading.

use leptos::prelude::*;
use shared::hosts::{HostRequest, Purpose};
use shared::link::{LinkProblem, LinkedFile};
use shared::workspace::ImportStatus;

use crate::i18n::{trf, tx, w};

/// What the file picker accepts (as the Data panel's).
const ACCEPT: &str = ".csv,.geojson,.json,text/csv,application/geo+json,application/json";

#[component]
pub fn LinkNotices(
    /// The other hosts the link asks to contact, awaiting an answer.
    consent: RwSignal<Vec<HostRequest>>,
    /// (origin, yes, remember).
    answer: Callback<(String, bool, bool)>,
    /// Those the reader declined.
    declined: RwSignal<Vec<HostRequest>>,
    /// The datasets the link was made with that must be opened from files.
    waiting: RwSignal<Vec<LinkedFile>>,
    /// The files the link named, as it named them (to say which were opened).
    named: Vec<LinkedFile>,
    /// Opens files picked here.
    open_files: Callback<Vec<web_sys::File>>,
    /// What the link could not read.
    problems: Vec<LinkProblem>,
    /// The link's dates that the data open here do not reach.
    dates_missed: RwSignal<Option<(Option<chrono::NaiveDate>, Option<chrono::NaiveDate>)>>,
    /// The reading of a dataset (shown here when the Data panel is closed).
    status: RwSignal<ImportStatus>,
    panel_open: RwSignal<bool>,
) -> impl IntoView {
    let dialog = move || {
        let request = consent.with(|c| c.first().cloned())?;
        let remember = RwSignal::new(false);
        let origin = request.origin.clone();
        let purposes = request
            .purposes
            .iter()
            .map(|p| {
                let p = p.clone();
                view! {
                    <li>{move || match &p {
                        Purpose::Data(address) => trf("consent-data", &[("address", address.as_str().into())]),
                        Purpose::Tiles => w().t("consent-tiles"),
                    }}</li>
                }
            })
            .collect_view();
        let (yes, no, at) = (origin.clone(), origin.clone(), origin.clone());
        Some(view! {
            <section class="consent" role="alertdialog" aria-labelledby="consent-title" aria-describedby="consent-why"
                data-testid="consent" data-origin=at>
                <h2 id="consent-title">{move || trf("consent-title", &[("host", origin.as_str().into())])}</h2>
                <ul>{purposes}</ul>
                <p id="consent-why" class="hint">{tx("consent-why")}</p>
                <label class="consent-remember">
                    <input type="checkbox" data-testid="consent-remember" prop:checked=move || remember.get()
                        on:change=move |ev| remember.set(event_target_checked(&ev)) />
                    " "{tx("consent-remember")}
                </label>
                <div class="consent-actions">
                    <button type="button" data-testid="consent-yes"
                        on:click=move |_| answer.run((yes.clone(), true, remember.get_untracked()))>{tx("consent-yes")}</button>
                    <button type="button" data-testid="consent-no"
                        on:click=move |_| answer.run((no.clone(), false, false))>{tx("consent-no")}</button>
                </div>
            </section>
        })
    };
    let files = move || {
        let left = waiting.get();
        if left.is_empty() {
            return None;
        }
        let items = named
            .iter()
            .map(|f| {
                let open = !left.iter().any(|l| l.name == f.name);
                let text = {
                    let f = f.clone();
                    move || trf("link-file", &[("name", f.name.as_str().into()), ("rows", f.rows.into())])
                };
                view! { <li class:opened=open data-file=f.name.clone()>{text}{open.then_some(" ✓")}</li> }
            })
            .collect_view();
        let on_pick = move |ev: leptos::ev::Event| {
            let picked = crate::loader::picked_files(&ev);
            if !picked.is_empty() {
                open_files.run(picked);
            }
        };
        Some(view! {
            <section class="link-files" role="region" aria-labelledby="link-files-title" data-testid="link-files">
                <h2 id="link-files-title">{tx("link-files-title")}</h2>
                <ul>{items}</ul>
                <p class="hint">{tx("link-files-hint")}</p>
                <div class="consent-actions">
                    <label class="button-like">
                        {tx("link-files-open")}
                        <input type="file" class="visually-hidden" data-testid="link-files-open" accept=ACCEPT multiple=true on:change=on_pick />
                    </label>
                    <button type="button" data-testid="link-files-without" on:click=move |_| waiting.set(Vec::new())>
                        {tx("link-files-without")}
                    </button>
                </div>
            </section>
        })
    };
    let declined_notes = move || {
        declined
            .get()
            .into_iter()
            .map(|r| {
                let origin = r.origin.clone();
                view! { <li>{move || trf("consent-declined", &[("host", origin.as_str().into())])}</li> }
            })
            .collect_view()
    };
    let missed = move || {
        let (from, to) = dates_missed.get()?;
        let d = |x: Option<chrono::NaiveDate>| x.map(|d| w().date(d)).unwrap_or_else(|| "…".into());
        Some(
            view! { <li data-testid="dates-missed">{trf("link-dates-missed", &[("from", d(from).into()), ("to", d(to).into())])}</li> },
        )
    };
    let has_problems = !problems.is_empty();
    let problems = std::sync::Arc::new(problems);
    let problem_items = move || {
        problems
            .iter()
            .cloned()
            .map(|p| view! { <li>{move || p.describe(w())}</li> })
            .collect_view()
    };
    let reading = move || match status.get() {
        s @ ImportStatus::Reading { .. } if !panel_open.get() => Some(view! {
            <p class="link-reading" role="status" data-testid="link-reading">{s.describe(w())}</p>
        }),
        _ => None,
    };
    let notes = move || declined.with(|d| !d.is_empty()) || dates_missed.with(Option::is_some);
    view! {
        {dialog}
        {files}
        {reading}
        <Show when=move || has_problems || notes()>
            <ul class="link-problems" role="alert" data-testid="link-problems">
                {problem_items.clone()}
                {declined_notes}
                {missed}
            </ul>
        </Show>
    }
}
