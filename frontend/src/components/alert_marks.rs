//! The alerts on the map: a mark on each region with an alert in the
//! period (a surge, a fatality high), saying them in words; a click opens
//! the first, as in the panel's list. Alerts of an actor or of everything
//! are in the list only.

use std::sync::Arc;

use leptos::prelude::*;
use shared::analysis::{by_area, Alert};
use shared::{MapModel, View};

use crate::analysis::Analysis;
use crate::i18n::{trf, w};

#[component]
pub fn AlertMarks(
    model: Arc<MapModel>,
    view: RwSignal<View>,
    /// Opens an alert's selection (its dates, its region).
    open_alert: Callback<Alert>,
) -> impl IntoView {
    let Some(a) = Analysis::get() else {
        return ().into_any();
    };
    let (alerts, index, columns) = (a.alerts, a.index.clone(), a.columns.clone());
    let frame = model.frame();
    let marks = move || {
        let list = alerts.get();
        by_area(&list, &index)
            .into_iter()
            .filter_map(|(area, found)| {
                let r = model.region_areas().get(area)?;
                let (x, y) = frame.project(r.inside()?);
                let first = *found.first()?;
                let text: Vec<String> = found.iter().map(|x| x.describe(&columns, w())).collect();
                let label = trf(
                    "alerts-on-region",
                    &[("n", found.len().into()), ("list", text.join(" ").into())],
                );
                let at = move || view.get().to_screen(x, y);
                Some(view! {
                    <button type="button" class="alert-mark" data-testid="alert-mark" data-region=r.name.clone()
                        style=move || format!("left:{:.0}px;top:{:.0}px", at().x, at().y)
                        title=label.clone() aria-label=label
                        on:click=move |_| open_alert.run(first)>
                        <span aria-hidden="true">"!"</span>{(found.len() > 1).then_some(found.len())}
                    </button>
                })
            })
            .collect_view()
    };
    view! { <div class="alert-marks">{marks}</div> }.into_any()
}
