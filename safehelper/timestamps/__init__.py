"""Independent time stamps (RFC 3161), opt-in: a signed "this fingerprint existed at this time".

A hash chain shows that the locker's records fit together; it cannot show
when they were made (anyone can rebuild a consistent chain). A time-stamp
authority can, without ever seeing the picture: it signs the SHA-256 and the
time. The parts:

- :mod:`.protocol`: ask a TSA and check its answer (nonce, fingerprint,
  signature, certificate chain, time-stamping certificate).
- :mod:`.address`: a TSA address check, and :class:`~.address.StampError`.
- :mod:`.authorities`: the shipped list of public TSAs and the trusted roots.
- :mod:`.retry`: waiting, back-off and giving up, as plain data a locker stores.
- :mod:`.pack`: the tokens, chain and README lines in an evidence pack, and
  the check ``verify-pack`` runs on them.

The locker keeps its stamps in :mod:`safehelper.locker.stamps` (what to stamp,
fetching) and :mod:`safehelper.locker.stamp_store` (chain records, sealed queue).
"""
