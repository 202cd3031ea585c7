//! Running inside another site's iframe: height messages to the host page.
