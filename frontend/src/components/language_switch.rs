//! The switch between French and English: each language named in itself,
//! the current one pressed. The choice is kept in the link (`lang=`).

use leptos::prelude::*;

use crate::i18n::{lang, set, tx, Lang};

/// Two buttons, "FR" and "EN".
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let buttons = Lang::ALL
        .into_iter()
        .map(|l| {
            view! {
                <button
                    type="button"
                    lang=l.code()
                    aria-pressed=move || (lang() == l).to_string()
                    aria-label=format!("{}, {}", l.code().to_uppercase(), l.endonym())
                    title=l.endonym()
                    data-lang=l.code()
                    on:click=move |_| set(l)
                >
                    {l.code().to_uppercase()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="language-switch" role="group" aria-label=tx("language")>
            {buttons}
        </div>
    }
}
