//! "Erase the whole diary", in two steps: storage goes back to how it was before the
//! diary, the kept plan untouched, or nothing at all when nothing else was kept.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::diary::Diary;
use crate::keys;
use crate::platform::keeper::{self, Kept, Sealed};
use crate::ui::diary::Said;
use crate::ui::state::Session;
use crate::ui::widgets::Confirm;

#[component]
pub fn EraseAll(session: Session, said: RwSignal<Option<Said>>) -> impl IntoView {
    let erase = move |()| {
        session.diary.set(Diary::new());
        let Some(u) = session.unlocked.get_untracked() else {
            // Nothing open: only the page's copy went. A kept diary needs its passphrase.
            said.set(Some(match keeper::kept() {
                Kept::Something(_) => Said::done(keys::DIARY_ERASE_LOCKED),
                Kept::Unavailable | Kept::Nothing => Said::done(keys::DIARY_ERASED),
            }));
            return;
        };
        if u.saved_diary().is_empty() {
            said.set(Some(Said::done(keys::DIARY_ERASED)));
        } else if u.saved().is_empty() {
            // Nothing else was kept: storage goes back to holding nothing.
            session.unlocked.set(None);
            said.set(Some(if keeper::delete() {
                Said::done(keys::DIARY_ERASED)
            } else {
                Said::problem(keys::PLAN_STORAGE_REFUSED)
            }));
        } else {
            // The kept plan, as it was kept, without the diary.
            let plan = u.saved().clone();
            let epoch = session.epoch();
            spawn_local(async move {
                // Stored even if the page was left meanwhile: erasing only ever removes.
                let stored = keeper::save(u, plan, Diary::new())
                    .await
                    .and_then(Sealed::store);
                if !session.still(epoch) {
                    // But no key comes back.
                    return;
                }
                match stored {
                    Ok(u) => {
                        session.unlocked.try_set(Some(u));
                        said.try_set(Some(Said::done(keys::DIARY_ERASED)));
                    }
                    Err(e) => {
                        said.try_set(Some(Said::problem(e.key())));
                    }
                }
            });
        }
    };
    view! {
        <Confirm id="diary-erase-q" class="diary-erase" ask=keys::DIARY_ERASE_BUTTON
            question=keys::DIARY_ERASE_CONFIRM yes=keys::DIARY_ERASE_YES no=keys::DIARY_ERASE_NO
            on_yes=Callback::new(erase)/>
    }
}
