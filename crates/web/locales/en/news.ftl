nav-news = News
news-title-page = News
news-intro = News from the clusters, companies and technology centres on clusterhub: projects, missions, calls and what was said at events.
news-write-for = Write news for { $name }
news-language = Language
news-tag = Tag
news-organisation = Organisation
news-offset = Page
news-empty = No news matches these filters.
news-count = { $count ->
    [one] One news item
   *[other] { $count } news items
}
news-feed-rss = News as RSS
news-feed-atom = News as Atom
news-feed-title = clusterhub news
news-feed-description = News from the clusters, companies and technology centres on clusterhub.
news-kind = Kind of news
news-kind-article = Article
news-kind-talk-summary = Talk or event summary
news-kind-press-release = Press release
news-state-draft = Draft
news-state-submitted = Waiting for review
news-state-returned = Returned for changes
news-state-published = Published
news-state-withdrawn = Withdrawn
news-state-draft-explained = Only your organisation sees this draft. Submit it when it is ready; a moderator reviews it before it is published.
news-state-submitted-explained = A moderator is reviewing it. Until then you can take it back to change it.
news-state-returned-explained = A moderator returned it. Change it and submit it again.
news-state-published-explained = Everyone can read it, on the news pages and in the feeds.
news-state-withdrawn-explained = It is withdrawn: only your organisation sees it.
news-title = Title
news-lead = Lead
news-lead-hint = One or two sentences, shown in lists, feeds and previews when the item is shared.
news-body = Text
news-body-hint = Markdown: a blank line between paragraphs, ## for a heading, - for a list, **bold**, *italic*, [text](https://address) for a link, ![description](https://address) for a picture. HTML is shown as written, not interpreted.
news-tags = Tags
news-tags-hint = Separated by commas, e.g. space, micro-grants.
news-cover = Cover picture
news-cover-hint = The https address of a picture, shown above the text and when the item is shared.
news-about = About
news-about-hint = Other organisations of the directory this is about, one per line: the address of their profile or its last part (e.g. censec).
news-project = Project
news-project-hint = The address of the project's page on clusterhub or its number, when it is about one.
news-error-tags = A tag may hold letters, digits, hyphens, dots and plus signs, up to 40 characters.
news-error-tags-many = At most 10 tags.
news-error-cover = Give the picture's address starting with https://.
news-error-about = Give each organisation as the address of its profile on clusterhub or its last part.
news-error-about-many = At most 20 organisations.
news-error-about-unknown = Not in the directory: { $names }.
news-error-project = No project page has this address or number.
news-error-state = Someone else changed this item first; reload the page.
news-error-not-editable = This item can no longer be changed.
news-form-intro = Write the news in the language of your readers; a moderator reviews it before it is published. Use Preview to see the text as readers will.
news-save = Save draft
news-preview = Preview
news-preview-heading = Preview
news-preview-unsaved = This preview is not saved yet: save the draft below.
news-new-title = News from { $name }
news-edit-title = Change “{ $title }”
news-back = Back to the news
news-back-item = Back to the item
news-done-saved = Draft saved.
news-done-submitted = Submitted: a moderator will review it.
news-done-taken-back = Taken back: it is a draft again, to change and submit anew.
news-done-withdrawn = Withdrawn.
news-done-published = Published.
news-done-returned = Returned to its writers.
news-returned-because = A moderator returned it: { $reason }
news-published-by = Published by
news-more-from = More news about { $name }
news-owner-heading = Your organisation's item
news-edit = Change
news-submit = Submit for review
news-take-back = Take back to change
news-withdraw = Withdraw
news-approve = Publish
moderation-news-title = News to review
moderation-news-none = No news waits for review.
mail-news-submitted-subject = A news item waits for review on clusterhub
mail-news-submitted-body = “{ $title }” was submitted. Review it here:

    { $link }
mail-news-published-subject = Your news is published on clusterhub
mail-news-published-body = “{ $title }” is published:

    { $link }
mail-news-returned-subject = Your news item was returned for changes
mail-news-returned-body = A moderator returned “{ $title }”: { $reason }

    Change it and submit it again: { $link }
news-error-mentions-undecided = Before you submit: check what the text mentions below, untick anything that is wrong and press “Save mentions”. Ticked mentions become links that readers follow.
news-error-mention-unknown = One of the mentions you sent is no longer in the text. Open the item again and decide on what it mentions now.
news-done-mentions = Mentions saved.
news-mentioned = Mentions
news-mentions-heading = What the text mentions
news-mentions-explained = The platform found these in the title, lead and body. Ticked ones become links in the article, and the article is listed on their pages under “In the news”. Untick anything that is wrong: a wrong link is worse than a missing one.
news-mentions-undecided = Tick what is right, untick the rest and save before you submit.
news-mentions-legend = Link these mentions
news-mention-new = new
news-mention-open = open
news-mentions-save = Save mentions
news-mention-choice = { $kind }: { $name }
news-mention-kind-organisation = Organisation
news-mention-kind-project = Project
news-mention-kind-event = Event
news-mention-kind-call = Funding call
news-mention-kind-country = Country
news-mention-kind-city = City
news-mention-kind-technology = Technology
news-mention-kind-ecosystem = Industrial ecosystem
news-candidates-heading = Organisations not in the directory
news-candidates-explained = The text names these, and the directory has no profile for them. Anyone signed in can propose one; items written or changed after it exists link it.
news-candidate-propose = propose a profile
news-in-the-news = In the news
news-in-the-news-more = All news mentioning it
news-country = Country mentioned
news-technology = Technology mentioned
news-ecosystem = Industrial ecosystem mentioned
news-mention-written = { $name } (written “{ $words }”)
moderation-news-candidates = Submitted and published news name these organisations, and the directory has no profile for them. Propose one where it is worth having; items written or changed after it exists link it.
moderation-news-candidate-items = { $count ->
    [one] one item
   *[other] { $count } items
}
news-event = Event it summarises
news-event-hint = For a talk or event summary: the event's page address or number, such as /events/12. The event's page then shows the summary.
news-error-event = Give the address or number of a published event's page, such as /events/12.
news-summary-of = Summary of
news-translation-of = Translation of
news-translation-of-hint = When this item translates a published one: that item's address or number, such as /news/7. Readers then find each language version from the others.
news-error-translation = Give the address or number of a published news item, such as /news/7.
news-error-translation-language = That story already has a version in this language (or this is its first version). Choose another language or another item.
news-also-in = Also in
news-in-your-language = This article is also available in English.
news-unpublished-heading = Your organisations' items not published
news-changed = changed { $date }
news-error-event-kind = Only a talk or event summary names the event it summarises: choose that kind, or leave this empty.
news-error-event-future = That event has not taken place yet; a summary is of an event that has started.
news-error-language = Give the language the item is written in as a two-letter code, such as en, de, fr or da.

## An organisation's own news feeds

feeds-heading = News feeds
feeds-title = News feeds of { $name }
feeds-intro = Register the RSS, Atom or JSON Feed of your website: the platform reads it every 15 minutes and turns each new item into news of your organisation, once — an item already read is never added again.
feeds-trusted = A moderator trusts these feeds: new items are published at once. Registering another feed ends the trust until a moderator gives it again.
feeds-untrusted = New items become drafts: check them, confirm what they mention, and submit them for publication.
feeds-none = No feed registered yet.
feeds-read = Read { $date } UTC · { $count ->
    [one] one item imported
   *[other] { $count } items imported
}
feeds-not-read = Not read yet: it will be read within the minute.
feeds-problem = Last problem: { $reason }
feeds-read-now = Read now
feeds-remove = Remove
feeds-add-heading = Add a feed
feeds-add = Add the feed
feeds-url = Feed address
feeds-url-hint = The address of the RSS, Atom or JSON Feed, starting with https:// (or http://).
feeds-too-many = An organisation can register { $count } feeds; remove one first.
feeds-already = This feed is registered already.
feeds-added = Feed added: it will be read within the minute.
feeds-removed = Feed removed. The news it brought remain.
feeds-soon = The feed will be read within the minute.
feeds-trust-heading = Moderation of feed items
feeds-trust = Trust these feeds: publish new items without moderation
feeds-untrust = Stop trusting these feeds: new items become drafts again
feeds-trusted-now = The organisation's feed items are now published without moderation.
feeds-untrusted-now = The organisation's feed items become drafts again.
feeds-tried = Last tried { $date } UTC · { $count ->
    [one] one item imported
   *[other] { $count } items imported
}
feeds-url-missing = Enter the feed's address.
feeds-error-address = This is not a complete web address: it must start with https:// (or http://).
feeds-error-too-long = The address is longer than { $detail } characters.
feeds-error-scheme = Only http and https addresses can be read, not “{ $detail }”.
feeds-error-private = The address leads to a private or local network address, which feeds may not use.
feeds-error-dns = The server name “{ $detail }” could not be found.
feeds-error-connect = The server could not be reached.
feeds-error-timeout = The feed did not arrive within { $detail } seconds: the server is too slow or does not answer.
feeds-error-redirects = The server redirected more than { $detail } times without giving the feed.
feeds-error-bad-redirect = The server redirects to an address that cannot be used.
feeds-error-status = The server answered with HTTP status { $detail } instead of the feed.
feeds-error-too-large = The feed is larger than { $detail } MB, the most a feed may be.
feeds-error-transfer = Reading the feed broke off.
feeds-error-empty = The address gives an empty document.
feeds-error-html = The address gives a web page, not a feed: use the address of the site's RSS or Atom feed (often linked as “RSS” or with a feed icon).
feeds-error-not-a-feed = The address gives neither an RSS, Atom nor JSON Feed.
feeds-error-malformed = The feed is malformed.
feeds-error-calendar = This is a calendar (iCalendar) of events; only news feeds (RSS, Atom, JSON Feed) are read here.
feeds-error-entries = Items left out because they have no title or too little text: { $detail }.
feeds-error-store = What was read could not be stored; the feed will be read again.
feeds-error-credentials = The address must not contain a user name or password.
feeds-error-port = Feeds are read from the web's ports (80, 443, 8000, 8080, 8443), not port { $detail }.
