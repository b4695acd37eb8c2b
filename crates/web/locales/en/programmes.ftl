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
programme-error-centre-ambiguous = { $count } centres have this name; write the address of the one you mean: { $addresses }.
programme-error-own-programme = An organisation cannot apply to its own programme: choose another of your organisations.
programme-error-own-only = Your only organisation runs this programme, and an organisation cannot apply to its own programme.
programme-error-own-award = This application comes from the programme's own organisation, which cannot be awarded by its own programme.
