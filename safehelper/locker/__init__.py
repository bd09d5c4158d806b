"""The evidence locker: encrypted pictures, a crash-safe index and a hash chain.

Start at :class:`LockerSession` (the one owner of the open locker) and
:class:`Locker` (what an open locker can do). The modules of this package each
hold one part; this file only names what callers use.
"""

from safehelper.locker.facade import (
    BLOB_DIR,
    GENESIS,
    INDEX_NAME,
    ChainRecord,
    ImportResult,
    Item,
    Locker,
    Refusal,
    VerifyReport,
    canonical,
    chain_hash,
    default_folder,
)
from safehelper.locker.session import LockerSession

__all__ = [
    "BLOB_DIR",
    "GENESIS",
    "INDEX_NAME",
    "ChainRecord",
    "ImportResult",
    "Item",
    "Locker",
    "LockerSession",
    "Refusal",
    "VerifyReport",
    "canonical",
    "chain_hash",
    "default_folder",
]
