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

## explain: a draft clause by clause, and one person's walk-through (src/engine/explain.rs).
## What the draft writes (conditions, field values, ids) is shown as code, in backticks.
explain-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
explain-article-part = article { $article } part { $part }
explain-none = (none)
explain-life = life
explain-tenge = { $n } tenge
explain-yes = yes
explain-no = no
explain-matches = matches
explain-on-the-list = article and part on the list
explain-not = not:
explain-all-of = all of:
explain-any-of = any of:
explain-word-yes = yes
explain-word-no = no
explain-term-life = life imprisonment
explain-term-pretrial = no sentence yet; { $detained } detained
explain-term = term { $term }, served { $served }, remaining { $remaining }
explain-person = person { $id }: { $status ->
    [prisoner] prisoner
    [pretrial] pre-trial detainee
   *[probationer] probationer
}, { $sex ->
    [female] female
   *[male] male
}, age { $age } (at offence { $age_at_offence }), article { $article } part { $part } ({ $gravity }; { $group }), tags: { $tags }
explain-person-damage = damage { $damage } tenge, repaid: { $repaid }, civil claim: { $claim }, { $recidivism }, bad conduct: { $conduct }, foreign citizen: { $foreign }
explain-person-conduct = crime while serving a sentence: { $serving }, persistent violator of the custody regime: { $violator }
explain-person-vulnerable = socially vulnerable groups recorded: { $groups }
explain-exclusions = exclusions ({ $n }), overriding every provision:
explain-provisions = provisions ({ $n }):
explain-official-text = official text: { $url }
explain-in-force = in force: { $effective }; offences committed before { $cutoff }
explain-vulnerable = socially vulnerable ({ $cite }): { $when }
explain-note = note: { $note }
explain-why = why: { $note }
explain-period = time left counted over the execution period: { $days ->
    [one] { $days } day
   *[other] { $days } days
} (`remaining_in_period`)
explain-no-period = time left counted on the day the law took effect
explain-combine = items that fit one person combine: { $rule ->
    [most_favourable] the single most favourable one applies
    [cumulative] they add up
   *[first_listed] the first listed applies
} (`{ $rule }`)
explain-articles = { $n ->
    [one] { $n } article or part
   *[other] { $n } articles and parts
} of the { $code } Criminal Code{ $other ->
    [yes] { " " }(the population's articles are the 2014 Code's: no one in it is excluded by these)
   *[no] {""}
}:
explain-cited-only = cited only: changes no count
explain-when = when: { $when }
explain-effect = effect: { $effect }
explain-cut-open = cut of the { $base ->
    [unserved] unserved
   *[imposed] imposed
} term by a fraction the law leaves open: { $dist }
explain-shares-title = excluded by { $draft } (exclusions matched, share of each status's persons)
explain-shares-item = item
explain-shares-any = any exclusion
explain-why-life-window = a life sentence has no end date, so no time "remains" to count
explain-why-too-long = { $left } days remain, more than the { $max } the provision allows
explain-why-life-cut = a life sentence has no term that a fraction could be cut from
explain-why-pretrial-cut = a pre-trial detainee has no sentence to cut
explain-why-zero = the cut rounds to zero days
explain-why-none-matches = why not eligible: no provision's condition matches this person.
explain-why-nothing-to-give = why not eligible: every provision whose condition matches gives this person nothing:
explain-why-not-applicable = its effect does not apply
explain-excluded-anyway = the matching exclusions above would keep this person out anyway; they decide only for persons a provision could help.
explain-exclusions-of = exclusions of { $draft }:
explain-excluded-by = EXCLUDED by { $cite }
explain-not-matched = not matched: { $cite }
explain-provisions-of = provisions:
explain-but-more-remains = { " " }(but more than that remains)
explain-other-status = applies to { $statuses }, not to a { $status ->
    [prisoner] prisoner
    [pretrial] pre-trial detainee
   *[probationer] probationer
}
explain-on-paper = on paper (every court grants; damage repaid only as recorded): { $outcome }{ $provision ->
    [none] {""}
   *[other] { " " }under { $provision }
}{ $days ->
    [0] {""}
   *[other] , { $days ->
        [one] { $days } day
       *[other] { $days } days
    } of the term removed
}
explain-exclusion-overrides = (the exclusion overrides the provision above)
explain-repayment = provisions requiring repayment apply only if the damage is repaid in time (the draft's `repayment_in_time` probability)
explain-court-grant = in the Monte Carlo each court grants with the provision's `court_grant` probability.

## Distributions in words (explain, check --paths, run's notes).
dist-beta = beta with mean { $mean } and concentration { $concentration }
dist-uniform = uniform on [{ $low }, { $high }]

## population --summary (src/population/marginals.rs).
marg-columns =
    Columns:
    {"  "}{ $population }: what the generated population holds (a count, or a share of the status's persons)
    {"  "}{ $drawn }: the spec's uncertain share as drawn for this seed (what the generator aimed at)
    {"  "}{ $spec }: the spec's central value, the mean of its distribution over many draws
    A draw can sit well away from the spec mean: every run draws the shares afresh from
    their distributions (wide where the published figures are uncertain), and the
    intervals of a run carry that spread. `--central` generates at the spec means.
    "{ $population }" differs from "{ $drawn }" only by sampling noise of a few persons.
marg-col-population = population
marg-col-drawn = drawn
marg-col-spec = spec mean
marg-persons = persons
marg-gravity = gravity: { $gravity ->
    [misdemeanour] criminal misdemeanour
    [minor] minor
    [medium] medium
    [grave] grave
   *[especially_grave] especially grave
}
marg-female = women
marg-age = age { $lo }–{ $hi }
marg-repeat = repeat offenders (adults at offence)
marg-dangerous = dangerous repeat (of repeat offenders)
marg-life = life sentences
marg-vulnerable = socially vulnerable (any group)
marg-foreign = foreign citizens
marg-bad-conduct = bad conduct
marg-persistent = persistent violators of the regime
marg-crime-while-serving = crime while serving a sentence
marg-probation = probation: { $kind ->
    [restriction_of_freedom] restriction of freedom
    [conditional] conditional sentence
   *[parole] parole
}
marg-damage = with material damage
marg-repaid = damage repaid (of those with damage)
marg-mean-term = mean term, years
marg-mean-remaining = mean remaining, years
marg-mean-detained = mean days detained so far

## sweep --solve and --metric: the goal and its mistakes (src/sweep/goal.rs).
goal-grammar = write e.g. "prisoner freed <= 1000 at 90%": [prisoner|pretrial|probationer|all] then an outcome (freed = released + released_by_cut, released, released_by_cut, cut, case_closed, covered, eligible, excluded) or a metric (persons, days_cut, bed_days_saved, cost_saved_kzt) with an optional outcome
goal-unknown-word = `{ $word }` is not { $what ->
    [outcome] an outcome
    [outcome-or-metric] an outcome or a metric
   *[here] expected here
}; { $near ->
    [none] {""}
   *[other] did you mean `{ $near }`?{" "}
}{ $grammar }
goal-no-total = `{ $text }` names no total: write e.g. "prisoner released"
goal-no-measure = `{ $text }` names a status but no outcome or metric, e.g. "prisoner released"
goal-metric-outcome = { $metric } is counted for persons covered, released, released_by_cut, cut or case_closed, not { $outcome }
goal-no-comparison = `{ $text }` has no comparison; write e.g. "prisoner released <= 1000 at 90%" (<=, <, >= or >)
goal-number-missing = `{ $text }`: a number must follow { $op }
goal-not-number = `{ $number }` is not a number (digits may be grouped with , or _)
goal-not-probability = `{ $p }` is not a probability; write e.g. 90%
goal-probability-range = `{ $p }`: the probability must lie strictly between 0% and 100%
goal-trailing = `{ $rest }` after the number: write "at 90%" or nothing (50%)
goal-bound = { $n }
goal-describe = { $total } { $op } { $bound } in at least { $pct }% of replicates

## sweep's answer to a goal (src/sweep/mod.rs).
sweep-none-meets = No value of { $path } from { $from } to { $to } meets "{ $goal }". The closest is { $path } = { $best }, where { $share }% of replicates meet it (Monte Carlo error ±{ $error } points).
sweep-every-meets = Every value of { $path } from { $from } to { $to } meets "{ $goal }" (the least sure: { $share }% of replicates).
sweep-boundary = { $path } { $direction ->
    [most] at most
   *[least] at least
} { $value } meets "{ $goal }": there { $share }% of replicates meet it (Monte Carlo error ±{ $error } points over { $n } replicates); at { $beyond } only { $beyond_share }% do.{ $close }{ $scattered }
sweep-close = { " " }Shares from { $lo } to { $hi } are within two Monte Carlo errors of { $pct }%, so the boundary lies somewhere there; more replicates (--replicates) would narrow it.
sweep-scattered = { " " }The goal is not met on one side of a single boundary: it holds at { $values } only; read the sweep's curve before relying on one value.

## sweep --vary and the paths of a draft (src/sweep/mod.rs, src/draft/paths.rs).
vary-form = write PATH=FROM:TO:STEP (e.g. provision.art3-4-1.effect.cut.fraction=0.1:0.5:0.02) or PATH=on,off
vary-range = a range is FROM:TO:STEP
vary-switch-range = a switch takes on,off, not a range
vary-step = STEP must be positive
vary-order = FROM must not exceed TO
vary-too-many = { $n } points; a sweep has at most { $max }: take a larger STEP
vary-count = give 1 to { $max } values
vary-draft-fails = the draft does not check:
    { $errors }
path-values-switch = on or off
path-values-fraction = a fraction in (0, 1], e.g. 0.1:0.5:0.05
path-values-duration = a duration (6m, 1y, 90d) or days, e.g. 3m:24m:3m
path-values-fixed = a number: the parameter fixed there (a probability; months for processing_months)
path-values-mean = a number: the distribution's new mean, its spread kept
path-switch-value = { $value }
path-beta-mean = beta, mean { $mean }
path-from-to = { $low } to { $high }
path-unknown = not a path of draft `{ $draft }`; { $near ->
    [none] {""}
   *[other] did you mean `{ $near }`?{" "}
}list them with `amnesty-sim check --paths { $draft }` (forms: provision.ID, exclude.ID, provision.ID.effect.cut.fraction, provision.ID.effect.release_if_remaining_at_most, draft.court_grant[.mean], draft.repayment_in_time[.mean], draft.processing_months[.mean], provision.ID.court_grant[.mean])
path-not-switch = `{ $text }` is not a switch value; write on or off
path-days-too-long = `{ $text }` days is longer than any term: durations go up to 100y ({ $max } days)
path-not-whole-days = `{ $text }` is not a whole number of days
path-not-number = `{ $text }` is not a number; { $values }
path-not-editable = the draft is not TOML that can be edited: { $error }
path-cannot-set = cannot be set in this draft's text
path-takes = takes { $values }
path-no-distribution = the parameter has no beta, uniform or value
path-uniform-two = uniform needs two numbers

## check --paths
paths-header = { $id } ({ $path }): paths for `amnesty-sim sweep { $id } --vary PATH=...`
paths-now = now { $value }
paths-takes = takes { $values }

## Loading inputs (src/cli/load.rs).
load-unused-columns = warning: { $path }: { $n ->
    [one] column
   *[other] columns
} { $columns } not used (a population file's columns: `amnesty-sim population --columns`)
load-duplicate-id = draft id `{ $id }` appears twice in this run; give each draft a distinct id

## A registry (population file) that cannot be read (src/population/io.rs).
registry-format = unknown table format; use a .csv or .parquet file name
registry-unreadable = not a readable { $format } table: { $error }
registry-empty-file = the file is empty; a population file starts with a header row
registry-fields = { $got } fields, but the header names { $want }; a field may hold a stray comma, or one may be missing
registry-no-probation-kind = no `{ $column }` column: its probationers ({ $n }) are read as conditional sentences, the largest group (assumption); give the column to tell restriction of freedom and parole apart
registry-missing-column = missing column{ $near ->
    [none] {""}
   *[other] { " " }(a column `{ $near }` is present: misspelt?)
}; a population file needs: { $required } (optional: { $optional })
registry-empty-int = empty; a whole number is required
registry-not-int = `{ $value }` is not a whole number
registry-out-of-range = { $value } is out of range; expected { $min } to { $max }
registry-not-bool = `{ $value }` is not a boolean; expected true or false
registry-unknown-value = unknown value `{ $value }`; { $near ->
    [none] {""}
   *[other] did you mean `{ $near }`?{" "}
}expected one of { $valid }
registry-no-rows = the table has no rows
registry-too-many = { $n } rows: a population holds at most { $max } persons
registry-id-twice = identifier { $id } appears twice
registry-age-at-offence = { $at } is above the age on the effective date ({ $age })
registry-served = { $served } days served exceeds the { $term }-day term
registry-unknown-tag = unknown tag `{ $tag }`; { $near ->
    [none] {""}
   *[other] did you mean `{ $near }`?{" "}
}valid tags: { $valid }
registry-life-pretrial = a pre-trial detainee has no sentence, so cannot hold a life term
registry-life-probation = a life term is served in prison, not on probation
registry-sentence-pretrial = { $value }: a pre-trial detainee has no sentence yet; leave it empty
registry-sentence-life = { $value }: a life sentence has no term; leave it empty
registry-sentence-missing = empty, but a { $status ->
    [prisoner] prisoner
    [pretrial] pre-trial detainee
   *[probationer] probationer
} needs the term in days
registry-elderly = { $value } does not fit a { $sex ->
    [female] woman
   *[male] man
} aged { $age } (the 2025 law: women 50+, men 60+)
registry-juvenile = { $value } does not fit an age at offence of { $at }
registry-true-for-man = true for a man
registry-true-for-woman = true for a woman
registry-violator-status = true for a { $status ->
    [pretrial] pre-trial detainee
   *[probationer] probationer
}: only a prisoner can be declared a persistent violator of the custody regime
registry-violator-conduct = true, but bad_conduct is false: a persistent violator has a record of bad conduct
registry-probation-none = none for a probationer; expected the kind of probation: { $valid }
registry-probation-kind = { $kind } for a { $status ->
    [prisoner] prisoner
   *[pretrial] pre-trial detainee
}: only a probationer has a kind of probation; write none

## calibrate's chart and refusals (src/cli/calibrate.rs).
calibrate-chart-title = Calibration of the population to { $n } figures
calibrate-chart-y = simulated / published figure (median, whiskers: 90%)
calibrate-chart-prior = prior
calibrate-chart-calibrated = calibrated
calibrate-draws-range = give 1 to { $max } parameter draws
calibrate-nothing-to-fit = no [[target]] to fit (every entry has calibrate = false)

## A targets file's mistakes (src/calibrate/targets.rs).
targets-none = no targets file given
targets-conflict = target `{ $name }` is also in { $other } but sums other statuses or outcomes; give one of them another name
targets-twice = target `{ $name }` is listed twice
targets-unknown-draft = [meta] draft `{ $draft }` is no shipped draft; { $near ->
    [none] {""}
   *[other] did you mean `{ $near }`?{" "}
}shipped drafts: { $ids } (for a draft of your own, leave `draft` out)
targets-value-tolerance = target `{ $name }`: need value > 0 and 0 < tolerance < 1
targets-unknown-status = unknown status `{ $status }`; expected prisoner, pretrial, probationer, a list of them, or "all"
targets-status-twice = status `{ $status }` is listed twice
targets-empty-statuses = an empty status list sums nothing; give statuses or "all"
targets-unknown-outcome = unknown outcome `{ $outcome }`; { $near ->
    [none] {""}
   *[other] did you mean `{ $near }`?{" "}
}expected one of { $valid }
targets-no-outcome = target `{ $name }` lists no outcome
targets-unknown-kind = target `{ $name }`: unknown kind `{ $kind }`; { $near ->
    [none] {""}
   *[other] did you mean `{ $near }`?{" "}
}expected `estimate` (the default), `upper_bound` or `lower_bound`
targets-unknown-file-kind = unknown file kind `{ $kind }`; { $near ->
    [none] {""}
   *[other] did you mean `{ $near }`?{" "}
}expected `forecast` (the default) or `outcome`
targets-weight = weight must be a positive number (1 = as much as any other file)

## An uncertain parameter's mistakes, in drafts, specs and targets (src/scenario/param.rs).
param-empty-cite = { $what }: an empty `source` or `assumption` cites nothing
param-both-cites = { $what }: give `source` or `assumption`, not both
param-no-cite = { $what } has no citation
param-no-cite-help = add `source = "..."` naming where the number comes from, or `assumption = "..."` saying why it is set so
param-one-form = { $what }: give exactly one of `value`, `beta`, `uniform`
param-one-form-help = e.g. `{"{"} beta = {"{"} mean = 0.45, concentration = 200 {"}"}, source = "..." {"}"}` or `{"{"} uniform = [0.06, 0.09], assumption = "..." {"}"}`
param-beta-shares = { $what }: a Beta distribution is for shares; use `uniform` or `value`
param-beta-range = { $what }: Beta needs 0 < mean < 1 and concentration > 0 (got mean { $mean }, concentration { $concentration })
param-uniform-reversed = { $what }: uniform range [{ $low }, { $high }] is reversed
param-domain = { $what }: must be { $domain ->
    [share] a share between 0 and 1
   *[non-negative] a non-negative number
} (got { $lo }..{ $hi })

## The draft compiler's rarer mistakes (src/draft/mod.rs).
draft-article-help = write an article as "99", "108-1", parts as "116(2,3)" or "120(3-1)", an item of a part as "426(2)2" or "358(2)в"
draft-not-article = `{ $text }` is not an article number; { $help }
draft-article-paren = `{ $text }`: `(` without `)`; { $help }
draft-not-part = `{ $text }` is not a part (1 to 25, or a sub-part such as 3-1); { $help }
draft-item-one-part = `{ $text }`: an item belongs to one part; { $help }
draft-not-item = `{ $text }` is not an item (a number from 1 to 30, or a letter as in the 1997 Code); { $help }
draft-bad-id = draft id must be Latin letters a-z, digits, `-` or `_` (it names output files); a Russian or Kazakh name goes in `title_ru` or `title_kk`
draft-bad-date = `{ $text }` is not a date; write a real date as YYYY-MM-DD, e.g. 2025-06-23
draft-unknown-combine = unknown combine rule `{ $rule }`; { $near ->
    [none] {""}
   *[other] did you mean `{ $near }`?{" "}
}expected "most_favourable", "cumulative" or "first_listed"
draft-combine-cite = [draft.combine] needs a `source` (the text's words) or an `assumption` (why, where the text is silent)
draft-exclusion-no-cite = exclusion without `cite`: name the draft's article and paragraph
draft-bad-clause-id = { $kind ->
    [exclusion] exclusion
   *[provision] provision
} id must be Latin letters a-z, digits, `-` or `_` (it names the { $kind ->
    [exclusion] exclusion
   *[provision] provision
} in tables and sweep paths); the wording in Russian or Kazakh goes in `cite_ru` or `cite_kk`
draft-id-twice = { $kind ->
    [exclusion] exclusion
   *[provision] provision
} id `{ $id }` is used twice
draft-no-provisions = the draft has no provisions
draft-no-provisions-help = add at least one [[provision]] with id, cite, applies_to, when and effect
draft-too-many-provisions = the draft has { $n } provisions; at most { $max } are supported
draft-too-many-provisions-help = merge provisions that share an effect: `when` conditions can be joined with `or`
draft-no-repayment = a provision has `requires = "repayment"` but the draft gives no `repayment_in_time`
draft-no-repayment-help = add `repayment_in_time = {"{"} uniform = [0.1, 0.3], assumption = "..." {"}"}` to [draft]
draft-processing-months = processing_months: the courts' time must lie above 0 and at most { $max } months
draft-references-count = { $n } translated references for { $want } references: give one per reference, in the same order
draft-unknown-code = unknown Criminal Code `{ $code }`; expected "2014", "1997" or "1959" (the year of the Code)
draft-code-without-articles = `code` names the Code of an `articles` list, and this exclusion has none
draft-exclusion-no-when = exclusion without `when` or `articles`: say who is excluded
draft-articles-empty = `articles` is empty; list the articles as the text names them, e.g. ["99", "101(2)"]
draft-articles-too-many = `articles` lists { $n } entries; at most { $max } are supported (a Code has about 500 articles)
draft-provision-no-cite = provision `{ $id }` has no `cite`: name the draft's article and paragraph
draft-unknown-requirement = unknown requirement `{ $text }`; the only one is "repayment"
draft-no-court-grant = no court grant probability (the draft's default is invalid)
draft-applies-to-empty = applies_to is empty; list statuses: prisoner, pretrial, probationer
draft-unknown-status = unknown status `{ $status }`; { $near ->
    [none] {""}
   *[other] did you mean `{ $near }`?{" "}
}expected prisoner, pretrial or probationer
draft-effect-status = effect "{ $effect }" cannot apply to { $status }
draft-effect-pretrial-help = pre-trial detainees have no sentence: their cases are closed with effect = "close_case"
draft-effect-sentenced-help = close_case is for pre-trial cases; sentenced persons are released or have their term cut
draft-open-fraction-range = the cut's fraction must lie in (0, 1]; this prior ranges over [{ $low }, { $high }]
draft-unknown-effect = unknown effect `{ $effect }`{ $near ->
    [none] {""}
   *[other] ; did you mean `{ $near }`?
}
draft-cut-table = `cut` must be a table
draft-cut-key = unknown key `{ $key }` in cut; expected `fraction`, `of` and, for a cut the law leaves open, `whole_share`
draft-whole-share = whole_share (the share of persons whose court reads the cut as the whole unserved part): { $error }; write {"{"} uniform = [0, 1], assumption = "..." {"}"}
draft-whole-share-type = whole_share is `{ $value }`; write a prior such as {"{"} uniform = [0, 1], assumption = "..." {"}"}
draft-fraction-prior = the cut's fraction as a prior: { $error }; write {"{"} uniform = [0.1, 1.0], assumption = "..." {"}"} or {"{"} beta = {"{"} mean = 0.5, concentration = 10 {"}"}, assumption = "..." {"}"}
draft-cut-fraction = cut needs a number `fraction`, e.g. 0.2 for one fifth, or a prior for a fraction the law leaves open
draft-cut-of = cut needs `of = "unserved"` or `of = "imposed"`
draft-window-type = release_if_remaining_at_most is `{ $value }`; write a duration as text, e.g. "1y" (365 days), "6m" or "30d"
draft-effect-keys = unknown effect table with keys { $keys }
draft-effect-kind = effect must be a string or a table

## A condition's mistakes (src/draft/expr.rs).
expr-too-long = the condition is too long (more than { $max } tokens)
expr-too-long-help = split it across provisions
expr-assignment = `=` is assignment, not comparison
expr-assignment-help = write `==` to compare
expr-bang = unexpected `!`
expr-bang-help = write `not` to negate, or `!=` to compare
expr-unterminated = unterminated string
expr-unterminated-help = close it with { $quote }
expr-too-large = `{ $text }` is too large a number
expr-not-number = `{ $text }` is not a number or a duration
expr-duration-help = durations are written 1y, 6m, 2w or 30d
expr-dash = a dash pasted from a word processor; conditions use plain ASCII operators
expr-quotes = typographic quotes; write plain " or '
expr-write = write `{ $op }`
expr-unexpected-char = unexpected character `{ $char }` (U+{ $code })
expr-empty = empty expression
expr-empty-help = write a condition such as `gravity <= minor`, or `true`
expr-trailing = unexpected text after the end of the condition
expr-trailing-help = join conditions with `and` / `or`
expr-too-deep = the condition nests deeper than { $max } levels of `(` and `not`
expr-too-deep-help = simplify it, or split it across provisions
expr-expected-rparen = expected `)`
expr-expected-rparen-help = every `(` needs a matching `)`
expr-condition-before = expected a condition before `{ $word }`
expr-condition-before-help = a condition is a field test such as `repaid` or `gravity == medium`
expr-expected-field = expected a field name, `not` or `(`
expr-ends-early = the condition ends too early
expr-ends-early-help = complete the condition
expr-not-flag = `{ $field }` is not a yes/no field; compare it
expr-example = e.g. `{ $example }`
expr-expected-value = expected a value
expr-expected-list = expected `[` after `in`
expr-expected-list-help = write a list: `gravity in [minor, medium]`
expr-expected-comma = expected `,` or `]`
expr-expected-comma-help = separate list items with commas
expr-tag-not-field = `{ $word }` is a tag, not a field
expr-write-tag = write `tag == { $word }`
expr-plain-number = `{ $field }` is a plain number, not a duration
expr-drop-unit = drop the unit
expr-give-unit = `{ $field }` is a duration; give a unit
expr-not-article = `{ $text }` is not an article number
expr-article-help = write 190 or "339-1"
expr-not-part = `{ $text }` is not a part
expr-parts-help = parts run from 1 to 25
expr-part-help = write 2 or "3-1"
expr-not-value = `{ $text }` is not a value of `{ $field }`{ $near ->
    [none] {""}
   *[other] ; did you mean `{ $near }`?
}
expr-one-of = expected one of { $valid }
expr-unknown-tag = unknown tag `{ $text }`{ $near ->
    [none] {""}
   *[other] ; did you mean `{ $near }`?
}
expr-tags = tags: { $valid }
expr-value-misfit = this value does not fit `{ $field }`
expr-no-order = `{ $field }` has no order; use == or !=
expr-no-order-help = or `in [...]` for several values
expr-period-ops = `remaining_in_period` takes only `<=` or `<`
expr-period-ops-help = it is the least time left during the execution period: write `remaining_in_period <= 1y`; for other tests use `remaining`
expr-period-in-help = write `remaining_in_period <= 1y`
expr-flag-in = `{ $field }` is yes/no; `in` is for lists
expr-flag-in-help = write `{ $field }` or `not { $field }`

## A population spec's mistakes (src/scenario/spec/mod.rs).
spec-too-many = { $total } persons in all: a population holds at most { $max } (the totals of the three statuses add up to more)
spec-draft-parameter = [draft_parameters]: `{ $name }` is not a cut reading a law leaves open (cut_fraction.ID or cut_whole_share.ID); calibration writes only those
spec-admissions-model = flows.admissions.model = "{ $model }": only "steady" is supported (admissions replace departures month by month)
spec-concentration = { $what }: concentration must be positive (got { $value })
spec-share-negative = { $what }: share of `{ $key }` must be a non-negative number (got { $value })
spec-shares-zero = { $what }: the shares add up to zero
spec-share-range = { $what }: the share of `{ $key }` is { $value }; a share lies between 0 and 1 (write 0.35 for 35%)
spec-shares-sum = { $what }: the shares add up to { $sum }, not 1; they are shares of the whole, so they must
spec-unknown-gravity = { $what }: unknown gravity `{ $key }`; expected { $valid }
spec-gravity-no-offence = { $what }: gravity `{ $gravity }` has a share but no offence of that gravity in { $label }
spec-unknown-offence = { $what }: `{ $key }` is not in the article catalogue{ $near ->
    [none] {""}
   *[other] ; did you mean `{ $near }`?
}
spec-unknown-offence-help = keys are `article-part` as listed in scenarios/articles.toml, e.g. "190-3" or "339-1-1"
spec-age-band = { $what }: band `{ $key }` must look like "18-24" with 14 <= low <= high <= 100
spec-sentence-required = { $what }: a `[{ $what }.sentence]` table is required for this status
spec-gravity-no-term = { $what }: gravity `{ $gravity }` has a share but no term distribution
spec-min-max-days = { $what }: min_days is above max_days
spec-detention-required = pretrial: a `[pretrial.detention]` table is required
spec-life-needs = { $what }: life terms need prisoners and an especially grave offence tagged `life_eligible` in the mix
spec-life-too-many = { $what }: more life sentences than especially grave cases
spec-damage-range = { $what }: need 0 <= sigma < 5 and large_scale_multiplier >= 1
spec-violator-status = { $what }: only prisoners are declared persistent violators of the custody regime (Penal Enforcement Code art. 130); remove it
spec-probation-status = { $what }: only probationers serve a kind of probation (restriction of freedom, a conditional sentence, parole); remove it
spec-unknown-probation-kind = { $what }: `{ $key }` is not a kind of probation; { $near ->
    [none] {""}
   *[other] did you mean `{ $near }`?{" "}
}expected { $valid }
spec-term-range = { $what }: need 0 < min_years <= max_years <= 60 and 0 <= sigma < 3
spec-median-years = { $what } must lie in (0, max_years]

## An article catalogue's mistakes (src/scenario/catalogue.rs).
catalogue-twice = { $key } is listed twice
catalogue-mci = large_scale.mci_kzt: the monthly calculation index must be a positive number of tenge
catalogue-threshold = large_scale.threshold: need 0 < mci < especially_mci (in MCI)
catalogue-article = article must look like "190" or "339-1"
catalogue-two-thresholds = article { $article } has two large-scale thresholds
catalogue-no-assumption = a catalogue entry cites its sanction from the Code, not an assumption; write `source = "art. N part K: <sanction>"`
catalogue-part = part must be a number from 1 to 25 or a sub-part such as "3-1"
catalogue-item = item must be a number from 1 to 30
catalogue-gravity = unknown gravity; expected one of { $valid }
catalogue-group = unknown offence group; expected one of { $valid }
catalogue-max-years = max_prison_years must be 0 (no imprisonment) to 30 years
catalogue-citation = the citation must start with `{ $prefix }` (the entry's own article and part)
catalogue-citation-help = write `source = "{ $prefix } <the sanction as the Code states it>"`
catalogue-no-threshold = { $article }-{ $part } is tagged large_scale, but [large_scale] gives no threshold for article { $article } (MCI { $mci } tenge)
catalogue-no-especially = { $article }-{ $part } is tagged especially_large_scale, but [large_scale] gives no especially_mci for article { $article }

## The Monte Carlo's refusals and notes (src/montecarlo/mod.rs).
mc-no-flows = no timeline: the population spec { $spec } has no [flows] (departure and return rates)
mc-no-processing = no timeline: draft `{ $draft }` gives no `processing_months` (how long the courts take to decide)
mc-threads = at most { $max } (four per core; this machine has { $cores }); more threads than that only wait on each other. 0, or none given, uses every core
mc-replicates = give 1 to { $max } (a million replicates of the default population take about half an hour on two cores; intervals are stable long before)
mc-interval = must lie strictly between 0 and 1, e.g. 0.9
mc-horizon = give 0 (no timeline) to { $max } months
mc-no-draft = no draft to run
mc-too-many-persons = too many persons: a run holds at most { $max } per replicate
calibrate-accept = must lie in (0, 1]

## The output folder (src/output/atomic.rs).
out-refuse = { $what }; name a folder (new, or one holding an earlier run of amnesty-sim)
out-symlink = is a symbolic link (to { $to }{ $exists ->
    [no] , which leads nowhere
   *[yes] {""}
}), which a run would replace
out-file = is a file
out-special = is { $kind ->
    [fifo] a FIFO (named pipe)
    [socket] a socket
    [device] a device
   *[special] a special file
}, not a folder
out-mount = is a mount point, which cannot be moved aside and replaced
out-other-files = the folder holds other files and no earlier run of amnesty-sim (no { $marker }); name a new folder, or empty this one
out-parent-not-folder = { $path } is not a folder, so nothing can be made under it
out-appeared = something other than an earlier run appeared there during the run; the new run is left in { $staging }
out-in-the-way = { $path } is in the way and is not an earlier run of amnesty-sim (no { $marker }); move it or remove it

## serve's settings.
serve-cli-max-replicates = give 1 to { $max }
serve-cli-replicates = give 1 to --max-replicates ({ $max })
serve-cli-concurrent = give 1 to { $max }

## run --targets: published figures beside the simulated intervals (src/output/targets.rs).
targets-table-title = published figures ({ $path }) beside the simulated { $pct }% intervals
    (agrees: the figure lies inside the interval; `>N` (more than) agrees when the interval reaches N or above, `<=N` when it reaches N or below; { targets-tag-forecast }: forecast, { targets-tag-outcome }: outcome)
targets-col-figure = figure
targets-col-source = source
targets-col-forecast = forecast
targets-col-outcome = outcome
targets-tag-forecast = f
targets-tag-outcome = o
targets-agrees = yes
targets-disagrees = NO
cli-panic = internal error at { $place }: { $what }
    This is a bug in amnesty-sim, not a mistake in your input: please report it with the command line.
out-could-not-write = could not write: { $error }
build-unknown = not a build; use baseline, avx2, avx512 or auto
build-unsupported = this processor lacks the instructions of the { $name } build

## clap's help: every command's about and every argument's help, by command and argument
## (src/cli/help.rs). English is what the doc comments say; the tests hold the two together.
help-heading-usage = Usage
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-usage-options = OPTIONS
help-usage-command = COMMAND
help-note-env = env
help-note-default = default
help-note-possible = possible values
help-flag-help = Print help
help-flag-help-more = Print help (see more with '--help')
help-flag-help-summary = Print help (see a summary with '-h')
help-flag-version = Print version
help-flag-help-command = Print this message or the help of the given subcommand(s)
help-about = Forecasts what a draft amnesty law will do to a penal population: releases, sentence cuts, closed cases and bed-days saved, with Monte Carlo intervals.
help-arg-lang = Language of everything printed, the report and the charts: kk (Kazakh), ru (Russian) or en (English). The tidy files keep their English keys whatever the language; labels.csv names every key in all three
help-population-about = Generate the synthetic penal population, write it and/or print its marginals.
help-population-long-about =
    Generate the synthetic penal population, write it and/or print its marginals.

    Draws the spec's uncertain shares from the seed (exactly as replicate 0 of `run`
    with the same seed does), generates one person per row, and writes CSV or
    Parquet with one documented column per field (`--columns` lists them).

    Examples:
      amnesty-sim population --summary
      amnesty-sim population --seed 7 --out output/population.parquet
      amnesty-sim population --spec my-spec.toml --central --out pop.csv --summary
help-population-arg-spec = Population spec (TOML); default: the embedded Kazakhstan 2025 spec
help-population-arg-catalogue = Article catalogue (TOML); default: the embedded scenarios/articles.toml
help-population-arg-seed = Random seed
help-population-arg-central = Use the spec's expected shares instead of a random draw of them
help-population-arg-out = Write the population to FILE.parquet or FILE.csv
help-population-arg-summary = Print the marginals by status beside the spec's targets (default when no --out)
help-population-arg-columns = List the documented columns of a population file and exit
help-population-arg-draft = With the summary: the share of each status that this draft's exclusions keep out, item by item (file or shipped id; default the enacted 2025 law)
help-run-about = Run the Monte Carlo for one or more drafts and write tidy tables.
help-run-long-about =
    Run the Monte Carlo for one or more drafts and write tidy tables.

    With no DRAFT, runs the enacted 2025 law on the default population. A DRAFT is a
    file or the id of a shipped draft (kz-2025-enacted, kz-2025-drug-distribution,
    kz-2025-fraud-third, kz-2025-no-1y, kz-2025-no-vulnerable,
    kz-2025-whatif-imposed-term, kz-2021, kz-2022, kz-2016). Writes
    summary.csv/.parquet, differences (with several drafts), replicates.parquet, the timeline
    (timeline.csv/.parquet month by month over --horizon months, savings_by_year,
    timeline_totals), charts/ (PNG and SVG), report.html (self-contained), report.md
    and manifest.json.

    Examples:
      amnesty-sim run
      amnesty-sim run scenarios/drafts/kz-2025-no-vulnerable.toml --replicates 5000 --seed 7
      amnesty-sim run kz-2025-enacted --population registry.parquet --out output/registry-run
help-run-arg-drafts = Draft files or shipped draft ids
help-run-arg-population = Population: a spec (.toml, regenerated every replicate) or a registry (.csv or .parquet, the same persons every replicate). Default: the embedded Kazakhstan 2025 spec
help-run-arg-catalogue = { help-population-arg-catalogue }
help-run-arg-replicates = Number of Monte Carlo replicates
help-run-arg-seed = Master seed: the same seed gives the same files, whatever --threads is
help-run-arg-threads = Worker threads (default, or 0: all cores)
help-run-arg-interval = Central probability of the reported interval (0.9: the 5% and 95% bounds)
help-run-arg-out = Output folder (default: a new folder under output/ named after the drafts and seed)
help-run-arg-horizon = Months of the timeline (prison population month by month, releases, returns, savings per year): 0 for none, at most 120
help-run-arg-no-attribution = Skip attributing results to each provision and exclusion (attribution.csv, the "what each clause buys" chart): a little faster
help-run-arg-quiet = Do not draw a progress bar
help-run-arg-no-report = Skip the charts and report.html / report.md
help-run-arg-pdf = Also print the brief to brief.pdf (one A4 page) with headless Chromium: found on PATH as chromium, chromium-browser or google-chrome, or named by AMNESTY_CHROMIUM
help-run-arg-targets = Print published figures beside each draft's simulated intervals, in one table; repeat for several files (e.g. --targets scenarios/targets/kz-2025-forecast.toml --targets scenarios/targets/kz-2025-actual.toml: forecast and outcome side by side)
help-compare-about = Compare drafts side by side, with paired differences against the first.
help-compare-long-about =
    Compare drafts side by side, with paired differences against the first.

    The same run as `run`, with at least two drafts; every replicate applies all
    drafts to the same population with the same court decisions, so differences are
    paired and their intervals are narrow.

    Examples:
      amnesty-sim compare kz-2025-enacted kz-2025-drug-distribution
      amnesty-sim compare kz-2025-enacted kz-2025-no-vulnerable kz-2025-no-1y --replicates 2000
help-compare-arg-drafts = The baseline draft, then the drafts to compare with it
help-compare-arg-population = { help-run-arg-population }
help-compare-arg-catalogue = { help-population-arg-catalogue }
help-compare-arg-replicates = { help-run-arg-replicates }
help-compare-arg-seed = { help-run-arg-seed }
help-compare-arg-threads = { help-run-arg-threads }
help-compare-arg-interval = { help-run-arg-interval }
help-compare-arg-out = { help-run-arg-out }
help-compare-arg-horizon = { help-run-arg-horizon }
help-compare-arg-no-attribution = { help-run-arg-no-attribution }
help-compare-arg-quiet = { help-run-arg-quiet }
help-compare-arg-no-report = { help-run-arg-no-report }
help-compare-arg-pdf = { help-run-arg-pdf }
help-compare-arg-targets = { help-run-arg-targets }
help-sweep-about = Vary one number (or switch) of a draft over a range and see the curve.
help-sweep-long-about =
    Vary one number (or switch) of a draft over a range and see the curve.

    Every point is the draft with PATH set to that value, checked like a file, and all
    points run as the drafts of one Monte Carlo: each replicate builds its population
    once and every point meets the same persons and court decisions, so the curve's
    steps are the clause's effect, not noise. With --solve, finds the value where a
    target stops being met (refined by bisection) and says how sure that is.

    PATH forms (list a draft's own with `amnesty-sim check --paths DRAFT`):
      provision.ID, exclude.ID                        on,off
      provision.ID.effect.cut.fraction               0.1:0.5:0.05
      provision.ID.effect.release_if_remaining_at_most   3m:24m:3m (or days)
      draft.court_grant, draft.repayment_in_time,
      draft.processing_months, provision.ID.court_grant
                                                     the parameter fixed at a value
      {"..."} followed by .mean                          its mean moved, spread kept

    GOAL: [prisoner|pretrial|probationer|all] OUTCOME-or-METRIC OP NUMBER [at P%],
    e.g. "prisoner freed <= 1000 at 90%", "all covered >= 15000",
    "bed_days_saved >= 5000000 at 80%". Outcomes: freed (released + released by the
    cut), released, released_by_cut, cut, case_closed, covered, eligible, excluded;
    metrics: persons, days_cut, bed_days_saved, cost_saved_kzt.

    Writes sweep.csv/.parquet (every point's totals with intervals), sweep_goal.csv
    (with --solve), charts/sweep.png/.svg and manifest.json.

    Examples:
      amnesty-sim sweep --vary provision.art3-4-1.effect.cut.fraction=0.1:0.5:0.02 \
          --solve "bed_days_saved >= 3000000 at 80%"
      amnesty-sim sweep kz-2025-enacted --vary draft.court_grant.mean=0.5:0.95:0.05 --metric "all covered"
      amnesty-sim sweep --vary exclude.art4-15=on,off --metric "prisoner covered"
      amnesty-sim sweep kz-2022 --vary provision.release-1y.effect.release_if_remaining_at_most=3m:24m:3m
help-sweep-arg-draft = The draft (file or shipped id); default: the enacted 2025 law
help-sweep-arg-vary = PATH=FROM:TO:STEP or PATH=V1,V2,...: what to vary and over which values
help-sweep-arg-solve = A target to meet, e.g. "prisoner freed <= 1000 at 90%"
help-sweep-arg-metric = The total the console table and chart show, e.g. "prisoner freed" (default: the goal's, else "all covered")
help-sweep-arg-population = { help-run-arg-population }
help-sweep-arg-catalogue = { help-population-arg-catalogue }
help-sweep-arg-replicates = { help-run-arg-replicates }
help-sweep-arg-seed = { help-run-arg-seed }
help-sweep-arg-threads = { help-run-arg-threads }
help-sweep-arg-interval = { help-run-arg-interval }
help-sweep-arg-out = Output folder (default: `output/sweep_<draft>_<path>_seed-<seed>`)
help-sweep-arg-quiet = { help-run-arg-quiet }
help-check-about =
    Parse, type-check and lint drafts and the article catalogue; exit 0 when all are
    valid.
help-check-long-about =
    Parse, type-check and lint drafts and the article catalogue; exit 0 when all are
    valid.

    Errors point at file:line:column. The catalogue's every gravity is held to its
    own sanction (Criminal Code art. 11). Warnings (judged on the default
    population): a provision nobody matches, one wholly covered by exclusions, one
    that never wins over another provision; and a provision or exclusion without a
    short name in English, Russian or Kazakh (`name`, `name_ru`, `name_kk`: what
    reports call it). With no DRAFTS, checks every shipped one.

    Examples:
      amnesty-sim check
      amnesty-sim check scenarios/drafts/*.toml
      amnesty-sim check --catalogue my-articles.toml
      amnesty-sim check my-draft.toml --strict
      amnesty-sim check --paths kz-2025-enacted      (what `sweep --vary` can change)
help-check-arg-drafts = Draft files or shipped draft ids; default: every shipped draft
help-check-arg-population = Population to lint against (spec or registry); default: the embedded spec
help-check-arg-catalogue = Article catalogue (TOML)
help-check-arg-strict = Treat warnings as errors (exit 1)
help-check-arg-paths = List the paths `amnesty-sim sweep --vary` accepts for each draft (its numbers and switches, with their values as written) instead of checking
help-calibrate-about = Calibrate the population spec to published figures (ABC rejection).
help-calibrate-long-about =
    Calibrate the population spec to published figures (ABC rejection).

    Draws every uncertain parameter of the prior spec, simulates the draft, keeps the
    draws closest to the targets, and writes a calibrated spec (posterior
    distributions, with the calibration recorded in it), a fit table (CSV) and a fit
    chart (PNG, SVG) beside it.

    Examples:
      amnesty-sim calibrate --draft kz-2025-enacted --targets scenarios/targets/kz-2025-actual.toml \
          --targets scenarios/targets/kz-2025-forecast.toml
      amnesty-sim calibrate --draft kz-2025-enacted --targets t.toml --draws 2000 --out my-spec.toml
help-calibrate-arg-draft = The draft the published figures describe (file or shipped id)
help-calibrate-arg-targets = Targets file (TOML); repeat to fit several together, each weighted by its `[meta] weight`
help-calibrate-arg-population = Prior spec; default: the shipped scenarios/population/kz-2025-prior.toml
help-calibrate-arg-catalogue = { help-check-arg-catalogue }
help-calibrate-arg-draws = Parameter draws
help-calibrate-arg-accept = Fraction of the draws kept as the posterior sample
help-calibrate-arg-seed = Seed
help-calibrate-arg-threads = { help-run-arg-threads }
help-calibrate-arg-out = Calibrated spec to write; the fit table and chart go beside it
help-explain-about = Show a draft clause by clause, or how it treats one person.
help-explain-long-about =
    Show a draft clause by clause, or how it treats one person.

    Without --person: every item of the draft (exclusions, then provisions) with its
    citation in the chosen language, its condition, its effect and its note, and the
    draft's own terms (who is socially vulnerable, the execution period, how items
    combine). With --person: which exclusions and provisions matched, with the values
    that decided.

    Examples:
      amnesty-sim explain kz-2025-enacted
      amnesty-sim explain kz-2021 --lang ru
      amnesty-sim explain kz-2025-enacted --person 42
      amnesty-sim explain my-draft.toml --person 1007 --population registry.csv
help-explain-arg-draft = Draft file or shipped draft id
help-explain-arg-person = The person's id (without it, the draft is listed clause by clause)
help-explain-arg-population = Population (spec or registry); default: the embedded spec
help-explain-arg-catalogue = { help-check-arg-catalogue }
help-explain-arg-seed = Seed of the synthetic population (as `population --seed`)
help-serve-about =
    Start the what-if web page: pick a shipped draft, switch provisions and exclusions
    off, change numbers, add exclusions by article, run, download the draft and the
    report.
help-serve-long-about =
    Start the what-if web page: pick a shipped draft, switch provisions and exclusions
    off, change numbers, add exclusions by article, run, download the draft and the
    report.

    Listens on 127.0.0.1 (this machine only) unless --host says otherwise; prints the
    address to open. Everything the page needs is in the binary; it works offline.
    Ctrl-C stops it.

    Examples:
      amnesty-sim serve
      amnesty-sim serve --lang ru --port 8090
      amnesty-sim serve --host 0.0.0.0 --max-replicates 5000   # reachable from the network
help-serve-arg-host = Address to listen on: 127.0.0.1 (only this machine), or 0.0.0.0 for every interface (anyone who can reach the machine can then run simulations)
help-serve-arg-port = Port (0: any free port)
help-serve-arg-replicates = Replicates of a run unless the page asks for another
help-serve-arg-max-replicates = The most replicates the page may ask for
help-serve-arg-concurrent = Runs at once; more wait in a queue
help-serve-arg-max-queued = Runs that may wait for a slot; more are refused with "try again" (0: none wait, a run is taken only when a slot is free)
help-serve-arg-threads = Worker threads per run (default: all cores)
help-serve-arg-cache-mb = Megabytes of earlier runs' results kept to answer the next press faster (the base draft and recent variants: the same figures, computed once; 0: none)
help-serve-arg-no-warm = Do not compute in the background: neither the default base draft at start nor the form a reader is editing before Run is pressed (by default both run, so that a press of Run finds part of the work done; the figures are the same)

## clap's argument errors (src/cli/help.rs), as clap words them; `cli-error` frames them.
cli-clap-unknown-argument = unexpected argument '{ $arg }' found
cli-clap-unknown-subcommand = unrecognized subcommand '{ $name }'
cli-clap-value-required = a value is required for '{ $arg }' but none was supplied
cli-clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-clap-possible-values = possible values
cli-clap-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-clap-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-clap-wrong-number-of-values = { $expected } values required for '{ $arg }' but { $actual } given
cli-clap-too-few-values = { $expected } values required by '{ $arg }'; only { $actual } given
cli-clap-missing-arguments = the following required arguments were not provided:
cli-clap-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
cli-clap-subcommands = subcommands
cli-clap-used-twice = the argument '{ $arg }' cannot be used multiple times
cli-clap-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-clap-similar-subcommand = a similar subcommand exists: '{ $name }'
cli-clap-similar-argument = a similar argument exists: '{ $arg }'
cli-clap-similar-value = a similar value exists: '{ $value }'
cli-clap-tip-pass-as-value = to pass '{ $arg }' as a value, use '{ $use }'
cli-clap-tip-remove-dashes = subcommand '{ $name }' exists; to use it, remove the '--' before it
cli-clap-tip-exists = '{ $arg }' exists
cli-clap-number = not a number
cli-clap-number-whole = not a whole number
cli-clap-number-empty = no number given
cli-clap-number-too-large = the number is too large
cli-clap-number-range = the number is not in range { $range }
cli-clap-try-help = For more information, try '{ $flag }'.
