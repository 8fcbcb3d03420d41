<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Latn_UZ">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="33"/>
        <source>Qt and Qt for Python (PySide6, Shiboken6) are used under the GNU Lesser General Public License version 3. They are linked dynamically, as separate shared libraries that you may replace with your own build; their source code is available from https://code.qt.io and https://download.qt.io.</source>
        <translation>Qt va Qt for Python (PySide6, Shiboken6) GNU Lesser General Public License 3-versiyasi shartlari asosida ishlatiladi. Ular dinamik tarzda, oʻz yigʻmangiz bilan almashtirish mumkin boʻlgan alohida umumiy kutubxonalar sifatida ulanadi; manba kodi https://code.qt.io va https://download.qt.io saytlarida.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="65"/>
        <source>About OmniInbox</source>
        <translation>OmniInbox haqida</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="70"/>
        <source>A desktop support inbox: email, Telegram and X conversations as one list of tickets, offline first.</source>
        <translation>Kompyuterdagi yordam xizmati: pochta, Telegram va X suhbatlari bitta murojaatlar roʻyxatida, internetsiz ham ishlaydi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="83"/>
        <source>Library</source>
        <translation>Kutubxona</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="47"/>
        <location filename="../../omniinbox/ui/about.py" line="83"/>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="48"/>
        <source> (bundle)</source>
        <translation> (mustaqil yigʻma)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="50"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="51"/>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="53"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="56"/>
        <source>System</source>
        <translation>Tizim</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="57"/>
        <source>Workspace</source>
        <translation>Ish papkasi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="67"/>
        <source>&lt;h2&gt;OmniInbox {0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;OmniInbox {0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="83"/>
        <source>Licence</source>
        <translation>Litsenziya</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="91"/>
        <source>unknown: %1</source>
        <translation>nomaʼlum: %1</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="99"/>
        <source>Choose a library to read its licence.</source>
        <translation>Litsenziyasini oʻqish uchun kutubxonani tanlang.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="113"/>
        <source>Libraries in this installation and their licences:</source>
        <translation>Ushbu oʻrnatmadagi kutubxonalar va ularning litsenziyalari:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="131"/>
        <source>%1 ships no licence text in its metadata; its licence is: %2</source>
        <translation>%1 metamaʼlumotlarida litsenziya matni yoʻq; litsenziyasi: %2</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="123"/>
        <source>Add an account</source>
        <translation>Hisob qoʻshish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="166"/>
        <source>Saving the account…</source>
        <translation>Hisob saqlanmoqda…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="182"/>
        <source>The account was not saved.</source>
        <translation>Hisob saqlanmadi.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="230"/>
        <source>Accounts</source>
        <translation>Hisoblar</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="62"/>
        <source>Add…</source>
        <translation>Qoʻshish…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="64"/>
        <source>Check</source>
        <translation>Tekshirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="66"/>
        <location filename="../../omniinbox/ui/account_list.py" line="132"/>
        <source>Disable</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="68"/>
        <source>Remove…</source>
        <translation>Oʻchirish…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="101"/>
        <source>(disabled)</source>
        <translation>(oʻchirilgan)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="103"/>
        <source>(connector not installed)</source>
        <translation>(konnektor oʻrnatilmagan)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="110"/>
        <source>No accounts yet: add one to start receiving messages.</source>
        <translation>Hozircha hisoblar yoʻq: xabarlarni olish uchun hisob qoʻshing.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="132"/>
        <source>Enable</source>
        <translation>Yoqish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="148"/>
        <source>Added {0}.</source>
        <translation>Qoʻshildi: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="157"/>
        <source>Checking {0}…</source>
        <translation>{0} tekshirilmoqda…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="161"/>
        <source>{0}: connected, credentials accepted.</source>
        <translation>{0}: ulandi, kirish maʼlumotlari qabul qilindi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="185"/>
        <source>Remove the account</source>
        <translation>Hisobni oʻchirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="187"/>
        <source>Remove {0}? Its conversations stay in OmniInbox; its password and tokens are deleted from the keyring.</source>
        <translation>{0} oʻchirilsinmi? Suhbatlar OmniInbox da qoladi; parol va tokenlar parollar omboridan oʻchiriladi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="195"/>
        <source>Removed {0}.</source>
        <translation>Oʻchirildi: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="67"/>
        <source>Saved in your own workspace: it opens the next time OmniInbox starts.</source>
        <translation>Ish papkangizda saqlandi: u OmniInbox keyingi safar ishga tushganda ochiladi.</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="140"/>
        <source>(owner)</source>
        <translation>(masʼul)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="143"/>
        <source>agents, comma-separated</source>
        <translation>operatorlar, vergul bilan</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="148"/>
        <source> min</source>
        <translation> daq</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="149"/>
        <source>Remove</source>
        <translation>Olib tashlash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="163"/>
        <source>category, e.g. delivery.late</source>
        <translation>toifa, masalan delivery.late</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="164"/>
        <source>tag</source>
        <translation>teg</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="165"/>
        <source>low, normal, high or urgent</source>
        <translation>low, normal, high yoki urgent</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="166"/>
        <source>template name</source>
        <translation>shablon nomi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="167"/>
        <source>note for the agent</source>
        <translation>operator uchun eslatma</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="186"/>
        <source>There is no agent called {0}.</source>
        <translation>{0} ismli operator yoʻq.</translation>
    </message>
</context>
<context>
    <name>AppMenu</name>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="32"/>
        <source>OmniInbox</source>
        <translation>OmniInbox</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="34"/>
        <source>Settings…</source>
        <translation>Sozlamalar…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="35"/>
        <source>Accounts…</source>
        <translation>Hisoblar…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="36"/>
        <source>Import mail…</source>
        <translation>Pochtani import qilish…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="37"/>
        <source>Copy diagnostics</source>
        <translation>Diagnostikani nusxalash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="38"/>
        <source>About OmniInbox</source>
        <translation>OmniInbox haqida</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="187"/>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="192"/>
        <source>Programs and scripts are only saved, never opened here</source>
        <translation>Dasturlar va skriptlar faqat saqlanadi, bu yerda ochilmaydi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="197"/>
        <source>Save as…</source>
        <translation>Boshqacha saqlash…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="201"/>
        <source>Preview</source>
        <translation>Oldindan koʻrish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="207"/>
        <source>Downloading…</source>
        <translation>Yuklab olinmoqda…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="209"/>
        <source>Cannot be downloaded: {0}</source>
        <translation>Yuklab boʻlmadi: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="213"/>
        <source>Not downloaded yet</source>
        <translation>Hali yuklab olinmagan</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="219"/>
        <source>Try downloading again</source>
        <translation>Qayta yuklab olish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="261"/>
        <source>Save attachment</source>
        <translation>Ilovani saqlash</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/list_pane.py" line="64"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n ta tanlandi</numerusform>
            <numerusform>%n ta tanlandi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="38"/>
        <source>Notify customers</source>
        <translation>Mijozlarni xabardor qilish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="48"/>
        <source>a saved search or search words</source>
        <translation>saqlangan qidiruv yoki qidiruv soʻzlari</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="49"/>
        <source>e.g. concert</source>
        <translation>masalan, konsert</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="50"/>
        <source>e.g. refund</source>
        <translation>masalan, qaytarish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="51"/>
        <source>e.g. 1042, 1043</source>
        <translation>masalan, 1042, 1043</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="53"/>
        <source>subject, for customers without an open conversation</source>
        <translation>mavzu — ochiq suhbati yoʻq mijozlar uchun</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="59"/>
        <source>Hello {customer.first_name}, … Variables: {customer.first_name} {customer.name} {ticket} {agent.name}</source>
        <translation>Assalomu alaykum, {customer.first_name}! … Oʻzgaruvchilar: {customer.first_name} {customer.name} {ticket} {agent.name}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="63"/>
        <source>Preview</source>
        <translation>Oldindan koʻrish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="64"/>
        <source>Send</source>
        <translation>Yuborish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="69"/>
        <source>Customer</source>
        <translation>Mijoz</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="69"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="69"/>
        <source>Conversation</source>
        <translation>Suhbat</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="69"/>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="98"/>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="77"/>
        <source>Resume</source>
        <translation>Davom ettirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="93"/>
        <source>Search</source>
        <translation>Qidirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="94"/>
        <source>Tag</source>
        <translation>Teg</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="95"/>
        <source>Category</source>
        <translation>Toifa</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="96"/>
        <source>Tickets</source>
        <translation>Murojaatlar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="97"/>
        <source>Subject</source>
        <translation>Mavzu</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="149"/>
        <source>new conversation</source>
        <translation>yangi suhbat</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="150"/>
        <source>no channel</source>
        <translation>kanal yoʻq</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="157"/>
        <source>No value for: {0}; it is left out.</source>
        <translation>Qiymat yoʻq: {0}; tashlab ketildi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="162"/>
        <source>{0} customers, {1} reachable</source>
        <translation>Mijozlar: {0}, bogʻlanish mumkin: {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="164"/>
        <source>Send to {0} customers</source>
        <translation>Mijozlarga yuborish: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="212"/>
        <source>{0} of {1} queued · {2} sent · {3} failed · {4} to check</source>
        <translation>Navbatda {1} tadan {0} · yuborildi {2} · xato {3} · tekshirish kerak {4}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="121"/>
        <source>closed</source>
        <translation>yopiq</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="134"/>
        <source>Hours like 09:00-13:00, 14:00-18:00. A range that ends at or before it starts runs into the next morning (22:00-06:00); 00:00-24:00 is the whole day; empty means closed.</source>
        <translation>Soatlar 09:00-13:00, 14:00-18:00 koʻrinishida. Boshlanishidan oldin yoki oʻsha vaqtda tugaydigan oraliq ertasi tongga oʻtadi (22:00-06:00); 00:00-24:00 — butun kun; boʻsh — yopiq.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="140"/>
        <source>Opening hours</source>
        <translation>Ish vaqti</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="147"/>
        <source>No public holidays</source>
        <translation>Davlat bayramlarisiz</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="163"/>
        <source>The desk&apos;s own closed days</source>
        <translation>Xizmatning oʻz dam olish kunlari</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="164"/>
        <source>Extra working days</source>
        <translation>Qoʻshimcha ish kunlari</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="165"/>
        <source>as on the first open weekday</source>
        <translation>haftaning birinchi ish kunidagidek</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="166"/>
        <source>Holidays</source>
        <translation>Bayramlar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="168"/>
        <source>Public holidays of</source>
        <translation>Davlat bayramlari:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="174"/>
        <source>Hours on extra working days</source>
        <translation>Qoʻshimcha ish kunlaridagi soatlar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="177"/>
        <source>Time zone</source>
        <translation>Vaqt mintaqasi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="203"/>
        <source>not understood</source>
        <translation>tushunilmadi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="206"/>
        <source>ends the next day</source>
        <translation>ertasi kuni tugaydi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="211"/>
        <source>Only the closed days below.</source>
        <translation>Faqat quyida koʻrsatilgan dam olish kunlari.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="217"/>
        <source>No holiday calendar is known for {0}.</source>
        <translation>{0} uchun bayramlar taqvimi nomaʼlum.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="221"/>
        <source>%n public holiday(s) in {0}.</source>
        <translation>
            <numerusform>{0}: %n ta davlat bayrami.</numerusform>
            <numerusform>{0}: %n ta davlat bayrami.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="225"/>
        <source>Next: {0}, {1}.</source>
        <translation>Keyingisi: {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="227"/>
        <source>Add the days the desk closes anyway as closed days below.</source>
        <translation>Xizmat baribir ishlamaydigan kunlarni quyida dam olish kuni sifatida qoʻshing.</translation>
    </message>
</context>
<context>
    <name>CategoryEditor</name>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="45"/>
        <source>Category</source>
        <translation>Toifa</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="45"/>
        <source>Complaint</source>
        <translation>Shikoyat</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="51"/>
        <source>Add</source>
        <translation>Qoʻshish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="52"/>
        <source>Add inside</source>
        <translation>Ichiga qoʻshish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="53"/>
        <source>Rename</source>
        <translation>Nomini oʻzgartirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="54"/>
        <source>Move to…</source>
        <translation>Koʻchirish…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="55"/>
        <source>Remove</source>
        <translation>Olib tashlash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="56"/>
        <source>Bring back</source>
        <translation>Qaytarish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="57"/>
        <source>Show removed categories</source>
        <translation>Oʻchirilgan toifalarni koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="75"/>
        <source>Removing a category hides it from the pickers; conversations filed there keep it. Moving one re-files its conversations and rules when the settings are applied.</source>
        <translation>Oʻchirilgan toifa tanlash roʻyxatlaridan yashiriladi, lekin undagi suhbatlarda saqlanadi. Koʻchirilgan toifa sozlamalar qoʻllanganda oʻz suhbatlari va qoidalarini koʻchiradi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="126"/>
        <source>{0} (removed)</source>
        <translation>{0} (oʻchirilgan)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="205"/>
        <source>New category</source>
        <translation>Yangi toifa</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="206"/>
        <source>Name of the new category under {0}:</source>
        <translation>{0} ichidagi yangi toifa nomi:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="210"/>
        <source>Name of the new top-level category:</source>
        <translation>Yangi yuqori darajali toifa nomi:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="276"/>
        <source>(top level)</source>
        <translation>(yuqori daraja)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="284"/>
        <source>Move category</source>
        <translation>Toifani koʻchirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="284"/>
        <source>Move it under:</source>
        <translation>Shu toifa ichiga:</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="18"/>
        <source>Checking the account</source>
        <translation>Hisobni tekshirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="38"/>
        <source>Cancel the check</source>
        <translation>Tekshiruvni bekor qilish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="40"/>
        <source>Try again</source>
        <translation>Qayta urinish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="70"/>
        <source>Connecting to {0} and signing in…</source>
        <translation>{0} ga ulanib, kirilmoqda…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="101"/>
        <source>Check cancelled.</source>
        <translation>Tekshiruv bekor qilindi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="109"/>
        <source>Connected: the settings work. Press Finish to add the account.</source>
        <translation>Ulandi: sozlamalar ishlayapti. Hisobni qoʻshish uchun «Tayyor» tugmasini bosing.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="118"/>
        <source>The check did not pass. Go back to fix the settings, or try again.</source>
        <translation>Tekshiruvdan oʻtmadi. Orqaga qaytib sozlamalarni tuzating yoki qayta urinib koʻring.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../omniinbox/ui/command_palette.py" line="144"/>
        <source>Type a command, a view, or #ticket…</source>
        <translation>Buyruq, boʻlim yoki #murojaat…</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="96"/>
        <source>value; several: comma-separated</source>
        <translation>qiymat; bir nechtasi — vergul bilan</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="97"/>
        <source>Remove</source>
        <translation>Olib tashlash</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="121"/>
        <source>Show the customer panel (I)</source>
        <translation>Mijoz panelini koʻrsatish (I)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="124"/>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="125"/>
        <source>Owner: one agent answers end to end</source>
        <translation>Masʼul: bitta operator suhbatni boshidan oxirigacha olib boradi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="126"/>
        <source>Collaborators helping the owner</source>
        <translation>Masʼulga yordam beruvchilar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="127"/>
        <source>Priority</source>
        <translation>Muhimlik</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="128"/>
        <source>Category</source>
        <translation>Toifa</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="132"/>
        <source>Tag</source>
        <translation>Teg</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="134"/>
        <source>Tags (T)</source>
        <translation>Teglar (T)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="184"/>
        <source>(no subject)</source>
        <translation>(mavzusiz)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="189"/>
        <source>Snoozed until {0}</source>
        <translation>{0} gacha keyinga qoldirilgan</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="195"/>
        <location filename="../../omniinbox/ui/conversation_header.py" line="273"/>
        <source>Unassigned</source>
        <translation>Tayinlanmagan</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="201"/>
        <source>{0} helping</source>
        <translation>Yordam bermoqda: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="203"/>
        <source>No collaborators</source>
        <translation>Yordamchilar yoʻq</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="205"/>
        <source>Pull in a colleague to help</source>
        <translation>Hamkasbni yordamga chaqirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="215"/>
        <location filename="../../omniinbox/ui/conversation_header.py" line="316"/>
        <source>No category</source>
        <translation>Toifasiz</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="236"/>
        <source>Remove the tag {0}</source>
        <translation>{0} tegini olib tashlash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="241"/>
        <source>+{0}</source>
        <translation>+{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="262"/>
        <source>Snooze…</source>
        <translation>Keyinga qoldirish…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="291"/>
        <source>No other agents yet</source>
        <translation>Hozircha boshqa operatorlar yoʻq</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="310"/>
        <source>{0} (removed)</source>
        <translation>{0} (oʻchirilgan)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="325"/>
        <source>{0} (in general)</source>
        <translation>{0} (umuman)</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="87"/>
        <source>Unknown customer</source>
        <translation>Nomaʼlum mijoz</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="89"/>
        <source>(no subject)</source>
        <translation>(mavzusiz)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="109"/>
        <source>Priority: {0}</source>
        <translation>Muhimlik: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="115"/>
        <source>Tags: {0}</source>
        <translation>Teglar: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="120"/>
        <source>Snoozed until {0}</source>
        <translation>{0} gacha keyinga qoldirilgan</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="125"/>
        <source>Due {0}</source>
        <translation>Muddat: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="127"/>
        <source>Unassigned</source>
        <translation>Tayinlanmagan</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="91"/>
        <source>Customer</source>
        <translation>Mijoz</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="92"/>
        <source>Subject</source>
        <translation>Mavzu</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="93"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="94"/>
        <source>Updated</source>
        <translation>Yangilandi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="95"/>
        <source>Ticket</source>
        <translation>Raqam</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="96"/>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="97"/>
        <source>Owner</source>
        <translation>Masʼul</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="256"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="257"/>
        <source>Last activity</source>
        <translation>Soʻnggi faollik</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="258"/>
        <source>Time left to answer within the SLA</source>
        <translation>SLA muddatida javob berish uchun qolgan vaqt</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../omniinbox/ui/conversation_view.py" line="72"/>
        <source>Select a conversation to read it here.</source>
        <translation>Oʻqish uchun suhbatni tanlang.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_view.py" line="157"/>
        <source>Unknown customer</source>
        <translation>Nomaʼlum mijoz</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="94"/>
        <source>The customer&apos;s name; press Enter to save</source>
        <translation>Mijozning ismi; saqlash uchun Enter bosing</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="102"/>
        <source>Notes about this customer, for every agent</source>
        <translation>Mijoz haqida eslatmalar, barcha operatorlarga koʻrinadi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="111"/>
        <source>+ Add a field</source>
        <translation>+ Maydon qoʻshish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="113"/>
        <source>Conversations</source>
        <translation>Suhbatlar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="128"/>
        <source>Merge with another customer…</source>
        <translation>Boshqa mijoz bilan birlashtirish…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="147"/>
        <source>Channels</source>
        <translation>Kanallar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="149"/>
        <source>Notes</source>
        <translation>Eslatmalar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="151"/>
        <source>Details</source>
        <translation>Tafsilotlar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/customer_panel.py" line="182"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n ta suhbat</numerusform>
            <numerusform>%n ta suhbat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="193"/>
        <source>Conversations ({0})</source>
        <translation>Suhbatlar ({0})</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="277"/>
        <source>another customer</source>
        <translation>boshqa mijoz</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="281"/>
        <source>Merged {0} on {1}</source>
        <translation>{0} birlashtirildi · {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="286"/>
        <source>Undo</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="307"/>
        <source>Name saved.</source>
        <translation>Ism saqlandi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="330"/>
        <source>Add a field</source>
        <translation>Maydon qoʻshish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="330"/>
        <source>Field name:</source>
        <translation>Maydon nomi:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="368"/>
        <source>{0} merged into this customer; Undo is in the panel.</source>
        <translation>{0} shu mijoz bilan birlashtirildi; bekor qilish panelda.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="386"/>
        <source>Noted: they will not be suggested as the same customer again.</source>
        <translation>Tushunarli: ular endi bitta mijoz sifatida taklif qilinmaydi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="391"/>
        <source>Merge undone.</source>
        <translation>Birlashtirish bekor qilindi.</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="67"/>
        <source>Add</source>
        <translation>Qoʻshish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="68"/>
        <source>Remove</source>
        <translation>Olib tashlash</translation>
    </message>
</context>
<context>
    <name>DeskMenu</name>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="39"/>
        <source>The desk</source>
        <translation>Yordam xizmati</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="41"/>
        <source>Rules…</source>
        <translation>Qoidalar…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="42"/>
        <source>Canned answers…</source>
        <translation>Javob shablonlari…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="43"/>
        <source>KPI dashboard…</source>
        <translation>KPI koʻrsatkichlari…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="44"/>
        <source>Bulk notification…</source>
        <translation>Ommaviy xabarnoma…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="45"/>
        <source>Desk settings…</source>
        <translation>Xizmat sozlamalari…</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="178"/>
        <source>Desk settings</source>
        <translation>Xizmat sozlamalari</translation>
    </message>
</context>
<context>
    <name>DeskSettingsPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="93"/>
        <source>Business hours</source>
        <translation>Ish vaqti</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="94"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="95"/>
        <source>Replies and surveys</source>
        <translation>Javoblar va soʻrovnomalar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="96"/>
        <source>Categories</source>
        <translation>Toifalar</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/diagnostics.py" line="69"/>
        <source>Diagnostics</source>
        <translation>Diagnostika</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/diagnostics.py" line="72"/>
        <source>Gathering diagnostics…</source>
        <translation>Diagnostika maʼlumotlari yigʻilmoqda…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/diagnostics.py" line="77"/>
        <source>Copy again</source>
        <translation>Qayta nusxalash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/diagnostics.py" line="115"/>
        <source>Copied to the clipboard. Paste it into your support request; it holds no passwords, tokens or message text.</source>
        <translation>Almashish buferiga nusxalandi. Yordam xizmatiga murojaatingizga qoʻying: unda parollar, tokenlar va xabar matni yoʻq.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../omniinbox/ui/customer_history.py" line="45"/>
        <source>(no subject)</source>
        <translation>(mavzusiz)</translation>
    </message>
</context>
<context>
    <name>ImageBar</name>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/conversation_view.py" line="49"/>
        <source>%n remote image(s) hidden to protect your privacy.</source>
        <translation>
            <numerusform>Maxfiyligingizni himoya qilish uchun %n ta tashqi rasm yashirildi.</numerusform>
            <numerusform>Maxfiyligingizni himoya qilish uchun %n ta tashqi rasm yashirildi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_view.py" line="50"/>
        <source>Show images from {0}</source>
        <translation>{0} yuborgan rasmlarni koʻrsatish</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="62"/>
        <source>Import mail</source>
        <translation>Pochtani import qilish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="67"/>
        <source>mbox file</source>
        <translation>mbox fayli</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="68"/>
        <source>Maildir folder</source>
        <translation>Maildir papkasi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="69"/>
        <source>the file or folder to import</source>
        <translation>import qilinadigan fayl yoki papka</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="70"/>
        <source>Choose…</source>
        <translation>Tanlash…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="72"/>
        <source>Imported mail (a new account)</source>
        <translation>Import qilingan pochta (yangi hisob)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="83"/>
        <source>e.g. support@shop.kz, sales@shop.kz</source>
        <translation>masalan, support@shop.kz, sales@shop.kz</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="84"/>
        <source>Mail from these addresses is the desk&apos;s own (outgoing)</source>
        <translation>Bu manzillardan kelgan xatlar — xizmatning oʻz xatlari (chiquvchi)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="95"/>
        <source>Import</source>
        <translation>Import qilish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="99"/>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="112"/>
        <source>Source</source>
        <translation>Manba</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="116"/>
        <source>Path</source>
        <translation>Yoʻl</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="117"/>
        <source>Into account</source>
        <translation>Hisobga</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="118"/>
        <source>Our addresses</source>
        <translation>Bizning manzillar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="133"/>
        <source>Choose a Maildir folder</source>
        <translation>Maildir papkasini tanlang</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="136"/>
        <source>Choose an mbox file</source>
        <translation>mbox faylini tanlang</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="136"/>
        <source>Mail (*.mbox *);;All (*)</source>
        <translation>Pochta (*.mbox *);;Hammasi (*)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="150"/>
        <source>Choose the file or folder to import first.</source>
        <translation>Avval import qilinadigan fayl yoki papkani tanlang.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="158"/>
        <source>Reading %1…</source>
        <translation>%1 oʻqilmoqda…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="172"/>
        <source>Stopping after the current batch…</source>
        <translation>Joriy qismdan keyin toʻxtaymiz…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="214"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n ta yangi</numerusform>
            <numerusform>%n ta yangi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="215"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n tasi oldindan bor</numerusform>
            <numerusform>%n tasi oldindan bor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="217"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n tasi oʻqilmadi</numerusform>
            <numerusform>%n tasi oʻqilmadi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="225"/>
        <source>Stopped: %n new messages imported so far.</source>
        <translation>
            <numerusform>Toʻxtatildi: hozircha %n ta yangi xabar import qilindi.</numerusform>
            <numerusform>Toʻxtatildi: hozircha %n ta yangi xabar import qilindi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="226"/>
        <source>Import the same source again to continue where it stopped.</source>
        <translation>Toʻxtagan joydan davom ettirish uchun oʻsha manbani qayta import qiling.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="228"/>
        <source>Nothing new: everything in this source is already in the desk.</source>
        <translation>Yangi hech narsa yoʻq: bu manbadagi hammasi xizmatda bor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="231"/>
        <source>Done: %n new messages imported.</source>
        <translation>
            <numerusform>Tayyor: %n ta yangi xabar import qilindi.</numerusform>
            <numerusform>Tayyor: %n ta yangi xabar import qilindi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="232"/>
        <source>%n were already there.</source>
        <translation>
            <numerusform>%n tasi oldindan bor edi.</numerusform>
            <numerusform>%n tasi oldindan bor edi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="235"/>
        <source>%n could not be read (listed below).</source>
        <translation>
            <numerusform>%n tasini oʻqib boʻlmadi (roʻyxat quyida).</numerusform>
            <numerusform>%n tasini oʻqib boʻlmadi (roʻyxat quyida).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="41"/>
        <source>Add an account</source>
        <translation>Hisob qoʻshish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="42"/>
        <source>Where do your customers write to you?</source>
        <translation>Mijozlar sizga qayerda yozadi?</translation>
    </message>
</context>
<context>
    <name>KpiDashboard</name>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="61"/>
        <source>Support KPIs</source>
        <translation>Yordam KPI</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="71"/>
        <source>All channels</source>
        <translation>Barcha kanallar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="75"/>
        <source>All accounts</source>
        <translation>Barcha hisoblar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="79"/>
        <source>All agents</source>
        <translation>Barcha operatorlar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="82"/>
        <source>All categories</source>
        <translation>Barcha toifalar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="83"/>
        <source>Show</source>
        <translation>Koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="84"/>
        <source>Export CSV…</source>
        <translation>CSV ga eksport…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="85"/>
        <source>Export JSON…</source>
        <translation>JSON ga eksport…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="88"/>
        <source>Measure</source>
        <translation>Koʻrsatkich</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="88"/>
        <source>Value</source>
        <translation>Qiymat</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="91"/>
        <source>Conversations by channel</source>
        <translation>Kanallar boʻyicha suhbatlar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="92"/>
        <source>Conversations by category</source>
        <translation>Toifalar boʻyicha suhbatlar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="93"/>
        <source>Open conversations by age</source>
        <translation>Ochiq suhbatlar muddati boʻyicha</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="94"/>
        <source>Business minutes (median and 90th percentile)</source>
        <translation>Ish daqiqalari (mediana va 90-persentil)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="107"/>
        <source>From – to</source>
        <translation>Dan – gacha</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="111"/>
        <source>Only</source>
        <translation>Faqat</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="173"/>
        <source>(none)</source>
        <translation>(yoʻq)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="178"/>
        <source>first response, median</source>
        <translation>birinchi javob, mediana</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="179"/>
        <source>first response, p90</source>
        <translation>birinchi javob, p90</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="180"/>
        <source>resolution, median</source>
        <translation>hal qilish, mediana</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="181"/>
        <source>resolution, p90</source>
        <translation>hal qilish, p90</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="191"/>
        <source>Conversations</source>
        <translation>Suhbatlar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="192"/>
        <source>Conversations on</source>
        <translation>Kanal boʻyicha suhbatlar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="193"/>
        <source>Conversations in</source>
        <translation>Toifa boʻyicha suhbatlar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="194"/>
        <source>First response, business minutes</source>
        <translation>Birinchi javob, ish daqiqalari</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="195"/>
        <source>Not answered yet</source>
        <translation>Hali javob berilmagan</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="196"/>
        <source>Resolved</source>
        <translation>Hal qilindi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="197"/>
        <source>Resolution, business minutes</source>
        <translation>Hal qilish, ish daqiqalari</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="198"/>
        <source>Resolved at first contact</source>
        <translation>Birinchi murojaatda hal qilindi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="199"/>
        <source>Came back within 7 days</source>
        <translation>7 kun ichida qaytib yozdi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="200"/>
        <source>Reopened</source>
        <translation>Qayta ochildi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="201"/>
        <source>SLA met</source>
        <translation>SLA bajarildi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="202"/>
        <source>Satisfaction, average of 5</source>
        <translation>Mamnunlik, 5 dan oʻrtacha</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="203"/>
        <source>Satisfied (4 or 5)</source>
        <translation>Mamnun (4 yoki 5)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="204"/>
        <source>Answered the survey</source>
        <translation>Soʻrovnomaga javob berdi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="205"/>
        <source>Open, aged</source>
        <translation>Ochiq, muddati boʻyicha</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="208"/>
        <source>count</source>
        <translation>soni</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="209"/>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="210"/>
        <source>90th percentile</source>
        <translation>90-persentil</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="211"/>
        <source>mean</source>
        <translation>oʻrtacha</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="218"/>
        <source>n/a</source>
        <translation>yoʻq</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="234"/>
        <source>Export KPIs</source>
        <translation>KPI eksporti</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="236"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV fayllari (*.csv)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="236"/>
        <source>JSON files (*.json)</source>
        <translation>JSON fayllari (*.json)</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="98"/>
        <source>Search  ·  from: channel: status: tag: #ticket</source>
        <translation>Qidirish  ·  from: channel: status: tag: #murojaat</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="116"/>
        <source>Save search</source>
        <translation>Qidiruvni saqlash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="121"/>
        <source>Newest activity</source>
        <translation>Avval yangilari</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="122"/>
        <source>SLA due first</source>
        <translation>Avval SLA boʻyicha shoshilinchlari</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="123"/>
        <source>Order of the list</source>
        <translation>Roʻyxat tartibi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/list_pane.py" line="269"/>
        <source>%n conversation(s) match “{0}”</source>
        <translation>
            <numerusform>«{0}» boʻyicha %n ta suhbat topildi</numerusform>
            <numerusform>«{0}» boʻyicha %n ta suhbat topildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/list_pane.py" line="272"/>
        <source>{0} · %n conversation(s)</source>
        <translation>
            <numerusform>{0} · %n ta suhbat</numerusform>
            <numerusform>{0} · %n ta suhbat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../omniinbox/ui/main_window.py" line="68"/>
        <location filename="../../omniinbox/ui/main_window.py" line="334"/>
        <source>OmniInbox</source>
        <translation>OmniInbox</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/main_window.py" line="197"/>
        <source>Reply saved. On the demo desk nothing is sent.</source>
        <translation>Javob saqlandi. Demo rejimida hech narsa yuborilmaydi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/main_window.py" line="199"/>
        <source>Reply queued; it goes out when the account is online.</source>
        <translation>Javob navbatda; hisob onlayn boʻlganda yuboriladi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/main_window.py" line="206"/>
        <source>Demo desk: replies stay on this computer and are never sent</source>
        <translation>Demo: javoblar shu kompyuterda qoladi va hech qayerga yuborilmaydi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="107"/>
        <source>Profile saved.</source>
        <translation>Profil saqlandi.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="58"/>
        <source>Merge customers</source>
        <translation>Mijozlarni birlashtirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="64"/>
        <source>Find the other customer. Their addresses, handles and conversations move to {0}; you can undo the merge later.</source>
        <translation>Boshqa mijozni toping. Uning manzillari, akkauntlari va suhbatlari {0} ga oʻtadi; birlashtirishni keyin bekor qilish mumkin.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="71"/>
        <source>Name, address, handle or #ticket</source>
        <translation>Ism, manzil, akkaunt yoki #murojaat</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="78"/>
        <source>Merge</source>
        <translation>Birlashtirish</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/customer_merge.py" line="113"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n ta suhbat</numerusform>
            <numerusform>%n ta suhbat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeSuggestions</name>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="147"/>
        <source>same name</source>
        <translation>ismi bir xil</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="149"/>
        <source>same handle on {0}: {1}</source>
        <translation>{0} da bir xil akkaunt: {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="176"/>
        <source>Possibly the same customer: {0} ({1})</source>
        <translation>Ehtimol, bu oʻsha mijoz: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="185"/>
        <source>Merge</source>
        <translation>Birlashtirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="186"/>
        <source>Make them one customer; you can undo it</source>
        <translation>Bitta mijozga birlashtirish; bekor qilish mumkin</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="192"/>
        <source>Not the same</source>
        <translation>Bular boshqa odamlar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="193"/>
        <source>Different people: do not suggest this again</source>
        <translation>Boshqa odamlar: boshqa taklif qilinmasin</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="71"/>
        <source>Show OmniInbox</source>
        <translation>OmniInbox ni koʻrsatish</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/tray.py" line="90"/>
        <source>OmniInbox: %n unread conversation(s)</source>
        <translation>
            <numerusform>OmniInbox: %n ta oʻqilmagan suhbat</numerusform>
            <numerusform>OmniInbox: %n ta oʻqilmagan suhbat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="112"/>
        <source>A customer</source>
        <translation>Mijoz</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="113"/>
        <source>New message from {0}</source>
        <translation>{0} dan yangi xabar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="117"/>
        <source>New messages</source>
        <translation>Yangi xabarlar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/tray.py" line="117"/>
        <location filename="../../omniinbox/ui/tray.py" line="142"/>
        <source>%n more conversation(s)</source>
        <translation>
            <numerusform>Yana %n ta suhbat</numerusform>
            <numerusform>Yana %n ta suhbat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="123"/>
        <source>SLA breached: ticket #{0}</source>
        <translation>SLA buzildi: murojaat #{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="134"/>
        <source>Escalated to you: ticket #{0}</source>
        <translation>Sizga oshirildi: murojaat #{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="136"/>
        <source>For you: ticket #{0}</source>
        <translation>Siz uchun: murojaat #{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="142"/>
        <source>Escalated to you</source>
        <translation>Sizga oshirildi</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="165"/>
        <source>Outbox</source>
        <translation>Chiquvchi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="180"/>
        <source>Nothing is waiting: every reply went out.</source>
        <translation>Navbat boʻsh: barcha javoblar yuborildi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="182"/>
        <source>Try again</source>
        <translation>Qayta urinish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="185"/>
        <source>Open conversation</source>
        <translation>Suhbatni ochish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="232"/>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="282"/>
        <source>Send again?</source>
        <translation>Qayta yuborilsinmi?</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="234"/>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="283"/>
        <source>The customer may already have this reply: the channel could not confirm it. Send it again anyway?</source>
        <translation>Mijoz bu javobni allaqachon olgan boʻlishi mumkin: kanal tasdiqlay olmadi. Baribir qayta yuborilsinmi?</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="78"/>
        <source>State</source>
        <translation>Holat</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="79"/>
        <source>What</source>
        <translation>Nima</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="80"/>
        <source>Ticket</source>
        <translation>Murojaat</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="81"/>
        <source>Account</source>
        <translation>Hisob</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="82"/>
        <source>Tries</source>
        <translation>Urinishlar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="83"/>
        <source>Last error</source>
        <translation>Soʻnggi xato</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="115"/>
        <source>Waiting</source>
        <translation>Kutmoqda</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="116"/>
        <source>Sending</source>
        <translation>Yuborilmoqda</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="117"/>
        <source>Failed</source>
        <translation>Xato</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="118"/>
        <source>May not have gone out</source>
        <translation>Yuborilmagan boʻlishi mumkin</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="123"/>
        <source>Reply</source>
        <translation>Javob</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="124"/>
        <source>Mark read on the channel</source>
        <translation>Kanalda oʻqilgan deb belgilash</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="33"/>
        <source>Secrets file passphrase</source>
        <translation>Maxfiy maʼlumotlar faylining paroli</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="38"/>
        <source>There is no system keyring on this computer, so OmniInbox keeps passwords and tokens in an encrypted file in the workspace ({0}). Choose a passphrase for it and keep it safe: without it the credentials cannot be recovered.</source>
        <translation>Bu kompyuterda tizim parollar ombori yoʻq, shuning uchun OmniInbox parollar va tokenlarni ish papkasidagi shifrlangan faylda saqlaydi ({0}). Unga parol oʻylab toping va uni yoʻqotmang: usiz kirish maʼlumotlarini tiklab boʻlmaydi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="43"/>
        <source>Enter the passphrase of the encrypted secrets file ({0}).</source>
        <translation>Shifrlangan maxfiy maʼlumotlar faylining parolini kiriting ({0}).</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="52"/>
        <source>Passphrase:</source>
        <translation>Parol:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="56"/>
        <source>Type it again:</source>
        <translation>Qayta kiriting:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="74"/>
        <source>The passphrase cannot be empty.</source>
        <translation>Parol boʻsh boʻlishi mumkin emas.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="76"/>
        <source>The two passphrases differ.</source>
        <translation>Parollar mos kelmadi.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="279"/>
        <source>Your profile</source>
        <translation>Profilingiz</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="284"/>
        <source>Tell customers who is answering, and when the desk is open. You can change all of this later in Settings.</source>
        <translation>Mijozlarga kim javob berayotganini va xizmat qachon ishlashini koʻrsating. Bularning hammasini keyin sozlamalarda oʻzgartirish mumkin.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="294"/>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="297"/>
        <source>Later</source>
        <translation>Keyinroq</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="54"/>
        <source>e.g. Aigerim Sadykova</source>
        <translation>masalan, Aygerim Sadikova</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="56"/>
        <source>Your name:</source>
        <translation>Ismingiz:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="57"/>
        <source>Signed on every answer you send: customers see it.</source>
        <translation>Har bir javobingiz ostida turadi: uni mijozlar koʻradi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="61"/>
        <source>Your email:</source>
        <translation>Pochtangiz:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="65"/>
        <source>Signature:</source>
        <translation>Imzo:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="76"/>
        <source>Time zone:</source>
        <translation>Vaqt mintaqasi:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="93"/>
        <source>Opening hours:</source>
        <translation>Ish vaqti:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="98"/>
        <source>Ranges like 09:00-13:00, 14:00-18:00. SLA clocks run only while the desk is open; holidays are in Settings, Desk.</source>
        <translation>09:00-13:00, 14:00-18:00 koʻrinishidagi oraliqlar. SLA vaqti faqat xizmat ishlayotganda hisoblanadi; bayramlar — Sozlamalardagi «Xizmat» boʻlimida.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="108"/>
        <source>Language:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="109"/>
        <source>A new language applies when OmniInbox restarts.</source>
        <translation>Yangi til OmniInbox qayta ishga tushganda qoʻllanadi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="142"/>
        <source>Your name is needed: customers see it on every answer.</source>
        <translation>Ismingiz kerak: mijozlar uni har bir javobda koʻradi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="149"/>
        <source>Choose a time zone from the list.</source>
        <translation>Roʻyxatdan vaqt mintaqasini tanlang.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="158"/>
        <source>{0}: write hours as 09:00-18:00.</source>
        <translation>{0}: soatlarni 09:00-18:00 koʻrinishida yozing.</translation>
    </message>
</context>
<context>
    <name>RepliesPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="50"/>
        <source>Protects against loops with other auto-responders</source>
        <translation>Boshqa avtojavob beruvchilar bilan cheksiz aylanishdan himoya qiladi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="51"/>
        <source>After a score of 1 or 2, ask what went wrong</source>
        <translation>1 yoki 2 baho qoʻyilsa, nima notoʻgʻri boʻlganini soʻrash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="55"/>
        <source>Account</source>
        <translation>Hisob</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="55"/>
        <source>Acknowledge</source>
        <translation>Avtojavob</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="55"/>
        <source>Survey</source>
        <translation>Soʻrovnoma</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="62"/>
        <source> days</source>
        <translation> kun</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="63"/>
        <source>never reopen</source>
        <translation>qayta ochilmasin</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="65"/>
        <source>Automatic acknowledgement</source>
        <translation>Avtomatik tasdiqlash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="69"/>
        <source>A new conversation is answered at once with its ticket number and when to expect an answer. Auto-replies, bounces and mailing lists are never answered.</source>
        <translation>Yangi suhbatga darhol murojaat raqami va javob muddati bilan xabar yuboriladi. Avtojavoblar, qaytgan xatlar va tarqatmalarga javob berilmaydi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="75"/>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="79"/>
        <source>On these channels</source>
        <translation>Shu kanallarda</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="76"/>
        <source>At most per sender and day</source>
        <translation>Bir joʻnatuvchiga kuniga koʻpi bilan</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="77"/>
        <source>Satisfaction survey on resolve</source>
        <translation>Hal qilingach mamnunlik soʻrovnomasi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="81"/>
        <source>Per account (overrides the channel)</source>
        <translation>Hisoblar boʻyicha (kanal sozlamasidan ustun)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="83"/>
        <source>Reopening</source>
        <translation>Qayta ochish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="86"/>
        <source>A customer reply reopens a resolved conversation within</source>
        <translation>Mijozning javobi hal qilingan suhbatni shu muddat ichida qayta ochadi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="88"/>
        <source>Later replies start a new conversation linked to the old one.</source>
        <translation>Keyingi javoblar eskisi bilan bogʻlangan yangi suhbatni boshlaydi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="98"/>
        <source>As its channel</source>
        <translation>Kanaldagidek</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="99"/>
        <source>On</source>
        <translation>Yoqilgan</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="100"/>
        <source>Off</source>
        <translation>Oʻchiq</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="105"/>
        <source>The demo desk never sends anything</source>
        <translation>Demo hech qayerga hech narsa yubormaydi</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="74"/>
        <source>Reply</source>
        <translation>Javob berish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="77"/>
        <source>Internal note</source>
        <translation>Ichki eslatma</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="88"/>
        <source>Answer on the customer&apos;s channel or another of theirs</source>
        <translation>Mijozning kanalida yoki uning boshqa kanalida javob berish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="102"/>
        <source>Canned answers (type / at the start of a line)</source>
        <translation>Javob shablonlari (qator boshida / yozing)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="104"/>
        <source>Send</source>
        <translation>Yuborish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="106"/>
        <source>Queue the reply to the customer (Ctrl+Enter)</source>
        <translation>Javobni yuborish navbatiga qoʻyish (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="108"/>
        <source>Send and resolve</source>
        <translation>Yuborish va hal qilish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="110"/>
        <source>Send, then mark resolved (Ctrl+Shift+Enter)</source>
        <translation>Yuborib, hal qilindi deb belgilash (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="112"/>
        <source>Add internal note</source>
        <translation>Eslatma qoʻshish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="114"/>
        <source>Only agents see notes; the customer never does</source>
        <translation>Eslatmalarni faqat operatorlar koʻradi, mijoz hech qachon koʻrmaydi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="122"/>
        <source>Fill in: {0}</source>
        <translation>Toʻldiring: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="142"/>
        <source>To:</source>
        <translation>Kimga:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="248"/>
        <source>A note for your colleagues; the customer never sees it…</source>
        <translation>Hamkasblar uchun eslatma; mijoz uni koʻrmaydi…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="250"/>
        <source>Ctrl+Enter adds the note</source>
        <translation>Ctrl+Enter — eslatma qoʻshish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="252"/>
        <source>the customer</source>
        <translation>mijozga</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="257"/>
        <source>Reply to {0} by {1}…</source>
        <translation>Javob: {0}, kanal {1}…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="258"/>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter — yuborish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="269"/>
        <source>Signed: {0}</source>
        <translation>Imzo: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="367"/>
        <source>Answered on {0} in ticket {1}.</source>
        <translation>{0} kanalida javob berildi, murojaat {1}.</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="63"/>
        <source>Rule</source>
        <translation>Qoida</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="72"/>
        <source>all conditions hold</source>
        <translation>barcha shartlar bajarildi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="73"/>
        <source>any condition holds</source>
        <translation>istalgan shart bajarildi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="74"/>
        <source>Stop: later rules do not run when this one matches</source>
        <translation>Toʻxtash: bu qoida ishlasa, keyingilari bajarilmaydi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="75"/>
        <source>Enabled</source>
        <translation>Yoqilgan</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="77"/>
        <source>Add condition</source>
        <translation>Shart qoʻshish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="78"/>
        <source>Add action</source>
        <translation>Amal qoʻshish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="79"/>
        <source>Which past conversations would match?</source>
        <translation>Qaysi oʻtgan suhbatlar mos kelardi?</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="88"/>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="89"/>
        <source>When</source>
        <translation>Qachon</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="90"/>
        <source>If</source>
        <translation>Agar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="91"/>
        <source>Conditions</source>
        <translation>Shartlar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="92"/>
        <source>Then</source>
        <translation>Unda</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="126"/>
        <source>Give the rule a name.</source>
        <translation>Qoidaga nom bering.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="130"/>
        <source>&apos;{0}&apos; does not apply to {1}.</source>
        <translation>«{0}» «{1}» ga taalluqli emas.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="155"/>
        <source> and {0} more</source>
        <translation> va yana {0} ta</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="157"/>
        <source>It would have matched {0} of the latest conversations: {1}{2}</source>
        <translation>Soʻnggi suhbatlardan {0} tasiga mos kelardi: {1}{2}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="162"/>
        <source>No past conversation would have matched.</source>
        <translation>Hech bir oʻtgan suhbat mos kelmasdi.</translation>
    </message>
</context>
<context>
    <name>RuleRows</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="37"/>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="38"/>
        <source>account</source>
        <translation>hisob</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="39"/>
        <source>sender</source>
        <translation>joʻnatuvchi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="40"/>
        <source>subject</source>
        <translation>mavzu</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="41"/>
        <source>text</source>
        <translation>matn</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="42"/>
        <source>subject or text</source>
        <translation>mavzu yoki matn</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="43"/>
        <source>language</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="44"/>
        <source>customer tag</source>
        <translation>mijoz tegi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="45"/>
        <source>in business hours</source>
        <translation>ish vaqtida</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="46"/>
        <source>priority</source>
        <translation>muhimlik</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="47"/>
        <source>status</source>
        <translation>holat</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="48"/>
        <source>minutes since the last message</source>
        <translation>soʻnggi xabardan keyingi daqiqalar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="56"/>
        <source>is</source>
        <translation>teng</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="57"/>
        <source>is not</source>
        <translation>teng emas</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="58"/>
        <source>contains</source>
        <translation>oʻz ichiga oladi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="59"/>
        <source>does not contain</source>
        <translation>oʻz ichiga olmaydi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="60"/>
        <source>has the word</source>
        <translation>soʻzi bor</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="61"/>
        <source>matches the pattern</source>
        <translation>andozaga mos</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="62"/>
        <source>at least</source>
        <translation>kamida</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="63"/>
        <source>at most</source>
        <translation>koʻpi bilan</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="69"/>
        <source>set the category</source>
        <translation>toifani belgilash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="70"/>
        <source>add a tag</source>
        <translation>teg qoʻshish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="71"/>
        <source>set the priority</source>
        <translation>muhimlikni belgilash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="72"/>
        <source>assign to</source>
        <translation>tayinlash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="73"/>
        <source>assign in turn</source>
        <translation>navbat bilan tayinlash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="74"/>
        <source>reply with a template</source>
        <translation>shablon bilan javob berish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="75"/>
        <source>escalate to</source>
        <translation>yuqoriga oshirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="76"/>
        <source>snooze</source>
        <translation>keyinga qoldirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="77"/>
        <source>resolve</source>
        <translation>hal qilish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="78"/>
        <source>add a helper</source>
        <translation>yordamchi qoʻshish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="79"/>
        <source>notify</source>
        <translation>xabar berish</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="38"/>
        <source>A new conversation starts</source>
        <translation>Yangi suhbat boshlanadi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="41"/>
        <source>A customer writes again</source>
        <translation>Mijoz yana yozadi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="42"/>
        <source>The status changes</source>
        <translation>Holat oʻzgaradi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="43"/>
        <source>An SLA target is nearly due</source>
        <translation>SLA muddati tugashiga oz qoldi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="46"/>
        <source>An SLA target is breached</source>
        <translation>SLA muddati buzildi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="49"/>
        <source>Time passes (checked every 30 seconds)</source>
        <translation>Vaqt oʻtadi (har 30 soniyada tekshiriladi)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="181"/>
        <source>Rules</source>
        <translation>Qoidalar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="185"/>
        <source>Add…</source>
        <translation>Qoʻshish…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="186"/>
        <source>Edit…</source>
        <translation>Tahrirlash…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="187"/>
        <source>Remove</source>
        <translation>Olib tashlash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="188"/>
        <source>Move up</source>
        <translation>Yuqoriga</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="189"/>
        <source>Move down</source>
        <translation>Pastga</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="208"/>
        <source>Rules run from the top; each can stop the ones below.</source>
        <translation>Qoidalar yuqoridan pastga bajariladi; har biri pastdagilarni toʻxtatishi mumkin.</translation>
    </message>
</context>
<context>
    <name>SchemaForm</name>
    <message>
        <location filename="../../omniinbox/ui/account_form.py" line="150"/>
        <source>Edit the server settings</source>
        <translation>Server sozlamalarini tahrirlash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_form.py" line="155"/>
        <source>Advanced settings</source>
        <translation>Qoʻshimcha sozlamalar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="103"/>
        <source>Settings</source>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="134"/>
        <source>Appearance</source>
        <translation>Tashqi koʻrinish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="135"/>
        <source>A new language applies when OmniInbox restarts.</source>
        <translation>Yangi til OmniInbox qayta ishga tushganda qoʻllanadi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="139"/>
        <source>Notifications</source>
        <translation>Bildirishnomalar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="181"/>
        <source>Check the settings on the page “{0}”.</source>
        <translation>«{0}» sahifasidagi sozlamalarni tekshiring.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="118"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="120"/>
        <source>Accounts</source>
        <translation>Hisoblar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="128"/>
        <source>Desk</source>
        <translation>Xizmat</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="49"/>
        <source>Provider:</source>
        <translation>Provayder:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="66"/>
        <source>Name in OmniInbox:</source>
        <translation>OmniInbox dagi nomi:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="81"/>
        <source>{0}: account settings</source>
        <translation>{0}: hisob sozlamalari</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="133"/>
        <source>Filled in for {0}: {1}.</source>
        <translation>{0} uchun toʻldirildi: {1}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="173"/>
        <source>The account needs a name.</source>
        <translation>Hisobga nom kerak.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="175"/>
        <source>Finish or cancel the sign-in in the browser first.</source>
        <translation>Avval brauzerdagi kirishni yakunlang yoki bekor qiling.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="178"/>
        <source>Check the highlighted settings.</source>
        <translation>Belgilangan sozlamalarni tekshiring.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../omniinbox/ui/shortcut_sheet.py" line="48"/>
        <source>Keyboard shortcuts</source>
        <translation>Tezkor tugmalar</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="33"/>
        <source>OmniInbox</source>
        <translation>OmniInbox</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="41"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="43"/>
        <source>A sample desk: nothing here reaches a real customer</source>
        <translation>Namuna xizmat: bu yerdan haqiqiy mijozlarga hech narsa bormaydi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="48"/>
        <source>Settings</source>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="55"/>
        <source>Command palette (Ctrl+K)</source>
        <translation>Buyruqlar palitrasi (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="81"/>
        <source>Look</source>
        <translation>Koʻrinish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="99"/>
        <source>Desk</source>
        <translation>Xizmat</translation>
    </message>
</context>
<context>
    <name>SignInRow</name>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="51"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="80"/>
        <source>Sign in with {0}…</source>
        <translation>{0} orqali kirish…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="82"/>
        <source>Sign in in the browser…</source>
        <translation>Brauzerda kirish…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="121"/>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Brauzerda kirishingizni kutyapmiz…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="136"/>
        <source>Sign-in cancelled.</source>
        <translation>Kirish bekor qilindi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="142"/>
        <source>Signed in. The tokens are kept in the keyring when you save.</source>
        <translation>Kirildi. Saqlaganingizda tokenlar parollar omborida saqlanadi.</translation>
    </message>
</context>
<context>
    <name>SlaPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="35"/>
        <source> min</source>
        <translation> daq</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="46"/>
        <source>First response</source>
        <translation>Birinchi javob</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="47"/>
        <source>Next response</source>
        <translation>Keyingi javob</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="48"/>
        <source>Resolution</source>
        <translation>Hal qilish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="56"/>
        <source>not tracked</source>
        <translation>kuzatilmaydi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="62"/>
        <source>Targets count business minutes only (the calendar&apos;s opening hours). First response runs from the first message to the first answer; next response from each later customer message to the answer; resolution until the conversation is resolved.</source>
        <translation>Muddatlar faqat ish daqiqalarida hisoblanadi (taqvimdagi ish vaqti boʻyicha). Birinchi javob — birinchi xabardan birinchi javobgacha; keyingi javob — mijozning har bir yangi xabaridan javobgacha; hal qilish — suhbat hal qilinguncha.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="69"/>
        <source>Targets per priority</source>
        <translation>Muhimlik boʻyicha muddatlar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="73"/>
        <source>Pause the clocks while a conversation is pending</source>
        <translation>Suhbat mijozni kutayotganda hisobni toʻxtatish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="74"/>
        <source>Pending: waiting for the customer</source>
        <translation>Kutmoqda: mijozning javobini kutyapmiz</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="78"/>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="79"/>
        <source>off</source>
        <translation>oʻchiq</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="82"/>
        <source>Due soon when this much is used</source>
        <translation>Shuncha sarflanganda «muddati yaqin»</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="83"/>
        <source>or when less than this is left</source>
        <translation>yoki bundan kam qolganda</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="57"/>
        <source>Snooze until</source>
        <translation>Shu vaqtgacha qoldirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="67"/>
        <source>Snooze</source>
        <translation>Keyinga qoldirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="71"/>
        <source>The conversation comes back to the inbox then.</source>
        <translation>Shu vaqtda suhbat kiruvchilarga qaytadi.</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="90"/>
        <source>&amp;1  In one hour</source>
        <translation>&amp;1  Bir soatdan keyin</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="91"/>
        <source>&amp;2  Tomorrow, 9:00</source>
        <translation>&amp;2  Ertaga, 9:00</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="92"/>
        <source>&amp;3  Next week, Monday 9:00</source>
        <translation>&amp;3  Keyingi hafta, dushanba 9:00</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="100"/>
        <source>&amp;4  Pick a date and time…</source>
        <translation>&amp;4  Sana va vaqtni tanlash…</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="65"/>
        <source>See the outbox; retry what failed</source>
        <translation>Chiquvchilarni ochish va muvaffaqiyatsizlarini qaytarish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="104"/>
        <source>connecting</source>
        <translation>ulanmoqda</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="105"/>
        <source>up to date</source>
        <translation>yangilangan</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="106"/>
        <source>syncing</source>
        <translation>sinxronlanmoqda</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="107"/>
        <source>offline</source>
        <translation>oflayn</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="108"/>
        <source>the password or token was not accepted</source>
        <translation>parol yoki token qabul qilinmadi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="109"/>
        <source>stopped by an error</source>
        <translation>xato tufayli toʻxtadi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="110"/>
        <source>turned off</source>
        <translation>oʻchirilgan</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="113"/>
        <source>syncing {0} of {1}</source>
        <translation>sinxronlash: {1} tadan {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="117"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="123"/>
        <source>No accounts are syncing</source>
        <translation>Sinxronlanayotgan hisob yoʻq</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="131"/>
        <source>online</source>
        <translation>onlayn</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="152"/>
        <source>Syncing {0} of {1}</source>
        <translation>Sinxronlash: {1} tadan {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/status_line.py" line="167"/>
        <source>%n waiting to sync</source>
        <translation>
            <numerusform>%n ta yuborishni kutmoqda</numerusform>
            <numerusform>%n ta yuborishni kutmoqda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/status_line.py" line="169"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n ta xato bilan</numerusform>
            <numerusform>%n ta xato bilan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/status_line.py" line="171"/>
        <source>%n may not have gone out</source>
        <translation>
            <numerusform>%n ta yuborilmagan boʻlishi mumkin</numerusform>
            <numerusform>%n ta yuborilmagan boʻlishi mumkin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="173"/>
        <source>Outbox: {0}</source>
        <translation>Chiquvchi: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="175"/>
        <source>Outbox: nothing waiting</source>
        <translation>Chiquvchi: navbat boʻsh</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="51"/>
        <source>Tags</source>
        <translation>Teglar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="51"/>
        <source>Tags of {0} conversations</source>
        <translation>Suhbatlar teglari ({0})</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="55"/>
        <source>Type a tag and press Enter</source>
        <translation>Tegni yozib, Enter bosing</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="92"/>
        <source>Space ticks the selected tag; Ctrl+Enter saves.</source>
        <translation>Boʻsh joy tanlangan tegni belgilaydi; Ctrl+Enter — saqlash.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="38"/>
        <source>Templates</source>
        <translation>Shablonlar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="41"/>
        <source>Search templates</source>
        <translation>Shablonlarni qidirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="49"/>
        <source>Only for me</source>
        <translation>Faqat men uchun</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="58"/>
        <source>New</source>
        <translation>Yangi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="59"/>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="60"/>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="79"/>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="80"/>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="82"/>
        <source>Text</source>
        <translation>Matn</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="84"/>
        <source>Variables: {0}</source>
        <translation>Oʻzgaruvchilar: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="88"/>
        <source>Preview</source>
        <translation>Oldindan koʻrish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="117"/>
        <source>personal</source>
        <translation>shaxsiy</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="117"/>
        <source>shared</source>
        <translation>umumiy</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="163"/>
        <source>Aigerim Nurlanovna</source>
        <translation>Aygerim Nurlanovna</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="164"/>
        <source>Dana Sultanova</source>
        <translation>Dana Sultanova</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="165"/>
        <source>Order 1042</source>
        <translation>1042-buyurtma</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="167"/>
        <source>within 60 minutes</source>
        <translation>60 daqiqa ichida</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="168"/>
        <source>Shop</source>
        <translation>Doʻkon</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="173"/>
        <source>Unknown variables: {0}</source>
        <translation>Nomaʼlum oʻzgaruvchilar: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="186"/>
        <source>The desk&apos;s own texts are shared, never personal.</source>
        <translation>Xizmat matnlari doim umumiy, shaxsiy emas.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="209"/>
        <source>Shipped templates are kept; edit the text instead.</source>
        <translation>Oʻrnatilgan shablonlar oʻchirilmaydi — matnini tahrirlang.</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/timeline.py" line="37"/>
        <source>%n earlier messages are not shown</source>
        <translation>
            <numerusform>Oldingi %n ta xabar koʻrsatilmagan</numerusform>
            <numerusform>Oldingi %n ta xabar koʻrsatilmagan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="56"/>
        <source>Marked {0}.</source>
        <translation>Belgilandi: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="57"/>
        <source>{0} conversations marked {1}.</source>
        <translation>«{1}» deb belgilangan suhbatlar: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="68"/>
        <source>Resolved.</source>
        <translation>Hal qilindi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="68"/>
        <source>{0} conversations resolved.</source>
        <translation>Hal qilingan suhbatlar: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="80"/>
        <source>Snoozed until {0}.</source>
        <translation>{0} gacha keyinga qoldirildi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="81"/>
        <source>{0} conversations snoozed until {1}.</source>
        <translation>{1} gacha qoldirilgan suhbatlar: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="94"/>
        <source>Unassigned.</source>
        <translation>Tayinlash olib tashlandi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="94"/>
        <source>{0} conversations unassigned.</source>
        <translation>Tayinlash olib tashlangan suhbatlar: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="98"/>
        <source>Assigned to you.</source>
        <translation>Sizga tayinlandi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="98"/>
        <source>{0} conversations assigned to you.</source>
        <translation>Sizga tayinlangan suhbatlar: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="103"/>
        <source>Assigned to {0}.</source>
        <translation>Tayinlandi: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="104"/>
        <source>{0} conversations assigned to {1}.</source>
        <translation>{1} ga tayinlangan suhbatlar: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="116"/>
        <source>Collaborators updated.</source>
        <translation>Yordamchilar yangilandi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="127"/>
        <source>Priority: {0}.</source>
        <translation>Muhimlik: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="134"/>
        <source>Category: {0}.</source>
        <translation>Toifa: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="134"/>
        <source>Category cleared.</source>
        <translation>Toifa olib tashlandi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="154"/>
        <source>Tags updated.</source>
        <translation>Teglar yangilandi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="155"/>
        <source>Tags of {0} conversations updated.</source>
        <translation>Teglari yangilangan suhbatlar: {0}.</translation>
    </message>
</context>
<context>
    <name>ViewList</name>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="171"/>
        <source>Channels</source>
        <translation>Kanallar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="172"/>
        <source>Accounts</source>
        <translation>Hisoblar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="173"/>
        <source>Categories</source>
        <translation>Toifalar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="174"/>
        <source>Tags</source>
        <translation>Teglar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="175"/>
        <source>Saved searches</source>
        <translation>Saqlangan qidiruvlar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="270"/>
        <source>Delete saved search</source>
        <translation>Saqlangan qidiruvni oʻchirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="130"/>
        <source>Inbox</source>
        <translation>Kiruvchi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="136"/>
        <source>Mine</source>
        <translation>Meniki</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="142"/>
        <source>Others’</source>
        <translation>Hamkasblarda</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="150"/>
        <source>SLA due soon</source>
        <translation>SLA muddati yaqin</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="157"/>
        <source>Pending</source>
        <translation>Mijozni kutmoqda</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="163"/>
        <source>Snoozed</source>
        <translation>Keyinga qoldirilganlar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="169"/>
        <source>Resolved</source>
        <translation>Hal qilinganlar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="175"/>
        <source>All conversations</source>
        <translation>Barcha suhbatlar</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="36"/>
        <location filename="../../omniinbox/ui/welcome.py" line="47"/>
        <source>Welcome to OmniInbox</source>
        <translation>OmniInbox ga xush kelibsiz</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="57"/>
        <source>One inbox for your shop&apos;s email, Telegram and X: every customer&apos;s messages in one place, answered by your team. Everything is kept on this computer; passwords go to the system keyring.</source>
        <translation>Doʻkoningiz pochtasi, Telegram va X uchun yagona kiruvchi: mijozlarning barcha xabarlari bir joyda, ularga jamoangiz javob beradi. Hammasi shu kompyuterda saqlanadi, parollar esa tizim parollar omborida.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="65"/>
        <source>Add an account</source>
        <translation>Hisob qoʻshish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="66"/>
        <source>Connect a mailbox, a Telegram bot or an X account and start answering.</source>
        <translation>Pochta qutisi, Telegram boti yoki X akkauntini ulang va javob berishni boshlang.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="74"/>
        <source>Explore the demo</source>
        <translation>Demoni koʻrish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="76"/>
        <source>A sample shop with customers in six languages, to try everything safely. Nothing is sent anywhere; it stays beside your own workspace.</source>
        <translation>Olti tildagi mijozlari bor namuna doʻkon — hammasini xavfsiz sinab koʻrish uchun. Hech narsa hech qayerga yuborilmaydi; demo ish papkangizdan alohida saqlanadi.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome_flow.py" line="77"/>
        <source>No account was added.</source>
        <translation>Hisob qoʻshilmadi.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="55"/>
        <source>Moving around</source>
        <translation>Harakatlanish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="55"/>
        <source>The conversation</source>
        <translation>Suhbat</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="55"/>
        <source>The app</source>
        <translation>Ilova</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="57"/>
        <source>Next conversation</source>
        <translation>Keyingi suhbat</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="58"/>
        <source>Previous conversation</source>
        <translation>Oldingi suhbat</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="61"/>
        <source>Add the next to the selection</source>
        <translation>Keyingisini tanlanganlarga qoʻshish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="68"/>
        <source>Add the previous to the selection</source>
        <translation>Oldingisini tanlanganlarga qoʻshish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="73"/>
        <source>Select or unselect this one</source>
        <translation>Tanlash yoki tanlovni olib tashlash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="74"/>
        <source>Open the conversation</source>
        <translation>Suhbatni ochish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="78"/>
        <source>Search</source>
        <translation>Qidirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="80"/>
        <source>Command palette</source>
        <translation>Buyruqlar palitrasi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="83"/>
        <source>Keyboard shortcuts</source>
        <translation>Tezkor tugmalar</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="85"/>
        <source>Back to the list</source>
        <translation>Roʻyxatga qaytish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="92"/>
        <source>Go to {0}</source>
        <translation>Oʻtish: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="94"/>
        <source>Reply</source>
        <translation>Javob berish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="95"/>
        <source>Internal note</source>
        <translation>Ichki eslatma</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="96"/>
        <location filename="../../omniinbox/ui/window_actions.py" line="182"/>
        <source>Resolve</source>
        <translation>Hal qilish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="97"/>
        <location filename="../../omniinbox/ui/window_actions.py" line="179"/>
        <source>Assign to me</source>
        <translation>Menga tayinlash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="98"/>
        <location filename="../../omniinbox/ui/window_actions.py" line="181"/>
        <source>Snooze…</source>
        <translation>Keyinga qoldirish…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="99"/>
        <source>Tags…</source>
        <translation>Teglar…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="100"/>
        <source>Priority…</source>
        <translation>Muhimlik…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="103"/>
        <source>Show or hide the customer panel</source>
        <translation>Mijoz panelini koʻrsatish yoki yashirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="111"/>
        <source>Merge this customer with another…</source>
        <translation>Bu mijozni boshqasi bilan birlashtirish…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="120"/>
        <source>Mark {0}</source>
        <translation>Belgilash: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="125"/>
        <source>Outbox…</source>
        <translation>Chiquvchi…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="127"/>
        <source>Sync now</source>
        <translation>Hozir sinxronlash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="129"/>
        <source>Look: follow the system</source>
        <translation>Koʻrinish: tizimdagidek</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="130"/>
        <source>Look: light</source>
        <translation>Koʻrinish: yorugʻ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="131"/>
        <source>Look: dark</source>
        <translation>Koʻrinish: qorongʻi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="136"/>
        <source>Desktop notifications on or off</source>
        <translation>Bildirishnomalarni yoqish yoki oʻchirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="142"/>
        <source>Tray icon on or off</source>
        <translation>Treydagi belgini yoqish yoki oʻchirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="180"/>
        <source>Tag…</source>
        <translation>Teg…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="331"/>
        <source>View: {0}</source>
        <translation>Boʻlim: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="334"/>
        <source>View</source>
        <translation>Boʻlim</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="345"/>
        <source>Open ticket #{0}</source>
        <translation>#{0} murojaatini ochish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="374"/>
        <source>Save search</source>
        <translation>Qidiruvni saqlash</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="374"/>
        <source>Name of the saved search:</source>
        <translation>Saqlangan qidiruv nomi:</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../omniinbox/ui/account_tasks.py" line="87"/>
        <source>Something went wrong ({0}). The details are in the log.</source>
        <translation>Nimadir notoʻgʻri ketdi ({0}). Tafsilotlar jurnalda.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../omniinbox/ui/app.py" line="136"/>
        <source>OmniInbox cannot open {0}: {1}</source>
        <translation>OmniInbox {0} ni ocha olmaydi: {1}</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="21"/>
        <source>Open</source>
        <translation>Ochiq</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="22"/>
        <source>Pending</source>
        <translation>Mijozni kutmoqda</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="23"/>
        <source>Snoozed</source>
        <translation>Keyinga qoldirildi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="24"/>
        <source>Resolved</source>
        <translation>Hal qilindi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="25"/>
        <source>Closed</source>
        <translation>Yopiq</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="28"/>
        <source>Email</source>
        <translation>Pochta</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="29"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="30"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="31"/>
        <source>Other</source>
        <translation>Boshqa</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="34"/>
        <source>Low</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="35"/>
        <source>Normal</source>
        <translation>Oddiy</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="36"/>
        <source>High</source>
        <translation>Yuqori</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="37"/>
        <source>Urgent</source>
        <translation>Shoshilinch</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="83"/>
        <source>Yesterday</source>
        <translation>Kecha</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="92"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="109"/>
        <source>{0} bytes</source>
        <translation>{0} bayt</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="111"/>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="112"/>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="141"/>
        <source>{0}m</source>
        <translation>{0} daq</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="143"/>
        <source>{0}h</source>
        <translation>{0} soat</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="144"/>
        <source>{0}d</source>
        <translation>{0} kun</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="154"/>
        <source>{0} late</source>
        <translation>{0} kechikdi</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../omniinbox/ui/ops.py" line="61"/>
        <source>Something went wrong ({0}). The details are in the log.</source>
        <translation>Nimadir notoʻgʻri ketdi ({0}). Tafsilotlar jurnalda.</translation>
    </message>
</context>
<context>
    <name>reply_routes</name>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="61"/>
        <source>a second address on the same channel</source>
        <translation>oʻsha kanaldagi ikkinchi manzil</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="67"/>
        <source>no channel to send on</source>
        <translation>yuborish uchun kanal yoʻq</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="84"/>
        <source>no conversation on that channel yet</source>
        <translation>bu kanalda hali suhbat yoʻq</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="102"/>
        <source>Not possible yet: {0}</source>
        <translation>Hozircha imkonsiz: {0}</translation>
    </message>
</context>
<context>
    <name>screenshots</name>
    <message>
        <location filename="../../omniinbox/ui/screenshots.py" line="134"/>
        <source>res</source>
        <comment>typed: the start of Resolved</comment>
        <translation>hal</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="49"/>
        <source>Light or dark colours, or as the desktop has them</source>
        <translation>Yorugʻ yoki qorongʻi ranglar yoxud tizimdagidek</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="50"/>
        <source>Theme</source>
        <translation>Mavzu</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="52"/>
        <location filename="../../omniinbox/ui/settings.py" line="67"/>
        <source>As the system</source>
        <translation>Tizimdagidek</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="53"/>
        <source>Light</source>
        <translation>Yorugʻ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="54"/>
        <source>Dark</source>
        <translation>Qorongʻi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="63"/>
        <source>The language of the window; applies when OmniInbox restarts</source>
        <translation>Interfeys tili; OmniInbox qayta ishga tushganda qoʻllanadi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="65"/>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="79"/>
        <source>An icon with the unread count in the system tray</source>
        <translation>Tizim treyida oʻqilmaganlar soni bilan belgi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="80"/>
        <source>Show an icon in the system tray</source>
        <translation>Tizim treyida belgini koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="85"/>
        <source>A desktop notification when a customer writes</source>
        <translation>Mijoz yozganda ish stolida bildirishnoma</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="86"/>
        <source>Desktop notifications for new messages</source>
        <translation>Yangi xabarlar haqida bildirishnomalar</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="114"/>
        <source>Queued: goes out when the account is online</source>
        <translation>Navbatda: hisob onlayn boʻlganda yuboriladi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="115"/>
        <source>Sent</source>
        <translation>Yuborildi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="116"/>
        <source>Failed to send</source>
        <translation>Yuborib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="117"/>
        <source>May not have gone out: check before sending again</source>
        <translation>Yuborilmagan boʻlishi mumkin: qayta yuborishdan oldin tekshiring</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="125"/>
        <source>Try again</source>
        <translation>Qayta urinish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="141"/>
        <source>not downloaded yet</source>
        <translation>hali yuklab olinmagan</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="163"/>
        <source>edited by the customer</source>
        <translation>mijoz tahrirlagan</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="165"/>
        <source>deleted on the channel</source>
        <translation>kanalda oʻchirilgan</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="175"/>
        <source>Hide quoted text</source>
        <translation>Iqtibosni yashirish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="177"/>
        <source>··· Show quoted text</source>
        <translation>··· Iqtibosni koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="207"/>
        <source>Unknown sender</source>
        <translation>Nomaʼlum joʻnatuvchi</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="257"/>
        <source>Internal note</source>
        <translation>Ichki eslatma</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="288"/>
        <source>Today</source>
        <translation>Bugun</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="290"/>
        <source>Yesterday</source>
        <translation>Kecha</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="320"/>
        <source>No messages yet</source>
        <translation>Hozircha xabarlar yoʻq</translation>
    </message>
</context>
</TS>
