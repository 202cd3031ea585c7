#![recursion_limit = "256"]
//! safepath: the module map. `core` is pure Rust (tested natively), `platform` is the
//! only code that touches the browser, `ui` holds the components. Imports flow
//! ui → platform → core, never back.

#![cfg_attr(
    test,
    allow(
        clippy::string_slice,
        reason = "tests may slice strings: a bad slice fails the test, it never reaches a phone"
    )
)]

pub mod core;
pub mod i18n;
pub mod keys;
pub mod platform;
pub mod ui;
