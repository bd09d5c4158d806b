"""Who holds the locker's data key: the ways to open it, unlocking and locking.

:class:`LockerKeys` is the half of :class:`~safehelper.locker.facade.Locker` that
knows the data key and the slots that wrap it (the slot operations themselves
are in :mod:`.access`). It is the only holder of the key: the locker's own parts
that keep sealed data outside the chain, such as the review queue, seal and open
it through :meth:`LockerKeys.seal` and :meth:`LockerKeys.unseal`, never the key.
"""

from __future__ import annotations

from safehelper import crypto, keyslots
from safehelper.errors import SafeHelperError
from safehelper.locker import access, anchor
from safehelper.locker.index import Index


class LockerKeys:
    """The data key of one open locker (``None`` while locked) and the slots that open it.

    Methods that change the slots take the index's lock; :meth:`lock` never waits.
    """

    def __init__(self, index: Index, locker_id: str) -> None:
        """Locked at first: one of the ``unlock_with_*`` methods brings the key."""
        self._index = index
        self._mutex = index.mutex
        self._locker_id = locker_id
        self._key: bytes | None = None

    def has_device_slot(self) -> bool:
        """Whether this computer's keyring can open the locker (if the keyring is there)."""
        return access.has_slot(self._index, keyslots.DEVICE)

    def has_passphrase_slot(self) -> bool:
        """Whether a passphrase can open the locker."""
        return access.has_slot(self._index, keyslots.PASSPHRASE)

    @property
    def is_unlocked(self) -> bool:
        """Whether the data key is in memory (items can be read and added)."""
        return self._key is not None

    @property
    def locker_id(self) -> str:
        """This locker's random id (names its keyring entry; not secret)."""
        return self._locker_id

    def _require_key(self) -> bytes:
        if self._key is None:
            raise SafeHelperError("locker.locked")
        return self._key

    def unlock_with_device(self) -> None:
        """Unlock with the key kept in this computer's keyring.

        Plain :class:`SafeHelperError` if there is no device slot, the keyring is
        locked or missing, or its key does not fit (a locker copied elsewhere).
        """
        with self._mutex:
            self._key = access.open_with_device(self._index, self._locker_id)

    def unlock_delay(self) -> float:
        """Seconds the next passphrase try will wait (see :func:`access.unlock_delay`)."""
        return access.unlock_delay(self._index)

    def unlock_with_passphrase(self, passphrase: str) -> None:
        """Unlock with the passphrase. A wrong one raises a plain error and changes nothing else.

        After repeated wrong tries this waits first (see :meth:`unlock_delay`);
        call it from a worker thread in a window.
        """
        with self._mutex:
            self._key = access.open_with_passphrase(self._index, self._locker_id, passphrase)

    def lock(self) -> None:
        """Forget the data key (a :class:`Locker` also drops every decrypted field).

        Does not wait for work in progress (Hide now must be instant): an import
        or verify running in a worker stops at its next item or batch with a plain
        error. Python cannot wipe memory for certain; dropping every reference is
        the best it offers.
        """
        self._key = None

    def add_passphrase(self, passphrase: str) -> None:
        """Add a passphrase slot, or change the passphrase if there is one. Needs it unlocked."""
        with self._mutex:
            access.set_passphrase(self._index, self._locker_id, self._require_key(), passphrase)

    def ways_to_open(self) -> tuple[str, ...]:
        """How the locker opens: ``"device"`` (this computer's keyring), ``"passphrase"``, or both.

        Works while locked. A device slot is listed even when this computer's
        keyring cannot open it (it may be another computer's): see
        :meth:`remove_passphrase`.
        """
        return access.ways_to_open(self._index)

    def remove_passphrase(self) -> None:
        """Remove the passphrase slot, once this computer's key has been seen to open the locker.

        Refused plainly when the passphrase is the only slot, or when the device
        slot does not open the locker here and now (a reset keyring, another
        account, a copied locker): removing it then would lock the owner out.
        """
        with self._mutex:
            key = self._require_key()
            access.remove_slot(self._index, self._locker_id, keyslots.PASSPHRASE, key)

    def add_device_slot(self) -> None:
        """Let this computer's keyring open the locker. Refused plainly if the keyring is unsafe.

        Does nothing if there is a device slot already.
        """
        with self._mutex:
            access.add_device_slot(self._index, self._locker_id, self._require_key())

    def remove_device_slot(self, passphrase: str) -> None:
        """Stop this computer's keyring opening the locker, once ``passphrase`` has opened it.

        Refused plainly when the device slot is the only one, or when
        ``passphrase`` does not open the locker (then it would be locked for good).
        """
        with self._mutex:
            key = self._require_key()
            access.remove_slot(
                self._index, self._locker_id, keyslots.DEVICE, key, passphrase=passphrase
            )
            anchor.forget_keyring(self._locker_id)

    def seal(self, plain: bytes, purpose: bytes) -> bytes:
        """Encrypt ``plain`` with the data key, bound to ``purpose``. Needs it unlocked.

        For the locker's parts that keep sealed files of their own (the review
        queue); ``purpose`` must name them apart from the chain's labels.
        """
        return crypto.seal(self._require_key(), plain, purpose)

    def unseal(self, sealed: bytes, purpose: bytes) -> bytes:
        """What :meth:`seal` sealed with the same ``purpose``; :class:`crypto.SealError` if not."""
        return crypto.open_sealed(self._require_key(), sealed, purpose)
