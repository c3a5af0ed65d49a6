### The cli messages (the core ones are in kk.ftl).

## Қателер: жақтау (файл:жол:баған, жол және оның астындағы белгі) барлық тілде бірдей.
cli-error = қате: { $message }
cli-pick-port = `--port` параметрімен басқа порт таңдаңыз (0: кез келген бос порт)
error-help = кеңес: { $help }
error-registry-row = { $path }: { $row }-жол: { $message }
error-registry-row-column = { $path }: { $row }-жол, `{ $column }` бағаны: { $message }
error-registry-column = { $path }: `{ $column }` бағаны: { $message }
error-cancelled = есептеу тоқтатылды
error-bug = ішкі қате: { $what }. Бұл деректеріңіздің емес, бағдарламаның қатесі: ешбір файл жазылған жоқ; командалық жолды қоса отырып хабарлаңыз
error-io = { $path }: { $system }
error-io-not-found = { $path }: мұндай файл немесе қалта жоқ
error-io-permission = { $path }: қол жеткізуге рұқсат жоқ
error-io-is-directory = { $path }: бұл файл емес, қалта
error-io-not-directory = { $path }: бұл жолдың бір бөлігі қалта емес
error-io-exists = { $path }: бұрыннан бар
error-io-full = { $path }: диск толы
error-toml-unknown-field = белгісіз өріс `{ $field }`; рұқсат етілгендері: { $expected }
error-toml-unknown-value = белгісіз мән `{ $value }`; рұқсат етілгендері: { $expected }
error-toml-missing-field = міндетті `{ $field }` өрісі көрсетілмеген
error-toml-duplicate-key = `{ $key }` кілті екі рет көрсетілген

## Қате айтатын сұраным параметрлері, оларды жалауша атамаған кезде.
setting-draft = жоба
setting-replicates = қайталау саны
setting-threads = ағын саны
setting-interval = аралық
setting-horizon = көкжиек
setting-out = нәтиже қалтасы
setting-vary = өзгертілетін жол
setting-goal = мақсат
setting-total = көрсеткіш
setting-person = адам
setting-draws = таңдау саны
setting-accept = қабылданатын үлес
setting-targets = мақсатты көрсеткіштер
setting-max-replicates = ең көп қайталау саны
setting-concurrent = бір мезгілдегі есептеулер
setting-population = жиынтық
setting-build = `AMNESTY_BUILD`
setting-pdf = басып шығаруға арналған анықтама

## Машина не істеуге мүмкіндік бермеді.
action-start-threads = жұмыс ағындарын іске қосу мүмкін болмады
action-listen = портты ашу мүмкін болмады
action-start-server = серверді іске қосу мүмкін болмады
action-serve = сервер тоқтады
action-print = `brief.pdf` басып шығару мүмкін болмады

## Жобалар компиляторы.
draft-unknown = мұндай файл да, осындай сәйкестендіргіші бар жеткізілетін жоба да жоқ; жеткізілетін жобалар: { $ids }
draft-unknown-near = мұндай файл да, осындай сәйкестендіргіші бар жеткізілетін жоба да жоқ; мүмкін `{ $near }` деп айтқыңыз келген шығар? Жеткізілетін жобалар: { $ids }
draft-unknown-field = белгісіз өріс `{ $field }`
draft-unknown-field-near = белгісіз өріс `{ $field }`; мүмкін `{ $near }` деп айтқыңыз келген шығар?
draft-fields-help = өрістер: { $fields }
draft-field-problem = { $field }: { $problem }
draft-effect-help = салдар былай жазылады: `"release"`, `"close_case"`, `{"{"} cut = {"{"} fraction = 0.2, of = "unserved" {"}"} {"}"}` немесе `{"{"} release_if_remaining_at_most = "1y" {"}"}`
draft-fraction-range = қысқарту үлесі { $fraction } (0, 1] аралығынан тыс
draft-duration-help = сан мен бірлікті жазыңыз: `1y` (365 күн), `6m` (әрқайсысы 30 күн), `2w` немесе `30d`
draft-duration-empty = бос мәтін мерзім емес; { draft-duration-help }
draft-duration-no-unit = `{ $text }` бірлігі жоқ; { draft-duration-help }
draft-duration-bad = `{ $text }` мерзім емес; { draft-duration-help }
draft-duration-unit = `{ $unit }` уақыт бірлігі емес; `y` (365 күн), `m` (30 күн), `w` немесе `d` қолданыңыз
draft-duration-too-long = { $text } кез келген мерзімнен ұзақ: мерзімдер `100y` ({ $max } күн) аспайды

## Командалардың ортақ сөздері.
cli-note = ескерту: { $note }

## check
check-ok = дұрыс
check-error = қате
check-catalogue = { $path }: { $status }: каталог, жазбалар саны: { $entries }, әрқайсысының ауырлығы санкциясымен салыстырылды (11-бап)
check-no-population = (жобалар тексерілмеді: жиынтық жүктелмейді)
check-draft-ok = { $path }: дұрыс: `{ $id }` жобасы, ерекшеліктер саны: { $exclusions }, ережелер саны: { $provisions }
check-id-repeats = ; ескерту: `{ $id }` сәйкестендіргіші алдыңғы жобалардың бірінікімен қайталанады
check-lint-warning = ескерту: `{ $id }` ережесі: { $message }
check-warnings = (ескертулер саны: { $n }; әдепкі жиынтықта бағаланды, адам саны: { $persons })

## sweep
sweep-header = { $path }: { $draft } жобасы үшін { $points } нүктедегі мәндер (әр нүктеге { $replicates } қайталау, барлық нүктеге бірдей)
sweep-value = мән
sweep-columns = { $total }: орташа [{ $pct }% аралық]
sweep-all-covered = барлық қамтылғандар
sweep-goal = мақсат: { $goal }
sweep-timing = қайталауларға { $seconds } с (секундына { $rate } млн адам-қайталау, { $build } жинағы)

## calibrate
calibrate-abc = жуық байес қорытындысымен іріктеу: { $parameters } параметр үшін { $draws } таңдау, { $seconds } с; ең жақындары қалдырылды: { $kept } ({ $within } таңдауда барлық мақсатты көрсеткіш рұқсат шегінде)
calibrate-other-draft = ескерту: { $path } `{ $made }` жобасы үшін жасалған, калибрлеу `{ $draft }` бойынша жүргізіледі
calibrate-col-target = көрсеткіш
calibrate-col-published = жарияланған
calibrate-col-prior = априорлы 90% (медиана)
calibrate-col-calibrated = калибрлеуден кейін 90% (медиана)
calibrate-col-parameter = жоба параметрі
calibrate-col-pinned = нақтыланды ма?
calibrate-pinned-yes = иә: `[draft_parameters]` бөліміне жазылды
calibrate-pinned-moved = ығысты (жобаның априорлы үлестірімі сақталады)
calibrate-pinned-no = жоқ: деректер ол туралы ештеңе айтпайды

## population
population-wrote = адам саны: { $n }, { $path } файлына жазылды
population-from = { $path } жиынтығы (бастапқы сан { $seed }, параметрлер: { $kind })
population-central = орталық
population-drawn = кездейсоқ
calibrate-upper-bound = жоғарғы шек
calibrate-lower-bound = төменгі шек
calibrate-lower-bound-unfitted = төменгі шек, сәйкестендірілмейді
calibrate-unfitted = сәйкестендірілмейді

## explain
explain-no-person = мұндай сәйкестендіргіші бар адам жоқ; сәйкестендіргіштер { $low } мен { $high } аралығында

## check ескертулері.
lint-no-match = жиынтықтың ешбір адамы `{ $when }` шартына сәйкес келмейді, мыналардың ішінде: { $statuses }
lint-excluded = толығымен ерекшеліктермен жабылған: сәйкес келетін { $n } адамның барлығы шығарылған
lint-never-wins = ешқашан бірінші қолданылмайды: ол жететін { $n } адамның әрқайсысы неғұрлым қолайлы салдар алады, көбінесе `{ $other }` бойынша
lint-never-applies = ешқашан қолданылмайды: оның салдары сәйкес келетін { $n } адамның ешқайсысына келмейді (өмір бойғы мерзімдер немесе рұқсат етілгеннен көп қалған мерзім)
lint-prisoners = сотталғандар
lint-pretrials = сотқа дейін күзетпен ұсталғандар
lint-probationers = пробация есебіндегілер
lint-and = { $a } және { $b }
lint-and3 = { $a }, { $b } және { $c }

## run
run-calibrated-parameter = { $draft }: `{ $name }` жобаның априорлы үлестірімінен емес, калибрлеумен тарылтылған { $spec } файлының `[draft_parameters]` бөлімінен алынады (`{ $dist }`)
error-pdf-no-chromium = `brief.pdf` `chromium` браузерімен басылады, бірақ ол табылмады: `chromium` орнатыңыз немесе оның жолын `{ $variable }` айнымалысында көрсетіңіз; `report.html` сол қысқаша шолуды кез келген браузерден басып шығарады

## explain: жоба тармақ бойынша және бір адамды талдау (src/engine/explain.rs).
## Жобада жазылғандар (шарттар, өріс мәндері, сәйкестендіргіштер) код ретінде, кері тырнақшада көрсетіледі.
explain-days = { $n } күн
explain-article-part = { $article }-баптың { $part }-бөлігі
explain-none = (жоқ)
explain-life = өмір бойы
explain-tenge = { $n } теңге
explain-yes = иә
explain-no = жоқ
explain-matches = сәйкес
explain-on-the-list = бап пен бөлік тізбеде бар
explain-not = келесі шарт орындалмайды:
explain-all-of = барлық шарттар:
explain-any-of = шарттардың кемінде біреуі:
explain-word-yes = иә
explain-word-no = жоқ
explain-term-life = өмір бойы бас бостандығынан айыру
explain-term-pretrial = әлі үкім шығарылмаған; қамауда { $detained }
explain-term = мерзімі { $term }, өтелгені { $served }, қалғаны { $remaining }
explain-person = № { $id } адам: { $status ->
    [prisoner] бас бостандығынан айыруға сотталған
    [pretrial] тергеудегі адам
   *[probationer] пробация есебіндегі адам
}, { $sex ->
    [female] әйел
   *[male] ер
}, жасы { $age } (құқық бұзушылық кезінде { $age_at_offence }), { $article }-баптың { $part }-бөлігі ({ $gravity }; { $group }), белгілері: { $tags }
explain-person-damage = залал { $damage } теңге, өтелді: { $repaid }, азаматтық талап: { $claim }, { $recidivism }, теріс мінездеме: { $conduct }, шетел азаматы: { $foreign }
explain-person-conduct = жазаны өтеу кезінде жасалған қылмыс: { $serving }, режимді қасақана бұзушы: { $violator }
explain-person-vulnerable = тіркелген әлеуметтік осал топтар: { $groups }
explain-exclusions = ерекшеліктер ({ $n }), барлық тармақтардан басым:
explain-provisions = тармақтар ({ $n }):
explain-official-text = ресми мәтін: { $url }
explain-in-force = күшіне енеді: { $effective }; { $cutoff } дейін жасалған құқық бұзушылықтарға қолданылады
explain-vulnerable = әлеуметтік осал адамдар ({ $cite }): { $when }
explain-note = ескертпе (жоба файлындағы күйінде): { $note }
explain-why = негіздеме (жоба файлындағы күйінде): { $note }
explain-period = қалған мерзім орындау кезеңін ескере отырып есептеледі: { $days } күн (`remaining_in_period`)
explain-no-period = қалған мерзім заң күшіне енген күні есептеледі
explain-combine = бір адамға бірнеше тармақ сәйкес келсе, { $rule ->
    [most_favourable] ең қолайлы біреуі қолданылады
    [cumulative] олар қосылады
   *[first_listed] тізімдегі біріншісі қолданылады
} (`{ $rule }`)
explain-articles = { $code } жылғы Қылмыстық кодекстің { $n } бабы мен бөлігі{ $other ->
    [yes] { " " }(жиынтықтағы баптар 2014 жылғы Кодекс бойынша, сондықтан бұл тармақтар ондағы ешкімді шығармайды)
   *[no] {""}
}:
explain-cited-only = толықтық үшін ғана келтірілген: ешбір санға әсер етпейді
explain-when = шарты: { $when }
explain-effect = салдары: { $effect }
explain-cut-open = { $base ->
    [unserved] өтелмеген мерзімді
   *[imposed] тағайындалған мерзімді
} заң белгілемеген үлеске қысқарту: { $dist }
explain-shares-title = «{ $draft }» жобасы бойынша шығарылғандар (әр санаттағы адамдардың ерекшелік қолданылатын үлесі)
explain-shares-item = ерекшелік
explain-shares-any = кез келген ерекшелік
explain-why-life-window = өмір бойы бас бостандығынан айырудың аяқталу күні жоқ, сондықтан қанша «қалғанын» есептеу мүмкін емес
explain-why-too-long = { $left } күн қалды, бұл тармақ рұқсат ететін { $max } күннен көп
explain-why-life-cut = өмір бойы бас бостандығынан айыруда үлеске қысқартуға болатын мерзім жоқ
explain-why-pretrial-cut = тергеудегі адамның қысқартуға болатын үкімі жоқ
explain-why-zero = дөңгелектегеннен кейін қысқарту нөл күнге тең
explain-why-none-matches = неге қолданылмайды: бұл адамға бірде-бір тармақтың шарты сәйкес келмейді.
explain-why-nothing-to-give = неге қолданылмайды: шарты сәйкес келетін барлық тармақтар бұл адамға ештеңе бермейді:
explain-why-not-applicable = оның салдары бұл адамға қолданылмайды
explain-excluded-anyway = жоғарыдағы ерекшеліктер бәрібір бұл адамға рақымшылық қолдануға жол бермес еді; олар тек қандай да бір тармақ көмектесе алатын адамдар үшін ғана шешуші.
explain-exclusions-of = «{ $draft }» жобасының ерекшеліктері:
explain-excluded-by = ШЫҒАРЫЛДЫ: { $cite }
explain-not-matched = сәйкес емес: { $cite }
explain-provisions-of = тармақтар:
explain-but-more-remains = { " " }(бірақ одан көп қалды)
explain-other-status = қолданылатын санаттар: { $statuses }; бұл адам — { $status ->
    [prisoner] бас бостандығынан айыруға сотталған
    [pretrial] тергеудегі адам
   *[probationer] пробация есебіндегі адам
}
explain-on-paper = формалды белгілер бойынша (барлық соттар ұсынымды қанағаттандырады; залал тек белгіленген жағдайда өтелген деп саналады): { $outcome }{ $provision ->
    [none] {""}
   *[other] , { $provision } тармағы бойынша
}{ $days ->
    [0] {""}
   *[other] , мерзім { $days } күнге қысқартылды
}
explain-exclusion-overrides = (ерекшелік жоғарыдағы тармақтан басым)
explain-repayment = залалды өтеуді талап ететін тармақтар залал уақтылы өтелгенде ғана қолданылады (жобаның `repayment_in_time` ықтималдығы)
explain-court-grant = Монте-Карло есебінде әр сот ұсынымды тармақтың `court_grant` ықтималдығымен қанағаттандырады.

## Үлестірімдер сөзбен (explain, check --paths, run ескертпелері).
dist-beta = орташасы { $mean }, шоғырлануы { $concentration } бета-үлестірім
dist-uniform = [{ $low }, { $high }] аралығындағы біркелкі үлестірім

## population --summary (src/population/marginals.rs).
marg-columns =
    Бағандар:
    {"  "}{ $population }: құрылған жиынтықтағы мән (адамдар саны немесе санаттағы адамдардың үлесі)
    {"  "}{ $drawn }: спецификацияның белгісіз үлесінің осы бастапқы санмен таңдалған мәні (генератор көздеген мән)
    {"  "}{ $spec }: спецификацияның орталық мәні, көптеген таңдаулар бойынша үлестірімінің орташасы
    Таңдалған мән спецификация орташасынан едәуір алшақ болуы мүмкін: әр есеп үлестерді
    үлестірімдерінен жаңадан таңдайды (жарияланған деректер дәл емес жерде кең), ал есептің
    аралықтары сол шашырауды ескереді. `--central` жиынтықты спецификация орташалары бойынша құрады.
    «{ $population }» бағаны «{ $drawn }» бағанынан тек бірнеше адамдық таңдамалы шуылмен ерекшеленеді.
marg-col-population = жиынтық
marg-col-drawn = таңдалғаны
marg-col-spec = спецификация орташасы
marg-persons = адамдар саны
marg-gravity = ауырлығы: { $gravity ->
    [misdemeanour] қылмыстық теріс қылық
    [minor] онша ауыр емес
    [medium] орта ауырлықтағы
    [grave] ауыр
   *[especially_grave] аса ауыр
}
marg-female = әйелдер
marg-age = жасы { $lo }–{ $hi }
marg-repeat = қылмыстардың қайталануы (кәмелетке толғаннан кейін жасағандар)
marg-dangerous = қауіпті рецидив (қайталап жасағандардың ішінде)
marg-life = өмір бойына сотталғандар
marg-vulnerable = әлеуметтік осал (кез келген топ)
marg-foreign = шетел азаматтары
marg-bad-conduct = теріс мінездемесі барлар
marg-persistent = режимді қасақана бұзушылар
marg-crime-while-serving = жазаны өтеу кезінде жасалған қылмыс
marg-probation = пробация: { $kind ->
    [restriction_of_freedom] бас бостандығын шектеу
    [conditional] шартты түрде соттау
   *[parole] шартты түрде мерзімінен бұрын босату
}
marg-damage = материалдық залал келтірілген
marg-repaid = залал өтелген (залал келтіргендердің ішінде)
marg-mean-term = орташа мерзім, жыл
marg-mean-remaining = орташа қалған мерзім, жыл
marg-mean-detained = қазіргі күнге дейін қамауда болған орташа күндер

## sweep --solve және --metric: мақсат және ондағы қателер (src/sweep/goal.rs).
goal-grammar = мысалы, `prisoner freed <= 1000 at 90%` деп жазыңыз: алдымен санат (`prisoner`, `pretrial`, `probationer` немесе `all`), содан кейін нәтиже (`freed` — `released` пен `released_by_cut` бірге; `released`, `released_by_cut`, `cut`, `case_closed`, `covered`, `eligible`, `excluded`) немесе көрсеткіш (`persons`, `days_cut`, `bed_days_saved`, `cost_saved_kzt`), одан кейін нәтижені көрсетпеуге болады
goal-unknown-word = `{ $word }` — { $what ->
    [outcome] нәтиже емес
    [outcome-or-metric] нәтиже де, көрсеткіш те емес
   *[here] мұнда артық
}; { $near ->
    [none] {""}
   *[other] `{ $near }` деп жазғыңыз келді ме?{" "}
}{ $grammar }
goal-no-total = `{ $text }` ішінде не есептелетіні көрсетілмеген: мысалы, `prisoner released` деп жазыңыз
goal-no-measure = `{ $text }` ішінде санат бар, бірақ нәтиже немесе көрсеткіш жоқ, мысалы `prisoner released`
goal-metric-outcome = `{ $metric }` көрсеткіші `covered`, `released`, `released_by_cut`, `cut` және `case_closed` нәтижелері үшін есептеледі, `{ $outcome }` үшін есептелмейді
goal-no-comparison = `{ $text }` ішінде салыстыру жоқ; мысалы, `prisoner released <= 1000 at 90%` деп жазыңыз (`<=`, `<`, `>=` немесе `>`)
goal-number-missing = `{ $text }`: `{ $op }` белгісінен кейін сан тұруы керек
goal-not-number = `{ $number }` — сан емес (разрядтарды `,` немесе `_` арқылы бөлуге болады)
goal-not-probability = `{ $p }` — ықтималдық емес; мысалы, 90% деп жазыңыз
goal-probability-range = `{ $p }`: ықтималдық 0%-дан қатаң үлкен және 100%-дан қатаң кіші болуы керек
goal-trailing = сандан кейінгі `{ $rest }`: `at 90%` деп жазыңыз немесе ештеңе жазбаңыз (50%)
goal-bound = { $n }
goal-describe = `{ $total }` { $op } { $bound }, есептердің кемінде { $pct }%-ында

## sweep-тің мақсатқа жауабы (src/sweep/mod.rs).
sweep-none-meets = `{ $path }` мәндерінің `{ $from }` мен `{ $to }` аралығындағы бірде-біреуі «{ $goal }» мақсатына жетпейді. Ең жақыны — `{ $path } = { $best }`: мақсатқа есептердің { $share }%-ында жетеді (Монте-Карло әдісінің қателігі ±{ $error } пайыздық тармақ).
sweep-every-meets = `{ $path }` мәндерінің `{ $from }` мен `{ $to }` аралығындағы барлығы «{ $goal }» мақсатына жетеді (ең сенімсізі — есептердің { $share }%-ы).
sweep-boundary = «{ $goal }» мақсатына `{ $path }` { $direction ->
    [most] ең көбі
   *[least] кемінде
} `{ $value }` болғанда жетеді: онда мақсатқа есептердің { $share }%-ы жетеді ({ $n } есепте Монте-Карло әдісінің қателігі ±{ $error } пайыздық тармақ); `{ $beyond }` болғанда тек { $beyond_share }%-ы жетеді.{ $close }{ $scattered }
sweep-close = { " " }`{ $lo }` мен `{ $hi }` аралығындағы мәндердегі үлестер { $pct }%-дан Монте-Карло әдісінің екі қателігінен аз ерекшеленеді, сондықтан шекара солардың арасында жатыр; есептер санын көбейту (`--replicates`) оны тарылтады.
sweep-scattered = { " " }Мақсатқа жалғыз шекараның бір жағында емес, тек { $values } мәндерінде жетеді; бір мәнге сенбес бұрын іріктеу қисығын қараңыз.

## sweep --vary және жобаның жолдары (src/sweep/mod.rs, src/draft/paths.rs).
vary-form = `ЖОЛ=БАСТАП:ДЕЙІН:ҚАДАМ` (мысалы, `provision.art3-4-1.effect.cut.fraction=0.1:0.5:0.02`) немесе `ЖОЛ=on,off` деп жазыңыз
vary-range = аралық `БАСТАП:ДЕЙІН:ҚАДАМ` түрінде жазылады
vary-switch-range = ауыстырғыш аралықты емес, `on` және `off` мәндерін қабылдайды
vary-step = ҚАДАМ оң сан болуы керек
vary-order = БАСТАП мәні ДЕЙІН мәнінен аспауы керек
vary-too-many = { $n } нүкте; іріктеуде олардың саны { $max }-ден аспайды: үлкенірек ҚАДАМ алыңыз
vary-count = 1-ден { $max }-ге дейін мән көрсетіңіз
vary-draft-fails = жоба тексеруден өтпейді:
    { $errors }
path-values-switch = `on` немесе `off`
path-values-fraction = (0, 1] аралығындағы үлес, мысалы `0.1:0.5:0.05`
path-values-duration = мерзім (`6m`, `1y`, `90d`) немесе күндер саны, мысалы `3m:24m:3m`
path-values-fixed = сан: параметр бекітілетін мән (ықтималдық; `processing_months` үшін айлар)
path-values-mean = сан: үлестірімнің жаңа орташасы, шашырауы сақталады
path-switch-value = `{ $value }`
path-beta-mean = бета-үлестірім, орташасы { $mean }
path-from-to = { $low } бастап { $high } дейін
path-unknown = `{ $draft }` жобасында мұндай жол жоқ; { $near ->
    [none] {""}
   *[other] `{ $near }` деп жазғыңыз келді ме?{" "}
}жолдар тізімін `amnesty-sim check --paths { $draft }` шығарады (түрлері: `provision.ID`, `exclude.ID`, `provision.ID.effect.cut.fraction`, `provision.ID.effect.release_if_remaining_at_most`, `draft.court_grant[.mean]`, `draft.repayment_in_time[.mean]`, `draft.processing_months[.mean]`, `provision.ID.court_grant[.mean]`)
path-not-switch = `{ $text }` — ауыстырғыштың мәні емес; `on` немесе `off` деп жазыңыз
path-days-too-long = `{ $text }` күн кез келген мерзімнен ұзақ: мерзімдер `100y` ({ $max } күн) дейін болады
path-not-whole-days = `{ $text }` — күндердің бүтін саны емес
path-not-number = `{ $text }` — сан емес; керегі: { $values }
path-not-editable = жоба мәтінін TOML ретінде өзгерту мүмкін емес: { $error }
path-cannot-set = бұл жобаның мәтінінде бұл мәнді орнату мүмкін емес
path-takes = қабылдайтыны: { $values }
path-no-distribution = параметрде `beta`, `uniform` немесе `value` жоқ
path-uniform-two = `uniform` үшін екі сан керек

## check --paths
paths-header = { $id } ({ $path }): `amnesty-sim sweep { $id } --vary ЖОЛ=...` үшін жолдар
paths-now = қазір { $value }
paths-takes = қабылдайтыны: { $values }

## Кіріс деректерін жүктеу (src/cli/load.rs).
load-unused-columns = ескерту: { $path }: { $columns } { $n ->
    [one] бағаны пайдаланылмайды
   *[other] бағандары пайдаланылмайды
} (жиынтық файлының бағандарын `amnesty-sim population --columns` шығарады)
load-duplicate-id = `{ $id }` жоба сәйкестендіргіші бұл іске қосуда екі рет кездеседі; әр жобаға жеке сәйкестендіргіш беріңіз

## Оқылмайтын тізілім (жиынтық) файлы (src/population/io.rs).
registry-format = кесте пішімі белгісіз; файл атауы `.csv` немесе `.parquet` болып аяқталуы керек
registry-unreadable = { $format } кестесін оқу мүмкін емес: { $error }
registry-empty-file = файл бос; жиынтық файлы тақырып жолынан басталады
registry-fields = өрістер саны { $got }, ал тақырыпта { $want }; өрісте артық үтір болуы немесе бір өріс жетпеуі мүмкін
registry-no-probation-kind = `{ $column }` бағаны жоқ: пробация есебіндегі адамдар ({ $n }) ең көп топ — шартты түрде сотталғандар деп саналады (болжам); бас бостандығын шектеу мен шартты түрде мерзімінен бұрын босатуды ажырату үшін бағанды қосыңыз
registry-missing-column = баған жоқ{ $near ->
    [none] {""}
   *[other] { " " }(`{ $near }` бағаны бар: қате жазылған ба?)
}; жиынтық файлына керегі: { $required } (міндетті емес: { $optional })
registry-empty-int = бос; бүтін сан керек
registry-not-int = `{ $value }` — бүтін сан емес
registry-out-of-range = { $value } — рұқсат етілген аралықтан тыс; { $min }-ден { $max }-ге дейін күтіледі
registry-not-bool = `{ $value }` — логикалық мән емес; `true` немесе `false` күтіледі
registry-unknown-value = белгісіз мән `{ $value }`; { $near ->
    [none] {""}
   *[other] `{ $near }` деп жазғыңыз келді ме?{" "}
}мыналардың бірі күтіледі: { $valid }
registry-no-rows = кестеде жол жоқ
registry-too-many = жолдар саны { $n }: жиынтықта ең көбі { $max } адам болады
registry-id-twice = { $id } сәйкестендіргіші екі рет кездеседі
registry-age-at-offence = { $at } заң күшіне енген күнгі жастан ({ $age }) үлкен
registry-served = өтелген { $served } күн { $term } күндік мерзімнен асып кетеді
registry-unknown-tag = белгісіз белгі `{ $tag }`; { $near ->
    [none] {""}
   *[other] `{ $near }` деп жазғыңыз келді ме?{" "}
}рұқсат етілген белгілер: { $valid }
registry-life-pretrial = тергеудегі адамның үкімі жоқ, сондықтан оның өмір бойғы мерзімі болуы мүмкін емес
registry-life-probation = өмір бойы бас бостандығынан айыру пробация есебінде емес, мекемеде өтеледі
registry-sentence-pretrial = { $value }: тергеудегі адамның әлі үкімі жоқ; өрісті бос қалдырыңыз
registry-sentence-life = { $value }: өмір бойы бас бостандығынан айырудың күнмен берілген мерзімі жоқ; өрісті бос қалдырыңыз
registry-sentence-missing = бос, бірақ { $status ->
    [prisoner] бас бостандығынан айыруға сотталған адамға
    [pretrial] тергеудегі адамға
   *[probationer] пробация есебіндегі адамға
} мерзім күнмен керек
registry-elderly = `{ $value }` мәні { $age } жастағы { $sex ->
    [female] әйелге
   *[male] ерге
} сәйкес келмейді (2025 жылғы заң: әйелдер 50 жастан, ерлер 60 жастан)
registry-juvenile = `{ $value }` мәні құқық бұзушылық кезіндегі { $at } жасқа сәйкес келмейді
registry-true-for-man = ер адамда `true`
registry-true-for-woman = әйел адамда `true`
registry-violator-status = { $status ->
    [pretrial] тергеудегі адамда
   *[probationer] пробация есебіндегі адамда
} `true`: режимді қасақана бұзушы деп тек бас бостандығынан айыруды өтеп жатқан сотталған ғана танылуы мүмкін
registry-violator-conduct = `true`, бірақ `bad_conduct` — `false`: режимді қасақана бұзушының теріс мінездемесі болады
registry-probation-none = пробация есебіндегі адамда `none`; пробация түрі күтіледі: { $valid }
registry-probation-kind = { $status ->
    [prisoner] бас бостандығынан айыруға сотталған адамда
   *[pretrial] тергеудегі адамда
} `{ $kind }`: пробация түрі тек пробация есебіндегі адамдарда болады; `none` деп жазыңыз

## calibrate графигі мен бас тартулары (src/cli/calibrate.rs).
calibrate-chart-title = Жиынтықты { $n } жарияланған көрсеткіш бойынша калибрлеу
calibrate-chart-y = модельденген / жарияланған мән (медиана, мұрттар: 90%)
calibrate-chart-prior = априорлық
calibrate-chart-calibrated = калибрлеуден кейін
calibrate-draws-range = параметрлердің 1-ден { $max }-ге дейін таңдауын көрсетіңіз
calibrate-nothing-to-fit = калибрлеуге бірде-бір `[[target]]` жоқ (барлық жазбаларда `calibrate = false`)

## Мақсатты көрсеткіштер файлындағы қателер (src/calibrate/targets.rs).
targets-none = мақсатты көрсеткіштердің бірде-бір файлы көрсетілмеген
targets-conflict = `{ $name }` көрсеткіші { $other } файлында да бар, бірақ онда басқа санаттарды немесе нәтижелерді қосады; біреуіне басқа атау беріңіз
targets-twice = `{ $name }` көрсеткіші екі рет көрсетілген
targets-unknown-draft = `[meta]` ішіндегі `{ $draft }` жобасы жеткізілетін жобалардың қатарында жоқ; { $near ->
    [none] {""}
   *[other] `{ $near }` деп жазғыңыз келді ме?{" "}
}жеткізілетін жобалар: { $ids } (өз жобаңыз үшін `draft` өрісін алып тастаңыз)
targets-value-tolerance = `{ $name }` көрсеткіші: `value` > 0 және 0 < `tolerance` < 1 болуы керек
targets-unknown-status = белгісіз санат `{ $status }`; `prisoner`, `pretrial`, `probationer`, олардың тізімі немесе `"all"` күтіледі
targets-status-twice = `{ $status }` санаты екі рет көрсетілген
targets-empty-statuses = санаттардың бос тізімі ештеңені қоспайды; санаттарды немесе `"all"` көрсетіңіз
targets-unknown-outcome = белгісіз нәтиже `{ $outcome }`; { $near ->
    [none] {""}
   *[other] `{ $near }` деп жазғыңыз келді ме?{" "}
}мыналардың бірі күтіледі: { $valid }
targets-no-outcome = `{ $name }` көрсеткішінде бірде-бір нәтиже көрсетілмеген
targets-unknown-kind = `{ $name }` көрсеткіші: белгісіз түр `{ $kind }`; { $near ->
    [none] {""}
   *[other] `{ $near }` деп жазғыңыз келді ме?{" "}
}`estimate` (әдепкі), `upper_bound` немесе `lower_bound` күтіледі
targets-unknown-file-kind = белгісіз файл түрі `{ $kind }`; { $near ->
    [none] {""}
   *[other] `{ $near }` деп жазғыңыз келді ме?{" "}
}`forecast` (әдепкі) немесе `outcome` күтіледі
targets-weight = салмақ оң сан болуы керек (1 — кез келген басқа файлмен тең)

## Белгісіз параметрдегі қателер — жобаларда, спецификацияларда және мақсатты көрсеткіштерде (src/scenario/param.rs).
param-empty-cite = `{ $what }`: бос `source` немесе `assumption` ешнәрсеге сілтемейді
param-both-cites = `{ $what }`: `source` немесе `assumption` көрсетіңіз, екеуін бірге емес
param-no-cite = `{ $what }` үшін дереккөзге сілтеме жоқ
param-no-cite-help = санның қайдан алынғанын көрсететін `source = "..."` немесе неге солай берілгенін түсіндіретін `assumption = "..."` қосыңыз
param-one-form = `{ $what }`: `value`, `beta`, `uniform` ішінен дәл біреуін көрсетіңіз
param-one-form-help = мысалы, `{"{"} beta = {"{"} mean = 0.45, concentration = 200 {"}"}, source = "..." {"}"}` немесе `{"{"} uniform = [0.06, 0.09], assumption = "..." {"}"}`
param-beta-shares = `{ $what }`: бета-үлестірім тек үлестерге арналған; `uniform` немесе `value` қолданыңыз
param-beta-range = `{ $what }`: бета-үлестірім үшін 0 < `mean` < 1 және `concentration` > 0 керек (көрсетілгені: `mean` { $mean }, `concentration` { $concentration })
param-uniform-reversed = `{ $what }`: `uniform` аралығының [{ $low }, { $high }] шекаралары орын ауыстырған
param-domain = `{ $what }`: { $domain ->
    [share] 0 мен 1 аралығындағы үлес болуы керек
   *[non-negative] теріс емес сан болуы керек
} (көрсетілгені { $lo }..{ $hi })

## Жоба компиляторының сирек қателері (src/draft/mod.rs).
draft-article-help = бап `"99"`, `"108-1"` түрінде, бөліктер `"116(2,3)"` немесе `"120(3-1)"` түрінде, бөліктің тармақшасы `"426(2)2"` немесе `"358(2)в"` түрінде жазылады
draft-not-article = `{ $text }` — бап нөмірі емес; { $help }
draft-article-paren = `{ $text }`: `(` бар, `)` жоқ; { $help }
draft-not-part = `{ $text }` — бөлік емес (1-ден 25-ке дейін немесе `3-1` сияқты ішкі бөлік); { $help }
draft-item-one-part = `{ $text }`: тармақша бір бөлікке ғана жатады; { $help }
draft-not-item = `{ $text }` — тармақша емес (1-ден 30-ға дейінгі сан немесе 1997 жылғы Кодекстегідей әріп); { $help }
draft-bad-id = жоба сәйкестендіргіші a-z латын әріптерінен, цифрлардан, `-` немесе `_` белгілерінен тұруы керек (нәтиже файлдары соған қарай аталады); орысша немесе қазақша атау `title_ru` немесе `title_kk` өрісіне жазылады
draft-bad-date = `{ $text }` — күн емес; нақты күнді ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы `2025-06-23`
draft-unknown-combine = үйлестірудің белгісіз ережесі `{ $rule }`; { $near ->
    [none] {""}
   *[other] `{ $near }` деп жазғыңыз келді ме?{" "}
}`"most_favourable"`, `"cumulative"` немесе `"first_listed"` күтіледі
draft-combine-cite = `[draft.combine]` ішінде `source` (заң мәтінінің сөздері) немесе `assumption` (мәтін үнсіз жерде — негіздеме) керек
draft-exclusion-no-cite = `cite` жоқ ерекшелік: жобаның бабы мен тармағын көрсетіңіз
draft-bad-clause-id = { $kind ->
    [exclusion] ерекшелік
   *[provision] тармақ
} сәйкестендіргіші a-z латын әріптерінен, цифрлардан, `-` немесе `_` белгілерінен тұруы керек (кестелер мен іріктеу жолдарында соған қарай аталады); орысша немесе қазақша тұжырым `cite_ru` немесе `cite_kk` өрісіне жазылады
draft-id-twice = `{ $id }` { $kind ->
    [exclusion] ерекшелік
   *[provision] тармақ
} сәйкестендіргіші екі рет қолданылған
draft-no-provisions = жобада бірде-бір тармақ жоқ
draft-no-provisions-help = `id`, `cite`, `applies_to`, `when` және `effect` өрістері бар кемінде бір `[[provision]]` қосыңыз
draft-too-many-provisions = жобада { $n } тармақ бар; ең көбі { $max } қолдау табады
draft-too-many-provisions-help = салдары бірдей тармақтарды біріктіріңіз: `when` шарттарын `or` арқылы қосуға болады
draft-no-repayment = тармақта `requires = "repayment"` көрсетілген, бірақ жобада `repayment_in_time` жоқ
draft-no-repayment-help = `[draft]` бөліміне `repayment_in_time = {"{"} uniform = [0.1, 0.3], assumption = "..." {"}"}` жолын қосыңыз
draft-processing-months = `processing_months`: соттарда қарау мерзімі 0-ден үлкен және { $max } айдан аспауы керек
draft-references-count = аударылған сілтемелер саны { $n }, ал сілтемелер саны { $want }: әр сілтемеге бір-бірден, сол ретпен беріңіз
draft-unknown-code = белгісіз Қылмыстық кодекс `{ $code }`; `"2014"`, `"1997"` немесе `"1959"` (Кодекстің жылы) күтіледі
draft-code-without-articles = `code` `articles` тізімінің Кодексін көрсетеді, ал бұл ерекшелікте ондай тізім жоқ
draft-exclusion-no-when = `when` та, `articles` та жоқ ерекшелік: кімді шығаратынын көрсетіңіз
draft-articles-empty = `articles` тізімі бос; баптарды мәтіндегідей тізіп жазыңыз, мысалы `["99", "101(2)"]`
draft-articles-too-many = `articles` ішінде { $n } позиция бар; ең көбі { $max } қолдау табады (Кодексте 500-ге жуық бап бар)
draft-provision-no-cite = `{ $id }` тармағында `cite` жоқ: жобаның бабы мен тармағын көрсетіңіз
draft-unknown-requirement = белгісіз талап `{ $text }`; тек `"repayment"` болуы мүмкін
draft-no-court-grant = соттың қанағаттандыру ықтималдығы жоқ (жобаның әдепкі мәні дұрыс емес)
draft-applies-to-empty = `applies_to` тізімі бос; санаттарды тізіп жазыңыз: `prisoner`, `pretrial`, `probationer`
draft-unknown-status = белгісіз санат `{ $status }`; { $near ->
    [none] {""}
   *[other] `{ $near }` деп жазғыңыз келді ме?{" "}
}`prisoner`, `pretrial` немесе `probationer` күтіледі
draft-effect-status = «{ $effect }» салдары `{ $status }` санатына қолданылмайды
draft-effect-pretrial-help = тергеудегі адамдардың үкімі жоқ: олардың істері `effect = "close_case"` арқылы тоқтатылады
draft-effect-sentenced-help = `close_case` тергеудегі адамдардың істеріне арналған; сотталғандар босатылады немесе мерзімі қысқартылады
draft-open-fraction-range = қысқарту үлесі (0, 1] аралығында болуы керек; бұл априорлық үлестірім [{ $low }, { $high }] аралығын қамтиды
draft-unknown-effect = белгісіз салдар `{ $effect }`{ $near ->
    [none] {""}
   *[other] ; `{ $near }` деп жазғыңыз келді ме?
}
draft-cut-table = `cut` кесте болуы керек
draft-cut-key = `cut` ішінде белгісіз кілт `{ $key }`; `fraction`, `of` және заң мөлшерін белгілемеген қысқарту үшін `whole_share` күтіледі
draft-whole-share = `whole_share` (соты қысқартуды бүкіл өтелмеген мерзім деп түсінетін адамдардың үлесі): { $error }; `{"{"} uniform = [0, 1], assumption = "..." {"}"}` деп жазыңыз
draft-whole-share-type = `whole_share` мәні `{ $value }`; априорлық үлестірім беріңіз, мысалы `{"{"} uniform = [0, 1], assumption = "..." {"}"}`
draft-fraction-prior = қысқарту үлесі априорлық үлестірім ретінде: { $error }; `{"{"} uniform = [0.1, 1.0], assumption = "..." {"}"}` немесе `{"{"} beta = {"{"} mean = 0.5, concentration = 10 {"}"}, assumption = "..." {"}"}` деп жазыңыз
draft-cut-fraction = `cut` үшін `fraction` саны керек, мысалы бестен бір үшін 0.2, немесе заң белгілемеген үлес үшін априорлық үлестірім
draft-cut-of = `cut` үшін `of = "unserved"` немесе `of = "imposed"` керек
draft-window-type = `release_if_remaining_at_most` мәні `{ $value }`; мерзімді мәтінмен жазыңыз, мысалы `"1y"` (365 күн), `"6m"` немесе `"30d"`
draft-effect-keys = кілттері { $keys } болатын белгісіз салдар кестесі
draft-effect-kind = салдар жол немесе кесте болуы керек

## Шарттағы қателер (src/draft/expr.rs).
expr-too-long = шарт тым ұзын ({ $max } лексемадан көп)
expr-too-long-help = оны бірнеше тармаққа бөліңіз
expr-assignment = `=` — салыстыру емес, меншіктеу
expr-assignment-help = салыстыру үшін `==` деп жазыңыз
expr-bang = күтпеген `!`
expr-bang-help = терістеу үшін `not`, салыстыру үшін `!=` деп жазыңыз
expr-unterminated = жабылмаған жол
expr-unterminated-help = оны { $quote } таңбасымен жабыңыз
expr-too-large = `{ $text }` — тым үлкен сан
expr-not-number = `{ $text }` — сан да, мерзім де емес
expr-duration-help = мерзімдер `1y`, `6m`, `2w` немесе `30d` түрінде жазылады
expr-dash = мәтіндік редактордан қойылған сызықша; шарттарда қарапайым `ASCII` операторлары қолданылады
expr-quotes = типографиялық тырнақшалар; қарапайым " немесе ' жазыңыз
expr-write = `{ $op }` деп жазыңыз
expr-unexpected-char = күтпеген таңба `{ $char }` (U+{ $code })
expr-empty = бос өрнек
expr-empty-help = шарт жазыңыз, мысалы `gravity <= minor`, немесе `true`
expr-trailing = шарт аяқталғаннан кейінгі артық мәтін
expr-trailing-help = шарттарды `and` / `or` арқылы қосыңыз
expr-too-deep = шарттың `(` және `not` бойынша кірістірілуі { $max } деңгейден терең
expr-too-deep-help = оны жеңілдетіңіз немесе бірнеше тармаққа бөліңіз
expr-expected-rparen = `)` күтіледі
expr-expected-rparen-help = әр `(` үшін жұп `)` керек
expr-condition-before = `{ $word }` алдында шарт күтіледі
expr-condition-before-help = шарт — өрісті тексеру, мысалы `repaid` немесе `gravity == medium`
expr-expected-field = өріс атауы, `not` немесе `(` күтіледі
expr-ends-early = шарт тым ерте аяқталады
expr-ends-early-help = шартты толықтырыңыз
expr-not-flag = `{ $field }` — «иә/жоқ» өрісі емес; оны бір нәрсемен салыстырыңыз
expr-example = мысалы, `{ $example }`
expr-expected-value = мән күтіледі
expr-expected-list = `in` сөзінен кейін `[` күтіледі
expr-expected-list-help = тізім жазыңыз: `gravity in [minor, medium]`
expr-expected-comma = `,` немесе `]` күтіледі
expr-expected-comma-help = тізім элементтерін үтірмен бөліңіз
expr-tag-not-field = `{ $word }` — өріс емес, белгі
expr-write-tag = `tag == { $word }` деп жазыңыз
expr-plain-number = `{ $field }` — мерзім емес, қарапайым сан
expr-drop-unit = өлшем бірлігін алып тастаңыз
expr-give-unit = `{ $field }` — мерзім; өлшем бірлігін көрсетіңіз
expr-not-article = `{ $text }` — бап нөмірі емес
expr-article-help = `190` немесе `"339-1"` деп жазыңыз
expr-not-part = `{ $text }` — бөлік емес
expr-parts-help = бөліктер 1-ден 25-ке дейін нөмірленеді
expr-part-help = `2` немесе `"3-1"` деп жазыңыз
expr-not-value = `{ $text }` — `{ $field }` өрісінің мәні емес{ $near ->
    [none] {""}
   *[other] ; `{ $near }` деп жазғыңыз келді ме?
}
expr-one-of = мыналардың бірі күтіледі: { $valid }
expr-unknown-tag = белгісіз белгі `{ $text }`{ $near ->
    [none] {""}
   *[other] ; `{ $near }` деп жазғыңыз келді ме?
}
expr-tags = белгілер: { $valid }
expr-value-misfit = бұл мән `{ $field }` өрісіне сәйкес келмейді
expr-no-order = `{ $field }` өрісінің реті жоқ; `==` немесе `!=` қолданыңыз
expr-no-order-help = немесе бірнеше мән үшін `in [...]`
expr-period-ops = `remaining_in_period` тек `<=` немесе `<` қабылдайды
expr-period-ops-help = бұл орындау кезеңіндегі мерзімнің ең аз қалдығы: `remaining_in_period <= 1y` деп жазыңыз; басқа тексерулер үшін `remaining` қолданыңыз
expr-period-in-help = `remaining_in_period <= 1y` деп жазыңыз
expr-flag-in = `{ $field }` — «иә/жоқ» өрісі; `in` тізімдерге арналған
expr-flag-in-help = `{ $field }` немесе `not { $field }` деп жазыңыз

## Жиынтық спецификациясындағы қателер (src/scenario/spec/mod.rs).
spec-too-many = барлығы { $total } адам: жиынтықта ең көбі { $max } адам болады (үш санаттың қосындысы одан көп)
spec-draft-parameter = `[draft_parameters]`: `{ $name }` — заң мөлшерін белгілемеген қысқартудың оқылуы емес (`cut_fraction.ID` немесе `cut_whole_share.ID`); калибрлеу тек соларды жазады
spec-admissions-model = `flows.admissions.model = "{ $model }"`: тек `"steady"` қолдау табады (түсулер ай сайын шығуды алмастырады)
spec-concentration = `{ $what }`: шоғырлану оң болуы керек (көрсетілгені { $value })
spec-share-negative = `{ $what }`: `{ $key }` үлесі теріс емес сан болуы керек (көрсетілгені { $value })
spec-shares-zero = `{ $what }`: үлестердің қосындысы нөлге тең
spec-share-range = `{ $what }`: `{ $key }` үлесі { $value }; үлес 0 мен 1 аралығында болады (35% үшін 0.35 деп жазыңыз)
spec-shares-sum = `{ $what }`: үлестердің қосындысы 1 емес, { $sum }; бұл тұтастың үлестері, сондықтан қосындысы 1 болуы керек
spec-unknown-gravity = `{ $what }`: белгісіз ауырлық санаты `{ $key }`; күтілетіні: { $valid }
spec-gravity-no-offence = `{ $what }`: `{ $gravity }` ауырлық санатының үлесі бар, бірақ `{ $label }` ішінде сол ауырлықтағы қылмыс жоқ
spec-unknown-offence = `{ $what }`: `{ $key }` баптар каталогында жоқ{ $near ->
    [none] {""}
   *[other] ; `{ $near }` деп жазғыңыз келді ме?
}
spec-unknown-offence-help = кілттер `scenarios/articles.toml` ішіндегідей `бап-бөлік` түрінде болады, мысалы `"190-3"` немесе `"339-1-1"`
spec-age-band = `{ $what }`: `{ $key }` жас тобы `"18-24"` түрінде болуы керек, мұнда 14 <= бастап <= дейін <= 100
spec-sentence-required = `{ $what }`: бұл санат үшін `[{ $what }.sentence]` кестесі керек
spec-gravity-no-term = `{ $what }`: `{ $gravity }` ауырлық санатының үлесі бар, бірақ мерзімдер үлестірімі жоқ
spec-min-max-days = `{ $what }`: `min_days` мәні `max_days` мәнінен үлкен
spec-detention-required = `pretrial`: `[pretrial.detention]` кестесі керек
spec-life-needs = `{ $what }`: өмір бойғы мерзімдер үшін сотталғандар және жиынтықта `life_eligible` белгісі бар аса ауыр қылмыс керек
spec-life-too-many = `{ $what }`: өмір бойғы мерзімдер аса ауыр істерден көп
spec-damage-range = `{ $what }`: 0 <= `sigma` < 5 және `large_scale_multiplier` >= 1 болуы керек
spec-violator-status = `{ $what }`: режимді қасақана бұзушы деп тек бас бостандығынан айыруға сотталғандар танылады (Қылмыстық-атқару кодексінің 130-бабы); мұны алып тастаңыз
spec-probation-status = `{ $what }`: пробация түрі тек пробация есебіндегі адамдарда болады (бас бостандығын шектеу, шартты түрде соттау, шартты түрде мерзімінен бұрын босату); мұны алып тастаңыз
spec-unknown-probation-kind = `{ $what }`: `{ $key }` — пробация түрі емес; { $near ->
    [none] {""}
   *[other] `{ $near }` деп жазғыңыз келді ме?{" "}
}күтілетіні: { $valid }
spec-term-range = `{ $what }`: 0 < `min_years` <= `max_years` <= 60 және 0 <= `sigma` < 3 болуы керек
spec-median-years = `{ $what }` (0, `max_years`] аралығында болуы керек

## Баптар каталогындағы қателер (src/scenario/catalogue.rs).
catalogue-twice = { $key } екі рет көрсетілген
catalogue-mci = `large_scale.mci_kzt`: айлық есептік көрсеткіш теңгемен берілген оң сан болуы керек
catalogue-threshold = `large_scale.threshold`: 0 < `mci` < `especially_mci` (АЕК-пен) болуы керек
catalogue-article = бап `"190"` немесе `"339-1"` түрінде жазылады
catalogue-two-thresholds = { $article }-бапта ірі мөлшердің екі шегі бар
catalogue-no-assumption = каталог жазбасы болжамға емес, Кодекстің санкциясына сілтейді; `source = "art. N part K: <санкция>"` деп жазыңыз
catalogue-part = бөлік 1-ден 25-ке дейінгі сан немесе `"3-1"` сияқты ішкі бөлік болуы керек
catalogue-item = тармақша 1-ден 30-ға дейінгі сан болуы керек
catalogue-gravity = белгісіз ауырлық санаты; мыналардың бірі күтіледі: { $valid }
catalogue-group = белгісіз қылмыс тобы; мыналардың бірі күтіледі: { $valid }
catalogue-max-years = `max_prison_years` 0-ден (бас бостандығынан айырусыз) 30 жылға дейін болуы керек
catalogue-citation = сілтеме `{ $prefix }` деп басталуы керек (жазбаның өз бабы мен бөлігі)
catalogue-citation-help = `source = "{ $prefix } <Кодекстегі санкция>"` деп жазыңыз
catalogue-no-threshold = { $article }-{ $part } `large_scale` деп белгіленген, бірақ `[large_scale]` { $article }-бап үшін шек бермейді (АЕК { $mci } теңге)
catalogue-no-especially = { $article }-{ $part } `especially_large_scale` деп белгіленген, бірақ `[large_scale]` { $article }-бап үшін `especially_mci` бермейді

## Монте-Карло есебінің бас тартулары мен ескертпелері (src/montecarlo/mod.rs).
mc-no-flows = айлар бойынша динамика болмайды: { $spec } жиынтық спецификациясында `[flows]` (шығу және қайту қарқындары) жоқ
mc-no-processing = айлар бойынша динамика болмайды: `{ $draft }` жобасында `processing_months` (соттардың шешім қабылдау уақыты) жоқ
mc-threads = ең көбі { $max } (әр ядроға төрттен; бұл машинада { $cores } ядро); одан көп ағындар бір-бірін күтеді ғана. 0 немесе мән берілмесе — барлық ядролар
mc-replicates = 1-ден { $max }-ге дейін көрсетіңіз (әдепкі жиынтық үшін миллион қайталау екі ядрода жарты сағатқа жуық алады; аралықтар одан әлдеқайда ерте тұрақтанады)
mc-interval = 0 мен 1 аралығында қатаң жатуы керек, мысалы 0.9
mc-horizon = 0-ден (динамикасыз) { $max } айға дейін көрсетіңіз
mc-no-draft = есептейтін жоба жоқ
mc-too-many-persons = адамдар тым көп: бір қайталауда ең көбі { $max }
calibrate-accept = (0, 1] аралығында болуы керек

## Нәтижелер қалтасы (src/output/atomic.rs).
out-refuse = { $what }; қалтаны көрсетіңіз (жаңа немесе `amnesty-sim` бұрынғы іске қосуының нәтижелері бар)
out-symlink = бұл символдық сілтеме ({ $to }{ $exists ->
    [no] , ешқайда апармайды
   *[yes] {""}
}), іске қосу оны ауыстырар еді
out-file = бұл файл
out-special = бұл қалта емес, { $kind ->
    [fifo] атаулы арна
    [socket] сокет
    [device] құрылғы
   *[special] арнайы файл
}
out-mount = бұл тіркеу нүктесі, оны ысырып, ауыстыру мүмкін емес
out-other-files = қалтада басқа файлдар бар және `amnesty-sim` бұрынғы іске қосуының нәтижелері жоқ ({ $marker } жоқ); жаңа қалтаны көрсетіңіз немесе мұны тазалаңыз
out-parent-not-folder = { $path } қалта емес, сондықтан оның ішінде ештеңе жасау мүмкін емес
out-appeared = іске қосу кезінде онда бұрынғы нәтижелерден басқа бірдеңе пайда болды; жаңа нәтижелер { $staging } ішінде қалдырылды
out-in-the-way = { $path } кедергі келтіреді және `amnesty-sim` бұрынғы іске қосуының нәтижесі емес ({ $marker } жоқ); оны жылжытыңыз немесе жойыңыз
## serve параметрлері.
serve-cli-max-replicates = 1-ден { $max }-ге дейін көрсетіңіз
serve-cli-replicates = 1-ден `--max-replicates` мәніне ({ $max }) дейін көрсетіңіз
serve-cli-concurrent = 1-ден { $max }-ге дейін көрсетіңіз

## run --targets: жарияланған көрсеткіштер модельденген аралықтардың жанында (src/output/targets.rs).
targets-table-title = жарияланған көрсеткіштер ({ $path }) модельденген { $pct }%-дық аралықтардың жанында
    (сәйкес: көрсеткіш аралықтың ішінде жатыр; `>N` (артық) аралық N-ге немесе одан жоғары жетсе сәйкес, `<=N` — N-ге немесе одан төмен жетсе; { targets-tag-forecast }: болжам, { targets-tag-outcome }: қорытынды)
targets-col-figure = көрсеткіш
targets-col-source = дереккөз
targets-col-forecast = болжам
targets-col-outcome = қорытынды
targets-tag-forecast = б
targets-tag-outcome = қ
targets-agrees = иә
targets-disagrees = ЖОҚ
cli-panic = { $place } ішкі қатесі: { $what }
    Бұл сіздің кіріс деректеріңіздегі қате емес, `amnesty-sim` бағдарламасындағы қате: ол туралы пәрмен жолын қоса хабарлаңыз.
out-could-not-write = жазу мүмкін болмады: { $error }
build-unknown = мұндай жинақ жоқ; `baseline`, `avx2`, `avx512` немесе `auto` көрсетіңіз
build-unsupported = бұл процессорда `{ $name }` жинағының нұсқаулары жоқ

## clap анықтамасы: әр пәрменнің және әр аргументтің сипаттамасы, пәрмен мен аргумент бойынша
## (src/cli/help.rs). Жалаушалар, файлдар, сәйкестендіргіштер мен пәрмен мысалдары өзгермейді.
help-heading-usage = Қолданылуы
help-heading-commands = Пәрмендер
help-heading-arguments = Аргументтер
help-heading-options = Параметрлер
help-usage-options = ПАРАМЕТРЛЕР
help-usage-command = ПӘРМЕН
help-note-env = айнымалы
help-note-default = әдепкі
help-note-possible = рұқсат етілген мәндер
help-flag-help = Анықтаманы көрсету
help-flag-help-more = Анықтаманы көрсету (толығырақ: `--help`)
help-flag-help-summary = Анықтаманы көрсету (қысқаша: `-h`)
help-flag-version = Нұсқаны көрсету
help-flag-help-command = Осы анықтаманы немесе көрсетілген пәрмендердің анықтамасын көрсету
help-about = Рақымшылық туралы заң жобасы қылмыстық-атқару жүйесіндегі адамдарға не беретінін болжайды: босату, жаза мерзімін қысқарту, тоқтатылған істер және үнемделген төсек-күндер, Монте-Карло әдісінің аралықтарымен.
help-arg-lang = Барлық шығарылатын мәтіннің, есеп пен графиктердің тілі: `kk` (қазақша), `ru` (орысша) немесе `en` (ағылшынша). Кесте файлдары кез келген тілде ағылшынша кілттерін сақтайды; `labels.csv` әр кілтті үш тілде де атайды
help-population-about = Сотталғандар мен тергеудегілердің синтетикалық жиынтығын құру, оны жазу және/немесе оның үлестірімдерін көрсету.
help-population-long-about =
    Сотталғандар мен тергеудегілердің синтетикалық жиынтығын құру, оны жазу және/немесе оның үлестірімдерін көрсету.

    Спецификацияның белгісіз үлестерін бастапқы сан бойынша таңдайды (дәл сол бастапқы
    санмен `run` пәрменінің 0-қайталауы сияқты), әр жолға бір адам құрады және CSV
    немесе Parquet файлын жазады, әр өріске бір сипатталған баған (`--columns` оларды тізеді).

    Мысалдар:
      amnesty-sim population --summary
      amnesty-sim population --seed 7 --out output/population.parquet
      amnesty-sim population --spec my-spec.toml --central --out pop.csv --summary
help-population-arg-spec = Жиынтық спецификациясы (TOML); әдепкі — Қазақстанның 2025 жылғы кірістірілген спецификациясы
help-population-arg-catalogue = Баптар каталогы (TOML); әдепкі — кірістірілген `scenarios/articles.toml`
help-population-arg-seed = Кездейсоқ сандар генераторының бастапқы саны
help-population-arg-central = Спецификация үлестерінің кездейсоқ таңдауының орнына олардың күтілетін мәндерін алу
help-population-arg-out = Жиынтықты `FILE.parquet` немесе `FILE.csv` файлына жазу
help-population-arg-summary = Мәртебелер бойынша үлестірімдерді спецификацияның мақсатты мәндерімен қатар көрсету (`--out` жоқ болса, әдепкі бойынша)
help-population-arg-columns = Жиынтық файлының сипатталған бағандарын тізіп, жұмысты аяқтау
help-population-arg-draft = Қорытындымен бірге: осы жобаның ерекшеліктері рақымшылықтан тыс қалдыратын әр мәртебенің үлесі, тармақ бойынша (файл немесе жеткізілетін жобаның сәйкестендіргіші; әдепкі — 2025 жылғы қабылданған заң)
help-run-about = Бір немесе бірнеше жоба үшін Монте-Карло әдісімен есептеу жүргізіп, кестелерді жазу.
help-run-long-about =
    Бір немесе бірнеше жоба үшін Монте-Карло әдісімен есептеу жүргізіп, кестелерді жазу.

    `DRAFT` болмаса, 2025 жылғы қабылданған заңды әдепкі жиынтықта есептейді. `DRAFT` —
    файл немесе жеткізілетін жобаның сәйкестендіргіші (`kz-2025-enacted`,
    `kz-2025-drug-distribution`, `kz-2025-fraud-third`, `kz-2025-no-1y`, `kz-2025-no-vulnerable`,
    `kz-2025-whatif-imposed-term`, `kz-2021`, `kz-2022`, `kz-2016`). Жазатыны:
    `summary.csv/.parquet`, айырмалар (бірнеше жоба болса), `replicates.parquet`, айлар
    бойынша өзгерістер (`--horizon` ай бойы `timeline.csv/.parquet`, `savings_by_year`,
    `timeline_totals`), `charts/` (PNG және SVG), `report.html` (дербес), `report.md`
    және `manifest.json`.

    Мысалдар:
      amnesty-sim run
      amnesty-sim run scenarios/drafts/kz-2025-no-vulnerable.toml --replicates 5000 --seed 7
      amnesty-sim run kz-2025-enacted --population registry.parquet --out output/registry-run
help-run-arg-drafts = Жоба файлдары немесе жеткізілетін жобалардың сәйкестендіргіштері
help-run-arg-population = Жиынтық: спецификация (`.toml`, әр қайталауда қайта құрылады) немесе тізілім (`.csv` немесе `.parquet`, әр қайталауда сол адамдар). Әдепкі — Қазақстанның 2025 жылғы кірістірілген спецификациясы
help-run-arg-catalogue = { help-population-arg-catalogue }
help-run-arg-replicates = Монте-Карло әдісінің қайталау саны
help-run-arg-seed = Негізгі бастапқы сан: бастапқы сан бірдей болса, `--threads` қандай болса да, файлдар бірдей
help-run-arg-threads = Жұмыс ағындарының саны (әдепкі немесе 0 — барлық ядролар)
help-run-arg-interval = Көрсетілетін аралықтың орталық ықтималдығы (0,9 — 5% және 95% шектері)
help-run-arg-out = Нәтиже қалтасы (әдепкі — `output/` ішіндегі жобалар мен бастапқы сан бойынша аталған жаңа қалта)
help-run-arg-horizon = Айлар бойынша өзгерістердің ай саны (түрмедегілер саны ай сайын, босатулар, қайта оралулар, жыл бойынша үнем): 0 — өзгерістерсіз, 120-дан аспайды
help-run-arg-no-attribution = Нәтижелерді ережелер мен ерекшеліктерге бөлмеу (`attribution.csv`, «әр тармақ не береді» графигі): сәл жылдамырақ
help-run-arg-quiet = Есептеу барысының жолағын көрсетпеу
help-run-arg-no-report = Графиктерді және `report.html` / `report.md` файлдарын құрмау
help-run-arg-pdf = Қысқаша анықтаманы `brief.pdf` файлына да басып шығару (бір A4 беті) терезесіз Chromium арқылы: `PATH` ішінен `chromium`, `chromium-browser` немесе `google-chrome` атауымен ізделеді, не `AMNESTY_CHROMIUM` айнымалысымен беріледі
help-run-arg-targets = Жарияланған деректерді әр жобаның есептелген аралықтарымен қатар бір кестеде көрсету; бірнеше файл үшін қайталаңыз (мысалы, `--targets scenarios/targets/kz-2025-forecast.toml --targets scenarios/targets/kz-2025-actual.toml`: болжам мен нәтиже қатар)
help-compare-about = Жобаларды қатар салыстыру, біріншісіне қатысты жұптық айырмалармен.
help-compare-long-about =
    Жобаларды қатар салыстыру, біріншісіне қатысты жұптық айырмалармен.

    `run` сияқты есептеу, бірақ кемінде екі жобамен; әр қайталау барлық жобаны бір
    жиынтыққа бірдей сот шешімдерімен қолданады, сондықтан айырмалар жұптық және
    олардың аралықтары тар.

    Мысалдар:
      amnesty-sim compare kz-2025-enacted kz-2025-drug-distribution
      amnesty-sim compare kz-2025-enacted kz-2025-no-vulnerable kz-2025-no-1y --replicates 2000
help-compare-arg-drafts = Негізгі жоба, содан кейін онымен салыстырылатын жобалар
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
help-sweep-about = Жобаның бір санын (немесе қосқышын) ауқымда өзгертіп, қисықты көру.
help-sweep-long-about =
    Жобаның бір санын (немесе қосқышын) ауқымда өзгертіп, қисықты көру.

    Әр нүкте — `PATH` осы мәнге тең, файл сияқты тексерілген жоба; барлық нүкте бір
    Монте-Карло есебінің жобалары ретінде есептеледі: әр қайталау жиынтықты бір рет
    құрады, әр нүкте сол адамдарды және сол сот шешімдерін кездестіреді, сондықтан
    қисықтың сатылары — шу емес, тармақтың әсері. `--solve` берілсе, мақсатқа жетуі
    тоқтайтын мәнді табады (екіге бөлу әдісімен нақтылап) және оның қаншалықты сенімді
    екенін айтады.

    `PATH` түрлері (жобаның өз жолдарын `amnesty-sim check --paths DRAFT` тізеді):
      `provision.ID`, `exclude.ID`                        `on`,`off`
      `provision.ID.effect.cut.fraction`               0.1:0.5:0.05
      `provision.ID.effect.release_if_remaining_at_most`   `3m:24m:3m` (немесе күнмен)
      `draft.court_grant`, `draft.repayment_in_time`,
      `draft.processing_months`, `provision.ID.court_grant`
                                                     мәнге бекітілген параметр
      {"..."} соңында `.mean`                            орташасы жылжиды, шашырауы сақталады

    `GOAL`: `[prisoner|pretrial|probationer|all] OUTCOME-or-METRIC OP NUMBER [at P%]`,
    мысалы `"prisoner freed <= 1000 at 90%"`, `"all covered >= 15000"`,
    `"bed_days_saved >= 5000000 at 80%"`. Нәтижелер: `freed` (босатылғандар + мерзімді
    қысқарту нәтижесінде босатылғандар), `released`, `released_by_cut`, `cut`, `case_closed`,
    `covered`, `eligible`, `excluded`; көрсеткіштер: `persons`, `days_cut`, `bed_days_saved`,
    `cost_saved_kzt`.

    Жазатыны: `sweep.csv/.parquet` (әр нүктенің аралықтары бар қорытындылары), `sweep_goal.csv`
    (`--solve` берілсе), `charts/sweep.png/.svg` және `manifest.json`.

    Мысалдар:
      amnesty-sim sweep --vary provision.art3-4-1.effect.cut.fraction=0.1:0.5:0.02 \
          --solve "bed_days_saved >= 3000000 at 80%"
      amnesty-sim sweep kz-2025-enacted --vary draft.court_grant.mean=0.5:0.95:0.05 \
          --metric "all covered"
      amnesty-sim sweep --vary exclude.art4-15=on,off --metric "prisoner covered"
      amnesty-sim sweep kz-2022 --vary provision.release-1y.effect.release_if_remaining_at_most=3m:24m:3m
help-sweep-arg-draft = Жоба (файл немесе жеткізілетін жобаның сәйкестендіргіші); әдепкі — 2025 жылғы қабылданған заң
help-sweep-arg-vary = `PATH=FROM:TO:STEP` немесе `PATH=V1,V2,...`: нені және қандай мәндерде өзгерту
help-sweep-arg-solve = Жетуге тиіс мақсат, мысалы `"prisoner freed <= 1000 at 90%"`
help-sweep-arg-metric = Консольдегі кесте мен график көрсететін қорытынды, мысалы `"prisoner freed"` (әдепкі — мақсаттың қорытындысы, әйтпесе `"all covered"`)
help-sweep-arg-population = { help-run-arg-population }
help-sweep-arg-catalogue = { help-population-arg-catalogue }
help-sweep-arg-replicates = { help-run-arg-replicates }
help-sweep-arg-seed = { help-run-arg-seed }
help-sweep-arg-threads = { help-run-arg-threads }
help-sweep-arg-interval = { help-run-arg-interval }
help-sweep-arg-out = Нәтиже қалтасы (әдепкі — `output/sweep_<draft>_<path>_seed-<seed>`)
help-sweep-arg-quiet = { help-run-arg-quiet }
help-check-about = Жобалар мен баптар каталогын талдау, типтерін тексеру және кемшіліктерін табу; бәрі дұрыс болса, шығу коды 0.
help-check-long-about =
    Жобалар мен баптар каталогын талдау, типтерін тексеру және кемшіліктерін табу; бәрі дұрыс болса, шығу коды 0.

    Қателер файл:жол:баған орнын көрсетеді. Каталогтағы әр баптың ауырлығы оның
    санкциясымен салыстырылады (ҚК 11-бабы). Ескертулер (әдепкі жиынтық бойынша): ешкім
    сәйкес келмейтін ереже; ерекшеліктермен толық жабылған ереже; басқа ережеден ешқашан
    басым түспейтін ереже; ағылшынша, орысша немесе қазақша қысқа атауы жоқ ереже не
    ерекшелік (`name`, `name_ru`, `name_kk`: есептер оны осылай атайды). `DRAFTS`
    болмаса, барлық жеткізілетін жобаны тексереді.

    Мысалдар:
      amnesty-sim check
      amnesty-sim check scenarios/drafts/*.toml
      amnesty-sim check --catalogue my-articles.toml
      amnesty-sim check my-draft.toml --strict
      amnesty-sim check --paths kz-2025-enacted      (`sweep --vary` нені өзгерте алады)
help-check-arg-drafts = Жоба файлдары немесе жеткізілетін жобалардың сәйкестендіргіштері; әдепкі — барлық жеткізілетін жоба
help-check-arg-population = Тексеруге арналған жиынтық (спецификация немесе тізілім); әдепкі — кірістірілген спецификация
help-check-arg-catalogue = Баптар каталогы (TOML)
help-check-arg-strict = Ескертулерді қате деп санау (шығу коды 1)
help-check-arg-paths = Тексерудің орнына әр жоба үшін `amnesty-sim sweep --vary` қабылдайтын жолдарды тізу (оның сандары мен қосқыштары, жазылған мәндерімен)
help-calibrate-about = Жиынтық спецификациясын жарияланған деректерге калибрлеу (жуық байес қорытындысымен іріктеу).
help-calibrate-long-about =
    Жиынтық спецификациясын жарияланған деректерге калибрлеу (жуық байес қорытындысымен іріктеу).

    Априорлы спецификацияның әр белгісіз параметрін таңдайды, жобаны есептейді,
    мақсатты көрсеткіштерге ең жақын таңдауларды қалдырады және калибрленген
    спецификацияны (апостериорлы үлестірімдер, калибрлеу жазбасымен), сәйкестік
    кестесін (CSV) және сәйкестік графигін (PNG, SVG) оның жанына жазады.

    Мысалдар:
      amnesty-sim calibrate --draft kz-2025-enacted --targets scenarios/targets/kz-2025-actual.toml \
          --targets scenarios/targets/kz-2025-forecast.toml
      amnesty-sim calibrate --draft kz-2025-enacted --targets t.toml --draws 2000 --out my-spec.toml
help-calibrate-arg-draft = Жарияланған деректер сипаттайтын жоба (файл немесе жеткізілетін жобаның сәйкестендіргіші)
help-calibrate-arg-targets = Мақсатты көрсеткіштер файлы (TOML); бірнешеуін бірге сәйкестендіру үшін қайталаңыз, әрқайсысы өзінің `[meta] weight` салмағымен
help-calibrate-arg-population = Априорлы спецификация; әдепкі — жеткізілетін `scenarios/population/kz-2025-prior.toml`
help-calibrate-arg-catalogue = { help-check-arg-catalogue }
help-calibrate-arg-draws = Параметрлер таңдауының саны
help-calibrate-arg-accept = Апостериорлы іріктеме ретінде қалдырылатын таңдаулар үлесі
help-calibrate-arg-seed = Бастапқы сан
help-calibrate-arg-threads = { help-run-arg-threads }
help-calibrate-arg-out = Жазылатын калибрленген спецификация; сәйкестік кестесі мен графигі оның жанында
help-explain-about = Жобаны тармақ бойынша немесе оның бір адамға қалай қолданылатынын көрсету.
help-explain-long-about =
    Жобаны тармақ бойынша немесе оның бір адамға қалай қолданылатынын көрсету.

    `--person` болмаса: жобаның әр тармағы (алдымен ерекшеліктер, содан кейін ережелер)
    таңдалған тілдегі заңға сілтемесімен, шартымен, әсерімен және ескертпесімен, сондай-ақ
    жобаның өз шарттары (кім әлеуметтік осал, орындау мерзімі, тармақтар қалай
    үйлеседі). `--person` берілсе: қай ерекшеліктер мен ережелер сәйкес келді, шешкен
    мәндерімен.

    Мысалдар:
      amnesty-sim explain kz-2025-enacted
      amnesty-sim explain kz-2021 --lang ru
      amnesty-sim explain kz-2025-enacted --person 42
      amnesty-sim explain my-draft.toml --person 1007 --population registry.csv
help-explain-arg-draft = Жоба файлы немесе жеткізілетін жобаның сәйкестендіргіші
help-explain-arg-person = Адамның сәйкестендіргіші (онсыз жоба тармақ бойынша шығарылады)
help-explain-arg-population = Жиынтық (спецификация немесе тізілім); әдепкі — кірістірілген спецификация
help-explain-arg-catalogue = { help-check-arg-catalogue }
help-explain-arg-seed = Синтетикалық жиынтықтың бастапқы саны (`population --seed` сияқты)
help-serve-about = «Егер болса» веб-бетін іске қосу: жеткізілетін жобаны таңдау, ережелер мен ерекшеліктерді өшіру, сандарды өзгерту, баптар бойынша ерекшеліктер қосу, есептеу, жоба мен есепті жүктеп алу.
help-serve-long-about =
    «Егер болса» веб-бетін іске қосу: жеткізілетін жобаны таңдау, ережелер мен ерекшеліктерді өшіру, сандарды өзгерту, баптар бойынша ерекшеліктер қосу, есептеу, жоба мен есепті жүктеп алу.

    `--host` басқаша айтпаса, 127.0.0.1 мекенжайын тыңдайды (тек осы компьютер); ашуға
    арналған мекенжайды шығарады. Бетке қажеттінің бәрі бағдарламада; ол желісіз
    жұмыс істейді. Ctrl-C оны тоқтатады.

    Мысалдар:
      amnesty-sim serve
      amnesty-sim serve --lang ru --port 8090
      amnesty-sim serve --host 0.0.0.0 --max-replicates 5000   # желіден қолжетімді
help-serve-arg-host = Тыңдалатын мекенжай: 127.0.0.1 (тек осы компьютер) немесе барлық желі интерфейстері үшін 0.0.0.0 (сонда компьютерге қол жеткізе алатын кез келген адам есептеу жүргізе алады)
help-serve-arg-port = Порт (0 — кез келген бос порт)
help-serve-arg-replicates = Бет басқасын сұрамаса, бір есептеудің қайталау саны
help-serve-arg-max-replicates = Бет сұрай алатын ең көп қайталау саны
help-serve-arg-concurrent = Бір мезгілдегі есептеулер саны; қалғандары кезекте күтеді
help-serve-arg-max-queued = Орын күте алатын есептеулер саны; одан асса, «қайталап көріңіз» деп бас тартылады (0 — ешкім күтпейді, есептеу тек бос орын болғанда қабылданады)
help-serve-arg-threads = Бір есептеуге арналған жұмыс ағындары (әдепкі — барлық ядролар)
help-serve-arg-cache-mb = Келесі басуға жылдамырақ жауап беру үшін бұрынғы есептеулер нәтижелерінің қанша мегабайты сақталады (негізгі жоба мен соңғы нұсқалар: бір рет есептелген сол сандар; 0 — сақталмайды)
help-serve-arg-no-warm = Фонда есептемеу: іске қосқанда әдепкі негізгі жобаны да, оқырман «Іске қосу» батырмасын басқанға дейін өңдеп жатқан форманы да (әдепкіде екеуі де есептеледі, сонда «Іске қосу» басылғанда жұмыстың бір бөлігі дайын болады; сандар өзгермейді)

## clap аргументтерінің қателері (src/cli/help.rs); жақтауын `cli-error` береді.
cli-clap-unknown-argument = күтпеген аргумент '{ $arg }'
cli-clap-unknown-subcommand = белгісіз пәрмен '{ $name }'
cli-clap-value-required = '{ $arg }' үшін мән керек, бірақ ол көрсетілмеген
cli-clap-invalid-value = '{ $arg }' үшін '{ $value }' мәні жарамсыз
cli-clap-possible-values = рұқсат етілген мәндер
cli-clap-no-equals = '{ $arg }' мәні теңдік белгісі арқылы беріледі
cli-clap-too-many-values = '{ $arg }' үшін артық мән '{ $value }'; басқа мән күтілмеген
cli-clap-wrong-number-of-values = '{ $arg }' үшін қажетті мән саны: { $expected }; көрсетілгені: { $actual }
cli-clap-too-few-values = '{ $arg }' үшін кемінде { $expected } мән қажет; көрсетілгені: { $actual }
cli-clap-missing-arguments = міндетті аргументтер көрсетілмеген:
cli-clap-missing-subcommand = '{ $name }' пәрменді талап етеді, бірақ ол көрсетілмеген
cli-clap-subcommands = пәрмендер
cli-clap-used-twice = '{ $arg }' аргументін бірнеше рет көрсетуге болмайды
cli-clap-conflict = '{ $arg }' аргументін '{ $other }' аргументімен бірге көрсетуге болмайды
cli-clap-similar-subcommand = ұқсас пәрмен бар: '{ $name }'
cli-clap-similar-argument = ұқсас аргумент бар: '{ $arg }'
cli-clap-similar-value = ұқсас мән бар: '{ $value }'
cli-clap-tip-pass-as-value = '{ $arg }' мән ретінде беру үшін '{ $use }' деп жазыңыз
cli-clap-tip-remove-dashes = '{ $name }' пәрмені бар; оны шақыру үшін алдындағы '--' белгісін алып тастаңыз
cli-clap-tip-exists = '{ $arg }' бар
cli-clap-number = бұл сан емес
cli-clap-number-whole = бұл бүтін сан емес
cli-clap-number-empty = сан көрсетілмеген
cli-clap-number-too-large = сан тым үлкен
cli-clap-number-range = сан { $range } ауқымынан тыс
cli-clap-try-help = Толығырақ: '{ $flag }'.
