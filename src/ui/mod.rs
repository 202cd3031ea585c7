//! Components and views. Thin: rules live in `core`, browser work in `platform`.

pub mod about;
pub mod app;
pub mod check;
pub mod chrome;
pub mod help;
pub mod home;
pub mod people;
pub mod plan;
pub mod privacy;
pub mod share;
pub mod state;
pub mod widgets;
