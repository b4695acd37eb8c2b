nav-events = Events
events-title = Events
events-intro = Talks and webinars, conferences, B2B matchmaking events, workshops and business missions of Europe’s clusters.
events-count = { $count ->
    [one] One event
   *[other] { $count } events
}
events-empty = No event matches these filters.
events-any = Any
events-online = Online or hybrid
events-on-site = With a venue
events-from = From
events-to = To
events-views = Calendar views
events-view-list = List
events-view-month = Month
events-subscribe = Subscribe (iCalendar)
events-feed-name = clusterhub events
events-prev-month = Previous month
events-next-month = Next month
events-mine = Your events
events-mine-registered = Registered
events-mine-organised = Organised by your organisations
events-mine-none = You have not registered for an event yet.
events-back = Back to the events
event-organise-for = Organise an event for { $name }
event-kind = Type of event
event-kind-talk = Talk or webinar
event-kind-conference = Conference
event-kind-matchmaking = Matchmaking event
event-kind-workshop = Workshop
event-kind-mission = Business mission
event-state = State
event-state-draft = Draft
event-state-submitted = Waiting for review
event-state-returned = Returned
event-state-published = Published
event-state-cancelled = Cancelled
event-state-draft-explained = Only your organisation sees this draft. Submit it when it is ready; a moderator reviews it before it is published.
event-state-submitted-explained = A moderator reviews it; you will get an e-mail when it is published or returned.
event-state-returned-explained = A moderator returned it. Change it and submit it again.
event-state-published-explained = It is in the calendar and open for registration.
event-state-cancelled-explained = You called it off; everyone registered was told.
attendance = Attendance
attendance-on-site = On site
attendance-online = Online
attendance-hybrid = On site and online
event-title = Title
event-description = Description
event-starts = Starts
event-ends = Ends
event-timezone = Time zone
event-timezone-hint = The zone of the venue (or of the organiser for online events); times are entered in it.
event-venue = Venue
event-venue-hint = Name and street address, for events on site.
event-online-url = Online access
event-online-url-hint = The address people join at, for online and hybrid events; only registered participants see it.
event-online-url-hidden = Sent to registered participants.
event-capacity = Places
event-capacity-hint = Leave empty for no limit; beyond it people join a waiting list.
event-agenda = Agenda
event-agenda-hint = One item a line, starting with its time: “09:30 Welcome”, “Day 2: Visit to the port”.
event-itinerary = Itinerary
event-speakers = Speakers
event-speakers-hint = One speaker a line: “Name, Affiliation”.
event-destinations = Destinations
event-destinations-hint = For business missions: the countries visited, as two-letter codes separated by commas (US, CA).
event-b2b = B2B meetings
event-b2b-yes = Participants book one-to-one meetings with each other.
event-b2b-field = Participants book B2B meetings
event-b2b-hint = Always on for matchmaking events.
event-form-intro = A moderator reviews the event before it appears in the calendar.
event-save = Save the event
event-new-title = New event of { $name }
event-edit-title = Change “{ $title }”
event-back = Back to the event
event-when = When
event-when-yours = In your time zone
event-topics = Technologies and ecosystems
event-organiser = Organiser
event-download-ics = Add to your calendar (.ics)
event-registration = Registration
event-register-heading = Register
event-register-for = Registering for
event-register-myself = Myself only
event-register = Register
event-join-waitlist = Join the waiting list
event-places = { $left } of { $capacity } places left
event-you-are-registered = You are registered.
event-you-are-waiting = You are number { $position } on the waiting list; you will get an e-mail when a place frees up.
event-unregister = Cancel my registration
event-login-to-register = Log in to register
event-registration-closed = Registration is closed.
event-registered = registered
event-waiting = on the waiting list
event-organiser-heading = For the organiser
event-registered-count = { $confirmed } registered, { $waiting } waiting
event-edit = Change
event-manage = Participants, meetings and statistics
event-submit = Submit for review
event-cancel = Call the event off
event-done-saved = The event is saved.
event-done-submitted = The event is submitted; a moderator will review it.
event-done-registered = You are registered; a confirmation is on its way by e-mail.
event-done-waitlisted = The event is full; you are on the waiting list.
event-done-unregistered = Your registration is cancelled.
event-done-cancelled = The event is called off and everyone registered has been told.
event-done-published = The event is published.
event-done-returned = The event is returned to its organiser.
event-error-not-editable = This event can no longer be changed: it has started, is waiting for review or was called off.
event-error-state = Someone else changed this event meanwhile; reload the page.
event-error-past = The event has already started.
event-error-far = The event starts more than three years ahead.
event-error-datetime = Enter a date and time.
event-error-order = The end must be after the start.
event-error-long = An event lasts at most 31 days.
event-error-timezone = Choose a time zone from the list.
event-error-venue = Required for an event on site.
event-error-online = Required for an online or hybrid event.
event-error-url = Give an address starting with https://.
event-error-capacity = A whole number from 1 to 100000, or empty for no limit.
event-error-lines = Check this line:
event-error-closed = This event is not open for registration.
event-error-registered = You are registered for this event already.
event-error-not-registered = You are not registered for this event.
moderation-events-title = Events to review
moderation-events-none = No event is waiting for review.
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-1 = Mon
weekday-2 = Tue
weekday-3 = Wed
weekday-4 = Thu
weekday-5 = Fri
weekday-6 = Sat
weekday-7 = Sun
mail-event-submitted-subject = An event waits for review
mail-event-submitted-body = “{ $title }” was submitted for review: { $link }
mail-event-published-subject = Your event is published
mail-event-published-body = “{ $title }” is in the calendar: { $link }
mail-event-returned-subject = Your event was returned
mail-event-returned-body = A moderator returned “{ $title }”: { $reason }

    Change it and submit it again: { $link }
mail-event-registered-subject = You are registered: { $title }
mail-event-registered-body = You are registered for “{ $title }”, { $when }.

    The event’s page, with the calendar file: { $link }
mail-event-waitlisted-subject = Waiting list: { $title }
mail-event-waitlisted-body = “{ $title }” is full; you are number { $position } on the waiting list. We will write when a place frees up.

    { $link }
mail-event-promoted-subject = A place is yours: { $title }
mail-event-promoted-body = A place freed up and you are now registered for “{ $title }”.

    { $link }
mail-event-cancelled-subject = Called off: { $title }
mail-event-cancelled-body = The organiser called off “{ $title }”.

    { $link }
b2b-participants = Participants
b2b-participants-count = { $count ->
    [one] One participant
   *[other] { $count } participants
}
b2b-my-meetings = Your meetings
b2b-my-agenda = Your agenda
b2b-search = Search the participants
b2b-organisation-type = Type of organisation
b2b-offer = Offers
b2b-seek = Seeks
b2b-offer-hint = What you bring: products, technologies, services, capacities.
b2b-seek-hint = Whom you want to meet and why.
b2b-profile-heading = Your profile at this event
b2b-save-profile = Save the profile
b2b-request = Request a meeting
b2b-request-message = A message to { $name } (optional)
b2b-between-sent = You asked
b2b-between-received = They asked you
b2b-request-pending = waiting for an answer
b2b-request-accepted = accepted
b2b-request-declined = declined
b2b-request-withdrawn = withdrawn
b2b-received = Requests you received
b2b-sent = Requests you sent
b2b-none = No request yet.
b2b-none-sent = You have not asked anyone yet; browse the participants.
b2b-with = With
b2b-message = Message
b2b-actions = Actions
b2b-accept = Accept
b2b-decline = Decline
b2b-withdraw = Withdraw
b2b-availability = When you can meet
b2b-availability-hint = Untick the slots in which you are away; meetings are placed only in the ticked ones.
b2b-save-availability = Save the availability
b2b-no-sessions-yet = The organiser has not set the meeting sessions yet.
b2b-agenda-title = Meeting agenda: { $title }
b2b-agenda-zone = times in { $zone }
b2b-agenda-not-published = The organiser has not published the meeting schedule yet; you will get an e-mail when it is.
b2b-agenda-empty = You have no confirmed meeting.
b2b-agenda-ics = Add the meetings to your calendar (.ics)
b2b-agenda-print = Print this page for a paper copy.
b2b-where = Where
b2b-table = Table { $number }
b2b-online-room = Online room { $number }
b2b-online = online
b2b-ics-summary = Meeting with { $name }
b2b-statistics = Statistics
b2b-stat-registered = Participants
b2b-stat-waiting = Waiting list
b2b-stat-sent = Requests sent
b2b-stat-accepted = Accepted
b2b-stat-declined = Declined
b2b-stat-pending = Unanswered
b2b-stat-scheduled = Meetings scheduled
b2b-stat-unscheduled = Accepted but not scheduled
b2b-stat-none = Not given
b2b-by-country = By country
b2b-by-type = By type of organisation
b2b-csv-registrations = Registrations (CSV)
b2b-csv-meetings = Meetings and requests (CSV)
b2b-csv-statistics = Statistics (CSV)
b2b-sessions = Meeting sessions
b2b-no-sessions = No session yet: add one to let participants set their availability.
b2b-sessions-fixed = The sessions are fixed once meetings are locked or the schedule is published.
b2b-add-session = Add a session
b2b-session-starts = Starts
b2b-session-starts-hint = Wall-clock time in { $zone }.
b2b-session-slots = Meetings in a row
b2b-session-minutes = Minutes per meeting
b2b-session-tables = Tables
b2b-session-tables-hint = 0 for online meetings (no limit).
b2b-remove-session = Remove
b2b-schedule = Schedule
b2b-schedule-explained = The scheduler places every accepted meeting it can in a slot and at a table, so that nobody is in two places at once and everyone meets only when available. Locked meetings stay where they are; publishing locks every placed meeting and sends each participant their agenda.
b2b-run = Run the scheduler
b2b-rerun = Run again for late requests
b2b-publish = Publish the schedule
b2b-published-note = The schedule is published: its meetings are locked. Running again places only what is new.
b2b-meetings-count = { $count ->
    [one] One meeting placed
   *[other] { $count } meetings placed
}
b2b-unscheduled-count = { $count ->
    [one] One accepted request not placed
   *[other] { $count } accepted requests not placed
}
b2b-requester = Asked by
b2b-invitee = Asked
b2b-locked = Lock
b2b-lock = Lock
b2b-unlock = Unlock
b2b-reason = Why
b2b-reason-not-run = The scheduler has not run since it was accepted.
b2b-reason-no-common-time = The two are never available at the same time.
b2b-reason-agenda-full = { $name } has no free slot left.
b2b-reason-busy = At every time both are available, one of them has another meeting.
b2b-reason-no-table = No table is left at the times both are free.
b2b-reason-locked-conflict = It collides with another locked meeting.
b2b-registrations = Registrations
b2b-name = Name
b2b-done-requested = Your request is sent.
b2b-done-profile = Your profile is saved.
b2b-done-availability = Your availability is saved.
b2b-done-accepted = You accepted the meeting.
b2b-done-declined = You declined the meeting.
b2b-done-withdrawn = You withdrew the request.
b2b-done-session = The sessions are changed; run the scheduler again.
b2b-done-scheduled = The scheduler has run; check the result and publish it.
b2b-done-published = The schedule is published and the participants have their agendas.
b2b-done-locked = Saved.
b2b-error-not-participant = Only confirmed participants of this event take part in its B2B meetings.
b2b-error-requested = One of you has already asked the other.
b2b-error-request-state = This request has changed meanwhile; reload the page.
b2b-error-message = A message of at most 1000 characters, without control characters.
b2b-error-profile = At most 2000 characters, without control characters.
b2b-error-no-b2b = This event has no B2B meetings.
b2b-error-no-sessions = Add a meeting session first.
b2b-error-not-placed = Only placed meetings can be locked.
b2b-error-sessions-locked = The sessions are fixed once meetings are locked or published.
b2b-error-overlap = It overlaps another session.
b2b-error-outside = The session must lie within the event.
b2b-error-too-many-slots = An event has at most 128 meeting slots in all.
b2b-error-slots = A whole number from 1 to 48.
b2b-error-minutes = A whole number of minutes from 10 to 120.
b2b-error-tables = A whole number from 0 to 5000.
mail-b2b-request-subject = A meeting request at { $title }
mail-b2b-request-body = { $name } would like to meet you at “{ $title }”:

    { $message }

    Accept or decline: { $link }
mail-b2b-accepted-subject = Meeting accepted at { $title }
mail-b2b-accepted-body = { $name } accepted your meeting request. The organiser will place it in the schedule: { $link }
mail-b2b-agenda-subject = Your meeting agenda for { $title }
mail-b2b-agenda-body = The meeting schedule is published: you have { $count } meetings. Your agenda, to print or add to your calendar: { $link }
event-error-starts-past = This time has passed; choose one in the future.
mission-call = Call for participation
mission-call-intro = Applicants answer your questions; evaluators score each application against your weighted criteria; you select up to the number of places and every applicant is told the outcome.
mission-call-line = { $places } places; applications until { $deadline }.
mission-questions = Questions to applicants
mission-questions-hint = One question a line.
mission-criteria = Criteria
mission-criteria-hint = One criterion a line, its weight first: “40 Export readiness”.
mission-places = Places
mission-deadline = Last day for applications
mission-save-call = Save the call
mission-evaluators = Evaluators
mission-evaluators-intro = Evaluators score the applications. They do not see each other’s scores before giving their own, and never score an organisation they belong to.
mission-no-evaluators = No evaluator yet.
mission-evaluator-email = E-mail address of an account
mission-add-evaluator = Add as evaluator
mission-apply = Apply for the mission
mission-login-to-apply = Log in to apply
mission-closed = Applications are closed.
mission-applying-for = Applying for
mission-submit-application = Submit the application
mission-applied-as = { $name } applied: { $state }.
mission-applications = Applications
mission-application-of = Application of { $name }
mission-ranking = Ranking by weighted score
mission-weighted-score = Weighted score (0–10)
mission-evaluations = Evaluations
mission-you = You
mission-scored = scored
mission-to-score = to score
mission-conflict = your organisation: not yours to score
mission-conflict-explained = You belong to this organisation, so you do not score its application.
mission-evaluator-rules = Score each application. Until you have scored all you may score, they are listed in the order they came in, without ranks; the ranking and the others’ scores appear once you have given yours.
mission-no-applications = No application yet.
mission-state-submitted = submitted
mission-state-selected = selected
mission-state-rejected = not selected
mission-state-withdrawn = withdrawn
mission-select = Select
mission-reject = Decline
mission-decision = Selection
mission-decision-state = { $selected } of { $places } places given; { $undecided } applications undecided.
mission-select-top = Select the best { $places } and decline the others
mission-notify = Tell every applicant the outcome
mission-notified = The applicants have been told the outcome; the selection is final.
mission-your-score = Your score
mission-criterion = { $name } (weight { $weight })
mission-score-hint = 0 (not at all) to 10 (fully).
mission-comment = Comment
mission-save-score = Save my score
mission-scores = Scores
mission-no-scores = No score yet.
mission-scores-hidden = The evaluators’ scores appear once you have given yours.
mission-evaluator = Evaluator
mission-done-call = The call is saved.
mission-done-evaluators = The evaluators are updated.
mission-done-applied = Your application is submitted; a confirmation is on its way by e-mail.
mission-done-scored = Your score is saved.
mission-done-decided = The decision is recorded.
mission-done-notified = Every applicant has been told the outcome.
mission-error-no-call = This mission has no call for participation yet.
mission-error-closed = Applications to this mission are closed.
mission-error-no-organisation = Applications are made for an organisation: join or register yours first.
mission-error-applied = Your organisation has applied already.
mission-error-answer = Required, at most 5000 characters.
mission-error-questions = One question a line, from 3 to 500 characters; at most 20.
mission-error-criteria = One criterion a line with its weight first (1 to 100): “40 Export readiness”; at most 12.
mission-error-places = A whole number from 1 to 500.
mission-error-score = A whole number from 0 to 10.
mission-error-evaluator = No account has this address; the evaluator registers first.
mission-error-fixed = Questions cannot change once someone applied, nor criteria once someone scored.
mission-error-decided = The applicants have been told the outcome; the selection is final.
mission-error-full = Every place is given; decline another application first.
mission-error-undecided = Decide every application first.
mission-error-withdrawn = This application was withdrawn.
mail-mission-evaluator-subject = You evaluate applications to { $title }
mail-mission-evaluator-body = You were named evaluator of the applications to “{ $title }”: { $link }
mail-mission-applied-subject = Application received: { $title }
mail-mission-applied-body = The application of { $organisation } to “{ $title }” is received. Applications close on { $deadline }; you will hear the outcome by e-mail.

    { $link }
mail-mission-selected-subject = Selected for { $title }
mail-mission-selected-body = { $organisation } is selected for “{ $title }”. The organiser will be in touch with the next steps.

    { $link }
mail-mission-rejected-subject = Your application to { $title }
mail-mission-rejected-body = Thank you for the application of { $organisation } to “{ $title }”. It was not selected this time.

    { $link }
event-error-capacity-below = { $count } people are registered already; the places cannot be fewer.
event-error-sessions-outside = The B2B meeting sessions must stay within the event: change them first.
mail-event-changed-subject = Changed: { $title }
mail-event-changed-body = The organiser changed the time or place of “{ $title }”. It is now { $when }.

    { $link }
event-error-apply-instead = Participants of a business mission are selected from applications: apply instead.
mission-withdraw = Withdraw the application
mission-done-withdrawn = The application is withdrawn.
mail-event-reminder-subject = Tomorrow: { $title }
mail-event-reminder-body = A reminder: you are registered for “{ $title }”, { $when }{ $where }.

    { $link }
mail-event-reminder-online = Join online: { $link }
mail-event-reminder-agenda = Your meeting agenda: { $link }
event-projects = Part of the project
event-cancel-title = Call off “{ $title }”?
event-cancel-when = The event is planned for { $when }. Calling it off cannot be undone; it stays listed as called off.
event-cancel-told = { $count ->
    [0] Nobody has registered yet.
    [one] The one person registered or waiting is told by mail.
   *[other] The { $count } people registered or waiting are told by mail.
}
event-cancel-keep = No, keep the event
event-contact-email-hint = Shown to everyone on the event's public page and in its calendar file: use a shared address of the organisation, such as events@…, rather than a personal one.
mail-event-revision-review-subject = A change to a published event waits for review
mail-event-revision-review-body = The organisers of “{ $title }” changed more than its time, place or capacity; the event stays as published until you decide: { $link }
event-done-revision = Saved. A new time, place or capacity applies at once; the other changes wait for a moderator, and the event is shown as published until then.
event-revision-pending = Changes to this event wait for a moderator; until they are approved, everyone sees it as published.
event-error-revision-decided = Another moderator has decided on this change already.
event-done-revision-approved = The change is approved; the people registered are told what changed.
event-done-revision-returned = The change is sent back; the event stays as published and the organisers are told why.
mail-event-revised-subject = “{ $title }” was changed
mail-event-revised-body = The organisers changed “{ $title }”, which you registered for. What changed: { $changed }.

    { $link }
mail-event-revision-approved-subject = The change to your event is approved
mail-event-revision-approved-body = The change to “{ $title }” is approved and shown to everyone: { $link }
mail-event-revision-returned-subject = The change to your event was sent back
mail-event-revision-returned-body = A moderator sent back the change to “{ $title }”: { $reason }
    The event stays as published; you can edit it again.

    { $link }
