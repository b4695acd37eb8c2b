use clap::Parser;

// Rendering pages allocates many small strings on every core at once; mimalloc serves that far
// better than the system allocator (measured with bench/directory.sh).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = clusterhub::cli::Cli::parse();
    match clusterhub::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
