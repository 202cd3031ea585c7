fn main() {
    wasm_bindgen_futures::spawn_local(safepath::ui::start());
}
