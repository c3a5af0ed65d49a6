### The charts messages (the core ones are in ru.ftl).

## An exclusion among the clauses of the attribution chart, by its short name.
chart-exclusion-named = исключение: { $name }

## The sweep's chart.
chart-sweep-title = { $what } в зависимости от параметра «{ $parameter }» ({ $draft })
chart-sweep-axis = { $what } (среднее; полоса — интервал { $pct }%)
chart-sweep-goal = цель: { $op } { $bound }
chart-sweep-boundary = найденная граница: { $value } ({ $goal })
chart-sweep-parameter = { $subject }: { $what }
chart-sweep-switch = включено (1) или выключено (0)
chart-sweep-fraction = доля сокращения срока
chart-sweep-remaining = оставшийся срок, при котором освобождают (дни)
chart-sweep-mean = среднее: { $what }
