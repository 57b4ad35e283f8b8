//! "About this data" for one open dataset (shared::about): what it is, what
//! it covers, how its figures are counted, its licence and how to cite it.
//! Worked out when unfolded (the coverage is a pass over the incidents).

use std::sync::Arc;

use leptos::prelude::*;
use shared::about::about_each;
use shared::Incident;

use crate::i18n::{tr, tx, w};

#[component]
pub fn AboutData(incidents: Arc<Vec<Incident>>) -> impl IntoView {
    let open = RwSignal::new(false);
    let body = move || {
        if !open.get() {
            return None;
        }
        Some(
            about_each(&incidents, w())
                .into_iter()
                .map(|a| {
                    view! {
                        <dl class="about-data" data-dataset=a.kind.key()>
                            <dt>{tr("about-what")}</dt><dd>{a.what}</dd>
                            <dt>{tr("about-coverage")}</dt><dd data-testid="about-coverage">{a.coverage.describe(w())}</dd>
                            <dt>{tr("about-figures")}</dt><dd>{a.figures}</dd>
                            <dt>{tr("about-licence")}</dt><dd>{a.licence}</dd>
                            <dt>{tr("about-cite")}</dt><dd data-testid="about-cite">{a.cite}</dd>
                        </dl>
                    }
                })
                .collect_view(),
        )
    };
    view! {
        <details class="about" data-testid="about-data"
            on:toggle=move |ev| {
                use wasm_bindgen::JsCast;
                if let Some(d) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
                    open.set(d.open());
                }
            }>
            <summary>{tx("about-data")}</summary>
            {body}
            // The rules behind the analysis panel, with their parameters.
            <dl class="about-rules" data-testid="about-analysis">
                <dt>{tx("about-analysis-regions")}</dt><dd>{tx("about-analysis-regions-rule")}</dd>
                <dt>{tx("compare-title")}</dt><dd>{tx("compare-rule")}</dd>
                <dt>{tx("alerts-title")}</dt><dd>{tx("alerts-rule")}</dd>
                <dt>{tx("trends-title")}</dt><dd>{tx("about-analysis-dates")}</dd>
            </dl>
        </details>
    }
}
