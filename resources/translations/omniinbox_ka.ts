<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka_GE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="33"/>
        <source>Qt and Qt for Python (PySide6, Shiboken6) are used under the GNU Lesser General Public License version 3. They are linked dynamically, as separate shared libraries that you may replace with your own build; their source code is available from https://code.qt.io and https://download.qt.io.</source>
        <translation>Qt და Qt for Python (PySide6, Shiboken6) გამოიყენება GNU Lesser General Public License-ის მე-3 ვერსიის პირობებით. ისინი დინამიკურად არის მიბმული, როგორც ცალკე გაზიარებული ბიბლიოთეკები, რომელთა შეცვლაც საკუთარი აწყობით შეგიძლიათ; მათი საწყისი კოდი ხელმისაწვდომია https://code.qt.io და https://download.qt.io მისამართებზე.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="65"/>
        <source>About OmniInbox</source>
        <translation>OmniInbox-ის შესახებ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="70"/>
        <source>A desktop support inbox: email, Telegram and X conversations as one list of tickets, offline first.</source>
        <translation>მხარდაჭერის სამსახური კომპიუტერზე: ელფოსტის, Telegram-ისა და X-ის საუბრები მიმართვების ერთ სიაში, ინტერნეტის გარეშეც მუშაობს.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="83"/>
        <source>Library</source>
        <translation>ბიბლიოთეკა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="47"/>
        <location filename="../../omniinbox/ui/about.py" line="83"/>
        <source>Version</source>
        <translation>ვერსია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="48"/>
        <source> (bundle)</source>
        <translation> (დამოუკიდებელი პაკეტი)</translation>
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
        <translation>სისტემა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="57"/>
        <source>Workspace</source>
        <translation>სამუშაო საქაღალდე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="67"/>
        <source>&lt;h2&gt;OmniInbox {0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;OmniInbox {0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="83"/>
        <source>Licence</source>
        <translation>ლიცენზია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="91"/>
        <source>unknown: %1</source>
        <translation>უცნობია: %1</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="99"/>
        <source>Choose a library to read its licence.</source>
        <translation>აირჩიეთ ბიბლიოთეკა მისი ლიცენზიის წასაკითხად.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="113"/>
        <source>Libraries in this installation and their licences:</source>
        <translation>ამ ინსტალაციის ბიბლიოთეკები და მათი ლიცენზიები:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/about.py" line="131"/>
        <source>%1 ships no licence text in its metadata; its licence is: %2</source>
        <translation>%1-ის მეტამონაცემებში ლიცენზიის ტექსტი არ არის; ლიცენზია: %2</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="123"/>
        <source>Add an account</source>
        <translation>ანგარიშის დამატება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="166"/>
        <source>Saving the account…</source>
        <translation>ანგარიში ინახება…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="182"/>
        <source>The account was not saved.</source>
        <translation>ანგარიში არ შეინახა.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="230"/>
        <source>Accounts</source>
        <translation>ანგარიშები</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="62"/>
        <source>Add…</source>
        <translation>დამატება…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="64"/>
        <source>Check</source>
        <translation>შემოწმება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="66"/>
        <location filename="../../omniinbox/ui/account_list.py" line="132"/>
        <source>Disable</source>
        <translation>გამორთვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="68"/>
        <source>Remove…</source>
        <translation>წაშლა…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="101"/>
        <source>(disabled)</source>
        <translation>(გამორთულია)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="103"/>
        <source>(connector not installed)</source>
        <translation>(კონექტორი არ არის დაყენებული)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="110"/>
        <source>No accounts yet: add one to start receiving messages.</source>
        <translation>ანგარიშები ჯერ არ არის: დაამატეთ, რომ შეტყობინებები მიიღოთ.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="132"/>
        <source>Enable</source>
        <translation>ჩართვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="148"/>
        <source>Added {0}.</source>
        <translation>დაემატა: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="157"/>
        <source>Checking {0}…</source>
        <translation>მოწმდება {0}…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="161"/>
        <source>{0}: connected, credentials accepted.</source>
        <translation>{0}: დაკავშირებულია, მონაცემები მიღებულია.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="185"/>
        <source>Remove the account</source>
        <translation>ანგარიშის წაშლა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="187"/>
        <source>Remove {0}? Its conversations stay in OmniInbox; its password and tokens are deleted from the keyring.</source>
        <translation>წაიშალოს {0}? საუბრები OmniInbox-ში დარჩება; პაროლი და ტოკენები პაროლების საცავიდან წაიშლება.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_list.py" line="195"/>
        <source>Removed {0}.</source>
        <translation>წაიშალა: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="67"/>
        <source>Saved in your own workspace: it opens the next time OmniInbox starts.</source>
        <translation>შენახულია თქვენს სამუშაო საქაღალდეში: ის OmniInbox-ის შემდეგი გაშვებისას გაიხსნება.</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="140"/>
        <source>(owner)</source>
        <translation>(პასუხისმგებელი)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="143"/>
        <source>agents, comma-separated</source>
        <translation>აგენტები, მძიმით გამოყოფილი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="148"/>
        <source> min</source>
        <translation> წთ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="149"/>
        <source>Remove</source>
        <translation>წაშლა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="163"/>
        <source>category, e.g. delivery.late</source>
        <translation>კატეგორია, მაგ. delivery.late</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="164"/>
        <source>tag</source>
        <translation>ტეგი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="165"/>
        <source>low, normal, high or urgent</source>
        <translation>low, normal, high ან urgent</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="166"/>
        <source>template name</source>
        <translation>შაბლონის სახელი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="167"/>
        <source>note for the agent</source>
        <translation>შენიშვნა აგენტისთვის</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="186"/>
        <source>There is no agent called {0}.</source>
        <translation>აგენტი სახელით {0} არ არსებობს.</translation>
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
        <translation>პარამეტრები…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="35"/>
        <source>Accounts…</source>
        <translation>ანგარიშები…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="36"/>
        <source>Import mail…</source>
        <translation>ფოსტის იმპორტი…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="37"/>
        <source>Copy diagnostics</source>
        <translation>დიაგნოსტიკის კოპირება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/app_menu.py" line="38"/>
        <source>About OmniInbox</source>
        <translation>OmniInbox-ის შესახებ</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="187"/>
        <source>Open</source>
        <translation>გახსნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="192"/>
        <source>Programs and scripts are only saved, never opened here</source>
        <translation>პროგრამები და სკრიპტები მხოლოდ ინახება, აქ არასდროს იხსნება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="197"/>
        <source>Save as…</source>
        <translation>შენახვა როგორც…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="201"/>
        <source>Preview</source>
        <translation>გადახედვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="207"/>
        <source>Downloading…</source>
        <translation>იტვირთება…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="209"/>
        <source>Cannot be downloaded: {0}</source>
        <translation>ვერ ჩამოიტვირთა: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="213"/>
        <source>Not downloaded yet</source>
        <translation>ჯერ არ ჩამოტვირთულა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="219"/>
        <source>Try downloading again</source>
        <translation>ხელახლა ჩამოტვირთვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="261"/>
        <source>Save attachment</source>
        <translation>დანართის შენახვა</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/list_pane.py" line="64"/>
        <source>%n selected</source>
        <translation>
            <numerusform>არჩეულია %n</numerusform>
            <numerusform>არჩეულია %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="38"/>
        <source>Notify customers</source>
        <translation>კლიენტების შეტყობინება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="48"/>
        <source>a saved search or search words</source>
        <translation>შენახული ძიება ან საძიებო სიტყვები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="49"/>
        <source>e.g. concert</source>
        <translation>მაგ. კონცერტი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="50"/>
        <source>e.g. refund</source>
        <translation>მაგ. დაბრუნება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="51"/>
        <source>e.g. 1042, 1043</source>
        <translation>მაგ. 1042, 1043</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="53"/>
        <source>subject, for customers without an open conversation</source>
        <translation>თემა — კლიენტებისთვის, რომლებსაც ღია საუბარი არ აქვთ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="59"/>
        <source>Hello {customer.first_name}, … Variables: {customer.first_name} {customer.name} {ticket} {agent.name}</source>
        <translation>გამარჯობა, {customer.first_name}! … ცვლადები: {customer.first_name} {customer.name} {ticket} {agent.name}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="63"/>
        <source>Preview</source>
        <translation>გადახედვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="64"/>
        <source>Send</source>
        <translation>გაგზავნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="69"/>
        <source>Customer</source>
        <translation>კლიენტი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="69"/>
        <source>Channel</source>
        <translation>არხი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="69"/>
        <source>Conversation</source>
        <translation>საუბარი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="69"/>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="98"/>
        <source>Message</source>
        <translation>შეტყობინება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="77"/>
        <source>Resume</source>
        <translation>გაგრძელება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="93"/>
        <source>Search</source>
        <translation>ძიება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="94"/>
        <source>Tag</source>
        <translation>ტეგი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="95"/>
        <source>Category</source>
        <translation>კატეგორია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="96"/>
        <source>Tickets</source>
        <translation>მიმართვები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="97"/>
        <source>Subject</source>
        <translation>თემა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="149"/>
        <source>new conversation</source>
        <translation>ახალი საუბარი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="150"/>
        <source>no channel</source>
        <translation>არხი არ არის</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="157"/>
        <source>No value for: {0}; it is left out.</source>
        <translation>მნიშვნელობა არ არის: {0}; გამოტოვებულია.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="162"/>
        <source>{0} customers, {1} reachable</source>
        <translation>კლიენტები: {0}, ხელმისაწვდომი: {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="164"/>
        <source>Send to {0} customers</source>
        <translation>გაგზავნა კლიენტებთან: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_bulk.py" line="212"/>
        <source>{0} of {1} queued · {2} sent · {3} failed · {4} to check</source>
        <translation>რიგში {0} / {1} · გაგზავნილი {2} · შეცდომა {3} · შესამოწმებელი {4}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="121"/>
        <source>closed</source>
        <translation>დაკეტილია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="134"/>
        <source>Hours like 09:00-13:00, 14:00-18:00. A range that ends at or before it starts runs into the next morning (22:00-06:00); 00:00-24:00 is the whole day; empty means closed.</source>
        <translation>საათები ასე: 09:00-13:00, 14:00-18:00. შუალედი, რომელიც დაწყებამდე ან დაწყების დროს მთავრდება, მეორე დილამდე გრძელდება (22:00-06:00); 00:00-24:00 — მთელი დღე; ცარიელი — დაკეტილია.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="140"/>
        <source>Opening hours</source>
        <translation>სამუშაო საათები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="147"/>
        <source>No public holidays</source>
        <translation>სახელმწიფო დღესასწაულების გარეშე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="163"/>
        <source>The desk&apos;s own closed days</source>
        <translation>სამსახურის საკუთარი დასვენების დღეები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="164"/>
        <source>Extra working days</source>
        <translation>დამატებითი სამუშაო დღეები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="165"/>
        <source>as on the first open weekday</source>
        <translation>როგორც კვირის პირველ სამუშაო დღეს</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="166"/>
        <source>Holidays</source>
        <translation>დღესასწაულები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="168"/>
        <source>Public holidays of</source>
        <translation>სახელმწიფო დღესასწაულები:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="174"/>
        <source>Hours on extra working days</source>
        <translation>საათები დამატებით სამუშაო დღეებში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="177"/>
        <source>Time zone</source>
        <translation>სასაათო სარტყელი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="203"/>
        <source>not understood</source>
        <translation>ვერ გავიგე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="206"/>
        <source>ends the next day</source>
        <translation>მთავრდება მეორე დღეს</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="211"/>
        <source>Only the closed days below.</source>
        <translation>მხოლოდ ქვემოთ მითითებული დასვენების დღეები.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="217"/>
        <source>No holiday calendar is known for {0}.</source>
        <translation>{0}-სთვის დღესასწაულების კალენდარი უცნობია.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="221"/>
        <source>%n public holiday(s) in {0}.</source>
        <translation>
            <numerusform>{0}: %n სახელმწიფო დღესასწაული.</numerusform>
            <numerusform>{0}: %n სახელმწიფო დღესასწაული.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="225"/>
        <source>Next: {0}, {1}.</source>
        <translation>შემდეგი: {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="227"/>
        <source>Add the days the desk closes anyway as closed days below.</source>
        <translation>დღეები, როცა სამსახური მაინც არ მუშაობს, ქვემოთ დაამატეთ დასვენების დღეებად.</translation>
    </message>
</context>
<context>
    <name>CategoryEditor</name>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="45"/>
        <source>Category</source>
        <translation>კატეგორია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="45"/>
        <source>Complaint</source>
        <translation>საჩივარი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="51"/>
        <source>Add</source>
        <translation>დამატება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="52"/>
        <source>Add inside</source>
        <translation>შიგნით დამატება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="53"/>
        <source>Rename</source>
        <translation>გადარქმევა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="54"/>
        <source>Move to…</source>
        <translation>გადატანა…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="55"/>
        <source>Remove</source>
        <translation>წაშლა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="56"/>
        <source>Bring back</source>
        <translation>დაბრუნება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="57"/>
        <source>Show removed categories</source>
        <translation>წაშლილი კატეგორიების ჩვენება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="75"/>
        <source>Removing a category hides it from the pickers; conversations filed there keep it. Moving one re-files its conversations and rules when the settings are applied.</source>
        <translation>წაშლილი კატეგორია არჩევის სიებიდან ქრება, მაგრამ მასში შენახულ საუბრებს რჩება. გადატანილი კატეგორია პარამეტრების გამოყენებისას თავის საუბრებსა და წესებს გადაიტანს.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="126"/>
        <source>{0} (removed)</source>
        <translation>{0} (წაშლილი)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="205"/>
        <source>New category</source>
        <translation>ახალი კატეგორია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="206"/>
        <source>Name of the new category under {0}:</source>
        <translation>ახალი კატეგორიის სახელი {0}-ში:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="210"/>
        <source>Name of the new top-level category:</source>
        <translation>ახალი ზედა დონის კატეგორიის სახელი:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="276"/>
        <source>(top level)</source>
        <translation>(ზედა დონე)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="284"/>
        <source>Move category</source>
        <translation>კატეგორიის გადატანა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_categories.py" line="284"/>
        <source>Move it under:</source>
        <translation>გადატანა ქვეშ:</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="18"/>
        <source>Checking the account</source>
        <translation>ანგარიშის შემოწმება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="38"/>
        <source>Cancel the check</source>
        <translation>შემოწმების გაუქმება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="40"/>
        <source>Try again</source>
        <translation>ხელახლა ცდა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="70"/>
        <source>Connecting to {0} and signing in…</source>
        <translation>ვუკავშირდებით {0}-ს და ვშედივართ…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="101"/>
        <source>Check cancelled.</source>
        <translation>შემოწმება გაუქმდა.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="109"/>
        <source>Connected: the settings work. Press Finish to add the account.</source>
        <translation>დაკავშირებულია: პარამეტრები მუშაობს. ანგარიშის დასამატებლად დააჭირეთ „დასრულებას“.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_check.py" line="118"/>
        <source>The check did not pass. Go back to fix the settings, or try again.</source>
        <translation>შემოწმება ვერ გაიარა. დაბრუნდით და შეასწორეთ პარამეტრები, ან სცადეთ ხელახლა.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../omniinbox/ui/command_palette.py" line="144"/>
        <source>Type a command, a view, or #ticket…</source>
        <translation>ბრძანება, ხედი ან #მიმართვა…</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="96"/>
        <source>value; several: comma-separated</source>
        <translation>მნიშვნელობა; რამდენიმე — მძიმით</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="97"/>
        <source>Remove</source>
        <translation>წაშლა</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="121"/>
        <source>Show the customer panel (I)</source>
        <translation>კლიენტის პანელის ჩვენება (I)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="124"/>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="125"/>
        <source>Owner: one agent answers end to end</source>
        <translation>პასუხისმგებელი: ერთი აგენტი საუბარს ბოლომდე უძღვება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="126"/>
        <source>Collaborators helping the owner</source>
        <translation>პასუხისმგებლის დამხმარეები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="127"/>
        <source>Priority</source>
        <translation>პრიორიტეტი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="128"/>
        <source>Category</source>
        <translation>კატეგორია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="132"/>
        <source>Tag</source>
        <translation>ტეგი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="134"/>
        <source>Tags (T)</source>
        <translation>ტეგები (T)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="184"/>
        <source>(no subject)</source>
        <translation>(უთემოდ)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="189"/>
        <source>Snoozed until {0}</source>
        <translation>გადადებულია {0}-მდე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="195"/>
        <location filename="../../omniinbox/ui/conversation_header.py" line="273"/>
        <source>Unassigned</source>
        <translation>მიუნიჭებელი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="201"/>
        <source>{0} helping</source>
        <translation>ეხმარება: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="203"/>
        <source>No collaborators</source>
        <translation>დამხმარეების გარეშე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="205"/>
        <source>Pull in a colleague to help</source>
        <translation>კოლეგის მოწვევა დასახმარებლად</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="215"/>
        <location filename="../../omniinbox/ui/conversation_header.py" line="316"/>
        <source>No category</source>
        <translation>კატეგორიის გარეშე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="236"/>
        <source>Remove the tag {0}</source>
        <translation>ტეგის {0} მოხსნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="241"/>
        <source>+{0}</source>
        <translation>+{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="262"/>
        <source>Snooze…</source>
        <translation>გადადება…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="291"/>
        <source>No other agents yet</source>
        <translation>სხვა აგენტები ჯერ არ არის</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="310"/>
        <source>{0} (removed)</source>
        <translation>{0} (წაშლილი)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="325"/>
        <source>{0} (in general)</source>
        <translation>{0} (ზოგადად)</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="87"/>
        <source>Unknown customer</source>
        <translation>უცნობი კლიენტი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="89"/>
        <source>(no subject)</source>
        <translation>(უთემოდ)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="109"/>
        <source>Priority: {0}</source>
        <translation>პრიორიტეტი: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="115"/>
        <source>Tags: {0}</source>
        <translation>ტეგები: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="120"/>
        <source>Snoozed until {0}</source>
        <translation>გადადებულია {0}-მდე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="125"/>
        <source>Due {0}</source>
        <translation>ვადა: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_cells.py" line="127"/>
        <source>Unassigned</source>
        <translation>მიუნიჭებელი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="91"/>
        <source>Customer</source>
        <translation>კლიენტი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="92"/>
        <source>Subject</source>
        <translation>თემა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="93"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="94"/>
        <source>Updated</source>
        <translation>დრო</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="95"/>
        <source>Ticket</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="96"/>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="97"/>
        <source>Owner</source>
        <translation>პასუხისმგებელი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="256"/>
        <source>Channel</source>
        <translation>არხი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="257"/>
        <source>Last activity</source>
        <translation>ბოლო აქტივობა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="258"/>
        <source>Time left to answer within the SLA</source>
        <translation>SLA ვადაში პასუხის გასაცემად დარჩენილი დრო</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../omniinbox/ui/conversation_view.py" line="72"/>
        <source>Select a conversation to read it here.</source>
        <translation>აირჩიეთ საუბარი, რომ აქ წაიკითხოთ.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_view.py" line="157"/>
        <source>Unknown customer</source>
        <translation>უცნობი კლიენტი</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="94"/>
        <source>The customer&apos;s name; press Enter to save</source>
        <translation>კლიენტის სახელი; შესანახად დააჭირეთ Enter-ს</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="102"/>
        <source>Notes about this customer, for every agent</source>
        <translation>შენიშვნები კლიენტზე, ხილულია ყველა აგენტისთვის</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="111"/>
        <source>+ Add a field</source>
        <translation>+ ველის დამატება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="113"/>
        <source>Conversations</source>
        <translation>საუბრები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="128"/>
        <source>Merge with another customer…</source>
        <translation>სხვა კლიენტთან გაერთიანება…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="147"/>
        <source>Channels</source>
        <translation>არხები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="149"/>
        <source>Notes</source>
        <translation>შენიშვნები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="151"/>
        <source>Details</source>
        <translation>დეტალები</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/customer_panel.py" line="182"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n საუბარი</numerusform>
            <numerusform>%n საუბარი</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="193"/>
        <source>Conversations ({0})</source>
        <translation>საუბრები ({0})</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="277"/>
        <source>another customer</source>
        <translation>სხვა კლიენტი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="281"/>
        <source>Merged {0} on {1}</source>
        <translation>გაერთიანდა {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="286"/>
        <source>Undo</source>
        <translation>დაბრუნება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="307"/>
        <source>Name saved.</source>
        <translation>სახელი შენახულია.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="330"/>
        <source>Add a field</source>
        <translation>ველის დამატება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="330"/>
        <source>Field name:</source>
        <translation>ველის სახელი:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="368"/>
        <source>{0} merged into this customer; Undo is in the panel.</source>
        <translation>{0} გაერთიანდა ამ კლიენტთან; გაუქმება პანელშია.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="386"/>
        <source>Noted: they will not be suggested as the same customer again.</source>
        <translation>გასაგებია: მათ აღარ შემოგთავაზებთ როგორც ერთ კლიენტს.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="391"/>
        <source>Merge undone.</source>
        <translation>გაერთიანება გაუქმდა.</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="67"/>
        <source>Add</source>
        <translation>დამატება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_calendar.py" line="68"/>
        <source>Remove</source>
        <translation>წაშლა</translation>
    </message>
</context>
<context>
    <name>DeskMenu</name>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="39"/>
        <source>The desk</source>
        <translation>მხარდაჭერის სამსახური</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="41"/>
        <source>Rules…</source>
        <translation>წესები…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="42"/>
        <source>Canned answers…</source>
        <translation>პასუხის შაბლონები…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="43"/>
        <source>KPI dashboard…</source>
        <translation>KPI მაჩვენებლები…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="44"/>
        <source>Bulk notification…</source>
        <translation>მასობრივი შეტყობინება…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_menu.py" line="45"/>
        <source>Desk settings…</source>
        <translation>სამსახურის პარამეტრები…</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="178"/>
        <source>Desk settings</source>
        <translation>სამსახურის პარამეტრები</translation>
    </message>
</context>
<context>
    <name>DeskSettingsPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="93"/>
        <source>Business hours</source>
        <translation>სამუშაო საათები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="94"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="95"/>
        <source>Replies and surveys</source>
        <translation>პასუხები და გამოკითხვები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings.py" line="96"/>
        <source>Categories</source>
        <translation>კატეგორიები</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/diagnostics.py" line="69"/>
        <source>Diagnostics</source>
        <translation>დიაგნოსტიკა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/diagnostics.py" line="72"/>
        <source>Gathering diagnostics…</source>
        <translation>დიაგნოსტიკური მონაცემები გროვდება…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/diagnostics.py" line="77"/>
        <source>Copy again</source>
        <translation>ხელახლა კოპირება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/diagnostics.py" line="115"/>
        <source>Copied to the clipboard. Paste it into your support request; it holds no passwords, tokens or message text.</source>
        <translation>დაკოპირდა ბუფერში. ჩასვით მხარდაჭერისთვის გაგზავნილ მიმართვაში; მასში არ არის პაროლები, ტოკენები ან შეტყობინებების ტექსტი.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../omniinbox/ui/customer_history.py" line="45"/>
        <source>(no subject)</source>
        <translation>(უთემოდ)</translation>
    </message>
</context>
<context>
    <name>ImageBar</name>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/conversation_view.py" line="49"/>
        <source>%n remote image(s) hidden to protect your privacy.</source>
        <translation>
            <numerusform>კონფიდენციალურობის დასაცავად დამალულია %n გარე სურათი.</numerusform>
            <numerusform>კონფიდენციალურობის დასაცავად დამალულია %n გარე სურათი.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_view.py" line="50"/>
        <source>Show images from {0}</source>
        <translation>სურათების ჩვენება გამგზავნისგან {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="62"/>
        <source>Import mail</source>
        <translation>ფოსტის იმპორტი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="67"/>
        <source>mbox file</source>
        <translation>mbox ფაილი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="68"/>
        <source>Maildir folder</source>
        <translation>Maildir საქაღალდე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="69"/>
        <source>the file or folder to import</source>
        <translation>იმპორტისთვის ფაილი ან საქაღალდე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="70"/>
        <source>Choose…</source>
        <translation>არჩევა…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="72"/>
        <source>Imported mail (a new account)</source>
        <translation>იმპორტირებული ფოსტა (ახალი ანგარიში)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="83"/>
        <source>e.g. support@shop.kz, sales@shop.kz</source>
        <translation>მაგ. support@shop.kz, sales@shop.kz</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="84"/>
        <source>Mail from these addresses is the desk&apos;s own (outgoing)</source>
        <translation>ამ მისამართებიდან წერილები სამსახურისაა (გამავალი)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="95"/>
        <source>Import</source>
        <translation>იმპორტი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="99"/>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="112"/>
        <source>Source</source>
        <translation>წყარო</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="116"/>
        <source>Path</source>
        <translation>გზა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="117"/>
        <source>Into account</source>
        <translation>ანგარიშში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="118"/>
        <source>Our addresses</source>
        <translation>ჩვენი მისამართები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="133"/>
        <source>Choose a Maildir folder</source>
        <translation>აირჩიეთ Maildir საქაღალდე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="136"/>
        <source>Choose an mbox file</source>
        <translation>აირჩიეთ mbox ფაილი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="136"/>
        <source>Mail (*.mbox *);;All (*)</source>
        <translation>ფოსტა (*.mbox *);;ყველა (*)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="150"/>
        <source>Choose the file or folder to import first.</source>
        <translation>ჯერ აირჩიეთ იმპორტისთვის ფაილი ან საქაღალდე.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="158"/>
        <source>Reading %1…</source>
        <translation>იკითხება %1…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="172"/>
        <source>Stopping after the current batch…</source>
        <translation>მიმდინარე ნაწილის შემდეგ შევჩერდებით…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="214"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n ახალი</numerusform>
            <numerusform>%n ახალი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="215"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n უკვე იყო</numerusform>
            <numerusform>%n უკვე იყო</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="217"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n ვერ იქნა წაკითხული</numerusform>
            <numerusform>%n ვერ იქნა წაკითხული</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="225"/>
        <source>Stopped: %n new messages imported so far.</source>
        <translation>
            <numerusform>შეჩერდა: ჯერჯერობით იმპორტირებულია %n ახალი შეტყობინება.</numerusform>
            <numerusform>შეჩერდა: ჯერჯერობით იმპორტირებულია %n ახალი შეტყობინება.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="226"/>
        <source>Import the same source again to continue where it stopped.</source>
        <translation>იგივე წყარო ხელახლა დააიმპორტეთ, რომ შეჩერების ადგილიდან გააგრძელოთ.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/import_dialog.py" line="228"/>
        <source>Nothing new: everything in this source is already in the desk.</source>
        <translation>ახალი არაფერია: ამ წყაროდან ყველაფერი უკვე სამსახურშია.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="231"/>
        <source>Done: %n new messages imported.</source>
        <translation>
            <numerusform>მზადაა: იმპორტირებულია %n ახალი შეტყობინება.</numerusform>
            <numerusform>მზადაა: იმპორტირებულია %n ახალი შეტყობინება.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="232"/>
        <source>%n were already there.</source>
        <translation>
            <numerusform>%n უკვე იყო.</numerusform>
            <numerusform>%n უკვე იყო.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/import_dialog.py" line="235"/>
        <source>%n could not be read (listed below).</source>
        <translation>
            <numerusform>%n ვერ იქნა წაკითხული (სია ქვემოთაა).</numerusform>
            <numerusform>%n ვერ იქნა წაკითხული (სია ქვემოთაა).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="41"/>
        <source>Add an account</source>
        <translation>ანგარიშის დამატება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard.py" line="42"/>
        <source>Where do your customers write to you?</source>
        <translation>სად გწერენ კლიენტები?</translation>
    </message>
</context>
<context>
    <name>KpiDashboard</name>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="61"/>
        <source>Support KPIs</source>
        <translation>მხარდაჭერის KPI</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="71"/>
        <source>All channels</source>
        <translation>ყველა არხი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="75"/>
        <source>All accounts</source>
        <translation>ყველა ანგარიში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="79"/>
        <source>All agents</source>
        <translation>ყველა აგენტი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="82"/>
        <source>All categories</source>
        <translation>ყველა კატეგორია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="83"/>
        <source>Show</source>
        <translation>ჩვენება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="84"/>
        <source>Export CSV…</source>
        <translation>CSV-ში ექსპორტი…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="85"/>
        <source>Export JSON…</source>
        <translation>JSON-ში ექსპორტი…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="88"/>
        <source>Measure</source>
        <translation>მაჩვენებელი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="88"/>
        <source>Value</source>
        <translation>მნიშვნელობა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="91"/>
        <source>Conversations by channel</source>
        <translation>საუბრები არხების მიხედვით</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="92"/>
        <source>Conversations by category</source>
        <translation>საუბრები კატეგორიების მიხედვით</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="93"/>
        <source>Open conversations by age</source>
        <translation>ღია საუბრები ხანგრძლივობის მიხედვით</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="94"/>
        <source>Business minutes (median and 90th percentile)</source>
        <translation>სამუშაო წუთები (მედიანა და 90-ე პროცენტილი)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="107"/>
        <source>From – to</source>
        <translation>დან – მდე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="111"/>
        <source>Only</source>
        <translation>მხოლოდ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="173"/>
        <source>(none)</source>
        <translation>(არცერთი)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="178"/>
        <source>first response, median</source>
        <translation>პირველი პასუხი, მედიანა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="179"/>
        <source>first response, p90</source>
        <translation>პირველი პასუხი, p90</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="180"/>
        <source>resolution, median</source>
        <translation>მოგვარება, მედიანა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="181"/>
        <source>resolution, p90</source>
        <translation>მოგვარება, p90</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="191"/>
        <source>Conversations</source>
        <translation>საუბრები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="192"/>
        <source>Conversations on</source>
        <translation>საუბრები არხზე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="193"/>
        <source>Conversations in</source>
        <translation>საუბრები კატეგორიაში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="194"/>
        <source>First response, business minutes</source>
        <translation>პირველი პასუხი, სამუშაო წუთები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="195"/>
        <source>Not answered yet</source>
        <translation>ჯერ უპასუხოდ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="196"/>
        <source>Resolved</source>
        <translation>მოგვარდა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="197"/>
        <source>Resolution, business minutes</source>
        <translation>მოგვარება, სამუშაო წუთები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="198"/>
        <source>Resolved at first contact</source>
        <translation>მოგვარდა პირველივე კონტაქტისას</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="199"/>
        <source>Came back within 7 days</source>
        <translation>დაბრუნდა 7 დღის განმავლობაში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="200"/>
        <source>Reopened</source>
        <translation>ხელახლა გაიხსნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="201"/>
        <source>SLA met</source>
        <translation>SLA შესრულდა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="202"/>
        <source>Satisfaction, average of 5</source>
        <translation>კმაყოფილება, საშუალო 5-დან</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="203"/>
        <source>Satisfied (4 or 5)</source>
        <translation>კმაყოფილი (4 ან 5)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="204"/>
        <source>Answered the survey</source>
        <translation>გამოკითხვას უპასუხა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="205"/>
        <source>Open, aged</source>
        <translation>ღია, ხანგრძლივობით</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="208"/>
        <source>count</source>
        <translation>რაოდენობა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="209"/>
        <source>median</source>
        <translation>მედიანა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="210"/>
        <source>90th percentile</source>
        <translation>90-ე პროცენტილი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="211"/>
        <source>mean</source>
        <translation>საშუალო</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="218"/>
        <source>n/a</source>
        <translation>არ არის</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="234"/>
        <source>Export KPIs</source>
        <translation>KPI-ის ექსპორტი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="236"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ფაილები (*.csv)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_kpi.py" line="236"/>
        <source>JSON files (*.json)</source>
        <translation>JSON ფაილები (*.json)</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="98"/>
        <source>Search  ·  from: channel: status: tag: #ticket</source>
        <translation>ძიება  ·  from: channel: status: tag: #მიმართვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="116"/>
        <source>Save search</source>
        <translation>ძიების შენახვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="121"/>
        <source>Newest activity</source>
        <translation>ჯერ ახალი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="122"/>
        <source>SLA due first</source>
        <translation>ჯერ SLA-ით სასწრაფო</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="123"/>
        <source>Order of the list</source>
        <translation>სიის დალაგება</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/list_pane.py" line="269"/>
        <source>%n conversation(s) match “{0}”</source>
        <translation>
            <numerusform>„{0}“: ნაპოვნია %n საუბარი</numerusform>
            <numerusform>„{0}“: ნაპოვნია %n საუბარი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/list_pane.py" line="272"/>
        <source>{0} · %n conversation(s)</source>
        <translation>
            <numerusform>{0} · %n საუბარი</numerusform>
            <numerusform>{0} · %n საუბარი</numerusform>
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
        <translation>პასუხი შენახულია. დემოში არაფერი იგზავნება.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/main_window.py" line="199"/>
        <source>Reply queued; it goes out when the account is online.</source>
        <translation>პასუხი რიგშია; გაიგზავნება, როცა ანგარიში ონლაინ იქნება.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/main_window.py" line="206"/>
        <source>Demo desk: replies stay on this computer and are never sent</source>
        <translation>დემო: პასუხები ამ კომპიუტერზე რჩება და არასდროს იგზავნება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="107"/>
        <source>Profile saved.</source>
        <translation>პროფილი შენახულია.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="58"/>
        <source>Merge customers</source>
        <translation>კლიენტების გაერთიანება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="64"/>
        <source>Find the other customer. Their addresses, handles and conversations move to {0}; you can undo the merge later.</source>
        <translation>იპოვეთ მეორე კლიენტი. მისი მისამართები, ანგარიშები და საუბრები გადავა {0}-ზე; გაერთიანების გაუქმება შემდეგაც შეიძლება.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="71"/>
        <source>Name, address, handle or #ticket</source>
        <translation>სახელი, მისამართი, ანგარიში ან #მიმართვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="78"/>
        <source>Merge</source>
        <translation>გაერთიანება</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/customer_merge.py" line="113"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n საუბარი</numerusform>
            <numerusform>%n საუბარი</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeSuggestions</name>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="147"/>
        <source>same name</source>
        <translation>ერთი და იგივე სახელი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="149"/>
        <source>same handle on {0}: {1}</source>
        <translation>იგივე ანგარიში {0}-ზე: {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="176"/>
        <source>Possibly the same customer: {0} ({1})</source>
        <translation>შესაძლოა, იგივე კლიენტია: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="185"/>
        <source>Merge</source>
        <translation>გაერთიანება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="186"/>
        <source>Make them one customer; you can undo it</source>
        <translation>ერთ კლიენტად გაერთიანება; შეგიძლიათ გააუქმოთ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="192"/>
        <source>Not the same</source>
        <translation>სხვადასხვაა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="193"/>
        <source>Different people: do not suggest this again</source>
        <translation>სხვადასხვა ადამიანია: აღარ შემომთავაზო</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="71"/>
        <source>Show OmniInbox</source>
        <translation>OmniInbox-ის ჩვენება</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/tray.py" line="90"/>
        <source>OmniInbox: %n unread conversation(s)</source>
        <translation>
            <numerusform>OmniInbox: %n წაუკითხავი საუბარი</numerusform>
            <numerusform>OmniInbox: %n წაუკითხავი საუბარი</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="112"/>
        <source>A customer</source>
        <translation>კლიენტი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="113"/>
        <source>New message from {0}</source>
        <translation>ახალი შეტყობინება: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="117"/>
        <source>New messages</source>
        <translation>ახალი შეტყობინებები</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/tray.py" line="117"/>
        <location filename="../../omniinbox/ui/tray.py" line="142"/>
        <source>%n more conversation(s)</source>
        <translation>
            <numerusform>კიდევ %n საუბარი</numerusform>
            <numerusform>კიდევ %n საუბარი</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="123"/>
        <source>SLA breached: ticket #{0}</source>
        <translation>SLA დაირღვა: მიმართვა #{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="134"/>
        <source>Escalated to you: ticket #{0}</source>
        <translation>გადმოგეცათ: მიმართვა #{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="136"/>
        <source>For you: ticket #{0}</source>
        <translation>თქვენთვის: მიმართვა #{0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="142"/>
        <source>Escalated to you</source>
        <translation>გადმოგეცათ</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="165"/>
        <source>Outbox</source>
        <translation>გამავალი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="180"/>
        <source>Nothing is waiting: every reply went out.</source>
        <translation>რიგი ცარიელია: ყველა პასუხი გაიგზავნა.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="182"/>
        <source>Try again</source>
        <translation>ხელახლა ცდა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="185"/>
        <source>Open conversation</source>
        <translation>საუბრის გახსნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="232"/>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="282"/>
        <source>Send again?</source>
        <translation>ხელახლა გაიგზავნოს?</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="234"/>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="283"/>
        <source>The customer may already have this reply: the channel could not confirm it. Send it again anyway?</source>
        <translation>შესაძლოა, კლიენტმა ეს პასუხი უკვე მიიღო: არხმა ვერ დაადასტურა. მაინც გაიგზავნოს ხელახლა?</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="78"/>
        <source>State</source>
        <translation>მდგომარეობა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="79"/>
        <source>What</source>
        <translation>რა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="80"/>
        <source>Ticket</source>
        <translation>მიმართვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="81"/>
        <source>Account</source>
        <translation>ანგარიში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="82"/>
        <source>Tries</source>
        <translation>მცდელობები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="83"/>
        <source>Last error</source>
        <translation>ბოლო შეცდომა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="115"/>
        <source>Waiting</source>
        <translation>ელოდება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="116"/>
        <source>Sending</source>
        <translation>იგზავნება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="117"/>
        <source>Failed</source>
        <translation>ვერ გაიგზავნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="118"/>
        <source>May not have gone out</source>
        <translation>შესაძლოა, არ გაიგზავნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="123"/>
        <source>Reply</source>
        <translation>პასუხი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="124"/>
        <source>Mark read on the channel</source>
        <translation>არხზე წაკითხულად მონიშვნა</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="33"/>
        <source>Secrets file passphrase</source>
        <translation>საიდუმლოების ფაილის პაროლი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="38"/>
        <source>There is no system keyring on this computer, so OmniInbox keeps passwords and tokens in an encrypted file in the workspace ({0}). Choose a passphrase for it and keep it safe: without it the credentials cannot be recovered.</source>
        <translation>ამ კომპიუტერზე სისტემური პაროლების საცავი არ არის, ამიტომ OmniInbox პაროლებსა და ტოკენებს სამუშაო საქაღალდის დაშიფრულ ფაილში ინახავს ({0}). მოიფიქრეთ მისთვის პაროლი და შეინახეთ: მის გარეშე მონაცემების აღდგენა შეუძლებელია.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="43"/>
        <source>Enter the passphrase of the encrypted secrets file ({0}).</source>
        <translation>შეიყვანეთ საიდუმლოების დაშიფრული ფაილის პაროლი ({0}).</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="52"/>
        <source>Passphrase:</source>
        <translation>პაროლი:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="56"/>
        <source>Type it again:</source>
        <translation>გაიმეორეთ:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="74"/>
        <source>The passphrase cannot be empty.</source>
        <translation>პაროლი ცარიელი ვერ იქნება.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_passphrase.py" line="76"/>
        <source>The two passphrases differ.</source>
        <translation>პაროლები არ ემთხვევა.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="279"/>
        <source>Your profile</source>
        <translation>თქვენი პროფილი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="284"/>
        <source>Tell customers who is answering, and when the desk is open. You can change all of this later in Settings.</source>
        <translation>უთხარით კლიენტებს, ვინ პასუხობს და როდის მუშაობს სამსახური. ყველაფრის შეცვლა მოგვიანებით პარამეტრებშიც შეიძლება.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="294"/>
        <source>Save</source>
        <translation>შენახვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="297"/>
        <source>Later</source>
        <translation>მოგვიანებით</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="54"/>
        <source>e.g. Aigerim Sadykova</source>
        <translation>მაგ. აიგერიმ სადიკოვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="56"/>
        <source>Your name:</source>
        <translation>თქვენი სახელი:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="57"/>
        <source>Signed on every answer you send: customers see it.</source>
        <translation>ყოველ თქვენს პასუხს ერთვის: კლიენტები ხედავენ.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="61"/>
        <source>Your email:</source>
        <translation>თქვენი ელფოსტა:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="65"/>
        <source>Signature:</source>
        <translation>ხელმოწერა:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="76"/>
        <source>Time zone:</source>
        <translation>სასაათო სარტყელი:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="93"/>
        <source>Opening hours:</source>
        <translation>სამუშაო საათები:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="98"/>
        <source>Ranges like 09:00-13:00, 14:00-18:00. SLA clocks run only while the desk is open; holidays are in Settings, Desk.</source>
        <translation>შუალედები ასე: 09:00-13:00, 14:00-18:00. SLA დრო მხოლოდ სამსახურის მუშაობისას ითვლება; დღესასწაულები — პარამეტრებში, „სამსახური“.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="108"/>
        <source>Language:</source>
        <translation>ენა:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="109"/>
        <source>A new language applies when OmniInbox restarts.</source>
        <translation>ახალი ენა ამოქმედდება OmniInbox-ის გადატვირთვის შემდეგ.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="142"/>
        <source>Your name is needed: customers see it on every answer.</source>
        <translation>საჭიროა თქვენი სახელი: კლიენტები მას ყოველ პასუხში ხედავენ.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="149"/>
        <source>Choose a time zone from the list.</source>
        <translation>აირჩიეთ სასაათო სარტყელი სიიდან.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/profile_page.py" line="158"/>
        <source>{0}: write hours as 09:00-18:00.</source>
        <translation>{0}: საათები ასე ჩაწერეთ: 09:00-18:00.</translation>
    </message>
</context>
<context>
    <name>RepliesPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="50"/>
        <source>Protects against loops with other auto-responders</source>
        <translation>იცავს სხვა ავტომოპასუხეებთან ჩაციკვლისგან</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="51"/>
        <source>After a score of 1 or 2, ask what went wrong</source>
        <translation>1 ან 2 შეფასების შემდეგ ჰკითხეთ, რა იყო არასწორად</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="55"/>
        <source>Account</source>
        <translation>ანგარიში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="55"/>
        <source>Acknowledge</source>
        <translation>ავტოპასუხი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="55"/>
        <source>Survey</source>
        <translation>გამოკითხვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="62"/>
        <source> days</source>
        <translation> დღე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="63"/>
        <source>never reopen</source>
        <translation>არასდროს გაიხსნას ხელახლა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="65"/>
        <source>Automatic acknowledgement</source>
        <translation>ავტომატური დადასტურება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="69"/>
        <source>A new conversation is answered at once with its ticket number and when to expect an answer. Auto-replies, bounces and mailing lists are never answered.</source>
        <translation>ახალ საუბარს მაშინვე ეგზავნება პასუხი მიმართვის ნომრით და პასუხის ვადით. ავტოპასუხებს, დაბრუნებულ წერილებსა და დაგზავნებს არასდროს პასუხობს.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="75"/>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="79"/>
        <source>On these channels</source>
        <translation>ამ არხებზე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="76"/>
        <source>At most per sender and day</source>
        <translation>მაქსიმუმ ერთ გამგზავნზე დღეში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="77"/>
        <source>Satisfaction survey on resolve</source>
        <translation>კმაყოფილების გამოკითხვა მოგვარებისას</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="81"/>
        <source>Per account (overrides the channel)</source>
        <translation>ანგარიშების მიხედვით (არხზე მაღლა დგას)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="83"/>
        <source>Reopening</source>
        <translation>ხელახლა გახსნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="86"/>
        <source>A customer reply reopens a resolved conversation within</source>
        <translation>კლიენტის პასუხი მოგვარებულ საუბარს ხელახლა ხსნის ამ ვადაში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="88"/>
        <source>Later replies start a new conversation linked to the old one.</source>
        <translation>მოგვიანებით პასუხები ძველთან დაკავშირებულ ახალ საუბარს იწყებს.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="98"/>
        <source>As its channel</source>
        <translation>როგორც არხზე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="99"/>
        <source>On</source>
        <translation>ჩართ.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="100"/>
        <source>Off</source>
        <translation>გამორთ.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_replies.py" line="105"/>
        <source>The demo desk never sends anything</source>
        <translation>დემო არასდროს არაფერს აგზავნის</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="74"/>
        <source>Reply</source>
        <translation>პასუხი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="77"/>
        <source>Internal note</source>
        <translation>შიდა შენიშვნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="88"/>
        <source>Answer on the customer&apos;s channel or another of theirs</source>
        <translation>პასუხი კლიენტის არხზე ან მის სხვა არხზე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="102"/>
        <source>Canned answers (type / at the start of a line)</source>
        <translation>პასუხის შაბლონები (აკრიფეთ / სტრიქონის დასაწყისში)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="104"/>
        <source>Send</source>
        <translation>გაგზავნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="106"/>
        <source>Queue the reply to the customer (Ctrl+Enter)</source>
        <translation>პასუხის გაგზავნის რიგში ჩაყენება (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="108"/>
        <source>Send and resolve</source>
        <translation>გაგზავნა და მოგვარება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="110"/>
        <source>Send, then mark resolved (Ctrl+Shift+Enter)</source>
        <translation>გაგზავნა და მოგვარებულად მონიშვნა (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="112"/>
        <source>Add internal note</source>
        <translation>შენიშვნის დამატება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="114"/>
        <source>Only agents see notes; the customer never does</source>
        <translation>შენიშვნებს მხოლოდ აგენტები ხედავენ, კლიენტი — არასდროს</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="122"/>
        <source>Fill in: {0}</source>
        <translation>შეავსეთ: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="142"/>
        <source>To:</source>
        <translation>ვის:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="248"/>
        <source>A note for your colleagues; the customer never sees it…</source>
        <translation>შენიშვნა კოლეგებისთვის; კლიენტი მას ვერ დაინახავს…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="250"/>
        <source>Ctrl+Enter adds the note</source>
        <translation>Ctrl+Enter — შენიშვნის დამატება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="252"/>
        <source>the customer</source>
        <translation>კლიენტს</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="257"/>
        <source>Reply to {0} by {1}…</source>
        <translation>პასუხი: {0}, არხი {1}…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="258"/>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter — გაგზავნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="269"/>
        <source>Signed: {0}</source>
        <translation>ხელმოწერა: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="367"/>
        <source>Answered on {0} in ticket {1}.</source>
        <translation>პასუხი გაიცა არხზე {0}, მიმართვა {1}.</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="63"/>
        <source>Rule</source>
        <translation>წესი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="72"/>
        <source>all conditions hold</source>
        <translation>სრულდება ყველა პირობა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="73"/>
        <source>any condition holds</source>
        <translation>სრულდება რომელიმე პირობა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="74"/>
        <source>Stop: later rules do not run when this one matches</source>
        <translation>გაჩერება: თუ ეს წესი ამოქმედდა, შემდეგი წესები აღარ სრულდება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="75"/>
        <source>Enabled</source>
        <translation>ჩართულია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="77"/>
        <source>Add condition</source>
        <translation>პირობის დამატება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="78"/>
        <source>Add action</source>
        <translation>მოქმედების დამატება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="79"/>
        <source>Which past conversations would match?</source>
        <translation>რომელი წარსული საუბრები დაემთხვეოდა?</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="88"/>
        <source>Name</source>
        <translation>სახელი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="89"/>
        <source>When</source>
        <translation>როდის</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="90"/>
        <source>If</source>
        <translation>თუ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="91"/>
        <source>Conditions</source>
        <translation>პირობები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="92"/>
        <source>Then</source>
        <translation>მაშინ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="126"/>
        <source>Give the rule a name.</source>
        <translation>დაარქვით წესს სახელი.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="130"/>
        <source>&apos;{0}&apos; does not apply to {1}.</source>
        <translation>„{0}“ არ ვრცელდება „{1}“-ზე.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="155"/>
        <source> and {0} more</source>
        <translation> და კიდევ {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="157"/>
        <source>It would have matched {0} of the latest conversations: {1}{2}</source>
        <translation>დაემთხვეოდა ბოლო საუბრებიდან {0}-ს: {1}{2}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="162"/>
        <source>No past conversation would have matched.</source>
        <translation>არცერთი წარსული საუბარი არ დაემთხვეოდა.</translation>
    </message>
</context>
<context>
    <name>RuleRows</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="37"/>
        <source>channel</source>
        <translation>არხი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="38"/>
        <source>account</source>
        <translation>ანგარიში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="39"/>
        <source>sender</source>
        <translation>გამგზავნი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="40"/>
        <source>subject</source>
        <translation>თემა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="41"/>
        <source>text</source>
        <translation>ტექსტი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="42"/>
        <source>subject or text</source>
        <translation>თემა ან ტექსტი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="43"/>
        <source>language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="44"/>
        <source>customer tag</source>
        <translation>კლიენტის ტეგი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="45"/>
        <source>in business hours</source>
        <translation>სამუშაო საათებში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="46"/>
        <source>priority</source>
        <translation>პრიორიტეტი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="47"/>
        <source>status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="48"/>
        <source>minutes since the last message</source>
        <translation>წუთები ბოლო შეტყობინების შემდეგ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="56"/>
        <source>is</source>
        <translation>არის</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="57"/>
        <source>is not</source>
        <translation>არ არის</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="58"/>
        <source>contains</source>
        <translation>შეიცავს</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="59"/>
        <source>does not contain</source>
        <translation>არ შეიცავს</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="60"/>
        <source>has the word</source>
        <translation>შეიცავს სიტყვას</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="61"/>
        <source>matches the pattern</source>
        <translation>ემთხვევა შაბლონს</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="62"/>
        <source>at least</source>
        <translation>არანაკლებ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="63"/>
        <source>at most</source>
        <translation>არაუმეტეს</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="69"/>
        <source>set the category</source>
        <translation>კატეგორიის მინიჭება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="70"/>
        <source>add a tag</source>
        <translation>ტეგის დამატება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="71"/>
        <source>set the priority</source>
        <translation>პრიორიტეტის მინიჭება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="72"/>
        <source>assign to</source>
        <translation>მინიჭება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="73"/>
        <source>assign in turn</source>
        <translation>რიგრიგობით მინიჭება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="74"/>
        <source>reply with a template</source>
        <translation>შაბლონით პასუხი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="75"/>
        <source>escalate to</source>
        <translation>გადაცემა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="76"/>
        <source>snooze</source>
        <translation>გადადება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="77"/>
        <source>resolve</source>
        <translation>მოგვარება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="78"/>
        <source>add a helper</source>
        <translation>დამხმარის დამატება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rule_rows.py" line="79"/>
        <source>notify</source>
        <translation>შეტყობინების გაგზავნა</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="38"/>
        <source>A new conversation starts</source>
        <translation>იწყება ახალი საუბარი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="41"/>
        <source>A customer writes again</source>
        <translation>კლიენტი ისევ წერს</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="42"/>
        <source>The status changes</source>
        <translation>სტატუსი იცვლება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="43"/>
        <source>An SLA target is nearly due</source>
        <translation>SLA ვადა იწურება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="46"/>
        <source>An SLA target is breached</source>
        <translation>SLA ვადა დაირღვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="49"/>
        <source>Time passes (checked every 30 seconds)</source>
        <translation>გადის დრო (მოწმდება ყოველ 30 წამში)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="181"/>
        <source>Rules</source>
        <translation>წესები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="185"/>
        <source>Add…</source>
        <translation>დამატება…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="186"/>
        <source>Edit…</source>
        <translation>რედაქტირება…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="187"/>
        <source>Remove</source>
        <translation>წაშლა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="188"/>
        <source>Move up</source>
        <translation>ზემოთ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="189"/>
        <source>Move down</source>
        <translation>ქვემოთ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_rules.py" line="208"/>
        <source>Rules run from the top; each can stop the ones below.</source>
        <translation>წესები ზემოდან ქვემოთ სრულდება; თითოეულს შეუძლია ქვედების გაჩერება.</translation>
    </message>
</context>
<context>
    <name>SchemaForm</name>
    <message>
        <location filename="../../omniinbox/ui/account_form.py" line="150"/>
        <source>Edit the server settings</source>
        <translation>სერვერის პარამეტრების შეცვლა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_form.py" line="155"/>
        <source>Advanced settings</source>
        <translation>დამატებითი პარამეტრები</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="103"/>
        <source>Settings</source>
        <translation>პარამეტრები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="134"/>
        <source>Appearance</source>
        <translation>გარეგნობა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="135"/>
        <source>A new language applies when OmniInbox restarts.</source>
        <translation>ახალი ენა ამოქმედდება OmniInbox-ის გადატვირთვის შემდეგ.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="139"/>
        <source>Notifications</source>
        <translation>შეტყობინებები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog.py" line="181"/>
        <source>Check the settings on the page “{0}”.</source>
        <translation>შეამოწმეთ პარამეტრები გვერდზე „{0}“.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="118"/>
        <source>Profile</source>
        <translation>პროფილი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="120"/>
        <source>Accounts</source>
        <translation>ანგარიშები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings_dialog_open.py" line="128"/>
        <source>Desk</source>
        <translation>სამსახური</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="49"/>
        <source>Provider:</source>
        <translation>პროვაიდერი:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="66"/>
        <source>Name in OmniInbox:</source>
        <translation>სახელი OmniInbox-ში:</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="81"/>
        <source>{0}: account settings</source>
        <translation>{0}: ანგარიშის პარამეტრები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="133"/>
        <source>Filled in for {0}: {1}.</source>
        <translation>შევსებულია {0}-სთვის: {1}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="173"/>
        <source>The account needs a name.</source>
        <translation>ანგარიშს სახელი სჭირდება.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="175"/>
        <source>Finish or cancel the sign-in in the browser first.</source>
        <translation>ჯერ დაასრულეთ ან გააუქმეთ შესვლა ბრაუზერში.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_wizard_settings.py" line="178"/>
        <source>Check the highlighted settings.</source>
        <translation>შეამოწმეთ მონიშნული პარამეტრები.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../omniinbox/ui/shortcut_sheet.py" line="48"/>
        <source>Keyboard shortcuts</source>
        <translation>კლავიატურის მალსახმობები</translation>
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
        <translation>დემო</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="43"/>
        <source>A sample desk: nothing here reaches a real customer</source>
        <translation>სადემონსტრაციო სამსახური: აქედან რეალურ კლიენტებს არაფერი მიდის</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="48"/>
        <source>Settings</source>
        <translation>პარამეტრები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="55"/>
        <source>Command palette (Ctrl+K)</source>
        <translation>ბრძანებების პალიტრა (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="81"/>
        <source>Look</source>
        <translation>იერსახე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="99"/>
        <source>Desk</source>
        <translation>სამსახური</translation>
    </message>
</context>
<context>
    <name>SignInRow</name>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="51"/>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="80"/>
        <source>Sign in with {0}…</source>
        <translation>შესვლა {0}-ით…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="82"/>
        <source>Sign in in the browser…</source>
        <translation>შესვლა ბრაუზერში…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="121"/>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>ველოდებით, როდის შეხვალთ ბრაუზერში…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="136"/>
        <source>Sign-in cancelled.</source>
        <translation>შესვლა გაუქმდა.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/account_signin.py" line="142"/>
        <source>Signed in. The tokens are kept in the keyring when you save.</source>
        <translation>შესვლა შესრულდა. შენახვისას ტოკენები პაროლების საცავში შეინახება.</translation>
    </message>
</context>
<context>
    <name>SlaPage</name>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="35"/>
        <source> min</source>
        <translation> წთ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="46"/>
        <source>First response</source>
        <translation>პირველი პასუხი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="47"/>
        <source>Next response</source>
        <translation>შემდეგი პასუხი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="48"/>
        <source>Resolution</source>
        <translation>მოგვარება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="56"/>
        <source>not tracked</source>
        <translation>არ აღირიცხება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="62"/>
        <source>Targets count business minutes only (the calendar&apos;s opening hours). First response runs from the first message to the first answer; next response from each later customer message to the answer; resolution until the conversation is resolved.</source>
        <translation>ვადები მხოლოდ სამუშაო წუთებით ითვლება (კალენდრის სამუშაო საათების მიხედვით). პირველი პასუხი — პირველი შეტყობინებიდან პირველ პასუხამდე; შემდეგი პასუხი — კლიენტის ყოველი ახალი შეტყობინებიდან პასუხამდე; მოგვარება — სანამ საუბარი არ მოგვარდება.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="69"/>
        <source>Targets per priority</source>
        <translation>ვადები პრიორიტეტის მიხედვით</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="73"/>
        <source>Pause the clocks while a conversation is pending</source>
        <translation>დროის ათვლის შეჩერება, სანამ საუბარი კლიენტს ელოდება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="74"/>
        <source>Pending: waiting for the customer</source>
        <translation>მოლოდინში: ველოდებით კლიენტის პასუხს</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="78"/>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="79"/>
        <source>off</source>
        <translation>გამორთ.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="82"/>
        <source>Due soon when this much is used</source>
        <translation>„ვადა ახლოვდება“, როცა დახარჯულია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_settings_sla.py" line="83"/>
        <source>or when less than this is left</source>
        <translation>ან როცა ამაზე ნაკლებია დარჩენილი</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="57"/>
        <source>Snooze until</source>
        <translation>გადადება ვადამდე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="67"/>
        <source>Snooze</source>
        <translation>გადადება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="71"/>
        <source>The conversation comes back to the inbox then.</source>
        <translation>ამ დროს საუბარი შემოსულებში დაბრუნდება.</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="90"/>
        <source>&amp;1  In one hour</source>
        <translation>&amp;1  ერთ საათში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="91"/>
        <source>&amp;2  Tomorrow, 9:00</source>
        <translation>&amp;2  ხვალ, 9:00</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="92"/>
        <source>&amp;3  Next week, Monday 9:00</source>
        <translation>&amp;3  შემდეგ კვირას, ორშაბათს 9:00</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="100"/>
        <source>&amp;4  Pick a date and time…</source>
        <translation>&amp;4  თარიღისა და დროის არჩევა…</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="65"/>
        <source>See the outbox; retry what failed</source>
        <translation>გამავალის ნახვა; წარუმატებლის ხელახლა ცდა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="104"/>
        <source>connecting</source>
        <translation>უკავშირდება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="105"/>
        <source>up to date</source>
        <translation>განახლებულია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="106"/>
        <source>syncing</source>
        <translation>სინქრონიზდება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="107"/>
        <source>offline</source>
        <translation>ხაზგარეშე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="108"/>
        <source>the password or token was not accepted</source>
        <translation>პაროლი ან ტოკენი არ მიიღეს</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="109"/>
        <source>stopped by an error</source>
        <translation>შეჩერდა შეცდომის გამო</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="110"/>
        <source>turned off</source>
        <translation>გამორთულია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="113"/>
        <source>syncing {0} of {1}</source>
        <translation>სინქრონიზაცია: {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="117"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="123"/>
        <source>No accounts are syncing</source>
        <translation>სინქრონიზებადი ანგარიში არ არის</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="131"/>
        <source>online</source>
        <translation>ონლაინ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="152"/>
        <source>Syncing {0} of {1}</source>
        <translation>სინქრონიზაცია: {0} / {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/status_line.py" line="167"/>
        <source>%n waiting to sync</source>
        <translation>
            <numerusform>%n ელოდება გაგზავნას</numerusform>
            <numerusform>%n ელოდება გაგზავნას</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/status_line.py" line="169"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n შეცდომით</numerusform>
            <numerusform>%n შეცდომით</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/status_line.py" line="171"/>
        <source>%n may not have gone out</source>
        <translation>
            <numerusform>%n შესაძლოა არ გაიგზავნა</numerusform>
            <numerusform>%n შესაძლოა არ გაიგზავნა</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="173"/>
        <source>Outbox: {0}</source>
        <translation>გამავალი: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="175"/>
        <source>Outbox: nothing waiting</source>
        <translation>გამავალი: რიგი ცარიელია</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="51"/>
        <source>Tags</source>
        <translation>ტეგები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="51"/>
        <source>Tags of {0} conversations</source>
        <translation>საუბრების ტეგები ({0})</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="55"/>
        <source>Type a tag and press Enter</source>
        <translation>აკრიფეთ ტეგი და დააჭირეთ Enter-ს</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="92"/>
        <source>Space ticks the selected tag; Ctrl+Enter saves.</source>
        <translation>Space მონიშნავს არჩეულ ტეგს; Ctrl+Enter — შენახვა.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="38"/>
        <source>Templates</source>
        <translation>შაბლონები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="41"/>
        <source>Search templates</source>
        <translation>შაბლონების ძიება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="49"/>
        <source>Only for me</source>
        <translation>მხოლოდ ჩემთვის</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="58"/>
        <source>New</source>
        <translation>ახალი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="59"/>
        <source>Save</source>
        <translation>შენახვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="60"/>
        <source>Delete</source>
        <translation>წაშლა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="79"/>
        <source>Name</source>
        <translation>სახელი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="80"/>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="82"/>
        <source>Text</source>
        <translation>ტექსტი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="84"/>
        <source>Variables: {0}</source>
        <translation>ცვლადები: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="88"/>
        <source>Preview</source>
        <translation>გადახედვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="117"/>
        <source>personal</source>
        <translation>პირადი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="117"/>
        <source>shared</source>
        <translation>საერთო</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="163"/>
        <source>Aigerim Nurlanovna</source>
        <translation>აიგერიმ ნურლანოვნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="164"/>
        <source>Dana Sultanova</source>
        <translation>დანა სულთანოვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="165"/>
        <source>Order 1042</source>
        <translation>შეკვეთა 1042</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="167"/>
        <source>within 60 minutes</source>
        <translation>60 წუთის განმავლობაში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="168"/>
        <source>Shop</source>
        <translation>მაღაზია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="173"/>
        <source>Unknown variables: {0}</source>
        <translation>უცნობი ცვლადები: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="186"/>
        <source>The desk&apos;s own texts are shared, never personal.</source>
        <translation>სამსახურის ტექსტები ყოველთვის საერთოა, არა პირადი.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/desk_templates.py" line="209"/>
        <source>Shipped templates are kept; edit the text instead.</source>
        <translation>ჩაშენებული შაბლონები არ იშლება — შეცვალეთ ტექსტი.</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/timeline.py" line="37"/>
        <source>%n earlier messages are not shown</source>
        <translation>
            <numerusform>%n ადრინდელი შეტყობინება არ ჩანს</numerusform>
            <numerusform>%n ადრინდელი შეტყობინება არ ჩანს</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="56"/>
        <source>Marked {0}.</source>
        <translation>მოინიშნა: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="57"/>
        <source>{0} conversations marked {1}.</source>
        <translation>„{1}“-ად მოინიშნა საუბრები: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="68"/>
        <source>Resolved.</source>
        <translation>მოგვარდა.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="68"/>
        <source>{0} conversations resolved.</source>
        <translation>მოგვარდა საუბრები: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="80"/>
        <source>Snoozed until {0}.</source>
        <translation>გადაიდო {0}-მდე.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="81"/>
        <source>{0} conversations snoozed until {1}.</source>
        <translation>{1}-მდე გადაიდო საუბრები: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="94"/>
        <source>Unassigned.</source>
        <translation>მინიჭება მოიხსნა.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="94"/>
        <source>{0} conversations unassigned.</source>
        <translation>მინიჭება მოეხსნა საუბრებს: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="98"/>
        <source>Assigned to you.</source>
        <translation>მოგენიჭათ თქვენ.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="98"/>
        <source>{0} conversations assigned to you.</source>
        <translation>თქვენ მოგენიჭათ საუბრები: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="103"/>
        <source>Assigned to {0}.</source>
        <translation>მიენიჭა: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="104"/>
        <source>{0} conversations assigned to {1}.</source>
        <translation>{1}-ს მიენიჭა საუბრები: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="116"/>
        <source>Collaborators updated.</source>
        <translation>დამხმარეები განახლდა.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="127"/>
        <source>Priority: {0}.</source>
        <translation>პრიორიტეტი: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="134"/>
        <source>Category: {0}.</source>
        <translation>კატეგორია: {0}.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="134"/>
        <source>Category cleared.</source>
        <translation>კატეგორია მოიხსნა.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="154"/>
        <source>Tags updated.</source>
        <translation>ტეგები განახლდა.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="155"/>
        <source>Tags of {0} conversations updated.</source>
        <translation>ტეგები განახლდა საუბრებში: {0}.</translation>
    </message>
</context>
<context>
    <name>ViewList</name>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="171"/>
        <source>Channels</source>
        <translation>არხები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="172"/>
        <source>Accounts</source>
        <translation>ანგარიშები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="173"/>
        <source>Categories</source>
        <translation>კატეგორიები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="174"/>
        <source>Tags</source>
        <translation>ტეგები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="175"/>
        <source>Saved searches</source>
        <translation>შენახული ძიებები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="270"/>
        <source>Delete saved search</source>
        <translation>შენახული ძიების წაშლა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="130"/>
        <source>Inbox</source>
        <translation>შემოსული</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="136"/>
        <source>Mine</source>
        <translation>ჩემი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="142"/>
        <source>Others’</source>
        <translation>კოლეგებთან</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="150"/>
        <source>SLA due soon</source>
        <translation>SLA ახლოვდება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="157"/>
        <source>Pending</source>
        <translation>მოლოდინში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="163"/>
        <source>Snoozed</source>
        <translation>გადადებული</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="169"/>
        <source>Resolved</source>
        <translation>მოგვარებული</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="175"/>
        <source>All conversations</source>
        <translation>ყველა საუბარი</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="36"/>
        <location filename="../../omniinbox/ui/welcome.py" line="47"/>
        <source>Welcome to OmniInbox</source>
        <translation>კეთილი იყოს თქვენი მობრძანება OmniInbox-ში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="57"/>
        <source>One inbox for your shop&apos;s email, Telegram and X: every customer&apos;s messages in one place, answered by your team. Everything is kept on this computer; passwords go to the system keyring.</source>
        <translation>ერთი შემოსულები თქვენი მაღაზიის ელფოსტის, Telegram-ისა და X-ისთვის: კლიენტების ყველა შეტყობინება ერთ ადგილას, თქვენი გუნდის პასუხებით. ყველაფერი ამ კომპიუტერზე ინახება, პაროლები — სისტემურ საცავში.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="65"/>
        <source>Add an account</source>
        <translation>ანგარიშის დამატება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="66"/>
        <source>Connect a mailbox, a Telegram bot or an X account and start answering.</source>
        <translation>დააკავშირეთ საფოსტო ყუთი, Telegram-ბოტი ან X-ის ანგარიში და დაიწყეთ პასუხი.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="74"/>
        <source>Explore the demo</source>
        <translation>დემოს ნახვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome.py" line="76"/>
        <source>A sample shop with customers in six languages, to try everything safely. Nothing is sent anywhere; it stays beside your own workspace.</source>
        <translation>სანიმუშო მაღაზია ექვს ენაზე მოსაუბრე კლიენტებით, რომ ყველაფერი უსაფრთხოდ სცადოთ. არაფერი იგზავნება; დემო თქვენი სამუშაო საქაღალდისგან ცალკე ინახება.</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/welcome_flow.py" line="77"/>
        <source>No account was added.</source>
        <translation>ანგარიში არ დაემატა.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="55"/>
        <source>Moving around</source>
        <translation>ნავიგაცია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="55"/>
        <source>The conversation</source>
        <translation>საუბარი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="55"/>
        <source>The app</source>
        <translation>აპლიკაცია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="57"/>
        <source>Next conversation</source>
        <translation>შემდეგი საუბარი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="58"/>
        <source>Previous conversation</source>
        <translation>წინა საუბარი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="61"/>
        <source>Add the next to the selection</source>
        <translation>შემდეგის დამატება არჩეულებში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="68"/>
        <source>Add the previous to the selection</source>
        <translation>წინას დამატება არჩეულებში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="73"/>
        <source>Select or unselect this one</source>
        <translation>მონიშვნა ან მონიშვნის მოხსნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="74"/>
        <source>Open the conversation</source>
        <translation>საუბრის გახსნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="78"/>
        <source>Search</source>
        <translation>ძიება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="80"/>
        <source>Command palette</source>
        <translation>ბრძანებების პალიტრა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="83"/>
        <source>Keyboard shortcuts</source>
        <translation>კლავიატურის მალსახმობები</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="85"/>
        <source>Back to the list</source>
        <translation>სიაში დაბრუნება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="92"/>
        <source>Go to {0}</source>
        <translation>გადასვლა: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="94"/>
        <source>Reply</source>
        <translation>პასუხის გაცემა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="95"/>
        <source>Internal note</source>
        <translation>შიდა შენიშვნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="96"/>
        <location filename="../../omniinbox/ui/window_actions.py" line="182"/>
        <source>Resolve</source>
        <translation>მოგვარება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="97"/>
        <location filename="../../omniinbox/ui/window_actions.py" line="179"/>
        <source>Assign to me</source>
        <translation>ჩემზე მინიჭება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="98"/>
        <location filename="../../omniinbox/ui/window_actions.py" line="181"/>
        <source>Snooze…</source>
        <translation>გადადება…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="99"/>
        <source>Tags…</source>
        <translation>ტეგები…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="100"/>
        <source>Priority…</source>
        <translation>პრიორიტეტი…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="103"/>
        <source>Show or hide the customer panel</source>
        <translation>კლიენტის პანელის ჩვენება ან დამალვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="111"/>
        <source>Merge this customer with another…</source>
        <translation>ამ კლიენტის სხვასთან გაერთიანება…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="120"/>
        <source>Mark {0}</source>
        <translation>მონიშვნა: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="125"/>
        <source>Outbox…</source>
        <translation>გამავალი…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="127"/>
        <source>Sync now</source>
        <translation>ახლავე სინქრონიზაცია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="129"/>
        <source>Look: follow the system</source>
        <translation>იერსახე: სისტემის მიხედვით</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="130"/>
        <source>Look: light</source>
        <translation>იერსახე: ღია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="131"/>
        <source>Look: dark</source>
        <translation>იერსახე: მუქი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="136"/>
        <source>Desktop notifications on or off</source>
        <translation>შეტყობინებების ჩართვა ან გამორთვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="142"/>
        <source>Tray icon on or off</source>
        <translation>ტრეის ხატულას ჩართვა ან გამორთვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="180"/>
        <source>Tag…</source>
        <translation>ტეგი…</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="331"/>
        <source>View: {0}</source>
        <translation>ხედი: {0}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="334"/>
        <source>View</source>
        <translation>ხედი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="345"/>
        <source>Open ticket #{0}</source>
        <translation>მიმართვის #{0} გახსნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="374"/>
        <source>Save search</source>
        <translation>ძიების შენახვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="374"/>
        <source>Name of the saved search:</source>
        <translation>შენახული ძიების სახელი:</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../omniinbox/ui/account_tasks.py" line="87"/>
        <source>Something went wrong ({0}). The details are in the log.</source>
        <translation>რაღაც შეცდომა მოხდა ({0}). დეტალები ჟურნალშია.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../omniinbox/ui/app.py" line="136"/>
        <source>OmniInbox cannot open {0}: {1}</source>
        <translation>OmniInbox ვერ ხსნის {0}-ს: {1}</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="21"/>
        <source>Open</source>
        <translation>ღია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="22"/>
        <source>Pending</source>
        <translation>კლიენტს ელოდება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="23"/>
        <source>Snoozed</source>
        <translation>გადადებული</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="24"/>
        <source>Resolved</source>
        <translation>მოგვარებული</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="25"/>
        <source>Closed</source>
        <translation>დახურული</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="28"/>
        <source>Email</source>
        <translation>ელფოსტა</translation>
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
        <translation>სხვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="34"/>
        <source>Low</source>
        <translation>დაბალი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="35"/>
        <source>Normal</source>
        <translation>ჩვეულებრივი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="36"/>
        <source>High</source>
        <translation>მაღალი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="37"/>
        <source>Urgent</source>
        <translation>სასწრაფო</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="83"/>
        <source>Yesterday</source>
        <translation>გუშინ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="92"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="109"/>
        <source>{0} bytes</source>
        <translation>{0} ბაიტი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="111"/>
        <source>{0} KB</source>
        <translation>{0} კბ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="112"/>
        <source>{0} MB</source>
        <translation>{0} მბ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="141"/>
        <source>{0}m</source>
        <translation>{0} წთ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="143"/>
        <source>{0}h</source>
        <translation>{0} სთ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="144"/>
        <source>{0}d</source>
        <translation>{0} დღე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/formatting.py" line="154"/>
        <source>{0} late</source>
        <translation>დაგვიანება {0}</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../omniinbox/ui/ops.py" line="61"/>
        <source>Something went wrong ({0}). The details are in the log.</source>
        <translation>რაღაც შეცდომა მოხდა ({0}). დეტალები ჟურნალშია.</translation>
    </message>
</context>
<context>
    <name>reply_routes</name>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="61"/>
        <source>a second address on the same channel</source>
        <translation>მეორე მისამართი იმავე არხზე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="67"/>
        <source>no channel to send on</source>
        <translation>გასაგზავნი არხი არ არის</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="84"/>
        <source>no conversation on that channel yet</source>
        <translation>ამ არხზე საუბარი ჯერ არ არის</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_routes.py" line="102"/>
        <source>Not possible yet: {0}</source>
        <translation>ჯერ შეუძლებელია: {0}</translation>
    </message>
</context>
<context>
    <name>screenshots</name>
    <message>
        <location filename="../../omniinbox/ui/screenshots.py" line="134"/>
        <source>res</source>
        <comment>typed: the start of Resolved</comment>
        <translation>მოგ</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="49"/>
        <source>Light or dark colours, or as the desktop has them</source>
        <translation>ღია ან მუქი ფერები, ან როგორც სისტემაშია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="50"/>
        <source>Theme</source>
        <translation>თემა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="52"/>
        <location filename="../../omniinbox/ui/settings.py" line="67"/>
        <source>As the system</source>
        <translation>როგორც სისტემაში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="53"/>
        <source>Light</source>
        <translation>ღია</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="54"/>
        <source>Dark</source>
        <translation>მუქი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="63"/>
        <source>The language of the window; applies when OmniInbox restarts</source>
        <translation>ინტერფეისის ენა; ამოქმედდება OmniInbox-ის გადატვირთვის შემდეგ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="65"/>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="79"/>
        <source>An icon with the unread count in the system tray</source>
        <translation>ხატულა წაუკითხავების რაოდენობით სისტემურ ტრეიში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="80"/>
        <source>Show an icon in the system tray</source>
        <translation>ხატულას ჩვენება სისტემურ ტრეიში</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="85"/>
        <source>A desktop notification when a customer writes</source>
        <translation>შეტყობინება სამუშაო მაგიდაზე, როცა კლიენტი წერს</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/settings.py" line="86"/>
        <source>Desktop notifications for new messages</source>
        <translation>შეტყობინებები ახალ წერილებზე</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="114"/>
        <source>Queued: goes out when the account is online</source>
        <translation>რიგშია: გაიგზავნება, როცა ანგარიში ონლაინ იქნება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="115"/>
        <source>Sent</source>
        <translation>გაიგზავნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="116"/>
        <source>Failed to send</source>
        <translation>ვერ გაიგზავნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="117"/>
        <source>May not have gone out: check before sending again</source>
        <translation>შესაძლოა არ გაიგზავნა: ხელახლა გაგზავნამდე შეამოწმეთ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="125"/>
        <source>Try again</source>
        <translation>ხელახლა ცდა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="141"/>
        <source>not downloaded yet</source>
        <translation>ჯერ არ ჩამოტვირთულა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="163"/>
        <source>edited by the customer</source>
        <translation>კლიენტმა შეცვალა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="165"/>
        <source>deleted on the channel</source>
        <translation>წაიშალა არხზე</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="175"/>
        <source>Hide quoted text</source>
        <translation>ციტატის დამალვა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="177"/>
        <source>··· Show quoted text</source>
        <translation>··· ციტატის ჩვენება</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="207"/>
        <source>Unknown sender</source>
        <translation>უცნობი გამგზავნი</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="257"/>
        <source>Internal note</source>
        <translation>შიდა შენიშვნა</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="288"/>
        <source>Today</source>
        <translation>დღეს</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="290"/>
        <source>Yesterday</source>
        <translation>გუშინ</translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/timeline.py" line="320"/>
        <source>No messages yet</source>
        <translation>შეტყობინებები ჯერ არ არის</translation>
    </message>
</context>
</TS>
