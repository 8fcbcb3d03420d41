"""The templates the desk ships in its six languages, seeded into a workspace on first use.

Three names are reserved for what the desk sends by itself: the acknowledgement, the CSAT
survey and its follow-up after a low score. The others are canned answers agents insert.
Automatic texts never greet by name (the name is often unknown); canned answers do, because
an agent reads them before they go out.
"""

from __future__ import annotations

from omniinbox.domain.autoack import ACK_TEMPLATES
from omniinbox.domain.templates import Template

ACK = "Acknowledgement"
CSAT = "CSAT survey"
CSAT_FOLLOW_UP = "CSAT follow-up"
RESERVED = (ACK, CSAT, CSAT_FOLLOW_UP)
LANGUAGES = ("en", "ru", "kk", "uk", "uz", "ka")

_SIGN = "\n\n{agent.name}"

_CSAT = {
    "en": "How did we do with ticket {ticket}?\nPlease rate our help: reply with one number "
    "from 1 (very bad) to 5 (excellent).",
    "ru": "Как мы справились с обращением {ticket}?\nОцените, пожалуйста, нашу помощь: ответьте "
    "одной цифрой от 1 (очень плохо) до 5 (отлично).",
    "uk": "Як ми впоралися зі зверненням {ticket}?\nБудь ласка, оцініть нашу допомогу: надішліть "
    "одну цифру від 1 (дуже погано) до 5 (чудово).",
    "kk": "{ticket} өтінішіңіз бойынша көмегімізді қалай бағалайсыз?\nБір санмен жауап беріңіз: "
    "1 (өте нашар) бастап 5 (өте жақсы) дейін.",
    "uz": "{ticket} raqamli murojaatingiz boʻyicha yordamimizni qanday baholaysiz?\nIltimos, "
    "1 (juda yomon) dan 5 (aʼlo) gacha bitta raqam bilan javob bering.",
    "ka": "როგორ შეაფასებდით ჩვენს დახმარებას მიმართვაზე {ticket}?\nგთხოვთ, გვიპასუხოთ ერთი "
    "ციფრით: 1-დან (ძალიან ცუდი) 5-მდე (შესანიშნავი).",
}

_FOLLOW_UP = {
    "en": "We are sorry we did not do better. What went wrong, and what should we have done "
    "differently? Just reply to this message: a person will read it.",
    "ru": "Нам жаль, что мы не справились лучше. Что пошло не так и что нам стоило сделать "
    "иначе? Просто ответьте на это сообщение — его прочитает живой человек.",
    "uk": "Нам шкода, що ми не впоралися краще. Що пішло не так і що нам варто було зробити "
    "інакше? Просто дайте відповідь на це повідомлення — його прочитає жива людина.",
    "kk": "Жақсырақ көмектесе алмағанымызға өкінеміз. Не дұрыс болмады және біз нені басқаша "
    "істеуіміз керек еді? Осы хабарламаға жауап жазыңыз — оны қызметкеріміз оқиды.",
    "uz": "Yaxshiroq yordam bera olmaganimizdan afsusdamiz. Nima notoʻgʻri boʻldi va biz nimani "
    "boshqacha qilishimiz kerak edi? Shu xabarga javob yozing — uni xodimimiz oʻqiydi.",
    "ka": "ვწუხვართ, რომ უკეთ ვერ დაგეხმარეთ. რა იყო არასწორად და რა უნდა გაგვეკეთებინა "
    "სხვაგვარად? უბრალოდ უპასუხეთ ამ შეტყობინებას — მას ჩვენი თანამშრომელი წაიკითხავს.",
}

_HELLO = {
    "en": "Hello {customer.first_name},\n\n",
    "ru": "Здравствуйте, {customer.first_name}!\n\n",
    "uk": "Вітаємо, {customer.first_name}!\n\n",
    "kk": "Сәлеметсіз бе, {customer.first_name}!\n\n",
    "uz": "Assalomu alaykum, {customer.first_name}!\n\n",
    "ka": "გამარჯობა, {customer.first_name}!\n\n",
}

_CANNED: dict[str, dict[str, str]] = {
    "Order number, please": {
        "en": "Thank you for your message. Could you send us your order number, so that we "
        "can check it for you?",
        "ru": "Спасибо за сообщение. Пришлите, пожалуйста, номер заказа, чтобы мы могли его "
        "проверить.",
        "uk": "Дякуємо за повідомлення. Надішліть, будь ласка, номер замовлення, щоб ми могли "
        "його перевірити.",
        "kk": "Хабарламаңызға рақмет. Тексеріп беруіміз үшін тапсырыс нөмірін жіберіңізші.",
        "uz": "Xabaringiz uchun rahmat. Tekshirib berishimiz uchun buyurtma raqamini yuboring, "
        "iltimos.",
        "ka": "გმადლობთ შეტყობინებისთვის. გთხოვთ, გამოგვიგზავნოთ შეკვეთის ნომერი, რომ შევამოწმოთ.",
    },
    "Refund started": {
        "en": "We have started your refund for ticket {ticket}. The money usually reaches your "
        "card within 3 to 10 working days, depending on your bank.",
        "ru": "Мы оформили возврат по обращению {ticket}. Обычно деньги поступают на карту в "
        "течение 3–10 рабочих дней, в зависимости от банка.",
        "uk": "Ми оформили повернення коштів за зверненням {ticket}. Зазвичай гроші надходять на "
        "картку протягом 3–10 робочих днів, залежно від банку.",
        "kk": "{ticket} өтінішіңіз бойынша ақшаны қайтаруды рәсімдедік. Әдетте ақша банкке "
        "байланысты 3–10 жұмыс күні ішінде картаңызға түседі.",
        "uz": "{ticket} raqamli murojaatingiz boʻyicha pulni qaytarishni rasmiylashtirdik. "
        "Odatda pul bankka qarab 3–10 ish kuni ichida kartangizga tushadi.",
        "ka": "მიმართვაზე {ticket} თანხის დაბრუნება დავიწყეთ. ჩვეულებრივ, თანხა ბარათზე 3–10 "
        "სამუშაო დღეში ირიცხება, ბანკის მიხედვით.",
    },
    "Event cancelled": {
        "en": "We are sorry to tell you that the event has been cancelled. Your money goes back "
        "to the card you paid with by itself; you do not need to do anything. For any question, "
        "just reply (ticket {ticket}).",
        "ru": "К сожалению, мероприятие отменено. Деньги сами вернутся на карту, которой вы "
        "платили, — ничего делать не нужно. По любым вопросам просто ответьте на это сообщение "
        "(обращение {ticket}).",
        "uk": "На жаль, захід скасовано. Гроші самі повернуться на картку, якою ви платили, — "
        "нічого робити не потрібно. З будь-якими питаннями просто дайте відповідь на це "
        "повідомлення (звернення {ticket}).",
        "kk": "Өкінішке қарай, іс-шара өтпейді. Ақша сіз төлеген картаға өзі қайтарылады, "
        "ештеңе істеудің қажеті жоқ. Сұрақтарыңыз болса, осы хабарламаға жауап жазыңыз "
        "(өтініш {ticket}).",
        "uz": "Afsuski, tadbir bekor qilindi. Pul siz toʻlagan kartaga oʻzi qaytariladi, hech "
        "narsa qilishingiz shart emas. Savollaringiz boʻlsa, shu xabarga javob yozing "
        "(murojaat {ticket}).",
        "ka": "სამწუხაროდ, ღონისძიება გაუქმდა. თანხა ავტომატურად დაგიბრუნდებათ იმ ბარათზე, "
        "რომლითაც გადაიხადეთ — არაფრის გაკეთება არ გჭირდებათ. ნებისმიერი კითხვისთვის "
        "უპასუხეთ ამ შეტყობინებას (მიმართვა {ticket}).",
    },
    "Anything else?": {
        "en": "Glad we could help! If there is anything else, just reply to this message.",
        "ru": "Рады, что смогли помочь! Если появятся ещё вопросы, просто ответьте на это "
        "сообщение.",
        "uk": "Раді, що змогли допомогти! Якщо з'являться ще питання, просто дайте відповідь на "
        "це повідомлення.",
        "kk": "Көмектесе алғанымызға қуаныштымыз! Тағы сұрақтарыңыз болса, осы хабарламаға "
        "жауап жазыңыз.",
        "uz": "Yordam bera olganimizdan xursandmiz! Yana savollaringiz boʻlsa, shu xabarga "
        "javob yozing.",
        "ka": "მოხარულები ვართ, რომ დაგეხმარეთ! თუ სხვა კითხვაც გაქვთ, უბრალოდ უპასუხეთ ამ "
        "შეტყობინებას.",
    },
}


def shipped_templates() -> list[Template]:
    """Every shipped template, reserved ones first."""
    out = [ACK_TEMPLATES[lang] for lang in LANGUAGES]
    out += [Template(CSAT, lang, _CSAT[lang] + _SIGN) for lang in LANGUAGES]
    out += [Template(CSAT_FOLLOW_UP, lang, _FOLLOW_UP[lang] + _SIGN) for lang in LANGUAGES]
    for name, texts in _CANNED.items():
        out += [Template(name, lang, _HELLO[lang] + texts[lang] + _SIGN) for lang in LANGUAGES]
    return out


def shipped_body(name: str, language: str) -> str | None:
    return next(
        (t.body for t in shipped_templates() if t.name == name and t.language == language), None
    )
