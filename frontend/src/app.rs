//! The root: loads the data, holds the UI state and lays out the components.

use std::sync::Arc;

use leptos::prelude::*;
use shared::filters::{Columns, Filters};
use shared::histogram::Histogram;
use shared::link::{LinkView, MapLink};
use shared::provenance::attribution;
use shared::Category;
use shared::{Bundle, Frame, ScreenPoint, View};

use shared::bundle::INCIDENTS_FILE;
use shared::workspace::{ImportStatus, Workspace};

use crate::address;
use crate::components::{
    DataPanel, DatasetTotals, DateHistogram, FilterPanel, IncidentDetails, IncidentList,
    LanguageSwitch, Legend, LinkNotices, MapView, MatchReview, NearbyList, PlaybackControls,
    ScaleBar, SearchBox, SharePanel, StatusBanner, TimeSlider, ZoomControls,
};
use crate::i18n::{tr, trf, tx, w};
use crate::loader;
use crate::reader::{self, Outcome};
use crate::visible::Visible;
use shared::hosts::Purpose;

/// Folder the data files are fetched from, relative to the page.
pub const DATA_DIR: &str = "data";

/// Padding in px around the fitted map.
pub const FIT_PADDING: f64 = 16.0;

/// How long the state must rest, in ms, before the address is rewritten.
const LINK_SETTLE_MS: u64 = 250;

/// How long the selection must rest, in ms, before the attacks recorded by
/// several datasets are counted again (not on every step of a playback).
const DOUBLES_SETTLE_MS: u64 = 300;

/// Zoom, relative to the whole-map view, when a searched place is shown.
pub const SEARCH_ZOOM: f64 = 6.0;

/// "Zoom to what is shown" zooms in at most this many times the whole map
/// (one incident is shown with its surroundings).
pub const SHOWN_MAX_ZOOM: f64 = 12.0;

/// The app: a loading state, then the map or a message naming the file that failed.
#[component]
pub fn App() -> impl IntoView {
    // The colours the stylesheet reads, from their one table.
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("style", &shared::palette::css_variables());
    }
    // The language: the link's, else the browser's.
    let chosen = address::read_query().0.lang;
    let lang = RwSignal::new(chosen.unwrap_or_else(crate::i18n::browser_language));
    crate::i18n::install(lang, chosen.is_some());
    let data = LocalResource::new(|| async { loader::load_base(DATA_DIR).await.map(Arc::new) });
    move || {
        match data.get() {
        None => view! {
            <div class="loading" role="status" data-testid="loading">
                {tx("loading")}
            </div>
        }
        .into_any(),
        Some(Ok(base)) => {
            // Kept for offline once the first screen is painted (its
            // downloads and work come first).
            leptos::task::spawn_local(async {
                loader::next_frame().await;
                loader::next_frame().await;
                crate::offline::install();
            });
            view! { <Datasets base=base /> }.into_any()
        }
        Some(Err(e)) => view! {
            <div class="load-error" role="alert" data-testid="load-error">
                <h1>{tx("load-failed")}</h1>
                <p>{e.describe(w())}</p>
                <p class="hint">{move || trf("load-failed-hint", &[("folder", format!("{DATA_DIR}/").into())])}</p>
            </div>
        }
        .into_any(),
    }
    }
}

/// The open datasets (the built-in one and those the user opened, by file
/// picker, drag and drop or `?data=<url>`) and the map of the visible ones.
#[component]
fn Datasets(base: Arc<loader::Base>) -> impl IntoView {
    let workspace = RwSignal::new(Workspace::with_builtin(
        INCIDENTS_FILE,
        base.builtin.0.clone(),
        base.builtin.1.clone(),
    ));
    let status = RwSignal::new(ImportStatus::Idle);
    let panel_open = RwSignal::new(false);
    // Panels close with Escape and a click outside.
    crate::panels::install();
    // The link the page was opened with: applied by the map once the
    // datasets it names are read (or failed), then cleared.
    let (opened, problems) = address::read();
    let addresses = opened.data.clone();
    // What the circles count: rebuilt when it changes, like the layers.
    let size_by = RwSignal::new(opened.size);
    // The hosts the page may contact for a link: its own, and those the
    // reader allowed. Before a link makes the page contact another host
    // (data, tiles), the page asks (`shared::hosts`).
    let hosts = crate::consent::Hosts::new();
    provide_context(hosts);
    let asked: Vec<(Option<String>, Purpose)> = opened
        .data
        .iter()
        .map(|u| (crate::consent::origin_of(u), Purpose::Data(u.clone())))
        .chain(opened.tiles.iter().flat_map(|t| {
            t.server_addresses()
                .into_iter()
                .map(|u| (crate::consent::origin_of(&u), Purpose::Tiles))
        }))
        .collect();
    let consent =
        RwSignal::new(hosts.0.with_untracked(|a| {
            shared::hosts::requests(&asked, &crate::consent::page_origin(), a)
        }));
    // What the reader declined (the page says it was not loaded).
    let declined = RwSignal::new(Vec::<shared::hosts::HostRequest>::new());
    // The online basemap, if chosen (kept across rebuilds of the map): a
    // link's only once its host may be contacted.
    let tiles = RwSignal::new(hosts.tiles_allowed(opened.tiles.clone()));
    let link_tiles = opened.tiles.clone();
    // The datasets the link was made with from the sender's computer, not
    // yet opened here: the link waits for them (or for "without them").
    let waiting = RwSignal::new(opened.files.clone());
    let named_files = opened.files.clone();
    // The dates of a link that the data open here do not reach (said until
    // the page is left, whatever map is built).
    let dates_missed =
        RwSignal::new(None::<(Option<chrono::NaiveDate>, Option<chrono::NaiveDate>)>);
    // The zoomed-in water, fetched once when first needed (kept across
    // rebuilds of the map).
    let detail = RwSignal::new(shared::map_model::Detail::default());
    let link = StoredValue::new(Some(opened));
    let mut link_problems = problems;
    // A data address the browser cannot read as http(s) is never fetched:
    // said, with the rest of what the link could not read.
    for u in &addresses {
        if crate::consent::origin_of(u).is_none() {
            link_problems.push(shared::link::LinkProblem {
                parameter: "data".into(),
                value: u.clone(),
                reason: "link-not-http",
            });
        }
    }
    // Datasets of the link still being read, and whether the map is being
    // rebuilt for a change of the layers (the link waits for both).
    let loading = RwSignal::new(addresses.len());
    let rebuilding = RwSignal::new(false);
    // The reader's answer for a host: yes (remembered if asked) loads what
    // the link asked of it; no leaves it out, said on the page.
    let answer = Callback::new(move |(origin, yes, keep): (String, bool, bool)| {
        let Some(request) =
            consent.with_untracked(|c| c.iter().find(|r| r.origin == origin).cloned())
        else {
            return;
        };
        if yes {
            hosts.0.update(|a| a.allow(&origin));
            if keep {
                crate::consent::remember(&origin);
            }
            if request.purposes.contains(&Purpose::Tiles) {
                // Shown once every server of the tiles is allowed.
                tiles.set(hosts.tiles_allowed(link_tiles.clone()));
            }
        } else {
            declined.update(|d| d.push(request));
        }
        consent.update(|c| c.retain(|r| r.origin != origin));
    });
    // The link the address holds (a change is written once, as a new
    // history entry or in place).
    let written = StoredValue::new(link.with_value(Clone::clone));
    let base_map = base.clone();
    // The dates and view the map had, kept when a layer is shown, hidden or
    // closed; cleared (back to the whole data) when a file is opened or the
    // built-in data restored.
    let keep = RwSignal::new(None::<Kept>);
    provide_context(KeptAtRemoval(StoredValue::new(None)));
    // Set by the Cancel button: the reading job in progress ends at once.
    let cancel = RwSignal::new(false);
    let job = StoredValue::new(None::<reader::Cancel>);
    Effect::new(move || {
        if cancel.get() {
            job.with_value(|j| {
                if let Some(j) = j {
                    j.cancel();
                }
            });
        }
    });
    let import = move |name: String, address: Option<String>, file: js_sys::ArrayBuffer| {
        let base = base.clone();
        async move {
            // A file the reader opened shows its progress in the Data panel;
            // one a link opens, in the top bar (the map stays in view).
            if address.is_none() {
                panel_open.set(true);
            }
            let progress = |p: shared::pipeline::Progress| {
                status.set(ImportStatus::Reading {
                    name: name.clone(),
                    bytes: p.bytes_total,
                    read: p.bytes_read,
                    rows: p.rows,
                })
            };
            let outcome = reader::read(
                &name,
                file,
                &base.files,
                // A Cancel clicked while the file was still being opened.
                |c| {
                    if cancel.get_untracked() {
                        c.cancel();
                    }
                    job.set_value(Some(c));
                },
                progress,
            )
            .await;
            job.set_value(None);
            cancel.set(false);
            match outcome {
                Ok(Outcome::Read(incidents, report)) => {
                    let summary = report.summary(crate::i18n::words_untracked());
                    keep.set(None);
                    rebuilding.set(true);
                    let local = address.is_none();
                    workspace.update(|w| {
                        w.add(&name, address, report, incidents);
                    });
                    if local {
                        waiting.update(|w| w.retain(|f| f.name != name));
                    }
                    status.set(ImportStatus::Done { summary });
                }
                Ok(Outcome::Cancelled) => status.set(ImportStatus::Cancelled { name }),
                Err(e) => status.set(ImportStatus::Failed {
                    message: e.describe(crate::i18n::words_untracked()),
                }),
            }
        }
    };
    let import_files = import.clone();
    let open_files = Callback::new(move |files: Vec<web_sys::File>| {
        let import = import_files.clone();
        leptos::task::spawn_local(async move {
            for file in files {
                let name = file.name();
                cancel.set(false);
                status.set(ImportStatus::Reading {
                    name: name.clone(),
                    bytes: file.size() as u64,
                    read: 0,
                    rows: 0,
                });
                panel_open.set(true);
                loader::next_frame().await;
                match loader::file_buffer(&file).await {
                    Ok(buffer) => import(name, None, buffer).await,
                    Err(e) => status.set(ImportStatus::Failed {
                        message: e.describe(crate::i18n::words_untracked()),
                    }),
                }
            }
        });
    });
    // The datasets the link names, read one after the other once the
    // reader has answered for every other host (those declined are not
    // fetched at all).
    let to_load = StoredValue::new(Some(addresses));
    let import_link = import.clone();
    Effect::new(move |_| {
        if !consent.with(Vec::is_empty) {
            return;
        }
        let Some(addresses) = to_load.try_update_value(Option::take).flatten() else {
            return;
        };
        let import = import_link.clone();
        leptos::task::spawn_local(async move {
            for url in addresses {
                if !hosts.may_contact_untracked(&url) {
                    loading.update(|n| *n = n.saturating_sub(1));
                    continue;
                }
                status.set(ImportStatus::Reading {
                    name: url.clone(),
                    bytes: 0,
                    read: 0,
                    rows: 0,
                });
                loader::next_frame().await;
                match loader::fetch_linked_buffer(&url, &url).await {
                    Ok(buffer) => import(url.clone(), Some(url), buffer).await,
                    Err(e) => status.set(ImportStatus::Failed {
                        message: e.describe(crate::i18n::words_untracked()),
                    }),
                }
                loading.update(|n| *n = n.saturating_sub(1));
            }
        });
    });
    // The map of the visible layers. Built at once for the first screen; after
    // a change of the layers, built a step at a time between tasks (no step
    // holds the page for long), the old map staying until the new one is ready.
    let bundle = RwSignal::new(Arc::new(workspace.with_untracked(|w| {
        let (incidents, problems) = shown_parts(w, &base_map);
        // The places the open datasets name are searchable too.
        let gazetteer = base_map
            .gazetteer
            .with_places(shared::gazetteer::dataset_places(&incidents));
        Bundle::from_parts(
            incidents,
            gazetteer,
            &base_map.basemap,
            problems,
            size_by.get_untracked(),
        )
    })));
    let generation = StoredValue::new(0u64);
    Effect::new(move |first: Option<()>| {
        workspace.track();
        size_by.track();
        if first.is_none() {
            return;
        }
        generation.update_value(|g| *g += 1);
        let current = generation.get_value();
        let base = base_map.clone();
        // What the change asked for (the dates and view to keep, or none for a
        // fresh look at the data): the old map, still live while the new one
        // is built, must not overwrite it.
        let wanted = keep.get_untracked();
        leptos::task::spawn_local(async move {
            // A newer change makes this build useless: stop at the next step.
            let stale = move || generation.get_value() != current;
            let (incidents, problems) = workspace.with_untracked(|w| shown_parts(w, &base));
            loader::yield_task().await;
            if stale() {
                return;
            }
            let model = shared::MapModel::sized(
                &base.basemap,
                &base.gazetteer,
                &incidents,
                size_by.get_untracked(),
            );
            loader::yield_task().await;
            if stale() {
                return;
            }
            let symbols = shared::engine::Symbols::new(&model.frame(), &model.scale(), &incidents);
            loader::yield_task().await;
            if stale() {
                return;
            }
            let spatial = shared::engine::SpatialIndex::new(&symbols);
            let markers = Arc::new(shared::engine::Markers { symbols, spatial });
            loader::yield_task().await;
            if stale() {
                return;
            }
            let gazetteer = base
                .gazetteer
                .with_places(shared::gazetteer::dataset_places(&incidents));
            loader::yield_task().await;
            if !stale() {
                keep.set(wanted);
                rebuilding.set(false);
                bundle.set(Arc::new(Bundle::from_built(
                    incidents, gazetteer, model, markers, problems,
                )));
            }
        });
    });
    // Drag and drop anywhere on the page opens the dropped files.
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let files = ev
            .data_transfer()
            .and_then(|d| d.files())
            .map(|list| {
                (0..list.length())
                    .filter_map(|i| list.get(i))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        if !files.is_empty() {
            open_files.run(files);
        }
    };
    view! {
        <div
            class="drop-target"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            {move || {
                let latest = bundle;
                let bundle = bundle.get();
                view! {
                    <MapApp
                        bundle=bundle
                        workspace=workspace
                        status=status
                        open_files=open_files
                        panel_open=panel_open
                        cancel=cancel
                        keep=keep
                        link=link
                        ready=Signal::derive(move || {
                            loading.get() == 0
                                && !rebuilding.get()
                                && consent.with(Vec::is_empty)
                                && waiting.with(Vec::is_empty)
                        })
                        hosts=hosts
                        consent=consent
                        declined=declined
                        answer=answer
                        waiting=waiting
                        named_files=named_files.clone()
                        dates_missed=dates_missed
                        latest=latest
                        written=written
                        link_problems=link_problems.clone()
                        size_by=size_by
                        tiles=tiles
                        detail=detail
                    />
                }
            }}
            <div class="drop-hint" aria-hidden="true">{tx("drop-hint")}</div>
        </div>
    }
}

/// The incidents of the visible layers and the problems to show with them
/// (the built-in files' problems while the built-in layer is shown).
fn shown_parts(
    w: &Workspace,
    base: &loader::Base,
) -> (Arc<Vec<shared::Incident>>, Vec<shared::FileProblems>) {
    let builtin_shown = w.layers().iter().any(|l| l.builtin && l.visible);
    let problems = if builtin_shown {
        base.problems.clone()
    } else {
        vec![]
    };
    (w.visible_incidents_shared(), problems)
}

/// The dates, view and filters the map had when a dataset was removed
/// (an undo puts them back); given to the views through context.
#[derive(Clone, Copy)]
pub struct KeptAtRemoval(pub StoredValue<Option<Kept>>);

/// What a rebuilt map keeps from the one before: its dates, view and filters.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    pub from: chrono::NaiveDate,
    pub to: chrono::NaiveDate,
    pub view: View,
    /// The map's size in px the view was for (a new map measured at the
    /// same size keeps the view).
    pub size: (f64, f64),
    /// The filters.
    pub filters: Filters,
    /// The analysis shown (mode, measure, baseline, split, panel).
    pub analysis: shared::analysis::AnalysisView,
}

/// The fitted view of the whole frame for a screen of `size` px.
pub fn fit_view(frame: &Frame, size: (f64, f64)) -> View {
    View::fit(Frame::WIDTH, frame.height(), size.0, size.1, FIT_PADDING)
}

/// The loaded map with its state: date range, selection, zoom.
#[component]
fn MapApp(
    bundle: Arc<Bundle>,
    workspace: RwSignal<Workspace>,
    status: RwSignal<ImportStatus>,
    open_files: Callback<Vec<web_sys::File>>,
    panel_open: RwSignal<bool>,
    cancel: RwSignal<bool>,
    keep: RwSignal<Option<Kept>>,
    /// The link the page was opened with, until applied.
    link: StoredValue<Option<MapLink>>,
    /// True once the link's datasets are read and the map rebuilt for them.
    ready: Signal<bool>,
    /// The newest map (this one applies the link only if it is the newest).
    latest: RwSignal<Arc<Bundle>>,
    /// The link last written to the address.
    written: StoredValue<Option<MapLink>>,
    /// What in the opening link could not be read.
    link_problems: Vec<shared::link::LinkProblem>,
    /// What the circles count (a change rebuilds the map).
    size_by: RwSignal<shared::scale::SizeBy>,
    /// The online basemap chosen, if any.
    tiles: RwSignal<Option<shared::tiles::Tiles>>,
    /// The zoomed-in water.
    detail: RwSignal<shared::map_model::Detail>,
    /// The hosts the page may contact for a link.
    hosts: crate::consent::Hosts,
    /// The other hosts the link asks to contact, awaiting the reader's answer.
    consent: RwSignal<Vec<shared::hosts::HostRequest>>,
    /// Those the reader declined.
    declined: RwSignal<Vec<shared::hosts::HostRequest>>,
    /// The reader's answer: (origin, yes, remember).
    answer: Callback<(String, bool, bool)>,
    /// The datasets the link was made with that must be opened from files.
    waiting: RwSignal<Vec<shared::link::LinkedFile>>,
    /// Those files, as the link names them.
    named_files: Vec<shared::link::LinkedFile>,
    /// The link's dates that the data open here do not reach.
    dates_missed: RwSignal<Option<(Option<chrono::NaiveDate>, Option<chrono::NaiveDate>)>>,
) -> impl IntoView {
    let model = &bundle.model;
    let last = model.timeline().last_position();
    // The panels over the map sit between this map's top bar and footer.
    leptos::task::spawn_local(async {
        loader::next_frame().await;
        crate::layout::follow();
    });
    // Slider positions, in days since the first date (inclusive range).
    let kept = keep.get_untracked();
    let kept_range = kept
        .as_ref()
        .and_then(|k| model.timeline().positions_of(k.from, k.to));
    let range = RwSignal::new(kept_range.unwrap_or((0u32, last)));
    let selected = RwSignal::new(None::<usize>);
    // The place chosen in the search box (index in the gazetteer).
    let searched = RwSignal::new(None::<usize>);
    let size = RwSignal::new(kept.as_ref().map_or((1280.0, 800.0), |k| k.size));
    // The filters, kept too when the map is rebuilt.
    let filters = RwSignal::new(kept.as_ref().map(|k| k.filters.clone()).unwrap_or_default());
    let choice = RwSignal::new(kept.as_ref().map(|k| k.analysis).unwrap_or_default());
    let view = RwSignal::new(match (kept.as_ref(), kept_range) {
        (Some(k), Some(_)) => k.view,
        _ => fit_view(&model.frame(), size.get_untracked()),
    });
    // Remember the dates, view and filters for the next rebuild of the map.
    let frame_model = bundle.clone();
    Effect::new(move |_| {
        let (a, z) = range.get();
        let v = view.get();
        if let (Some(from), Some(to)) = (
            frame_model.model.timeline().date_at(a),
            frame_model.model.timeline().date_at(z),
        ) {
            keep.set(Some(Kept {
                from,
                to,
                view: v,
                size: size.get(),
                filters: filters.get(),
                analysis: choice.get(),
            }));
        }
    });

    // The one selection of visible incidents, moved with the slider and
    // narrowed by the filters (which read each incident's type and deaths
    // from these flat arrays).
    let columns = Arc::new(Columns::of_named(
        &bundle.incidents,
        bundle.model.region_names(),
    ));
    let order = bundle.model.timeline().order();
    let (a0, z0) = range.get_untracked();
    let visible = Visible::new(
        &bundle.markers,
        order,
        bundle.model.timeline().window(a0, z0),
        columns.killed.clone(),
        columns.groups.clone(),
        columns.datasets.clone(),
    );
    let b = bundle.clone();
    Effect::new(move |_| {
        let (a, z) = range.get();
        let t = &b.model.timeline();
        visible.set_window(&b.markers, t.order(), t.window(a, z));
    });
    // The histogram counts under every filter but the dates: recomputed when
    // the filters change, never on a slider step.
    let (first_day, span) = (
        bundle.model.timeline().date_at(0).unwrap_or_default(),
        bundle.model.timeline().last_position(),
    );
    let (days, groups) = (columns.days.clone(), columns.groups.clone());
    let histogram_of = move |kept: &[bool]| {
        Histogram::new(first_day, span, &days, &groups, kept, Category::all().len())
    };
    let histogram = RwSignal::new(histogram_of(&vec![true; bundle.incidents.len()]));
    // What each filter's choices keep, in the dates shown (computed only
    // while the filters are open: the memo runs when read).
    let cols = columns.clone();
    let day0 = chrono::Datelike::num_days_from_ce(&first_day);
    let tally = Memo::new(move |_| {
        let (a, z) = range.get();
        filters.with(|f| f.tally(&cols, (day0 + a as i32, day0 + z as i32)))
    });
    // What the filters keep, whatever the dates: what the analyses read.
    let kept_mask = RwSignal::new(Arc::new(vec![true; bundle.incidents.len()]));
    let period = Memo::new(move |_| {
        let (a, z) = range.get();
        shared::analysis::Period::new(day0 + a as i32, day0 + z as i32)
    });
    let areas: Vec<(String, Option<String>)> = model
        .region_areas()
        .iter()
        .map(|r| (r.name.clone(), r.name_en.clone()))
        .collect();
    let analysis = crate::analysis::provide(
        columns.clone(),
        &bundle.incidents,
        size_by.get_untracked(),
        areas,
        kept_mask,
        period,
        choice,
        model.frame(),
        view,
    );
    // The area drawn on the map, one of the filters.
    crate::drawing::Drawing::provide(filters, view, size, model.frame());
    let b = bundle.clone();
    let cols = columns.clone();
    Effect::new(move |first: Option<()>| {
        let masks = filters.with(|f| (!f.is_empty() || first.is_some()).then(|| f.masks(&cols)));
        if let Some((kept, kept_but_type)) = masks {
            visible.set_kept(&b.markers, &kept, &kept_but_type);
            histogram.set(histogram_of(&kept));
            kept_mask.set(Arc::new(kept));
        }
    });
    // The totals of what is shown (dates and filters), and of each dataset.
    let summary = Memo::new(move |_| visible.with(|sel| sel.summary()));
    let by_dataset = Memo::new(move |_| visible.with(|sel| sel.by_dataset()));
    // The attacks that more than one dataset shown records (summing the
    // datasets counts them again): worked out once the selection rests,
    // only while two datasets or more are shown.
    let doubles = RwSignal::new(None::<shared::matching::Doubles>);
    let doubles_timer = StoredValue::new(None::<leptos::leptos_dom::helpers::TimeoutHandle>);
    let b = bundle.clone();
    Effect::new(move |_| {
        // Two layers or more: two datasets, or one dataset's files twice.
        let several = workspace.with(|w| w.layers().iter().filter(|l| l.visible).count() > 1);
        visible.with(|_| ());
        if let Some(t) = doubles_timer.get_value() {
            t.clear();
        }
        if !several {
            // (Not set again on every slider step: its readers would rerun.)
            if doubles.with_untracked(Option::is_some) {
                doubles.set(None);
            }
            return;
        }
        let b = b.clone();
        let t = set_timeout_with_handle(
            move || {
                if !visible.is_alive() {
                    return;
                }
                let shown: Vec<usize> = visible.with_untracked(|sel| {
                    (0..b.incidents.len())
                        .filter(|&i| sel.is_visible(i))
                        .collect()
                });
                let _ = doubles.try_set(Some(shared::matching::doubles(&b.incidents, shown)));
            },
            std::time::Duration::from_millis(DOUBLES_SETTLE_MS),
        )
        .ok();
        doubles_timer.set_value(t);
    });
    // The stack the keyboard is on (see MapView).
    let active = RwSignal::new(None::<shared::engine::StackId>);
    // The selection is cleared when the slider hides the selected incident.
    Effect::new(move |_| {
        visible.with(|sel| {
            if selected.get_untracked().is_some_and(|i| !sel.is_visible(i)) {
                selected.set(None);
            }
        })
    });
    // Escape closes the details and gives focus back to the map, on the
    // incident's symbol (in turn with the panels: the last opened first).
    let b = bundle.clone();
    crate::panels::escapable(
        Signal::derive(move || selected.with(Option::is_some)),
        ".details",
        Callback::new(move |_| {
            if let Some(i) = selected.get_untracked() {
                selected.set(None);
                active.set(b.markers.symbols.incident_stack(i));
                focus_map();
            }
        }),
    );
    // Selects an incident shown and brings it into view when it is off
    // screen (from the list, or an older link's `#incident=<id>`).
    let b = bundle.clone();
    let reveal = Callback::new(move |i: usize| {
        if !visible.with_untracked(|sel| sel.is_visible(i)) {
            return;
        }
        let stack = b.markers.symbols.incident_stack(i);
        active.set(stack);
        selected.set(Some(i));
        if let Some(s) = stack {
            let (x, y) = b.markers.symbols.stack_point(s);
            let (w, h) = size.get_untracked();
            let v = view.get_untracked();
            let p = v.to_screen(x, y);
            if p.x < 0.0 || p.y < 0.0 || p.x > w || p.y > h {
                view.set(View::centred_on(x, y, v.k, w, h));
            }
        }
    });
    // The selected incident is never under its details: once the panel is
    // drawn, the map moves it into the part the panel leaves uncovered.
    let b = bundle.clone();
    Effect::new(move |_| {
        let Some(i) = selected.get() else {
            return;
        };
        let Some(stack) = b.markers.symbols.incident_stack(i) else {
            return;
        };
        let (x, y) = b.markers.symbols.stack_point(stack);
        leptos::task::spawn_local(async move {
            loader::next_frame().await;
            if selected.try_get_untracked().flatten() != Some(i) {
                return;
            }
            if let Some(v) = uncovered_area().and_then(|area| {
                view.try_get_untracked()?
                    .reveal_in(x, y, area, REVEAL_MARGIN_PX)
            }) {
                view.set(v);
            }
        });
    });
    // The days the selected incident may have happened on, as slider
    // positions (for the histogram's band).
    let b = bundle.clone();
    let uncertain = Signal::derive(move || {
        let inc = b.incidents.get(selected.get()?)?;
        let (from, to) = shared::matching::day_span(inc);
        let at = |d: chrono::NaiveDate| (d - first_day).num_days().clamp(0, i64::from(last)) as u32;
        Some((at(from), at(to)))
    });
    // The incident the pointer is on, in the list or on the map.
    let pointed = RwSignal::new(None::<usize>);
    let list_open = RwSignal::new(false);
    // The panel of the filters besides the types.
    let filters_open = RwSignal::new(false);
    // The datasets on this map, each drawn with its shape.
    let datasets_present: Vec<shared::provenance::DatasetKind> = {
        let mut seen = [false; 4];
        for &d in &columns.datasets {
            if let Some(s) = seen.get_mut(usize::from(d)) {
                *s = true;
            }
        }
        shared::provenance::DatasetKind::ALL
            .into_iter()
            .zip(seen)
            .filter_map(|(k, on)| on.then_some(k))
            .collect()
    };
    let review_open = RwSignal::new(false);
    // The dates, filters and link shown: what an export was cut from.
    let t = bundle.model.timeline().clone();
    let cols_scope = columns.clone();
    let scope = Signal::derive(move || {
        let (a, z) = range.get();
        shared::pipeline::Scope {
            from: t.date_at(a),
            to: t.date_at(z),
            filters: filters.with(|f| f.describe_in(w(), &cols_scope.spellings)),
            link: Some(address::current()),
            lang: crate::i18n::lang(),
        }
    });
    // An older link's `#incident=<id>` selects it when the fragment changes.
    let b = bundle.clone();
    let from_hash = move || {
        let Some(id) = address::hash_incident() else {
            return;
        };
        address::drop_hash();
        if let Some(i) = b.incidents.iter().position(|inc| inc.id == id) {
            reveal.run(i);
        }
    };
    let hash = window_event_listener(leptos::ev::hashchange, move |_| from_hash());
    on_cleanup(move || hash.remove());

    // The shareable link: the address restores the dates, filters, view and
    // selected incident (on load, and on back and forward), and follows them.
    let frame = model.frame();
    // Zoomed in, the full-resolution water is fetched the first time (again
    // after a failure, on the next zoom in), unless tiles cover the map;
    // closer still, the map says what its embedded detail lacks.
    let beyond =
        Memo::new(move |_| shared::map_model::view_beyond_detail(&frame, &view.get(), size.get()));
    let fine_water =
        Memo::new(move |_| shared::map_model::view_fine_water(&frame, &view.get(), size.get()));
    Effect::new(move |_| {
        use shared::map_model::Detail;
        if !fine_water.get() || tiles.with(Option::is_some) {
            return;
        }
        if detail.with_untracked(|d| matches!(d, Detail::NotAsked | Detail::Failed)) {
            detail.set(Detail::Loading);
            leptos::task::spawn_local(async move {
                detail.set(match loader::load_detail(DATA_DIR, frame).await {
                    Ok(layers) => Detail::Ready(Arc::new(layers)),
                    Err(e) => {
                        web_sys::console::warn_1(
                            &e.describe(crate::i18n::words_untracked()).into(),
                        );
                        Detail::Failed
                    }
                });
            });
        }
    });
    let b = bundle.clone();
    let cols = columns.clone();
    let apply_link = move |l: &MapLink| {
        crate::i18n::restore(l.lang);
        let at = l.positions(b.model.timeline());
        // Dates the data open here do not reach are said, not replaced silently.
        dates_missed.set(at.is_none().then_some((l.from, l.to)));
        range.set(at.unwrap_or((0, last)));
        // A region as the link spells it ("Segou") is the map's ("Ségou").
        let mut f = l.filters.clone();
        if let Some(p) = f.region.as_deref().and_then(|r| cols.region_place(r)) {
            f.region = cols.region_names.get(p).cloned();
        }
        filters.set(f);
        let s = size.get_untracked();
        let fitted = fit_view(&frame, s);
        view.set(l.view.map_or(fitted, |v| v.to_view(&frame, s, fitted.k)));
        let found = l
            .incident
            .as_ref()
            .and_then(|id| b.incidents.iter().position(|i| &i.id == id));
        active.set(found.and_then(|i| b.markers.symbols.incident_stack(i)));
        selected.set(found);
        // Another size rebuilds the map (dates, view and filters kept).
        // A link's tiles only from a host the page may contact.
        let t = hosts.tiles_allowed(l.tiles.clone());
        if tiles.get_untracked() != t {
            tiles.set(t);
        }
        if size_by.get_untracked() != l.size {
            size_by.set(l.size);
        }
        choice.set(l.analysis);
    };
    let b = bundle.clone();
    let apply = apply_link.clone();
    Effect::new(move |_| {
        if ready.get() && Arc::ptr_eq(&latest.get_untracked(), &b) {
            if let Some(l) = link.try_update_value(Option::take).flatten() {
                apply(&l);
            }
        }
    });
    let apply = apply_link.clone();
    let back = window_event_listener(leptos::ev::popstate, move |_| {
        // A change of the fragment alone (an older `#incident=` link) also
        // fires this, with the query as written: the hashchange listener
        // handles it.
        // The app never writes a fragment: an address with one is such a
        // navigation.
        let (l, _) = address::read_query();
        if address::hash_incident().is_some() || written.with_value(|w| w.as_ref() == Some(&l)) {
            return;
        }
        written.set_value(Some(l.clone()));
        apply(&l);
    });
    on_cleanup(move || back.remove());
    let b = bundle.clone();
    let timer = StoredValue::new(None::<leptos::leptos_dom::helpers::TimeoutHandle>);
    Effect::new(move |_| {
        let (r, f, sel, v, s) = (
            range.get(),
            filters.get(),
            selected.get(),
            view.get(),
            size.get(),
        );
        if link.with_value(Option::is_some) {
            return;
        }
        let mut l = MapLink {
            filters: f,
            incident: sel.and_then(|i| b.incidents.get(i)).map(|i| i.id.clone()),
            data: workspace.with_untracked(|w| w.addresses().0),
            files: workspace.with_untracked(Workspace::linked_files),
            size: size_by.get(),
            lang: crate::i18n::chosen(),
            tiles: tiles.get(),
            analysis: choice.get(),
            ..MapLink::default()
        };
        l.set_positions(b.model.timeline(), r);
        let fitted = fit_view(&frame, s);
        let here = LinkView::of(&v, &frame, s, fitted.k);
        l.view = (here != LinkView::of(&fitted, &frame, s, fitted.k)).then_some(here);
        if let Some(t) = timer.get_value() {
            t.clear();
        }
        // Written once the state settles: a filter, the selection or the
        // datasets make a history entry; dates and view change it in place.
        let t = set_timeout_with_handle(
            move || {
                if written.with_value(|w| w.as_ref() == Some(&l)) {
                    return;
                }
                let push = written.with_value(|w| {
                    w.as_ref().is_some_and(|w| {
                        w.filters != l.filters
                            || w.incident != l.incident
                            || w.data != l.data
                            || w.size != l.size
                            || w.lang != l.lang
                            || w.tiles != l.tiles
                            || w.analysis.mode != l.analysis.mode
                    })
                });
                address::write(&l, push);
                written.set_value(Some(l));
            },
            std::time::Duration::from_millis(LINK_SETTLE_MS),
        )
        .ok();
        timer.set_value(t);
    });

    // A click on a region of the map keeps its incidents (as they name it);
    // a click on the region kept shows every region again.
    let cols = columns.clone();
    let region_click = Callback::new(move |(name, name_en): (String, Option<String>)| {
        filters.update(|f| f.click_region(&cols, &name, name_en.as_deref()));
    });
    // An alert opens the selection behind it: its days, and its region or
    // actor as the filter.
    let t = bundle.model.timeline().clone();
    let cols = columns.clone();
    let profiled = analysis.actor;
    let open_alert = Callback::new(move |x: shared::analysis::Alert| {
        use shared::analysis::AlertScope;
        if let Some((f, z)) = x.period.dates() {
            if let Some(at) = t.positions_of(f, z) {
                range.set(at);
            }
        }
        filters.update(|fl| match x.scope {
            AlertScope::All => {}
            AlertScope::Region(r) => {
                fl.region = cols.region_names.get(r as usize).cloned();
                fl.actors.clear();
            }
            AlertScope::Actor(a) => {
                fl.actors = cols
                    .actor_names
                    .get(a as usize)
                    .into_iter()
                    .cloned()
                    .collect();
                fl.region = None;
            }
        });
        if let AlertScope::Actor(a) = x.scope {
            profiled.set(Some(a as usize));
        }
    });
    let fit = Callback::new(move |_: ()| view.set(fit_view(&frame, size.get_untracked())));
    // Zoom to what is shown: the box of the incidents the dates and filters
    // show (a region chosen, a group's attacks), with room for their circles.
    let b = bundle.clone();
    let fit_shown = Callback::new(move |_: ()| {
        let (w, h) = size.get_untracked();
        let fitted = fit_view(&frame, (w, h)).k;
        let bounds = visible.with_untracked(|sel| {
            (0..b.incidents.len())
                .filter(|&i| sel.is_visible(i))
                .filter_map(|i| b.markers.symbols.incident_stack(i))
                .map(|s| b.markers.symbols.stack_point(s))
                .fold(None, |acc: Option<(f64, f64, f64, f64)>, (x, y)| {
                    Some(acc.map_or((x, y, x, y), |(x0, y0, x1, y1)| {
                        (x0.min(x), y0.min(y), x1.max(x), y1.max(y))
                    }))
                })
        });
        if let Some(bx) = bounds {
            let pad = b.model.scale().max_radius + FIT_PADDING;
            view.set(View::fit_box(bx, (w, h), pad, fitted, SHOWN_MAX_ZOOM));
        }
    });
    let zoom = Callback::new(move |factor: f64| {
        let (w, h) = size.get_untracked();
        let fitted = fit_view(&frame, (w, h)).k;
        let centre = ScreenPoint {
            x: w / 2.0,
            y: h / 2.0,
        };
        view.update(|v| *v = v.zoom_within(centre, factor, fitted));
    });
    let b = bundle.clone();
    let choose_place = Callback::new(move |i: usize| {
        let Some(place) = b.gazetteer.places().get(i) else {
            return;
        };
        let (x, y) = frame.project(place.location);
        let (w, h) = size.get_untracked();
        let k = fit_view(&frame, (w, h)).k * SEARCH_ZOOM;
        view.set(View::centred_on(x, y, k, w, h));
        searched.set(Some(i));
    });
    // The title follows the data: our file is attacks in Mali; other
    // datasets are conflict events wherever they are.
    let what = if workspace.with_untracked(Workspace::is_builtin_only) {
        "title-mali"
    } else {
        "title-events"
    };
    // One rule for the page's title and the picture's: what, and the dates
    // shown (not the data's whole span: a screenshot says what it shows).
    let t = bundle.model.timeline().clone();
    let picture_title = Signal::derive(move || {
        let (a, z) = range.get();
        shared::publish::title(&tr(what), t.date_at(a), t.date_at(z), w())
    });
    let title = move || picture_title.get();
    let spell = bundle.model.region_names().clone();
    let caption = Signal::derive(move || {
        filters.with(|f| shared::publish::caption(&summary.get(), f, &spell, w()))
    });
    let datasets_credited = workspace.with_untracked(|w| w.attributions());
    let credits = Signal::derive(move || {
        let mut all = vec![attribution::basemap_text(w())];
        all.extend(
            datasets_credited
                .iter()
                .map(|a| attribution::message_of(a).map_or_else(|| (*a).to_owned(), tr)),
        );
        all
    });
    let local_files = Signal::derive(move || workspace.with(|w| w.addresses().1));
    let basemap_credits = attribution::BASEMAP
        .iter()
        .map(|(text, href)| match href {
            Some(href) => {
                view! { <a href=*href>{move || attribution::part(text, w())}</a> }.into_any()
            }
            None => view! { <span>{move || attribution::part(text, w())}</span> }.into_any(),
        })
        .collect_view();
    let attributions = workspace.with_untracked(|w| {
        w.attributions()
            .into_iter()
            .filter(|a| *a != attribution::CURATED)
            .map(|a| {
                let text = move || attribution::message_of(a).map_or_else(|| a.to_owned(), tr);
                view! { <span class="dataset-attribution">" "{text}</span> }
            })
            .collect_view()
    });

    view! {
        <div class="app">
            <header class="topbar">
                <h1>{title}</h1>
                <LanguageSwitch />
                <SearchBox gazetteer=bundle.gazetteer.clone() on_choose=choose_place regions=bundle.model.region_names().clone() />
                <DataPanel
                    incidents=bundle.incidents.clone()
                    timeline=bundle.model.timeline().clone()
                    workspace=workspace
                    status=status
                    open_files=open_files
                    open=panel_open
                    range=range
                    visible=visible
                    cancel=cancel
                    keep=keep
                    scope=scope
                    review_open=review_open
                    tiles=tiles
                />
                <MatchReview
                    incidents=bundle.incidents.clone()
                    visible=visible
                    open=review_open
                    reveal=reveal
                    scope=scope
                />
                <SharePanel
                    title=picture_title
                    caption=caption
                    panel_open=panel_open
                    model=bundle.model.clone()
                    incidents=bundle.incidents.clone()
                    visible=visible
                    view=view
                    size=size
                    credits=credits
                    local_files=local_files
                />
                <IncidentList
                    incidents=bundle.incidents.clone()
                    visible=visible
                    selected=selected
                    pointed=pointed
                    reveal=reveal
                    open=list_open
                    regions=bundle.model.region_names().clone()
                />
                <FilterPanel filters=filters columns=columns.clone() tally=tally open=filters_open />
                <StatusBanner problems=bundle.problems.clone() />
                <LinkNotices
                    consent=consent
                    answer=answer
                    declined=declined
                    waiting=waiting
                    named=named_files.clone()
                    open_files=open_files
                    problems=link_problems.clone()
                    dates_missed=dates_missed
                    status=status
                    panel_open=panel_open
                />
            </header>
            <main class="map-area">
                <MapView
                    model=bundle.model.clone()
                    markers=bundle.markers.clone()
                    incidents=bundle.incidents.clone()
                    gazetteer=bundle.gazetteer.clone()
                    visible=visible
                    selected=selected
                    active=active
                    pointed=pointed
                    region=Signal::derive(move || filters.with(|f| f.region.clone()))
                    region_click=region_click
                    searched=searched
                    view=view
                    size=size
                    tiles=tiles
                    detail=Signal::derive(move || detail.with(|d| d.layers().cloned()))
                    fine_water=fine_water
                />
                <crate::components::AlertMarks model=bundle.model.clone() view=view open_alert=open_alert />
                <crate::components::MapModeSwitch />
                <crate::components::AnalysisPanel open_alert=open_alert region_click=region_click
                    title=picture_title caption=caption credits=credits />
                <ZoomControls zoom=zoom fit=fit fit_shown=fit_shown />
                <NearbyList
                    incidents=bundle.incidents.clone()
                    gazetteer=bundle.gazetteer.clone()
                    markers=bundle.markers.clone()
                    frame=frame
                    searched=searched
                    visible=visible
                    selected=selected
                    regions=bundle.model.region_names().clone()
                />
                <Legend
                    categories=bundle.model.categories().to_vec()
                    scale=bundle.model.scale()
                    filters=filters
                    datasets=datasets_present.clone()
                    filters_open=filters_open
                    regions=bundle.model.region_names().clone()
                    visible=visible
                    size_by=size_by
                />
                <ScaleBar frame=frame view=view size=size />
                <crate::components::DetailNotice fine_water=fine_water beyond=beyond detail=detail tiles=tiles />
            </main>
            <IncidentDetails
                incidents=bundle.incidents.clone()
                gazetteer=bundle.gazetteer.clone()
                selected=selected
                regions=bundle.model.region_names().clone()
            />
            <footer class="controls">
                <TimeSlider timeline=bundle.model.timeline().clone() range=range summary=summary>
                    <DatasetTotals by_dataset=by_dataset doubles=doubles workspace=workspace review_open=review_open />
                    <DateHistogram histogram=histogram.read_only() range=range uncertain=uncertain first=first_day />
                </TimeSlider>
                <PlaybackControls range=range last=last histogram=histogram.read_only() />
                <p class="attribution">
                    {basemap_credits}
                    {tx("credits-incidents")}
                    {attributions}
                </p>
            </footer>
        </div>
    }
}

/// How far from a panel's edge, in px, the selected incident is kept.
const REVEAL_MARGIN_PX: f64 = 40.0;

/// The part of the map, in its px (left, top, right, bottom), that the
/// details panel leaves uncovered: above it on a phone (a sheet along the
/// bottom), left of it on a wider screen; `None` without a panel.
fn uncovered_area() -> Option<(f64, f64, f64, f64)> {
    let doc = web_sys::window()?.document()?;
    let map = doc.query_selector(".map").ok()??.get_bounding_client_rect();
    let panel = doc
        .query_selector(".details")
        .ok()??
        .get_bounding_client_rect();
    let (w, h) = (map.width(), map.height());
    Some(if panel.width() >= 0.9 * w {
        (0.0, 0.0, w, (panel.top() - map.top()).clamp(0.0, h))
    } else {
        (0.0, 0.0, (panel.left() - map.left()).clamp(0.0, w), h)
    })
}

/// Moves keyboard focus to the map.
pub fn focus_map() {
    focus(".map");
}

/// Moves keyboard focus to the first element matching `selector`, if any.
pub fn focus(selector: &str) {
    use wasm_bindgen::JsCast;
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}
