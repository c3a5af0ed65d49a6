### The page messages (the core ones are in kk.ftl).

## Мәндер: бет оларды қалай көрсетеді және оқиды.
page-months = { $count ->
   *[other] { $n } ай
}
page-bad-number = «{ $value }» сан емес: оны заңдағыдай (1/4, 2/3) немесе ондық бөлшекпен (0,25) жазыңыз
page-bad-duration = «{ $value }» мерзім емес: айлармен жазыңыз (12, 12 ай)
page-duration-too-long = «{ $value }» кез келген мерзімнен ұзақ: мерзім 100 жылдан аспайды

## Нұсқалар және олардың атаулары.
page-excluded-cite = Бетте қосылды: { $count ->
    [one] { $articles }-бап
   *[other] { $articles }-баптар
}
page-excluded-name = Алып тасталды: { $count ->
    [one] { $articles }-бап
   *[other] { $articles }-баптар
}
page-change-cut = { $clause }: қысқарту
page-change-window = { $clause }: қалғаны ең көбі
page-change-own-grant = { $clause }: сот қанағаттандырғандардың үлесі
page-change-number = { $what } { $old } орнына { $new }
page-change-off = «{ $clause }» тармағынсыз
page-change-excluded = { $articles }-баптар алып тасталды
page-change-more = { $changes } және тағы { $n } өзгеріс
page-variant-unchanged = { $draft } ({ $k }-нұсқа, өзгеріссіз)
page-variant-name = { $draft }, { $changes }

## Беттің құрылымы.
page-variant = { $k }-нұсқа
page-variant-short = Н{ $k }
page-use-variant = { $k }-нұсқаны да есептеу
page-variants-hint = 1-нұсқа әрдайым есептеледі; 2- немесе 3-нұсқаны бастапқы жобамен қатар сол ойнатулармен есептеу үшін белгілеңіз. Әр баған — бір нұсқаның ауыстырғыштары мен сандары.
page-clause = Тармақ
page-base = Бастапқы
page-technical = Техникалық мәліметтер
page-copy-link = Сілтемені көшіру
page-link-copied = Осы сценарийдің сілтемесі көшірілді: оны ашқан адам осы түзетулерді көреді.
page-link-hint = Бұл беттің мекенжайы барлық түзетуді сақтайды: сценарийді бөлісу не сақтау үшін оны көшіріңіз.
page-difference-short = Айырма { $k }
page-results = Нәтижелер: бастапқы жоба, әр нұсқа және оның бастапқыдан айырмасы (жұптық: сол ойнатулар)
page-legend-base = Бастапқы: { $name }
page-legend-variant = { $k }-нұсқа: { $name }
page-download-variant = { $k }-нұсқа жоба файлы ретінде
page-download-report = Толық есеп
page-download-xlsx = Жұмыс кітабы (электрондық кесте)
page-download-csv = Жиынтық кесте (мәтін пішімі)
page-fraction-hint = заңдағыдай: 1/4, 1/3 немесе 0,3
page-months-hint = айлармен

## Шекті іздеу.
page-solve-title = Санды қаншалықты өзгертуге болады?
page-solve-variant = Нұсқа
page-solve-bad-variant = `{ $value }` — нұсқа нөмірі емес: 1-ден { $max }-ке дейін таңдаңыз
page-solve-hint = Таңдалған нұсқа санының (жоғарыдағы бағаны) қорытынды берілген ықтималдықпен шектен төмен қалатын ең үлкен мәні: қақ бөлу әдісі, әр қадамда { $n } қайталау, сол ойнатулармен.
page-solve-field = Ең үлкен мәні
page-solve-total = мына көрсеткіш
page-solve-under = мынадан төмен қалатын
page-solve-at = ықтималдығы, %
page-solve-button = Табу
page-solve-running = Іздеу…
page-solve-busy = Басқа іздеу жүріп жатыр; бір минуттан кейін қайталаңыз.
page-solve-bad-bound = «{ $value }» шек емес: бүтін сан жазыңыз, мысалы 2500
page-solve-bad-probability = «{ $value }» ықтималдық емес: 1-ден 99-ға дейінгі пайызды жазыңыз
page-solve-bad-field = бұл санды іздеуге болмайды
page-solve-found = «{ $field }» ең үлкен мәні: { $value }. Онда { $total } қайталаулардың { $share }%-ында { $bound } шегінен төмен; { $next } кезінде олай емес.
page-solve-figure = { $value } кезіндегі { $total }: { $mean } ({ $interval }).
page-solve-none = «{ $field }» санының { $from } мен { $to } аралығындағы бірде-бір мәні { $total } көрсеткішін қайталаулардың { $p }%-ында { $bound } шегінен төмен ұстамайды.
page-solve-all = «{ $field }» санының { $to } дейінгі кез келген мәні { $total } көрсеткішін қайталаулардың { $p }%-ында { $bound } шегінен төмен ұстайды.
page-total-prisoner-freed = босатылған сотталғандар (қысқартумен де)
page-total-prisoner-released = босатылған сотталғандар
page-total-probationer-released = пробациядағы босатылғандар
page-total-pretrial-closed = тоқтатылған істер
page-total-covered = рақымшылық қамтығандар

## Сервердің қате сұрауларға бас тартулары (src/serve/mod.rs) және беттегі өзгерістер (src/serve/edit.rs).
serve-no-page = мұндай бет жоқ; бет / мекенжайында орналасқан
serve-headers-too-large = сұраудың тақырыптары { $size } байт алады; ең көбі { $max } байт рұқсат етіледі
serve-unknown-lang = белгісіз тіл; `kk`, `ru` немесе `en` күтіледі
serve-bad-replicates = `{ $value }`: 1-ден { $max }-ке дейінгі бүтін сан көрсетіңіз
serve-no-base = формада бастапқы жоба көрсетілмеген (`base` өрісі)
serve-unknown-base = белгісіз бастапқы жоба `{ $id }`; мыналардың бірі күтіледі: { $ids }
serve-busy = сервер бос емес ({ $n } есеп орындалып жатыр немесе кезекте тұр); бір минуттан кейін қайталаңыз
serve-bad-job = `{ $id }` — есеп нөмірі емес
serve-no-job = { $id } есебі жоқ (аяқталған есептер 32 жаңа есептен кейін ұмытылады)
serve-no-variant = { $id } есебінде `{ $k }` нұсқасы жоқ
serve-not-finished = есеп әлі аяқталған жоқ
serve-edited-file = `{ $id }.toml` (бетте өзгертілген)
serve-too-many-articles = бір уақытта ең көбі { $max } бап
serve-not-article = `{ $text }` — бап нөмірі емес; 297 немесе 108-1 сияқты нөмірлерді үтір арқылы жазыңыз
serve-article-not-catalogued = { $articles } { $count ->
    [one] бабы
   *[other] баптары
} баптар каталогында ({ $catalogue }) жоқ, сондықтан жиынтықта ешкімде { $count ->
    [one] ол жоқ
   *[other] олар жоқ
} және оны шығару ештеңені өзгертпейді; каталогтың баптары: { $known }
serve-run-stopped = есеп тоқтап қалды: { $error }
