//! Expressions of interest and the conversation between the two organisations.

use super::*;
use crate::audit::{Action, Actor};

pub async fn express_interest(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let o = load(&state, &id).await?;
    if !access::opportunity_readable(&state, Some(me.user()), &o).await? {
        return Err(WebError::NotFound);
    }
    if o.state != OpportunityState::Published || o.draft.deadline < today() {
        return Err(WebError::Conflict("interest-closed"));
    }
    let orgs = interested_organisations(&state, me.user(), &o).await?;
    let slug = form.get("organisation");
    let Some(org) = orgs.iter().find(|m| m.slug == slug) else {
        return Err(
            if orgs.is_empty() && access::member_of(&state, me.user(), o.organisation_id).await? {
                WebError::Conflict("interest-own")
            } else {
                WebError::Forbidden
            },
        );
    };
    let message = match validate_message(form.get("message")) {
        Ok(m) => m,
        Err(_) => {
            let mut errors = Errors::default();
            errors.add("message", message_error(&ctx.tr, form.get("message")));
            return detail(&state, &ctx, o, None, Some((form.get("message").to_owned(), errors))).await;
        }
    };
    // Interest expressed already answers 409 through the store's conflict.
    let actor = Actor::of(&state, &ctx, me.user())?;
    let interest = actor
        .audited(Action::InterestExpressed, &o.id.to_string(), &org.name)
        .express_interest(
            o.id,
            org.organisation_id,
            me.user().id,
            &me.user().display_name,
            &message,
        )
        .await?;
    let link = state.settings.link(&format!("/interests/{interest}"));
    crate::notify::tell_organisation(
        &state,
        o.organisation_id,
        Audience::Members,
        crate::notify::opportunities::interest(&o.draft.title, &org.name, &message, &link),
    )
    .await?;
    Ok(Redirect::to(&format!("/interests/{interest}?done=sent")).into_response())
}

#[derive(Template)]
#[template(path = "opportunities/conversation.html")]
pub(super) struct ConversationPage {
    chrome: Chrome,
    notice: Option<String>,
    interest: Interest,
    /// The organisation the reader talks with: (slug, name).
    with: (String, String),
    messages: Vec<Message>,
    form: Form,
}

pub(super) fn reply_form(ctx: &Ctx, id: i64, value: &str, errors: Errors) -> Form {
    Form::new(
        "reply",
        format!("/interests/{id}"),
        ctx.csrf(),
        ctx.tr.t("conversation-send"),
    )
    .field(
        Field::textarea("message", ctx.tr.t("conversation-message"))
            .value(value)
            .required()
            .max(MAX_MESSAGE),
    )
    .errors(errors)
}

pub(super) async fn conversation_page(
    state: &AppState,
    ctx: &Ctx,
    interest: Interest,
    notice: Option<String>,
    form: Form,
    status: StatusCode,
) -> Result<Response, WebError> {
    // The reader speaks for the owner when they belong to it, else for the interested side.
    let owner_side = match ctx.user() {
        Some(u) => access::belongs_to(state, u, interest.owner_id).await?,
        None => false,
    };
    let speaking_for = if owner_side {
        interest.owner_id
    } else {
        interest.organisation_id
    };
    let (slug, name) = interest.other_side(speaking_for);
    let page = ConversationPage {
        chrome: ctx.chrome("marketplace"),
        notice,
        messages: state.store.messages(interest.id).await?,
        with: (slug.to_owned(), crate::views::title_case_if_shouting(name)),
        interest,
        form,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn conversation(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let interest = state.store.interest(path_id(&id)?).await?.ok_or(WebError::NotFound)?;
    if !access::in_conversation(&state, me.user(), &interest).await? {
        // Conversations are private: to anyone else they do not exist.
        return Err(WebError::NotFound);
    }
    let done = done_param(raw.as_deref()).as_deref() == Some("sent");
    let notice = done.then(|| ctx.tr.t("conversation-sent"));
    let form = reply_form(&ctx, interest.id, "", Errors::default());
    conversation_page(&state, &ctx, interest, notice, form, StatusCode::OK).await
}

pub async fn reply(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let interest = state.store.interest(path_id(&id)?).await?.ok_or(WebError::NotFound)?;
    if !access::in_conversation(&state, me.user(), &interest).await? {
        return Err(WebError::NotFound);
    }
    let message = match validate_message(form.get("message")) {
        Ok(m) => m,
        Err(_) => {
            let mut errors = Errors::default();
            errors.add("message", message_error(&ctx.tr, form.get("message")));
            let f = reply_form(&ctx, interest.id, form.get("message"), errors);
            return conversation_page(&state, &ctx, interest, None, f, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    state
        .store
        .add_message(interest.id, me.user().id, &me.user().display_name, &message)
        .await?;
    // The other side is told: the owners when the interested organisation writes, and the other way round.
    let other = if access::belongs_to(&state, me.user(), interest.owner_id).await? {
        interest.organisation_id
    } else {
        interest.owner_id
    };
    let link = state.settings.link(&format!("/interests/{}", interest.id));
    crate::notify::tell_organisation(
        &state,
        other,
        Audience::Members,
        crate::notify::opportunities::message(&interest.opportunity_title, &me.user().display_name, &message, &link),
    )
    .await?;
    Ok(Redirect::to(&format!("/interests/{}?done=sent", interest.id)).into_response())
}
