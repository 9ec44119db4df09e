<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AdminApiClient</name>
    <message>
        <source>Log in to the Admin API first.</source>
        <translation>Melden Sie sich zuerst bei der Admin API an.</translation>
    </message>
    <message>
        <source>Login reply: %1</source>
        <translation>Antwort auf die Anmeldung: %1</translation>
    </message>
    <message>
        <source>Session refresh reply: %1</source>
        <translation>Antwort auf die Sitzungserneuerung: %1</translation>
    </message>
</context>
<context>
    <name>AdminApiError</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>The Admin API did not answer in time.</source>
        <translation>Die Admin API hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection to the Admin API failed.</source>
        <translation>Die Verbindung zur Admin API ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The Admin API answered with a redirect to another address; the request was not followed so that credentials stay with the configured host.</source>
        <translation>Die Admin API hat mit einer Umleitung an eine andere Adresse geantwortet; der Anfrage wurde nicht gefolgt, damit die Zugangsdaten beim eingestellten Host bleiben.</translation>
    </message>
    <message>
        <source>The Admin API sent a reply this tool does not understand.</source>
        <translation>Die Admin API hat eine Antwort gesendet, die dieses Programm nicht versteht.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request could not be made with the values given.</source>
        <translation>Die Anfrage konnte mit den angegebenen Werten nicht gestellt werden.</translation>
    </message>
    <message>
        <source>The Admin API session expired or is not valid.</source>
        <translation>Die Sitzung bei der Admin API ist abgelaufen oder ungültig.</translation>
    </message>
    <message>
        <source>This API key&apos;s user already has a deployment draft open on the App.</source>
        <translation>Der Benutzer dieses API-Schlüssels hat bereits einen offenen Bereitstellungsentwurf für die Anwendung.</translation>
    </message>
    <message>
        <source>The API key pair was not accepted.</source>
        <translation>Das API-Schlüsselpaar wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this on the project or App.</source>
        <translation>Der API-Schlüssel darf dies im Projekt oder in der Anwendung nicht tun.</translation>
    </message>
    <message>
        <source>The project, App or object was not found.</source>
        <translation>Das Projekt, die Anwendung oder das Objekt wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Too many requests: the Admin API is rate limiting this key.</source>
        <translation>Zu viele Anfragen: Die Admin API begrenzt die Anfragerate dieses Schlüssels.</translation>
    </message>
    <message>
        <source>The Admin API had an internal error.</source>
        <translation>In der Admin API ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The Admin API rejected the request.</source>
        <translation>Die Admin API hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Check the network and the Admin API URL, then try again (or raise --timeout).</source>
        <translation>Prüfen Sie das Netzwerk und die Admin-API-URL und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the Admin API URL (--admin-api); use the address it redirects to.</source>
        <translation>Prüfen Sie die Admin-API-URL; verwenden Sie die Adresse, auf die umgeleitet wird.</translation>
    </message>
    <message>
        <source>Check that the Admin API URL points to App Services, then try again.</source>
        <translation>Prüfen Sie, ob die Admin-API-URL auf App Services zeigt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Correct the value named in the message.</source>
        <translation>Korrigieren Sie den in der Meldung genannten Wert.</translation>
    </message>
    <message>
        <source>Deploy or discard the existing draft (App Services UI: Deployment), then try again.</source>
        <translation>Stellen Sie den vorhandenen Entwurf bereit oder verwerfen Sie ihn (App Services UI: Deployment) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the public and private API key, and that the key is enabled and allowed from this IP.</source>
        <translation>Prüfen Sie den öffentlichen und den privaten API-Schlüssel und ob der Schlüssel aktiviert und von dieser IP-Adresse aus erlaubt ist.</translation>
    </message>
    <message>
        <source>Give the API key the Project Owner role on the project.</source>
        <translation>Geben Sie dem API-Schlüssel die Rolle Project Owner für das Projekt.</translation>
    </message>
    <message>
        <source>Check the project ID and the App&apos;s Client App ID.</source>
        <translation>Prüfen Sie die Projekt-ID und die Client App ID der Anwendung.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Read the server&apos;s message above; correct the provider settings and try again.</source>
        <translation>Lesen Sie die Meldung des Servers oben; korrigieren Sie die Einstellungen des Anbieters und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the host name and the system clock; if a proxy intercepts TLS, trust its CA (--ca-file, or the wizard&apos;s CA field). Certificate errors are never ignored.</source>
        <translation>Prüfen Sie den Hostnamen und die Systemuhr; wenn ein Proxy TLS abfängt, tragen Sie seine CA im Feld „Zusätzliche CA-Zertifikate“ der Okta-Seite ein. Zertifikatsfehler werden nie ignoriert.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
</context>
<context>
    <name>AdminCall</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AdminReply</name>
    <message>
        <source>the reply is not JSON (%1 at offset %2)</source>
        <translation>die Antwort ist kein JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>the reply is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the reply is not a JSON array</source>
        <translation>die Antwort ist kein JSON-Array</translation>
    </message>
    <message>
        <source>the reply has no &quot;%1&quot; string</source>
        <translation>die Antwort enthält keinen String „%1“</translation>
    </message>
    <message>
        <source>%1 [%2]: %3</source>
        <translation>%1 [%2]: %3</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>apps</source>
        <translation>apps</translation>
    </message>
    <message>
        <source>auth_providers</source>
        <translation>auth_providers</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>secrets</translation>
    </message>
    <message>
        <source>drafts</source>
        <translation>drafts</translation>
    </message>
    <message>
        <source>the reply is neither a draft object nor an array of drafts</source>
        <translation>die Antwort ist weder ein Entwurfsobjekt noch ein Array von Entwürfen</translation>
    </message>
    <message>
        <source>the reply&apos;s &quot;_id&quot; is not an id</source>
        <translation>das „_id“ der Antwort ist keine ID</translation>
    </message>
</context>
<context>
    <name>AdminRequests</name>
    <message>
        <source>Use %1 (the default) or another https URL.</source>
        <translation>Verwenden Sie %1 (die Voreinstellung) oder eine andere https-URL.</translation>
    </message>
    <message>
        <source>Admin API URL &quot;%1&quot; is not a valid absolute URL.</source>
        <translation>Die Admin-API-URL „%1“ ist keine gültige absolute URL.</translation>
    </message>
    <message>
        <source>Admin API URL must not carry user-info, a query or a fragment.</source>
        <translation>Die Admin-API-URL darf keine Benutzerangaben, keine Query und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>Admin API URL must use https (http is allowed only for a loopback host).</source>
        <translation>Die Admin-API-URL muss https verwenden (http ist nur für einen Loopback-Host erlaubt).</translation>
    </message>
    <message>
        <source>Admin API URL must use https.</source>
        <translation>Die Admin-API-URL muss https verwenden.</translation>
    </message>
</context>
<context>
    <name>AdminTransport</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No reply within %1 s.</source>
        <translation>Keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>The Admin API redirected (HTTP %1) to %2; not followed.</source>
        <translation>Die Admin API hat (HTTP %1) nach %2 umgeleitet; der Umleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>The connection closed before the reply; the request was not sent again (it may or may not have reached the server).</source>
        <translation>Die Verbindung wurde vor der Antwort geschlossen; die Anfrage wurde nicht erneut gesendet (sie hat den Server vielleicht erreicht, vielleicht auch nicht).</translation>
    </message>
    <message>
        <source>The reply is larger than %1 MiB; no Admin API reply is that big.</source>
        <translation>Die Antwort ist größer als %1 MiB; keine Antwort der Admin API ist so groß.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>AppDirectory</name>
    <message>
        <source>the app directory %1 does not exist</source>
        <translation>das Anwendungsverzeichnis %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: %4</source>
        <translation>%1 Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>%1 is not an App Services app directory (no root_config.json, realm_config.json, config.json, stitch.json, auth/ or auth_providers/)</source>
        <translation>%1 ist kein App-Services-Anwendungsverzeichnis (kein root_config.json, realm_config.json, config.json, stitch.json, auth/ oder auth_providers/)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the data could not all be written</source>
        <translation>die Daten konnten nicht vollständig geschrieben werden</translation>
    </message>
</context>
<context>
    <name>AppListLoader</name>
    <message>
        <source>Log in to the Admin API with API key %1</source>
        <translation>Mit dem API-Schlüssel %1 bei der Admin API anmelden</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>List the apps of project %1</source>
        <translation>Die Anwendungen des Projekts %1 auflisten</translation>
    </message>
    <message>
        <source>App list: %1</source>
        <translation>Anwendungsliste: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s).</source>
        <translation>
            <numerusform>%n Anwendung.</numerusform>
            <numerusform>%n Anwendungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AppPicker</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Produkt: %1</translation>
    </message>
</context>
<context>
    <name>AppServicesLogin</name>
    <message>
        <source>The client API address is not an https URL: %1</source>
        <translation>Die Adresse der Client-API ist keine https-URL: %1</translation>
    </message>
    <message>
        <source>The test login needs the Client App ID.</source>
        <translation>Die Testanmeldung braucht die Client App ID.</translation>
    </message>
    <message>
        <source>The test login was cancelled.</source>
        <translation>Die Testanmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The %1 step failed: %2</source>
        <translation>Der Schritt %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check the client API address and the network.</source>
        <translation>Prüfen Sie die Adresse der Client-API und das Netzwerk.</translation>
    </message>
    <message>
        <source>App Services does not serve its client API here (%1 answered HTTP %2 without JSON at the %3 step). App Services authentication for Device SDKs reached end of life on 2025-09-30, so a real login cannot be tested on this host.</source>
        <translation>App Services stellt hier keine Client-API bereit (%1 antwortete im Schritt %3 mit HTTP %2 ohne JSON). Die App-Services-Authentifizierung für Device SDKs hat am 30.09.2025 ihr Lebensende erreicht; eine echte Anmeldung lässt sich auf diesem Host nicht testen.</translation>
    </message>
    <message>
        <source>The provider settings can still be checked locally (okta-jwt verify-token).</source>
        <translation>Die Provider-Einstellungen lassen sich weiterhin lokal prüfen (okta-jwt verify-token).</translation>
    </message>
    <message>
        <source>The location step failed with HTTP %1: %2</source>
        <translation>Der Schritt location ist mit HTTP %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check the Client App ID (e.g. myapp-abcde, not the App&apos;s _id).</source>
        <translation>Prüfen Sie die Client App ID (z. B. myapp-abcde, nicht die _id der App).</translation>
    </message>
    <message>
        <source>The location step returned no usable https hostname.</source>
        <translation>Der Schritt location lieferte keinen brauchbaren https-Hostnamen.</translation>
    </message>
    <message>
        <source>The login step failed with HTTP %1 after %2 attempts.</source>
        <translation>Der Schritt login ist nach %2 Versuchen mit HTTP %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>App Services had a server problem: try again later.</source>
        <translation>App Services hatte ein Serverproblem: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The login step&apos;s answer lacks access_token, refresh_token or user_id.</source>
        <translation>Der Antwort des Schritts login fehlt access_token, refresh_token oder user_id.</translation>
    </message>
    <message>
        <source>The profile step failed with HTTP %1.</source>
        <translation>Der Schritt profile ist mit HTTP %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>App Services refused the login (HTTP %1 %2): %3</source>
        <translation>App Services hat die Anmeldung abgelehnt (HTTP %1 %2): %3</translation>
    </message>
    <message>
        <source>no error text</source>
        <translation>kein Fehlertext</translation>
    </message>
    <message>
        <source>Compare the token with the provider: audience, required metadata claims, expiry and signing key.</source>
        <translation>Vergleichen Sie das Token mit dem Provider: Audience, erforderliche Metadaten-Claims, Ablauf und Signaturschlüssel.</translation>
    </message>
</context>
<context>
    <name>AppServicesPage</name>
    <message>
        <source>Which App Services app the provider is for, and how App Services checks the token&apos;s audience and signature.</source>
        <translation>Für welche App-Services-Anwendung der Anbieter ist und wie App Services die Zielgruppe und die Signatur des Tokens prüft.</translation>
    </message>
    <message>
        <source>Client &amp;App ID</source>
        <translation>Client &amp;App ID</translation>
    </message>
    <message>
        <source>myapp-abcde</source>
        <translation>myapp-abcde</translation>
    </message>
    <message>
        <source>Atlas &amp;project ID</source>
        <translation>Atlas-Projekt-I&amp;D</translation>
    </message>
    <message>
        <source>Optional: 24 hexadecimal digits</source>
        <translation>Optional: 24 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>The aud values App Services accepts. Leave the list empty to require the Client App ID in aud instead.</source>
        <translation>Die aud-Werte, die App Services akzeptiert. Lassen Sie die Liste leer, um stattdessen die Client App ID in aud zu verlangen.</translation>
    </message>
    <message>
        <source>Audi&amp;ence values</source>
        <translation>&amp;Erlaubte Zielgruppen</translation>
    </message>
    <message>
        <source>Accept a token with any &amp;one of these audiences</source>
        <translation>&amp;Irgendeine dieser Zielgruppen genügt</translation>
    </message>
    <message>
        <source>Signature verification</source>
        <translation>Prüfung der Signatur</translation>
    </message>
    <message>
        <source>&amp;JWK URI from Okta (recommended)</source>
        <translation>&amp;JWK-URI von Okta (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Manual signing keys stored as App Services Secrets</source>
        <translation>&amp;Manuelle Signaturschlüssel (App Services Secrets)</translation>
    </message>
    <message>
        <source>Signing al&amp;gorithm</source>
        <translation>Signatur-Al&amp;gorithmus</translation>
    </message>
    <message>
        <source>Secret &amp;names</source>
        <translation>Secret-&amp;Namen</translation>
    </message>
    <message>
        <source>Create the provider di&amp;sabled</source>
        <translation>Anbieter deaktiviert an&amp;legen</translation>
    </message>
    <message>
        <source>App Services</source>
        <translation>App Services</translation>
    </message>
    <message>
        <source>The app that accepts Okta tokens, and how it checks their audience and signature.</source>
        <translation>Die Anwendung, die Okta-Tokens akzeptiert, und wie sie deren Zielgruppe und Signatur prüft.</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>secret name</source>
        <translation>Secret-Name</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>Export to an app directory</source>
        <translation>In ein Anwendungsverzeichnis exportieren</translation>
    </message>
    <message>
        <source>Merges the provider into auth/providers.json (auth_providers/custom-token.json in older apps). Every other provider and every other byte of the file stay as they are.</source>
        <translation>Fügt den Anbieter in auth/providers.json ein (auth_providers/custom-token.json in älteren Anwendungen). Alle anderen Anbieter und alle anderen Bytes der Datei bleiben unverändert.</translation>
    </message>
    <message>
        <source>App &amp;directory</source>
        <translation>Anwendungs&amp;verzeichnis</translation>
    </message>
    <message>
        <source>Folder from appservices pull</source>
        <translation>Ordner aus appservices pull</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Wä&amp;hlen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Export diff</source>
        <translation>Export-Diff</translation>
    </message>
    <message>
        <source>Save providers.json</source>
        <translation>providers.json speichern</translation>
    </message>
    <message>
        <source>Writes a providers.json that holds only this provider, to review or commit.</source>
        <translation>Schreibt eine providers.json, die nur diesen Anbieter enthält – zum Prüfen oder Einchecken.</translation>
    </message>
    <message>
        <source>&amp;Save providers.json…</source>
        <translation>providers.json spei&amp;chern…</translation>
    </message>
    <message>
        <source>The same from a terminal</source>
        <translation>Dasselbe im Terminal</translation>
    </message>
    <message>
        <source>These commands do what this wizard does. They contain no secret.</source>
        <translation>Diese Befehle tun dasselbe wie dieser Assistent. Sie enthalten kein Geheimnis.</translation>
    </message>
    <message>
        <source>Co&amp;mmands</source>
        <translation>Be&amp;fehle</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>Befehle k&amp;opieren</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Write the provider into your app, save it as a file, or copy the commands.</source>
        <translation>Schreiben Sie den Anbieter in Ihre Anwendung, speichern Sie ihn als Datei oder kopieren Sie die Befehle.</translation>
    </message>
    <message>
        <source>Choose the app directory (from appservices pull)</source>
        <translation>Anwendungsverzeichnis wählen (aus appservices pull)</translation>
    </message>
    <message>
        <source>Fix the errors listed on the Review page first.</source>
        <translation>Beheben Sie zuerst die auf der Seite „Überprüfen“ aufgeführten Fehler.</translation>
    </message>
    <message>
        <source>Current layout: the provider goes into %1.</source>
        <translation>Aktuelles Layout: Der Anbieter wird in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Legacy layout: the provider goes into %1.</source>
        <translation>Altes Layout: Der Anbieter wird in %1 geschrieben.</translation>
    </message>
    <message>
        <source>./my-app</source>
        <translation>./my-app</translation>
    </message>
    <message>
        <source>Nothing was written: fix the errors listed on the Review page first.</source>
        <translation>Nichts wurde geschrieben: Beheben Sie zuerst die auf der Seite „Überprüfen“ aufgeführten Fehler.</translation>
    </message>
    <message>
        <source>Replace the existing provider?</source>
        <translation>Vorhandenen Anbieter ersetzen?</translation>
    </message>
    <message>
        <source>%1 already has a different custom-token provider. Replace it? The details show the diff.</source>
        <translation>%1 enthält bereits einen anderen custom-token-Anbieter. Ersetzen? Die Details zeigen den Diff.</translation>
    </message>
    <message>
        <source>Nothing was written: the existing provider was kept.</source>
        <translation>Nichts wurde geschrieben: Der vorhandene Anbieter wurde beibehalten.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1 already holds this provider.</source>
        <translation>Unverändert: %1 enthält diesen Anbieter bereits.</translation>
    </message>
    <message>
        <source>Added the custom-token provider to %1.</source>
        <translation>Der custom-token-Anbieter wurde zu %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Replaced the custom-token provider in %1.</source>
        <translation>Der custom-token-Anbieter in %1 wurde ersetzt.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Export or save</source>
        <translation>Exportieren oder speichern</translation>
    </message>
    <message>
        <source>Deploy with the Admin API</source>
        <translation>Mit der Admin API bereitstellen</translation>
    </message>
    <message>
        <source>Choose the folder that &lt;code&gt;appservices pull&lt;/code&gt; created. No such folder yet? Run &lt;code&gt;appservices pull&lt;/code&gt; first.</source>
        <translation>Wählen Sie den Ordner, den &lt;code&gt;appservices pull&lt;/code&gt; angelegt hat. Noch keiner vorhanden? Führen Sie zuerst &lt;code&gt;appservices pull&lt;/code&gt; aus.</translation>
    </message>
    <message>
        <source>Run &lt;code&gt;appservices pull&lt;/code&gt; first, then choose the folder it created.</source>
        <translation>Führen Sie zuerst &lt;code&gt;appservices pull&lt;/code&gt; aus und wählen Sie dann den angelegten Ordner.</translation>
    </message>
    <message>
        <source>History and undo</source>
        <translation>Verlauf und Rückgängig</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Testanmeldung</translation>
    </message>
</context>
<context>
    <name>ClaimsTreeWidget</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n Element}</numerusform>
            <numerusform>{%n Elemente}</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
</context>
<context>
    <name>CreateCheck</name>
    <message>
        <source>List the providers again to see whether the create took effect</source>
        <translation>Die Anbieter erneut auflisten, um zu sehen, ob das Anlegen gewirkt hat</translation>
    </message>
    <message>
        <source>Read the custom-token provider</source>
        <translation>Den custom-token-Anbieter lesen</translation>
    </message>
    <message>
        <source>The create took effect (%1).</source>
        <translation>Das Anlegen hat gewirkt (%1).</translation>
    </message>
</context>
<context>
    <name>DeployExecutor</name>
    <message>
        <source>Discard the draft %1</source>
        <translation>Den Entwurf %1 verwerfen</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Verworfen.</translation>
    </message>
    <message>
        <source>Create a deployment draft</source>
        <translation>Einen Bereitstellungsentwurf anlegen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Draft %1.</source>
        <translation>Entwurf %1.</translation>
    </message>
    <message>
        <source>(the existing draft has no changes listed)</source>
        <translation>(für den vorhandenen Entwurf sind keine Änderungen aufgeführt)</translation>
    </message>
    <message>
        <source>created secret %1</source>
        <translation>Secret %1 angelegt</translation>
    </message>
    <message>
        <source>updated secret %1</source>
        <translation>Secret %1 aktualisiert</translation>
    </message>
    <message>
        <source>Create secret %1</source>
        <translation>Secret %1 anlegen</translation>
    </message>
    <message>
        <source>Update secret %1</source>
        <translation>Secret %1 aktualisieren</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Update the custom-token provider (PATCH)</source>
        <translation>Den custom-token-Anbieter aktualisieren (PATCH)</translation>
    </message>
    <message>
        <source>updated the custom-token provider</source>
        <translation>custom-token-Anbieter aktualisiert</translation>
    </message>
    <message>
        <source>Updated.</source>
        <translation>Aktualisiert.</translation>
    </message>
    <message>
        <source>Create the custom-token provider (POST)</source>
        <translation>Den custom-token-Anbieter anlegen (POST)</translation>
    </message>
    <message>
        <source>created the custom-token provider</source>
        <translation>custom-token-Anbieter angelegt</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Enable the custom-token provider</source>
        <translation>Den custom-token-Anbieter aktivieren</translation>
    </message>
    <message>
        <source>Disable the custom-token provider</source>
        <translation>Den custom-token-Anbieter deaktivieren</translation>
    </message>
    <message>
        <source>enabled the custom-token provider</source>
        <translation>custom-token-Anbieter aktiviert</translation>
    </message>
    <message>
        <source>disabled the custom-token provider</source>
        <translation>custom-token-Anbieter deaktiviert</translation>
    </message>
    <message>
        <source>Delete the custom-token provider (DELETE)</source>
        <translation>Den custom-token-Anbieter löschen (DELETE)</translation>
    </message>
    <message>
        <source>deleted the custom-token provider</source>
        <translation>custom-token-Anbieter gelöscht</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
</context>
<context>
    <name>DeployInputs</name>
    <message>
        <source>Enter the Atlas project id.</source>
        <translation>Geben Sie die Atlas-Projekt-ID ein.</translation>
    </message>
    <message>
        <source>Enter the public key of an Atlas programmatic API key.</source>
        <translation>Geben Sie den öffentlichen Schlüssel eines programmatischen Atlas-API-Schlüssels ein.</translation>
    </message>
    <message>
        <source>Enter the private key of the API key.</source>
        <translation>Geben Sie den privaten Schlüssel des API-Schlüssels ein.</translation>
    </message>
    <message>
        <source>Fix the errors listed on the Review page first (%1).</source>
        <translation>Beheben Sie zuerst die auf der Seite „Überprüfen“ aufgeführten Fehler (%1).</translation>
    </message>
    <message>
        <source>Pick the App (Load Apps) or enter its Client App ID on the App Services page.</source>
        <translation>Wählen Sie die Anwendung (Anwendungen laden) oder geben Sie ihre Client App ID auf der Seite „App Services“ ein.</translation>
    </message>
</context>
<context>
    <name>DeployJournal</name>
    <message>
        <source>nothing was sent: every write is journaled first</source>
        <translation>nichts wurde gesendet: jede Änderung wird zuerst im Journal vermerkt</translation>
    </message>
</context>
<context>
    <name>DeployMessages</name>
    <message>
        <source>The App has no custom-token provider yet: Deploy will create it.</source>
        <translation>Die Anwendung hat noch keinen custom-token-Anbieter: Bereitstellen legt ihn an.</translation>
    </message>
    <message>
        <source>No differences: the App&apos;s custom-token provider matches yours.</source>
        <translation>Keine Unterschiede: Der custom-token-Anbieter der Anwendung entspricht Ihrem.</translation>
    </message>
    <message>
        <source>Differences (the App&apos;s value → yours):</source>
        <translation>Unterschiede (Wert der Anwendung → Ihr Wert):</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ. Deploy will ask before replacing the App&apos;s provider.</source>
        <translation>
            <numerusform>%n Feld unterscheidet sich. Bereitstellen fragt nach, bevor der Anbieter der Anwendung ersetzt wird.</numerusform>
            <numerusform>%n Felder unterscheiden sich. Bereitstellen fragt nach, bevor der Anbieter der Anwendung ersetzt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy will: %1.</source>
        <translation>Bereitstellen wird: %1.</translation>
    </message>
    <message>
        <source>Nothing to deploy: the App already has this provider.</source>
        <translation>Nichts bereitzustellen: Die Anwendung hat diesen Anbieter bereits.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) in project %1: pick the one to deploy to.</source>
        <translation>
            <numerusform>%n Anwendung im Projekt %1: Wählen Sie die Zielanwendung.</numerusform>
            <numerusform>%n Anwendungen im Projekt %1: Wählen Sie die Zielanwendung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Client App ID %1 is not among the %n app(s) of project %2: pick one.</source>
        <translation>
            <numerusform>Die Client App ID %1 ist nicht unter den Anwendungen des Projekts %2 (%n Anwendung): Wählen Sie eine.</numerusform>
            <numerusform>Die Client App ID %1 ist nicht unter den Anwendungen des Projekts %2 (%n Anwendungen): Wählen Sie eine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the apps were not loaded.</source>
        <translation>Angehalten: Die Anwendungen wurden nicht geladen.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>App %1 already has a different custom-token provider (%n field(s) differ). Replace it with yours? The details list the differences.</source>
        <translation>
            <numerusform>Die Anwendung %1 hat bereits einen anderen custom-token-Anbieter (%n Feld unterscheidet sich). Durch Ihren ersetzen? Die Details listen die Unterschiede auf.</numerusform>
            <numerusform>Die Anwendung %1 hat bereits einen anderen custom-token-Anbieter (%n Felder unterscheiden sich). Durch Ihren ersetzen? Die Details listen die Unterschiede auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The App already has an open draft %1; it was left as it is. Its changes:</source>
        <translation>Die Anwendung hat bereits einen offenen Entwurf %1; er wurde unverändert gelassen. Seine Änderungen:</translation>
    </message>
    <message>
        <source>The provider, the App or the connection changed since the last run: show the diff or deploy again.</source>
        <translation>Der Anbieter, die Anwendung oder die Verbindung hat sich seit dem letzten Lauf geändert: Zeigen Sie den Diff erneut an oder stellen Sie erneut bereit.</translation>
    </message>
    <message>
        <source>Nothing was changed: the App&apos;s different custom-token provider was kept.</source>
        <translation>Nichts wurde geändert: Der abweichende custom-token-Anbieter der Anwendung wurde beibehalten.</translation>
    </message>
</context>
<context>
    <name>DeployPanel</name>
    <message>
        <source>Admin &amp;API URL</source>
        <translation>Admin-API-&amp;URL</translation>
    </message>
    <message>
        <source>Pro&amp;ject id</source>
        <translation>Pro&amp;jekt-ID</translation>
    </message>
    <message>
        <source>24 hexadecimal digits, from the Atlas project settings</source>
        <translation>24 Hexadezimalziffern, aus den Einstellungen des Atlas-Projekts</translation>
    </message>
    <message>
        <source>Publ&amp;ic key</source>
        <translation>Öffentl&amp;icher Schlüssel</translation>
    </message>
    <message>
        <source>Atlas programmatic API key (public part)</source>
        <translation>Programmatischer Atlas-API-Schlüssel (öffentlicher Teil)</translation>
    </message>
    <message>
        <source>Priva&amp;te key</source>
        <translation>Priva&amp;ter Schlüssel</translation>
    </message>
    <message>
        <source>Kept in memory; never logged or saved to a file</source>
        <translation>Bleibt im Arbeitsspeicher; wird nie protokolliert oder in eine Datei geschrieben</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Ap&amp;p</source>
        <translation>&amp;Anwendung</translation>
    </message>
    <message>
        <source>Load the project&apos;s apps to pick one</source>
        <translation>Erst die Anwendungen laden</translation>
    </message>
    <message>
        <source>&amp;Load Apps</source>
        <translation>Anwendungen &amp;laden</translation>
    </message>
    <message>
        <source>Log in and list the project&apos;s apps</source>
        <translation>Anmelden und die Anwendungen des Projekts auflisten</translation>
    </message>
    <message>
        <source>S&amp;how Diff</source>
        <translation>&amp;Diff anzeigen</translation>
    </message>
    <message>
        <source>Compare the app&apos;s custom-token provider with yours; sends no write</source>
        <translation>Den custom-token-Anbieter der Anwendung mit Ihrem vergleichen; sendet keine Änderung</translation>
    </message>
    <message>
        <source>Depl&amp;oy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the Admin API work</source>
        <translation>Die Arbeit mit der Admin API abbrechen</translation>
    </message>
    <message>
        <source>&amp;Use a draft</source>
        <translation>Einen &amp;Entwurf verwenden</translation>
    </message>
    <message>
        <source>Group the writes in a draft, deploy it and wait for the deployment</source>
        <translation>Die Änderungen in einem Entwurf bündeln, ihn bereitstellen und auf die Bereitstellung warten</translation>
    </message>
    <message>
        <source>Differences, the app&apos;s provider against yours</source>
        <translation>Unterschiede: Anbieter der Anwendung gegenüber Ihrem</translation>
    </message>
    <message>
        <source>Deploy steps</source>
        <translation>Schritte der Bereitstellung</translation>
    </message>
    <message>
        <source>Re&amp;quest log</source>
        <translation>Anfra&amp;geprotokoll</translation>
    </message>
    <message>
        <source>Copy Lo&amp;g</source>
        <translation>Protokoll &amp;kopieren</translation>
    </message>
    <message>
        <source>Load apps</source>
        <translation>Anwendungen laden</translation>
    </message>
    <message>
        <source>Show diff</source>
        <translation>Diff anzeigen</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>DeployPlan</name>
    <message numerus="yes">
        <source>stop: the App already has a different custom-token provider (%n field(s) differ); confirm replacing it (--replace)</source>
        <translation>
            <numerusform>Halt: Die Anwendung hat bereits einen anderen custom-token-Anbieter (%n Feld unterscheidet sich); bestätigen Sie das Ersetzen</numerusform>
            <numerusform>Halt: Die Anwendung hat bereits einen anderen custom-token-Anbieter (%n Felder unterscheiden sich); bestätigen Sie das Ersetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>create a deployment draft</source>
        <translation>einen Bereitstellungsentwurf anlegen</translation>
    </message>
    <message>
        <source>create secret %1</source>
        <translation>Secret %1 anlegen</translation>
    </message>
    <message>
        <source>update secret %1</source>
        <translation>Secret %1 aktualisieren</translation>
    </message>
    <message>
        <source>keep existing secret %1 (use --replace to overwrite it)</source>
        <translation>vorhandenes Secret %1 behalten</translation>
    </message>
    <message>
        <source>create the custom-token provider</source>
        <translation>den custom-token-Anbieter anlegen</translation>
    </message>
    <message numerus="yes">
        <source>update the custom-token provider (%n field(s))</source>
        <translation>
            <numerusform>den custom-token-Anbieter aktualisieren (%n Feld)</numerusform>
            <numerusform>den custom-token-Anbieter aktualisieren (%n Felder)</numerusform>
        </translation>
    </message>
    <message>
        <source>enable the custom-token provider</source>
        <translation>den custom-token-Anbieter aktivieren</translation>
    </message>
    <message>
        <source>disable the custom-token provider</source>
        <translation>den custom-token-Anbieter deaktivieren</translation>
    </message>
    <message>
        <source>deploy the draft and wait for the deployment</source>
        <translation>den Entwurf bereitstellen und auf die Bereitstellung warten</translation>
    </message>
    <message>
        <source>nothing to change: the App already has this provider</source>
        <translation>nichts zu ändern: Die Anwendung hat diesen Anbieter bereits</translation>
    </message>
    <message>
        <source>delete the custom-token provider</source>
        <translation>den custom-token-Anbieter löschen</translation>
    </message>
</context>
<context>
    <name>DeployResult</name>
    <message>
        <source>Created the custom-token provider.</source>
        <translation>Der custom-token-Anbieter wurde angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>Updated the custom-token provider (%n change(s)).</source>
        <translation>
            <numerusform>Der custom-token-Anbieter wurde aktualisiert (%n Änderung).</numerusform>
            <numerusform>Der custom-token-Anbieter wurde aktualisiert (%n Änderungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>No change: the App already has this provider.</source>
        <translation>Keine Änderung: Die Anwendung hat diesen Anbieter bereits.</translation>
    </message>
    <message>
        <source>The provider was already up to date; secrets were written.</source>
        <translation>Der Anbieter war bereits aktuell; die Secrets wurden geschrieben.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent. Plan: %1</source>
        <translation>Probelauf: Nichts wurde gesendet. Plan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: the App has a different custom-token provider (%n field(s) differ). Review the diff and confirm replacing it (--replace).</source>
        <translation>
            <numerusform>Nichts wurde geändert: Die Anwendung hat einen anderen custom-token-Anbieter (%n Feld unterscheidet sich). Prüfen Sie den Diff und bestätigen Sie das Ersetzen.</numerusform>
            <numerusform>Nichts wurde geändert: Die Anwendung hat einen anderen custom-token-Anbieter (%n Felder unterscheiden sich). Prüfen Sie den Diff und bestätigen Sie das Ersetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Deployment %1 succeeded.</source>
        <translation>Bereitstellung %1 erfolgreich.</translation>
    </message>
    <message>
        <source>Deployment %1 had already started and continues on the server.</source>
        <translation>Die Bereitstellung %1 hatte bereits begonnen und läuft auf dem Server weiter.</translation>
    </message>
    <message>
        <source>The draft it created was discarded.</source>
        <translation>Der angelegte Entwurf wurde verworfen.</translation>
    </message>
    <message>
        <source>The existing draft %1 was left as it is.</source>
        <translation>Der vorhandene Entwurf %1 wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Already applied: %1.</source>
        <translation>Bereits ausgeführt: %1.</translation>
    </message>
</context>
<context>
    <name>DeployRunner</name>
    <message>
        <source>Replace the App&apos;s provider?</source>
        <translation>Anbieter der Anwendung ersetzen?</translation>
    </message>
    <message>
        <source>Replacing the App&apos;s custom-token provider, as confirmed.</source>
        <translation>Der custom-token-Anbieter der Anwendung wird wie bestätigt ersetzt.</translation>
    </message>
</context>
<context>
    <name>DeployStage</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Log in to the Admin API with API key %1</source>
        <translation>Mit dem API-Schlüssel %1 bei der Admin API anmelden</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Angemeldet.</translation>
    </message>
</context>
<context>
    <name>DeployStepList</name>
    <message>
        <source>%1 — running…</source>
        <translation>%1 – läuft…</translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation>%1 – erledigt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation>%1 – fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 – fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Deployer</name>
    <message>
        <source>Find App %1 in project %2</source>
        <translation>Anwendung %1 im Projekt %2 suchen</translation>
    </message>
    <message>
        <source>App list</source>
        <translation>Anwendungsliste</translation>
    </message>
    <message>
        <source>No App with Client App ID &quot;%1&quot; in project %2 (found: %3).</source>
        <translation>Keine Anwendung mit der Client App ID „%1“ im Projekt %2 (gefunden: %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>App %1 has _id %2.</source>
        <translation>Die Anwendung %1 hat die _id %2.</translation>
    </message>
    <message>
        <source>List the App&apos;s authentication providers</source>
        <translation>Die Authentifizierungsanbieter der Anwendung auflisten</translation>
    </message>
    <message>
        <source>Provider list</source>
        <translation>Anbieterliste</translation>
    </message>
    <message>
        <source>custom-token exists (%1).</source>
        <translation>custom-token existiert (%1).</translation>
    </message>
    <message>
        <source>No custom-token yet.</source>
        <translation>Noch kein custom-token.</translation>
    </message>
    <message>
        <source>Read the custom-token provider</source>
        <translation>Den custom-token-Anbieter lesen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Read.</source>
        <translation>Gelesen.</translation>
    </message>
    <message>
        <source>List the App&apos;s secrets</source>
        <translation>Die Secrets der Anwendung auflisten</translation>
    </message>
    <message>
        <source>Secret list</source>
        <translation>Secret-Liste</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s).</source>
        <translation>
            <numerusform>%n Secret.</numerusform>
            <numerusform>%n Secrets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with the App and plan the changes</source>
        <translation>Mit der Anwendung vergleichen und die Änderungen planen</translation>
    </message>
</context>
<context>
    <name>DiscoveryDocument</name>
    <message>
        <source>The discovery document is not a valid JSON object: %1 (line %2, column %3).</source>
        <translation>Das Discovery-Dokument ist kein gültiges JSON-Objekt: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>The discovery document has no &quot;issuer&quot; string.</source>
        <translation>Das Discovery-Dokument enthält keinen String „issuer“.</translation>
    </message>
    <message>
        <source>The discovery document has no &quot;jwks_uri&quot; string.</source>
        <translation>Das Discovery-Dokument enthält keinen String „jwks_uri“.</translation>
    </message>
</context>
<context>
    <name>DiscoveryPanel</name>
    <message>
        <source>D&amp;iscover</source>
        <translation>&amp;Ermitteln</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Read the authorization server&apos;s discovery document and keys</source>
        <translation>Das Discovery-Dokument und die Schlüssel des Autorisierungsservers lesen</translation>
    </message>
    <message>
        <source>Stop discovery</source>
        <translation>Ermittlung anhalten</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Key id (kid)</source>
        <translation>Schlüssel-ID (kid)</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Discovery stopped.</source>
        <translation>Ermittlung angehalten.</translation>
    </message>
    <message>
        <source>Discovering…</source>
        <translation>Wird ermittelt…</translation>
    </message>
    <message numerus="yes">
        <source>Found the issuer %1 and %n key(s).</source>
        <translation>
            <numerusform>Aussteller %1 und %n Schlüssel gefunden.</numerusform>
            <numerusform>Aussteller %1 und %n Schlüssel gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftDeployment</name>
    <message>
        <source>Deploy the draft %1</source>
        <translation>Den Entwurf %1 bereitstellen</translation>
    </message>
    <message>
        <source>deployed the draft</source>
        <translation>Entwurf bereitgestellt</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Deployment %1: %2.</source>
        <translation>Bereitstellung %1: %2.</translation>
    </message>
    <message>
        <source>Wait for deployment %1</source>
        <translation>Auf die Bereitstellung %1 warten</translation>
    </message>
    <message>
        <source>Deployment %1 did not finish after %2 checks; it may still complete.</source>
        <translation>Die Bereitstellung %1 war nach %2 Abfragen nicht abgeschlossen; sie kann noch abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Deployment %1 failed: %2</source>
        <translation>Die Bereitstellung %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Deployment successful.</source>
        <translation>Bereitstellung erfolgreich.</translation>
    </message>
</context>
<context>
    <name>FileReader</name>
    <message>
        <source>%1 is a symbolic link to a missing file</source>
        <translation>%1 ist ein symbolischer Link auf eine fehlende Datei</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot read %1: not a regular file</source>
        <translation>%1 kann nicht gelesen werden: keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2; this is not the file you meant</source>
        <translation>%1 ist größer als %2; das ist nicht die gemeinte Datei</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Remote changes, newest first</source>
        <translation>Entfernte Änderungen, neueste zuerst</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;What Undo would change</source>
        <translation>&amp;Was Rückgängig ändern würde</translation>
    </message>
    <message>
        <source>What Undo would change</source>
        <translation>Was Rückgängig ändern würde</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation>&amp;Rückgängig…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>%1 (undo)</source>
        <translation>%1 (rückgängig)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the journal %1.</source>
        <translation>
            <numerusform>%n Änderung im Journal %1.</numerusform>
            <numerusform>%n Änderungen im Journal %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the journal could not be read; they were skipped and left as they are.</source>
        <translation>
            <numerusform>%n Zeile des Journals ließ sich nicht lesen; sie wurde übersprungen und unverändert gelassen.</numerusform>
            <numerusform>%n Zeilen des Journals ließen sich nicht lesen; sie wurden übersprungen und unverändert gelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Rückgängig nicht möglich</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Rückgängig fehlgeschlagen</translation>
    </message>
    <message>
        <source>Undo anyway?</source>
        <translation>Trotzdem rückgängig machen?</translation>
    </message>
    <message>
        <source>Undo anyway and overwrite that change?</source>
        <translation>Trotzdem rückgängig machen und diese Änderung überschreiben?</translation>
    </message>
    <message>
        <source>Changed since the entry (recorded → now):
%1

Undo would change:
%2</source>
        <translation>Seit dem Eintrag geändert (vermerkt → jetzt):
%1

Rückgängig würde ändern:
%2</translation>
    </message>
    <message>
        <source>Undo this change?</source>
        <translation>Diese Änderung rückgängig machen?</translation>
    </message>
</context>
<context>
    <name>HttpRequestHead</name>
    <message>
        <source>The request line does not end within %1 bytes.</source>
        <translation>Die Anfragezeile endet nicht innerhalb von %1 Bytes.</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>Der Anfragekopf ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>A line of the request head does not end with CRLF.</source>
        <translation>Eine Zeile des Anfragekopfs endet nicht mit CRLF.</translation>
    </message>
    <message>
        <source>The request head contains a control byte (0x%1).</source>
        <translation>Der Anfragekopf enthält ein Steuerzeichen (0x%1).</translation>
    </message>
    <message>
        <source>The request line is not METHOD TARGET VERSION separated by single spaces.</source>
        <translation>Die Anfragezeile besteht nicht aus METHODE ZIEL VERSION, getrennt durch je ein Leerzeichen.</translation>
    </message>
    <message>
        <source>Only HTTP/1.x requests are answered here.</source>
        <translation>Hier werden nur HTTP/1.x-Anfragen beantwortet.</translation>
    </message>
    <message>
        <source>Only GET requests are answered here.</source>
        <translation>Hier werden nur GET-Anfragen beantwortet.</translation>
    </message>
    <message>
        <source>The request target is not a path with an optional query.</source>
        <translation>Das Anfrageziel ist kein Pfad mit optionaler Abfrage.</translation>
    </message>
</context>
<context>
    <name>JournalEntry</name>
    <message>
        <source>missing or malformed &quot;id&quot;</source>
        <translation>&quot;id&quot; fehlt oder ist fehlerhaft</translation>
    </message>
    <message>
        <source>missing or malformed &quot;time&quot;</source>
        <translation>&quot;time&quot; fehlt oder ist fehlerhaft</translation>
    </message>
    <message>
        <source>unknown &quot;service&quot;</source>
        <translation>unbekannter &quot;service&quot;</translation>
    </message>
    <message>
        <source>the App Services target is incomplete</source>
        <translation>das App-Services-Ziel ist unvollständig</translation>
    </message>
    <message>
        <source>the Okta target is incomplete</source>
        <translation>das Okta-Ziel ist unvollständig</translation>
    </message>
    <message>
        <source>missing &quot;action&quot; or &quot;object&quot;</source>
        <translation>&quot;action&quot; oder &quot;object&quot; fehlt</translation>
    </message>
    <message>
        <source>missing &quot;before&quot; or &quot;after&quot;</source>
        <translation>&quot;before&quot; oder &quot;after&quot; fehlt</translation>
    </message>
    <message>
        <source>unknown &quot;outcome&quot;</source>
        <translation>unbekanntes &quot;outcome&quot;</translation>
    </message>
    <message>
        <source>Okta %1 server %2</source>
        <translation>Okta %1, Server %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>App %1 (_id %2) in project %3</source>
        <translation>Anwendung %1 (_id %2) im Projekt %3</translation>
    </message>
</context>
<context>
    <name>JournalFile</name>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>Das Journal %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation>Das Journal %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>It was left as it is; move it away to start a new journal.</source>
        <translation>Es wurde unverändert gelassen; verschieben Sie es, um ein neues Journal zu beginnen.</translation>
    </message>
    <message>
        <source>The journal %1 is not a regular file (a symlink, folder or device).</source>
        <translation>Das Journal %1 ist keine normale Datei (ein symbolischer Link, Ordner oder Gerät).</translation>
    </message>
    <message>
        <source>The journal %1 belongs to user id %2, not to you (%3).</source>
        <translation>Das Journal %1 gehört der Benutzerkennung %2, nicht Ihnen (%3).</translation>
    </message>
    <message>
        <source>The journal %1 can be read or written by others (mode %2).</source>
        <translation>Das Journal %1 kann von anderen gelesen oder geschrieben werden (Modus %2).</translation>
    </message>
    <message>
        <source>Run: chmod 600 %1</source>
        <translation>Führen Sie aus: chmod 600 %1</translation>
    </message>
    <message>
        <source>The journal %1 is %2 bytes, more than the %3 a journal can reach.</source>
        <translation>Das Journal %1 ist %2 Bytes groß, mehr als die %3, die ein Journal erreichen kann.</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>Das Journal %1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>JournalHistory</name>
    <message>
        <source>the line is cut short (no newline at the end of the file)</source>
        <translation>die Zeile ist abgeschnitten (kein Zeilenumbruch am Dateiende)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>unbekannte Formatversion</translation>
    </message>
    <message>
        <source>a second entry with id %1</source>
        <translation>ein zweiter Eintrag mit der id %1</translation>
    </message>
    <message>
        <source>completes entry &quot;%1&quot;, which is not in the journal</source>
        <translation>schließt den Eintrag &quot;%1&quot; ab, der nicht im Journal steht</translation>
    </message>
    <message>
        <source>unknown record kind</source>
        <translation>unbekannte Art von Datensatz</translation>
    </message>
    <message>
        <source>no journal entry &quot;%1&quot;</source>
        <translation>kein Journaleintrag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 journal entries; give more of the id</source>
        <translation>&quot;%1&quot; passt auf %2 Journaleinträge; geben Sie mehr von der id an</translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <source>The key has no &quot;kty&quot;.</source>
        <translation>Der Schlüssel hat kein „kty“.</translation>
    </message>
    <message>
        <source>The key type is &quot;%1&quot;, not RSA.</source>
        <translation>Der Schlüsseltyp ist „%1“, nicht RSA.</translation>
    </message>
    <message>
        <source>The RSA key&apos;s &quot;n&quot; or &quot;e&quot; is missing or not strict base64url.</source>
        <translation>„n“ oder „e“ des RSA-Schlüssels fehlt oder ist kein striktes base64url.</translation>
    </message>
</context>
<context>
    <name>JwkSet</name>
    <message>
        <source>The JWKS is not a valid JSON object: %1 (line %2, column %3).</source>
        <translation>Das JWKS ist kein gültiges JSON-Objekt: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>The JWKS has no &quot;keys&quot; array.</source>
        <translation>Das JWKS enthält kein Array „keys“.</translation>
    </message>
    <message>
        <source>Entry %1 of the JWKS &quot;keys&quot; array is not an object.</source>
        <translation>Eintrag %1 des JWKS-Arrays „keys“ ist kein Objekt.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>Der Teil „%1“ ist leer.</translation>
    </message>
    <message>
        <source>The %1 is not strict base64url (no padding, &apos;+&apos;, &apos;/&apos; or whitespace allowed).</source>
        <translation>Der Teil „%1“ ist kein striktes base64url (kein Padding, kein „+“, „/“ oder Leerraum erlaubt).</translation>
    </message>
    <message>
        <source>The %1 starts with a byte order mark.</source>
        <translation>Der Teil „%1“ beginnt mit einer Byte-Order-Mark.</translation>
    </message>
    <message>
        <source>The %1 is not a valid JSON object: %2 (column %3).</source>
        <translation>Der Teil „%1“ ist kein gültiges JSON-Objekt: %2 (Spalte %3).</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>The signature is not strict base64url.</source>
        <translation>Die Signatur ist kein striktes base64url.</translation>
    </message>
    <message numerus="yes">
        <source>The token has %n part(s); a JWS in compact form has exactly 3 separated by &apos;.&apos;.</source>
        <translation>
            <numerusform>Das Token hat %n Teil; ein JWS in kompakter Form hat genau 3, getrennt durch „.“.</numerusform>
            <numerusform>Das Token hat %n Teile; ein JWS in kompakter Form hat genau 3, getrennt durch „.“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainBinding</name>
    <message>
        <source>Store the private key in the system keychain (service %1) after a successful login; unticking it deletes the stored key.</source>
        <translation>Den privaten Schlüssel nach einer erfolgreichen Anmeldung im Schlüsselbund des Systems speichern (Dienst %1); das Abwählen löscht den gespeicherten Schlüssel.</translation>
    </message>
    <message>
        <source>The private key for %1 is stored in the system keychain.</source>
        <translation>Der private Schlüssel für %1 ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No private key for %1 is stored in the system keychain.</source>
        <translation>Für %1 ist kein privater Schlüssel im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The private key for %1 was read from the system keychain.</source>
        <translation>Der private Schlüssel für %1 wurde aus dem Schlüsselbund des Systems gelesen.</translation>
    </message>
    <message>
        <source>The private key will be stored in the system keychain after the next successful login.</source>
        <translation>Der private Schlüssel wird nach der nächsten erfolgreichen Anmeldung im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>No system keychain is available; the private key stays in memory for this session only.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar; der private Schlüssel bleibt nur für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1); the private key stays in memory for this session only.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert (%1); der private Schlüssel bleibt nur für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The system keychain could not store the key (%1); it stays in memory for this session only.</source>
        <translation>Der Schlüsselbund des Systems konnte den Schlüssel nicht speichern (%1); er bleibt nur für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The system keychain is locked and was not unlocked; the private key stays in memory for this session only. Unlock your login keyring to remember it.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt und wurde nicht entsperrt; der private Schlüssel bleibt nur für diese Sitzung im Arbeitsspeicher. Entsperren Sie Ihren Anmelde-Schlüsselbund, um ihn zu merken.</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>The redirect URI must be http on a loopback host with an explicit port and a path (e.g. http://localhost:8484/callback).</source>
        <translation>Die Weiterleitungs-URI muss http auf einem Loopback-Host mit ausdrücklichem Port und Pfad sein (z. B. http://localhost:8484/callback).</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
    <message>
        <source>Sign-in finished</source>
        <translation>Anmeldung beendet</translation>
    </message>
    <message>
        <source>This sign-in is already complete.</source>
        <translation>Diese Anmeldung ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgewiesen</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Okta answered %1. The application that started the sign-in says what it means.</source>
        <translation>Okta antwortete %1. Die Anwendung, die die Anmeldung gestartet hat, erklärt, was das bedeutet.</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
</context>
<context>
    <name>MetadataPage</name>
    <message>
        <source>Copy claims of the access token into the user&apos;s data document. A field name left empty defaults to the last part of the claim path (shown in grey).</source>
        <translation>Kopiert Claims des Zugriffstokens in das Benutzerdaten-Dokument. Ein leer gelassener Feldname wird zum letzten Teil des Claim-Pfads (grau angezeigt).</translation>
    </message>
    <message>
        <source>&amp;Metadata fields</source>
        <translation>&amp;Metadatenfelder</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>User metadata</source>
        <translation>Benutzer-Metadaten</translation>
    </message>
    <message>
        <source>Claims of the access token that App Services copies into each user&apos;s data.</source>
        <translation>Claims des Zugriffstokens, die App Services in die Daten jedes Benutzers kopiert.</translation>
    </message>
</context>
<context>
    <name>MetadataTableModel</name>
    <message>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Claim path</source>
        <translation>Claim-Pfad</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>Feldname</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
</context>
<context>
    <name>NetRequest</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the reply was too large and was cut off</source>
        <translation>die Antwort war zu groß und wurde abgeschnitten</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <source>redirected to %1 (not followed)</source>
        <translation>weitergeleitet an %1 (nicht gefolgt)</translation>
    </message>
    <message>
        <source>no connection: %1</source>
        <translation>keine Verbindung: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>OAuthCallback</name>
    <message>
        <source>This is not the sign-in redirect address.</source>
        <translation>Dies ist nicht die Weiterleitungsadresse der Anmeldung.</translation>
    </message>
    <message>
        <source>The redirect&apos;s state does not match this sign-in: it was refused and nothing was exchanged.</source>
        <translation>Der state der Weiterleitung passt nicht zu dieser Anmeldung: Sie wurde abgewiesen, und nichts wurde eingetauscht.</translation>
    </message>
    <message>
        <source>The redirect carries no usable authorization code.</source>
        <translation>Die Weiterleitung enthält keinen brauchbaren Autorisierungscode.</translation>
    </message>
</context>
<context>
    <name>OAuthReply</name>
    <message>
        <source>The reply is larger than 1 MiB.</source>
        <translation>Die Antwort ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>The reply is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The reply has no usable &quot;%1&quot;.</source>
        <translation>Die Antwort hat kein brauchbares „%1“.</translation>
    </message>
    <message>
        <source>The reply&apos;s verification_uri is not a web address.</source>
        <translation>Die verification_uri der Antwort ist keine Webadresse.</translation>
    </message>
    <message>
        <source>No access policy rule of this authorization server lets this client sign in (%1).</source>
        <translation>Keine Regel einer Zugriffsrichtlinie dieses Autorisierungsservers lässt diesen Client anmelden (%1).</translation>
    </message>
    <message>
        <source>Add an access policy for this client id and a rule that allows its grant type (okta-jwt okta-setup does it).</source>
        <translation>Legen Sie eine Zugriffsrichtlinie für diese Client-ID und eine Regel an, die ihren Grant-Typ erlaubt (okta-jwt okta-setup erledigt das).</translation>
    </message>
    <message>
        <source>The user is not assigned to this Okta application (user_not_assigned).</source>
        <translation>Der Benutzer ist dieser Okta-Anwendung nicht zugewiesen (user_not_assigned).</translation>
    </message>
    <message>
        <source>Assign the user, or the Everyone group, to the application in Okta.</source>
        <translation>Weisen Sie den Benutzer oder die Gruppe Everyone der Anwendung in Okta zu.</translation>
    </message>
    <message>
        <source>The sign-in was denied: %1</source>
        <translation>Die Anmeldung wurde verweigert: %1</translation>
    </message>
    <message>
        <source>Sign in again and allow access, or check the application&apos;s assignments and policies.</source>
        <translation>Melden Sie sich erneut an und erlauben Sie den Zugriff, oder prüfen Sie Zuweisungen und Richtlinien der Anwendung.</translation>
    </message>
    <message>
        <source>Check the client id: it must be the Client ID of a native Okta app (no client secret).</source>
        <translation>Prüfen Sie die Client-ID: Es muss die Client ID einer nativen Okta-App sein (ohne Client Secret).</translation>
    </message>
    <message>
        <source>The code or device code was used, expired or does not match: start the sign-in again.</source>
        <translation>Der Code oder Gerätecode wurde schon benutzt, ist abgelaufen oder passt nicht: Starten Sie die Anmeldung neu.</translation>
    </message>
    <message>
        <source>The device code expired before the sign-in was confirmed.</source>
        <translation>Der Gerätecode ist abgelaufen, bevor die Anmeldung bestätigt wurde.</translation>
    </message>
    <message>
        <source>Start again and enter the code within its time.</source>
        <translation>Starten Sie neu und geben Sie den Code rechtzeitig ein.</translation>
    </message>
    <message>
        <source>Allow this grant type (Authorization Code, or Device Authorization) on the Okta app.</source>
        <translation>Erlauben Sie diesen Grant-Typ (Authorization Code oder Device Authorization) in der Okta-App.</translation>
    </message>
    <message>
        <source>Request only scopes the authorization server defines (openid, profile, email, ...).</source>
        <translation>Fordern Sie nur Scopes an, die der Autorisierungsserver definiert (openid, profile, email, …).</translation>
    </message>
    <message>
        <source>Add the redirect URI exactly (scheme, host, port and path) to the app&apos;s sign-in redirect URIs, or pass the registered one.</source>
        <translation>Tragen Sie die Weiterleitungs-URI genau (Schema, Host, Port und Pfad) bei den Sign-in-Redirect-URIs der App ein, oder geben Sie die eingetragene an.</translation>
    </message>
    <message>
        <source>Check the Okta application and authorization server settings.</source>
        <translation>Prüfen Sie die Einstellungen der Okta-Anwendung und des Autorisierungsservers.</translation>
    </message>
    <message>
        <source>Okta refused the %1 step: %2</source>
        <translation>Okta hat den Schritt %1 abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>OktaAdminClient</name>
    <message>
        <source>the reply is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>Okta answered with a redirect (HTTP %1); it is not followed, so the API token stays with the Okta domain.</source>
        <translation>Okta hat mit einer Weiterleitung geantwortet (HTTP %1); sie wird nicht verfolgt, damit das API-Token bei der Okta-Domain bleibt.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>a list was expected</source>
        <translation>eine Liste wurde erwartet</translation>
    </message>
    <message>
        <source>the next page is on another host (%1); it is not fetched, so the API token stays with the Okta domain</source>
        <translation>die nächste Seite liegt auf einem anderen Host (%1); sie wird nicht abgerufen, damit das API-Token bei der Okta-Domain bleibt</translation>
    </message>
    <message>
        <source>more than %1 pages; the paging does not end</source>
        <translation>mehr als %1 Seiten; das Blättern endet nicht</translation>
    </message>
</context>
<context>
    <name>OktaAdminError</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Okta refused %1: %2</source>
        <translation>Okta hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>This org lacks API Access Management: custom authorization servers are a paid feature. Use the &quot;default&quot; server (--auth-server default).</source>
        <translation>Dieser Org fehlt API Access Management: Eigene Autorisierungsserver sind kostenpflichtig. Verwenden Sie den Server „default“ (--auth-server default).</translation>
    </message>
    <message>
        <source>The API token&apos;s admin lacks rights: create the token as an admin with the API Access Management Administrator (or Super Administrator) role.</source>
        <translation>Dem Administrator des API-Tokens fehlen Rechte: Erstellen Sie das Token als Administrator mit der Rolle „API Access Management Administrator“ (oder „Super Administrator“).</translation>
    </message>
    <message>
        <source>The API token is invalid or expired: create one under Security → API → Tokens and give it through OKTA_API_TOKEN, --okta-api-token-file or the keychain.</source>
        <translation>Das API-Token ist ungültig oder abgelaufen: Erstellen Sie eines unter Security → API → Tokens und geben Sie es über OKTA_API_TOKEN, --okta-api-token-file oder den Schlüsselbund an.</translation>
    </message>
    <message>
        <source>Okta refused the values named above; correct them and run again.</source>
        <translation>Okta hat die oben genannten Werte abgelehnt; korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the Okta domain and the authorization server id.</source>
        <translation>Prüfen Sie die Okta-Domain und die ID des Autorisierungsservers.</translation>
    </message>
    <message>
        <source>Okta had a problem; try again in a few minutes (status.okta.com).</source>
        <translation>Okta hatte ein Problem; versuchen Sie es in einigen Minuten erneut (status.okta.com).</translation>
    </message>
    <message>
        <source>See Okta&apos;s message above.</source>
        <translation>Siehe Oktas Meldung oben.</translation>
    </message>
    <message>
        <source>Okta&apos;s rate limit stopped %1 (waited %2 s in all).</source>
        <translation>Oktas Ratenbegrenzung hat %1 gestoppt (insgesamt %2 s gewartet).</translation>
    </message>
    <message>
        <source>Wait a minute and run again; other API clients of this org share the limit.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es erneut; andere API-Clients dieser Org teilen sich die Grenze.</translation>
    </message>
    <message>
        <source>The reply to %1 is not what the Okta Management API sends: %2</source>
        <translation>Die Antwort auf %1 ist nicht, was die Okta Management API sendet: %2</translation>
    </message>
    <message>
        <source>Check that the Okta domain is the org&apos;s own (not a proxy or a login page).</source>
        <translation>Prüfen Sie, dass die Okta-Domain die der Org ist (kein Proxy und keine Anmeldeseite).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check the Okta domain, the network and any proxy.</source>
        <translation>Prüfen Sie die Okta-Domain, das Netzwerk und einen eventuellen Proxy.</translation>
    </message>
</context>
<context>
    <name>OktaClaimPlanner</name>
    <message>
        <source>&quot;%1&quot; is a nested path; an Okta claim has a top-level name, so none can be created for it.</source>
        <translation>„%1“ ist ein verschachtelter Pfad; ein Okta-Claim hat einen Namen der obersten Ebene, daher kann dafür keiner angelegt werden.</translation>
    </message>
    <message>
        <source>Map a top-level claim instead, e.g. &quot;%1&quot; created with --claim-value %1=user.%1.</source>
        <translation>Ordnen Sie stattdessen einen Claim der obersten Ebene zu, z. B. „%1“, angelegt mit --claim-value %1=user.%1.</translation>
    </message>
    <message>
        <source>Okta has no known value for the claim &quot;%1&quot;; it is not guessed.</source>
        <translation>Für den Claim „%1“ ist kein Okta-Wert bekannt; er wird nicht geraten.</translation>
    </message>
    <message>
        <source>Give its Okta expression with --claim-value %1=EXPRESSION (e.g. user.%1), or map another claim.</source>
        <translation>Geben Sie seinen Okta-Ausdruck mit --claim-value %1=AUSDRUCK an (z. B. user.%1) oder ordnen Sie einen anderen Claim zu.</translation>
    </message>
    <message>
        <source>groups matching %1</source>
        <translation>Gruppen, die %1 entsprechen</translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation>Claim %1</translation>
    </message>
    <message>
        <source>create claim %1 = %2 in access tokens</source>
        <translation>Claim %1 = %2 in Zugriffstokens anlegen</translation>
    </message>
    <message>
        <source>The access-token claim &quot;%1&quot; exists but is inactive; it is left unchanged.</source>
        <translation>Der Zugriffstoken-Claim „%1“ existiert, ist aber inaktiv; er bleibt unverändert.</translation>
    </message>
    <message>
        <source>Activate it in the Okta Admin Console (Security → API → Claims).</source>
        <translation>Aktivieren Sie ihn in der Okta Admin Console (Security → API → Claims).</translation>
    </message>
    <message>
        <source>The access-token claim &quot;%1&quot; exists with the value %2 (not %3); it is left unchanged.</source>
        <translation>Der Zugriffstoken-Claim „%1“ existiert mit dem Wert %2 (nicht %3); er bleibt unverändert.</translation>
    </message>
    <message>
        <source>Change it in the Okta Admin Console if App Services should get %1.</source>
        <translation>Ändern Sie ihn in der Okta Admin Console, wenn App Services %1 erhalten soll.</translation>
    </message>
    <message>
        <source>--claim-value %1 names no mapped metadata claim; it is not used.</source>
        <translation>--claim-value %1 nennt keinen zugeordneten Metadaten-Claim; er wird nicht verwendet.</translation>
    </message>
    <message>
        <source>Add a metadata field for &quot;%1&quot;, or drop the value.</source>
        <translation>Fügen Sie ein Metadatenfeld für „%1“ hinzu oder lassen Sie den Wert weg.</translation>
    </message>
</context>
<context>
    <name>OktaClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 has no OpenID configuration: is this an Okta org?</source>
        <translation>%1 hat keine OpenID-Konfiguration: Ist das eine Okta-Org?</translation>
    </message>
    <message>
        <source>Okta at %1 has no authorization server &quot;%2&quot; (both discovery URLs answered 404).</source>
        <translation>Okta unter %1 hat keinen Autorisierungsserver „%2“ (beide Discovery-URLs antworteten mit 404).</translation>
    </message>
    <message>
        <source>Use &quot;default&quot; or the id (aus...) shown under Security &gt; API &gt; Authorization Servers.</source>
        <translation>Verwenden Sie „default“ oder die ID (aus...), die unter Security &gt; API &gt; Authorization Servers angezeigt wird.</translation>
    </message>
    <message>
        <source>Check that the Okta domain is your org&apos;s, not a login page.</source>
        <translation>Prüfen Sie, ob die Okta-Domain die Ihrer Org ist und keine Anmeldeseite.</translation>
    </message>
    <message>
        <source>The issuer is %1, on another host than %2 (a custom URL domain).</source>
        <translation>Der Aussteller ist %1, auf einem anderen Host als %2 (eine benutzerdefinierte URL-Domain).</translation>
    </message>
    <message>
        <source>Tokens must carry this issuer; keep it as the expected issuer.</source>
        <translation>Tokens müssen diesen Aussteller tragen; behalten Sie ihn als erwarteten Aussteller.</translation>
    </message>
    <message>
        <source>The discovery document names the issuer %1, expected %2.</source>
        <translation>Das Discovery-Dokument nennt den Aussteller %1, erwartet wurde %2.</translation>
    </message>
    <message>
        <source>Check the authorization server id; a proxy or another server may be answering.</source>
        <translation>Prüfen Sie die ID des Autorisierungsservers; möglicherweise antwortet ein Proxy oder ein anderer Server.</translation>
    </message>
    <message>
        <source>This is Okta&apos;s org authorization server. Its access tokens are meant for Okta only and cannot be validated by App Services.</source>
        <translation>Dies ist der Org-Autorisierungsserver von Okta. Seine Zugriffstokens sind nur für Okta bestimmt und können von App Services nicht validiert werden.</translation>
    </message>
    <message>
        <source>Use the &quot;default&quot; custom authorization server or another one (requires API Access Management).</source>
        <translation>Verwenden Sie den benutzerdefinierten Autorisierungsserver „default“ oder einen anderen (erfordert API Access Management).</translation>
    </message>
    <message>
        <source>Check that the JWK URI is the jwks_uri of the discovery document.</source>
        <translation>Prüfen Sie, ob die JWK-URI die jwks_uri des Discovery-Dokuments ist.</translation>
    </message>
</context>
<context>
    <name>OktaPage</name>
    <message>
        <source>Where your access tokens come from: your Okta org and the custom authorization server that issues them.</source>
        <translation>Woher Ihre Zugriffstokens kommen: Ihre Okta-Org und der benutzerdefinierte Autorisierungsserver, der sie ausstellt.</translation>
    </message>
    <message>
        <source>Okta &amp;domain</source>
        <translation>Okta-&amp;Domain</translation>
    </message>
    <message>
        <source>dev-123456.okta.com</source>
        <translation>dev-123456.okta.com</translation>
    </message>
    <message>
        <source>&amp;Authorization server</source>
        <translation>&amp;Autorisierungsserver</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>JWK URI &amp;override</source>
        <translation>Abweichende JWK-&amp;URI</translation>
    </message>
    <message>
        <source>Use a custom authorization server such as default. App Services cannot verify tokens of the org authorization server (issuer https://your-org.okta.com without /oauth2/…).</source>
        <translation>Verwenden Sie einen benutzerdefinierten Autorisierungsserver wie default. App Services kann Tokens des Org-Autorisierungsservers nicht prüfen (Aussteller https://your-org.okta.com ohne /oauth2/…).</translation>
    </message>
    <message>
        <source>Okta authorization server</source>
        <translation>Okta-Autorisierungsserver</translation>
    </message>
    <message>
        <source>The Okta org and authorization server that issue your users&apos; access tokens.</source>
        <translation>Die Okta-Org und der Autorisierungsserver, die die Zugriffstokens Ihrer Benutzer ausstellen.</translation>
    </message>
    <message>
        <source>E&amp;xtra CA certificates (PEM)</source>
        <translation>Zusätzliche &amp;CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>Only if a proxy or private CA signs the Okta certificate</source>
        <translation>Nur wenn ein Proxy oder eine private CA das Okta-Zertifikat signiert</translation>
    </message>
    <message>
        <source>A PEM file whose certificates are trusted in addition to the system&apos;s (e.g. a TLS-inspecting proxy&apos;s CA). Certificate errors are never ignored.</source>
        <translation>Eine PEM-Datei, deren Zertifikaten zusätzlich zu denen des Systems vertraut wird (z. B. der CA eines TLS-prüfenden Proxys). Zertifikatsfehler werden nie ignoriert.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Wä&amp;hlen…</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>Datei mit zusätzlichen CA-Zertifikaten</translation>
    </message>
    <message>
        <source>Browse for the extra CA certificates file</source>
        <translation>Datei mit zusätzlichen CA-Zertifikaten auswählen</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Zusätzliche CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>JWK URI in use</source>
        <translation>Verwendete JWK-URI</translation>
    </message>
    <message>
        <source>Leave empty to use the URI above</source>
        <translation>Leer lassen, um die URI darüber zu verwenden</translation>
    </message>
    <message>
        <source>your override</source>
        <translation>Ihre Vorgabe</translation>
    </message>
    <message>
        <source>discovered</source>
        <translation>ermittelt</translation>
    </message>
    <message>
        <source>derived from the domain and server</source>
        <translation>aus Domain und Server abgeleitet</translation>
    </message>
    <message>
        <source>Enter the Okta domain and server first.</source>
        <translation>Geben Sie zuerst die Okta-Domain und den Server ein.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Used as %1.</source>
        <translation>Verwendet als %1.</translation>
    </message>
</context>
<context>
    <name>OktaReply</name>
    <message>
        <source>%1: &quot;%2&quot; is not a string.</source>
        <translation>%1: „%2“ ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not true or false.</source>
        <translation>%1: „%2“ ist weder true noch false.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an object.</source>
        <translation>%1: „%2“ ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a list.</source>
        <translation>%1: „%2“ ist keine Liste.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; holds something other than text.</source>
        <translation>%1: „%2“ enthält etwas anderes als Text.</translation>
    </message>
    <message>
        <source>The reply is not JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The list of %1 is not a JSON array.</source>
        <translation>Die Liste der %1 ist kein JSON-Array.</translation>
    </message>
    <message>
        <source>The list of %1 holds something other than objects.</source>
        <translation>Die Liste der %1 enthält etwas anderes als Objekte.</translation>
    </message>
    <message>
        <source>authorization server</source>
        <translation>Autorisierungsserver</translation>
    </message>
    <message>
        <source>An authorization server has no id.</source>
        <translation>Ein Autorisierungsserver hat keine ID.</translation>
    </message>
    <message>
        <source>access policy</source>
        <translation>Zugriffsrichtlinie</translation>
    </message>
    <message>
        <source>An access policy has no id.</source>
        <translation>Eine Zugriffsrichtlinie hat keine ID.</translation>
    </message>
    <message>
        <source>policy rule</source>
        <translation>Richtlinienregel</translation>
    </message>
    <message>
        <source>A policy rule has no id.</source>
        <translation>Eine Richtlinienregel hat keine ID.</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>A claim has no name.</source>
        <translation>Ein Claim hat keinen Namen.</translation>
    </message>
    <message>
        <source>The %1 is not a JSON object.</source>
        <translation>%1: kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>authorization servers</source>
        <translation>Autorisierungsserver</translation>
    </message>
    <message>
        <source>access policies</source>
        <translation>Zugriffsrichtlinien</translation>
    </message>
    <message>
        <source>policy rules</source>
        <translation>Richtlinienregeln</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>created object</source>
        <translation>angelegtes Objekt</translation>
    </message>
    <message>
        <source>The created object has no id.</source>
        <translation>Das angelegte Objekt hat keine ID.</translation>
    </message>
</context>
<context>
    <name>OktaReplyError</name>
    <message>
        <source>The response from %1 is larger than any Okta %2 document.</source>
        <translation>Die Antwort von %1 ist größer als jedes Okta-Dokument vom Typ %2.</translation>
    </message>
    <message>
        <source>Check that the URL points at Okta.</source>
        <translation>Prüfen Sie, ob die URL auf Okta zeigt.</translation>
    </message>
    <message>
        <source>No complete answer from %1 in time.</source>
        <translation>Keine vollständige Antwort von %1 innerhalb der Zeit.</translation>
    </message>
    <message>
        <source>Check the network or proxy, or raise the timeout.</source>
        <translation>Prüfen Sie das Netzwerk oder den Proxy, oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Check the Okta domain and the network connection.</source>
        <translation>Prüfen Sie die Okta-Domain und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 answered 404 Not Found%2.</source>
        <translation>%1 antwortete mit 404 Not Found%2.</translation>
    </message>
    <message>
        <source>Check the Okta domain and the authorization server id.</source>
        <translation>Prüfen Sie die Okta-Domain und die ID des Autorisierungsservers.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3: a problem on Okta&apos;s side.</source>
        <translation>%1 antwortete mit HTTP %2%3: ein Problem auf der Seite von Okta.</translation>
    </message>
    <message>
        <source>Try again later; see status.okta.com.</source>
        <translation>Versuchen Sie es später erneut; siehe status.okta.com.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3.</source>
        <translation>%1 antwortete mit HTTP %2%3.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed (%2): %3</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>Check the host name, the system clock, and whether a proxy intercepts TLS (then pass its CA with --ca-file or the wizard&apos;s CA field).</source>
        <translation>Prüfen Sie den Hostnamen, die Systemuhr und ob ein Proxy TLS abfängt (dann tragen Sie seine CA im Feld „Zusätzliche CA-Zertifikate“ der Okta-Seite ein).</translation>
    </message>
    <message>
        <source>%1 redirected to a plain http URL; the redirect was not followed.</source>
        <translation>%1 hat auf eine unverschlüsselte http-URL umgeleitet; der Umleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>Use the https URL Okta publishes; a proxy may be rewriting the reply.</source>
        <translation>Verwenden Sie die https-URL, die Okta veröffentlicht; möglicherweise schreibt ein Proxy die Antwort um.</translation>
    </message>
    <message>
        <source>%1 redirected to %2, on another host (%3, not %4); the redirect was not followed.</source>
        <translation>%1 leitete auf %2 um, auf einen anderen Host (%3, nicht %4); der Umleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>Keys and discovery are only taken from the configured Okta host. Use the URL Okta publishes; a proxy may be rewriting the reply.</source>
        <translation>Schlüssel und Discovery werden nur vom konfigurierten Okta-Host übernommen. Verwenden Sie die URL, die Okta veröffentlicht; möglicherweise schreibt ein Proxy die Antwort um.</translation>
    </message>
</context>
<context>
    <name>OktaSetupDialog</name>
    <message>
        <source>Set Up Okta</source>
        <translation>Okta einrichten</translation>
    </message>
    <message>
        <source>Reads the authorization server, its access policies, rules and claims, and the app through the Okta Management API, and shows what Okta needs so that App Services accepts its access tokens. Nothing changes until you apply it, and nothing is ever deleted.</source>
        <translation>Liest den Autorisierungsserver, seine Zugriffsrichtlinien, Regeln und Claims sowie die App über die Okta Management API und zeigt, was Okta braucht, damit App Services seine Zugriffstokens annimmt. Nichts ändert sich, bevor Sie es anwenden, und nichts wird je gelöscht.</translation>
    </message>
    <message>
        <source>Okta app &amp;client id</source>
        <translation>&amp;Client-ID der Okta-App</translation>
    </message>
    <message>
        <source>0oa…</source>
        <translation>0oa…</translation>
    </message>
    <message>
        <source>Okta &amp;API token</source>
        <translation>Okta-&amp;API-Token</translation>
    </message>
    <message>
        <source>Created under Security → API → Tokens by an admin with API Access Management rights. Kept in memory only.</source>
        <translation>Erstellt unter Security → API → Tokens von einem Administrator mit API-Access-Management-Rechten. Wird nur im Speicher gehalten.</translation>
    </message>
    <message>
        <source>&amp;Read Okta</source>
        <translation>Okta &amp;lesen</translation>
    </message>
    <message>
        <source>&amp;Plan (untick a step to leave it out)</source>
        <translation>&amp;Plan (Haken entfernen, um einen Schritt auszulassen)</translation>
    </message>
    <message>
        <source>Requests to Okta (method, path and status) appear here.</source>
        <translation>Anfragen an Okta (Methode, Pfad und Status) erscheinen hier.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Plan steps</source>
        <translation>Planschritte</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Okta state</source>
        <translation>Okta-Zustand</translation>
    </message>
    <message>
        <source>Enter the client id of the Okta app your users sign in with.</source>
        <translation>Geben Sie die Client-ID der Okta-App ein, mit der sich Ihre Benutzer anmelden.</translation>
    </message>
    <message>
        <source>It is on the app&apos;s General tab in the Okta Admin Console.</source>
        <translation>Sie steht auf dem Reiter „General“ der App in der Okta Admin Console.</translation>
    </message>
    <message>
        <source>Enter the Okta domain on the Okta page.</source>
        <translation>Geben Sie die Okta-Domain auf der Okta-Seite ein.</translation>
    </message>
    <message>
        <source>No Okta API token: the field is empty and the system keychain has none for this org.</source>
        <translation>Kein Okta-API-Token: Das Feld ist leer und der Systemschlüsselbund hat keines für diese Org.</translation>
    </message>
    <message>
        <source>Create one under Security → API → Tokens and paste it here.</source>
        <translation>Erstellen Sie eines unter Security → API → Tokens und fügen Sie es hier ein.</translation>
    </message>
    <message>
        <source>Enter an Okta API token.</source>
        <translation>Geben Sie ein Okta-API-Token ein.</translation>
    </message>
    <message>
        <source>Create one under Security → API → Tokens.</source>
        <translation>Erstellen Sie eines unter Security → API → Tokens.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>Server %1, audience %2; %n access policy(ies)</source>
        <translation>
            <numerusform>Server %1, Audience %2; %n Zugriffsrichtlinie</numerusform>
            <numerusform>Server %1, Audience %2; %n Zugriffsrichtlinien</numerusform>
        </translation>
    </message>
    <message>
        <source>No such authorization server.</source>
        <translation>Diesen Autorisierungsserver gibt es nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Claim</numerusform>
            <numerusform>%n Claims</numerusform>
        </translation>
    </message>
    <message>
        <source>app %1 (%2)</source>
        <translation>App %1 (%2)</translation>
    </message>
    <message>
        <source>app not found</source>
        <translation>App nicht gefunden</translation>
    </message>
    <message>
        <source>Change the server&apos;s audience from %1 to %2 instead (every app that accepts %1 from this server stops accepting its tokens)</source>
        <translation>Stattdessen die Audience des Servers von %1 auf %2 ändern (jede App, die %1 von diesem Server annimmt, nimmt seine Tokens dann nicht mehr an)</translation>
    </message>
    <message>
        <source>Nothing to do: Okta already issues what App Services needs.</source>
        <translation>Nichts zu tun: Okta stellt bereits aus, was App Services braucht.</translation>
    </message>
</context>
<context>
    <name>OktaSetupPlan</name>
    <message>
        <source>The org authorization server cannot have an audience, access policies or custom claims, and App Services cannot use its tokens.</source>
        <translation>Der Org-Autorisierungsserver kann keine Audience, keine Zugriffsrichtlinien und keine eigenen Claims haben, und App Services kann seine Tokens nicht verwenden.</translation>
    </message>
    <message>
        <source>Use the &quot;default&quot; custom authorization server, or create one with --create-auth-server.</source>
        <translation>Verwenden Sie den eigenen Autorisierungsserver „default“ oder legen Sie einen mit --create-auth-server an.</translation>
    </message>
    <message>
        <source>The authorization server &quot;%1&quot; does not exist.</source>
        <translation>Der Autorisierungsserver „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Check the authorization server id, or create one with --create-auth-server.</source>
        <translation>Prüfen Sie die ID des Autorisierungsservers oder legen Sie einen mit --create-auth-server an.</translation>
    </message>
    <message>
        <source>App Services audience</source>
        <translation>App-Services-Audience</translation>
    </message>
    <message>
        <source>set the App Services audience to %1 (no Okta change)</source>
        <translation>die App-Services-Audience auf %1 setzen (keine Änderung in Okta)</translation>
    </message>
    <message>
        <source>authorization server %1</source>
        <translation>Autorisierungsserver %1</translation>
    </message>
    <message>
        <source>create authorization server %1 with audience %2</source>
        <translation>Autorisierungsserver %1 mit Audience %2 anlegen</translation>
    </message>
    <message>
        <source>The authorization server &quot;%1&quot; is not active.</source>
        <translation>Der Autorisierungsserver „%1“ ist nicht aktiv.</translation>
    </message>
    <message>
        <source>Activate it in the Okta Admin Console (Security → API).</source>
        <translation>Aktivieren Sie ihn in der Okta Admin Console (Security → API).</translation>
    </message>
    <message>
        <source>The server&apos;s issuer %1 differs from the discovered issuer %2.</source>
        <translation>Der Aussteller des Servers %1 weicht vom ermittelten Aussteller %2 ab.</translation>
    </message>
    <message>
        <source>Discover again, or choose the authorization server that issued the tokens.</source>
        <translation>Ermitteln Sie erneut oder wählen Sie den Autorisierungsserver, der die Tokens ausgestellt hat.</translation>
    </message>
    <message>
        <source>change the audience of authorization server %1 from %2 to %3 (apps that rely on %2 stop accepting its tokens)</source>
        <translation>die Audience des Autorisierungsservers %1 von %2 auf %3 ändern (Apps, die sich auf %2 verlassen, nehmen seine Tokens dann nicht mehr an)</translation>
    </message>
    <message>
        <source>The server publishes no RS256 key with a kid, so App Services could verify none of its tokens.</source>
        <translation>Der Server veröffentlicht keinen RS256-Schlüssel mit kid, daher könnte App Services keines seiner Tokens prüfen.</translation>
    </message>
    <message>
        <source>Check the server&apos;s signing keys (Security → API → the server → Keys).</source>
        <translation>Prüfen Sie die Signaturschlüssel des Servers (Security → API → der Server → Keys).</translation>
    </message>
    <message>
        <source>No Okta app has this client id.</source>
        <translation>Keine Okta-App hat diese Client-ID.</translation>
    </message>
    <message>
        <source>Copy the client id from the app&apos;s General tab in the Okta Admin Console.</source>
        <translation>Kopieren Sie die Client-ID vom Reiter „General“ der App in der Okta Admin Console.</translation>
    </message>
    <message>
        <source>The Okta app &quot;%1&quot; is not a native or single-page app with PKCE.</source>
        <translation>Die Okta-App „%1“ ist keine native oder Single-Page-App mit PKCE.</translation>
    </message>
    <message>
        <source>Sign-in from this tool needs a native app with PKCE and no secret.</source>
        <translation>Die Anmeldung aus diesem Werkzeug braucht eine native App mit PKCE und ohne Geheimnis.</translation>
    </message>
    <message>
        <source>The Okta app &quot;%1&quot; does not allow the authorization code grant.</source>
        <translation>Die Okta-App „%1“ erlaubt den Authorization-Code-Grant nicht.</translation>
    </message>
    <message>
        <source>Tick Authorization Code in the app&apos;s General Settings.</source>
        <translation>Kreuzen Sie „Authorization Code“ in den General Settings der App an.</translation>
    </message>
    <message>
        <source>The Okta app &quot;%1&quot; does not list the redirect URI %2.</source>
        <translation>Die Okta-App „%1“ führt die Weiterleitungs-URI %2 nicht.</translation>
    </message>
    <message>
        <source>Add %1 to its sign-in redirect URIs, or sign in with another --redirect-uri.</source>
        <translation>Fügen Sie %1 zu ihren Sign-in-Redirect-URIs hinzu oder melden Sie sich mit einer anderen --redirect-uri an.</translation>
    </message>
    <message>
        <source>access policy %1</source>
        <translation>Zugriffsrichtlinie %1</translation>
    </message>
    <message>
        <source>create access policy &quot;%1&quot; for client %2 (priority 1)</source>
        <translation>Zugriffsrichtlinie „%1“ für Client %2 anlegen (Priorität 1)</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>create rule &quot;%1&quot; allowing %2 for %3</source>
        <translation>Regel „%1“ anlegen, die %2 für %3 erlaubt</translation>
    </message>
    <message>
        <source>authorization_code and device_code</source>
        <translation>authorization_code und device_code</translation>
    </message>
</context>
<context>
    <name>OktaSignIn</name>
    <message>
        <source>Sign-in needs an Okta domain and a client id.</source>
        <translation>Die Anmeldung braucht eine Okta-Domain und eine Client-ID.</translation>
    </message>
    <message>
        <source>Sign-in could not wait for the browser: %1</source>
        <translation>Die Anmeldung kann nicht auf den Browser warten: %1</translation>
    </message>
    <message>
        <source>Free the port or pass another registered redirect URI.</source>
        <translation>Geben Sie den Port frei oder nennen Sie eine andere eingetragene Weiterleitungs-URI.</translation>
    </message>
    <message>
        <source>The Okta %1 step failed: %2</source>
        <translation>Der Okta-Schritt %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check the Okta domain, the network and the authorization server id.</source>
        <translation>Prüfen Sie die Okta-Domain, das Netzwerk und die ID des Autorisierungsservers.</translation>
    </message>
    <message>
        <source>No sign-in reached %1 in time.</source>
        <translation>Keine Anmeldung hat %1 rechtzeitig erreicht.</translation>
    </message>
    <message>
        <source>Okta redirects only to registered URIs: register exactly this one on the app, or pass the registered one.</source>
        <translation>Okta leitet nur an eingetragene URIs weiter: Tragen Sie genau diese in der App ein, oder geben Sie die eingetragene an.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>OktaUndoPlan</name>
    <message>
        <source>Undo of Okta &quot;%1&quot; is not supported: only created authorization servers, policies, rules and claims and a replaced audience are undone.</source>
        <translation>Das Rückgängigmachen von Okta-„%1“ wird nicht unterstützt: Rückgängig gemacht werden nur angelegte Autorisierungsserver, Richtlinien, Regeln und Claims sowie eine ersetzte Audience.</translation>
    </message>
    <message>
        <source>The outcome of this create is unknown and the object&apos;s id was never recorded; look at the authorization server in the Okta Admin Console instead.</source>
        <translation>Der Ausgang dieses Anlegens ist unbekannt und die ID des Objekts wurde nie aufgezeichnet; sehen Sie sich stattdessen den Autorisierungsserver in der Okta Admin Console an.</translation>
    </message>
    <message>
        <source>This entry was written before rules recorded their policy id, so the rule %1 cannot be found; delete it in the Okta Admin Console instead.</source>
        <translation>Dieser Eintrag wurde geschrieben, bevor Regeln die ID ihrer Richtlinie aufzeichneten, daher lässt sich die Regel %1 nicht finden; löschen Sie sie stattdessen in der Okta Admin Console.</translation>
    </message>
    <message>
        <source>The server&apos;s state before the replace was never recorded, so it cannot be restored.</source>
        <translation>Der Zustand des Servers vor dem Ersetzen wurde nie aufgezeichnet, daher kann er nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The %1 %2 no longer exists; there is nothing to undo.</source>
        <translation>%1 %2 existiert nicht mehr; es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message numerus="yes">
        <source>The authorization server %1 changed since this entry was written (%n field(s) differ); undo would overwrite that.</source>
        <translation>
            <numerusform>Der Autorisierungsserver %1 hat sich seit diesem Eintrag geändert (%n Feld weicht ab); Rückgängigmachen würde das überschreiben.</numerusform>
            <numerusform>Der Autorisierungsserver %1 hat sich seit diesem Eintrag geändert (%n Felder weichen ab); Rückgängigmachen würde das überschreiben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OktaUndoer</name>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>OktaValidator</name>
    <message>
        <source>Enter only the Okta org host, e.g. dev-123456.okta.com.</source>
        <translation>Geben Sie nur den Host der Okta-Org ein, z. B. dev-123456.okta.com.</translation>
    </message>
    <message>
        <source>The Okta domain is empty.</source>
        <translation>Die Okta-Domain ist leer.</translation>
    </message>
    <message>
        <source>The Okta domain contains whitespace.</source>
        <translation>Die Okta-Domain enthält Leerraum.</translation>
    </message>
    <message>
        <source>The Okta domain &quot;%1&quot; looks like a placeholder.</source>
        <translation>Die Okta-Domain „%1“ sieht wie ein Platzhalter aus.</translation>
    </message>
    <message>
        <source>Replace it with your org&apos;s domain before you deploy.</source>
        <translation>Ersetzen Sie sie vor dem Bereitstellen durch die Domain Ihrer Org.</translation>
    </message>
    <message>
        <source>The Okta domain uses the scheme &quot;%1&quot;; only https is allowed.</source>
        <translation>Die Okta-Domain verwendet das Schema „%1“; nur https ist erlaubt.</translation>
    </message>
    <message>
        <source>The Okta domain must not contain a user name or password (&quot;@&quot;).</source>
        <translation>Die Okta-Domain darf keinen Benutzernamen und kein Passwort („@“) enthalten.</translation>
    </message>
    <message>
        <source>The Okta domain must not contain a query or fragment.</source>
        <translation>Die Okta-Domain darf keine Query und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>The Okta domain must not contain a path (&quot;%1&quot;).</source>
        <translation>Die Okta-Domain darf keinen Pfad enthalten („%1“).</translation>
    </message>
    <message>
        <source>Enter only the host, and the authorization server id (e.g. default) in its own field.</source>
        <translation>Geben Sie nur den Host ein und die ID des Autorisierungsservers (z. B. default) in ihrem eigenen Feld.</translation>
    </message>
    <message>
        <source>The port in the Okta domain &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>Der Port in der Okta-Domain „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The Okta domain &quot;%1&quot; is not a valid host name.</source>
        <translation>Die Okta-Domain „%1“ ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>The Okta domain uses http; only https is allowed (plain http only for 127.0.0.1, ::1 or localhost).</source>
        <translation>Die Okta-Domain verwendet http; nur https ist erlaubt (einfaches http nur für 127.0.0.1, ::1 oder localhost).</translation>
    </message>
    <message>
        <source>Use https://%1 or just %1.</source>
        <translation>Verwenden Sie https://%1 oder einfach %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the Okta Admin Console host; tokens are never issued there.</source>
        <translation>„%1“ ist der Host der Okta Admin Console; dort werden nie Tokens ausgestellt.</translation>
    </message>
    <message>
        <source>Use %1 (without -admin).</source>
        <translation>Verwenden Sie %1 (ohne -admin).</translation>
    </message>
    <message>
        <source>The Okta domain &quot;%1&quot; ends in .com.com.</source>
        <translation>Die Okta-Domain „%1“ endet auf .com.com.</translation>
    </message>
    <message>
        <source>Check for a doubled suffix.</source>
        <translation>Prüfen Sie, ob die Endung doppelt ist.</translation>
    </message>
    <message>
        <source>The authorization server is empty, which means Okta&apos;s org authorization server.</source>
        <translation>Der Autorisierungsserver ist leer, das bedeutet den Org-Autorisierungsserver von Okta.</translation>
    </message>
    <message>
        <source>The authorization server id &quot;%1&quot; may contain only letters and digits.</source>
        <translation>Die ID des Autorisierungsservers „%1“ darf nur Buchstaben und Ziffern enthalten.</translation>
    </message>
    <message>
        <source>Enter only the id, e.g. default or aus9o8wzkhckw9TLa0h7.</source>
        <translation>Geben Sie nur die ID ein, z. B. default oder aus9o8wzkhckw9TLa0h7.</translation>
    </message>
    <message>
        <source>The JWK URI is empty.</source>
        <translation>Die JWK-URI ist leer.</translation>
    </message>
    <message>
        <source>Enter the Okta domain, or the jwks_uri of the discovery document.</source>
        <translation>Geben Sie die Okta-Domain ein oder die jwks_uri des Discovery-Dokuments.</translation>
    </message>
    <message>
        <source>The JWK URI &quot;%1&quot; contains a placeholder.</source>
        <translation>Die JWK-URI „%1“ enthält einen Platzhalter.</translation>
    </message>
    <message>
        <source>Replace it before you deploy.</source>
        <translation>Ersetzen Sie ihn vor dem Bereitstellen.</translation>
    </message>
    <message>
        <source>The JWK URI &quot;%1&quot; is not a valid URL.</source>
        <translation>Die JWK-URI „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Use the jwks_uri of the discovery document, e.g. https://dev-123456.okta.com/oauth2/default/v1/keys.</source>
        <translation>Verwenden Sie die jwks_uri des Discovery-Dokuments, z. B. https://dev-123456.okta.com/oauth2/default/v1/keys.</translation>
    </message>
    <message>
        <source>%1 holds the keys of Okta&apos;s org authorization server; its access tokens cannot be verified by App Services.</source>
        <translation>%1 enthält die Schlüssel des Org-Autorisierungsservers von Okta; dessen Zugriffstokens kann App Services nicht prüfen.</translation>
    </message>
    <message>
        <source>Use a custom authorization server: https://{domain}/oauth2/default/v1/keys.</source>
        <translation>Verwenden Sie einen benutzerdefinierten Autorisierungsserver: https://{domain}/oauth2/default/v1/keys.</translation>
    </message>
    <message>
        <source>The JWK URI must use https (plain http only for loopback hosts).</source>
        <translation>Die JWK-URI muss https verwenden (einfaches http nur für Loopback-Hosts).</translation>
    </message>
    <message>
        <source>Use the https jwks_uri of the discovery document.</source>
        <translation>Verwenden Sie die https-jwks_uri des Discovery-Dokuments.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kopie&amp;ren</translation>
    </message>
    <message>
        <source>auth/providers.json</source>
        <translation>auth/providers.json</translation>
    </message>
    <message>
        <source>providers.json preview</source>
        <translation>Vorschau der providers.json</translation>
    </message>
    <message>
        <source>Copy providers.json to the clipboard</source>
        <translation>providers.json in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Valid, %1</source>
        <translation>Gültig, %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix</source>
        <translation>
            <numerusform>%n Fehler zu beheben</numerusform>
            <numerusform>%n Fehler zu beheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not complete: %n field(s) to fill in</source>
        <translation>
            <numerusform>Unvollständig: %n Feld auszufüllen</numerusform>
            <numerusform>Unvollständig: %n Felder auszufüllen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1 muss %2 sein.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>this is not an Okta JWT Wizard profile (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>dies ist kein Profil des Okta JWT Wizard („format“ ist nicht „%1“)</translation>
    </message>
    <message>
        <source>profile version %1 is not supported (this build reads version %2)</source>
        <translation>Profilversion %1 wird nicht unterstützt (dieses Programm liest Version %2)</translation>
    </message>
</context>
<context>
    <name>ProviderValidator</name>
    <message>
        <source>Signing keys are ignored when the JWK URI is used.</source>
        <translation>Signaturschlüssel werden ignoriert, wenn die JWK-URI verwendet wird.</translation>
    </message>
    <message>
        <source>Remove the signing keys, or switch to manual signing keys.</source>
        <translation>Entfernen Sie die Signaturschlüssel oder wechseln Sie zu manuellen Signaturschlüsseln.</translation>
    </message>
    <message>
        <source>Metadata field %1 has an empty claim path.</source>
        <translation>Metadatenfeld %1 hat einen leeren Claim-Pfad.</translation>
    </message>
    <message>
        <source>Enter the JWT claim to copy, e.g. sub or profile.department.</source>
        <translation>Geben Sie den zu kopierenden JWT-Claim ein, z. B. sub oder profile.department.</translation>
    </message>
    <message>
        <source>The claim path &quot;%1&quot; starts or ends with whitespace.</source>
        <translation>Der Claim-Pfad „%1“ beginnt oder endet mit Leerraum.</translation>
    </message>
    <message>
        <source>Remove the spaces.</source>
        <translation>Entfernen Sie die Leerzeichen.</translation>
    </message>
    <message>
        <source>The claim path &quot;%1&quot; has an empty segment.</source>
        <translation>Der Claim-Pfad „%1“ hat ein leeres Segment.</translation>
    </message>
    <message>
        <source>Separate claim names with single dots; write a literal dot as \.</source>
        <translation>Trennen Sie Claim-Namen mit einzelnen Punkten; schreiben Sie einen wörtlichen Punkt als \.</translation>
    </message>
    <message>
        <source>The field name &quot;%1&quot; has %2 characters; App Services allows fewer than 64.</source>
        <translation>Der Feldname „%1“ hat %2 Zeichen; App Services erlaubt weniger als 64.</translation>
    </message>
    <message>
        <source>Shorten the field name.</source>
        <translation>Kürzen Sie den Feldnamen.</translation>
    </message>
    <message>
        <source>The field name &quot;%1&quot; may contain only letters, digits, _ and -.</source>
        <translation>Der Feldname „%1“ darf nur Buchstaben, Ziffern, _ und - enthalten.</translation>
    </message>
    <message>
        <source>Rename it, e.g. to %1.</source>
        <translation>Benennen Sie ihn um, z. B. in %1.</translation>
    </message>
    <message>
        <source>The default field name &quot;%1&quot; contains characters other than letters, digits, _ and -.</source>
        <translation>Der voreingestellte Feldname „%1“ enthält andere Zeichen als Buchstaben, Ziffern, _ und -.</translation>
    </message>
    <message>
        <source>Set an explicit field name.</source>
        <translation>Legen Sie einen ausdrücklichen Feldnamen fest.</translation>
    </message>
    <message>
        <source>The field name &quot;%1&quot; is used by more than one metadata field.</source>
        <translation>Der Feldname „%1“ wird von mehr als einem Metadatenfeld verwendet.</translation>
    </message>
    <message>
        <source>Give each field a distinct field name.</source>
        <translation>Geben Sie jedem Feld einen eigenen Feldnamen.</translation>
    </message>
    <message>
        <source>Okta access tokens do not carry &quot;%1&quot; by default (it is an ID token claim).</source>
        <translation>Okta-Zugriffstokens enthalten „%1“ standardmäßig nicht (es ist ein Claim des ID-Tokens).</translation>
    </message>
    <message>
        <source>Add a custom claim &quot;%1&quot; to the authorization server, or make this field optional: a required claim that is missing blocks every login.</source>
        <translation>Fügen Sie dem Autorisierungsserver einen benutzerdefinierten Claim „%1“ hinzu oder machen Sie dieses Feld optional: Ein fehlender Pflicht-Claim blockiert jede Anmeldung.</translation>
    </message>
    <message>
        <source>Add a custom claim &quot;%1&quot; to the authorization server&apos;s access tokens.</source>
        <translation>Fügen Sie den Zugriffstokens des Autorisierungsservers einen benutzerdefinierten Claim „%1“ hinzu.</translation>
    </message>
    <message>
        <source>The signing algorithm &quot;%1&quot; is not supported.</source>
        <translation>Der Signatur-Algorithmus „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Use HS256 or RS256.</source>
        <translation>Verwenden Sie HS256 oder RS256.</translation>
    </message>
    <message>
        <source>Manual verification needs at least one signing key.</source>
        <translation>Die manuelle Prüfung braucht mindestens einen Signaturschlüssel.</translation>
    </message>
    <message>
        <source>Name the App Services Secret that holds the key.</source>
        <translation>Nennen Sie das App Services Secret, das den Schlüssel enthält.</translation>
    </message>
    <message>
        <source>%1 signing keys are listed; App Services allows at most 3.</source>
        <translation>%1 Signaturschlüssel sind aufgeführt; App Services erlaubt höchstens 3.</translation>
    </message>
    <message>
        <source>Remove the keys you no longer use.</source>
        <translation>Entfernen Sie die Schlüssel, die Sie nicht mehr verwenden.</translation>
    </message>
    <message>
        <source>The secret name &quot;%1&quot; is longer than 64 characters.</source>
        <translation>Der Secret-Name „%1“ ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>Shorten the secret name.</source>
        <translation>Kürzen Sie den Secret-Namen.</translation>
    </message>
    <message>
        <source>The secret name &quot;%1&quot; may contain only letters, digits, _ and -, and must start with a letter or digit.</source>
        <translation>Der Secret-Name „%1“ darf nur Buchstaben, Ziffern, _ und - enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>Rename the secret.</source>
        <translation>Benennen Sie das Secret um.</translation>
    </message>
    <message>
        <source>The secret name &quot;%1&quot; is listed twice.</source>
        <translation>Der Secret-Name „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>List each secret once.</source>
        <translation>Führen Sie jedes Secret nur einmal auf.</translation>
    </message>
    <message>
        <source>The value of signing key &quot;%1&quot; has %2 characters; it needs 32 to 500.</source>
        <translation>Der Wert des Signaturschlüssels „%1“ hat %2 Zeichen; nötig sind 32 bis 500.</translation>
    </message>
    <message>
        <source>Use a random key of at least 32 characters, e.g. 64 hex digits.</source>
        <translation>Verwenden Sie einen zufälligen Schlüssel mit mindestens 32 Zeichen, z. B. 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>The value of signing key &quot;%1&quot; may contain only letters, digits, _ and -.</source>
        <translation>Der Wert des Signaturschlüssels „%1“ darf nur Buchstaben, Ziffern, _ und - enthalten.</translation>
    </message>
    <message>
        <source>Encode the key as hex or base64url.</source>
        <translation>Codieren Sie den Schlüssel als Hex oder base64url.</translation>
    </message>
    <message>
        <source>Audience %1 is empty.</source>
        <translation>Zielgruppe %1 ist leer.</translation>
    </message>
    <message>
        <source>Remove the empty entry.</source>
        <translation>Entfernen Sie den leeren Eintrag.</translation>
    </message>
    <message>
        <source>The audience &quot;%1&quot; starts or ends with whitespace.</source>
        <translation>Die Zielgruppe „%1“ beginnt oder endet mit Leerraum.</translation>
    </message>
    <message>
        <source>Remove the spaces: aud must match exactly.</source>
        <translation>Entfernen Sie die Leerzeichen: aud muss exakt übereinstimmen.</translation>
    </message>
    <message>
        <source>The audience &quot;%1&quot; is listed twice.</source>
        <translation>Die Zielgruppe „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>List each audience once.</source>
        <translation>Führen Sie jede Zielgruppe nur einmal auf.</translation>
    </message>
    <message>
        <source>requireAnyAudience only matters with two or more audiences.</source>
        <translation>requireAnyAudience ist nur bei zwei oder mehr Zielgruppen von Bedeutung.</translation>
    </message>
    <message>
        <source>Add the other audiences, or turn the option off.</source>
        <translation>Fügen Sie die anderen Zielgruppen hinzu oder schalten Sie die Option aus.</translation>
    </message>
    <message>
        <source>The Atlas project id &quot;%1&quot; is not 24 hexadecimal digits.</source>
        <translation>Die Atlas-Projekt-ID „%1“ besteht nicht aus 24 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Copy it from Atlas: Project Settings, Project ID.</source>
        <translation>Kopieren Sie sie aus Atlas: Project Settings, Project ID.</translation>
    </message>
    <message>
        <source>The Client App ID &quot;%1&quot; may contain only letters, digits, _ and -.</source>
        <translation>Die Client App ID „%1“ darf nur Buchstaben, Ziffern, _ und - enthalten.</translation>
    </message>
    <message>
        <source>Copy it from the App Services UI, e.g. myapp-abcde.</source>
        <translation>Kopieren Sie sie aus der App Services UI, z. B. myapp-abcde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not end in -xxxxx like a Client App ID.</source>
        <translation>„%1“ endet nicht wie eine Client App ID auf -xxxxx.</translation>
    </message>
    <message>
        <source>Use the Client App ID (e.g. myapp-abcde), not the app&apos;s name or _id.</source>
        <translation>Verwenden Sie die Client App ID (z. B. myapp-abcde), nicht den Namen oder die _id der Anwendung.</translation>
    </message>
</context>
<context>
    <name>ProvidersMerger</name>
    <message>
        <source>the top-level members %1 are not provider objects; fix the file first</source>
        <translation>die Einträge %1 auf oberster Ebene sind keine Provider-Objekte; korrigieren Sie zuerst die Datei</translation>
    </message>
</context>
<context>
    <name>ProvidersReader</name>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1 muss %2 sein.</translation>
    </message>
    <message>
        <source>Fix the value in the file.</source>
        <translation>Korrigieren Sie den Wert in der Datei.</translation>
    </message>
    <message>
        <source>%1 is not a custom-token setting this tool knows; it is reported, not kept, when the provider is rewritten.</source>
        <translation>%1 ist keine custom-token-Einstellung, die dieses Programm kennt; sie wird gemeldet, aber beim Neuschreiben des Anbieters nicht übernommen.</translation>
    </message>
    <message>
        <source>Check whether App Services still needs it.</source>
        <translation>Prüfen Sie, ob App Services sie noch braucht.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; it must be &quot;custom-token&quot;.</source>
        <translation>%1 ist „%2“; es muss „custom-token“ sein.</translation>
    </message>
    <message>
        <source>Set both name and type to custom-token.</source>
        <translation>Setzen Sie name und type beide auf custom-token.</translation>
    </message>
    <message>
        <source>useJWKURI is true but jwkURI is missing.</source>
        <translation>useJWKURI ist true, aber jwkURI fehlt.</translation>
    </message>
    <message>
        <source>Set jwkURI to the jwks_uri of your Okta authorization server.</source>
        <translation>Setzen Sie jwkURI auf die jwks_uri Ihres Okta-Autorisierungsservers.</translation>
    </message>
    <message>
        <source>The top-level member &quot;%1&quot; is not a provider object; providers.json maps each provider&apos;s name to its object.</source>
        <translation>Der Eintrag &quot;%1&quot; auf oberster Ebene ist kein Provider-Objekt; providers.json ordnet jedem Provider-Namen sein Objekt zu.</translation>
    </message>
    <message>
        <source>Move it into the provider it belongs to, or remove it.</source>
        <translation>Verschieben Sie ihn in den Provider, zu dem er gehört, oder entfernen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>QtKeychainBackend</name>
    <message>
        <source>the entry is in a locked keyring</source>
        <translation>der Eintrag liegt in einem gesperrten Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>&amp;Checks</source>
        <translation>Prü&amp;fungen</translation>
    </message>
    <message>
        <source>Changes to the app directory</source>
        <translation>Änderungen am Anwendungsverzeichnis</translation>
    </message>
    <message>
        <source>C&amp;hoose app directory…</source>
        <translation>Anwendungs&amp;verzeichnis wählen…</translation>
    </message>
    <message>
        <source>&amp;Diff</source>
        <translation>&amp;Diff</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Everything core checks before a file is written, and what will change.</source>
        <translation>Alle Prüfungen, bevor eine Datei geschrieben wird, und was sich dabei ändert.</translation>
    </message>
    <message>
        <source>App directory</source>
        <translation>Anwendungsverzeichnis</translation>
    </message>
    <message>
        <source>Choose the app directory to compare with</source>
        <translation>Anwendungsverzeichnis zum Vergleichen wählen</translation>
    </message>
    <message>
        <source>&lt;b&gt;All checks passed.&lt;/b&gt; The provider is ready to export.</source>
        <translation>&lt;b&gt;Alle Prüfungen bestanden.&lt;/b&gt; Der Anbieter ist bereit zum Export.</translation>
    </message>
    <message>
        <source>No errors and no warnings.</source>
        <translation>Keine Fehler und keine Warnungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 findings are errors.&lt;/b&gt; Go back and fix them to continue.</source>
        <translation>&lt;b&gt;%1 von %2 Befunden sind Fehler.&lt;/b&gt; Gehen Sie zurück und beheben Sie sie, um fortzufahren.</translation>
    </message>
    <message>
        <source>No app directory chosen. Choose one to see what an export would change.</source>
        <translation>Kein Anwendungsverzeichnis gewählt. Wählen Sie eines, um zu sehen, was ein Export ändern würde.</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>No changes: the file already holds this provider.</source>
        <translation>Keine Änderungen: Die Datei enthält diesen Anbieter bereits.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The settings have no errors, but App Services would refuse the checked token.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Einstellungen sind fehlerfrei, aber App Services würde das geprüfte Token ablehnen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The settings have no errors.&lt;/b&gt; App Services would accept the checked token, but its issuer is not the one discovered (a setup mistake): see the token check below.</source>
        <translation>&lt;b&gt;Die Einstellungen haben keine Fehler.&lt;/b&gt; App Services würde das geprüfte Token annehmen, aber sein Aussteller ist nicht der ermittelte (ein Einrichtungsfehler): siehe die Token-Prüfung unten.</translation>
    </message>
    <message>
        <source>Set up Okta… (double-click or Enter)</source>
        <translation>Okta einrichten… (Doppelklick oder Eingabetaste)</translation>
    </message>
    <message numerus="yes">
        <source>The checked token would be refused (%n failure(s)): see the token check below.</source>
        <translation>
            <numerusform>Das geprüfte Token würde abgelehnt (%n Fehler): siehe Tokenprüfung unten.</numerusform>
            <numerusform>Das geprüfte Token würde abgelehnt (%n Fehler): siehe Tokenprüfung unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No errors, %n warning(s).&lt;/b&gt; Read them before you continue.</source>
        <translation>
            <numerusform>&lt;b&gt;Keine Fehler, %n Warnung.&lt;/b&gt; Lesen Sie sie, bevor Sie fortfahren.</numerusform>
            <numerusform>&lt;b&gt;Keine Fehler, %n Warnungen.&lt;/b&gt; Lesen Sie sie, bevor Sie fortfahren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RsaKeyPair</name>
    <message>
        <source>OpenSSL could not generate a %1-bit RSA key.</source>
        <translation>OpenSSL konnte keinen RSA-Schlüssel mit %1 Bit erzeugen.</translation>
    </message>
</context>
<context>
    <name>RsaPublicKey</name>
    <message>
        <source>The RSA modulus or exponent is empty or too long.</source>
        <translation>Modulus oder Exponent des RSA-Schlüssels ist leer oder zu lang.</translation>
    </message>
    <message>
        <source>OpenSSL could not take the RSA modulus and exponent.</source>
        <translation>OpenSSL konnte Modulus und Exponent des RSA-Schlüssels nicht übernehmen.</translation>
    </message>
    <message>
        <source>OpenSSL rejected the RSA modulus and exponent.</source>
        <translation>OpenSSL hat Modulus und Exponent des RSA-Schlüssels abgelehnt.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits or an unusable exponent (allowed: %2 to %3 bits, odd e &gt; 1).</source>
        <translation>Der RSA-Schlüssel hat %1 Bit oder einen unbrauchbaren Exponenten (erlaubt: %2 bis %3 Bit, ungerades e &gt; 1).</translation>
    </message>
</context>
<context>
    <name>SandboxBanner</name>
    <message>
        <source>Sandbox mode</source>
        <translation>Sandbox-Modus</translation>
    </message>
    <message>
        <source>Okta and the App Services Admin API are simulated on 127.0.0.1 (Okta %1, Admin API %2). Nothing here touches your real Okta org or MongoDB Atlas.</source>
        <translation>Okta und die App Services Admin API werden auf 127.0.0.1 simuliert (Okta %1, Admin API %2). Nichts hier berührt Ihre echte Okta-Organisation oder MongoDB Atlas.</translation>
    </message>
    <message>
        <source>Sandbox mode:</source>
        <translation>Sandbox-Modus:</translation>
    </message>
</context>
<context>
    <name>SandboxDescription</name>
    <message>
        <source>the sandbox&apos;s description has no &quot;%1&quot;</source>
        <translation>der Beschreibung der Sandbox fehlt „%1“</translation>
    </message>
    <message>
        <source>the sandbox printed no description but: %1</source>
        <translation>die Sandbox gab keine Beschreibung aus, sondern: %1</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 ließ sich nicht starten: %2</translation>
    </message>
    <message>
        <source>%1 printed no description within %2 s</source>
        <translation>%1 gab binnen %2 s keine Beschreibung aus</translation>
    </message>
    <message>
        <source>%1 stopped before it listened (exit code %2)</source>
        <translation>%1 endete, bevor es auf Anfragen wartete (Exit-Code %2)</translation>
    </message>
    <message>
        <source>%1 stopped before it listened: %2</source>
        <translation>%1 endete, bevor es auf Anfragen wartete: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The sandbox&apos;s owner is gone.</source>
        <translation>Der Besitzer der Sandbox existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Okta JWT Wizard</source>
        <translation>Okta JWT Wizard</translation>
    </message>
    <message>
        <source>Sa&amp;ve Profile…</source>
        <translation>&amp;Profil speichern…</translation>
    </message>
    <message>
        <source>Save these inputs to a profile file (no secrets)</source>
        <translation>Diese Eingaben in einer Profildatei speichern (ohne Geheimnisse)</translation>
    </message>
    <message>
        <source>Save the wizard profile</source>
        <translation>Profil des Assistenten speichern</translation>
    </message>
    <message>
        <source>Wizard profiles (*.json)</source>
        <translation>Assistenten-Profile (*.json)</translation>
    </message>
    <message>
        <source>Cannot save the profile</source>
        <translation>Das Profil kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>this build has no built-in sandbox</source>
        <translation>dieser Build enthält keine eingebaute Sandbox</translation>
    </message>
    <message>
        <source>No token checked yet — use Pick from token… on the Metadata page, then Mint a demo token.</source>
        <translation>Noch kein Token geprüft – verwenden Sie „Aus Token übernehmen…“ auf der Seite „Benutzer-Metadaten“ und dann „Demo-Token erzeugen“.</translation>
    </message>
    <message>
        <source>Okta JWT Wizard (sandbox)</source>
        <translation>Okta JWT Wizard (Sandbox)</translation>
    </message>
    <message>
        <source>Saved the profile %1.</source>
        <translation>Profil %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Drag to resize the preview</source>
        <translation>Ziehen, um die Vorschau breiter oder schmaler zu machen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Use a &amp;device code (sign in on another device)</source>
        <translation>&amp;Gerätecode verwenden (auf einem anderen Gerät anmelden)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in with Okta</source>
        <translation>Bei Okta anmelden</translation>
    </message>
    <message>
        <source>Client ID of a native Okta app, e.g. 0oa1b2c3d4</source>
        <translation>Client ID einer nativen Okta-App, z. B. 0oa1b2c3d4</translation>
    </message>
    <message>
        <source>Signs a user in to %1 and checks the access token the way App Services will. The token is used once and never stored.</source>
        <translation>Meldet einen Benutzer bei %1 an und prüft das Zugriffstoken so, wie App Services es tut. Das Token wird einmal verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <source>Okta &amp;client ID:</source>
        <translation>Okta-&amp;Client-ID:</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>&amp;Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there, then return here.</source>
        <translation>Warte auf den Browser … Melden Sie sich dort an und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>Code: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Open &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; on any device and confirm it.</source>
        <translation>Code: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Öffnen Sie &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; auf einem beliebigen Gerät und bestätigen Sie ihn.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in: %1 s left.</source>
        <translation>Warte auf die Anmeldung: noch %1 s.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Abhilfe: %2</translation>
    </message>
</context>
<context>
    <name>SigningKeyFile</name>
    <message>
        <source>cannot read the value of signing key %1: %2</source>
        <translation>der Wert des Signaturschlüssels %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SigningKeyValuesEditor</name>
    <message>
        <source>Leave empty to keep the App&apos;s Secret</source>
        <translation>Leer lassen, um das Secret der Anwendung zu behalten</translation>
    </message>
    <message>
        <source>Value of signing key %1</source>
        <translation>Wert des Signaturschlüssels %1</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>Aus Datei…</translation>
    </message>
    <message>
        <source>Read the value of signing key %1 from a file</source>
        <translation>Den Wert des Signaturschlüssels %1 aus einer Datei lesen</translation>
    </message>
    <message>
        <source>Value of %1:</source>
        <translation>Wert von %1:</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read the signing key</source>
        <translation>Der Signaturschlüssel kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>StringListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add %1 (Insert)</source>
        <translation>%1 hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove the selected %1 (Delete)</source>
        <translation>Auswahl entfernen: %1 (Entf)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>TestLoginPanel</name>
    <message>
        <source>&amp;Delete the test user afterwards</source>
        <translation>Test&amp;benutzer danach löschen</translation>
    </message>
    <message>
        <source>Sign in and &amp;test login…</source>
        <translation>Anmelden und Anmeldung &amp;testen…</translation>
    </message>
    <message>
        <source>Test with a &amp;demo token</source>
        <translation>Mit einem &amp;Demo-Token testen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>App Services built</source>
        <translation>Von App Services erzeugt</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Proves the setup: App Services logs a user in with a real Okta access token and builds the user data, compared here with the local prediction.</source>
        <translation>Beweist die Einrichtung: App Services meldet einen Benutzer mit einem echten Okta-Zugriffstoken an und erzeugt die Benutzerdaten, die hier mit der lokalen Vorhersage verglichen werden.</translation>
    </message>
    <message>
        <source>Client &amp;API:</source>
        <translation>Client-&amp;API:</translation>
    </message>
    <message>
        <source>Running: %1…</source>
        <translation>Läuft: %1 …</translation>
    </message>
    <message>
        <source>Enter the Client App ID first (App Services page).</source>
        <translation>Geben Sie zuerst die Client App ID ein (Seite App Services).</translation>
    </message>
    <message>
        <source>No test login yet.</source>
        <translation>Noch keine Testanmeldung.</translation>
    </message>
    <message>
        <source> (made with other settings: test again)</source>
        <translation> (mit anderen Einstellungen gemacht: erneut testen)</translation>
    </message>
    <message>
        <source>App Services accepted the token.</source>
        <translation>App Services hat das Token akzeptiert.</translation>
    </message>
    <message>
        <source>The test login failed at the %1 step: %2</source>
        <translation>Die Testanmeldung ist im Schritt %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>User id: %1
Identities: %2%3</source>
        <translation>Benutzer-ID: %1
Identitäten: %2%3</translation>
    </message>
    <message>
        <source>
The test user was deleted.</source>
        <translation>
Der Testbenutzer wurde gelöscht.</translation>
    </message>
    <message>
        <source>≠ %1</source>
        <translation>≠ %1</translation>
    </message>
    <message>
        <source>App Services: %1 (%2), co_id %3</source>
        <translation>App Services: %1 (%2), co_id %3</translation>
    </message>
    <message>
        <source>Log entry: %1 at %2, status %3</source>
        <translation>Protokolleintrag: %1 um %2, Status %3</translation>
    </message>
    <message>
        <source>Local check: %1</source>
        <translation>Lokale Prüfung: %1</translation>
    </message>
</context>
<context>
    <name>TokenCheckSummary</name>
    <message>
        <source>No token checked yet — use Pick from token… on the Metadata page.</source>
        <translation>Noch kein Token geprüft – verwenden Sie „Aus Token übernehmen…“ auf der Seite „Benutzer-Metadaten“.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Key id (kid):</source>
        <translation>Schlüssel-ID (kid):</translation>
    </message>
    <message>
        <source>User data App Services would bu&amp;ild:</source>
        <translation>Benutzerdaten, die App Services &amp;erzeugen würde:</translation>
    </message>
    <message>
        <source>Failures and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message numerus="yes">
        <source>Invalid: App Services would reject this token (%n failure(s)).</source>
        <translation>
            <numerusform>Ungültig: App Services würde dieses Token ablehnen (%n Fehler).</numerusform>
            <numerusform>Ungültig: App Services würde dieses Token ablehnen (%n Fehler).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid, with %n warning(s).</source>
        <translation>
            <numerusform>Gültig, mit %n Warnung.</numerusform>
            <numerusform>Gültig, mit %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: App Services would accept this token.</source>
        <translation>Gültig: App Services würde dieses Token akzeptieren.</translation>
    </message>
    <message>
        <source>(no key verified the signature)</source>
        <translation>(kein Schlüssel hat die Signatur bestätigt)</translation>
    </message>
    <message>
        <source>Out of date: the Okta, audience or Client App ID inputs changed since this token was checked. Check it again.</source>
        <translation>Veraltet: Die Eingaben zu Okta, Zielgruppe oder Client App ID haben sich seit der Prüfung dieses Tokens geändert. Prüfen Sie es erneut.</translation>
    </message>
    <message>
        <source>Every check without keys passed; the signature is not verified yet.</source>
        <translation>Alle Prüfungen ohne Schlüssel bestanden; die Signatur ist noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>(signature not checked yet)</source>
        <translation>(Signatur noch nicht geprüft)</translation>
    </message>
    <message>
        <source>App Services would accept this token, but its issuer is not the one discovered (a setup mistake).</source>
        <translation>App Services würde dieses Token annehmen, aber sein Aussteller ist nicht der ermittelte (ein Einrichtungsfehler).</translation>
    </message>
</context>
<context>
    <name>TokenChecker</name>
    <message>
        <source>The token has %1 characters; App Services accepts at most %2.</source>
        <translation>Das Token hat %1 Zeichen; App Services akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>Paste the whole access token: three base64url parts separated by dots.</source>
        <translation>Fügen Sie das ganze Zugriffstoken ein: drei base64url-Teile, durch Punkte getrennt.</translation>
    </message>
    <message>
        <source>The token has no non-empty &quot;sub&quot; string; App Services uses it as the user&apos;s identity.</source>
        <translation>Das Token hat keinen nicht-leeren String „sub“; App Services verwendet ihn als Identität des Benutzers.</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>The token&apos;s algorithm is %1; with a JWK URI App Services accepts only RS256.</source>
        <translation>Der Algorithmus des Tokens ist %1; mit einer JWK-URI akzeptiert App Services nur RS256.</translation>
    </message>
    <message>
        <source>Use an access token from an Okta custom authorization server.</source>
        <translation>Verwenden Sie ein Zugriffstoken eines benutzerdefinierten Okta-Autorisierungsservers.</translation>
    </message>
    <message>
        <source>The token header has no &quot;kid&quot;; App Services needs it to pick the key.</source>
        <translation>Der Token-Header hat kein „kid“; App Services braucht es, um den Schlüssel auszuwählen.</translation>
    </message>
    <message>
        <source>No RS256 key with kid &quot;%1&quot; is in the JWKS.</source>
        <translation>Im JWKS ist kein RS256-Schlüssel mit der kid „%1“.</translation>
    </message>
    <message>
        <source>Check that the token comes from the authorization server whose JWK URI is configured (the org server&apos;s tokens never match).</source>
        <translation>Prüfen Sie, ob das Token von dem Autorisierungsserver stammt, dessen JWK-URI eingestellt ist (Tokens des Org-Servers passen nie).</translation>
    </message>
    <message>
        <source>The signature does not verify with the key &quot;%1&quot;.</source>
        <translation>Die Signatur lässt sich mit dem Schlüssel „%1“ nicht bestätigen.</translation>
    </message>
    <message>
        <source>The token was altered, or signed by a different key with the same kid.</source>
        <translation>Das Token wurde verändert oder mit einem anderen Schlüssel mit derselben kid signiert.</translation>
    </message>
    <message>
        <source>Use a token from the authorization server that was discovered.</source>
        <translation>Verwenden Sie ein Token des Autorisierungsservers, der ermittelt wurde.</translation>
    </message>
    <message>
        <source>Set the Okta authorization server&apos;s audience to the Client App ID and leave the App Services audience empty, or list the token&apos;s aud in the audience.</source>
        <translation>Setzen Sie die Zielgruppe des Okta-Autorisierungsservers auf die Client App ID und lassen Sie die Zielgruppe in App Services leer, oder nehmen Sie das aud des Tokens in die Zielgruppen auf.</translation>
    </message>
    <message>
        <source>The token&apos;s &quot;aud&quot; is missing or not a string or array of strings.</source>
        <translation>„aud“ des Tokens fehlt oder ist weder ein String noch ein Array von Strings.</translation>
    </message>
    <message>
        <source>The token&apos;s aud [%1] does not contain the Client App ID &quot;%2&quot;.</source>
        <translation>aud [%1] des Tokens enthält nicht die Client App ID „%2“.</translation>
    </message>
    <message>
        <source>The token&apos;s aud [%1] contains none of the audiences [%2].</source>
        <translation>aud [%1] des Tokens enthält keine der Zielgruppen [%2].</translation>
    </message>
    <message>
        <source>The token&apos;s aud [%1] lacks [%2]; every configured audience is required unless requireAnyAudience is set.</source>
        <translation>aud [%1] des Tokens fehlt [%2]; jede eingestellte Zielgruppe ist erforderlich, außer requireAnyAudience ist gesetzt.</translation>
    </message>
    <message>
        <source>The token has no numeric &quot;exp&quot;; App Services refuses tokens without one.</source>
        <translation>Das Token hat kein numerisches „exp“; App Services lehnt Tokens ohne exp ab.</translation>
    </message>
    <message>
        <source>The token expired at %1 (now %2, leeway %3 s).</source>
        <translation>Das Token ist um %1 abgelaufen (jetzt %2, Toleranz %3 s).</translation>
    </message>
    <message>
        <source>Get a fresh access token, and check the computer&apos;s clock.</source>
        <translation>Holen Sie ein neues Zugriffstoken und prüfen Sie die Uhr des Computers.</translation>
    </message>
    <message>
        <source>The token is not valid before %1 (now %2, leeway %3 s), or nbf is not a number.</source>
        <translation>Das Token ist nicht vor %1 gültig (jetzt %2, Toleranz %3 s), oder nbf ist keine Zahl.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s clock.</source>
        <translation>Prüfen Sie die Uhr des Computers.</translation>
    </message>
    <message>
        <source>The token was issued at %1, after now (%2, leeway %3 s), or iat is not a number.</source>
        <translation>Das Token wurde um %1 ausgestellt, also nach jetzt (%2, Toleranz %3 s), oder iat ist keine Zahl.</translation>
    </message>
    <message>
        <source>This looks like an ID token (it has a nonce, or aud equals cid).</source>
        <translation>Dies sieht nach einem ID-Token aus (es hat eine nonce, oder aud ist gleich cid).</translation>
    </message>
    <message>
        <source>App Services needs the access token, not the ID token.</source>
        <translation>App Services braucht das Zugriffstoken, nicht das ID-Token.</translation>
    </message>
    <message>
        <source>The issuer or keys are those of Okta&apos;s org authorization server, whose access tokens only Okta can validate.</source>
        <translation>Aussteller oder Schlüssel gehören zum Org-Autorisierungsserver von Okta, dessen Zugriffstokens nur Okta validieren kann.</translation>
    </message>
    <message>
        <source>Use the &quot;default&quot; or another custom authorization server.</source>
        <translation>Verwenden Sie „default“ oder einen anderen benutzerdefinierten Autorisierungsserver.</translation>
    </message>
    <message>
        <source>The JWKS has %1 keys; App Services documents at most %2.</source>
        <translation>Das JWKS hat %1 Schlüssel; App Services dokumentiert höchstens %2.</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(keine kid)</translation>
    </message>
    <message>
        <source>The JWKS has keys App Services cannot use for RS256: %1.</source>
        <translation>Das JWKS enthält Schlüssel, die App Services nicht für RS256 verwenden kann: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) of the JWKS have no kid; App Services needs the token&apos;s kid to find its key.</source>
        <translation>
            <numerusform>%n Schlüssel des JWKS hat keine kid; App Services braucht die kid des Tokens, um seinen Schlüssel zu finden.</numerusform>
            <numerusform>%n Schlüssel des JWKS haben keine kid; App Services braucht die kid des Tokens, um seinen Schlüssel zu finden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token&apos;s issuer &quot;%1&quot; is not the discovered issuer &quot;%2&quot; (compared exactly). App Services has no issuer setting and would not refuse the token for this, but a token from another authorization server is almost always a setup mistake.</source>
        <translation>Der Aussteller „%1“ des Tokens ist nicht der ermittelte Aussteller „%2“ (exakt verglichen). App Services hat keine Aussteller-Einstellung und würde das Token deshalb nicht ablehnen, aber ein Token eines anderen Autorisierungsservers ist fast immer ein Einrichtungsfehler.</translation>
    </message>
</context>
<context>
    <name>TokenPickerDialog</name>
    <message>
        <source>Pick Claims from an Access Token</source>
        <translation>Claims aus einem Zugriffstoken übernehmen</translation>
    </message>
    <message>
        <source>Paste an Okta access token for this authorization server. It is checked the way App Services will check it, and it is never saved or logged.</source>
        <translation>Fügen Sie ein Okta-Zugriffstoken dieses Autorisierungsservers ein. Es wird so geprüft, wie App Services es prüfen wird, und nie gespeichert oder protokolliert.</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>Zugriffs&amp;token</translation>
    </message>
    <message>
        <source>eyJraWQiOi…</source>
        <translation>eyJraWQiOi…</translation>
    </message>
    <message>
        <source>&amp;Check token</source>
        <translation>Token &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Checking the token</source>
        <translation>Token wird geprüft</translation>
    </message>
    <message>
        <source>Cl&amp;aims: tick the ones to copy into the user&apos;s data</source>
        <translation>&amp;Claims: Kreuzen Sie die an, die in die Benutzerdaten kopiert werden sollen</translation>
    </message>
    <message>
        <source>Paste an access token and choose Check token.</source>
        <translation>Fügen Sie ein Zugriffstoken ein und wählen Sie „Token prüfen“.</translation>
    </message>
    <message>
        <source>&amp;Use ticked claims</source>
        <translation>Angekreuzte Claims &amp;übernehmen</translation>
    </message>
    <message>
        <source>No Okta domain or JWK URI to fetch the signing keys from.</source>
        <translation>Keine Okta-Domain und keine JWK-URI, von der die Signaturschlüssel geholt werden könnten.</translation>
    </message>
    <message>
        <source>Enter the Okta domain on the Okta page first.</source>
        <translation>Geben Sie zuerst die Okta-Domain auf der Seite „Okta-Autorisierungsserver“ ein.</translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Prüfung angehalten.</translation>
    </message>
    <message>
        <source>&amp;Mint a demo token</source>
        <translation>Demo-Token &amp;erzeugen</translation>
    </message>
    <message>
        <source>Sandbox mode: get a fresh access token from the simulated Okta on 127.0.0.1 and check it</source>
        <translation>Sandbox-Modus: ein neues Zugriffstoken vom simulierten Okta auf 127.0.0.1 holen und prüfen</translation>
    </message>
    <message>
        <source>The built-in sandbox no longer runs: no demo token.</source>
        <translation>Die eingebaute Sandbox läuft nicht mehr: kein Demo-Token.</translation>
    </message>
    <message>
        <source>Restart okta-jwt-wizard with --sandbox.</source>
        <translation>Starten Sie den Assistenten neu und wählen Sie auf der Startseite „Mit der eingebauten Sandbox ausprobieren“.</translation>
    </message>
    <message>
        <source>The signature was not checked: &lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>Die Signatur wurde nicht geprüft: &lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
</context>
<context>
    <name>TrustAnchors</name>
    <message>
        <source>The CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>Extra CA certificates: %1</source>
        <translation>Zusätzliche CA-Zertifikate: %1</translation>
    </message>
    <message>
        <source>Choose a PEM file with the certificate(s) of the CA to trust.</source>
        <translation>Wählen Sie eine PEM-Datei mit dem Zertifikat bzw. den Zertifikaten der CA, der vertraut werden soll.</translation>
    </message>
</context>
<context>
    <name>UndoPlan</name>
    <message>
        <source>Secret %1 cannot be restored: App Services never returns Secret values, so its previous value was never known. Set it again yourself if needed.</source>
        <translation>Das Secret %1 lässt sich nicht wiederherstellen: App Services gibt Secret-Werte nie zurück, der vorige Wert war also nie bekannt. Setzen Sie es bei Bedarf selbst neu.</translation>
    </message>
    <message>
        <source>Undo of &quot;%1&quot; is not supported.</source>
        <translation>&quot;%1&quot; lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The write failed on the server, so there is nothing to undo.</source>
        <translation>Die Änderung ist auf dem Server fehlgeschlagen; es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The outcome of this create is unknown and the provider&apos;s id was never recorded; compare with okta-jwt diff instead.</source>
        <translation>Das Ergebnis dieses Anlegens ist unbekannt und die id des Anbieters wurde nie vermerkt; vergleichen Sie stattdessen mit okta-jwt diff.</translation>
    </message>
    <message>
        <source>The provider %1 exists again since this entry was written.</source>
        <translation>Der Anbieter %1 existiert wieder, seit dieser Eintrag geschrieben wurde.</translation>
    </message>
    <message>
        <source>The provider %1 no longer exists; there is nothing to undo.</source>
        <translation>Der Anbieter %1 existiert nicht mehr; es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message numerus="yes">
        <source>The provider %1 changed since this entry was written (%n field(s) differ); undo would overwrite that.</source>
        <translation>
            <numerusform>Der Anbieter %1 hat sich geändert, seit dieser Eintrag geschrieben wurde (%n Feld weicht ab); Rückgängig würde das überschreiben.</numerusform>
            <numerusform>Der Anbieter %1 hat sich geändert, seit dieser Eintrag geschrieben wurde (%n Felder weichen ab); Rückgängig würde das überschreiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PATCH the provider %1 back to its recorded state (%n field(s)).</source>
        <translation>
            <numerusform>Den Anbieter %1 auf den vermerkten Zustand zurücksetzen (PATCH, %n Feld).</numerusform>
            <numerusform>Den Anbieter %1 auf den vermerkten Zustand zurücksetzen (PATCH, %n Felder).</numerusform>
        </translation>
    </message>
    <message>
        <source>DELETE the provider %1 that the entry created.</source>
        <translation>Den vom Eintrag angelegten Anbieter %1 löschen (DELETE).</translation>
    </message>
    <message>
        <source>POST the provider that the entry deleted again.</source>
        <translation>Den vom Eintrag gelöschten Anbieter wieder anlegen (POST).</translation>
    </message>
    <message>
        <source>Enable the provider %1 again.</source>
        <translation>Den Anbieter %1 wieder aktivieren.</translation>
    </message>
    <message>
        <source>Disable the provider %1 again.</source>
        <translation>Den Anbieter %1 wieder deaktivieren.</translation>
    </message>
    <message numerus="yes">
        <source>PUT %1 back to its recorded state (%n field(s)).</source>
        <translation>
            <numerusform>%1 per PUT auf den aufgezeichneten Zustand zurücksetzen (%n Feld).</numerusform>
            <numerusform>%1 per PUT auf den aufgezeichneten Zustand zurücksetzen (%n Felder).</numerusform>
        </translation>
    </message>
    <message>
        <source>DELETE %1 that the entry created.</source>
        <translation>%1, das der Eintrag angelegt hat, per DELETE löschen.</translation>
    </message>
</context>
<context>
    <name>Undoer</name>
    <message>
        <source>Read the provider %1 as it is now</source>
        <translation>Den Anbieter %1 im jetzigen Zustand lesen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Read.</source>
        <translation>Gelesen.</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>Er existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Okta changes are undone on the command line: okta-jwt undo %1</source>
        <translation>Okta-Änderungen werden auf der Kommandozeile rückgängig gemacht: okta-jwt undo %1</translation>
    </message>
</context>
<context>
    <name>UserDataBuilder</name>
    <message>
        <source>The required claim &quot;%1&quot; is missing or null in the token.</source>
        <translation>Der Pflicht-Claim „%1“ fehlt im Token oder ist null.</translation>
    </message>
    <message>
        <source>Add the claim to the access token in Okta, or make the metadata field optional.</source>
        <translation>Fügen Sie den Claim dem Zugriffstoken in Okta hinzu oder machen Sie das Metadatenfeld optional.</translation>
    </message>
    <message>
        <source>The claim &quot;%1&quot; has %2 characters; App Services allows at most %3 per metadata field.</source>
        <translation>Der Claim „%1“ hat %2 Zeichen; App Services erlaubt höchstens %3 pro Metadatenfeld.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Start a new provider</source>
        <translation>&amp;Neuen Anbieter anlegen</translation>
    </message>
    <message>
        <source>Begin with empty settings and fill them in step by step.</source>
        <translation>Mit leeren Einstellungen beginnen und sie Schritt für Schritt ausfüllen.</translation>
    </message>
    <message>
        <source>&amp;Open a saved profile…</source>
        <translation>&amp;Gespeichertes Profil öffnen…</translation>
    </message>
    <message>
        <source>Continue from a wizard profile you saved earlier.</source>
        <translation>Mit einem früher gespeicherten Profil des Assistenten weitermachen.</translation>
    </message>
    <message>
        <source>&amp;Import a providers.json…</source>
        <translation>providers.json &amp;importieren…</translation>
    </message>
    <message>
        <source>Edit the custom-token provider of an existing auth/providers.json file.</source>
        <translation>Den custom-token-Anbieter einer vorhandenen auth/providers.json bearbeiten.</translation>
    </message>
    <message>
        <source>Import an &amp;app directory…</source>
        <translation>&amp;Anwendungsverzeichnis importieren…</translation>
    </message>
    <message>
        <source>Edit the provider of an app folder from appservices pull; exports go back there.</source>
        <translation>Den Anbieter eines Anwendungsordners aus appservices pull bearbeiten; Exporte gehen dorthin zurück.</translation>
    </message>
    <message>
        <source>Set up Okta sign-in for App Services</source>
        <translation>Okta-Anmeldung für App Services einrichten</translation>
    </message>
    <message>
        <source>Configure the Custom JWT provider so that users signed in with Okta can log in with their access tokens.</source>
        <translation>Richten Sie den Custom-JWT-Anbieter so ein, dass sich mit Okta angemeldete Benutzer mit ihren Zugriffstokens anmelden können.</translation>
    </message>
    <message>
        <source>You will need:
• your Okta domain, e.g. dev-123456.okta.com
• the authorization server that issues your access tokens (often “default”)
• the Client App ID of your App Services app, e.g. myapp-abcde
• optionally, your app&apos;s folder from “appservices pull”

Nothing is written until the last step.</source>
        <translation>Sie benötigen:
• Ihre Okta-Domain, z. B. dev-123456.okta.com
• den Autorisierungsserver, der Ihre Zugriffstokens ausstellt (oft „default“)
• die Client App ID Ihrer App-Services-Anwendung, z. B. myapp-abcde
• optional den Ordner Ihrer Anwendung aus „appservices pull“

Bis zum letzten Schritt wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Open a wizard profile</source>
        <translation>Profil des Assistenten öffnen</translation>
    </message>
    <message>
        <source>Wizard profiles (*.json);;All files (*)</source>
        <translation>Assistenten-Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is not a wizard profile: %2</source>
        <translation>%1 ist kein Profil des Assistenten: %2</translation>
    </message>
    <message>
        <source>Opened the profile %1.</source>
        <translation>Profil %1 geöffnet.</translation>
    </message>
    <message>
        <source>Import a providers.json</source>
        <translation>providers.json importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 has no custom-token provider to edit.</source>
        <translation>%1 enthält keinen custom-token-Anbieter zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Imported the custom-token provider of %1.</source>
        <translation>Der custom-token-Anbieter aus %1 wurde importiert.</translation>
    </message>
    <message>
        <source>Import an app directory</source>
        <translation>Anwendungsverzeichnis importieren</translation>
    </message>
    <message>
        <source>%1 has no custom-token provider yet; export will add one.</source>
        <translation>%1 hat noch keinen custom-token-Anbieter; der Export fügt einen hinzu.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>Press Next to continue.</source>
        <translation>Klicken Sie auf „Weiter“, um fortzufahren.</translation>
    </message>
    <message>
        <source>&amp;Try it with the built-in sandbox</source>
        <translation>Mit der eingebauten &amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>No account needed: a simulated Okta and Admin API on 127.0.0.1, with everything prefilled.</source>
        <translation>Kein Konto nötig: ein simuliertes Okta und eine simulierte Admin API auf 127.0.0.1, alles vorausgefüllt.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Die eingebaute Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox runs on 127.0.0.1 and the wizard is filled in for it.</source>
        <translation>Die eingebaute Sandbox läuft auf 127.0.0.1, und der Assistent ist dafür ausgefüllt.</translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation>Kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Start a new provider?</source>
        <translation>Einen neuen Anbieter anlegen?</translation>
    </message>
    <message>
        <source>This clears every input of the wizard (the Okta domain, the App, the metadata fields and the app directory).</source>
        <translation>Damit werden alle Eingaben des Assistenten gelöscht (die Okta-Domain, die Anwendung, die Metadatenfelder und das Anwendungsverzeichnis).</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
</context>
<context>
    <name>WizardPanels</name>
    <message>
        <source>Set &amp;up Okta…</source>
        <translation>&amp;Okta einrichten…</translation>
    </message>
    <message>
        <source>Set up the authorization server&apos;s audience, access policy, rule and access-token claims through the Okta Management API</source>
        <translation>Audience, Zugriffsrichtlinie, Regel und Zugriffstoken-Claims des Autorisierungsservers über die Okta Management API einrichten</translation>
    </message>
    <message>
        <source>&amp;Pick from token…</source>
        <translation>Aus &amp;Token übernehmen…</translation>
    </message>
    <message>
        <source>Paste an access token, check it the way App Services will, and tick its claims</source>
        <translation>Ein Zugriffstoken einfügen, es so prüfen wie App Services und seine Claims ankreuzen</translation>
    </message>
    <message>
        <source>&amp;Sign in with Okta…</source>
        <translation>Bei Okta a&amp;nmelden…</translation>
    </message>
    <message>
        <source>Sign a user in to Okta and check their access token the way App Services will</source>
        <translation>Einen Benutzer bei Okta anmelden und sein Zugriffstoken so prüfen, wie App Services es tut</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sets up Okta sign-in (Custom JWT) for a MongoDB Atlas App Services app.</source>
        <translation>Richtet die Okta-Anmeldung (Custom JWT) für eine Anwendung von MongoDB Atlas App Services ein.</translation>
    </message>
    <message>
        <source>Save one PNG per page into DIR and quit.</source>
        <translation>Ein PNG pro Seite in DIR speichern und beenden.</translation>
    </message>
    <message>
        <source>Try every step without accounts: start a simulated Okta and Admin API on 127.0.0.1 and fill the wizard in for them.</source>
        <translation>Jeden Schritt ohne Konten ausprobieren: ein simuliertes Okta und eine simulierte Admin API auf 127.0.0.1 starten und den Assistenten dafür ausfüllen.</translation>
    </message>
    <message>
        <source>okta-jwt-wizard: the sandbox could not start: %1</source>
        <translation>okta-jwt-wizard: die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Show the wizard in LANG (en, de) instead of the system&apos;s language.</source>
        <translation>Zeigt den Assistenten in LANG (en, de) statt in der Sprache des Systems.</translation>
    </message>
</context>
</TS>
