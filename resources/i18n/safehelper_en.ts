<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdultCard</name>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="49"/>
        <source>Call {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="49"/>
        <source>Call with this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="50"/>
        <source>Send {name} a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="50"/>
        <source>Text with this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="51"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="51"/>
        <source>Email {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="63"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="64"/>
        <source>Copy {name}&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="65"/>
        <source>Copy the name, number and email, to paste somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="76"/>
        <source>This computer could not open that. Call or text {name} from any phone: {phone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="84"/>
        <source>Copied {name}&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdultRow</name>
    <message>
        <location filename="../../ui/trusted_adults_editor.py" line="50"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_editor.py" line="51"/>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_editor.py" line="53"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_editor.py" line="54"/>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertChannelEditor</name>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="49"/>
        <source>If you connect an alert, the young person gets a button that sends you one short message. It is only sent when they press it and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="57"/>
        <source>The young person&apos;s first name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="61"/>
        <source>For example: Mum and Dad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="64"/>
        <source>Who gets the alert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="66"/>
        <source>The young person sees this before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="73"/>
        <source>No alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="74"/>
        <source>ntfy (a free phone app for alerts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="75"/>
        <source>A web address that accepts messages (webhook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="85"/>
        <source>Install the ntfy app on your phone and subscribe to a long topic name that nobody could guess: anyone who knows the name can read the alerts. Paste the topic address here, for example https://ntfy.sh/your-long-secret-name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="93"/>
        <source>SafeHelper sends the message as {&quot;text&quot;: &quot;...&quot;} to this address. Chat apps call this an incoming webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="103"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="105"/>
        <source>Kept in this computer&apos;s keyring, not in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="110"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="111"/>
        <source>Save the alert settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="113"/>
        <source>Send a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="114"/>
        <source>Send a test alert now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="115"/>
        <source>Sends a test message that says nobody needs help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="150"/>
        <source>Saved. Paste a new address to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="163"/>
        <source>(name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="164"/>
        <source>The alert says exactly: “{message}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="195"/>
        <source>Saved. Nothing has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="204"/>
        <source>Please choose ntfy or a webhook first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="207"/>
        <source>Sending a test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="216"/>
        <source>Test sent. Check that it arrived on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_channel_editor.py" line="221"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertDialog</name>
    <message>
        <location filename="../../ui/alert_dialog.py" line="73"/>
        <source>Your child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="76"/>
        <source>Tell my trusted adult now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="85"/>
        <source>Send this message now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="88"/>
        <source>Choose the words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="92"/>
        <source>I need help. Please talk to me soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="93"/>
        <source>I need help right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="101"/>
        <source>These exact words will be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="104"/>
        <source>the person who set up this alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="106"/>
        <source>To: {who}, through {server}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="111"/>
        <source>Nothing else is sent: not your evidence, and not what you looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="121"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="122"/>
        <source>Cancel: do not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="125"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="127"/>
        <source>Send this message now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="189"/>
        <source>It is too late to stop it: the message has already left this computer. This window will tell you when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="200"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="212"/>
        <source>Already sent: the message arrived before it could be stopped. They should come and talk to you soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="218"/>
        <source>Sent. They should come and talk to you soon. You did the right thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="222"/>
        <location filename="../../ui/alert_dialog.py" line="223"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="233"/>
        <source>If you send it again, they may get it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="234"/>
        <source>You can also call or text them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="238"/>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="240"/>
        <source>Send again: they may get the message twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="243"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_dialog.py" line="244"/>
        <source>Try sending again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppearanceForm</name>
    <message>
        <location filename="../../ui/family_forms.py" line="72"/>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="74"/>
        <source>This chooses the emergency number and helplines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="84"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="86"/>
        <source>A new language shows the next time SafeHelper opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="92"/>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="93"/>
        <source>Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="97"/>
        <source>Same as this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="98"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="99"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="103"/>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutostartForm</name>
    <message>
        <location filename="../../ui/family_forms.py" line="152"/>
        <location filename="../../ui/family_forms.py" line="153"/>
        <source>Start SafeHelper when this computer starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="158"/>
        <source>When you sign in, it starts hidden, as a small icon in the system tray, so it is ready if it is needed. No window opens. You can turn this off here at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="184"/>
        <source>This desktop has no system tray for SafeHelper to wait in, so it cannot start by itself when you sign in. Open SafeHelper from the app menu when it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../ui/capture.py" line="95"/>
        <source>Press Command + Control + Shift + 4, then drag over the chat. The picture is copied, ready to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture.py" line="101"/>
        <source>Press the Windows key + Shift + S, then drag over the chat. The picture is copied, ready to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture.py" line="106"/>
        <source>Press the Print Screen key (PrtSc), choose the part of the screen with the chat, and copy it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../../ui/coming_soon.py" line="20"/>
        <source>This part of SafeHelper is coming soon. If you need help now, a helpline or the police can help you today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coming_soon.py" line="25"/>
        <location filename="../../ui/coming_soon.py" line="26"/>
        <source>Show me who I can call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../ui/country_picker.py" line="43"/>
        <source>I am in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/country_picker.py" line="47"/>
        <source>Country for helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/country_picker.py" line="48"/>
        <source>Change the country to see its helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/country_picker.py" line="51"/>
        <source>Another country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryQuestion</name>
    <message>
        <location filename="../../ui/country_question.py" line="41"/>
        <source>In danger right now? Call the emergency number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/country_question.py" line="56"/>
        <source>Where are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/country_question.py" line="59"/>
        <source>Tap once. We will remember it and show the right numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/country_question.py" line="66"/>
        <source>Somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/country_question.py" line="72"/>
        <source>I am in {place}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverCanvas</name>
    <message>
        <location filename="../../ui/cover_canvas.py" line="88"/>
        <source>Picture preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_canvas.py" line="91"/>
        <source>Drag over anything you want to cover. Or press N to add a box, arrow keys to move it, Shift and arrow keys to change its size, Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverEditor</name>
    <message>
        <location filename="../../ui/cover_editor.py" line="97"/>
        <location filename="../../ui/cover_editor.py" line="291"/>
        <source>Drag a box over anything you do not want to keep, like a private picture or a friend&apos;s name. It will be covered in solid black.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="105"/>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="108"/>
        <source>Cover mode: drag to cover part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="109"/>
        <source>Drag boxes to cover parts (C switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="110"/>
        <source>Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="112"/>
        <source>Crop mode: drag to keep only one part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="114"/>
        <source>Drag to keep only one part of the picture (C switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="116"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="117"/>
        <source>Undo the last box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="118"/>
        <source>Remove the last box (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="121"/>
        <location filename="../../ui/cover_editor.py" line="250"/>
        <source>Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="122"/>
        <location filename="../../ui/cover_editor.py" line="251"/>
        <source>Don&apos;t save this picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="123"/>
        <location filename="../../ui/cover_editor.py" line="252"/>
        <source>Throw this picture away without saving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="124"/>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="125"/>
        <source>Back to the waiting pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="127"/>
        <source>Back to the waiting pictures. This one keeps waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="131"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="134"/>
        <source>Save this picture in the locker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="135"/>
        <source>Save this picture in the locker (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="150"/>
        <source>(not sure or skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="153"/>
        <source>Which app or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="155"/>
        <source>Name of the app or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="156"/>
        <source>Name of the other app or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="162"/>
        <source>Their username or a link to their page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="163"/>
        <source>Their username or profile link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="165"/>
        <source>Anything you want to remember about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="166"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="169"/>
        <source>App or site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="171"/>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="173"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="182"/>
        <source>Saving status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="244"/>
        <source>Don&apos;t keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="245"/>
        <source>Don&apos;t keep this picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="247"/>
        <source>Remove this picture for good, without saving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="295"/>
        <source>Drag over the part you want to keep. Everything outside it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="308"/>
        <source>1 part covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="310"/>
        <source>{count} parts covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="313"/>
        <source>Cropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cover_editor.py" line="330"/>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisPage</name>
    <message>
        <location filename="../../ui/crisis_page.py" line="29"/>
        <source>If you might hurt yourself or you are in danger, call now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="34"/>
        <source>You matter. You don&apos;t have to deal with this alone. People can help you with this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="53"/>
        <location filename="../../ui/crisis_page.py" line="54"/>
        <source>See all helplines and how to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="78"/>
        <source>Emergency: call your country&apos;s emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="76"/>
        <source>Emergency: call {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/error_text.py" line="23"/>
        <source>the disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="24"/>
        <source>permission was refused. Try a folder you own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="27"/>
        <source>that disk is read-only. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="28"/>
        <source>the folder does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="29"/>
        <source>{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="30"/>
        <source>an unexpected error from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="31"/>
        <source>SafeHelper could not create its folder {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="34"/>
        <source>SafeHelper could not save {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="35"/>
        <source>SafeHelper will not delete {folder}: it is not its own folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="38"/>
        <source>Nothing was removed: {word} was not typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="39"/>
        <source>SafeHelper could not delete {folder}: {reason} Close other programs that may be using it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="44"/>
        <source>SafeHelper could not set itself to start with the computer: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="47"/>
        <source>SafeHelper could not stop itself starting with the computer: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="50"/>
        <source>Starting with Windows can only be set on Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="53"/>
        <source>{name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="54"/>
        <source>It is larger than 50 MB, which is far bigger than a screenshot, so it was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="58"/>
        <source>It is far too large (over 100 megapixels) to be a screenshot, so it was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="62"/>
        <source>It is not a picture SafeHelper can read, so it was not added. SafeHelper takes PNG, JPEG, WebP, GIF and BMP pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="67"/>
        <source>The picture is damaged or cut off, so it was not added. If you still have the original, try adding that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="72"/>
        <source>It is a HEIC photo (the iPhone photo format), which SafeHelper cannot read. Save a copy as JPEG and add that: on Windows, open it in Photos and choose Save as; on a Mac, open it in Preview and choose File, Export, JPEG. On an iPhone, Settings, Camera, Formats, Most Compatible makes new photos JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="79"/>
        <source>The file is empty, so it was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="80"/>
        <source>It is not a file, so it was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="81"/>
        <source>It is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="82"/>
        <source>It could not be found. Was it moved or renamed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="85"/>
        <source>It could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="86"/>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="89"/>
        <source>The system keyring did not keep the locker&apos;s key. Please protect the locker with a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="94"/>
        <source>This computer has no system keyring to open the locker with. Use your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="98"/>
        <source>This computer&apos;s keyring does not have the key for this locker (was the locker copied from another computer or account?). Use your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="103"/>
        <source>The key in this computer&apos;s keyring does not fit this locker. Use your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="107"/>
        <source>Please choose a passphrase of at least {count} characters. A short sentence is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="112"/>
        <source>The locker&apos;s passphrase settings are damaged, so the passphrase cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="116"/>
        <source>The saved details of what happened could not be read. They may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="119"/>
        <source>None of the chosen items are in the locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="122"/>
        <source>The locker&apos;s records do not match its items. Use &quot;Check my locker&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="125"/>
        <source>There is no item {item} in the locker. Leave out --item to export everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="128"/>
        <source>The folder {folder} does not exist. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="131"/>
        <source>Picture {number} in the locker does not match its fingerprint. Use &quot;Check my locker&quot; to find out more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="136"/>
        <source>The evidence pack could not be saved in {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="139"/>
        <source>A phone number can only have digits, spaces, brackets, dashes and a + at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="143"/>
        <source>That phone number does not look complete. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="146"/>
        <source>That email address does not look right. It should look like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="149"/>
        <source>Please type their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="150"/>
        <source>Please keep names under {count} letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="151"/>
        <source>Please add a phone number or an email address, so they can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="154"/>
        <source>SafeHelper keeps up to {count} trusted adults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="157"/>
        <source>This computer has no safe place for keys (no system keyring was found). Please protect the locker with a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="162"/>
        <source>The system keyring is locked or not answering. Unlock it (sign in again) or use a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="167"/>
        <source>The system keyring is locked or not answering. Unlock it (sign in again) or use your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="172"/>
        <source>The system keyring is locked or not answering, so the key could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="175"/>
        <source>Please type the young person&apos;s first name for the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="178"/>
        <source>Please use a first name under {count} letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="181"/>
        <source>Please paste the alert address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="187"/>
        <source>Please use an address that starts with https://, so the message is sent privately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="196"/>
        <source>SafeHelper could not reach the alert service. Check that this computer is online, then press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="201"/>
        <source>The alert address points somewhere else, so nothing was sent. Ask the person who set it up to check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="206"/>
        <source>The alert service did not accept the address (error {status}), so nothing was sent. Ask the person who set it up to check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="216"/>
        <source>Please choose ntfy or a webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="217"/>
        <source>This computer has no safe place to keep the alert address (no system keyring), so the alert can&apos;t be set up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="222"/>
        <source>A part of SafeHelper is missing ({name}). Please reinstall SafeHelper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="225"/>
        <source>{name} is damaged (line {line}: {detail}). Please reinstall SafeHelper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="228"/>
        <source>The helpline signing key is damaged. Please reinstall SafeHelper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="231"/>
        <source>The helpline signing key is not an Ed25519 key. Please reinstall SafeHelper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="234"/>
        <source>The helpline list&apos;s signature is not readable, so it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="237"/>
        <source>The helpline list is not signed by SafeHelper, so it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="254"/>
        <source>The update address must start with https://. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="257"/>
        <source>The update server answered with an error ({status}). Nothing was changed; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="262"/>
        <source>The downloaded file is too big to be a helpline list. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="265"/>
        <source>The update took too long, so it was stopped. Nothing was changed; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="269"/>
        <source>Could not reach the update server. Check the internet connection and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="274"/>
        <source>No update address is set. Use: safehelper helplines update --url https://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="277"/>
        <source>You already have the newest helpline list (version {version}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="281"/>
        <source>The pack is not intact: it has an entry with an unsafe name ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="284"/>
        <source>The pack is not intact: {name} appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="287"/>
        <source>The pack is not intact: {name} is a link, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="290"/>
        <source>The pack is not intact: {name} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="182"/>
        <source>That is not a web address SafeHelper can use. It should start with https:// and have no spaces, backslashes or user name in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="191"/>
        <source>The alert service did not answer in time, so SafeHelper can&apos;t tell if the message arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="211"/>
        <source>The alert service has a problem right now (error {status}), so nothing was sent. Press Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="240"/>
        <source>The update address must start with https:// and have no spaces, backslashes or user name in it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="245"/>
        <source>The update server sent SafeHelper to a different address, so nothing was downloaded. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="250"/>
        <source>The update server sent SafeHelper round in circles. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="291"/>
        <source>The pack is not intact: {name} is damaged or was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="294"/>
        <source>The pack is not intact: line {line} of {file} is not in sha256sum format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="297"/>
        <source>The pack is not intact: {name} is listed twice in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="300"/>
        <source>The pack is not intact: {file} is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="303"/>
        <source>The pack is not intact: {file} is not a SafeHelper pack manifest ({format}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="306"/>
        <source>The pack is not intact: {file} has no items list or no chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="309"/>
        <source>The pack is not intact: item {position} in {file} has no file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="312"/>
        <source>The pack is not intact: item {position} in {file} names a file outside {folder}/ or with a wrong name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="317"/>
        <source>The pack is not intact: {name} is listed in {file} but is missing from the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="320"/>
        <source>The pack is not intact: {name} is not numbered {position} as its place in the list says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="324"/>
        <source>The pack is not intact: {name} is {size} bytes, but {file} says {listed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="327"/>
        <source>The pack is not intact: {name} does not match its SHA-256 in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="330"/>
        <source>The pack is not intact: {name} has no readable capture time in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="333"/>
        <source>The pack is not intact: {name}: its name does not carry its capture time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="336"/>
        <source>The pack is not intact: {name}: its name does not match its type ({media_type}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="339"/>
        <source>The pack is not intact: {file} lists no chain records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="342"/>
        <source>The pack is not intact: chain record {position} is missing or out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="345"/>
        <source>The pack is not intact: chain record {position} has no valid hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="348"/>
        <source>The pack is not intact: two chain records have the same hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="351"/>
        <source>The pack is not intact: the chain should have {expected} records, but lists {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="355"/>
        <source>The pack is not intact: the chain head is not the hash of the last record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="358"/>
        <source>The pack is not intact: {name} has no chain record in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="361"/>
        <source>The pack is not intact: {name}: its chain record number is not in the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="364"/>
        <source>The pack is not intact: {name}: its chain hash is not the one listed for record {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="368"/>
        <source>The pack is not intact: {name}: its chain record was changed (not the exact saved form).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="372"/>
        <source>The pack is not intact: {name}: its chain record does not produce its chain hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="376"/>
        <source>The pack is not intact: {name}: its chain record is not the record that saved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="380"/>
        <source>The pack is not intact: {name}: its chain record is for a different item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="383"/>
        <source>The pack is not intact: {name}: its {key} differs from the one saved in the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="387"/>
        <source>The pack is not intact: {name}: its chain record has no readable time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="390"/>
        <source>The pack is not intact: {name}: its capture time differs from the one saved in the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="394"/>
        <source>The pack is not intact: it is not a ZIP file, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="397"/>
        <source>The pack is not intact: {name} is in the pack but not listed in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="400"/>
        <source>The pack is not intact: item {position} in {file} is not a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="403"/>
        <source>The pack is not intact: {name} is out of time order in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="406"/>
        <source>The pack is not intact: {file} says {expected} items but lists {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="409"/>
        <source>The pack is not intact: {name} is packed in a way SafeHelper never writes (compressed or encrypted differently).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="414"/>
        <source>The pack is not intact: {name} is far bigger than a SafeHelper pack makes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="418"/>
        <source>The pack is not intact: {name} is far bigger than its ZIP entry says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="422"/>
        <source>The pack is not intact: {file} holds far more entries than a SafeHelper pack makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="426"/>
        <source>The pack is not intact: it is damaged and could not be read to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="430"/>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="431"/>
        <source>The pack is not intact: {name}: its time stamp entry names the wrong file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="434"/>
        <source>The pack is not intact: {name}: its time stamp {token} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="437"/>
        <source>The pack is not intact: it has time stamps but no {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="440"/>
        <source>The pack is not intact: {file} holds no readable certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="443"/>
        <source>The pack is not intact: {name} is not the time stamp of any picture in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="447"/>
        <source>The pack is not intact: {name}: its time stamp does not check out. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="450"/>
        <source>The time-stamp address must start with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="453"/>
        <source>The time-stamp service could not be reached. Is the computer online?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="456"/>
        <source>The time-stamp service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="459"/>
        <source>The time-stamp service answered with an error (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="462"/>
        <source>The time-stamp service&apos;s answer is not a time stamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="465"/>
        <source>The time-stamp service refused to stamp ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="468"/>
        <source>The answer was not for this request (its nonce does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="471"/>
        <source>The time-stamp service signed a different fingerprint from the one sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="474"/>
        <source>The answer was not signed with a time-stamping certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="477"/>
        <source>The time-stamp service&apos;s certificate does not lead to a trusted root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="480"/>
        <source>The signature on the time stamp does not check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="483"/>
        <source>The saved picture does not match its fingerprint, so it was not sent. Use &quot;Check my locker&quot; to find out more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="488"/>
        <source>Independent time stamps are off. Turn them on in the locker&apos;s settings, or give --tsa URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="493"/>
        <source>{what} does not hold PEM certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="494"/>
        <source>{path} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="495"/>
        <source>SafeHelper&apos;s guidance has nothing called {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="498"/>
        <source>SafeHelper has no question called {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="501"/>
        <source>{file} is not valid: {entry}, field {field} (at {location}): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="504"/>
        <source>{file} is missing. Please reinstall SafeHelper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="507"/>
        <source>{file} is not valid JSON (line {line}: {detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="510"/>
        <source>it is not readable text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="511"/>
        <source>it is nested far too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="512"/>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="513"/>
        <source>(the whole entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="514"/>
        <source>item &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="515"/>
        <source>item number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="516"/>
        <source>service &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="517"/>
        <source>service number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="518"/>
        <source>this id appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="519"/>
        <source>expected &apos;{expected}&apos;, found &apos;{found}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="520"/>
        <source>a platform with id {id} is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="521"/>
        <source>unknown platform {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="522"/>
        <source>it is not a known time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="523"/>
        <source>min is above max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="524"/>
        <source>it opens and closes at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="525"/>
        <source>it names an unknown service &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="526"/>
        <source>The saved helpline update is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="529"/>
        <source>{path} is a folder. Give a file name ending in .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="532"/>
        <source>{country} is not a two-letter country code, like NZ or GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="535"/>
        <source>SafeHelper has no guide for {platform}. Choose one of: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="538"/>
        <source>This locker needs its passphrase. Run the command in a terminal to type it, or set {variable} (for automation only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="543"/>
        <source>A new passphrase is needed. Run the command in a terminal to type it, or set {variable} (for automation only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="548"/>
        <source>The two passphrases were not the same. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="551"/>
        <source>This computer has no safe place for keys (no system keyring was found). The locker needs a passphrase instead: run &apos;safehelper locker init --passphrase&apos; in a terminal, or set {variable} (for automation only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="557"/>
        <source>No files were found to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="558"/>
        <source>This locker has no way to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="559"/>
        <source>There is already an evidence locker here. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="562"/>
        <source>This locker has no passphrase. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="565"/>
        <source>The passphrase was not removed: this computer&apos;s key does not open the locker right now (the keyring may be locked or reset, or the locker came from another computer or account). Without the passphrase you could not open it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="571"/>
        <source>This computer&apos;s key was not removed: that passphrase does not open the locker, so without this computer&apos;s key you could not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="576"/>
        <source>Another SafeHelper window changed the ways to open the locker just now. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="581"/>
        <source>The locker&apos;s index is older than the newest record SafeHelper saved: it may have been replaced by an older copy or rolled back, so the newest items may be missing. Check the locker to find out more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="587"/>
        <source>{count} record(s) in the locker are damaged and were left out. Check the locker to see which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="592"/>
        <source>its record in the index has a {field} that makes no sense (the index was edited or damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="597"/>
        <source>{count} picture(s) have no record: the index may have been replaced or rolled back. They are kept, still encrypted, in the locker&apos;s quarantine folder. Choose Recover them to add them back to the locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="603"/>
        <source>it does not open with this locker&apos;s key (it may belong to another locker, or be damaged), so it was left in quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="608"/>
        <source>The copy of the newest record kept outside the index was changed or belongs to another locker: the index may have been replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="613"/>
        <source>The index is older than the newest record SafeHelper saved: it may have been replaced by an older copy or rolled back, so the newest items may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="618"/>
        <source>The disk is full, so the evidence locker could not be opened or saved. Nothing in it was lost. Free some space (empty the recycle bin, or move big files such as videos to another disk), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="625"/>
        <source>This computer does not seem to be on a home network (Wi-Fi or cable), so a phone cannot reach it. Connect it to the same Wi-Fi as the phone, or send the screenshots to the computer another way and add them as files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="631"/>
        <source>{host} is not a network address like 192.168.1.20, so nothing was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="634"/>
        <source>{address} is not a home-network address. SafeHelper only listens on the home network (addresses such as 192.168.x.x, 10.x.x.x or 172.16-31.x.x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="639"/>
        <source>SafeHelper could not listen on {host}: {reason} Try again, or add the screenshots as files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="644"/>
        <source>That picture is not waiting for review (it may already be saved or removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="647"/>
        <source>A picture waiting for review could not be opened: its file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="650"/>
        <source>A picture waiting for review could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="653"/>
        <source>Name the pictures by their ids, or give --all (not both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="656"/>
        <source>SafeHelper could not prepare the picture for saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="659"/>
        <source>Something went wrong. Nothing you saved is lost. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="662"/>
        <source>The locker is busy in another SafeHelper window. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="665"/>
        <source>The locker is on a read-only disk, so nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="668"/>
        <source>The locker&apos;s index file is damaged or is not a SafeHelper locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="671"/>
        <source>The locker&apos;s index could not be read or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="674"/>
        <source>The locker&apos;s index file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="675"/>
        <source>This locker was saved by a newer SafeHelper. Please update SafeHelper to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="679"/>
        <source>This locker is too old or damaged for this SafeHelper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="682"/>
        <source>The evidence locker could not be opened: its files are damaged or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="685"/>
        <source>The evidence locker is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="686"/>
        <source>There is already an evidence locker here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="687"/>
        <source>There is no evidence locker here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="688"/>
        <source>The locker is locked. Open it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="689"/>
        <source>This locker does not open with this computer&apos;s key. Use your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="692"/>
        <source>This locker has no passphrase. It opens with this computer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="695"/>
        <source>This is the only way left to open the locker, so it cannot be removed. Add another way first (a passphrase, or this computer&apos;s key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="700"/>
        <source>Please choose a passphrase to protect the locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="703"/>
        <source>The locker&apos;s folder could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="706"/>
        <source>The locker could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="707"/>
        <source>That item is not in the locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="708"/>
        <source>The picture for this item was changed or damaged, so it cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="711"/>
        <source>The picture could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="714"/>
        <source>The picture for this item is missing from the locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="717"/>
        <source>The picture could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="720"/>
        <source>That is too much text to save in one go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="721"/>
        <source>The saved details were changed or damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="724"/>
        <source>The check found a problem. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="725"/>
        <source>Item {item}, saved {time}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="726"/>
        <source>at an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="727"/>
        <source>a record before this one is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="728"/>
        <source>its record in the index was changed after it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="731"/>
        <source>the index belongs to a different locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="732"/>
        <source>its note or names were changed or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="735"/>
        <source>its record does not name a picture the locker could hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="738"/>
        <source>its picture file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="739"/>
        <source>its picture file could not be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="742"/>
        <source>its picture file was changed or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="745"/>
        <source>its picture does not match the fingerprint (SHA-256) saved with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="748"/>
        <source>The locker&apos;s index has no records at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="749"/>
        <source>The newest records of the locker are missing or were rebuilt (the last one found is for item {item}, {time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="754"/>
        <source>This computer has no safe place for keys (no system keyring was found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="757"/>
        <source>The system keyring is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceGuide</name>
    <message>
        <location filename="../../ui/locker_panels.py" line="62"/>
        <source>What should I save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="72"/>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="73"/>
        <source>Got it: hide this advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="74"/>
        <source>Hide this advice. &quot;What should I save?&quot; brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="75"/>
        <source>Save a pack for the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="90"/>
        <source>Save your evidence as one file for the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="95"/>
        <source>The pack will have your saved picture, what you wrote about what happened, and a report the police can print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="100"/>
        <source>The pack will have your {count} saved pictures, what you wrote about what happened, and a report the police can print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="111"/>
        <source>This file is not locked with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="116"/>
        <source>Anyone who gets the file can see your screenshots and what you wrote. Keep it somewhere safe. Give it only to the police, or to someone who is helping you. Do not save it in a folder that uploads to the internet, like OneDrive, iCloud, Dropbox or Google Drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="135"/>
        <source>How much of the pack is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="142"/>
        <source>Show the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="143"/>
        <source>Show the saved pack in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="144"/>
        <source>Open the folder the pack was saved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="148"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="149"/>
        <source>Stop saving the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="150"/>
        <source>Stop. Nothing is left half-saved. (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="154"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="155"/>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="156"/>
        <source>Close without saving a pack (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="159"/>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="161"/>
        <source>Choose where to save the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="162"/>
        <source>Pick a folder and a name, then the pack is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="169"/>
        <source>There is nothing in the locker to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="203"/>
        <source>Save the pack for the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="212"/>
        <source>This folder uploads to {service}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="214"/>
        <source>This folder is synced with {service}. The pack would be copied to the internet, where it is not locked with a password. It is safer to choose a folder that is only on this computer, or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="278"/>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="218"/>
        <source>Save it there anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="220"/>
        <source>Nothing was saved. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <source>Choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="261"/>
        <source>Saving the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="273"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="290"/>
        <source>Stopped. No pack was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="295"/>
        <source>Saved: {path}. The pack is not encrypted: keep it safe, and give it only to the police or someone helping you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="300"/>
        <source>Save another copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="305"/>
        <source>No pack was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../../ui/family_page.py" line="23"/>
        <source>Get SafeHelper ready for your family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_page.py" line="27"/>
        <source>Set it up now, before anything happens, so that on a bad day it is already here and points to people your child trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_page.py" line="36"/>
        <source>All settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_page.py" line="37"/>
        <source>Open all settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_page.py" line="50"/>
        <source>If your child tells you something has happened: stay calm, thank them for telling you, and follow the steps together. The person who did this is to blame, not your child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_page.py" line="57"/>
        <location filename="../../ui/family_page.py" line="58"/>
        <source>Read the parents&apos; guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_page.py" line="63"/>
        <source>Trusted adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_page.py" line="66"/>
        <source>Your child sees these people with buttons to call, text or email them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_page.py" line="83"/>
        <source>Run setup again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_page.py" line="83"/>
        <source>Start setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridPanel</name>
    <message>
        <location filename="../../ui/locker_grid.py" line="54"/>
        <source>Nothing is saved yet. When you save a screenshot, it shows up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="81"/>
        <source>Look at them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="82"/>
        <source>Look at the pictures waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="83"/>
        <source>Cover and save, or don&apos;t keep, each picture that came in (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="94"/>
        <source>1 picture is waiting for you to look at it. It is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="97"/>
        <source>{count} pictures are waiting for you to look at them. They are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="109"/>
        <source>Save a screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="110"/>
        <source>Save a screenshot of the whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="112"/>
        <source>SafeHelper hides, takes a picture of the screen, and comes back (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="117"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="118"/>
        <source>In 3 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="119"/>
        <source>In 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="120"/>
        <source>When to take the screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="121"/>
        <source>Wait a little, so you can bring the chat to the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="123"/>
        <source>Paste a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="124"/>
        <source>Paste a picture you copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="126"/>
        <source>Save a screenshot you copied with your computer&apos;s screenshot tool ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="130"/>
        <source>Choose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="131"/>
        <source>Choose picture files to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="133"/>
        <source>Add screenshots saved as files, for example from your phone ({keys}). You can also drag files or a folder here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="138"/>
        <source>Add from my phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="139"/>
        <source>Add screenshots from my phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="141"/>
        <source>Send screenshots from your phone over your home Wi-Fi: scan a code with the phone&apos;s camera (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="178"/>
        <source>Saved pictures, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="179"/>
        <source>Press Enter to open the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="188"/>
        <source>What should I save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="189"/>
        <source>What should I save? Show the advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="190"/>
        <source>What to save, and what never to save (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="194"/>
        <source>Check everything is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="195"/>
        <source>Check everything in the locker is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="196"/>
        <source>Check that no saved picture was changed or damaged (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="199"/>
        <source>Incident details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="200"/>
        <source>Write down the incident details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="201"/>
        <source>Write down what happened, who, and when (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="204"/>
        <source>Export for police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="205"/>
        <source>Export the evidence for the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="206"/>
        <source>Make a pack of your evidence to give to the police (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="208"/>
        <source>Show deleted pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="209"/>
        <source>Show deleted pictures too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_grid.py" line="211"/>
        <source>Show pictures you deleted, so you can bring them back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelplinesPage</name>
    <message>
        <location filename="../../ui/helplines_page.py" line="110"/>
        <source>Pick who to contact. You can call, text or go online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="117"/>
        <source>You are not in trouble. These people help young people every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="124"/>
        <source>I&apos;m in danger now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="125"/>
        <source>I want to talk to someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="126"/>
        <source>Report what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="127"/>
        <source>Get images taken down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="128"/>
        <source>For parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="136"/>
        <source>Go to: {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="177"/>
        <source>Call your country&apos;s emergency number now if you or someone else is in danger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="190"/>
        <source>SafeHelper has not checked the helplines in your country yet. This list of child helplines around the world can help you find yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="203"/>
        <source>If you are in danger now, call your local emergency number. You can also go to a police station with a trusted adult and show them what you saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="216"/>
        <source>These services can help stop a picture spreading. They can&apos;t promise to remove it everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="229"/>
        <source>Parents and carers can contact the services above for advice too. Stay calm and thank your child for telling you. Don&apos;t send the images to anyone, not even the police: let the police collect them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home.py" line="69"/>
        <source>Choose what you need right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="72"/>
        <source>You are not in trouble. This is not your fault. You can hide this app at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="83"/>
        <source>Someone is threatening me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="84"/>
        <source>We&apos;ll go through what to do, one step at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="88"/>
        <source>Save evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="89"/>
        <source>Keep proof of the threats, safe and private on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="91"/>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="91"/>
        <source>Talk to a helpline or the police, today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="94"/>
        <source>Set up for my family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="95"/>
        <source>For parents and carers: get SafeHelper ready before it&apos;s needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="109"/>
        <source>Everything stays on this computer. Nothing is sent anywhere unless you press a button that says so.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../ui/incident_form.py" line="54"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="62"/>
        <source>Write down what happened, as much as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="79"/>
        <source>Every question is optional. Skip anything you don&apos;t know or don&apos;t want to write. It stays locked in your evidence locker on this computer. It is only shared if you export a pack for the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="88"/>
        <source>Some answers are filled in from the steps you went through. Change anything that is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="119"/>
        <source>I&apos;d rather not say, or skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="120"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="121"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="122"/>
        <source>I&apos;m not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="143"/>
        <source>Where and who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="146"/>
        <source>Apps or websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="146"/>
        <source>For example: Instagram, then Snapchat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="148"/>
        <source>Which apps or websites? (one on each line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="150"/>
        <source>Their usernames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="150"/>
        <source>Copy it exactly, letter by letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="152"/>
        <source>Their usernames (one on each line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="153"/>
        <source>Links to their profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="154"/>
        <source>Links to their profile pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="155"/>
        <source>Other accounts, phone numbers or emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="157"/>
        <source>Any other accounts, phone numbers or emails they used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="160"/>
        <source>When contact started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="160"/>
        <source>For example: 20 November, about 9 pm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="162"/>
        <source>When did they first contact you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="164"/>
        <source>What they asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="166"/>
        <location filename="../../ui/incident_form.py" line="167"/>
        <source>Did they ask for money?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="169"/>
        <source>How much money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="169"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="170"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="170"/>
        <source>Currency, like NZD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="173"/>
        <location filename="../../ui/incident_form.py" line="225"/>
        <source>How much?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="179"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="180"/>
        <source>Gift cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="181"/>
        <source>Cryptocurrency (like Bitcoin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="182"/>
        <source>A payment app (like PayPal or Cash App)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="183"/>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="190"/>
        <source>How did they want it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="192"/>
        <location filename="../../ui/incident_form.py" line="194"/>
        <source>Bank account details they gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="192"/>
        <source>Account name and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="196"/>
        <location filename="../../ui/incident_form.py" line="198"/>
        <source>Gift cards they asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="196"/>
        <source>Which cards, and how much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="200"/>
        <source>Crypto wallet addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="200"/>
        <source>Copy and paste the whole address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="202"/>
        <source>Crypto wallet addresses (one on each line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="204"/>
        <location filename="../../ui/incident_form.py" line="207"/>
        <source>Payment app names or handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="205"/>
        <source>For example: PayPal, name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="209"/>
        <location filename="../../ui/incident_form.py" line="211"/>
        <source>Did they ask for more pictures or videos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="212"/>
        <source>Anything else they asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="213"/>
        <source>Anything else they asked for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="215"/>
        <source>What has happened since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="219"/>
        <source>It is OK if you paid or sent something. You are not in trouble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="222"/>
        <location filename="../../ui/incident_form.py" line="223"/>
        <source>Did you pay anything?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="224"/>
        <source>How much you paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="224"/>
        <source>Amount and currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="227"/>
        <source>How you paid and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="227"/>
        <source>For example: 2 gift cards on 21 November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="229"/>
        <source>How, and when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="230"/>
        <source>Have they shared anything?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="231"/>
        <source>Have they shared anything, or said they did?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="233"/>
        <source>Where it was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="233"/>
        <source>Where, and who with (links if you have them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="235"/>
        <source>Where?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="237"/>
        <source>In your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="239"/>
        <source>What happened, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="240"/>
        <source>Write what happened, in any order. Short is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="272"/>
        <source>Copy a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="273"/>
        <source>Copy a short summary for a police form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="275"/>
        <source>Copy the answers as short text, to paste into a police or helpline form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="279"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="281"/>
        <source>Save what you wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="282"/>
        <source>Save, locked in your evidence locker (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="285"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="286"/>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="287"/>
        <source>Close this form. What you wrote is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="399"/>
        <location filename="../../ui/incident_form.py" line="406"/>
        <source>Saved. It is locked in your evidence locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="415"/>
        <source>Copied. Paste it into the form with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_form.py" line="469"/>
        <source>Press Close again to close without saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <location filename="../../ui/item_detail.py" line="134"/>
        <source>Back to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="135"/>
        <source>Back to all saved pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="136"/>
        <source>Back to all saved pictures (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="142"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="143"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="144"/>
        <source>App or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="145"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="146"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="147"/>
        <source>Date in the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="148"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="149"/>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="150"/>
        <source>Independent time stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="163"/>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="164"/>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="168"/>
        <source>The fingerprint proves this picture has not changed since it was saved. It does not prove that what it shows is real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="176"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="178"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="182"/>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="183"/>
        <source>Save the changed note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="185"/>
        <source>Save the changed note. The old note is kept in the locker&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="191"/>
        <location filename="../../ui/item_detail.py" line="358"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="192"/>
        <source>Delete this picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="194"/>
        <source>Move this picture to the deleted list. You can bring it back (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="196"/>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="197"/>
        <source>Bring this picture back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="198"/>
        <source>Take this picture out of the deleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="199"/>
        <location filename="../../ui/item_detail.py" line="392"/>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="200"/>
        <source>Delete this picture for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="202"/>
        <source>Erase this picture for good. This cannot be undone (Shift+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="240"/>
        <source>{time} ({zone}, UTC{offset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="253"/>
        <source>Yes, part was covered before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="253"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="278"/>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="280"/>
        <source>Received at {time} from {tsa}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="286"/>
        <source>Failed: {why} SafeHelper stopped trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="287"/>
        <source>Failed: {why} SafeHelper will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="288"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="353"/>
        <source>Delete this picture?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="355"/>
        <source>It moves to the deleted list. You can bring it back later. The locker keeps a record that it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="387"/>
        <source>Delete this picture for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="389"/>
        <source>This cannot be undone. The picture will be erased from the locker and cannot be given to the police later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <location filename="../../ui/item_detail.py" line="42"/>
        <source>Screenshot taken by SafeHelper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="44"/>
        <source>Pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="46"/>
        <source>Sent from a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_detail.py" line="47"/>
        <source>Added from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_flow.py" line="55"/>
        <source>Choose screenshots to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/thumbnail_model.py" line="57"/>
        <source>Screenshot saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/thumbnail_model.py" line="59"/>
        <source>Pasted picture saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/thumbnail_model.py" line="62"/>
        <source>Picture from a phone saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/thumbnail_model.py" line="65"/>
        <source>Picture added {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/thumbnail_model.py" line="69"/>
        <source>part covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/thumbnail_model.py" line="71"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/thumbnail_model.py" line="275"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/thumbnail_model.py" line="277"/>
        <source>covered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockerPage</name>
    <message>
        <location filename="../../ui/locker_view.py" line="67"/>
        <source>Save proof of the threats, safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="240"/>
        <location filename="../../ui/locker_view.py" line="464"/>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="248"/>
        <source>One saved picture and its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="284"/>
        <source>Use your computer&apos;s screenshot tool, then paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="286"/>
        <source>SafeHelper could not take a picture of the screen on this computer: it came out blank. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="292"/>
        <source>Then come back here and press Paste a picture ({keys}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="358"/>
        <source>Saved in your locker at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="439"/>
        <source>Adding the pictures back to your locker...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="329"/>
        <source>Cover anything private, then press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="228"/>
        <source>Save proof of the threats: take a screenshot, paste one, add files, or add them from your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="385"/>
        <source>There is no picture to paste yet. Take a screenshot with your computer&apos;s tool first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="240"/>
        <source>1 picture was saved in your locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="254"/>
        <source>You stopped before the end. The pictures added before that are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="264"/>
        <source>1 file was not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="273"/>
        <source>Here is what was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="421"/>
        <source>Checking every saved picture...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_view.py" line="422"/>
        <source>Checking your locker. This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="229"/>
        <source>1 picture is waiting for you to look at it. Nothing is saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="233"/>
        <source>{count} pictures are waiting for you to look at them. Nothing is saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="242"/>
        <source>{count} pictures were saved in your locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="249"/>
        <source>You stopped before the end. The pictures that came in before that are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="266"/>
        <source>{count} files were not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="271"/>
        <source>Here is what came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="282"/>
        <source>Everything is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="284"/>
        <source>Everything is intact. Every saved picture ({count} in all) is exactly as it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="290"/>
        <source>Something in the locker does not match what was saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="296"/>
        <source>This can happen if the locker&apos;s files were changed or damaged on the disk. Don&apos;t delete anything. Tell the person helping you, or the police, when you give them your evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="303"/>
        <source>Something does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="315"/>
        <source>1 picture is back in your locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="317"/>
        <source>{count} pictures are back in your locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="323"/>
        <source>1 picture could not be opened. It stays in the locker&apos;s quarantine folder: nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="329"/>
        <source>{count} pictures could not be opened. They stay in the locker&apos;s quarantine folder: nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="336"/>
        <source>Your pictures are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="338"/>
        <source>Some pictures could not be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockerProtectionForm</name>
    <message>
        <location filename="../../ui/locker_protection.py" line="56"/>
        <source>The evidence locker keeps screenshots of threats locked (encrypted) on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_protection.py" line="64"/>
        <source>If everyone in the family uses one shared login on this computer, choose a passphrase that the young person keeps to themselves. If each person has their own login, this computer&apos;s keyring is enough: only someone signed in as this user can open the locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_protection.py" line="73"/>
        <source>The locker is already set up on this computer. It can be changed on the Save evidence page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_protection.py" line="98"/>
        <source>Decide later, when the first evidence is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_protection.py" line="115"/>
        <source>Let the young person type it themselves. Don&apos;t ask for it and don&apos;t write it down for them: it is theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_protection.py" line="87"/>
        <source>Only on this computer account: anyone who can sign in to this account can open it (fine if each person has their own login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_protection.py" line="94"/>
        <source>Only with the young person&apos;s passphrase: asked every time it opens (the right choice if the family shares one login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_protection.py" line="124"/>
        <source>If the passphrase is forgotten, nobody can open the evidence: not the young person, not you, not us. There is no way to reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_protection.py" line="137"/>
        <source>Passphrase (at least {count} characters, a short sentence is best):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_protection.py" line="142"/>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_protection.py" line="188"/>
        <source>This computer has no safe place to keep the locker&apos;s key, so the locker needs a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_protection.py" line="225"/>
        <source>Making the locker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_protection.py" line="239"/>
        <source>The locker is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Back to the last screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Go back one screen (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Go to the home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Go back to the start (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Open settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Change text size, colours and setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>I&apos;m not OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>I&apos;m not OK: show crisis lines now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Talk to someone right now (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryPrompts</name>
    <message>
        <location filename="../../ui/memory_prompts.py" line="40"/>
        <location filename="../../ui/memory_prompts.py" line="70"/>
        <source>Help me remember: show questions police ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memory_prompts.py" line="42"/>
        <source>Help me remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memory_prompts.py" line="43"/>
        <source>Show or hide the list of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memory_prompts.py" line="54"/>
        <source>Go to the question this is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memory_prompts.py" line="68"/>
        <source>Hide the questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <location filename="../../ui/message_templates.py" line="34"/>
        <source>You can change the words before you copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/message_templates.py" line="40"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/message_templates.py" line="41"/>
        <source>Copy this message: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/message_templates.py" line="54"/>
        <source>Copied. Paste it into a message to send it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoSurveillancePanel</name>
    <message>
        <location filename="../../ui/family_forms.py" line="214"/>
        <source>What SafeHelper does not do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="219"/>
        <source>It does not monitor your child. It does not read their messages or track what they do online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="223"/>
        <source>It takes no hidden screenshots and records nothing in secret. It only saves what your child chooses to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="227"/>
        <source>It sends you no reports. It never shows you what your child saved, read or did in SafeHelper, unless they choose to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="230"/>
        <source>The locker passphrase belongs to your child. Please don&apos;t ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="232"/>
        <source>The alert only sends one short message, and only when your child presses the button and confirms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="236"/>
        <source>Young people ask for help sooner when they know they will not be watched or punished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="242"/>
        <source>It does not watch you and does not tell anyone what you save, read or do in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="244"/>
        <source>It takes no hidden screenshots. It only saves what you choose to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="245"/>
        <source>Your passphrase is yours. You don&apos;t have to tell anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/family_forms.py" line="246"/>
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
        <location filename="../../ui/parents_guide.py" line="40"/>
        <source>Save this guide as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/parents_guide.py" line="40"/>
        <source>Save the parents&apos; guide as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/parents_guide.py" line="50"/>
        <source>This advice comes from NCMEC, the FBI, Netsafe, the ACCCE, CEOP and Take It Down. Checked {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/parents_guide.py" line="64"/>
        <source>Save the guide as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneWindow</name>
    <message>
        <location filename="../../ui/phone_window.py" line="64"/>
        <source>Add from my phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/phone_window.py" line="80"/>
        <source>Scan this code with the phone&apos;s camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/phone_window.py" line="85"/>
        <source>Phone and computer on the same Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/phone_window.py" line="89"/>
        <source>QR code for the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/phone_window.py" line="96"/>
        <source>The first time, Windows or macOS may ask whether SafeHelper may use the network. Choose Allow (on Windows, for private networks only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/phone_window.py" line="102"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/phone_window.py" line="103"/>
        <source>Done: stop receiving from the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/phone_window.py" line="123"/>
        <source>Open the locker first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/phone_window.py" line="137"/>
        <source>Or type this address in the phone&apos;s browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/phone_window.py" line="139"/>
        <location filename="../../ui/phone_window.py" line="191"/>
        <source>Waiting for the phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/phone_window.py" line="184"/>
        <source>1 picture is waiting for you to look at in the locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/phone_window.py" line="186"/>
        <source>{count} pictures are waiting for you to look at in the locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/phone_window.py" line="189"/>
        <source>The phone is connected. Choose the screenshots on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/phone_window.py" line="196"/>
        <source>This address no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/phone_window.py" line="203"/>
        <source>The phone cannot reach this computer right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/phone_window.py" line="209"/>
        <source>Another way: on an iPhone, AirDrop the screenshots to a Mac, or connect the phone with its cable and copy them from the Photos or Files app. On Android, connect the phone with a USB cable, choose File transfer on the phone, and copy them from the DCIM/Screenshots folder. Then add them as files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureView</name>
    <message>
        <location filename="../../ui/item_detail.py" line="90"/>
        <source>Opening the picture...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformGuide</name>
    <message>
        <location filename="../../ui/platform_guide.py" line="38"/>
        <source>Your app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/platform_guide.py" line="41"/>
        <source>Choose the app they used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/platform_guide.py" line="70"/>
        <source>Open the report page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/platform_guide.py" line="72"/>
        <source>Open the help page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/platform_guide.py" line="75"/>
        <source>{text} for {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/platform_guide.py" line="85"/>
        <source>We could not check an official help page for this one. Look in the app&apos;s menu for Report and Block.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicePanel</name>
    <message>
        <location filename="../../ui/helplines_page.py" line="70"/>
        <source>Report to police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="78"/>
        <source>Report forms ask what happened. Copy this list, paste it into the form, and fill in what you know. Leave out what you don&apos;t know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="84"/>
        <location filename="../../ui/helplines_page.py" line="86"/>
        <source>Copy a summary of what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/helplines_page.py" line="97"/>
        <source>Copied. Paste it into the report form, then fill in the blanks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/locker_panels.py" line="130"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="132"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="133"/>
        <source>Cancel adding pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="134"/>
        <source>Stop adding pictures. Those already added stay saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="153"/>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="157"/>
        <source>Stopping after this picture...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickExit</name>
    <message>
        <location filename="../../ui/quick_exit.py" line="38"/>
        <source>Hide now
(Esc twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_exit.py" line="43"/>
        <source>Hide SafeHelper at once and lock your evidence. Shortcut: press Esc twice quickly. Esc once only closes a window like this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quick_exit.py" line="54"/>
        <source>Hide now: hide SafeHelper at once (or press Esc twice)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveDataDialog</name>
    <message>
        <location filename="../../ui/settings_page.py" line="60"/>
        <source>Remove SafeHelper&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="76"/>
        <source>This deletes everything SafeHelper keeps on this computer. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="85"/>
        <source>That means the evidence locker and every screenshot in it, the trusted adults, the alert, and all settings. The police or a school may still need the evidence, so save an export first if there is any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="91"/>
        <source>Save an export first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="92"/>
        <source>Save an export of the evidence first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="98"/>
        <source>To remove everything, type {word} below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="106"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="107"/>
        <source>Cancel: keep everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="109"/>
        <source>Remove everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="111"/>
        <source>Remove all of SafeHelper&apos;s data now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="129"/>
        <source>SafeHelper&apos;s data was removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="135"/>
        <source>The evidence locker and its screenshots, the trusted adults, the alert address, start at sign-in and all settings are gone. SafeHelper itself is still installed; uninstall it like any other app if you want it gone too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="143"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="145"/>
        <source>Close and go to the start page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../ui/review_panel.py" line="50"/>
        <source>From your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="52"/>
        <source>Pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="53"/>
        <source>From a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="59"/>
        <source>{where}, arrived {time}, waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/review_panel.py" line="137"/>
        <source>Only save pictures of the chat. Never save the private pictures themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="143"/>
        <source>Open each picture to cover anything private, then save it. Nothing here is in your locker yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="168"/>
        <source>Pictures waiting for you to look at them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="169"/>
        <source>Press Enter to cover and save the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="172"/>
        <source>Nothing is waiting. Every picture has been looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="177"/>
        <source>Cover and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="178"/>
        <source>Open the chosen picture to cover parts and save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="179"/>
        <source>Open the chosen picture to cover anything private, then save it (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="183"/>
        <source>Don&apos;t keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="184"/>
        <source>Don&apos;t keep the chosen picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="185"/>
        <source>Remove the chosen picture for good, without saving it (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="188"/>
        <source>Save the rest as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="189"/>
        <source>Save every waiting picture as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="190"/>
        <source>Save every picture still waiting, without covering anything (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="193"/>
        <source>Back to saved pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="194"/>
        <source>Back to my saved pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="195"/>
        <source>Back to your saved pictures. These keep waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <location filename="../../ui/service_card.py" line="33"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="34"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="35"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="36"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="37"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="38"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="39"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="46"/>
        <source>closed on public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="48"/>
        <source>public holidays {opens}–{closes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="74"/>
        <source>{hours} ({place} time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="82"/>
        <source>Text &quot;{keyword}&quot; to {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="86"/>
        <source>Text {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="103"/>
        <source>For ages {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="107"/>
        <source>For ages {high} and under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="111"/>
        <source>For ages {low} and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="218"/>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="219"/>
        <source>Copy the number for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="192"/>
        <source>Write an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="193"/>
        <source>Write an email to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="228"/>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="229"/>
        <source>Copy the email address for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="200"/>
        <source>Open chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="146"/>
        <source>Call from any phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="148"/>
        <source>From any phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="161"/>
        <source>{service}: {how} {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="201"/>
        <source>Open report form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="202"/>
        <source>Open website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="208"/>
        <source>{action}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="252"/>
        <source>Call with this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="253"/>
        <source>Call {name} on {number} with this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="262"/>
        <source>Text with this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="263"/>
        <source>Send a text to {name} with this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="280"/>
        <source>This computer could not start a call. Call {number} from any phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="285"/>
        <source>This computer could not open a text message. Send it from any phone: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="290"/>
        <source>This computer could not open {where}. Open it on a phone or another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="303"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="314"/>
        <source>Open 24/7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="316"/>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/service_card.py" line="318"/>
        <source>Closed now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="47"/>
        <source>Updated the helpline list to version {version} ({services} services).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="186"/>
        <source>Change how SafeHelper works on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="193"/>
        <location filename="../../ui/settings_page.py" line="194"/>
        <source>Run setup again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="200"/>
        <source>Country, language and look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="204"/>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="208"/>
        <location filename="../../ui/settings_page.py" line="294"/>
        <source>After {minutes} minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="210"/>
        <source>After 1 minute without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="214"/>
        <source>Lock the evidence locker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="218"/>
        <source>Independent time stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="222"/>
        <source>Start with the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="226"/>
        <source>Trusted adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="230"/>
        <source>Alert to a trusted adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="234"/>
        <source>Helpline list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="238"/>
        <source>SafeHelper never checks on its own. A new list is only used if its signature shows it came from SafeHelper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="247"/>
        <source>Update address (if you were given one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="249"/>
        <source>Check for helpline updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="250"/>
        <source>Check for helpline updates now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="263"/>
        <location filename="../../ui/settings_page.py" line="276"/>
        <source>Remove SafeHelper&apos;s data from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="268"/>
        <source>Deletes the evidence locker, the trusted adults, the alert and all settings. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="274"/>
        <source>Remove SafeHelper&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="311"/>
        <source>The locker opens only with your passphrase, asked every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="314"/>
        <source>The locker opens only on this computer account: anyone who can sign in to this account can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="345"/>
        <source>There is no update address yet. The helpline list that came with SafeHelper is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="351"/>
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
        <location filename="../../ui/setup.py" line="108"/>
        <source>Independent time stamps (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="116"/>
        <source>If something happens, SafeHelper shows these people with buttons to call, text or email them. Choose adults the young person trusts and would really talk to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="124"/>
        <source>Who is setting up SafeHelper?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="127"/>
        <source>Choose your country, language and an easy-to-read look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="130"/>
        <source>Choose how the evidence locker is protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="133"/>
        <source>Choose whether SafeHelper starts with the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="136"/>
        <source>Add the adults the young person can turn to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="137"/>
        <source>Connect an alert, if you want one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="140"/>
        <source>Read what SafeHelper does not do, then finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="161"/>
        <source>Skip setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="162"/>
        <source>Skip setup for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="163"/>
        <source>You can set this up later from Set up for my family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="165"/>
        <location filename="../../ui/setup.py" line="197"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="167"/>
        <location filename="../../ui/setup.py" line="199"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="191"/>
        <source>Add adults you trust and could talk to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="194"/>
        <source>Step {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="197"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="199"/>
        <source>Finish setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../ui/locker_panels.py" line="172"/>
        <source>Files that were not added, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="175"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="176"/>
        <source>OK, back to my saved pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="177"/>
        <source>Back to your saved pictures (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="181"/>
        <source>Paste a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="182"/>
        <source>Paste a picture you copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="183"/>
        <source>Paste the screenshot you copied ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="188"/>
        <source>Recover them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="189"/>
        <source>Recover the pictures that have no record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/locker_panels.py" line="190"/>
        <source>Add the pictures kept in quarantine back to your locker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakedownServices</name>
    <message>
        <location filename="../../ui/takedown_panels.py" line="41"/>
        <source>{label}: opens the website</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimestampForm</name>
    <message>
        <location filename="../../ui/timestamp_form.py" line="32"/>
        <source>Get an independent time stamp for each saved picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timestamp_form.py" line="34"/>
        <source>Get an independent time stamp for each saved picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timestamp_form.py" line="39"/>
        <source>Only a fingerprint of the picture is sent, never the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timestamp_form.py" line="45"/>
        <source>A time-stamp authority signs the fingerprint and the time, so police can check that the picture existed then. SafeHelper asks only while the locker is open. The authority learns the fingerprint, the time and this computer&apos;s internet address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timestamp_form.py" line="56"/>
        <source>Another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timestamp_form.py" line="57"/>
        <source>Time-stamp authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timestamp_form.py" line="61"/>
        <source>Its address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timestamp_form.py" line="64"/>
        <source>An http:// address is fine when the authority offers only that: the time stamp itself is signed and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timestamp_form.py" line="114"/>
        <source>Saved.</source>
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
        <location filename="../../ui/trusted_adults_editor.py" line="78"/>
        <source>No trusted adults yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_editor.py" line="81"/>
        <location filename="../../ui/trusted_adults_editor.py" line="158"/>
        <source>Add a trusted adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_editor.py" line="85"/>
        <source>For example: Aunt, coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_editor.py" line="92"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_editor.py" line="93"/>
        <source>Phone (for calls and texts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_editor.py" line="94"/>
        <source>Who they are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_editor.py" line="95"/>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_editor.py" line="100"/>
        <location filename="../../ui/trusted_adults_editor.py" line="101"/>
        <location filename="../../ui/trusted_adults_editor.py" line="159"/>
        <location filename="../../ui/trusted_adults_editor.py" line="160"/>
        <source>Add this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_editor.py" line="103"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_editor.py" line="104"/>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_editor.py" line="147"/>
        <source>Change {name}&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_editor.py" line="148"/>
        <location filename="../../ui/trusted_adults_editor.py" line="149"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_editor.py" line="182"/>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_editor.py" line="194"/>
        <source>Removed {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedAdultsPanel</name>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="101"/>
        <location filename="../../ui/trusted_adults_panel.py" line="103"/>
        <source>Tell my trusted adult now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="105"/>
        <source>Shows you the exact message first. Nothing is sent until you press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="114"/>
        <source>Think of an adult you trust: a parent or carer, an aunt or uncle, a teacher, a coach or a school counsellor. A helpline can help you work out what to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_adults_panel.py" line="153"/>
        <source>The alert is not set up on this computer any more. You can call or text them instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockFlow</name>
    <message>
        <location filename="../../ui/unlock_panel.py" line="292"/>
        <source>Make a private locker for your evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="305"/>
        <location filename="../../ui/unlock_panel.py" line="316"/>
        <source>Open your locker to save or see evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="330"/>
        <source>Your locker could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../ui/unlock_panel.py" line="60"/>
        <source>Open my locker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="61"/>
        <source>Open my locker with this computer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="63"/>
        <source>Open the locker with the key kept on this computer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="118"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="120"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="124"/>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="126"/>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="134"/>
        <location filename="../../ui/unlock_panel.py" line="193"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="136"/>
        <location filename="../../ui/unlock_panel.py" line="194"/>
        <source>Open the locker with this passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="73"/>
        <source>Only on this computer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="76"/>
        <source>Opens without typing anything. Anyone who can sign in to this computer account can open it too. Choose this only if nobody else uses your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="81"/>
        <source>Only with my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="84"/>
        <source>SafeHelper asks for it every time the locker opens, also after Hide now. This is the right choice if other people use this computer account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="104"/>
        <source>Choose a passphrase you will remember: at least {count} characters. A short sentence works well. If you forget it, nobody can open your evidence: not you, not your parents, not us. There is no way to reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="153"/>
        <source>Your saved screenshots are kept locked (encrypted) on this computer. Choose who can open them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="159"/>
        <source>So you need a passphrase to lock your evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="169"/>
        <source>at least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="172"/>
        <source>Create my locker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="173"/>
        <source>Create my evidence locker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="174"/>
        <source>Create the locker (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="183"/>
        <source>Your locker is locked. Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="185"/>
        <source>Your locker is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="195"/>
        <source>Open the locker (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="232"/>
        <source>One moment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock_panel.py" line="237"/>
        <source>First choose who can open your locker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message>
        <location filename="../../ui/walkthrough.py" line="77"/>
        <location filename="../../ui/walkthrough.py" line="374"/>
        <source>Done, next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="79"/>
        <source>Go to the next step (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="267"/>
        <source>Yes, I&apos;m safe right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="268"/>
        <source>Let&apos;s go through the steps together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="270"/>
        <source>No, I&apos;m not safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="270"/>
        <source>Show me who to call right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="273"/>
        <source>I&apos;m thinking about hurting myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="274"/>
        <source>Talk to someone right now. You matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="352"/>
        <location filename="../../ui/walkthrough.py" line="353"/>
        <source>Skip this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="354"/>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="77"/>
        <location filename="../../ui/walkthrough.py" line="375"/>
        <source>Done, next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="315"/>
        <source>Emergency: call {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="326"/>
        <source>Show me who to talk to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="327"/>
        <source>Show crisis lines and who to talk to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="333"/>
        <location filename="../../ui/walkthrough.py" line="334"/>
        <source>Continue to the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="374"/>
        <source>Done, finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="377"/>
        <source>Done, finish the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="378"/>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="392"/>
        <source>Saved in your locker. You can save more there at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="433"/>
        <source>I&apos;m not OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="433"/>
        <source>I&apos;m not OK: show who I can talk to right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="439"/>
        <source>Show a parent or carer their guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="440"/>
        <source>Open the guide for parents and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="446"/>
        <source>Save these steps as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="446"/>
        <source>Save these steps as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="451"/>
        <source>Go through the steps again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="451"/>
        <source>Forget my answers and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="467"/>
        <source>Save the steps as a PDF</source>
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
        <location filename="../../ui/setup.py" line="51"/>
        <source>I&apos;m a parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.py" line="52"/>
        <source>I&apos;m the young person who will use it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../ui/dialogs.py" line="38"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="102"/>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="108"/>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="166"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.page</name>
    <message>
        <location filename="../../ui/review_flow.py" line="126"/>
        <source>Look at each picture before it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_flow.py" line="186"/>
        <source>Cover anything private, then press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_flow.py" line="201"/>
        <source>Saved in your locker. Only what you saw in the editor was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_flow.py" line="208"/>
        <source>Don&apos;t keep this picture?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_flow.py" line="210"/>
        <source>It will be removed from this computer for good. It is not saved in your locker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_flow.py" line="212"/>
        <source>Don&apos;t keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_flow.py" line="229"/>
        <source>That picture is gone for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_flow.py" line="245"/>
        <source>Save the rest as they are?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_flow.py" line="247"/>
        <source>Only save pictures of the chat. Never save the private pictures themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_flow.py" line="249"/>
        <source>Save them as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_flow.py" line="252"/>
        <source>Saving the waiting pictures...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_flow.py" line="253"/>
        <source>Saving pictures. You can keep using SafeHelper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_flow.py" line="280"/>
        <source>Bringing your pictures in...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_flow.py" line="281"/>
        <source>Bringing pictures in. You can keep using SafeHelper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
