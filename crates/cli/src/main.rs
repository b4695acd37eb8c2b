// Rendering pages allocates many small strings on every core at once; mimalloc serves that far
// better than the system allocator (measured with bench/directory.sh).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    // Transparent huge pages off for this process. mimalloc asks for them on its arena, and
    // the kernel's khugepaged then fills every 2 MiB region the process has touched at all: at
    // 100,000 organisations 145 of a node's 230 MiB were such pages, and memory the allocator had
    // given back came back resident (the resident size grew by 40 MiB while the node sat idle).
    // Without them it settles at 160 MiB. Kernels without the setting (or other systems) keep
    // their default.
    #[cfg(target_os = "linux")]
    let _ = rustix::thread::disable_transparent_huge_pages(true);
    clusterhub::cli::main()
}
