//! The share view: a link (language, view, optional commune), its QR code (shown,
//! downloadable as SVG and PNG), a printable poster in the chosen language, guidance for
//! teachers, and the snippet a website pastes to embed the app. Everything is made on
//! the device; nothing is sent or stored.

use leptos::prelude::*;

use crate::core::directory::{bounded_query, search_units, unit, MAX_QUERY_CHARS};
use crate::core::emergency::Emergency;
use crate::core::lang::Lang;
use crate::core::route::View;
use crate::core::share::{embed_snippet, teacher_link, Paper, QrMatrix, ShareLink, VIEWS};
use crate::i18n::{message, t, t_args, tr};
use crate::keys;
use crate::platform::{clipboard, download, embed, exit, page};
use crate::tr;
use crate::ui::state::Nav;
use crate::ui::widgets::{copied_line, NavLink, Stays, TextArea, TextInput, ViewTitle, P};

const LINK_ID: &str = "share-link";
const SNIPPET_ID: &str = "share-snippet";

/// What a copy button last did, shown next to it (and read out by screen readers).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Copied {
    Not,
    Done,
    Failed,
}

fn view_key(v: View) -> &'static str {
    match v {
        View::Check => keys::NAV_CHECK,
        View::Plan => keys::NAV_PLAN,
        View::Help => keys::NAV_HELP,
        View::Helper => keys::NAV_HELPER,
        View::Teacher => keys::NAV_TEACHER,
        View::Child => keys::NAV_CHILD,
        View::Young => keys::NAV_YOUNG,
        View::Community => keys::NAV_COMMUNITY,
        _ => keys::NAV_HOME,
    }
}

/// A button that copies what `text` gives, falling back to selecting the field `id`.
#[component]
fn CopyButton(label: &'static str, id: &'static str, text: Signal<String>) -> impl IntoView {
    let state = RwSignal::new(Copied::Not);
    // A new text means the old "copied" is no longer true.
    Effect::new(move |_| {
        text.track();
        state.set(Copied::Not);
    });
    let copy = move |_| {
        let value = text.get_untracked();
        leptos::task::spawn_local(async move {
            if clipboard::write_text(&value).await {
                state.set(Copied::Done);
            } else {
                download::select_field(id);
                state.set(Copied::Failed);
            }
        });
    };
    view! {
        <div class="share-copy">
            <Stays key=keys::STAYS_COPY/>
            <button type="button" class="secondary" on:click=copy>{tr(label)}</button>
            <p class="share-status" role="status">
                {move || match state.get() {
                    Copied::Not => String::new(),
                    Copied::Done => copied_line(crate::i18n::lang(), keys::SHARE_COPIED),
                    Copied::Failed => t(keys::SHARE_COPY_FAILED),
                }}
            </p>
        </div>
    }
}

#[component]
pub fn ShareView() -> impl IntoView {
    let Some(nav) = Nav::provided() else {
        return ().into_any();
    };
    let lang = RwSignal::new(nav.lang.get_untracked());
    let open_at = RwSignal::new(View::Home);
    let area = RwSignal::new(None::<u32>);
    let typed = RwSignal::new(String::new());
    let neutral = RwSignal::new(false);
    let paper = RwSignal::new(Paper::A4);
    // A second QR code on the poster, for the teachers' page (the school's choice).
    let with_teacher = RwSignal::new(false);

    let base = embed::own_address();
    let link = {
        let base = base.clone();
        Memo::new(move |_| {
            ShareLink {
                lang: lang.get(),
                view: open_at.get(),
                area: area.get(),
            }
            .url(&base)
        })
    };
    let qr = Memo::new(move |_| link.with(|l| QrMatrix::encode(l)));
    let svg = Memo::new(move |_| qr.with(|q| q.as_ref().map(QrMatrix::svg).unwrap_or_default()));
    let teacher = {
        let base = base.clone();
        Memo::new(move |_| teacher_link(lang.get(), &base))
    };
    let teacher_svg = Memo::new(move |_| {
        teacher.with(|l| QrMatrix::encode(l).map(|q| q.svg()).unwrap_or_default())
    });
    let snippet = {
        let base = base.clone();
        Memo::new(move |_| {
            let l = lang.get();
            embed_snippet(&base, l, exit::EXIT_URL, &message(l, keys::APP_NAME, None))
        })
    };
    let suggestions = Memo::new(move |_| {
        let q = typed.get();
        let chosen = area.get().and_then(unit).map(|u| u.label());
        if chosen.as_deref() == Some(q.trim()) {
            Vec::new()
        } else {
            search_units(&q)
        }
    });

    // Words on the poster are in the poster's language, whatever the page's.
    let on_poster = move |key: &'static str| message(lang.get(), key, None);

    let lang_choice = Lang::ALL
        .into_iter()
        .map(|l| {
            view! {
                <label class="share-choice" lang=l.code()>
                    <input
                        type="radio"
                        name="share-lang"
                        prop:checked=move || lang.get() == l
                        on:change=move |_| lang.set(l)
                    />
                    {l.endonym()}
                </label>
            }
        })
        .collect_view();

    let view_choice = VIEWS
        .into_iter()
        .map(|v| {
            view! {
                <label class="share-choice">
                    <input
                        type="radio"
                        name="share-view"
                        prop:checked=move || open_at.get() == v
                        on:change=move |_| open_at.set(v)
                    />
                    {tr(view_key(v))}
                </label>
            }
        })
        .collect_view();

    let paper_choice = Paper::ALL
        .into_iter()
        .map(|p| {
            view! {
                <label class="share-choice">
                    <input
                        type="radio"
                        name="share-paper"
                        prop:checked=move || paper.get() == p
                        on:change=move |_| paper.set(p)
                    />
                    {p.name()}
                </label>
            }
        })
        .collect_view();

    view! {
        <div class="share">
            <ViewTitle key=keys::SHARE_TITLE/>
            <P key=keys::SHARE_INTRO/>

            <section class="card share-build" aria-labelledby="share-link-title">
                <h2 id="share-link-title">{tr!(SHARE_LINK_TITLE)}</h2>
                <fieldset>
                    <legend>{tr!(SHARE_LANG_LABEL)}</legend>
                    <div class="share-choices">{lang_choice}</div>
                </fieldset>
                <fieldset>
                    <legend>{tr!(SHARE_VIEW_LABEL)}</legend>
                    <div class="share-choices">{view_choice}</div>
                </fieldset>
                <div class="share-field">
                    <label for="share-area">{tr!(SHARE_AREA_LABEL)}</label>
                    <p class="hint" id="share-area-hint">{tr!(SHARE_AREA_HINT)}</p>
                    <TextInput
                        {..}
                        id="share-area"
                        attr:aria-describedby="share-area-hint"
                        maxlength=MAX_QUERY_CHARS.to_string()
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(bounded_query(&event_target_value(&ev)).to_string())
                    />
                    <Show when=move || !typed.get().trim().is_empty() && suggestions.with(Vec::is_empty)
                        && area.get().is_none()>
                        <p class="hint">{tr!(SHARE_AREA_NONE)}</p>
                    </Show>
                    <ul class="share-suggest">
                        {move || {
                            suggestions
                                .get()
                                .into_iter()
                                .map(|u| {
                                    let code = u.code;
                                    let label = u.label();
                                    let shown = label.clone();
                                    view! {
                                        <li>
                                            <button
                                                type="button"
                                                lang="vi"
                                                on:click=move |_| {
                                                    area.set(Some(code));
                                                    typed.set(label.clone());
                                                }
                                            >
                                                {shown}
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                    {move || {
                        area.get().and_then(unit).map(|u| {
                            view! {
                                <p class="share-chosen">
                                    {move || t_args(keys::SHARE_AREA_CHOSEN, &[("name", u.label().into())])}
                                    " "
                                    <button
                                        type="button"
                                        class="secondary"
                                        on:click=move |_| {
                                            area.set(None);
                                            typed.set(String::new());
                                        }
                                    >
                                        {tr!(SHARE_AREA_CLEAR)}
                                    </button>
                                </p>
                            }
                        })
                    }}
                </div>
                <div class="share-field">
                    <label for=LINK_ID>{tr!(SHARE_LINK_LABEL)}</label>
                    <TextInput {..} id=LINK_ID readonly=true prop:value=move || link.get()/>
                    <CopyButton label=keys::SHARE_COPY id=LINK_ID text=Signal::derive(move || link.get())/>
                </div>
            </section>

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

            <section class="card share-poster-card" aria-labelledby="share-poster-section">
                <h2 id="share-poster-section">{tr!(SHARE_POSTER_SECTION)}</h2>
                <p class="hint">{tr!(SHARE_POSTER_HINT)}</p>
                <fieldset>
                    <legend>{tr!(SHARE_PAPER_LABEL)}</legend>
                    <div class="share-choices">{paper_choice}</div>
                </fieldset>
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
                    <ul>
                        {Emergency::ALL
                            .into_iter()
                            .map(|e| {
                                view! {
                                    <li>
                                        <span class="num">{e.digits()}</span>
                                        " "
                                        <span>{move || on_poster(e.label_key())}</span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            </article>

            <section class="card share-teach" aria-labelledby="share-teach-title">
                <h2 id="share-teach-title">{tr!(SHARE_TEACH_TITLE)}</h2>
                <ul>
                    <li>{tr!(SHARE_TEACH_1)}</li>
                    <li>{tr!(SHARE_TEACH_2)}</li>
                    <li>{tr!(SHARE_TEACH_3)}</li>
                    <li>{tr!(SHARE_TEACH_4)}</li>
                    <li>{tr!(SHARE_TEACH_5)}</li>
                </ul>
                <p class="share-teacher-page">
                    <NavLink to=View::Teacher>{tr!(SHARE_TEACHER_LINK)}</NavLink>
                </p>
            </section>

            <section class="card share-embed" aria-labelledby="share-embed-title">
                <h2 id="share-embed-title">{tr!(SHARE_EMBED_TITLE)}</h2>
                <p>{tr!(SHARE_EMBED_TEXT)}</p>
                <label for=SNIPPET_ID>{tr!(SHARE_EMBED_LABEL)}</label>
                <TextArea {..} id=SNIPPET_ID readonly=true rows="8" lang="en" prop:value=move || snippet.get()/>
                <CopyButton label=keys::SHARE_EMBED_COPY id=SNIPPET_ID text=Signal::derive(move || snippet.get())/>
            </section>
        </div>
    }
    .into_any()
}
