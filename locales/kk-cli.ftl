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
