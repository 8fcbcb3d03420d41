"""Which agents an internal note @mentions."""

from __future__ import annotations

from omniinbox.domain.mentions import mentioned_agents

AGENTS = [(1, "Dana Seitkali"), (2, "Timur Abenov"), (3, "Timur Karimov"), (4, "Нино")]


def test_full_and_unique_first_names() -> None:
    assert mentioned_agents("@Dana can you check the invoice?", AGENTS) == [1]
    assert mentioned_agents("cc @dana seitkali, @Timur Karimov.", AGENTS) == [1, 3]
    assert mentioned_agents("@нино, посмотри пожалуйста", AGENTS) == [4]


def test_shared_first_names_need_the_full_name() -> None:
    assert mentioned_agents("@Timur please look", AGENTS) == []
    assert mentioned_agents("@Timur Abenov please look", AGENTS) == [2]


def test_no_partial_words_addresses_or_bare_names() -> None:
    assert mentioned_agents("@Danara is a customer", AGENTS) == []
    assert mentioned_agents("mail dana@shop.kz or ask Dana", AGENTS) == []
    assert mentioned_agents("", AGENTS) == []
