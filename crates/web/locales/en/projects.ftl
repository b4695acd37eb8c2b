projects-title = Collaboration projects
projects-heading = Collaboration projects
projects-filter = Acronym
projects-empty = No project matches.
projects-count = { $count ->
    [one] One project
   *[other] { $count } projects
}
project-acronym = Acronym
project-title = Title
project-role = Role
project-contribution = EU contribution
project-participants = Participants
project-programme = Programme
project-on-cordis = Project page on CORDIS
project-countries = Countries
project-consortium = Consortium
project-topics = Call topics
project-keywords = Fields of science
project-organisation = Organisation
role-coordinator = Coordinator
role-participant = Participant
role-associated-partner = Associated partner
role-third-party = Third party
project-add = Add a project
project-new = New project of { $name }
project-edit = Edit { $acronym }
project-edit-link = Edit the project
project-save = Save the project
project-your-role = Your organisation’s role
project-acronym-cordis = Projects from CORDIS keep their acronym.
project-programme-hint = E.g. Horizon Europe, Interreg, Digital Europe, national funding.
project-summary = Summary
project-starts = Start
project-ends = End
project-dates = Duration
project-budget = Total budget
project-markets = Target markets
project-website = Website
project-error-acronym = From 1 to 60 characters, without / \ < or >.
project-error-taken = Another project has this acronym; add the year or the programme to tell them apart.
project-error-partner = No organisation of the directory has this address.
project-error-news = From 10 to 5000 characters.
project-add-partner = Add a partner
project-partner-address = The partner’s address in the directory
project-partner-hint = The end of its page’s address, e.g. fraunhofer-iwu, or the whole address. An organisation you administer joins at once; any other is invited and joins when one of its admins accepts.
project-remove-partner = Remove
project-news = News
project-no-news = No news yet.
project-post-news = Post news
project-news-for = On behalf of
project-news-title = Title
project-news-body = Text
project-delete-news = Delete
project-events = Events
project-no-events = No event is linked to this project.
project-link-event = Link an event of a partner
project-unlink-event = Unlink
project-done-created = The project is created; add its partners below.
project-done-saved = The project is saved.
project-done-partners = The consortium is updated.
project-done-news = The news are updated.
project-done-events = The events are updated.
countries-present = Countries listed here
countries-other = Other countries
nav-dashboard = My clusterhub
search-page-label = Search the platform
dashboard-heading = Welcome, { $name }
dashboard-waiting = Needs your decision
dashboard-waiting-none = Nothing waits for you right now.
dashboard-wait-meetings = { $count ->
    [one] A meeting request to answer
   *[other] { $count } meeting requests to answer
}
dashboard-wait-centre = An application names your centre: confirm it
dashboard-wait-mission = { $count ->
    [one] A mission application to score
   *[other] { $count } mission applications to score
}
dashboard-wait-programme = { $count ->
    [one] A programme application to score
   *[other] { $count } programme applications to score
}
dashboard-wait-opportunity = An opportunity was returned by a moderator: change and submit it again
dashboard-wait-event = An event was returned by a moderator: change and submit it again
dashboard-wait-claims = { $count ->
    [one] A claim or proposed organisation to review
   *[other] { $count } claims or proposed organisations to review
}
dashboard-wait-opportunities = { $count ->
    [one] An opportunity to review
   *[other] { $count } opportunities to review
}
dashboard-wait-events = { $count ->
    [one] An event to review
   *[other] { $count } events to review
}
dashboard-events = Your next events
dashboard-events-none = You are not registered for an upcoming event.
dashboard-waiting-list = on the waiting list
dashboard-find-events = Find events
dashboard-calls = Calls you follow
dashboard-calls-none = You follow no open call. Follow one to be reminded of its deadline.
dashboard-profile = Profile
dashboard-edit-profile = Edit the profile
dashboard-people = People
dashboard-new-event = Organise an event
dashboard-new-opportunity = Publish an opportunity
dashboard-partners = Recommended partners
dashboard-published = { $count ->
    [0] No published opportunity
    [one] One published opportunity
   *[other] { $count } published opportunities
}
dashboard-no-organisation-heading = Your organisation
dashboard-no-organisation = You do not act for an organisation yet. Find yours in the directory and claim its profile, or propose it if it is not there; a moderator confirms it.
dashboard-find-yours = Find your organisation
dashboard-propose = Propose a new organisation
home-to-dashboard = Go to My clusterhub
home-search-placeholder = Name, city or topic
home-events = Upcoming events
home-all-events = All events
home-calls = Calls closing soon
home-calls-none = No open call closes within the next 30 days.
home-all-calls = All funding calls
home-opportunities = Newest opportunities
home-all-opportunities = The whole marketplace
recommended-why = Why? More reasons
recommended-organisation = Organisation
dashboard-wait-programme-decisions = { $count ->
    [one] An application confirmed by its centre waits for your award or refusal
   *[other] { $count } applications confirmed by their centres wait for your award or refusal
}
dashboard-wait-mission-selection = { $count ->
    [one] The call is closed: an application waits for your selection
   *[other] The call is closed: { $count } applications wait for your selection
}
dashboard-organised = Events you organise
table-word = table
notice-password-changed-tokens = Your password has been changed; your other sessions have been ended, links mailed earlier no longer work and your API tokens have been revoked.
error-own-request = You cannot decide on your own request or on one of an organisation you belong to: another moderator or a platform admin decides.
error-own-application = You cannot decide on an application you made or one of an organisation you belong to: another organiser decides.
evaluator-erased = A former evaluator (account erased)
dashboard-wait-invitations = { $count ->
    [one] An invitation to an organisation to answer
   *[other] { $count } invitations to organisations to answer
}
moderation-event-revision = Change to a published event.
moderation-event-revision-fields = Changed: { $fields }.
moderation-event-revision-was = Published title: { $title }
project-invited-heading = Invited into the consortium
project-invited-waiting = waiting for the organisation to accept
project-partner-accept = Accept: we take part
project-partner-decline = Decline
project-done-partner-invited = The organisation is invited; it joins the consortium when one of its admins accepts.
project-done-partner-accepted = Your organisation is now a partner of this project.
project-done-partner-declined = The invitation is declined.
mail-partner-invited-subject = An invitation to the consortium of { $project }
mail-partner-invited-body = The page of the project { $project } lists { $organisation } as a partner once one of its admins agrees. Accept or decline here:

    { $link }
dashboard-wait-partner = A project invites your organisation into its consortium
notice-code-expired = Signing in took too long or too many codes were wrong: enter your password again.
notice-two-factor-on = Two-factor authentication is on.
notice-two-factor-off = Two-factor authentication is off: signing in asks for your password only.
