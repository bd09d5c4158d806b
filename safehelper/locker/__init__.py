"""The evidence locker: encrypted pictures, a crash-safe index and a hash chain.

Start at :class:`LockerSession` (the one owner of the open locker) and
:class:`Locker` (what an open locker can do; its module docstring maps the
parts). This file only names what callers use.
"""

from safehelper.locker.blobs import BLOB_DIR
from safehelper.locker.chain import GENESIS, ChainRecord, canonical, chain_hash
from safehelper.locker.facade import Locker, default_folder
from safehelper.locker.importing import ImportResult, Refusal
from safehelper.locker.index import INDEX_NAME
from safehelper.locker.items import Item
from safehelper.locker.session import LockerSession
from safehelper.locker.verify import VerifyReport

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
