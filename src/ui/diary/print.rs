//! The printing screen: which entries, the commune, the names if the person wants them,
//! a copy of the request in their language; beside it, what happens next, other ways to
//! ask, where else to report, and the limits. What is chosen here stays in this view
//! (never in the session, never stored) and reaches paper only by printing.

use leptos::prelude::*;

use crate::core::calendar::Day;
use crate::core::diary::request::MAX_NAME_CHARS;
use crate::core::diary::EntryId;
use crate::core::directory::{self, Unit};
use crate::core::lang::Lang;
use crate::core::route::View;
use crate::i18n::{self, t, tr};
use crate::keys;
use crate::platform::page;
use crate::ui::diary::sheet::{Choice, Sheet};
use crate::ui::state::Session;
use crate::ui::widgets::{NavLink, ReadMore, Stays, TextInput, ViewTitle, P};

/// The 102 units, by name (marks and case folded, as the help view's search does).
fn units_by_name() -> Vec<&'static Unit> {
    let mut v: Vec<&'static Unit> = directory::UNITS.iter().collect();
    crate::core::sort::sort_by(&mut v, |a, b| {
        directory::fold(a.name).cmp(&directory::fold(b.name))
    });
    v
}

#[component]
pub fn DiaryPrintView() -> impl IntoView {
    let Some(session) = Session::provided() else {
        return ().into_any();
    };
    let all: Vec<EntryId> = session
        .diary
        .with_untracked(|d| d.by_date().into_iter().map(|(id, _)| id).collect());
    let chosen = RwSignal::new(all);
    let commune = RwSignal::new(None::<u32>);
    let own_name = RwSignal::new(String::new());
    let other_name = RwSignal::new(String::new());
    let here = i18n::lang_now();
    let copy = RwSignal::new((here != Lang::Vi).then_some(here));
    let today: Day = crate::platform::clock::today();
    let choice = Choice {
        chosen,
        commune,
        own_name,
        other_name,
        copy,
        today,
    };
    let empty = move || session.diary.with(|d| d.is_empty());

    let entries = move || {
        session.diary.with(|d| {
            d.by_date()
                .into_iter()
                .map(|(id, e)| {
                    let label = e.day.map_or_else(|| t(keys::DIARY_UNDATED), Day::dmy);
                    let first: String = e
                        .written()
                        .next()
                        .map(|(_, text)| text.chars().take(60).collect())
                        .unwrap_or_default();
                    view! {
                        <li>
                            <label class="diary-choice">
                                <input
                                    type="checkbox"
                                    prop:checked=move || chosen.try_with(|c| c.contains(&id)).unwrap_or(false)
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        chosen.update(|c| {
                                            c.retain(|x| *x != id);
                                            if on {
                                                c.push(id);
                                            }
                                        });
                                    }
                                />
                                <strong>{label}</strong>" "{first}
                            </label>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let units = units_by_name()
        .into_iter()
        .map(|u| view! { <option value=u.code.to_string()>{u.label()}</option> })
        .collect_view();
    let copies = [Lang::En, Lang::Km]
        .into_iter()
        .map(|l| view! { <option value=l.code()>{l.endonym()}</option> })
        .collect_view();
    let pick_copy = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let lang = [Lang::En, Lang::Km].into_iter().find(|l| l.code() == v);
        // The copy's words may not be here yet (another language than the page's).
        leptos::task::spawn_local(async move {
            if let Some(l) = lang {
                if i18n::ensure(l, i18n::Part::First).await.is_err()
                    || i18n::ensure(l, i18n::Part::Rest).await.is_err()
                {
                    return;
                }
            }
            copy.try_set(lang);
        });
    };
    let name_input = move |sig: RwSignal<String>| {
        move |ev: leptos::ev::Event| {
            let v: String = event_target_value(&ev)
                .chars()
                .take(MAX_NAME_CHARS)
                .collect();
            sig.set(v);
        }
    };
    let nothing_chosen = move || chosen.try_with(Vec::is_empty).unwrap_or(true);

    view! {
        <div class="diary diary-print">
            <ViewTitle key=keys::DIARY_PRINT_TITLE/>
            <p><NavLink to=View::Diary>{tr(keys::DIARY_PRINT_BACK)}</NavLink></p>
            <P key=keys::DIARY_PRINT_INTRO/>
            <Show when=move || !empty() fallback=|| view! { <p class="plan-msg">{tr(keys::DIARY_PRINT_NONE)}</p> }>
                <form class="card diary-print-form" autocomplete="off" on:submit=|ev| ev.prevent_default()>
                    <fieldset>
                        <legend>{tr(keys::DIARY_PRINT_CHOOSE)}</legend>
                        <ul class="diary-choose">{entries}</ul>
                    </fieldset>
                    <label for="diary-commune">{tr(keys::DIARY_PRINT_COMMUNE)}</label>
                    <p class="hint" id="diary-commune-hint">{tr(keys::DIARY_PRINT_COMMUNE_HINT)}</p>
                    <select id="diary-commune" aria-describedby="diary-commune-hint"
                        on:change=move |ev| commune.set(event_target_value(&ev).parse().ok())>
                        <option value="">{tr(keys::DIARY_PRINT_COMMUNE_NONE)}</option>
                        {units.clone()}
                    </select>
                    <p class="hint" id="diary-names-hint">{tr(keys::DIARY_PRINT_NAMES_HINT)}</p>
                    <label for="diary-own-name">{tr(keys::DIARY_PRINT_OWN_NAME)}</label>
                    <TextInput {..} id="diary-own-name" attr:aria-describedby="diary-names-hint"
                        maxlength=MAX_NAME_CHARS.to_string() on:input=name_input(own_name)/>
                    <label for="diary-other-name">{tr(keys::DIARY_PRINT_OTHER_NAME)}</label>
                    <TextInput {..} id="diary-other-name" attr:aria-describedby="diary-names-hint"
                        maxlength=MAX_NAME_CHARS.to_string() on:input=name_input(other_name)/>
                    <label for="diary-copy">{tr(keys::DIARY_PRINT_COPY)}</label>
                    <select id="diary-copy" on:change=pick_copy>
                        <option value="" selected=here == Lang::Vi>{tr(keys::DIARY_PRINT_COPY_NONE)}</option>
                        {copies.clone()}
                    </select>
                    <p class="hint">{tr(keys::DIARY_PRINT_NO_WHERE)}</p>
                    <p class="hint">{tr(keys::DIARY_PRINT_STAYS)}</p>
                    <Stays key=keys::STAYS_PDF/>
                    <Show when=nothing_chosen>
                        <p class="plan-msg problem">{tr(keys::DIARY_PRINT_PICK_ONE)}</p>
                    </Show>
                    <button type="button" class="primary" disabled=nothing_chosen on:click=move |_| page::print()>
                        {tr(keys::DIARY_PRINT_BUTTON)}
                    </button>
                </form>
            </Show>
            <NextSteps/>
            <Show when=move || !empty()>
                <h2 class="diary-preview-title">{tr(keys::DIARY_PRINT_PREVIEW)}</h2>
                <Sheet session choice/>
            </Show>
        </div>
    }
    .into_any()
}

/// Beside the request: what happens next, other ways, where else to report, legal aid,
/// limits. Only what the law's short version says.
#[component]
fn NextSteps() -> impl IntoView {
    let report = [
        keys::DIARY_REPORT_COMMUNE,
        keys::DIARY_REPORT_POLICE,
        keys::DIARY_REPORT_SCHOOL,
        keys::DIARY_REPORT_VILLAGE,
        keys::DIARY_REPORT_UNION,
    ]
    .into_iter()
    .map(|k| view! { <li>{tr(k)}</li> })
    .collect_view();
    view! {
        <section class="card diary-next" aria-labelledby="diary-next-title">
            <h2 id="diary-next-title">{tr(keys::DIARY_NEXT_TITLE)}</h2>
            <P key=keys::DIARY_OWN_REQUEST/>
            <P key=keys::DIARY_NEXT_12H/>
            <P key=keys::DIARY_NEXT_3DAYS/>
            <p class="plan-msg"><strong>{tr(keys::DIARY_NEXT_WHO)}</strong></p>
            <P key=keys::DIARY_NEXT_BREACH/>
            <P key=keys::DIARY_NEXT_LIFE/>
            <h3>{tr(keys::DIARY_WAYS_TITLE)}</h3>
            <P key=keys::DIARY_WAYS_TEXT/>
            <P key=keys::DIARY_COURT/>
            <h3>{tr(keys::DIARY_REPORT_TITLE)}</h3>
            <p>{tr(keys::DIARY_REPORT_INTRO)}</p>
            <ul>{report}</ul>
            <p><strong>{tr(keys::DIARY_REPORT_DANGER)}</strong></p>
            <ReadMore key=keys::DIARY_AID/>
            <P key=keys::DIARY_LIMIT_EVIDENCE/>
            <P key=keys::DIARY_LIMIT_DECISION/>
        </section>
    }
}
