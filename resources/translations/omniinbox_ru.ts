<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="33"/>
        <source>Qt and Qt for Python (PySide6, Shiboken6) are used under the GNU Lesser General Public License version 3. They are linked dynamically, as separate shared libraries that you may replace with your own build; their source code is available from https://code.qt.io and https://download.qt.io.</source>
        <translation>Qt и Qt for Python (PySide6, Shiboken6) используются на условиях GNU Lesser General Public License версии 3. Они подключаются динамически, как отдельные разделяемые библиотеки, которые можно заменить собственной сборкой; их исходный код доступен на https://code.qt.io и https://download.qt.io.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="65"/>
        <source>About OmniInbox</source>
        <translation>О программе OmniInbox</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="70"/>
        <source>A desktop support inbox: email, Telegram and X conversations as one list of tickets, offline first.</source>
        <translation>Служба поддержки на компьютере: диалоги из почты, Telegram и X одним списком обращений, работает и без сети.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="83"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="47"/>
        <location filename="../../omniinbox/ui/about.py" line="83"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="48"/>
        <source> (bundle)</source>
        <translation> (автономная сборка)</translation>
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
        <translation>Рабочая папка</translation>
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
        <translation>неизвестно: %1</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="99"/>
        <source>Choose a library to read its licence.</source>
        <translation>Выберите библиотеку, чтобы прочитать её лицензию.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="113"/>
        <source>Libraries in this installation and their licences:</source>
        <translation>Библиотеки в этой установке и их лицензии:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="131"/>
        <source>%1 ships no licence text in its metadata; its licence is: %2</source>
        <translation>%1 не содержит текста лицензии в метаданных; лицензия: %2</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="123"/>
        <source>Add an account</source>
        <translation>Добавить аккаунт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="166"/>
        <source>Saving the account…</source>
        <translation>Сохраняем аккаунт…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="182"/>
        <source>The account was not saved.</source>
        <translation>Аккаунт не сохранён.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="230"/>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="62"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="64"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="66"/>
        <location filename="../../omniinbox/ui/account_list.py" line="132"/>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="68"/>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="101"/>
        <source>(disabled)</source>
        <translation>(отключён)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="103"/>
        <source>(connector not installed)</source>
        <translation>(коннектор не установлен)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="110"/>
        <source>No accounts yet: add one to start receiving messages.</source>
        <translation>Аккаунтов пока нет: добавьте аккаунт, чтобы получать сообщения.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="132"/>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="148"/>
        <source>Added {0}.</source>
        <translation>Добавлен: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="157"/>
        <source>Checking {0}…</source>
        <translation>Проверяем {0}…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="161"/>
        <source>{0}: connected, credentials accepted.</source>
        <translation>{0}: подключено, данные для входа приняты.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="185"/>
        <source>Remove the account</source>
        <translation>Удаление аккаунта</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="187"/>
        <source>Remove {0}? Its conversations stay in OmniInbox; its password and tokens are deleted from the keyring.</source>
        <translation>Удалить {0}? Диалоги останутся в OmniInbox; пароль и токены будут удалены из хранилища паролей.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="195"/>
        <source>Removed {0}.</source>
        <translation>Удалён: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="67"/>
        <source>Saved in your own workspace: it opens the next time OmniInbox starts.</source>
        <translation>Сохранено в вашей рабочей папке: она откроется при следующем запуске OmniInbox.</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="140"/>
        <source>(owner)</source>
        <translation>(ответственный)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="143"/>
        <source>agents, comma-separated</source>
        <translation>агенты через запятую</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="148"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="149"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="163"/>
        <source>category, e.g. delivery.late</source>
        <translation>категория, например delivery.late</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="164"/>
        <source>tag</source>
        <translation>тег</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="165"/>
        <source>low, normal, high or urgent</source>
        <translation>low, normal, high или urgent</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="166"/>
        <source>template name</source>
        <translation>название шаблона</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="167"/>
        <source>note for the agent</source>
        <translation>заметка для агента</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="186"/>
        <source>There is no agent called {0}.</source>
        <translation>Агента с именем {0} нет.</translation>
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
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="35"/>
        <source>Accounts…</source>
        <translation>Аккаунты…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="36"/>
        <source>Import mail…</source>
        <translation>Импорт почты…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="37"/>
        <source>Copy diagnostics</source>
        <translation>Скопировать диагностику</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="38"/>
        <source>About OmniInbox</source>
        <translation>О программе OmniInbox</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="187"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="192"/>
        <source>Programs and scripts are only saved, never opened here</source>
        <translation>Программы и скрипты можно только сохранить, здесь они не открываются</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="197"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="201"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="207"/>
        <source>Downloading…</source>
        <translation>Загружается…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="209"/>
        <source>Cannot be downloaded: {0}</source>
        <translation>Не удаётся загрузить: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="213"/>
        <source>Not downloaded yet</source>
        <translation>Ещё не загружено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="219"/>
        <source>Try downloading again</source>
        <translation>Загрузить ещё раз</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="261"/>
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/list_pane.py" line="64"/>
        <source>%n selected</source>
        <translation>
            <numerusform>Выбран %n</numerusform>
            <numerusform>Выбрано %n</numerusform>
            <numerusform>Выбрано %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="38"/>
        <source>Notify customers</source>
        <translation>Оповестить клиентов</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="48"/>
        <source>a saved search or search words</source>
        <translation>сохранённый поиск или слова для поиска</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="49"/>
        <source>e.g. concert</source>
        <translation>например, концерт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="50"/>
        <source>e.g. refund</source>
        <translation>например, возврат</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="51"/>
        <source>e.g. 1042, 1043</source>
        <translation>например, 1042, 1043</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="53"/>
        <source>subject, for customers without an open conversation</source>
        <translation>тема — для клиентов без открытого диалога</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="59"/>
        <source>Hello {customer.first_name}, … Variables: {customer.first_name} {customer.name} {ticket} {agent.name}</source>
        <translation>Здравствуйте, {customer.first_name}! … Переменные: {customer.first_name} {customer.name} {ticket} {agent.name}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="63"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="64"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="69"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="69"/>
        <source>Channel</source>
        <translation>Канал</translation>
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
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="77"/>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="93"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="94"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="95"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="96"/>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="97"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="149"/>
        <source>new conversation</source>
        <translation>новый диалог</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="150"/>
        <source>no channel</source>
        <translation>нет канала</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="157"/>
        <source>No value for: {0}; it is left out.</source>
        <translation>Нет значения для: {0}; пропущено.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="162"/>
        <source>{0} customers, {1} reachable</source>
        <translation>Клиентов: {0}, доступно для связи: {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="164"/>
        <source>Send to {0} customers</source>
        <translation>Отправить клиентам: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="212"/>
        <source>{0} of {1} queued · {2} sent · {3} failed · {4} to check</source>
        <translation>В очереди {0} из {1} · отправлено {2} · с ошибкой {3} · проверить {4}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="121"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="134"/>
        <source>Hours like 09:00-13:00, 14:00-18:00. A range that ends at or before it starts runs into the next morning (22:00-06:00); 00:00-24:00 is the whole day; empty means closed.</source>
        <translation>Часы в виде 09:00-13:00, 14:00-18:00. Интервал, который кончается не позже начала, переходит на следующее утро (22:00-06:00); 00:00-24:00 — весь день; пусто — закрыто.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="140"/>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="147"/>
        <source>No public holidays</source>
        <translation>Без государственных праздников</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="163"/>
        <source>The desk&apos;s own closed days</source>
        <translation>Собственные выходные службы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="164"/>
        <source>Extra working days</source>
        <translation>Дополнительные рабочие дни</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="165"/>
        <source>as on the first open weekday</source>
        <translation>как в первый рабочий день недели</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="166"/>
        <source>Holidays</source>
        <translation>Праздники</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="168"/>
        <source>Public holidays of</source>
        <translation>Государственные праздники:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="174"/>
        <source>Hours on extra working days</source>
        <translation>Часы в дополнительные рабочие дни</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="177"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="203"/>
        <source>not understood</source>
        <translation>не распознано</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="206"/>
        <source>ends the next day</source>
        <translation>заканчивается на следующий день</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="211"/>
        <source>Only the closed days below.</source>
        <translation>Только выходные, указанные ниже.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="217"/>
        <source>No holiday calendar is known for {0}.</source>
        <translation>Для {0} календарь праздников неизвестен.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="221"/>
        <source>%n public holiday(s) in {0}.</source>
        <translation>
            <numerusform>%n государственный праздник в {0}.</numerusform>
            <numerusform>%n государственных праздника в {0}.</numerusform>
            <numerusform>%n государственных праздников в {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="225"/>
        <source>Next: {0}, {1}.</source>
        <translation>Ближайший: {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="227"/>
        <source>Add the days the desk closes anyway as closed days below.</source>
        <translation>Дни, когда служба всё равно не работает, добавьте ниже как выходные.</translation>
    </message>
</context>
<context>
    <name>CategoryEditor</name>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="45"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="45"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="51"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="52"/>
        <source>Add inside</source>
        <translation>Добавить внутрь</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="53"/>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="54"/>
        <source>Move to…</source>
        <translation>Переместить в…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="55"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="56"/>
        <source>Bring back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="57"/>
        <source>Show removed categories</source>
        <translation>Показать удалённые категории</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="75"/>
        <source>Removing a category hides it from the pickers; conversations filed there keep it. Moving one re-files its conversations and rules when the settings are applied.</source>
        <translation>Удалённая категория пропадает из списков выбора, но у диалогов в ней остаётся. Перемещённая категория переносит свои диалоги и правила, когда настройки применяются.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="126"/>
        <source>{0} (removed)</source>
        <translation>{0} (удалён)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="205"/>
        <source>New category</source>
        <translation>Новая категория</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="206"/>
        <source>Name of the new category under {0}:</source>
        <translation>Название новой категории внутри {0}:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="210"/>
        <source>Name of the new top-level category:</source>
        <translation>Название новой категории верхнего уровня:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="276"/>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="284"/>
        <source>Move category</source>
        <translation>Перемещение категории</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="284"/>
        <source>Move it under:</source>
        <translation>Переместить внутрь:</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="18"/>
        <source>Checking the account</source>
        <translation>Проверка аккаунта</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="38"/>
        <source>Cancel the check</source>
        <translation>Отменить проверку</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="40"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="70"/>
        <source>Connecting to {0} and signing in…</source>
        <translation>Подключаемся к {0} и входим…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="101"/>
        <source>Check cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="109"/>
        <source>Connected: the settings work. Press Finish to add the account.</source>
        <translation>Подключение есть, настройки работают. Нажмите «Готово», чтобы добавить аккаунт.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="118"/>
        <source>The check did not pass. Go back to fix the settings, or try again.</source>
        <translation>Проверка не прошла. Вернитесь и исправьте настройки или попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../omniinbox/ui/command_palette.py" line="144"/>
        <source>Type a command, a view, or #ticket…</source>
        <translation>Команда, раздел или #обращение…</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="96"/>
        <source>value; several: comma-separated</source>
        <translation>значение; несколько — через запятую</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="97"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="121"/>
        <source>Show the customer panel (I)</source>
        <translation>Показать панель клиента (I)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="124"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="125"/>
        <source>Owner: one agent answers end to end</source>
        <translation>Ответственный: один агент ведёт диалог от начала до конца</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="126"/>
        <source>Collaborators helping the owner</source>
        <translation>Помощники ответственного</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="127"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="128"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="132"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="134"/>
        <source>Tags (T)</source>
        <translation>Теги (T)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="184"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="189"/>
        <source>Snoozed until {0}</source>
        <translation>Отложен до {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="195"/>
        <location filename="../../omniinbox/ui/conversation_header.py" line="273"/>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="201"/>
        <source>{0} helping</source>
        <translation>Помогают: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="203"/>
        <source>No collaborators</source>
        <translation>Без помощников</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="205"/>
        <source>Pull in a colleague to help</source>
        <translation>Позвать коллегу на помощь</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="215"/>
        <location filename="../../omniinbox/ui/conversation_header.py" line="316"/>
        <source>No category</source>
        <translation>Без категории</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="236"/>
        <source>Remove the tag {0}</source>
        <translation>Убрать тег {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="241"/>
        <source>+{0}</source>
        <translation>+{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="262"/>
        <source>Snooze…</source>
        <translation>Отложить…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="291"/>
        <source>No other agents yet</source>
        <translation>Других агентов пока нет</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="310"/>
        <source>{0} (removed)</source>
        <translation>{0} (удалён)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="325"/>
        <source>{0} (in general)</source>
        <translation>{0} (в целом)</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="87"/>
        <source>Unknown customer</source>
        <translation>Неизвестный клиент</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="89"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="109"/>
        <source>Priority: {0}</source>
        <translation>Приоритет: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="115"/>
        <source>Tags: {0}</source>
        <translation>Теги: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="120"/>
        <source>Snoozed until {0}</source>
        <translation>Отложен до {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="125"/>
        <source>Due {0}</source>
        <translation>Срок: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="127"/>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="91"/>
        <source>Customer</source>
        <translation>Клиент</translation>
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
        <translation>Обновлён</translation>
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
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="256"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="257"/>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="258"/>
        <source>Time left to answer within the SLA</source>
        <translation>Сколько осталось, чтобы ответить в срок SLA</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../omniinbox/ui/conversation_view.py" line="72"/>
        <source>Select a conversation to read it here.</source>
        <translation>Выберите диалог, чтобы прочитать его здесь.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_view.py" line="157"/>
        <source>Unknown customer</source>
        <translation>Неизвестный клиент</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="94"/>
        <source>The customer&apos;s name; press Enter to save</source>
        <translation>Имя клиента; Enter — сохранить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="102"/>
        <source>Notes about this customer, for every agent</source>
        <translation>Заметки о клиенте, видны всем агентам</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="111"/>
        <source>+ Add a field</source>
        <translation>+ Добавить поле</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="113"/>
        <source>Conversations</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="128"/>
        <source>Merge with another customer…</source>
        <translation>Объединить с другим клиентом…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="147"/>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="149"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="151"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/customer_panel.py" line="182"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n диалог</numerusform>
            <numerusform>%n диалога</numerusform>
            <numerusform>%n диалогов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="193"/>
        <source>Conversations ({0})</source>
        <translation>Диалоги ({0})</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="277"/>
        <source>another customer</source>
        <translation>другой клиент</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="281"/>
        <source>Merged {0} on {1}</source>
        <translation>Объединено с {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="286"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="307"/>
        <source>Name saved.</source>
        <translation>Имя сохранено.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="330"/>
        <source>Add a field</source>
        <translation>Добавить поле</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="330"/>
        <source>Field name:</source>
        <translation>Название поля:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="368"/>
        <source>{0} merged into this customer; Undo is in the panel.</source>
        <translation>{0}: объединено с этим клиентом; отменить можно на панели.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="386"/>
        <source>Noted: they will not be suggested as the same customer again.</source>
        <translation>Понятно: больше не будем предлагать их как одного клиента.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="391"/>
        <source>Merge undone.</source>
        <translation>Объединение отменено.</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="67"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="68"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>DeskMenu</name>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="39"/>
        <source>The desk</source>
        <translation>Служба поддержки</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="41"/>
        <source>Rules…</source>
        <translation>Правила…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="42"/>
        <source>Canned answers…</source>
        <translation>Шаблоны ответов…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="43"/>
        <source>KPI dashboard…</source>
        <translation>Показатели KPI…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="44"/>
        <source>Bulk notification…</source>
        <translation>Массовое оповещение…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="45"/>
        <source>Desk settings…</source>
        <translation>Настройки службы…</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="178"/>
        <source>Desk settings</source>
        <translation>Настройки службы</translation>
    </message>
</context>
<context>
    <name>DeskSettingsPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="93"/>
        <source>Business hours</source>
        <translation>Рабочие часы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="94"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="95"/>
        <source>Replies and surveys</source>
        <translation>Ответы и опросы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="96"/>
        <source>Categories</source>
        <translation>Категории</translation>
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
        <translation>Собираем данные диагностики…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/diagnostics.py" line="77"/>
        <source>Copy again</source>
        <translation>Скопировать ещё раз</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/diagnostics.py" line="115"/>
        <source>Copied to the clipboard. Paste it into your support request; it holds no passwords, tokens or message text.</source>
        <translation>Скопировано в буфер обмена. Вставьте в обращение в поддержку: там нет паролей, токенов и текста сообщений.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../omniinbox/ui/customer_history.py" line="45"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
</context>
<context>
    <name>ImageBar</name>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/conversation_view.py" line="49"/>
        <source>%n remote image(s) hidden to protect your privacy.</source>
        <translation>
            <numerusform>%n внешнее изображение скрыто для защиты вашей приватности.</numerusform>
            <numerusform>%n внешних изображения скрыты для защиты вашей приватности.</numerusform>
            <numerusform>%n внешних изображений скрыто для защиты вашей приватности.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_view.py" line="50"/>
        <source>Show images from {0}</source>
        <translation>Показывать изображения от {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="62"/>
        <source>Import mail</source>
        <translation>Импорт почты</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="67"/>
        <source>mbox file</source>
        <translation>файл mbox</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="68"/>
        <source>Maildir folder</source>
        <translation>папка Maildir</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="69"/>
        <source>the file or folder to import</source>
        <translation>файл или папка для импорта</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="70"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="72"/>
        <source>Imported mail (a new account)</source>
        <translation>Импортированная почта (новый аккаунт)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="83"/>
        <source>e.g. support@shop.kz, sales@shop.kz</source>
        <translation>например, support@shop.kz, sales@shop.kz</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="84"/>
        <source>Mail from these addresses is the desk&apos;s own (outgoing)</source>
        <translation>Письма с этих адресов — ответы службы (исходящие)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="95"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="99"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="112"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="116"/>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="117"/>
        <source>Into account</source>
        <translation>В аккаунт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="118"/>
        <source>Our addresses</source>
        <translation>Наши адреса</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="133"/>
        <source>Choose a Maildir folder</source>
        <translation>Выберите папку Maildir</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="136"/>
        <source>Choose an mbox file</source>
        <translation>Выберите файл mbox</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="136"/>
        <source>Mail (*.mbox *);;All (*)</source>
        <translation>Почта (*.mbox *);;Все (*)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="150"/>
        <source>Choose the file or folder to import first.</source>
        <translation>Сначала выберите файл или папку для импорта.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="158"/>
        <source>Reading %1…</source>
        <translation>Читаем %1…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="172"/>
        <source>Stopping after the current batch…</source>
        <translation>Остановимся после текущей порции…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="214"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n новое</numerusform>
            <numerusform>%n новых</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="215"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n уже было</numerusform>
            <numerusform>%n уже были</numerusform>
            <numerusform>%n уже было</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="217"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n не читается</numerusform>
            <numerusform>%n не читаются</numerusform>
            <numerusform>%n не читаются</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="225"/>
        <source>Stopped: %n new messages imported so far.</source>
        <translation>
            <numerusform>Остановлено: пока импортировано %n новое сообщение.</numerusform>
            <numerusform>Остановлено: пока импортировано %n новых сообщения.</numerusform>
            <numerusform>Остановлено: пока импортировано %n новых сообщений.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="226"/>
        <source>Import the same source again to continue where it stopped.</source>
        <translation>Импортируйте тот же источник ещё раз, чтобы продолжить с места остановки.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="228"/>
        <source>Nothing new: everything in this source is already in the desk.</source>
        <translation>Ничего нового: всё из этого источника уже есть в службе.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="231"/>
        <source>Done: %n new messages imported.</source>
        <translation>
            <numerusform>Готово: импортировано %n новое сообщение.</numerusform>
            <numerusform>Готово: импортировано %n новых сообщения.</numerusform>
            <numerusform>Готово: импортировано %n новых сообщений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="232"/>
        <source>%n were already there.</source>
        <translation>
            <numerusform>%n уже было в службе.</numerusform>
            <numerusform>%n уже были в службе.</numerusform>
            <numerusform>%n уже было в службе.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="235"/>
        <source>%n could not be read (listed below).</source>
        <translation>
            <numerusform>%n не удалось прочитать (список ниже).</numerusform>
            <numerusform>%n не удалось прочитать (список ниже).</numerusform>
            <numerusform>%n не удалось прочитать (список ниже).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="41"/>
        <source>Add an account</source>
        <translation>Добавить аккаунт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="42"/>
        <source>Where do your customers write to you?</source>
        <translation>Где вам пишут клиенты?</translation>
    </message>
</context>
<context>
    <name>KpiDashboard</name>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="61"/>
        <source>Support KPIs</source>
        <translation>KPI поддержки</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="71"/>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="75"/>
        <source>All accounts</source>
        <translation>Все аккаунты</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="79"/>
        <source>All agents</source>
        <translation>Все агенты</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="82"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="83"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="84"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="85"/>
        <source>Export JSON…</source>
        <translation>Экспорт в JSON…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="88"/>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="88"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="91"/>
        <source>Conversations by channel</source>
        <translation>Диалоги по каналам</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="92"/>
        <source>Conversations by category</source>
        <translation>Диалоги по категориям</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="93"/>
        <source>Open conversations by age</source>
        <translation>Открытые диалоги по возрасту</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="94"/>
        <source>Business minutes (median and 90th percentile)</source>
        <translation>Рабочие минуты (медиана и 90-й процентиль)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="107"/>
        <source>From – to</source>
        <translation>С – по</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="111"/>
        <source>Only</source>
        <translation>Только</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="173"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="178"/>
        <source>first response, median</source>
        <translation>первый ответ, медиана</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="179"/>
        <source>first response, p90</source>
        <translation>первый ответ, p90</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="180"/>
        <source>resolution, median</source>
        <translation>решение, медиана</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="181"/>
        <source>resolution, p90</source>
        <translation>решение, p90</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="191"/>
        <source>Conversations</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="192"/>
        <source>Conversations on</source>
        <translation>Диалоги по каналу</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="193"/>
        <source>Conversations in</source>
        <translation>Диалоги в категории</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="194"/>
        <source>First response, business minutes</source>
        <translation>Первый ответ, рабочие минуты</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="195"/>
        <source>Not answered yet</source>
        <translation>Ещё без ответа</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="196"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="197"/>
        <source>Resolution, business minutes</source>
        <translation>Решение, рабочие минуты</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="198"/>
        <source>Resolved at first contact</source>
        <translation>Решено с первого обращения</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="199"/>
        <source>Came back within 7 days</source>
        <translation>Вернулись в течение 7 дней</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="200"/>
        <source>Reopened</source>
        <translation>Открыты повторно</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="201"/>
        <source>SLA met</source>
        <translation>SLA выполнен</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="202"/>
        <source>Satisfaction, average of 5</source>
        <translation>Удовлетворённость, средняя из 5</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="203"/>
        <source>Satisfied (4 or 5)</source>
        <translation>Довольны (4 или 5)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="204"/>
        <source>Answered the survey</source>
        <translation>Ответили на опрос</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="205"/>
        <source>Open, aged</source>
        <translation>Открытые, по возрасту</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="208"/>
        <source>count</source>
        <translation>количество</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="209"/>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="210"/>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="211"/>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="218"/>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="234"/>
        <source>Export KPIs</source>
        <translation>Экспорт KPI</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="236"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="236"/>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="98"/>
        <source>Search  ·  from: channel: status: tag: #ticket</source>
        <translation>Поиск  ·  from: channel: status: tag: #обращение</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="116"/>
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="121"/>
        <source>Newest activity</source>
        <translation>Сначала свежие</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="122"/>
        <source>SLA due first</source>
        <translation>Сначала срочные по SLA</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="123"/>
        <source>Order of the list</source>
        <translation>Порядок списка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/list_pane.py" line="269"/>
        <source>%n conversation(s) match “{0}”</source>
        <translation>
            <numerusform>По запросу «{0}» найден %n диалог</numerusform>
            <numerusform>По запросу «{0}» найдено %n диалога</numerusform>
            <numerusform>По запросу «{0}» найдено %n диалогов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/list_pane.py" line="272"/>
        <source>{0} · %n conversation(s)</source>
        <translation>
            <numerusform>{0} · %n диалог</numerusform>
            <numerusform>{0} · %n диалога</numerusform>
            <numerusform>{0} · %n диалогов</numerusform>
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
        <translation>Ответ сохранён. В демо ничего не отправляется.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/main_window.py" line="199"/>
        <source>Reply queued; it goes out when the account is online.</source>
        <translation>Ответ в очереди; уйдёт, когда аккаунт будет в сети.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/main_window.py" line="206"/>
        <source>Demo desk: replies stay on this computer and are never sent</source>
        <translation>Демо: ответы остаются на этом компьютере и никуда не отправляются</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="107"/>
        <source>Profile saved.</source>
        <translation>Профиль сохранён.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="58"/>
        <source>Merge customers</source>
        <translation>Объединение клиентов</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="64"/>
        <source>Find the other customer. Their addresses, handles and conversations move to {0}; you can undo the merge later.</source>
        <translation>Найдите другого клиента. Его адреса, аккаунты и диалоги перейдут к {0}; объединение можно будет отменить.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="71"/>
        <source>Name, address, handle or #ticket</source>
        <translation>Имя, адрес, аккаунт или #обращение</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="78"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/customer_merge.py" line="113"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n диалог</numerusform>
            <numerusform>%n диалога</numerusform>
            <numerusform>%n диалогов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeSuggestions</name>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="147"/>
        <source>same name</source>
        <translation>одинаковое имя</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="149"/>
        <source>same handle on {0}: {1}</source>
        <translation>тот же аккаунт в {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="176"/>
        <source>Possibly the same customer: {0} ({1})</source>
        <translation>Возможно, это тот же клиент: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="185"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="186"/>
        <source>Make them one customer; you can undo it</source>
        <translation>Сделать одним клиентом; это можно отменить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="192"/>
        <source>Not the same</source>
        <translation>Это разные люди</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="193"/>
        <source>Different people: do not suggest this again</source>
        <translation>Разные люди: больше не предлагать</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="71"/>
        <source>Show OmniInbox</source>
        <translation>Показать OmniInbox</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/tray.py" line="90"/>
        <source>OmniInbox: %n unread conversation(s)</source>
        <translation>
            <numerusform>OmniInbox: %n непрочитанный диалог</numerusform>
            <numerusform>OmniInbox: %n непрочитанных диалога</numerusform>
            <numerusform>OmniInbox: %n непрочитанных диалогов</numerusform>
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
        <translation>Новое сообщение от {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="117"/>
        <source>New messages</source>
        <translation>Новые сообщения</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/tray.py" line="117"/>
        <location filename="../../omniinbox/ui/tray.py" line="142"/>
        <source>%n more conversation(s)</source>
        <translation>
            <numerusform>Ещё %n диалог</numerusform>
            <numerusform>Ещё %n диалога</numerusform>
            <numerusform>Ещё %n диалогов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="123"/>
        <source>SLA breached: ticket #{0}</source>
        <translation>SLA нарушен: обращение #{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="134"/>
        <source>Escalated to you: ticket #{0}</source>
        <translation>Передано вам: обращение #{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="136"/>
        <source>For you: ticket #{0}</source>
        <translation>Для вас: обращение #{0}</translation>
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
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="180"/>
        <source>Nothing is waiting: every reply went out.</source>
        <translation>Очередь пуста: все ответы отправлены.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="182"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="185"/>
        <source>Open conversation</source>
        <translation>Открыть диалог</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="232"/>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="282"/>
        <source>Send again?</source>
        <translation>Отправить ещё раз?</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="234"/>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="283"/>
        <source>The customer may already have this reply: the channel could not confirm it. Send it again anyway?</source>
        <translation>Возможно, клиент уже получил этот ответ: канал не подтвердил отправку. Всё равно отправить ещё раз?</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="78"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="79"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="80"/>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="81"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="82"/>
        <source>Tries</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="83"/>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="115"/>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="116"/>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="117"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="118"/>
        <source>May not have gone out</source>
        <translation>Возможно, не отправлено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="123"/>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="124"/>
        <source>Mark read on the channel</source>
        <translation>Отметка «прочитано» в канале</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="33"/>
        <source>Secrets file passphrase</source>
        <translation>Пароль файла секретов</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="38"/>
        <source>There is no system keyring on this computer, so OmniInbox keeps passwords and tokens in an encrypted file in the workspace ({0}). Choose a passphrase for it and keep it safe: without it the credentials cannot be recovered.</source>
        <translation>На этом компьютере нет системного хранилища паролей, поэтому OmniInbox хранит пароли и токены в зашифрованном файле в рабочей папке ({0}). Придумайте для него пароль и не теряйте его: без него учётные данные не восстановить.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="43"/>
        <source>Enter the passphrase of the encrypted secrets file ({0}).</source>
        <translation>Введите пароль зашифрованного файла секретов ({0}).</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="52"/>
        <source>Passphrase:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="56"/>
        <source>Type it again:</source>
        <translation>Ещё раз:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="74"/>
        <source>The passphrase cannot be empty.</source>
        <translation>Пароль не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="76"/>
        <source>The two passphrases differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="279"/>
        <source>Your profile</source>
        <translation>Ваш профиль</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="284"/>
        <source>Tell customers who is answering, and when the desk is open. You can change all of this later in Settings.</source>
        <translation>Расскажите клиентам, кто им отвечает и когда работает служба. Всё это можно изменить позже в настройках.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="294"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="297"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="54"/>
        <source>e.g. Aigerim Sadykova</source>
        <translation>например, Айгерим Садыкова</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="56"/>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="57"/>
        <source>Signed on every answer you send: customers see it.</source>
        <translation>Подпись под каждым вашим ответом: её видят клиенты.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="61"/>
        <source>Your email:</source>
        <translation>Ваша почта:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="65"/>
        <source>Signature:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="76"/>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="93"/>
        <source>Opening hours:</source>
        <translation>Часы работы:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="98"/>
        <source>Ranges like 09:00-13:00, 14:00-18:00. SLA clocks run only while the desk is open; holidays are in Settings, Desk.</source>
        <translation>Интервалы вида 09:00-13:00, 14:00-18:00. Сроки SLA идут, только пока служба работает; праздники — в Настройках, раздел «Служба».</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="108"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="109"/>
        <source>A new language applies when OmniInbox restarts.</source>
        <translation>Новый язык применится после перезапуска OmniInbox.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="142"/>
        <source>Your name is needed: customers see it on every answer.</source>
        <translation>Нужно ваше имя: клиенты видят его в каждом ответе.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="149"/>
        <source>Choose a time zone from the list.</source>
        <translation>Выберите часовой пояс из списка.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="158"/>
        <source>{0}: write hours as 09:00-18:00.</source>
        <translation>{0}: укажите часы в виде 09:00-18:00.</translation>
    </message>
</context>
<context>
    <name>RepliesPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="50"/>
        <source>Protects against loops with other auto-responders</source>
        <translation>Защищает от зацикливания с другими автоответчиками</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="51"/>
        <source>After a score of 1 or 2, ask what went wrong</source>
        <translation>После оценки 1 или 2 спросить, что пошло не так</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="55"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="55"/>
        <source>Acknowledge</source>
        <translation>Автоответ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="55"/>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="62"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="63"/>
        <source>never reopen</source>
        <translation>не открывать повторно</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="65"/>
        <source>Automatic acknowledgement</source>
        <translation>Автоматическое подтверждение</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="69"/>
        <source>A new conversation is answered at once with its ticket number and when to expect an answer. Auto-replies, bounces and mailing lists are never answered.</source>
        <translation>На новый диалог сразу приходит ответ с номером обращения и сроком ответа. Автоответам, возвратам писем и рассылкам ответ не отправляется.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="75"/>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="79"/>
        <source>On these channels</source>
        <translation>В этих каналах</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="76"/>
        <source>At most per sender and day</source>
        <translation>Не больше на отправителя в день</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="77"/>
        <source>Satisfaction survey on resolve</source>
        <translation>Опрос удовлетворённости после решения</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="81"/>
        <source>Per account (overrides the channel)</source>
        <translation>По аккаунтам (важнее настроек канала)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="83"/>
        <source>Reopening</source>
        <translation>Повторное открытие</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="86"/>
        <source>A customer reply reopens a resolved conversation within</source>
        <translation>Ответ клиента снова открывает решённый диалог в течение</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="88"/>
        <source>Later replies start a new conversation linked to the old one.</source>
        <translation>Более поздние ответы начинают новый диалог, связанный со старым.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="98"/>
        <source>As its channel</source>
        <translation>Как в канале</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="99"/>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="100"/>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="105"/>
        <source>The demo desk never sends anything</source>
        <translation>Демо ничего никуда не отправляет</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="74"/>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="77"/>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="88"/>
        <source>Answer on the customer&apos;s channel or another of theirs</source>
        <translation>Ответить в канале клиента или в другом его канале</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="102"/>
        <source>Canned answers (type / at the start of a line)</source>
        <translation>Шаблоны ответов (введите / в начале строки)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="104"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="106"/>
        <source>Queue the reply to the customer (Ctrl+Enter)</source>
        <translation>Поставить ответ в очередь на отправку (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="108"/>
        <source>Send and resolve</source>
        <translation>Отправить и решить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="110"/>
        <source>Send, then mark resolved (Ctrl+Shift+Enter)</source>
        <translation>Отправить и отметить решённым (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="112"/>
        <source>Add internal note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="114"/>
        <source>Only agents see notes; the customer never does</source>
        <translation>Заметки видят только агенты, клиент — никогда</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="122"/>
        <source>Fill in: {0}</source>
        <translation>Заполните: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="142"/>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="248"/>
        <source>A note for your colleagues; the customer never sees it…</source>
        <translation>Заметка для коллег; клиент её не увидит…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="250"/>
        <source>Ctrl+Enter adds the note</source>
        <translation>Ctrl+Enter — добавить заметку</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="252"/>
        <source>the customer</source>
        <translation>клиенту</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="257"/>
        <source>Reply to {0} by {1}…</source>
        <translation>Ответ: {0}, канал {1}…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="258"/>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter — отправить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="269"/>
        <source>Signed: {0}</source>
        <translation>Подпись: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="367"/>
        <source>Answered on {0} in ticket {1}.</source>
        <translation>Ответ отправлен в канал {0}, обращение {1}.</translation>
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
        <translation>выполнены все условия</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="73"/>
        <source>any condition holds</source>
        <translation>выполнено любое условие</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="74"/>
        <source>Stop: later rules do not run when this one matches</source>
        <translation>Стоп: если правило сработало, следующие не выполняются</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="75"/>
        <source>Enabled</source>
        <translation>Включено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="77"/>
        <source>Add condition</source>
        <translation>Добавить условие</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="78"/>
        <source>Add action</source>
        <translation>Добавить действие</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="79"/>
        <source>Which past conversations would match?</source>
        <translation>Какие прошлые диалоги подошли бы?</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="88"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="89"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="90"/>
        <source>If</source>
        <translation>Если</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="91"/>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="92"/>
        <source>Then</source>
        <translation>То</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="126"/>
        <source>Give the rule a name.</source>
        <translation>Дайте правилу название.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="130"/>
        <source>&apos;{0}&apos; does not apply to {1}.</source>
        <translation>«{0}» не применяется к «{1}».</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="155"/>
        <source> and {0} more</source>
        <translation> и ещё {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="157"/>
        <source>It would have matched {0} of the latest conversations: {1}{2}</source>
        <translation>Подошло бы к последним диалогам: {0}. {1}{2}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="162"/>
        <source>No past conversation would have matched.</source>
        <translation>Ни один прошлый диалог не подошёл бы.</translation>
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
        <translation>аккаунт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="39"/>
        <source>sender</source>
        <translation>отправитель</translation>
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
        <translation>тема или текст</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="43"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="44"/>
        <source>customer tag</source>
        <translation>тег клиента</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="45"/>
        <source>in business hours</source>
        <translation>в рабочие часы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="46"/>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="47"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="48"/>
        <source>minutes since the last message</source>
        <translation>минут после последнего сообщения</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="56"/>
        <source>is</source>
        <translation>равно</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="57"/>
        <source>is not</source>
        <translation>не равно</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="58"/>
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="59"/>
        <source>does not contain</source>
        <translation>не содержит</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="60"/>
        <source>has the word</source>
        <translation>есть слово</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="61"/>
        <source>matches the pattern</source>
        <translation>соответствует шаблону</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="62"/>
        <source>at least</source>
        <translation>не меньше</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="63"/>
        <source>at most</source>
        <translation>не больше</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="69"/>
        <source>set the category</source>
        <translation>задать категорию</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="70"/>
        <source>add a tag</source>
        <translation>добавить тег</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="71"/>
        <source>set the priority</source>
        <translation>задать приоритет</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="72"/>
        <source>assign to</source>
        <translation>назначить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="73"/>
        <source>assign in turn</source>
        <translation>назначать по очереди</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="74"/>
        <source>reply with a template</source>
        <translation>ответить шаблоном</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="75"/>
        <source>escalate to</source>
        <translation>передать</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="76"/>
        <source>snooze</source>
        <translation>отложить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="77"/>
        <source>resolve</source>
        <translation>решить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="78"/>
        <source>add a helper</source>
        <translation>добавить помощника</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="79"/>
        <source>notify</source>
        <translation>уведомить</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="38"/>
        <source>A new conversation starts</source>
        <translation>Начинается новый диалог</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="41"/>
        <source>A customer writes again</source>
        <translation>Клиент пишет снова</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="42"/>
        <source>The status changes</source>
        <translation>Меняется статус</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="43"/>
        <source>An SLA target is nearly due</source>
        <translation>Срок SLA скоро истекает</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="46"/>
        <source>An SLA target is breached</source>
        <translation>Срок SLA нарушен</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="49"/>
        <source>Time passes (checked every 30 seconds)</source>
        <translation>Проходит время (проверка каждые 30 секунд)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="181"/>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="185"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="186"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="187"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="188"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="189"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="208"/>
        <source>Rules run from the top; each can stop the ones below.</source>
        <translation>Правила выполняются сверху вниз; каждое может остановить нижние.</translation>
    </message>
</context>
<context>
    <name>SchemaForm</name>
    <message>
        <location filename="../../omniinbox/ui/account_form.py" line="150"/>
        <source>Edit the server settings</source>
        <translation>Изменить настройки сервера</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_form.py" line="155"/>
        <source>Advanced settings</source>
        <translation>Дополнительные настройки</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="103"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="134"/>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="135"/>
        <source>A new language applies when OmniInbox restarts.</source>
        <translation>Новый язык применится после перезапуска OmniInbox.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="139"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="181"/>
        <source>Check the settings on the page “{0}”.</source>
        <translation>Проверьте настройки на странице «{0}».</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="118"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="120"/>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
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
        <translation>Название в OmniInbox:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="81"/>
        <source>{0}: account settings</source>
        <translation>{0}: настройки аккаунта</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="133"/>
        <source>Filled in for {0}: {1}.</source>
        <translation>Заполнено для {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="173"/>
        <source>The account needs a name.</source>
        <translation>У аккаунта должно быть название.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="175"/>
        <source>Finish or cancel the sign-in in the browser first.</source>
        <translation>Сначала завершите или отмените вход в браузере.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="178"/>
        <source>Check the highlighted settings.</source>
        <translation>Проверьте выделенные настройки.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../omniinbox/ui/shortcut_sheet.py" line="48"/>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
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
        <translation>Демонстрационная служба: отсюда ничего не уходит настоящим клиентам</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="48"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="55"/>
        <source>Command palette (Ctrl+K)</source>
        <translation>Палитра команд (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="81"/>
        <source>Look</source>
        <translation>Оформление</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="80"/>
        <source>Sign in with {0}…</source>
        <translation>Войти через {0}…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="82"/>
        <source>Sign in in the browser…</source>
        <translation>Войти в браузере…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="121"/>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Ждём, пока вы войдёте в браузере…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="136"/>
        <source>Sign-in cancelled.</source>
        <translation>Вход отменён.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="142"/>
        <source>Signed in. The tokens are kept in the keyring when you save.</source>
        <translation>Вход выполнен. Токены сохранятся в хранилище паролей при сохранении.</translation>
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
        <translation>Первый ответ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="47"/>
        <source>Next response</source>
        <translation>Следующий ответ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="48"/>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="56"/>
        <source>not tracked</source>
        <translation>не отслеживается</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="62"/>
        <source>Targets count business minutes only (the calendar&apos;s opening hours). First response runs from the first message to the first answer; next response from each later customer message to the answer; resolution until the conversation is resolved.</source>
        <translation>Сроки считаются только в рабочих минутах (по часам работы из календаря). Первый ответ — от первого сообщения до первого ответа; следующий ответ — от каждого нового сообщения клиента до ответа; решение — пока диалог не решён.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="69"/>
        <source>Targets per priority</source>
        <translation>Сроки по приоритетам</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="73"/>
        <source>Pause the clocks while a conversation is pending</source>
        <translation>Останавливать отсчёт, пока диалог ждёт клиента</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="74"/>
        <source>Pending: waiting for the customer</source>
        <translation>Ждёт клиента: ожидаем ответа клиента</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="78"/>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="79"/>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="82"/>
        <source>Due soon when this much is used</source>
        <translation>«Скоро срок», когда израсходовано</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="83"/>
        <source>or when less than this is left</source>
        <translation>или когда осталось меньше</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="57"/>
        <source>Snooze until</source>
        <translation>Отложить до</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="67"/>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="71"/>
        <source>The conversation comes back to the inbox then.</source>
        <translation>В это время диалог вернётся во входящие.</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="90"/>
        <source>&amp;1  In one hour</source>
        <translation>&amp;1  Через час</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="91"/>
        <source>&amp;2  Tomorrow, 9:00</source>
        <translation>&amp;2  Завтра в 9:00</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="92"/>
        <source>&amp;3  Next week, Monday 9:00</source>
        <translation>&amp;3  На следующей неделе, в понедельник в 9:00</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="100"/>
        <source>&amp;4  Pick a date and time…</source>
        <translation>&amp;4  Выбрать дату и время…</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="65"/>
        <source>See the outbox; retry what failed</source>
        <translation>Открыть исходящие и повторить неудачные</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="104"/>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="105"/>
        <source>up to date</source>
        <translation>всё получено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="106"/>
        <source>syncing</source>
        <translation>синхронизация</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="107"/>
        <source>offline</source>
        <translation>нет связи</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="108"/>
        <source>the password or token was not accepted</source>
        <translation>пароль или токен не принят</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="109"/>
        <source>stopped by an error</source>
        <translation>остановлено из-за ошибки</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="110"/>
        <source>turned off</source>
        <translation>выключено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="113"/>
        <source>syncing {0} of {1}</source>
        <translation>синхронизация: {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="117"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="123"/>
        <source>No accounts are syncing</source>
        <translation>Нет синхронизируемых аккаунтов</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="131"/>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="152"/>
        <source>Syncing {0} of {1}</source>
        <translation>Синхронизация: {0} из {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/status_line.py" line="167"/>
        <source>%n waiting to sync</source>
        <translation>
            <numerusform>%n ждёт отправки</numerusform>
            <numerusform>%n ждут отправки</numerusform>
            <numerusform>%n ждут отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/status_line.py" line="169"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/status_line.py" line="171"/>
        <source>%n may not have gone out</source>
        <translation>
            <numerusform>%n, возможно, не отправлен</numerusform>
            <numerusform>%n, возможно, не отправлены</numerusform>
            <numerusform>%n, возможно, не отправлены</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="173"/>
        <source>Outbox: {0}</source>
        <translation>Исходящие: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="175"/>
        <source>Outbox: nothing waiting</source>
        <translation>Исходящие: очередь пуста</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="51"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="51"/>
        <source>Tags of {0} conversations</source>
        <translation>Теги диалогов ({0})</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="55"/>
        <source>Type a tag and press Enter</source>
        <translation>Введите тег и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="92"/>
        <source>Space ticks the selected tag; Ctrl+Enter saves.</source>
        <translation>Пробел отмечает выбранный тег; Ctrl+Enter — сохранить.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="38"/>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="41"/>
        <source>Search templates</source>
        <translation>Поиск шаблонов</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="49"/>
        <source>Only for me</source>
        <translation>Только для меня</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="58"/>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="59"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="60"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="79"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="80"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="82"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="84"/>
        <source>Variables: {0}</source>
        <translation>Переменные: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="88"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="117"/>
        <source>personal</source>
        <translation>личный</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="117"/>
        <source>shared</source>
        <translation>общий</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="163"/>
        <source>Aigerim Nurlanovna</source>
        <translation>Айгерим Нурлановна</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="164"/>
        <source>Dana Sultanova</source>
        <translation>Дана Султанова</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="165"/>
        <source>Order 1042</source>
        <translation>Заказ 1042</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="167"/>
        <source>within 60 minutes</source>
        <translation>в течение 60 минут</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="168"/>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="173"/>
        <source>Unknown variables: {0}</source>
        <translation>Неизвестные переменные: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="186"/>
        <source>The desk&apos;s own texts are shared, never personal.</source>
        <translation>Тексты службы всегда общие, а не личные.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="209"/>
        <source>Shipped templates are kept; edit the text instead.</source>
        <translation>Встроенные шаблоны не удаляются — измените текст.</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/timeline.py" line="37"/>
        <source>%n earlier messages are not shown</source>
        <translation>
            <numerusform>%n более раннее сообщение не показано</numerusform>
            <numerusform>%n более ранних сообщения не показаны</numerusform>
            <numerusform>%n более ранних сообщений не показано</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="56"/>
        <source>Marked {0}.</source>
        <translation>Отмечено: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="57"/>
        <source>{0} conversations marked {1}.</source>
        <translation>Диалогов отмечено как «{1}»: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="68"/>
        <source>Resolved.</source>
        <translation>Решено.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="68"/>
        <source>{0} conversations resolved.</source>
        <translation>Решено диалогов: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="80"/>
        <source>Snoozed until {0}.</source>
        <translation>Отложено до {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="81"/>
        <source>{0} conversations snoozed until {1}.</source>
        <translation>Отложено до {1} диалогов: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="94"/>
        <source>Unassigned.</source>
        <translation>Назначение снято.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="94"/>
        <source>{0} conversations unassigned.</source>
        <translation>Назначение снято с диалогов: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="98"/>
        <source>Assigned to you.</source>
        <translation>Назначено вам.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="98"/>
        <source>{0} conversations assigned to you.</source>
        <translation>Назначено вам диалогов: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="103"/>
        <source>Assigned to {0}.</source>
        <translation>Назначено: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="104"/>
        <source>{0} conversations assigned to {1}.</source>
        <translation>Назначено агенту {1} диалогов: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="116"/>
        <source>Collaborators updated.</source>
        <translation>Помощники обновлены.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="127"/>
        <source>Priority: {0}.</source>
        <translation>Приоритет: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="134"/>
        <source>Category: {0}.</source>
        <translation>Категория: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="134"/>
        <source>Category cleared.</source>
        <translation>Категория снята.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="154"/>
        <source>Tags updated.</source>
        <translation>Теги обновлены.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="155"/>
        <source>Tags of {0} conversations updated.</source>
        <translation>Теги обновлены у диалогов: {0}.</translation>
    </message>
</context>
<context>
    <name>ViewList</name>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="171"/>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="172"/>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="173"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="174"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="175"/>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="270"/>
        <source>Delete saved search</source>
        <translation>Удалить сохранённый поиск</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="130"/>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="136"/>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="142"/>
        <source>Others’</source>
        <translation>У коллег</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="150"/>
        <source>SLA due soon</source>
        <translation>Скоро срок SLA</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="157"/>
        <source>Pending</source>
        <translation>Ждут клиента</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="163"/>
        <source>Snoozed</source>
        <translation>Отложенные</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="169"/>
        <source>Resolved</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="175"/>
        <source>All conversations</source>
        <translation>Все диалоги</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="36"/>
        <location filename="../../omniinbox/ui/welcome.py" line="47"/>
        <source>Welcome to OmniInbox</source>
        <translation>Добро пожаловать в OmniInbox</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="57"/>
        <source>One inbox for your shop&apos;s email, Telegram and X: every customer&apos;s messages in one place, answered by your team. Everything is kept on this computer; passwords go to the system keyring.</source>
        <translation>Одни входящие для почты, Telegram и X вашего магазина: все сообщения клиентов в одном месте, и ваша команда на них отвечает. Всё хранится на этом компьютере, а пароли — в системном хранилище паролей.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="65"/>
        <source>Add an account</source>
        <translation>Добавить аккаунт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="66"/>
        <source>Connect a mailbox, a Telegram bot or an X account and start answering.</source>
        <translation>Подключите почтовый ящик, бота Telegram или аккаунт X и начните отвечать.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="74"/>
        <source>Explore the demo</source>
        <translation>Посмотреть демо</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="76"/>
        <source>A sample shop with customers in six languages, to try everything safely. Nothing is sent anywhere; it stays beside your own workspace.</source>
        <translation>Пример магазина с клиентами на шести языках, чтобы безопасно всё попробовать. Ничего никуда не отправляется; демо хранится отдельно от вашей рабочей папки.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome_flow.py" line="77"/>
        <source>No account was added.</source>
        <translation>Аккаунт не добавлен.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="55"/>
        <source>Moving around</source>
        <translation>Перемещение</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="55"/>
        <source>The conversation</source>
        <translation>Диалог</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="55"/>
        <source>The app</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="57"/>
        <source>Next conversation</source>
        <translation>Следующий диалог</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="58"/>
        <source>Previous conversation</source>
        <translation>Предыдущий диалог</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="61"/>
        <source>Add the next to the selection</source>
        <translation>Добавить следующий к выбранным</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="68"/>
        <source>Add the previous to the selection</source>
        <translation>Добавить предыдущий к выбранным</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="73"/>
        <source>Select or unselect this one</source>
        <translation>Выбрать или снять выбор</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="74"/>
        <source>Open the conversation</source>
        <translation>Открыть диалог</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="78"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="80"/>
        <source>Command palette</source>
        <translation>Палитра команд</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="83"/>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="85"/>
        <source>Back to the list</source>
        <translation>Назад к списку</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="92"/>
        <source>Go to {0}</source>
        <translation>Перейти: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="94"/>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="95"/>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="96"/>
        <location filename="../../omniinbox/ui/window_actions.py" line="182"/>
        <source>Resolve</source>
        <translation>Решить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="97"/>
        <location filename="../../omniinbox/ui/window_actions.py" line="179"/>
        <source>Assign to me</source>
        <translation>Назначить мне</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="98"/>
        <location filename="../../omniinbox/ui/window_actions.py" line="181"/>
        <source>Snooze…</source>
        <translation>Отложить…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="99"/>
        <source>Tags…</source>
        <translation>Теги…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="100"/>
        <source>Priority…</source>
        <translation>Приоритет…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="103"/>
        <source>Show or hide the customer panel</source>
        <translation>Показать или скрыть панель клиента</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="111"/>
        <source>Merge this customer with another…</source>
        <translation>Объединить клиента с другим…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="120"/>
        <source>Mark {0}</source>
        <translation>Отметить: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="125"/>
        <source>Outbox…</source>
        <translation>Исходящие…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="127"/>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="129"/>
        <source>Look: follow the system</source>
        <translation>Оформление: как в системе</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="130"/>
        <source>Look: light</source>
        <translation>Оформление: светлое</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="131"/>
        <source>Look: dark</source>
        <translation>Оформление: тёмное</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="136"/>
        <source>Desktop notifications on or off</source>
        <translation>Включить или выключить уведомления</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="142"/>
        <source>Tray icon on or off</source>
        <translation>Значок в трее: включить или выключить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="180"/>
        <source>Tag…</source>
        <translation>Тег…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="331"/>
        <source>View: {0}</source>
        <translation>Раздел: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="334"/>
        <source>View</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="345"/>
        <source>Open ticket #{0}</source>
        <translation>Открыть обращение #{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="374"/>
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="374"/>
        <source>Name of the saved search:</source>
        <translation>Название сохранённого поиска:</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../omniinbox/ui/account_tasks.py" line="87"/>
        <source>Something went wrong ({0}). The details are in the log.</source>
        <translation>Что-то пошло не так ({0}). Подробности — в журнале.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../omniinbox/ui/app.py" line="136"/>
        <source>OmniInbox cannot open {0}: {1}</source>
        <translation>OmniInbox не может открыть {0}: {1}</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="21"/>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="22"/>
        <source>Pending</source>
        <translation>Ждёт клиента</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="23"/>
        <source>Snoozed</source>
        <translation>Отложен</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="24"/>
        <source>Resolved</source>
        <translation>Решён</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="25"/>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="28"/>
        <source>Email</source>
        <translation>Почта</translation>
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
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="34"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="35"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="36"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="37"/>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="83"/>
        <source>Yesterday</source>
        <translation>Вчера</translation>
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
        <translation>{0} мин</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="143"/>
        <source>{0}h</source>
        <translation>{0} ч</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="144"/>
        <source>{0}d</source>
        <translation>{0} д</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="154"/>
        <source>{0} late</source>
        <translation>просрочено на {0}</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../omniinbox/ui/ops.py" line="61"/>
        <source>Something went wrong ({0}). The details are in the log.</source>
        <translation>Что-то пошло не так ({0}). Подробности — в журнале.</translation>
    </message>
</context>
<context>
    <name>reply_routes</name>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="61"/>
        <source>a second address on the same channel</source>
        <translation>другой адрес в том же канале</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="67"/>
        <source>no channel to send on</source>
        <translation>нет канала для отправки</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="84"/>
        <source>no conversation on that channel yet</source>
        <translation>в этом канале ещё нет диалога</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="102"/>
        <source>Not possible yet: {0}</source>
        <translation>Пока невозможно: {0}</translation>
    </message>
</context>
<context>
    <name>screenshots</name>
    <message>
        <location filename="../../omniinbox/ui/screenshots.py" line="134"/>
        <source>res</source>
        <comment>typed: the start of Resolved</comment>
        <translation>реш</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="49"/>
        <source>Light or dark colours, or as the desktop has them</source>
        <translation>Светлые или тёмные цвета либо как в системе</translation>
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
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="53"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="54"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="63"/>
        <source>The language of the window; applies when OmniInbox restarts</source>
        <translation>Язык интерфейса; применится после перезапуска OmniInbox</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="65"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="79"/>
        <source>An icon with the unread count in the system tray</source>
        <translation>Значок с числом непрочитанных в системном трее</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="80"/>
        <source>Show an icon in the system tray</source>
        <translation>Показывать значок в системном трее</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="85"/>
        <source>A desktop notification when a customer writes</source>
        <translation>Уведомление на рабочем столе, когда пишет клиент</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="86"/>
        <source>Desktop notifications for new messages</source>
        <translation>Уведомления о новых сообщениях</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="114"/>
        <source>Queued: goes out when the account is online</source>
        <translation>В очереди: уйдёт, когда аккаунт будет в сети</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="115"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="116"/>
        <source>Failed to send</source>
        <translation>Не удалось отправить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="117"/>
        <source>May not have gone out: check before sending again</source>
        <translation>Возможно, не отправлено: проверьте, прежде чем отправлять снова</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="125"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="141"/>
        <source>not downloaded yet</source>
        <translation>ещё не загружено</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="163"/>
        <source>edited by the customer</source>
        <translation>изменено клиентом</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="165"/>
        <source>deleted on the channel</source>
        <translation>удалено в канале</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="175"/>
        <source>Hide quoted text</source>
        <translation>Скрыть цитату</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="177"/>
        <source>··· Show quoted text</source>
        <translation>··· Показать цитату</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="207"/>
        <source>Unknown sender</source>
        <translation>Неизвестный отправитель</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="257"/>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="288"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="290"/>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="320"/>
        <source>No messages yet</source>
        <translation>Сообщений пока нет</translation>
    </message>
</context>
</TS>
