//! The share view: a link (language, view, optional commune), its QR code (shown,
//! downloadable as SVG and PNG), a printable poster in the chosen language (`poster`),
//! guidance for teachers, and the snippet a website pastes to embed the app. Everything
//! is made on the device; nothing is sent or stored.

mod poster;

use leptos::prelude::*;

use crate::core::lang::Lang;
use crate::core::route::View;
use crate::core::share::{embed_snippet, teacher_link, QrMatrix, ShareLink, VIEWS};
use crate::i18n::message;
use crate::keys;
use crate::platform::{embed, exit};
use crate::tr;
use crate::ui::state::Nav;
use crate::ui::widgets::{
    CopyButton, NavLink, PlacePicker, PlaceWords, RadioGroup, TextArea, TextInput, ViewTitle,
    Words, P,
};
use poster::{Poster, QrCard};

const LINK_ID: &str = "share-link";
const SNIPPET_ID: &str = "share-snippet";

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

#[component]
pub fn ShareView() -> impl IntoView {
    let Some(nav) = Nav::provided() else {
        return ().into_any();
    };
    let lang = RwSignal::new(nav.lang.get_untracked());
    let open_at = RwSignal::new(View::Home);
    let area = RwSignal::new(None::<u32>);

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
    let snippet = Memo::new(move |_| {
        let l = lang.get();
        embed_snippet(&base, l, exit::EXIT_URL, &message(l, keys::APP_NAME, None))
    });

    let langs = Lang::ALL
        .into_iter()
        .map(|l| (l, Words::Own(l.endonym(), Some(l.code()))))
        .collect();
    let views = VIEWS
        .into_iter()
        .map(|v| (v, Words::Key(view_key(v))))
        .collect();

    view! {
        <div class="share">
            <ViewTitle key=keys::SHARE_TITLE/>
            <P key=keys::SHARE_INTRO/>

            <section class="card share-build" aria-labelledby="share-link-title">
                <h2 id="share-link-title">{tr!(SHARE_LINK_TITLE)}</h2>
                <RadioGroup name="share-lang" legend=keys::SHARE_LANG_LABEL choices=langs value=lang/>
                <RadioGroup name="share-view" legend=keys::SHARE_VIEW_LABEL choices=views value=open_at/>
                <div class="share-field">
                    <PlacePicker area=area id="share-area" words=PlaceWords {
                        label: keys::SHARE_AREA_LABEL, hint: keys::SHARE_AREA_HINT, none: keys::SHARE_AREA_NONE,
                        chosen: keys::SHARE_AREA_CHOSEN, change: keys::SHARE_AREA_CLEAR,
                    }/>
                </div>
                <div class="share-field">
                    <label for=LINK_ID>{tr!(SHARE_LINK_LABEL)}</label>
                    <TextInput {..} id=LINK_ID readonly=true prop:value=move || link.get()/>
                    <CopyButton label=keys::SHARE_COPY id=LINK_ID text=Signal::derive(move || link.get())/>
                </div>
            </section>

            <QrCard qr svg/>
            <Poster lang link svg teacher teacher_svg/>

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
