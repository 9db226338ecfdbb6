"""Word lists the name engine needs: titles, common words, places, organisation heads.

Everything here is lowercase and compared with `str.casefold()` of a word as written.
The lists are deliberately small and editorial: they decide what is *not* a name (a
title, an ordinary word that starts a sentence) and which capitalised words are safe to
take where capitals prove nothing (headlines, sentence starts).
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# A title run is dropped from a name only if it holds a head ("Prime Minister"); modifiers
# alone stay, so "Foreign Affairs" and "General Assembly" are not cut. Honorifics of other
# languages are titles too: Burmese U and Daw ("U Aung Kyaw Min" is "Aung Kyaw Min"),
# Amharic Ato, Indonesian Bapak and Ibu, Malay Datuk, Hindi Shri, Tamil Thiru, Thai Khun ("Khun
# Kittisak", before a given name). ("Sri" is not:
# Sri Lanka; nor are the short Indonesian "Pak" and "Bu": Pak is a Korean surname.)
TITLE_HEADS = _words(
    """
    president president-elect minister ambassador secretary secretary-general chairman chairwoman
    chairperson governor mayor senator king queen prince princess premier chancellor mr mrs ms
    miss dr prof professor colonel captain sheikh emir pope sir dame lord lady judge commissioner
    spokesman spokeswoman spokesperson director ceo envoy consul akim lieutenant sergeant
    congressman congresswoman ayatollah imam rabbi bishop archbishop cardinal marshal admiral
    gen col lt sgt capt gov sen rep pres mp cmdr cdr insp maj supt cpl pvt adm brig
    engineer architect curator historian economist analyst researcher scientist lawyer journalist
    reporter correspondent editor photographer coach inspector detective
    prosecutor councillor councilor
    президент министр премьер-министр посол председатель аким
    u daw ato weizero weyzero woizero wro bapak ibu datuk dato datin tun haji hajji begum shri smt thiru herr frau mme mlle
    khun
    """
)
# The short Indonesian honorifics ("Pak Budi", "Bu Sri"): a title only before a given name
# the text also writes as the first word of a full name, since Pak is a Korean surname too
# ("Pak Chae-in") and Bu a Chinese one.
SHORT_HONORIFICS = _words("pak bu")

# Titles that are family names too, as the last word of a person's name ("Ejaz Sheikh",
# "Alison Judge"): "Mr Sheikh" is then that person. Not "King": "Burger King" is no person.
TITLES_AS_SURNAMES = _words("sheikh shaikh judge")

TITLE_MODIFIERS = _words(
    """
    deputy vice prime foreign former first acting interim chief senior defense defence finance
    interior economy trade energy state general attorney grand crown
    """
)

# Lowercase words that may sit inside a name: "Mohammed bin Salman", "Charles de Gaulle", and
# the Czech and Slovak "on" and "under" of town names ("Ústí nad Labem", "Brandýs nad Labem").
# "dela", "delos", "delas": Filipino copy writes Spanish "de la", "de los" as one particle
# ("Juan dela Cruz"); "los" and "las" are particles only after "de" (`name_chunks`).
PARTICLES = _words("bin ibn al el de da di van von der den la le du dos das del ul ud nad pod dela delos delas")

# "Anti-Chinese", "Pan-Asian": the prefix is not part of the name.
HYPHEN_PREFIXES = _words("anti pro ex non pre post neo pan mid trans sub inter intra pseudo quasi ultra semi multi")

# Abbreviations whose full stop does not end a name: "St. Petersburg".
# "Sta."/"Sto." are Spanish and Filipino Santa/Santo ("MV Sta. Ines"); "Ma." (Maria) only
# where it opens a name, as "Ma" is a Chinese family name too (`name_chunks`).
NAME_ABBREVIATIONS = _words("st mt ft ste sta sto")
# Military and police ranks abbreviated with a stop, a title before a name: "Lt. Cmdr. Ariel
# Santos", "Police Insp. Ramon Cruz". The stop ends neither the sentence nor the title run.
RANK_ABBREVIATIONS = _words("lt capt col sgt gen cmdr cdr insp maj supt cpl pvt adm brig")
# Who a person is in the story, written before the name and capitalised only because it
# opens the sentence: "Survivor Cristina Pacaña, a teacher, said ...". Not part of the name.
ROLE_NOUNS = _words(
    """
    survivor passenger resident witness eyewitness villager farmer fisherman rescuer volunteer
    victim relative widow widower neighbour neighbor student teacher commuter motorist tourist
    evacuee pensioner protester activist vendor shopkeeper trader worker miner nurse patient driver
    """
)
OPENING_ABBREVIATIONS = _words("ma")
# What a name abbreviation stands for, where the full word is written too.
ABBREVIATION_EXPANSIONS = {"ma.": "Maria", "sta.": "Santa", "sto.": "Santo"}

# Capitalised, but never a proper name of a person, place or organisation (units, currencies too).
NEVER_NAMES = _words(
    """
    i january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    one two three four five six seven eight nine ten eleven twelve hundred thousand million
    first second third
    mw gw kw kwh mwh km kg gdp usd eur gbp cny rmb rub uah kzt
    """
)

# ISO 4217 codes of currencies the desk's regions report in. Written in capitals before an
# amount ("fined Kvirila Mining Company GEL 1.5 million") a code is no name word; elsewhere
# some of these are names or words ("Ron", "Kes"), so they are not in NEVER_NAMES.
CURRENCY_CODES = _words(
    """
    usd eur gbp chf jpy cny rmb hkd twd krw sgd myr idr thb vnd php inr pkr bdt npr lkr mmk khr
    lak mnt kzt kgs tjs uzs tmt azn amd gel rub uah byn mdl ron bgn rsd huf czk pln try irr afn
    iqd syp lbp jod ils egp sar aed qar kwd omr mad dzd tnd lyd ngn ghs kes ugx tzs etb zar xof
    xaf brl mxn ars clp cop pen aud nzd cad sek nok dkk isk
    """
)

# Ordinary words that often open a sentence: taken for names only if known otherwise.
COMMON_WORDS = _words(
    """
    a about above according across after again against all almost along already also although
    among an and another any anyone anything are around as at back because been before being
    below beneath beside besides between beyond both but by can could despite did do does doing
    during each either else end even ever every few for former from further given had has have
    having he her here hers herself him himself his how however if in including inside instead
    into is it its itself just last later latest least less lest like many meanwhile more
    moreover most much must my near neither never nevertheless next no nobody none nor not
    nothing now of off often on once only onto or other others otherwise our ours out outside
    over own per perhaps plus rather recent recently same several shall she should since so
    some such than that the their theirs them themselves then there therefore these they this
    those though through throughout thus till to today together too toward towards under unless
    unlike until up upon us very via was we were what whatever when whenever where whereas
    wherever whether which while who whoever whole whom whose why will with within without
    would yet you your yours yourself yesterday tomorrow tonight earlier
    everyone everybody anybody someone somebody everything something
    news breaking recent features image photo credit video read more see also related
    click share print email comments advertisement subscribe home
    total key new old official officials critics experts analysts people protests plans
    в во на по о об от до из к с у за это как но и а он она они мы я его её их этот эта
    """
)

# "Central Asia" is a place, not a person called Asia: these words make a name not a person's.
PLACE_MODIFIERS = _words(
    """
    north south east west northern southern eastern western central upper lower greater new
    inner outer united great little old holy saint st mount lake cape equatorial
    """
)

# The last word of an organisation or a named place: "Bank", "Sea", "Initiative".
ORG_HEADS = _words(
    """
    ministry bank university organization organisation republic institute department council
    committee union academy federation party association league commission court office agency
    kingdom states nations sea gulf bay ocean river lake mountains isles island islands board
    bureau center centre foundation fund church house museum school college service times post
    news press initiative road highway gateway port airport station railway company group
    corporation forum assembly parliament government administration authority army navy force
    forces front movement community region province district oblast city square street avenue
    bridge program programme project prize world cup games olympics summit state daily airlines
    wire review monitor courier herald journal tribune gazette observer today radio television tv
    dispatch report magazine weekly
    airways khanate
    society hospital clinic stadium arena congress alliance coalition confederation
    regency municipality prefecture governorate county
    gmina powiat voivodeship raion rayon krai kray okrug
    cross crescent
    """
)

# Administrative units written in lower case after their name ("Dadu district", "Ierapetra
# municipality"): the unit is another place than the town it is named after, where the text
# also names the town alone.
ADMINISTRATIVE_UNITS = (
    "district", "province", "region", "regional unit", "municipality", "county", "regency",
    "oblast", "prefecture", "governorate", "raion", "rayon", "gmina", "powiat", "voivodeship",
)

# The plural a sports team is named with after its town ("Seattle Mariners", "Osaka Tigers"):
# such a name is a team, never a person whose surname is "Mariners", nor is the town his
# given name. Plurals that are family names too (Rivers, Hawks, Eagles, Knights) are left out.
TEAM_PLURALS = _words(
    """
    mariners sharks dolphins warriors tigers lions bears bulls giants vikings titans falcons
    pirates sailors rockets jets spurs wolves panthers cougars raiders chargers dragons
    rangers rovers wanderers strikers stingrays marlins orioles cardinals dodgers yankees
    mets padres athletics royals twins brewers braves reds cubs astros nationals phillies
    buffaloes swallows carp fighters hornets thunder blazers lakers celtics heat magic
    seahawks patriots steelers packers broncos chiefs colts ravens bengals jaguars texans
    """
)

# The head words of a named river, lake or landform: "the Kvirila" is the Kvirila River.
LANDMARK_HEADS = _words("river lake sea canal strait gorge valley desert delta glacier mountains mountain range falls")

# One administrative unit in English and in the country's own word, which copy keeps or
# translates ("Kirovohrad Oblast" / "Kirovohrad region"). Each line is one unit.
ADMINISTRATIVE_UNIT_EQUIVALENTS: tuple[tuple[str, ...], ...] = (
    ("region", "oblast", "oblys", "viloyati", "vilayet", "krai", "kray"),
    ("district", "raion", "rayon"),
    ("province", "voivodeship"),
)

# Legal forms printed before a company's name, which copy as often leaves out: Indonesian
# "PT Cahaya Bumi" is "Cahaya Bumi"; Russian and Central Asian "OOO", "TOO", "JSC".
LEGAL_PREFIXES = _words("pt cv ooo oao zao pao ao too jsc ojsc pjsc llc")

# The last words of a company's name that its short form leaves out: "Hanbit Mobility" is
# "Hanbit" on second mention, "Oltin Quyosh Energy" is "Oltin Quyosh". Sector words and legal
# forms only; "University", "Museum", "Fund" name institutions their first word is not, and
# "Power", "Steel" are surnames too (Samantha Power, David Steel). A football club's "United"
# and "FC" too: "Brantas United" is "Brantas" in the article that names it; and "Company",
# which copy drops as readily as a sector word ("Kvirila Mining Company" / "Kvirila Mining").
CORPORATE_TAILS = _words(
    """
    mobility motors motor automotive energy enerji electronics holdings group corp corp.
    corporation co co. inc inc. ltd ltd. llc plc gmbh industries chemical chemicals airlines
    telecom telecoms pharma pharmaceuticals technologies technology systems solutions logistics
    construction engineering petroleum mining resources capital ventures shipping shipbuilding
    semiconductor batteries transport lines kaisha kabushiki limited partners freight cargo
    airways trading insurance ag sa nv bv jsc ojsc pjsc llp pte pvt tbk bhd sdn
    united fc company fibres fibers textiles
    sac saa srl sas sarl ltda sl spa oy oyj ab asa kft zrt doo sro ehf hf
    """
)  # the last line: legal forms of Latin America, southern and northern Europe ("S.A.C.", "S.r.l.", "Oy", "d.o.o.", "ehf.")

# A place's generic word in the language it is named in, which romanisations write apart or
# run into the name: "Zayandeh Rud" / "Zayanderud" (river), "Amu Darya" / "Amudarya",
# "Issyk-Kul" / "Issykkul" (lake), "Kyzyl Kum" / "Kyzylkum" (desert), "Muz Tagh" (mountain).
PLACE_GENERICS = _words("rud rod darya daryo kul kol köl kum qum tagh dagh tau")  # rod: Dari rud  # not "dag": Dag is a name

# Countries, continents, broad regions and peoples: named by so many unrelated reports that
# sharing them says nothing about sharing a story ("Russia" and "Turkey" in a report from
# Ganja and in one from Gyumri). Cities, even capitals, are not in it: a city is where a story
# happens.
GENERAL_PLACES = frozenset(
    """
    afghanistan albania algeria argentina armenia australia austria azerbaijan bangladesh belarus
    belgium bolivia brazil bulgaria cambodia canada chile china colombia croatia cuba cyprus
    czechia denmark egypt estonia ethiopia finland france georgia germany greece hungary india
    indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya korea kosovo kuwait
    kyrgyzstan laos latvia lebanon libya lithuania malaysia mexico moldova mongolia montenegro
    morocco myanmar burma nepal netherlands nigeria norway oman pakistan palestine peru
    philippines poland portugal qatar romania russia serbia singapore slovakia slovenia somalia
    spain sudan sweden switzerland syria taiwan tajikistan thailand tunisia turkey turkmenistan
    uganda ukraine uzbekistan venezuela vietnam yemen europe asia africa america eurasia
    caucasus balkans arctic bahrain turkiye
    kazakh kazakhs chinese russian russians uzbek uzbeks kyrgyz tajik tajiks turkmen uyghur
    uyghurs uighur uighurs soviet american americans european europeans asian asians british
    french german germans indian japanese korean turkish turkic iranian afghan arab arabs
    muslim muslims islamic christian mongolian ukrainian ukrainians
    thai vietnamese emirati emiratis moroccan tunisian libyan egyptian saudi qatari kuwaiti
    bahraini omani lebanese syrian iraqi taiwanese cantonese
    africans afghans albanian albanians algerian algerians argentine argentinian armenian armenians
    australian australians austrian austrians azerbaijani azerbaijanis bangladeshi bangladeshis
    belarusian belarusians belgian belgians brazilian brazilians bulgarian bulgarians cambodian
    canadian canadians chilean colombian croatian croatians croat croats cuban cypriot czech czechs
    danish dane danes dutch estonian ethiopian ethiopians finnish finn finns georgian georgians
    greek greeks hungarian hungarians indians indonesian indonesians iranians iraqis irish israeli
    israelis italian italians jordanian kenyan kenyans koreans kosovar lao laotian latvian
    lithuanian malaysian mexican mexicans moldovan moldovans mongolians montenegrin moroccans
    burmese nepali nepalese nigerian nigerians norwegian omanis pakistani pakistanis palestinian
    palestinians peruvian filipino filipinos polish pole poles portuguese romanian romanians
    serbian serbians serb serbs singaporean slovak slovaks slovakian slovenian slovene slovenes
    somali somalis spanish spaniard spaniards sudanese swedish swede swedes swiss syrians
    turk turks ugandan venezuelan yemeni african
    arabic hebrew persian farsi pashto dari hindi urdu bengali mandarin english
    """.split()
)

# Countries, capitals, regions and demonyms a news desk meets daily. A word here is a name
# even at a sentence start or in a headline, and may be split off a hyphen pair ("China-Kazakhstan").
GAZETTEER = _words(
    """
    afghanistan albania algeria argentina armenia australia austria azerbaijan bangladesh belarus
    belgium bolivia brazil bulgaria cambodia canada chile china colombia croatia cuba cyprus
    czechia denmark egypt estonia ethiopia finland france georgia germany greece hungary india
    indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya korea kosovo kuwait
    kyrgyzstan laos latvia lebanon libya lithuania malaysia mexico moldova mongolia montenegro
    morocco myanmar burma nepal netherlands nigeria norway oman pakistan palestine peru
    philippines poland portugal qatar romania russia serbia singapore slovakia slovenia somalia
    spain sudan sweden switzerland syria taiwan tajikistan thailand tunisia turkey turkmenistan
    uganda ukraine uzbekistan venezuela vietnam yemen europe asia africa america eurasia
    siberia xinjiang tibet crimea caucasus balkans arctic türkiye turkiye
    astana nur-sultan almaty alma-ata akmola shymkent karaganda aktau atyrau zhanaozen khorgos
    beijing shanghai moscow kyiv kiev tashkent bishkek dushanbe ashgabat baku tbilisi yerevan
    minsk washington london paris berlin brussels tokyo delhi ankara tehran kabul islamabad
    urumqi hong kong geneva vienna
    kazakh kazakhs chinese russian russians uzbek uzbeks kyrgyz tajik tajiks turkmen uyghur
    uyghurs uighur uighurs soviet american americans european europeans asian asians british
    french german germans indian japanese korean turkish turkic iranian afghan arab arabs
    muslim muslims islamic christian mongolian ukrainian ukrainians
    thai vietnamese emirati emiratis moroccan tunisian libyan egyptian saudi qatari kuwaiti
    bahrain bahraini omani lebanese syrian iraqi taiwanese cantonese
    """
)

# Words of the gazetteer that name a place only together ("Hong Kong"): alone, each is a
# given name or a surname too ("Nguyen Thi Hong Nhung", "Kong Hyo-jin").
PLACE_NAME_PARTS = _words("hong kong")

# Family names written first ("Xi Jinping", "Kim Jong Un"): the first word is the surname.
# The Hokkien and Teochew spellings of Malaysia and Singapore too ("Lim Wei Jie" is Mr Lim).
SURNAME_FIRST = _words(
    """
    xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng
    liang wen deng mao jiang han tang feng dong xiao cheng cao yuan pan cai kim park lee choi
    jung kang cho yoon moon nguyen tran le pham hoang
    chang chou chao chiang hsu hsieh kuo teng tsai tsao tsui chu
    chan wong leung cheung lau ng tse yip kwok lam mak tam fung tsang chow yeung
    lim tan ong goh chua teo toh yeo khoo quek heng loh yap liew teh
    """
)

# Georgian surname endings: beside one, a given name may be written with or without the
# nominative -i Georgian adds to a consonant ("Tamaz" / "Tamazi Khurtsidze", "Levan" / "Levani").
GEORGIAN_SURNAME_ENDINGS = ("dze", "shvili", "iani", "ia", "uri", "ava", "ua", "eli")

# Vietnamese middle names that tell a woman (Thị) from a man (Văn), as the courtesy title
# would: "Nguyễn Thị Hồng Nhung" is a Ms, "Trần Văn Phúc" a Mr (family name first only).
VIETNAMESE_MIDDLE_NAME_TITLES = {"thi": "ms", "van": "mr"}

# Surname endings of the region's naming traditions: such a word is a name even at a
# sentence start where nothing else in the text vouches for it ("Tokayev said ...").
SURNAME_SUFFIXES = ("ov", "ev", "ova", "eva", "yev", "yeva", "bek", "uly", "kyzy", "enko", "ovich", "evich", "ski", "sky")
# The same endings in Cyrillic, in the nominative ("Токаев", "Путин", "Назарбаева"): an
# inflected form ("Токаеве", "Путиным") does not end so.
CYRILLIC_SURNAME_SUFFIXES = ("ов", "ев", "ёв", "ин", "ова", "ева", "ёва", "ина", "бек", "улы", "енко", "ович", "евич", "ский")


# One given name as the traditions English-language outlets copy from write it, where the
# spellings differ by more than `transliteration.fold` evens out: the Ukrainian and the
# Russian form of one name (Vasyl / Vasily, Halyna / Galina), and the French (Maghreb) and
# the English (Gulf) romanisation of one Arabic name (Rachid / Rashid, Hicham / Hisham).
# Each line is one name; the first spelling is its key. Names only, never a person's full
# name: which person a text means is for the matching rules to decide.
GIVEN_NAME_EQUIVALENTS: tuple[tuple[str, ...], ...] = tuple(
    tuple(line.split())
    for line in """
    vasyl vasily vasiliy vassily vasilii
    mykola nikolai nikolay
    oleksandr aleksandr alexander alexandr
    oleksandra aleksandra alexandra
    oleksiy oleksii aleksei alexei alexey aleksey
    andriy andrii andrei andrey
    halyna galina
    olena elena yelena
    serhiy serhii sergei sergey
    mykhailo mikhail mykhaylo
    yuriy yurii yuri yury
    petro pyotr petr
    volodymyr vladimir
    dmytro dmitry dmitri dmitriy
    hryhoriy hryhorii grigory grigoriy grigori
    pavlo pavel
    oleh oleg
    ihor igor
    tetiana tetyana tatiana tatyana
    nataliya natalia natalya
    yevhen yevgeny evgeny yevgeniy
    anatoliy anatolii anatoly
    iryna irina
    valentyna valentina
    kateryna ekaterina yekaterina
    liudmyla lyudmila ludmila
    svitlana svetlana
    bohdan bogdan
    vitaliy vitalii vitaly
    vadym vadim
    maksym maxim maksim
    denys denis
    kostiantyn kostyantyn konstantin
    larysa larisa
    nadiya nadezhda
    rachid rashid
    rachida rashida
    hicham hisham
    chafik shafiq shafik
    achraf ashraf
    aicha aisha aysha
    cherif sharif
    hachem hashem hashim
    brahim ibrahim
    driss idris
    """.strip().splitlines()
)

# Languages a place's other name is given in: "Cusco, known in Quechua as Qosqo", "Jaffna, or
# Yalpanam in Tamil" (see `names.stated_aliases`).
LANGUAGES = _words(
    """
    english french spanish portuguese german italian dutch russian ukrainian belarusian polish
    lithuanian latvian estonian czech slovak hungarian romanian bulgarian serbian croatian bosnian
    slovene macedonian albanian greek turkish kurdish arabic persian farsi dari pashto urdu hindi
    bengali punjabi tamil telugu sinhala sinhalese nepali burmese thai lao khmer vietnamese chinese
    mandarin cantonese japanese korean mongolian kazakh uzbek kyrgyz tajik turkmen azerbaijani
    armenian georgian hebrew yiddish amharic oromo somali swahili hausa yoruba igbo zulu xhosa
    malay indonesian javanese tagalog filipino quechua aymara guarani creole icelandic finnish
    swedish norwegian danish irish welsh basque catalan galician maltese latin sanskrit tibetan
    uyghur
    """
)
