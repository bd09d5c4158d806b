"""Core errors in the user's language: the one place the window turns an error into words.

The core raises :class:`~safehelper.errors.SafeHelperError` with a stable code
and its values; the English words live in :mod:`safehelper.error_text` for the
command line. Here each code has the same sentence marked for Qt's translation
(context "Errors"), with the same ``{name}`` placeholders, so translators reach
every error through the .ts file. A test checks both catalogues list the same
codes with the same placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from safehelper.errors import Phrase, SafeHelperError

CONTEXT = "Errors"

# Qt types QT_TRANSLATE_NOOP as returning object; it returns the text it marks.
WORDS: dict[str, object] = {
    "os.disk_full": QT_TRANSLATE_NOOP("Errors", "the disk is full. Free some space and try again."),
    "os.permission_refused": QT_TRANSLATE_NOOP(
        "Errors", "permission was refused. Try a folder you own."
    ),
    "os.read_only": QT_TRANSLATE_NOOP("Errors", "that disk is read-only. Choose another place."),
    "os.folder_gone": QT_TRANSLATE_NOOP("Errors", "the folder does not exist any more."),
    "os.system_says": QT_TRANSLATE_NOOP("Errors", "{detail}"),
    "os.unexpected": QT_TRANSLATE_NOOP("Errors", "an unexpected error from the computer."),
    "paths.cannot_create_folder": QT_TRANSLATE_NOOP(
        "Errors", "SafeHelper could not create its folder {path}: {reason}"
    ),
    "paths.cannot_save": QT_TRANSLATE_NOOP("Errors", "SafeHelper could not save {name}: {reason}"),
    "data.not_own_folder": QT_TRANSLATE_NOOP(
        "Errors", "SafeHelper will not delete {folder}: it is not its own folder."
    ),
    "data.not_confirmed": QT_TRANSLATE_NOOP("Errors", "Nothing was removed: {word} was not typed."),
    "data.cannot_delete": QT_TRANSLATE_NOOP(
        "Errors",
        "SafeHelper could not delete {folder}: {reason} Close other programs that may be using "
        "it, then try again.",
    ),
    "autostart.cannot_set": QT_TRANSLATE_NOOP(
        "Errors", "SafeHelper could not set itself to start with the computer: {reason}"
    ),
    "autostart.cannot_unset": QT_TRANSLATE_NOOP(
        "Errors", "SafeHelper could not stop itself starting with the computer: {reason}"
    ),
    "autostart.windows_only": QT_TRANSLATE_NOOP(
        "Errors", "Starting with Windows can only be set on Windows."
    ),
    "image.refused": QT_TRANSLATE_NOOP("Errors", "{name}: {reason}"),
    "image.too_large_file": QT_TRANSLATE_NOOP(
        "Errors",
        "It is larger than 50 MB, which is far bigger than a screenshot, so it was not added.",
    ),
    "image.too_many_pixels": QT_TRANSLATE_NOOP(
        "Errors",
        "It is far too large (over 100 megapixels) to be a screenshot, so it was not added.",
    ),
    "image.not_a_picture": QT_TRANSLATE_NOOP(
        "Errors",
        "It is not a picture SafeHelper can read, so it was not added. SafeHelper takes PNG, "
        "JPEG, WebP, GIF and BMP pictures.",
    ),
    "image.damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "The picture is damaged or cut off, so it was not added. If you still have the original, "
        "try adding that instead.",
    ),
    "image.heic": QT_TRANSLATE_NOOP(
        "Errors",
        "It is a HEIC photo (the iPhone photo format), which SafeHelper cannot read. Save a copy "
        "as JPEG and add that: on Windows, open it in Photos and choose Save as; on a Mac, open "
        "it in Preview and choose File, Export, JPEG. On an iPhone, Settings, Camera, Formats, "
        "Most Compatible makes new photos JPEG.",
    ),
    "image.empty": QT_TRANSLATE_NOOP("Errors", "The file is empty, so it was not added."),
    "image.not_a_file": QT_TRANSLATE_NOOP("Errors", "It is not a file, so it was not added."),
    "image.is_a_folder": QT_TRANSLATE_NOOP("Errors", "It is a folder, not a file."),
    "image.not_found": QT_TRANSLATE_NOOP(
        "Errors", "It could not be found. Was it moved or renamed?"
    ),
    "image.unreadable": QT_TRANSLATE_NOOP("Errors", "It could not be read: {reason}"),
    "locker.wrong_passphrase": QT_TRANSLATE_NOOP(
        "Errors", "That passphrase is not right. Check Caps Lock and try again."
    ),
    "keyring.did_not_keep_key": QT_TRANSLATE_NOOP(
        "Errors",
        "The system keyring did not keep the locker's key. Please protect the locker with a "
        "passphrase instead.",
    ),
    "keyring.none_to_open": QT_TRANSLATE_NOOP(
        "Errors",
        "This computer has no system keyring to open the locker with. Use your passphrase.",
    ),
    "keyring.key_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "This computer's keyring does not have the key for this locker (was the locker copied "
        "from another computer or account?). Use your passphrase.",
    ),
    "keyring.key_does_not_fit": QT_TRANSLATE_NOOP(
        "Errors",
        "The key in this computer's keyring does not fit this locker. Use your passphrase.",
    ),
    "passphrase.too_short": QT_TRANSLATE_NOOP(
        "Errors",
        "Please choose a passphrase of at least {count} characters. A short sentence is easy to "
        "remember and hard to guess.",
    ),
    "passphrase.settings_damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "The locker's passphrase settings are damaged, so the passphrase cannot be checked.",
    ),
    "incident.damaged": QT_TRANSLATE_NOOP(
        "Errors", "The saved details of what happened could not be read. They may be damaged."
    ),
    "export.nothing_chosen": QT_TRANSLATE_NOOP(
        "Errors", "None of the chosen items are in the locker."
    ),
    "export.records_mismatch": QT_TRANSLATE_NOOP(
        "Errors", 'The locker\'s records do not match its items. Use "Check my locker" first.'
    ),
    "export.no_such_item": QT_TRANSLATE_NOOP(
        "Errors", "There is no item {item} in the locker. Leave out --item to export everything."
    ),
    "export.no_folder": QT_TRANSLATE_NOOP(
        "Errors", "The folder {folder} does not exist. Choose another place."
    ),
    "export.fingerprint_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        'Picture {number} in the locker does not match its fingerprint. Use "Check my locker" '
        "to find out more.",
    ),
    "export.cannot_save": QT_TRANSLATE_NOOP(
        "Errors", "The evidence pack could not be saved in {folder}: {reason}"
    ),
    "family.phone_characters": QT_TRANSLATE_NOOP(
        "Errors",
        "A phone number can only have digits, spaces, brackets, dashes and a + at the start.",
    ),
    "family.phone_incomplete": QT_TRANSLATE_NOOP(
        "Errors", "That phone number does not look complete. Please check it."
    ),
    "family.email_invalid": QT_TRANSLATE_NOOP(
        "Errors", "That email address does not look right. It should look like name@example.com."
    ),
    "family.name_missing": QT_TRANSLATE_NOOP("Errors", "Please type their name."),
    "family.name_too_long": QT_TRANSLATE_NOOP("Errors", "Please keep names under {count} letters."),
    "family.no_contact": QT_TRANSLATE_NOOP(
        "Errors", "Please add a phone number or an email address, so they can be reached."
    ),
    "family.too_many_adults": QT_TRANSLATE_NOOP(
        "Errors", "SafeHelper keeps up to {count} trusted adults."
    ),
    "keyring.none_use_passphrase": QT_TRANSLATE_NOOP(
        "Errors",
        "This computer has no safe place for keys (no system keyring was found). Please protect "
        "the locker with a passphrase instead.",
    ),
    "keyring.locked_use_new_passphrase": QT_TRANSLATE_NOOP(
        "Errors",
        "The system keyring is locked or not answering. Unlock it (sign in again) or use a "
        "passphrase instead.",
    ),
    "keyring.locked_use_passphrase": QT_TRANSLATE_NOOP(
        "Errors",
        "The system keyring is locked or not answering. Unlock it (sign in again) or use your "
        "passphrase.",
    ),
    "keyring.locked_cannot_remove": QT_TRANSLATE_NOOP(
        "Errors", "The system keyring is locked or not answering, so the key could not be removed."
    ),
    "alert.name_missing": QT_TRANSLATE_NOOP(
        "Errors", "Please type the young person's first name for the message."
    ),
    "alert.name_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Please use a first name under {count} letters."
    ),
    "alert.address_missing": QT_TRANSLATE_NOOP("Errors", "Please paste the alert address."),
    "alert.not_web_address": QT_TRANSLATE_NOOP(
        "Errors",
        "That is not a web address SafeHelper can use. It should start with https:// and have "
        "no spaces, backslashes or user name in it.",
    ),
    "alert.needs_https": QT_TRANSLATE_NOOP(
        "Errors",
        "Please use an address that starts with https://, so the message is sent privately.",
    ),
    "alert.timed_out": QT_TRANSLATE_NOOP(
        "Errors",
        "The alert service did not answer in time, so SafeHelper can't tell if the message "
        "arrived.",
    ),
    "alert.unreachable": QT_TRANSLATE_NOOP(
        "Errors",
        "SafeHelper could not reach the alert service. Check that this computer is online, then "
        "press Try again.",
    ),
    "alert.redirected": QT_TRANSLATE_NOOP(
        "Errors",
        "The alert address points somewhere else, so nothing was sent. Ask the person who set it "
        "up to check it in Settings.",
    ),
    "alert.address_refused": QT_TRANSLATE_NOOP(
        "Errors",
        "The alert service did not accept the address (error {status}), so nothing was sent. Ask "
        "the person who set it up to check it in Settings.",
    ),
    "alert.service_problem": QT_TRANSLATE_NOOP(
        "Errors",
        "The alert service has a problem right now (error {status}), so nothing was sent. Press "
        "Try again in a minute.",
    ),
    "alert.choose_kind": QT_TRANSLATE_NOOP("Errors", "Please choose ntfy or a webhook."),
    "alert.no_keyring": QT_TRANSLATE_NOOP(
        "Errors",
        "This computer has no safe place to keep the alert address (no system keyring), so the "
        "alert can't be set up here.",
    ),
    "resources.missing": QT_TRANSLATE_NOOP(
        "Errors", "A part of SafeHelper is missing ({name}). Please reinstall SafeHelper."
    ),
    "resources.damaged": QT_TRANSLATE_NOOP(
        "Errors", "{name} is damaged (line {line}: {detail}). Please reinstall SafeHelper."
    ),
    "signature.key_damaged": QT_TRANSLATE_NOOP(
        "Errors", "The helpline signing key is damaged. Please reinstall SafeHelper."
    ),
    "signature.key_wrong_type": QT_TRANSLATE_NOOP(
        "Errors", "The helpline signing key is not an Ed25519 key. Please reinstall SafeHelper."
    ),
    "signature.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The helpline list's signature is not readable, so it was not used."
    ),
    "signature.not_ours": QT_TRANSLATE_NOOP(
        "Errors", "The helpline list is not signed by SafeHelper, so it was not used."
    ),
    "update.unusable_address": QT_TRANSLATE_NOOP(
        "Errors",
        "The update address must start with https:// and have no spaces, backslashes or "
        "user name in it. Nothing was changed.",
    ),
    "update.redirected_elsewhere": QT_TRANSLATE_NOOP(
        "Errors",
        "The update server sent SafeHelper to a different address, so nothing was "
        "downloaded. Nothing was changed.",
    ),
    "update.redirect_loop": QT_TRANSLATE_NOOP(
        "Errors",
        "The update server sent SafeHelper round in circles. Nothing was changed.",
    ),
    "update.needs_https": QT_TRANSLATE_NOOP(
        "Errors", "The update address must start with https://. Nothing was changed."
    ),
    "update.server_error": QT_TRANSLATE_NOOP(
        "Errors",
        "The update server answered with an error ({status}). Nothing was changed; try again "
        "later.",
    ),
    "update.too_big": QT_TRANSLATE_NOOP(
        "Errors", "The downloaded file is too big to be a helpline list. Nothing was changed."
    ),
    "update.too_slow": QT_TRANSLATE_NOOP(
        "Errors",
        "The update took too long, so it was stopped. Nothing was changed; try again later.",
    ),
    "update.unreachable": QT_TRANSLATE_NOOP(
        "Errors",
        "Could not reach the update server. Check the internet connection and try again. Nothing "
        "was changed.",
    ),
    "update.no_address": QT_TRANSLATE_NOOP(
        "Errors", "No update address is set. Use: safehelper helplines update --url https://..."
    ),
    "update.already_newest": QT_TRANSLATE_NOOP(
        "Errors",
        "You already have the newest helpline list (version {version}). Nothing was changed.",
    ),
    "pack.unsafe_name": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: it has an entry with an unsafe name ({name})."
    ),
    "pack.appears_twice": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name} appears twice."
    ),
    "pack.link": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name} is a link, not a file."
    ),
    "pack.missing": QT_TRANSLATE_NOOP("Errors", "The pack is not intact: {name} is missing."),
    "pack.entry_damaged": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name} is damaged or was changed."
    ),
    "pack.bad_sums_line": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: line {line} of {file} is not in sha256sum format."
    ),
    "pack.listed_twice": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name} is listed twice in {file}."
    ),
    "pack.manifest_not_json": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {file} is not valid JSON."
    ),
    "pack.not_a_manifest": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {file} is not a SafeHelper pack manifest ({format})."
    ),
    "pack.no_items_or_chain": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {file} has no items list or no chain."
    ),
    "pack.item_no_file_name": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: item {position} in {file} has no file name."
    ),
    "pack.item_bad_name": QT_TRANSLATE_NOOP(
        "Errors",
        "The pack is not intact: item {position} in {file} names a file outside {folder}/ or with "
        "a wrong name: {name}",
    ),
    "pack.listed_but_missing": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name} is listed in {file} but is missing from the pack."
    ),
    "pack.wrong_number": QT_TRANSLATE_NOOP(
        "Errors",
        "The pack is not intact: {name} is not numbered {position} as its place in the list says.",
    ),
    "pack.wrong_size": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name} is {size} bytes, but {file} says {listed}."
    ),
    "pack.wrong_sha256": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name} does not match its SHA-256 in {file}."
    ),
    "pack.no_capture_time": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name} has no readable capture time in {file}."
    ),
    "pack.name_without_time": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name}: its name does not carry its capture time."
    ),
    "pack.name_wrong_type": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name}: its name does not match its type ({media_type})."
    ),
    "pack.no_chain_records": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {file} lists no chain records."
    ),
    "pack.chain_record_missing": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: chain record {position} is missing or out of order."
    ),
    "pack.chain_record_no_hash": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: chain record {position} has no valid hash."
    ),
    "pack.chain_hash_twice": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: two chain records have the same hash."
    ),
    "pack.chain_wrong_length": QT_TRANSLATE_NOOP(
        "Errors",
        "The pack is not intact: the chain should have {expected} records, but lists {count}.",
    ),
    "pack.chain_head_wrong": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: the chain head is not the hash of the last record."
    ),
    "pack.no_chain_record": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name} has no chain record in {file}."
    ),
    "pack.chain_number_outside": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name}: its chain record number is not in the chain."
    ),
    "pack.chain_hash_wrong": QT_TRANSLATE_NOOP(
        "Errors",
        "The pack is not intact: {name}: its chain hash is not the one listed for record {seq}.",
    ),
    "pack.chain_record_was_changed": QT_TRANSLATE_NOOP(
        "Errors",
        "The pack is not intact: {name}: its chain record was changed (not the exact saved form).",
    ),
    "pack.chain_record_wrong_hash": QT_TRANSLATE_NOOP(
        "Errors",
        "The pack is not intact: {name}: its chain record does not produce its chain hash.",
    ),
    "pack.chain_record_not_add": QT_TRANSLATE_NOOP(
        "Errors",
        "The pack is not intact: {name}: its chain record is not the record that saved it.",
    ),
    "pack.chain_record_other_item": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name}: its chain record is for a different item."
    ),
    "pack.field_differs": QT_TRANSLATE_NOOP(
        "Errors",
        "The pack is not intact: {name}: its {key} differs from the one saved in the chain.",
    ),
    "pack.chain_record_no_time": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name}: its chain record has no readable time."
    ),
    "pack.capture_time_differs": QT_TRANSLATE_NOOP(
        "Errors",
        "The pack is not intact: {name}: its capture time differs from the one saved in the chain.",
    ),
    "pack.not_zip": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: it is not a ZIP file, or it is damaged."
    ),
    "pack.not_listed": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name} is in the pack but not listed in {file}."
    ),
    "pack.item_not_record": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: item {position} in {file} is not a record."
    ),
    "pack.out_of_order": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name} is out of time order in {file}."
    ),
    "pack.wrong_item_count": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {file} says {expected} items but lists {count}."
    ),
    "pack.unknown_packing": QT_TRANSLATE_NOOP(
        "Errors",
        "The pack is not intact: {name} is packed in a way SafeHelper never writes "
        "(compressed or encrypted differently).",
    ),
    "pack.member_too_big": QT_TRANSLATE_NOOP(
        "Errors",
        "The pack is not intact: {name} is far bigger than a SafeHelper pack makes it.",
    ),
    "pack.member_bigger_than_said": QT_TRANSLATE_NOOP(
        "Errors",
        "The pack is not intact: {name} is far bigger than its ZIP entry says.",
    ),
    "pack.too_many_values": QT_TRANSLATE_NOOP(
        "Errors",
        "The pack is not intact: {file} holds far more entries than a SafeHelper pack makes.",
    ),
    "pack.unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "The pack is not intact: it is damaged and could not be read to the end.",
    ),
    "pack.no_file": QT_TRANSLATE_NOOP("Errors", "There is no file at {path}."),
    "pack.stamp_entry_wrong": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name}: its time stamp entry names the wrong file."
    ),
    "pack.stamp_missing": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name}: its time stamp {token} is missing."
    ),
    "pack.stamp_no_chain": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: it has time stamps but no {file}."
    ),
    "pack.stamp_chain_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {file} holds no readable certificates."
    ),
    "pack.stamp_stray": QT_TRANSLATE_NOOP(
        "Errors",
        "The pack is not intact: {name} is not the time stamp of any picture in the manifest.",
    ),
    "pack.stamp_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not intact: {name}: its time stamp does not check out. {reason}"
    ),
    "timestamp.bad_url": QT_TRANSLATE_NOOP(
        "Errors", "The time-stamp address must start with https:// or http://."
    ),
    "timestamp.unreachable": QT_TRANSLATE_NOOP(
        "Errors", "The time-stamp service could not be reached. Is the computer online?"
    ),
    "timestamp.timeout": QT_TRANSLATE_NOOP(
        "Errors", "The time-stamp service did not answer in time."
    ),
    "timestamp.http": QT_TRANSLATE_NOOP(
        "Errors", "The time-stamp service answered with an error (HTTP {status})."
    ),
    "timestamp.garbage": QT_TRANSLATE_NOOP(
        "Errors", "The time-stamp service's answer is not a time stamp."
    ),
    "timestamp.rejected": QT_TRANSLATE_NOOP(
        "Errors", "The time-stamp service refused to stamp ({detail})."
    ),
    "timestamp.nonce": QT_TRANSLATE_NOOP(
        "Errors", "The answer was not for this request (its nonce does not match)."
    ),
    "timestamp.imprint": QT_TRANSLATE_NOOP(
        "Errors", "The time-stamp service signed a different fingerprint from the one sent."
    ),
    "timestamp.not_tsa": QT_TRANSLATE_NOOP(
        "Errors", "The answer was not signed with a time-stamping certificate."
    ),
    "timestamp.untrusted": QT_TRANSLATE_NOOP(
        "Errors", "The time-stamp service's certificate does not lead to a trusted root."
    ),
    "timestamp.signature": QT_TRANSLATE_NOOP(
        "Errors", "The signature on the time stamp does not check out."
    ),
    "timestamp.locker_damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "The saved picture does not match its fingerprint, so it was not sent. "
        'Use "Check my locker" to find out more.',
    ),
    "timestamp.off": QT_TRANSLATE_NOOP(
        "Errors",
        "Independent time stamps are off. Turn them on in the locker's settings, "
        "or give --tsa URL.",
    ),
    "timestamp.not_pem": QT_TRANSLATE_NOOP("Errors", "{what} does not hold PEM certificates."),
    "timestamp.chain_unreadable": QT_TRANSLATE_NOOP("Errors", "{path} could not be read."),
    "guidance.no_such_entry": QT_TRANSLATE_NOOP(
        "Errors", "SafeHelper's guidance has nothing called {id}."
    ),
    "guidance.no_such_question": QT_TRANSLATE_NOOP(
        "Errors", "SafeHelper has no question called {id}."
    ),
    "schema.invalid": QT_TRANSLATE_NOOP(
        "Errors", "{file} is not valid: {entry}, field {field} (at {location}): {problem}"
    ),
    "schema.missing": QT_TRANSLATE_NOOP(
        "Errors", "{file} is missing. Please reinstall SafeHelper."
    ),
    "schema.not_json": QT_TRANSLATE_NOOP(
        "Errors", "{file} is not valid JSON (line {line}: {detail})."
    ),
    "schema.not_text": QT_TRANSLATE_NOOP("Errors", "it is not readable text"),
    "schema.nested_too_deeply": QT_TRANSLATE_NOOP("Errors", "it is nested far too deeply"),
    "schema.top_level": QT_TRANSLATE_NOOP("Errors", "the top level"),
    "schema.whole_entry": QT_TRANSLATE_NOOP("Errors", "(the whole entry)"),
    "schema.item": QT_TRANSLATE_NOOP("Errors", "item '{id}'"),
    "schema.item_number": QT_TRANSLATE_NOOP("Errors", "item number {number}"),
    "schema.service": QT_TRANSLATE_NOOP("Errors", "service '{id}'"),
    "schema.service_number": QT_TRANSLATE_NOOP("Errors", "service number {number}"),
    "schema.id_twice": QT_TRANSLATE_NOOP("Errors", "this id appears twice"),
    "schema.wrong_kind": QT_TRANSLATE_NOOP("Errors", "expected '{expected}', found '{found}'"),
    "schema.platform_required": QT_TRANSLATE_NOOP("Errors", "a platform with id {id} is required"),
    "schema.unknown_platform": QT_TRANSLATE_NOOP("Errors", "unknown platform {id}"),
    "schema.unknown_time_zone": QT_TRANSLATE_NOOP("Errors", "it is not a known time zone"),
    "schema.ages_reversed": QT_TRANSLATE_NOOP("Errors", "min is above max"),
    "schema.hours_empty": QT_TRANSLATE_NOOP("Errors", "it opens and closes at the same time"),
    "schema.unknown_service": QT_TRANSLATE_NOOP("Errors", "it names an unknown service '{id}'"),
    "helplines.update_damaged": QT_TRANSLATE_NOOP(
        "Errors", "The saved helpline update is damaged."
    ),
    "export.destination_is_folder": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a folder. Give a file name ending in .zip."
    ),
    "guide.bad_country": QT_TRANSLATE_NOOP(
        "Errors", "{country} is not a two-letter country code, like NZ or GB."
    ),
    "guide.unknown_platform": QT_TRANSLATE_NOOP(
        "Errors", "SafeHelper has no guide for {platform}. Choose one of: {known}."
    ),
    "cli.needs_passphrase": QT_TRANSLATE_NOOP(
        "Errors",
        "This locker needs its passphrase. Run the command in a terminal to type it, or set "
        "{variable} (for automation only).",
    ),
    "cli.needs_new_passphrase": QT_TRANSLATE_NOOP(
        "Errors",
        "A new passphrase is needed. Run the command in a terminal to type it, or set {variable} "
        "(for automation only).",
    ),
    "cli.passphrases_differ": QT_TRANSLATE_NOOP(
        "Errors", "The two passphrases were not the same. Nothing was changed."
    ),
    "cli.no_keyring_needs_passphrase": QT_TRANSLATE_NOOP(
        "Errors",
        "This computer has no safe place for keys (no system keyring was found). The locker needs "
        "a passphrase instead: run 'safehelper locker init --passphrase' in a terminal, or set "
        "{variable} (for automation only).",
    ),
    "cli.no_files": QT_TRANSLATE_NOOP("Errors", "No files were found to add."),
    "locker.no_way_to_open": QT_TRANSLATE_NOOP("Errors", "This locker has no way to open it."),
    "locker.already_exists": QT_TRANSLATE_NOOP(
        "Errors", "There is already an evidence locker here. Nothing was changed."
    ),
    "locker.no_passphrase": QT_TRANSLATE_NOOP(
        "Errors", "This locker has no passphrase. Nothing was changed."
    ),
    "locker.device_does_not_open": QT_TRANSLATE_NOOP(
        "Errors",
        "The passphrase was not removed: this computer's key does not open the locker right "
        "now (the keyring may be locked or reset, or the locker came from another computer or"
        " account). Without the passphrase you could not open it here.",
    ),
    "locker.passphrase_does_not_open": QT_TRANSLATE_NOOP(
        "Errors",
        "This computer's key was not removed: that passphrase does not open the locker, so "
        "without this computer's key you could not open it.",
    ),
    "locker.slots_changed": QT_TRANSLATE_NOOP(
        "Errors",
        "Another SafeHelper window changed the ways to open the locker just now. Nothing was "
        "changed; try again.",
    ),
    "locker.index_rolled_back": QT_TRANSLATE_NOOP(
        "Errors",
        "The locker's index is older than the newest record SafeHelper saved: it may have "
        "been replaced by an older copy or rolled back, so the newest items may be missing. "
        "Check the locker to find out more.",
    ),
    "locker.records_left_out": QT_TRANSLATE_NOOP(
        "Errors",
        "{count} record(s) in the locker are damaged and were left out. Check the locker to "
        "see which.",
    ),
    "verify.bad_field": QT_TRANSLATE_NOOP(
        "Errors",
        "its record in the index has a {field} that makes no sense (the index was edited or "
        "damaged).",
    ),
    "verify.pictures_without_record": QT_TRANSLATE_NOOP(
        "Errors",
        "{count} picture(s) have no record: the index may have been replaced or rolled back. "
        "They are kept, still encrypted, in the locker's quarantine folder. Choose Recover "
        "them to add them back to the locker.",
    ),
    "locker.quarantine_not_opened": QT_TRANSLATE_NOOP(
        "Errors",
        "it does not open with this locker's key (it may belong to another locker, or be "
        "damaged), so it was left in quarantine.",
    ),
    "verify.anchor_not_sealed": QT_TRANSLATE_NOOP(
        "Errors",
        "The copy of the newest record kept outside the index was changed or belongs to "
        "another locker: the index may have been replaced.",
    ),
    "verify.index_rolled_back": QT_TRANSLATE_NOOP(
        "Errors",
        "The index is older than the newest record SafeHelper saved: it may have been "
        "replaced by an older copy or rolled back, so the newest items may be missing.",
    ),
    "locker.disk_full": QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is full, so the evidence locker could not be opened or saved. Nothing in it "
        "was lost. Free some space (empty the recycle bin, or move big files such as videos "
        "to another disk), then try again.",
    ),
    # Add from my phone, and the review queue.
    "phone.no_home_network": QT_TRANSLATE_NOOP(
        "Errors",
        "This computer does not seem to be on a home network (Wi-Fi or cable), so a phone cannot "
        "reach it. Connect it to the same Wi-Fi as the phone, or send the screenshots to the "
        "computer another way and add them as files.",
    ),
    "phone.not_an_address": QT_TRANSLATE_NOOP(
        "Errors", "{host} is not a network address like 192.168.1.20, so nothing was started."
    ),
    "phone.not_home_network": QT_TRANSLATE_NOOP(
        "Errors",
        "{address} is not a home-network address. SafeHelper only listens on the home network "
        "(addresses such as 192.168.x.x, 10.x.x.x or 172.16-31.x.x).",
    ),
    "phone.cannot_listen": QT_TRANSLATE_NOOP(
        "Errors",
        "SafeHelper could not listen on {host}: {reason} Try again, or add the screenshots as "
        "files.",
    ),
    "pending.not_waiting": QT_TRANSLATE_NOOP(
        "Errors", "That picture is not waiting for review (it may already be saved or removed)."
    ),
    "pending.damaged": QT_TRANSLATE_NOOP(
        "Errors", "A picture waiting for review could not be opened: its file is damaged."
    ),
    "pending.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "A picture waiting for review could not be read: {reason}"
    ),
    "pending.ids_or_all": QT_TRANSLATE_NOOP(
        "Errors", "Name the pictures by their ids, or give --all (not both)."
    ),
    "picture.cannot_prepare": QT_TRANSLATE_NOOP(
        "Errors", "SafeHelper could not prepare the picture for saving."
    ),
    "app.unexpected": QT_TRANSLATE_NOOP(
        "Errors", "Something went wrong. Nothing you saved is lost. Please try again."
    ),
    "locker.busy": QT_TRANSLATE_NOOP(
        "Errors", "The locker is busy in another SafeHelper window. Try again in a moment."
    ),
    "locker.read_only": QT_TRANSLATE_NOOP(
        "Errors", "The locker is on a read-only disk, so nothing can be saved."
    ),
    "locker.index_not_a_locker": QT_TRANSLATE_NOOP(
        "Errors", "The locker's index file is damaged or is not a SafeHelper locker."
    ),
    "locker.index_failed": QT_TRANSLATE_NOOP(
        "Errors", "The locker's index could not be read or saved."
    ),
    "locker.index_damaged": QT_TRANSLATE_NOOP("Errors", "The locker's index file is damaged."),
    "locker.too_new": QT_TRANSLATE_NOOP(
        "Errors",
        "This locker was saved by a newer SafeHelper. Please update SafeHelper to open it.",
    ),
    "locker.too_old": QT_TRANSLATE_NOOP(
        "Errors", "This locker is too old or damaged for this SafeHelper."
    ),
    "locker.damaged": QT_TRANSLATE_NOOP(
        "Errors", "The evidence locker could not be opened: its files are damaged or unreadable."
    ),
    "locker.not_open": QT_TRANSLATE_NOOP("Errors", "The evidence locker is not open."),
    "locker.exists": QT_TRANSLATE_NOOP("Errors", "There is already an evidence locker here."),
    "locker.none_here": QT_TRANSLATE_NOOP("Errors", "There is no evidence locker here yet."),
    "locker.locked": QT_TRANSLATE_NOOP("Errors", "The locker is locked. Open it first."),
    "locker.not_device": QT_TRANSLATE_NOOP(
        "Errors", "This locker does not open with this computer's key. Use your passphrase."
    ),
    "locker.device_only": QT_TRANSLATE_NOOP(
        "Errors", "This locker has no passphrase. It opens with this computer's key."
    ),
    "locker.last_way_in": QT_TRANSLATE_NOOP(
        "Errors",
        "This is the only way left to open the locker, so it cannot be removed. Add another way "
        "first (a passphrase, or this computer's key).",
    ),
    "locker.choose_passphrase": QT_TRANSLATE_NOOP(
        "Errors", "Please choose a passphrase to protect the locker."
    ),
    "locker.cannot_make_folder": QT_TRANSLATE_NOOP(
        "Errors", "The locker's folder could not be made: {reason}"
    ),
    "locker.cannot_make": QT_TRANSLATE_NOOP("Errors", "The locker could not be made: {reason}"),
    "locker.no_such_item": QT_TRANSLATE_NOOP("Errors", "That item is not in the locker."),
    "locker.picture_changed": QT_TRANSLATE_NOOP(
        "Errors", "The picture for this item was changed or damaged, so it cannot be shown."
    ),
    "locker.cannot_save_picture": QT_TRANSLATE_NOOP(
        "Errors", "The picture could not be saved: {reason}"
    ),
    "locker.picture_missing": QT_TRANSLATE_NOOP(
        "Errors", "The picture for this item is missing from the locker."
    ),
    "locker.cannot_read_picture": QT_TRANSLATE_NOOP(
        "Errors", "The picture could not be read: {reason}"
    ),
    "locker.text_too_long": QT_TRANSLATE_NOOP("Errors", "That is too much text to save in one go."),
    "locker.details_damaged": QT_TRANSLATE_NOOP(
        "Errors", "The saved details were changed or damaged and cannot be read."
    ),
    "locker.check_failed": QT_TRANSLATE_NOOP("Errors", "The check found a problem. {problem}"),
    "verify.item": QT_TRANSLATE_NOOP("Errors", "Item {item}, saved {time}: {reason}"),
    "verify.unknown_time": QT_TRANSLATE_NOOP("Errors", "at an unknown time"),
    "verify.record_missing": QT_TRANSLATE_NOOP("Errors", "a record before this one is missing."),
    "verify.record_changed": QT_TRANSLATE_NOOP(
        "Errors", "its record in the index was changed after it was saved."
    ),
    "verify.other_locker": QT_TRANSLATE_NOOP("Errors", "the index belongs to a different locker."),
    "verify.note_changed": QT_TRANSLATE_NOOP(
        "Errors", "its note or names were changed or damaged."
    ),
    "verify.bad_picture_name": QT_TRANSLATE_NOOP(
        "Errors", "its record does not name a picture the locker could hold."
    ),
    "verify.picture_missing": QT_TRANSLATE_NOOP("Errors", "its picture file is missing."),
    "verify.picture_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "its picture file could not be read ({reason})"
    ),
    "verify.picture_changed": QT_TRANSLATE_NOOP(
        "Errors", "its picture file was changed or damaged."
    ),
    "verify.fingerprint": QT_TRANSLATE_NOOP(
        "Errors", "its picture does not match the fingerprint (SHA-256) saved with it."
    ),
    "verify.no_records": QT_TRANSLATE_NOOP("Errors", "The locker's index has no records at all."),
    "verify.head_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The newest records of the locker are missing or were rebuilt (the last one found is for "
        "item {item}, {time}).",
    ),
    "keyring.none": QT_TRANSLATE_NOOP(
        "Errors", "This computer has no safe place for keys (no system keyring was found)."
    ),
    "keyring.available": QT_TRANSLATE_NOOP("Errors", "The system keyring is available."),
}


def _value(value: object) -> str:
    if isinstance(value, SafeHelperError | Phrase):
        return describe(value)
    return str(value)


def describe(error: SafeHelperError | Phrase) -> str:
    """The words for ``error`` (or a part of one) in the user's language."""
    return describe_code(error.code, error.params, fallback=str(error))


def describe_code(code: str, params: Mapping[str, object], fallback: str = "") -> str:
    """The words for an error kept as its code and values (a stored failure, say)."""
    marked = WORDS.get(code)
    if marked is None:
        return fallback or code
    template = str(marked)
    values = {name: _value(value) for name, value in params.items()}
    try:
        return QCoreApplication.translate(CONTEXT, template).format_map(values)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder must not hide the error: use English.
        return template.format_map(values)
