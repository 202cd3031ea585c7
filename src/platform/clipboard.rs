//! Copying text (a phone number, a link) to the clipboard.
