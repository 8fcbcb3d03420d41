"""A realistic, seeded sample support desk for trying OmniInbox without any account.

About 300 conversations with 120 customers on email, Telegram and X, in English, Russian,
Kazakh, Ukrainian, Uzbek and Georgian, with answers signed by four agents. The same seed
always gives the same desk. Imports only the domain, the store and the workspace.
"""

from omniinbox.demo.build import (
    DemoSummary,
    WorkspaceNotEmpty,
    build_demo,
    create_demo_workspace,
)

__all__ = ["DemoSummary", "WorkspaceNotEmpty", "build_demo", "create_demo_workspace"]
