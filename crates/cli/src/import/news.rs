//! `clusterhub import news FILE|DIR --organisation SLUG`: press releases and articles as plain
//! text (`.txt`), Markdown (`.md`) or HTML (`.html`, `.htm`), one item per file. The title is the
//! first heading (or the first line), the lead the first paragraph after it, the rest the text;
//! the language is detected; the date is the one the text gives ("Submitted by … on 23 November
//! 2021", "Am 22. und 23.01.2018", "Published 2021-11-23") when it gives one; page furniture
//! (breadcrumbs, "Skip to content", "Share this article", navigation, cookie notices) is left
//! out. Every file is read and checked before anything is stored, and a file that cannot be read
//! refuses the whole import, naming every such file, unless `--skip-invalid`. Items whose title
//! the organisation already has are not imported again. Imported items are drafts for the
//! organisation to check (with the mentions found in them suggested), or published with
//! `--publish`, their mentions confirmed, dated as the text says.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use domain::{NewsDraft, NewsInput};
use store::Store;

use super::{ImportError, RowError, Summary};

/// Files larger than this are not press releases.
const MAX_FILE: u64 = 2 * 1024 * 1024;

/// One file made into an item.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub draft: NewsDraft,
    /// The day the text says it was published, if it says.
    pub date: Option<NaiveDate>,
}

/// The files to read: the file itself, or the text, Markdown and HTML files of a folder (not its
/// subfolders), in name order.
fn files(path: &Path) -> Result<Vec<PathBuf>, ImportError> {
    let unreadable = |e: std::io::Error| ImportError::Unreadable {
        file: path.display().to_string(),
        message: e.to_string(),
    };
    if !path.is_dir() {
        return Ok(vec![path.to_owned()]);
    }
    let mut out: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(unreadable)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && kind_of(p).is_some())
        .collect();
    out.sort();
    if out.is_empty() {
        return Err(ImportError::Unreadable {
            file: path.display().to_string(),
            message: "holds no .txt, .md, .html or .htm file".into(),
        });
    }
    Ok(out)
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

fn kind_of(path: &Path) -> Option<Format> {
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "txt" | "text" => Some(Format::Text),
        "md" | "markdown" => Some(Format::Markdown),
        "html" | "htm" => Some(Format::Html),
        _ => None,
    }
}

/// Reads one file into an item, or says what is wrong with it.
pub fn parse_file(path: &Path) -> Result<Parsed, String> {
    let format = kind_of(path).ok_or("is not a .txt, .md or .html file")?;
    let size = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
    if size > MAX_FILE {
        return Err(format!("is {size} bytes; a press release is at most {MAX_FILE}"));
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "is not UTF-8 text (byte {} is not); save it as UTF-8",
            e.utf8_error().valid_up_to()
        )
    })?;
    parse(text.trim_start_matches('\u{feff}'), format)
}

/// A text, Markdown or HTML document as an item.
pub fn parse(text: &str, format: Format) -> Result<Parsed, String> {
    let markdown = match format {
        Format::Html => domain::news::html_to_markdown(text, None),
        Format::Text | Format::Markdown => text.replace("\r\n", "\n"),
    };
    // Blocks separated by blank lines; furniture and the dateline out.
    let mut date = None;
    let mut blocks: Vec<String> = Vec::new();
    for block in markdown.split("\n\n") {
        let lines: Vec<&str> = block
            .lines()
            .map(str::trim_end)
            .filter(|l| {
                if let Some(d) = dateline(l) {
                    date = date.or(Some(d));
                    return false;
                }
                !furniture(l)
            })
            .collect();
        let b = lines.join("\n").trim().to_owned();
        if !b.is_empty() {
            blocks.push(b);
        }
    }
    if date.is_none() {
        // A dateline's date is the first in the opening of the text ("Dresden, 12.03.2024 –").
        let opening: String = blocks.iter().take(3).cloned().collect::<Vec<_>>().join(" ");
        date = first_date(&opening.chars().take(400).collect::<String>());
    }
    let heading = blocks.iter().position(|b| b.starts_with('#'));
    let (title, rest): (String, Vec<String>) = match heading {
        Some(i) => {
            let t = blocks[i]
                .lines()
                .next()
                .unwrap_or("")
                .trim_start_matches('#')
                .trim()
                .to_owned();
            let mut rest: Vec<String> = blocks[..i].to_vec();
            let after_title: String = blocks[i].lines().skip(1).collect::<Vec<_>>().join("\n");
            if !after_title.trim().is_empty() {
                rest.push(after_title);
            }
            rest.extend(blocks[i + 1..].iter().cloned());
            (t, rest)
        }
        None => {
            let first = blocks.first().cloned().unwrap_or_default();
            let mut lines = first.lines();
            let t = lines.next().unwrap_or("").trim().to_owned();
            let mut rest: Vec<String> = Vec::new();
            let remainder = lines.collect::<Vec<_>>().join("\n");
            if !remainder.trim().is_empty() {
                rest.push(remainder);
            }
            rest.extend(blocks.iter().skip(1).cloned());
            (t, rest)
        }
    };
    if title.is_empty() {
        return Err("has no title: no heading and no text".into());
    }
    // The lead is the first paragraph of prose; the text is everything after it.
    let lead_at = rest
        .iter()
        .position(|b| !b.starts_with('#') && !b.starts_with("- ") && !b.starts_with("* "));
    let (lead, body) = match lead_at {
        Some(i) => {
            let lead = plain(&rest[i]);
            let mut body: Vec<String> = rest[..i].to_vec();
            body.extend(rest[i + 1..].iter().cloned());
            (lead, body.join("\n\n"))
        }
        None => (String::new(), rest.join("\n\n")),
    };
    let lead = shorten(&lead, domain::news::MAX_LEAD);
    // A short release is its lead: the text repeats it rather than being refused.
    let body = if body.chars().count() < domain::news::MIN_BODY {
        format!("{lead}\n\n{body}").trim().to_owned()
    } else {
        body
    };
    let language = search::lang::detect(&format!("{title}\n{lead}\n{body}"), None)
        .map(|l| l.code().to_owned())
        .filter(|c| domain::organisation::LANGUAGES.contains(&c.as_str()))
        .unwrap_or_else(|| "en".to_owned());
    let input = NewsInput {
        kind: "press-release".into(),
        title: shorten(&title, domain::news::MAX_TITLE),
        lead,
        body,
        language,
        ..NewsInput::default()
    };
    let draft = input.validate().map_err(|v| {
        v.0.iter()
            .map(|f| format!("{}: {}", f.field, f.message))
            .collect::<Vec<_>>()
            .join("; ")
    })?;
    Ok(Parsed { draft, date })
}

/// Markdown markup out of a paragraph, for the lead (which is shown as plain text).
fn plain(block: &str) -> String {
    block
        .lines()
        .map(|l| l.trim())
        .collect::<Vec<_>>()
        .join(" ")
        .replace("**", "")
        .replace("__", "")
}

/// At most `max` characters, cut at the last sentence or word end before it.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max - 1).collect();
    let end = cut
        .rfind(". ")
        .map(|i| i + 1)
        .filter(|i| *i > max / 2)
        .or_else(|| cut.rfind(' '))
        .unwrap_or(cut.len());
    let mut out = cut[..end].trim_end().to_owned();
    if !out.ends_with('.') {
        out.push('…');
    }
    out
}

/// Lines of a web page that are not the article: navigation, sharing, printing, cookies,
/// breadcrumbs ("Home > News > …").
fn furniture(line: &str) -> bool {
    // As written, without the escapes of Markdown made from HTML ("Home \> News").
    let line = &line.replace('\\', "");
    let l = domain::fold(line.trim().trim_start_matches(['#', '-', '*', ' ']));
    if l.is_empty() {
        return false;
    }
    const PHRASES: &[&str] = &[
        "skip to content",
        "skip to main content",
        "zum inhalt springen",
        "direkt zum inhalt",
        "aller au contenu",
        "passer au contenu",
        "ga til indhold",
        "spring til indhold",
        "share this article",
        "share this page",
        "share this",
        "share on",
        "artikel teilen",
        "seite teilen",
        "teilen auf",
        "partager cet article",
        "partager sur",
        "del artiklen",
        "del pa",
        "print this page",
        "print",
        "drucken",
        "imprimer",
        "udskriv",
        "back to news",
        "back to overview",
        "zuruck zur ubersicht",
        "zuruck zu den news",
        "retour aux actualites",
        "tilbage til nyheder",
        "read more",
        "weiterlesen",
        "lire la suite",
        "las mere",
        "tweet",
        "facebook",
        "linkedin",
        "twitter",
        "this website uses cookies",
        "we use cookies",
        "diese website verwendet cookies",
        "ce site utilise des cookies",
        "denne hjemmeside bruger cookies",
    ];
    if PHRASES
        .iter()
        .any(|p| l == *p || (l.starts_with(p) && l.len() < p.len() + 30))
    {
        return true;
    }
    let separators = [" > ", " / ", " » ", " › ", " | "]
        .iter()
        .map(|s| line.matches(s).count())
        .max()
        .unwrap_or(0);
    let home = [
        "home",
        "startseite",
        "accueil",
        "forside",
        "news",
        "aktuelles",
        "actualites",
        "nyheder",
    ]
    .iter()
    .any(|h| l.starts_with(h));
    separators >= 1 && home && line.chars().count() < 160
}

/// The date of a line that says when the text was published ("Submitted by … on 23 November
/// 2021", "Veröffentlicht am 12.03.2024", "Publié le 3 mars 2024", "Offentliggjort 3. marts 2024").
fn dateline(line: &str) -> Option<NaiveDate> {
    let l = domain::fold(line);
    const MARKERS: &[&str] = &[
        "submitted by",
        "submitted on",
        "published",
        "posted on",
        "date:",
        "veroffentlicht",
        "datum:",
        "publie le",
        "publie",
        "mis a jour",
        "offentliggjort",
        "udgivet",
        "dato:",
    ];
    if l.chars().count() > 160 || !MARKERS.iter().any(|m| l.contains(m)) {
        return None;
    }
    first_date(line)
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("januar", 1),
    ("februar", 2),
    ("marz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("janvier", 1),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("decembre", 12),
    ("marts", 3),
    ("maj", 5),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("okt", 10),
    ("nov", 11),
    ("dec", 12),
    ("dez", 12),
];

fn month(word: &str) -> Option<u32> {
    let w = domain::fold(word.trim_end_matches('.'));
    MONTHS.iter().find(|(m, _)| *m == w).map(|(_, n)| *n)
}

/// The first date a text writes: "23 November 2021", "3. marts 2024", "November 23, 2021",
/// "23.01.2018", "2021-11-23", "23/11/2021" (day first, as Europe writes it).
pub fn first_date(text: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_matches(|c: char| matches!(c, '(' | ')' | '–' | '-' | ':' | ';')))
        .filter(|w| !w.is_empty())
        .collect();
    let year = |w: &str| {
        w.trim_end_matches('.')
            .parse::<i32>()
            .ok()
            .filter(|y| (1990..=2100).contains(y))
    };
    let day = |w: &str| {
        w.trim_end_matches('.')
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=31).contains(d))
    };
    for (i, w) in words.iter().enumerate() {
        // Numeric forms in one word.
        for sep in ['.', '/'] {
            let parts: Vec<&str> = w.trim_end_matches('.').split(sep).collect();
            if parts.len() == 3 {
                if let (Some(d), Ok(m), Some(y)) = (day(parts[0]), parts[1].parse::<u32>(), year(parts[2])) {
                    if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                        return Some(date);
                    }
                }
            }
        }
        if let Ok(date) = NaiveDate::parse_from_str(w, "%Y-%m-%d") {
            return Some(date);
        }
        // "23 November 2021", "3. marts 2024".
        if let (Some(d), Some(m), Some(y)) = (
            day(w),
            words.get(i + 1).and_then(|w| month(w)),
            words.get(i + 2).and_then(|w| year(w)),
        ) {
            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                return Some(date);
            }
        }
        // "November 23, 2021".
        if let (Some(m), Some(d), Some(y)) = (
            month(w).filter(|_| w.len() > 2),
            words.get(i + 1).and_then(|w| day(w)),
            words.get(i + 2).and_then(|w| year(w)),
        ) {
            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                return Some(date);
            }
        }
    }
    None
}

pub async fn run(
    store: &Store,
    path: &Path,
    organisation: &str,
    publish: bool,
    skip_invalid: bool,
) -> Result<Summary, ImportError> {
    let started = Instant::now();
    let org = store
        .organisation_by_slug(organisation)
        .await?
        .ok_or_else(|| ImportError::Unreadable {
            file: path.display().to_string(),
            message: format!("there is no organisation \"{organisation}\" to publish it (give its slug)"),
        })?;
    let mut items = Vec::new();
    let mut errors = Vec::new();
    for file in files(path)? {
        match parse_file(&file) {
            Ok(p) => items.push((file, p)),
            Err(message) => errors.push(RowError {
                location: file.display().to_string(),
                message,
            }),
        }
    }
    if !errors.is_empty() && !skip_invalid {
        return Err(ImportError::InvalidFiles {
            file: path.display().to_string(),
            errors,
        });
    }
    let skipped = errors;
    let known: std::collections::HashSet<String> = store
        .news_of(org.id)
        .await?
        .into_iter()
        .map(|n| domain::fold(&n.draft.title))
        .collect();
    let mut ignored = Vec::new();
    let mut fresh = Vec::new();
    for (file, p) in items {
        if known.contains(&domain::fold(&p.draft.title)) {
            ignored.push(RowError {
                location: file.display().to_string(),
                message: format!("\"{}\" is already there; not imported again", p.draft.title),
            });
        } else {
            let at = p
                .date
                .and_then(|d| d.and_hms_opt(12, 0, 0))
                .map(|t| Utc.from_utc_datetime(&t));
            fresh.push((p.draft, at));
        }
    }
    let batch: Vec<(NewsDraft, Option<DateTime<Utc>>)> = fresh;
    let ids = store.import_news(org.id, &batch, publish).await?;
    // What the items mention: suggested on drafts, confirmed on what is published directly.
    let mentions = web::mentions::Directory::default();
    for id in &ids {
        mentions
            .refresh(store, *id)
            .await
            .map_err(|e| ImportError::Unreadable {
                file: path.display().to_string(),
                message: format!("the items are stored, but their mentions could not be read: {e:?}"),
            })?;
        if publish {
            web::mentions::confirm_all(store, *id)
                .await
                .map_err(|e| ImportError::Unreadable {
                    file: path.display().to_string(),
                    message: format!("the items are stored, but their mentions could not be confirmed: {e:?}"),
                })?;
        }
    }
    Ok(Summary {
        news: ids.len(),
        skipped,
        already_there: ignored,
        elapsed: started.elapsed(),
        ..Summary::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_as_europe_writes_them() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        assert_eq!(first_date("Submitted by CenSec on 23 November 2021"), d(2021, 11, 23));
        assert_eq!(first_date("Am 22. und 23.01.2018 trafen sich"), d(2018, 1, 23));
        assert_eq!(first_date("Publié le 3 mars 2024"), d(2024, 3, 3));
        assert_eq!(first_date("Offentliggjort 3. marts 2024"), d(2024, 3, 3));
        assert_eq!(first_date("November 23, 2021"), d(2021, 11, 23));
        assert_eq!(first_date("Published 2021-11-23 at noon"), d(2021, 11, 23));
        assert_eq!(first_date("in 2021 with 150 members"), None);
        assert_eq!(first_date("31.02.2024"), None, "no such day");
    }

    #[test]
    fn a_web_page_keeps_its_article_and_loses_its_furniture() {
        let html = r##"<html><head><title>Site</title><style>p{}</style></head><body>
            <a href="#main">Skip to content</a>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <p>Home &gt; News &gt; Press releases</p>
            <h1>CenSec becomes the national cluster for defence, space &amp; security</h1>
            <p class="meta">Submitted by CenSec on 23 November 2021</p>
            <p>The Ministry appointed <strong>CenSec</strong> as the national cluster, with 150 members.</p>
            <p>It will gather companies, researchers and authorities for four years, see <a href="https://ufm.dk/x?a=1&amp;b=2">the ministry</a>.</p>
            <ul><li>150 members</li><li>120 SMEs</li></ul>
            <p>Share this article</p>
            <script>alert(1)</script>
            <footer>Cookies and imprint</footer></body></html>"##;
        let p = parse(html, Format::Html).expect("parses");
        assert_eq!(
            p.draft.title,
            "CenSec becomes the national cluster for defence, space & security"
        );
        assert_eq!(p.date, NaiveDate::from_ymd_opt(2021, 11, 23));
        assert_eq!(
            p.draft.lead,
            "The Ministry appointed CenSec as the national cluster, with 150 members."
        );
        assert!(
            p.draft.body.contains("[the ministry](<https://ufm.dk/x?a=1&b=2>)"),
            "{}",
            p.draft.body
        );
        assert!(p.draft.body.contains("- 150 members"));
        for gone in [
            "Skip to content",
            "Share this",
            "Press releases",
            "alert",
            "Cookies",
            "Home",
        ] {
            assert!(!p.draft.body.contains(gone), "{gone} is furniture: {}", p.draft.body);
        }
        assert_eq!(p.draft.language.as_str(), "en");
    }

    #[test]
    fn plain_text_takes_its_first_line_as_title_and_detects_its_language() {
        let text = "Technologiezentren öffnen KMU den Zugang zu Schlüsseltechnologien\n\nDresden, 12.03.2024 – Ein Netzwerk von Technologiezentren bietet kleinen und mittleren Unternehmen Machbarkeitsstudien und Tests.\n\nDie Zuschüsse betragen bis zu 10.000 Euro je Unternehmen, und die erste Runde endet am 31. März.";
        let p = parse(text, Format::Text).expect("parses");
        assert_eq!(
            p.draft.title,
            "Technologiezentren öffnen KMU den Zugang zu Schlüsseltechnologien"
        );
        assert_eq!(p.draft.language.as_str(), "de");
        assert_eq!(p.date, NaiveDate::from_ymd_opt(2024, 3, 12));
        assert!(p.draft.lead.starts_with("Dresden, 12.03.2024"));
    }

    #[test]
    fn what_cannot_be_an_item_is_said_to_be_wrong() {
        assert!(parse("", Format::Markdown).is_err());
        assert!(parse("# Hi\n\nToo short.", Format::Markdown).is_err());
    }
}
