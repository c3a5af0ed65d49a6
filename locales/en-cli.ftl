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
