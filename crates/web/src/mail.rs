//! Outgoing e-mail. With an SMTP URL (`smtp://user:pass@host:587?tls=required`, `smtps://…`, or
//! `smtp://127.0.0.1:2525` for a local relay) mail goes through that server; without one each
//! message is written as an `.eml` file to a folder and logged, so a fresh installation works and
//! an operator can still read what would have been sent.

use std::path::PathBuf;

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::Mailbox;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// How mail leaves the platform.
pub enum Mailer {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    Folder {
        transport: AsyncFileTransport<Tokio1Executor>,
        dir: PathBuf,
        from: Mailbox,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("invalid address {0}")]
    Address(String),
    #[error("cannot build the message: {0}")]
    Build(String),
    #[error("cannot send: {0}")]
    Send(String),
}

impl Mailer {
    /// Mail through the SMTP server at `url`, from `from`.
    pub fn smtp(url: &str, from: &str) -> Result<Self, MailError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| MailError::Send(format!("SMTP URL: {e}")))?
            .build();
        Ok(Mailer::Smtp {
            transport,
            from: parse_mailbox(from)?,
        })
    }

    /// Mail written to files in `dir` (created when missing).
    pub fn folder(dir: PathBuf, from: &str) -> Result<Self, MailError> {
        std::fs::create_dir_all(&dir).map_err(|e| MailError::Send(format!("{}: {e}", dir.display())))?;
        Ok(Mailer::Folder {
            transport: AsyncFileTransport::new(&dir),
            dir,
            from: parse_mailbox(from)?,
        })
    }

    /// Where mail goes, for the start-up banner.
    pub fn describe(&self) -> String {
        match self {
            Mailer::Smtp { .. } => "SMTP".into(),
            Mailer::Folder { dir, .. } => format!("files in {}", dir.display()),
        }
    }

    /// Sends a plain-text message.
    pub async fn send(&self, to: &str, subject: &str, body: String) -> Result<(), MailError> {
        self.deliver(to, subject, body, None).await
    }

    /// Sends a message of a mailing the reader can leave: `unsubscribe` is an https link that
    /// ends it when POSTed to without a session (RFC 8058 one-click), which mail programs offer
    /// as their own "unsubscribe" button (`List-Unsubscribe` and `List-Unsubscribe-Post`).
    pub async fn send_to_list(
        &self,
        to: &str,
        subject: &str,
        body: String,
        unsubscribe: &str,
    ) -> Result<(), MailError> {
        self.deliver(to, subject, body, Some(unsubscribe)).await
    }

    async fn deliver(&self, to: &str, subject: &str, body: String, unsubscribe: Option<&str>) -> Result<(), MailError> {
        let from = match self {
            Mailer::Smtp { from, .. } | Mailer::Folder { from, .. } => from.clone(),
        };
        let mut builder = Message::builder()
            .from(from)
            .to(parse_mailbox(to)?)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN);
        if let Some(link) = unsubscribe {
            // Angle brackets delimit the address; one in the link itself would end it early.
            if link.contains(['<', '>', '\r', '\n']) {
                return Err(MailError::Build("an unsubscribe link with <, > or a line break".into()));
            }
            builder = builder
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe"),
                    format!("<{link}>"),
                ))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".into(),
                ));
        }
        let message = builder.body(body).map_err(|e| MailError::Build(e.to_string()))?;
        match self {
            Mailer::Smtp { transport, .. } => {
                transport
                    .send(message)
                    .await
                    .map_err(|e| MailError::Send(e.to_string()))?;
                tracing::info!(subject, "mail sent");
            }
            Mailer::Folder { transport, dir, .. } => {
                let id = transport
                    .send(message)
                    .await
                    .map_err(|e| MailError::Send(e.to_string()))?;
                tracing::info!(subject, file = %dir.join(format!("{id}.eml")).display(), "mail written (no SMTP server configured)");
            }
        }
        Ok(())
    }
}

impl Mailer {
    /// Sends a message the person must receive for what they asked to work (a confirmation or
    /// reset link): a failure becomes the page that says mail could not be sent.
    pub async fn send_or_fail(&self, to: &str, subject: &str, body: String) -> Result<(), crate::WebError> {
        self.send(to, subject, body).await.map_err(|e| {
            tracing::error!(error = %e, "mail could not be sent");
            crate::WebError::MailFailed
        })
    }

    /// Sends a message that only informs (a decision, a waiting claim): what was done stands,
    /// a failure is logged.
    pub async fn notify(&self, to: &str, subject: &str, body: String) {
        if let Err(e) = self.send(to, subject, body).await {
            tracing::warn!(error = %e, subject, "a notification could not be mailed");
        }
    }
}

fn parse_mailbox(s: &str) -> Result<Mailbox, MailError> {
    s.parse().map_err(|_| MailError::Address(s.chars().take(100).collect()))
}
