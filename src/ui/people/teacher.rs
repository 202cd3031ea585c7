//! For teachers and school staff: when a pupil confides, the school's place in the law
//! (Art. 19, as written), 111 and 113, privacy, and handing the app out safely.

use leptos::prelude::*;

use super::PageBody;
use crate::core::people::TEACHER;

#[component]
pub fn TeacherView() -> impl IntoView {
    view! { <PageBody page=&TEACHER class="people people-teacher"/> }
}
