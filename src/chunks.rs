//! Code and data that arrive when first needed: a view's code (`ui::lazy`) and a
//! language's words (`i18n`). One error and one way to declare a split point, used by
//! both, so neither reaches into the other for them.
//!
//! Each split point is cut by the release build into a WebAssembly chunk of its own
//! (`tools/split.mjs`), fetched from the app's own origin the first time it is needed;
//! natively (tests, the build-time render) it is a plain call.

use leptos::wasm_split::SplitLoaderError;

/// A chunk could not be fetched (offline, a flaky network, a stale deploy).
#[derive(Clone, Copy, Debug)]
pub struct Unavailable;

impl From<SplitLoaderError> for Unavailable {
    fn from(_: SplitLoaderError) -> Self {
        Unavailable
    }
}

/// `split_point!(chunk, load, preload, -> Out, body)`: `async fn load() -> Result<Out,
/// Unavailable>` fetches `chunk` (once) and evaluates `body` in it; `async fn preload()`
/// only fetches. Split points named with the same chunk arrive together.
// rustfmt indents the attribute below further on every run: kept as written.
#[rustfmt::skip]
macro_rules! split_point {
    ($chunk:ident, $load:ident, $preload:ident, -> $out:ty, $body:expr) => {
        #[::leptos::wasm_split::wasm_split(
            $chunk,
            wasm_split_path = ::leptos::wasm_split,
            fallible,
            preload($preload)
        )]
        fn $load() -> ::core::result::Result<$out, $crate::chunks::Unavailable> {
            Ok($body)
        }
    };
}

pub(crate) use split_point;
