use clap::Parser;

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
