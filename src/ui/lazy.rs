//! Views that arrive when first needed. Each function below is a split point: the release
//! build cuts its code (and the data only it uses) into a WebAssembly chunk of its own
//! (`tools/split.mjs`), fetched from the app's own origin the first time the view opens,
//! or earlier when a link to it is hovered, focused or touched. Natively (tests, the
//! build-time render) the functions are plain calls.
//!
//! A chunk that cannot arrive is never a dead page: the view says so and offers to try
//! again, and the chrome, the emergency numbers and quick exit stay where they are.

use leptos::prelude::*;
use leptos::wasm_split::wasm_split;

use crate::chunks::Unavailable;
use crate::core::lang::Lang;
use crate::core::route::View;
use crate::core::view::{same, Words};
use crate::i18n;
use crate::platform::page;
use crate::tr;
use crate::ui::away::ClosedNote;
use crate::ui::state::{scope_view, Nav, Session, VIEW_TITLE_ID};
use crate::ui::{
    about, audiences, check, diary, help, leaves, people, phone, plan, privacy, share,
};

type Loaded = Result<AnyView, Unavailable>;

/// One split point per view of `core::view`'s table (Home excepted: it is the first
/// visit's), and the two matches that open and prefetch them. The chunk named here must
/// be the table's: checked when this compiles. A view missing here does not compile.
macro_rules! split_views {
    ($($v:ident: $chunk:ident, $load:ident, $preload:ident => $body:expr;)*) => {
        $(
            crate::chunks::split_point!($chunk, $load, $preload, -> AnyView, $body.into_any());
            const _: () = assert!(
                matches!(View::$v.chunk(), Some(c) if same(c, stringify!($chunk))),
                concat!("core::view names another chunk for ", stringify!($v)),
            );
        )*

        async fn load_code(view: View) -> Loaded {
            match view {
                View::Home => Ok(crate::ui::home::HomeView().into_any()),
                $(View::$v => $load().await,)*
            }
        }

        async fn preload_code(view: View) -> Result<(), leptos::wasm_split::SplitLoaderError> {
            match view {
                View::Home => Ok(()),
                $(View::$v => $preload().await,)*
            }
        }
    };
}

// Adding a view: one row here, one in `core::view` (see its module doc).
split_views! {
    Check: check, load_check, preload_check => check::CheckView();
    Plan: plan, load_plan, preload_plan => plan::PlanView();
    Help: help, load_help, preload_help => help::HelpView();
    Share: share, load_share, preload_share => share::ShareView();
    Privacy: pages, load_privacy, preload_privacy => privacy::PrivacyView();
    About: pages, load_about, preload_about => about::AboutView();
    Helper: people, load_helper, preload_helper => people::HelperView();
    Teacher: people, load_teacher, preload_teacher => people::TeacherView();
    Child: people, load_child, preload_child => people::ChildView();
    Diary: diary, load_diary, preload_diary => diary::DiaryView();
    DiaryPrint: diary, load_diary_print, preload_diary_print => diary::DiaryPrintView();
    // Its own chunk: opened from the privacy page and the footer, by people who did not
    // open the privacy page's chunk.
    Leaves: leaves, load_leaves, preload_leaves => leaves::LeavesView();
    Phone: phone, load_phone, preload_phone => phone::PhoneView();
    // In the people pages' chunk: they share its layout, and a chunk in the disk cache
    // then says no more than "a page for others" was opened.
    Change: people, load_change, preload_change => audiences::ChangeView();
    Young: people, load_young, preload_young => audiences::YoungView();
    Community: people, load_community, preload_community => audiences::CommunityView();
}

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
    let here = [i18n::lang_now()];
    let langs: &[Lang] = match view.words() {
        Words::Chrome => &[],
        Words::Every => &Lang::ALL,
        Words::Own | Words::OwnAndVi | Words::OwnAndPage => &here,
    };
    for &lang in langs {
        i18n::ensure(lang, i18n::Part::First).await?;
        i18n::ensure(lang, i18n::Part::Rest).await?;
    }
    if view.words() == Words::OwnAndVi {
        i18n::ensure(Lang::Vi, i18n::Part::Rest).await?;
    }
    if view.words() == Words::OwnAndPage {
        i18n::ensure(i18n::lang_now(), i18n::Part::Pages).await?;
    }
    load_code(view).await
}

/// Starts fetching the rest of a language's words (every view but Home needs them).
pub fn prefetch_words(lang: Lang) {
    i18n::prefetch(lang, i18n::Part::Rest);
}

/// Starts fetching a view's chunk without waiting for it (a failure here is retried when
/// the view opens). Not while another view is arriving: the person is waiting for that
/// one, and on a slow line every other byte delays it. (The loading line moves the page
/// under a resting mouse pointer, and the browser then reports it entering whatever link
/// lies there now: that is no intent.)
pub fn prefetch(view: View) {
    if ARRIVING.with(|a| a.get().is_some_and(|v| v != view)) {
        return;
    }
    if view.words() != Words::Chrome {
        i18n::prefetch(i18n::lang_now(), i18n::Part::Rest);
    }
    if view.words() == Words::OwnAndPage {
        i18n::prefetch(i18n::lang_now(), i18n::Part::Pages);
    }
    prefetch_code(view);
}

fn prefetch_code(view: View) {
    leptos::task::spawn_local(async move {
        // The plan's parts right after it (one chunk for both), still beside its words.
        if preload_code(view).await.is_ok() && view == View::Plan {
            let _ = preload_parts().await;
        }
    });
}

thread_local! {
    static FOCUS_ON_ARRIVAL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The view whose code and words are on their way, if any.
    static ARRIVING: std::cell::Cell<Option<View>> = const { std::cell::Cell::new(None) };
}

/// After a move to another view: its heading takes focus once the view is on screen
/// (screen readers hear where they are), however long its code takes to arrive.
pub fn focus_on_arrival() {
    FOCUS_ON_ARRIVAL.with(|f| f.set(true));
}

/// Marks `view` as arriving until dropped: also when the person moves on before it came
/// (the wait is then dropped with its view).
struct Arriving(View);

impl Arriving {
    fn new(view: View) -> Self {
        ARRIVING.with(|a| a.set(Some(view)));
        Self(view)
    }
}

impl Drop for Arriving {
    fn drop(&mut self) {
        ARRIVING.with(|a| {
            if a.get() == Some(self.0) {
                a.set(None);
            }
        });
    }
}

fn arrived() {
    if FOCUS_ON_ARRIVAL.with(|f| f.replace(false)) {
        request_animation_frame(|| page::focus_and_scroll_top(VIEW_TITLE_ID));
    }
}

/// The view, once its code is here. Home is part of the first visit and renders at once.
#[component]
pub fn LazyView(view: View) -> impl IntoView {
    // Here, for every view, so no view can forget it: what the view (and the "loading"
    // line below) reads from app-wide signals, it reads through memos this view owns.
    scope_view();
    if view == View::Home {
        return crate::ui::home::HomeView().into_any();
    }
    let attempt = RwSignal::new(0u32);
    let content = move || {
        attempt.track();
        Suspend::new(async move {
            let arriving = Arriving::new(view);
            let loaded = load(view).await;
            drop(arriving);
            let shown = match loaded {
                Ok(v) => v,
                Err(Unavailable) => view! { <CouldNotOpen retry=attempt/> }.into_any(),
            };
            arrived();
            // The away watch's chunk after the view's, not beside it: nothing can be typed
            // before the view is here, and the view arrives sooner on a slow line.
            crate::ui::away::watch_soon();
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
