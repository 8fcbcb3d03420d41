"""What customers and agents write in the generated mailbox: sentences, subjects, greetings
and names in six languages, cities, brands, charsets, mailers, attachment kinds."""

from __future__ import annotations

import random

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
