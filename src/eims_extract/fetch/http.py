"""A polite HTTP client for literature services: rate limit, retries with backoff, timeouts.

NCBI allows 3 requests per second (10 with an API key) and answers bursts with
429; Europe PMC asks for moderation too. Every request waits its turn on a
per-service :class:`RateLimiter`, retries 429 and 5xx answers, timeouts and
dropped connections with exponential backoff (a numeric ``Retry-After`` is
honoured, capped), and ends in a :class:`FetchError` with a one-line reason —
never an exception that stops a run.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import httpx

from ..errors import EimsError


class FetchError(EimsError):
    """A request that failed for good; ``str()`` is the one-line reason recorded for it."""


class RateLimiter:
    """At most ``per_second`` request starts per second (spacing, not bursts)."""

    def __init__(self, per_second: float) -> None:
        self.interval = 1.0 / per_second if per_second > 0 else 0.0
        self._next = 0.0
        self._lock = threading.Lock()
        self.starts: list[float] = []  # request start times, for tests and logs

    def wait(self) -> None:
        with self._lock:
            now = time.monotonic()
            if now < self._next:
                time.sleep(self._next - now)
                now = self._next
            self._next = now + self.interval
            self.starts.append(now)


@dataclass
class RetryPolicy:
    retries: int = 4
    backoff_s: float = 1.0
    max_wait_s: float = 60.0

    def delay(self, attempt: int, retry_after: str | None = None) -> float:
        if retry_after and retry_after.strip().isdigit():
            return min(float(retry_after), self.max_wait_s)
        return min(self.backoff_s * (2**attempt), self.max_wait_s)


RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class Http:
    """``get`` with the limiter and retry policy of one service."""

    def __init__(
        self,
        limiter: RateLimiter,
        policy: RetryPolicy | None = None,
        timeout_s: float = 30.0,
        user_agent: str = "eims-extract",
        client: httpx.Client | None = None,
    ) -> None:
        self.limiter = limiter
        self.policy = policy or RetryPolicy()
        self.client = client or httpx.Client(
            timeout=httpx.Timeout(timeout_s), follow_redirects=True, headers={"User-Agent": user_agent}
        )
        self.requests = 0

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, params: dict[str, object] | None = None) -> httpx.Response:
        """The response of a successful GET; :class:`FetchError` once retries are spent or on a 4xx."""
        last = ""
        clean = {k: v for k, v in (params or {}).items() if v is not None}
        for attempt in range(self.policy.retries + 1):
            self.limiter.wait()
            self.requests += 1
            retry_after = None
            try:
                resp = self.client.get(url, params=clean)
            except httpx.TimeoutException:
                last = f"timed out after {self.client.timeout.read or 0:g} s"
            except httpx.TransportError as exc:
                last = f"connection failed ({type(exc).__name__})"
            else:
                if resp.status_code < 400:
                    return resp
                last = f"HTTP {resp.status_code}"
                if resp.status_code not in RETRY_STATUS:
                    raise FetchError(f"{last} from {_short(url)}")
                retry_after = resp.headers.get("Retry-After")
            if attempt < self.policy.retries:
                time.sleep(self.policy.delay(attempt, retry_after))
        raise FetchError(f"{last} from {_short(url)} (after {self.policy.retries + 1} attempts)")


def _short(url: str) -> str:
    return url.split("?", 1)[0]
