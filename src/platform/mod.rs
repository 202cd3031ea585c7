//! The only code that touches the browser. Each concern has one owner here.

pub mod exit;
pub mod history;
pub mod page;
