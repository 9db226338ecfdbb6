"""Words the archive generator writes with: names with the spelling variants outlets really
disagree on, places, bodies, and the nouns figures count. Plain data, in our own words.

The archive needs thousands of distinct entities, so people are composed from first and
family names; each family name carries its transliteration variants, so the same person is
spelled two ways across outlets as often as in real coverage."""

FIRST_NAMES = [
    ("Kassym-Jomart", "Qasym-Zhomart"), ("Nursultan", "Nursultan"), ("Askar", "Asqar"), ("Yerlan", "Erlan"),
    ("Dariga", "Dariga"), ("Bakhyt", "Baqyt"), ("Galym", "Ghalym"), ("Aigerim", "Aygerim"), ("Timur", "Temir"),
    ("Olzhas", "Olzhas"), ("Saule", "Saule"), ("Marat", "Marat"), ("Zhanna", "Jhanna"), ("Yerzhan", "Erjan"),
    ("Aliya", "Aliia"), ("Mukhtar", "Mukhtar"), ("Gulnara", "Gulnara"), ("Serik", "Seriq"), ("Kairat", "Qairat"),
    ("Dinara", "Dinara"), ("Rustem", "Rustam"), ("Aizhan", "Ayzhan"), ("Bolat", "Bolat"), ("Madina", "Madina"),
    ("Nurlan", "Nurlan"), ("Assel", "Asel"), ("Daulet", "Dauletbek"), ("Kamila", "Kamilla"), ("Arman", "Arman"),
    ("Zarina", "Zarina"), ("Yevgeny", "Evgeniy"), ("Oleksandr", "Aleksandr"), ("Mykola", "Nikolai"),
    ("Tamar", "Tamari"), ("Giorgi", "Georgy"), ("Nino", "Nino"), ("Levan", "Levani"), ("Wei", "Wei"),
    ("Xiaoming", "Hsiao-ming"), ("Li", "Lee"),
]
FAMILY_NAMES = [
    ("Tokayev", "Toqaev"), ("Nazarbayev", "Nazarbaev"), ("Mamin", "Mamin"), ("Smailov", "Smaiylov"),
    ("Sultanov", "Sultanuly"), ("Zhakupov", "Jaqypov"), ("Abdrakhmanov", "Abdrakhmanuly"), ("Kuanyshev", "Quanyshev"),
    ("Bekturov", "Bekturganov"), ("Iskakov", "Ysqaqov"), ("Omarov", "Omaruly"), ("Seitkali", "Seitqali"),
    ("Dzhaksybekov", "Jaqsybekov"), ("Yessimov", "Esimov"), ("Kassymov", "Qasymov"), ("Tulegenov", "Tolegenov"),
    ("Baimukhanov", "Baymukhanov"), ("Zhumabayev", "Jumabaev"), ("Shevchenko", "Shevchenco"), ("Kovalenko", "Kovalenco"),
    ("Bondarenko", "Bondarenco"), ("Tkachenko", "Tkachenco"), ("Kravchuk", "Kravchuck"), ("Melnyk", "Melnik"),
    ("Beridze", "Beridzé"), ("Kapanadze", "Kapanadzé"), ("Gelashvili", "Gelashvily"), ("Lomidze", "Lomidzé"),
    ("Zhang", "Chang"), ("Wang", "Wong"), ("Liu", "Lau"), ("Chen", "Chan"), ("Zhou", "Chou"), ("Huang", "Hwang"),
    ("Al-Mansouri", "Al Mansuri"), ("Haddad", "Hadad"), ("El-Sayed", "Al-Sayyid"), ("Gaddafi", "Qadhafi"),
    ("Mohammed", "Muhammad"), ("Hussein", "Husayn"),
]
PLACES = [
    ("Astana", "Nur-Sultan"), ("Almaty", "Alma-Ata"), ("Beijing", "Peking"), ("Kyiv", "Kiev"), ("Tbilisi", "Tiflis"),
    ("Shymkent", "Chimkent"), ("Karaganda", "Qaraghandy"), ("Aktobe", "Aqtobe"), ("Kharkiv", "Kharkov"),
    ("Odesa", "Odessa"), ("Lviv", "Lvov"), ("Batumi", "Batum"), ("Kutaisi", "Kutais"), ("Urumqi", "Urumchi"),
    ("Xiangtan", "Hsiangtan"), ("Guangzhou", "Canton"), ("Tripoli", "Tarabulus"), ("Benghazi", "Banghazi"),
    ("Misrata", "Misurata"), ("Sirte", "Surt"), ("Bishkek", "Frunze"), ("Tashkent", "Toshkent"),
    ("Dushanbe", "Dushanbeh"), ("Ashgabat", "Ashkhabad"),
]
BODIES = [
    "the Ministry of Energy", "the Ministry of Education", "the national statistics office", "the city council",
    "the regional administration", "the central bank", "the state railway company", "the water authority",
    "the Ministry of Health", "the trade ministry", "the port authority", "the national grid operator",
]
PUBLISHERS = [
    "The Steppe Herald", "Caspian Wire", "Daily Meridian", "Eurasia Monitor", "The Kyiv Ledger", "Tbilisi Courier",
    "Silk Road Review", "Northern Gazette", "The Desert Post", "Mountain Times", "River City News", "Harbour Bulletin",
    "The Evening Standard-Bearer", "Capital Observer", "Regional Voice", "The Weekly Register",
]
TOPICS = [
    "Economy", "Energy", "Education", "Health", "Transport", "Foreign affairs", "Trade", "Water", "Housing",
    "Agriculture", "Elections", "Budget", "Environment", "Culture", "Migration", "Defence", "Technology", "Tourism",
    "Employment", "Justice", "Media", "Sport", "Science", "Infrastructure", "Security", "Religion", "Demography",
    "Industry", "Mining", "Telecoms",
]
# The things figures count, as (noun, plural): a figure group is one noun in one place.
NOUNS = [
    ("project", "projects"), ("school", "schools"), ("hospital", "hospitals"), ("kilometre of road", "kilometres of road"),
    ("tram", "trams"), ("power station", "power stations"), ("bridge", "bridges"), ("apartment", "apartments"),
    ("factory", "factories"), ("desalination plant", "desalination plants"), ("bus", "buses"), ("clinic", "clinics"),
    ("job", "jobs"), ("village", "villages"), ("well", "wells"), ("museum", "museums"),
]
SCOPES = ["completed", "signed", "planned", "being implemented", "under construction", "approved"]
QUALIFIERS = ["", "about ", "at least ", "more than ", "nearly ", "up to ", "some "]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ROLES = [
    "the minister", "the governor", "the deputy prime minister", "a spokeswoman", "the mayor", "an adviser",
    "the ambassador", "the head of the agency", "an opposition deputy", "the chief engineer",
]
RATINGS = [("true", 18), ("mostly_true", 24), ("mixed", 20), ("mostly_false", 16), ("false", 16), ("unproven", 6)]
