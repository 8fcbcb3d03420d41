<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="33"/>
        <source>Qt and Qt for Python (PySide6, Shiboken6) are used under the GNU Lesser General Public License version 3. They are linked dynamically, as separate shared libraries that you may replace with your own build; their source code is available from https://code.qt.io and https://download.qt.io.</source>
        <translation>Qt және Qt for Python (PySide6, Shiboken6) GNU Lesser General Public License 3-нұсқасы шарттарымен қолданылады. Олар динамикалық түрде, өз жинағыңызбен алмастыруға болатын бөлек ортақ кітапханалар ретінде қосылады; бастапқы коды https://code.qt.io және https://download.qt.io сайттарында.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="65"/>
        <source>About OmniInbox</source>
        <translation>OmniInbox туралы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="70"/>
        <source>A desktop support inbox: email, Telegram and X conversations as one list of tickets, offline first.</source>
        <translation>Компьютердегі қолдау қызметі: пошта, Telegram және X диалогтары бір өтініштер тізімінде, желісіз де жұмыс істейді.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="83"/>
        <source>Library</source>
        <translation>Кітапхана</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="47"/>
        <location filename="../../omniinbox/ui/about.py" line="83"/>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="48"/>
        <source> (bundle)</source>
        <translation> (дербес жинақ)</translation>
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
        <translation>Жүйе</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="57"/>
        <source>Workspace</source>
        <translation>Жұмыс қалтасы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="67"/>
        <source>&lt;h2&gt;OmniInbox {0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;OmniInbox {0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="83"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="91"/>
        <source>unknown: %1</source>
        <translation>белгісіз: %1</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="99"/>
        <source>Choose a library to read its licence.</source>
        <translation>Лицензиясын оқу үшін кітапхананы таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="113"/>
        <source>Libraries in this installation and their licences:</source>
        <translation>Осы орнатудағы кітапханалар және олардың лицензиялары:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="131"/>
        <source>%1 ships no licence text in its metadata; its licence is: %2</source>
        <translation>%1 метадеректерінде лицензия мәтіні жоқ; лицензиясы: %2</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="123"/>
        <source>Add an account</source>
        <translation>Аккаунт қосу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="166"/>
        <source>Saving the account…</source>
        <translation>Аккаунт сақталуда…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="182"/>
        <source>The account was not saved.</source>
        <translation>Аккаунт сақталмады.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="230"/>
        <source>Accounts</source>
        <translation>Аккаунттар</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="62"/>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="64"/>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="66"/>
        <location filename="../../omniinbox/ui/account_list.py" line="132"/>
        <source>Disable</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="68"/>
        <source>Remove…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="101"/>
        <source>(disabled)</source>
        <translation>(өшірулі)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="103"/>
        <source>(connector not installed)</source>
        <translation>(коннектор орнатылмаған)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="110"/>
        <source>No accounts yet: add one to start receiving messages.</source>
        <translation>Аккаунттар әзірге жоқ: хабарламаларды алу үшін аккаунт қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="132"/>
        <source>Enable</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="148"/>
        <source>Added {0}.</source>
        <translation>Қосылды: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="157"/>
        <source>Checking {0}…</source>
        <translation>{0} тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="161"/>
        <source>{0}: connected, credentials accepted.</source>
        <translation>{0}: қосылды, кіру деректері қабылданды.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="185"/>
        <source>Remove the account</source>
        <translation>Аккаунтты жою</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="187"/>
        <source>Remove {0}? Its conversations stay in OmniInbox; its password and tokens are deleted from the keyring.</source>
        <translation>{0} жойылсын ба? Диалогтар OmniInbox-та қалады; құпия сөз бен токендер құпия сөз қоймасынан жойылады.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="195"/>
        <source>Removed {0}.</source>
        <translation>Жойылды: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="67"/>
        <source>Saved in your own workspace: it opens the next time OmniInbox starts.</source>
        <translation>Жұмыс қалтаңызда сақталды: ол OmniInbox келесі іске қосылғанда ашылады.</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="140"/>
        <source>(owner)</source>
        <translation>(жауапты)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="143"/>
        <source>agents, comma-separated</source>
        <translation>агенттер, үтір арқылы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="148"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="149"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="163"/>
        <source>category, e.g. delivery.late</source>
        <translation>санат, мысалы delivery.late</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="164"/>
        <source>tag</source>
        <translation>тег</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="165"/>
        <source>low, normal, high or urgent</source>
        <translation>low, normal, high немесе urgent</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="166"/>
        <source>template name</source>
        <translation>үлгі атауы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="167"/>
        <source>note for the agent</source>
        <translation>агентке ескертпе</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="186"/>
        <source>There is no agent called {0}.</source>
        <translation>{0} деген агент жоқ.</translation>
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
        <translation>Баптаулар…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="35"/>
        <source>Accounts…</source>
        <translation>Аккаунттар…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="36"/>
        <source>Import mail…</source>
        <translation>Поштаны импорттау…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="37"/>
        <source>Copy diagnostics</source>
        <translation>Диагностиканы көшіру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="38"/>
        <source>About OmniInbox</source>
        <translation>OmniInbox туралы</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="187"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="192"/>
        <source>Programs and scripts are only saved, never opened here</source>
        <translation>Бағдарламалар мен скрипттер тек сақталады, мұнда ашылмайды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="197"/>
        <source>Save as…</source>
        <translation>Басқаша сақтау…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="201"/>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="207"/>
        <source>Downloading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="209"/>
        <source>Cannot be downloaded: {0}</source>
        <translation>Жүктеу мүмкін емес: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="213"/>
        <source>Not downloaded yet</source>
        <translation>Әлі жүктелмеген</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="219"/>
        <source>Try downloading again</source>
        <translation>Қайта жүктеп көру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="261"/>
        <source>Save attachment</source>
        <translation>Тіркемені сақтау</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/list_pane.py" line="64"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n таңдалды</numerusform>
            <numerusform>%n таңдалды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="38"/>
        <source>Notify customers</source>
        <translation>Клиенттерге хабарлау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="48"/>
        <source>a saved search or search words</source>
        <translation>сақталған іздеу немесе іздеу сөздері</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="49"/>
        <source>e.g. concert</source>
        <translation>мысалы, концерт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="50"/>
        <source>e.g. refund</source>
        <translation>мысалы, қайтару</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="51"/>
        <source>e.g. 1042, 1043</source>
        <translation>мысалы, 1042, 1043</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="53"/>
        <source>subject, for customers without an open conversation</source>
        <translation>тақырып — ашық диалогы жоқ клиенттерге</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="59"/>
        <source>Hello {customer.first_name}, … Variables: {customer.first_name} {customer.name} {ticket} {agent.name}</source>
        <translation>Сәлеметсіз бе, {customer.first_name}! … Айнымалылар: {customer.first_name} {customer.name} {ticket} {agent.name}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="63"/>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="64"/>
        <source>Send</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="69"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="69"/>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="69"/>
        <source>Conversation</source>
        <translation>Диалог</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="69"/>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="98"/>
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="77"/>
        <source>Resume</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="93"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="94"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="95"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="96"/>
        <source>Tickets</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="97"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="149"/>
        <source>new conversation</source>
        <translation>жаңа диалог</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="150"/>
        <source>no channel</source>
        <translation>арна жоқ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="157"/>
        <source>No value for: {0}; it is left out.</source>
        <translation>Мәні жоқ: {0}; өткізіп жіберілді.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="162"/>
        <source>{0} customers, {1} reachable</source>
        <translation>Клиенттер: {0}, байланысуға болады: {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="164"/>
        <source>Send to {0} customers</source>
        <translation>Клиенттерге жіберу: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="212"/>
        <source>{0} of {1} queued · {2} sent · {3} failed · {4} to check</source>
        <translation>Кезекте {1} ішінен {0} · жіберілді {2} · қате {3} · тексеру керек {4}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="121"/>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="134"/>
        <source>Hours like 09:00-13:00, 14:00-18:00. A range that ends at or before it starts runs into the next morning (22:00-06:00); 00:00-24:00 is the whole day; empty means closed.</source>
        <translation>Сағаттар 09:00-13:00, 14:00-18:00 түрінде. Басталған уақытынан ерте не сол уақытта аяқталатын аралық келесі таңға өтеді (22:00-06:00); 00:00-24:00 — тәулік бойы; бос болса — жабық.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="140"/>
        <source>Opening hours</source>
        <translation>Жұмыс уақыты</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="147"/>
        <source>No public holidays</source>
        <translation>Мемлекеттік мерекелерсіз</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="163"/>
        <source>The desk&apos;s own closed days</source>
        <translation>Қызметтің өз демалыс күндері</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="164"/>
        <source>Extra working days</source>
        <translation>Қосымша жұмыс күндері</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="165"/>
        <source>as on the first open weekday</source>
        <translation>аптаның бірінші жұмыс күніндегідей</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="166"/>
        <source>Holidays</source>
        <translation>Мерекелер</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="168"/>
        <source>Public holidays of</source>
        <translation>Мемлекеттік мерекелер:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="174"/>
        <source>Hours on extra working days</source>
        <translation>Қосымша жұмыс күндеріндегі сағаттар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="177"/>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="203"/>
        <source>not understood</source>
        <translation>түсініксіз</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="206"/>
        <source>ends the next day</source>
        <translation>келесі күні аяқталады</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="211"/>
        <source>Only the closed days below.</source>
        <translation>Тек төменде көрсетілген демалыс күндері.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="217"/>
        <source>No holiday calendar is known for {0}.</source>
        <translation>{0} үшін мерекелер күнтізбесі белгісіз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="221"/>
        <source>%n public holiday(s) in {0}.</source>
        <translation>
            <numerusform>{0}: %n мемлекеттік мереке.</numerusform>
            <numerusform>{0}: %n мемлекеттік мереке.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="225"/>
        <source>Next: {0}, {1}.</source>
        <translation>Келесісі: {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="227"/>
        <source>Add the days the desk closes anyway as closed days below.</source>
        <translation>Қызмет бәрібір жұмыс істемейтін күндерді төменде демалыс күні ретінде қосыңыз.</translation>
    </message>
</context>
<context>
    <name>CategoryEditor</name>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="45"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="45"/>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="51"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="52"/>
        <source>Add inside</source>
        <translation>Ішіне қосу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="53"/>
        <source>Rename</source>
        <translation>Атын өзгерту</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="54"/>
        <source>Move to…</source>
        <translation>Жылжыту…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="55"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="56"/>
        <source>Bring back</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="57"/>
        <source>Show removed categories</source>
        <translation>Жойылған санаттарды көрсету</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="75"/>
        <source>Removing a category hides it from the pickers; conversations filed there keep it. Moving one re-files its conversations and rules when the settings are applied.</source>
        <translation>Жойылған санат таңдау тізімдерінен жасырылады, бірақ ондағы диалогтарда сақталады. Жылжытылған санат баптаулар қолданылғанда өз диалогтары мен ережелерін ауыстырады.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="126"/>
        <source>{0} (removed)</source>
        <translation>{0} (жойылған)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="205"/>
        <source>New category</source>
        <translation>Жаңа санат</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="206"/>
        <source>Name of the new category under {0}:</source>
        <translation>{0} ішіндегі жаңа санат атауы:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="210"/>
        <source>Name of the new top-level category:</source>
        <translation>Жаңа жоғарғы деңгейлі санат атауы:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="276"/>
        <source>(top level)</source>
        <translation>(жоғарғы деңгей)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="284"/>
        <source>Move category</source>
        <translation>Санатты жылжыту</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="284"/>
        <source>Move it under:</source>
        <translation>Мына санаттың ішіне:</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="18"/>
        <source>Checking the account</source>
        <translation>Аккаунтты тексеру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="38"/>
        <source>Cancel the check</source>
        <translation>Тексеруді тоқтату</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="40"/>
        <source>Try again</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="70"/>
        <source>Connecting to {0} and signing in…</source>
        <translation>{0} серверіне қосылып, кіріп жатырмыз…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="101"/>
        <source>Check cancelled.</source>
        <translation>Тексеру тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="109"/>
        <source>Connected: the settings work. Press Finish to add the account.</source>
        <translation>Қосылды: баптаулар жұмыс істейді. Аккаунтты қосу үшін «Дайын» түймесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="118"/>
        <source>The check did not pass. Go back to fix the settings, or try again.</source>
        <translation>Тексеруден өтпеді. Артқа оралып, баптауларды түзетіңіз немесе қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../omniinbox/ui/command_palette.py" line="144"/>
        <source>Type a command, a view, or #ticket…</source>
        <translation>Команда, бөлім немесе #өтініш…</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="96"/>
        <source>value; several: comma-separated</source>
        <translation>мән; бірнешеуі — үтір арқылы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="97"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="121"/>
        <source>Show the customer panel (I)</source>
        <translation>Клиент панелін көрсету (I)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="124"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="125"/>
        <source>Owner: one agent answers end to end</source>
        <translation>Жауапты: бір агент диалогты басынан аяғына дейін жүргізеді</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="126"/>
        <source>Collaborators helping the owner</source>
        <translation>Жауаптыға көмектесетіндер</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="127"/>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="128"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="132"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="134"/>
        <source>Tags (T)</source>
        <translation>Тегтер (T)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="184"/>
        <source>(no subject)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="189"/>
        <source>Snoozed until {0}</source>
        <translation>{0} дейін кейінге қалдырылды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="195"/>
        <location filename="../../omniinbox/ui/conversation_header.py" line="273"/>
        <source>Unassigned</source>
        <translation>Тағайындалмаған</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="201"/>
        <source>{0} helping</source>
        <translation>Көмектесуде: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="203"/>
        <source>No collaborators</source>
        <translation>Көмекшілер жоқ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="205"/>
        <source>Pull in a colleague to help</source>
        <translation>Әріптесті көмекке шақыру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="215"/>
        <location filename="../../omniinbox/ui/conversation_header.py" line="316"/>
        <source>No category</source>
        <translation>Санатсыз</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="236"/>
        <source>Remove the tag {0}</source>
        <translation>{0} тегін алып тастау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="241"/>
        <source>+{0}</source>
        <translation>+{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="262"/>
        <source>Snooze…</source>
        <translation>Кейінге қалдыру…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="291"/>
        <source>No other agents yet</source>
        <translation>Басқа агенттер әзірге жоқ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="310"/>
        <source>{0} (removed)</source>
        <translation>{0} (жойылған)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="325"/>
        <source>{0} (in general)</source>
        <translation>{0} (жалпы)</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="87"/>
        <source>Unknown customer</source>
        <translation>Белгісіз клиент</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="89"/>
        <source>(no subject)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="109"/>
        <source>Priority: {0}</source>
        <translation>Басымдық: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="115"/>
        <source>Tags: {0}</source>
        <translation>Тегтер: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="120"/>
        <source>Snoozed until {0}</source>
        <translation>{0} дейін кейінге қалдырылды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="125"/>
        <source>Due {0}</source>
        <translation>Мерзімі: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="127"/>
        <source>Unassigned</source>
        <translation>Тағайындалмаған</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="91"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="92"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="93"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="94"/>
        <source>Updated</source>
        <translation>Жаңарды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="95"/>
        <source>Ticket</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="96"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="97"/>
        <source>Owner</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="256"/>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="257"/>
        <source>Last activity</source>
        <translation>Соңғы белсенділік</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="258"/>
        <source>Time left to answer within the SLA</source>
        <translation>SLA мерзіміне дейін жауап беруге қалған уақыт</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../omniinbox/ui/conversation_view.py" line="72"/>
        <source>Select a conversation to read it here.</source>
        <translation>Оқу үшін диалогты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_view.py" line="157"/>
        <source>Unknown customer</source>
        <translation>Белгісіз клиент</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="94"/>
        <source>The customer&apos;s name; press Enter to save</source>
        <translation>Клиенттің аты; сақтау үшін Enter басыңыз</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="102"/>
        <source>Notes about this customer, for every agent</source>
        <translation>Клиент туралы ескертпелер, барлық агентке көрінеді</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="111"/>
        <source>+ Add a field</source>
        <translation>+ Өріс қосу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="113"/>
        <source>Conversations</source>
        <translation>Диалогтар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="128"/>
        <source>Merge with another customer…</source>
        <translation>Басқа клиентпен біріктіру…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="147"/>
        <source>Channels</source>
        <translation>Арналар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="149"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="151"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/customer_panel.py" line="182"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n диалог</numerusform>
            <numerusform>%n диалог</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="193"/>
        <source>Conversations ({0})</source>
        <translation>Диалогтар ({0})</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="277"/>
        <source>another customer</source>
        <translation>басқа клиент</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="281"/>
        <source>Merged {0} on {1}</source>
        <translation>{0} біріктірілді · {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="286"/>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="307"/>
        <source>Name saved.</source>
        <translation>Аты сақталды.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="330"/>
        <source>Add a field</source>
        <translation>Өріс қосу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="330"/>
        <source>Field name:</source>
        <translation>Өріс атауы:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="368"/>
        <source>{0} merged into this customer; Undo is in the panel.</source>
        <translation>{0} осы клиентпен біріктірілді; болдырмау панельде.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="386"/>
        <source>Noted: they will not be suggested as the same customer again.</source>
        <translation>Түсінікті: оларды енді бір клиент ретінде ұсынбаймыз.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="391"/>
        <source>Merge undone.</source>
        <translation>Біріктіру болдырылмады.</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="67"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="68"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
</context>
<context>
    <name>DeskMenu</name>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="39"/>
        <source>The desk</source>
        <translation>Қолдау қызметі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="41"/>
        <source>Rules…</source>
        <translation>Ережелер…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="42"/>
        <source>Canned answers…</source>
        <translation>Жауап үлгілері…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="43"/>
        <source>KPI dashboard…</source>
        <translation>KPI көрсеткіштері…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="44"/>
        <source>Bulk notification…</source>
        <translation>Жаппай хабарлама…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="45"/>
        <source>Desk settings…</source>
        <translation>Қызмет баптаулары…</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="178"/>
        <source>Desk settings</source>
        <translation>Қызмет баптаулары</translation>
    </message>
</context>
<context>
    <name>DeskSettingsPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="93"/>
        <source>Business hours</source>
        <translation>Жұмыс уақыты</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="94"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="95"/>
        <source>Replies and surveys</source>
        <translation>Жауаптар мен сауалнамалар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="96"/>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/diagnostics.py" line="69"/>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/diagnostics.py" line="72"/>
        <source>Gathering diagnostics…</source>
        <translation>Диагностика деректері жиналуда…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/diagnostics.py" line="77"/>
        <source>Copy again</source>
        <translation>Қайта көшіру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/diagnostics.py" line="115"/>
        <source>Copied to the clipboard. Paste it into your support request; it holds no passwords, tokens or message text.</source>
        <translation>Алмасу буферіне көшірілді. Қолдау қызметіне өтінішіңізге қойыңыз: онда құпия сөздер, токендер және хабарлама мәтіні жоқ.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../omniinbox/ui/customer_history.py" line="45"/>
        <source>(no subject)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
</context>
<context>
    <name>ImageBar</name>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/conversation_view.py" line="49"/>
        <source>%n remote image(s) hidden to protect your privacy.</source>
        <translation>
            <numerusform>Құпиялылығыңызды қорғау үшін %n сыртқы сурет жасырылды.</numerusform>
            <numerusform>Құпиялылығыңызды қорғау үшін %n сыртқы сурет жасырылды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_view.py" line="50"/>
        <source>Show images from {0}</source>
        <translation>{0} жіберген суреттерді көрсету</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="62"/>
        <source>Import mail</source>
        <translation>Поштаны импорттау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="67"/>
        <source>mbox file</source>
        <translation>mbox файлы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="68"/>
        <source>Maildir folder</source>
        <translation>Maildir қалтасы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="69"/>
        <source>the file or folder to import</source>
        <translation>импорттайтын файл не қалта</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="70"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="72"/>
        <source>Imported mail (a new account)</source>
        <translation>Импортталған пошта (жаңа аккаунт)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="83"/>
        <source>e.g. support@shop.kz, sales@shop.kz</source>
        <translation>мысалы, support@shop.kz, sales@shop.kz</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="84"/>
        <source>Mail from these addresses is the desk&apos;s own (outgoing)</source>
        <translation>Бұл мекенжайлардан келген хаттар — қызметтің өз хаттары (шығыс)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="95"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="99"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="112"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="116"/>
        <source>Path</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="117"/>
        <source>Into account</source>
        <translation>Аккаунтқа</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="118"/>
        <source>Our addresses</source>
        <translation>Біздің мекенжайлар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="133"/>
        <source>Choose a Maildir folder</source>
        <translation>Maildir қалтасын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="136"/>
        <source>Choose an mbox file</source>
        <translation>mbox файлын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="136"/>
        <source>Mail (*.mbox *);;All (*)</source>
        <translation>Пошта (*.mbox *);;Барлығы (*)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="150"/>
        <source>Choose the file or folder to import first.</source>
        <translation>Алдымен импорттайтын файлды не қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="158"/>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="172"/>
        <source>Stopping after the current batch…</source>
        <translation>Ағымдағы бөліктен кейін тоқтаймыз…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="214"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n жаңа</numerusform>
            <numerusform>%n жаңа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="215"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n бұрыннан бар</numerusform>
            <numerusform>%n бұрыннан бар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="217"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n оқылмады</numerusform>
            <numerusform>%n оқылмады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="225"/>
        <source>Stopped: %n new messages imported so far.</source>
        <translation>
            <numerusform>Тоқтатылды: әзірге %n жаңа хабарлама импортталды.</numerusform>
            <numerusform>Тоқтатылды: әзірге %n жаңа хабарлама импортталды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="226"/>
        <source>Import the same source again to continue where it stopped.</source>
        <translation>Тоқтаған жерден жалғастыру үшін сол дереккөзді қайта импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="228"/>
        <source>Nothing new: everything in this source is already in the desk.</source>
        <translation>Жаңа ештеңе жоқ: бұл дереккөздегінің бәрі қызметте бар.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="231"/>
        <source>Done: %n new messages imported.</source>
        <translation>
            <numerusform>Дайын: %n жаңа хабарлама импортталды.</numerusform>
            <numerusform>Дайын: %n жаңа хабарлама импортталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="232"/>
        <source>%n were already there.</source>
        <translation>
            <numerusform>%n бұрыннан бар еді.</numerusform>
            <numerusform>%n бұрыннан бар еді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="235"/>
        <source>%n could not be read (listed below).</source>
        <translation>
            <numerusform>%n оқылмады (тізімі төменде).</numerusform>
            <numerusform>%n оқылмады (тізімі төменде).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="41"/>
        <source>Add an account</source>
        <translation>Аккаунт қосу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="42"/>
        <source>Where do your customers write to you?</source>
        <translation>Клиенттер сізге қайда жазады?</translation>
    </message>
</context>
<context>
    <name>KpiDashboard</name>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="61"/>
        <source>Support KPIs</source>
        <translation>Қолдау KPI</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="71"/>
        <source>All channels</source>
        <translation>Барлық арналар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="75"/>
        <source>All accounts</source>
        <translation>Барлық аккаунттар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="79"/>
        <source>All agents</source>
        <translation>Барлық агенттер</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="82"/>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="83"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="84"/>
        <source>Export CSV…</source>
        <translation>CSV-ге экспорттау…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="85"/>
        <source>Export JSON…</source>
        <translation>JSON-ға экспорттау…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="88"/>
        <source>Measure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="88"/>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="91"/>
        <source>Conversations by channel</source>
        <translation>Арналар бойынша диалогтар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="92"/>
        <source>Conversations by category</source>
        <translation>Санаттар бойынша диалогтар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="93"/>
        <source>Open conversations by age</source>
        <translation>Ашық диалогтар жасы бойынша</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="94"/>
        <source>Business minutes (median and 90th percentile)</source>
        <translation>Жұмыс минуттары (медиана және 90-процентиль)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="107"/>
        <source>From – to</source>
        <translation>Бастап – дейін</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="111"/>
        <source>Only</source>
        <translation>Тек</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="173"/>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="178"/>
        <source>first response, median</source>
        <translation>алғашқы жауап, медиана</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="179"/>
        <source>first response, p90</source>
        <translation>алғашқы жауап, p90</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="180"/>
        <source>resolution, median</source>
        <translation>шешу, медиана</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="181"/>
        <source>resolution, p90</source>
        <translation>шешу, p90</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="191"/>
        <source>Conversations</source>
        <translation>Диалогтар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="192"/>
        <source>Conversations on</source>
        <translation>Арна бойынша диалогтар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="193"/>
        <source>Conversations in</source>
        <translation>Санат бойынша диалогтар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="194"/>
        <source>First response, business minutes</source>
        <translation>Алғашқы жауап, жұмыс минуттары</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="195"/>
        <source>Not answered yet</source>
        <translation>Әлі жауап берілмеген</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="196"/>
        <source>Resolved</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="197"/>
        <source>Resolution, business minutes</source>
        <translation>Шешу, жұмыс минуттары</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="198"/>
        <source>Resolved at first contact</source>
        <translation>Алғашқы байланыста шешілді</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="199"/>
        <source>Came back within 7 days</source>
        <translation>7 күн ішінде қайта жазды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="200"/>
        <source>Reopened</source>
        <translation>Қайта ашылды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="201"/>
        <source>SLA met</source>
        <translation>SLA орындалды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="202"/>
        <source>Satisfaction, average of 5</source>
        <translation>Қанағаттану, 5-тен орташа</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="203"/>
        <source>Satisfied (4 or 5)</source>
        <translation>Риза (4 немесе 5)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="204"/>
        <source>Answered the survey</source>
        <translation>Сауалнамаға жауап берді</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="205"/>
        <source>Open, aged</source>
        <translation>Ашық, жасы бойынша</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="208"/>
        <source>count</source>
        <translation>саны</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="209"/>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="210"/>
        <source>90th percentile</source>
        <translation>90-процентиль</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="211"/>
        <source>mean</source>
        <translation>орташа</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="218"/>
        <source>n/a</source>
        <translation>ж/е</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="234"/>
        <source>Export KPIs</source>
        <translation>KPI экспорттау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="236"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="236"/>
        <source>JSON files (*.json)</source>
        <translation>JSON файлдары (*.json)</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="98"/>
        <source>Search  ·  from: channel: status: tag: #ticket</source>
        <translation>Іздеу  ·  from: channel: status: tag: #өтініш</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="116"/>
        <source>Save search</source>
        <translation>Іздеуді сақтау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="121"/>
        <source>Newest activity</source>
        <translation>Алдымен жаңалары</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="122"/>
        <source>SLA due first</source>
        <translation>Алдымен SLA мерзімі жақындары</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="123"/>
        <source>Order of the list</source>
        <translation>Тізім реті</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/list_pane.py" line="269"/>
        <source>%n conversation(s) match “{0}”</source>
        <translation>
            <numerusform>«{0}» бойынша %n диалог табылды</numerusform>
            <numerusform>«{0}» бойынша %n диалог табылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/list_pane.py" line="272"/>
        <source>{0} · %n conversation(s)</source>
        <translation>
            <numerusform>{0} · %n диалог</numerusform>
            <numerusform>{0} · %n диалог</numerusform>
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
        <translation>Жауап сақталды. Демо нұсқада ештеңе жіберілмейді.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/main_window.py" line="199"/>
        <source>Reply queued; it goes out when the account is online.</source>
        <translation>Жауап кезекте; аккаунт желіге қосылғанда жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/main_window.py" line="206"/>
        <source>Demo desk: replies stay on this computer and are never sent</source>
        <translation>Демо: жауаптар осы компьютерде қалады және ешқайда жіберілмейді</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="107"/>
        <source>Profile saved.</source>
        <translation>Профиль сақталды.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="58"/>
        <source>Merge customers</source>
        <translation>Клиенттерді біріктіру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="64"/>
        <source>Find the other customer. Their addresses, handles and conversations move to {0}; you can undo the merge later.</source>
        <translation>Басқа клиентті табыңыз. Оның мекенжайлары, аккаунттары мен диалогтары {0} клиентіне ауысады; біріктіруді кейін болдырмауға болады.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="71"/>
        <source>Name, address, handle or #ticket</source>
        <translation>Аты, мекенжайы, аккаунты немесе #өтініш</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="78"/>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/customer_merge.py" line="113"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n диалог</numerusform>
            <numerusform>%n диалог</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeSuggestions</name>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="147"/>
        <source>same name</source>
        <translation>аты бірдей</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="149"/>
        <source>same handle on {0}: {1}</source>
        <translation>{0} арнасында бірдей аккаунт: {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="176"/>
        <source>Possibly the same customer: {0} ({1})</source>
        <translation>Бұл сол клиент болуы мүмкін: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="185"/>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="186"/>
        <source>Make them one customer; you can undo it</source>
        <translation>Бір клиентке біріктіру; кейін болдырмауға болады</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="192"/>
        <source>Not the same</source>
        <translation>Бұл басқа адамдар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="193"/>
        <source>Different people: do not suggest this again</source>
        <translation>Басқа адамдар: енді ұсынбау</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="71"/>
        <source>Show OmniInbox</source>
        <translation>OmniInbox көрсету</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/tray.py" line="90"/>
        <source>OmniInbox: %n unread conversation(s)</source>
        <translation>
            <numerusform>OmniInbox: %n оқылмаған диалог</numerusform>
            <numerusform>OmniInbox: %n оқылмаған диалог</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="112"/>
        <source>A customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="113"/>
        <source>New message from {0}</source>
        <translation>{0} жаңа хабарлама жіберді</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="117"/>
        <source>New messages</source>
        <translation>Жаңа хабарламалар</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/tray.py" line="117"/>
        <location filename="../../omniinbox/ui/tray.py" line="142"/>
        <source>%n more conversation(s)</source>
        <translation>
            <numerusform>Тағы %n диалог</numerusform>
            <numerusform>Тағы %n диалог</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="123"/>
        <source>SLA breached: ticket #{0}</source>
        <translation>SLA бұзылды: өтініш #{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="134"/>
        <source>Escalated to you: ticket #{0}</source>
        <translation>Сізге жіберілді: өтініш #{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="136"/>
        <source>For you: ticket #{0}</source>
        <translation>Сізге: өтініш #{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="142"/>
        <source>Escalated to you</source>
        <translation>Сізге жіберілді</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="165"/>
        <source>Outbox</source>
        <translation>Шығыс</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="180"/>
        <source>Nothing is waiting: every reply went out.</source>
        <translation>Кезек бос: барлық жауап жіберілді.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="182"/>
        <source>Try again</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="185"/>
        <source>Open conversation</source>
        <translation>Диалогты ашу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="232"/>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="282"/>
        <source>Send again?</source>
        <translation>Қайта жіберу керек пе?</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="234"/>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="283"/>
        <source>The customer may already have this reply: the channel could not confirm it. Send it again anyway?</source>
        <translation>Клиент бұл жауапты алып қойған болуы мүмкін: арна растай алмады. Бәрібір қайта жіберу керек пе?</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="78"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="79"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="80"/>
        <source>Ticket</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="81"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="82"/>
        <source>Tries</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="83"/>
        <source>Last error</source>
        <translation>Соңғы қате</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="115"/>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="116"/>
        <source>Sending</source>
        <translation>Жіберілуде</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="117"/>
        <source>Failed</source>
        <translation>Қате</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="118"/>
        <source>May not have gone out</source>
        <translation>Жіберілмеген болуы мүмкін</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="123"/>
        <source>Reply</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="124"/>
        <source>Mark read on the channel</source>
        <translation>Арнада оқылды деп белгілеу</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="33"/>
        <source>Secrets file passphrase</source>
        <translation>Құпиялар файлының құпия сөзі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="38"/>
        <source>There is no system keyring on this computer, so OmniInbox keeps passwords and tokens in an encrypted file in the workspace ({0}). Choose a passphrase for it and keep it safe: without it the credentials cannot be recovered.</source>
        <translation>Бұл компьютерде жүйелік құпия сөз қоймасы жоқ, сондықтан OmniInbox құпия сөздер мен токендерді жұмыс қалтасындағы шифрланған файлда сақтайды ({0}). Оған құпия сөз ойлап табыңыз және жоғалтпаңыз: онсыз тіркелгі деректерін қалпына келтіру мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="43"/>
        <source>Enter the passphrase of the encrypted secrets file ({0}).</source>
        <translation>Шифрланған құпиялар файлының құпия сөзін енгізіңіз ({0}).</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="52"/>
        <source>Passphrase:</source>
        <translation>Құпия сөз:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="56"/>
        <source>Type it again:</source>
        <translation>Қайта енгізіңіз:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="74"/>
        <source>The passphrase cannot be empty.</source>
        <translation>Құпия сөз бос болмауы керек.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="76"/>
        <source>The two passphrases differ.</source>
        <translation>Құпия сөздер сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="279"/>
        <source>Your profile</source>
        <translation>Сіздің профиліңіз</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="284"/>
        <source>Tell customers who is answering, and when the desk is open. You can change all of this later in Settings.</source>
        <translation>Клиенттерге кім жауап беретінін және қызмет қашан жұмыс істейтінін көрсетіңіз. Мұның бәрін кейін баптауларда өзгертуге болады.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="294"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="297"/>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="54"/>
        <source>e.g. Aigerim Sadykova</source>
        <translation>мысалы, Айгерім Садықова</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="56"/>
        <source>Your name:</source>
        <translation>Атыңыз:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="57"/>
        <source>Signed on every answer you send: customers see it.</source>
        <translation>Әр жауабыңыздың соңында тұрады: оны клиенттер көреді.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="61"/>
        <source>Your email:</source>
        <translation>Поштаңыз:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="65"/>
        <source>Signature:</source>
        <translation>Қолтаңба:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="76"/>
        <source>Time zone:</source>
        <translation>Уақыт белдеуі:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="93"/>
        <source>Opening hours:</source>
        <translation>Жұмыс уақыты:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="98"/>
        <source>Ranges like 09:00-13:00, 14:00-18:00. SLA clocks run only while the desk is open; holidays are in Settings, Desk.</source>
        <translation>09:00-13:00, 14:00-18:00 түріндегі аралықтар. SLA уақыты тек қызмет жұмыс істеп тұрғанда жүреді; мерекелер — Баптаулардағы «Қызмет» бөлімінде.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="108"/>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="109"/>
        <source>A new language applies when OmniInbox restarts.</source>
        <translation>Жаңа тіл OmniInbox қайта іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="142"/>
        <source>Your name is needed: customers see it on every answer.</source>
        <translation>Атыңыз керек: клиенттер оны әр жауапта көреді.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="149"/>
        <source>Choose a time zone from the list.</source>
        <translation>Тізімнен уақыт белдеуін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="158"/>
        <source>{0}: write hours as 09:00-18:00.</source>
        <translation>{0}: сағаттарды 09:00-18:00 түрінде жазыңыз.</translation>
    </message>
</context>
<context>
    <name>RepliesPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="50"/>
        <source>Protects against loops with other auto-responders</source>
        <translation>Басқа автожауапберушілермен шексіз айналымнан қорғайды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="51"/>
        <source>After a score of 1 or 2, ask what went wrong</source>
        <translation>1 немесе 2 баға қойылса, не дұрыс болмағанын сұрау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="55"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="55"/>
        <source>Acknowledge</source>
        <translation>Автожауап</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="55"/>
        <source>Survey</source>
        <translation>Сауалнама</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="62"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="63"/>
        <source>never reopen</source>
        <translation>қайта ашпау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="65"/>
        <source>Automatic acknowledgement</source>
        <translation>Автоматты растау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="69"/>
        <source>A new conversation is answered at once with its ticket number and when to expect an answer. Auto-replies, bounces and mailing lists are never answered.</source>
        <translation>Жаңа диалогқа бірден өтініш нөмірі мен жауап мерзімі бар хабар жіберіледі. Автожауаптарға, қайтарылған хаттарға және таратылымдарға жауап берілмейді.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="75"/>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="79"/>
        <source>On these channels</source>
        <translation>Осы арналарда</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="76"/>
        <source>At most per sender and day</source>
        <translation>Бір жіберушіге күніне ең көбі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="77"/>
        <source>Satisfaction survey on resolve</source>
        <translation>Шешілгенде қанағаттану сауалнамасы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="81"/>
        <source>Per account (overrides the channel)</source>
        <translation>Аккаунттар бойынша (арна баптауынан басым)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="83"/>
        <source>Reopening</source>
        <translation>Қайта ашу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="86"/>
        <source>A customer reply reopens a resolved conversation within</source>
        <translation>Клиенттің жауабы шешілген диалогты мына мерзім ішінде қайта ашады</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="88"/>
        <source>Later replies start a new conversation linked to the old one.</source>
        <translation>Кейінгі жауаптар ескісімен байланысты жаңа диалог бастайды.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="98"/>
        <source>As its channel</source>
        <translation>Арнадағыдай</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="99"/>
        <source>On</source>
        <translation>Қосулы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="100"/>
        <source>Off</source>
        <translation>Өшірулі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="105"/>
        <source>The demo desk never sends anything</source>
        <translation>Демо ешқайда ештеңе жібермейді</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="74"/>
        <source>Reply</source>
        <translation>Жауап беру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="77"/>
        <source>Internal note</source>
        <translation>Ішкі ескертпе</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="88"/>
        <source>Answer on the customer&apos;s channel or another of theirs</source>
        <translation>Клиенттің арнасында немесе оның басқа арнасында жауап беру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="102"/>
        <source>Canned answers (type / at the start of a line)</source>
        <translation>Жауап үлгілері (жол басында / теріңіз)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="104"/>
        <source>Send</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="106"/>
        <source>Queue the reply to the customer (Ctrl+Enter)</source>
        <translation>Жауапты жіберу кезегіне қою (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="108"/>
        <source>Send and resolve</source>
        <translation>Жіберу және шешу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="110"/>
        <source>Send, then mark resolved (Ctrl+Shift+Enter)</source>
        <translation>Жіберіп, шешілді деп белгілеу (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="112"/>
        <source>Add internal note</source>
        <translation>Ескертпе қосу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="114"/>
        <source>Only agents see notes; the customer never does</source>
        <translation>Ескертпелерді тек агенттер көреді, клиент ешқашан көрмейді</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="122"/>
        <source>Fill in: {0}</source>
        <translation>Толтырыңыз: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="142"/>
        <source>To:</source>
        <translation>Кімге:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="248"/>
        <source>A note for your colleagues; the customer never sees it…</source>
        <translation>Әріптестерге ескертпе; клиент оны көрмейді…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="250"/>
        <source>Ctrl+Enter adds the note</source>
        <translation>Ctrl+Enter — ескертпе қосу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="252"/>
        <source>the customer</source>
        <translation>клиентке</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="257"/>
        <source>Reply to {0} by {1}…</source>
        <translation>Жауап: {0}, арна {1}…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="258"/>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter — жіберу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="269"/>
        <source>Signed: {0}</source>
        <translation>Қолтаңба: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="367"/>
        <source>Answered on {0} in ticket {1}.</source>
        <translation>{0} арнасында жауап берілді, өтініш {1}.</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="63"/>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="72"/>
        <source>all conditions hold</source>
        <translation>барлық шарт орындалды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="73"/>
        <source>any condition holds</source>
        <translation>кез келген шарт орындалды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="74"/>
        <source>Stop: later rules do not run when this one matches</source>
        <translation>Тоқта: бұл ереже орындалса, келесілері іске қосылмайды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="75"/>
        <source>Enabled</source>
        <translation>Қосулы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="77"/>
        <source>Add condition</source>
        <translation>Шарт қосу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="78"/>
        <source>Add action</source>
        <translation>Әрекет қосу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="79"/>
        <source>Which past conversations would match?</source>
        <translation>Қай өткен диалогтар сәйкес келер еді?</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="88"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="89"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="90"/>
        <source>If</source>
        <translation>Егер</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="91"/>
        <source>Conditions</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="92"/>
        <source>Then</source>
        <translation>Онда</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="126"/>
        <source>Give the rule a name.</source>
        <translation>Ережеге атау беріңіз.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="130"/>
        <source>&apos;{0}&apos; does not apply to {1}.</source>
        <translation>«{0}» «{1}» үшін қолданылмайды.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="155"/>
        <source> and {0} more</source>
        <translation> және тағы {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="157"/>
        <source>It would have matched {0} of the latest conversations: {1}{2}</source>
        <translation>Соңғы диалогтардың {0} сәйкес келер еді: {1}{2}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="162"/>
        <source>No past conversation would have matched.</source>
        <translation>Бірде-бір өткен диалог сәйкес келмес еді.</translation>
    </message>
</context>
<context>
    <name>RuleRows</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="37"/>
        <source>channel</source>
        <translation>арна</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="38"/>
        <source>account</source>
        <translation>аккаунт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="39"/>
        <source>sender</source>
        <translation>жіберуші</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="40"/>
        <source>subject</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="41"/>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="42"/>
        <source>subject or text</source>
        <translation>тақырып немесе мәтін</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="43"/>
        <source>language</source>
        <translation>тіл</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="44"/>
        <source>customer tag</source>
        <translation>клиент тегі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="45"/>
        <source>in business hours</source>
        <translation>жұмыс уақытында</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="46"/>
        <source>priority</source>
        <translation>басымдық</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="47"/>
        <source>status</source>
        <translation>күйі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="48"/>
        <source>minutes since the last message</source>
        <translation>соңғы хабарламадан кейінгі минуттар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="56"/>
        <source>is</source>
        <translation>тең</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="57"/>
        <source>is not</source>
        <translation>тең емес</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="58"/>
        <source>contains</source>
        <translation>қамтиды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="59"/>
        <source>does not contain</source>
        <translation>қамтымайды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="60"/>
        <source>has the word</source>
        <translation>сөзі бар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="61"/>
        <source>matches the pattern</source>
        <translation>үлгіге сәйкес</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="62"/>
        <source>at least</source>
        <translation>кемінде</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="63"/>
        <source>at most</source>
        <translation>көп дегенде</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="69"/>
        <source>set the category</source>
        <translation>санатты орнату</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="70"/>
        <source>add a tag</source>
        <translation>тег қосу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="71"/>
        <source>set the priority</source>
        <translation>басымдықты орнату</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="72"/>
        <source>assign to</source>
        <translation>тағайындау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="73"/>
        <source>assign in turn</source>
        <translation>кезекпен тағайындау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="74"/>
        <source>reply with a template</source>
        <translation>үлгімен жауап беру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="75"/>
        <source>escalate to</source>
        <translation>жоғары жіберу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="76"/>
        <source>snooze</source>
        <translation>кейінге қалдыру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="77"/>
        <source>resolve</source>
        <translation>шешу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="78"/>
        <source>add a helper</source>
        <translation>көмекші қосу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="79"/>
        <source>notify</source>
        <translation>хабарлау</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="38"/>
        <source>A new conversation starts</source>
        <translation>Жаңа диалог басталады</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="41"/>
        <source>A customer writes again</source>
        <translation>Клиент қайта жазады</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="42"/>
        <source>The status changes</source>
        <translation>Күйі өзгереді</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="43"/>
        <source>An SLA target is nearly due</source>
        <translation>SLA мерзімі жақындап қалды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="46"/>
        <source>An SLA target is breached</source>
        <translation>SLA мерзімі бұзылды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="49"/>
        <source>Time passes (checked every 30 seconds)</source>
        <translation>Уақыт өтеді (әр 30 секунд сайын тексеріледі)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="181"/>
        <source>Rules</source>
        <translation>Ережелер</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="185"/>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="186"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="187"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="188"/>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="189"/>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="208"/>
        <source>Rules run from the top; each can stop the ones below.</source>
        <translation>Ережелер жоғарыдан төмен орындалады; әрқайсысы төмендегілерді тоқтата алады.</translation>
    </message>
</context>
<context>
    <name>SchemaForm</name>
    <message>
        <location filename="../../omniinbox/ui/account_form.py" line="150"/>
        <source>Edit the server settings</source>
        <translation>Сервер баптауларын өзгерту</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_form.py" line="155"/>
        <source>Advanced settings</source>
        <translation>Қосымша баптаулар</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="103"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="134"/>
        <source>Appearance</source>
        <translation>Сыртқы түрі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="135"/>
        <source>A new language applies when OmniInbox restarts.</source>
        <translation>Жаңа тіл OmniInbox қайта іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="139"/>
        <source>Notifications</source>
        <translation>Хабарландырулар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="181"/>
        <source>Check the settings on the page “{0}”.</source>
        <translation>«{0}» бетіндегі баптауларды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="118"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="120"/>
        <source>Accounts</source>
        <translation>Аккаунттар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="128"/>
        <source>Desk</source>
        <translation>Қызмет</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="49"/>
        <source>Provider:</source>
        <translation>Провайдер:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="66"/>
        <source>Name in OmniInbox:</source>
        <translation>OmniInbox-тағы атауы:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="81"/>
        <source>{0}: account settings</source>
        <translation>{0}: аккаунт баптаулары</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="133"/>
        <source>Filled in for {0}: {1}.</source>
        <translation>{0} үшін толтырылды: {1}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="173"/>
        <source>The account needs a name.</source>
        <translation>Аккаунтқа атау керек.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="175"/>
        <source>Finish or cancel the sign-in in the browser first.</source>
        <translation>Алдымен браузердегі кіруді аяқтаңыз немесе тоқтатыңыз.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="178"/>
        <source>Check the highlighted settings.</source>
        <translation>Белгіленген баптауларды тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../omniinbox/ui/shortcut_sheet.py" line="48"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
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
        <translation>Демо</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="43"/>
        <source>A sample desk: nothing here reaches a real customer</source>
        <translation>Демо қызмет: бұл жерден нақты клиенттерге ештеңе жетпейді</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="48"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="55"/>
        <source>Command palette (Ctrl+K)</source>
        <translation>Командалар палитрасы (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="81"/>
        <source>Look</source>
        <translation>Көрініс</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="99"/>
        <source>Desk</source>
        <translation>Қызмет</translation>
    </message>
</context>
<context>
    <name>SignInRow</name>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="51"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="80"/>
        <source>Sign in with {0}…</source>
        <translation>{0} арқылы кіру…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="82"/>
        <source>Sign in in the browser…</source>
        <translation>Браузерде кіру…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="121"/>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Браузерде кіруіңізді күтудеміз…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="136"/>
        <source>Sign-in cancelled.</source>
        <translation>Кіру тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="142"/>
        <source>Signed in. The tokens are kept in the keyring when you save.</source>
        <translation>Кірдіңіз. Сақтағанда токендер құпия сөз қоймасында сақталады.</translation>
    </message>
</context>
<context>
    <name>SlaPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="35"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="46"/>
        <source>First response</source>
        <translation>Алғашқы жауап</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="47"/>
        <source>Next response</source>
        <translation>Келесі жауап</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="48"/>
        <source>Resolution</source>
        <translation>Шешу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="56"/>
        <source>not tracked</source>
        <translation>бақыланбайды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="62"/>
        <source>Targets count business minutes only (the calendar&apos;s opening hours). First response runs from the first message to the first answer; next response from each later customer message to the answer; resolution until the conversation is resolved.</source>
        <translation>Мерзімдер тек жұмыс минуттарымен есептеледі (күнтізбедегі жұмыс уақыты бойынша). Алғашқы жауап — алғашқы хабарламадан алғашқы жауапқа дейін; келесі жауап — клиенттің әр жаңа хабарламасынан жауапқа дейін; шешу — диалог шешілгенге дейін.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="69"/>
        <source>Targets per priority</source>
        <translation>Басымдық бойынша мерзімдер</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="73"/>
        <source>Pause the clocks while a conversation is pending</source>
        <translation>Диалог клиентті күтіп тұрғанда уақыт есебін тоқтату</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="74"/>
        <source>Pending: waiting for the customer</source>
        <translation>Күтуде: клиенттің жауабын күтудеміз</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="78"/>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="79"/>
        <source>off</source>
        <translation>өшірулі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="82"/>
        <source>Due soon when this much is used</source>
        <translation>Осынша жұмсалғанда «мерзімі жақын»</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="83"/>
        <source>or when less than this is left</source>
        <translation>немесе осыдан аз қалғанда</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="57"/>
        <source>Snooze until</source>
        <translation>Мына уақытқа дейін қалдыру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="67"/>
        <source>Snooze</source>
        <translation>Кейінге қалдыру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="71"/>
        <source>The conversation comes back to the inbox then.</source>
        <translation>Сол уақытта диалог кіріс жәшігіне қайтады.</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="90"/>
        <source>&amp;1  In one hour</source>
        <translation>&amp;1  Бір сағаттан кейін</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="91"/>
        <source>&amp;2  Tomorrow, 9:00</source>
        <translation>&amp;2  Ертең, 9:00</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="92"/>
        <source>&amp;3  Next week, Monday 9:00</source>
        <translation>&amp;3  Келесі апта, дүйсенбі 9:00</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="100"/>
        <source>&amp;4  Pick a date and time…</source>
        <translation>&amp;4  Күн мен уақытты таңдау…</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="65"/>
        <source>See the outbox; retry what failed</source>
        <translation>Шығыс жәшігін ашып, сәтсіздерін қайталау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="104"/>
        <source>connecting</source>
        <translation>қосылуда</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="105"/>
        <source>up to date</source>
        <translation>жаңартылған</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="106"/>
        <source>syncing</source>
        <translation>синхрондалуда</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="107"/>
        <source>offline</source>
        <translation>желіден тыс</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="108"/>
        <source>the password or token was not accepted</source>
        <translation>құпия сөз немесе токен қабылданбады</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="109"/>
        <source>stopped by an error</source>
        <translation>қатеге байланысты тоқтады</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="110"/>
        <source>turned off</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="113"/>
        <source>syncing {0} of {1}</source>
        <translation>синхрондау: {1} ішінен {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="117"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="123"/>
        <source>No accounts are syncing</source>
        <translation>Синхрондалатын аккаунт жоқ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="131"/>
        <source>online</source>
        <translation>желіде</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="152"/>
        <source>Syncing {0} of {1}</source>
        <translation>Синхрондау: {1} ішінен {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/status_line.py" line="167"/>
        <source>%n waiting to sync</source>
        <translation>
            <numerusform>%n жіберуді күтуде</numerusform>
            <numerusform>%n жіберуді күтуде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/status_line.py" line="169"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n қатемен</numerusform>
            <numerusform>%n қатемен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/status_line.py" line="171"/>
        <source>%n may not have gone out</source>
        <translation>
            <numerusform>%n жіберілмеген болуы мүмкін</numerusform>
            <numerusform>%n жіберілмеген болуы мүмкін</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="173"/>
        <source>Outbox: {0}</source>
        <translation>Шығыс: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="175"/>
        <source>Outbox: nothing waiting</source>
        <translation>Шығыс: кезек бос</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="51"/>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="51"/>
        <source>Tags of {0} conversations</source>
        <translation>Диалогтар тегтері ({0})</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="55"/>
        <source>Type a tag and press Enter</source>
        <translation>Тегті теріп, Enter басыңыз</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="92"/>
        <source>Space ticks the selected tag; Ctrl+Enter saves.</source>
        <translation>Бос орын таңдалған тегті белгілейді; Ctrl+Enter — сақтау.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="38"/>
        <source>Templates</source>
        <translation>Үлгілер</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="41"/>
        <source>Search templates</source>
        <translation>Үлгілерді іздеу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="49"/>
        <source>Only for me</source>
        <translation>Тек маған</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="58"/>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="59"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="60"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="79"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="80"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="82"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="84"/>
        <source>Variables: {0}</source>
        <translation>Айнымалылар: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="88"/>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="117"/>
        <source>personal</source>
        <translation>жеке</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="117"/>
        <source>shared</source>
        <translation>ортақ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="163"/>
        <source>Aigerim Nurlanovna</source>
        <translation>Айгерім Нұрланқызы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="164"/>
        <source>Dana Sultanova</source>
        <translation>Дана Сұлтанова</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="165"/>
        <source>Order 1042</source>
        <translation>1042 тапсырысы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="167"/>
        <source>within 60 minutes</source>
        <translation>60 минут ішінде</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="168"/>
        <source>Shop</source>
        <translation>Дүкен</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="173"/>
        <source>Unknown variables: {0}</source>
        <translation>Белгісіз айнымалылар: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="186"/>
        <source>The desk&apos;s own texts are shared, never personal.</source>
        <translation>Қызмет мәтіндері әрқашан ортақ, жеке емес.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="209"/>
        <source>Shipped templates are kept; edit the text instead.</source>
        <translation>Кірістірілген үлгілер жойылмайды — мәтінін өзгертіңіз.</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/timeline.py" line="37"/>
        <source>%n earlier messages are not shown</source>
        <translation>
            <numerusform>Бұрынғы %n хабарлама көрсетілмеген</numerusform>
            <numerusform>Бұрынғы %n хабарлама көрсетілмеген</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="56"/>
        <source>Marked {0}.</source>
        <translation>Белгіленді: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="57"/>
        <source>{0} conversations marked {1}.</source>
        <translation>«{1}» деп белгіленген диалогтар: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="68"/>
        <source>Resolved.</source>
        <translation>Шешілді.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="68"/>
        <source>{0} conversations resolved.</source>
        <translation>Шешілген диалогтар: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="80"/>
        <source>Snoozed until {0}.</source>
        <translation>{0} дейін кейінге қалдырылды.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="81"/>
        <source>{0} conversations snoozed until {1}.</source>
        <translation>{1} дейін қалдырылған диалогтар: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="94"/>
        <source>Unassigned.</source>
        <translation>Тағайындау алынды.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="94"/>
        <source>{0} conversations unassigned.</source>
        <translation>Тағайындау алынған диалогтар: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="98"/>
        <source>Assigned to you.</source>
        <translation>Сізге тағайындалды.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="98"/>
        <source>{0} conversations assigned to you.</source>
        <translation>Сізге тағайындалған диалогтар: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="103"/>
        <source>Assigned to {0}.</source>
        <translation>Тағайындалды: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="104"/>
        <source>{0} conversations assigned to {1}.</source>
        <translation>{1} агентіне тағайындалған диалогтар: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="116"/>
        <source>Collaborators updated.</source>
        <translation>Көмекшілер жаңартылды.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="127"/>
        <source>Priority: {0}.</source>
        <translation>Басымдық: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="134"/>
        <source>Category: {0}.</source>
        <translation>Санат: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="134"/>
        <source>Category cleared.</source>
        <translation>Санат алынды.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="154"/>
        <source>Tags updated.</source>
        <translation>Тегтер жаңартылды.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="155"/>
        <source>Tags of {0} conversations updated.</source>
        <translation>Тегтері жаңартылған диалогтар: {0}.</translation>
    </message>
</context>
<context>
    <name>ViewList</name>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="171"/>
        <source>Channels</source>
        <translation>Арналар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="172"/>
        <source>Accounts</source>
        <translation>Аккаунттар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="173"/>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="174"/>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="175"/>
        <source>Saved searches</source>
        <translation>Сақталған іздеулер</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="270"/>
        <source>Delete saved search</source>
        <translation>Сақталған іздеуді жою</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="130"/>
        <source>Inbox</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="136"/>
        <source>Mine</source>
        <translation>Менікі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="142"/>
        <source>Others’</source>
        <translation>Әріптестерде</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="150"/>
        <source>SLA due soon</source>
        <translation>SLA мерзімі жақын</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="157"/>
        <source>Pending</source>
        <translation>Клиентті күтуде</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="163"/>
        <source>Snoozed</source>
        <translation>Кейінге қалдырылғандар</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="169"/>
        <source>Resolved</source>
        <translation>Шешілгендер</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="175"/>
        <source>All conversations</source>
        <translation>Барлық диалогтар</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="36"/>
        <location filename="../../omniinbox/ui/welcome.py" line="47"/>
        <source>Welcome to OmniInbox</source>
        <translation>OmniInbox-қа қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="57"/>
        <source>One inbox for your shop&apos;s email, Telegram and X: every customer&apos;s messages in one place, answered by your team. Everything is kept on this computer; passwords go to the system keyring.</source>
        <translation>Дүкеніңіздің поштасы, Telegram және X үшін бір кіріс жәшігі: клиенттердің барлық хабарламасы бір жерде, оларға командаңыз жауап береді. Бәрі осы компьютерде сақталады, құпия сөздер — жүйелік құпия сөз қоймасында.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="65"/>
        <source>Add an account</source>
        <translation>Аккаунт қосу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="66"/>
        <source>Connect a mailbox, a Telegram bot or an X account and start answering.</source>
        <translation>Пошта жәшігін, Telegram ботын немесе X аккаунтын қосып, жауап бере бастаңыз.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="74"/>
        <source>Explore the demo</source>
        <translation>Демоны қарау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="76"/>
        <source>A sample shop with customers in six languages, to try everything safely. Nothing is sent anywhere; it stays beside your own workspace.</source>
        <translation>Алты тілдегі клиенттері бар үлгі дүкен — бәрін қауіпсіз байқап көруге. Ештеңе ешқайда жіберілмейді; демо жұмыс қалтаңыздан бөлек сақталады.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome_flow.py" line="77"/>
        <source>No account was added.</source>
        <translation>Аккаунт қосылмады.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="55"/>
        <source>Moving around</source>
        <translation>Жылжу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="55"/>
        <source>The conversation</source>
        <translation>Диалог</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="55"/>
        <source>The app</source>
        <translation>Қолданба</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="57"/>
        <source>Next conversation</source>
        <translation>Келесі диалог</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="58"/>
        <source>Previous conversation</source>
        <translation>Алдыңғы диалог</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="61"/>
        <source>Add the next to the selection</source>
        <translation>Келесісін таңдалғандарға қосу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="68"/>
        <source>Add the previous to the selection</source>
        <translation>Алдыңғысын таңдалғандарға қосу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="73"/>
        <source>Select or unselect this one</source>
        <translation>Таңдау немесе таңдауды алу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="74"/>
        <source>Open the conversation</source>
        <translation>Диалогты ашу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="78"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="80"/>
        <source>Command palette</source>
        <translation>Командалар палитрасы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="83"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="85"/>
        <source>Back to the list</source>
        <translation>Тізімге оралу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="92"/>
        <source>Go to {0}</source>
        <translation>Өту: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="94"/>
        <source>Reply</source>
        <translation>Жауап беру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="95"/>
        <source>Internal note</source>
        <translation>Ішкі ескертпе</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="96"/>
        <location filename="../../omniinbox/ui/window_actions.py" line="182"/>
        <source>Resolve</source>
        <translation>Шешу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="97"/>
        <location filename="../../omniinbox/ui/window_actions.py" line="179"/>
        <source>Assign to me</source>
        <translation>Маған тағайындау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="98"/>
        <location filename="../../omniinbox/ui/window_actions.py" line="181"/>
        <source>Snooze…</source>
        <translation>Кейінге қалдыру…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="99"/>
        <source>Tags…</source>
        <translation>Тегтер…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="100"/>
        <source>Priority…</source>
        <translation>Басымдық…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="103"/>
        <source>Show or hide the customer panel</source>
        <translation>Клиент панелін көрсету не жасыру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="111"/>
        <source>Merge this customer with another…</source>
        <translation>Бұл клиентті басқасымен біріктіру…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="120"/>
        <source>Mark {0}</source>
        <translation>Белгілеу: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="125"/>
        <source>Outbox…</source>
        <translation>Шығыс…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="127"/>
        <source>Sync now</source>
        <translation>Қазір синхрондау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="129"/>
        <source>Look: follow the system</source>
        <translation>Көрініс: жүйедегідей</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="130"/>
        <source>Look: light</source>
        <translation>Көрініс: ашық</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="131"/>
        <source>Look: dark</source>
        <translation>Көрініс: күңгірт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="136"/>
        <source>Desktop notifications on or off</source>
        <translation>Хабарландыруларды қосу не өшіру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="142"/>
        <source>Tray icon on or off</source>
        <translation>Науадағы белгішені қосу не өшіру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="180"/>
        <source>Tag…</source>
        <translation>Тег…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="331"/>
        <source>View: {0}</source>
        <translation>Бөлім: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="334"/>
        <source>View</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="345"/>
        <source>Open ticket #{0}</source>
        <translation>#{0} өтінішін ашу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="374"/>
        <source>Save search</source>
        <translation>Іздеуді сақтау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="374"/>
        <source>Name of the saved search:</source>
        <translation>Сақталған іздеу атауы:</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../omniinbox/ui/account_tasks.py" line="87"/>
        <source>Something went wrong ({0}). The details are in the log.</source>
        <translation>Бірдеңе дұрыс болмады ({0}). Толығырақ — журналда.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../omniinbox/ui/app.py" line="136"/>
        <source>OmniInbox cannot open {0}: {1}</source>
        <translation>OmniInbox {0} аша алмайды: {1}</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="21"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="22"/>
        <source>Pending</source>
        <translation>Клиентті күтуде</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="23"/>
        <source>Snoozed</source>
        <translation>Кейінге қалдырылды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="24"/>
        <source>Resolved</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="25"/>
        <source>Closed</source>
        <translation>Жабық</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="28"/>
        <source>Email</source>
        <translation>Пошта</translation>
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
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="34"/>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="35"/>
        <source>Normal</source>
        <translation>Қалыпты</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="36"/>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="37"/>
        <source>Urgent</source>
        <translation>Шұғыл</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="83"/>
        <source>Yesterday</source>
        <translation>Кеше</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="92"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="109"/>
        <source>{0} bytes</source>
        <translation>{0} байт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="111"/>
        <source>{0} KB</source>
        <translation>{0} КБ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="112"/>
        <source>{0} MB</source>
        <translation>{0} МБ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="141"/>
        <source>{0}m</source>
        <translation>{0} мин</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="143"/>
        <source>{0}h</source>
        <translation>{0} сағ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="144"/>
        <source>{0}d</source>
        <translation>{0} күн</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="154"/>
        <source>{0} late</source>
        <translation>{0} кешікті</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../omniinbox/ui/ops.py" line="61"/>
        <source>Something went wrong ({0}). The details are in the log.</source>
        <translation>Бірдеңе дұрыс болмады ({0}). Толығырақ — журналда.</translation>
    </message>
</context>
<context>
    <name>reply_routes</name>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="61"/>
        <source>a second address on the same channel</source>
        <translation>сол арнадағы екінші мекенжай</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="67"/>
        <source>no channel to send on</source>
        <translation>жіберетін арна жоқ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="84"/>
        <source>no conversation on that channel yet</source>
        <translation>бұл арнада әлі диалог жоқ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="102"/>
        <source>Not possible yet: {0}</source>
        <translation>Әзірге мүмкін емес: {0}</translation>
    </message>
</context>
<context>
    <name>screenshots</name>
    <message>
        <location filename="../../omniinbox/ui/screenshots.py" line="134"/>
        <source>res</source>
        <comment>typed: the start of Resolved</comment>
        <translation>шеш</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="49"/>
        <source>Light or dark colours, or as the desktop has them</source>
        <translation>Ашық не күңгірт түстер немесе жүйедегідей</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="50"/>
        <source>Theme</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="52"/>
        <location filename="../../omniinbox/ui/settings.py" line="67"/>
        <source>As the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="53"/>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="54"/>
        <source>Dark</source>
        <translation>Күңгірт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="63"/>
        <source>The language of the window; applies when OmniInbox restarts</source>
        <translation>Интерфейс тілі; OmniInbox қайта іске қосылғанда қолданылады</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="65"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="79"/>
        <source>An icon with the unread count in the system tray</source>
        <translation>Жүйелік науадағы оқылмағандар саны бар белгіше</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="80"/>
        <source>Show an icon in the system tray</source>
        <translation>Жүйелік науада белгішені көрсету</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="85"/>
        <source>A desktop notification when a customer writes</source>
        <translation>Клиент жазғанда жұмыс үстелінде хабарландыру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="86"/>
        <source>Desktop notifications for new messages</source>
        <translation>Жаңа хабарламалар туралы хабарландырулар</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="114"/>
        <source>Queued: goes out when the account is online</source>
        <translation>Кезекте: аккаунт желіге қосылғанда жіберіледі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="115"/>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="116"/>
        <source>Failed to send</source>
        <translation>Жіберу сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="117"/>
        <source>May not have gone out: check before sending again</source>
        <translation>Жіберілмеген болуы мүмкін: қайта жібермес бұрын тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="125"/>
        <source>Try again</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="141"/>
        <source>not downloaded yet</source>
        <translation>әлі жүктелмеген</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="163"/>
        <source>edited by the customer</source>
        <translation>клиент өзгертті</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="165"/>
        <source>deleted on the channel</source>
        <translation>арнада жойылды</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="175"/>
        <source>Hide quoted text</source>
        <translation>Дәйексөзді жасыру</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="177"/>
        <source>··· Show quoted text</source>
        <translation>··· Дәйексөзді көрсету</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="207"/>
        <source>Unknown sender</source>
        <translation>Белгісіз жіберуші</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="257"/>
        <source>Internal note</source>
        <translation>Ішкі ескертпе</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="288"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="290"/>
        <source>Yesterday</source>
        <translation>Кеше</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="320"/>
        <source>No messages yet</source>
        <translation>Хабарламалар әзірге жоқ</translation>
    </message>
</context>
</TS>
