<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Someone is threatening me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Save evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Get help now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Set up for my family.</source>
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
    <name>CrisisPage</name>
    <message>
        <location filename="../../ui/crisis_page.py" line="17"/>
        <source>If you might hurt yourself or you are in danger, call now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="20"/>
        <source>You matter. You don&apos;t have to deal with this alone. Whatever happened, it can be fixed, and people want to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="24"/>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="26"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="55"/>
        <source>Emergency: call {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home.py" line="55"/>
        <source>Choose what you need right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="57"/>
        <source>You are not in trouble. This is not your fault. You can hide this app at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="66"/>
        <source>Someone is threatening me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="67"/>
        <source>We&apos;ll go through what to do, one step at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="68"/>
        <source>Save evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="69"/>
        <source>Keep proof of the threats, safe and private on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="70"/>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="71"/>
        <source>Talk to a helpline or the police, today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="72"/>
        <source>Set up for my family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="73"/>
        <source>For parents and carers: get SafeHelper ready before it&apos;s needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="83"/>
        <source>Everything stays on this computer. Nothing is sent anywhere unless you press a button that says so.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Go to the home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Go back to the start (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>I&apos;m not OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>I&apos;m not OK: show crisis lines now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Talk to someone right now (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Hide now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Hide now: hide SafeHelper at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Hide SafeHelper at once and lock your evidence (press Esc twice)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="29"/>
        <source>Open SafeHelper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="31"/>
        <source>Hide now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="33"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
