//! Sharing: copy the link of this screen, embed it in a page, or download
//! the map as a picture for an article (PNG or SVG, from `shared::publish`).

use std::sync::Arc;

use leptos::prelude::*;
use shared::link::LinkView;
use shared::publish::{clamp_side, embed_snippet, Figure, PRESETS};
use shared::{Frame, Incident, MapModel, View};
use wasm_bindgen::JsCast;

use crate::address;
use crate::download::{download, download_blob, png_of_svg};
use crate::i18n::{tr, trf, tx};
use crate::visible::Visible;

/// The classes of the map whose computed style the picture copies.
const STYLED: [&str; 11] = [
    "neighbour",
    "country",
    "water",
    "lake",
    "river",
    "region",
    "label",
    "region-label",
    "capital-label",
    "town-label",
    "country-label",
];

/// The properties copied from each class.
const PROPERTIES: [&str; 14] = [
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "stroke-linejoin",
    "stroke-linecap",
    "vector-effect",
    "paint-order",
    "font-size",
    "font-weight",
    "letter-spacing",
    "text-transform",
    "text-anchor",
];

/// CSS rules for the picture, as the page draws the map now.
fn map_style() -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let Some(document) = window.document() else {
        return String::new();
    };
    let mut css = String::new();
    for class in STYLED {
        let Some(el) = document
            .query_selector(&format!(".map .{class}"))
            .ok()
            .flatten()
        else {
            continue;
        };
        let Ok(Some(style)) = window.get_computed_style(&el) else {
            continue;
        };
        let rules: String = PROPERTIES
            .iter()
            .filter_map(|p| {
                let v = style.get_property_value(p).ok()?;
                (!v.is_empty()).then(|| format!("{p}:{v};"))
            })
            .collect();
        css.push_str(&format!(".{class}{{{rules}}}"));
    }
    // Labels are centred on their point, as on the page.
    css.push_str(".region-label,.country-label{dominant-baseline:middle}");
    css
}

/// A file name from the title, e.g. "attacks-in-mali-21-july-2022.png".
fn file_name(title: &str, ext: &str) -> String {
    let slug: String = shared::normalize_name(title)
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    format!("{slug}.{ext}")
}

/// The Share button and its panel.
#[component]
pub fn SharePanel(
    /// The picture's title: what and the dates shown.
    title: Signal<String>,
    /// The totals and filters in words.
    caption: Signal<String>,
    /// The Data panel, closed when this one opens.
    panel_open: RwSignal<bool>,
    model: Arc<MapModel>,
    incidents: Arc<Vec<Incident>>,
    visible: Visible,
    view: RwSignal<View>,
    size: RwSignal<(f64, f64)>,
    /// Who to credit, one line each.
    credits: Signal<Vec<String>>,
    /// Datasets opened from files, which a link cannot reopen.
    local_files: Signal<Vec<String>>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    crate::panels::dismissible(open, ".share-panel", ".share-toggle");
    let copied = RwSignal::new(None::<bool>);
    // The picture frames what is shown (default) or the screen's view.
    let framed = RwSignal::new(true);
    let link = RwSignal::new(String::new());
    let refresh = move || {
        link.set(address::current());
        copied.set(None);
    };
    let copy = move |_| {
        let url = address::current();
        link.set(url.clone());
        let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
            copied.set(Some(false));
            return;
        };
        let promise = clipboard.write_text(&url);
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            copied.set(Some(ok));
        });
    };
    let preset = RwSignal::new(0usize);
    let custom = RwSignal::new((800u32, 600u32));
    let dims = move || match PRESETS.get(preset.get()) {
        Some((_, w, h)) => (*w, *h),
        None => custom.get(),
    };
    let frame: Frame = model.frame();
    // In the regions or density mode the picture is that map.
    let shading = crate::analysis::Analysis::get().map(|a| a.shading);
    // The area drawn on the map, outlined in the picture too.
    let drawing = crate::drawing::Drawing::get();
    let svg_of = move |(w, h): (u32, u32)| {
        let title_svg = title.get_untracked();
        let shaded = shading.and_then(|s| s.get_untracked());
        let area = drawing.and_then(|d| untrack(|| d.area()));
        let (sw, sh) = size.get_untracked();
        let fitted = View::fit(
            Frame::WIDTH,
            frame.height(),
            sw,
            sh,
            crate::app::FIT_PADDING,
        )
        .k;
        let here = LinkView::of(&view.get_untracked(), &frame, (sw, sh), fitted);
        visible.with_untracked(|selection| {
            Figure {
                width: w,
                height: h,
                title: &title_svg,
                subtitle: caption.get_untracked(),
                model: &model,
                incidents: &incidents,
                selection,
                view: (!framed.get_untracked()).then_some(here),
                style: &map_style(),
                attribution: credits.get_untracked(),
                words: crate::i18n::words_untracked(),
                shading: shaded.as_deref(),
                area: area.as_ref(),
            }
            .svg()
        })
    };
    let busy = RwSignal::new(false);
    let svg_png = svg_of.clone();
    let save_png = move |_| {
        let (w, h) = dims();
        let svg = svg_png((w, h));
        let name = file_name(&title.get_untracked(), "png");
        busy.set(true);
        leptos::task::spawn_local(async move {
            if let Some(blob) = png_of_svg(&svg, w, h).await {
                download_blob(&name, &blob);
            }
            busy.set(false);
        });
    };
    let save_svg = move |_| {
        let svg = svg_of(dims());
        download(
            &file_name(&title.get_untracked(), "svg"),
            "image/svg+xml",
            &svg,
        );
    };
    let embed = move || {
        let (w, h) = dims();
        embed_snippet(&link.get(), w, h, &title.get())
    };
    let presets = || {
        PRESETS
            .iter()
            .enumerate()
            .map(|(i, (label, _, _))| view! { <option value=i.to_string()>{tx(label)}</option> })
            .collect_view()
    };
    let side = |ev: &leptos::ev::Event| {
        event_target_value(ev)
            .trim()
            .parse::<u32>()
            .ok()
            .map(clamp_side)
    };
    view! {
        <div class="share">
            <button type="button" class="data-button share-toggle" aria-expanded=move || open.get().to_string()
                on:click=move |_| {
                    refresh();
                    open.update(|o| *o = !*o);
                    if open.get_untracked() {
                        panel_open.set(false);
                    }
                }>
                {tx("share")}
            </button>
            <Show when=move || open.get()>
                <section class="share-panel" data-testid="share-panel" aria-label=tx("share-label")>
                    <h2>{tx("link-heading")}</h2>
                    <p class="hint">{tx("link-hint")}</p>
                    <div class="share-row">
                        <input type="text" readonly aria-label=tx("link") prop:value=move || link.get()
                            on:focus=move |ev| {
                                if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                    i.select();
                                }
                            } />
                        <button type="button" data-testid="copy-link" on:click=copy>{tx("copy-link")}</button>
                    </div>
                    <p class="share-status" role="status">
                        {move || match copied.get() {
                            Some(true) => tr("link-copied"),
                            Some(false) => tr("copy-refused"),
                            None => String::new(),
                        }}
                    </p>
                    <p class="share-warning" data-testid="link-local-files" hidden=move || local_files.with(Vec::is_empty)>
                        {move || trf("link-local-files", &[("files", local_files.get().join(", ").into())])}
                    </p>
                    <h2>{tx("download-map")}</h2>
                    <div class="share-row">
                        <select aria-label=tx("picture-size") on:change=move |ev| {
                            preset.set(event_target_value(&ev).parse().unwrap_or(PRESETS.len()));
                        }>
                            {presets()}
                            <option value=PRESETS.len().to_string()>{tx("custom-size")}</option>
                        </select>
                        <Show when=move || { preset.get() >= PRESETS.len() }>
                            <input type="number" min="300" max="4000" aria-label=tx("width-px")
                                prop:value=move || custom.get().0.to_string()
                                on:change=move |ev| if let Some(w) = side(&ev) { custom.update(|c| c.0 = w) } />
                            "×"
                            <input type="number" min="300" max="4000" aria-label=tx("height-px")
                                prop:value=move || custom.get().1.to_string()
                                on:change=move |ev| if let Some(h) = side(&ev) { custom.update(|c| c.1 = h) } />
                        </Show>
                    </div>
                    <div class="share-row">
                        <label>{tx("picture-frame")}" "
                            <select data-testid="picture-frame" on:change=move |ev| framed.set(event_target_value(&ev) == "shown")>
                                <option value="shown" selected=true>{tx("picture-frame-shown")}</option>
                                <option value="screen">{tx("picture-frame-screen")}</option>
                            </select>
                        </label>
                    </div>
                    <div class="share-row">
                        <button type="button" data-testid="download-png" disabled=move || busy.get() on:click=save_png.clone()>"PNG"</button>
                        <button type="button" data-testid="download-svg" on:click=save_svg.clone()>"SVG"</button>
                    </div>
                    <p class="hint">{tx("picture-hint")}</p>
                    <h2>{tx("embed")}</h2>
                    <textarea readonly rows="3" aria-label=tx("embed-code") data-testid="embed-code" prop:value=embed></textarea>
                </section>
            </Show>
        </div>
    }
}
