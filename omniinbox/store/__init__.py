"""The local store: SQLite through sqlite-utils, FTS5 search, content-addressed blobs.

Only this package writes SQL. The engine is the one writer; the UI opens read-only stores.
"""

from __future__ import annotations

from omniinbox.store.accounts import AccountsMixin
from omniinbox.store.attachments import AttachmentRef, AttachmentsMixin
from omniinbox.store.contacts import ContactsMixin, CustomerCard
from omniinbox.store.core import ChangeSet, StoreError
from omniinbox.store.desk_actions import DeskActionsMixin
from omniinbox.store.desk_bulk import BulkJob, BulkProgress, BulkRecipient, DeskBulkMixin, Segment
from omniinbox.store.desk_config import DeskConfigMixin, DeskSettings
from omniinbox.store.desk_csat import DeskCsatMixin
from omniinbox.store.desk_facts import DeskFactsMixin
from omniinbox.store.desk_options import DeskOptionsMixin
from omniinbox.store.desk_rules import DeskRulesMixin
from omniinbox.store.desk_templates import DeskTemplatesMixin
from omniinbox.store.diagnostics_facts import DiagnosticsMixin
from omniinbox.store.imports import ImportsMixin
from omniinbox.store.ingest import IngestMixin
from omniinbox.store.migrations import LATEST, SchemaTooNew
from omniinbox.store.outbox import OutboxItem, OutboxMixin, OutboxState, ReplyContext
from omniinbox.store.queries import ConversationFilter, ConversationRow, QueriesMixin
from omniinbox.store.search import SearchHit, SearchMixin
from omniinbox.store.triage import TriageMixin


class Store(
    AccountsMixin,
    IngestMixin,
    QueriesMixin,
    TriageMixin,
    ContactsMixin,
    OutboxMixin,
    SearchMixin,
    DeskConfigMixin,
    DeskOptionsMixin,
    DeskTemplatesMixin,
    DeskRulesMixin,
    DeskActionsMixin,
    DeskCsatMixin,
    DeskFactsMixin,
    DeskBulkMixin,
    ImportsMixin,
    DiagnosticsMixin,
    AttachmentsMixin,
):
    """One workspace database."""


__all__ = [
    "LATEST",
    "AttachmentRef",
    "BulkJob",
    "BulkProgress",
    "BulkRecipient",
    "ChangeSet",
    "ConversationFilter",
    "ConversationRow",
    "CustomerCard",
    "DeskSettings",
    "OutboxItem",
    "OutboxState",
    "ReplyContext",
    "SchemaTooNew",
    "SearchHit",
    "Segment",
    "Store",
    "StoreError",
]
