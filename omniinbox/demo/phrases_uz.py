"""Uzbek (oʻzbek tili, Latin script) demo texts. The apostrophe-like letters are the official
ones: ʻ (U+02BB) in oʻ and gʻ, ʼ (U+02BC) for the glottal stop, as in maʼqul."""

from __future__ import annotations

from omniinbox.demo.phrases import Language, Place, Product, Topic

UZBEK = Language(
    code="uz",
    name="Oʻzbekcha",
    greeting="Assalomu alaykum, {name}!",
    signature="{agent}\nOrbita Shop qoʻllab-quvvatlash xizmati",
    signoff="Hurmat bilan,\n{customer}",
    order="№{n}",
    currency="{amount} soʻm",
    amounts=(150_000, 2_400_000, 1_000),
    tax_digits=9,
    places=(
        Place(
            "Toshkent",
            "Toshkentga",
            "Toshkentda",
            "Toshkent sh., Amir Temur koʻchasi, 107-uy, 12-xonadon",
        ),
        Place("Samarqand", "Samarqandga", "Samarqandda", "Samarqand sh., Registon koʻchasi, 5-uy"),
        Place("Buxoro", "Buxoroga", "Buxoroda", "Buxoro sh., Bahouddin Naqshband koʻchasi, 28-uy"),
        Place(
            "Namangan",
            "Namanganga",
            "Namanganda",
            "Namangan sh., Navoiy koʻchasi, 14-uy, 3-xonadon",
        ),
        Place("Andijon", "Andijonga", "Andijonda", "Andijon sh., Bobur shoh koʻchasi, 61-uy"),
    ),
    products=(
        Product("«Aero Run krossovkalari»", "shoe"),
        Product("«Nord kurtkasi»", "letter"),
        Product("«Classic koʻylagi»", "letter"),
        Product("«City ryukzagi»"),
        Product("«Lola libosi»", "letter"),
        Product("«Soft Wool sharfi»"),
    ),
    topics={
        "not_arrived": Topic(
            subject="Buyurtma {order} hali yetib kelmadi",
            opening=(
                "Assalomu alaykum! {order} buyurtmani ({product}) qariyb ikki hafta oldin "
                "rasmiylashtirganman, lekin hali yetib kelmadi. Trek-raqam besh kundan beri "
                "yangilanmayapti. Posilka qayerdaligini tekshirib bera olasizmi?",
                "{order} buyurtma kecha {city_to} yetkazilishi kerak edi, lekin hech kim "
                "kelmadi. Nima boʻldi?",
            ),
            reply=(
                "Kuttirib qoʻyganimiz uchun uzr. {order} buyurtma hozir saralash markazida, "
                "kuryerlik xizmati uni {days} kun ichida yetkazib berishni vaʼda qilmoqda. "
                "Trek-raqam: {track}.",
                "Kechikish uchun uzr soʻraymiz. Kuryerlik xizmatiga {order} buyurtma boʻyicha "
                "qidiruv soʻrovini yubordik, javob kelishi bilan, eng kechi ertaga xabar beramiz.",
            ),
            follow=(
                "Bugun ham hech narsa yoʻq. Dam olish kunlarigacha yetkazilmasa, pulimni qaytarib "
                "berganingiz maʼqul.",
                "Rahmat. Kuzatuvda endi «kuryerga topshirildi» deb yozilgan, lekin menga hech kim "
                "qoʻngʻiroq qilmadi.",
            ),
            resolve=(
                "Kuryerlik xizmati posilka ularning omborida ushlanib qolganini tasdiqladi. Bugun "
                "yetkazib berishadi, kuryer bir soat oldin qoʻngʻiroq qiladi. Uzr sifatida "
                "keyingi buyurtma uchun 10% chegirma promokodini beramiz: SORRY10.",
            ),
        ),
        "wrong_size": Topic(
            subject="{order} buyurtmada notoʻgʻri oʻlcham",
            opening=(
                "Assalomu alaykum! Bugun {order} buyurtmani oldim, lekin {product} {size} "
                "oʻlchamda keldi, men esa {size2} buyurtma qilgan edim. Almashtirsa boʻladimi?",
                "Xayrli kun. {order} buyurtmadagi {product} menga kichik keldi. {size2} "
                "oʻlchamga almashtirib bersangiz boʻladimi?",
            ),
            reply=(
                "Adashganimiz uchun uzr! Albatta, almashtirib beramiz. Iltimos, yorliqlarini "
                "olib tashlamang va etiketka suratini yuboring — keyin kuryer chaqiramiz.",
                "Albatta, 14 kun ichida almashtirish bepul. {size2} oʻlcham omborda bor, siz "
                "uchun band qilib qoʻydik. Kuryer qachon kelsa qulay?",
            ),
            follow=(
                "Suratni yuboryapman. Ertaga soat 18:00 dan keyin uyda boʻlaman.",
                "Ertaga soat 18:00 dan keyin qulay.",
            ),
            resolve=(
                "Hammasi tayyor: kuryer ertaga 18:00 dan 21:00 gacha keladi, {size2} oʻlchamni "
                "olib kelib, eskisini olib ketadi. Qoʻshimcha toʻlov shart emas.",
            ),
        ),
        "refund": Topic(
            subject="{order} buyurtma uchun pulni qaytarish",
            opening=(
                "Assalomu alaykum, {order} buyurtmadagi {product} menga toʻgʻri kelmadi, "
                "qaytarmoqchiman. Pulni qanday qaytarib olsam boʻladi?",
                "{order} buyurtmani oʻn kun oldin qaytarib yubordim, lekin pul ({amount}) hali "
                "tushmadi. Qachon tushadi?",
            ),
            reply=(
                "Albatta. Iltimos, ilova qilingan qaytarish blankasini toʻldiring va posilkani "
                "kuryerlik xizmatining istalgan boʻlimiga topshiring — yetkazib berish "
                "xarajatini biz qoplaymiz.",
                "Kechikish uchun uzr. Qaytarishingiz tizimda koʻrinib turibdi, buxgalteriya "
                "{amount} toʻlovini tekshirmoqda.",
            ),
            follow=(
                "Bugun joʻnatdim. Pul odatda qancha vaqtda qaytadi?",
                "Rahmat. Pul joʻnatilganda xabar bering, iltimos.",
            ),
            resolve=(
                "Mahsulotni qabul qildik va {amount} kartangizga qaytardik. Bankka qarab, pul "
                "3–5 ish kuni ichida tushadi.",
            ),
        ),
        "payment_failed": Topic(
            subject="{order} buyurtma uchun toʻlov oʻtmayapti",
            opening=(
                "{order} buyurtmani karta bilan uch marta toʻlashga urindim, «toʻlov rad etildi» "
                "deb chiqyapti, pul esa kartadan yechib olindi! Iltimos, yordam bering.",
                "Assalomu alaykum, {order} buyurtmaning toʻlov sahifasi uzoq yuklanib, xato "
                "koʻrsatyapti. Boshqa usulda toʻlasa boʻladimi?",
            ),
            reply=(
                "Noqulaylik uchun uzr soʻraymiz. Iltimos, bank xabarnomasining skrinshotini yoki "
                "chekni yuboring — toʻlovni tezroq topamiz.",
                "Uzr, toʻlov xizmatida qisqa muddatli nosozlik boʻldi. {amount} toʻlash uchun "
                "yangi havola yubordik, u 24 soat amal qiladi.",
            ),
            follow=(
                "Mana, bank ilovasidan skrinshot.",
                "Yangi havola orqali toʻladim, bu safar oʻtdi. Buyurtmani qachon joʻnatasiz?",
            ),
            resolve=(
                "Topdik: birinchi toʻlov oʻtgan, qolgan ikki urinishni bank bloklagan, shuning "
                "uchun ortiqcha pul yechilmaydi. {order} buyurtma tasdiqlandi va ertaga "
                "joʻnatiladi.",
                "{amount} toʻlovingiz tushdi, rahmat. {order} buyurtma tasdiqlandi va ertaga joʻnatiladi.",
            ),
        ),
        "address_change": Topic(
            subject="{order} buyurtmaning yetkazib berish manzilini oʻzgartirish",
            opening=(
                "Assalomu alaykum! {order} buyurtmaning yetkazib berish manzilini oʻzgartirsa "
                "boʻladimi? Yangi manzil: {address}.",
                "Iltimos, {order} buyurtmani uyga emas, ofisga yetkazib bering: {address}. Men u "
                "yerda soat 9 dan 18 gacha boʻlaman.",
            ),
            reply=(
                "Muammo yoʻq, {order} buyurtmaning manzili oʻzgartirildi: {address}. Yetkazib "
                "berish sanasi oʻzgarmaydi.",
                "Posilka allaqachon kuryerga topshirilgan, shuning uchun kuryerlik xizmatidan "
                "uni yangi manzilga yoʻnaltirishni soʻradik. Tasdiqlashlari bilan xabar beramiz.",
            ),
            follow=("Zoʻr, rahmat. Kuryer kelishdan oldin qoʻngʻiroq qiladimi?",),
            resolve=(
                "Ha, kuryer yetkazib berishdan taxminan bir soat oldin qoʻngʻiroq qiladi. "
                "{order} buyurtma uchun yangi manzil tasdiqlandi.",
            ),
        ),
        "invoice": Topic(
            subject="{order} buyurtma uchun hisob-faktura",
            opening=(
                "Xayrli kun! Biz yuridik shaxsmiz, {order} buyurtmani bank orqali toʻlash uchun "
                "hisob-faktura kerak. Kompaniya rekvizitlari ilovada.",
                "Assalomu alaykum, iltimos, {order} buyurtma boʻyicha {amount} miqdorida QQS "
                "bilan hisob-faktura yuboring, buxgalteriya soʻrayapti.",
            ),
            reply=(
                "{order} buyurtma boʻyicha hisob-faktura ilova qilindi. Uni 5 bank kuni ichida "
                "toʻlash kerak.",
            ),
            follow=(
                "Rahmat. Hisob-fakturaga bizning STIR {taxid} raqamimizni qoʻshib bera "
                "olasizmi? Usiz buxgalteriya qabul qilmaydi.",
            ),
            resolve=(
                "Tayyor, STIR koʻrsatilgan tuzatilgan hisob-faktura ilovada. Toʻlov tushishi "
                "bilan buyurtmani joʻnatamiz.",
            ),
        ),
        "product_question": Topic(
            subject="{product} haqida savol",
            opening=(
                "Assalomu alaykum! {product} oʻlchamiga mos keladimi? Men odatda {size} kiyaman.",
                "Assalomu alaykum! {product} {size} oʻlchamda bormi? {city_to} yetkazib berish "
                "qancha vaqt oladi?",
            ),
            reply=(
                "Bu model biroz kichikroq, bir oʻlcham kattasini — {size2} olishni maslahat "
                "beramiz. {city_to} yetkazib berish {days} kun oladi.",
            ),
            follow=("Rahmat! Agar toʻgʻri kelmasa, qaytarsa boʻladimi?",),
            resolve=(
                "Ha, 14 kun ichida bepul qaytarish yoki almashtirish mumkin. {size2} oʻlchamni "
                "siz uchun ertaga kechgacha band qilib qoʻydik.",
            ),
        ),
        "courier_complaint": Topic(
            subject="Kuryer ustidan shikoyat",
            opening=(
                "Kuryer {order} buyurtmani ikki soat kechikib olib keldi, qoʻngʻiroq qilmadi va "
                "kechikish haqida soʻraganimda qoʻpol javob berdi. Quti ham ezilgan edi. Bu "
                "birinchi marta emas.",
                "Kuryeringiz posilkani ({order} buyurtma) mendan soʻramasdan qoʻshnilarga "
                "qoldirib ketdi. Bu mutlaqo qabul qilib boʻlmaydigan holat.",
            ),
            reply=(
                "Juda afsuski, bunday boʻlmasligi kerak edi. Shikoyatingizni kuryerlik xizmatiga "
                "yubordik. Iltimos, quti suratini yuboring va mahsulotning oʻzi shikastlanganmi "
                "yoki yoʻqmi, yozib yuboring.",
            ),
            follow=("Mahsulot butunga oʻxshaydi, quti suratini yuboryapman.",),
            resolve=(
                "Kuryerlik xizmati uzr soʻradi va bu kuryerni endi sizning manzilingizga "
                "yubormaydi. Noqulaylik uchun hisobingizga 1000 bonus ball qoʻshdik.",
            ),
        ),
        "thanks": Topic(
            subject="Rahmat!",
            opening=(
                "Rahmat aytmoqchiman: buyurtma bir kun oldin keldi, hammasi juda zoʻr. "
                "Xizmatingiz ajoyib!",
                "Tezda almashtirib berganingiz uchun rahmat, yangi oʻlcham aynan toʻgʻri keldi. "
                "Yana buyurtma qilaman.",
            ),
            reply=(
                "Iliq soʻzlaringiz uchun katta rahmat! Albatta jamoamizga yetkazamiz. "
                "Xaridlaringiz muborak boʻlsin!",
            ),
        ),
    },
    extras=(
        (
            "Aytgancha, sovgʻa qadoqlash bormi?",
            "Ha, sovgʻa qadoqlash bepul — buyurtma izohida yozib qoldiring.",
        ),
        (
            "Yana bir savol: keyingi safar olganda toʻlasa boʻladimi?",
            "Ha, {city_at} naqd pul yoki karta bilan olganda toʻlash mumkin.",
        ),
        (
            "Kiyib koʻrsa boʻladigan doʻkoningiz bormi?",
            "Hozircha faqat onlayn ishlaymiz, lekin 14 kun ichida almashtirish doim bepul.",
        ),
    ),
    thanks=(
        "Rahmat, endi hammasi joyida!",
        "Tushundim, tez yordam berganingiz uchun rahmat.",
        "Katta rahmat!",
    ),
    closing=(
        "Yordam bera olganimizdan xursandmiz! Kuningiz xayrli oʻtsin.",
        "Istalgan vaqtda yozing!",
    ),
    notes=(
        "Kuryerlik xizmatiga qoʻngʻiroq qildik: {city} omborida kechikish borligini tasdiqlashdi.",
        "Mijoz faqat messenjer orqali yozishni soʻradi, qoʻngʻiroq qilmang.",
        "Doimiy mijoz, 10% promokod berdik.",
        "Buxgalteriya {amount} qaytarishni tasdiqladi.",
        "{order} buyurtma holatini ertaga ertalab tekshirish kerak.",
    ),
)
