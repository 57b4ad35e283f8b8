//! Saving a text as a file the user downloads.

use wasm_bindgen::JsCast;

/// `text` as a blob of type `mime`.
pub fn text_blob(mime: &str, text: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

/// Offers `text` for download as `name` with type `mime`.
pub fn download(name: &str, mime: &str, text: &str) {
    if let Some(blob) = text_blob(mime, text) {
        download_blob(name, &blob);
    }
}

/// Offers `blob` for download as `name`.
pub fn download_blob(name: &str, blob: &web_sys::Blob) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // Some browsers start the download after the click returns: the address
    // is released a minute later, not at once.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    }
}

/// Draws `svg` (its own size `w` × `h` px) on a canvas and returns it as PNG.
pub async fn png_of_svg(svg: &str, w: u32, h: u32) -> Option<web_sys::Blob> {
    use wasm_bindgen_futures::JsFuture;
    let document = web_sys::window()?.document()?;
    let url = web_sys::Url::create_object_url_with_blob(&text_blob("image/svg+xml", svg)?).ok()?;
    let img = web_sys::HtmlImageElement::new().ok()?;
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        img.set_onload(Some(&resolve));
        img.set_onerror(Some(&reject));
    });
    img.set_src(&url);
    let drawn = JsFuture::from(loaded).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    drawn.ok()?;
    let canvas: web_sys::HtmlCanvasElement =
        document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(w);
    canvas.set_height(h);
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    ctx.draw_image_with_html_image_element_and_dw_and_dh(
        &img,
        0.0,
        0.0,
        f64::from(w),
        f64::from(h),
    )
    .ok()?;
    let encoded = js_sys::Promise::new(&mut |resolve, _| {
        let done = wasm_bindgen::closure::Closure::once_into_js(move |b: wasm_bindgen::JsValue| {
            let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &b);
        });
        let _ = canvas.to_blob_with_type(done.unchecked_ref(), "image/png");
    });
    JsFuture::from(encoded).await.ok()?.dyn_into().ok()
}
