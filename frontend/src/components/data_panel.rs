//! The datasets panel: open a file (or drop one on the page), show or hide
//! each open dataset, read its import report, go back to the built-in data,
//! and export the incidents shown.

use std::sync::Arc;

use leptos::prelude::*;
use shared::pipeline::{export_csv, export_geojson, Scope};
use shared::workspace::{ImportStatus, LayerKey, Workspace};
use shared::{Incident, Timeline};

use crate::components::{AboutData, BasemapChoice, ImportReportView};
use crate::download::download;
use crate::i18n::tx;

/// What the file picker accepts.
const ACCEPT: &str = ".csv,.geojson,.json,text/csv,application/geo+json,application/json";

/// The "Data" button and its panel.
#[component]
pub fn DataPanel(
    /// The incidents of the map (`visible` says which are shown).
    incidents: Arc<Vec<Incident>>,
    /// The map's timeline (the export's file name gives its dates).
    timeline: Arc<Timeline>,
    workspace: RwSignal<Workspace>,
    status: RwSignal<ImportStatus>,
    open_files: Callback<Vec<web_sys::File>>,
    open: RwSignal<bool>,
    range: RwSignal<(u32, u32)>,
    /// The incidents shown: what the export writes.
    visible: crate::visible::Visible,
    cancel: RwSignal<bool>,
    keep: RwSignal<Option<crate::app::Kept>>,
    /// The dates, filters and link shown (the export says what it was cut from).
    scope: Signal<Scope>,
    /// Opens the review table of matches.
    review_open: RwSignal<bool>,
    /// The online basemap chosen, if any.
    tiles: RwSignal<Option<shared::tiles::Tiles>>,
) -> impl IntoView {
    crate::panels::dismissible(open, "#data-panel", ".data-wrap > .data-button");
    // The dates, view and filters when a dataset was removed: an undo puts
    // them back with it (kept at the root: the map, this panel with it, is
    // rebuilt in between).
    let before_remove = use_context::<crate::app::KeptAtRemoval>()
        .map(|k| k.0)
        .unwrap_or_else(|| StoredValue::new(None));
    let on_pick = move |ev: leptos::ev::Event| {
        let files = crate::loader::picked_files(&ev);
        if !files.is_empty() {
            open_files.run(files);
        }
    };
    let layers = move || {
        let words = crate::i18n::w();
        workspace.with(|w| {
            w.layers()
                .iter()
                .map(|l| {
                    let key: LayerKey = l.key;
                    let visible = l.visible;
                    let builtin = l.builtin;
                    let name = if builtin {
                        words.tf("built-in", &[("name", l.name.as_str().into())])
                    } else {
                        l.name.clone()
                    };
                    let count = words.count("incidents", l.report.kept);
                    let report = l.report.clone();
                    let layer_incidents = l.incidents.clone();
                    let removed_name = l.name.clone();
                    view! {
                        <li class="layer" data-testid="layer" data-layer-name=l.name.clone()>
                            <label class="layer-toggle">
                                <input
                                    type="checkbox"
                                    prop:checked=visible
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        workspace.update(|w| w.set_visible(key, on));
                                    }
                                />
                                <span class="layer-name">{name}</span>
                            </label>
                            <span class="layer-count">{count}</span>
                            <Show when=move || !builtin>
                                <button
                                    type="button"
                                    class="link"
                                    data-testid="remove-dataset"
                                    aria-label=words.tf("remove-dataset-named", &[("name", removed_name.as_str().into())])
                                    on:click={
                                        let name = removed_name.clone();
                                        move |_| {
                                            before_remove.set_value(keep.get_untracked());
                                            workspace.update(|w| w.remove(key));
                                            status.set(ImportStatus::Removed { name: name.clone() });
                                        }
                                    }
                                >
                                    {words.t("remove-dataset")}
                                </button>
                            </Show>
                            <ImportReportView report=report />
                            <AboutData incidents=layer_incidents />
                        </li>
                    }
                })
                .collect_view()
        })
    };
    // The one selection of the map: the export writes what it shows.
    let shown = move || -> Vec<Incident> {
        visible.with_untracked(|sel| {
            incidents
                .iter()
                .enumerate()
                .filter(|(i, _)| sel.is_visible(*i))
                .map(|(_, inc)| inc.clone())
                .collect()
        })
    };
    let file_stem = {
        move || {
            let (a, z) = range.get_untracked();
            match (timeline.date_at(a), timeline.date_at(z)) {
                (Some(a), Some(z)) => format!("incidents-shown-{a}-to-{z}"),
                _ => "incidents-shown".to_owned(),
            }
        }
    };
    let scope = move || scope.get_untracked();
    let (shown_g, stem_g, scope_g) = (shown.clone(), file_stem.clone(), scope);
    let export_geo = move |_| {
        let text = export_geojson(&shown_g(), Some(&scope_g()));
        download(
            &format!("{}.geojson", stem_g()),
            "application/geo+json",
            &text,
        );
    };
    let export_table = move |_| {
        let text = export_csv(&shown(), Some(&scope()));
        download(&format!("{}.csv", file_stem()), "text/csv", &text);
    };
    let builtin_only = move |_| {
        keep.set(None);
        workspace.update(Workspace::builtin_only);
        status.set(ImportStatus::Idle);
    };
    let is_builtin_only = move || workspace.with(Workspace::is_builtin_only);
    view! {
        <div class="data-wrap">
            <button
                type="button"
                class="data-button"
                aria-expanded=move || open.get().to_string()
                aria-controls="data-panel"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {tx("data")}
            </button>
            <section
                id="data-panel"
                class="data-panel"
                data-testid="data-panel"
                aria-label=tx("datasets")
                hidden=move || !open.get()
            >
                <div class="data-actions">
                    <label class="button-like">
                        {tx("open-data")}
                        <input
                            type="file"
                            class="visually-hidden"
                            data-testid="open-data"
                            accept=ACCEPT
                            multiple=true
                            on:change=on_pick
                        />
                    </label>
                    <button type="button" on:click=builtin_only prop:disabled=is_builtin_only>
                        {tx("builtin-only")}
                    </button>
                </div>
                <p class="hint">
                    {tx("open-hint")}
                </p>
                <p
                    class="import-status"
                    role="status"
                    aria-live="polite"
                    data-testid="import-status"
                    class:failed=move || matches!(status.get(), ImportStatus::Failed { .. })
                >
                    {move || status.get().describe(crate::i18n::w())}
                </p>
                {move || workspace.with(|w| w.removed().map(|l| l.name.clone())).map(|name| view! {
                    <p class="undo">
                        <button type="button" data-testid="undo-remove"
                            on:click=move |_| {
                                if let Some(k) = before_remove.get_value() {
                                    keep.set(Some(k));
                                }
                                workspace.update(Workspace::undo_remove);
                                status.set(ImportStatus::Restored { name: name.clone() });
                            }>
                            {tx("undo-remove")}
                        </button>
                    </p>
                })}
                {move || match status.get() {
                    ImportStatus::Reading { bytes, read, .. } if bytes > 0 => Some(view! {
                        <div class="import-progress">
                            <progress
                                data-testid="import-progress"
                                max=bytes as f64
                                value=read as f64
                                aria-label=tx("reading-file")
                            ></progress>
                            <button type="button" data-testid="cancel-import" on:click=move |_| cancel.set(true)>
                                {tx("cancel")}
                            </button>
                        </div>
                    }),
                    _ => None,
                }}
                <ul class="layers">{layers}</ul>
                <div class="export">
                    <span>{tx("export-shown")}</span>
                    <button type="button" data-testid="export-geojson" on:click=export_geo>"GeoJSON"</button>
                    <button type="button" data-testid="export-csv" on:click=export_table>"CSV"</button>
                </div>
                <BasemapChoice tiles=tiles />
                <Show when=move || workspace.with(|w| w.layers().iter().filter(|l| l.visible).count() > 1)>
                    <div class="export">
                        <span>{tx("compare-shown")}</span>
                        <button type="button" class="review-opener" data-testid="review-matches"
                            on:click=move |_| {
                                review_open.set(true);
                                open.set(false);
                            }>{tx("review-matches")}</button>
                    </div>
                </Show>
            </section>
        </div>
    }
}
