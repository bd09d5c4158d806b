"""``safehelper receive``: take screenshots from a phone, without opening the app.

The same phone session as the window's "Add from my phone": it prints the
address and its QR code, one line per picture that arrives (each waits, sealed,
in the locker's review queue: see ``locker pending``), and stops when the time
is up or on Ctrl+C; the address stops working at that moment.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from safehelper.cli.locker import unlocked
from safehelper.log import setup_logging

# The phone server, its crypto and the locker are imported when the command runs, so
# that `safehelper --help` does not pay for them.
if TYPE_CHECKING:
    from safehelper.locker.review_queue import ReviewQueue
    from safehelper.phone.bridge import PhoneEvent
    from safehelper.phone.sealed_upload import ReceivedPicture

DEFAULT_MINUTES = 10
MAX_MINUTES = 60


def register(subparsers: Any) -> None:
    """Add ``receive [--minutes N] [--host ADDR] [--port N]``."""
    parser = subparsers.add_parser(
        "receive",
        help="take screenshots from a phone on the same Wi-Fi",
        description=(
            "Start a private phone session on the home network: open the printed address "
            "(or scan the code) on the phone, choose screenshots, and they arrive here "
            "encrypted. Stops when the time is up, after 10 minutes without use, or on Ctrl+C."
        ),
    )
    parser.add_argument(
        "--minutes",
        type=_minutes,
        default=DEFAULT_MINUTES,
        help=f"how long the address works (1 to {MAX_MINUTES}, default {DEFAULT_MINUTES})",
    )
    parser.add_argument(
        "--host", help="the home-network address to listen on (default: this computer's)"
    )
    parser.add_argument(
        "--port", type=_port, default=0, help="the port to listen on (default: any free one)"
    )
    parser.set_defaults(handler=run_receive)


def _minutes(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_MINUTES:
        raise argparse.ArgumentTypeError(f"give a number of minutes from 1 to {MAX_MINUTES}")
    return int(text)


def _port(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError("give a port number from 1 to 65535 (or 0 for any)")
    return int(text)


def _say(line: str) -> None:
    print(line, flush=True)


def describe(picture: ReceivedPicture) -> str:
    """One line for a received picture: name, size, hash and the times known for it."""
    times = [f"received {picture.received_at}"]
    if picture.phone_modified:
        times.append(f"phone time {picture.phone_modified}")
    if picture.facts.exif_date:
        times.append(f"taken {picture.facts.exif_date}")
    return (
        f"Received {picture.name or 'a picture'} ({picture.size} bytes, "
        f"sha256 {picture.sha256}; {', '.join(times)})"
    )


def _hear(event: PhoneEvent) -> None:
    from safehelper.phone.bridge import REFUSALS

    if event.kind == "connected":
        _say("A phone connected.")
    elif event.kind == "refused" and event.code != "wrong_address":
        _say(f"Refused: {REFUSALS[event.code]}")


def run_receive(args: argparse.Namespace) -> int:
    """Serve one phone session until time is up, it goes idle, or Ctrl+C."""
    from safehelper.locker.review_queue import ReviewQueue
    from safehelper.phone import address

    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:  # the QR code's block characters on a cp1252 console
        reconfigure(errors="replace")
    host = address.checked_host(args.host) if args.host else address.home_network_address()
    setup_logging()
    with unlocked(create=True) as locker:
        return _serve(ReviewQueue(locker), host, args)


def _serve(queue: ReviewQueue, host: str, args: argparse.Namespace) -> int:
    from safehelper.phone import address
    from safehelper.phone.bridge import Limits, PhoneBridge

    def keep(picture: ReceivedPicture) -> None:
        waiting = picture.wait_in(queue)
        _say(f"{describe(picture)}; waiting for review as {waiting.id}")

    bridge = PhoneBridge(keep, host=host, port=args.port, limits=Limits(), listener=_hear)
    bridge.start()
    ending = "Time is up. The address no longer works."
    try:
        _say(f"Open on your phone: {bridge.address}")
        _say(address.qr_text(bridge.address))
        _say(
            "The phone must be on the same Wi-Fi as this computer. This address works for "
            f"{args.minutes} minute{'' if args.minutes == 1 else 's'}; press Ctrl+C to stop sooner."
        )
        # Short waits so that Ctrl+C is noticed on every system.
        for _ in range(args.minutes * 60 * 2):
            if bridge.ended.wait(0.5):
                ending = "Nothing happened for 10 minutes, so the address stopped working."
                break
    except KeyboardInterrupt:
        ending = "Stopped. The address no longer works."
    finally:
        bridge.stop()
    _say(ending)
    return 0
