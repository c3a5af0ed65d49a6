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
