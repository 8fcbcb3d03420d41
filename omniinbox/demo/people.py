"""Who is in the demo: the shop's four agents and plausible customer names per language.

Names are written the way the customer would write them (Cyrillic, Georgian, Uzbek Latin),
with a Latin spelling for their email address, Telegram username and X handle.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class GivenName:
    native: str
    latin: str
    female: bool
    vocative: str = ""  # how an answer addresses them, where it differs (Ukrainian)


@dataclass(frozen=True, slots=True)
class Surname:
    male: str
    female: str
    latin_male: str
    latin_female: str


@dataclass(frozen=True, slots=True)
class DemoAgent:
    name: str  # the real name signed on every answer
    email: str
    languages: Mapping[str, int]  # the languages they usually answer in, with a weight


AGENTS: tuple[DemoAgent, ...] = (
    DemoAgent("Aigerim Seitkali", "aigerim@shop.example", {"kk": 7, "ru": 5, "en": 2}),
    DemoAgent("Timur Rakhimov", "timur@shop.example", {"uz": 8, "ru": 5, "kk": 3, "en": 2}),
    DemoAgent("Nino Kapanadze", "nino@shop.example", {"ka": 9, "en": 3}),
    DemoAgent("Olena Hnatiuk", "olena@shop.example", {"uk": 9, "en": 2, "ru": 1}),
)

SIGNATURE = "{name}\nOrbita Shop support"

# How many of the 120 customers write in each language (English: expats and travellers).
LANGUAGE_SHARE: Mapping[str, int] = {"ru": 30, "kk": 18, "uk": 18, "uz": 18, "ka": 16, "en": 20}

EMAIL_DOMAINS = ("mail.example", "inbox.example", "post.example", "webmail.example")


def _f(native: str, latin: str, vocative: str = "") -> GivenName:
    return GivenName(native, latin, True, vocative)


def _m(native: str, latin: str, vocative: str = "") -> GivenName:
    return GivenName(native, latin, False, vocative)


def _same(native: str, latin: str) -> Surname:
    """A surname with one form for women and men."""
    return Surname(native, native, latin, latin)


def _ov(male: str, latin_male: str) -> Surname:
    """A surname whose female form adds -a (Ivanov / Ivanova, Karimov / Karimova)."""
    cyrillic = "\u0400" <= male[-1] <= "\u04ff"
    return Surname(male, male + ("а" if cyrillic else "a"), latin_male, latin_male + "a")


GIVEN: Mapping[str, tuple[GivenName, ...]] = {
    "ru": (
        _f("Анна", "Anna"),
        _f("Екатерина", "Ekaterina"),
        _f("Ольга", "Olga"),
        _f("Наталья", "Natalya"),
        _f("Мария", "Maria"),
        _f("Юлия", "Yulia"),
        _f("Елена", "Elena"),
        _m("Дмитрий", "Dmitry"),
        _m("Сергей", "Sergey"),
        _m("Алексей", "Alexey"),
        _m("Артём", "Artyom"),
        _m("Игорь", "Igor"),
        _m("Виктор", "Viktor"),
        _m("Павел", "Pavel"),
    ),
    "kk": (
        _m("Ерлан", "Yerlan"),
        _m("Дәулет", "Daulet"),
        _f("Әсел", "Assel"),
        _m("Нұрлан", "Nurlan"),
        _f("Жансая", "Zhansaya"),
        _m("Бауыржан", "Baurzhan"),
        _f("Гүлназ", "Gulnaz"),
        _m("Арман", "Arman"),
        _f("Мөлдір", "Moldir"),
        _m("Асқар", "Askar"),
        _f("Гауһар", "Gauhar"),
        _f("Ұлжан", "Ulzhan"),
        _m("Қанат", "Kanat"),
        _f("Іңкәр", "Inkar"),
    ),
    "uk": (
        _m("Андрій", "Andrii", "Андрію"),
        _f("Ірина", "Iryna", "Ірино"),
        _m("Богдан", "Bohdan", "Богдане"),
        _f("Оксана", "Oksana", "Оксано"),
        _m("Тарас", "Taras", "Тарасе"),
        _f("Юлія", "Yuliia", "Юліє"),
        _m("Дмитро", "Dmytro", "Дмитре"),
        _f("Наталія", "Nataliia", "Наталіє"),
        _m("Максим", "Maksym", "Максиме"),
        _f("Софія", "Sofiia", "Софіє"),
        _m("Євген", "Yevhen", "Євгене"),
        _m("Ярослав", "Yaroslav", "Ярославе"),
        _f("Галина", "Halyna", "Галино"),
        _m("Ігор", "Ihor", "Ігорю"),
    ),
    "uz": (
        _f("Dilnoza", "Dilnoza"),
        _m("Jasur", "Jasur"),
        _f("Shahnoza", "Shahnoza"),
        _m("Bekzod", "Bekzod"),
        _f("Gulnora", "Gulnora"),
        _m("Oʻtkir", "Otkir"),
        _m("Sardor", "Sardor"),
        _f("Madina", "Madina"),
        _m("Gʻayrat", "Gayrat"),
        _f("Nodira", "Nodira"),
        _m("Otabek", "Otabek"),
        _f("Zarina", "Zarina"),
        _m("Sherzod", "Sherzod"),
        _f("Feruza", "Feruza"),
    ),
    "ka": (
        _m("გიორგი", "Giorgi"),
        _m("დავით", "Davit"),
        _f("მარიამ", "Mariam"),
        _m("ლევან", "Levan"),
        _f("თამარ", "Tamar"),
        _f("ანა", "Ana"),
        _m("ლაშა", "Lasha"),
        _m("ირაკლი", "Irakli"),
        _f("სალომე", "Salome"),
        _m("ნიკა", "Nika"),
        _f("ქეთევან", "Ketevan"),
        _f("ელენე", "Elene"),
        _m("ზურაბ", "Zurab"),
        _f("მაკა", "Maka"),
    ),
    "en": (
        _f("Emma", "Emma"),
        _m("James", "James"),
        _f("Sophie", "Sophie"),
        _m("Liam", "Liam"),
        _f("Hannah", "Hannah"),
        _m("Daniel", "Daniel"),
        _f("Olivia", "Olivia"),
        _m("Lucas", "Lucas"),
        _f("Priya", "Priya"),
        _m("Tom", "Tom"),
        _f("Chloe", "Chloe"),
        _m("Noah", "Noah"),
        _f("Grace", "Grace"),
        _m("Ben", "Ben"),
    ),
}

SURNAMES: Mapping[str, tuple[Surname, ...]] = {
    "ru": (
        _ov("Иванов", "Ivanov"),
        _ov("Смирнов", "Smirnov"),
        Surname("Ковалёв", "Ковалёва", "Kovalev", "Kovaleva"),
        _ov("Соколов", "Sokolov"),
        _ov("Волков", "Volkov"),
        Surname("Фёдоров", "Фёдорова", "Fedorov", "Fedorova"),
        _same("Ким", "Kim"),
        _same("Пак", "Pak"),
        _ov("Морозов", "Morozov"),
        _ov("Лебедев", "Lebedev"),
    ),
    "kk": (
        _ov("Жұмабаев", "Zhumabayev"),
        _ov("Сейітов", "Seitov"),
        _ov("Қасымов", "Kassymov"),
        _ov("Әбенов", "Abenov"),
        _ov("Тоқтаров", "Toktarov"),
        _ov("Бекмұханбетов", "Bekmukhanbetov"),
        _ov("Нұрғалиев", "Nurgaliyev"),
        _ov("Сәрсенбаев", "Sarsenbayev"),
        _ov("Оспанов", "Ospanov"),
        _ov("Үсенов", "Ussenov"),
    ),
    "uk": (
        _same("Коваленко", "Kovalenko"),
        _same("Шевчук", "Shevchuk"),
        _same("Бондаренко", "Bondarenko"),
        _same("Ткаченко", "Tkachenko"),
        _same("Мельник", "Melnyk"),
        _same("Кравчук", "Kravchuk"),
        _same("Ґонта", "Gonta"),
        _same("Лисенко", "Lysenko"),
        _same("Марченко", "Marchenko"),
        _same("Савчук", "Savchuk"),
        _same("Ігнатенко", "Ihnatenko"),
    ),
    "uz": (
        _ov("Karimov", "Karimov"),
        _ov("Yusupov", "Yusupov"),
        _ov("Toshmatov", "Toshmatov"),
        Surname("Abdullayev", "Abdullayeva", "Abdullayev", "Abdullayeva"),
        _ov("Qodirov", "Qodirov"),
        _ov("Nazarov", "Nazarov"),
        _ov("Ergashev", "Ergashev"),
        _ov("Gʻulomov", "Gulomov"),
        _ov("Xolmatov", "Xolmatov"),
        _ov("Shodmonov", "Shodmonov"),
        Surname("Choriyev", "Choriyeva", "Choriyev", "Choriyeva"),
    ),
    "ka": (
        _same("ბერიძე", "Beridze"),
        _same("გელაშვილი", "Gelashvili"),
        _same("მაისურაძე", "Maisuradze"),
        _same("ლომიძე", "Lomidze"),
        _same("ხარაიშვილი", "Kharaishvili"),
        _same("წიკლაური", "Tsiklauri"),
        _same("ჯაფარიძე", "Japaridze"),
        _same("ქავთარაძე", "Kavtaradze"),
        _same("ნოზაძე", "Nozadze"),
        _same("ცინცაძე", "Tsintsadze"),
    ),
    "en": (
        _same("Wilson", "Wilson"),
        _same("Carter", "Carter"),
        _same("O'Brien", "OBrien"),
        _same("Walker", "Walker"),
        _same("Fischer", "Fischer"),
        _same("Sharma", "Sharma"),
        _same("Harris", "Harris"),
        _same("Dubois", "Dubois"),
        _same("Kowalski", "Kowalski"),
        _same("Bennett", "Bennett"),
    ),
}
