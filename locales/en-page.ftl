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
page-solve-hint = The largest value of a number of variant 1 that keeps a total under a bound with a given probability: a bisection over { $n } replicates per step, on the same draws.
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
