<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppListLoader</name>
    <message numerus="yes">
        <source>%n app(s).</source>
        <translation>
            <numerusform>%n app.</numerusform>
            <numerusform>%n apps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsTreeWidget</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeployCommand</name>
    <message numerus="yes">
        <source>the App already has a different custom-token provider (%n field(s) differ); nothing was changed: pass --replace to overwrite it</source>
        <translation>
            <numerusform>the App already has a different custom-token provider (%n field differs); nothing was changed: pass --replace to overwrite it</numerusform>
            <numerusform>the App already has a different custom-token provider (%n fields differ); nothing was changed: pass --replace to overwrite it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the App&apos;s custom-token provider differs from yours in %n field(s); deploy would need --replace to overwrite it</source>
        <translation>
            <numerusform>the App&apos;s custom-token provider differs from yours in %n field; deploy would need --replace to overwrite it</numerusform>
            <numerusform>the App&apos;s custom-token provider differs from yours in %n fields; deploy would need --replace to overwrite it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeployMessages</name>
    <message numerus="yes">
        <source>%n field(s) differ. Deploy will ask before replacing the App&apos;s provider.</source>
        <translation>
            <numerusform>%n field differs. Deploy will ask before replacing the App&apos;s provider.</numerusform>
            <numerusform>%n fields differ. Deploy will ask before replacing the App&apos;s provider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) in project %1: pick the one to deploy to.</source>
        <translation>
            <numerusform>%n app in project %1: pick the one to deploy to.</numerusform>
            <numerusform>%n apps in project %1: pick the one to deploy to.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Client App ID %1 is not among the %n app(s) of project %2: pick one.</source>
        <translation>
            <numerusform>Client App ID %1 is not the %n app of project %2: pick it.</numerusform>
            <numerusform>Client App ID %1 is not among the %n apps of project %2: pick one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>App %1 already has a different custom-token provider (%n field(s) differ). Replace it with yours? The details list the differences.</source>
        <translation>
            <numerusform>App %1 already has a different custom-token provider (%n field differs). Replace it with yours? The details list the differences.</numerusform>
            <numerusform>App %1 already has a different custom-token provider (%n fields differ). Replace it with yours? The details list the differences.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeployPlan</name>
    <message numerus="yes">
        <source>stop: the App already has a different custom-token provider (%n field(s) differ); confirm replacing it (--replace)</source>
        <translation>
            <numerusform>stop: the App already has a different custom-token provider (%n field differs); confirm replacing it (--replace)</numerusform>
            <numerusform>stop: the App already has a different custom-token provider (%n fields differ); confirm replacing it (--replace)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>update the custom-token provider (%n field(s))</source>
        <translation>
            <numerusform>update the custom-token provider (%n field)</numerusform>
            <numerusform>update the custom-token provider (%n fields)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeployResult</name>
    <message numerus="yes">
        <source>Updated the custom-token provider (%n change(s)).</source>
        <translation>
            <numerusform>Updated the custom-token provider (%n change).</numerusform>
            <numerusform>Updated the custom-token provider (%n changes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: the App has a different custom-token provider (%n field(s) differ). Review the diff and confirm replacing it (--replace).</source>
        <translation>
            <numerusform>Nothing was changed: the App has a different custom-token provider (%n field differs). Review the diff and confirm replacing it (--replace).</numerusform>
            <numerusform>Nothing was changed: the App has a different custom-token provider (%n fields differ). Review the diff and confirm replacing it (--replace).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deployer</name>
    <message numerus="yes">
        <source>%n secret(s).</source>
        <translation>
            <numerusform>%n secret.</numerusform>
            <numerusform>%n secrets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoveryPanel</name>
    <message numerus="yes">
        <source>Found the issuer %1 and %n key(s).</source>
        <translation>
            <numerusform>Found the issuer %1 and %n key.</numerusform>
            <numerusform>Found the issuer %1 and %n keys.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>%n change(s) in the journal %1.</source>
        <translation>
            <numerusform>%n change in the journal %1.</numerusform>
            <numerusform>%n changes in the journal %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the journal could not be read; they were skipped and left as they are.</source>
        <translation>
            <numerusform>%n line of the journal could not be read; it was skipped and left as it is.</numerusform>
            <numerusform>%n lines of the journal could not be read; they were skipped and left as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message numerus="yes">
        <source>The token has %n part(s); a JWS in compact form has exactly 3 separated by &apos;.&apos;.</source>
        <translation>
            <numerusform>The token has %n part; a JWS in compact form has exactly 3 separated by &apos;.&apos;.</numerusform>
            <numerusform>The token has %n parts; a JWS in compact form has exactly 3 separated by &apos;.&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OktaSetupCommand</name>
    <message numerus="yes">
        <source>Okta is set up: %n change(s) applied.
</source>
        <translation>
            <numerusform>Okta is set up: %n change applied.
</numerusform>
            <numerusform>Okta is set up: %n changes applied.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access policy(ies)</source>
        <translation>
            <numerusform>%n access policy</numerusform>
            <numerusform>%n access policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OktaSetupDialog</name>
    <message numerus="yes">
        <source>Server %1, audience %2; %n access policy(ies)</source>
        <translation>
            <numerusform>Server %1, audience %2; %n access policy</numerusform>
            <numerusform>Server %1, audience %2; %n access policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OktaUndoPlan</name>
    <message numerus="yes">
        <source>The authorization server %1 changed since this entry was written (%n field(s) differ); undo would overwrite that.</source>
        <translation>
            <numerusform>The authorization server %1 changed since this entry was written (%n field differs); undo would overwrite that.</numerusform>
            <numerusform>The authorization server %1 changed since this entry was written (%n fields differ); undo would overwrite that.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message numerus="yes">
        <source>%n error(s) to fix</source>
        <translation>
            <numerusform>%n error to fix</numerusform>
            <numerusform>%n errors to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not complete: %n field(s) to fill in</source>
        <translation>
            <numerusform>Not complete: %n field to fill in</numerusform>
            <numerusform>Not complete: %n fields to fill in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>The checked token would be refused (%n failure(s)): see the token check below.</source>
        <translation>
            <numerusform>The checked token would be refused (%n failure): see the token check below.</numerusform>
            <numerusform>The checked token would be refused (%n failures): see the token check below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No errors, %n warning(s).&lt;/b&gt; Read them before you continue.</source>
        <translation>
            <numerusform>&lt;b&gt;No errors, %n warning.&lt;/b&gt; Read it before you continue.</numerusform>
            <numerusform>&lt;b&gt;No errors, %n warnings.&lt;/b&gt; Read them before you continue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenCheckSummary</name>
    <message numerus="yes">
        <source>Invalid: App Services would reject this token (%n failure(s)).</source>
        <translation>
            <numerusform>Invalid: App Services would reject this token (%n failure).</numerusform>
            <numerusform>Invalid: App Services would reject this token (%n failures).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid, with %n warning(s).</source>
        <translation>
            <numerusform>Valid, with %n warning.</numerusform>
            <numerusform>Valid, with %n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenChecker</name>
    <message numerus="yes">
        <source>%n key(s) of the JWKS have no kid; App Services needs the token&apos;s kid to find its key.</source>
        <translation>
            <numerusform>%n key of the JWKS has no kid; App Services needs the token&apos;s kid to find its key.</numerusform>
            <numerusform>%n keys of the JWKS have no kid; App Services needs the token&apos;s kid to find its key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoPlan</name>
    <message numerus="yes">
        <source>The provider %1 changed since this entry was written (%n field(s) differ); undo would overwrite that.</source>
        <translation>
            <numerusform>The provider %1 changed since this entry was written (%n field differs); undo would overwrite that.</numerusform>
            <numerusform>The provider %1 changed since this entry was written (%n fields differ); undo would overwrite that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PATCH the provider %1 back to its recorded state (%n field(s)).</source>
        <translation>
            <numerusform>PATCH the provider %1 back to its recorded state (%n field).</numerusform>
            <numerusform>PATCH the provider %1 back to its recorded state (%n fields).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PUT %1 back to its recorded state (%n field(s)).</source>
        <translation>
            <numerusform>PUT %1 back to its recorded state (%n field).</numerusform>
            <numerusform>PUT %1 back to its recorded state (%n fields).</numerusform>
        </translation>
    </message>
</context>
</TS>
