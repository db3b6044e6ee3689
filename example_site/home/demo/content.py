"""The demo content, in Russian, the site's default language.

The first article is a real news item from a city council's site; the other
items are shorter examples of everyday council news. English translations of
every string live in ``translations/en.po`` and are applied through
wagtail-localize, exactly as a translator's work would be.
"""

import datetime

SITE_NAME = "Совет городского округа город Алчевск"

HOME = {
    "title": "Совет городского округа город Алчевск",
    "slug": "home",
    "intro": "<p>Официальный сайт представительного органа городского округа: новости, "
    "решения и обращения депутатов.</p>",
}

NEWS_INDEX = {
    "title": "Новости",
    "slug": "news",
    "intro": "<p>Новости о работе депутатов Совета и постоянных комиссий.</p>",
}

CATEGORIES = [
    {"slug": "cooperation", "name": "Межмуниципальное сотрудничество"},
    {"slug": "deputies", "name": "Депутатская деятельность"},
    {"slug": "budget", "name": "Бюджет"},
]

# Images are drawn locally with Pillow (see images.py); keys name them.
IMAGES = {
    "round-table": "Круглый стол депутатов",
    "guests": "Гости из Вологодской области",
    "discussion": "Обсуждение проектов",
    "address": "Передача приветственного адреса",
    "budget-hearing": "Публичные слушания по бюджету",
    "reception": "Приём граждан",
    "commission": "Заседание постоянной комиссии",
}

MSK = datetime.timezone(datetime.timedelta(hours=3))

# The two quotations of the seed article, also published as statements.
QUOTE_LYSENKO = (
    "Благодаря встрече в формате круглого стола мы с коллегами сегодня узнали много новой и "
    "очень важной информации для создания и реализации муниципальных программ. Нужно, "
    "безусловно, стремиться к созданию похожих проектов и поддерживать их на всех этапах "
    "создания."
)
QUOTE_RADCHENKO = (
    "Такие встречи крайне полезны. Проекты, которые реализуются в Вологодской области, очень "
    "интересные, мы попросили у коллег их наработки, чтобы внедрять аналогичные инициативы у нас."
)
QUOTE_SOURCE = "на круглом столе с вологодскими коллегами"

SEED_ARTICLE = {
    "title": "Обмен опытом – полезная практика сотрудничества!",
    "slug": "obmen-opytom-poleznaya-praktika-sotrudnichestva",
    "publication_date": datetime.datetime(2026, 11, 20, 11, 30, tzinfo=MSK),
    "lead": "Депутаты Совета городского округа город Алчевск провели дискуссионный круглый "
    "стол «Представление и защита интересов муниципалитетов при взаимодействии с "
    "государственными органами власти, практики взаимодействия с представительными "
    "органами и местными администрациями».",
    "featured_image": "round-table",
    "featured_image_alt": "Депутаты Алчевска и гости из Вологодской области за круглым столом "
    "в зале заседаний Совета",
    "featured_image_caption": "Круглый стол в зале заседаний Совета",
    "featured_image_credit": "Пресс-служба Совета",
    "categories": ["cooperation", "deputies"],
    "body": [
        (
            "paragraph",
            "Состоялся он совместно с коллегами из Вологодской области – Владимиром "
            "Селяковым, депутатом Законодательного Собрания Вологодской области и Алексеем "
            "Орловым, депутатом Великоустюгской Думы Великоустюгского муниципального округа "
            "Вологодской области.",
        ),
        (
            "paragraph",
            "Встреча прошла в формате дискуссии, в ходе которой поднимались вопросы "
            "взаимодействия органов местного самоуправления с государственными учреждениями и "
            "законодательной властью.",
        ),
        (
            "image",
            {
                "image": "guests",
                "alt_text": "Владимир Селяков и Алексей Орлов рассказывают о проектах "
                "Вологодской области",
                "caption": "Вологодские коллеги представляют свои проекты",
                "credit": "Пресс-служба Совета",
            },
        ),
        (
            "paragraph",
            "Благодаря рабочей встрече депутаты городского округа город Алчевск "
            "почерпнули много информации о механизмах реализации программ в Вологодской "
            "области, о которых рассказали вологодские коллеги.",
        ),
        (
            "paragraph",
            "Это «Народный бюджет» – эффективный инструмент инициативного "
            "бюджетирования, и «Институт старост» – новый проект, направленный на поддержку "
            "развития института старост, который создан для обмена опытом и обсуждения "
            "актуальных вопросов работы старост сельских населённых пунктов.",
        ),
        (
            "paragraph",
            "В ходе активного обсуждения проектов вологодские коллеги передали "
            "приветственный адрес для депутатов Алчевска от председателя Законодательного "
            "Собрания Сергея Жестянникова, после чего депутаты обменялись искренними "
            "пожеланиями успехов в работе и выразили друг другу слова поддержки.",
        ),
        (
            "image",
            {
                "image": "address",
                "alt_text": "Гости вручают председателю Совета приветственный адрес в красной папке",
                "caption": "Передача приветственного адреса от Законодательного Собрания "
                "Вологодской области",
                "credit": "Пресс-служба Совета",
            },
        ),
        ("quote", {"person": "roman-lysenko", "text": QUOTE_LYSENKO, "source": QUOTE_SOURCE}),
        ("quote", {"person": "oleg-radchenko", "text": QUOTE_RADCHENKO, "source": QUOTE_SOURCE}),
        (
            "paragraph",
            "Встреча получилась очень продуктивной и полезной, совместная работа "
            "нацелена на укрепление дружеских связей и эффективного сотрудничества в будущем, "
            "которое принесёт много положительных результатов.",
        ),
    ],
}

MORE_NEWS = [
    {
        "title": "Публичные слушания по проекту бюджета на 2027 год",
        "slug": "publichnye-slushaniya-po-proektu-byudzheta",
        "publication_date": datetime.datetime(2026, 11, 12, 15, 0, tzinfo=MSK),
        "lead": "Жители города обсудили с депутатами проект бюджета городского округа на "
        "следующий год.",
        "featured_image": "budget-hearing",
        "featured_image_alt": "Жители задают вопросы депутатам на публичных слушаниях",
        "featured_image_caption": "Вопросы жителей о расходах на благоустройство",
        "featured_image_credit": "Пресс-служба Совета",
        "categories": ["budget"],
        "body": [
            ("heading", "Главные вопросы"),
            (
                "paragraph",
                "Больше всего вопросов касалось ремонта дворов, освещения улиц и "
                "поддержки школ. Все предложения жителей переданы в постоянную комиссию по "
                "бюджету.",
            ),
        ],
    },
    {
        "title": "Депутаты провели приём граждан",
        "slug": "deputaty-proveli-priyom-grazhdan",
        "publication_date": datetime.datetime(2026, 10, 28, 10, 0, tzinfo=MSK),
        "lead": "В общественной приёмной Совета депутаты ответили на обращения жителей "
        "микрорайонов.",
        "featured_image": "reception",
        "featured_image_alt": "Депутат беседует с жительницей города в общественной приёмной",
        "featured_image_caption": "Приём граждан в общественной приёмной Совета",
        "featured_image_credit": "Пресс-служба Совета",
        "categories": ["deputies"],
        "body": [
            (
                "paragraph",
                "Жители обратились по вопросам водоснабжения, ремонта крыш и "
                "работы общественного транспорта. По каждому обращению направлены запросы в "
                "профильные службы.",
            ),
        ],
    },
    {
        "title": "Заседание постоянной комиссии по бюджету",
        "slug": "zasedanie-komissii-po-byudzhetu",
        "publication_date": datetime.datetime(2026, 9, 15, 14, 0, tzinfo=MSK),
        "lead": "Комиссия рассмотрела исполнение бюджета городского округа за первое полугодие.",
        "featured_image": "commission",
        "featured_image_alt": "Члены постоянной комиссии за столом с документами",
        "featured_image_caption": "Члены комиссии изучают отчёт об исполнении бюджета",
        "featured_image_credit": "Пресс-служба Совета",
        "categories": ["budget", "deputies"],
        "body": [
            (
                "paragraph",
                "Доходы бюджета за полугодие исполнены в полном объёме. Комиссия "
                "рекомендовала Совету принять отчёт к сведению.",
            ),
        ],
    },
]

# People named in the seed article, their organisations and roles. Term dates
# are illustrative.
ORGANISATIONS = [
    {
        "slug": "alchevsk-council",
        "name": "Совет городского округа город Алчевск",
        "short_name": "Совет",
    },
    {
        "slug": "vologda-legislative-assembly",
        "name": "Законодательное Собрание Вологодской области",
        "short_name": "ЗС ВО",
    },
    {
        "slug": "veliky-ustyug-duma",
        "name": "Великоустюгская Дума Великоустюгского муниципального округа",
        "short_name": "Великоустюгская Дума",
    },
]

PEOPLE = [
    {
        "slug": "roman-lysenko",
        "name": "Роман Лысенко",
        "roles": [("alchevsk-council", "председатель", datetime.date(2023, 9, 25))],
    },
    {
        "slug": "oleg-radchenko",
        "name": "Олег Радченко",
        "roles": [("alchevsk-council", "заместитель председателя", datetime.date(2023, 9, 25))],
    },
    {
        "slug": "vladimir-selyakov",
        "name": "Владимир Селяков",
        "roles": [("vologda-legislative-assembly", "депутат", datetime.date(2021, 9, 30))],
    },
    {
        "slug": "aleksey-orlov",
        "name": "Алексей Орлов",
        "roles": [("veliky-ustyug-duma", "депутат", datetime.date(2022, 9, 15))],
    },
    {
        "slug": "sergey-zhestyannikov",
        "name": "Сергей Жестянников",
        "roles": [("vologda-legislative-assembly", "председатель", datetime.date(2021, 9, 30))],
    },
]

PEOPLE_INDEX = {
    "title": "Депутаты и должностные лица",
    "slug": "people",
    "intro": "Действующие депутаты и должностные лица, упомянутые на сайте.",
}

STATEMENTS_INDEX = {
    "title": "Заявления и комментарии",
    "slug": "statements",
    "intro": "Заявления и комментарии депутатов Совета.",
}

GREETINGS_INDEX = {
    "title": "Приветственные адреса",
    "slug": "greetings",
    "intro": "Приветственные адреса, полученные и направленные Советом.",
}

# The address handed over at the round table. Its text is illustrative: the
# seed article reports the address but does not quote it.
GREETING_ADDRESS = {
    "title": "Приветственный адрес председателя Законодательного Собрания Вологодской области",
    "slug": "privetstvennyy-adres-zs-vologodskoy-oblasti",
    "addressee": "Депутатам Совета городского округа город Алчевск",
    "occasion": "Круглый стол по обмену опытом муниципальных депутатов",
    "date": datetime.date(2026, 11, 20),
    "signatories": ["sergey-zhestyannikov"],
    "body": [
        "Уважаемые коллеги!",
        "Приветствую участников круглого стола и благодарю за открытый и деловой разговор "
        "о представлении интересов муниципалитетов.",
        "Желаю вам плодотворной работы, новых успешных проектов и крепкого сотрудничества "
        "с депутатами Вологодской области.",
    ],
}


STATEMENTS = [
    {
        "title": "Роман Лысенко об итогах круглого стола",
        "slug": "lysenko-ob-itogah-kruglogo-stola",
        "speaker": "roman-lysenko",
        "date": datetime.datetime(2026, 11, 20, 13, 0, tzinfo=MSK),
        "statement": QUOTE_LYSENKO,
        "context": "Комментарий по итогам круглого стола",
    },
    {
        "title": "Олег Радченко о проектах Вологодской области",
        "slug": "radchenko-o-proektah-vologodskoy-oblasti",
        "speaker": "oleg-radchenko",
        "date": datetime.datetime(2026, 11, 20, 13, 30, tzinfo=MSK),
        "statement": QUOTE_RADCHENKO,
        "context": "Комментарий по итогам круглого стола",
    },
]
