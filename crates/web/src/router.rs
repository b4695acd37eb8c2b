//! The one route table (which also lists the routes that change state, for the authorisation
//! matrix, and those that read, for the hostile-query test) and the middleware around it.

use std::time::Duration;

use axum::handler::Handler;
use axum::http::{header, HeaderName, HeaderValue, Method};
use axum::routing::{get, on, MethodFilter};
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::{auth, cache, error, routes, AppState};

/// The router being built, with the list of routes that change state (the authorisation matrix
/// test reads that list, so a new mutating route cannot escape it) and of those that read (the
/// hostile-query property test feeds every one of them).
struct Routes {
    router: Router<AppState>,
    mutating: Vec<(Method, &'static str)>,
    reading: Vec<&'static str>,
    /// POST routes authorised by a secret in their address alone, which mail programs call
    /// without a session (one-click unsubscribe): no CSRF token is asked of them.
    by_link: Vec<&'static str>,
}

impl Routes {
    fn get<H: Handler<T, AppState>, T: 'static>(mut self, path: &'static str, h: H) -> Self {
        self.router = self.router.route(path, get(h));
        self.reading.push(path);
        self
    }

    fn mutate<H: Handler<T, AppState>, T: 'static>(mut self, method: Method, path: &'static str, h: H) -> Self {
        let filter = match method {
            Method::PUT => MethodFilter::PUT,
            Method::PATCH => MethodFilter::PATCH,
            Method::DELETE => MethodFilter::DELETE,
            _ => MethodFilter::POST,
        };
        self.router = self.router.route(path, on(filter, h));
        self.mutating.push((method, path));
        self
    }

    fn post<H: Handler<T, AppState>, T: 'static>(self, path: &'static str, h: H) -> Self {
        self.mutate(Method::POST, path, h)
    }

    /// A POST route whose only authority is the secret link it is called with.
    fn post_by_link<H: Handler<T, AppState>, T: 'static>(mut self, path: &'static str, h: H) -> Self {
        self.by_link.push(path);
        self.mutate(Method::POST, path, h)
    }
}

fn routes() -> Routes {
    use crate::moderation;
    use routes::*;
    use store::news::News;
    use store::opportunities::Opportunity;
    use store::services::Service;
    Routes {
        router: Router::new(),
        mutating: vec![],
        reading: vec![],
        by_link: vec![],
    }
    .get("/", home::page)
    .get("/organisations", organisations::directory)
    .get("/organisations/{slug}", organisations::profile)
    .get("/organisations/{slug}/network", maps::organisation_network)
    .get("/organisations/{slug}/network.svg", maps::organisation_network_svg)
    .get("/map", maps::map_page)
    .get("/map.svg", maps::map_svg)
    .get("/map.csv", maps::map_csv)
    .get("/map.json", maps::map_download)
    .get("/regions/{code}", maps::region)
    .get("/regions/{code}/network", maps::region_network)
    .get("/regions/{code}/network.svg", maps::region_network_svg)
    .get("/statistics", maps::statistics_page)
    .get("/statistics/{file}", maps::statistics_download)
    .get("/embed/map", maps::embed_map)
    .get("/embed/organisations/{slug}/network", maps::embed_organisation_network)
    .get("/embed/regions/{code}/network", maps::embed_region_network)
    .get("/search", search::page)
    .get("/projects", projects::list)
    .get("/projects/{id}", projects::page)
    .get("/language", language::switch)
    .get("/dashboard", dashboard::page)
    // accounts
    .get("/register", account::register_form)
    .post("/register", account::register)
    .get("/confirm", account::confirm_form)
    .post("/confirm", account::confirm)
    .get("/login", account::login_form)
    .post("/login", account::login)
    .get("/login/code", account::two_factor::code_form)
    .post("/login/code", account::two_factor::code)
    .post("/logout", account::logout)
    .get("/password/forgot", account::forgot_form)
    .post("/password/forgot", account::forgot)
    .get("/password/reset", account::reset_form)
    .post("/password/reset", account::reset)
    .get("/account", account::page)
    .post("/account/profile", account::update_profile)
    .post("/account/password", account::change_password)
    .post("/account/email", account::change_email)
    .get("/account/email/confirm", account::confirm_email_change_form)
    .post("/account/email/confirm", account::confirm_email_change)
    .get("/account/export", account::export)
    .post("/account/delete", account::erase)
    .get("/account/two-factor", account::two_factor::settings)
    .post("/account/two-factor", account::two_factor::turn_on)
    .post("/account/two-factor/recovery-codes", account::two_factor::renew_codes)
    .post("/account/two-factor/off", account::two_factor::turn_off)
    .post("/account/tokens", account::create_token)
    .post("/account/tokens/{id}/revoke", account::revoke_token)
    // organisations people manage
    .get("/organisations/new", manage::new_form)
    .post("/organisations/new", manage::propose)
    .get("/organisations/{slug}/claim", manage::claim_form)
    .post("/organisations/{slug}/claim", manage::claim)
    .get("/organisations/{slug}/edit", manage::edit_form)
    .post("/organisations/{slug}/edit", manage::edit)
    .get("/invitations", manage::invitations)
    .post("/invitations/{id}/accept", manage::accept_invitation)
    .post("/invitations/{id}/decline", manage::decline_invitation)
    .get("/organisations/{slug}/members", manage::members)
    .post("/organisations/{slug}/members", manage::invite)
    .get("/organisations/{slug}/logo", logos::form)
    .post(
        "/organisations/{slug}/logo",
        logos::upload.layer(axum::extract::DefaultBodyLimit::max(auth::MAX_UPLOAD_BYTES)),
    )
    .post("/organisations/{slug}/logo/remove", logos::remove)
    .get("/organisations/{slug}/logo.png", logos::picture)
    .post("/organisations/{slug}/members/{user}/remove", manage::remove_member)
    .post(
        "/organisations/{slug}/invitations/{id}/withdraw",
        manage::withdraw_invitation,
    )
    // project pages kept by their consortium
    .get("/organisations/{slug}/projects/new", projects::pages::new_form)
    .post("/organisations/{slug}/projects/new", projects::pages::create)
    .get("/projects/{id}/edit", projects::pages::edit_form)
    .post("/projects/{id}/edit", projects::pages::edit)
    .post("/projects/{id}/partners", projects::pages::add_partner)
    .post("/projects/{id}/partners/{slug}/remove", projects::pages::remove_partner)
    .post("/projects/{id}/partners/{slug}/accept", projects::pages::accept_partner)
    .post(
        "/projects/{id}/partners/{slug}/decline",
        projects::pages::decline_partner,
    )
    .post("/projects/{id}/news", projects::pages::post_news)
    .post("/projects/{id}/news/{news}/delete", projects::pages::delete_news)
    .post("/projects/{id}/events", projects::pages::link_event)
    .post("/projects/{id}/events/{event}/unlink", projects::pages::unlink_event)
    // the marketplace
    .get("/opportunities", opportunities::list)
    .get("/opportunities/{id}", opportunities::page)
    .get("/organisations/{slug}/opportunities/new", opportunities::new_form)
    .post("/organisations/{slug}/opportunities/new", opportunities::create)
    .get("/opportunities/{id}/edit", opportunities::edit_form)
    .post("/opportunities/{id}/edit", opportunities::edit)
    .post("/opportunities/{id}/submit", opportunities::submit)
    .post("/opportunities/{id}/close", opportunities::close)
    .post("/opportunities/{id}/approve", moderation::approve::<Opportunity>)
    .post("/opportunities/{id}/return", moderation::return_it::<Opportunity>)
    .post("/opportunities/{id}/interest", opportunities::express_interest)
    .get("/interests/{id}", opportunities::conversation)
    .post("/interests/{id}", opportunities::reply)
    .get("/marketplace/mine", opportunities::mine)
    .get("/moderation/opportunities", opportunities::queue)
    // technology services
    .get("/services", search::services)
    .get("/services/challenge", services::challenge_form)
    .post("/services/challenge", services::challenge)
    .get("/services/{id}", services::page)
    .get("/organisations/{slug}/services", services::offered)
    .get("/organisations/{slug}/services/new", services::new_form)
    .post("/organisations/{slug}/services/new", services::create)
    .get("/services/{id}/edit", services::edit_form)
    .post("/services/{id}/edit", services::edit)
    .post("/services/{id}/submit", services::submit)
    .post("/services/{id}/withdraw", services::withdraw)
    .post("/services/{id}/approve", moderation::approve::<Service>)
    .post("/services/{id}/return", moderation::return_it::<Service>)
    .get("/moderation/services", services::queue)
    .post("/services/{id}/request", services::request)
    .get("/service-requests", services::mine)
    .get("/service-requests/{id}", services::request_page)
    .post("/service-requests/{id}/quote", services::quote)
    .post("/service-requests/{id}/decline", services::decline)
    .post("/service-requests/{id}/accept", services::accept)
    .post("/service-requests/{id}/withdraw", services::withdraw_request)
    .post("/service-requests/{id}/delivered", services::delivered)
    .post("/service-requests/{id}/rate", services::rate)
    .post("/service-requests/{id}/reply", services::reply)
    .get("/service-challenges/{id}", services::challenge_page)
    .post("/service-challenges/{id}/send", services::challenge_send)
    .get("/organisations/{slug}/routed-requests", services::routed)
    .get("/organisations/{slug}/routed-requests.csv", services::routed_csv)
    // news
    .get("/news", news::list)
    .get("/news/rss.xml", news::rss)
    .get("/news/atom.xml", news::atom)
    .get("/news/{id}", news::page)
    .get("/organisations/{slug}/feeds", news::sources::list)
    .post("/organisations/{slug}/feeds", news::sources::add)
    .post("/organisations/{slug}/feeds/{id}/delete", news::sources::remove)
    .post("/organisations/{slug}/feeds/{id}/poll", news::sources::poll_soon)
    .post("/organisations/{slug}/feeds/trust", news::sources::trust)
    .get("/organisations/{slug}/news/new", news::new_form)
    .post("/organisations/{slug}/news/new", news::create)
    .get("/news/{id}/edit", news::edit_form)
    .post("/news/{id}/edit", news::edit)
    .post("/news/{id}/mentions", news::decide_mentions)
    .post("/news/{id}/submit", news::submit)
    .post("/news/{id}/withdraw", news::withdraw)
    .post("/news/{id}/approve", moderation::approve::<News>)
    .post("/news/{id}/return", moderation::return_it::<News>)
    .get("/moderation/news", news::queue)
    // funding
    .get("/funding", funding::list)
    .get("/funding/mine", funding::mine)
    .get("/funding/{id}", funding::page)
    .post("/funding/{id}/follow", funding::follow)
    .post("/funding/{id}/unfollow", funding::unfollow)
    .post("/funding/calendar", funding::new_calendar)
    .get("/calendars/{key}/deadlines.ics", funding::calendar)
    // cascade-funding programmes
    .get("/programmes", programmes::list)
    .get("/programmes/new", programmes::new_form)
    .post("/programmes/new", programmes::create)
    .get("/programmes/{id}", programmes::page)
    .get("/programmes/{id}/edit", programmes::edit_form)
    .post("/programmes/{id}/edit", programmes::edit)
    .get("/programmes/{id}/apply", programmes::apply_form_page)
    .post("/programmes/{id}/apply", programmes::apply)
    .get("/programmes/{id}/applications", programmes::applications)
    .post("/programmes/{id}/evaluators", programmes::add_evaluator)
    .post(
        "/programmes/{id}/evaluators/{user}/remove",
        programmes::remove_evaluator,
    )
    .get("/programme-applications/{id}", programmes::application)
    .post("/programme-applications/{id}/score", programmes::score)
    .post("/programme-applications/{id}/confirm", programmes::confirm)
    .post("/programme-applications/{id}/withdraw", programmes::withdraw)
    .post("/programme-applications/{id}/decision", programmes::decide)
    .post("/programme-applications/{id}/reports", programmes::report)
    // events
    .get("/events", events::calendar)
    .get("/events.ics", events::feed)
    .get("/events/mine", events::mine)
    .get("/events/{id}", events::page)
    .get("/events/{id}/event.ics", events::event_ics)
    .get("/organisations/{slug}/events/new", events::new_form)
    .post("/organisations/{slug}/events/new", events::create)
    .get("/events/{id}/edit", events::edit_form)
    .post("/events/{id}/edit", events::edit)
    .post("/events/{id}/submit", events::submit)
    .get("/events/{id}/cancel", events::cancel_form)
    .post("/events/{id}/cancel", events::cancel)
    .post("/events/{id}/approve", events::approve)
    .post("/events/{id}/return", events::send_back)
    .get("/moderation/events", events::queue)
    .post("/events/{id}/register", events::register)
    .post("/events/{id}/unregister", events::unregister)
    // B2B matchmaking at events
    .get("/events/{id}/participants", events::b2b::participants)
    .post("/events/{id}/meetings/request", events::b2b::request)
    .get("/events/{id}/meetings", events::b2b::meetings)
    .post("/events/{id}/profile", events::b2b::save_profile)
    .post("/events/{id}/availability", events::b2b::save_availability)
    .post("/meeting-requests/{id}/{action}", events::b2b::answer)
    .get("/events/{id}/agenda", events::b2b::agenda)
    .get("/events/{id}/agenda.ics", events::b2b::agenda_ics)
    .get("/events/{id}/manage", events::b2b::manage)
    .get("/events/{id}/manage/meetings.csv", events::b2b::meetings_csv)
    .get("/events/{id}/manage/statistics.csv", events::b2b::statistics_csv)
    .get("/events/{id}/manage/registrations.csv", events::b2b::registrations_csv)
    .post("/events/{id}/sessions", events::b2b::add_session)
    .post("/events/{id}/sessions/{n}/delete", events::b2b::remove_session)
    .post("/events/{id}/schedule", events::b2b::run_scheduler)
    .post("/events/{id}/schedule/publish", events::b2b::publish)
    .post("/events/{id}/meetings/{rid}/lock", events::b2b::toggle_lock)
    .get("/events/{id}/follow-up", events::b2b::follow_up)
    .post("/events/{id}/follow-up", events::b2b::save_follow_up)
    .get("/events/{id}/dashboard", events::b2b::dashboard)
    .get("/events/{id}/dashboard.csv", events::b2b::dashboard_csv)
    .get("/events/{id}/outcomes", events::b2b::outcomes)
    .post("/events/{id}/outcomes", events::b2b::save_outcome)
    .get("/b2b/outcome", events::b2b::outcome_link)
    .post_by_link("/b2b/outcome", events::b2b::save_outcome_by_link)
    .get("/events/{id}/checkin", events::b2b::checkin)
    .post("/events/{id}/checkin", events::b2b::checkin_scan)
    .post("/events/{id}/checkin/sync", events::b2b::checkin_sync)
    .post("/events/{id}/meetings/{rid}/report", events::b2b::report_meeting)
    .get("/events/{id}/attendance", events::b2b::attendance)
    .post("/events/{id}/attendance/{rid}", events::b2b::settle_meeting)
    .post("/events/{id}/refill", events::b2b::refill)
    .get("/events/{id}/stewards", events::b2b::stewards)
    .post("/events/{id}/stewards", events::b2b::add_steward)
    .post("/events/{id}/stewards/{user}/remove", events::b2b::remove_steward)
    .get("/b2b/answer", events::b2b::answer_form)
    .post_by_link("/b2b/answer", events::b2b::answer_by_link)
    .get("/static/checkin.js", events::b2b::checkin_script)
    .post("/events/{id}/preferences", events::b2b::mark)
    .get("/events/{id}/manage/matchmaking", events::b2b::matchmaking)
    .post("/events/{id}/manage/matchmaking", events::b2b::save_matchmaking)
    .post("/events/{id}/manage/limits", events::b2b::save_limits)
    .post("/events/{id}/groups", events::b2b::add_group)
    .post("/events/{id}/groups/{gid}", events::b2b::edit_group)
    .post("/events/{id}/groups/{gid}/delete", events::b2b::remove_group)
    // business missions
    .get("/events/{id}/call", events::missions::call)
    .post("/events/{id}/call", events::missions::save_call)
    .post("/events/{id}/evaluators", events::missions::add_evaluator)
    .post(
        "/events/{id}/evaluators/{user}/remove",
        events::missions::remove_evaluator,
    )
    .get("/events/{id}/apply", events::missions::apply_form_page)
    .post("/events/{id}/apply", events::missions::apply)
    .get("/events/{id}/applications", events::missions::applications)
    .post("/events/{id}/applications/select-top", events::missions::select_top)
    .post("/events/{id}/applications/notify", events::missions::notify)
    .get("/applications/{id}", events::missions::application)
    .post("/applications/{id}/score", events::missions::score)
    .post("/applications/{id}/decision", events::missions::decide)
    .post("/applications/{id}/withdraw", events::missions::withdraw)
    // alerts
    .post("/alerts", search::alerts::create)
    .get("/account/alerts", search::alerts::list)
    .post("/alerts/{id}/delete", search::alerts::delete)
    .get("/alerts/unsubscribe", search::alerts::unsubscribe_form)
    .post("/alerts/unsubscribe", search::alerts::unsubscribe)
    .post("/alerts/{id}/frequency", search::alerts::frequency)
    // following and the weekly digest
    .get("/account/following", following::page)
    .post("/follow", following::follow)
    .post("/unfollow", following::unfollow)
    .post("/account/digest", following::set_digest)
    .get("/digest/unsubscribe", following::unsubscribe_form)
    .post_by_link("/digest/unsubscribe", following::unsubscribe)
    // moderation and administration
    .get("/moderation/claims", admin::claims)
    .post("/moderation/claims/{id}/approve", admin::approve_claim)
    .post("/moderation/claims/{id}/reject", admin::reject_claim)
    .get("/admin/users", admin::users)
    .post("/admin/users/{id}/role", admin::set_role)
    .get("/admin/audit", admin::audit_log)
    // the API
    .get("/api", api::docs_page)
    .get("/api/openapi.json", api::openapi)
    .get("/api/v1/organisations", api::organisations::list)
    .get("/api/v1/organisations/{slug}", api::organisations::get)
    .mutate(Method::PUT, "/api/v1/organisations/{slug}", api::organisations::replace)
    .get("/api/v1/me", api::me::get)
    .get("/api/v1/search", api::search::search)
    .get("/api/v1/statistics", api::maps::statistics)
    .get("/api/v1/statistics/map", api::maps::map)
    .get("/api/v1/statistics/{figure}", api::maps::statistic)
    .get("/api/v1/projects", api::projects::list)
    .get("/api/v1/projects/{id}", api::projects::get)
    .get("/api/v1/events", api::events::list)
    .get("/api/v1/events/{id}", api::events::get)
    .get("/api/v1/news", api::news::list)
    .get("/api/v1/news/{id}", api::news::get)
    .get("/api/v1/services", api::search::services)
    .get("/api/v1/services/{id}", api::services::get)
    .get("/api/v1/opportunities", api::opportunities::list)
    .get("/api/v1/opportunities/{id}", api::opportunities::get)
    .get(
        "/api/v1/opportunities/{id}/recommendations",
        api::opportunities::recommendations,
    )
    .get(
        "/api/v1/organisations/{slug}/recommendations",
        api::organisations::recommendations,
    )
    .get("/api/v1/calls", api::funding::list_calls)
    .get("/api/v1/calls/{id}", api::funding::get_call)
    .get("/api/v1/organisations/{slug}/calls", api::funding::organisation_calls)
    .get("/api/v1/programmes", api::funding::list_programmes)
    .get("/api/v1/programmes/{id}", api::funding::get_programme)
    .get("/robots.txt", sitemap::robots)
    .get("/sitemap.xml", sitemap::index)
    .get("/sitemaps/{file}", sitemap::file)
    .get("/healthz", health::live)
    .get("/readyz", health::ready)
    .get("/metrics", crate::metrics::metrics)
    .get("/static/app.css", assets::stylesheet)
    .get("/static/search.js", assets::search_script)
    .get("/static/favicon.svg", assets::favicon)
    .get("/favicon.ico", assets::favicon_ico)
}

/// Every route that changes state, as (method, path pattern).
pub fn mutating_routes() -> Vec<(Method, &'static str)> {
    routes().mutating
}

/// The POST routes authorised by the secret link they are called with, not by a session.
pub fn by_link_routes() -> Vec<&'static str> {
    routes().by_link
}

/// Every GET route's pattern.
pub fn reading_routes() -> Vec<&'static str> {
    routes().reading
}

/// The whole application: pages, API, probes, static assets, with its middleware.
pub fn app(state: AppState) -> Router {
    let csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; \
               object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    // Served over https, browsers must never come back over plain http (two years, the whole
    // domain, as ASVS level 2 asks); over plain http the header would be ignored anyway.
    let hsts = state
        .settings
        .secure_cookies()
        .then(|| HeaderValue::from_static("max-age=63072000; includeSubDomains"));
    routes()
        .router
        .route_layer(axum::middleware::from_fn(crate::metrics::label))
        .fallback(routes::not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            cache::read_your_writes,
        ))
        .layer(axum::extract::DefaultBodyLimit::max(auth::MAX_FORM_BYTES))
        .layer(CatchPanicLayer::custom(error::panic_response))
        .layer(axum::middleware::from_fn_with_state(state.clone(), auth::middleware))
        .layer(axum::middleware::from_fn(error::render_errors))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(csp),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            move |_: &axum::response::Response| hsts.clone(),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            |res: &axum::response::Response| {
                // Only the embeddable maps and networks are marked as framable.
                let framable = res.extensions().get::<routes::maps::Framable>().is_some();
                (!framable).then(|| HeaderValue::from_static("DENY"))
            },
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("geolocation=(), camera=(), microphone=()"),
        ))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::metrics::record,
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
