## Page frame
skip-to-content = Skip to content
nav-main = Main
nav-directory = Directory
nav-projects = Projects
nav-search = Search
nav-api = API
nav-language = Language
search-label = Search clusterhub
search-placeholder = Organisations, events…
search-button = Search
footer-about = clusterhub — the open platform on which Europe's clusters, SMEs and technology centres find partners.
footer-data = Project data: CORDIS, © European Union, CC BY 4.0. Machine-readable:
breadcrumbs = Breadcrumbs
pagination = Pages
page-previous = Previous
page-next = Next
page-n = Page { $page }
yes = Yes
no = No

## Errors
error-back-to-directory = Back to the directory
error-not-found-heading = Page not found
error-not-found = There is no page at this address. It may have moved, or the link may be mistyped.
error-organisation-not-found = There is no organisation "{ $slug }" in the directory.
error-project-not-found = There is no project with the number { $id }.
error-bad-request-heading = The request could not be understood
error-internal-heading = Something went wrong
error-internal = The server could not complete this request. It has been logged; please try again in a moment.
error-unavailable-heading = Temporarily unavailable
error-unavailable = The database is not reachable right now. Please try again in a moment.
error-filter = The filter “{ $parameter }” is not valid: { $message }
filter-left-out = The filter “{ $parameter }” was left out: “{ $value }” is not a valid value. The other filters apply.

## Home
home-title = Europe's cluster collaboration platform
home-heading = Where Europe's clusters work together
home-lead = Clusters, SMEs, technology centres and research organisations find partners across borders, meet at events and B2B days, answer each other's offers and requests, and follow the funding calls that fit them.
home-search-label = Search the directory
home-stats-summary = { $organisations } organisations from { $countries } countries.
home-stats-projects = { $projects ->
    [one] One collaboration project.
   *[other] { $projects } collaboration projects.
}
home-explore-heading = Explore
home-explore-clusters = The largest clusters
home-explore-centres = Technology centres
home-explore-smes = SMEs
home-explore-projects = Collaboration projects and their consortia

## Directory
directory-title = Organisation directory
directory-heading = Organisation directory
directory-count = { $count ->
    [0] No organisations match
    [one] One organisation
   *[other] { $count } organisations
}
directory-empty = No organisation matches these filters. Remove a filter or search for another word.
directory-as-json = This list as JSON
filters-heading = Filters
filter-q = Name or city
filter-any = Any
filter-type = Type
filter-country = Country
filter-nuts = Region (NUTS)
filter-nuts-hint = A NUTS code such as DED (Saxony) or DK01 (Capital Region of Denmark); includes the regions inside it.
filter-ecosystem = Industrial ecosystem
filter-ket = Key enabling technology
filter-cta = Critical technology area
filter-nace = Sector (NACE section)
filter-label = Cluster label
filter-sme = SME
filter-sort = Sort by
filter-apply = Apply filters
filter-clear = Clear all
active-filters = Active filters
chip-remove = Remove filter: { $filter }
sme-yes = SMEs only
sme-no = Not SMEs

sort-name = Name (A–Z)
sort-name-desc = Name (Z–A)
sort-country = Country
sort-founded = Newest first
sort-members = Most members
sort-updated = Recently updated

## Organisation types
type-cluster = Cluster
type-company = Company
type-technology-centre = Technology centre
type-research-education = Research & education
type-support-network = Support network partner
type-public-authority = Public authority
type-other = Other organisation

type-plural-cluster = Clusters
type-plural-company = Companies
type-plural-technology-centre = Technology centres
type-plural-research-education = Research & education
type-plural-support-network = Support network partners
type-plural-public-authority = Public authorities
type-plural-other = Other organisations

label-bronze = Bronze label
label-silver = Silver label
label-gold = Gold label

## Profile
profile-facts = Key facts
profile-no-description = This organisation has not written a description yet.
profile-description-in = Description ({ $language })
profile-ecosystems = Industrial ecosystems
profile-technologies = Key enabling technologies
profile-critical = Critical technology areas
profile-sectors = Sectors (NACE)
profile-markets = Target markets
profile-languages = Working languages
profile-members = { $count ->
    [one] One member in the directory
   *[other] { $count } members in the directory
}
profile-member-of = Member of
profile-partners = Partner organisations
profile-projects = { $count ->
    [one] One project
   *[other] { $count } projects
}
badge-sme = SME
field-legal-name = Legal name
field-type = Type
field-country = Country
field-region = Region
field-city = City
field-website = Website
field-founded = Founded
field-label = Cluster label
field-sme = SME
field-members = Members
field-members-detail = { $total } ({ $smes } SMEs, { $large } large companies, { $research } research organisations)
field-coordinates = Location
field-map-link = { $lat }, { $lon } (OpenStreetMap)
field-cordis-id = CORDIS participant id

## Projects
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

## API
api-title = JSON API
api-lead = Everything in the directory is available as JSON under /api/v1, with the same filters as the pages. Lists answer {"{"}"items": […], "total": N, "limit": …, "offset": …{"}"}.
api-openapi = OpenAPI 3 description
api-endpoints = Endpoints
api-endpoint = Endpoint
api-description = Description
api-list-organisations = Organisations, filtered, sorted and paged like the directory page
api-get-organisation = One organisation with members, memberships, partners and projects
api-list-projects = Collaboration projects
api-get-project = One project with its consortium
api-example = Example

## Industrial ecosystems
ecosystem-aerospace-defence = Aerospace & defence
ecosystem-agri-food = Agri-food
ecosystem-construction = Construction
ecosystem-cultural-creative = Cultural and creative industries
ecosystem-digital = Digital
ecosystem-electronics = Electronics
ecosystem-energy-intensive = Energy-intensive industries
ecosystem-energy-renewables = Energy – renewables
ecosystem-health = Health
ecosystem-mobility-transport-automotive = Mobility – transport – automotive
ecosystem-proximity-social-economy = Proximity, social economy and civil security
ecosystem-retail = Retail
ecosystem-textiles = Textiles
ecosystem-tourism = Tourism

## Key enabling technologies
ket-micro-nanoelectronics = Micro- and nanoelectronics
ket-nanotechnology = Nanotechnology
ket-photonics = Photonics
ket-advanced-materials = Advanced materials
ket-industrial-biotechnology = Industrial biotechnology
ket-advanced-manufacturing = Advanced manufacturing technologies

## Critical technology areas
cta-semiconductors = Advanced semiconductor technologies
cta-artificial-intelligence = Artificial intelligence technologies
cta-quantum = Quantum technologies
cta-biotechnologies = Biotechnologies
cta-connectivity-navigation-digital = Advanced connectivity, navigation and digital technologies
cta-sensing = Advanced sensing technologies
cta-space-propulsion = Space and propulsion technologies
cta-energy = Energy technologies
cta-robotics-autonomous-systems = Robotics and autonomous systems
cta-materials-manufacturing-recycling = Advanced materials, manufacturing and recycling technologies

## NACE Rev. 2 sections
nace-A = A – Agriculture, forestry and fishing
nace-B = B – Mining and quarrying
nace-C = C – Manufacturing
nace-D = D – Electricity, gas, steam and air conditioning supply
nace-E = E – Water supply, sewerage, waste management and remediation
nace-F = F – Construction
nace-G = G – Wholesale and retail trade; repair of motor vehicles
nace-H = H – Transportation and storage
nace-I = I – Accommodation and food service activities
nace-J = J – Information and communication
nace-K = K – Financial and insurance activities
nace-L = L – Real estate activities
nace-M = M – Professional, scientific and technical activities
nace-N = N – Administrative and support service activities
nace-O = O – Public administration and defence; compulsory social security
nace-P = P – Education
nace-Q = Q – Human health and social work activities
nace-R = R – Arts, entertainment and recreation
nace-S = S – Other service activities
nace-T = T – Activities of households as employers
nace-U = U – Activities of extraterritorial organisations and bodies

## Languages
language-ar = Arabic
language-bg = Bulgarian
language-ca = Catalan
language-cs = Czech
language-da = Danish
language-de = German
language-el = Greek
language-en = English
language-es = Spanish
language-et = Estonian
language-eu = Basque
language-fi = Finnish
language-fr = French
language-ga = Irish
language-gl = Galician
language-he = Hebrew
language-hr = Croatian
language-hu = Hungarian
language-is = Icelandic
language-it = Italian
language-ja = Japanese
language-ko = Korean
language-lt = Lithuanian
language-lv = Latvian
language-mk = Macedonian
language-mt = Maltese
language-nb = Norwegian Bokmål
language-nl = Dutch
language-no = Norwegian
language-pl = Polish
language-pt = Portuguese
language-ro = Romanian
language-ru = Russian
language-sk = Slovak
language-sl = Slovenian
language-sq = Albanian
language-sr = Serbian
language-sv = Swedish
language-tr = Turkish
language-uk = Ukrainian
language-zh = Chinese

## Search
search-title = Search
search-title-for = “{ $q }” – search
search-heading = Search organisations and projects
search-q-label = What are you looking for?
search-q-hint = Names, topics, technologies or places, in any of our languages. Use "quotes" for an exact phrase and -word to leave a word out.
search-near-label = Near (city or region)
search-km-label = Within
search-km = { $km } km
search-facets-heading = Narrow down
search-count = { $count ->
    [one] One result
   *[other] { $count } results
}
search-no-results = Nothing found. Check the spelling, use fewer words or remove a filter.
search-relaxed = No result contains all your words; these contain some of them.
search-truncated = Only the first { $chars } characters and { $words } words of your query were used.
search-unknown-value = Nothing has { $facet } “{ $value }”.
search-unknown-place = no organisation is located in “{ $place }”; give a city or region from the directory
search-remove-filter = Remove filter: { $filter }
search-near-chip = Within { $km } km of { $place }
search-all-results = All results ({ $count })
search-as-json = These results as JSON
search-participants = { $count ->
    [one] one participant
   *[other] { $count } participants
}
search-coordinator = coordinated by { $name }
search-distance = { $km } km away
search-kind-organisation = Organisation
search-kind-project = Project
search-kind-call = Funding call
search-kind-event = Event
search-kind-opportunity = Opportunity
search-deadline = until { $date }
search-facet-kind = Content
search-facet-type = Type
search-facet-country = Country
search-facet-region = Region
search-facet-ecosystem = Industrial ecosystem
search-facet-technology = Key enabling technology
search-facet-critical = Critical technology area
search-facet-label = Cluster label

## Accounts
nav-account = Your account
nav-login = Log in
nav-register = Register
nav-logout = Log out
nav-moderation = Moderation
nav-admin = Administration
form-required = required
form-error-summary = Please correct the following:
form-choose = – choose –
form-none = none
form-error-number = must be a number, like 51.05
form-error-whole-number = must be a whole number
form-error-choice = choose one of the options
form-error-too-long = is too long; at most { $max } characters are allowed
account-title = Your account
account-display-name = Name
account-email = E-mail address
account-password = Password
account-new-password = New password
account-current-password = Current password
account-password-hint = At least { $min } characters. A phrase of several words is easy to remember and hard to guess.
account-new-email = New e-mail address
account-email-hint = Now { $email }. We send a link to the new address; the change takes effect when you follow it.
account-error-display-name = Enter your name (at most 100 characters).
account-error-email = Enter an e-mail address like name@example.eu.
account-error-password = Choose a password of at least { $min } characters that is not your e-mail address.
account-error-current-password = The password is not correct.
account-error-same-email = This is already your address.
account-error-email-taken = Another account uses this address already.
account-error-delete-confirm = Tick the box to confirm that you want to delete your account.
account-error-last-admin = You are the only platform administrator; make someone else administrator first.
account-save = Save
account-profile-heading = Your name
account-password-heading = Password
account-change-password = Change password
account-email-heading = E-mail address
account-change-email = Change e-mail address
account-signed-in-as = Signed in as { $name } ({ $email })
account-organisations-heading = Your organisations
account-no-organisations = You do not manage an organisation yet. Claim your organisation's profile in the directory, or propose a new one.
account-organisation = Organisation
account-role = Role
account-actions = Actions
account-find-to-claim = Find your organisation to claim it
account-propose-new = Propose a new organisation
account-claims-heading = Your claims
account-data-heading = Your data
account-data-intro = Download everything we store about you as a JSON file, or delete your account. Deleting removes your name, address, password, sessions and tokens; organisation profiles you edited stay.
account-export = Download my data (JSON)
account-delete-heading = Delete your account
account-delete-intro = This cannot be undone.
account-delete-confirm = I understand that my account will be deleted for good.
account-delete-submit = Delete my account
platform-role-user = User
platform-role-moderator = Moderator
platform-role-admin = Platform administrator
org-role-member = Member
org-role-admin = Administrator
register-title = Create an account
register-intro = With an account you can claim and edit your organisation's profile and use the API. We send you an e-mail to confirm your address.
register-submit = Create account
register-have-account = Already registered? Log in
register-sent-title = Check your inbox
register-sent = We have sent a message to { $email }. Follow the link in it to confirm your address, then log in.
confirm-title = Confirm your e-mail address
confirm-intro = Press the button to confirm your address and activate your account.
confirm-submit = Confirm my address
link-invalid-title = This link no longer works
link-invalid = The link is wrong, has expired or has been used already. Log in to receive a new confirmation link, or ask for a new password reset.
login-title = Log in
login-submit = Log in
login-forgot = Forgot your password?
login-register = No account yet? Register
login-failed = The e-mail address or the password is wrong.
login-unconfirmed = Please confirm your e-mail address first. We have sent you a new link.
forgot-title = Reset your password
forgot-intro = Enter the address of your account and we send you a link to choose a new password.
forgot-submit = Send link
forgot-sent-title = Check your inbox
forgot-sent = If an account uses { $email }, we have sent a link to it. The link works for one hour.
reset-title = Choose a new password
reset-submit = Save new password
change-email-title = Confirm your new address
change-email-intro = Press the button to make this your account's address.
change-email-submit = Use this address
notice-confirmed = Your address is confirmed. You can log in now.
notice-password-reset = Your password has been changed. Links mailed earlier and your API tokens no longer work. Log in with the new password.
notice-password-changed = Your password has been changed; your other sessions have been ended and links mailed earlier no longer work.
notice-email-sent = We have sent a link to your new address. Follow it to complete the change.
notice-email-changed = Your e-mail address has been changed; your other sessions have been ended and links mailed earlier no longer work.
notice-profile-saved = Saved.
notice-token-revoked = The token has been revoked.
notice-logged-out = You have logged out.
notice-account-erased = Your account has been deleted.
notice-claim-filed = Thank you. A moderator will look at your request; you see its status here.
token-heading = API tokens
token-intro = Personal tokens let programs use the JSON API on your behalf. A read token reads; a write token can also change the profiles you manage.
token-create-heading = Create a token
token-name = Name
token-name-hint = What the token is for, e.g. “CRM synchronisation”.
token-scope = Access
token-scope-read = Read
token-scope-write = Read and write
token-create = Create token
token-created-heading = Your new token
token-created = Copy it now: it is shown only this once. Send it as “Authorization: Bearer TOKEN”.
token-created-at = Created
token-last-used = Last used
token-revoke = Revoke
token-revoked = Revoked
token-error-name = Give the token a name (at most 100 characters).
token-error-scope = Choose the access the token gives.
claim-title = Claim { $name }
claim-intro = Tell the moderators who you are at this organisation. When they approve your claim, you become the profile's administrator.
claim-message = Your role and how we can verify it
claim-message-hint = For example: “I am the cluster manager; you can reach me through the switchboard on the website.”
claim-submit = Send claim
claim-back = Back to the profile
claim-pending = Your claim on this organisation is waiting for a moderator.
claim-error-message = Tell the moderators who you are at the organisation.
claim-status-pending = waiting for a moderator
claim-status-approved = approved
claim-status-rejected = rejected
propose-title = Propose a new organisation
propose-intro = Is your organisation missing from the directory? Describe it here; a moderator checks it before it is published, and you become its administrator.
propose-submit = Send for review
profile-name = Name
profile-short-name = Short name or acronym
profile-nuts = NUTS region code
profile-nuts-hint = For example DED21 for Dresden; see the region codes of Eurostat.
profile-city = City
profile-lat = Latitude
profile-lon = Longitude
profile-coordinates-hint = Decimal degrees, e.g. 51.05 and 13.74; give both or neither.
profile-website = Website
profile-description = Description ({ $language })
profile-nace = NACE codes
profile-nace-hint = Economic activities, separated by commas, e.g. 26.11, 72.19.
profile-members-smes = Members: SMEs
profile-members-large = Members: large companies
profile-members-research = Members: research organisations
profile-founded = Year founded
profile-label-hint = Only clusters carry a cluster-management label.
profile-is-sme = This organisation is an SME
profile-target-markets = Target markets
profile-codes-hint = Two-letter codes separated by commas, e.g. DE, DK, FR.
edit-title = Edit { $name }
manage-edit = Edit profile
manage-members = People
manage-claim = Claim this profile
manage-claim-visitor = Is this your organisation? Log in to claim its profile.
members-title = People of { $name }
members-you = you
members-remove = Remove
members-withdraw = Withdraw
members-pending = invited, no account yet
members-invite-heading = Invite someone
members-invite-hint = Everyone receives an invitation by e-mail and gets the role only after accepting it while signed in.
members-invite = Invite
members-invited = We have sent an invitation to { $email }. The role is theirs once they accept it while signed in (within { $days } days).
members-error-last-admin = The last administrator cannot be removed; make someone else administrator first.
claims-title = Claims to review
claims-none = Nothing to review.
claims-count = { $count ->
    [one] One claim waits for a decision.
   *[other] { $count } claims wait for a decision.
}
claims-existing = Claim on
claims-new = New organisation
claims-by = From { $name } ({ $email })
claims-approve = Approve
claims-reject = Reject
claims-reason = Reason (sent to the person)
users-title = People
users-search = Find by name or address
users-count = { $count ->
    [one] One account
   *[other] { $count } accounts
}
users-since = Registered
users-unconfirmed = not confirmed
users-role-of = Role of { $name }
users-set-role = Set role
audit-title = Audit log
audit-action = Action
audit-all = all actions
audit-count = { $count ->
    [one] One entry
   *[other] { $count } entries
}
audit-when = When
audit-who = Who
audit-subject = Subject
audit-detail = Detail
audit-from = From
error-unauthorized-heading = Authentication needed
error-unauthorized = Send a valid personal API token as “Authorization: Bearer TOKEN”. You create tokens on your account page.
error-forbidden-heading = Not allowed
error-forbidden = You do not have the right to do this.
error-insufficient-scope = This token may only read; create a token with write access.
error-csrf = This form has expired or was sent from another site. Go back, reload the page and try again.
error-too-large = The request is larger than { $kib } KiB.
error-throttled-heading = Too many attempts
error-throttled = Too many attempts. Please wait { $minutes } minutes and try again.
error-conflict-heading = Not possible
error-mail = We could not send the e-mail. Please try again later.
mail-confirm-subject = Confirm your clusterhub account
mail-confirm-body = Hello { $name },

    please confirm your e-mail address by opening this link within 48 hours:

    { $link }

    If you did not register at clusterhub, ignore this message.
mail-reset-subject = Reset your clusterhub password
mail-reset-body = Hello { $name },

    to choose a new password, open this link within one hour:

    { $link }

    If you did not ask for this, ignore this message; your password stays as it is.
mail-change-email-subject = Confirm your new address for clusterhub
mail-change-email-body = Hello { $name },

    to use this address for your clusterhub account, open this link within 48 hours:

    { $link }
mail-exists-subject = Your clusterhub account
mail-exists-body = Someone tried to register at clusterhub with this address, which has an account already. If it was you, log in, or choose a new password here:

    { $link }
mail-password-changed-subject = Your clusterhub password was changed
mail-password-changed-body = The password of your clusterhub account has just been changed. If it was not you, choose a new password at once:

    { $link }
mail-invited-subject = Invitation to { $organisation } on clusterhub
mail-invited-body = You have been invited to join { $organisation } on clusterhub as { $role }. Register with this address, sign in and accept the invitation on your invitations page (it is valid for { $days } days):

    { $link }
mail-claim-approved-subject = Your claim on clusterhub was approved
mail-claim-approved-body = A moderator has approved your claim. You can now edit the profile:

    { $link }
mail-claim-rejected-subject = Your claim on clusterhub was not approved
mail-claim-rejected-body = A moderator has not approved your claim. Reason given: { $reason }
form-error-both-coordinates = give both latitude and longitude, or neither
mail-claim-waiting-subject = A claim waits for review on clusterhub
mail-claim-waiting-body = Someone has claimed or proposed { $organisation }. Review it here:

    { $link }
mail-email-change-notice-subject = Your clusterhub address is being changed
mail-email-change-notice-body = Someone signed in to your clusterhub account asked to change its address to { $email }. If it was not you, choose a new password at once:

    { $link }
profile-error-name = Enter the name (at most 300 characters).
profile-error-short-name = At most 200 characters, without control characters.
profile-error-kind = Choose the type of organisation.
profile-error-country = Choose a country.
profile-error-nuts-code = Enter a NUTS code such as DED21, or leave it empty.
profile-error-city = At most 120 characters, without control characters.
profile-error-coordinates = Latitude must lie between −90 and 90, longitude between −180 and 180.
profile-error-website = Enter a web address such as https://example.eu.
profile-error-description = At most 20,000 characters, without control characters.
profile-error-nace-codes = Enter NACE codes such as 26.11 or C, separated by commas.
profile-error-codes = Use two-letter codes separated by commas, such as DE, DK.
profile-error-members = Enter a whole number up to 1,000,000.
profile-error-founded = Enter a year between 1800 and 2100.
profile-error-label = Only clusters carry a cluster-management label.

## The marketplace
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
alerts-intro = Saved searches and recommendation lists. Once a day you get an e-mail with what is new in them.
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
account-alerts = Alerts

## Events
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
account-timezone = Time zone
account-timezone-hint = Event times and meeting agendas are shown in it.
account-timezone-event = Each event’s own
account-language = Language
account-language-hint = Pages open in it when you sign in, and every mail the platform sends you is written in it.

## B2B matchmaking
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

## Business missions
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

## Funding
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
mail-event-reminder-subject = Tomorrow: { $title }
mail-event-reminder-body = A reminder: you are registered for “{ $title }”, { $when }{ $where }.

    { $link }
mail-event-reminder-online = Join online: { $link }
mail-event-reminder-agenda = Your meeting agenda: { $link }

## Cascade-funding programmes
programme-list-title = Funding programmes
programme-list-intro = Cascade-funding programmes run by clusters and consortia on this platform: small grants for SMEs, each working with a technology centre.
programme-count = { $count ->
    [one] One programme
   *[other] { $count } programmes
}
programme-empty = No programme yet.
programme-all = All funding programmes
programme-new = Run a funding programme
programme-edit = Edit “{ $title }”
programme-edit-link = Edit the programme
programme-intro = Applicants see the budget, the maximum grant, who may apply, the questions and the weighted criteria. Questions are fixed once someone applied and criteria once someone scored.
programme-owner = Run by
programme-title = Title
programme-summary = What the programme funds
programme-summary-hint = Plain text; leave an empty line between paragraphs.
programme-budget = Budget
programme-max-grant = Maximum grant
programme-amount-hint = In euros, e.g. 60000 or 60000.50.
programme-countries = Eligible countries
programme-countries-hint = Two-letter codes separated by spaces (DE DK FR); leave empty for any country.
programme-types = Who may apply
programme-types-hint = Leave all unticked for any kind of organisation.
programme-deadline = Deadline
programme-save = Save the programme
programme-run-by = Run by
programme-committed = Committed
programme-remaining = Remaining
programme-funded = Funded projects:
programme-applications = Applications
programme-anywhere = Any country
programme-any-type = Any kind of organisation
programme-apply = Apply
programme-login-to-apply = Log in to apply
programme-yours = Your organisations’ applications
programme-confirm-needed = your confirmation as technology centre is awaited
programme-funded-projects = Funded projects
programme-none-funded = No project is funded yet.
programme-project-title = Project
programme-project-summary = Project summary
programme-applicant = Applicant
programme-centre = Technology centre
programme-centre-hint = The technology centre or research organisation you will work with; type to choose from the directory. It is asked to confirm.
programme-grant = Grant
programme-reports-of = Progress of { $project }
programme-reports = Progress reports
programme-no-reports = No progress report yet.
programme-report-new = New progress report
programme-report-hint = What was done, what comes next, any change of plan (20 to 5000 characters).
programme-report-submit = Publish the report
programme-requested = Requested
programme-requested-hint = At most { $max }.
programme-apply-title = Apply to { $title }
programme-apply-intro = Applications close { $deadline }. The maximum grant is { $max }.
programme-apply-submit = Submit the application
programme-submitted = Submitted
programme-state-submitted = Waiting for a decision
programme-state-awaiting-centre = Waiting for the technology centre to confirm
programme-state-awarded = Funded
programme-state-rejected = Not funded
programme-state-withdrawn = Withdrawn
programme-confirm = Confirm our participation
programme-confirm-text = { $centre } is named as the technology centre of this project. Confirm that you will work with the applicant; the programme can fund it only then.
programme-withdraw = Withdraw the application
programme-award = Award
programme-money-line = Budget { $budget }: { $committed } committed, { $remaining } remaining.
programme-done-created = The programme is open for applications.
programme-done-saved = The programme is saved.
programme-done-applied = Your application is submitted; the technology centre you named is asked to confirm.
programme-done-awarded = The grant is awarded.
programme-done-rejected = The application is declined.
programme-done-confirmed = Your participation is confirmed.
programme-done-withdrawn = The application is withdrawn.
programme-done-reported = The progress report is published.
programme-error-title = Between 3 and 200 characters.
programme-error-summary = Between 20 and 10000 characters.
programme-error-amount = An amount in euros greater than zero, with at most two decimals (60000 or 60000.50).
programme-error-max-grant-over = The maximum grant cannot be more than the budget.
programme-error-requested-over = This is more than the maximum grant.
programme-error-below-committed = The budget cannot go below what is awarded already: { $committed }.
programme-error-owner = Choose one of your organisations.
programme-error-country = Organisations in { $country } are not eligible for this programme.
programme-error-type = A { $type } is not eligible for this programme.
programme-error-centre = Choose a technology centre or research organisation from the directory.
programme-error-centre-self = The technology centre must be another organisation than the applicant.
programme-error-closed = The deadline of this programme has passed: applications are no longer taken.
programme-error-decided = A decision on this application was taken already.
programme-error-budget = Not enough of the budget is left for this grant; award less or decline another application.
programme-error-over-max = A grant must be more than zero and at most the programme’s maximum grant.
programme-error-not-awardable = Only an application waiting for a decision, confirmed by its technology centre, can be funded.
programme-error-not-funded = Progress reports are written for funded projects.
programme-error-report = Write from 20 to 5000 characters.
mail-programme-confirm-subject = Please confirm: a project in { $title }
mail-programme-confirm-body = { $organisation } applied to “{ $title }” with the project “{ $project }”, naming { $centre } as its technology centre. Please confirm that you take part:

    { $link }
mail-programme-applied-subject = Application received: { $title }
mail-programme-applied-body = The application of { $organisation } to “{ $title }” is received. { $centre } is asked to confirm its participation; you will hear the outcome by e-mail.

    { $link }
mail-programme-confirmed-subject = Technology centre confirmed: { $title }
mail-programme-confirmed-body = { $centre } confirmed that it takes part in “{ $project }”.

    { $link }
mail-programme-evaluator-subject = You evaluate applications to { $title }
mail-programme-evaluator-body = You are an evaluator of “{ $title }”. The applications and the scoring form are here:

    { $link }
mail-programme-awarded-subject = Funded: { $title }
mail-programme-awarded-body = Congratulations: “{ $project }” receives { $amount } from “{ $title }”. Report your progress on the programme’s page:

    { $link }
mail-programme-rejected-subject = Outcome of your application to { $title }
mail-programme-rejected-body = We are sorry: “{ $project }” is not funded by “{ $title }”.

## Following funding calls
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

## Project pages kept by their consortium
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
funding-audience = Addressed to
funding-audience-smes = SMEs and start-ups
funding-audience-clusters = Cluster organisations
funding-audience-research = Research organisations (a research action)
funding-audience-any = Organisations eligible under the call’s conditions
funding-eligible-countries = Eligible countries
funding-eligible-eu = EU Member States, EEA countries and countries associated to { $programme }; see the call’s conditions
funding-eligible-cascade = As the cascade call sets them; see its description
event-projects = Part of the project
funding-programmes-open = Cascade-funding programmes open on clusterhub
funding-programme-line = Run by { $owner } · grants up to { $max } · apply by { $deadline }
countries-present = Countries listed here
countries-other = Other countries
opportunities-q = Words
opportunities-sort-newest = Newest first
opportunities-sort-deadline = Deadline soonest
opportunities-sort-title = Title (A–Z)
interest-error-message-empty = Write a message: say who you are and what interests you.
interest-error-message-long = The message is { $count } characters long; shorten it to at most { $max }.
interest-error-message-characters = The message contains control characters; remove them.
nav-dashboard = My clusterhub
search-page-label = Search the platform
funding-opens-on = Opens { $date }
conversation-with = with { $name }
conversation-profile = Profile of { $name }
programme-error-centre-ambiguous = { $count } centres have this name; write the address of the one you mean: { $addresses }.
claims-done-approved = The claim is approved: the claimant now administers the organisation and was told by mail.
claims-done-rejected = The claim is rejected; the claimant was told by mail with your reason.
event-cancel-title = Call off “{ $title }”?
event-cancel-when = The event is planned for { $when }. Calling it off cannot be undone; it stays listed as called off.
event-cancel-told = { $count ->
    [0] Nobody has registered yet.
    [one] The one person registered or waiting is told by mail.
   *[other] The { $count } people registered or waiting are told by mail.
}
event-cancel-keep = No, keep the event
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
logo-title = Logo of { $name }
logo-alt = Logo of { $name }
logo-none = No logo yet: cards and the profile show the organisation's initials.
logo-file = Picture file
logo-hint = PNG, JPEG, GIF or WebP, at most 2 MB. It is shown at most 256 × 256 pixels; a square picture on a plain background works best.
logo-upload = Upload the logo
logo-remove = Remove the logo
logo-done-saved = The new logo is saved and shown on the profile and on cards.
logo-done-removed = The logo is removed.
logo-error = The logo was not saved: { $reason }
logo-error-missing = choose a picture file first.
logo-error-too-large = the file is larger than 2 MB.
logo-error-format = the file is not a PNG, JPEG, GIF or WebP picture (SVG is not accepted).
logo-error-dimensions = the picture is too large: at most 16 megapixels and 8,000 pixels in either direction.
profile-logo-link = Logo
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
account-revoke-tokens = Also revoke all my API tokens
reset-intro = Choosing a new password also ends your sessions, makes links mailed earlier worthless and revokes your API tokens.
mail-email-changed-subject = Your clusterhub address was changed
mail-email-changed-body = The address of your clusterhub account has just been changed to { $email }, confirmed from that address. This address no longer opens the account. If it was not you, tell the platform's administrators at once and forward them this mail.
error-own-request = You cannot decide on your own request or on one of an organisation you belong to: another moderator or a platform admin decides.
programme-error-own-programme = An organisation cannot apply to its own programme: choose another of your organisations.
programme-error-own-only = Your only organisation runs this programme, and an organisation cannot apply to its own programme.
programme-error-own-award = This application comes from the programme's own organisation, which cannot be awarded by its own programme.
error-own-application = You cannot decide on an application you made or one of an organisation you belong to: another organiser decides.
evaluator-erased = A former evaluator (account erased)
mail-invited-member-subject = Invitation to { $organisation } on clusterhub
mail-invited-member-body = You have been invited to work on { $organisation } on clusterhub as { $role }. Nothing changes until you accept: sign in and accept or decline it here (it is valid for { $days } days):

    { $link }
invitations-title = Invitations
invitations-intro = Organisations invited you to work on their profile, opportunities and events with them. Nothing changes until you accept.
invitations-none = No invitation is waiting for you.
invitations-line = { $organisation } invites you as { $role }
invitations-by = invited by { $name } on { $date }
invitations-on = invited on { $date }
invitations-accept = Accept
invitations-decline = Decline
invitations-accepted = Invitation accepted: the organisation is now among yours.
invitations-declined = Invitation declined. Nothing else changed.
dashboard-wait-invitations = { $count ->
    [one] An invitation to an organisation to answer
   *[other] { $count } invitations to organisations to answer
}
event-contact-email-hint = Shown to everyone on the event's public page and in its calendar file: use a shared address of the organisation, such as events@…, rather than a personal one.
mail-event-revision-review-subject = A change to a published event waits for review
mail-event-revision-review-body = The organisers of “{ $title }” changed more than its time, place or capacity; the event stays as published until you decide: { $link }
event-done-revision = Saved. A new time, place or capacity applies at once; the other changes wait for a moderator, and the event is shown as published until then.
event-revision-pending = Changes to this event wait for a moderator; until they are approved, everyone sees it as published.
event-error-revision-decided = Another moderator has decided on this change already.
event-done-revision-approved = The change is approved; the people registered are told what changed.
event-done-revision-returned = The change is sent back; the event stays as published and the organisers are told why.
moderation-event-revision = Change to a published event.
moderation-event-revision-fields = Changed: { $fields }.
moderation-event-revision-was = Published title: { $title }
mail-event-revised-subject = “{ $title }” was changed
mail-event-revised-body = The organisers changed “{ $title }”, which you registered for. What changed: { $changed }.

    { $link }
mail-event-revision-approved-subject = The change to your event is approved
mail-event-revision-approved-body = The change to “{ $title }” is approved and shown to everyone: { $link }
mail-event-revision-returned-subject = The change to your event was sent back
mail-event-revision-returned-body = A moderator sent back the change to “{ $title }”: { $reason }
    The event stays as published; you can edit it again.

    { $link }
account-error-password-common = This password is one of the 10,000 that people use most, so it is guessed first: choose another, for example a few unrelated words.
account-error-password-guessable = This password is made of the site's name or your e-mail address with little else: choose one that someone who knows these cannot guess.
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
login-code-title = Code from your authenticator app
login-code-intro = Your password was right. Your account also asks for the code your authenticator app shows now.
login-code = Code
login-code-hint = Six digits from the app, or one of your recovery codes if you do not have the app with you.
login-code-submit = Sign in
login-code-start-again = Start again with the password
login-code-wrong = This code is not right, or it was used already: enter the code the app shows now.
two-factor-title = Two-factor authentication
two-factor-is-on = Signing in asks for your password and a code from your authenticator app.
two-factor-is-off = Signing in asks for your password only.
two-factor-set-up = Set up an authenticator app
two-factor-manage = Recovery codes and settings
two-factor-required = Platform admins and moderators decide for everyone, so their accounts need a second factor: set up an authenticator app to go on.
two-factor-intro = With an authenticator app, someone who learns your password still cannot sign in without your phone.
two-factor-step-app = Open an authenticator app on your phone (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator).
two-factor-step-scan = Scan this code with it:
two-factor-qr-alt = QR code to add clusterhub to your authenticator app
two-factor-step-type = Or type this key into the app:
two-factor-step-confirm = Enter your password and the six digits the app shows, to prove it works.
two-factor-code-hint = The six digits your authenticator app shows now.
two-factor-turn-on = Turn on two-factor authentication
two-factor-done-on = Two-factor authentication is on. Keep the recovery codes below somewhere safe: each signs you in once if you lose your phone.
two-factor-codes-heading = Your recovery codes
two-factor-codes-intro = They are shown this once. Each works one time instead of a code from the app.
two-factor-codes-left = { $count ->
    [one] One recovery code is left.
   *[other] { $count } recovery codes are left.
}
two-factor-renew-heading = New recovery codes
two-factor-renew = Make ten new recovery codes
two-factor-done-renewed = Ten new recovery codes; the old ones no longer work.
two-factor-off-heading = Turn it off
two-factor-turn-off = Turn off two-factor authentication
two-factor-required-role-note = As a platform admin or moderator you keep it on.
two-factor-back = Back to your account
two-factor-already-on = Two-factor authentication is on already.
two-factor-not-on = Two-factor authentication is not on.
two-factor-required-role = Platform admins and moderators keep two-factor authentication on.
