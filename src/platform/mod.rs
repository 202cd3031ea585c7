//! The only code that touches the browser. Each concern has one owner here.

pub mod clipboard;
pub mod clock;
pub mod crypto;
pub mod download;
pub mod embed;
pub mod exit;
pub mod history;
pub mod keeper;
pub mod page;
pub mod storage;
pub mod watch;
pub mod web_share;
