"""A seeded, realistic support mailbox: customers write to the desk (INBOX), agents answer
(Sent), threads carry In-Reply-To / References, six languages (en, ru, kk, uk, uz, ka), legacy
charsets for some Russian and Ukrainian mail (windows-1251, KOI8-R, KOI8-U), a mix of
8bit / quoted-printable / base64, HTML alternatives, auto-replies, and about 10% of messages
with attachments of 20-500 KB (log-uniform sizes, incompressible bytes, some RFC 2231 names).

Same seed, same bytes. Messages come out oldest first, rendered one at a time, so a mailbox
of 50,000 messages (about 1 GB) never sits in memory.
"""

from __future__ import annotations

import base64
import math
import quopri
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

END = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)  # the mailbox's newest message, before the +100
SPAN = timedelta(days=730)
ATTACH_SHARE = 0.10
ATTACH_MIN, ATTACH_MAX = 20 * 1024, 500 * 1024

# --- what customers and agents write -----------------------------------------------------------

CUSTOMER = {
    "en": [
        "I ordered a {product} last week and it still has not arrived.",
        "The tracking number {track} shows no movement for five days.",
        "The parcel was delivered damaged, the box was torn and the screen is cracked.",
        "Could you please issue a refund to my card?",
        "I was charged twice for order {order}, please check the payment.",
        "The size does not fit, I would like to exchange it for a larger one.",
        "The courier did not call before coming and left without the delivery.",
        "Please send me the invoice with your company details for our accounting.",
        "My promo code did not work at checkout.",
        "The warranty card is missing from the package.",
        "Can I pick up the order myself from your warehouse in {city}?",
        "Thank you for the quick answer, everything works now.",
    ],
    "ru": [
        "Я заказал {product} на прошлой неделе, но посылка до сих пор не пришла.",
        "Трек-номер {track} не обновляется уже пять дней.",
        "Посылку доставили повреждённой: коробка порвана, экран треснул.",
        "Прошу оформить возврат денег на мою карту.",
        "С меня дважды списали оплату за заказ {order}, проверьте, пожалуйста.",
        "Размер не подошёл, хочу обменять на больший.",
        "Курьер не позвонил заранее и уехал, не оставив посылку.",
        "Пришлите, пожалуйста, счёт с реквизитами вашей компании для бухгалтерии.",
        "Промокод не сработал при оформлении заказа.",
        "В коробке нет гарантийного талона.",
        "Можно ли забрать заказ самому со склада в городе {city}?",
        "Спасибо за быстрый ответ, теперь всё работает.",
    ],
    "kk": [
        "Мен өткен аптада {product} тапсырыс бердім, бірақ сәлемдеме әлі келген жоқ.",
        "{track} трек-нөмірі бес күннен бері жаңартылмайды.",
        "Сәлемдеме бүлінген күйде жеткізілді: қорап жыртылған, экраны сынған.",
        "Ақшаны картама қайтаруыңызды сұраймын.",
        "{order} тапсырысы үшін төлем екі рет алынды, тексеріп беріңізші.",
        "Өлшемі келмеді, үлкенірек өлшемге ауыстырғым келеді.",
        "Курьер алдын ала қоңырау шалмай, сәлемдемені қалдырмай кетіп қалды.",
        "Бухгалтерия үшін компанияңыздың деректемелері бар шот-фактураны жіберіңізші.",
        "Тапсырысты рәсімдеу кезінде промокод жұмыс істемеді.",
        "Қорапта кепілдік талоны жоқ.",
        "Тапсырысты {city} қаласындағы қоймаңыздан өзім алып кете аламын ба?",
        "Жылдам жауап бергеніңіз үшін рахмет, енді бәрі жұмыс істейді.",
    ],
    "uk": [
        "Я замовив {product} минулого тижня, але посилка досі не прийшла.",
        "Трек-номер {track} не оновлюється вже п'ять днів.",
        "Посилку доставили пошкодженою: коробка розірвана, екран тріснув.",
        "Прошу оформити повернення коштів на мою картку.",
        "З мене двічі списали оплату за замовлення {order}, перевірте, будь ласка.",
        "Розмір не підійшов, хочу обміняти на більший.",
        "Кур'єр не зателефонував заздалегідь і поїхав, не залишивши посилку.",
        "Надішліть, будь ласка, рахунок з реквізитами вашої компанії для бухгалтерії.",
        "Промокод не спрацював під час оформлення замовлення.",
        "У коробці немає гарантійного талона.",
        "Чи можна забрати замовлення самостійно зі складу в місті {city}?",
        "Дякую за швидку відповідь, тепер усе працює.",
    ],
    "uz": [
        "O'tgan hafta {product} buyurtma qildim, lekin posilka hali kelmadi.",
        "{track} trek raqami besh kundan beri yangilanmayapti.",
        "Posilka shikastlangan holda yetkazildi: quti yirtilgan, ekrani singan.",
        "Pulni kartamga qaytarishingizni so'rayman.",
        "{order} buyurtmasi uchun to'lov ikki marta yechildi, tekshirib bering.",
        "O'lchami to'g'ri kelmadi, kattaroq o'lchamga almashtirmoqchiman.",
        "Kuryer oldindan qo'ng'iroq qilmadi va posilkani qoldirmasdan ketib qoldi.",
        "Buxgalteriya uchun kompaniyangiz rekvizitlari bilan hisob-fakturani yuboring.",
        "Promokod buyurtma berishda ishlamadi.",
        "Qutida kafolat taloni yo'q.",
        "Buyurtmani {city} shahridagi omboringizdan o'zim olib ketsam bo'ladimi?",
        "Tez javob uchun rahmat, endi hammasi ishlayapti.",
    ],
    "ka": [
        "გასულ კვირას შევუკვეთე {product}, მაგრამ ამანათი ჯერ არ მოსულა.",
        "თრექინგის ნომერი {track} ხუთი დღეა არ განახლებულა.",
        "ამანათი დაზიანებული მოვიდა: ყუთი დახეულია, ეკრანი გატეხილია.",
        "გთხოვთ, თანხა დამიბრუნოთ ბარათზე.",
        "შეკვეთა {order}-ისთვის გადახდა ორჯერ ჩამომეჭრა, გთხოვთ შეამოწმოთ.",
        "ზომა არ მომერგო, მინდა უფრო დიდზე გავცვალო.",
        "კურიერმა წინასწარ არ დარეკა და ამანათი არ დატოვა.",
        "გთხოვთ, ბუღალტერიისთვის გამომიგზავნოთ ანგარიში თქვენი კომპანიის რეკვიზიტებით.",
        "პრომოკოდი შეკვეთის გაფორმებისას არ იმუშავა.",
        "ყუთში საგარანტიო ტალონი არ არის.",
        "შემიძლია შეკვეთა თავად წავიღო თქვენი საწყობიდან ქალაქ {city}-ში?",
        "გმადლობთ სწრაფი პასუხისთვის, ახლა ყველაფერი მუშაობს.",
    ],
}

AGENT = {
    "en": [
        "Thank you for writing to us.",
        "I have checked order {order}: it left our warehouse in {city} on Monday.",
        "We have issued a refund; the money will reach your card within 3-5 business days.",
        "Please send a photo of the damaged item and the packaging.",
        "The courier will contact you tomorrow between 10:00 and 14:00.",
        "I have attached the invoice you asked for.",
        "Your replacement has been shipped, the new tracking number is {track}.",
        "Sorry for the inconvenience.",
    ],
    "ru": [
        "Спасибо, что написали нам.",
        "Я проверила заказ {order}: он отправлен с нашего склада в городе {city} в понедельник.",
        "Мы оформили возврат, деньги поступят на карту в течение 3-5 рабочих дней.",
        "Пришлите, пожалуйста, фотографию повреждённого товара и упаковки.",
        "Курьер свяжется с вами завтра с 10:00 до 14:00.",
        "Счёт, который вы просили, во вложении.",
        "Замена отправлена, новый трек-номер {track}.",
        "Приносим извинения за неудобства.",
    ],
    "kk": [
        "Бізге жазғаныңыз үшін рахмет.",
        "{order} тапсырысын тексердім: ол дүйсенбі күні {city} қаласындағы қоймадан жіберілді.",
        "Қайтаруды рәсімдедік, ақша 3-5 жұмыс күні ішінде картаңызға түседі.",
        "Бүлінген тауар мен қаптаманың суретін жіберіңізші.",
        "Курьер ертең сағат 10:00 мен 14:00 аралығында хабарласады.",
        "Сұраған шот-фактураңыз тіркемеде.",
        "Ауыстыру жіберілді, жаңа трек-нөмір {track}.",
        "Қолайсыздық үшін кешірім сұраймыз.",
    ],
    "uk": [
        "Дякуємо, що написали нам.",
        "Я перевірила замовлення {order}: його відправлено з нашого складу в місті {city}.",
        "Ми оформили повернення, кошти надійдуть на картку протягом 3-5 робочих днів.",
        "Надішліть, будь ласка, фото пошкодженого товару та упаковки.",
        "Кур'єр зв'яжеться з вами завтра з 10:00 до 14:00.",
        "Рахунок, який ви просили, у вкладенні.",
        "Заміну відправлено, новий трек-номер {track}.",
        "Перепрошуємо за незручності.",
    ],
    "uz": [
        "Bizga yozganingiz uchun rahmat.",
        "{order} buyurtmasini tekshirdim: u dushanba kuni {city} omborimizdan jo'natildi.",
        "Pulni qaytarishni rasmiylashtirdik, mablag' 3-5 ish kunida kartangizga tushadi.",
        "Iltimos, shikastlangan mahsulot va qadoqning suratini yuboring.",
        "Kuryer ertaga soat 10:00 dan 14:00 gacha siz bilan bog'lanadi.",
        "So'ragan hisob-fakturangiz ilovada.",
        "Almashtirish jo'natildi, yangi trek raqami {track}.",
        "Noqulaylik uchun uzr so'raymiz.",
    ],
    "ka": [
        "გმადლობთ, რომ მოგვწერეთ.",
        "შევამოწმე შეკვეთა {order}: ის ორშაბათს გაიგზავნა ჩვენი საწყობიდან ქალაქ {city}-ში.",
        "თანხის დაბრუნება გავაფორმეთ, თანხა ბარათზე 3-5 სამუშაო დღეში ჩაირიცხება.",
        "გთხოვთ, გამოგვიგზავნოთ დაზიანებული ნივთისა და შეფუთვის ფოტო.",
        "კურიერი ხვალ 10:00-დან 14:00-მდე დაგიკავშირდებათ.",
        "თქვენ მიერ მოთხოვნილი ანგარიში თანდართულია.",
        "შემცვლელი ნივთი გაიგზავნა, ახალი თრექინგის ნომერია {track}.",
        "ბოდიშს გიხდით უხერხულობისთვის.",
    ],
}

SUBJECTS = {
    "en": [
        "Where is my order {order}?",
        "Damaged parcel",
        "Refund request",
        "Double charge for order {order}",
        "Exchange: wrong size",
        "Invoice needed",
        "Courier did not deliver",
        "Promo code not working",
        "Question about {product}",
    ],
    "ru": [
        "Где мой заказ {order}?",
        "Повреждённая посылка",
        "Возврат денег",
        "Двойное списание по заказу {order}",
        "Обмен: не подошёл размер",
        "Нужен счёт",
        "Курьер не доставил",
        "Не работает промокод",
        "Вопрос по товару {product}",
    ],
    "kk": [
        "{order} тапсырысым қайда?",
        "Бүлінген сәлемдеме",
        "Ақшаны қайтару",
        "{order} тапсырысы бойынша екі рет төлем",
        "Ауыстыру: өлшемі келмеді",
        "Шот-фактура керек",
        "Курьер жеткізбеді",
        "Промокод жұмыс істемейді",
        "{product} туралы сұрақ",
    ],
    "uk": [
        "Де моє замовлення {order}?",
        "Пошкоджена посилка",
        "Повернення коштів",
        "Подвійне списання за замовленням {order}",
        "Обмін: не підійшов розмір",
        "Потрібен рахунок",
        "Кур'єр не доставив",
        "Не працює промокод",
        "Питання щодо {product}",
    ],
    "uz": [
        "{order} buyurtmam qayerda?",
        "Shikastlangan posilka",
        "Pulni qaytarish",
        "{order} buyurtmasi uchun ikki marta to'lov",
        "Almashtirish: o'lchami to'g'ri kelmadi",
        "Hisob-faktura kerak",
        "Kuryer yetkazmadi",
        "Promokod ishlamayapti",
        "{product} haqida savol",
    ],
    "ka": [
        "სად არის ჩემი შეკვეთა {order}?",
        "დაზიანებული ამანათი",
        "თანხის დაბრუნება",
        "ორმაგი ჩამოჭრა შეკვეთაზე {order}",
        "გაცვლა: ზომა არ მოერგო",
        "საჭიროა ანგარიში",
        "კურიერმა არ მოიტანა",
        "პრომოკოდი არ მუშაობს",
        "კითხვა {product}-ის შესახებ",
    ],
}

GREETING = {
    "en": ("Hello,", "Hi,", "Good afternoon,"),
    "ru": ("Здравствуйте!", "Добрый день!", "Привет."),
    "kk": ("Сәлеметсіз бе!", "Қайырлы күн!"),
    "uk": ("Добрий день!", "Вітаю!"),
    "uz": ("Assalomu alaykum!", "Salom!"),
    "ka": ("გამარჯობა!", "დილა მშვიდობისა!"),
}
AGENT_GREETING = {
    "en": "Dear {name},",
    "ru": "{name}, здравствуйте!",
    "kk": "{name}, сәлеметсіз бе!",
    "uk": "{name}, добрий день!",
    "uz": "Hurmatli {name}!",
    "ka": "ძვირფასო {name},",
}
WROTE = {
    "en": "On {date}, {name} wrote:",
    "ru": "{date}, {name} пишет:",
    "kk": "{date}, {name} жазды:",
    "uk": "{date}, {name} пише:",
    "uz": "{date} kuni {name} yozdi:",
    "ka": "{date}, {name} წერს:",
}
REPLY_PREFIX = {"en": "Re: ", "ru": "Re: ", "kk": "Re: ", "uk": "Re: ", "uz": "Re: ", "ka": "Re: "}
NAMES = {
    "en": ["John Smith", "Emily Brown", "Michael Taylor", "Sarah Wilson", "David Clark",
           "Laura Walker", "James Hall", "Anna Young", "Robert King", "Olivia Wright"],
    "ru": ["Александр Иванов", "Елена Смирнова", "Дмитрий Кузнецов", "Ольга Попова",
           "Сергей Васильев", "Наталья Петрова", "Андрей Соколов", "Татьяна Михайлова",
           "Алексей Новиков", "Мария Фёдорова"],
    "kk": ["Айгерим Сәдуақасова", "Ерлан Жұмабаев", "Динара Оспанова", "Нұрлан Әбенов",
           "Әсел Қасымова", "Бауыржан Сейітов", "Гүлнар Төлеуова", "Асқар Омаров",
           "Жанар Бекова", "Қайрат Ахметов"],
    "uk": ["Олександр Шевченко", "Оксана Коваленко", "Іван Бондаренко", "Юлія Ткаченко",
           "Андрій Кравченко", "Наталія Олійник", "Євген Мельник", "Ірина Поліщук",
           "Тарас Лисенко", "Ганна Марченко"],
    "uz": ["Aziz Karimov", "Dilnoza Rahimova", "Jasur Tursunov", "Malika Yusupova",
           "Sherzod Aliyev", "Nodira Xasanova", "Otabek Ergashev", "Gulnora Saidova",
           "Rustam Qodirov", "Zarina Mirzayeva"],
    "ka": ["გიორგი ბერიძე", "ნინო კაპანაძე", "დავით გელაშვილი", "თამარ მაისურაძე",
           "ლევან ლომიძე", "ანა ჯაფარიძე", "ირაკლი ხუციშვილი", "მარიამ ნოზაძე",
           "ზურაბ წიკლაური", "ეკა ქავთარაძე"],
}  # fmt: skip
LOGINS = ["john", "emily", "mike", "sarah", "dave", "laura", "jim", "anna", "rob", "olivia",
          "alex", "elena", "dima", "olga", "serg", "natasha", "andrey", "tanya", "aigerim",
          "erlan", "dinara", "nurlan", "asel", "oksana", "ivan", "yulia", "aziz", "dilnoza",
          "jasur", "malika", "giorgi", "nino", "davit", "tamar", "levan"]  # fmt: skip
DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.com"],
    "ru": ["mail.ru", "yandex.ru", "inbox.ru", "bk.ru", "gmail.com"],
    "kk": ["mail.kz", "mail.ru", "gmail.com", "inbox.kz"],
    "uk": ["ukr.net", "i.ua", "gmail.com", "meta.ua"],
    "uz": ["mail.uz", "gmail.com", "umail.uz"],
    "ka": ["gmail.com", "mail.ge", "yahoo.com"],
}
CITIES = {
    "en": ["Almaty", "Astana", "Tashkent", "Tbilisi", "Kyiv"],
    "ru": ["Алматы", "Астана", "Караганда", "Шымкент", "Ташкент"],
    "kk": ["Алматы", "Астана", "Шымкент", "Ақтөбе", "Қарағанды"],
    "uk": ["Київ", "Львів", "Харків", "Одеса", "Дніпро"],
    "uz": ["Toshkent", "Samarqand", "Buxoro", "Namangan", "Andijon"],
    "ka": ["თბილისი", "ბათუმი", "ქუთაისი", "რუსთავი", "გორი"],
}
BRANDS = ["Aurora", "Tengri", "Samal", "Nomad", "Altyn", "Tulpar", "Zhuldyz", "Kazyna",
          "Batys", "Saryarka", "Khan", "Ilek"]  # fmt: skip
AGENTS = ["Aigerim Sadykova", "Dana Nurlanovna", "Timur Aliev", "Nino Beridze", "Olena Koval"]
LANG_WEIGHTS = {"ru": 30, "kk": 15, "uk": 15, "en": 20, "uz": 10, "ka": 10}
# (charset, share) per language for customer mail; the rest is UTF-8. Agents always send UTF-8.
LEGACY = {
    "ru": (("windows-1251", 0.25), ("koi8-r", 0.15)),
    "uk": (("windows-1251", 0.15), ("koi8-u", 0.15)),
}
MAILERS = ["Mozilla Thunderbird 115.9", "Microsoft Outlook 16.0", "Apple Mail (2.3774)",
           "Roundcube Webmail/1.6.5", "The Bat! (v10.5.3) Professional", "K-9 Mail for Android",
           "Mail.Ru Mailer 1.0", "Yandex.Mail", ""]  # fmt: skip
ATTACH_KINDS = [
    ("image/jpeg", "IMG_{n}.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"),
    ("image/png", "screenshot-{n}.png", b"\x89PNG\r\n\x1a\n"),
    ("application/pdf", "invoice-{n}.pdf", b"%PDF-1.7\n"),
    ("application/pdf", "счёт-фактура {n}.pdf", b"%PDF-1.4\n"),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "накладная_{n}.xlsx",
        b"PK\x03\x04",
    ),
    ("image/jpeg", "ფოტო_{n}.jpg", b"\xff\xd8\xff\xe1"),
]


def product_codes(rng: random.Random, count: int = 400) -> list[str]:
    """Model codes (single tokens such as ``TX4821``): a long tail of rare words to search."""
    codes = set()
    while len(codes) < count:
        codes.add(f"{rng.choice('ABKMSTVXZ')}{rng.choice('ABKMSTVXZ')}{rng.randrange(1000, 9999)}")
    return sorted(codes)


# --- the skeleton: who writes when ---------------------------------------------------------------


@dataclass(slots=True)
class Customer:
    name: str
    address: str
    lang: str
    charset: str  # what this customer's mail program sends


@dataclass(slots=True)
class Thread:
    number: int
    customer: Customer
    lang: str
    subject: str
    order: str
    product: str
    messages: list[tuple[datetime, bool]] = field(default_factory=list)  # (when, from agent)


@dataclass(slots=True)
class Planned:
    when: datetime
    thread: Thread
    index: int  # position in its thread


@dataclass(frozen=True, slots=True)
class GeneratedMail:
    folder: str  # "INBOX" or "Sent"
    when: datetime
    raw: bytes
    seen: bool
    answered: bool
    attachments: int


class Mailbox:
    """The plan of a mailbox: ``messages()`` renders it, oldest first."""

    def __init__(self, count: int, seed: int, desk: str, desk_name: str = "Shop.kz Support"):
        self.count = count
        self.seed = seed
        self.desk = desk
        self.desk_name = desk_name
        rng = random.Random(f"plan-{seed}")
        self.codes = product_codes(rng)
        self.customers = self._customers(rng, max(20, count // 4))
        self.threads: list[Thread] = []
        self.plan = self._plan(rng, count)

    # the plan ---------------------------------------------------------------------------

    def _customers(self, rng: random.Random, count: int) -> list[Customer]:
        langs, weights = zip(*LANG_WEIGHTS.items(), strict=True)
        out = []
        for i in range(count):
            lang = rng.choices(langs, weights)[0]
            charset = "utf-8"
            draw = rng.random()
            for name, share in LEGACY.get(lang, ()):
                if draw < share:
                    charset = name
                    break
                draw -= share
            address = f"{rng.choice(LOGINS)}.{i}@{rng.choice(DOMAINS[lang])}"
            out.append(Customer(rng.choice(NAMES[lang]), address, lang, charset))
        return out

    def _product(self, rng: random.Random) -> str:
        # Zipf-like: a few best sellers, a long tail of models mentioned once or twice
        index = min(len(self.codes) - 1, int(rng.paretovariate(1.1)) - 1)
        return f"{BRANDS[index % len(BRANDS)]} {self.codes[index]}"

    def _new_thread(self, rng: random.Random, start: datetime) -> Thread:
        # a few customers write often (repeat contacts), most write once or twice
        who = self.customers[min(len(self.customers) - 1, int(rng.paretovariate(0.7)) - 1)]
        if rng.random() < 0.7:
            who = rng.choice(self.customers)
        order = str(rng.randrange(100000, 999999))
        product = self._product(rng)
        subject = rng.choice(SUBJECTS[who.lang]).format(order=order, product=product)
        thread = Thread(len(self.threads), who, who.lang, subject, order, product)
        self.threads.append(thread)
        when, agent = start, False
        length = rng.choices([1, 2, 3, 4, 5, 6, 8], [30, 28, 16, 10, 7, 5, 4])[0]
        for _ in range(length):
            thread.messages.append((when, agent))
            gap = rng.expovariate(1 / (3 * 3600)) if not agent else rng.expovariate(1 / 86400)
            when += timedelta(seconds=60 + gap)
            agent = not agent if rng.random() < 0.9 else agent  # sometimes twice in a row
        return thread

    def _plan(self, rng: random.Random, count: int) -> list[Planned]:
        planned: list[Planned] = []
        start = END - SPAN
        while len(planned) < count:
            when = start + timedelta(seconds=rng.random() * SPAN.total_seconds())
            thread = self._new_thread(rng, when)
            for i, (at, _agent) in enumerate(thread.messages):
                planned.append(Planned(at, thread, i))
        planned.sort(key=lambda p: (p.when, p.thread.number, p.index))
        planned = planned[:count]
        # threads cut by the count end where the plan ends
        keep = {(p.thread.number, p.index) for p in planned}
        for thread in self.threads:
            thread.messages = [
                m for i, m in enumerate(thread.messages) if (thread.number, i) in keep
            ]
        self.threads = [t for t in self.threads if t.messages]
        return planned

    def extra(self, count: int, seed: int) -> list[GeneratedMail]:
        """``count`` new customer messages after the mailbox's end: about half are replies
        in recent conversations, the rest new conversations (for the incremental test)."""
        rng = random.Random(f"extra-{self.seed}-{seed}")
        recent = sorted(self.threads, key=lambda t: t.messages[-1][0])[-max(50, count * 5) :]
        out = []
        when = max(p.when for p in self.plan) + timedelta(minutes=5)
        for i in range(count):
            when += timedelta(seconds=rng.randrange(30, 600))
            if i % 2 == 0:
                thread = rng.choice(recent)
                recent.remove(thread)
                thread.messages.append((when, False))
            else:
                thread = self._new_thread(rng, when)
                thread.messages[:] = [(when, False)]
            out.append(self.render(Planned(when, thread, len(thread.messages) - 1), final=True))
        return out

    # rendering ---------------------------------------------------------------------------

    def messages(self) -> Iterator[GeneratedMail]:
        last_time = {t.number: t.messages[-1][0] for t in self.threads}
        for p in self.plan:
            yield self.render(p, final=p.when >= END - timedelta(days=3), last=last_time)

    def message_id(self, thread: Thread, index: int) -> str:
        domain = "shop.kz" if thread.messages[index][1] else thread.customer.address.split("@")[1]
        return f"<{self.seed:x}.{thread.number:x}.{index}.{thread.customer.lang}@{domain}>"

    def _body(self, thread: Thread, index: int) -> list[str]:
        """The message's own paragraphs (without quote), the same on every call."""
        rng = random.Random(f"body-{self.seed}-{thread.number}-{index}")
        agent = thread.messages[index][1]
        lang = thread.lang
        fill = {
            "order": thread.order,
            "product": thread.product if rng.random() < 0.8 else self._product(rng),
            "track": f"KZ{rng.randrange(10**8, 10**9)}KZ",
            "city": rng.choice(CITIES[lang]),
        }
        bank = AGENT[lang] if agent else CUSTOMER[lang]
        paragraphs = []
        if agent:
            first = thread.customer.name.split()[0]
            paragraphs.append(AGENT_GREETING[lang].format(name=first))
        else:
            paragraphs.append(rng.choice(GREETING[lang]))
        sentences = [s.format(**fill) for s in rng.sample(bank, k=rng.randint(2, 7))]
        while sentences:
            take = rng.randint(1, 3)
            paragraphs.append(" ".join(sentences[:take]))
            sentences = sentences[take:]
        if agent:
            agent_name = AGENTS[(thread.number + index) % len(AGENTS)]
            paragraphs.append(f"--\n{agent_name}\n{self.desk_name}\n+7 727 355 00 00")
        else:
            paragraphs.append(thread.customer.name)
        return paragraphs

    def render(
        self, p: Planned, *, final: bool = False, last: dict[int, datetime] | None = None
    ) -> GeneratedMail:
        thread, index = p.thread, p.index
        rng = random.Random(f"mime-{self.seed}-{thread.number}-{index}")
        agent = thread.messages[index][1]
        lang = thread.lang
        customer = thread.customer
        charset = "utf-8" if agent else customer.charset
        text_parts = self._body(thread, index)
        if index > 0 and rng.random() < 0.65:
            prev_when, prev_agent = thread.messages[index - 1]
            prev_name = self.desk_name if prev_agent else customer.name
            head = WROTE[lang].format(date=prev_when.strftime("%d.%m.%Y %H:%M"), name=prev_name)
            quoted = "\n".join(
                "> " + line if line else ">"
                for para in self._body(thread, index - 1)
                for line in (*para.split("\n"), "")
            )
            text_parts.append(head + "\n" + quoted)
        text = "\n\n".join(text_parts) + "\n"
        if charset != "utf-8":
            text = text.encode(charset, "replace").decode(charset)  # what the sender could say

        ids = [self.message_id(thread, i) for i in range(index + 1)]
        subject = thread.subject if index == 0 else REPLY_PREFIX[lang] + thread.subject
        if agent:
            agent_name = AGENTS[(thread.number + index) % len(AGENTS)]
            from_ = _address(f"{agent_name} ({self.desk_name})", self.desk, "utf-8", rng)
            to = _address(customer.name, customer.address, "utf-8", rng)
        else:
            from_ = _address(customer.name, customer.address, charset, rng)
            to = _address(self.desk_name, self.desk, "utf-8", rng)
        headers = []
        if not agent:
            headers.append(f"Return-Path: <{customer.address}>")
            relay = customer.address.split("@")[1]
            headers.append(
                f"Received: from mx.{relay} (mx.{relay} [203.0.113.{rng.randrange(1, 254)}])\n"
                f"\tby mx.shop.kz with ESMTPS id {rng.getrandbits(48):012x}\n"
                f"\tfor <{self.desk}>; {format_datetime(p.when)}"
            )
        headers += [
            f"Date: {format_datetime(p.when)}",
            f"From: {from_}",
            f"To: {to}",
            f"Subject: {_header(subject, charset, rng)}",
            f"Message-ID: {ids[-1]}",
        ]
        if index > 0:
            headers.append(f"In-Reply-To: {ids[-2]}")
            headers.append("References: " + "\n ".join(ids[:-1][-10:]))
        mailer = "" if agent else rng.choice(MAILERS)
        if mailer:
            headers.append(f"X-Mailer: {mailer}")
        if not agent and rng.random() < 0.01:
            headers.append("Auto-Submitted: auto-replied")
        headers.append("MIME-Version: 1.0")

        html = rng.random() < (0.2 if agent else 0.35)
        attach = 0
        if rng.random() < ATTACH_SHARE:
            attach = 2 if rng.random() < 0.15 else 1
        body_part = _text_part(text, charset, rng)
        if html:
            boundary = f"----=_alt_{rng.getrandbits(64):016x}"
            body_part = _multipart(
                "alternative", boundary, [body_part, _html_part(text, charset, rng)]
            )
        if attach:
            boundary = f"----=_mix_{rng.getrandbits(64):016x}"
            parts = [body_part] + [_attachment(rng, thread.number * 10 + k) for k in range(attach)]
            body_part = _multipart("mixed", boundary, parts)
        raw = ("\n".join(headers) + "\n" + body_part).encode("utf-8", "surrogateescape")
        # legacy mail travels as 8bit bytes of its charset: encode those parts accordingly
        raw = _restore_8bit(raw)
        recent = final or (last is not None and last[thread.number] >= END - timedelta(days=3))
        seen = agent or not recent or rng.random() < 0.3
        return GeneratedMail(
            folder="Sent" if agent else "INBOX",
            when=p.when,
            raw=raw,
            seen=seen if not final else agent,
            answered=(not agent)
            and index + 1 < len(thread.messages)
            and thread.messages[index + 1][1],
            attachments=attach,
        )


# --- MIME by hand (fast, and it lets legacy mail be as 8bit as it is in the wild) ---------------

_EIGHTBIT = "\x00EIGHTBIT:"  # marks a part whose body is to be re-encoded in its charset


def _header(value: str, charset: str, rng: random.Random) -> str:
    if value.isascii():
        return value
    if charset != "utf-8" and rng.random() < 0.5:
        return Header(value, charset).encode()
    return Header(value, "utf-8").encode()


def _address(name: str, address: str, charset: str, rng: random.Random) -> str:
    if name.isascii():
        return f'"{name}" <{address}>' if "(" in name else f"{name} <{address}>"
    return f"{_header(name, charset, rng)} <{address}>"


def _text_part(text: str, charset: str, rng: random.Random, subtype: str = "plain") -> str:
    data = text.encode(charset, "replace")
    choice = rng.random()
    if charset == "utf-8" and text.isascii():
        cte, body = "7bit", text
    elif choice < 0.45:
        cte = "8bit"
        body = text if charset == "utf-8" else _EIGHTBIT + charset + "\x00" + text
    elif choice < 0.75:
        cte, body = "quoted-printable", quopri.encodestring(data).decode("ascii")
    else:
        cte, body = "base64", base64.encodebytes(data).decode("ascii")
    return (
        f"Content-Type: text/{subtype}; charset={charset}\n"
        f"Content-Transfer-Encoding: {cte}\n\n{body}"
    )


def _html_part(text: str, charset: str, rng: random.Random) -> str:
    paragraphs = []
    for para in text.split("\n\n"):
        escaped = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        paragraphs.append("<p>" + escaped.replace("\n", "<br>\n") + "</p>")
    html = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        '</head><body style="font-family: Arial, sans-serif">\n'
        + "\n".join(paragraphs)
        + "\n</body></html>\n"
    )
    return _text_part(html, charset, rng, "html")


def _multipart(subtype: str, boundary: str, parts: list[str]) -> str:
    inner = "".join(f"\n--{boundary}\n{part}" for part in parts)
    return (
        f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
        f"This is a multi-part message in MIME format.\n{inner}\n--{boundary}--\n"
    )


def _attachment(rng: random.Random, n: int) -> str:
    mime, pattern, magic = rng.choice(ATTACH_KINDS)
    size = int(math.exp(rng.uniform(math.log(ATTACH_MIN), math.log(ATTACH_MAX))))
    content = magic + rng.randbytes(size - len(magic))
    name = pattern.format(n=n)
    if name.isascii():
        disposition = f'attachment; filename="{name}"'
        ctype = f'{mime}; name="{name}"'
    else:
        encoded = quote(name, safe="")
        disposition = f"attachment;\n filename*=utf-8''{encoded}"
        ctype = f'{mime};\n name="{Header(name, "utf-8").encode()}"'
    return (
        f"Content-Type: {ctype}\nContent-Disposition: {disposition}\n"
        f"Content-Transfer-Encoding: base64\n\n{base64.encodebytes(content).decode('ascii')}"
    )


def _restore_8bit(raw: bytes) -> bytes:
    """Parts marked 8bit in a legacy charset: their text becomes bytes of that charset."""
    marker = _EIGHTBIT.encode()
    if marker not in raw:
        return raw
    out = bytearray()
    rest = raw
    while (at := rest.find(marker)) >= 0:
        out += rest[:at]
        rest = rest[at + len(marker) :]
        charset, _, rest = rest.partition(b"\x00")
        end = rest.find(b"\n--")  # the next boundary, or the end of a single-part message
        end = len(rest) if end < 0 else end
        out += rest[:end].decode("utf-8").encode(charset.decode(), "replace")
        rest = rest[end:]
    return bytes(out + rest)


def search_words(seed: int, count: int = 50) -> list[str]:
    """Words an agent would look for: topic words in the six languages, a few names, cities
    and model codes (rare). Seeded; no apostrophes (tokenisers split on them differently)."""
    rng = random.Random(f"words-{seed}")
    by_lang: dict[str, list[str]] = {}
    for lang in LANG_WEIGHTS:
        words = set()
        for sentence in CUSTOMER[lang] + AGENT[lang] + SUBJECTS[lang]:
            for token in sentence.replace("{", " {").split():
                word = token.strip(".,:;!?()-")
                if len(word) >= 5 and word.isalpha() and not word.startswith("{"):
                    words.add(word.lower())
        by_lang[lang] = sorted(words)
    chosen: list[str] = []
    per_lang = (count - 6) // len(by_lang)
    for lang in by_lang:
        chosen += rng.sample(by_lang[lang], per_lang)
    chosen += rng.sample(sorted({n.split()[1] for names in NAMES.values() for n in names}), 2)
    # model codes from the head of the same list the mailbox uses (the tail is rarely mentioned)
    chosen += rng.sample(product_codes(random.Random(f"plan-{seed}"))[:60], 4)
    while len(chosen) < count:
        chosen.append(rng.choice(by_lang["ru"]))
    return chosen[:count]
