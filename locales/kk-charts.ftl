### The charts messages (the core ones are in kk.ftl).

## An exclusion among the clauses of the attribution chart, by its short name.
chart-exclusion-named = ерекшелік: { $name }

## The sweep's chart.
chart-sweep-title = «{ $parameter }» параметріне қарай { $what } ({ $draft })
chart-sweep-axis = { $what } (орташа; жолақ: { $pct }%-дық аралық)
chart-sweep-goal = мақсат: { $op } { $bound }
chart-sweep-boundary = табылған шекара: { $value } ({ $goal })
chart-sweep-parameter = { $subject }: { $what }
chart-sweep-switch = қосулы (1) немесе өшірулі (0)
chart-sweep-fraction = мерзімді қысқарту үлесі
chart-sweep-remaining = босатуға негіз болатын қалған мерзім (күн)
chart-sweep-mean = орташасы: { $what }
