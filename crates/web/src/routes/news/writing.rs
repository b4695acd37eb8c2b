//! Writing news: members of the publishing organisation write and change drafts (with a preview
//! of the Markdown), submit them and withdraw them; moderators publish or return them.

use super::*;
use crate::audit::{Action, Actor};

fn fields(tr: &Tr, i: &NewsInput) -> Vec<Field> {
    vec![
        Field::select(
            "kind",
            tr.t("news-kind"),
            options(NewsKind::ALL, |v| v.to_string(), |v| tr.t(v.message_id())),
            if i.kind.is_empty() { "article" } else { &i.kind },
        ),
        Field::text("title", tr.t("news-title"))
            .value(i.title.clone())
            .required()
            .max(domain::news::MAX_TITLE),
        Field::textarea("lead", tr.t("news-lead"))
            .value(i.lead.clone())
            .required()
            .hint(tr.t("news-lead-hint"))
            .max(domain::news::MAX_LEAD),
        Field::textarea("body", tr.t("news-body"))
            .value(i.body.clone())
            .required()
            .hint(tr.t("news-body-hint"))
            .max(domain::news::MAX_BODY),
        Field::text("language", tr.t("opportunity-language"))
            .value(if i.language.is_empty() {
                "en".to_owned()
            } else {
                i.language.clone()
            })
            .hint(tr.t("opportunity-language-hint"))
            .max(2),
        Field::text("tags", tr.t("news-tags"))
            .value(i.tags.join(", "))
            .hint(tr.t("news-tags-hint")),
        Field::text("cover_url", tr.t("news-cover"))
            .value(i.cover_url.clone())
            .hint(tr.t("news-cover-hint"))
            .max(500),
        Field::textarea("about", tr.t("news-about"))
            .value(i.about.join("\n"))
            .hint(tr.t("news-about-hint")),
        Field::text("project", tr.t("news-project"))
            .value(i.project.clone())
            .hint(tr.t("news-project-hint"))
            .max(500),
        Field::text("event", tr.t("news-event"))
            .value(i.event.clone())
            .hint(tr.t("news-event-hint"))
            .max(500),
        Field::text("translation_of", tr.t("news-translation-of"))
            .value(i.translation_of.clone())
            .hint(tr.t("news-translation-of-hint"))
            .max(500),
    ]
}

fn read(form: &FormData) -> NewsInput {
    NewsInput {
        kind: form.get("kind").to_owned(),
        title: form.get("title").to_owned(),
        lead: form.get("lead").to_owned(),
        body: form.get("body").to_owned(),
        language: form.get("language").trim().to_lowercase(),
        tags: form
            .get("tags")
            .split([',', ';', '\n'])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect(),
        cover_url: form.get("cover_url").trim().to_owned(),
        about: split(form.get("about")),
        project: form.get("project").trim().to_owned(),
        event: form.get("event").trim().to_owned(),
        translation_of: form.get("translation_of").trim().to_owned(),
    }
}

/// The domain's findings as translated messages next to their fields.
pub(super) fn field_errors(tr: &Tr, v: domain::ValidationErrors) -> Errors {
    let mut errors = Errors::default();
    for e in v.0 {
        let id = match (e.field.as_str(), e.code) {
            ("kind", _) => "form-error-choice",
            ("language", _) => "news-error-language",
            ("tags", domain::Code::TooMany) => "news-error-tags-many",
            ("tags", _) => "news-error-tags",
            ("cover_url", _) => "news-error-cover",
            ("about", domain::Code::TooMany) => "news-error-about-many",
            ("about", _) => "news-error-about",
            ("project", _) => "news-error-project",
            ("event", domain::Code::Outside) => "news-error-event-kind",
            ("event", _) => "news-error-event",
            ("translation_of", _) => "news-error-translation",
            (_, code) => text_error_id(code),
        };
        errors.add(&e.field, tr.t(id));
    }
    errors
}

/// The organisations and project a valid draft names must be in the directory: the names that
/// are not are refused by name. A translation points to its story's first version (`this`, when
/// it is one already, cannot translate anything), whose language differs.
async fn check_references(
    state: &AppState,
    tr: &Tr,
    d: &mut domain::NewsDraft,
    this: Option<i64>,
) -> Result<Errors, WebError> {
    let mut errors = Errors::default();
    let mut unknown = Vec::new();
    for slug in &d.about {
        if state.store.organisation_by_slug(slug.as_str()).await?.is_none() {
            unknown.push(slug.as_str());
        }
    }
    if !unknown.is_empty() {
        errors.add("about", tr.t1("news-error-about-unknown", "names", unknown.join(", ")));
    }
    if let Some(p) = d.project_id {
        if state.store.project(p).await?.is_none() {
            errors.add("project", tr.t("news-error-project"));
        }
    }
    if let Some(original) = d.translation_of {
        let found = state
            .store
            .news(original)
            .await?
            .filter(|o| o.state == NewsState::Published);
        match found {
            Some(o) => {
                let root = o.draft.translation_of.unwrap_or(o.id);
                let versions = state.store.news_versions(root).await?;
                let taken = versions
                    .iter()
                    .any(|v| v.language == d.language.as_str() && Some(v.id) != this);
                if Some(root) == this || taken {
                    errors.add("translation_of", tr.t("news-error-translation-language"));
                } else {
                    d.translation_of = Some(root);
                }
            }
            None => errors.add("translation_of", tr.t("news-error-translation")),
        }
    }
    // Only what everyone can read: a summary of an event still in draft would point nowhere.
    if let Some(e) = d.event_id {
        match state.store.event(e).await?.filter(|e| e.state.public()) {
            None => errors.add("event", tr.t("news-error-event")),
            // A summary is of what happened.
            Some(e) if e.starts_at > chrono::Utc::now() => errors.add("event", tr.t("news-error-event-future")),
            Some(_) => {}
        }
    }
    Ok(errors)
}

#[derive(Template)]
#[template(path = "news/form.html")]
pub(super) struct NewsFormPage {
    chrome: Chrome,
    title: String,
    /// The rendered body, when the author asked for a preview.
    preview: Option<String>,
    form: Form,
    links: Vec<Link>,
}

fn form_page(
    ctx: &Ctx,
    title: String,
    action: String,
    input: &NewsInput,
    errors: Errors,
    preview: Option<String>,
    back: Link,
) -> NewsFormPage {
    let tr = &ctx.tr;
    NewsFormPage {
        chrome: ctx.chrome("news"),
        title,
        preview,
        form: Form::new("news", action, ctx.csrf(), tr.t("news-save"))
            .secondary("preview", tr.t("news-preview"))
            .fields(fields(tr, input))
            .errors(errors),
        links: vec![back],
    }
}

/// What a sent form becomes: the draft to store, or the page again (with the preview, or with
/// what is wrong) and its status.
async fn checked(
    state: &AppState,
    ctx: &Ctx,
    this: Option<i64>,
    form: &FormData,
    again: impl Fn(&NewsInput, Errors, Option<String>) -> NewsFormPage,
) -> Result<Result<domain::NewsDraft, Response>, WebError> {
    let input = read(form);
    let refuse = |page: NewsFormPage| -> Result<Response, WebError> {
        Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
    };
    let mut draft = match input.validate() {
        Ok(d) => d,
        Err(v) => return Ok(Err(refuse(again(&input, field_errors(&ctx.tr, v), None))?)),
    };
    let errors = check_references(state, &ctx.tr, &mut draft, this).await?;
    if !errors.is_empty() {
        return Ok(Err(refuse(again(&input, errors, None))?));
    }
    if form.checked("preview") {
        let page = again(&input, Errors::default(), Some(domain::news::render_body(&draft.body)));
        return Ok(Err(render(&page)?.into_response()));
    }
    Ok(Ok(draft))
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let org = crate::routes::organisation(&state, &slug).await?;
    access::require_member(&state, me.user(), org.id).await?;
    let input = NewsInput {
        language: ctx.tr.locale.code().to_owned(),
        ..NewsInput::default()
    };
    let page = form_page(
        &ctx,
        ctx.tr.t1("news-new-title", "name", org.profile.name.as_str()),
        format!("/organisations/{}/news/new", org.slug),
        &input,
        Errors::default(),
        None,
        Link::new("/news", ctx.tr.t("news-back")),
    );
    Ok(render(&page)?.into_response())
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let org = crate::routes::organisation(&state, &slug).await?;
    access::require_member(&state, me.user(), org.id).await?;
    let again = |input: &NewsInput, errors, preview| {
        form_page(
            &ctx,
            ctx.tr.t1("news-new-title", "name", org.profile.name.as_str()),
            format!("/organisations/{}/news/new", org.slug),
            input,
            errors,
            preview,
            Link::new("/news", ctx.tr.t("news-back")),
        )
    };
    let draft = match checked(&state, &ctx, None, &form, again).await? {
        Ok(d) => d,
        Err(page) => return Ok(page),
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    let id = actor
        .creating(Action::NewsCreated, &draft.title)
        .create_news(org.id, Some(me.user().id), &draft)
        .await?;
    crate::mentions::refresh(&state, id).await?;
    Ok(Redirect::to(&format!("/news/{id}?done=saved")).into_response())
}

/// The item, when `me` writes for its organisation and it may still be changed.
async fn changeable(state: &AppState, me: &SignedIn, id: &str) -> Result<News, WebError> {
    let n = load(state, id).await?;
    access::require_member(state, me.user(), n.organisation_id).await?;
    if !n.state.editable() {
        return Err(WebError::Conflict("news-error-not-editable"));
    }
    Ok(n)
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let n = changeable(&state, &me, &id).await?;
    let page = form_page(
        &ctx,
        ctx.tr.t1("news-edit-title", "title", n.draft.title.as_str()),
        format!("/news/{}/edit", n.id),
        &NewsInput::from_draft(&n.draft),
        Errors::default(),
        None,
        Link::new(format!("/news/{}", n.id), ctx.tr.t("news-back-item")),
    );
    Ok(render(&page)?.into_response())
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let n = changeable(&state, &me, &id).await?;
    let again = |input: &NewsInput, errors, preview| {
        form_page(
            &ctx,
            ctx.tr.t1("news-edit-title", "title", n.draft.title.as_str()),
            format!("/news/{}/edit", n.id),
            input,
            errors,
            preview,
            Link::new(format!("/news/{}", n.id), ctx.tr.t("news-back-item")),
        )
    };
    let draft = match checked(&state, &ctx, Some(n.id), &form, again).await? {
        Ok(d) => d,
        Err(page) => return Ok(page),
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    if !actor
        .audited(Action::NewsEdited, &n.id.to_string(), &draft.title)
        .update_news(n.id, &draft)
        .await?
    {
        return Err(WebError::Conflict("news-error-not-editable"));
    }
    crate::mentions::refresh(&state, n.id).await?;
    Ok(Redirect::to(&format!("/news/{}?done=saved", n.id)).into_response())
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let n = load(&state, &id).await?;
    access::require_member(&state, me.user(), n.organisation_id).await?;
    // Its writers vouch for every link the item will carry: back to the item, where the
    // mentions wait with a word on what to do.
    if state.store.undecided_mentions(n.id).await? > 0 {
        return Ok(Redirect::to(&format!("/news/{}?done=mentions-first#mentions-heading", n.id)).into_response());
    }
    moderation::submit(&state, &ctx, me.user(), &n).await?;
    Ok(Redirect::to(&format!("/news/{}?done=submitted", n.id)).into_response())
}

/// Its writers decide which of the mentions found in the text the item links: the ones ticked
/// are confirmed, the others removed. Only while the text may be changed.
pub async fn decide_mentions(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let n = changeable(&state, &me, &id).await?;
    let found = state.store.news_mentions(n.id).await?;
    let mut confirmed = Vec::new();
    for value in form.all("mention") {
        let known = value
            .split_once(':')
            .filter(|(kind, key)| found.iter().any(|m| m.kind == *kind && m.key == *key));
        match known {
            Some((kind, key)) => confirmed.push((kind.to_owned(), key.to_owned())),
            // A mention the text no longer has (changed in another tab) or never had.
            None => return Err(WebError::Conflict("news-error-mention-unknown")),
        }
    }
    let actor = Actor::of(&state, &ctx, me.user())?;
    actor
        .audited(Action::NewsEdited, &n.id.to_string(), &n.draft.title)
        .decide_mentions(n.id, &confirmed)
        .await?;
    Ok(Redirect::to(&format!("/news/{}?done=mentions", n.id)).into_response())
}

/// Its writers take an item back. One waiting for review becomes a draft again, to be changed
/// and submitted anew; a published one is withdrawn: no one else sees it any more, and it stays
/// withdrawn (kept for its writers; what they publish next is a new item).
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let n = load(&state, &id).await?;
    access::require_member(&state, me.user(), n.organisation_id).await?;
    // Anything else finds the item moved (409): a second click, or a moderator deciding first.
    let (from, to, done) = if n.state == NewsState::Submitted {
        (NewsState::Submitted, NewsState::Draft, "taken-back")
    } else {
        (NewsState::Published, NewsState::Withdrawn, "withdrawn")
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    moderation::transition(
        &actor.audited(Action::NewsWithdrawn, &n.id.to_string(), &n.draft.title),
        &n,
        &[from],
        to,
        None,
    )
    .await?;
    Ok(Redirect::to(&format!("/news/{}?done={done}", n.id)).into_response())
}

#[derive(Template)]
#[template(path = "news/moderation.html")]
pub(super) struct QueuePage {
    chrome: Chrome,
    notice: Option<String>,
    items: Vec<News>,
    /// Organisations that submitted and published news name and the directory lacks: name,
    /// how many items, where to propose it.
    candidates: Vec<(String, i64, String)>,
}

pub async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    _me: Moderator,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("published") => Some(ctx.tr.t("news-done-published")),
        Some("returned") => Some(ctx.tr.t("news-done-returned")),
        _ => None,
    };
    let page = QueuePage {
        chrome: ctx.chrome("moderation"),
        notice,
        items: state.store.submitted_news().await?,
        candidates: state
            .store
            .mention_candidates(50)
            .await?
            .into_iter()
            .map(|(name, count)| {
                let href = crate::views::url("/organisations/new", &[("name", name.clone())]);
                (name, count, href)
            })
            .collect(),
    };
    Ok(render(&page)?.into_response())
}
