<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/incident_form.py" line="208"/>
        <source>Where and who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="210"/>
        <source>Apps or websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="210"/>
        <source>For example: Instagram, then Snapchat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="211"/>
        <source>Which apps or websites? (one on each line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="212"/>
        <source>Their usernames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="213"/>
        <source>Copy it exactly, letter by letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="214"/>
        <source>Their usernames (one on each line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="215"/>
        <source>Links to their profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="216"/>
        <source>Links to their profile pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="217"/>
        <source>Other accounts, phone numbers or emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="218"/>
        <source>Any other accounts, phone numbers or emails they used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="220"/>
        <source>When contact started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="221"/>
        <source>For example: 20 November, about 9 pm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="222"/>
        <source>When did they first contact you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="224"/>
        <source>What they asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="226"/>
        <location filename="../../ui/incident_form.py" line="227"/>
        <source>Did they ask for money?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="229"/>
        <source>How much money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="229"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="230"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="230"/>
        <source>Currency, like NZD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="233"/>
        <location filename="../../ui/incident_form.py" line="275"/>
        <source>How much?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="239"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="240"/>
        <source>Gift cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="241"/>
        <source>Cryptocurrency (like Bitcoin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="242"/>
        <source>A payment app (like PayPal or Cash App)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="243"/>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="250"/>
        <source>How did they want it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="251"/>
        <location filename="../../ui/incident_form.py" line="253"/>
        <source>Bank account details they gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="252"/>
        <source>Account name and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="254"/>
        <location filename="../../ui/incident_form.py" line="256"/>
        <source>Gift cards they asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="255"/>
        <source>Which cards, and how much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="257"/>
        <source>Crypto wallet addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="258"/>
        <source>Copy and paste the whole address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="259"/>
        <source>Crypto wallet addresses (one on each line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="260"/>
        <location filename="../../ui/incident_form.py" line="262"/>
        <source>Payment app names or handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="261"/>
        <source>For example: PayPal, name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="263"/>
        <location filename="../../ui/incident_form.py" line="264"/>
        <source>Did they ask for more pictures or videos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="265"/>
        <source>Anything else they asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="266"/>
        <source>Anything else they asked for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="268"/>
        <source>What has happened since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="271"/>
        <source>It is OK if you paid or sent something. You are not in trouble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="272"/>
        <location filename="../../ui/incident_form.py" line="273"/>
        <source>Did you pay anything?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="274"/>
        <source>How much you paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="274"/>
        <source>Amount and currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="276"/>
        <source>How you paid and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="277"/>
        <source>For example: 2 gift cards on 21 November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="278"/>
        <source>How, and when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="279"/>
        <source>Have they shared anything?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="280"/>
        <source>Have they shared anything, or said they did?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="281"/>
        <source>Where it was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="282"/>
        <source>Where, and who with (links if you have them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="283"/>
        <source>Where?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="285"/>
        <source>In your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="286"/>
        <source>What happened, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="287"/>
        <source>Write what happened, in any order. Short is fine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdultCard</name>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="41"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="41"/>
        <source>Call {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="42"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="42"/>
        <source>Send {name} a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="43"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="43"/>
        <source>Email {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="53"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="54"/>
        <source>Copy {name}&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="55"/>
        <source>Copy the name, number and email, to paste somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="64"/>
        <source>Copied {name}&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdultRow</name>
    <message>
        <location filename="../../ui/family_forms.py" line="239"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="240"/>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="242"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="243"/>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertChannelEditor</name>
    <message>
        <location filename="../../ui/family_forms.py" line="395"/>
        <source>If you connect an alert, the young person gets a button that sends you one short message. It is only sent when they press it and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="399"/>
        <source>The young person&apos;s first name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="403"/>
        <source>For example: Mum and Dad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="404"/>
        <source>Who gets the alert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="405"/>
        <source>The young person sees this before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="410"/>
        <source>No alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="411"/>
        <source>ntfy (a free phone app for alerts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="412"/>
        <source>A web address that accepts messages (webhook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="421"/>
        <source>Install the ntfy app on your phone and subscribe to a long topic name that nobody could guess: anyone who knows the name can read the alerts. Paste the topic address here, for example https://ntfy.sh/your-long-secret-name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="427"/>
        <source>SafeHelper sends the message as {&quot;text&quot;: &quot;...&quot;} to this address. Chat apps call this an incoming webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="435"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="436"/>
        <source>Kept in this computer&apos;s keyring, not in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="440"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="441"/>
        <source>Save the alert settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="443"/>
        <source>Send a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="444"/>
        <source>Send a test alert now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="445"/>
        <source>Sends a test message that says nobody needs help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="483"/>
        <source>Saved. Paste a new address to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="497"/>
        <source>(name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="498"/>
        <source>The alert says exactly: “{message}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="520"/>
        <source>Please paste the alert address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="528"/>
        <source>Saved. Nothing has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="537"/>
        <source>Please choose ntfy or a webhook first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="540"/>
        <source>Sending a test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="548"/>
        <source>Test sent. Check that it arrived on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="552"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertDialog</name>
    <message>
        <location filename="../../ui/alert_dialog.py" line="78"/>
        <source>Your child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="79"/>
        <source>Tell my trusted adult now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="85"/>
        <source>Send this message now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="87"/>
        <source>These exact words will be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="90"/>
        <source>the person who set up this alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="92"/>
        <source>To: {who}, through {server}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="96"/>
        <source>Nothing else is sent: not your evidence, and not what you looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="104"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="105"/>
        <source>Cancel: do not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="108"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="110"/>
        <source>Send this message now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="129"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="137"/>
        <source>Sent. They should come and talk to you soon. You did the right thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="140"/>
        <location filename="../../ui/alert_dialog.py" line="141"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="145"/>
        <source>You can also call or text them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="147"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="148"/>
        <source>Try sending again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppearanceForm</name>
    <message>
        <location filename="../../ui/family_forms.py" line="132"/>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="133"/>
        <source>This chooses the emergency number and helplines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="139"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="140"/>
        <source>A new language shows the next time SafeHelper opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="144"/>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="145"/>
        <source>Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="148"/>
        <source>Same as this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="148"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="149"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="152"/>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutostartForm</name>
    <message>
        <location filename="../../ui/family_forms.py" line="192"/>
        <location filename="../../ui/family_forms.py" line="193"/>
        <source>Start SafeHelper when this computer starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="196"/>
        <source>It opens when you sign in, so it is ready if it is needed. You can turn this off here at any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../ui/capture.py" line="93"/>
        <source>Press Command + Control + Shift + 4, then drag over the chat. The picture is copied, ready to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture.py" line="98"/>
        <source>Press the Windows key + Shift + S, then drag over the chat. The picture is copied, ready to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture.py" line="102"/>
        <source>Press the Print Screen key (PrtSc), choose the part of the screen with the chat, and copy it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../../ui/coming_soon.py" line="18"/>
        <source>This part of SafeHelper is coming soon. If you need help now, a helpline or the police can help you today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coming_soon.py" line="22"/>
        <location filename="../../ui/coming_soon.py" line="23"/>
        <source>Show me who I can call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../ui/country_picker.py" line="42"/>
        <source>I am in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/country_picker.py" line="46"/>
        <source>Country for helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/country_picker.py" line="47"/>
        <source>Change the country to see its helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/country_picker.py" line="50"/>
        <source>Another country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverCanvas</name>
    <message>
        <location filename="../../ui/cover_editor.py" line="134"/>
        <source>Picture preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="136"/>
        <source>Drag over anything you want to cover. Or press N to add a box, arrow keys to move it, Shift and arrow keys to change its size, Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverEditor</name>
    <message>
        <location filename="../../ui/cover_editor.py" line="367"/>
        <location filename="../../ui/cover_editor.py" line="512"/>
        <source>Drag a box over anything you do not want to keep, like a private picture or a friend&apos;s name. It will be covered in solid black.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="373"/>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="376"/>
        <source>Cover mode: drag to cover part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="377"/>
        <source>Drag boxes to cover parts (C switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="378"/>
        <source>Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="380"/>
        <source>Crop mode: drag to keep only one part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="381"/>
        <source>Drag to keep only one part of the picture (C switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="383"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="384"/>
        <source>Undo the last box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="385"/>
        <source>Remove the last box (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="388"/>
        <source>Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="389"/>
        <source>Don&apos;t save this picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="390"/>
        <source>Throw this picture away without saving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="391"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="394"/>
        <source>Save this picture in the locker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="395"/>
        <source>Save this picture in the locker (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="409"/>
        <source>(not sure or skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="412"/>
        <source>Which app or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="414"/>
        <source>Name of the app or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="415"/>
        <source>Name of the other app or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="421"/>
        <source>Their username or a link to their page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="422"/>
        <source>Their username or profile link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="424"/>
        <source>Anything you want to remember about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="425"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="428"/>
        <source>App or site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="430"/>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="432"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="441"/>
        <source>Saving status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="515"/>
        <source>Drag over the part you want to keep. Everything outside it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="527"/>
        <source>1 part covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="528"/>
        <source>%1 parts covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="530"/>
        <source>Cropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="544"/>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisPage</name>
    <message>
        <location filename="../../ui/crisis_page.py" line="26"/>
        <source>If you might hurt yourself or you are in danger, call now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="31"/>
        <source>You matter. You don&apos;t have to deal with this alone. Whatever happened, it can be fixed, and people want to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="51"/>
        <location filename="../../ui/crisis_page.py" line="52"/>
        <source>See all helplines and how to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="74"/>
        <source>Emergency: call your country&apos;s emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="72"/>
        <source>Emergency: call {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceGuide</name>
    <message>
        <location filename="../../ui/locker_view.py" line="193"/>
        <source>What should I save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="202"/>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="202"/>
        <source>Got it: hide this advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="203"/>
        <source>Hide this advice. &quot;What should I save?&quot; brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="103"/>
        <source>Something went wrong, so the pack was not saved. Your evidence is still safe in the locker. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="129"/>
        <source>Save a pack for the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="143"/>
        <source>Save your evidence as one file for the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="147"/>
        <source>The pack will have your saved picture, what you wrote about what happened, and a report the police can print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="150"/>
        <source>The pack will have your %1 saved pictures, what you wrote about what happened, and a report the police can print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="160"/>
        <source>This file is not locked with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="164"/>
        <source>Anyone who gets the file can see your screenshots and what you wrote. Keep it somewhere safe. Give it only to the police, or to someone who is helping you. Do not save it in a folder that uploads to the internet, like OneDrive, iCloud, Dropbox or Google Drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="181"/>
        <source>How much of the pack is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="188"/>
        <source>Show the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="189"/>
        <source>Show the saved pack in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="190"/>
        <source>Open the folder the pack was saved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="194"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="195"/>
        <source>Stop saving the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="196"/>
        <source>Stop. Nothing is left half-saved. (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="200"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="201"/>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="202"/>
        <source>Close without saving a pack (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="205"/>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="207"/>
        <source>Choose where to save the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="208"/>
        <source>Pick a folder and a name, then the pack is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="215"/>
        <source>There is nothing in the locker to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="244"/>
        <source>Save the pack for the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="253"/>
        <source>This folder uploads to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="254"/>
        <source>This folder is synced with %1. The pack would be copied to the internet, where it is not locked with a password. It is safer to choose a folder that is only on this computer, or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="258"/>
        <source>Save it there anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="260"/>
        <source>Nothing was saved. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="268"/>
        <source>Choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="292"/>
        <source>Saving the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="304"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="309"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="325"/>
        <source>Stopped. No pack was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="329"/>
        <source>Saved: %1. Keep it safe, and give it only to the police or someone helping you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="332"/>
        <source>Save another copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="337"/>
        <source>No pack was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../../ui/family_page.py" line="21"/>
        <source>Get SafeHelper ready for your family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_page.py" line="23"/>
        <source>Set it up now, before anything happens, so that on a bad day it is already here and points to people your child trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_page.py" line="29"/>
        <source>All settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_page.py" line="30"/>
        <source>Open all settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_page.py" line="41"/>
        <source>If your child tells you something has happened: stay calm, thank them for telling you, and follow the steps together. The person who did this is to blame, not your child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_page.py" line="44"/>
        <location filename="../../ui/family_page.py" line="45"/>
        <source>Read the parents&apos; guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_page.py" line="50"/>
        <source>Trusted adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_page.py" line="52"/>
        <source>Your child sees these people with buttons to call, text or email them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_page.py" line="67"/>
        <source>Run setup again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_page.py" line="67"/>
        <source>Start setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelplinesPage</name>
    <message>
        <location filename="../../ui/helplines_page.py" line="103"/>
        <source>Pick who to contact. You can call, text or go online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="111"/>
        <source>You are not in trouble. These people help young people every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="119"/>
        <source>I&apos;m in danger now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="120"/>
        <source>I want to talk to someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="121"/>
        <source>Report what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="122"/>
        <source>Get images taken down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="123"/>
        <source>For parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="131"/>
        <source>Go to: {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="188"/>
        <source>Call your country&apos;s emergency number now if you or someone else is in danger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="197"/>
        <source>SafeHelper has not checked the helplines in your country yet. This list of child helplines around the world can help you find yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="205"/>
        <source>If you are in danger now, call your local emergency number. You can also go to a police station with a trusted adult and show them what you saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="215"/>
        <source>These services can help stop a picture spreading. They can&apos;t promise to remove it everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="224"/>
        <source>Parents and carers can contact the services above for advice too. Stay calm and thank your child for telling you. Don&apos;t send the images to anyone, not even the police: let the police collect them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home.py" line="56"/>
        <source>Choose what you need right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="58"/>
        <source>You are not in trouble. This is not your fault. You can hide this app at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="67"/>
        <source>Someone is threatening me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="68"/>
        <source>We&apos;ll go through what to do, one step at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="69"/>
        <source>Save evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="70"/>
        <source>Keep proof of the threats, safe and private on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="71"/>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="72"/>
        <source>Talk to a helpline or the police, today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="73"/>
        <source>Set up for my family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="74"/>
        <source>For parents and carers: get SafeHelper ready before it&apos;s needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="86"/>
        <source>Everything stays on this computer. Nothing is sent anywhere unless you press a button that says so.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../ui/incident_form.py" line="97"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="104"/>
        <source>Write down what happened, as much as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="119"/>
        <source>Every question is optional. Skip anything you don&apos;t know or don&apos;t want to write. It stays locked in your evidence locker on this computer. It is only shared if you export a pack for the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="138"/>
        <location filename="../../ui/incident_form.py" line="167"/>
        <source>Help me remember: show questions police ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="140"/>
        <source>Help me remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="141"/>
        <source>Show or hide the list of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="152"/>
        <source>Go to the question this is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="166"/>
        <source>Hide the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="185"/>
        <source>I&apos;d rather not say, or skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="186"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="186"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="187"/>
        <source>I&apos;m not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="312"/>
        <source>Copy a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="313"/>
        <source>Copy a short summary for a police form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="315"/>
        <source>Copy the answers as short text, to paste into a police or helpline form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="318"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="320"/>
        <source>Save what you wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="321"/>
        <source>Save, locked in your evidence locker (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="324"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="325"/>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="326"/>
        <source>Close this form. What you wrote is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="414"/>
        <location filename="../../ui/incident_form.py" line="421"/>
        <source>Saved. It is locked in your evidence locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="430"/>
        <source>Copied. Paste it into the form with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="483"/>
        <source>Press Close again to close without saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <location filename="../../ui/item_detail.py" line="105"/>
        <source>Back to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="106"/>
        <source>Back to all saved pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="107"/>
        <source>Back to all saved pictures (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="113"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="114"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="115"/>
        <source>App or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="116"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="117"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="118"/>
        <source>Date in the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="119"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="120"/>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="131"/>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="132"/>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="135"/>
        <source>The fingerprint proves this picture has not changed since it was saved. It does not prove that what it shows is real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="141"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="143"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="147"/>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="148"/>
        <source>Save the changed note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="150"/>
        <source>Save the changed note. The old note is kept in the locker&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="155"/>
        <location filename="../../ui/item_detail.py" line="265"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="156"/>
        <source>Delete this picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="158"/>
        <source>Move this picture to the deleted list. You can bring it back (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="159"/>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="160"/>
        <source>Bring this picture back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="161"/>
        <source>Take this picture out of the deleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="162"/>
        <location filename="../../ui/item_detail.py" line="297"/>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="163"/>
        <source>Delete this picture for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="165"/>
        <source>Erase this picture for good. This cannot be undone (Shift+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="205"/>
        <source>%1 (%2, UTC%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="215"/>
        <source>Yes, part was covered before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="216"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="262"/>
        <source>Delete this picture?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="263"/>
        <source>It moves to the deleted list. You can bring it back later. The locker keeps a record that it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="294"/>
        <source>Delete this picture for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="295"/>
        <source>This cannot be undone. The picture will be erased from the locker and cannot be given to the police later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <location filename="../../ui/item_detail.py" line="38"/>
        <source>Screenshot taken by SafeHelper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="40"/>
        <source>Pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="41"/>
        <source>Added from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="121"/>
        <source>Something went wrong. Your saved pictures are safe. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="159"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="170"/>
        <source>Choose screenshots to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/thumbnail_model.py" line="55"/>
        <source>Screenshot saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/thumbnail_model.py" line="57"/>
        <source>Pasted picture saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/thumbnail_model.py" line="60"/>
        <source>Picture added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/thumbnail_model.py" line="64"/>
        <source>part covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/thumbnail_model.py" line="66"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/thumbnail_model.py" line="232"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/thumbnail_model.py" line="234"/>
        <source>covered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockerPage</name>
    <message>
        <location filename="../../ui/locker_view.py" line="258"/>
        <source>Save proof of the threats, safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="327"/>
        <source>Save a screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="327"/>
        <source>Save a screenshot of the whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="328"/>
        <source>SafeHelper hides, takes a picture of the screen, and comes back (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="332"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="333"/>
        <source>In 3 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="334"/>
        <source>In 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="335"/>
        <source>When to take the screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="336"/>
        <source>Wait a little, so you can bring the chat to the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="338"/>
        <location filename="../../ui/locker_view.py" line="469"/>
        <source>Paste a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="338"/>
        <location filename="../../ui/locker_view.py" line="470"/>
        <source>Paste a picture you copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="339"/>
        <source>Save a screenshot you copied with your computer&apos;s screenshot tool (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="342"/>
        <source>Choose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="342"/>
        <source>Choose picture files to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="343"/>
        <source>Add screenshots saved as files, for example from your phone (%1). You can also drag files or a folder here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="352"/>
        <source>Nothing is saved yet. When you save a screenshot, it shows up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="380"/>
        <source>Saved pictures, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="381"/>
        <source>Press Enter to open the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="393"/>
        <source>What should I save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="393"/>
        <source>What should I save? Show the advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="394"/>
        <source>What to save, and what never to save (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="397"/>
        <source>Check everything is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="398"/>
        <source>Check everything in the locker is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="399"/>
        <source>Check that no saved picture was changed or damaged (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="401"/>
        <source>Incident details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="401"/>
        <source>Write down the incident details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="402"/>
        <source>Write down what happened, who, and when (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="404"/>
        <source>Export for police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="404"/>
        <source>Export the evidence for the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="405"/>
        <source>Make a pack of your evidence to give to the police (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="406"/>
        <source>Show deleted pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="407"/>
        <source>Show deleted pictures too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="408"/>
        <source>Show pictures you deleted, so you can bring them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="444"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="445"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="445"/>
        <source>Cancel adding pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="446"/>
        <source>Stop adding pictures. Those already added stay saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="463"/>
        <source>Files that were not added, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="465"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="465"/>
        <source>OK, back to my saved pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="466"/>
        <source>Back to your saved pictures (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="471"/>
        <source>Paste the screenshot you copied (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="507"/>
        <source>Make a private locker for your evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="510"/>
        <location filename="../../ui/locker_view.py" line="609"/>
        <source>Open your locker to save or see evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="661"/>
        <source>Save proof of the threats: take a screenshot, paste one, or add files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="691"/>
        <location filename="../../ui/locker_view.py" line="896"/>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="698"/>
        <source>One saved picture and its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="735"/>
        <source>Use your computer&apos;s screenshot tool, then paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="736"/>
        <source>SafeHelper could not take a picture of the screen on this computer: it came out blank. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="738"/>
        <source>Then come back here and press Paste a picture (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="751"/>
        <source>Cover anything private, then press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="759"/>
        <source>The locker is locked. Open it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="776"/>
        <source>Saved in your locker at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="794"/>
        <source>There is no picture to paste yet. Take a screenshot with your computer&apos;s tool first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="834"/>
        <source>Adding your pictures to the locker...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="838"/>
        <source>Adding pictures. You can keep using SafeHelper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="851"/>
        <source>1 picture was saved in your locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="852"/>
        <source>%1 pictures were saved in your locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="854"/>
        <source>You stopped before the end. The pictures added before that are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="860"/>
        <source>1 file was not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="861"/>
        <source>%1 files were not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="862"/>
        <source>Here is what was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="870"/>
        <source>Checking every saved picture...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="873"/>
        <source>Checking your locker. This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="882"/>
        <source>Everything is intact. Every saved picture (%1 in all) is exactly as it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="884"/>
        <source>Everything is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="886"/>
        <source>Something in the locker does not match what was saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="888"/>
        <source>This can happen if the locker&apos;s files were changed or damaged on the disk. Don&apos;t delete anything. Tell the person helping you, or the police, when you give them your evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="891"/>
        <source>Something does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="915"/>
        <source>Stopping after this picture...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="942"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockerProtectionForm</name>
    <message>
        <location filename="../../ui/family_forms.py" line="575"/>
        <source>The evidence locker keeps screenshots of threats locked (encrypted) on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="578"/>
        <source>If everyone in the family uses one shared login on this computer, choose a passphrase that the young person keeps to themselves. If each person has their own login, this computer&apos;s keyring is enough: only someone signed in as this user can open the locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="583"/>
        <source>The locker is already set up on this computer. It can be changed on the Save evidence page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="591"/>
        <source>Each person has their own login: use this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="592"/>
        <source>We share one login: the young person chooses a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="593"/>
        <source>Decide later, when the first evidence is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="609"/>
        <source>Let the young person type it themselves. Don&apos;t ask for it and don&apos;t write it down for them: it is theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="616"/>
        <source>Passphrase (at least 8 letters, a short sentence is best):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="618"/>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="645"/>
        <source>This computer has no safe place to keep the locker&apos;s key, so the locker needs a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="676"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="692"/>
        <source>The locker is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Go to the home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Go back to the start (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Open settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Change text size, colours and setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>I&apos;m not OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>I&apos;m not OK: show crisis lines now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Talk to someone right now (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Hide now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Hide now: hide SafeHelper at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Hide SafeHelper at once and lock your evidence (press Esc twice)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoSurveillancePanel</name>
    <message>
        <location filename="../../ui/family_forms.py" line="705"/>
        <source>What SafeHelper does not do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="709"/>
        <source>It does not monitor your child. It does not read their messages or track what they do online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="711"/>
        <source>It takes no hidden screenshots and records nothing in secret. It only saves what your child chooses to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="713"/>
        <source>It sends you no reports. It never shows you what your child saved, read or did in SafeHelper, unless they choose to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="715"/>
        <source>The locker passphrase belongs to your child. Please don&apos;t ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="716"/>
        <source>The alert only sends one short message, and only when your child presses the button and confirms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="718"/>
        <source>Young people ask for help sooner when they know they will not be watched or punished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="722"/>
        <source>It does not watch you and does not tell anyone what you save, read or do in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="724"/>
        <source>It takes no hidden screenshots. It only saves what you choose to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="725"/>
        <source>Your passphrase is yours. You don&apos;t have to tell anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="726"/>
        <source>Nothing is sent anywhere unless you press a button that says so.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParentsGuidePage</name>
    <message>
        <location filename="../../ui/parents_guide.py" line="33"/>
        <source>Go through the steps with your child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/parents_guide.py" line="34"/>
        <source>Open the step-by-step help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/parents_guide.py" line="38"/>
        <source>Save this guide as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/parents_guide.py" line="38"/>
        <source>Save the parents&apos; guide as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/parents_guide.py" line="45"/>
        <source>This advice comes from NCMEC, the FBI, Netsafe, the ACCCE, CEOP and Take It Down. Checked {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/parents_guide.py" line="52"/>
        <source>Save the guide as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/parents_guide.py" line="61"/>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicePanel</name>
    <message>
        <location filename="../../ui/helplines_page.py" line="68"/>
        <source>Report to police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="74"/>
        <source>Report forms ask what happened. Copy this list, paste it into the form, and fill in what you know. Leave out what you don&apos;t know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="78"/>
        <location filename="../../ui/helplines_page.py" line="80"/>
        <source>Copy a summary of what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="91"/>
        <source>Copied. Paste it into the report form, then fill in the blanks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveDataDialog</name>
    <message>
        <location filename="../../ui/settings_page.py" line="80"/>
        <source>Remove SafeHelper&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="86"/>
        <source>This deletes everything SafeHelper keeps on this computer. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="89"/>
        <source>That means the evidence locker and every screenshot in it, the trusted adults, the alert, and all settings. The police or a school may still need the evidence, so save an export first if there is any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="92"/>
        <source>Save an export first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="93"/>
        <source>Save an export of the evidence first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="98"/>
        <source>To remove everything, type {word} below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="104"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="105"/>
        <source>Cancel: keep everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="107"/>
        <source>Remove everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="109"/>
        <source>Remove all of SafeHelper&apos;s data now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveTask</name>
    <message>
        <location filename="../../ui/cover_editor.py" line="331"/>
        <source>Something went wrong and the picture was not saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <location filename="../../ui/service_card.py" line="29"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="30"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="31"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="32"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="33"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="34"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="35"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="57"/>
        <source>{hours} ({place} time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="65"/>
        <source>Text &quot;{keyword}&quot; to {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="69"/>
        <source>Text {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="86"/>
        <source>For ages {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="90"/>
        <source>For ages {high} and under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="94"/>
        <source>For ages {low} and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="135"/>
        <source>{service}: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="164"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="165"/>
        <source>Call {name} on {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="173"/>
        <location filename="../../ui/service_card.py" line="192"/>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="174"/>
        <location filename="../../ui/service_card.py" line="193"/>
        <source>Copy the number for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="183"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="184"/>
        <source>Send a text to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="202"/>
        <source>Write an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="203"/>
        <source>Write an email to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="211"/>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="212"/>
        <source>Copy the email address for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="219"/>
        <source>Open chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="220"/>
        <source>Open report form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="221"/>
        <source>Open website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="227"/>
        <source>{action}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="248"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="259"/>
        <source>Open 24/7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="261"/>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="263"/>
        <source>Closed now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="49"/>
        <source>Updated the helpline list to version {version} ({services} services).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="149"/>
        <source>Change how SafeHelper works on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="156"/>
        <location filename="../../ui/settings_page.py" line="157"/>
        <source>Run setup again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="163"/>
        <source>Country, language and look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="167"/>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="171"/>
        <location filename="../../ui/settings_page.py" line="237"/>
        <source>After {minutes} minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="172"/>
        <source>After 1 minute without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="174"/>
        <source>Lock the evidence locker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="178"/>
        <source>Start with the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="182"/>
        <source>Trusted adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="186"/>
        <source>Alert to a trusted adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="190"/>
        <source>Helpline list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="191"/>
        <source>SafeHelper never checks on its own. A new list is only used if its signature shows it came from SafeHelper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="196"/>
        <source>Update address (if you were given one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="198"/>
        <source>Check for helpline updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="199"/>
        <source>Check for helpline updates now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="211"/>
        <location filename="../../ui/settings_page.py" line="219"/>
        <source>Remove SafeHelper&apos;s data from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="214"/>
        <source>Deletes the evidence locker, the trusted adults, the alert and all settings. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="217"/>
        <source>Remove SafeHelper&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="253"/>
        <source>this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="255"/>
        <source>a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="258"/>
        <source>The locker opens with: {ways}. To change this, go to Save evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="259"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="277"/>
        <source>There is no update address yet. The helpline list that came with SafeHelper is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="281"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupBanner</name>
    <message>
        <location filename="../../ui/setup_banner.py" line="24"/>
        <source>Setting this up for your family?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_banner.py" line="25"/>
        <source>Start setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_banner.py" line="26"/>
        <source>Start setup for my family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_banner.py" line="28"/>
        <source>No thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_banner.py" line="29"/>
        <source>No thanks: don&apos;t show this again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_banner.py" line="30"/>
        <source>Setup is still there under Set up for my family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../ui/setup.py" line="98"/>
        <source>If something happens, SafeHelper shows these people with buttons to call, text or email them. Choose adults the young person trusts and would really talk to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="103"/>
        <source>Who is setting up SafeHelper?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="104"/>
        <source>Choose your country, language and an easy-to-read look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="106"/>
        <source>Choose how the evidence locker is protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="107"/>
        <source>Choose whether SafeHelper starts with the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="109"/>
        <source>Add the adults the young person can turn to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="110"/>
        <source>Connect an alert, if you want one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="111"/>
        <source>Read what SafeHelper does not do, then finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="131"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="132"/>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="134"/>
        <source>Skip setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="135"/>
        <source>Skip setup for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="136"/>
        <source>You can set this up later from Set up for my family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="139"/>
        <location filename="../../ui/setup.py" line="172"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="141"/>
        <location filename="../../ui/setup.py" line="174"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="166"/>
        <source>Add adults you trust and could talk to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="168"/>
        <source>Step {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="172"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="173"/>
        <source>Finish setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="30"/>
        <source>Open SafeHelper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="32"/>
        <source>Hide now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="34"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="36"/>
        <source>Save a screenshot now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedAdultsEditor</name>
    <message>
        <location filename="../../ui/family_forms.py" line="267"/>
        <source>No trusted adults yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="270"/>
        <location filename="../../ui/family_forms.py" line="345"/>
        <source>Add a trusted adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="274"/>
        <source>For example: Aunt, coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="281"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="282"/>
        <source>Phone (for calls and texts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="283"/>
        <source>Who they are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="284"/>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="289"/>
        <location filename="../../ui/family_forms.py" line="290"/>
        <location filename="../../ui/family_forms.py" line="346"/>
        <location filename="../../ui/family_forms.py" line="347"/>
        <source>Add this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="292"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="293"/>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="334"/>
        <source>Change {name}&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="335"/>
        <location filename="../../ui/family_forms.py" line="336"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="365"/>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="377"/>
        <source>Removed {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedAdultsPanel</name>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="81"/>
        <location filename="../../ui/trusted_adults_panel.py" line="83"/>
        <source>Tell my trusted adult now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="85"/>
        <source>Shows you the exact message first. Nothing is sent until you press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="93"/>
        <source>Think of an adult you trust: a parent or carer, an aunt or uncle, a teacher, a coach or a school counsellor. A helpline can help you work out what to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="128"/>
        <source>The alert is not set up on this computer any more. You can call or text them instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../ui/unlock_panel.py" line="42"/>
        <source>Open my locker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="43"/>
        <source>Open my locker with this computer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="44"/>
        <source>Open the locker with the key kept on this computer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="49"/>
        <source>Also protect it with a passphrase (a good idea if other people use this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="51"/>
        <source>Also protect the locker with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="60"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="62"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="66"/>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="68"/>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="76"/>
        <location filename="../../ui/unlock_panel.py" line="123"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="78"/>
        <location filename="../../ui/unlock_panel.py" line="124"/>
        <source>Open the locker with this passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="94"/>
        <source>Your saved screenshots go in a locker that only you can open. It is kept locked on this computer, with a key kept safely by the computer itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="98"/>
        <source>So you need a passphrase to lock your evidence. Choose one you will remember: a short sentence works well. Nobody can open the locker without it, not even us, so don&apos;t lose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="105"/>
        <source>Create my locker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="106"/>
        <source>Create my evidence locker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="107"/>
        <source>Create the locker (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="116"/>
        <source>Your locker is locked. Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="119"/>
        <source>Your locker is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="125"/>
        <source>Open the locker (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="157"/>
        <source>One moment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="164"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message>
        <location filename="../../ui/walkthrough.py" line="88"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="88"/>
        <source>Back to the last screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="89"/>
        <source>Go back one screen (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="94"/>
        <location filename="../../ui/walkthrough.py" line="332"/>
        <source>Done, next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="94"/>
        <location filename="../../ui/walkthrough.py" line="333"/>
        <source>Done, go to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="96"/>
        <source>Go to the next step (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="261"/>
        <source>Yes, I&apos;m safe right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="262"/>
        <source>Let&apos;s go through the steps together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="263"/>
        <source>No, I&apos;m not safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="264"/>
        <source>Show me who to call right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="265"/>
        <source>I&apos;m thinking about hurting myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="266"/>
        <source>Talk to someone right now. You matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="310"/>
        <location filename="../../ui/walkthrough.py" line="311"/>
        <source>Skip this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="312"/>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="332"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="334"/>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="366"/>
        <source>Your app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="369"/>
        <source>Choose the app they used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="405"/>
        <source>Open the report page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="406"/>
        <source>Open the help page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="407"/>
        <source>{text} for {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="415"/>
        <source>We could not check an official help page for this one. Look in the app&apos;s menu for Report and Block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="424"/>
        <source>{label}: opens the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="449"/>
        <source>You can change the words before you copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="454"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="454"/>
        <source>Copy this message: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="467"/>
        <source>Copied. Paste it into a message to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="477"/>
        <source>Show a parent or carer their guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="478"/>
        <source>Open the guide for parents and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="481"/>
        <source>Save these steps as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="482"/>
        <source>Save these steps as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="485"/>
        <source>Go through the steps again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="486"/>
        <source>Forget my answers and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="496"/>
        <source>Save the steps as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="505"/>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoStep</name>
    <message>
        <location filename="../../ui/setup.py" line="44"/>
        <source>SafeHelper helps a young person if someone online threatens to share private images of them. Setting it up now means it is ready if that ever happens. It takes about five minutes, and you can skip any step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="48"/>
        <source>I&apos;m a parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="49"/>
        <source>I&apos;m the young person who will use it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
