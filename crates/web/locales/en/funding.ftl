nav-funding = Funding
funding-title = Funding opportunities
funding-intro = Calls for proposals of EU programmes and the cascade calls that Euroclusters and other projects open for SMEs, with their cut-offs in Brussels time and yours.
funding-count = { $count ->
    [one] One call
   *[other] { $count } calls
}
funding-empty = No call matches these filters.
funding-status = Status
funding-status-open = Open
funding-status-forthcoming = Forthcoming
funding-status-closed = Closed
funding-status-all = All
funding-programme = Programme
funding-kind = Kind of call
funding-eu-calls = EU calls for proposals
funding-cascade-calls = Cascade calls (open calls for SMEs)
funding-cascade = Cascade call
funding-closing-soon = Closing within 30 days
funding-deadline = Deadline
funding-deadlines = Deadlines
funding-opens = Opens
funding-budget = Budget per grant
funding-grants = Expected grants
funding-action = Type of action
funding-grant-type = Grant
funding-procedure = Submission
funding-portal = The call on the EU Funding & Tenders portal
funding-mine-title = My funding
funding-follow-heading = Follow this call
funding-follow = Follow and remind me
funding-follow-update = Change the reminder
funding-unfollow = Stop following
funding-following = You follow this call.
funding-remind-label = Remind me by e-mail
funding-remind-days = { $days ->
    [one] 1 day before each cut-off
   *[other] { $days } days before each cut-off
}
funding-login-to-follow = Log in to follow this call and be reminded of its deadlines
funding-done-followed = You follow this call; reminders come by e-mail before each cut-off.
funding-done-unfollowed = You no longer follow this call.
funding-done-calendar = Your calendar address is ready; the previous one, if any, no longer works.
funding-followed = Calls you follow
funding-followed-none = You follow no call yet: open a call and choose “Follow”.
funding-call = Call
funding-next-deadline = Next cut-off
funding-reminder = Reminder
funding-calendar-heading = Deadlines in your calendar
funding-calendar-intro = Subscribe to this address in your calendar application to see the cut-offs of the calls you follow. Keep it to yourself: anyone with it sees which calls you follow.
funding-calendar-address = Calendar address
funding-calendar-create = Create my calendar address
funding-calendar-reset = Replace the address (the old one stops working)
funding-fit-heading = Calls that fit your organisations
funding-fit-none = No open call fits this profile yet; technologies, ecosystems and a description on the profile help.
funding-fit-no-organisation = Join or register your organisation to see the calls that fit it.
funding-ics-name = Funding deadlines
funding-ics-summary = Deadline: { $title }
funding-ics-summary-nth = Deadline { $n } of { $count }: { $title }
call-reason-taxonomy = Mentions { $words } ({ $tag })
call-reason-track = Your projects were funded in { $part }
call-reason-words = Shares words with your profile: { $words }
call-reason-smes = Addressed to SMEs
call-reason-clusters = Addressed to cluster organisations
call-reason-research = A research action
call-reason-eligible = Open to organisations in the EU and the EEA
call-reason-check = Check whether organisations in { $country } can take part (association to the programme)
mail-call-reminder-subject = Deadline ahead: { $title }
mail-call-reminder-body = The call “{ $title }” ({ $identifier }) has a cut-off on { $when }, in { $days } days.

    { $link }

    On the portal: { $portal }
funding-audience = Addressed to
funding-audience-smes = SMEs and start-ups
funding-audience-clusters = Cluster organisations
funding-audience-research = Research organisations (a research action)
funding-audience-any = Organisations eligible under the call’s conditions
funding-eligible-countries = Eligible countries
funding-eligible-eu = EU Member States, EEA countries and countries associated to { $programme }; see the call’s conditions
funding-eligible-cascade = As the cascade call sets them; see its description
funding-programmes-open = Cascade-funding programmes open on clusterhub
funding-programme-line = Run by { $owner } · grants up to { $max } · apply by { $deadline }
funding-opens-on = Opens { $date }
