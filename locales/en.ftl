# amnesty-sim: every word the report, the charts and the console show, in English.
# ru.ftl and kk.ftl hold the same message ids (a test fails if one is missing).
#
# Variables: $n, $lo, $hi, $pct, $days, $months, $count are numbers (shown with the
# language's digit grouping; plural forms select on them); the rest are text.
# Draft ids, file names and parameter paths are passed in as they are.

## Labels of the machine keys (the tidy files keep the keys; labels.csv maps them)

status-prisoner = prisoners
status-pretrial = pre-trial detainees
status-probationer = probationers
status-all = all
# The statuses as the inputs' names use them ("share of women among ...").
status-of-prisoner = prisoners
status-of-pretrial = pre-trial detainees
status-of-probationer = probationers
outcome-eligible = eligible on paper
outcome-not_eligible = not eligible
outcome-excluded = excluded
outcome-denied = refused by the court
outcome-released = released
outcome-released_by_cut = released by the cut
outcome-cut = term cut
outcome-case_closed = case closed
outcome-covered = covered
metric-persons = persons
metric-days_cut = days of terms removed
metric-bed_days_saved = bed-days saved
metric-cost_saved_kzt = cost saved, tenge
breakdown-total = total
breakdown-gravity = gravity
breakdown-sex = sex
breakdown-age_group = age group
breakdown-offence_group = offence group
breakdown-vulnerable = socially vulnerable
breakdown-vulnerable_category = vulnerable category
breakdown-recidivism = prior record
breakdown-provision = provision
gravity-misdemeanour = criminal misdemeanour
gravity-minor = minor gravity
gravity-medium = medium gravity
gravity-grave = grave
gravity-especially_grave = especially grave
sex-male = men
sex-female = women
age_group-under_18 = under 18
age_group-18_29 = 18 to 29
age_group-30_49 = 30 to 49
age_group-50_59 = 50 to 59
age_group-60_plus = 60 and over
offence_group-theft = theft
offence_group-fraud_embezzlement = fraud and embezzlement
offence_group-robbery = robbery
offence_group-drugs = drugs
offence_group-murder = murder
offence_group-violence = violence
offence_group-sexual = sexual crimes
offence_group-hooliganism = hooliganism
offence_group-traffic = traffic
offence_group-poaching = poaching
offence_group-corruption = corruption
offence_group-terrorism_extremism = terrorism and extremism
offence_group-riots = mass riots
offence_group-state_crimes = crimes against the state
offence_group-other = other
vulnerable-yes = vulnerable
vulnerable-no = not vulnerable
vulnerable_category-veteran = veterans
vulnerable_category-juvenile_at_offence = minors at the offence
vulnerable_category-elderly = elderly
vulnerable_category-pregnant = pregnant women
vulnerable_category-mother = mothers of young children
vulnerable_category-single_father = single fathers
vulnerable_category-disability = persons with disabilities
recidivism-none = no repeat offending
recidivism-repeat = repeat offending
recidivism-dangerous_repeat = dangerous repeat offending
probation_kind-none = no probation
probation_kind-restriction_of_freedom = restriction of freedom
probation_kind-conditional = conditional sentences
probation_kind-parole = parole
provision-none = no provision
clause-provision = provision
clause-exclusion = exclusion

## Numbers in words

interval = { $pct }% interval { $lo } to { $hi }
mean-interval = mean [{ $pct }% interval]
persons-count = { $n ->
    [one] { $n } person
   *[other] { $n } persons
}
fraction-half = one half
fraction-third = one third
fraction-quarter = one quarter
fraction-fifth = one fifth
fraction-sixth = one sixth
fraction-three-quarters = three quarters
fraction-percent = { $pct }%

## Effects of a provision

effect-release = release
effect-close-case = close the case
effect-cut-imposed = cut { $fraction } of the term imposed by the court
effect-cut-unserved = cut { $fraction } of the unserved term
effect-release-if-remaining = release if at most { $days } days remain
effect-if-repaid = , if the damage is repaid

## Report: summary

report-title = What the amnesty would do: { $drafts }
report-vs = { " " }vs{ " " }
heading-summary = Summary
summary-prisoners-released = { $n ->
    [one] { $n } prisoner released
   *[other] { $n } prisoners released
} ({ $interval })
summary-prisoners-by-cut = { $n ->
    [one] { $n } prisoner released because the cut exceeds the remaining term
   *[other] { $n } prisoners released because the cut exceeds their remaining term
} ({ $interval })
summary-prisoners-cut = { $n ->
    [one] { $n } prisoner with the term cut
   *[other] { $n } prisoners with their term cut
} ({ $interval })
summary-probationers-released = { $n ->
    [one] { $n } probationer taken off the register
   *[other] { $n } probationers taken off the register
} ({ $interval })
summary-probationers-cut = { $n ->
    [one] { $n } probationer with the term cut
   *[other] { $n } probationers with their term cut
} ({ $interval })
summary-cases-closed = { $n ->
    [one] { $n } pre-trial case closed
   *[other] { $n } pre-trial cases closed
} ({ $interval })
summary-covers-nobody = covers nobody in this population
summary-covered = in all it covers { $n ->
    [one] { $n } person
   *[other] { $n } persons
} ({ $interval })
summary-bed-days = custody bed-days saved: { $n } ({ $interval })
summary-diff-more = { $what ->
    [prisoners-released] Draft { $draft } releases { $n } more prisoners than { $base }
    [probationers-released] Draft { $draft } releases { $n } more probationers than { $base }
    [prisoners-cut] Draft { $draft } cuts { $n } more prisoners' sentences than { $base }
   *[covered] Draft { $draft } covers { $n } more persons in all than { $base }
} ({ $interval }{ $zero ->
    [yes] ; the interval includes zero, so the difference is not established
   *[no] {""}
}).
summary-diff-fewer = { $what ->
    [prisoners-released] Draft { $draft } releases { $n } fewer prisoners than { $base }
    [probationers-released] Draft { $draft } releases { $n } fewer probationers than { $base }
    [prisoners-cut] Draft { $draft } cuts { $n } fewer prisoners' sentences than { $base }
   *[covered] Draft { $draft } covers { $n } fewer persons in all than { $base }
} ({ $interval }{ $zero ->
    [yes] ; the interval includes zero, so the difference is not established
   *[no] {""}
}).
summary-dip = over time, the prison population is lowest in month { $month } after the law took effect: { $n } prisoners, { $fewer } fewer than without the amnesty ({ $interval })
summary-cost-years = cost saved by calendar year (the first and last are part years): { $years }
summary-cost-year = { $year }: { $mean } billion tenge ({ $lo } to { $hi })
summary-returns = of those let out early, { $n } return to custody within { $months } months ({ $interval })
summary-uncertainty = Every figure is the mean over { $n } Monte Carlo replicates with its { $pct }% interval. The intervals carry what is uncertain in the model: the composition of the penal population ({ $synthetic ->
    [yes] a synthetic population regenerated every replicate from sourced distributions
   *[no] a fixed registry
}), who repays damage in time, and what courts decide. They do not carry errors in the model's structure or in the drafts' reading of the law. Official advance estimates of amnesties have missed by a factor of two (Italy 2006: 12 756 releases estimated, about 26 200 actual), so read the ranges, not only the means.

## Report: tables

heading-results = Results by draft and status
col-draft = draft
col-status = status
col-measure = measure
col-mean = mean
col-low = { $pct }% low
col-high = { $pct }% high
col-interval = { $pct }% interval
persons-mean-interval = Persons: mean [{ $pct }% interval].
heading-differences = Differences against { $base }
differences-text = Each draft minus { $base }, replicate by replicate: both drafts meet the same population and the same court decisions, so the interval of a difference is much narrower than the drafts' own intervals.
heading-savings = Bed-days and cost saved
savings-text = Bed-days saved count prisoners' days of custody removed by release or cut, plus for closed pre-trial cases the assumed remaining detention and the prison term after trial of the share who would have been convicted to prison; probation is not custody. Cost saved multiplies bed-days by the cost of a prisoner-day, an assumption of the population spec, and is spread over the years the terms would have run.

## Report: over time

heading-timeline = Over time
timeline-text = Month by month over { $months } months from the day each law took effect (timeline.csv, charts below). Without the amnesty a prisoner leaves at the end of the term or on parole, a pre-trial detainee at the trial (and a share of them then serves a prison term), a probationer at the end of the probation term, and admissions replace departures, so the population stays level; the courts decide the submissions evenly over the draft's processing time; a person released leaves at the decision, a person whose term is cut at the earlier of the old date less the cut, never before the decision; those let out early return to custody at the spec's monthly rates. The rates and their sources are listed with the population's assumptions below.
col-calendar-year = calendar year
col-cost-billion = cost saved, billion tenge (mean)
timeline-all-months = all { $months } months

## Report: charts, drivers, drafts, population, reproducibility

heading-charts = Charts
heading-drivers = What drives the results
method-prcc = partial rank correlation (PRCC)
method-spearman = rank correlation (too few replicates for partial rank correlation)
drivers-text = For each headline output of { $draft }, the uncertain inputs that move it most, by { $method } over the replicates: +1 means the output rises with the input once all other inputs are accounted for, -1 that it falls, 0 that the input does not matter. Narrowing the inputs at the top of each list (better data) would narrow the intervals most. All inputs and outputs are in sensitivity.csv, by their keys.
col-output = output
col-input = uncertain input
col-coefficient = coefficient
heading-drafts = The drafts
draft-law = Law: { $law }
draft-dates = Effective { $effective }; offences committed before { $cutoff }
draft-url = Official text: { $url }
draft-reference = Reference: { $text }
draft-note = Note: { $text }
draft-file = File: { $path }
exclusions-intro = Exclusions (they override every provision):
col-citation = citation
col-condition = condition (draft language)
provisions-intro = Provisions (each person receives the single most favourable one that applies):
col-id = id
col-applies-to = applies to
col-effect = effect
heading-calibration = What the population is calibrated to
calibration-text = The population spec was calibrated ({ $method }) with the draft “{ $draft }” to published figures.
calibration-weights = Each file's figures are weighted: { $weights }.
calibration-weight = { $label } ({ $kind }), weight { $weight }
target-kind-forecast = forecast
target-kind-outcome = outcome
calibration-reading = The reading of the law it was fitted with: { $title }.
calibration-gap = The official forecast expected about { $forecast } prisoners to be released ({ $forecast_source }); the penal committee reported { $outcome } ({ $outcome_source }). In this run of { $draft }, release items free { $released } prisoners ({ $released_interval }), and a further { $by_cut } ({ $by_cut_interval }) are released by a cut: a cut of the unserved part releases no one by itself (Art. 5(2)), so these are the persons whose court reads a cut the law leaves unsized (Art. 3(6)) as the whole unserved part, as the draft's prior allows. A forecast that counts release items only misses these releases by the cut: that is the model's account of the gap.
more-than = more than { $n }
heading-population = The population: assumptions and sources
population-text = { $n } persons per replicate. Spec: { $title }. Every number of the spec cites a source or states an assumption:
col-parameter = parameter
col-kind = kind
col-text = text
heading-technical = Technical details
technical-text = What a user types or checks: the ids of the drafts, provisions and exclusions (on the command line, in sweep paths and in the CSV files), the conditions as the drafts write them, the files read and their hashes.
technical-draft = { $name }: { $id }
technical-calibration = Calibrated spec: { $path }; published figures: { $targets }.
technical-population = Population spec: { $path }. Its parameters by their keys:
col-name = name
col-note = note (as encoded)
citation-source = source
citation-assumption = assumption
citation-file = (the whole file)
heading-reproducibility = Reproducibility
repro-command = command
repro-version = version
repro-seed = seed
repro-replicates = replicates
repro-threads = threads
repro-threads-note = results do not depend on it
repro-interval = interval
repro-inputs = inputs
repro-text = Re-running the command reproduces summary, differences and replicates byte for byte; manifest.json lists every output's SHA-256.

## Report: what each clause buys

heading-attribution = What each clause buys ({ $draft })
attribution-text = For each provision and exclusion: what depends on it (the draft without that clause, against the draft, replicate by replicate on the same persons and court decisions) and what it does alone (a provision with the draft's exclusions, against no amnesty; an exclusion against the draft's provisions with no exclusion). A person several provisions reach does not depend on any one of them, so the provisions' dependent counts add up to less than the draft's total. attribution.csv has every clause of every draft, by status and outcome, with bed-days and cost.
attr-figure = { $what ->
    [prisoner-released] { $n } prisoners released
    [prisoner-released_by_cut] { $n } prisoners released by the cut
    [prisoner-cut] { $n } prisoners' cuts
    [probationer-released] { $n } probationers taken off the register
    [probationer-released_by_cut] { $n } probationers released by the cut
    [probationer-cut] { $n } probationers' cuts
   *[pretrial-case_closed] { $n } pre-trial cases closed
} ({ $interval })
attr-and = { $a } and { $b }
attr-nobody = { $name } reaches nobody in this population on its own.
attr-provision = { $name } alone accounts for { $alone }. Without it the draft would cover { $n ->
    [one] { $n } person
   *[other] { $n } persons
} fewer ({ $interval }){ $days ->
    [none] {""}
   *[some] { " " }and save { $days } fewer bed-days ({ $days_interval })
}{ $others ->
    [yes] ; another provision would cover the rest it reaches
   *[no] ; no other provision reaches them
}.
attr-exclusion-nobody = Exclusion { $name } keeps out nobody the provisions would otherwise cover.
attr-exclusion = Exclusion { $name } keeps out { $n ->
    [one] { $n } person
   *[other] { $n } persons
} the provisions would otherwise cover ({ $interval }){ $only ->
    [yes] ; no other exclusion applies to them
   *[no] ; { $alone_n } of them ({ $alone_interval }) are kept out by it alone, the rest by another exclusion as well
}{ $days ->
    [none] {""}
   *[some] ; dropping it would save { $days } more bed-days ({ $days_interval })
}.
col-clause = clause
col-alone = persons covered, alone
col-depends = persons covered depending on it
col-days-depends = bed-days depending on it
attribution-note = Mean [{ $pct }% interval]; an exclusion's figures are negative: the persons and bed-days it keeps out.

## Charts

chart-outcomes = Released, cut and closed, by status and draft
chart-differences = Paired difference against { $base }
chart-persons-axis = persons (mean, whiskers: { $pct }% interval)
chart-difference-axis = difference in persons (whiskers: { $pct }% interval)
chart-outcome-axis = outcome
chart-cat-prisoners-released = prisoners released
chart-cat-prisoners-by-cut = prisoners released by the cut
chart-cat-prisoners-cut = prisoners with the term cut
chart-cat-probationers-released = probationers released
chart-cat-probationers-cut = probationers with the term cut
chart-cat-cases-closed = pre-trial cases closed
chart-distribution = Distribution of total releases over replicates
chart-distribution-x = persons released (incl. by the cut), all statuses
chart-distribution-y = % of replicates
chart-by-provision = Persons covered, by the provision that applied
chart-covered-axis = persons covered (whiskers: { $pct }% interval)
chart-breakdowns = Persons covered by gravity, sex and vulnerability
chart-by-gravity = by gravity
chart-by-sex = by sex
chart-by-vulnerable = socially vulnerable
chart-by-offence = Persons covered by offence group
chart-savings = Bed-days and cost saved
chart-bed-days-thousands = bed-days saved (thousands)
chart-cost-billions = cost saved (billion tenge)
chart-whiskers = { $what } (whiskers: { $pct }% interval)
chart-status-axis = status
chart-stock = Prison population with and without the amnesty
chart-months-axis = months after the law took effect
chart-stock-axis = sentenced prisoners at the end of the month (mean; band: { $pct }% interval)
chart-without-amnesty = without the amnesty
chart-flows = Released by the amnesty, and returned to custody, per month
chart-flows-axis = persons, all statuses (mean; band: { $pct }% interval)
chart-flow-released = { $draft }: released
chart-flow-returned = { $draft }: returned
chart-attribution = What each clause buys ({ $draft })
chart-attribution-axis = persons covered (whiskers: { $pct }% interval); exclusions: persons kept out
chart-clause-axis = clause
chart-excluded-clause = excl. { $id }
chart-alone = alone
chart-depends = depends on it
chart-tornado = What drives: { $output }
chart-tornado-axis = { $method } with the output (-1 to 1)
chart-input-axis = uncertain input
method-prcc-short = partial rank correlation
method-spearman-short = rank correlation

## Names of the uncertain inputs and the headline outputs (sensitivity)

output-name = { $draft }: { $what }
input-draft = { $draft }: { $parameter }
input-total = number of { $status }
input-gravity = share of { $level } offences among { $status }
input-offence = share of offence { $level } among { $status }
input-female = share of women among { $status }
input-age = share aged { $level } among { $status }
input-sentence = median sentence for { $level } offences, { $status }
input-repeat = share of repeat offenders among { $status }
input-dangerous = share of dangerous repeat offenders among repeat offenders, { $status }
input-vulnerable = share of { $level } among { $status }
input-vulnerable-within = share of { $level } among { $within }, { $status }
within-women_18_44 = women aged 18–44
within-women_under_60 = women under 60
within-men_under_60 = men under 60
input-damage-median = median damage (tenge), { $status }
input-damage-repaid = share who have repaid the damage, { $status }
input-civil-claim = share with a civil claim if the damage is unrepaid, { $status }
input-bad-conduct = share with bad conduct, { $status }
input-crime-while-serving = share who offended while serving a sentence, { $status }
input-persistent-violator = share of persistent violators of the custody regime, { $status }
input-probation-kind = share of { $level } among { $status }
input-foreign = share of foreign citizens among { $status }
input-organised = share convicted of organised-group crimes among { $status }
input-life = number of life sentences, { $status }
param-court_grant = court grant rate
param-repayment_in_time = repayment in time
param-processing_months = months the courts take
param-provision-grant = court grant rate of provision { $provision }
param-cost_per_prisoner_day_kzt = cost of a prisoner-day, tenge
param-pretrial_remaining_detention_days = remaining pre-trial detention, days
param-flows-parole_at = share of the term served at parole
param-flows-parole_share = share of prisoners paroled
param-flows-pretrial_prison_months = prison term after trial, months
param-flows-pretrial_to_prison = share of pre-trial detainees sent to prison
input-gravity-all = offences by gravity, { $status }
input-age-all = ages, { $status }
input-offences-all = offences within each gravity, { $status }
input-sentence-all = sentences by gravity, { $status }
input-damage-all = damage caused and repaid, { $status }
input-probation-kinds-all = kinds of probation, { $status }
input-detention = days already in custody, { $status }
param-open-fraction = size of the cut the law leaves open: { $provision }
param-open-whole = share of courts reading the cut as the whole unserved part: { $provision }
param-flows-admissions = admissions to prison
param-flows-return_hazard_pretrial = monthly rate of return of persons whose case was closed
param-flows-return_hazard_prisoner = monthly rate of return of released prisoners
param-flows-return_hazard_probationer = monthly rate of return of persons released from probation

## Console

console-persons = persons, { $mean }
console-differences = difference against { $base }, paired on the same draws: { $mean }
console-bed-days = bed-days saved
console-cost = cost saved, tenge
progress-replicates = replicates
progress-draws = calibration draws
progress-per-second = { $rate }/s
console-run = { $replicates ->
    [one] { $replicates } replicate
   *[other] { $replicates } replicates
} of { $persons } persons, seed { $seed }, { $threads ->
    [one] { $threads } thread
   *[other] { $threads } threads
}{ $synthetic ->
    [yes] , population regenerated every replicate
   *[no] , fixed registry
}
console-speed = { $seconds } s for the replicates ({ $rate } million person-replicates per second, { $build } build)
console-wrote = wrote { $path }

## The web page (amnesty-sim serve)

serve-title = What would the amnesty do? Change the draft and run it
serve-base = Base draft
serve-language = Language
serve-open = Open
serve-provisions = Provisions
serve-provisions-hint = Untick a provision to leave it out; change its numbers in the fields beside it.
serve-exclusions = Exclusions
serve-exclusions-hint = Untick an exclusion to drop it: the persons it keeps out become eligible.
serve-add-exclusion = Exclude offences under articles
serve-add-exclusion-hint = Criminal Code article numbers, separated by commas
serve-fraction = share of the term cut
serve-remaining = release if at most this much remains
serve-duration-hint = 6m, 1y, 90d or days
serve-own-grant = court grant rate for this provision (mean)
serve-assumptions = Assumptions
serve-court-grant = court grant rate (mean)
serve-repayment = share repaying the damage in time (mean)
serve-processing = months the courts take (mean)
serve-replicates = Monte Carlo replicates
serve-replicates-hint = 1,000 take a few seconds, with first figures from a tenth of them within a second; at most { $max }
serve-preview = Preliminary figures from the first { $n } replicates; the full run continues and will replace them.
serve-run = Run
serve-cancel = Cancel
serve-queued = Waiting for a free slot ({"{"}n{"}"} runs ahead)…
serve-running = Running:
serve-done = Done.
serve-cancelled = Cancelled.
serve-failed = The run failed.
serve-results = Results: the base draft, your draft and the difference
serve-your-draft = your draft
serve-difference = difference (paired)
serve-download-draft = Download your draft (TOML, for amnesty-sim run)
serve-download-report = Full report
serve-mistakes = { $n ->
    [one] One field needs correcting: see the message beside it.
   *[other] { $n } fields need correcting: see the messages beside them.
}

## The workbook (results.xlsx): sheet names (at most 31 characters) and column headers.
sheet-brief = Brief
sheet-summary = Summary
sheet-differences = Differences
sheet-by-category = By category
sheet-timeline = Timeline
sheet-clauses = What each clause buys
sheet-sources = Sources and assumptions
xcol-draft = draft
xcol-baseline = compared with
xcol-metric = metric
xcol-status = status
xcol-outcome = outcome
xcol-breakdown = breakdown
xcol-level = level
xcol-mean = mean
xcol-sd = standard deviation
xcol-p05 = 5th percentile
xcol-p50 = median
xcol-p95 = 95th percentile
xcol-month = month
xcol-year = year
xcol-clause_kind = kind of clause
xcol-clause = clause
xcol-cite = citation
xcol-measure = measure
sheet-sweep = Sweep
xcol-path = varied path
xcol-value = value
xcol-x = value as a number
serve-download-xlsx = Workbook (Excel)
serve-download-csv = Summary table (CSV)
note-population = { $written ->
    [none] { $draft } took effect on { $date }; the population ({ $population }) describes { $reference }: the figures say what this law would do to that population.
   *[other] { $draft } was written for another population ({ $written }, { $date }); it runs here on { $population } ({ $reference }): the figures say what this law would do to that population, not what it did.
}
heading-brief = In brief
brief-text = Mean over { $n } replicates, with the { $pct }% interval in brackets: the range the figure falls in, in { $pct } of 100 replicates. The sections below open with a click.
heading-brief-differences = Differences from { $base } (same draws; { $pct }% interval)

## names
check-name-missing = warning: { $kind } `{ $id }` has no short name { $lang ->
    [ru] in Russian
    [kk] in Kazakh
   *[en] in English
}: readers see its citation (or a name in another language) instead; add `{ $key }`
check-name-long = warning: { $kind } `{ $id }`: its short name { $lang ->
    [ru] in Russian
    [kk] in Kazakh
   *[en] in English
} has { $count } characters, more than { $max }: "{ $name }"
check-name-latin = warning: { $kind } `{ $id }`: its short name { $lang ->
    [ru] in Russian
   *[kk] in Kazakh
} has Latin letters: "{ $name }"
check-name-same = warning: { $kind } `{ $id }` has the same short name { $lang ->
    [ru] in Russian
    [kk] in Kazakh
   *[en] in English
} as `{ $other }`: "{ $name }"
