nav-marketplace = Marketplace
list-and = { $first } and { $last }
opportunities-title = Cooperation opportunities
opportunities-intro = Offers, requests, partner searches and technology challenges published by organisations of the directory. Each one shows the partners ranked for it, with the reasons.
opportunities-count = { $count ->
    [one] One opportunity
   *[other] { $count } opportunities
}
opportunities-empty = No opportunity is published with these filters.
opportunities-all-kinds = All kinds
opportunities-filter = Show
opportunity-kind = Kind
opportunity-kind-business-offer = Business offer
opportunity-kind-business-request = Business request
opportunity-kind-technology-offer = Technology offer
opportunity-kind-technology-request = Technology request
opportunity-kind-rd-partner-search = R&D partner search
opportunity-kind-technology-challenge = SME technology challenge
opportunity-kind-cluster-partnership = Cluster partnership request
partnership-commercial = Commercial agreement
partnership-technical-cooperation = Technical cooperation
partnership-research-cooperation = Research cooperation
partnership-licence = Licence agreement
partnership-joint-venture = Joint venture
partnership-subcontracting = Subcontracting
partnership-supplier = Supplier agreement
partnership-investment = Investment
partnership-distribution = Distribution
visibility-public = Everyone
visibility-members = Signed-in members only
opportunity-state = State
opportunity-state-draft = Draft
opportunity-state-submitted = Waiting for review
opportunity-state-returned = Returned for changes
opportunity-state-published = Published
opportunity-state-expired = Expired
opportunity-state-closed = Closed
opportunity-state-draft-explained = Only your organisation sees this draft. Submit it when it is ready; a moderator reviews it before it is published.
opportunity-state-submitted-explained = A moderator reviews it; you will get an e-mail when it is published or returned.
opportunity-state-returned-explained = A moderator returned it. Change it and submit it again.
opportunity-state-published-explained = It is public (or visible to members) until its deadline or until you close it.
opportunity-state-expired-explained = Its deadline has passed; it no longer receives interest.
opportunity-state-closed-explained = You closed it; it no longer receives interest.
opportunity-title = Title
opportunity-description = Description
opportunity-description-hint = What you offer or need, for whom, and what a partner should bring. Any language.
opportunity-language = Language of the text
opportunity-language-hint = Two-letter code, e.g. en, de, fr, da.
opportunity-sectors = Sectors (NACE)
opportunity-target-countries = Target countries
opportunity-partnerships = Kind of partnership sought
opportunity-call = Funding call or topic
opportunity-call-hint = Required for R&D partner searches, e.g. HORIZON-CL4-2025-01-DIGITAL-EMERGING-02.
opportunity-deadline = Deadline
opportunity-deadline-hint = The last day to express interest (at most two years ahead).
opportunity-contact-name = Contact person
opportunity-contact-email = Contact e-mail
opportunity-contact = Contact
opportunity-visibility = Who may read it
opportunity-organisation = Organisation
opportunity-about-organisation = About { $name }
opportunity-new-title = New opportunity of { $name }
opportunity-edit-title = Edit “{ $title }”
opportunity-form-intro = Opportunities are saved as drafts; a moderator reviews each one before it is published.
opportunity-save = Save draft
opportunity-back = Back to the opportunity
opportunity-publish-for = Publish an opportunity for { $name }
opportunity-owner-heading = Your opportunity
opportunity-edit = Edit
opportunity-submit = Submit for review
opportunity-close = Close it
opportunity-approve = Publish
opportunity-return = Return to the owners
opportunity-return-reason = Reason (sent to the owners)
opportunity-returned-because = A moderator returned it: { $reason }
opportunity-done-saved = Saved.
opportunity-done-submitted = Submitted: a moderator will review it.
opportunity-done-closed = Closed.
opportunity-done-interest = Your interest was sent.
opportunity-done-published = Published; the owners have been told.
opportunity-done-returned = Returned; the owners have been told.
opportunity-error-required = This field is required.
opportunity-error-too-long = This text is too long.
opportunity-error-too-short = This text is too short to say what is meant.
opportunity-error-call = Name the funding call or topic this partner search is for.
opportunity-error-email = Enter an e-mail address such as name@example.eu.
opportunity-error-date = Enter the day as YYYY-MM-DD.
opportunity-error-deadline-past = The deadline must be a day after today.
opportunity-error-deadline-far = The deadline can be at most two years ahead.
opportunity-error-not-editable = Only drafts and returned opportunities can be edited; close a published one and publish a new one instead.
opportunity-error-state = Someone else changed this opportunity in the meantime; reload the page.
opportunity-error-reason = Give the owners a reason (at most 1,000 characters).
moderation-opportunities-title = Opportunities to review
moderation-opportunities-none = No opportunity waits for review.
interest-heading = Express interest
interest-organisation = On behalf of
interest-message = Your message to the owners
interest-message-hint = Only the owners see it; they answer you on a private page.
interest-submit = Send
interest-needs-organisation = To express interest, join the profile of your organisation first (claim it or ask its admins to invite you).
interest-closed = This opportunity no longer receives interest.
interest-login = Log in to see the contact and express interest.
interest-own = Your organisation publishes this opportunity.
interest-twice = Your organisation has expressed interest already; continue in its conversation.
interests-received = { $count ->
    [one] One expression of interest
   *[other] { $count } expressions of interest
}
interests-messages = { $count ->
    [one] one message
   *[other] { $count } messages
}
conversation-title = Conversation with { $name }
conversation-private = Only the people of the two organisations see this conversation.
conversation-message = Message
conversation-send = Send
conversation-sent = Sent; the other side has been told by e-mail.
marketplace-mine = Your marketplace
marketplace-no-organisation = You do not hold a role in any organisation yet. Claim your organisation's profile or ask its admins to invite you.
marketplace-opportunities = Opportunities
marketplace-no-opportunities = None yet.
marketplace-conversations = Expressions of interest
marketplace-no-conversations = None yet.
recommended-heading = Recommended partners
recommended-none = Nothing matches yet: add technologies, ecosystems and a description to get recommendations.
recommended-preparing = Recommendations are being prepared; reload in a moment.
recommended-opportunity = opportunity
reason-provides = offers { $tags }, which this needs
reason-needs = needs { $tags }, which this offers
reason-shares = shares { $tags }
reason-words = writes about { $words }
reason-worked-with = { $count ->
    [one] has worked with { $names }
   *[other] has worked with { $count } of the partners: { $names }
}
reason-target-country = in { $country }, a target country
reason-cross-border = cross-border: { $from } → { $to }
reason-track-record = { $coordinated ->
    [0] { $projects ->
        [one] one EU project
       *[other] { $projects } EU projects
    }
   *[other] { $projects ->
        [one] one EU project, which it coordinated
       *[other] { $projects } EU projects, { $coordinated } coordinated
    }
}
reason-answers = a { $type }, who answer such requests
reason-label = holds the { $label }
reason-member-of-labelled = member of a cluster with the { $label }
mail-opportunity-submitted-subject = An opportunity waits for review on clusterhub
mail-opportunity-submitted-body = “{ $title }” was submitted. Review it here:

    { $link }
mail-opportunity-published-subject = Your opportunity is published on clusterhub
mail-opportunity-published-body = “{ $title }” is published:

    { $link }
mail-opportunity-returned-subject = Your opportunity was returned for changes
mail-opportunity-returned-body = A moderator returned “{ $title }”: { $reason }

    Change it and submit it again: { $link }
mail-interest-subject = Interest in “{ $title }”
mail-interest-body = { $organisation } is interested in “{ $title }”:

    { $message }

    Answer here: { $link }
mail-message-subject = New message about “{ $title }”
mail-message-body = { $name } wrote:

    { $message }

    Answer here: { $link }
alerts-title = Alerts
alerts-intro = Saved searches and recommendation lists. Once a day you get an e-mail with what is new in them — or, for those you set to weekly, it comes in your weekly digest (while the digest runs: see “Following”).
alerts-none = No alerts yet. Save a search, or choose “Notify me” under recommendations.
alerts-saved = Saved: you will get an e-mail when something new appears.
alerts-deleted = Alert deleted.
alerts-delete = Delete
alerts-last-sent = last e-mail { $date }
alerts-never-sent = nothing new yet
alerts-watch-recommendations = Notify me of new matches
alerts-watch-search = Notify me of new results
alerts-recommendations-for = Recommendations for { $name }
alerts-too-many = You have the most alerts one person can keep; delete one first.
alerts-exists = You have this alert already: it is listed below.
alerts-unsubscribe-title = End this alert
alerts-unsubscribe-intro = You will get no more e-mails for this alert.
alerts-unsubscribe = End the alert
alerts-unsubscribed = Alert ended
alerts-unsubscribed-detail = You will get no more e-mails for “{ $name }”.
alerts-unknown-link = This link is no longer valid: use the one in your latest alert e-mail, or manage your alerts from your account.
mail-digest-subject = { $count ->
    [one] One new match
   *[other] { $count } new matches
} for “{ $name }”
mail-digest-intro = New in “{ $name }” since the last e-mail:
mail-digest-unsubscribe = To get no more e-mails for this alert: { $link }
opportunities-q = Words
opportunities-sort-newest = Newest first
opportunities-sort-deadline = Deadline soonest
opportunities-sort-title = Title (A–Z)
interest-error-message-empty = Write a message: say who you are and what interests you.
interest-error-message-long = The message is { $count } characters long; shorten it to at most { $max }.
interest-error-message-characters = The message contains control characters; remove them.
conversation-with = with { $name }
conversation-profile = Profile of { $name }
