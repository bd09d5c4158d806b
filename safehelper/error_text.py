"""The English words for every :class:`~safehelper.errors.SafeHelperError` code.

One catalogue, keyed by the stable code, with ``{name}`` placeholders filled
from the error's parameters. The command line prints these; the window has a
matching Qt catalogue (``ui/error_text.py``) that translators reach, and a test
checks that both list the same codes with the same placeholders.
"""

ENGLISH: dict[str, str] = {
    # Why the computer said no (a part of other messages).
    "os.disk_full": "the disk is full. Free some space and try again.",
    "os.permission_refused": "permission was refused. Try a folder you own.",
    "os.read_only": "that disk is read-only. Choose another place.",
    "os.folder_gone": "the folder does not exist any more.",
    "os.system_says": "{detail}",
    "os.unexpected": "an unexpected error from the computer.",
    # Folders and files.
    "paths.cannot_create_folder": "SafeHelper could not create its folder {path}: {reason}",
    "paths.cannot_save": "SafeHelper could not save {name}: {reason}",
    "data.not_own_folder": "SafeHelper will not delete {folder}: it is not its own folder.",
    "data.not_confirmed": "Nothing was removed: {word} was not typed.",
    "data.cannot_delete": (
        "SafeHelper could not delete {folder}: {reason} Close other programs that may be "
        "using it, then try again."
    ),
    "autostart.cannot_set": "SafeHelper could not set itself to start with the computer: {reason}",
    "autostart.cannot_unset": (
        "SafeHelper could not stop itself starting with the computer: {reason}"
    ),
    "autostart.windows_only": "Starting with Windows can only be set on Windows.",
    # Pictures that were not added.
    "image.refused": "{name}: {reason}",
    "image.too_large_file": (
        "It is larger than 50 MB, which is far bigger than a screenshot, so it was not added."
    ),
    "image.too_many_pixels": (
        "It is far too large (over 100 megapixels) to be a screenshot, so it was not added."
    ),
    "image.not_a_picture": (
        "It is not a picture SafeHelper can read, so it was not added. "
        "SafeHelper takes PNG, JPEG, WebP, GIF and BMP pictures."
    ),
    "image.damaged": (
        "The picture is damaged or cut off, so it was not added. "
        "If you still have the original, try adding that instead."
    ),
    "image.heic": (
        "It is a HEIC photo (the iPhone photo format), which SafeHelper cannot read. "
        "Save a copy as JPEG and add that: on Windows, open it in Photos and choose Save as; "
        "on a Mac, open it in Preview and choose File, Export, JPEG. On an iPhone, Settings, "
        "Camera, Formats, Most Compatible makes new photos JPEG."
    ),
    "image.empty": "The file is empty, so it was not added.",
    "image.not_a_file": "It is not a file, so it was not added.",
    "image.is_a_folder": "It is a folder, not a file.",
    "image.not_found": "It could not be found. Was it moved or renamed?",
    "image.unreadable": "It could not be read: {reason}",
    # Keys, passphrases and the system keyring.
    "locker.wrong_passphrase": "That passphrase is not right. Check Caps Lock and try again.",
    "keyring.did_not_keep_key": (
        "The system keyring did not keep the locker's key. Please protect the locker "
        "with a passphrase instead."
    ),
    "keyring.none_to_open": (
        "This computer has no system keyring to open the locker with. Use your passphrase."
    ),
    "keyring.key_missing": (
        "This computer's keyring does not have the key for this locker (was the locker "
        "copied from another computer or account?). Use your passphrase."
    ),
    "keyring.key_does_not_fit": (
        "The key in this computer's keyring does not fit this locker. Use your passphrase."
    ),
    "passphrase.too_short": (
        "Please choose a passphrase of at least {count} characters. "
        "A short sentence is easy to remember and hard to guess."
    ),
    "passphrase.settings_damaged": (
        "The locker's passphrase settings are damaged, so the passphrase cannot be checked."
    ),
    # What happened, and the evidence pack.
    "incident.damaged": (
        "The saved details of what happened could not be read. They may be damaged."
    ),
    "export.nothing_chosen": "None of the chosen items are in the locker.",
    "export.records_mismatch": (
        'The locker\'s records do not match its items. Use "Check my locker" first.'
    ),
    "export.no_such_item": (
        "There is no item {item} in the locker. Leave out --item to export everything."
    ),
    "export.no_folder": "The folder {folder} does not exist. Choose another place.",
    "export.fingerprint_mismatch": (
        "Picture {number} in the locker does not match its fingerprint. "
        'Use "Check my locker" to find out more.'
    ),
    "export.cannot_save": "The evidence pack could not be saved in {folder}: {reason}",
    # Trusted adults.
    "family.phone_characters": (
        "A phone number can only have digits, spaces, brackets, dashes and a + at the start."
    ),
    "family.phone_incomplete": "That phone number does not look complete. Please check it.",
    "family.email_invalid": (
        "That email address does not look right. It should look like name@example.com."
    ),
    "family.name_missing": "Please type their name.",
    "family.name_too_long": "Please keep names under {count} letters.",
    "family.no_contact": "Please add a phone number or an email address, so they can be reached.",
    "family.too_many_adults": "SafeHelper keeps up to {count} trusted adults.",
    "keyring.none_use_passphrase": (
        "This computer has no safe place for keys (no system keyring was found). "
        "Please protect the locker with a passphrase instead."
    ),
    "keyring.locked_use_new_passphrase": (
        "The system keyring is locked or not answering. Unlock it (sign in again) or use a "
        "passphrase instead."
    ),
    "keyring.locked_use_passphrase": (
        "The system keyring is locked or not answering. Unlock it (sign in again) or use "
        "your passphrase."
    ),
    "keyring.locked_cannot_remove": (
        "The system keyring is locked or not answering, so the key could not be removed."
    ),
    # The alert to a trusted adult.
    "alert.name_missing": "Please type the young person's first name for the message.",
    "alert.name_too_long": "Please use a first name under {count} letters.",
    "alert.address_missing": "Please paste the alert address.",
    "alert.not_web_address": (
        "That is not a web address SafeHelper can use. It should start with https:// and have "
        "no spaces, backslashes or user name in it."
    ),
    "alert.needs_https": (
        "Please use an address that starts with https://, so the message is sent privately."
    ),
    "alert.timed_out": (
        "The alert service did not answer in time, so SafeHelper can't tell if the message arrived."
    ),
    "alert.unreachable": (
        "SafeHelper could not reach the alert service. Check that this computer is "
        "online, then press Try again."
    ),
    "alert.redirected": (
        "The alert address points somewhere else, so nothing was sent. Ask the person "
        "who set it up to check it in Settings."
    ),
    "alert.address_refused": (
        "The alert service did not accept the address (error {status}), so nothing "
        "was sent. Ask the person who set it up to check it in Settings."
    ),
    "alert.service_problem": (
        "The alert service has a problem right now (error {status}), so nothing was "
        "sent. Press Try again in a minute."
    ),
    "alert.choose_kind": "Please choose ntfy or a webhook.",
    "alert.no_keyring": (
        "This computer has no safe place to keep the alert address (no system keyring), "
        "so the alert can't be set up here."
    ),
    # SafeHelper's own files and the signed helpline list.
    "resources.missing": "A part of SafeHelper is missing ({name}). Please reinstall SafeHelper.",
    "resources.damaged": "{name} is damaged (line {line}: {detail}). Please reinstall SafeHelper.",
    "signature.key_damaged": "The helpline signing key is damaged. Please reinstall SafeHelper.",
    "signature.key_wrong_type": (
        "The helpline signing key is not an Ed25519 key. Please reinstall SafeHelper."
    ),
    "signature.unreadable": "The helpline list's signature is not readable, so it was not used.",
    "signature.not_ours": "The helpline list is not signed by SafeHelper, so it was not used.",
    # Updating the helpline list.
    "update.unusable_address": (
        "The update address must start with https:// and have no spaces, backslashes or "
        "user name in it. Nothing was changed."
    ),
    "update.redirected_elsewhere": (
        "The update server sent SafeHelper to a different address, so nothing was "
        "downloaded. Nothing was changed."
    ),
    "update.redirect_loop": (
        "The update server sent SafeHelper round in circles. Nothing was changed."
    ),
    "update.needs_https": "The update address must start with https://. Nothing was changed.",
    "update.server_error": (
        "The update server answered with an error ({status}). Nothing was changed; try again later."
    ),
    "update.too_big": "The downloaded file is too big to be a helpline list. Nothing was changed.",
    "update.too_slow": (
        "The update took too long, so it was stopped. Nothing was changed; try again later."
    ),
    "update.unreachable": (
        "Could not reach the update server. Check the internet connection and try again. "
        "Nothing was changed."
    ),
    "update.no_address": (
        "No update address is set. Use: safehelper helplines update --url https://..."
    ),
    "update.already_newest": (
        "You already have the newest helpline list (version {version}). Nothing was changed."
    ),
    # Checking an evidence pack.
    "pack.unsafe_name": "The pack is not intact: it has an entry with an unsafe name ({name}).",
    "pack.appears_twice": "The pack is not intact: {name} appears twice.",
    "pack.link": "The pack is not intact: {name} is a link, not a file.",
    "pack.missing": "The pack is not intact: {name} is missing.",
    "pack.entry_damaged": "The pack is not intact: {name} is damaged or was changed.",
    "pack.bad_sums_line": (
        "The pack is not intact: line {line} of {file} is not in sha256sum format."
    ),
    "pack.listed_twice": "The pack is not intact: {name} is listed twice in {file}.",
    "pack.manifest_not_json": "The pack is not intact: {file} is not valid JSON.",
    "pack.not_a_manifest": (
        "The pack is not intact: {file} is not a SafeHelper pack manifest ({format})."
    ),
    "pack.no_items_or_chain": "The pack is not intact: {file} has no items list or no chain.",
    "pack.item_no_file_name": "The pack is not intact: item {position} in {file} has no file name.",
    "pack.item_bad_name": (
        "The pack is not intact: item {position} in {file} names a file outside {folder}/ or with "
        "a wrong name: {name}"
    ),
    "pack.listed_but_missing": (
        "The pack is not intact: {name} is listed in {file} but is missing from the pack."
    ),
    "pack.wrong_number": (
        "The pack is not intact: {name} is not numbered {position} as its place in the list says."
    ),
    "pack.wrong_size": "The pack is not intact: {name} is {size} bytes, but {file} says {listed}.",
    "pack.wrong_sha256": "The pack is not intact: {name} does not match its SHA-256 in {file}.",
    "pack.no_capture_time": (
        "The pack is not intact: {name} has no readable capture time in {file}."
    ),
    "pack.name_without_time": (
        "The pack is not intact: {name}: its name does not carry its capture time."
    ),
    "pack.name_wrong_type": (
        "The pack is not intact: {name}: its name does not match its type ({media_type})."
    ),
    "pack.no_chain_records": "The pack is not intact: {file} lists no chain records.",
    "pack.chain_record_missing": (
        "The pack is not intact: chain record {position} is missing or out of order."
    ),
    "pack.chain_record_no_hash": (
        "The pack is not intact: chain record {position} has no valid hash."
    ),
    "pack.chain_hash_twice": "The pack is not intact: two chain records have the same hash.",
    "pack.chain_wrong_length": (
        "The pack is not intact: the chain should have {expected} records, but lists {count}."
    ),
    "pack.chain_head_wrong": (
        "The pack is not intact: the chain head is not the hash of the last record."
    ),
    "pack.no_chain_record": "The pack is not intact: {name} has no chain record in {file}.",
    "pack.chain_number_outside": (
        "The pack is not intact: {name}: its chain record number is not in the chain."
    ),
    "pack.chain_hash_wrong": (
        "The pack is not intact: {name}: its chain hash is not the one listed for record {seq}."
    ),
    "pack.chain_record_was_changed": (
        "The pack is not intact: {name}: its chain record was changed (not the exact saved form)."
    ),
    "pack.chain_record_wrong_hash": (
        "The pack is not intact: {name}: its chain record does not produce its chain hash."
    ),
    "pack.chain_record_not_add": (
        "The pack is not intact: {name}: its chain record is not the record that saved it."
    ),
    "pack.chain_record_other_item": (
        "The pack is not intact: {name}: its chain record is for a different item."
    ),
    "pack.field_differs": (
        "The pack is not intact: {name}: its {key} differs from the one saved in the chain."
    ),
    "pack.chain_record_no_time": (
        "The pack is not intact: {name}: its chain record has no readable time."
    ),
    "pack.capture_time_differs": (
        "The pack is not intact: {name}: its capture time differs from the one saved in the chain."
    ),
    "pack.not_zip": "The pack is not intact: it is not a ZIP file, or it is damaged.",
    "pack.not_listed": "The pack is not intact: {name} is in the pack but not listed in {file}.",
    "pack.item_not_record": "The pack is not intact: item {position} in {file} is not a record.",
    "pack.out_of_order": "The pack is not intact: {name} is out of time order in {file}.",
    "pack.wrong_item_count": (
        "The pack is not intact: {file} says {expected} items but lists {count}."
    ),
    "pack.unknown_packing": (
        "The pack is not intact: {name} is packed in a way SafeHelper never writes "
        "(compressed or encrypted differently)."
    ),
    "pack.member_too_big": (
        "The pack is not intact: {name} is far bigger than a SafeHelper pack makes it."
    ),
    "pack.member_bigger_than_said": (
        "The pack is not intact: {name} is far bigger than its ZIP entry says."
    ),
    "pack.too_many_values": (
        "The pack is not intact: {file} holds far more entries than a SafeHelper pack makes."
    ),
    "pack.unreadable": ("The pack is not intact: it is damaged and could not be read to the end."),
    "pack.no_file": "There is no file at {path}.",
    # Independent time stamps (RFC 3161), and their check in a pack.
    "pack.stamp_entry_wrong": (
        "The pack is not intact: {name}: its time stamp entry names the wrong file."
    ),
    "pack.stamp_missing": "The pack is not intact: {name}: its time stamp {token} is missing.",
    "pack.stamp_no_chain": "The pack is not intact: it has time stamps but no {file}.",
    "pack.stamp_chain_unreadable": "The pack is not intact: {file} holds no readable certificates.",
    "pack.stamp_stray": (
        "The pack is not intact: {name} is not the time stamp of any picture in the manifest."
    ),
    "pack.stamp_invalid": (
        "The pack is not intact: {name}: its time stamp does not check out. {reason}"
    ),
    "timestamp.bad_url": "The time-stamp address must start with https:// or http://.",
    "timestamp.unreachable": "The time-stamp service could not be reached. Is the computer online?",
    "timestamp.timeout": "The time-stamp service did not answer in time.",
    "timestamp.http": "The time-stamp service answered with an error (HTTP {status}).",
    "timestamp.garbage": "The time-stamp service's answer is not a time stamp.",
    "timestamp.rejected": "The time-stamp service refused to stamp ({detail}).",
    "timestamp.nonce": "The answer was not for this request (its nonce does not match).",
    "timestamp.imprint": "The time-stamp service signed a different fingerprint from the one sent.",
    "timestamp.not_tsa": "The answer was not signed with a time-stamping certificate.",
    "timestamp.untrusted": "The time-stamp service's certificate does not lead to a trusted root.",
    "timestamp.signature": "The signature on the time stamp does not check out.",
    "timestamp.locker_damaged": (
        "The saved picture does not match its fingerprint, so it was not sent. "
        'Use "Check my locker" to find out more.'
    ),
    "timestamp.off": (
        "Independent time stamps are off. Turn them on in the locker's settings, or give --tsa URL."
    ),
    "timestamp.not_pem": "{what} does not hold PEM certificates.",
    "timestamp.chain_unreadable": "{path} could not be read.",
    # Guidance files and the helpline list (checked against their schemas).
    "guidance.no_such_entry": "SafeHelper's guidance has nothing called {id}.",
    "guidance.no_such_question": "SafeHelper has no question called {id}.",
    "schema.invalid": "{file} is not valid: {entry}, field {field} (at {location}): {problem}",
    "schema.missing": "{file} is missing. Please reinstall SafeHelper.",
    "schema.not_json": "{file} is not valid JSON (line {line}: {detail}).",
    "schema.not_text": "it is not readable text",
    "schema.nested_too_deeply": "it is nested far too deeply",
    "schema.top_level": "the top level",
    "schema.whole_entry": "(the whole entry)",
    "schema.item": "item '{id}'",
    "schema.item_number": "item number {number}",
    "schema.service": "service '{id}'",
    "schema.service_number": "service number {number}",
    "schema.id_twice": "this id appears twice",
    "schema.wrong_kind": "expected '{expected}', found '{found}'",
    "schema.platform_required": "a platform with id {id} is required",
    "schema.unknown_platform": "unknown platform {id}",
    "schema.unknown_time_zone": "it is not a known time zone",
    "schema.ages_reversed": "min is above max",
    "schema.hours_empty": "it opens and closes at the same time",
    "schema.unknown_service": "it names an unknown service '{id}'",
    "helplines.update_damaged": "The saved helpline update is damaged.",
    # The command line.
    "export.destination_is_folder": "{path} is a folder. Give a file name ending in .zip.",
    "guide.bad_country": "{country} is not a two-letter country code, like NZ or GB.",
    "guide.unknown_platform": "SafeHelper has no guide for {platform}. Choose one of: {known}.",
    "cli.needs_passphrase": (
        "This locker needs its passphrase. Run the command in a terminal to type it, or set "
        "{variable} (for automation only)."
    ),
    "cli.needs_new_passphrase": (
        "A new passphrase is needed. Run the command in a terminal to type it, or set "
        "{variable} (for automation only)."
    ),
    "cli.passphrases_differ": "The two passphrases were not the same. Nothing was changed.",
    "cli.no_keyring_needs_passphrase": (
        "This computer has no safe place for keys (no system keyring was found). The locker "
        "needs a passphrase instead: run 'safehelper locker init --passphrase' in a terminal, "
        "or set {variable} (for automation only)."
    ),
    "cli.no_files": "No files were found to add.",
    "locker.no_way_to_open": "This locker has no way to open it.",
    "locker.already_exists": "There is already an evidence locker here. Nothing was changed.",
    "locker.no_passphrase": "This locker has no passphrase. Nothing was changed.",
    "locker.device_does_not_open": (
        "The passphrase was not removed: this computer's key does not open the locker right "
        "now (the keyring may be locked or reset, or the locker came from another computer or"
        " account). Without the passphrase you could not open it here."
    ),
    "locker.passphrase_does_not_open": (
        "This computer's key was not removed: that passphrase does not open the locker, so "
        "without this computer's key you could not open it."
    ),
    "locker.slots_changed": (
        "Another SafeHelper window changed the ways to open the locker just now. Nothing was "
        "changed; try again."
    ),
    "locker.index_rolled_back": (
        "The locker's index is older than the newest record SafeHelper saved: it may have "
        "been replaced by an older copy or rolled back, so the newest items may be missing. "
        "Check the locker to find out more."
    ),
    "locker.records_left_out": (
        "{count} record(s) in the locker are damaged and were left out. Check the locker to "
        "see which."
    ),
    "verify.bad_field": (
        "its record in the index has a {field} that makes no sense (the index was edited or "
        "damaged)."
    ),
    "verify.pictures_without_record": (
        "{count} picture(s) have no record: the index may have been replaced or rolled back. "
        "They are kept, still encrypted, in the locker's quarantine folder. Run `safehelper "
        "locker recover` to add them back to the locker."
    ),
    "locker.quarantine_not_opened": (
        "it does not open with this locker's key (it may belong to another locker, or be "
        "damaged), so it was left in quarantine."
    ),
    "verify.anchor_not_sealed": (
        "The copy of the newest record kept outside the index was changed or belongs to "
        "another locker: the index may have been replaced."
    ),
    "verify.index_rolled_back": (
        "The index is older than the newest record SafeHelper saved: it may have been "
        "replaced by an older copy or rolled back, so the newest items may be missing."
    ),
    "locker.disk_full": (
        "The disk is full, so the evidence locker could not be opened or saved. Nothing in it "
        "was lost. Free some space (empty the recycle bin, or move big files such as videos "
        "to another disk), then try again."
    ),
    # Add from my phone, and the review queue.
    "phone.no_home_network": (
        "This computer does not seem to be on a home network (Wi-Fi or cable), so a phone cannot "
        "reach it. Connect it to the same Wi-Fi as the phone, or send the screenshots to the "
        "computer another way and add them as files."
    ),
    "phone.not_an_address": (
        "{host} is not a network address like 192.168.1.20, so nothing was started."
    ),
    "phone.not_home_network": (
        "{address} is not a home-network address. SafeHelper only listens on the home network "
        "(addresses such as 192.168.x.x, 10.x.x.x or 172.16-31.x.x)."
    ),
    "phone.cannot_listen": (
        "SafeHelper could not listen on {host}: {reason} Try again, or add the screenshots as "
        "files."
    ),
    "pending.not_waiting": (
        "That picture is not waiting for review (it may already be saved or removed)."
    ),
    "pending.damaged": "A picture waiting for review could not be opened: its file is damaged.",
    "pending.unreadable": "A picture waiting for review could not be read: {reason}",
    "pending.ids_or_all": "Name the pictures by their ids, or give --all (not both).",
    # Raised by the window itself.
    "picture.cannot_prepare": "SafeHelper could not prepare the picture for saving.",
    "app.unexpected": "Something went wrong. Nothing you saved is lost. Please try again.",
    # The evidence locker.
    "locker.busy": "The locker is busy in another SafeHelper window. Try again in a moment.",
    "locker.read_only": "The locker is on a read-only disk, so nothing can be saved.",
    "locker.index_not_a_locker": (
        "The locker's index file is damaged or is not a SafeHelper locker."
    ),
    "locker.index_failed": "The locker's index could not be read or saved.",
    "locker.index_damaged": "The locker's index file is damaged.",
    "locker.too_new": (
        "This locker was saved by a newer SafeHelper. Please update SafeHelper to open it."
    ),
    "locker.too_old": "This locker is too old or damaged for this SafeHelper.",
    "locker.damaged": (
        "The evidence locker could not be opened: its files are damaged or unreadable."
    ),
    "locker.not_open": "The evidence locker is not open.",
    "locker.exists": "There is already an evidence locker here.",
    "locker.none_here": "There is no evidence locker here yet.",
    "locker.locked": "The locker is locked. Open it first.",
    "locker.not_device": (
        "This locker does not open with this computer's key. Use your passphrase."
    ),
    "locker.device_only": "This locker has no passphrase. It opens with this computer's key.",
    "locker.last_way_in": (
        "This is the only way left to open the locker, so it cannot be removed. "
        "Add another way first (a passphrase, or this computer's key)."
    ),
    "locker.choose_passphrase": "Please choose a passphrase to protect the locker.",
    "locker.cannot_make_folder": "The locker's folder could not be made: {reason}",
    "locker.cannot_make": "The locker could not be made: {reason}",
    "locker.no_such_item": "That item is not in the locker.",
    "locker.picture_changed": (
        "The picture for this item was changed or damaged, so it cannot be shown."
    ),
    "locker.cannot_save_picture": "The picture could not be saved: {reason}",
    "locker.picture_missing": "The picture for this item is missing from the locker.",
    "locker.cannot_read_picture": "The picture could not be read: {reason}",
    "locker.text_too_long": "That is too much text to save in one go.",
    "locker.details_damaged": "The saved details were changed or damaged and cannot be read.",
    "locker.check_failed": "The check found a problem. {problem}",
    # What "Check my locker" found.
    "verify.item": "Item {item}, saved {time}: {reason}",
    "verify.unknown_time": "at an unknown time",
    "verify.record_missing": "a record before this one is missing.",
    "verify.record_changed": "its record in the index was changed after it was saved.",
    "verify.other_locker": "the index belongs to a different locker.",
    "verify.note_changed": "its note or names were changed or damaged.",
    "verify.bad_picture_name": "its record does not name a picture the locker could hold.",
    "verify.picture_missing": "its picture file is missing.",
    "verify.picture_unreadable": "its picture file could not be read ({reason})",
    "verify.picture_changed": "its picture file was changed or damaged.",
    "verify.fingerprint": "its picture does not match the fingerprint (SHA-256) saved with it.",
    "verify.no_records": "The locker's index has no records at all.",
    "verify.head_missing": (
        "The newest records of the locker are missing or were rebuilt (the last one found is "
        "for item {item}, {time})."
    ),
    "keyring.none": "This computer has no safe place for keys (no system keyring was found).",
    "keyring.available": "The system keyring is available.",
}
