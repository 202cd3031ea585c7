fn main() {
    leptos::mount::mount_to_body(safepath::ui::app::App);
}
