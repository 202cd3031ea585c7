//! A trusted person one message away: name or nickname, number and code word (in the
//! plan: memory only, kept only inside the encrypted plan), and ready messages sent as
//! an `sms:` link with the text filled in, or handed to the share sheet so the person can
//! choose Zalo, or copied where there is no share sheet. One line before them says what
//! stays behind. No location is ever added; nothing is sent by the app.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::emergency::Emergency;
use crate::core::lang::Lang;
use crate::core::plan::trusted::{percent_encode, sms_href, Ready, TrustedField};
use crate::i18n::{lang, message, t, t_args, tr};
use crate::keys;
use crate::platform::web_share::{self, Shared};
use crate::tr;
use crate::ui::plan::PlanHere;
use crate::ui::widgets::{copy_now, follow, Check, CopyState, CopyStatus, Stays, TextInput};

#[component]
pub fn TrustedPanel() -> impl IntoView {
    let Some(plan) = use_context::<PlanHere>() else {
        return ().into_any();
    };
    let number = Memo::new(move |_| plan.with(|p| p.trusted.dial()));
    let word = Memo::new(move |_| plan.with(|p| p.trusted.code_word().map(str::to_string)));
    let name = Memo::new(move |_| plan.with(|p| p.trusted.name.trim().to_string()));
    let bad_number =
        move || plan.with(|p| !p.trusted.number.trim().is_empty()) && number.get().is_none();
    // Going to Zalo or the dialler and back keeps the plan; longer away, it closes.
    let away_line = move || {
        let l = crate::core::away::PLAN;
        t_args(
            keys::TRUSTED_AWAY,
            &[
                ("hidden", l.hidden_minutes().into()),
                ("idle", l.idle_minutes().into()),
            ],
        )
    };
    // Read once: whether to offer the share sheet or a copy.
    let can_share = web_share::available();

    view! {
        <section class="trusted card" aria-labelledby="trusted-title">
            <h2 id="trusted-title">{tr!(TRUSTED_TITLE)}</h2>
            <p>{tr!(TRUSTED_INTRO)}</p>
            <Entry field=TrustedField::Name label=keys::TRUSTED_NAME hint=keys::TRUSTED_NAME_HINT plan/>
            <Entry field=TrustedField::Number label=keys::TRUSTED_NUMBER hint=keys::TRUSTED_NUMBER_HINT plan/>
            <p class="plan-msg problem" id="trusted-number-bad" hidden=move || !bad_number()>
                {tr!(TRUSTED_NUMBER_BAD)}
            </p>
            <Entry field=TrustedField::Word label=keys::TRUSTED_WORD hint=keys::TRUSTED_WORD_HINT plan/>
            <h3>
                {move || {
                    let n = name.get();
                    if n.is_empty() { t(keys::TRUSTED_READY) } else { t_args(keys::TRUSTED_TO, &[("name", n.into())]) }
                }}
            </h3>
            // Where a message will stay, said before any button that sends or copies it.
            <div class="trusted-behind reassure">
                <p>{tr!(TRUSTED_STAYS_BEHIND)}</p>
                <Stays key=keys::STAYS_SMS/>
                <Stays key=if can_share { keys::STAYS_ZALO } else { keys::STAYS_COPY }/>
            </div>
            <p class="trusted-away hint">{away_line}</p>
            <ul class="trusted-messages">
                {Ready::ALL
                    .into_iter()
                    .map(|r| view! { <ReadyMessage r number word can_share/> })
                    .collect_view()}
            </ul>
            <HelpNumbers can_share/>
            <Check
                id="trusted-print"
                key=keys::TRUSTED_PRINT
                checked=Signal::derive(move || plan.with(|p| p.print.trusted))
                on_change=Callback::new(move |on| plan.update(|p| p.print.trusted = on))
            />
        </section>
    }
    .into_any()
}

/// One of the three texts. Written to the element only when the plan changes from
/// outside (opened, cleared), as the plan's notes are, so typing is never disturbed.
#[component]
fn Entry(
    field: TrustedField,
    label: &'static str,
    hint: &'static str,
    plan: PlanHere,
) -> impl IntoView {
    let id = format!("trusted-{}", field.code());
    let hint_id = format!("{id}-hint");
    let text = Memo::new(move |_| plan.with(|p| p.trusted.get(field).to_string()));
    let node: NodeRef<leptos::html::Input> = NodeRef::new();
    follow(node, text);
    let is_number = field == TrustedField::Number;
    let described = if is_number {
        format!("{hint_id} trusted-number-bad")
    } else {
        hint_id.clone()
    };
    view! {
        <div class="plan-note">
            <label for=id.clone()>{tr(label)}</label>
            <p class="hint" id=hint_id>{tr(hint)}</p>
            <TextInput
                kind=if is_number { "tel" } else { "text" }
                {..}
                node_ref=node
                id=id
                inputmode=is_number.then_some("tel")
                attr:aria-describedby=described
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    plan.update(|p| p.trusted.set(field, v));
                }
            />
        </div>
    }
}

/// The body of a ready message in a language.
fn body(lang: Lang, r: Ready, word: Option<&str>) -> String {
    let args = word.map(|w| [("word", w.to_string().into())]);
    message(lang, r.body_key(), args.as_ref().map(|a| &a[..]))
}

#[component]
fn ReadyMessage(
    r: Ready,
    number: Memo<Option<String>>,
    word: Memo<Option<String>>,
    can_share: bool,
) -> impl IntoView {
    let text = Memo::new(move |_| word.with(|w| body(lang(), r, w.as_deref())));
    let ready = move || !r.needs_word() || word.with(Option::is_some);
    let said: CopyState = RwSignal::new(None);
    let body_id = move || format!("trusted-m-{}", r.code());
    view! {
        <li class="trusted-message" data-message=r.code()>
            <p class="trusted-label">{tr(r.label_key())}</p>
            <Show
                when=ready
                fallback=|| view! { <p class="hint">{tr!(TRUSTED_NEED_WORD)}</p> }
            >
                <p class="trusted-body" id=body_id()>{move || text.get()}</p>
                <div class="help-actions">
                    {move || match number.get() {
                        Some(n) => view! {
                            <a class="button primary trusted-sms" href=sms_href(&n, &text.get()) aria-describedby=body_id()>
                                {tr!(TRUSTED_SMS)}
                            </a>
                        }
                        .into_any(),
                        None => view! { <p class="hint">{tr!(TRUSTED_NEED_NUMBER)}</p> }.into_any(),
                    }}
                    <SendOther text=Signal::derive(move || text.get()) can_share said/>
                </div>
                <CopyStatus state=said class="trusted-said" done=keys::TRUSTED_COPIED failed=keys::TRUSTED_COPY_FAILED/>
            </Show>
        </li>
    }
}

/// "Send by Zalo or another app" where there is a share sheet, else "Copy the message";
/// a share sheet that refuses (inside a host page) falls back to copying.
#[component]
fn SendOther(text: Signal<String>, can_share: bool, said: CopyState) -> impl IntoView {
    let go = move |_| {
        let text = text.get_untracked();
        spawn_local(async move {
            if can_share {
                match web_share::share_text(&text).await {
                    Shared::Done | Shared::Cancelled => return,
                    Shared::Unavailable => {}
                }
            }
            copy_now(said, text, String::new(), None).await;
        });
    };
    view! {
        <button type="button" class="secondary trusted-share" on:click=go>
            {if can_share { tr!(TRUSTED_SHARE) } else { tr!(TRUSTED_COPY) }}
        </button>
    }
}

/// "Send the help numbers to a friend": the emergency numbers as a plain text.
#[component]
fn HelpNumbers(can_share: bool) -> impl IntoView {
    let text = Signal::derive(move || {
        let lang = lang();
        let mut s = message(lang, keys::TRUSTED_NUMBERS_TEXT, None);
        for e in Emergency::ALL {
            s.push('\n');
            s.push_str(e.digits());
            s.push_str(" – ");
            s.push_str(&message(lang, e.label_key(), None));
        }
        s
    });
    let said: CopyState = RwSignal::new(None);
    view! {
        <div class="trusted-numbers">
            <h3>{tr!(TRUSTED_NUMBERS_TITLE)}</h3>
            <p class="trusted-body" id="trusted-numbers-text">{move || text.get()}</p>
            <div class="help-actions">
                <a class="button trusted-sms" href=move || format!("sms:?body={}", percent_encode(&text.get()))>
                    {tr!(TRUSTED_SMS)}
                </a>
                <SendOther text can_share said/>
            </div>
            <CopyStatus state=said class="trusted-said" done=keys::TRUSTED_COPIED failed=keys::TRUSTED_COPY_FAILED/>
        </div>
    }
}
