<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="33"/>
        <source>Qt and Qt for Python (PySide6, Shiboken6) are used under the GNU Lesser General Public License version 3. They are linked dynamically, as separate shared libraries that you may replace with your own build; their source code is available from https://code.qt.io and https://download.qt.io.</source>
        <translation>Qt і Qt for Python (PySide6, Shiboken6) використовуються на умовах GNU Lesser General Public License версії 3. Вони під’єднуються динамічно, як окремі спільні бібліотеки, які можна замінити власною збіркою; їхній вихідний код доступний на https://code.qt.io і https://download.qt.io.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="65"/>
        <source>About OmniInbox</source>
        <translation>Про OmniInbox</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="70"/>
        <source>A desktop support inbox: email, Telegram and X conversations as one list of tickets, offline first.</source>
        <translation>Служба підтримки на комп’ютері: розмови з пошти, Telegram і X одним списком звернень, працює й без мережі.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="83"/>
        <source>Library</source>
        <translation>Бібліотека</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="47"/>
        <location filename="../../omniinbox/ui/about.py" line="83"/>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="48"/>
        <source> (bundle)</source>
        <translation> (автономна збірка)</translation>
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
        <translation>Система</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="57"/>
        <source>Workspace</source>
        <translation>Робоча тека</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="67"/>
        <source>&lt;h2&gt;OmniInbox {0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;OmniInbox {0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="83"/>
        <source>Licence</source>
        <translation>Ліцензія</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="91"/>
        <source>unknown: %1</source>
        <translation>невідомо: %1</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="99"/>
        <source>Choose a library to read its licence.</source>
        <translation>Виберіть бібліотеку, щоб прочитати її ліцензію.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="113"/>
        <source>Libraries in this installation and their licences:</source>
        <translation>Бібліотеки в цьому встановленні та їхні ліцензії:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="131"/>
        <source>%1 ships no licence text in its metadata; its licence is: %2</source>
        <translation>%1 не містить тексту ліцензії в метаданих; ліцензія: %2</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="123"/>
        <source>Add an account</source>
        <translation>Додати обліковий запис</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="166"/>
        <source>Saving the account…</source>
        <translation>Зберігаємо обліковий запис…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="182"/>
        <source>The account was not saved.</source>
        <translation>Обліковий запис не збережено.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="230"/>
        <source>Accounts</source>
        <translation>Облікові записи</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="62"/>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="64"/>
        <source>Check</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="66"/>
        <location filename="../../omniinbox/ui/account_list.py" line="132"/>
        <source>Disable</source>
        <translation>Вимкнути</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="68"/>
        <source>Remove…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="101"/>
        <source>(disabled)</source>
        <translation>(вимкнено)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="103"/>
        <source>(connector not installed)</source>
        <translation>(конектор не встановлено)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="110"/>
        <source>No accounts yet: add one to start receiving messages.</source>
        <translation>Облікових записів поки немає: додайте один, щоб отримувати повідомлення.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="132"/>
        <source>Enable</source>
        <translation>Увімкнути</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="148"/>
        <source>Added {0}.</source>
        <translation>Додано: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="157"/>
        <source>Checking {0}…</source>
        <translation>Перевіряємо {0}…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="161"/>
        <source>{0}: connected, credentials accepted.</source>
        <translation>{0}: підключено, дані для входу прийнято.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="185"/>
        <source>Remove the account</source>
        <translation>Видалення облікового запису</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="187"/>
        <source>Remove {0}? Its conversations stay in OmniInbox; its password and tokens are deleted from the keyring.</source>
        <translation>Видалити {0}? Розмови залишаться в OmniInbox; пароль і токени буде видалено зі сховища паролів.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="195"/>
        <source>Removed {0}.</source>
        <translation>Видалено: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="67"/>
        <source>Saved in your own workspace: it opens the next time OmniInbox starts.</source>
        <translation>Збережено у вашій робочій теці: вона відкриється під час наступного запуску OmniInbox.</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="140"/>
        <source>(owner)</source>
        <translation>(відповідальний)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="143"/>
        <source>agents, comma-separated</source>
        <translation>агенти через кому</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="148"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="149"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="163"/>
        <source>category, e.g. delivery.late</source>
        <translation>категорія, наприклад delivery.late</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="164"/>
        <source>tag</source>
        <translation>мітка</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="165"/>
        <source>low, normal, high or urgent</source>
        <translation>low, normal, high або urgent</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="166"/>
        <source>template name</source>
        <translation>назва шаблону</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="167"/>
        <source>note for the agent</source>
        <translation>нотатка для агента</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="186"/>
        <source>There is no agent called {0}.</source>
        <translation>Агента з іменем {0} немає.</translation>
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
        <translation>Налаштування…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="35"/>
        <source>Accounts…</source>
        <translation>Облікові записи…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="36"/>
        <source>Import mail…</source>
        <translation>Імпорт пошти…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="37"/>
        <source>Copy diagnostics</source>
        <translation>Скопіювати діагностику</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="38"/>
        <source>About OmniInbox</source>
        <translation>Про OmniInbox</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="187"/>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="192"/>
        <source>Programs and scripts are only saved, never opened here</source>
        <translation>Програми й скрипти можна лише зберегти, тут вони не відкриваються</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="197"/>
        <source>Save as…</source>
        <translation>Зберегти як…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="201"/>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="207"/>
        <source>Downloading…</source>
        <translation>Завантажується…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="209"/>
        <source>Cannot be downloaded: {0}</source>
        <translation>Не вдається завантажити: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="213"/>
        <source>Not downloaded yet</source>
        <translation>Ще не завантажено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="219"/>
        <source>Try downloading again</source>
        <translation>Завантажити ще раз</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="261"/>
        <source>Save attachment</source>
        <translation>Зберегти вкладення</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/list_pane.py" line="64"/>
        <source>%n selected</source>
        <translation>
            <numerusform>Вибрано %n</numerusform>
            <numerusform>Вибрано %n</numerusform>
            <numerusform>Вибрано %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="38"/>
        <source>Notify customers</source>
        <translation>Сповістити клієнтів</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="48"/>
        <source>a saved search or search words</source>
        <translation>збережений пошук або слова для пошуку</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="49"/>
        <source>e.g. concert</source>
        <translation>наприклад, концерт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="50"/>
        <source>e.g. refund</source>
        <translation>наприклад, повернення</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="51"/>
        <source>e.g. 1042, 1043</source>
        <translation>наприклад, 1042, 1043</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="53"/>
        <source>subject, for customers without an open conversation</source>
        <translation>тема — для клієнтів без відкритої розмови</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="59"/>
        <source>Hello {customer.first_name}, … Variables: {customer.first_name} {customer.name} {ticket} {agent.name}</source>
        <translation>Вітаємо, {customer.first_name}! … Змінні: {customer.first_name} {customer.name} {ticket} {agent.name}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="63"/>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="64"/>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="69"/>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="69"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="69"/>
        <source>Conversation</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="69"/>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="98"/>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="77"/>
        <source>Resume</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="93"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="94"/>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="95"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="96"/>
        <source>Tickets</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="97"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="149"/>
        <source>new conversation</source>
        <translation>нова розмова</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="150"/>
        <source>no channel</source>
        <translation>немає каналу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="157"/>
        <source>No value for: {0}; it is left out.</source>
        <translation>Немає значення для: {0}; пропущено.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="162"/>
        <source>{0} customers, {1} reachable</source>
        <translation>Клієнтів: {0}, доступні для зв’язку: {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="164"/>
        <source>Send to {0} customers</source>
        <translation>Надіслати клієнтам: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="212"/>
        <source>{0} of {1} queued · {2} sent · {3} failed · {4} to check</source>
        <translation>У черзі {0} з {1} · надіслано {2} · з помилкою {3} · перевірити {4}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="121"/>
        <source>closed</source>
        <translation>зачинено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="134"/>
        <source>Hours like 09:00-13:00, 14:00-18:00. A range that ends at or before it starts runs into the next morning (22:00-06:00); 00:00-24:00 is the whole day; empty means closed.</source>
        <translation>Години у вигляді 09:00-13:00, 14:00-18:00. Проміжок, що закінчується не пізніше початку, переходить на наступний ранок (22:00-06:00); 00:00-24:00 — увесь день; порожньо — зачинено.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="140"/>
        <source>Opening hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="147"/>
        <source>No public holidays</source>
        <translation>Без державних свят</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="163"/>
        <source>The desk&apos;s own closed days</source>
        <translation>Власні вихідні служби</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="164"/>
        <source>Extra working days</source>
        <translation>Додаткові робочі дні</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="165"/>
        <source>as on the first open weekday</source>
        <translation>як у перший робочий день тижня</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="166"/>
        <source>Holidays</source>
        <translation>Свята</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="168"/>
        <source>Public holidays of</source>
        <translation>Державні свята:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="174"/>
        <source>Hours on extra working days</source>
        <translation>Години в додаткові робочі дні</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="177"/>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="203"/>
        <source>not understood</source>
        <translation>не розпізнано</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="206"/>
        <source>ends the next day</source>
        <translation>закінчується наступного дня</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="211"/>
        <source>Only the closed days below.</source>
        <translation>Лише вихідні, зазначені нижче.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="217"/>
        <source>No holiday calendar is known for {0}.</source>
        <translation>Для {0} календар свят невідомий.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="221"/>
        <source>%n public holiday(s) in {0}.</source>
        <translation>
            <numerusform>%n державне свято в {0}.</numerusform>
            <numerusform>%n державні свята в {0}.</numerusform>
            <numerusform>%n державних свят у {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="225"/>
        <source>Next: {0}, {1}.</source>
        <translation>Найближче: {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="227"/>
        <source>Add the days the desk closes anyway as closed days below.</source>
        <translation>Дні, коли служба все одно не працює, додайте нижче як вихідні.</translation>
    </message>
</context>
<context>
    <name>CategoryEditor</name>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="45"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="45"/>
        <source>Complaint</source>
        <translation>Скарга</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="51"/>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="52"/>
        <source>Add inside</source>
        <translation>Додати всередину</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="53"/>
        <source>Rename</source>
        <translation>Перейменувати</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="54"/>
        <source>Move to…</source>
        <translation>Перемістити до…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="55"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="56"/>
        <source>Bring back</source>
        <translation>Повернути</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="57"/>
        <source>Show removed categories</source>
        <translation>Показати видалені категорії</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="75"/>
        <source>Removing a category hides it from the pickers; conversations filed there keep it. Moving one re-files its conversations and rules when the settings are applied.</source>
        <translation>Видалена категорія зникає зі списків вибору, але в розмовах у ній лишається. Переміщена категорія переносить свої розмови й правила, коли налаштування застосовуються.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="126"/>
        <source>{0} (removed)</source>
        <translation>{0} (видалено)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="205"/>
        <source>New category</source>
        <translation>Нова категорія</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="206"/>
        <source>Name of the new category under {0}:</source>
        <translation>Назва нової категорії в {0}:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="210"/>
        <source>Name of the new top-level category:</source>
        <translation>Назва нової категорії верхнього рівня:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="276"/>
        <source>(top level)</source>
        <translation>(верхній рівень)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="284"/>
        <source>Move category</source>
        <translation>Переміщення категорії</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="284"/>
        <source>Move it under:</source>
        <translation>Перемістити до:</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="18"/>
        <source>Checking the account</source>
        <translation>Перевірка облікового запису</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="38"/>
        <source>Cancel the check</source>
        <translation>Скасувати перевірку</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="40"/>
        <source>Try again</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="70"/>
        <source>Connecting to {0} and signing in…</source>
        <translation>Підключаємося до {0} і входимо…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="101"/>
        <source>Check cancelled.</source>
        <translation>Перевірку скасовано.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="109"/>
        <source>Connected: the settings work. Press Finish to add the account.</source>
        <translation>З’єднання є, налаштування працюють. Натисніть «Готово», щоб додати обліковий запис.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="118"/>
        <source>The check did not pass. Go back to fix the settings, or try again.</source>
        <translation>Перевірка не пройшла. Поверніться й виправте налаштування або спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../omniinbox/ui/command_palette.py" line="144"/>
        <source>Type a command, a view, or #ticket…</source>
        <translation>Команда, розділ або #звернення…</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="96"/>
        <source>value; several: comma-separated</source>
        <translation>значення; кілька — через кому</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="97"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="121"/>
        <source>Show the customer panel (I)</source>
        <translation>Показати панель клієнта (I)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="124"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="125"/>
        <source>Owner: one agent answers end to end</source>
        <translation>Відповідальний: один агент веде розмову від початку до кінця</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="126"/>
        <source>Collaborators helping the owner</source>
        <translation>Помічники відповідального</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="127"/>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="128"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="132"/>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="134"/>
        <source>Tags (T)</source>
        <translation>Мітки (T)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="184"/>
        <source>(no subject)</source>
        <translation>(без теми)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="189"/>
        <source>Snoozed until {0}</source>
        <translation>Відкладено до {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="195"/>
        <location filename="../../omniinbox/ui/conversation_header.py" line="273"/>
        <source>Unassigned</source>
        <translation>Не призначено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="201"/>
        <source>{0} helping</source>
        <translation>Допомагають: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="203"/>
        <source>No collaborators</source>
        <translation>Без помічників</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="205"/>
        <source>Pull in a colleague to help</source>
        <translation>Покликати колегу на допомогу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="215"/>
        <location filename="../../omniinbox/ui/conversation_header.py" line="316"/>
        <source>No category</source>
        <translation>Без категорії</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="236"/>
        <source>Remove the tag {0}</source>
        <translation>Прибрати мітку {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="241"/>
        <source>+{0}</source>
        <translation>+{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="262"/>
        <source>Snooze…</source>
        <translation>Відкласти…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="291"/>
        <source>No other agents yet</source>
        <translation>Інших агентів поки немає</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="310"/>
        <source>{0} (removed)</source>
        <translation>{0} (видалено)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="325"/>
        <source>{0} (in general)</source>
        <translation>{0} (загалом)</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="87"/>
        <source>Unknown customer</source>
        <translation>Невідомий клієнт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="89"/>
        <source>(no subject)</source>
        <translation>(без теми)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="109"/>
        <source>Priority: {0}</source>
        <translation>Пріоритет: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="115"/>
        <source>Tags: {0}</source>
        <translation>Мітки: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="120"/>
        <source>Snoozed until {0}</source>
        <translation>Відкладено до {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="125"/>
        <source>Due {0}</source>
        <translation>Термін: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="127"/>
        <source>Unassigned</source>
        <translation>Не призначено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="91"/>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="92"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="93"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="94"/>
        <source>Updated</source>
        <translation>Оновлено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="95"/>
        <source>Ticket</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="96"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="97"/>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="256"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="257"/>
        <source>Last activity</source>
        <translation>Остання активність</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="258"/>
        <source>Time left to answer within the SLA</source>
        <translation>Скільки лишилося, щоб відповісти в термін SLA</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../omniinbox/ui/conversation_view.py" line="72"/>
        <source>Select a conversation to read it here.</source>
        <translation>Виберіть розмову, щоб прочитати її тут.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_view.py" line="157"/>
        <source>Unknown customer</source>
        <translation>Невідомий клієнт</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="94"/>
        <source>The customer&apos;s name; press Enter to save</source>
        <translation>Ім’я клієнта; Enter — зберегти</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="102"/>
        <source>Notes about this customer, for every agent</source>
        <translation>Нотатки про клієнта, видно всім агентам</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="111"/>
        <source>+ Add a field</source>
        <translation>+ Додати поле</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="113"/>
        <source>Conversations</source>
        <translation>Розмови</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="128"/>
        <source>Merge with another customer…</source>
        <translation>Об’єднати з іншим клієнтом…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="147"/>
        <source>Channels</source>
        <translation>Канали</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="149"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="151"/>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/customer_panel.py" line="182"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n розмова</numerusform>
            <numerusform>%n розмови</numerusform>
            <numerusform>%n розмов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="193"/>
        <source>Conversations ({0})</source>
        <translation>Розмови ({0})</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="277"/>
        <source>another customer</source>
        <translation>інший клієнт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="281"/>
        <source>Merged {0} on {1}</source>
        <translation>Об’єднано з {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="286"/>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="307"/>
        <source>Name saved.</source>
        <translation>Ім’я збережено.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="330"/>
        <source>Add a field</source>
        <translation>Додати поле</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="330"/>
        <source>Field name:</source>
        <translation>Назва поля:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="368"/>
        <source>{0} merged into this customer; Undo is in the panel.</source>
        <translation>{0}: об’єднано з цим клієнтом; скасувати можна на панелі.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="386"/>
        <source>Noted: they will not be suggested as the same customer again.</source>
        <translation>Зрозуміло: більше не пропонуватимемо їх як одного клієнта.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="391"/>
        <source>Merge undone.</source>
        <translation>Об’єднання скасовано.</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="67"/>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="68"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
</context>
<context>
    <name>DeskMenu</name>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="39"/>
        <source>The desk</source>
        <translation>Служба підтримки</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="41"/>
        <source>Rules…</source>
        <translation>Правила…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="42"/>
        <source>Canned answers…</source>
        <translation>Шаблони відповідей…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="43"/>
        <source>KPI dashboard…</source>
        <translation>Показники KPI…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="44"/>
        <source>Bulk notification…</source>
        <translation>Масове сповіщення…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="45"/>
        <source>Desk settings…</source>
        <translation>Налаштування служби…</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="178"/>
        <source>Desk settings</source>
        <translation>Налаштування служби</translation>
    </message>
</context>
<context>
    <name>DeskSettingsPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="93"/>
        <source>Business hours</source>
        <translation>Робочі години</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="94"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="95"/>
        <source>Replies and surveys</source>
        <translation>Відповіді й опитування</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="96"/>
        <source>Categories</source>
        <translation>Категорії</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/diagnostics.py" line="69"/>
        <source>Diagnostics</source>
        <translation>Діагностика</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/diagnostics.py" line="72"/>
        <source>Gathering diagnostics…</source>
        <translation>Збираємо дані діагностики…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/diagnostics.py" line="77"/>
        <source>Copy again</source>
        <translation>Скопіювати ще раз</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/diagnostics.py" line="115"/>
        <source>Copied to the clipboard. Paste it into your support request; it holds no passwords, tokens or message text.</source>
        <translation>Скопійовано в буфер обміну. Вставте у звернення до підтримки: там немає паролів, токенів і тексту повідомлень.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../omniinbox/ui/customer_history.py" line="45"/>
        <source>(no subject)</source>
        <translation>(без теми)</translation>
    </message>
</context>
<context>
    <name>ImageBar</name>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/conversation_view.py" line="49"/>
        <source>%n remote image(s) hidden to protect your privacy.</source>
        <translation>
            <numerusform>%n зовнішнє зображення приховано для захисту вашої приватності.</numerusform>
            <numerusform>%n зовнішні зображення приховано для захисту вашої приватності.</numerusform>
            <numerusform>%n зовнішніх зображень приховано для захисту вашої приватності.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_view.py" line="50"/>
        <source>Show images from {0}</source>
        <translation>Показувати зображення від {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="62"/>
        <source>Import mail</source>
        <translation>Імпорт пошти</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="67"/>
        <source>mbox file</source>
        <translation>файл mbox</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="68"/>
        <source>Maildir folder</source>
        <translation>тека Maildir</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="69"/>
        <source>the file or folder to import</source>
        <translation>файл або тека для імпорту</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="70"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="72"/>
        <source>Imported mail (a new account)</source>
        <translation>Імпортована пошта (новий обліковий запис)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="83"/>
        <source>e.g. support@shop.kz, sales@shop.kz</source>
        <translation>наприклад, support@shop.kz, sales@shop.kz</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="84"/>
        <source>Mail from these addresses is the desk&apos;s own (outgoing)</source>
        <translation>Листи з цих адрес — відповіді служби (вихідні)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="95"/>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="99"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="112"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="116"/>
        <source>Path</source>
        <translation>Шлях</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="117"/>
        <source>Into account</source>
        <translation>В обліковий запис</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="118"/>
        <source>Our addresses</source>
        <translation>Наші адреси</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="133"/>
        <source>Choose a Maildir folder</source>
        <translation>Виберіть теку Maildir</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="136"/>
        <source>Choose an mbox file</source>
        <translation>Виберіть файл mbox</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="136"/>
        <source>Mail (*.mbox *);;All (*)</source>
        <translation>Пошта (*.mbox *);;Усі (*)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="150"/>
        <source>Choose the file or folder to import first.</source>
        <translation>Спершу виберіть файл або теку для імпорту.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="158"/>
        <source>Reading %1…</source>
        <translation>Читаємо %1…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="172"/>
        <source>Stopping after the current batch…</source>
        <translation>Зупинимося після поточної порції…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="214"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n нове</numerusform>
            <numerusform>%n нових</numerusform>
            <numerusform>%n нових</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="215"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n уже було</numerusform>
            <numerusform>%n уже були</numerusform>
            <numerusform>%n уже було</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="217"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n не читається</numerusform>
            <numerusform>%n не читаються</numerusform>
            <numerusform>%n не читаються</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="225"/>
        <source>Stopped: %n new messages imported so far.</source>
        <translation>
            <numerusform>Зупинено: поки імпортовано %n нове повідомлення.</numerusform>
            <numerusform>Зупинено: поки імпортовано %n нові повідомлення.</numerusform>
            <numerusform>Зупинено: поки імпортовано %n нових повідомлень.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="226"/>
        <source>Import the same source again to continue where it stopped.</source>
        <translation>Імпортуйте те саме джерело ще раз, щоб продовжити з місця зупинки.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="228"/>
        <source>Nothing new: everything in this source is already in the desk.</source>
        <translation>Нічого нового: усе з цього джерела вже є в службі.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="231"/>
        <source>Done: %n new messages imported.</source>
        <translation>
            <numerusform>Готово: імпортовано %n нове повідомлення.</numerusform>
            <numerusform>Готово: імпортовано %n нові повідомлення.</numerusform>
            <numerusform>Готово: імпортовано %n нових повідомлень.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="232"/>
        <source>%n were already there.</source>
        <translation>
            <numerusform>%n уже було в службі.</numerusform>
            <numerusform>%n уже були в службі.</numerusform>
            <numerusform>%n уже було в службі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="235"/>
        <source>%n could not be read (listed below).</source>
        <translation>
            <numerusform>%n не вдалося прочитати (список нижче).</numerusform>
            <numerusform>%n не вдалося прочитати (список нижче).</numerusform>
            <numerusform>%n не вдалося прочитати (список нижче).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="41"/>
        <source>Add an account</source>
        <translation>Додати обліковий запис</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="42"/>
        <source>Where do your customers write to you?</source>
        <translation>Де вам пишуть клієнти?</translation>
    </message>
</context>
<context>
    <name>KpiDashboard</name>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="61"/>
        <source>Support KPIs</source>
        <translation>KPI підтримки</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="71"/>
        <source>All channels</source>
        <translation>Усі канали</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="75"/>
        <source>All accounts</source>
        <translation>Усі облікові записи</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="79"/>
        <source>All agents</source>
        <translation>Усі агенти</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="82"/>
        <source>All categories</source>
        <translation>Усі категорії</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="83"/>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="84"/>
        <source>Export CSV…</source>
        <translation>Експорт у CSV…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="85"/>
        <source>Export JSON…</source>
        <translation>Експорт у JSON…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="88"/>
        <source>Measure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="88"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="91"/>
        <source>Conversations by channel</source>
        <translation>Розмови за каналами</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="92"/>
        <source>Conversations by category</source>
        <translation>Розмови за категоріями</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="93"/>
        <source>Open conversations by age</source>
        <translation>Відкриті розмови за віком</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="94"/>
        <source>Business minutes (median and 90th percentile)</source>
        <translation>Робочі хвилини (медіана і 90-й процентиль)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="107"/>
        <source>From – to</source>
        <translation>З – до</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="111"/>
        <source>Only</source>
        <translation>Лише</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="173"/>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="178"/>
        <source>first response, median</source>
        <translation>перша відповідь, медіана</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="179"/>
        <source>first response, p90</source>
        <translation>перша відповідь, p90</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="180"/>
        <source>resolution, median</source>
        <translation>вирішення, медіана</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="181"/>
        <source>resolution, p90</source>
        <translation>вирішення, p90</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="191"/>
        <source>Conversations</source>
        <translation>Розмови</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="192"/>
        <source>Conversations on</source>
        <translation>Розмови за каналом</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="193"/>
        <source>Conversations in</source>
        <translation>Розмови в категорії</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="194"/>
        <source>First response, business minutes</source>
        <translation>Перша відповідь, робочі хвилини</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="195"/>
        <source>Not answered yet</source>
        <translation>Ще без відповіді</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="196"/>
        <source>Resolved</source>
        <translation>Вирішено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="197"/>
        <source>Resolution, business minutes</source>
        <translation>Вирішення, робочі хвилини</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="198"/>
        <source>Resolved at first contact</source>
        <translation>Вирішено з першого звернення</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="199"/>
        <source>Came back within 7 days</source>
        <translation>Повернулися протягом 7 днів</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="200"/>
        <source>Reopened</source>
        <translation>Відкрито повторно</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="201"/>
        <source>SLA met</source>
        <translation>SLA виконано</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="202"/>
        <source>Satisfaction, average of 5</source>
        <translation>Задоволеність, середня з 5</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="203"/>
        <source>Satisfied (4 or 5)</source>
        <translation>Задоволені (4 або 5)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="204"/>
        <source>Answered the survey</source>
        <translation>Відповіли на опитування</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="205"/>
        <source>Open, aged</source>
        <translation>Відкриті, за віком</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="208"/>
        <source>count</source>
        <translation>кількість</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="209"/>
        <source>median</source>
        <translation>медіана</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="210"/>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="211"/>
        <source>mean</source>
        <translation>середнє</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="218"/>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="234"/>
        <source>Export KPIs</source>
        <translation>Експорт KPI</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="236"/>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="236"/>
        <source>JSON files (*.json)</source>
        <translation>Файли JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="98"/>
        <source>Search  ·  from: channel: status: tag: #ticket</source>
        <translation>Пошук  ·  from: channel: status: tag: #звернення</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="116"/>
        <source>Save search</source>
        <translation>Зберегти пошук</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="121"/>
        <source>Newest activity</source>
        <translation>Спочатку свіжі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="122"/>
        <source>SLA due first</source>
        <translation>Спочатку термінові за SLA</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="123"/>
        <source>Order of the list</source>
        <translation>Порядок списку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/list_pane.py" line="269"/>
        <source>%n conversation(s) match “{0}”</source>
        <translation>
            <numerusform>За запитом «{0}» знайдено %n розмову</numerusform>
            <numerusform>За запитом «{0}» знайдено %n розмови</numerusform>
            <numerusform>За запитом «{0}» знайдено %n розмов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/list_pane.py" line="272"/>
        <source>{0} · %n conversation(s)</source>
        <translation>
            <numerusform>{0} · %n розмова</numerusform>
            <numerusform>{0} · %n розмови</numerusform>
            <numerusform>{0} · %n розмов</numerusform>
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
        <translation>Відповідь збережено. У демо нічого не надсилається.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/main_window.py" line="199"/>
        <source>Reply queued; it goes out when the account is online.</source>
        <translation>Відповідь у черзі; піде, коли обліковий запис буде в мережі.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/main_window.py" line="206"/>
        <source>Demo desk: replies stay on this computer and are never sent</source>
        <translation>Демо: відповіді лишаються на цьому комп’ютері й нікуди не надсилаються</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="107"/>
        <source>Profile saved.</source>
        <translation>Профіль збережено.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="58"/>
        <source>Merge customers</source>
        <translation>Об’єднання клієнтів</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="64"/>
        <source>Find the other customer. Their addresses, handles and conversations move to {0}; you can undo the merge later.</source>
        <translation>Знайдіть іншого клієнта. Його адреси, акаунти й розмови перейдуть до {0}; об’єднання можна буде скасувати.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="71"/>
        <source>Name, address, handle or #ticket</source>
        <translation>Ім’я, адреса, акаунт або #звернення</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="78"/>
        <source>Merge</source>
        <translation>Об’єднати</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/customer_merge.py" line="113"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n розмова</numerusform>
            <numerusform>%n розмови</numerusform>
            <numerusform>%n розмов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeSuggestions</name>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="147"/>
        <source>same name</source>
        <translation>однакове ім’я</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="149"/>
        <source>same handle on {0}: {1}</source>
        <translation>той самий акаунт у {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="176"/>
        <source>Possibly the same customer: {0} ({1})</source>
        <translation>Можливо, це той самий клієнт: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="185"/>
        <source>Merge</source>
        <translation>Об’єднати</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="186"/>
        <source>Make them one customer; you can undo it</source>
        <translation>Зробити одним клієнтом; це можна скасувати</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="192"/>
        <source>Not the same</source>
        <translation>Це різні люди</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="193"/>
        <source>Different people: do not suggest this again</source>
        <translation>Різні люди: більше не пропонувати</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="71"/>
        <source>Show OmniInbox</source>
        <translation>Показати OmniInbox</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/tray.py" line="90"/>
        <source>OmniInbox: %n unread conversation(s)</source>
        <translation>
            <numerusform>OmniInbox: %n непрочитана розмова</numerusform>
            <numerusform>OmniInbox: %n непрочитані розмови</numerusform>
            <numerusform>OmniInbox: %n непрочитаних розмов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="112"/>
        <source>A customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="113"/>
        <source>New message from {0}</source>
        <translation>Нове повідомлення від {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="117"/>
        <source>New messages</source>
        <translation>Нові повідомлення</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/tray.py" line="117"/>
        <location filename="../../omniinbox/ui/tray.py" line="142"/>
        <source>%n more conversation(s)</source>
        <translation>
            <numerusform>Ще %n розмова</numerusform>
            <numerusform>Ще %n розмови</numerusform>
            <numerusform>Ще %n розмов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="123"/>
        <source>SLA breached: ticket #{0}</source>
        <translation>SLA порушено: звернення #{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="134"/>
        <source>Escalated to you: ticket #{0}</source>
        <translation>Передано вам: звернення #{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="136"/>
        <source>For you: ticket #{0}</source>
        <translation>Для вас: звернення #{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="142"/>
        <source>Escalated to you</source>
        <translation>Передано вам</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="165"/>
        <source>Outbox</source>
        <translation>Вихідні</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="180"/>
        <source>Nothing is waiting: every reply went out.</source>
        <translation>Черга порожня: усі відповіді надіслано.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="182"/>
        <source>Try again</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="185"/>
        <source>Open conversation</source>
        <translation>Відкрити розмову</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="232"/>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="282"/>
        <source>Send again?</source>
        <translation>Надіслати ще раз?</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="234"/>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="283"/>
        <source>The customer may already have this reply: the channel could not confirm it. Send it again anyway?</source>
        <translation>Можливо, клієнт уже отримав цю відповідь: канал не підтвердив надсилання. Усе одно надіслати ще раз?</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="78"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="79"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="80"/>
        <source>Ticket</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="81"/>
        <source>Account</source>
        <translation>Обліковий запис</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="82"/>
        <source>Tries</source>
        <translation>Спроби</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="83"/>
        <source>Last error</source>
        <translation>Остання помилка</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="115"/>
        <source>Waiting</source>
        <translation>Очікує</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="116"/>
        <source>Sending</source>
        <translation>Надсилається</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="117"/>
        <source>Failed</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="118"/>
        <source>May not have gone out</source>
        <translation>Можливо, не надіслано</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="123"/>
        <source>Reply</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="124"/>
        <source>Mark read on the channel</source>
        <translation>Позначка «прочитано» в каналі</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="33"/>
        <source>Secrets file passphrase</source>
        <translation>Пароль файлу секретів</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="38"/>
        <source>There is no system keyring on this computer, so OmniInbox keeps passwords and tokens in an encrypted file in the workspace ({0}). Choose a passphrase for it and keep it safe: without it the credentials cannot be recovered.</source>
        <translation>На цьому комп’ютері немає системного сховища паролів, тому OmniInbox зберігає паролі й токени в зашифрованому файлі в робочій теці ({0}). Придумайте для нього пароль і не загубіть його: без нього облікові дані не відновити.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="43"/>
        <source>Enter the passphrase of the encrypted secrets file ({0}).</source>
        <translation>Введіть пароль зашифрованого файлу секретів ({0}).</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="52"/>
        <source>Passphrase:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="56"/>
        <source>Type it again:</source>
        <translation>Ще раз:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="74"/>
        <source>The passphrase cannot be empty.</source>
        <translation>Пароль не може бути порожнім.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="76"/>
        <source>The two passphrases differ.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="279"/>
        <source>Your profile</source>
        <translation>Ваш профіль</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="284"/>
        <source>Tell customers who is answering, and when the desk is open. You can change all of this later in Settings.</source>
        <translation>Розкажіть клієнтам, хто їм відповідає і коли працює служба. Усе це можна змінити пізніше в налаштуваннях.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="294"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="297"/>
        <source>Later</source>
        <translation>Пізніше</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="54"/>
        <source>e.g. Aigerim Sadykova</source>
        <translation>наприклад, Айгерім Садикова</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="56"/>
        <source>Your name:</source>
        <translation>Ваше ім’я:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="57"/>
        <source>Signed on every answer you send: customers see it.</source>
        <translation>Підпис під кожною вашою відповіддю: його бачать клієнти.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="61"/>
        <source>Your email:</source>
        <translation>Ваша пошта:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="65"/>
        <source>Signature:</source>
        <translation>Підпис:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="76"/>
        <source>Time zone:</source>
        <translation>Часовий пояс:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="93"/>
        <source>Opening hours:</source>
        <translation>Години роботи:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="98"/>
        <source>Ranges like 09:00-13:00, 14:00-18:00. SLA clocks run only while the desk is open; holidays are in Settings, Desk.</source>
        <translation>Проміжки на кшталт 09:00-13:00, 14:00-18:00. Терміни SLA йдуть, лише поки служба працює; свята — в Налаштуваннях, розділ «Служба».</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="108"/>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="109"/>
        <source>A new language applies when OmniInbox restarts.</source>
        <translation>Нова мова застосується після перезапуску OmniInbox.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="142"/>
        <source>Your name is needed: customers see it on every answer.</source>
        <translation>Потрібне ваше ім’я: клієнти бачать його в кожній відповіді.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="149"/>
        <source>Choose a time zone from the list.</source>
        <translation>Виберіть часовий пояс зі списку.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="158"/>
        <source>{0}: write hours as 09:00-18:00.</source>
        <translation>{0}: вкажіть години у вигляді 09:00-18:00.</translation>
    </message>
</context>
<context>
    <name>RepliesPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="50"/>
        <source>Protects against loops with other auto-responders</source>
        <translation>Захищає від зациклення з іншими автовідповідачами</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="51"/>
        <source>After a score of 1 or 2, ask what went wrong</source>
        <translation>Після оцінки 1 або 2 запитати, що пішло не так</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="55"/>
        <source>Account</source>
        <translation>Обліковий запис</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="55"/>
        <source>Acknowledge</source>
        <translation>Автовідповідь</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="55"/>
        <source>Survey</source>
        <translation>Опитування</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="62"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="63"/>
        <source>never reopen</source>
        <translation>не відкривати повторно</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="65"/>
        <source>Automatic acknowledgement</source>
        <translation>Автоматичне підтвердження</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="69"/>
        <source>A new conversation is answered at once with its ticket number and when to expect an answer. Auto-replies, bounces and mailing lists are never answered.</source>
        <translation>На нову розмову одразу надходить відповідь із номером звернення й терміном відповіді. Автовідповідям, поверненням листів і розсилкам відповідь не надсилається.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="75"/>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="79"/>
        <source>On these channels</source>
        <translation>У цих каналах</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="76"/>
        <source>At most per sender and day</source>
        <translation>Не більше на відправника за день</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="77"/>
        <source>Satisfaction survey on resolve</source>
        <translation>Опитування задоволеності після вирішення</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="81"/>
        <source>Per account (overrides the channel)</source>
        <translation>За обліковими записами (важливіше за канал)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="83"/>
        <source>Reopening</source>
        <translation>Повторне відкриття</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="86"/>
        <source>A customer reply reopens a resolved conversation within</source>
        <translation>Відповідь клієнта знову відкриває вирішену розмову протягом</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="88"/>
        <source>Later replies start a new conversation linked to the old one.</source>
        <translation>Пізніші відповіді починають нову розмову, пов’язану зі старою.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="98"/>
        <source>As its channel</source>
        <translation>Як у каналі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="99"/>
        <source>On</source>
        <translation>Увімк.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="100"/>
        <source>Off</source>
        <translation>Вимк.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="105"/>
        <source>The demo desk never sends anything</source>
        <translation>Демо нічого нікуди не надсилає</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="74"/>
        <source>Reply</source>
        <translation>Відповісти</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="77"/>
        <source>Internal note</source>
        <translation>Внутрішня нотатка</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="88"/>
        <source>Answer on the customer&apos;s channel or another of theirs</source>
        <translation>Відповісти в каналі клієнта або в іншому його каналі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="102"/>
        <source>Canned answers (type / at the start of a line)</source>
        <translation>Шаблони відповідей (введіть / на початку рядка)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="104"/>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="106"/>
        <source>Queue the reply to the customer (Ctrl+Enter)</source>
        <translation>Поставити відповідь у чергу на надсилання (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="108"/>
        <source>Send and resolve</source>
        <translation>Надіслати й вирішити</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="110"/>
        <source>Send, then mark resolved (Ctrl+Shift+Enter)</source>
        <translation>Надіслати й позначити вирішеною (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="112"/>
        <source>Add internal note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="114"/>
        <source>Only agents see notes; the customer never does</source>
        <translation>Нотатки бачать лише агенти, клієнт — ніколи</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="122"/>
        <source>Fill in: {0}</source>
        <translation>Заповніть: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="142"/>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="248"/>
        <source>A note for your colleagues; the customer never sees it…</source>
        <translation>Нотатка для колег; клієнт її не побачить…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="250"/>
        <source>Ctrl+Enter adds the note</source>
        <translation>Ctrl+Enter — додати нотатку</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="252"/>
        <source>the customer</source>
        <translation>клієнту</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="257"/>
        <source>Reply to {0} by {1}…</source>
        <translation>Відповідь: {0}, канал {1}…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="258"/>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter — надіслати</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="269"/>
        <source>Signed: {0}</source>
        <translation>Підпис: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="367"/>
        <source>Answered on {0} in ticket {1}.</source>
        <translation>Відповідь надіслано в канал {0}, звернення {1}.</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="63"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="72"/>
        <source>all conditions hold</source>
        <translation>виконано всі умови</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="73"/>
        <source>any condition holds</source>
        <translation>виконано будь-яку умову</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="74"/>
        <source>Stop: later rules do not run when this one matches</source>
        <translation>Стоп: якщо правило спрацювало, наступні не виконуються</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="75"/>
        <source>Enabled</source>
        <translation>Увімкнено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="77"/>
        <source>Add condition</source>
        <translation>Додати умову</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="78"/>
        <source>Add action</source>
        <translation>Додати дію</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="79"/>
        <source>Which past conversations would match?</source>
        <translation>Які минулі розмови підійшли б?</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="88"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="89"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="90"/>
        <source>If</source>
        <translation>Якщо</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="91"/>
        <source>Conditions</source>
        <translation>Умови</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="92"/>
        <source>Then</source>
        <translation>То</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="126"/>
        <source>Give the rule a name.</source>
        <translation>Дайте правилу назву.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="130"/>
        <source>&apos;{0}&apos; does not apply to {1}.</source>
        <translation>«{0}» не застосовується до «{1}».</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="155"/>
        <source> and {0} more</source>
        <translation> і ще {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="157"/>
        <source>It would have matched {0} of the latest conversations: {1}{2}</source>
        <translation>Підійшло б до останніх розмов: {0}. {1}{2}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="162"/>
        <source>No past conversation would have matched.</source>
        <translation>Жодна минула розмова не підійшла б.</translation>
    </message>
</context>
<context>
    <name>RuleRows</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="37"/>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="38"/>
        <source>account</source>
        <translation>обліковий запис</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="39"/>
        <source>sender</source>
        <translation>відправник</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="40"/>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="41"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="42"/>
        <source>subject or text</source>
        <translation>тема або текст</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="43"/>
        <source>language</source>
        <translation>мова</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="44"/>
        <source>customer tag</source>
        <translation>мітка клієнта</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="45"/>
        <source>in business hours</source>
        <translation>у робочі години</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="46"/>
        <source>priority</source>
        <translation>пріоритет</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="47"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="48"/>
        <source>minutes since the last message</source>
        <translation>хвилин після останнього повідомлення</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="56"/>
        <source>is</source>
        <translation>дорівнює</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="57"/>
        <source>is not</source>
        <translation>не дорівнює</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="58"/>
        <source>contains</source>
        <translation>містить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="59"/>
        <source>does not contain</source>
        <translation>не містить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="60"/>
        <source>has the word</source>
        <translation>є слово</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="61"/>
        <source>matches the pattern</source>
        <translation>відповідає шаблону</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="62"/>
        <source>at least</source>
        <translation>не менше</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="63"/>
        <source>at most</source>
        <translation>не більше</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="69"/>
        <source>set the category</source>
        <translation>задати категорію</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="70"/>
        <source>add a tag</source>
        <translation>додати мітку</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="71"/>
        <source>set the priority</source>
        <translation>задати пріоритет</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="72"/>
        <source>assign to</source>
        <translation>призначити</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="73"/>
        <source>assign in turn</source>
        <translation>призначати по черзі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="74"/>
        <source>reply with a template</source>
        <translation>відповісти шаблоном</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="75"/>
        <source>escalate to</source>
        <translation>передати</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="76"/>
        <source>snooze</source>
        <translation>відкласти</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="77"/>
        <source>resolve</source>
        <translation>вирішити</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="78"/>
        <source>add a helper</source>
        <translation>додати помічника</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="79"/>
        <source>notify</source>
        <translation>сповістити</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="38"/>
        <source>A new conversation starts</source>
        <translation>Починається нова розмова</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="41"/>
        <source>A customer writes again</source>
        <translation>Клієнт пише знову</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="42"/>
        <source>The status changes</source>
        <translation>Змінюється статус</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="43"/>
        <source>An SLA target is nearly due</source>
        <translation>Термін SLA скоро спливає</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="46"/>
        <source>An SLA target is breached</source>
        <translation>Термін SLA порушено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="49"/>
        <source>Time passes (checked every 30 seconds)</source>
        <translation>Минає час (перевірка кожні 30 секунд)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="181"/>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="185"/>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="186"/>
        <source>Edit…</source>
        <translation>Змінити…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="187"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="188"/>
        <source>Move up</source>
        <translation>Вище</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="189"/>
        <source>Move down</source>
        <translation>Нижче</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="208"/>
        <source>Rules run from the top; each can stop the ones below.</source>
        <translation>Правила виконуються згори донизу; кожне може зупинити нижчі.</translation>
    </message>
</context>
<context>
    <name>SchemaForm</name>
    <message>
        <location filename="../../omniinbox/ui/account_form.py" line="150"/>
        <source>Edit the server settings</source>
        <translation>Змінити налаштування сервера</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_form.py" line="155"/>
        <source>Advanced settings</source>
        <translation>Додаткові налаштування</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="103"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="134"/>
        <source>Appearance</source>
        <translation>Зовнішній вигляд</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="135"/>
        <source>A new language applies when OmniInbox restarts.</source>
        <translation>Нова мова застосується після перезапуску OmniInbox.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="139"/>
        <source>Notifications</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="181"/>
        <source>Check the settings on the page “{0}”.</source>
        <translation>Перевірте налаштування на сторінці «{0}».</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="118"/>
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="120"/>
        <source>Accounts</source>
        <translation>Облікові записи</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="128"/>
        <source>Desk</source>
        <translation>Служба</translation>
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
        <translation>Назва в OmniInbox:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="81"/>
        <source>{0}: account settings</source>
        <translation>{0}: налаштування облікового запису</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="133"/>
        <source>Filled in for {0}: {1}.</source>
        <translation>Заповнено для {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="173"/>
        <source>The account needs a name.</source>
        <translation>Обліковому запису потрібна назва.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="175"/>
        <source>Finish or cancel the sign-in in the browser first.</source>
        <translation>Спершу завершіть або скасуйте вхід у браузері.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="178"/>
        <source>Check the highlighted settings.</source>
        <translation>Перевірте виділені налаштування.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../omniinbox/ui/shortcut_sheet.py" line="48"/>
        <source>Keyboard shortcuts</source>
        <translation>Гарячі клавіші</translation>
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
        <translation>Демонстраційна служба: звідси нічого не потрапляє до справжніх клієнтів</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="48"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="55"/>
        <source>Command palette (Ctrl+K)</source>
        <translation>Палітра команд (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="81"/>
        <source>Look</source>
        <translation>Вигляд</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="99"/>
        <source>Desk</source>
        <translation>Служба</translation>
    </message>
</context>
<context>
    <name>SignInRow</name>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="51"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="80"/>
        <source>Sign in with {0}…</source>
        <translation>Увійти через {0}…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="82"/>
        <source>Sign in in the browser…</source>
        <translation>Увійти в браузері…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="121"/>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Чекаємо, поки ви увійдете в браузері…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="136"/>
        <source>Sign-in cancelled.</source>
        <translation>Вхід скасовано.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="142"/>
        <source>Signed in. The tokens are kept in the keyring when you save.</source>
        <translation>Вхід виконано. Токени збережуться в сховищі паролів під час збереження.</translation>
    </message>
</context>
<context>
    <name>SlaPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="35"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="46"/>
        <source>First response</source>
        <translation>Перша відповідь</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="47"/>
        <source>Next response</source>
        <translation>Наступна відповідь</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="48"/>
        <source>Resolution</source>
        <translation>Вирішення</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="56"/>
        <source>not tracked</source>
        <translation>не відстежується</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="62"/>
        <source>Targets count business minutes only (the calendar&apos;s opening hours). First response runs from the first message to the first answer; next response from each later customer message to the answer; resolution until the conversation is resolved.</source>
        <translation>Терміни рахуються лише в робочих хвилинах (за годинами роботи з календаря). Перша відповідь — від першого повідомлення до першої відповіді; наступна відповідь — від кожного нового повідомлення клієнта до відповіді; вирішення — доки розмову не вирішено.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="69"/>
        <source>Targets per priority</source>
        <translation>Терміни за пріоритетами</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="73"/>
        <source>Pause the clocks while a conversation is pending</source>
        <translation>Зупиняти відлік, поки розмова чекає клієнта</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="74"/>
        <source>Pending: waiting for the customer</source>
        <translation>Чекає клієнта: очікуємо відповіді клієнта</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="78"/>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="79"/>
        <source>off</source>
        <translation>вимк.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="82"/>
        <source>Due soon when this much is used</source>
        <translation>«Незабаром термін», коли витрачено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="83"/>
        <source>or when less than this is left</source>
        <translation>або коли лишилося менше</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="57"/>
        <source>Snooze until</source>
        <translation>Відкласти до</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="67"/>
        <source>Snooze</source>
        <translation>Відкласти</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="71"/>
        <source>The conversation comes back to the inbox then.</source>
        <translation>У цей час розмова повернеться у вхідні.</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="90"/>
        <source>&amp;1  In one hour</source>
        <translation>&amp;1  За годину</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="91"/>
        <source>&amp;2  Tomorrow, 9:00</source>
        <translation>&amp;2  Завтра о 9:00</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="92"/>
        <source>&amp;3  Next week, Monday 9:00</source>
        <translation>&amp;3  Наступного тижня, у понеділок о 9:00</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="100"/>
        <source>&amp;4  Pick a date and time…</source>
        <translation>&amp;4  Вибрати дату й час…</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="65"/>
        <source>See the outbox; retry what failed</source>
        <translation>Відкрити вихідні й повторити невдалі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="104"/>
        <source>connecting</source>
        <translation>підключення</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="105"/>
        <source>up to date</source>
        <translation>усе отримано</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="106"/>
        <source>syncing</source>
        <translation>синхронізація</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="107"/>
        <source>offline</source>
        <translation>немає зв’язку</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="108"/>
        <source>the password or token was not accepted</source>
        <translation>пароль або токен не прийнято</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="109"/>
        <source>stopped by an error</source>
        <translation>зупинено через помилку</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="110"/>
        <source>turned off</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="113"/>
        <source>syncing {0} of {1}</source>
        <translation>синхронізація: {0} з {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="117"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="123"/>
        <source>No accounts are syncing</source>
        <translation>Немає облікових записів для синхронізації</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="131"/>
        <source>online</source>
        <translation>у мережі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="152"/>
        <source>Syncing {0} of {1}</source>
        <translation>Синхронізація: {0} з {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/status_line.py" line="167"/>
        <source>%n waiting to sync</source>
        <translation>
            <numerusform>%n чекає надсилання</numerusform>
            <numerusform>%n чекають надсилання</numerusform>
            <numerusform>%n чекають надсилання</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/status_line.py" line="169"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n з помилкою</numerusform>
            <numerusform>%n з помилкою</numerusform>
            <numerusform>%n з помилкою</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/status_line.py" line="171"/>
        <source>%n may not have gone out</source>
        <translation>
            <numerusform>%n, можливо, не надіслано</numerusform>
            <numerusform>%n, можливо, не надіслано</numerusform>
            <numerusform>%n, можливо, не надіслано</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="173"/>
        <source>Outbox: {0}</source>
        <translation>Вихідні: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="175"/>
        <source>Outbox: nothing waiting</source>
        <translation>Вихідні: черга порожня</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="51"/>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="51"/>
        <source>Tags of {0} conversations</source>
        <translation>Мітки розмов ({0})</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="55"/>
        <source>Type a tag and press Enter</source>
        <translation>Введіть мітку й натисніть Enter</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="92"/>
        <source>Space ticks the selected tag; Ctrl+Enter saves.</source>
        <translation>Пробіл позначає вибрану мітку; Ctrl+Enter — зберегти.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="38"/>
        <source>Templates</source>
        <translation>Шаблони</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="41"/>
        <source>Search templates</source>
        <translation>Пошук шаблонів</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="49"/>
        <source>Only for me</source>
        <translation>Лише для мене</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="58"/>
        <source>New</source>
        <translation>Створити</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="59"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="60"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="79"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="80"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="82"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="84"/>
        <source>Variables: {0}</source>
        <translation>Змінні: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="88"/>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="117"/>
        <source>personal</source>
        <translation>особистий</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="117"/>
        <source>shared</source>
        <translation>спільний</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="163"/>
        <source>Aigerim Nurlanovna</source>
        <translation>Айгерім Нурланівна</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="164"/>
        <source>Dana Sultanova</source>
        <translation>Дана Султанова</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="165"/>
        <source>Order 1042</source>
        <translation>Замовлення 1042</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="167"/>
        <source>within 60 minutes</source>
        <translation>протягом 60 хвилин</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="168"/>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="173"/>
        <source>Unknown variables: {0}</source>
        <translation>Невідомі змінні: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="186"/>
        <source>The desk&apos;s own texts are shared, never personal.</source>
        <translation>Тексти служби завжди спільні, а не особисті.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="209"/>
        <source>Shipped templates are kept; edit the text instead.</source>
        <translation>Вбудовані шаблони не видаляються — змініть текст.</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/timeline.py" line="37"/>
        <source>%n earlier messages are not shown</source>
        <translation>
            <numerusform>%n попереднє повідомлення не показано</numerusform>
            <numerusform>%n попередні повідомлення не показано</numerusform>
            <numerusform>%n попередніх повідомлень не показано</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="56"/>
        <source>Marked {0}.</source>
        <translation>Позначено: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="57"/>
        <source>{0} conversations marked {1}.</source>
        <translation>Розмов позначено як «{1}»: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="68"/>
        <source>Resolved.</source>
        <translation>Вирішено.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="68"/>
        <source>{0} conversations resolved.</source>
        <translation>Вирішено розмов: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="80"/>
        <source>Snoozed until {0}.</source>
        <translation>Відкладено до {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="81"/>
        <source>{0} conversations snoozed until {1}.</source>
        <translation>Відкладено до {1} розмов: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="94"/>
        <source>Unassigned.</source>
        <translation>Призначення знято.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="94"/>
        <source>{0} conversations unassigned.</source>
        <translation>Призначення знято з розмов: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="98"/>
        <source>Assigned to you.</source>
        <translation>Призначено вам.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="98"/>
        <source>{0} conversations assigned to you.</source>
        <translation>Призначено вам розмов: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="103"/>
        <source>Assigned to {0}.</source>
        <translation>Призначено: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="104"/>
        <source>{0} conversations assigned to {1}.</source>
        <translation>Призначено агенту {1} розмов: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="116"/>
        <source>Collaborators updated.</source>
        <translation>Помічників оновлено.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="127"/>
        <source>Priority: {0}.</source>
        <translation>Пріоритет: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="134"/>
        <source>Category: {0}.</source>
        <translation>Категорія: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="134"/>
        <source>Category cleared.</source>
        <translation>Категорію знято.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="154"/>
        <source>Tags updated.</source>
        <translation>Мітки оновлено.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="155"/>
        <source>Tags of {0} conversations updated.</source>
        <translation>Мітки оновлено в розмовах: {0}.</translation>
    </message>
</context>
<context>
    <name>ViewList</name>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="171"/>
        <source>Channels</source>
        <translation>Канали</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="172"/>
        <source>Accounts</source>
        <translation>Облікові записи</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="173"/>
        <source>Categories</source>
        <translation>Категорії</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="174"/>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="175"/>
        <source>Saved searches</source>
        <translation>Збережені пошуки</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="270"/>
        <source>Delete saved search</source>
        <translation>Видалити збережений пошук</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="130"/>
        <source>Inbox</source>
        <translation>Вхідні</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="136"/>
        <source>Mine</source>
        <translation>Мої</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="142"/>
        <source>Others’</source>
        <translation>У колег</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="150"/>
        <source>SLA due soon</source>
        <translation>Незабаром термін SLA</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="157"/>
        <source>Pending</source>
        <translation>Чекають клієнта</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="163"/>
        <source>Snoozed</source>
        <translation>Відкладені</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="169"/>
        <source>Resolved</source>
        <translation>Вирішені</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="175"/>
        <source>All conversations</source>
        <translation>Усі розмови</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="36"/>
        <location filename="../../omniinbox/ui/welcome.py" line="47"/>
        <source>Welcome to OmniInbox</source>
        <translation>Ласкаво просимо до OmniInbox</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="57"/>
        <source>One inbox for your shop&apos;s email, Telegram and X: every customer&apos;s messages in one place, answered by your team. Everything is kept on this computer; passwords go to the system keyring.</source>
        <translation>Одні вхідні для пошти, Telegram і X вашого магазину: усі повідомлення клієнтів в одному місці, і ваша команда на них відповідає. Усе зберігається на цьому комп’ютері, а паролі — в системному сховищі паролів.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="65"/>
        <source>Add an account</source>
        <translation>Додати обліковий запис</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="66"/>
        <source>Connect a mailbox, a Telegram bot or an X account and start answering.</source>
        <translation>Підключіть поштову скриньку, бота Telegram або акаунт X і почніть відповідати.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="74"/>
        <source>Explore the demo</source>
        <translation>Переглянути демо</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="76"/>
        <source>A sample shop with customers in six languages, to try everything safely. Nothing is sent anywhere; it stays beside your own workspace.</source>
        <translation>Приклад магазину з клієнтами шістьма мовами, щоб безпечно все спробувати. Нічого нікуди не надсилається; демо зберігається окремо від вашої робочої теки.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome_flow.py" line="77"/>
        <source>No account was added.</source>
        <translation>Обліковий запис не додано.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="55"/>
        <source>Moving around</source>
        <translation>Переміщення</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="55"/>
        <source>The conversation</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="55"/>
        <source>The app</source>
        <translation>Застосунок</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="57"/>
        <source>Next conversation</source>
        <translation>Наступна розмова</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="58"/>
        <source>Previous conversation</source>
        <translation>Попередня розмова</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="61"/>
        <source>Add the next to the selection</source>
        <translation>Додати наступну до вибраних</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="68"/>
        <source>Add the previous to the selection</source>
        <translation>Додати попередню до вибраних</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="73"/>
        <source>Select or unselect this one</source>
        <translation>Вибрати або зняти вибір</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="74"/>
        <source>Open the conversation</source>
        <translation>Відкрити розмову</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="78"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="80"/>
        <source>Command palette</source>
        <translation>Палітра команд</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="83"/>
        <source>Keyboard shortcuts</source>
        <translation>Гарячі клавіші</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="85"/>
        <source>Back to the list</source>
        <translation>Назад до списку</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="92"/>
        <source>Go to {0}</source>
        <translation>Перейти: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="94"/>
        <source>Reply</source>
        <translation>Відповісти</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="95"/>
        <source>Internal note</source>
        <translation>Внутрішня нотатка</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="96"/>
        <location filename="../../omniinbox/ui/window_actions.py" line="182"/>
        <source>Resolve</source>
        <translation>Вирішити</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="97"/>
        <location filename="../../omniinbox/ui/window_actions.py" line="179"/>
        <source>Assign to me</source>
        <translation>Призначити мені</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="98"/>
        <location filename="../../omniinbox/ui/window_actions.py" line="181"/>
        <source>Snooze…</source>
        <translation>Відкласти…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="99"/>
        <source>Tags…</source>
        <translation>Мітки…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="100"/>
        <source>Priority…</source>
        <translation>Пріоритет…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="103"/>
        <source>Show or hide the customer panel</source>
        <translation>Показати або сховати панель клієнта</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="111"/>
        <source>Merge this customer with another…</source>
        <translation>Об’єднати клієнта з іншим…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="120"/>
        <source>Mark {0}</source>
        <translation>Позначити: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="125"/>
        <source>Outbox…</source>
        <translation>Вихідні…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="127"/>
        <source>Sync now</source>
        <translation>Синхронізувати зараз</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="129"/>
        <source>Look: follow the system</source>
        <translation>Вигляд: як у системі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="130"/>
        <source>Look: light</source>
        <translation>Вигляд: світлий</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="131"/>
        <source>Look: dark</source>
        <translation>Вигляд: темний</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="136"/>
        <source>Desktop notifications on or off</source>
        <translation>Увімкнути або вимкнути сповіщення</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="142"/>
        <source>Tray icon on or off</source>
        <translation>Значок у треї: увімкнути або вимкнути</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="180"/>
        <source>Tag…</source>
        <translation>Мітка…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="331"/>
        <source>View: {0}</source>
        <translation>Розділ: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="334"/>
        <source>View</source>
        <translation>Розділ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="345"/>
        <source>Open ticket #{0}</source>
        <translation>Відкрити звернення #{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="374"/>
        <source>Save search</source>
        <translation>Зберегти пошук</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="374"/>
        <source>Name of the saved search:</source>
        <translation>Назва збереженого пошуку:</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../omniinbox/ui/account_tasks.py" line="87"/>
        <source>Something went wrong ({0}). The details are in the log.</source>
        <translation>Щось пішло не так ({0}). Подробиці — в журналі.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../omniinbox/ui/app.py" line="136"/>
        <source>OmniInbox cannot open {0}: {1}</source>
        <translation>OmniInbox не може відкрити {0}: {1}</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="21"/>
        <source>Open</source>
        <translation>Відкрита</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="22"/>
        <source>Pending</source>
        <translation>Чекає клієнта</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="23"/>
        <source>Snoozed</source>
        <translation>Відкладена</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="24"/>
        <source>Resolved</source>
        <translation>Вирішена</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="25"/>
        <source>Closed</source>
        <translation>Закрита</translation>
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
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="34"/>
        <source>Low</source>
        <translation>Низький</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="35"/>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="36"/>
        <source>High</source>
        <translation>Високий</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="37"/>
        <source>Urgent</source>
        <translation>Терміновий</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="83"/>
        <source>Yesterday</source>
        <translation>Учора</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="92"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="109"/>
        <source>{0} bytes</source>
        <translation>{0} Б</translation>
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
        <translation>{0} хв</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="143"/>
        <source>{0}h</source>
        <translation>{0} год</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="144"/>
        <source>{0}d</source>
        <translation>{0} д</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="154"/>
        <source>{0} late</source>
        <translation>прострочено на {0}</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../omniinbox/ui/ops.py" line="61"/>
        <source>Something went wrong ({0}). The details are in the log.</source>
        <translation>Щось пішло не так ({0}). Подробиці — в журналі.</translation>
    </message>
</context>
<context>
    <name>reply_routes</name>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="61"/>
        <source>a second address on the same channel</source>
        <translation>інша адреса в тому самому каналі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="67"/>
        <source>no channel to send on</source>
        <translation>немає каналу для надсилання</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="84"/>
        <source>no conversation on that channel yet</source>
        <translation>у цьому каналі ще немає розмови</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="102"/>
        <source>Not possible yet: {0}</source>
        <translation>Поки неможливо: {0}</translation>
    </message>
</context>
<context>
    <name>screenshots</name>
    <message>
        <location filename="../../omniinbox/ui/screenshots.py" line="134"/>
        <source>res</source>
        <comment>typed: the start of Resolved</comment>
        <translation>вир</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="49"/>
        <source>Light or dark colours, or as the desktop has them</source>
        <translation>Світлі чи темні кольори або як у системі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="50"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="52"/>
        <location filename="../../omniinbox/ui/settings.py" line="67"/>
        <source>As the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="53"/>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="54"/>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="63"/>
        <source>The language of the window; applies when OmniInbox restarts</source>
        <translation>Мова інтерфейсу; застосується після перезапуску OmniInbox</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="65"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="79"/>
        <source>An icon with the unread count in the system tray</source>
        <translation>Значок із кількістю непрочитаних у системному треї</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="80"/>
        <source>Show an icon in the system tray</source>
        <translation>Показувати значок у системному треї</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="85"/>
        <source>A desktop notification when a customer writes</source>
        <translation>Сповіщення на робочому столі, коли пише клієнт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="86"/>
        <source>Desktop notifications for new messages</source>
        <translation>Сповіщення про нові повідомлення</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="114"/>
        <source>Queued: goes out when the account is online</source>
        <translation>У черзі: піде, коли обліковий запис буде в мережі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="115"/>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="116"/>
        <source>Failed to send</source>
        <translation>Не вдалося надіслати</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="117"/>
        <source>May not have gone out: check before sending again</source>
        <translation>Можливо, не надіслано: перевірте, перш ніж надсилати знову</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="125"/>
        <source>Try again</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="141"/>
        <source>not downloaded yet</source>
        <translation>ще не завантажено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="163"/>
        <source>edited by the customer</source>
        <translation>змінено клієнтом</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="165"/>
        <source>deleted on the channel</source>
        <translation>видалено в каналі</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="175"/>
        <source>Hide quoted text</source>
        <translation>Сховати цитату</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="177"/>
        <source>··· Show quoted text</source>
        <translation>··· Показати цитату</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="207"/>
        <source>Unknown sender</source>
        <translation>Невідомий відправник</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="257"/>
        <source>Internal note</source>
        <translation>Внутрішня нотатка</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="288"/>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="290"/>
        <source>Yesterday</source>
        <translation>Учора</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="320"/>
        <source>No messages yet</source>
        <translation>Повідомлень поки немає</translation>
    </message>
</context>
</TS>
