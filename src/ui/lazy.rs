//! Views that arrive when first needed. Each function below is a split point: the release
//! build cuts its code (and the data only it uses) into a WebAssembly chunk of its own
//! (`tools/split.mjs`), fetched from the app's own origin the first time the view opens,
//! or earlier when a link to it is hovered, focused or touched. Natively (tests, the
//! build-time render) the functions are plain calls.
//!
//! A chunk that cannot arrive is never a dead page: the view says so and offers to try
//! again, and the chrome, the emergency numbers and quick exit stay where they are.

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use crate::core::lang::Lang;
use crate::core::route::View;
use crate::i18n;
use crate::platform::page;
use crate::tr;
use crate::ui::away::ClosedNote;
use crate::ui::state::{Nav, Session, VIEW_TITLE_ID};
use crate::ui::{about, check, diary, help, home, leaves, people, phone, plan, privacy, share};

/// A view's code could not be fetched (offline, a flaky network, a stale deploy).
#[derive(Clone, Copy, Debug)]
pub struct Unavailable;

impl From<SplitLoaderError> for Unavailable {
    fn from(_: SplitLoaderError) -> Self {
        Unavailable
    }
}

type Loaded = Result<AnyView, Unavailable>;

/// One split point per view; views named alike share a chunk.
macro_rules! split_view {
    ($chunk:ident, $load:ident, $preload:ident, $body:expr) => {
        #[wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible, preload($preload))]
        fn $load() -> Loaded {
            Ok($body.into_any())
        }
    };
}

split_view!(check, load_check, preload_check, check::CheckView());
split_view!(plan, load_plan, preload_plan, plan::PlanView());
split_view!(help, load_help, preload_help, help::HelpView());
split_view!(share, load_share, preload_share, share::ShareView());
split_view!(pages, load_privacy, preload_privacy, privacy::PrivacyView());
split_view!(pages, load_about, preload_about, about::AboutView());
split_view!(people, load_helper, preload_helper, people::HelperView());
split_view!(people, load_teacher, preload_teacher, people::TeacherView());
split_view!(people, load_child, preload_child, people::ChildView());
split_view!(diary, load_diary, preload_diary, diary::DiaryView());
split_view!(
    diary,
    load_diary_print,
    preload_diary_print,
    diary::DiaryPrintView()
);
// Its own chunk: opened from the privacy page and the footer, by people who did not open
// the privacy page's chunk.
split_view!(leaves, load_leaves, preload_leaves, leaves::LeavesView());
// In the plan's chunk for now: in a chunk of its own, wasm-split cut 31 more shared chunks
// for the code it shares with the plan, the self-check, help and the diary, and their
// table cost the first visit 1.3 KB brotli (100.7 KB in all). Rename `plan` to `phone`
// here to give it its own chunk once chunks are merged.
split_view!(plan, load_phone, preload_phone, phone::PhoneView());
/// Parts of the plan view that arrive beside it, so the plan's own chunk stays small: one
/// split point for both (each split point costs the first visit a little).
#[wasm_split(plan_parts, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_parts))]
fn load_part(part: Part) -> Loaded {
    Ok(match part {
        Part::Matters => plan::matters::MattersPanel().into_any(),
        Part::Trusted => plan::trusted::TrustedPanel().into_any(),
    })
}

/// The watch that closes what is on hand when the person is away (`ui::away`), in a
/// chunk of its own: Home alone holds nothing to close, and the watch's closing save
/// (crypto, the envelope) comes with it, never with the first visit.
#[wasm_split(away, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_away))]
fn watch_away_now(nav: Nav, session: Session, note: ClosedNote) -> Result<(), Unavailable> {
    crate::ui::away::start(nav, session, note);
    Ok(())
}

/// Starts the watch once its code is here. If it cannot arrive, a later view tries again.
pub fn watch_away(nav: Nav, session: Session, note: ClosedNote) {
    leptos::task::spawn_local(async move {
        if watch_away_now(nav, session, note).await.is_err() {
            crate::ui::away::watch_failed();
        }
    });
}

async fn load(view: View) -> Loaded {
    // The view's code starts arriving now, beside its words, rather than after them.
    prefetch_code(view);
    // Every view but Home needs the words beyond the chrome's; the share view writes
    // links, posters and snippets in any language, so it needs every language's words.
    let langs = if view == View::Share {
        &Lang::ALL[..]
    } else {
        &[i18n::lang_now()][..]
    };
    if view != View::Home {
        for &lang in langs {
            i18n::ensure(lang, i18n::Part::First).await?;
            i18n::ensure(lang, i18n::Part::Rest).await?;
        }
    }
    // The request for a no-contact order is written in Vietnamese whatever the language.
    if view == View::DiaryPrint {
        i18n::ensure(Lang::Vi, i18n::Part::Rest).await?;
    }
    match view {
        View::Home => Ok(home::HomeView().into_any()),
        View::Check => load_check().await,
        View::Plan => load_plan().await,
        View::Help => load_help().await,
        View::Share => load_share().await,
        View::Privacy => load_privacy().await,
        View::About => load_about().await,
        View::Helper => load_helper().await,
        View::Teacher => load_teacher().await,
        View::Child => load_child().await,
        View::Diary => load_diary().await,
        View::DiaryPrint => load_diary_print().await,
        View::Leaves => load_leaves().await,
        View::Phone => load_phone().await,
    }
}

/// Starts fetching a view's chunk without waiting for it (a failure here is retried when
/// the view opens).
pub fn prefetch(view: View) {
    if view != View::Home {
        i18n::prefetch(i18n::lang_now(), i18n::Part::Rest);
    }
    prefetch_code(view);
}

fn prefetch_code(view: View) {
    leptos::task::spawn_local(async move {
        let _ = match view {
            View::Home => Ok(()),
            View::Check => preload_check().await,
            // Its parts right after it (one chunk for both), still beside its words.
            View::Plan => match preload_plan().await {
                Ok(()) => preload_parts().await,
                e => e,
            },
            View::Help => preload_help().await,
            View::Share => preload_share().await,
            View::Privacy => preload_privacy().await,
            View::About => preload_about().await,
            View::Helper => preload_helper().await,
            View::Teacher => preload_teacher().await,
            View::Child => preload_child().await,
            View::Diary => preload_diary().await,
            View::DiaryPrint => preload_diary_print().await,
            View::Leaves => preload_leaves().await,
            View::Phone => preload_phone().await,
        };
    });
}

thread_local! {
    static FOCUS_ON_ARRIVAL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// After a move to another view: its heading takes focus once the view is on screen
/// (screen readers hear where they are), however long its code takes to arrive.
pub fn focus_on_arrival() {
    FOCUS_ON_ARRIVAL.with(|f| f.set(true));
}

fn arrived() {
    if FOCUS_ON_ARRIVAL.with(|f| f.replace(false)) {
        request_animation_frame(|| page::focus_and_scroll_top(VIEW_TITLE_ID));
    }
}

/// The view, once its code is here. Home is part of the first visit and renders at once.
#[component]
pub fn LazyView(view: View) -> impl IntoView {
    if view == View::Home {
        return home::HomeView().into_any();
    }
    crate::ui::away::watch_soon();
    let attempt = RwSignal::new(0u32);
    let content = move || {
        attempt.track();
        Suspend::new(async move {
            let shown = match load(view).await {
                Ok(v) => v,
                Err(Unavailable) => view! { <CouldNotOpen retry=attempt/> }.into_any(),
            };
            arrived();
            shown
        })
    };
    view! { <Suspense fallback=|| view! { <p class="loading" role="status">{tr!(APP_LOADING)}</p> }>{content}</Suspense> }
    .into_any()
}

/// A part of a view that arrives in a chunk of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Part {
    /// "What matters to me", at the top of the plan.
    Matters,
    /// The trusted person and the ready messages, after the plan's sections.
    Trusted,
}

/// A part of the plan view, once its code is here; nothing while it is on its way, and
/// a line with a retry if it cannot arrive (the rest of the plan works without it).
#[component]
pub fn PlanPart(part: Part) -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    let content = move || {
        attempt.track();
        Suspend::new(async move {
            load_part(part).await.unwrap_or_else(|Unavailable| {
                view! {
                    <p class="unavailable-part" role="status">
                        {tr!(APP_UNAVAILABLE_TEXT)} " "
                        <button type="button" class="link-button" on:click=move |_| attempt.update(|n| *n += 1)>
                            {tr!(APP_UNAVAILABLE_RETRY)}
                        </button>
                    </p>
                }
                .into_any()
            })
        })
    };
    view! { <Suspense fallback=|| ()>{content}</Suspense> }
}

/// "This part could not be opened": says so plainly, offers to try again.
#[component]
fn CouldNotOpen(retry: RwSignal<u32>) -> impl IntoView {
    view! {
        <div class="unavailable" role="alert">
            <h1 id=VIEW_TITLE_ID tabindex="-1">{tr!(APP_UNAVAILABLE_TITLE)}</h1>
            <p>{tr!(APP_UNAVAILABLE_TEXT)}</p>
            <button type="button" class="primary" on:click=move |_| retry.update(|n| *n += 1)>
                {tr!(APP_UNAVAILABLE_RETRY)}
            </button>
        </div>
    }
}
