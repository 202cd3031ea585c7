//! Message ids, generated from `locales/vi/*.ftl` by build.rs: one const per id, so code
//! (core included) can only name messages that exist. Words themselves live in Fluent.
include!(concat!(env!("OUT_DIR"), "/keys.rs"));
