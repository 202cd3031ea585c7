#![recursion_limit = "256"]
//! safepath: the module map. `core` is pure Rust (tested natively), `platform` is the
//! only code that touches the browser, `ui` holds the components. Imports flow
//! ui → platform → core, never back.

pub mod core;
pub mod i18n;
pub mod keys;
pub mod platform;
pub mod ui;
