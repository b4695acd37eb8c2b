# B2B preferences and compact schedules: marks on participants, the matchmaking mode, meeting
# limits and group meetings.

b2b-mark-none = No mark
b2b-mark-must = Must meet
b2b-mark-wish = Would like to meet
b2b-mark-no = No, thanks
b2b-mark-label = Your preference for { $name }
b2b-mark-save = Save preference
b2b-mark-hint = Your preferences are seen only by you and the organiser. The organiser never pairs you with someone you marked "No, thanks". On the day of the event, when slots come free, the organiser may place a meeting with someone you marked "must meet" or "would like to meet" who asked you for one or marked you too (with hosted buyers, your mark alone is enough); you are told at once.
b2b-done-marked = Your preference is saved.
b2b-error-unknown-participant = is not a participant of this event.
b2b-error-mark = must be "must", "wish", "no" or empty.

b2b-matchmaking-settings = Matchmaking settings
b2b-save-matchmaking = Save settings
b2b-mode = How meetings are made
b2b-mode-requests = Requests: participants ask each other and accept
b2b-mode-hosted = Hosted buyers: the organiser pairs people from their preferences
b2b-mode-now = Mode: { $mode }
b2b-mode-explained = With requests, accepted requests are scheduled and a "must meet" mark on one of them puts it first. With hosted buyers, every two participants of whom one marked the other "must meet" or "would like to meet" are paired, unless one of them said "No, thanks"; must-meets are placed first. On the day, slots freed by absent people also go to pending requests the invitee marked, and to two participants present who marked each other (with hosted buyers: one marked the other).
b2b-min-meetings = Fewest meetings per person
b2b-max-meetings = Most meetings per person
b2b-limit-hint = Leave empty for no limit.
b2b-skip-met = Leave out pairs who met at an earlier event of ours
b2b-skip-met-hint = Met means a meeting placed in a published schedule of an earlier B2B event of the same organiser.
b2b-done-matchmaking = The matchmaking settings are saved. They apply at the next scheduler run.
b2b-error-limit = must be a whole number from { $min } to { $max }.
b2b-error-max-below-min = must not be below the fewest meetings.
b2b-error-mode = must be "requests" or "hosted".

b2b-limits = Limits per participant
b2b-limits-explained = A participant's own limits replace the event's. Leave both empty to use the event's.
b2b-no-participants = Nobody is registered yet.
b2b-min-of = Fewest meetings for { $name }
b2b-max-of = Most meetings for { $name }
b2b-save-limits = Save limits
b2b-done-limits = The participant's limits are saved.

b2b-marks = Participants' preferences
b2b-no-marks = Nobody has marked anyone yet.
b2b-marked-by = Marked by
b2b-marked = Whom
b2b-mark = Preference

b2b-groups = Group meetings
b2b-groups-explained = A host meets up to six guests, from one organisation or several, at one table in one slot that all of them have free.
b2b-add-group = Add a group meeting
b2b-edit-group = Change the group meeting
b2b-save-group = Save the group meeting
b2b-remove-group = Remove
b2b-choose-host = Choose the host
b2b-group-title = Title
b2b-group-host = Host
b2b-group-guests = Guests
b2b-group-guests-hint = One to { $max } guests besides the host.
b2b-group-placed = Placed
b2b-done-group = The group meeting is saved. The next scheduler run places it.
b2b-done-group-removed = The group meeting is removed.
b2b-error-group-title = must be given, in at most 200 characters.
b2b-error-no-guests = must name at least one guest besides the host.
b2b-error-too-many-guests = may name at most { $max } guests.

b2b-figures = Figures of the schedule
b2b-figure-must = Must-meets placed
b2b-figure-of = { $placed } of { $asked }
b2b-figure-meetings = Meetings placed
b2b-figure-below-minimum = People below their fewest meetings
b2b-figure-idle-gaps = Idle gaps
b2b-figure-table-changes = Table changes

b2b-reason-maximum = { $name } has the most meetings they accept.
b2b-reason-member-busy = { $name } is busy whenever the group could meet.
b2b-reason-unplaced = The scheduler found no slot and table for it.
b2b-reason-member-not-participant = One of its members is no longer a participant.
