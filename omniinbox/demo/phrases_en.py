"""English demo texts: expats and travellers across the region write in English."""

from __future__ import annotations

from omniinbox.demo.phrases import Language, Place, Product, Topic

ENGLISH = Language(
    code="en",
    name="English",
    greeting="Hi {name},",
    chat_greeting="Hi {name}!",
    signature="{agent}\nOrbita Shop support",
    signoff="Kind regards,\n{customer}",
    order="{n}",
    currency="${amount}",
    amounts=(15, 320, 1),
    tax_digits=12,
    places=(
        Place("Almaty", "to Almaty", "in Almaty", "52 Abay Avenue, apt 17, Almaty"),
        Place("Astana", "to Astana", "in Astana", "40 Kenesary Street, office 305, Astana"),
        Place("Tashkent", "to Tashkent", "in Tashkent", "107 Amir Temur Street, apt 12, Tashkent"),
        Place("Samarkand", "to Samarkand", "in Samarkand", "5 Registan Street, Samarkand"),
        Place("Tbilisi", "to Tbilisi", "in Tbilisi", "14 Rustaveli Avenue, apt 8, Tbilisi"),
        Place("Batumi", "to Batumi", "in Batumi", "31 Gorgiladze Street, Batumi"),
        Place("Kyiv", "to Kyiv", "in Kyiv", "22 Khreshchatyk Street, apt 14, Kyiv"),
        Place("Lviv", "to Lviv", "in Lviv", "87 Horodotska Street, apt 3, Lviv"),
    ),
    products=(
        Product("Aero Run sneakers", "shoe"),
        Product("Nord down jacket", "letter"),
        Product("Classic linen shirt", "letter"),
        Product("City backpack"),
        Product("Lale summer dress", "letter"),
        Product("Soft Wool scarf"),
    ),
    topics={
        "not_arrived": Topic(
            subject="Order {order} still not delivered",
            opening=(
                "Hello, I ordered the {product} almost two weeks ago (order {order}) and the parcel "
                "still hasn't arrived. The tracking hasn't changed for five days. Could you check where "
                "my parcel is?",
                "Hi, my order {order} was supposed to reach me {city_at} yesterday, but nothing "
                "has come. What is going on with it?",
            ),
            reply=(
                "Sorry for the wait. Order {order} is at the sorting centre now, and the courier "
                "service says it will be delivered within {days} days. Tracking number: {track}.",
                "I'm sorry the parcel is late. I've opened a search request with the courier "
                "service for order {order} and will write back as soon as they answer, tomorrow "
                "at the latest.",
            ),
            follow=(
                "Still nothing today. If it doesn't come by the weekend, I'd rather have my money "
                "back.",
                "Thanks. The tracking now says “handed to the courier”, but nobody has called me.",
            ),
            resolve=(
                "The courier service confirmed the parcel was held up at their warehouse. It is "
                "out for delivery today and the courier will call you an hour before. As an "
                "apology, here is a 10% code for your next order: SORRY10.",
            ),
        ),
        "wrong_size": Topic(
            subject="Wrong size in order {order}",
            opening=(
                "Hi! Order {order} arrived today, but the {product} is size {size} and I ordered "
                "{size2}. Can I exchange it?",
                "Good afternoon. I received order {order} and the {product} is too small for me. "
                "Could I swap it for size {size2}?",
            ),
            reply=(
                "Sorry about the mix-up! Of course we'll exchange it. Please keep the tags on "
                "and send us a photo of the label, then I'll book the courier pickup.",
                "Of course, exchanges are free within 14 days. Size {size2} is in stock and I've "
                "reserved it for you. When would suit you for the courier to come?",
            ),
            follow=(
                "Here's the photo of the label. Tomorrow after 6 pm works for me.",
                "Tomorrow after 6 pm works for me.",
            ),
            resolve=(
                "All set: the courier will come tomorrow between 6 and 9 pm, bring size {size2} "
                "and take the other one back. There's nothing extra to pay.",
            ),
        ),
        "refund": Topic(
            subject="Refund for order {order}",
            opening=(
                "Hello, I'd like to return the {product} from order {order}, it doesn't suit me. "
                "How do I get a refund?",
                "I sent back order {order} ten days ago and still haven't got my money back "
                "({amount}). When will the refund come?",
            ),
            reply=(
                "Of course. Please fill in the attached return form and hand the parcel in at "
                "any courier office; the return shipping is on us.",
                "Sorry for the delay. I can see your return in our system, and accounting is "
                "checking the payment of {amount} now.",
            ),
            follow=(
                "Done, I sent it back today. How long does a refund usually take?",
                "Thank you. Please let me know when the money has been sent.",
            ),
            resolve=(
                "We've received the item and refunded {amount} to your card. Depending on your "
                "bank, it takes 3 to 5 working days to show up.",
            ),
        ),
        "payment_failed": Topic(
            subject="Payment failed for order {order}",
            opening=(
                "I tried to pay for order {order} by card three times and it says “payment "
                "declined”, but the money was taken from my account! Please help.",
                "Hi, the payment page for order {order} keeps loading and then shows an error. "
                "Can I pay some other way?",
            ),
            reply=(
                "Sorry for the trouble. Could you send a screenshot of the bank notification or "
                "the receipt? Then we can find the payment on our side quickly.",
                "Sorry about that, our payment provider had a short outage. I've sent you a new "
                "payment link for {amount}; it is valid for 24 hours.",
            ),
            follow=(
                "Here is the screenshot from my banking app.",
                "I paid with the new link and it went through this time. When will the order ship?",
            ),
            resolve=(
                "Found it: the first payment went through and the bank blocked the other two "
                "attempts, so nothing extra will be charged. Order {order} is confirmed and "
                "ships tomorrow.",
                "Your payment of {amount} has come through, thank you. Order {order} is confirmed and ships tomorrow.",
            ),
        ),
        "address_change": Topic(
            subject="New delivery address for order {order}",
            opening=(
                "Hello, can I change the delivery address for order {order}? The new address "
                "is {address}.",
                "Please deliver order {order} to my office instead of my home: {address}. I'm "
                "there from 9 to 6.",
            ),
            reply=(
                "No problem, order {order} will now go to {address}. The delivery date stays "
                "the same.",
                "The parcel is already with the courier, so I've asked the courier service to "
                "redirect it. I'll confirm as soon as they reply.",
            ),
            follow=("Great, thank you. Will the courier call before coming?",),
            resolve=(
                "Yes, the courier calls about an hour before delivery. The new address for "
                "order {order} is confirmed.",
            ),
        ),
        "invoice": Topic(
            subject="Invoice for order {order}",
            opening=(
                "Good afternoon! We are a company and need an invoice for order {order} to pay "
                "by bank transfer. Our company details are in the attached file.",
                "Hello, please send an invoice with VAT for order {order} ({amount}); our "
                "accountant needs it.",
            ),
            reply=(
                "Please find the invoice for order {order} attached. Payment is due within 5 "
                "banking days.",
            ),
            follow=(
                "Thanks. Could you add our tax ID {taxid} to the invoice? Our accountant won't "
                "accept it otherwise.",
            ),
            resolve=(
                "Done, the corrected invoice with your tax ID is attached. We'll ship the order "
                "as soon as the payment arrives.",
            ),
        ),
        "product_question": Topic(
            subject="Question about the {product}",
            opening=(
                "Hi, is the {product} true to size? I usually wear {size}.",
                "Hello! Do you still have the {product} in size {size}? And how long does "
                "delivery {city_to} take?",
            ),
            reply=(
                "It runs a little small, so we'd recommend one size up: {size2}. Delivery "
                "{city_to} takes {days} days.",
            ),
            follow=("Thanks! And if it doesn't fit, can I return it?",),
            resolve=(
                "Yes, you can return or exchange it within 14 days, free of charge. I've "
                "reserved size {size2} for you until tomorrow evening.",
            ),
        ),
        "courier_complaint": Topic(
            subject="Complaint about the courier",
            opening=(
                "The courier was two hours late with order {order}, didn't call, and was rude "
                "when I asked about the delay. The box was crushed too. This is not the first "
                "time.",
                "Your courier left my parcel (order {order}) with the neighbours without even "
                "asking me. This is simply not acceptable.",
            ),
            reply=(
                "I'm really sorry, this should not have happened. We've passed your complaint "
                "to the courier service. Could you send a photo of the box and tell us whether "
                "the item itself is damaged?",
            ),
            follow=("The item seems fine, here is a photo of the box.",),
            resolve=(
                "The courier service has apologised and won't send this courier to "
                "your address again. We've added 1,000 bonus points to your account for the "
                "trouble.",
            ),
        ),
        "thanks": Topic(
            subject="Thank you!",
            opening=(
                "Just wanted to say thank you: the order arrived a day early and everything is "
                "perfect. Great service!",
                "Thanks for the quick exchange, the new size fits perfectly. I'll order from you "
                "again.",
            ),
            reply=(
                "Thank you so much for the kind words! I'll pass them on to the team. Enjoy "
                "your purchase!",
            ),
        ),
    },
    extras=(
        (
            "By the way, do you do gift wrapping?",
            "Yes, gift wrapping is free, just mention it in the order comment.",
        ),
        (
            "One more question: can I pay cash on delivery next time?",
            "Yes, cash or card on delivery is available {city_at}.",
        ),
        (
            "And do you have a shop where I can try things on?",
            "We're online only for now, but exchanges within 14 days are always free.",
        ),
    ),
    thanks=(
        "Thank you, everything is fine now!",
        "Got it, thanks for the quick help.",
        "Great, thanks a lot!",
    ),
    closing=("Glad we could help! Have a nice day.", "You're welcome! Write to us any time."),
    notes=(
        "Called the courier service: they confirm a delay at the {city} warehouse.",
        "Customer prefers messages, please don't phone.",
        "Repeat customer, gave the 10% code.",
        "Accounting approved the refund of {amount}.",
        "Check the status of order {order} tomorrow morning.",
    ),
)
