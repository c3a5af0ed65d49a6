### The page messages (the core ones are in ru.ftl).

## Значения, как их показывает и читает страница.
page-months = { $count ->
   *[other] { $n } мес.
}
page-bad-number = «{ $value }» — не число: запишите его, как в законе (1/4, 2/3), или десятичной дробью (0,25)
page-bad-duration = «{ $value }» — не срок: укажите месяцы (12, 12 мес.)
page-duration-too-long = «{ $value }» — дольше любого срока: сроки не больше 100 лет

## Варианты и их названия.
page-excluded-cite = Добавлено на странице: { $count ->
    [one] статья
   *[other] статьи
} { $articles }
page-excluded-name = Исключено: { $count ->
    [one] статья
   *[other] статьи
} { $articles }
page-change-cut = { $clause }: сокращение
page-change-window = { $clause }: освобождение, если осталось не более
page-change-own-grant = { $clause }: доля удовлетворённых судом
page-change-number = { $what } { $new } вместо { $old }
page-change-off = без пункта «{ $clause }»
page-change-excluded = исключены статьи { $articles }
page-change-more = { $changes } и ещё изменений: { $n }
page-variant-unchanged = { $draft } (вариант { $k }, без изменений)
page-variant-name = { $draft }, { $changes }

## Разметка страницы.
page-variant = Вариант { $k }
page-variant-short = В{ $k }
page-use-variant = рассчитать и вариант { $k }
page-variants-hint = Вариант 1 рассчитывается всегда; отметьте вариант 2 или 3, чтобы рассчитать его рядом с исходным проектом на тех же розыгрышах. Каждый столбец — переключатели и числа одного варианта.
page-clause = Пункт
page-base = Исходный
page-technical = Технические подробности
page-copy-link = Скопировать ссылку
page-link-copied = Ссылка на этот сценарий скопирована: кто её откроет, увидит эти правки.
page-link-hint = Адрес этой страницы хранит все правки: скопируйте его, чтобы поделиться сценарием или сохранить его.
page-difference-short = Разница { $k }
page-results = Результаты: исходный проект, каждый вариант и его разница с исходным (парная: те же розыгрыши)
page-legend-base = Исходный: { $name }
page-legend-variant = Вариант { $k }: { $name }
page-download-variant = Вариант { $k } файлом проекта
page-download-report = Полный отчёт
page-download-xlsx = Рабочая книга (электронная таблица)
page-download-csv = Сводная таблица (текстовый формат)
page-fraction-hint = как в законе: 1/4, 1/3 или 0,3
page-months-hint = в месяцах

## Поиск предела.
page-solve-title = Насколько можно изменить число?
page-solve-variant = Вариант
page-solve-bad-variant = `{ $value }` — не номер варианта: выберите от 1 до { $max }
page-solve-hint = Наибольшее значение числа выбранного варианта (его столбец выше), при котором итог остаётся ниже предела с заданной вероятностью: деление пополам, { $n } повторений на шаг, на тех же розыгрышах.
page-solve-field = Наибольшее значение
page-solve-total = при котором
page-solve-under = ниже
page-solve-at = с вероятностью, %
page-solve-button = Найти
page-solve-running = Поиск…
page-solve-busy = Уже идёт другой поиск; попробуйте через минуту.
page-solve-bad-bound = «{ $value }» — не предел: укажите целое число, например 2500
page-solve-bad-probability = «{ $value }» — не вероятность: укажите процент от 1 до 99
page-solve-bad-field = это число нельзя подбирать
page-solve-found = Наибольшее значение «{ $field }»: { $value }. При нём { $total } ниже { $bound } в { $share }% повторений; при { $next } уже нет.
page-solve-figure = { $total } при { $value }: { $mean } ({ $interval }).
page-solve-none = Ни одно значение «{ $field }» от { $from } до { $to } не удерживает { $total } ниже { $bound } в { $p }% повторений.
page-solve-all = Любое значение «{ $field }» до { $to } удерживает { $total } ниже { $bound } в { $p }% повторений.
page-total-prisoner-freed = освобождённые осуждённые (в том числе сокращением)
page-total-prisoner-released = освобождённые осуждённые
page-total-probationer-released = освобождённые от наказания на пробации
page-total-pretrial-closed = прекращённые дела
page-total-covered = охваченные амнистией

## Отказы сервера на некорректные запросы (src/serve/mod.rs) и правки на странице (src/serve/edit.rs).
serve-no-page = такой страницы нет; страница находится по адресу /
serve-headers-too-large = заголовки запроса занимают { $size } байт; допускается не более { $max }
serve-unknown-lang = неизвестный язык; ожидается `kk`, `ru` или `en`
serve-bad-replicates = `{ $value }`: укажите целое число от 1 до { $max }
serve-no-base = в форме не указан исходный проект (поле `base`)
serve-unknown-base = неизвестный исходный проект `{ $id }`; ожидается один из: { $ids }
serve-busy = сервер занят ({ $n } расчётов выполняются или ждут очереди); попробуйте через минуту
serve-bad-job = `{ $id }` — не номер расчёта
serve-no-job = расчёта { $id } нет (завершённые расчёты забываются после 32 более новых)
serve-no-variant = у расчёта { $id } нет варианта `{ $k }`
serve-not-finished = расчёт ещё не завершён
serve-edited-file = `{ $id }.toml` (изменён на странице)
serve-too-many-articles = не более { $max } статей за раз
serve-not-article = `{ $text }` — не номер статьи; пишите номера вроде 297 или 108-1 через запятую
serve-article-not-catalogued = { $count ->
    [one] статьи { $articles } нет
   *[other] статей { $articles } нет
} в каталоге статей ({ $catalogue }), поэтому ни у кого в совокупности { $count ->
    [one] её нет
   *[other] их нет
}, и исключение ничего бы не изменило; статьи каталога: { $known }
serve-run-stopped = расчёт остановился: { $error }
