"""Fetching a page for import without letting a URL reach inside our network.

Every hop (the first request and each redirect) is resolved once, every address
it resolves to must be public, and the connection goes to that checked address,
so a DNS answer cannot change between the check and the fetch.
"""

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

from . import IngestError

MAX_REDIRECTS = 5
CHUNK_BYTES = 64 * 1024
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True)
class FetchedPage:
    url: str  # after redirects
    body: bytes
    content_type: str
    charset: str | None
    retrieved_at: datetime


def fetch(url: str, *, timeout: float, max_bytes: int, allow_private: bool = False) -> FetchedPage:
    # `timeout` bounds each socket operation and the whole fetch: a server that trickles a
    # byte at a time stays under the first and still may not hold a worker for long.
    deadline = time.monotonic() + timeout
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        parts = _check_url(current)
        address = _resolve(parts.hostname, parts.port or _default_port(parts.scheme), allow_private)
        response, conn = _request(parts, address, timeout)
        try:
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise IngestError(f"{current} redirects without saying where.")
                current = urljoin(current, location)
                continue
            if response.status != 200:
                raise IngestError(f"{current} answered HTTP {response.status}; nothing was imported.")
            content_type, charset = _content_type(response.getheader("Content-Type", ""))
            if content_type not in ACCEPTED_TYPES:
                raise IngestError(
                    f"{current} is {content_type or 'of an unknown type'}, not a web page; the desk imports HTML or text."
                )
            declared = response.getheader("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise IngestError(f"The page is larger than the desk takes ({max_bytes:,} bytes).")
            body = _read_body(response, max_bytes=max_bytes, deadline=deadline)
            if body is None:
                raise IngestError(f"{current} took too long to answer (more than {timeout:g} seconds).")
            if len(body) > max_bytes:
                raise IngestError(f"The page is larger than the desk takes ({max_bytes:,} bytes).")
            return FetchedPage(current, body, content_type, charset, datetime.now(UTC))
        except TimeoutError:
            raise IngestError(f"{current} took too long to answer (more than {timeout:g} seconds).") from None
        finally:
            conn.close()
    raise IngestError(f"{url} redirects more than {MAX_REDIRECTS} times; nothing was imported.")


def _read_body(response, *, max_bytes: int, deadline: float) -> bytes | None:
    """At most max_bytes + 1 bytes (one more tells "too large"), or None past the deadline."""
    chunks, size = [], 0
    while size <= max_bytes:
        if time.monotonic() > deadline:
            return None
        chunk = response.read1(min(CHUNK_BYTES, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def address_allowed(address: str, *, allow_private: bool) -> bool:
    """Only addresses on the public internet: no loopback, private, link-local (cloud
    metadata at 169.254.169.254), unique-local (fd00::/8), multicast or reserved ones."""
    if allow_private:
        return True
    ip = ipaddress.ip_address(address.split("%")[0])
    if ip.version == 6 and ip in _NAT64:
        # 64:ff9b::a9fe:a9fe is 169.254.169.254 to a NAT64 gateway: judge the address inside.
        ip = ipaddress.ip_address(int(ip) & 0xFFFFFFFF)
    return ip.is_global and not ip.is_multicast


def _check_url(url: str):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise IngestError(f"“{url}” is not an http or https address.")
    if parts.username or parts.password:
        raise IngestError("Addresses with a user name or password are not fetched.")
    return parts


def _default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80


def _resolve(host: str, port: int, allow_private: bool) -> str:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise IngestError(f"The host “{host}” could not be found.") from None
    addresses = [info[4][0] for info in infos]
    # Every answer is checked, not just the one used: a name with one public and one
    # private answer is refused outright.
    for address in addresses:
        if not address_allowed(address, allow_private=allow_private):
            raise IngestError(f"“{host}” points inside a private network ({address}); the desk does not fetch it.")
    return addresses[0]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host, address, **kwargs):
        super().__init__(host, **kwargs)
        self._address = address

    def connect(self):
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host, address, **kwargs):
        super().__init__(host, context=ssl.create_default_context(), **kwargs)
        self._address = address

    def connect(self):
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _request(parts, address: str, timeout: float):
    cls = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
    conn = cls(parts.hostname, address, port=parts.port, timeout=timeout)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    try:
        conn.request("GET", path, headers={"User-Agent": "factcheck-desk/0.1 (+import)", "Accept": "text/html"})
        return conn.getresponse(), conn
    except TimeoutError:
        conn.close()
        raise IngestError(f"{parts.geturl()} took too long to answer (more than {timeout:g} seconds).") from None
    except (OSError, http.client.HTTPException) as exc:
        conn.close()
        raise IngestError(f"{parts.geturl()} could not be reached: {exc.__class__.__name__}.") from None


def _content_type(header: str) -> tuple[str, str | None]:
    main, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.lower() == "charset" and value:
            charset = value.strip('"').strip()
    return main.strip().lower(), charset
