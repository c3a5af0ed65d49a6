### The cli messages (the core ones are in ru.ftl).

## Ошибки: рамка (файл:строка:столбец, строка и знак под ней) одна на всех языках.
cli-error = ошибка: { $message }
cli-pick-port = выберите другой порт параметром `--port` (0: любой свободный)
error-help = подсказка: { $help }
error-registry-row = { $path }: строка { $row }: { $message }
error-registry-row-column = { $path }: строка { $row }, столбец `{ $column }`: { $message }
error-registry-column = { $path }: столбец `{ $column }`: { $message }
error-cancelled = расчёт отменён
error-bug = внутренняя ошибка: { $what }. Это ошибка программы, а не ваших данных: ни один файл не записан; сообщите о ней, приложив командную строку
error-io = { $path }: { $system }
error-io-not-found = { $path }: нет такого файла или папки
error-io-permission = { $path }: нет доступа
error-io-is-directory = { $path }: это папка, а не файл
error-io-not-directory = { $path }: часть этого пути не является папкой
error-io-exists = { $path }: уже существует
error-io-full = { $path }: диск заполнен
error-toml-unknown-field = неизвестное поле `{ $field }`; допустимы: { $expected }
error-toml-unknown-value = неизвестное значение `{ $value }`; допустимы: { $expected }
error-toml-missing-field = не указано обязательное поле `{ $field }`
error-toml-duplicate-key = ключ `{ $key }` указан дважды

## Параметры запроса, о которых говорит ошибка, если их не называет флаг.
setting-draft = проект
setting-replicates = число повторов
setting-threads = число потоков
setting-interval = интервал
setting-horizon = горизонт
setting-out = папка результатов
setting-vary = изменяемый путь
setting-goal = цель
setting-total = показатель
setting-person = лицо
setting-draws = число выборок
setting-accept = принимаемая доля
setting-targets = целевые показатели
setting-max-replicates = наибольшее число повторов
setting-concurrent = одновременные расчёты
setting-population = совокупность
setting-build = `AMNESTY_BUILD`
setting-pdf = справка для печати

## Что не позволила сделать машина.
action-start-threads = не удалось запустить рабочие потоки
action-listen = не удалось открыть порт
action-start-server = не удалось запустить сервер
action-serve = сервер остановился
action-print = не удалось напечатать `brief.pdf`

## Компилятор проектов.
draft-unknown = нет ни такого файла, ни поставляемого проекта с таким идентификатором; поставляемые проекты: { $ids }
draft-unknown-near = нет ни такого файла, ни поставляемого проекта с таким идентификатором; возможно, имелся в виду `{ $near }`? Поставляемые проекты: { $ids }
draft-unknown-field = неизвестное поле `{ $field }`
draft-unknown-field-near = неизвестное поле `{ $field }`; возможно, имелось в виду `{ $near }`?
draft-fields-help = поля: { $fields }
draft-field-problem = { $field }: { $problem }
draft-effect-help = последствие записывается как `"release"`, `"close_case"`, `{"{"} cut = {"{"} fraction = 0.2, of = "unserved" {"}"} {"}"}` или `{"{"} release_if_remaining_at_most = "1y" {"}"}`
draft-fraction-range = доля сокращения { $fraction } лежит вне промежутка (0, 1]
draft-duration-help = укажите число и единицу: `1y` (365 дней), `6m` (по 30 дней), `2w` или `30d`
draft-duration-empty = пустой текст не является сроком; { draft-duration-help }
draft-duration-no-unit = у `{ $text }` нет единицы; { draft-duration-help }
draft-duration-bad = `{ $text }` не является сроком; { draft-duration-help }
draft-duration-unit = `{ $unit }` не является единицей времени; используйте `y` (365 дней), `m` (30 дней), `w` или `d`
draft-duration-too-long = { $text } длиннее любого срока: сроки не превышают `100y` ({ $max } дней)

## Общие слова команд.
cli-note = примечание: { $note }

## check
check-ok = в порядке
check-error = ошибка
check-catalogue = { $path }: { $status }: каталог, записей: { $entries }, тяжесть каждой сверена с санкцией (ст. 11)
check-no-population = (проекты не проверены: совокупность не загружается)
check-draft-ok = { $path }: в порядке: проект `{ $id }`, исключений: { $exclusions }, положений: { $provisions }
check-id-repeats = ; предупреждение: идентификатор `{ $id }` повторяет идентификатор одного из предыдущих проектов
check-lint-warning = предупреждение: положение `{ $id }`: { $message }
check-warnings = (предупреждений: { $n }; оценено на совокупности по умолчанию, лиц: { $persons })

## sweep
sweep-header = { $path }: значения в { $points } { $points ->
    [one] точке
   *[other] точках
} для проекта { $draft } (по { $replicates } { $replicates ->
    [one] повтору
    [few] повтора
   *[other] повторов
} на точку, одних и тех же для всех точек)
sweep-value = значение
sweep-columns = { $total }: среднее [{ $pct }% интервал]
sweep-all-covered = все охваченные
sweep-goal = цель: { $goal }
sweep-timing = { $seconds } с на повторы ({ $rate } млн лице-повторов в секунду, сборка { $build })

## calibrate
calibrate-abc = отбор приближённым байесовским выводом: { $draws } выборок для { $parameters } параметров за { $seconds } с; оставлено ближайших: { $kept } (все целевые показатели в пределах допуска у { $within } выборок)
calibrate-other-draft = предупреждение: { $path } составлен для проекта `{ $made }`, калибровка ведётся по `{ $draft }`
calibrate-col-target = показатель
calibrate-col-published = опубликовано
calibrate-col-prior = априорно 90% (медиана)
calibrate-col-calibrated = после калибровки 90% (медиана)
calibrate-col-parameter = параметр проекта
calibrate-col-pinned = уточнён?
calibrate-pinned-yes = да: записан в `[draft_parameters]`
calibrate-pinned-moved = сдвинулся (априорное распределение проекта сохраняется)
calibrate-pinned-no = нет: данные о нём не говорят

## population
population-wrote = записано лиц: { $n }, файл { $path }
population-from = совокупность из { $path } (зерно { $seed }, параметры: { $kind })
population-central = центральные
population-drawn = случайные
calibrate-upper-bound = верхняя граница
calibrate-lower-bound = нижняя граница
calibrate-lower-bound-unfitted = нижняя граница, не подгоняется
calibrate-unfitted = не подгоняется

## explain
explain-no-person = лица с таким идентификатором нет; идентификаторы идут от { $low } до { $high }

## Предупреждения check о положении.
lint-no-match = ни одно лицо совокупности не подходит под `{ $when }` среди: { $statuses }
lint-excluded = целиком покрыто исключениями: исключены все { $n } подходящих лиц
lint-never-wins = никогда не применяется первым: каждое из { $n } лиц, которых оно достигает, получает более благоприятное последствие, чаще всего по `{ $other }`
lint-never-applies = никогда не применяется: его последствие не подходит ни одному из { $n } подходящих лиц (пожизненные сроки или остаток срока больше допустимого)
lint-prisoners = осуждённые
lint-pretrials = содержащиеся под стражей до суда
lint-probationers = состоящие на учёте пробации
lint-and = { $a } и { $b }
lint-and3 = { $a }, { $b } и { $c }

## run
run-calibrated-parameter = { $draft }: `{ $name }` берётся из раздела `[draft_parameters]` файла { $spec } (`{ $dist }`), суженного калибровкой, а не из априорного распределения проекта
error-pdf-no-chromium = `brief.pdf` печатается безголовым браузером `chromium`, а он не найден: установите `chromium` или укажите путь к нему в `{ $variable }`; `report.html` печатает ту же сводку из любого браузера

## explain: проект пункт за пунктом и разбор по одному лицу (src/engine/explain.rs).
## То, что пишет проект (условия, значения полей, идентификаторы), показывается как код, в обратных кавычках.
explain-days = { $n ->
    [one] { $n } день
    [few] { $n } дня
    [many] { $n } дней
   *[other] { $n } дня
}
explain-article-part = статья { $article } часть { $part }
explain-none = (нет)
explain-life = пожизненно
explain-tenge = { $n } тенге
explain-yes = да
explain-no = нет
explain-matches = подходит
explain-on-the-list = статья и часть есть в перечне
explain-not = неверно, что:
explain-all-of = все условия:
explain-any-of = хотя бы одно из условий:
explain-word-yes = да
explain-word-no = нет
explain-term-life = пожизненное лишение свободы
explain-term-pretrial = приговора ещё нет; под стражей { $detained }
explain-term = срок { $term }, отбыто { $served }, осталось { $remaining }
explain-person = лицо { $id }: { $status ->
    [prisoner] осуждённый к лишению свободы
    [pretrial] подследственный
   *[probationer] состоящий на учёте пробации
}, { $sex ->
    [female] женщина
   *[male] мужчина
}, возраст { $age } (на момент правонарушения { $age_at_offence }), статья { $article } часть { $part } ({ $gravity }; { $group }), метки: { $tags }
explain-person-damage = ущерб { $damage } тенге, возмещён: { $repaid }, гражданский иск: { $claim }, { $recidivism }, отрицательно характеризуется: { $conduct }, иностранный гражданин: { $foreign }
explain-person-conduct = преступление во время отбывания наказания: { $serving }, злостный нарушитель режима: { $violator }
explain-person-vulnerable = отмеченные группы социально уязвимых лиц: { $groups }
explain-exclusions = исключения ({ $n }), имеющие приоритет над всеми пунктами:
explain-provisions = пункты ({ $n }):
explain-official-text = официальный текст: { $url }
explain-in-force = вступает в силу: { $effective }; распространяется на правонарушения, совершённые до { $cutoff }
explain-vulnerable = социально уязвимые лица ({ $cite }): { $when }
explain-note = примечание (как в файле проекта): { $note }
explain-why = обоснование (как в файле проекта): { $note }
explain-period = оставшийся срок считается с учётом периода исполнения: { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
} (`remaining_in_period`)
explain-no-period = оставшийся срок считается на день вступления закона в силу
explain-combine = если одному лицу подходят несколько пунктов, { $rule ->
    [most_favourable] применяется один, наиболее благоприятный
    [cumulative] они суммируются
   *[first_listed] применяется первый по порядку
} (`{ $rule }`)
explain-articles = { $n ->
    [one] { $n } статья или часть
    [few] { $n } статьи и части
    [many] { $n } статей и частей
   *[other] { $n } статьи и части
} Уголовного кодекса { $code } года{ $other ->
    [yes] { " " }(статьи совокупности указаны по Кодексу 2014 года, поэтому эти позиции никого в ней не исключают)
   *[no] {""}
}:
explain-cited-only = приведено для полноты: ни на какие числа не влияет
explain-when = условие: { $when }
explain-effect = последствие: { $effect }
explain-cut-open = сокращение { $base ->
    [unserved] неотбытой части срока
   *[imposed] назначенного срока
} на долю, которую закон не определяет: { $dist }
explain-shares-title = исключены проектом «{ $draft }» (доля лиц каждой категории, к которым применяется исключение)
explain-shares-item = исключение
explain-shares-any = любое исключение
explain-why-life-window = у пожизненного лишения свободы нет даты окончания, поэтому нельзя посчитать, сколько «осталось»
explain-why-too-long = { $left ->
    [one] остался { $left } день
    [few] осталось { $left } дня
    [many] осталось { $left } дней
   *[other] осталось { $left } дня
}, больше допускаемых пунктом { $max }
explain-why-life-cut = у пожизненного лишения свободы нет срока, который можно сократить на долю
explain-why-pretrial-cut = у подследственного нет приговора, срок которого можно сократить
explain-why-zero = после округления сокращение равно нулю дней
explain-why-none-matches = почему не подпадает: это лицо не соответствует условию ни одного пункта.
explain-why-nothing-to-give = почему не подпадает: все пункты, условию которых лицо соответствует, ничего ему не дают:
explain-why-not-applicable = его последствие к этому лицу неприменимо
explain-excluded-anyway = исключения, указанные выше, всё равно не позволили бы применить амнистию к этому лицу; они имеют значение только для тех, кому мог бы помочь какой-либо пункт.
explain-exclusions-of = исключения проекта «{ $draft }»:
explain-excluded-by = ИСКЛЮЧЁН: { $cite }
explain-not-matched = не подходит: { $cite }
explain-provisions-of = пункты:
explain-but-more-remains = { " " }(но осталось больше)
explain-other-status = применяется к категориям: { $statuses }; это лицо — { $status ->
    [prisoner] осуждённый к лишению свободы
    [pretrial] подследственный
   *[probationer] лицо, состоящее на учёте пробации
}
explain-on-paper = по формальным признакам (все суды удовлетворяют представления; ущерб считается возмещённым, только если это отмечено): { $outcome }{ $provision ->
    [none] {""}
   *[other] { " " }по пункту { $provision }
}{ $days ->
    [0] {""}
   *[other] , срок сокращён на { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }
}
explain-exclusion-overrides = (исключение имеет приоритет над пунктом выше)
explain-repayment = пункты, требующие возмещения ущерба, применяются, только если ущерб возмещён вовремя (вероятность `repayment_in_time` проекта)
explain-court-grant = в расчёте методом Монте-Карло каждый суд удовлетворяет представление с вероятностью `court_grant` пункта.

## Распределения словами (explain, check --paths, примечания run).
dist-beta = бета-распределение со средним { $mean } и концентрацией { $concentration }
dist-uniform = равномерное распределение на [{ $low }, { $high }]

## population --summary (src/population/marginals.rs).
marg-columns =
    Столбцы:
    {"  "}{ $population }: что содержит сгенерированная совокупность (число лиц или доля от лиц данной категории)
    {"  "}{ $drawn }: неопределённая доля спецификации, выпавшая при этом зерне (к чему стремился генератор)
    {"  "}{ $spec }: центральное значение спецификации, среднее её распределения по многим выборкам
    Выборка может заметно отличаться от среднего спецификации: каждый прогон заново выбирает доли
    из их распределений (широких там, где опубликованные данные неточны), и интервалы прогона
    отражают этот разброс. `--central` строит совокупность по средним спецификации.
    Столбец «{ $population }» отличается от столбца «{ $drawn }» лишь выборочным шумом в несколько человек.
marg-col-population = совокупность
marg-col-drawn = выборка
marg-col-spec = среднее спецификации
marg-persons = число лиц
marg-gravity = тяжесть: { $gravity ->
    [misdemeanour] уголовный проступок
    [minor] небольшой тяжести
    [medium] средней тяжести
    [grave] тяжкие
   *[especially_grave] особо тяжкие
}
marg-female = женщины
marg-age = возраст { $lo }–{ $hi }
marg-repeat = рецидив (совершившие в совершеннолетнем возрасте)
marg-dangerous = опасный рецидив (от лиц с рецидивом)
marg-life = пожизненно осуждённые
marg-vulnerable = социально уязвимые (любая группа)
marg-foreign = иностранные граждане
marg-bad-conduct = отрицательно характеризуются
marg-persistent = злостные нарушители режима
marg-crime-while-serving = преступление во время отбывания наказания
marg-probation = пробация: { $kind ->
    [restriction_of_freedom] ограничение свободы
    [conditional] условное осуждение
   *[parole] условно-досрочное освобождение
}
marg-damage = причинён материальный ущерб
marg-repaid = ущерб возмещён (от причинивших ущерб)
marg-mean-term = средний срок, лет
marg-mean-remaining = в среднем осталось, лет
marg-mean-detained = в среднем дней под стражей на сегодня

## sweep --solve и --metric: цель и ошибки в ней (src/sweep/goal.rs).
goal-grammar = напишите, например, `prisoner freed <= 1000 at 90%`: сначала категория (`prisoner`, `pretrial`, `probationer` или `all`), затем исход (`freed` — это `released` вместе с `released_by_cut`; `released`, `released_by_cut`, `cut`, `case_closed`, `covered`, `eligible`, `excluded`) или показатель (`persons`, `days_cut`, `bed_days_saved`, `cost_saved_kzt`), после которого исход можно не указывать
goal-unknown-word = `{ $word }` — { $what ->
    [outcome] не исход
    [outcome-or-metric] не исход и не показатель
   *[here] здесь лишнее
}; { $near ->
    [none] {""}
   *[other] возможно, имелось в виду `{ $near }`?{" "}
}{ $grammar }
goal-no-total = в `{ $text }` не указано, что считать: напишите, например, `prisoner released`
goal-no-measure = в `{ $text }` указана категория, но нет исхода или показателя, например `prisoner released`
goal-metric-outcome = показатель `{ $metric }` считается для исходов `covered`, `released`, `released_by_cut`, `cut` и `case_closed`, но не для `{ $outcome }`
goal-no-comparison = в `{ $text }` нет сравнения; напишите, например, `prisoner released <= 1000 at 90%` (`<=`, `<`, `>=` или `>`)
goal-number-missing = `{ $text }`: после `{ $op }` должно стоять число
goal-not-number = `{ $number }` — не число (разряды можно разделять `,` или `_`)
goal-not-probability = `{ $p }` — не вероятность; напишите, например, 90%
goal-probability-range = `{ $p }`: вероятность должна быть строго больше 0% и меньше 100%
goal-trailing = `{ $rest }` после числа: напишите `at 90%` или ничего не пишите (50%)
goal-bound = { $n }
goal-describe = `{ $total }` { $op } { $bound } не менее чем в { $pct }% прогонов

## Ответ sweep на вопрос о цели (src/sweep/mod.rs).
sweep-none-meets = Ни одно значение `{ $path }` от `{ $from }` до `{ $to }` не достигает цели «{ $goal }». Ближе всего `{ $path } = { $best }`: цель достигается в { $share }% прогонов (погрешность метода Монте-Карло ±{ $error } п. п.).
sweep-every-meets = Все значения `{ $path }` от `{ $from }` до `{ $to }` достигают цели «{ $goal }» (наименее надёжно — в { $share }% прогонов).
sweep-boundary = Цель «{ $goal }» достигается при `{ $path }` { $direction ->
    [most] не более
   *[least] не менее
} `{ $value }`: там её достигают { $share }% прогонов (погрешность метода Монте-Карло ±{ $error } п. п. при { $n } прогонах); при `{ $beyond }` — лишь { $beyond_share }%.{ $close }{ $scattered }
sweep-close = { " " }Доли при значениях от `{ $lo }` до `{ $hi }` отличаются от { $pct }% меньше чем на две погрешности метода Монте-Карло, поэтому граница лежит где-то между ними; сузить её поможет больше прогонов (`--replicates`).
sweep-scattered = { " " }Цель достигается не по одну сторону единственной границы, а только при значениях { $values }; прежде чем полагаться на одно значение, посмотрите на кривую перебора.

## sweep --vary и пути проекта (src/sweep/mod.rs, src/draft/paths.rs).
vary-form = напишите `ПУТЬ=ОТ:ДО:ШАГ` (например, `provision.art3-4-1.effect.cut.fraction=0.1:0.5:0.02`) или `ПУТЬ=on,off`
vary-range = диапазон записывается как `ОТ:ДО:ШАГ`
vary-switch-range = переключатель принимает `on` и `off`, а не диапазон
vary-step = ШАГ должен быть положительным
vary-order = ОТ не должно превышать ДО
vary-too-many = { $n } точек; в переборе их не больше { $max }: возьмите ШАГ побольше
vary-count = укажите от 1 до { $max } значений
vary-draft-fails = проект не проходит проверку:
    { $errors }
path-values-switch = `on` или `off`
path-values-fraction = доля в (0, 1], например `0.1:0.5:0.05`
path-values-duration = срок (`6m`, `1y`, `90d`) или число дней, например `3m:24m:3m`
path-values-fixed = число: значение, в котором параметр фиксируется (вероятность; для `processing_months` — месяцы)
path-values-mean = число: новое среднее распределения, разброс сохраняется
path-switch-value = `{ $value }`
path-beta-mean = бета-распределение, среднее { $mean }
path-from-to = от { $low } до { $high }
path-unknown = у проекта `{ $draft }` нет такого пути; { $near ->
    [none] {""}
   *[other] возможно, имелось в виду `{ $near }`?{" "}
}список путей выводит `amnesty-sim check --paths { $draft }` (виды: `provision.ID`, `exclude.ID`, `provision.ID.effect.cut.fraction`, `provision.ID.effect.release_if_remaining_at_most`, `draft.court_grant[.mean]`, `draft.repayment_in_time[.mean]`, `draft.processing_months[.mean]`, `provision.ID.court_grant[.mean]`)
path-not-switch = `{ $text }` — не значение переключателя; напишите `on` или `off`
path-days-too-long = `{ $text }` дней — дольше любого срока: сроки допускаются до `100y` ({ $max } дней)
path-not-whole-days = `{ $text }` — не целое число дней
path-not-number = `{ $text }` — не число; нужно { $values }
path-not-editable = текст проекта не удаётся изменить как TOML: { $error }
path-cannot-set = в тексте этого проекта это значение задать нельзя
path-takes = принимает { $values }
path-no-distribution = у параметра нет ни `beta`, ни `uniform`, ни `value`
path-uniform-two = для `uniform` нужны два числа

## check --paths
paths-header = { $id } ({ $path }): пути для `amnesty-sim sweep { $id } --vary ПУТЬ=...`
paths-now = сейчас { $value }
paths-takes = принимает { $values }

## Загрузка входных данных (src/cli/load.rs).
load-unused-columns = предупреждение: { $path }: { $n ->
    [one] столбец { $columns } не используется
   *[other] столбцы { $columns } не используются
} (столбцы файла совокупности выводит `amnesty-sim population --columns`)
load-duplicate-id = идентификатор проекта `{ $id }` встречается в этом запуске дважды; дайте каждому проекту свой идентификатор

## Файл реестра (совокупности), который не удаётся прочитать (src/population/io.rs).
registry-format = неизвестный формат таблицы; имя файла должно оканчиваться на `.csv` или `.parquet`
registry-unreadable = таблицу { $format } не удаётся прочитать: { $error }
registry-empty-file = файл пуст; файл совокупности начинается со строки заголовков
registry-fields = полей { $got }, а в заголовке { $want }; возможно, в поле лишняя запятая или одного поля не хватает
registry-no-probation-kind = нет столбца `{ $column }`: лица на учёте пробации ({ $n }) считаются условно осуждёнными, самой многочисленной группой (допущение); добавьте столбец, чтобы отличить ограничение свободы и условно-досрочное освобождение
registry-missing-column = нет столбца{ $near ->
    [none] {""}
   *[other] { " " }(есть столбец `{ $near }`: опечатка?)
}; файлу совокупности нужны: { $required } (необязательные: { $optional })
registry-empty-int = пусто; требуется целое число
registry-not-int = `{ $value }` — не целое число
registry-out-of-range = { $value } — вне допустимого диапазона; ожидается от { $min } до { $max }
registry-not-bool = `{ $value }` — не логическое значение; ожидается `true` или `false`
registry-unknown-value = неизвестное значение `{ $value }`; { $near ->
    [none] {""}
   *[other] возможно, имелось в виду `{ $near }`?{" "}
}ожидается одно из: { $valid }
registry-no-rows = в таблице нет строк
registry-too-many = строк { $n }: совокупность содержит не более { $max } человек
registry-id-twice = идентификатор { $id } встречается дважды
registry-age-at-offence = { $at } больше возраста на дату вступления закона в силу ({ $age })
registry-served = отбыто { $served } дн., это больше срока в { $term } дн.
registry-unknown-tag = неизвестная метка `{ $tag }`; { $near ->
    [none] {""}
   *[other] возможно, имелось в виду `{ $near }`?{" "}
}допустимые метки: { $valid }
registry-life-pretrial = у подследственного нет приговора, поэтому пожизненного срока у него быть не может
registry-life-probation = пожизненное лишение свободы отбывается в учреждении, а не на учёте пробации
registry-sentence-pretrial = { $value }: у подследственного ещё нет приговора; оставьте поле пустым
registry-sentence-life = { $value }: у пожизненного лишения свободы нет срока в днях; оставьте поле пустым
registry-sentence-missing = пусто, но для { $status ->
    [prisoner] осуждённого к лишению свободы
    [pretrial] подследственного
   *[probationer] лица на учёте пробации
} нужен срок в днях
registry-elderly = `{ $value }` не подходит { $sex ->
    [female] женщине
   *[male] мужчине
} в возрасте { $age } (закон 2025 года: женщины от 50 лет, мужчины от 60 лет)
registry-juvenile = `{ $value }` не подходит к возрасту на момент правонарушения { $at }
registry-true-for-man = `true` у мужчины
registry-true-for-woman = `true` у женщины
registry-violator-status = `true` у { $status ->
    [pretrial] подследственного
   *[probationer] лица на учёте пробации
}: злостным нарушителем режима может быть признан только осуждённый, отбывающий лишение свободы
registry-violator-conduct = `true`, но `bad_conduct` — `false`: у злостного нарушителя режима есть отрицательная характеристика
registry-probation-none = `none` у лица на учёте пробации; ожидается вид пробации: { $valid }
registry-probation-kind = `{ $kind }` у { $status ->
    [prisoner] осуждённого к лишению свободы
   *[pretrial] подследственного
}: вид пробации бывает только у лиц на учёте пробации; напишите `none`

## График и отказы calibrate (src/cli/calibrate.rs).
calibrate-chart-title = Калибровка совокупности по { $n } опубликованным показателям
calibrate-chart-y = смоделированное / опубликованное значение (медиана, усы: 90%)
calibrate-chart-prior = априорно
calibrate-chart-calibrated = после калибровки
calibrate-draws-range = укажите от 1 до { $max } выборок параметров
calibrate-nothing-to-fit = нет ни одного `[[target]]` для калибровки (у всех записей `calibrate = false`)

## Ошибки в файле целевых показателей (src/calibrate/targets.rs).
targets-none = не указан ни один файл целевых показателей
targets-conflict = показатель `{ $name }` есть и в { $other }, но там он суммирует другие категории или исходы; дайте одному из них другое имя
targets-twice = показатель `{ $name }` указан дважды
targets-unknown-draft = в `[meta]` проект `{ $draft }` не входит в число поставляемых; { $near ->
    [none] {""}
   *[other] возможно, имелось в виду `{ $near }`?{" "}
}поставляемые проекты: { $ids } (для своего проекта уберите `draft`)
targets-value-tolerance = показатель `{ $name }`: нужны `value` > 0 и 0 < `tolerance` < 1
targets-unknown-status = неизвестная категория `{ $status }`; ожидается `prisoner`, `pretrial`, `probationer`, их список или `"all"`
targets-status-twice = категория `{ $status }` указана дважды
targets-empty-statuses = пустой список категорий ничего не суммирует; укажите категории или `"all"`
targets-unknown-outcome = неизвестный исход `{ $outcome }`; { $near ->
    [none] {""}
   *[other] возможно, имелось в виду `{ $near }`?{" "}
}ожидается один из: { $valid }
targets-no-outcome = у показателя `{ $name }` не указан ни один исход
targets-unknown-kind = показатель `{ $name }`: неизвестный вид `{ $kind }`; { $near ->
    [none] {""}
   *[other] возможно, имелось в виду `{ $near }`?{" "}
}ожидается `estimate` (по умолчанию), `upper_bound` или `lower_bound`
targets-unknown-file-kind = неизвестный вид файла `{ $kind }`; { $near ->
    [none] {""}
   *[other] возможно, имелось в виду `{ $near }`?{" "}
}ожидается `forecast` (по умолчанию) или `outcome`
targets-weight = вес должен быть положительным числом (1 — наравне с любым другим файлом)

## Ошибки в неопределённом параметре — в проектах, спецификациях и целевых показателях (src/scenario/param.rs).
param-empty-cite = `{ $what }`: пустые `source` или `assumption` ни на что не ссылаются
param-both-cites = `{ $what }`: укажите `source` или `assumption`, но не оба сразу
param-no-cite = у `{ $what }` нет ссылки на источник
param-no-cite-help = добавьте `source = "..."` с указанием, откуда взято число, или `assumption = "..."` с объяснением, почему оно задано так
param-one-form = `{ $what }`: укажите ровно одно из `value`, `beta`, `uniform`
param-one-form-help = например, `{"{"} beta = {"{"} mean = 0.45, concentration = 200 {"}"}, source = "..." {"}"}` или `{"{"} uniform = [0.06, 0.09], assumption = "..." {"}"}`
param-beta-shares = `{ $what }`: бета-распределение годится только для долей; используйте `uniform` или `value`
param-beta-range = `{ $what }`: для бета-распределения нужны 0 < `mean` < 1 и `concentration` > 0 (указано: `mean` { $mean }, `concentration` { $concentration })
param-uniform-reversed = `{ $what }`: в диапазоне `uniform` [{ $low }, { $high }] границы переставлены
param-domain = `{ $what }`: { $domain ->
    [share] должно быть долей от 0 до 1
   *[non-negative] должно быть неотрицательным числом
} (указано { $lo }..{ $hi })

## Более редкие ошибки компилятора проектов (src/draft/mod.rs).
draft-article-help = статья записывается как `"99"`, `"108-1"`, части — как `"116(2,3)"` или `"120(3-1)"`, пункт части — как `"426(2)2"` или `"358(2)в"`
draft-not-article = `{ $text }` — не номер статьи; { $help }
draft-article-paren = `{ $text }`: `(` без `)`; { $help }
draft-not-part = `{ $text }` — не часть (от 1 до 25 или подчасть вроде `3-1`); { $help }
draft-item-one-part = `{ $text }`: пункт относится к одной части; { $help }
draft-not-item = `{ $text }` — не пункт (число от 1 до 30 или буква, как в Кодексе 1997 года); { $help }
draft-bad-id = идентификатор проекта должен состоять из латинских букв a-z, цифр, `-` или `_` (по нему называются файлы результатов); название на русском или казахском указывается в `title_ru` или `title_kk`
draft-bad-date = `{ $text }` — не дата; напишите существующую дату в виде ГГГГ-ММ-ДД, например `2025-06-23`
draft-unknown-combine = неизвестное правило сочетания `{ $rule }`; { $near ->
    [none] {""}
   *[other] возможно, имелось в виду `{ $near }`?{" "}
}ожидается `"most_favourable"`, `"cumulative"` или `"first_listed"`
draft-combine-cite = в `[draft.combine]` нужен `source` (слова текста закона) или `assumption` (обоснование там, где текст молчит)
draft-exclusion-no-cite = исключение без `cite`: укажите статью и пункт проекта
draft-bad-clause-id = идентификатор { $kind ->
    [exclusion] исключения
   *[provision] пункта
} должен состоять из латинских букв a-z, цифр, `-` или `_` (по нему { $kind ->
    [exclusion] исключение называется
   *[provision] пункт называется
} в таблицах и путях перебора); формулировка на русском или казахском указывается в `cite_ru` или `cite_kk`
draft-id-twice = идентификатор { $kind ->
    [exclusion] исключения
   *[provision] пункта
} `{ $id }` использован дважды
draft-no-provisions = в проекте нет ни одного пункта
draft-no-provisions-help = добавьте хотя бы один `[[provision]]` с `id`, `cite`, `applies_to`, `when` и `effect`
draft-too-many-provisions = в проекте { $n } пунктов; поддерживается не более { $max }
draft-too-many-provisions-help = объедините пункты с одинаковым последствием: условия `when` можно соединить через `or`
draft-no-repayment = у пункта указано `requires = "repayment"`, но в проекте нет `repayment_in_time`
draft-no-repayment-help = добавьте в `[draft]` строку `repayment_in_time = {"{"} uniform = [0.1, 0.3], assumption = "..." {"}"}`
draft-processing-months = `processing_months`: срок рассмотрения в судах должен быть больше 0 и не больше { $max } месяцев
draft-references-count = переведённых ссылок { $n }, а ссылок { $want }: дайте по одной на каждую ссылку в том же порядке
draft-unknown-code = неизвестный Уголовный кодекс `{ $code }`; ожидается `"2014"`, `"1997"` или `"1959"` (год Кодекса)
draft-code-without-articles = `code` указывает Кодекс для списка `articles`, а у этого исключения его нет
draft-exclusion-no-when = исключение без `when` и `articles`: укажите, кого оно исключает
draft-articles-empty = список `articles` пуст; перечислите статьи так, как их называет текст, например `["99", "101(2)"]`
draft-articles-too-many = в `articles` { $n } позиций; поддерживается не более { $max } (в Кодексе около 500 статей)
draft-provision-no-cite = у пункта `{ $id }` нет `cite`: укажите статью и пункт проекта
draft-unknown-requirement = неизвестное требование `{ $text }`; возможно только `"repayment"`
draft-no-court-grant = нет вероятности удовлетворения судом (значение проекта по умолчанию некорректно)
draft-applies-to-empty = список `applies_to` пуст; перечислите категории: `prisoner`, `pretrial`, `probationer`
draft-unknown-status = неизвестная категория `{ $status }`; { $near ->
    [none] {""}
   *[other] возможно, имелось в виду `{ $near }`?{" "}
}ожидается `prisoner`, `pretrial` или `probationer`
draft-effect-status = последствие «{ $effect }» неприменимо к категории `{ $status }`
draft-effect-pretrial-help = у подследственных нет приговора: их дела прекращаются с `effect = "close_case"`
draft-effect-sentenced-help = `close_case` — для дел подследственных; осуждённых освобождают или сокращают им срок
draft-open-fraction-range = доля сокращения должна лежать в (0, 1]; это априорное распределение охватывает [{ $low }, { $high }]
draft-unknown-effect = неизвестное последствие `{ $effect }`{ $near ->
    [none] {""}
   *[other] ; возможно, имелось в виду `{ $near }`?
}
draft-cut-table = `cut` должен быть таблицей
draft-cut-key = неизвестный ключ `{ $key }` в `cut`; ожидаются `fraction`, `of` и, для сокращения, размер которого закон не определяет, `whole_share`
draft-whole-share = `whole_share` (доля лиц, чей суд понимает сокращение как всю неотбытую часть срока): { $error }; напишите `{"{"} uniform = [0, 1], assumption = "..." {"}"}`
draft-whole-share-type = `whole_share` равно `{ $value }`; задайте априорное распределение, например `{"{"} uniform = [0, 1], assumption = "..." {"}"}`
draft-fraction-prior = доля сокращения как априорное распределение: { $error }; напишите `{"{"} uniform = [0.1, 1.0], assumption = "..." {"}"}` или `{"{"} beta = {"{"} mean = 0.5, concentration = 10 {"}"}, assumption = "..." {"}"}`
draft-cut-fraction = для `cut` нужно число `fraction`, например 0.2 для одной пятой, или априорное распределение для доли, которую закон не определяет
draft-cut-of = для `cut` нужно `of = "unserved"` или `of = "imposed"`
draft-window-type = `release_if_remaining_at_most` равно `{ $value }`; запишите срок текстом, например `"1y"` (365 дней), `"6m"` или `"30d"`
draft-effect-keys = неизвестная таблица последствия с ключами { $keys }
draft-effect-kind = последствие должно быть строкой или таблицей

## Ошибки в условии (src/draft/expr.rs).
expr-too-long = условие слишком длинное (больше { $max } лексем)
expr-too-long-help = разделите его между несколькими пунктами
expr-assignment = `=` — присваивание, а не сравнение
expr-assignment-help = для сравнения пишите `==`
expr-bang = неожиданный `!`
expr-bang-help = для отрицания пишите `not`, для сравнения — `!=`
expr-unterminated = незакрытая строка
expr-unterminated-help = закройте её символом { $quote }
expr-too-large = `{ $text }` — слишком большое число
expr-not-number = `{ $text }` — не число и не срок
expr-duration-help = сроки записываются как `1y`, `6m`, `2w` или `30d`
expr-dash = тире, вставленное из текстового редактора; в условиях используются обычные операторы из символов `ASCII`
expr-quotes = типографские кавычки; пишите обычные " или '
expr-write = напишите `{ $op }`
expr-unexpected-char = неожиданный символ `{ $char }` (U+{ $code })
expr-empty = пустое выражение
expr-empty-help = напишите условие, например `gravity <= minor`, или `true`
expr-trailing = лишний текст после конца условия
expr-trailing-help = соединяйте условия через `and` / `or`
expr-too-deep = вложенность условия глубже { $max } уровней `(` и `not`
expr-too-deep-help = упростите его или разделите между несколькими пунктами
expr-expected-rparen = ожидается `)`
expr-expected-rparen-help = каждой `(` нужна парная `)`
expr-condition-before = перед `{ $word }` ожидается условие
expr-condition-before-help = условие — это проверка поля, например `repaid` или `gravity == medium`
expr-expected-field = ожидается имя поля, `not` или `(`
expr-ends-early = условие обрывается слишком рано
expr-ends-early-help = допишите условие
expr-not-flag = `{ $field }` — не поле «да/нет»; его нужно с чем-то сравнить
expr-example = например, `{ $example }`
expr-expected-value = ожидается значение
expr-expected-list = после `in` ожидается `[`
expr-expected-list-help = напишите список: `gravity in [minor, medium]`
expr-expected-comma = ожидается `,` или `]`
expr-expected-comma-help = разделяйте элементы списка запятыми
expr-tag-not-field = `{ $word }` — метка, а не поле
expr-write-tag = напишите `tag == { $word }`
expr-plain-number = `{ $field }` — обычное число, а не срок
expr-drop-unit = уберите единицу измерения
expr-give-unit = `{ $field }` — срок; укажите единицу измерения
expr-not-article = `{ $text }` — не номер статьи
expr-article-help = напишите `190` или `"339-1"`
expr-not-part = `{ $text }` — не часть
expr-parts-help = части нумеруются от 1 до 25
expr-part-help = напишите `2` или `"3-1"`
expr-not-value = `{ $text }` — не значение поля `{ $field }`{ $near ->
    [none] {""}
   *[other] ; возможно, имелось в виду `{ $near }`?
}
expr-one-of = ожидается одно из: { $valid }
expr-unknown-tag = неизвестная метка `{ $text }`{ $near ->
    [none] {""}
   *[other] ; возможно, имелось в виду `{ $near }`?
}
expr-tags = метки: { $valid }
expr-value-misfit = это значение не подходит для `{ $field }`
expr-no-order = у `{ $field }` нет порядка; используйте `==` или `!=`
expr-no-order-help = или `in [...]` для нескольких значений
expr-period-ops = `remaining_in_period` допускает только `<=` или `<`
expr-period-ops-help = это наименьший остаток срока в течение периода исполнения: напишите `remaining_in_period <= 1y`; для других проверок используйте `remaining`
expr-period-in-help = напишите `remaining_in_period <= 1y`
expr-flag-in = `{ $field }` — поле «да/нет»; `in` предназначен для списков
expr-flag-in-help = напишите `{ $field }` или `not { $field }`

## Ошибки в спецификации совокупности (src/scenario/spec/mod.rs).
spec-too-many = всего { $total } человек: совокупность содержит не более { $max } (сумма трёх категорий больше)
spec-draft-parameter = `[draft_parameters]`: `{ $name }` — не прочтение сокращения, размер которого закон не определяет (`cut_fraction.ID` или `cut_whole_share.ID`); калибровка записывает только их
spec-admissions-model = `flows.admissions.model = "{ $model }"`: поддерживается только `"steady"` (поступления ежемесячно замещают выбытие)
spec-concentration = `{ $what }`: концентрация должна быть положительной (указано { $value })
spec-share-negative = `{ $what }`: доля `{ $key }` должна быть неотрицательным числом (указано { $value })
spec-shares-zero = `{ $what }`: сумма долей равна нулю
spec-share-range = `{ $what }`: доля `{ $key }` равна { $value }; доля лежит между 0 и 1 (пишите 0.35 для 35%)
spec-shares-sum = `{ $what }`: сумма долей равна { $sum }, а не 1; это доли целого, поэтому сумма должна быть 1
spec-unknown-gravity = `{ $what }`: неизвестная категория тяжести `{ $key }`; ожидается { $valid }
spec-gravity-no-offence = `{ $what }`: у категории тяжести `{ $gravity }` есть доля, но в `{ $label }` нет ни одного преступления этой тяжести
spec-unknown-offence = `{ $what }`: `{ $key }` нет в каталоге статей{ $near ->
    [none] {""}
   *[other] ; возможно, имелось в виду `{ $near }`?
}
spec-unknown-offence-help = ключи имеют вид `статья-часть`, как в `scenarios/articles.toml`, например `"190-3"` или `"339-1-1"`
spec-age-band = `{ $what }`: возрастная группа `{ $key }` должна выглядеть как `"18-24"`, причём 14 <= от <= до <= 100
spec-sentence-required = `{ $what }`: для этой категории нужна таблица `[{ $what }.sentence]`
spec-gravity-no-term = `{ $what }`: у категории тяжести `{ $gravity }` есть доля, но нет распределения сроков
spec-min-max-days = `{ $what }`: `min_days` больше `max_days`
spec-detention-required = `pretrial`: нужна таблица `[pretrial.detention]`
spec-life-needs = `{ $what }`: для пожизненных сроков нужны осуждённые и особо тяжкое преступление с меткой `life_eligible` в наборе
spec-life-too-many = `{ $what }`: пожизненных сроков больше, чем особо тяжких дел
spec-damage-range = `{ $what }`: нужны 0 <= `sigma` < 5 и `large_scale_multiplier` >= 1
spec-violator-status = `{ $what }`: злостными нарушителями режима признаются только осуждённые к лишению свободы (ст. 130 Уголовно-исполнительного кодекса); уберите это
spec-probation-status = `{ $what }`: вид пробации бывает только у лиц на учёте пробации (ограничение свободы, условное осуждение, условно-досрочное освобождение); уберите это
spec-unknown-probation-kind = `{ $what }`: `{ $key }` — не вид пробации; { $near ->
    [none] {""}
   *[other] возможно, имелось в виду `{ $near }`?{" "}
}ожидается { $valid }
spec-term-range = `{ $what }`: нужны 0 < `min_years` <= `max_years` <= 60 и 0 <= `sigma` < 3
spec-median-years = `{ $what }` должно лежать в (0, `max_years`]

## Ошибки в каталоге статей (src/scenario/catalogue.rs).
catalogue-twice = { $key } указана дважды
catalogue-mci = `large_scale.mci_kzt`: месячный расчётный показатель должен быть положительным числом тенге
catalogue-threshold = `large_scale.threshold`: нужно 0 < `mci` < `especially_mci` (в МРП)
catalogue-article = статья записывается как `"190"` или `"339-1"`
catalogue-two-thresholds = у статьи { $article } два порога крупного размера
catalogue-no-assumption = запись каталога ссылается на санкцию Кодекса, а не на допущение; напишите `source = "art. N part K: <санкция>"`
catalogue-part = часть должна быть числом от 1 до 25 или подчастью вроде `"3-1"`
catalogue-item = пункт должен быть числом от 1 до 30
catalogue-gravity = неизвестная категория тяжести; ожидается одна из: { $valid }
catalogue-group = неизвестная группа преступлений; ожидается одна из: { $valid }
catalogue-max-years = `max_prison_years` должно быть от 0 (без лишения свободы) до 30 лет
catalogue-citation = ссылка должна начинаться с `{ $prefix }` (статья и часть самой записи)
catalogue-citation-help = напишите `source = "{ $prefix } <санкция в формулировке Кодекса>"`
catalogue-no-threshold = { $article }-{ $part } помечена `large_scale`, но `[large_scale]` не задаёт порог для статьи { $article } (МРП { $mci } тенге)
catalogue-no-especially = { $article }-{ $part } помечена `especially_large_scale`, но `[large_scale]` не задаёт `especially_mci` для статьи { $article }

## Отказы и примечания расчёта Монте-Карло (src/montecarlo/mod.rs).
mc-no-flows = динамики по месяцам не будет: в спецификации совокупности { $spec } нет `[flows]` (интенсивностей выбытия и возврата)
mc-no-processing = динамики по месяцам не будет: в проекте `{ $draft }` нет `processing_months` (сколько времени суды принимают решения)
mc-threads = не более { $max } (по четыре на ядро; ядер на этой машине: { $cores }); больше потоков лишь ждут друг друга. 0 или отсутствие значения — все ядра
mc-replicates = укажите от 1 до { $max } (миллион повторов для совокупности по умолчанию занимает около получаса на двух ядрах; интервалы устойчивы задолго до этого)
mc-interval = должно лежать строго между 0 и 1, например 0.9
mc-horizon = укажите от 0 (без динамики) до { $max } месяцев
mc-no-draft = нет проекта для расчёта
mc-too-many-persons = слишком много человек: в одном повторе расчёта не более { $max }
calibrate-accept = должно лежать в (0, 1]

## Папка результатов (src/output/atomic.rs).
out-refuse = { $what }; укажите папку (новую или с результатами прежнего запуска `amnesty-sim`)
out-symlink = это символическая ссылка (на { $to }{ $exists ->
    [no] , ведущая в никуда
   *[yes] {""}
}), которую запуск заменил бы
out-file = это файл
out-special = это { $kind ->
    [fifo] именованный канал
    [socket] сокет
    [device] устройство
   *[special] специальный файл
}, а не папка
out-mount = это точка монтирования, её нельзя отодвинуть и заменить
out-other-files = в папке другие файлы и нет результатов прежнего запуска `amnesty-sim` (нет { $marker }); укажите новую папку или очистите эту
out-parent-not-folder = { $path } — не папка, поэтому в ней ничего нельзя создать
out-appeared = во время запуска там появилось что-то, кроме прежних результатов; новые результаты оставлены в { $staging }
out-in-the-way = { $path } мешает и не является результатом прежнего запуска `amnesty-sim` (нет { $marker }); переместите или удалите его

## Параметры serve.
serve-cli-max-replicates = укажите от 1 до { $max }
serve-cli-replicates = укажите от 1 до значения `--max-replicates` ({ $max })
serve-cli-concurrent = укажите от 1 до { $max }

## run --targets: опубликованные показатели рядом со смоделированными интервалами (src/output/targets.rs).
targets-table-title = опубликованные показатели ({ $path }) рядом со смоделированными интервалами { $pct }%
    (совпадает: показатель лежит внутри интервала; `>N` (больше) совпадает, если интервал доходит до N или выше, `<=N` — если доходит до N или ниже; { targets-tag-forecast }: прогноз, { targets-tag-outcome }: итог)
targets-col-figure = показатель
targets-col-source = источник
targets-col-forecast = прогноз
targets-col-outcome = итог
targets-tag-forecast = п
targets-tag-outcome = и
targets-agrees = да
targets-disagrees = НЕТ
cli-panic = внутренняя ошибка в { $place }: { $what }
    Это ошибка в `amnesty-sim`, а не в ваших входных данных: сообщите о ней, приложив командную строку.
out-could-not-write = не удалось записать: { $error }
build-unknown = такой сборки нет; укажите `baseline`, `avx2`, `avx512` или `auto`
build-unsupported = у этого процессора нет инструкций сборки `{ $name }`

## Справка clap: описание каждой команды и каждого аргумента, по команде и аргументу
## (src/cli/help.rs). Флаги, файлы, идентификаторы и примеры команд остаются как есть.
help-heading-usage = Использование
help-heading-commands = Команды
help-heading-arguments = Аргументы
help-heading-options = Параметры
help-usage-options = ПАРАМЕТРЫ
help-usage-command = КОМАНДА
help-note-env = переменная
help-note-default = по умолчанию
help-note-possible = допустимые значения
help-flag-help = Показать справку
help-flag-help-more = Показать справку (подробнее: `--help`)
help-flag-help-summary = Показать справку (кратко: `-h`)
help-flag-version = Показать версию
help-flag-help-command = Показать эту справку или справку по указанным командам
help-about = Прогнозирует, что даст проект закона об амнистии для лиц в уголовно-исполнительной системе: освобождения, сокращения сроков, прекращённые дела и сэкономленные койко-дни, с интервалами метода Монте-Карло.
help-arg-lang = Язык всего выводимого, отчёта и графиков: `kk` (казахский), `ru` (русский) или `en` (английский). Табличные файлы сохраняют английские ключи на любом языке; `labels.csv` называет каждый ключ на всех трёх
help-population-about = Построить синтетическую совокупность осуждённых и подследственных, записать её и/или показать её распределения.
help-population-long-about =
    Построить синтетическую совокупность осуждённых и подследственных, записать её и/или показать её распределения.

    Выбирает неопределённые доли спецификации по зерну (в точности как прогон 0
    команды `run` с тем же зерном), строит по одному лицу на строку и записывает
    CSV или Parquet, по одному описанному столбцу на поле (`--columns` их перечисляет).

    Примеры:
      amnesty-sim population --summary
      amnesty-sim population --seed 7 --out output/population.parquet
      amnesty-sim population --spec my-spec.toml --central --out pop.csv --summary
help-population-arg-spec = Спецификация совокупности (TOML); по умолчанию — встроенная спецификация Казахстана 2025 года
help-population-arg-catalogue = Каталог статей (TOML); по умолчанию — встроенный `scenarios/articles.toml`
help-population-arg-seed = Зерно генератора случайных чисел
help-population-arg-central = Брать ожидаемые доли спецификации вместо их случайной выборки
help-population-arg-out = Записать совокупность в `FILE.parquet` или `FILE.csv`
help-population-arg-summary = Показать распределения по статусам рядом с целями спецификации (по умолчанию, если нет `--out`)
help-population-arg-columns = Перечислить описанные столбцы файла совокупности и завершить работу
help-population-arg-draft = Вместе со сводкой: доля каждого статуса, которую исключения этого проекта не допускают к амнистии, пункт за пунктом (файл или идентификатор поставляемого проекта; по умолчанию — принятый закон 2025 года)
help-run-about = Выполнить расчёт методом Монте-Карло для одного или нескольких проектов и записать таблицы.
help-run-long-about =
    Выполнить расчёт методом Монте-Карло для одного или нескольких проектов и записать таблицы.

    Без `DRAFT` рассчитывает принятый закон 2025 года на совокупности по умолчанию.
    `DRAFT` — это файл или идентификатор поставляемого проекта (`kz-2025-enacted`,
    `kz-2025-drug-distribution`, `kz-2025-fraud-third`, `kz-2025-no-1y`, `kz-2025-no-vulnerable`,
    `kz-2025-whatif-imposed-term`, `kz-2021`, `kz-2022`, `kz-2016`). Записывает
    `summary.csv/.parquet`, разности (при нескольких проектах), `replicates.parquet`, динамику
    по месяцам (`timeline.csv/.parquet` помесячно на `--horizon` месяцев, `savings_by_year`,
    `timeline_totals`), `charts/` (PNG и SVG), `report.html` (самодостаточный), `report.md`
    и `manifest.json`.

    Примеры:
      amnesty-sim run
      amnesty-sim run scenarios/drafts/kz-2025-no-vulnerable.toml --replicates 5000 --seed 7
      amnesty-sim run kz-2025-enacted --population registry.parquet --out output/registry-run
help-run-arg-drafts = Файлы проектов или идентификаторы поставляемых проектов
help-run-arg-population = Совокупность: спецификация (`.toml`, строится заново в каждом прогоне) или реестр (`.csv` или `.parquet`, одни и те же лица в каждом прогоне). По умолчанию — встроенная спецификация Казахстана 2025 года
help-run-arg-catalogue = { help-population-arg-catalogue }
help-run-arg-replicates = Число прогонов метода Монте-Карло
help-run-arg-seed = Главное зерно: при одном зерне файлы одинаковы при любом `--threads`
help-run-arg-threads = Число рабочих потоков (по умолчанию или 0 — все ядра)
help-run-arg-interval = Центральная вероятность выводимого интервала (0,9 — границы 5% и 95%)
help-run-arg-out = Папка результатов (по умолчанию — новая папка в `output/`, названная по проектам и зерну)
help-run-arg-horizon = Число месяцев динамики (численность заключённых помесячно, освобождения, возвраты, экономия по годам): 0 — без динамики, не более 120
help-run-arg-no-attribution = Не распределять результаты по положениям и исключениям (`attribution.csv`, график «что даёт каждый пункт»): немного быстрее
help-run-arg-quiet = Не показывать индикатор хода расчёта
help-run-arg-no-report = Не строить графики и `report.html` / `report.md`
help-run-arg-pdf = Также напечатать краткую справку в `brief.pdf` (одна страница A4) через Chromium без окна: ищется в `PATH` как `chromium`, `chromium-browser` или `google-chrome` либо задаётся переменной `AMNESTY_CHROMIUM`
help-run-arg-targets = Показать опубликованные данные рядом с интервалами, полученными для каждого проекта, в одной таблице; повторите для нескольких файлов (например, `--targets scenarios/targets/kz-2025-forecast.toml --targets scenarios/targets/kz-2025-actual.toml`: прогноз и итог рядом)
help-compare-about = Сравнить проекты рядом друг с другом, с парными разностями относительно первого.
help-compare-long-about =
    Сравнить проекты рядом друг с другом, с парными разностями относительно первого.

    Тот же расчёт, что `run`, но не менее чем с двумя проектами; каждый прогон применяет
    все проекты к одной и той же совокупности с одними и теми же решениями судов,
    поэтому разности парные и их интервалы узкие.

    Примеры:
      amnesty-sim compare kz-2025-enacted kz-2025-drug-distribution
      amnesty-sim compare kz-2025-enacted kz-2025-no-vulnerable kz-2025-no-1y --replicates 2000
help-compare-arg-drafts = Базовый проект, затем проекты для сравнения с ним
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
help-sweep-about = Менять одно число (или переключатель) проекта в диапазоне и увидеть кривую.
help-sweep-long-about =
    Менять одно число (или переключатель) проекта в диапазоне и увидеть кривую.

    Каждая точка — это проект, в котором `PATH` равен данному значению, проверенный как
    файл; все точки рассчитываются как проекты одного расчёта Монте-Карло: каждый прогон
    строит совокупность один раз, и каждая точка встречает тех же лиц и те же решения
    судов, поэтому шаги кривой — это действие пункта, а не шум. С `--solve` находит
    значение, при котором цель перестаёт достигаться (уточняя его делением пополам),
    и говорит, насколько это надёжно.

    Виды `PATH` (пути своего проекта перечисляет `amnesty-sim check --paths DRAFT`):
      `provision.ID`, `exclude.ID`                        `on`,`off`
      `provision.ID.effect.cut.fraction`               0.1:0.5:0.05
      `provision.ID.effect.release_if_remaining_at_most`   `3m:24m:3m` (или в днях)
      `draft.court_grant`, `draft.repayment_in_time`,
      `draft.processing_months`, `provision.ID.court_grant`
                                                     параметр, закреплённый на значении
      {"..."} с окончанием `.mean`                          сдвигается его среднее, разброс сохраняется

    `GOAL`: `[prisoner|pretrial|probationer|all] OUTCOME-or-METRIC OP NUMBER [at P%]`,
    например `"prisoner freed <= 1000 at 90%"`, `"all covered >= 15000"`,
    `"bed_days_saved >= 5000000 at 80%"`. Исходы: `freed` (освобождены + освобождены
    сокращением срока), `released`, `released_by_cut`, `cut`, `case_closed`, `covered`,
    `eligible`, `excluded`; показатели: `persons`, `days_cut`, `bed_days_saved`, `cost_saved_kzt`.

    Записывает `sweep.csv/.parquet` (итоги каждой точки с интервалами), `sweep_goal.csv`
    (с `--solve`), `charts/sweep.png/.svg` и `manifest.json`.

    Примеры:
      amnesty-sim sweep --vary provision.art3-4-1.effect.cut.fraction=0.1:0.5:0.02 \
          --solve "bed_days_saved >= 3000000 at 80%"
      amnesty-sim sweep kz-2025-enacted --vary draft.court_grant.mean=0.5:0.95:0.05 \
          --metric "all covered"
      amnesty-sim sweep --vary exclude.art4-15=on,off --metric "prisoner covered"
      amnesty-sim sweep kz-2022 --vary provision.release-1y.effect.release_if_remaining_at_most=3m:24m:3m
help-sweep-arg-draft = Проект (файл или идентификатор поставляемого проекта); по умолчанию — принятый закон 2025 года
help-sweep-arg-vary = `PATH=FROM:TO:STEP` или `PATH=V1,V2,...`: что менять и в каких значениях
help-sweep-arg-solve = Цель, которую нужно достичь, например `"prisoner freed <= 1000 at 90%"`
help-sweep-arg-metric = Итог, который показывают таблица в консоли и график, например `"prisoner freed"` (по умолчанию — итог цели, иначе `"all covered"`)
help-sweep-arg-population = { help-run-arg-population }
help-sweep-arg-catalogue = { help-population-arg-catalogue }
help-sweep-arg-replicates = { help-run-arg-replicates }
help-sweep-arg-seed = { help-run-arg-seed }
help-sweep-arg-threads = { help-run-arg-threads }
help-sweep-arg-interval = { help-run-arg-interval }
help-sweep-arg-out = Папка результатов (по умолчанию — `output/sweep_<draft>_<path>_seed-<seed>`)
help-sweep-arg-quiet = { help-run-arg-quiet }
help-check-about = Разобрать, проверить типы и найти недочёты в проектах и каталоге статей; код выхода 0, если всё корректно.
help-check-long-about =
    Разобрать, проверить типы и найти недочёты в проектах и каталоге статей; код выхода 0, если всё корректно.

    Ошибки указывают на файл:строку:столбец. Тяжесть каждой статьи каталога сверяется
    с её санкцией (ст. 11 УК). Предупреждения (по совокупности по умолчанию): положение,
    под которое никто не подпадает; положение, целиком перекрытое исключениями;
    положение, которое никогда не берёт верх над другим; положение или исключение без
    краткого названия на английском, русском или казахском (`name`, `name_ru`, `name_kk`:
    так его называют отчёты). Без `DRAFTS` проверяет все поставляемые проекты.

    Примеры:
      amnesty-sim check
      amnesty-sim check scenarios/drafts/*.toml
      amnesty-sim check --catalogue my-articles.toml
      amnesty-sim check my-draft.toml --strict
      amnesty-sim check --paths kz-2025-enacted      (что может менять `sweep --vary`)
help-check-arg-drafts = Файлы проектов или идентификаторы поставляемых проектов; по умолчанию — все поставляемые проекты
help-check-arg-population = Совокупность для проверки (спецификация или реестр); по умолчанию — встроенная спецификация
help-check-arg-catalogue = Каталог статей (TOML)
help-check-arg-strict = Считать предупреждения ошибками (код выхода 1)
help-check-arg-paths = Вместо проверки перечислить пути, которые принимает `amnesty-sim sweep --vary` для каждого проекта (его числа и переключатели, со значениями, как они записаны)
help-calibrate-about = Откалибровать спецификацию совокупности по опубликованным данным (приближённый байесовский вывод, отбор).
help-calibrate-long-about =
    Откалибровать спецификацию совокупности по опубликованным данным (приближённый байесовский вывод, отбор).

    Выбирает каждый неопределённый параметр априорной спецификации, рассчитывает проект,
    оставляет выборки, ближайшие к целевым показателям, и записывает откалиброванную
    спецификацию (апостериорные распределения, с записью о калибровке), таблицу
    согласия (CSV) и график согласия (PNG, SVG) рядом с ней.

    Примеры:
      amnesty-sim calibrate --draft kz-2025-enacted --targets scenarios/targets/kz-2025-actual.toml \
          --targets scenarios/targets/kz-2025-forecast.toml
      amnesty-sim calibrate --draft kz-2025-enacted --targets t.toml --draws 2000 --out my-spec.toml
help-calibrate-arg-draft = Проект, действие которого описывают опубликованные данные (файл или идентификатор поставляемого проекта)
help-calibrate-arg-targets = Файл целевых показателей (TOML); повторите, чтобы подогнать несколько вместе, каждый с весом из его `[meta] weight`
help-calibrate-arg-population = Априорная спецификация; по умолчанию — поставляемая `scenarios/population/kz-2025-prior.toml`
help-calibrate-arg-catalogue = { help-check-arg-catalogue }
help-calibrate-arg-draws = Число выборок параметров
help-calibrate-arg-accept = Доля выборок, оставляемая как апостериорная выборка
help-calibrate-arg-seed = Зерно
help-calibrate-arg-threads = { help-run-arg-threads }
help-calibrate-arg-out = Откалиброванная спецификация для записи; таблица и график согласия — рядом с ней
help-explain-about = Показать проект пункт за пунктом или то, как он обходится с одним лицом.
help-explain-long-about =
    Показать проект пункт за пунктом или то, как он обходится с одним лицом.

    Без `--person`: каждый пункт проекта (исключения, затем положения) с его ссылкой на
    закон на выбранном языке, условием, действием и примечанием, а также собственные
    условия проекта (кто социально уязвим, срок исполнения, как сочетаются пункты).
    С `--person`: какие исключения и положения подошли, со значениями, которые это решили.

    Примеры:
      amnesty-sim explain kz-2025-enacted
      amnesty-sim explain kz-2021 --lang ru
      amnesty-sim explain kz-2025-enacted --person 42
      amnesty-sim explain my-draft.toml --person 1007 --population registry.csv
help-explain-arg-draft = Файл проекта или идентификатор поставляемого проекта
help-explain-arg-person = Идентификатор лица (без него проект выводится пункт за пунктом)
help-explain-arg-population = Совокупность (спецификация или реестр); по умолчанию — встроенная спецификация
help-explain-arg-catalogue = { help-check-arg-catalogue }
help-explain-arg-seed = Зерно синтетической совокупности (как `population --seed`)
help-serve-about = Запустить веб-страницу «что если»: выбрать поставляемый проект, отключить положения и исключения, изменить числа, добавить исключения по статьям, рассчитать, скачать проект и отчёт.
help-serve-long-about =
    Запустить веб-страницу «что если»: выбрать поставляемый проект, отключить положения и исключения, изменить числа, добавить исключения по статьям, рассчитать, скачать проект и отчёт.

    Слушает 127.0.0.1 (только этот компьютер), если `--host` не задаёт другое; выводит
    адрес, который нужно открыть. Всё, что нужно странице, есть в программе; она
    работает без сети. Ctrl-C останавливает её.

    Примеры:
      amnesty-sim serve
      amnesty-sim serve --lang ru --port 8090
      amnesty-sim serve --host 0.0.0.0 --max-replicates 5000   # доступна из сети
help-serve-arg-host = Адрес для прослушивания: 127.0.0.1 (только этот компьютер) или 0.0.0.0 для всех сетевых интерфейсов (тогда расчёты может запускать любой, кто достаёт до компьютера)
help-serve-arg-port = Порт (0 — любой свободный)
help-serve-arg-replicates = Число прогонов расчёта, если страница не просит другое
help-serve-arg-max-replicates = Наибольшее число прогонов, которое может запросить страница
help-serve-arg-concurrent = Число одновременных расчётов; остальные ждут в очереди
help-serve-arg-max-queued = Сколько расчётов может ждать места; сверх этого отказ со словами «попробуйте ещё раз» (0 — никто не ждёт, расчёт принимается, только когда есть свободное место)
help-serve-arg-threads = Рабочих потоков на расчёт (по умолчанию — все ядра)
help-serve-arg-cache-mb = Сколько мегабайт результатов прежних расчётов хранить, чтобы следующее нажатие отвечало быстрее (базовый проект и недавние варианты: те же цифры, посчитанные один раз; 0 — не хранить)
help-serve-arg-no-warm = Не считать в фоне: ни базовый проект по умолчанию при запуске, ни форму, которую читатель правит, до нажатия «Запустить» (по умолчанию считается и то и другое, чтобы нажатие «Запустить» находило часть работы сделанной; цифры те же)

## Ошибки аргументов clap (src/cli/help.rs); рамку даёт `cli-error`.
cli-clap-unknown-argument = неожиданный аргумент '{ $arg }'
cli-clap-unknown-subcommand = неизвестная команда '{ $name }'
cli-clap-value-required = для '{ $arg }' нужно значение, но оно не указано
cli-clap-invalid-value = недопустимое значение '{ $value }' для '{ $arg }'
cli-clap-possible-values = допустимые значения
cli-clap-no-equals = значение для '{ $arg }' задаётся через знак равенства
cli-clap-too-many-values = лишнее значение '{ $value }' для '{ $arg }'; больше значений не ожидалось
cli-clap-wrong-number-of-values = для '{ $arg }' нужно значений: { $expected }; указано: { $actual }
cli-clap-too-few-values = для '{ $arg }' нужно не менее { $expected } значений; указано: { $actual }
cli-clap-missing-arguments = не указаны обязательные аргументы:
cli-clap-missing-subcommand = '{ $name }' требует команду, но она не указана
cli-clap-subcommands = команды
cli-clap-used-twice = аргумент '{ $arg }' нельзя указывать несколько раз
cli-clap-conflict = аргумент '{ $arg }' нельзя указывать вместе с '{ $other }'
cli-clap-similar-subcommand = есть похожая команда: '{ $name }'
cli-clap-similar-argument = есть похожий аргумент: '{ $arg }'
cli-clap-similar-value = есть похожее значение: '{ $value }'
cli-clap-tip-pass-as-value = чтобы передать '{ $arg }' как значение, напишите '{ $use }'
cli-clap-tip-remove-dashes = команда '{ $name }' существует; чтобы её вызвать, уберите '--' перед ней
cli-clap-tip-exists = '{ $arg }' существует
cli-clap-number = это не число
cli-clap-number-whole = это не целое число
cli-clap-number-empty = число не указано
cli-clap-number-too-large = число слишком велико
cli-clap-number-range = число вне диапазона { $range }
cli-clap-try-help = Подробнее: '{ $flag }'.
