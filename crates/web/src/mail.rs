//! Outgoing e-mail. With an SMTP URL (`smtp://user:pass@host:587?tls=required`, `smtps://…`, or
//! `smtp://127.0.0.1:2525` for a local relay) mail goes through that server; without one each
//! message is written as an `.eml` file to a folder and logged, so a fresh installation works and
//! an operator can still read what would have been sent.
//!
//! Every mail is plain text. A mail may carry files after its text ([`Attachment`], such as a
//! participant's check-in QR code): it is then `multipart/mixed`, its text the first part, each
//! file an inline part that mail programs show below the text.

use std::path::PathBuf;

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
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

/// A file that goes along with a mail, after its text: shown in the message where the reader's
/// mail program can (`Content-Disposition: inline`), saved under `name` otherwise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attachment {
    /// The file name the reader sees, such as `check-in-42.png`.
    pub name: String,
    /// Its media type, such as `image/png`.
    pub content_type: String,
    pub bytes: Vec<u8>,
}

impl Attachment {
    /// The MIME part of this file, known in the message as `content_id`.
    fn part(&self, content_id: String) -> Result<SinglePart, MailError> {
        // A name is shown and offered for saving: no line breaks, no folders.
        if self.name.trim().is_empty() || self.name.contains(|c: char| c.is_control() || c == '/' || c == '\\') {
            return Err(MailError::Build(format!("attachment name {:?}", self.name)));
        }
        let content_type = ContentType::parse(&self.content_type)
            .map_err(|_| MailError::Build(format!("attachment type {:?}", self.content_type)))?;
        Ok(
            lettre::message::Attachment::new_inline_with_name(content_id, self.name.clone())
                .body(self.bytes.clone(), content_type),
        )
    }
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
        self.deliver(to, subject, body, &[], None).await
    }

    /// Sends a plain-text message with `attachments` after its text.
    pub async fn send_with(
        &self,
        to: &str,
        subject: &str,
        body: String,
        attachments: &[Attachment],
    ) -> Result<(), MailError> {
        self.deliver(to, subject, body, attachments, None).await
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
        self.deliver(to, subject, body, &[], Some(unsubscribe)).await
    }

    async fn deliver(
        &self,
        to: &str,
        subject: &str,
        body: String,
        attachments: &[Attachment],
        unsubscribe: Option<&str>,
    ) -> Result<(), MailError> {
        let from = match self {
            Mailer::Smtp { from, .. } | Mailer::Folder { from, .. } => from.clone(),
        };
        let message = compose(from, to, subject, body, attachments, unsubscribe)?;
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
        self.send_or_fail_with(to, subject, body, &[]).await
    }

    /// [`Mailer::send_or_fail`] with `attachments` after the text.
    pub async fn send_or_fail_with(
        &self,
        to: &str,
        subject: &str,
        body: String,
        attachments: &[Attachment],
    ) -> Result<(), crate::WebError> {
        self.send_with(to, subject, body, attachments).await.map_err(|e| {
            tracing::error!(error = %e, "mail could not be sent");
            crate::WebError::MailFailed
        })
    }

    /// Sends a message that only informs (a decision, a waiting claim): what was done stands,
    /// a failure is logged.
    pub async fn notify(&self, to: &str, subject: &str, body: String) {
        self.notify_with(to, subject, body, &[]).await
    }

    /// [`Mailer::notify`] with `attachments` after the text.
    pub async fn notify_with(&self, to: &str, subject: &str, body: String, attachments: &[Attachment]) {
        if let Err(e) = self.send_with(to, subject, body, attachments).await {
            tracing::warn!(error = %e, subject, "a notification could not be mailed");
        }
    }
}

/// The message from `from` to `to`: plain text alone, or its text then `attachments` as inline
/// parts of a `multipart/mixed` message.
fn compose(
    from: Mailbox,
    to: &str,
    subject: &str,
    body: String,
    attachments: &[Attachment],
    unsubscribe: Option<&str>,
) -> Result<Message, MailError> {
    let domain = from.email.domain().to_owned();
    let mut builder = Message::builder().from(from).to(parse_mailbox(to)?).subject(subject);
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
    if attachments.is_empty() {
        builder.header(ContentType::TEXT_PLAIN).body(body)
    } else {
        // Content ids name each part uniquely among all mail (RFC 2392), so that a reply or
        // forward that quotes two messages does not mix their files up.
        let unique = &crate::auth::random_token()[..16];
        let mut parts = MultiPart::mixed().singlepart(SinglePart::plain(body));
        for (i, a) in attachments.iter().enumerate() {
            parts = parts.singlepart(a.part(format!("{unique}.{i}@{domain}"))?);
        }
        builder.multipart(parts)
    }
    .map_err(|e| MailError::Build(e.to_string()))
}

fn parse_mailbox(s: &str) -> Result<Mailbox, MailError> {
    s.parse().map_err(|_| MailError::Address(s.chars().take(100).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from() -> Mailbox {
        "clusterhub <noreply@hub.example.eu>".parse().expect("address")
    }

    fn written(attachments: &[Attachment]) -> Result<String, MailError> {
        let m = compose(from(), "anna@sme.dk", "Hi", "Hello, Anna.".into(), attachments, None)?;
        Ok(String::from_utf8(m.formatted()).expect("mail is ASCII"))
    }

    fn png(name: &str, content_type: &str) -> Attachment {
        Attachment {
            name: name.into(),
            content_type: content_type.into(),
            bytes: vec![0x89, b'P', b'N', b'G', 0, 1, 2, 255],
        }
    }

    #[test]
    fn a_mail_without_files_is_plain_text() {
        let m = written(&[]).expect("mail");
        assert!(m.contains("Content-Type: text/plain; charset=utf-8"), "{m}");
        assert!(!m.contains("multipart"), "{m}");
    }

    #[test]
    fn files_follow_the_text_inline_under_their_names() {
        let m = written(&[png("check-in-42.png", "image/png")]).expect("mail");
        assert!(m.contains("Content-Type: multipart/mixed"), "{m}");
        let text = m.find("Content-Type: text/plain").expect("a text part");
        let image = m.find("Content-Type: image/png").expect("an image part");
        assert!(text < image, "the text comes first: {m}");
        assert!(m.contains("Hello, Anna."), "{m}");
        assert!(
            m.contains("Content-Disposition: inline; filename=\"check-in-42.png\""),
            "{m}"
        );
        assert!(m.contains("Content-ID: <") && m.contains("@hub.example.eu>"), "{m}");
        assert!(m[image..].contains("Content-Transfer-Encoding: base64"), "{m}");
    }

    #[test]
    fn a_file_name_or_type_that_would_break_the_mail_is_refused() {
        for (name, content_type) in [
            ("a.png\r\nBcc: eve@example.org", "image/png"),
            ("../a.png", "image/png"),
            (" ", "image/png"),
            ("a.png", "not a type"),
        ] {
            assert!(
                matches!(written(&[png(name, content_type)]), Err(MailError::Build(_))),
                "{name:?} {content_type:?}"
            );
        }
    }
}
