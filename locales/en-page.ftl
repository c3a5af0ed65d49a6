### The page messages (the core ones are in en.ftl).

## Values as the page shows and reads them (src/serve/values.rs).
page-months = { $n } { $count ->
    [one] month
   *[other] months
}
page-bad-number = `{ $value }` is not a number: write it as the law does (1/4, 2/3) or as a decimal (0.25 or 0,25)
page-bad-duration = `{ $value }` is not a duration: write months (12, 12 months) or 1y, 6m, 90d
page-duration-too-long = `{ $value }` is longer than any term: durations go up to 100 years

## Variants and their names (src/serve/edit.rs).
page-excluded-cite = Added on the page: { $count ->
    [one] article
   *[other] articles
} { $articles }
page-excluded-name = Excluded: { $count ->
    [one] article
   *[other] articles
} { $articles }
page-change-cut = { $clause }: cut
page-change-window = { $clause }: release with at most
page-change-own-grant = { $clause }: court grant rate
page-change-number = { $what } { $new } instead of { $old }
page-change-off = without { $clause }
page-change-excluded = articles { $articles } excluded
page-change-more = { $changes } and { $n } more changes
page-variant-unchanged = { $draft } (variant { $k }, unchanged)
page-variant-name = { $draft }, { $changes }

## The page's layout (src/serve/page.rs).
page-variant = Variant { $k }
page-variant-short = V{ $k }
page-use-variant = run variant { $k } too
page-variants-hint = Variant 1 always runs; tick variant 2 or 3 to run it beside the base on the same draws. Each column is one variant's switches and numbers.
page-clause = Clause
page-base = Base
page-technical = Technical details
page-copy-link = Copy link
page-link-copied = The link to this scenario is copied: whoever opens it sees these edits.
page-link-hint = The address of this page holds every edit: copy it to share or keep the scenario.
page-difference-short = Difference { $k }
page-results = Results: the base, each variant and its difference from the base (paired: the same draws)
page-legend-base = Base: { $name }
page-legend-variant = Variant { $k }: { $name }
page-download-variant = Variant { $k } as a draft file
page-download-report = Full report
page-download-xlsx = Workbook (spreadsheet)
page-download-csv = Summary table (text)
page-fraction-hint = as the law writes it: 1/4, 1/3, or 0,3
page-months-hint = in months

## Goal seek (POST /solve).
page-solve-title = How far can a number go?
page-solve-variant = Variant
page-solve-bad-variant = `{ $value }` is not a variant: choose 1 to { $max }
page-solve-hint = The largest value of a number of the chosen variant (its column above) that keeps a total under a bound with a given probability: a bisection over { $n } replicates per step, on the same draws.
page-solve-field = Largest value of
page-solve-total = that keeps
page-solve-under = under
page-solve-at = with probability, %
page-solve-button = Find
page-solve-running = Searching…
page-solve-busy = Another search is running; try again in a minute.
page-solve-bad-bound = `{ $value }` is not a bound: write a whole number such as 2500
page-solve-bad-probability = `{ $value }` is not a probability: write a percentage between 1 and 99
page-solve-bad-field = this number cannot be searched
page-solve-found = Largest value of { $field }: { $value }. There { $total } stays under { $bound } in { $share }% of replicates; at { $next } it no longer does.
page-solve-figure = { $total } at { $value }: { $mean } ({ $interval }).
page-solve-none = No value of { $field } from { $from } to { $to } keeps { $total } under { $bound } in { $p }% of replicates.
page-solve-all = Every value of { $field } up to { $to } keeps { $total } under { $bound } in { $p }% of replicates.
page-total-prisoner-freed = prisoners freed (released, also by the cut)
page-total-prisoner-released = prisoners released
page-total-probationer-released = probationers released
page-total-pretrial-closed = pending cases closed
page-total-covered = persons covered

## The server's refusals of malformed requests (src/serve/mod.rs) and the page's edits (src/serve/edit.rs).
serve-no-page = no such page; the page is at /
serve-headers-too-large = the request's headers take { $size } bytes; at most { $max } are accepted
serve-unknown-lang = unknown language; expected kk, ru or en
serve-bad-replicates = `{ $value }`: give a whole number from 1 to { $max }
serve-no-base = the form names no base draft (field `base`)
serve-unknown-base = unknown base draft `{ $id }`; expected one of { $ids }
serve-busy = the server is busy ({ $n } runs running or waiting); try again in a minute
serve-bad-job = `{ $id }` is not a job number
serve-no-job = no job { $id } (finished jobs are forgotten after 32 newer ones)
serve-no-variant = job { $id } has no variant `{ $k }`
serve-not-finished = the run has not finished
serve-edited-file = { $id }.toml (edited on the page)
serve-too-many-articles = at most { $max } articles at a time
serve-not-article = `{ $text }` is not an article number; write numbers such as 297 or 108-1, separated by commas
serve-article-not-catalogued = { $count ->
    [one] article { $articles } is
   *[other] articles { $articles } are
} not in the article catalogue ({ $catalogue }), so no one in the population holds { $count ->
    [one] it
   *[other] them
} and excluding { $count ->
    [one] it
   *[other] them
} would change nothing; the catalogue's articles: { $known }
serve-run-stopped = the run stopped: { $error }
