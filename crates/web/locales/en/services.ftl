# Technology services: the catalogue, offering, asking, requests, proposals and their mail.

nav-services = Services
services-heading = Technology services
services-lead = Testing, prototyping, pilot lines, labs, training and advice from technology centres across Europe. Search the catalogue, or describe your challenge in your own words and language and we propose the services that fit.
services-describe-challenge = Describe your challenge
services-my-requests = My service requests
search-kind-service = Technology service
search-facet-service = Kind of service
search-facet-delivery = Delivery
search-facet-price = Price
search-facet-language = Language

service-kind = Kind of service
service-kind-testing-validation = Testing and validation
service-kind-prototyping = Prototyping
service-kind-pilot-production = Pilot production
service-kind-equipment-access = Access to equipment or lab
service-kind-training = Training
service-kind-consulting = Consulting
service-kind-certification-support = Certification support
service-kind-software = Software
price-model-free = Free
price-model-fixed = Fixed price
price-model-day-rate = Day rate
price-model-on-quote = On quote
delivery-on-site = At the centre
delivery-at-client = At the client
delivery-remote = Remote
service-state-draft = Draft
service-state-draft-explained = Only your organisation sees this draft. Submit it for review to publish it in the catalogue.
service-state-submitted = Waiting for review
service-state-submitted-explained = A moderator reviews it before it appears in the catalogue.
service-state-returned = Returned for changes
service-state-returned-explained = A moderator returned it. Change it and submit it again.
service-state-published = Published
service-state-published-explained = It is in the catalogue, on your profile and in proposals. Withdraw it to change it.
service-request-state-requested = Waiting for the centre's answer
service-request-state-quoted = Quoted
service-request-state-declined = Declined
service-request-state-accepted = Accepted
service-request-state-delivered = Delivered
service-request-state-withdrawn = Withdrawn
service-request-state-lapsed = Not answered in time

service-name = Name
service-name-in = Name in { $language } (optional)
service-description = Description
service-description-in = Description in { $language } (optional)
service-description-hint = What you do, with which equipment and standards, for whom, and what the client receives.
service-language = Language of the name and description
service-trl = Technology readiness levels served
service-trl-from = Lowest TRL served
service-trl-to = Highest TRL served
service-trl-hint = From 1 (basic principles) to 9 (proven in operation).
service-trl-range = TRL { $from } to { $to }
service-equipment = Equipment
service-accreditations = Accreditations
service-accreditations-hint = One per line, e.g. ISO/IEC 17025.
service-price-model = Price model
service-price = Indicative price (euro)
service-price-hint = In euro, e.g. 1200 or 1200.50.
service-price-day = { $price } per day
service-price-from = from { $price }
service-programmes = Voucher programmes that pay for it
service-lead-time = Typical lead time
service-answer-days = First answer within
service-answer-days-hint = Days. Requests not answered in this time remind you; later the client may ask other centres.
service-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
service-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
service-languages = Languages you work in
service-languages-hint = Two-letter codes, e.g. de, en.
service-delivery = Delivery
service-countries = Countries served
service-countries-hint = Two-letter codes; leave empty to serve everywhere.
service-countries-all = All countries
service-regions = Regions served
service-regions-hint = NUTS codes within those countries, e.g. DED; leave empty for the whole countries.
service-reference = Your reference
service-reference-hint = Your own code for this service; a catalogue import updates the service with the same reference.
service-topics = Technologies and ecosystems
service-centre = Technology centre
service-save = Save service
service-form-intro = Describe one service your organisation offers. It is published after a moderator's review.
service-new = Offer a new service
service-new-title = New service of { $name }
service-edit = Edit
service-edit-title = Edit { $name }
service-back = Back to the service
service-withdraw = Withdraw from the catalogue
service-all-of-centre = All services of the centre
service-owner-heading = Your service
service-offered-title = Services of { $name }
service-none-offered = No services yet.
service-figures-heading = The centre's record
service-figure-answered = Answered { $answered } of { $requests } requests
service-figure-answer = Median first answer: { $time }
service-figure-rating = Rated { $rating } out of 5 by { $count ->
    [one] one client
   *[other] { $count } clients
}
service-done-saved = The service is saved.
service-done-submitted = The service is submitted for review.
service-done-withdrawn = The service is withdrawn from the catalogue and is a draft again.
service-done-published = The service is published.
service-done-returned = The service is returned to its centre.
service-done-sent = Your request is sent. The centre is told by mail.
service-done-quoted = Your quote is sent.
service-done-declined = The request is declined.
service-done-accepted = The quote is accepted.
service-done-withdrawn-request = The request is withdrawn.
service-done-delivered = Delivery is marked done.
service-done-rated = Thank you for your rating.
service-done-replied = Your reply is published with the rating.
service-error-not-a-centre = Only technology centres, research organisations, universities and innovation hubs offer services.
service-error-not-editable = A published service is withdrawn before it is changed.
service-error-state = Someone else changed this service first. Reload the page.
service-error-reference = Another service of your organisation has this reference.
service-error-price = Write an amount in euro, e.g. 1200 or 1200.50.
service-error-price-required = A fixed price or a day rate needs an indicative price.
service-error-trl = Choose a level from 1 to 9; the highest must not be below the lowest.
service-error-days = Write a whole number of days.
service-error-delivery = Choose at least one.
service-error-voucher-amount = The voucher pays more than 0 and at most the quoted price ({ $price }).
service-error-voucher-left = The voucher has { $left } left; pay less with it.
moderation-services-title = Services waiting for review
moderation-services-none = No services wait for review.

service-request-heading = Ask for this service
service-request-submit = Send the request
service-request-login = Log in to ask for this service
service-request-own = This is your organisation's service.
service-request-no-organisation = Ask for services on behalf of an organisation: join or claim one in the directory first.
service-request-network = Through a network
service-request-network-hint = A cluster or network you are a member of follows the request and its answer times (not its content).
service-request-no-network = No network
service-request-need = What you need
service-request-need-hint = Your product, the problem, what you want to find out or make. Write in your own language.
service-request-trl = Your technology readiness level
service-request-budget = Budget
service-request-budget-from = Budget from (euro)
service-request-budget-to = Budget up to (euro)
service-request-wanted-by = Wanted by
service-request-sharing = What you may share
service-request-sharing-hint = Drawings, samples, data, and under which terms (e.g. after a non-disclosure agreement).
service-request-sent = Sent
service-request-due = Answer due
service-request-client = Client
service-request-from = Request from { $name }
service-request-to = Request to { $name }
service-request-private = Only the people of the two organisations see this request.
service-request-error-state = Someone else moved this request first. Reload the page.
service-requests-received = Requests to your centre
service-requests-sent = Requests you sent
service-requests-none = You have not asked for a service yet.
service-quote-heading = Quote
service-quote-price = Price (euro)
service-quote-duration = Duration in days
service-quote-conditions = Conditions
service-quote-submit = Send the quote
service-decline-heading = Decline
service-decline-reason = Why you decline
service-decline-submit = Decline the request
service-declined-because = The centre declined: { $reason }
service-accept-heading = Accept the quote
service-accept-submit = Accept the quote
service-accept-voucher = Paid with a voucher
service-accept-no-voucher = No voucher
service-accept-voucher-option = { $programme } ({ $left } left)
service-accept-voucher-amount = Amount the voucher pays (euro)
service-accept-voucher-amount-hint = Leave empty to pay as much of the quote as the voucher has left.
service-withdraw-submit = Withdraw the request
service-delivered-submit = Mark delivery done
service-delivered-by-centre = The centre marked delivery done.
service-delivered-by-client = The client marked delivery done.
service-stars = { $count ->
    [one] 1 star
   *[other] { $count } stars
}
service-rate-heading = Rating
service-rate-stars = Your rating
service-rate-comment = Comment
service-rate-submit = Rate
service-reply-heading = Reply to the rating
service-reply-text = Your reply
service-reply-submit = Publish the reply
service-reply-by = { $name } replied:

service-challenge-title = Describe your challenge
service-challenge-intro = Tell us in your own words and language what you need. We propose the services that fit, with the reasons, and you choose up to five centres to ask at once.
service-challenge-heading = Your challenge
service-challenge-propose = Show the services that fit
service-proposals-title = Services that fit your challenge
service-proposals-intro = Choose up to { $max } services; each centre receives your challenge as a request.
service-proposals-choose = Proposed services
service-proposals-details = Details
service-proposals-send = Ask the chosen centres
service-proposals-none = No published service fits your challenge yet. Try other words, or browse the catalogue.
service-proposals-browse = Browse the catalogue
service-challenge-choose = Choose between one and { $max } of the proposed services.
service-challenge-too-many = Choose at most { $max } services.
service-challenge-not-proposed = Choose among the proposed services.
service-challenge-under-way = Requests of this challenge are still under way.
service-challenge-page-title = Your challenge
service-challenge-asked = Centres asked
service-challenge-next = Ask the next centres

proposal-offers = Offers “{ $kind }” for { $concepts }, which the challenge needs
proposal-knows = Works on { $concepts }, which the challenge needs
proposal-kind = Offers “{ $kind }”, which the challenge asks for
proposal-words = Shares the words: { $words }
proposal-trl = TRL { $from } to { $to } covers your TRL { $trl }
proposal-voucher = Accepted by the voucher programme you were awarded
proposal-answers = Answers within { $time } (median)
proposal-rated = Rated { $rating } by { $count ->
    [one] one client
   *[other] { $count } clients
}
proposal-speaks = Speaks { $language }
proposal-distance = { $km } km away
proposal-across-border = Across the border, { $km } km away

service-routed-title = Service requests through { $name }
service-routed-title-short = Requests through us
service-routed-intro = The requests your members sent through your network: their states and answer times. Their content stays between the client and the centre.
service-routed-csv = Download as CSV
service-routed-summary = { $count } requests, { $answered } answered
service-routed-none = No requests went through your network yet.
service-routed-answer = First answer

programme-voucher = Voucher programme
programme-voucher-hint = Awards are vouchers spent on quotes of technology services that accept the programme.

mail-service-submitted-subject = A technology service waits for review on clusterhub
mail-service-submitted-body = “{ $title }” was submitted. Review it here:
    { $link }
mail-service-published-subject = Your service is published on clusterhub
mail-service-published-body = “{ $title }” is published:
    { $link }
mail-service-returned-subject = Your service was returned for changes
mail-service-returned-body = A moderator returned “{ $title }”: { $reason }
    Change it here and submit it again:
    { $link }
mail-service-requested-subject = New request for “{ $service }”
mail-service-requested-body = { $organisation } asks for “{ $service }”:

    { $need }

    Quote or decline here:
    { $link }
mail-service-quoted-subject = A quote for “{ $service }”
mail-service-quoted-body = { $organisation } sent a quote for “{ $service }”. Accept it or withdraw your request here:
    { $link }
mail-service-declined-subject = Your request for “{ $service }” was declined
mail-service-declined-body = { $organisation } declined your request for “{ $service }”. The reason and other centres to ask:
    { $link }
mail-service-accepted-subject = Your quote for “{ $service }” is accepted
mail-service-accepted-body = { $organisation } accepted your quote for “{ $service }”:
    { $link }
mail-service-withdrawn-subject = A request for “{ $service }” was withdrawn
mail-service-withdrawn-body = { $organisation } withdrew its request for “{ $service }”:
    { $link }
mail-service-delivery-marked-subject = Delivery of “{ $service }” marked done
mail-service-delivery-marked-body = { $organisation } marked the delivery of “{ $service }” done. Mark it too when you agree:
    { $link }
mail-service-delivered-subject = “{ $service }” is delivered
mail-service-delivered-body = Both sides marked the delivery of “{ $service }” done (last: { $organisation }):
    { $link }
mail-service-rated-subject = “{ $service }” was rated
mail-service-rated-body = { $organisation } rated “{ $service }”. Read it and reply here:
    { $link }
mail-service-replied-subject = A reply to your rating of “{ $service }”
mail-service-replied-body = { $organisation } replied to your rating of “{ $service }”:
    { $link }
mail-service-reminder-subject = Reminder: a request for “{ $service }” waits for your answer
mail-service-reminder-body = { $organisation } asked for “{ $service }” and waits for your quote or refusal. Answer here:
    { $link }
mail-service-lapsed-subject = No answer yet for “{ $service }”
mail-service-lapsed-body = { $organisation } has not answered your request for “{ $service }” in its stated time, even after a reminder. Ask the next proposed centres here:
    { $link }

profile-services = Technology services
profile-services-manage = Our technology services
programme-vouchers-heading = What the vouchers bought
programme-vouchers-none = No voucher is spent yet.
programme-voucher-committed = Committed
programme-voucher-spent = Spent
programme-voucher-spent-on = { $service } ({ $amount }, delivered)
programme-voucher-committed-to = { $service } ({ $amount }, under way)
service-under-an-hour = less than an hour
service-price-shown = Indicative price
service-languages-spoken = Languages
service-error-too-many-requests = Your organisation sent many requests today; send more tomorrow.
service-request-need-shown = The need
service-request-trl-shown = Technology readiness level
service-request-sharing-shown = What may be shared
service-quote-price-shown = Price
service-quote-duration-shown = Duration
