### The charts messages (the core ones are in en.ftl).

## An exclusion among the clauses of the attribution chart, by its short name.
chart-exclusion-named = exclusion: { $name }

## The sweep's chart.
chart-sweep-title = { $what } as { $parameter } varies ({ $draft })
chart-sweep-axis = { $what } (mean; band: { $pct }% interval)
chart-sweep-goal = goal: { $op } { $bound }
chart-sweep-boundary = boundary found: { $value } ({ $goal })
chart-sweep-parameter = { $subject }: { $what }
chart-sweep-switch = switched on (1) or off (0)
chart-sweep-fraction = fraction of the cut
chart-sweep-remaining = time left that releases (days)
chart-sweep-mean = mean of the { $what }
