//! The trend chart: incidents or people killed per day, week or month (the
//! histogram's units) for the selection, split by event type, dataset,
//! region or actor (the largest few and "other"), UCDP's low–high band
//! where it gives one; each bar's values on hover, the same numbers as a
//! table and as CSV.

use std::sync::Arc;

use leptos::prelude::*;
use shared::analysis::{trends, ChartBox, Measure, Series, Split, Trends};
use shared::palette::SERIES;

use crate::analysis::Analysis;
use crate::download::download;
use crate::i18n::{tr, trf, tx, w};

/// The chart's drawing size, in its own units (it scales to the panel).
const W: f64 = 600.0;
const H: f64 = 180.0;
const PAD_LEFT: f64 = 40.0;
const PAD_BOTTOM: f64 = 18.0;

/// A series' name.
fn series_name(a: &Analysis, split: Split, s: &Series) -> String {
    split.series_name(s.key, &a.columns, w())
}

#[component]
pub fn TrendChart(
    /// The picture's title (the page's: what and when).
    title: Signal<String>,
    /// The dates and filters in words.
    caption: Signal<String>,
    /// Who to credit (the basemap's line first, left out of the chart).
    credits: Signal<Vec<String>>,
) -> impl IntoView {
    let Some(a) = Analysis::get() else {
        return ().into_any();
    };
    let choice = a.choice;
    let an = a.clone();
    // What the chart reads of the choice (not the baseline or the mode).
    let wanted = Memo::new(move |_| choice.with(|c| c.panel.then_some(c.split)));
    let data = Memo::new(move |_| {
        let split = wanted.get()?;
        let p = an.settled.get();
        Some(Arc::new(an.with_facts(|f| trends(f, p, split))))
    });
    let measure = move || choice.with(|c| c.measure);
    let an = a.clone();
    let chart = move || {
        let t: Arc<Trends> = data.get()?;
        let m = measure();
        let n = t.bins.len().max(1);
        let max = t.top(m) as f64;
        let chart = ChartBox {
            width: W,
            height: H,
            left: PAD_LEFT,
            bottom: PAD_BOTTOM,
        };
        let lines = (0..t.series.len())
            .map(|i| {
                let colour = SERIES[i.min(SERIES.len() - 1)];
                let band = t.band(i, m, chart).map(|points| {
                    view! { <polygon class="band" points=points fill=colour /> }
                });
                view! {
                    {band}
                    <polyline class="series" fill="none" stroke=colour points=t.line(i, m, chart) />
                }
            })
            .collect_view();
        // Each bin's values on hover.
        let an = an.clone();
        let split = choice.with_untracked(|c| c.split);
        let hovers = (0..n)
            .map(|b| {
                let (f, z) = t.bins[b].dates().unwrap_or_default();
                let mut text = if f == z { w().date(f) } else { format!("{} – {}", w().date(f), w().date(z)) };
                for s in &t.series {
                    let c = s.counts[b];
                    text.push_str(&format!(
                        "\n{}: {}",
                        series_name(&an, split, s),
                        trf("trend-values", &[("events", c.events.into()), ("killed", (c.killed as f64).into()), ("nofigure", c.no_figure.into())])
                    ));
                    if s.has_range {
                        text.push_str(&format!(" ({}–{})", w().number(s.low[b] as f64), w().number(s.high[b] as f64)));
                    }
                }
                let left = PAD_LEFT + (W - PAD_LEFT) * b as f64 / n as f64;
                view! {
                    <rect class="bin-hover" x=left y=0 width=(W - PAD_LEFT) / n as f64 height=H - PAD_BOTTOM>
                        <title>{text}</title>
                    </rect>
                }
            })
            .collect_view();
        let first = t
            .bins
            .first()
            .and_then(|p| p.dates())
            .map(|d| w().date_short(d.0))
            .unwrap_or_default();
        let last = t
            .bins
            .last()
            .and_then(|p| p.dates())
            .map(|d| w().date_short(d.1))
            .unwrap_or_default();
        Some(view! {
            <svg class="trend-chart" viewBox=format!("0 0 {W} {H}") role="img" data-testid="trend-chart"
                aria-label=tr("trend-label")>
                <line class="axis" x1=PAD_LEFT y1=H - PAD_BOTTOM x2=W y2=H - PAD_BOTTOM />
                <text class="tick" x=PAD_LEFT - 4.0 y=10 text-anchor="end">{w().number(max)}</text>
                <text class="tick" x=PAD_LEFT - 4.0 y=H - PAD_BOTTOM text-anchor="end">"0"</text>
                <text class="tick" x=PAD_LEFT y=H - 4.0>{first}</text>
                <text class="tick" x=W y=H - 4.0 text-anchor="end">{last}</text>
                {lines}
                {hovers}
            </svg>
        })
    };
    let an = a.clone();
    let keys = move || {
        let t = data.get()?;
        let split = choice.with(|c| c.split);
        Some(
            t.series
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let colour = SERIES[i.min(SERIES.len() - 1)];
                    view! {
                        <li><span class="swatch" style=format!("background:{colour}")></span>
                            {series_name(&an, split, s)}" "
                            <span class="muted">{format!("({})", w().number(s.total.events))}</span></li>
                    }
                })
                .collect_view(),
        )
    };
    let an = a.clone();
    let table = move || {
        let t = data.get()?;
        let split = choice.with(|c| c.split);
        let head = t
            .series
            .iter()
            .map(|s| view! { <th scope="col">{series_name(&an, split, s)}</th> })
            .collect_view();
        let m = measure();
        let body = (0..t.bins.len())
            .map(|b| {
                let (f, _) = t.bins[b].dates().unwrap_or_default();
                let cells = t
                    .series
                    .iter()
                    .map(|s| view! { <td class="num">{w().number(s.counts[b].of(m) as f64)}</td> })
                    .collect_view();
                view! { <tr><th scope="row">{w().date_short(f)}</th>{cells}</tr> }
            })
            .collect_view();
        Some(view! {
            <table class="trend-table"><thead><tr><th scope="col">{tx("trend-from")}</th>{head}</tr></thead><tbody>{body}</tbody></table>
        })
    };
    let note = move || {
        let t = data.get()?;
        let mut text = format!(
            "{} {}",
            tr(&format!("trend-per-{}", t.unit.word())),
            tr("trend-note")
        );
        if t.approximate_dates > 0 {
            text.push(' ');
            text.push_str(&trf(
                "trend-approximate",
                &[("n", t.approximate_dates.into())],
            ));
        }
        let no_figure: u32 = t.total.iter().map(|c| c.no_figure).sum();
        if no_figure > 0 && measure() == Measure::Killed {
            text.push(' ');
            text.push_str(&trf("compare-no-figure", &[("n", no_figure.into())]));
        }
        Some(text)
    };
    let an = a.clone();
    let download_csv = move |_| {
        if let Some(t) = data.get_untracked() {
            let split = choice.with_untracked(|c| c.split);
            let an = an.clone();
            let (f, z) = an.settled.get_untracked().dates().unwrap_or_default();
            download(
                &format!("trends_{f}_{z}_{}.csv", split.key()),
                "text/csv",
                &t.csv(&|s| series_name(&an, split, s)),
            );
        }
    };
    // The chart as an SVG picture for an article (shared::publish).
    let an = a.clone();
    let download_svg = move |_| {
        if let Some(t) = data.get_untracked() {
            let split = choice.with_untracked(|c| c.split);
            let names: Vec<String> = t
                .series
                .iter()
                .map(|s| series_name(&an, split, s))
                .collect();
            let credits: Vec<String> = credits.get_untracked().into_iter().skip(1).collect();
            let svg = shared::publish::TrendPicture {
                trends: &t,
                measure: choice.with_untracked(|c| c.measure),
                names: &names,
                title: &title.get_untracked(),
                subtitle: &caption.get_untracked(),
                attribution: &credits,
                words: crate::i18n::words_untracked(),
            }
            .svg();
            let (f, z) = an.settled.get_untracked().dates().unwrap_or_default();
            download(
                &format!("trends_{f}_{z}_{}.svg", split.key()),
                "image/svg+xml",
                &svg,
            );
        }
    };
    let splits = Split::ALL
        .into_iter()
        .map(|s| {
            view! {
                <option value=s.key() selected=move || choice.with(|c| c.split == s)>
                    {move || tr(&format!("split-{}", s.key()))}
                </option>
            }
        })
        .collect_view();
    let measures = Measure::ALL
        .into_iter()
        .map(|m| {
            view! {
                <option value=m.key() selected=move || measure() == m>
                    {move || tr(&format!("measure-{}", m.key()))}
                </option>
            }
        })
        .collect_view();
    view! {
        <section class="trends" aria-labelledby="trends-title">
            <h3 id="trends-title">{tx("trends-title")}</h3>
            <label>{tx("split-label")}" "
                <select data-testid="split" on:change=move |ev| {
                    if let Some(s) = Split::from_key(&event_target_value(&ev)) {
                        choice.update(|c| c.split = s);
                    }
                }>{splits}</select>
            </label>
            " "
            <label>{tx("measure-label")}" "
                <select data-testid="trend-measure" on:change=move |ev| {
                    if let Some(m) = Measure::from_key(&event_target_value(&ev)) {
                        choice.update(|c| c.measure = m);
                    }
                }>{measures}</select>
            </label>
            {chart}
            <ul class="series-keys">{keys}</ul>
            <p class="muted rule">{note}</p>
            <details><summary>{tx("trend-table")}</summary>{table}</details>
            <button type="button" data-testid="trend-csv" on:click=download_csv>{tx("download-csv")}</button>
            " "
            <button type="button" data-testid="trend-svg" on:click=download_svg>{tx("download-chart-svg")}</button>
        </section>
    }
    .into_any()
}
