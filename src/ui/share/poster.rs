//! The share view's QR card and its printable poster: the poster's options (paper, a
//! neutral wording, the teachers' QR code) and its preview, in the poster's language
//! whatever the page's.

use leptos::prelude::*;

use crate::core::lang::Lang;
use crate::core::share::{Paper, QrMatrix};
use crate::i18n::{message, tr};
use crate::keys;
use crate::platform::{download, page};
use crate::tr;
use crate::ui::chrome::emergency_items;
use crate::ui::widgets::{RadioGroup, Stays, Words};

/// The QR code on screen, and as SVG and PNG files.
#[component]
pub fn QrCard(qr: Memo<Option<QrMatrix>>, svg: Memo<String>) -> impl IntoView {
    view! {
        <section class="card share-qr-card" aria-labelledby="share-qr-title">
            <h2 id="share-qr-title">{tr!(SHARE_QR_TITLE)}</h2>
            <Show
                when=move || qr.with(Option::is_some)
                fallback=|| view! { <p>{tr!(SHARE_QR_TOO_LONG)}</p> }
            >
                <div class="share-qr" role="img" aria-label=tr(keys::SHARE_QR_ALT) inner_html=move || svg.get()></div>
                <Stays key=keys::STAYS_QR/>
                <div class="share-actions">
                    <button
                        type="button"
                        class="secondary"
                        on:click=move |_| {
                            let _ = download::save_text("qr.svg", "image/svg+xml", &svg.get_untracked());
                        }
                    >
                        {tr!(SHARE_QR_SVG)}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        on:click=move |_| {
                            if let Some(m) = qr.get_untracked() {
                                let _ = download::save_qr_png("qr.png", &m);
                            }
                        }
                    >
                        {tr!(SHARE_QR_PNG)}
                    </button>
                </div>
            </Show>
        </section>
    }
}

/// The poster's options, then its preview.
#[component]
pub fn Poster(
    lang: RwSignal<Lang>,
    link: Memo<String>,
    svg: Memo<String>,
    teacher: Memo<String>,
    teacher_svg: Memo<String>,
) -> impl IntoView {
    let neutral = RwSignal::new(false);
    let paper = RwSignal::new(Paper::A4);
    // A second QR code on the poster, for the teachers' page (the school's choice).
    let with_teacher = RwSignal::new(false);
    // Words on the poster are in the poster's language, whatever the page's.
    let on_poster = move |key: &'static str| message(lang.get(), key, None);
    let papers = Paper::ALL
        .into_iter()
        .map(|p| (p, Words::Own(p.name(), None)))
        .collect();

    view! {
        <section class="card share-poster-card" aria-labelledby="share-poster-section">
            <h2 id="share-poster-section">{tr!(SHARE_POSTER_SECTION)}</h2>
            <p class="hint">{tr!(SHARE_POSTER_HINT)}</p>
            <RadioGroup name="share-paper" legend=keys::SHARE_PAPER_LABEL choices=papers value=paper/>
            <label class="share-check">
                <input type="checkbox" prop:checked=move || neutral.get() on:change=move |ev| neutral.set(event_target_checked(&ev))/>
                {tr!(SHARE_NEUTRAL_LABEL)}
            </label>
            <label class="share-teacher-check">
                <input
                    type="checkbox"
                    class="share-teacher-qr"
                    prop:checked=move || with_teacher.get()
                    on:change=move |ev| with_teacher.set(event_target_checked(&ev))
                />
                {tr!(SHARE_TEACHER_QR_LABEL)}
            </label>
            <button type="button" class="primary" on:click=move |_| page::print()>
                {tr!(SHARE_PRINT)}
            </button>
        </section>

        <h2 id="share-preview" class="share-preview-title">{tr!(SHARE_PREVIEW)}</h2>
        <article
            class=move || {
                let teacher = if with_teacher.get() { " poster-with-teacher" } else { "" };
                format!("{}{teacher}", paper.get().class())
            }
            lang=move || lang.get().code()
            aria-labelledby="share-preview"
        >
            <h3 class="poster-heading">
                {move || on_poster(if neutral.get() { keys::SHARE_POSTER_NEUTRAL_HEADING } else { keys::SHARE_POSTER_HEADING })}
            </h3>
            <p class="poster-text">
                {move || on_poster(if neutral.get() { keys::SHARE_POSTER_NEUTRAL_TEXT } else { keys::SHARE_POSTER_TEXT })}
            </p>
            <div class="poster-qr" role="img" aria-label=move || on_poster(keys::SHARE_QR_ALT) inner_html=move || svg.get()></div>
            <p class="poster-scan">{move || on_poster(keys::SHARE_POSTER_SCAN)}</p>
            <p class="poster-link" lang="en">{move || link.get()}</p>
            <p class="poster-private">{move || on_poster(keys::SHARE_POSTER_PRIVATE)}</p>
            <Show when=move || with_teacher.get() && teacher_svg.with(|s| !s.is_empty())>
                <div class="poster-teacher">
                    <div
                        class="poster-teacher-qr"
                        role="img"
                        aria-label=move || on_poster(keys::SHARE_POSTER_TEACHER)
                        inner_html=move || teacher_svg.get()
                    ></div>
                    <div class="poster-teacher-text">
                        <p>{move || on_poster(keys::SHARE_POSTER_TEACHER)}</p>
                        <p class="poster-teacher-link" lang="en">{move || teacher.get()}</p>
                    </div>
                </div>
            </Show>
            <div class="poster-emergency">
                <p class="poster-emergency-title">{move || on_poster(keys::EMERGENCY_TITLE)}</p>
                <ul>{emergency_items!(|e| move || on_poster(e.label_key()), [], [])}</ul>
            </div>
        </article>
    }
}
