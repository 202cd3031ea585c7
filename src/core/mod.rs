//! Pure logic: no browser access, tested with plain `cargo test`.

pub mod away;
pub mod check;
pub mod diary;
pub mod directory;
pub mod emergency;
pub mod lang;
pub mod more;
pub mod need;
pub mod notebook;
pub mod people;
pub mod plan;
pub mod route;
pub mod share;
pub mod sort;
pub mod topic;
pub mod vault;
