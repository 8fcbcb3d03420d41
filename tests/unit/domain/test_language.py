"""The language guesser on sentences customers of small shops really write."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omniinbox.domain.language import _script_counts, guess_language

SENTENCES = {
    "en": [
        "Hello, my order #1042 has not arrived yet. Could you check where it is?",
        "I was charged twice for the same jacket, please refund one of the payments.",
        "Thanks for the quick answer!",
        "The headphones stopped working after two days. Can I return them?",
        "When will you have the blue version back in stock?",
        "Hi, I need to change the delivery address for my order.",
        "The courier never called me and the parcel went back to the warehouse.",
        "Is it possible to pay by card on delivery?",
        "I still have not received my refund, it has been two weeks.",
        "Your manager was very rude to me on the phone yesterday.",
    ],
    "ru": [
        "Здравствуйте! Мой заказ №1042 до сих пор не пришёл, подскажите, где он?",
        "С карты списали деньги дважды, верните, пожалуйста, одну оплату.",
        "Спасибо за быстрый ответ!",
        "Наушники перестали работать через два дня. Можно их вернуть?",
        "Когда снова появится синяя модель?",
        "Добрый день, мне нужно изменить адрес доставки.",
        "Курьер так и не позвонил, посылку вернули на склад.",
        "Можно ли оплатить картой при получении?",
        "Я до сих пор не получил возврат, уже прошло две недели.",
        "Ваш менеджер вчера очень грубо разговаривал со мной по телефону.",
    ],
    "uk": [
        "Доброго дня! Моє замовлення №1042 досі не прийшло, підкажіть, де воно?",
        "З картки списали гроші двічі, поверніть, будь ласка, одну оплату.",
        "Дякую за швидку відповідь!",
        "Навушники перестали працювати через два дні. Чи можна їх повернути?",
        "Коли знову з'явиться синя модель?",
        "Мені потрібно змінити адресу доставки.",
        "Кур'єр так і не зателефонував, посилку повернули на склад.",
        "Чи можна оплатити карткою при отриманні?",
        "Я досі не отримав повернення коштів, минуло вже два тижні.",
        "Ваш менеджер учора дуже грубо розмовляв зі мною телефоном.",
    ],
    "kk": [
        "Сәлеметсіз бе! Менің №1042 тапсырысым әлі келген жоқ, қайда екенін айтасыз ба?",
        "Картамнан ақша екі рет алынды, біреуін қайтарыңызшы.",
        "Жылдам жауап бергеніңізге рақмет!",
        "Құлаққап екі күннен кейін істемей қалды. Оны қайтаруға бола ма?",
        "Көк түсті үлгісі қашан қайта түседі?",
        "Қайырлы күн, жеткізу мекенжайын өзгертуім керек.",
        "Курьер маған хабарласпады, сәлемдеме қоймаға қайтарылды.",
        "Алған кезде картамен төлеуге бола ма?",
        "Ақшам әлі қайтарылған жоқ, екі апта өтті.",
        "Сіздің менеджеріңіз кеше телефонда маған өте дөрекі сөйледі.",
    ],
    "uz": [
        "Assalomu alaykum! 1042-raqamli buyurtmam hali kelmadi, qayerdaligini aytib bera olasizmi?",
        "Kartamdan pul ikki marta yechib olindi, iltimos, bittasini qaytaring.",
        "Tez javob berganingiz uchun rahmat!",
        "Quloqchinlar ikki kundan keyin ishlamay qoldi. Ularni qaytarsam boʻladimi?",
        "Koʻk rangdagisi qachon yana sotuvga chiqadi?",
        "Salom, yetkazib berish manzilini oʻzgartirishim kerak.",
        "Kuryer menga qoʻngʻiroq qilmadi, posilka omborga qaytarib yuborildi.",
        "Olganda karta bilan toʻlasa boʻladimi?",
        "Pulim hali ham qaytarilmadi, ikki hafta oʻtdi.",
        "Menejeringiz kecha telefonda men bilan juda qoʻpol gaplashdi.",
    ],
    "ka": [
        "გამარჯობა! ჩემი შეკვეთა №1042 ჯერ არ მოსულა, სად არის?",
        "ბარათიდან თანხა ორჯერ ჩამომეჭრა, გთხოვთ, ერთი დამიბრუნოთ.",
        "მადლობა სწრაფი პასუხისთვის!",
        "ყურსასმენებმა ორ დღეში შეწყვიტეს მუშაობა. შემიძლია დავაბრუნო?",
        "ლურჯი ვერსია როდის იქნება ისევ მარაგში?",
        "მიწოდების მისამართის შეცვლა მჭირდება.",
        "კურიერმა არ დამირეკა და ამანათი საწყობში დაბრუნდა.",
        "შეიძლება ბარათით გადახდა მიღებისას?",
        "თანხა ჯერ არ დამიბრუნდა, უკვე ორი კვირა გავიდა.",
        "თქვენი მენეჯერი გუშინ ტელეფონზე ძალიან უხეშად მელაპარაკა.",
    ],
}

CASES = [(lang, text) for lang, texts in SENTENCES.items() for text in texts]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_each_sentence_is_recognised(lang: str, text: str) -> None:
    assert guess_language(text).code == lang


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_accuracy_per_language_and_confidence(lang: str) -> None:
    guesses = [guess_language(t) for t in SENTENCES[lang]]
    assert sum(g.code == lang for g in guesses) >= 9
    assert sum(g.reliable for g in guesses) >= 8
    assert all(0.0 <= g.confidence <= 1.0 for g in guesses)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Kazakh shares і with Ukrainian: і next to ы (absent from Ukrainian) means Kazakh.
        ("Сіз бүгін жұмыс істейсіз бе?", "kk"),
        ("Рахмет, бәрі жақсы", "kk"),
        # Ukrainian without ї є ґ, known by і alone or by its words.
        ("Дякую!", "uk"),
        ("Це мій номер телефону", "uk"),
        # Uzbek in Cyrillic script.
        ("Буюртмам ҳали келмади, қачон келади?", "uz"),
        # Uzbek typed with a plain apostrophe instead of the modifier letter.
        ("Buyurtma qachon keladi? Yo'q, hali kelmadi", "uz"),
        # Quoted history in another language does not count.
        ("Спасибо, получил!\n> Hello, your order has been shipped.\n> Regards", "ru"),
        # A URL inside Cyrillic text does not tip it to English.
        ("Вот ссылка на товар https://shop.example.com/item/very-long-english-slug", "ru"),
    ],
)
def test_tricky_cases(text: str, lang: str) -> None:
    assert guess_language(text).code == lang


def test_nothing_to_go_on_is_english_with_no_confidence() -> None:
    guess = guess_language("1042 :) !!!")
    assert (guess.code, guess.confidence) == ("en", 0.0)
    assert not guess.reliable
    assert guess_language("").confidence == 0.0


def test_mixed_script_follows_the_majority() -> None:
    assert guess_language("Order #55 — გთხოვთ, შეამოწმეთ ჩემი შეკვეთის სტატუსი").code == "ka"


@pytest.mark.parametrize(
    "text",
    [
        "My dog's toy arrived broken, I'd like a refund please.",
        "The courier came at 6 o'clock but I wasn't home. Can he come again?",
        "Hello! Please check the status of my order from Qatar.",
    ],
)
def test_english_apostrophes_are_not_uzbek(text: str) -> None:
    assert guess_language(text).code == "en"


@given(st.text(max_size=80))
def test_script_counts_are_the_letters_of_each_script(text: str) -> None:
    """The regular expressions count what the definition says, character by character."""
    georgian = sum(0x10A0 <= ord(c) <= 0x10FF or 0x1C90 <= ord(c) <= 0x1CBF for c in text)
    cyrillic = sum(0x0400 <= ord(c) <= 0x052F for c in text)
    latin = sum(c.isalpha() and ord(c) < 0x0250 for c in text)
    assert _script_counts(text) == (georgian, cyrillic, latin)
