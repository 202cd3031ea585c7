//! Components and views. Thin: rules live in `core`, browser work in `platform`.

pub mod app;
