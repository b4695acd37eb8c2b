# The follow-up of B2B matchmaking: requests that expire, reminders, outcomes months later and
# the organiser's dashboard.

b2b-followup-title = Requests and reminders
b2b-followup-intro = An unanswered meeting request expires after the days you set here: both sides are free again and its sender is told. Participants with requests waiting for their answer, or with no meetings yet, are reminded by mail in their language; those with nothing to do are not.
b2b-followup-request-days = Days a request waits for its answer
b2b-followup-request-days-hint = From 1 to 14. An answered request never expires.
b2b-followup-nudge-every = Days between two reminders
b2b-followup-nudge-every-hint = From 2 to 4.
b2b-followup-nudge-cap = Reminders per person at most
b2b-followup-nudge-cap-hint = From 0 to 10; 0 sends none.
b2b-followup-save = Save the settings
b2b-followup-saved = The settings are saved.
b2b-followup-error-request-days = Enter a number of days from 1 to 14.
b2b-followup-error-nudge-every = Enter a number of days from 2 to 4.
b2b-followup-error-nudge-cap = Enter a number of reminders from 0 to 10.

b2b-outcome-title = What came of your meetings
b2b-outcome-intro = It is { $days } days since the event. For each meeting you held there, say where things stand; you can change an answer later.
b2b-outcome-none = You held no meetings at this event, so there is nothing to answer.
b2b-outcome-not-yet = The questions about your meetings open on { $date }.
b2b-outcome-private = Only the organisers see answers, and they see them counted, never one by one.
b2b-outcome-question = Your meeting with { $name }
b2b-outcome-save = Save the answer
b2b-outcome-saved = Thank you: your answer is saved.
b2b-outcome-closed = The questions about the meetings of this event are not open.
b2b-outcome-unknown-link = This link is unknown or has expired. Sign in and answer on the event's page instead.
b2b-outcome-stage-no-further-contact = No further contact
b2b-outcome-stage-exchanged-information = We exchanged information
b2b-outcome-stage-in-negotiation = We are negotiating
b2b-outcome-stage-commercial-agreement = We signed a commercial agreement
b2b-outcome-stage-technical-agreement = We signed a technical cooperation agreement
b2b-outcome-stage-research-agreement = We signed a research cooperation agreement
b2b-outcome-stage-joint-funding-application = We applied for funding together

b2b-dashboard = Dashboard
b2b-dash-csv = Report of everything (CSV)
b2b-dash-day = On the day
b2b-dash-day-intro = Meetings count as held or missed as the attendance page settles them: the organiser's word, else the participants' answers.
b2b-dash-checked-in = Checked in
b2b-dash-no-shows = Missed (no-show)
b2b-dash-no-show-rate = No-show rate
b2b-dash-refilled = Slots re-filled
b2b-dash-small-groups = Others (groups of fewer than { $count } people)
b2b-dash-percent = { $value }%
b2b-dash-requests = Meeting requests
b2b-dash-sent = Sent
b2b-dash-answered = Answered
b2b-dash-expired = Expired unanswered
b2b-dash-held = Meetings held
b2b-dash-reminders = Reminders
b2b-dash-reminders-sent = Reminders sent
b2b-dash-people-reminded = People reminded
b2b-dash-answered-since = Of them, answered a request since
b2b-dash-no-reminders = No reminder has gone out yet.
b2b-dash-reminded-people = Who was reminded, when, and how many requests they answered since
b2b-dash-person = Participant
b2b-dash-last-reminder = Last reminder
b2b-dash-answers-since = Requests answered since
b2b-dash-idle = Idle time
b2b-dash-idle-intro = The free slots between a person's first and last meeting of a session.
b2b-dash-idle-total = Idle minutes in all
b2b-dash-idle-average = Idle minutes per person with meetings
b2b-dash-idle-per-person = Idle time per participant
b2b-dash-meetings-placed = Meetings placed
b2b-dash-idle-slots = Idle slots
b2b-dash-idle-minutes = Idle minutes
b2b-dash-outcomes = Outcomes
b2b-dash-outcomes-intro = Participants are asked 90 and 180 days after the event what came of each meeting they held. Answers are counted here; no one's answer is shown. The tables by country and type count where each meeting stands at its latest answer.
b2b-dash-outcomes-by-stage = Answers by stage, per round
b2b-dash-outcomes-by-country = Where meetings stand, by participants' country
b2b-dash-outcomes-by-type = Where meetings stand, by type of organisation
b2b-dash-stage = Stage
b2b-dash-country = Country
b2b-dash-type = Type of organisation
b2b-dash-after-days = After { $days } days
b2b-dash-no-answers = no answers yet.
b2b-dash-questions-sent = Participants asked

mail-b2b-expired-subject = Your meeting request to { $name } expired
mail-b2b-expired-body = { $name } did not answer your meeting request at “{ $title }” within { $days } days, so it is closed and you are both free again. Ask someone else: { $link }
mail-b2b-nudge-subject = Your meetings at { $title }
mail-b2b-nudge-waiting = { $count ->
    [one] A meeting request waits for your answer at “{ $title }”.
   *[other] { $count } meeting requests wait for your answer at “{ $title }”.
    } Accept or decline: { $link }
mail-b2b-nudge-none = You have no meetings yet at “{ $title }”. See who takes part and ask for meetings: { $link }
mail-b2b-outcome-subject = What came of your meetings at { $title }?
mail-b2b-outcome-intro = It is { $days } days since “{ $title }”. What came of each meeting you held there? One click on the answer that fits opens it to save. Only the organisers see answers, and only counted.
mail-b2b-outcome-meeting = Your meeting with { $name }:
mail-b2b-outcome-end = You can also answer on the platform: { $link } (these links work until { $date }).
