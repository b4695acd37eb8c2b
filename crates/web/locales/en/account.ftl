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
account-profile-heading = Your name and preferences
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
edit-title = Edit { $name }
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
form-error-both-coordinates = give both latitude and longitude, or neither
mail-email-change-notice-subject = Your clusterhub address is being changed
mail-email-change-notice-body = Someone signed in to your clusterhub account asked to change its address to { $email }. If it was not you, choose a new password at once:

    { $link }
account-alerts = Alerts
account-timezone = Time zone
account-timezone-hint = Event times and meeting agendas are shown in it.
account-timezone-event = Each event’s own
account-language = Language
account-language-hint = Pages open in it when you sign in, and every mail the platform sends you is written in it.
account-revoke-tokens = Also revoke all my API tokens
reset-intro = Choosing a new password also ends your sessions, makes links mailed earlier worthless and revokes your API tokens.
mail-email-changed-subject = Your clusterhub address was changed
mail-email-changed-body = The address of your clusterhub account has just been changed to { $email }, confirmed from that address. This address no longer opens the account. If it was not you, tell the platform's administrators at once and forward them this mail.
mail-invited-member-subject = Invitation to { $organisation } on clusterhub
mail-invited-member-body = You have been invited to work on { $organisation } on clusterhub as { $role }. Nothing changes until you accept: sign in and accept or decline it here (it is valid for { $days } days):

    { $link }
account-error-password-common = This password is one of the 10,000 that people use most, so it is guessed first: choose another, for example a few unrelated words.
account-error-password-guessable = This password is made of the site's name or your e-mail address with little else: choose one that someone who knows these cannot guess.
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
