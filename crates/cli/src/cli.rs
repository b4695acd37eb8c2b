//! Command-line interface and dispatch.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::config::{Config, FileConfig, DEFAULT_LISTEN};
use crate::{demo, export, import};

#[derive(Debug, Parser)]
#[command(
    name = "clusterhub",
    version,
    about = "The open cluster collaboration platform for Europe"
)]
pub struct Cli {
    /// Database: sqlite:PATH (default: a file in the data directory) or postgres://USER@HOST/DB.
    #[arg(long, global = true, env = "DATABASE_URL")]
    pub database: Option<String>,
    /// Directory for the SQLite database and other local data.
    #[arg(long, global = true, env = "CLUSTERHUB_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// Directory of this node's search index [default: search-index in the data directory].
    #[arg(long, global = true, env = "CLUSTERHUB_INDEX_DIR")]
    pub index_dir: Option<PathBuf>,
    /// Optional TOML configuration file (keys: listen, database, data_dir, index_dir, log_format).
    #[arg(long, global = true, env = "CLUSTERHUB_CONFIG")]
    pub config: Option<PathBuf>,
    /// Log format: text or json.
    #[arg(long, global = true, env = "CLUSTERHUB_LOG_FORMAT")]
    pub log_format: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

/// How the web server is reached and sends mail.
#[derive(Debug, clap::Args)]
pub struct WebArgs {
    /// The address people use to reach this installation, e.g. https://hub.example.eu; links in
    /// e-mails point there, and cookies are Secure when it is https [default: http://LISTEN].
    #[arg(long, env = "CLUSTERHUB_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// SMTP server for outgoing mail, e.g. smtp://user:pass@mail.example.eu:587?tls=required;
    /// without one, mails are written to the outbox folder in the data directory.
    #[arg(long, env = "CLUSTERHUB_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// Sender of outgoing mail.
    #[arg(long, env = "CLUSTERHUB_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// A reverse proxy on this machine sets X-Forwarded-For (the same as --trusted-proxies
    /// 127.0.0.0/8,::1).
    #[arg(long, env = "CLUSTERHUB_TRUST_PROXY")]
    pub trust_proxy: bool,
    /// The networks of the reverse proxies in front, e.g. 10.0.0.0/8,192.0.2.7: the client is
    /// the right-most X-Forwarded-For entry not in them (for logging and throttling by address).
    #[arg(long, env = "CLUSTERHUB_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<String>,
    /// Organisations' feeds may be read from private and loopback addresses (an intranet
    /// installation); by default the server refuses them, so that a feed address cannot make it
    /// read its own network.
    #[arg(long, env = "CLUSTERHUB_FEEDS_ALLOW_PRIVATE")]
    pub feeds_allow_private: bool,
}

#[derive(Debug, Subcommand)]
pub enum UserWhat {
    /// Give an account a platform role: user, moderator or admin.
    Role { email: String, role: String },
    /// Turn two-factor authentication off for someone who lost both their authenticator and
    /// their recovery codes (check who asks first); they set it up again at the next sign-in.
    TwoFactorOff { email: String },
    /// List accounts.
    List,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server.
    Serve {
        /// Address to listen on [default: 127.0.0.1:8080].
        #[arg(long, env = "CLUSTERHUB_LISTEN")]
        listen: Option<String>,
        /// Seed demo data into an empty database first. The demo accounts share a published
        /// password, so this is refused unless the listen address is loopback.
        #[arg(long)]
        demo: bool,
        /// Allow --demo on a listen address other people can reach (the demo accounts' password
        /// is public: anyone can sign in as the demo platform admin).
        #[arg(long, requires = "demo")]
        demo_public: bool,
        /// Number of demo organisations for --demo.
        #[arg(long, default_value_t = 600)]
        demo_organisations: usize,
        /// Read every page from the database instead of the in-memory read cache (for measuring).
        #[arg(long)]
        no_read_cache: bool,
        /// Seconds open requests may take to finish after SIGTERM or Ctrl-C; /readyz answers 503
        /// from the signal on, and what is still open after this is closed.
        #[arg(long, env = "CLUSTERHUB_SHUTDOWN_GRACE", default_value_t = crate::serve::SHUTDOWN_GRACE.as_secs())]
        shutdown_grace: u64,
        #[command(flatten)]
        web: WebArgs,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Import data files (all or nothing unless --skip-invalid).
    Import {
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// Export data.
    Export {
        #[command(subcommand)]
        what: ExportWhat,
    },
    /// Rebuild the search index from the database (stop `serve` on this index first).
    Reindex,
    /// Back up every table of the database to FILE (gzip'd JSON lines), while `serve` runs: one
    /// consistent snapshot, restorable into either SQLite or PostgreSQL.
    Backup { file: PathBuf },
    /// Restore a backup into the database (migrated first; stop `serve` first). All or nothing;
    /// refused when the database holds data, unless --replace.
    Restore {
        file: PathBuf,
        /// Empty the database first (in the same transaction as the restore).
        #[arg(long)]
        replace: bool,
    },
    /// Manage accounts from the command line (e.g. make the first platform admin).
    User {
        #[command(subcommand)]
        what: UserWhat,
    },
    /// Fill the database with a reproducible demo data set.
    Demo {
        /// How many organisations.
        #[arg(long, default_value_t = 600)]
        organisations: usize,
        /// Random seed; the same seed gives the same data.
        #[arg(long, default_value_t = 42)]
        seed: u64,
    },
}

#[derive(Debug, Subcommand)]
pub enum ImportWhat {
    /// CORDIS organization.csv (projects, organisations, participations) or a list of cluster organisations.
    Cordis {
        file: PathBuf,
        /// Import the valid rows and report the invalid ones.
        #[arg(long)]
        skip_invalid: bool,
    },
    /// What imported CORDIS projects are about: call topics (projectID, topic, title) or EuroSciVoc
    /// fields of science (projectID, euroSciVocTitle, …).
    CordisTopics {
        file: PathBuf,
        #[arg(long)]
        skip_invalid: bool,
    },
    /// Organisations in clusterhub's exchange format (.csv or .json), as written by export.
    Organisations {
        file: PathBuf,
        #[arg(long)]
        skip_invalid: bool,
    },
    /// Funding calls from the EU Funding & Tenders portal's CSV export (updates known calls).
    Calls {
        file: PathBuf,
        #[arg(long)]
        skip_invalid: bool,
    },
    /// News: press releases and articles as text, Markdown or HTML files (one item per file),
    /// a file or every such file of a folder, as drafts of an organisation (or published).
    News {
        /// A file, or a folder of .txt, .md and .html files.
        path: PathBuf,
        /// The slug of the organisation that publishes them.
        #[arg(long)]
        organisation: String,
        /// Publish them at once (dated as their text says), their mentions confirmed; without
        /// it they are drafts for the organisation to check and submit.
        #[arg(long)]
        publish: bool,
        /// Import the readable files and report the others.
        #[arg(long)]
        skip_invalid: bool,
    },
    /// Technology services: a centre's or a network's catalogue (.csv or .json), each row naming
    /// its centre by slug; published, and updated by the centre's reference on re-import.
    Services {
        file: PathBuf,
        #[arg(long)]
        skip_invalid: bool,
    },
    /// The maps' boundaries: a folder of Eurostat GISCO NUTS GeoJSON files (NUTS_RG_… and the
    /// label points NUTS_LB_…) or one such file; replaces the boundaries stored before.
    Boundaries { path: PathBuf },
    /// NUTS region names (Eurostat/GISCO CSV with nuts_id, level, name_latn).
    Nuts {
        file: PathBuf,
        #[arg(long)]
        skip_invalid: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportWhat {
    /// The organisation directory with relations and participations.
    Organisations {
        #[arg(long, value_enum, default_value = "json")]
        format: export::Format,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

pub fn init_logging(format: Option<&str>) {
    use tracing_subscriber::EnvFilter;
    let filter =
        EnvFilter::try_from_env("CLUSTERHUB_LOG").unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if format == Some("json") {
        builder.json().init();
    } else {
        builder.init();
    }
}

/// The program: reads the command line, runs the command on a multi-threaded runtime and says how
/// it ended. The runtime is started here rather than in the binary's `main` so that the future of
/// [`run`] (every command, down to the store) is compiled once, in this crate: polled from the
/// binary, it was compiled a second time there (97 s of a cold release build's CPU, for a
/// six-line `main`).
pub fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let file = FileConfig::load(cli.config.as_deref())?;
    init_logging(cli.log_format.as_deref().or(file.log_format.as_deref()));
    let config = Config::resolve(cli.database, cli.data_dir, cli.index_dir, &file);
    tracing::info!(database = %store::redact_url(&config.database), data_dir = %config.data_dir.display(), "configuration");
    match cli.command {
        Command::Serve {
            listen,
            demo: seed_demo,
            demo_public,
            demo_organisations,
            no_read_cache,
            shutdown_grace,
            web: web_args,
        } => {
            let listen = listen
                .or(file.listen.clone())
                .unwrap_or_else(|| DEFAULT_LISTEN.to_owned());
            tracing::info!(%listen, demo = seed_demo, "serve");
            if seed_demo && !crate::config::is_loopback_listen(&listen) {
                if !demo_public {
                    anyhow::bail!(
                        "--demo creates accounts with a published password, including a platform admin; \
                         {listen} can be reached from other machines, so it is refused. Listen on \
                         127.0.0.1 or [::1], or add --demo-public if everyone who can reach {listen} \
                         may sign in as that admin"
                    );
                }
                let warning = format!(
                    "WARNING: demo accounts with the published password {:?} (one of them a platform admin) \
                     are reachable by anyone who can reach {listen} (--demo-public)",
                    demo::DEMO_PASSWORD
                );
                tracing::warn!("{warning}");
                eprintln!("\n{}\n{warning}\n{}\n", "!".repeat(78), "!".repeat(78));
            }
            let store = config.open_store().await?;
            if seed_demo {
                demo::seed_all(&store, demo_organisations).await?;
            }
            let mut settings = crate::config::web_settings(&web_args, &file, &config.data_dir, &listen)?;
            if seed_demo && !demo_public {
                // The loopback demo's admin and moderator sign in with the published password
                // alone, so that anyone trying the platform can use every role.
                settings.require_two_factor = false;
                tracing::warn!("demo on loopback: admins and moderators need no second factor");
            }
            eprintln!(
                "mail: {}; public address: {}",
                settings.mailer.describe(),
                settings.public_url
            );
            let grace = std::time::Duration::from_secs(shutdown_grace);
            crate::serve::run(store, &listen, &config.index_dir, !no_read_cache, settings, grace).await
        }
        Command::Migrate => {
            config.open_store().await?;
            eprintln!("database is up to date");
            Ok(())
        }
        Command::Import { what } => {
            let store = config.open_store().await?;
            let summary = match what {
                ImportWhat::Cordis { file, skip_invalid } => import::cordis::run(&store, &file, skip_invalid).await?,
                ImportWhat::CordisTopics { file, skip_invalid } => {
                    import::cordis_topics::run(&store, &file, skip_invalid).await?
                }
                ImportWhat::Organisations { file, skip_invalid } => {
                    import::organisations::run(&store, &file, skip_invalid).await?
                }
                ImportWhat::Boundaries { path } => import::boundaries::run(&store, &path).await?,
                ImportWhat::Nuts { file, skip_invalid } => import::nuts::run(&store, &file, skip_invalid).await?,
                ImportWhat::Calls { file, skip_invalid } => import::calls::run(&store, &file, skip_invalid).await?,
                ImportWhat::Services { file, skip_invalid } => {
                    import::services::run(&store, &file, skip_invalid).await?
                }
                ImportWhat::News {
                    path,
                    organisation,
                    publish,
                    skip_invalid,
                } => import::news::run(&store, &path, &organisation, publish, skip_invalid).await?,
            };
            eprintln!("{summary}");
            store.close().await;
            Ok(())
        }
        Command::Export {
            what: ExportWhat::Organisations { format, output },
        } => {
            let store = config.open_store().await?;
            let records = export::records(&store).await?;
            match output {
                Some(path) => {
                    let mut f = std::io::BufWriter::new(std::fs::File::create(&path)?);
                    export::write(&records, format, &mut f)?;
                    f.flush()?;
                    eprintln!("exported {} organisations to {}", records.len(), path.display());
                }
                None => {
                    let stdout = std::io::stdout();
                    let mut lock = std::io::BufWriter::new(stdout.lock());
                    export::write(&records, format, &mut lock)?;
                    lock.flush()?;
                }
            }
            store.close().await;
            Ok(())
        }
        Command::Backup { file } => {
            let f = crate::backup::backup(&config, &file).await?;
            eprintln!("backed up to {}: {f}", file.display());
            Ok(())
        }
        Command::Restore { file, replace } => {
            let f = crate::backup::restore(&config, &file, replace).await?;
            eprintln!(
                "restored {} into {}: {f}; the database has a new identity, so search indexes and caches rebuild",
                file.display(),
                store::redact_url(&config.database)
            );
            Ok(())
        }
        Command::Reindex => {
            let store = config.open_store().await?;
            let index = search::SearchIndex::open_for_bulk(Some(&config.index_dir), 2)?;
            let index = std::sync::Arc::new(index);
            let indexer = search::Indexer::new(
                store.clone(),
                index.clone(),
                std::sync::Arc::new(web::i18n::SearchVocabulary),
            );
            eprintln!("rebuilding the search index in {}…", config.index_dir.display());
            let r = indexer.rebuild().await?;
            drop(indexer);
            if let Ok(index) = std::sync::Arc::try_unwrap(index) {
                index.finish()?;
            }
            let size = search::SearchIndex::open(&config.index_dir)?.size_on_disk();
            eprintln!(
                "indexed {} documents in {:.1} s ({:.0} documents/s); the index takes {:.1} MiB",
                r.documents,
                r.seconds,
                r.documents as f64 / r.seconds.max(1e-9),
                size as f64 / (1024.0 * 1024.0)
            );
            store.close().await;
            Ok(())
        }
        Command::User { what } => {
            use store::audit::{Action, AuditEvent};
            let store = config.open_store().await?;
            match what {
                UserWhat::Role { email, role } => {
                    let email = domain::Email::parse(&email).map_err(|e| anyhow::anyhow!("e-mail address {e}"))?;
                    let role: domain::PlatformRole = role.parse().map_err(|e| anyhow::anyhow!("role {e}"))?;
                    let (user, _) = store
                        .user_by_email(&email)
                        .await?
                        .ok_or_else(|| anyhow::anyhow!("no account has the address {email}; register first"))?;
                    let detail = format!("{} → {role}", user.role);
                    store
                        .audited(AuditEvent {
                            actor: "command line",
                            subject: email.as_str(),
                            detail: &detail,
                            ..AuditEvent::of(Action::RoleChanged)
                        })
                        .set_platform_role(user.id, role)
                        .await?;
                    eprintln!("{email} is now {role}");
                }
                UserWhat::TwoFactorOff { email } => {
                    let email = domain::Email::parse(&email).map_err(|e| anyhow::anyhow!("e-mail address {e}"))?;
                    let (user, _) = store
                        .user_by_email(&email)
                        .await?
                        .ok_or_else(|| anyhow::anyhow!("no account has the address {email}"))?;
                    store
                        .audited(AuditEvent {
                            actor: "command line",
                            subject: email.as_str(),
                            ..AuditEvent::of(Action::TwoFactorOff)
                        })
                        .disable_totp(user.id)
                        .await?;
                    eprintln!("two-factor authentication is off for {email}");
                }
                UserWhat::List => {
                    let (users, total) = store.list_users("", 10_000, 0).await?;
                    for u in users {
                        println!(
                            "{}\t{}\t{}\t{}",
                            u.email,
                            u.role,
                            if u.email_confirmed { "confirmed" } else { "unconfirmed" },
                            u.display_name
                        );
                    }
                    eprintln!("{total} accounts");
                }
            }
            store.close().await;
            Ok(())
        }
        Command::Demo { organisations, seed } => {
            let store = config.open_store().await?;
            let summary = demo::seed(&store, organisations, seed).await?;
            eprintln!("{summary}");
            store.close().await;
            Ok(())
        }
    }
}
