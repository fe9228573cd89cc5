"""Who may publish an import to every visitor, and remove one: an editor.

An editor signs in with Streamlit's own st.login (OIDC, configured in .streamlit/secrets.toml); where sign-in is
configured, editors are the signed-in users whose e-mail is listed under [netra] editors (every signed-in user when
no list is given: the identity provider decides). Where no sign-in is configured, only a visitor on the server itself
may publish (the one-command `make run` on a laptop): never a visitor through a proxy or from another machine.
"""

from __future__ import annotations

from dataclasses import dataclass

FORWARDED = ("x-forwarded-for", "x-real-ip", "forwarded")


@dataclass(frozen=True)
class Visitor:
    remote_ip: str | None  # None on the server itself (Streamlit says so for loopback)
    headers: dict  # the initial request's headers, lower-case names
    signed_in: bool = False
    email: str = ""


@dataclass(frozen=True)
class Policy:
    sign_in: bool  # an [auth] section is configured
    editors: tuple[str, ...] = ()  # e-mails; empty = every signed-in user


def may_publish(visitor: Visitor, policy: Policy) -> bool:
    if policy.sign_in:
        return visitor.signed_in and (
            not policy.editors or visitor.email.lower() in {e.lower() for e in policy.editors}
        )
    proxied = any(h in visitor.headers for h in FORWARDED)
    return visitor.remote_ip is None and not proxied
