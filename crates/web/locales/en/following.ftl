## Following and the weekly digest

following-title = Following
following-intro = Follow organisations, technologies, ecosystems and countries: every Monday morning you get one e-mail with what is new in them — news, opportunities, events and calls closing soon.
following-list-heading = What you follow
following-none = You follow nothing yet. Follow an organisation from its profile, or a technology, ecosystem or country below.
following-kind-organisation = Organisations
following-kind-technology = Technology
following-kind-ecosystem = Industrial ecosystem
following-kind-country = Country
following-add-heading = Follow more
following-add-organisations = Follow organisations from their profile (the button under their name):
following-follow = Follow
following-follow-named = Follow { $name }
following-is-following = You follow { $name }
following-stop = Stop following
following-stop-named = Stop following { $name }
following-sign-in = Sign in to follow { $name }
following-followed = Followed: what is new in it comes in your weekly digest.
following-followed-named = You follow { $name } now: what is new comes in your weekly digest.
following-unfollowed-named = You no longer follow { $name }.
following-unfollowed = No longer followed.
following-too-many = You follow as many things as one person can; stop following something first.
following-digest-heading = Weekly digest
following-digest-next = Your next digest comes on { $date }, if there is something new.
following-digest-off = Your weekly digest is stopped.
following-digest-none = Follow something to get a weekly digest.
following-digest-searches = { $count ->
    [one] One saved search sends its new results in the digest.
   *[other] { $count } saved searches send their new results in the digest.
}
following-digest-start = Start the weekly digest
following-digest-stop = Stop the weekly digest
following-digest-started = The weekly digest is started.
following-digest-stopped = The weekly digest is stopped. What you follow stays, and you can start it again here.
following-unsubscribe-title = Stop the weekly digest
following-unsubscribe-intro = You will get no more weekly digests. What you follow stays on your account, where you can start the digest again.
following-unsubscribe = Stop the digest
following-unsubscribed = Weekly digest stopped
following-unsubscribed-detail = You will get no more weekly digests. Sign in and open “Following” to start it again.
following-unknown-link = This link is not valid or has expired: stop the digest from “Following” in your account.

alerts-daily = daily e-mail
alerts-weekly = in the weekly digest
alerts-make-weekly = Send weekly in the digest
alerts-make-daily = Send daily instead
alerts-frequency-changed = Saved: the alert now sends as you chose.

mail-weekly-subject = { $count ->
    [one] Your week on clusterhub: one new item in what you follow
   *[other] Your week on clusterhub: { $count } new items in what you follow
}
mail-weekly-intro = Hello { $name }, this is what is new from { $from } to { $to } in what you follow.
mail-weekly-news = News
mail-weekly-opportunities = Cooperation opportunities
mail-weekly-events = Events
mail-weekly-calls = Funding calls closing soon
mail-weekly-search = New in your saved search “{ $name }”
mail-weekly-starts = Starts { $date }
mail-weekly-closes = Closes { $date }
mail-weekly-because = Because you follow: { $what }
mail-weekly-more = … and { $count } more: { $link }
mail-weekly-footer = Change what you follow: { $following }
    Stop these e-mails: { $unsubscribe }
