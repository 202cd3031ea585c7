#![recursion_limit = "256"]
//! safepath: the module map. `core` is pure Rust (tested natively), `platform` is the
//! only code that touches the browser, `ui` holds the components. Imports flow
//! ui → platform → core, never back; `i18n` (words) and `chunks` (what arrives when
//! first needed) sit below `ui`, beside `platform`.

#![cfg_attr(
    test,
    allow(
        clippy::string_slice,
        reason = "tests may slice strings: a bad slice fails the test, it never reaches a phone"
    )
)]

pub mod chunks;
pub mod core;
pub mod i18n;
pub mod keys;
pub mod platform;
pub mod ui;
