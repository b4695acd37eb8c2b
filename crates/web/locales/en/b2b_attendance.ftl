# B2B attendance on the day: check-in, "did it happen?", re-fill, the question afterwards.
b2b-checkin-title = Check-in: { $title }
b2b-checkin-link = Check-in desk
b2b-checkin-counts = { $present } here now · { $arrived } arrived · { $confirmed } expected
b2b-checkin-direction = Scan for
b2b-checkin-kind-in = Arrival (check in)
b2b-checkin-kind-out = Departure (check out)
b2b-checkin-code = QR code or check-in code
b2b-checkin-code-hint = Scan the participant's QR code, or type the six characters under it.
b2b-checkin-submit = Record
b2b-checkin-camera = Scan with the camera
b2b-checkin-camera-error = The camera could not be started: type the code instead.
b2b-checkin-offline = No connection: the scan is kept on this device and sent when the network is back.
b2b-checkin-queued = %n scans waiting to be sent.
b2b-checkin-batch-refused = The server refused these stored scans as malformed; they were removed from this device. Scan those people again.
b2b-checkin-synced = %n scans sent.
b2b-checkin-in = Checked in. Welcome!
b2b-checkin-already-in = Already checked in at { $time }.
b2b-checkin-out = Checked out. Their remaining meetings can be given to others.
b2b-checkin-already-out = Already checked out at { $time }.
b2b-checkin-not-in = Not checked in: nothing to check out.
b2b-checkin-replayed = This scan was recorded before.
b2b-checkin-error-empty = Scan a QR code or type a check-in code.
b2b-checkin-error-unknown = No participant of this event has this code. Check the six characters (there is no 0, O, 1 or I).
b2b-checkin-error-token = This QR code is not a valid check-in code of this event.
b2b-checkin-error-revoked = This registration was cancelled: the QR code is no longer valid.
b2b-checkin-error-ambiguous = Two participants share this code: scan the QR code or find the person by name.
b2b-attendance-link = Attendance
b2b-attendance-title = Attendance: { $title }
b2b-attendance-present = here now
b2b-attendance-left = checked out
b2b-attendance-total-held = meetings held
b2b-attendance-total-no-show = no-shows
b2b-attendance-total-conflict = conflicting answers
b2b-attendance-total-unknown = without an answer
b2b-attendance-needing = Meetings that need your word
b2b-attendance-all = All meetings that have begun
b2b-attendance-show-all = Show all meetings that have begun
b2b-attendance-show-needing = Show only those that need your word
b2b-attendance-none = No meeting needs your word.
b2b-attendance-requester = Asked by
b2b-attendance-invitee = Invited
b2b-attendance-settled = Outcome
b2b-attendance-record = Record the outcome
b2b-attendance-save = Save
b2b-attendance-no-answer = no answer
b2b-attendance-held = they met
b2b-attendance-requester-absent = the one who asked did not come
b2b-attendance-invitee-absent = the one invited did not come
b2b-attendance-both-absent = neither came
b2b-attendance-conflict = Conflicting answers
b2b-attendance-done-recorded = The outcome is recorded.
b2b-attendance-error-not-started = This meeting has not begun yet.
b2b-refill-heading = Re-fill the rest of the day
b2b-refill-intro = The meetings still to come of people who checked out or were reported absent are given up, and their slots go to what waits between people who are here: accepted requests that found no place, pending requests the invitee marked as wanted, and people who marked each other. Nothing else moves; those concerned are told at once.
b2b-refill-run = Re-fill freed slots
b2b-refill-done = { $count ->
    [one] One meeting placed in freed slots; those concerned were told.
   *[other] { $count } meetings placed in freed slots; those concerned were told.
}
b2b-refill-error-not-published = Publish the schedule before re-filling it on the day.
b2b-refill-error-not-running = Slots are re-filled only while the event is on, between its start and its end.
b2b-refill-when = Freed slots can be re-filled while the event is on.
b2b-refill-released = { $count ->
    [one] One meeting of someone absent was given up.
   *[other] { $count } meetings of people absent were given up.
}
b2b-agenda-checkin-heading = Your check-in code
b2b-agenda-checkin-intro = Show this QR code at the entrance (on screen or printed). If it cannot be read, give the code below.
b2b-agenda-qr = Your check-in QR code
b2b-agenda-code = Check-in code:
b2b-agenda-happened-heading = Did your meetings take place?
b2b-agenda-we-met = We met
b2b-agenda-they-missed = They did not come
b2b-agenda-you-met = you said you met
b2b-agenda-you-reported-absent = you said they did not come
b2b-agenda-done-reported = Thank you, your answer is recorded.
b2b-ics-checkin-code = Check-in code: { $code }
b2b-answer-title = Your meetings at { $title }
b2b-answer-held-question = Did you meet { $name }? Confirm with the button.
b2b-answer-absent-question = { $name } did not come to your meeting? Confirm with the button.
b2b-answer-confirm = Confirm
b2b-answer-thanks = Thank you
b2b-answer-thanks-detail = Your answer about your meeting at { $title } is recorded.
b2b-answer-error-link = This link is not valid. Open your agenda to answer instead.
b2b-answer-error-expired = This link has expired. Open your agenda to answer instead.
mail-b2b-refill-subject = Your agenda changed: { $title }
mail-b2b-refill-body = Your agenda for today changed:
    { $changes }
    Your agenda: { $link }
mail-b2b-refill-gone = Cancelled: { $when } with { $name }, who is not here.
mail-b2b-refill-new = New: { $when }, { $place }, with { $name }.
mail-b2b-ask-subject = Did your meetings take place? { $title }
mail-b2b-ask-body = Nobody told us yet whether these meetings took place. One click answers (no sign-in needed; the links work for { $days } days):
    
    { $meetings }
mail-b2b-ask-meeting = { $when } with { $name }
    We met: { $held }
    They did not come: { $absent }
mail-event-registered-checkin = At the B2B meetings, show the QR code on your agenda ({ $agenda }) at the entrance, or give your check-in code: { $code }
mail-event-registered-checkin-image = At the B2B meetings, show the attached image at the check-in desk: it is your check-in QR code, also on your agenda ({ $agenda }). If it cannot be scanned, give your check-in code: { $code }
