# Table stewards of B2B events: named by the organisers, they run the check-in desk and record whether meetings took place.
b2b-stewards-link = Table stewards
b2b-stewards-title = Table stewards
b2b-stewards-intro = Stewards run the check-in desk and record whether meetings took place, on the day. They see nothing else of the event's organisation: not the dashboard, the scheduler, the re-fill or the settings. A steward's word on a meeting settles it unless you record another; nobody records a meeting they take part in.
b2b-stewards-list = Stewards of this event
b2b-stewards-none = No steward named yet.
b2b-stewards-named = named { $date }
b2b-stewards-named-by = named { $date } by { $name }
b2b-stewards-remove = Remove
b2b-stewards-add = Name a steward
b2b-stewards-email = E-mail address of their account
b2b-stewards-email-hint = The person needs an account on this platform. They are told by mail where the desk and the attendance page are.
b2b-stewards-done-named = The steward is named: they can open the check-in desk and the attendance page now.
b2b-stewards-done-removed = The steward is removed. What they recorded stays.
b2b-stewards-error-empty = Enter the e-mail address of the person's account.
b2b-stewards-error-address = This is not a valid e-mail address.
b2b-stewards-error-no-account = No account has this e-mail address. Ask the person to register first, then name them.
b2b-stewards-error-organiser = This person organises the event already: they can run the desk without being named.
b2b-stewards-error-throttled = You have looked up many addresses in a short time. Try again in { $minutes } minutes.
b2b-steward-heading = You are a table steward
b2b-steward-intro = On the day you check participants in and record whether their meetings took place.
b2b-steward-error-own-meeting = You take part in this meeting, so you cannot record its outcome: the organisers do.
b2b-steward-error-side-missing = One side of this meeting is no longer registered, so you cannot record its outcome: the organisers do.
b2b-attendance-word-organiser = Organiser ({ $name }): { $outcome }
b2b-attendance-word-steward = Steward ({ $name }): { $outcome }
b2b-attendance-erased = erased account
b2b-attendance-own-meeting = You take part: the organisers decide.
mail-b2b-steward-subject = You are a table steward: { $title }
mail-b2b-steward-body = { $name } named you a table steward of { $title }. On the day you check participants in at the desk and record whether their meetings took place.
    
    Check-in desk: { $desk }
    Attendance: { $attendance }
    
    Sign in with this address to open them. Meetings you take part in yourself are recorded by the organisers.
