//! Editing a profile.

use super::*;
use crate::audit::{Action, Actor};
use crate::views::Link;

pub(super) fn edit_page(ctx: &Ctx, org: &Organisation, input: &ProfileInput, errors: Errors) -> FormPage {
    let tr = &ctx.tr;
    FormPage {
        chrome: ctx.chrome("organisations"),
        title: tr.t1("edit-title", "name", org.profile.name.as_str()),
        intro: vec![],
        notice: None,
        form: Form::new(
            "profile",
            format!("/organisations/{}/edit", org.slug),
            ctx.csrf(),
            tr.t("account-save"),
        )
        .fields(profile_fields(tr, input))
        .errors(errors),
        links: vec![
            Link::new(format!("/organisations/{}", org.slug), tr.t("claim-back")),
            Link::new(format!("/organisations/{}/members", org.slug), tr.t("manage-members")),
        ],
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    let input = ProfileInput::from_draft(&org.profile);
    Ok(render(&edit_page(&ctx, &org, &input, Errors::default()))?.into_response())
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    let stored = ProfileInput::from_draft(&org.profile);
    let tr = ctx.tr;
    let (input, mut errors) = read_profile(&tr, &form, Some(&stored));
    let draft = match input.validate() {
        Ok(d) if errors.is_empty() => d,
        other => {
            if let Err(v) = other {
                add_validation_errors(&tr, &mut errors, v);
            }
            let page = edit_page(&ctx, &org, &input, errors);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
        }
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    actor
        .audited(Action::ProfileEdited, org.slug.as_str(), "web")
        .update_organisation(&org.slug, &draft)
        .await?;
    Ok(Redirect::to(&format!("/organisations/{}", org.slug)).into_response())
}
