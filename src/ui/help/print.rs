//! A help card to print for a chosen commune, for someone without a smartphone: the
//! emergency numbers, the lines, and the places one can go (the commune's People's
//! Committee and police, the province's one-stop centre). One A6 or A5 page, with the
//! same neutral-wording option as the share poster. Hidden on screen; print styles
//! (style/help.css) make it the only thing on paper.

use leptos::prelude::*;

use crate::core::directory::{
    commune_offices, providers_for, ContactPoint, Cost, Kind, OfficeKind, Provider,
};
use crate::core::lang::Lang;
use crate::i18n::{lang, t, t_args};
use crate::keys;
use crate::platform::page;
use crate::tr;
use crate::ui::widgets::Stays;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CardPaper {
    A6,
    A5,
}

impl CardPaper {
    /// The sizes offered in `lang`. Khmer script needs more room than an A6 card leaves
    /// at a size one can read, so Khmer cards are A5.
    fn offered(lang: Lang) -> &'static [CardPaper] {
        match lang {
            Lang::Km => &[CardPaper::A5],
            Lang::Vi | Lang::En => &[CardPaper::A6, CardPaper::A5],
        }
    }

    /// `self` if it is offered in `lang`, else the first size that is.
    fn within(self, lang: Lang) -> CardPaper {
        let offered = CardPaper::offered(lang);
        if offered.contains(&self) {
            self
        } else {
            offered.first().copied().unwrap_or(CardPaper::A5)
        }
    }

    fn name(self) -> &'static str {
        match self {
            CardPaper::A6 => "A6",
            CardPaper::A5 => "A5",
        }
    }

    /// The class that gives the card its page size (CSS named pages).
    fn class(self) -> &'static str {
        match self {
            CardPaper::A6 => "helpcard helpcard-a6",
            CardPaper::A5 => "helpcard helpcard-a5",
        }
    }
}

/// The number a card line shows, and whether it can be called at all.
fn callable(p: &Provider) -> Option<&'static ContactPoint> {
    p.contacts.iter().find(|c| c.call)
}

#[component]
pub fn PrintCard(area: Signal<Option<u32>>) -> impl IntoView {
    let paper = RwSignal::new(CardPaper::A6);
    let neutral = RwSignal::new(false);

    let commune_line = move || match area.get().and_then(crate::core::directory::unit) {
        Some(u) => t_args(keys::HELP_PRINT_COMMUNE, &[("area", u.label().into())]),
        None => t(keys::HELP_PRINT_NO_COMMUNE),
    };
    let shown_paper = move || paper.get().within(lang());
    let paper_choice = move || {
        CardPaper::offered(lang())
            .iter()
            .map(|&p| {
                view! {
                    <label class="help-print-choice">
                        <input
                            type="radio"
                            name="helpcard-paper"
                            prop:checked=move || shown_paper() == p
                            on:change=move |_| paper.set(p)
                        />
                        {p.name()}
                    </label>
                }
            })
            .collect_view()
    };

    view! {
        <section class="card help-print" aria-labelledby="help-print-title">
            <h2 id="help-print-title">{tr!(HELP_PRINT_TITLE)}</h2>
            <p class="hint">{tr!(HELP_PRINT_HINT)}</p>
            <p class="help-print-commune">{commune_line}</p>
            <fieldset>
                <legend>{tr!(HELP_PRINT_PAPER)}</legend>
                <div class="help-print-choices">{paper_choice}</div>
            </fieldset>
            <label class="help-print-check">
                <input
                    type="checkbox"
                    prop:checked=move || neutral.get()
                    on:change=move |ev| neutral.set(event_target_checked(&ev))
                />
                {tr!(HELP_PRINT_NEUTRAL)}
            </label>
            <Stays key=keys::STAYS_PDF/>
            <button type="button" class="primary" on:click=move |_| page::print()>
                {tr!(HELP_PRINT_BUTTON)}
            </button>
        </section>
        <article class=move || shown_paper().class() aria-labelledby="helpcard-heading">
            {move || card(area.get(), neutral.get())}
        </article>
    }
}

/// The card's content, in the page's language.
fn card(area: Option<u32>, neutral: bool) -> impl IntoView {
    let pick = |plain: &'static str, calm: &'static str| t(if neutral { calm } else { plain });
    let shown = providers_for(&[], area);
    let emergency: Vec<&Provider> = shown
        .iter()
        .copied()
        .filter(|p| p.kind == Kind::Emergency)
        .collect();
    let lines: Vec<&Provider> = shown
        .iter()
        .copied()
        .filter(|p| p.kind != Kind::Emergency && !p.in_person && callable(p).is_some())
        .collect();
    let places: Vec<&Provider> = shown.iter().copied().filter(|p| p.in_person).collect();
    let checked = shown
        .iter()
        .map(|p| p.checked)
        .max()
        .map(|d| t_args(keys::HELPCARD_CHECKED, &[("date", d.dmy().into())]));
    let l = lang();

    let number =
        |p: &Provider| callable(p).map(|c| view! { <span class="num">{c.display}</span> " " });
    let emergency_items = emergency
        .into_iter()
        .map(|p| view! { <li>{number(p)}<span>{p.name.get(l)}</span></li> })
        .collect_view();
    let line_items = lines
        .into_iter()
        .map(|p| {
            // Names may speak of violence; the neutral card says only what kind of line.
            let name = if neutral { t(p.kind.key()) } else { p.name.get(l).to_string() };
            let mut notes = Vec::new();
            match callable(p).map(|c| c.cost) {
                Some(Cost::Free) => notes.push(t(keys::HELPCARD_FREE)),
                Some(Cost::Charged) => notes.push(t(keys::HELPCARD_CHARGED)),
                _ => {}
            }
            if p.unconfirmed() {
                notes.push(t(keys::HELPCARD_UNCONFIRMED));
            }
            view! {
                <li>
                    {number(p)}
                    <span>{name}</span>
                    {(!notes.is_empty()).then(|| view! { <span class="helpcard-aside">" (" {notes.join(", ")} ")"</span> })}
                </li>
            }
        })
        .collect_view();
    let office_items = area.and_then(commune_offices).map(|offices| {
        offices
            .into_iter()
            .map(|o| {
                let what = match o.kind {
                    OfficeKind::PeoplesCommittee => keys::HELPCARD_COMMITTEE,
                    OfficeKind::Police => keys::HELPCARD_POLICE,
                };
                let name = o.short_vi().unwrap_or_else(|| o.name_vi());
                view! {
                    <li>
                        <strong lang="vi">{name}</strong>
                        {(!neutral).then(|| view! { <span>" – " {t(what)}</span> })}
                    </li>
                }
            })
            .collect_view()
    });
    let place_items = places
        .into_iter()
        .map(|p| {
            // Where it is and how to reach it; what it offers is on screen (space is short).
            let reach = match callable(p) {
                Some(c) => c.display.to_string(),
                None => t(keys::HELP_PHONE_UNCONFIRMED),
            };
            view! {
                <li>
                    <strong>{p.name.get(l)}</strong>
                    {p.address.map(|a| view! { <span>" – " {a.get(l)}</span> })}
                    <span>" – " {reach}</span>
                </li>
            }
        })
        .collect_view();

    view! {
        <h2 id="helpcard-heading" class="helpcard-heading">
            {pick(keys::HELPCARD_HEADING, keys::HELPCARD_HEADING_NEUTRAL)}
        </h2>
        {area.and_then(crate::core::directory::unit).map(|u| view! {
            <p class="helpcard-area" lang="vi">{u.label()}</p>
        })}
        <h3>{pick(keys::HELPCARD_EMERGENCY, keys::HELPCARD_EMERGENCY_NEUTRAL)}</h3>
        <ul class="helpcard-numbers">{emergency_items}</ul>
        <h3>{pick(keys::HELPCARD_LINES, keys::HELPCARD_LINES_NEUTRAL)}</h3>
        <ul class="helpcard-numbers">{line_items}</ul>
        <h3>{t(keys::HELPCARD_PLACES)}</h3>
        <ul class="helpcard-places">{office_items}{place_items}</ul>
        {checked.map(|c| view! { <p class="helpcard-checked">{c}</p> })}
    }
}
