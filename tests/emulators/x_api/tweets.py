"""Posts: customers' mentions of the shop and replies in threads (the test side),
GET /2/users/:id/mentions (since_id, until_id, pagination_token, max_results 5-100,
expansions, fields) and POST /2/tweets (a reply with ``reply.in_reply_to_tweet_id``; the
weighted 280-character limit; duplicates refused)."""

from __future__ import annotations

import re
from typing import Any

from tests.emulators.x_api.basics import (
    FORBIDDEN,
    TWEET_EXPANSIONS,
    TWEET_FIELDS,
    USER_FIELDS,
    Grant,
    Posted,
    invalid_request,
    problem,
    weighted_length,
)
from tests.emulators.x_api.parameters import Parameters


class Tweets(Parameters):
    """Posts and mentions, from both sides."""

    def _tweet(self, author: str, text: str, parent: dict[str, Any] | None = None) -> str:
        with self.lock:
            tweet_id, created = self._new_id()
            tweet: dict[str, Any] = {
                "id": tweet_id,
                "text": text,
                "edit_history_tweet_ids": [tweet_id],
                "author_id": author,
                "created_at": created,
                "conversation_id": parent["conversation_id"] if parent else tweet_id,
            }
            if parent is not None:
                tweet["in_reply_to_user_id"] = parent["author_id"]
                tweet["referenced_tweets"] = [{"type": "replied_to", "id": parent["id"]}]
            self.tweets[tweet_id] = tweet
            return tweet_id

    def mention(self, username: str, text: str, name: str = "") -> str:
        """A customer posts, mentioning the shop (the @handle is added if the text lacks it)."""
        author = self.add_user(username, name)
        shop = self.username(self.shop_id)
        if f"@{shop}".lower() not in text.lower():
            text = f"@{shop} {text}"
        return self._tweet(author, text)

    def reply(self, username: str, in_reply_to: str, text: str) -> str:
        """A reply in a thread; like X's apps, it starts with the @handle of the author
        answered, so a reply to the shop's post is a mention of the shop."""
        author = self.add_user(username)
        parent = self.tweets[in_reply_to]
        handle = self.username(parent["author_id"])
        if not text.lower().startswith(f"@{handle}".lower()):
            text = f"@{handle} {text}"
        return self._tweet(author, text, parent)

    def post(self, username: str, text: str) -> str:
        """A post that may or may not mention the shop (exactly as written)."""
        return self._tweet(self.add_user(username), text)

    # --- endpoints --------------------------------------------------------------------------

    def _mentions(
        self, grant: Grant, query: dict[str, str], match: re.Match[str], body: Any
    ) -> tuple[int, Any]:
        chosen = self._fields(
            query,
            {
                "tweet.fields": TWEET_FIELDS,
                "user.fields": USER_FIELDS,
                "expansions": TWEET_EXPANSIONS,
            },
        )
        size = self._max_results(query, 5, 100, 10)
        user_id = match["id"]
        if user_id not in self.users:
            return 200, {
                "errors": [
                    {
                        "value": user_id,
                        "detail": f"Could not find user with id: [{user_id}].",
                        "title": "Not Found Error",
                        "resource_type": "user",
                        "parameter": "id",
                        "resource_id": user_id,
                        "type": "https://api.twitter.com/2/problems/resource-not-found",
                    }
                ]
            }
        handle = re.compile(rf"(?<![\w@])@{re.escape(self.username(user_id))}\b", re.IGNORECASE)
        with self.lock:
            found = sorted(
                (t for t in self.tweets.values() if handle.search(t["text"])),
                key=lambda t: int(t["id"]),
                reverse=True,
            )
        since, until = query.get("since_id"), query.get("until_id")
        for name, value in (("since_id", since), ("until_id", until)):
            if value is not None and not re.fullmatch(r"[0-9]{1,19}", value):
                return 400, invalid_request(
                    name, value, f"The `{name}` query parameter value [{value}] is not valid"
                )
        found = [
            t
            for t in found
            if (since is None or int(t["id"]) > int(since))
            and (until is None or int(t["id"]) < int(until))
        ]
        page, next_token = self._page(found, query, size, "tweets", f"/2/users/{user_id}")
        meta: dict[str, Any] = {"result_count": len(page)}
        if not page:
            return 200, {"meta": meta}
        expand_authors = "author_id" in chosen["expansions"]
        wanted = set(chosen["tweet.fields"]) | ({"author_id"} if expand_authors else set())
        data = []
        for tweet in page:
            shown = {k: tweet[k] for k in ("id", "text", "edit_history_tweet_ids")}
            shown.update({f: tweet[f] for f in sorted(wanted) if f in tweet})
            data.append(shown)
        answer: dict[str, Any] = {"data": data}
        if expand_authors:
            authors = dict.fromkeys(t["author_id"] for t in page)
            answer["includes"] = {
                "users": [self._user_json(a, chosen["user.fields"]) for a in authors]
            }
        meta.update(newest_id=page[0]["id"], oldest_id=page[-1]["id"])
        if next_token:
            meta["next_token"] = next_token
        answer["meta"] = meta
        return 200, answer

    def _create_tweet(
        self, grant: Grant, query: dict[str, str], match: re.Match[str], body: Any
    ) -> tuple[int, Any]:
        if "tweet.write" not in grant.scopes:
            return 403, FORBIDDEN
        if not isinstance(body, dict) or not isinstance(body.get("text"), str):
            return 400, invalid_request("text", "", "The `text` field is required")
        text = body["text"]
        if weighted_length(text) > 280:
            return 403, problem(403, "Forbidden", "Your Tweet text is too long.")
        parent = None
        reply = body.get("reply")
        if reply is not None:
            parent = self.tweets.get(str(reply.get("in_reply_to_tweet_id")))
            if parent is None:
                return 403, problem(
                    403,
                    "Forbidden",
                    "You attempted to reply to a Tweet that is deleted or not visible to you.",
                )
        with self.lock:
            if any(
                t["author_id"] == grant.user_id and t["text"] == text for t in self.tweets.values()
            ):
                return 403, problem(
                    403,
                    "Forbidden",
                    "You are not allowed to create a Tweet with duplicate content.",
                )
            tweet_id = self._tweet(grant.user_id, text, parent)
            answered = parent["id"] if parent else ""
            self.posted.append(Posted("tweet", tweet_id, text, in_reply_to=answered))
        return 201, {"data": {"id": tweet_id, "text": text}}
