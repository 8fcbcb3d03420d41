<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="168"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="169"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="171"/>
        <source>Others’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="173"/>
        <source>SLA due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="174"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="175"/>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="178"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_queries.py" line="182"/>
        <source>All conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/list_pane.py" line="60"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../omniinbox/ui/command_palette.py" line="157"/>
        <source>Type a command, a view, or #ticket…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="114"/>
        <source>Show the customer panel (I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="117"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="118"/>
        <source>Owner: one agent answers end to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="119"/>
        <source>Collaborators helping the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="120"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="121"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="125"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="127"/>
        <source>Tags (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="171"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="176"/>
        <source>Snoozed until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="182"/>
        <location filename="../../omniinbox/ui/conversation_header.py" line="260"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="188"/>
        <source>{0} helping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="190"/>
        <source>No collaborators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="192"/>
        <source>Pull in a colleague to help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="202"/>
        <location filename="../../omniinbox/ui/conversation_header.py" line="305"/>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="223"/>
        <source>Remove the tag {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="228"/>
        <source>+{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="249"/>
        <source>Snooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="278"/>
        <source>No other agents yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_header.py" line="296"/>
        <source>{0} (in general)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="74"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="75"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="76"/>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="77"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="78"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="79"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="80"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="232"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="233"/>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_model.py" line="234"/>
        <source>Time left to answer within the SLA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../omniinbox/ui/conversation_view.py" line="72"/>
        <source>Select a conversation to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_view.py" line="157"/>
        <source>Unknown customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="94"/>
        <source>The customer&apos;s name; press Enter to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="102"/>
        <source>Notes about this customer, for every agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="111"/>
        <source>+ Add a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="113"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="124"/>
        <source>Merge with another customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="143"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="145"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="147"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/customer_panel.py" line="176"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="187"/>
        <source>Conversations ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="254"/>
        <source>another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="258"/>
        <source>Merged {0} on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="263"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="284"/>
        <source>Name saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="307"/>
        <source>Add a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="307"/>
        <source>Field name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="345"/>
        <source>{0} merged into this customer; Undo is in the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_panel.py" line="352"/>
        <source>Merge undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../omniinbox/ui/customer_history.py" line="56"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageBar</name>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/conversation_view.py" line="49"/>
        <source>%n remote image(s) hidden to protect your privacy.</source>
        <translation>
            <numerusform>%n remote image hidden to protect your privacy.</numerusform>
            <numerusform>%n remote images hidden to protect your privacy.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/conversation_view.py" line="50"/>
        <source>Show images from {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="90"/>
        <source>Search  ·  from: channel: status: tag: #ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="108"/>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="113"/>
        <source>Newest activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="114"/>
        <source>SLA due first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/list_pane.py" line="115"/>
        <source>Order of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/list_pane.py" line="230"/>
        <source>%n conversation(s) match “{0}”</source>
        <translation>
            <numerusform>%n conversation matches “{0}”</numerusform>
            <numerusform>%n conversations match “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/list_pane.py" line="233"/>
        <source>{0} · %n conversation(s)</source>
        <translation>
            <numerusform>{0} · %n conversation</numerusform>
            <numerusform>{0} · %n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../omniinbox/ui/main_window.py" line="67"/>
        <location filename="../../omniinbox/ui/main_window.py" line="325"/>
        <source>OmniInbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/main_window.py" line="191"/>
        <source>Reply saved. On the demo desk nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/main_window.py" line="193"/>
        <source>Reply queued; it goes out when the account is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/main_window.py" line="200"/>
        <source>Demo desk: replies stay on this computer and are never sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="83"/>
        <source>Merge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="89"/>
        <source>Find the other customer. Their addresses, handles and conversations move to {0}; you can undo the merge later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="96"/>
        <source>Name, address, handle or #ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/customer_merge.py" line="103"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/customer_merge.py" line="138"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="64"/>
        <source>Show OmniInbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/tray.py" line="83"/>
        <source>OmniInbox: %n unread conversation(s)</source>
        <translation>
            <numerusform>OmniInbox: %n unread conversation</numerusform>
            <numerusform>OmniInbox: %n unread conversations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="105"/>
        <source>A customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="106"/>
        <source>New message from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="109"/>
        <source>New messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/tray.py" line="109"/>
        <source>%n more conversation(s)</source>
        <translation>
            <numerusform>%n more conversation</numerusform>
            <numerusform>%n more conversations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tray.py" line="115"/>
        <source>SLA breached: ticket #{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="164"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="179"/>
        <source>Nothing is waiting: every reply went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="181"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="184"/>
        <source>Open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="231"/>
        <source>Send again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="233"/>
        <source>The customer may already have this reply: the channel could not confirm it. Send it again anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="77"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="78"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="79"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="80"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="81"/>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="82"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="114"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="115"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="116"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="117"/>
        <source>May not have gone out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="122"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="123"/>
        <source>Mark read on the channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="74"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="77"/>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="88"/>
        <source>Answer on the customer&apos;s channel or another of theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="102"/>
        <source>Canned answers (type / at the start of a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="104"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="106"/>
        <source>Queue the reply to the customer (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="108"/>
        <source>Send and resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="110"/>
        <source>Send, then mark resolved (Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="112"/>
        <source>Add internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="114"/>
        <source>Only agents see notes; the customer never does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="123"/>
        <source>Fill in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="143"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="249"/>
        <source>A note for your colleagues; the customer never sees it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="251"/>
        <source>Ctrl+Enter adds the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="253"/>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="258"/>
        <source>Reply to {0} by {1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="259"/>
        <source>Ctrl+Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="270"/>
        <source>Signed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/reply_box.py" line="368"/>
        <source>Answered on {0} in ticket {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../omniinbox/ui/shortcut_sheet.py" line="48"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="23"/>
        <source>OmniInbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="31"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="33"/>
        <source>A sample desk: nothing here reaches a real customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="38"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="45"/>
        <source>Command palette (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/sidebar.py" line="69"/>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="57"/>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="67"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="71"/>
        <source>The conversation comes back to the inbox then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="90"/>
        <source>&amp;1  In one hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="91"/>
        <source>&amp;2  Tomorrow, 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="92"/>
        <source>&amp;3  Next week, Monday 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/snooze.py" line="100"/>
        <source>&amp;4  Pick a date and time…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="65"/>
        <source>See the outbox; retry what failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="101"/>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="102"/>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="103"/>
        <source>syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="104"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="105"/>
        <source>the password or token was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="106"/>
        <source>stopped by an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="107"/>
        <source>turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="110"/>
        <source>syncing {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="114"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="120"/>
        <source>No accounts are syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="128"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="149"/>
        <source>Syncing {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/status_line.py" line="164"/>
        <source>%n waiting to sync</source>
        <translation>
            <numerusform>%n waiting to sync</numerusform>
            <numerusform>%n waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/status_line.py" line="166"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../omniinbox/ui/status_line.py" line="168"/>
        <source>%n may not have gone out</source>
        <translation>
            <numerusform>%n may not have gone out</numerusform>
            <numerusform>%n may not have gone out</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="170"/>
        <source>Outbox: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/status_line.py" line="172"/>
        <source>Outbox: nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="51"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="51"/>
        <source>Tags of {0} conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="55"/>
        <source>Type a tag and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/tag_editor.py" line="92"/>
        <source>Space ticks the selected tag; Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="56"/>
        <source>Marked {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="57"/>
        <source>{0} conversations marked {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="68"/>
        <source>Resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="68"/>
        <source>{0} conversations resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="80"/>
        <source>Snoozed until {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="81"/>
        <source>{0} conversations snoozed until {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="94"/>
        <source>Unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="94"/>
        <source>{0} conversations unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="98"/>
        <source>Assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="98"/>
        <source>{0} conversations assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="103"/>
        <source>Assigned to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="104"/>
        <source>{0} conversations assigned to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="116"/>
        <source>Collaborators updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="127"/>
        <source>Priority: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="134"/>
        <source>Category: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="134"/>
        <source>Category cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="154"/>
        <source>Tags updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/triage.py" line="155"/>
        <source>Tags of {0} conversations updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewList</name>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="174"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="175"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="176"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="177"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="178"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/view_list.py" line="273"/>
        <source>Delete saved search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="52"/>
        <source>Moving around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="52"/>
        <source>The conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="52"/>
        <source>The app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="54"/>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="55"/>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="58"/>
        <source>Add the next to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="65"/>
        <source>Add the previous to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="70"/>
        <source>Select or unselect this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="71"/>
        <source>Open the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="75"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="76"/>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="77"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="78"/>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="85"/>
        <source>Go to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="87"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="88"/>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="89"/>
        <location filename="../../omniinbox/ui/window_actions.py" line="165"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="90"/>
        <location filename="../../omniinbox/ui/window_actions.py" line="162"/>
        <source>Assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="91"/>
        <location filename="../../omniinbox/ui/window_actions.py" line="164"/>
        <source>Snooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="92"/>
        <source>Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="93"/>
        <source>Priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="96"/>
        <source>Show or hide the customer panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="104"/>
        <source>Merge this customer with another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="113"/>
        <source>Mark {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="118"/>
        <source>Outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="119"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="121"/>
        <source>Look: follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="122"/>
        <source>Look: light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="123"/>
        <source>Look: dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="128"/>
        <source>Desktop notifications on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="134"/>
        <source>Tray icon on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="163"/>
        <source>Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="314"/>
        <source>View: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="317"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="328"/>
        <source>Open ticket #{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="357"/>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/window_actions.py" line="357"/>
        <source>Name of the saved search:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../omniinbox/ui/app.py" line="131"/>
        <source>OmniInbox cannot open {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="165"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="168"/>
        <source>Programs and scripts are only saved, never opened here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="169"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="171"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="176"/>
        <source>Not downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../omniinbox/ui/ops.py" line="61"/>
        <source>Something went wrong ({0}). The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="281"/>
        <source>Send again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../omniinbox/ui/outbox_dialog.py" line="283"/>
        <source>The customer may already have this reply: the channel could not confirm it. Send it again anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self._parent</name>
    <message>
        <location filename="../../omniinbox/ui/attachments.py" line="209"/>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
