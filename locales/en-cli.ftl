### The cli messages (the core ones are in en.ftl).

## Errors: the frame (file:line:column, the line and its caret) is the same in every
## language; these are its words.
cli-error = error: { $message }
cli-pick-port = pick another port with --port (0: any free one)
error-help = help: { $help }
error-registry-row = { $path }: row { $row }: { $message }
error-registry-row-column = { $path }: row { $row }, column `{ $column }`: { $message }
error-registry-column = { $path }: column `{ $column }`: { $message }
error-cancelled = the run was cancelled
error-bug = internal error: { $what }. This is a bug in amnesty-sim, not a mistake in your input: no file was written; please report it with the command line
error-io = { $path }: { $system }
error-io-not-found = { $path }: no such file or folder
error-io-permission = { $path }: permission denied
error-io-is-directory = { $path }: is a folder, not a file
error-io-not-directory = { $path }: a part of this path is not a folder
error-io-exists = { $path }: already exists
error-io-full = { $path }: the disk is full
error-toml-unknown-field = unknown field `{ $field }`; expected one of { $expected }
error-toml-unknown-value = unknown value `{ $value }`; expected one of { $expected }
error-toml-missing-field = missing field `{ $field }`
error-toml-duplicate-key = the key `{ $key }` is given twice

## The settings a request error is about, where no flag names them.
setting-draft = draft
setting-replicates = replicates
setting-threads = threads
setting-interval = interval
setting-horizon = horizon
setting-out = output folder
setting-vary = varied path
setting-goal = goal
setting-total = total
setting-person = person
setting-draws = draws
setting-accept = accepted share
setting-targets = targets
setting-max-replicates = most replicates
setting-concurrent = concurrent runs
setting-population = population
setting-build = AMNESTY_BUILD
setting-pdf = the brief PDF

## What the machine refused to do.
action-start-threads = cannot start the worker threads
action-listen = cannot listen
action-start-server = cannot start the server
action-serve = the server stopped
action-print = cannot print brief.pdf

## The draft compiler.
draft-unknown = no such file and no shipped draft of that id; shipped drafts: { $ids }
draft-unknown-near = no such file and no shipped draft of that id; did you mean `{ $near }`? shipped drafts: { $ids }
draft-unknown-field = unknown field `{ $field }`
draft-unknown-field-near = unknown field `{ $field }`; did you mean `{ $near }`?
draft-fields-help = fields: { $fields }
draft-field-problem = { $field }: { $problem }
draft-effect-help = effect is "release", "close_case", {"{"} cut = {"{"} fraction = 0.2, of = "unserved" {"}"} {"}"} or {"{"} release_if_remaining_at_most = "1y" {"}"}
draft-fraction-range = cut fraction { $fraction } is outside (0, 1]
draft-duration-help = write a number and a unit: 1y (365 days), 6m (30 days each), 2w or 30d
draft-duration-empty = an empty text is not a duration; { draft-duration-help }
draft-duration-no-unit = `{ $text }` has no unit; { draft-duration-help }
draft-duration-bad = `{ $text }` is not a duration; { draft-duration-help }
draft-duration-unit = `{ $unit }` is not a unit of time; use y (365 days), m (30 days), w or d
draft-duration-too-long = { $text } is longer than any term: durations go up to 100y ({ $max } days)

## Console words shared by the commands.
cli-note = note: { $note }

## check
check-ok = ok
check-error = error
check-catalogue = { $path }: { $status }: catalogue, { $entries } entries, every gravity checked against its sanction (art. 11)
check-no-population = (no draft linted: the population does not load)
check-draft-ok = { $path }: ok: draft `{ $id }`, { $exclusions } { $exclusions ->
    [one] exclusion
   *[other] exclusions
}, { $provisions } { $provisions ->
    [one] provision
   *[other] provisions
}
check-id-repeats = ; warning: id `{ $id }` repeats an earlier draft's
check-lint-warning = warning: provision `{ $id }`: { $message }
check-warnings = ({ $n } { $n ->
    [one] warning
   *[other] warnings
} judged on the default population, { $persons } persons)

## sweep
sweep-header = { $path } varied over { $points } points of { $draft } ({ $replicates } replicates each, the same for every point)
sweep-value = value
sweep-columns = { $total }: mean [{ $pct }% interval]
sweep-all-covered = all covered
sweep-goal = goal: { $goal }
sweep-timing = { $seconds } s for the replicates ({ $rate } million person-replicates per second, { $build } build)

## calibrate
calibrate-abc = ABC rejection: { $draws } draws of { $parameters } parameters in { $seconds } s; kept the closest { $kept } ({ $within } draws had every target within its tolerance)
calibrate-other-draft = warning: { $path } was made for draft `{ $made }`, calibrating against `{ $draft }`
calibrate-col-target = target
calibrate-col-published = published
calibrate-col-prior = prior 90% (median)
calibrate-col-calibrated = calibrated 90% (median)
calibrate-col-parameter = draft parameter
calibrate-col-pinned = pinned down?
calibrate-pinned-yes = yes: written to [draft_parameters]
calibrate-pinned-moved = moved (the draft's prior stays)
calibrate-pinned-no = no: the figures do not tell

## population
population-wrote = wrote { $n } persons to { $path }
population-from = population from { $path } (seed { $seed }, { $kind } parameters)
population-central = central
population-drawn = drawn
calibrate-upper-bound = upper bound
calibrate-lower-bound = lower bound
calibrate-lower-bound-unfitted = lower bound, not fitted
calibrate-unfitted = not fitted

## explain
explain-no-person = no person with this id; ids run from { $low } to { $high }

## check's warnings about a provision.
lint-no-match = no person of the population matches `{ $when }` among { $statuses }
lint-excluded = wholly covered by exclusions: all { $n } persons it matches are excluded
lint-never-wins = never wins: each of the { $n } persons it reaches gets a more favourable effect, most often from `{ $other }`
lint-never-applies = never applies: its effect does not fit any of the { $n } persons it matches (life terms, or more time left than it allows)
lint-prisoners = prisoners
lint-pretrials = pretrials
lint-probationers = probationers
lint-and = { $a } and { $b }
lint-and3 = { $a } and { $b } and { $c }

## run
run-calibrated-parameter = { $draft }: { $name } is drawn from { $spec }'s [draft_parameters] ({ $dist }), narrowed by calibration, not from the draft's prior
error-pdf-no-chromium = brief.pdf is printed by headless Chromium, and none was found: install `chromium` (Debian, Ubuntu) or set `{ $variable }` to its path; report.html prints the same brief from any browser
