"""What the desk sends by itself (acknowledgement, CSAT survey and follow-up, canned
answers, "when to expect an answer") exists in every language the window speaks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from omniinbox.domain import autoack, due_phrases
from omniinbox.domain.business_hours import BusinessCalendar
from omniinbox.domain.templates import placeholders
from omniinbox.store import desk_shipped
from omniinbox.ui.translations import LANGUAGES

SIX = set(LANGUAGES)


def test_every_list_of_languages_is_the_same_six() -> None:
    assert set(autoack.ACK_LANGUAGES) == SIX
    assert set(due_phrases.LANGUAGES) == SIX
    assert set(desk_shipped.LANGUAGES) == SIX


def test_every_shipped_template_exists_in_six_languages_with_the_same_variables() -> None:
    by_name: dict[str, dict[str, str]] = {}
    for template in desk_shipped.shipped_templates():
        by_name.setdefault(template.name, {})[template.language] = template.body
    assert {desk_shipped.ACK, desk_shipped.CSAT, desk_shipped.CSAT_FOLLOW_UP} <= set(by_name)
    assert len(by_name) > 3  # canned answers too
    for name, bodies in by_name.items():
        assert set(bodies) == SIX, name
        english = set(placeholders(bodies["en"]))
        for lang, body in bodies.items():
            assert body.strip(), (name, lang)
            assert set(placeholders(body)) == english, (name, lang)
            if lang != "en":
                assert body != bodies["en"], (name, lang)


def test_the_acknowledgement_renders_completely_in_each_language() -> None:
    for lang in LANGUAGES:
        for customer in ("Айгерім Сейтқали", ""):
            rendered = autoack.render_acknowledgement(
                lang, ticket="#1042", due_phrase="…", agent_name="Dana", customer_name=customer
            )
            assert rendered.complete and "#1042" in rendered.text, (lang, customer)


def test_the_expected_answer_phrase_exists_in_each_language() -> None:
    cal = BusinessCalendar.office("Asia/Almaty")
    monday_10 = datetime(2024, 3, 4, 5, 0, tzinfo=UTC)  # 10:00 in Almaty
    said = {}
    for lang in LANGUAGES:
        near = due_phrases.expected_answer_phrase(
            cal, monday_10 + timedelta(minutes=40), monday_10, lang
        )
        later = due_phrases.expected_answer_phrase(
            cal, monday_10 + timedelta(days=1), monday_10, lang
        )
        assert near and later and near != later, lang
        said[lang] = near
    assert len(set(said.values())) == len(LANGUAGES)
