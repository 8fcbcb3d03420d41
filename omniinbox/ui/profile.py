"""The agent's profile: the name signed on every answer, email, signature, the desk's time
zone and weekly opening hours, and the window's language.

Where each part lives: the agent (name, email, signature) in the store, and which agent sits
at this desk in the workspace config (``agent_id``, read by MainWindow._current_agent); time
zone and hours in the store's business calendar (holidays and extra days kept as they are;
the full calendar is the desk settings' page); the language in ``ui.ini`` (UiSettings).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from omniinbox.domain import Agent
from omniinbox.domain.business_hours import format_hours, parse_hours
from omniinbox.store import Store
from omniinbox.workspace import Workspace

AGENT_KEY = "agent_id"  # in the workspace config: who is at this desk


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    email: str = ""
    signature: str = ""
    tz: str = "UTC"
    weekly: tuple[str, ...] = ("09:00-18:00",) * 5 + ("", "")  # Monday first; "" closed
    agent_id: int | None = None


def current_agent(store: Store, workspace: Workspace) -> Agent | None:
    """Who is at the desk: the configured agent, else the first active one."""
    configured = workspace.config().get(AGENT_KEY)
    agents = [a for a in store.agents() if a.active]
    return next((a for a in agents if a.id == configured), agents[0] if agents else None)


def load_profile(store: Store, workspace: Workspace) -> Profile:
    """The profile as stored (blocking: run it off the GUI thread)."""
    agent = current_agent(store, workspace)
    cal = store.business_calendar()
    return Profile(
        name=agent.name if agent else "",
        email=agent.email if agent else "",
        signature=agent.signature if agent else "",
        tz=cal.tz,
        weekly=tuple(format_hours(day) for day in cal.weekly),
        agent_id=agent.id if agent else None,
    )


def save_profile(store: Store, workspace: Workspace, profile: Profile) -> Agent:
    """Store the profile (on the writer thread); returns the agent. ValueError/StoreError
    with a sentence when something is not right; nothing is half-saved by a bad value."""
    weekly = tuple(parse_hours(day) for day in profile.weekly)  # ValueError before any write
    cal = replace(store.business_calendar(), tz=profile.tz, weekly=weekly)
    existing = next((a for a in store.agents() if a.id == profile.agent_id), None)
    if existing is None:
        agent = store.add_agent(profile.name, profile.email, profile.signature)
    elif (existing.name, existing.email, existing.signature) == (
        profile.name.strip(),
        profile.email.strip(),
        profile.signature,
    ):
        agent = existing
    else:
        agent = store.update_agent(
            existing.id, name=profile.name, email=profile.email, signature=profile.signature
        )
    store.set_business_calendar(cal)
    config = workspace.config()
    if config.get(AGENT_KEY) != agent.id:
        workspace.save_config({**config, AGENT_KEY: agent.id})
    return agent
