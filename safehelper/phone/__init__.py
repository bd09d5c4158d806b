"""Add from my phone: screenshots sent from the phone's browser over the home network.

``sealed_upload`` opens one picture the phone's page encrypted, ``address``
finds the home-network address and draws the QR code, and ``bridge`` is the
small web server that lives only while a phone session is open.
"""
