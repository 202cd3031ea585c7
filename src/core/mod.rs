//! Pure logic: no browser access, tested with plain `cargo test`.

pub mod audiences;
pub mod away;
pub mod calendar;
pub mod check;
pub mod diary;
pub mod directory;
pub mod emergency;
pub mod kept;
pub mod lang;
pub mod more;
pub mod need;
pub mod people;
pub mod phone;
pub mod plan;
pub mod route;
pub mod share;
pub mod sort;
pub mod topic;
pub mod view;
