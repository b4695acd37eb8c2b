//! The weekly digest: what is new in what a person follows.

use chrono::{DateTime, Utc};

use super::{Mail, Write};
use crate::i18n::Tr;
use store::follows::Follow;

/// One line of a digest: what it lists, with the follows that brought it.
pub struct Line {
    pub title: String,
    pub organisation: String,
    /// An absolute link.
    pub link: String,
    /// When an event starts or a call closes.
    pub date: Option<DateTime<Utc>>,
    pub because: Vec<Follow>,
}

/// A part of the digest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    News,
    Opportunities,
    Events,
    Calls,
}

impl Part {
    pub const ALL: [Part; 4] = [Part::News, Part::Opportunities, Part::Events, Part::Calls];

    fn heading(self) -> &'static str {
        match self {
            Part::News => "mail-weekly-news",
            Part::Opportunities => "mail-weekly-opportunities",
            Part::Events => "mail-weekly-events",
            Part::Calls => "mail-weekly-calls",
        }
    }
}

/// A part's first lines, how many more there are, and where they all are.
pub struct Section {
    pub part: Part,
    pub lines: Vec<Line>,
    pub more: usize,
    pub all: String,
}

/// The new results of a saved search the person gets weekly.
pub struct Search {
    pub name: String,
    /// Names and absolute links.
    pub lines: Vec<(String, String)>,
}

/// A whole digest, in no language yet.
pub struct Weekly {
    pub name: String,
    pub since: DateTime<Utc>,
    pub until: DateTime<Utc>,
    pub sections: Vec<Section>,
    pub searches: Vec<Search>,
    /// The names of followed organisations by slug.
    pub organisations: std::collections::HashMap<String, String>,
    pub following: String,
    pub unsubscribe: String,
}

impl Weekly {
    /// How many things it lists in all.
    pub fn count(&self) -> usize {
        self.sections.iter().map(|s| s.lines.len() + s.more).sum::<usize>()
            + self.searches.iter().map(|s| s.lines.len()).sum::<usize>()
    }
}

/// What a follow is called in `tr`'s language: as a mention of the same kind and key is.
pub fn label(tr: &Tr, f: &Follow, organisations: &std::collections::HashMap<String, String>) -> String {
    let stored = organisations.get(&f.target).unwrap_or(&f.target);
    crate::mentions::label(tr, f.kind.as_str(), &f.target, stored)
}

/// The digest mail: each part's lines with why they are there, then the saved searches.
pub fn weekly(w: &Weekly) -> Write<'_> {
    Box::new(move |tr| {
        let day = |d: DateTime<Utc>| tr.date(d.date_naive());
        let mut body = tr.tn(
            "mail-weekly-intro",
            vec![
                ("name", w.name.as_str().into()),
                ("from", day(w.since).into()),
                ("to", day(w.until).into()),
            ],
        );
        body.push('\n');
        for s in &w.sections {
            body.push('\n');
            let heading = tr.t(s.part.heading());
            body.push_str(&heading);
            body.push('\n');
            body.push_str(&"=".repeat(heading.chars().count()));
            body.push('\n');
            for l in &s.lines {
                body.push_str(&format!("- {} ({})\n", l.title, l.organisation));
                if let Some(d) = l.date {
                    let id = if s.part == Part::Calls {
                        "mail-weekly-closes"
                    } else {
                        "mail-weekly-starts"
                    };
                    body.push_str(&format!("  {}\n", tr.t1(id, "date", day(d))));
                }
                let why: Vec<String> = l.because.iter().map(|f| label(tr, f, &w.organisations)).collect();
                if !why.is_empty() {
                    body.push_str(&format!("  {}\n", tr.t1("mail-weekly-because", "what", why.join(", "))));
                }
                body.push_str(&format!("  {}\n", l.link));
            }
            if s.more > 0 {
                body.push_str(&tr.t2("mail-weekly-more", "count", s.more, "link", s.all.as_str()));
                body.push('\n');
            }
        }
        for s in &w.searches {
            body.push('\n');
            let heading = tr.t1("mail-weekly-search", "name", s.name.as_str());
            body.push_str(&heading);
            body.push('\n');
            body.push_str(&"=".repeat(heading.chars().count()));
            body.push('\n');
            for (title, link) in &s.lines {
                body.push_str(&format!("- {title}\n  {link}\n"));
            }
        }
        body.push('\n');
        body.push_str(&tr.t2(
            "mail-weekly-footer",
            "following",
            w.following.as_str(),
            "unsubscribe",
            w.unsubscribe.as_str(),
        ));
        Mail::new(tr.t1("mail-weekly-subject", "count", w.count()), body)
    })
}
