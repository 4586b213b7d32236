<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Context</name>
    <message>
        <source>No platform profile found in %1. Give one with --profile FILE, or see &apos;%2 profiles&apos;.</source>
        <translation>Nessun profilo di piattaforma in %1. Indicane uno con --profile FILE, oppure vedi &apos;%2 profiles&apos;.</translation>
    </message>
    <message>
        <source>Details are in the log: %1</source>
        <translation>I dettagli sono nel log: %1</translation>
    </message>
    <message>
        <source>%1 Try &apos;%2&apos;.</source>
        <translation>%1 Prova &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>(no project)</source>
        <translation>(nessun progetto)</translation>
    </message>
    <message>
        <source>(other namespaces)</source>
        <translation>(altri namespace)</translation>
    </message>
</context>
<context>
    <name>plancia::CommandLine</name>
    <message>
        <source>Plancia, the control center of a Kubernetes-based research AI platform.</source>
        <translation>Plancia, il centro di controllo di una piattaforma di IA per la ricerca basata su Kubernetes.</translation>
    </message>
    <message>
        <source>Use the platform profile in FILE, or the known profile named NAME.</source>
        <translation>Usa il profilo di piattaforma contenuto in FILE, o il profilo noto di nome NOME.</translation>
    </message>
    <message>
        <source>FILE|NAME</source>
        <translation>FILE|NOME</translation>
    </message>
    <message>
        <source>Open on page NAME (%1).</source>
        <translation>Apri sulla pagina NOME (%1).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>There is no page named &quot;%1&quot;.</source>
        <translation>Non esiste una pagina di nome «%1».</translation>
    </message>
    <message>
        <source>Open the platform profile</source>
        <translation>Apri il profilo di piattaforma</translation>
    </message>
    <message>
        <source>No platform is open. Choose one in the Platform list at the bottom of the window.</source>
        <translation>Nessuna piattaforma è aperta. Scegline una nell&apos;elenco Piattaforma in fondo alla finestra.</translation>
    </message>
    <message>
        <source>The platform profile %1 was read but could not be opened.</source>
        <translation>Il profilo di piattaforma %1 è stato letto ma non è stato possibile aprirlo.</translation>
    </message>
</context>
<context>
    <name>plancia::DeviceFlowJob</name>
    <message>
        <source>Asking the identity provider for a login code…</source>
        <translation>Richiesta di un codice di accesso al provider di identità…</translation>
    </message>
    <message>
        <source>Open the link, sign in and enter the code. Waiting for your approval…</source>
        <translation>Apri il collegamento, accedi e inserisci il codice. In attesa della tua approvazione…</translation>
    </message>
    <message>
        <source>Approved. Logging you in…</source>
        <translation>Approvato. Accesso in corso…</translation>
    </message>
    <message>
        <source>The code expired before it was approved. Start again to get a new code.</source>
        <translation>Il codice è scaduto prima di essere approvato. Ricomincia per ottenerne uno nuovo.</translation>
    </message>
    <message>
        <source>The login was denied. If that was a mistake, start again.</source>
        <translation>L&apos;accesso è stato negato. Se si tratta di un errore, ricomincia.</translation>
    </message>
    <message>
        <source>The login failed.</source>
        <translation>Accesso non riuscito.</translation>
    </message>
    <message>
        <source>The login was canceled.</source>
        <translation>L&apos;accesso è stato annullato.</translation>
    </message>
    <message>
        <source>The identity provider %1 does not offer device login.</source>
        <translation>Il provider di identità %1 non offre l&apos;accesso tramite dispositivo.</translation>
    </message>
    <message>
        <source>Cannot ask for a login code: %1</source>
        <translation>Impossibile richiedere un codice di accesso: %1</translation>
    </message>
    <message>
        <source>The identity provider refused to start a login: %1</source>
        <translation>Il provider di identità ha rifiutato di avviare l&apos;accesso: %1</translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer to the login request could not be understood.</source>
        <translation>La risposta del provider di identità alla richiesta di accesso non è comprensibile.</translation>
    </message>
    <message>
        <source>Lost contact with the identity provider while waiting: %1</source>
        <translation>Contatto perso con il provider di identità durante l&apos;attesa: %1</translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer could not be understood.</source>
        <translation>La risposta del provider di identità non è comprensibile.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer could not be understood (HTTP %1).</source>
        <translation>La risposta del provider di identità non è comprensibile (HTTP %1).</translation>
    </message>
    <message>
        <source>The identity provider refused the login: %1</source>
        <translation>Il provider di identità ha rifiutato l&apos;accesso: %1</translation>
    </message>
</context>
<context>
    <name>plancia::Error</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Impossibile copiare %1 in %2.</translation>
    </message>
    <message>
        <source>There is no platform profile named %1, and no such file.</source>
        <translation>Non esiste né un profilo di piattaforma di nome %1 né un file con questo nome.</translation>
    </message>
    <message>
        <source>The server rejected the request as malformed (HTTP 400).</source>
        <translation>Il server ha rifiutato la richiesta perché malformata (HTTP 400).</translation>
    </message>
    <message>
        <source>You are not logged in, or your login has expired (HTTP 401).</source>
        <translation>Non hai effettuato l&apos;accesso, oppure l&apos;accesso è scaduto (HTTP 401).</translation>
    </message>
    <message>
        <source>You do not have permission for this (HTTP 403).</source>
        <translation>Non hai il permesso per questa operazione (HTTP 403).</translation>
    </message>
    <message>
        <source>The requested item does not exist (HTTP 404).</source>
        <translation>L&apos;elemento richiesto non esiste (HTTP 404).</translation>
    </message>
    <message>
        <source>The item was changed or already exists (HTTP 409).</source>
        <translation>L&apos;elemento è stato modificato o esiste già (HTTP 409).</translation>
    </message>
    <message>
        <source>The requested data is no longer available (HTTP 410).</source>
        <translation>I dati richiesti non sono più disponibili (HTTP 410).</translation>
    </message>
    <message>
        <source>The request is too large for the server (HTTP 413).</source>
        <translation>La richiesta è troppo grande per il server (HTTP 413).</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (HTTP 422).</source>
        <translation>Il server ha rifiutato la richiesta perché non valida (HTTP 422).</translation>
    </message>
    <message>
        <source>The server is busy; too many requests (HTTP 429).</source>
        <translation>Il server è occupato: troppe richieste (HTTP 429).</translation>
    </message>
    <message>
        <source>The server failed with an internal error (HTTP 500).</source>
        <translation>Il server ha avuto un errore interno (HTTP 500).</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP %1).</source>
        <translation>Il server è temporaneamente non disponibile (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Il server ha risposto con uno stato inatteso (HTTP %1).</translation>
    </message>
    <message>
        <source>Cannot read the CA bundle %1: %2</source>
        <translation>Impossibile leggere il bundle di CA %1: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Il bundle di CA %1 non contiene certificati PEM.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>La richiesta è stata annullata.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB; it was not read.</source>
        <translation>La risposta del server supera %1 MiB e non è stata letta.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Il server non ha risposto entro %1 secondi.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossibile raggiungere %1: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connessione sicura con %1 non è riuscita: %2</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Errore di rete nella comunicazione con %1: %2</translation>
    </message>
    <message>
        <source>The request did not complete within %1 seconds.</source>
        <translation>La richiesta non si è conclusa entro %1 secondi.</translation>
    </message>
    <message>
        <source>The stream from %1 was silent for %2 seconds.</source>
        <translation>Il flusso da %1 è rimasto muto per %2 secondi.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the answer was complete.</source>
        <translation>La connessione a %1 è stata chiusa prima che la risposta fosse completa.</translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 MiB; the stream was stopped.</source>
        <translation>Il server ha inviato una riga più lunga di %1 MiB; il flusso è stato interrotto.</translation>
    </message>
    <message>
        <source>The server sent an event line longer than %1 MiB; the stream was stopped.</source>
        <translation>Il server ha inviato una riga di evento più lunga di %1 MiB; il flusso è stato interrotto.</translation>
    </message>
    <message>
        <source>No S3 credentials are available.</source>
        <translation>Non sono disponibili credenziali S3.</translation>
    </message>
</context>
<context>
    <name>plancia::HubTokenProvider</name>
    <message>
        <source>The session is gone.</source>
        <translation>La sessione non esiste più.</translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation>Non hai effettuato l&apos;accesso.</translation>
    </message>
    <message>
        <source>JupyterHub is not configured, or you are not logged in.</source>
        <translation>JupyterHub non è configurato, oppure non hai effettuato l&apos;accesso.</translation>
    </message>
    <message>
        <source>JupyterHub did not accept your login: %1</source>
        <translation>JupyterHub non ha accettato il tuo accesso: %1</translation>
    </message>
    <message>
        <source>JupyterHub&apos;s answer holds no token.</source>
        <translation>La risposta di JupyterHub non contiene alcun token.</translation>
    </message>
</context>
<context>
    <name>plancia::MainWindow</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Platform profiles (*.json);;All files (*)</source>
        <translation>Profili di piattaforma (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Panoramica</translation>
    </message>
    <message>
        <source>S&amp;torage</source>
        <translation>&amp;Archiviazione</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessioni</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <source>Su&amp;pport</source>
        <translation>Supp&amp;orto</translation>
    </message>
    <message>
        <source>T&amp;utor</source>
        <translation>&amp;Tutor</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;About Plancia</source>
        <translation>&amp;Informazioni su Plancia</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Piattaforma:</translation>
    </message>
    <message>
        <source>Your login expires on %1. Log in again before then to keep working.</source>
        <translation>Il tuo accesso scade il %1. Accedi di nuovo prima di allora per continuare a lavorare.</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Accedi…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Esci dall&apos;account</translation>
    </message>
    <message>
        <source>&amp;Import platform profile…</source>
        <translation>&amp;Importa profilo di piattaforma…</translation>
    </message>
    <message>
        <source>Go to &amp;sidebar</source>
        <translation>Vai alla barra &amp;laterale</translation>
    </message>
    <message>
        <source>Us&amp;age</source>
        <translation>&amp;Utilizzo</translation>
    </message>
    <message>
        <source>Plancia case files (*.json);;All files (*)</source>
        <translation>File di caso Plancia (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open &amp;case file…</source>
        <translation>Apri file di &amp;caso…</translation>
    </message>
</context>
<context>
    <name>plancia::OidcAgentJob</name>
    <message>
        <source>oidc-agent did not answer within %1 seconds. Is it waiting for a password or a confirmation?</source>
        <translation>oidc-agent non ha risposto entro %1 secondi. Sta forse aspettando una password o una conferma?</translation>
    </message>
    <message>
        <source>Cannot run %1: is oidc-agent installed?</source>
        <translation>Impossibile eseguire %1: oidc-agent è installato?</translation>
    </message>
    <message>
        <source>The profile names no oidc-agent account.</source>
        <translation>Il profilo non indica alcun account di oidc-agent.</translation>
    </message>
    <message>
        <source>oidc-agent returned no token.</source>
        <translation>oidc-agent non ha restituito alcun token.</translation>
    </message>
    <message>
        <source>oidc-agent is not running (or this program cannot reach it). Start it with `eval $(oidc-agent-service use)` and load the account %1, then try again.</source>
        <translation>oidc-agent non è in esecuzione (o questo programma non riesce a raggiungerlo). Avvialo con `eval $(oidc-agent-service use)`, carica l&apos;account %1 e riprova.</translation>
    </message>
    <message>
        <source>oidc-agent could not give a token for %1: %2</source>
        <translation>oidc-agent non è riuscito a fornire un token per %1: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>errore sconosciuto</translation>
    </message>
</context>
<context>
    <name>plancia::OidcConfiguration</name>
    <message>
        <source>The identity provider&apos;s configuration could not be read.</source>
        <translation>Impossibile leggere la configurazione del provider di identità.</translation>
    </message>
    <message>
        <source>The identity provider says it is %1, not %2.</source>
        <translation>Il provider di identità dichiara di essere %1, non %2.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s configuration has no token endpoint.</source>
        <translation>La configurazione del provider di identità non ha un endpoint per i token.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer holds no access token.</source>
        <translation>La risposta del provider di identità non contiene un token di accesso.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Cannot read the identity provider&apos;s configuration at %1: %2</source>
        <translation>Impossibile leggere la configurazione del provider di identità in %1: %2</translation>
    </message>
</context>
<context>
    <name>plancia::Profile</name>
    <message>
        <source>is required but missing</source>
        <translation>è obbligatorio ma manca</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>deve essere %1, non %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>non deve essere vuoto</translation>
    </message>
    <message>
        <source>must be an absolute URL such as https://host/path, not &quot;%1&quot;</source>
        <translation>deve essere un URL assoluto come https://host/percorso, non «%1»</translation>
    </message>
    <message>
        <source>must use https, not &quot;%1&quot;</source>
        <translation>deve usare https, non «%1»</translation>
    </message>
    <message>
        <source>must use https: plain http is allowed only for this computer (localhost, 127.0.0.1)</source>
        <translation>deve usare https: http semplice è consentito solo per questo computer (localhost, 127.0.0.1)</translation>
    </message>
    <message>
        <source>must not contain a user name or password</source>
        <translation>non deve contenere nome utente o password</translation>
    </message>
    <message>
        <source>is not a known setting (misspelt?)</source>
        <translation>non è un&apos;impostazione nota (errore di battitura?)</translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation>deve contenere un oggetto JSON</translation>
    </message>
    <message>
        <source>is %1, but this version of Plancia reads schema 1</source>
        <translation>è %1, ma questa versione di Plancia legge lo schema 1</translation>
    </message>
    <message>
        <source>may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation>può contenere solo lettere, cifre, &apos;.&apos;, &apos;_&apos; e &apos;-&apos; (al massimo 64)</translation>
    </message>
    <message>
        <source>must be &quot;device&quot; or &quot;oidc-agent&quot;, not &quot;%1&quot;</source>
        <translation>deve essere «device» o «oidc-agent», non «%1»</translation>
    </message>
    <message>
        <source>must be between 15 and 43200 seconds</source>
        <translation>deve essere tra 15 e 43200 secondi</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>deve essere una stringa, non %1</translation>
    </message>
    <message>
        <source>The platform profile</source>
        <translation>Il profilo di piattaforma</translation>
    </message>
    <message>
        <source>The platform profile %1</source>
        <translation>Il profilo di piattaforma %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s):</source>
        <translation>
            <numerusform>%1 ha %n problema:</numerusform>
            <numerusform>%1 ha %n problemi:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the platform profile %1: %2</source>
        <translation>Impossibile leggere il profilo di piattaforma %1: %2</translation>
    </message>
    <message>
        <source>The platform profile %1 is too large to be one.</source>
        <translation>Il file %1 è troppo grande per essere un profilo di piattaforma.</translation>
    </message>
    <message>
        <source>the file is empty; a profile is a JSON object, { ... }</source>
        <translation>il file è vuoto; un profilo è un oggetto JSON, { ... }</translation>
    </message>
    <message>
        <source>the file ends before the closing &apos;}&apos;</source>
        <translation>il file finisce prima della &apos;}&apos; di chiusura</translation>
    </message>
    <message>
        <source>the file ends before the closing &apos;]&apos;</source>
        <translation>il file finisce prima della &apos;]&apos; di chiusura</translation>
    </message>
    <message>
        <source>the file ends too early; a &apos;}&apos; or &apos;]&apos; is missing</source>
        <translation>il file finisce troppo presto; manca una &apos;}&apos; o una &apos;]&apos;</translation>
    </message>
    <message>
        <source>a text is not closed with &apos;&quot;&apos;, or holds a line break or a control character</source>
        <translation>un testo non è chiuso da &apos;&quot;&apos;, oppure contiene un a capo o un carattere di controllo</translation>
    </message>
    <message>
        <source>there is more text after the end of the profile</source>
        <translation>c&apos;è altro testo dopo la fine del profilo</translation>
    </message>
    <message>
        <source>a &apos;:&apos; is missing between a name and its value</source>
        <translation>manca un &apos;:&apos; tra un nome e il suo valore</translation>
    </message>
    <message>
        <source>there is a &apos;,&apos; too many before the &apos;}&apos;</source>
        <translation>c&apos;è una &apos;,&apos; di troppo prima della &apos;}&apos;</translation>
    </message>
    <message>
        <source>a name must be text in double quotes, such as &quot;name&quot;</source>
        <translation>un nome deve essere un testo tra virgolette doppie, come &quot;name&quot;</translation>
    </message>
    <message>
        <source>a &apos;,&apos; or &apos;}&apos; is missing</source>
        <translation>manca una &apos;,&apos; o una &apos;}&apos;</translation>
    </message>
    <message>
        <source>a &apos;,&apos; or &apos;]&apos; is missing</source>
        <translation>manca una &apos;,&apos; o una &apos;]&apos;</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>manca un valore</translation>
    </message>
    <message>
        <source>a value must be text in double quotes, a number, true, false or null</source>
        <translation>un valore deve essere un testo tra virgolette doppie, un numero, true, false o null</translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation>questo non è JSON valido</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Riga %1, colonna %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, riga %2, colonna %3</translation>
    </message>
    <message>
        <source>%1 is not valid JSON:</source>
        <translation>%1 non è JSON valido:</translation>
    </message>
    <message>
        <source>must be between 0 (no culling) and 2592000 seconds</source>
        <translation>deve essere tra 0 (nessun arresto per inattività) e 2592000 secondi</translation>
    </message>
    <message>
        <source>must be a list of image names</source>
        <translation>deve essere un elenco di nomi di immagine</translation>
    </message>
    <message>
        <source>must contain {username}, such as &quot;user-{username}&quot;</source>
        <translation>deve contenere {username}, come «user-{username}»</translation>
    </message>
    <message>
        <source>must contain {group}, such as &quot;proj-{group}&quot;</source>
        <translation>deve contenere {group}, come «proj-{group}»</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1</source>
        <translation>non è un&apos;espressione regolare valida: %1</translation>
    </message>
    <message>
        <source>must be a list of bucket names</source>
        <translation>deve essere un elenco di nomi di bucket</translation>
    </message>
    <message>
        <source>must hold bucket names (3-63 characters: a-z, 0-9, &apos;.&apos;, &apos;-&apos;)</source>
        <translation>deve contenere nomi di bucket (3-63 caratteri: a-z, 0-9, &apos;.&apos;, &apos;-&apos;)</translation>
    </message>
</context>
<context>
    <name>plancia::Role</name>
    <message>
        <source>Researcher</source>
        <translation>Ricercatore</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Supporto</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Amministratore</translation>
    </message>
</context>
<context>
    <name>plancia::Session</name>
    <message>
        <source>The identity provider did not say who you are (no subject).</source>
        <translation>Il provider di identità non ha indicato chi sei (manca il subject).</translation>
    </message>
    <message>
        <source>The stored login belongs to someone else; please log in again.</source>
        <translation>L&apos;accesso memorizzato appartiene a un&apos;altra persona: accedi di nuovo.</translation>
    </message>
    <message>
        <source>oidc-agent&apos;s token does not say who you are.</source>
        <translation>Il token di oidc-agent non indica chi sei.</translation>
    </message>
    <message>
        <source>Logged out, but the identity provider could not be told to revoke the login: %1</source>
        <translation>Disconnesso, ma non è stato possibile chiedere al provider di identità di revocare l&apos;accesso: %1</translation>
    </message>
    <message>
        <source>The session is gone.</source>
        <translation>La sessione non esiste più.</translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation>Non hai effettuato l&apos;accesso.</translation>
    </message>
</context>
<context>
    <name>plancia::StsCredentialsProvider</name>
    <message>
        <source>You are not logged in.</source>
        <translation>Non hai effettuato l&apos;accesso.</translation>
    </message>
    <message>
        <source>S3 credentials are not configured (no STS endpoint in the profile).</source>
        <translation>Le credenziali S3 non sono configurate (nel profilo manca l&apos;endpoint STS).</translation>
    </message>
    <message>
        <source>Cannot get S3 credentials: %1</source>
        <translation>Impossibile ottenere le credenziali S3: %1</translation>
    </message>
    <message>
        <source>The storage service refused to issue credentials: %1</source>
        <translation>Il servizio di storage ha rifiutato di rilasciare le credenziali: %1</translation>
    </message>
    <message>
        <source>The storage service&apos;s credentials could not be read.</source>
        <translation>Non è stato possibile leggere le credenziali del servizio di storage.</translation>
    </message>
    <message>
        <source>The storage service&apos;s answer holds no complete credentials.</source>
        <translation>La risposta del servizio di storage non contiene credenziali complete.</translation>
    </message>
</context>
<context>
    <name>plancia::TokenManager</name>
    <message>
        <source>You are not logged in.</source>
        <translation>Non hai effettuato l&apos;accesso.</translation>
    </message>
    <message>
        <source>Your login has expired. Please log in again.</source>
        <translation>Il tuo accesso è scaduto. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>The identity provider is not known yet.</source>
        <translation>Il provider di identità non è ancora noto.</translation>
    </message>
    <message>
        <source>Your login cannot be renewed. Please log in again.</source>
        <translation>Il tuo accesso non può essere rinnovato. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>Cannot renew your login: %1</source>
        <translation>Impossibile rinnovare il tuo accesso: %1</translation>
    </message>
    <message>
        <source>Your login has expired or was revoked. Please log in again.</source>
        <translation>Il tuo accesso è scaduto o è stato revocato. Accedi di nuovo.</translation>
    </message>
</context>
<context>
    <name>plancia::TokenStore</name>
    <message>
        <source>No system keychain is available, so your login cannot be remembered: you will have to log in again next time.</source>
        <translation>Non è disponibile un portachiavi di sistema, quindi l&apos;accesso non può essere ricordato: la prossima volta dovrai accedere di nuovo.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>L&apos;accesso al portachiavi di sistema è stato negato.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Errore del portachiavi di sistema: %1</translation>
    </message>
</context>
<context>
    <name>plancia::availability::AcceleratorNames</name>
    <message>
        <source>%1 MIG %2</source>
        <translation>%1 MIG %2</translation>
    </message>
    <message>
        <source>GPU (model not labelled)</source>
        <translation>GPU (modello non indicato)</translation>
    </message>
</context>
<context>
    <name>plancia::availability::AvailabilityFeed</name>
    <message>
        <source>No Kubernetes API is configured.</source>
        <translation>Nessuna API Kubernetes è configurata.</translation>
    </message>
    <message>
        <source>The cluster&apos;s nodes cannot be read now: %1</source>
        <translation>I nodi del cluster non si possono leggere ora: %1</translation>
    </message>
    <message>
        <source>The pods cannot be read now, so what is in use is not known: %1</source>
        <translation>I pod non si possono leggere ora, quindi non si sa che cosa è in uso: %1</translation>
    </message>
    <message>
        <source>You may see only your own pods: what is in use comes from Prometheus&apos;s allocation series.</source>
        <translation>Puoi vedere solo i tuoi pod: ciò che è in uso viene dalle serie di allocazione di Prometheus.</translation>
    </message>
    <message>
        <source>You may see only your own pods and Prometheus is not available: only the totals and your own use are known.</source>
        <translation>Puoi vedere solo i tuoi pod e Prometheus non è disponibile: si conoscono solo i totali e il tuo utilizzo.</translation>
    </message>
    <message>
        <source>The batch queues cannot be read now: %1</source>
        <translation>Le code batch non si possono leggere ora: %1</translation>
    </message>
    <message>
        <source>Prometheus is not available, so the numbers are not cross-checked: %1</source>
        <translation>Prometheus non è disponibile, quindi i numeri non sono verificati: %1</translation>
    </message>
    <message>
        <source>Kubernetes and Prometheus disagree about %1 on %2: %3 in use according to the pods, %4 according to Prometheus.</source>
        <translation>Kubernetes e Prometheus non concordano su %1 in %2: %3 in uso secondo i pod, %4 secondo Prometheus.</translation>
    </message>
</context>
<context>
    <name>plancia::availability::NodeTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 free</source>
        <translation>%1: %2 liberi su %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Non pronto</translation>
    </message>
    <message>
        <source>Cordoned</source>
        <translation>Escluso dallo scheduling</translation>
    </message>
    <message>
        <source>Offload site</source>
        <translation>Sito di offload</translation>
    </message>
    <message>
        <source>Offload site, disconnected</source>
        <translation>Sito di offload, disconnesso</translation>
    </message>
    <message>
        <source>%1 of %2 free</source>
        <translation>%1 liberi su %2</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 of %2 GiB free</source>
        <translation>%1 GiB liberi su %2</translation>
    </message>
    <message numerus="yes">
        <source>%n yours</source>
        <translation>
            <numerusform>%n tuo</numerusform>
            <numerusform>%n tuoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Acceleratori</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>Core CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pod</translation>
    </message>
</context>
<context>
    <name>plancia::cli::Account</name>
    <message>
        <source>No keychain is available (%1), so a login cannot be kept between commands. Use oidc-agent instead: &apos;%2 login --oidc-agent ACCOUNT&apos;.</source>
        <translation>Nessun portachiavi disponibile (%1), quindi l&apos;accesso non può essere conservato tra un comando e l&apos;altro. Usa invece oidc-agent: &apos;%2 login --oidc-agent ACCOUNT&apos;.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Cannot check the login at %1: %2</source>
        <translation>Impossibile verificare l&apos;accesso a %1: %2</translation>
    </message>
    <message>
        <source>Not logged in to %1: %2 Log in with &apos;%3 login&apos;.</source>
        <translation>Accesso a %1 non effettuato: %2 Accedi con &apos;%3 login&apos;.</translation>
    </message>
    <message>
        <source>Not logged in to %1. Log in with &apos;%2 login&apos;.</source>
        <translation>Accesso a %1 non effettuato. Accedi con &apos;%2 login&apos;.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>User:     %1</source>
        <translation>Utente:     %1</translation>
    </message>
    <message>
        <source>Roles:    %1</source>
        <translation>Ruoli:      %1</translation>
    </message>
    <message>
        <source>Groups:   %1</source>
        <translation>Gruppi:     %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Platform: %1, %2</source>
        <translation>Piattaforma: %1, %2</translation>
    </message>
    <message>
        <source>Login:    through oidc-agent, account %1</source>
        <translation>Accesso:    tramite oidc-agent, account %1</translation>
    </message>
    <message>
        <source>Login:    valid until %1</source>
        <translation>Accesso:    valido fino a %1</translation>
    </message>
    <message>
        <source>Access:   current token valid until %1 (renewed automatically)</source>
        <translation>Token:      quello attuale è valido fino a %1 (rinnovato automaticamente)</translation>
    </message>
</context>
<context>
    <name>plancia::cli::AccountCommands</name>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 non accetta argomenti.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Removed the stored login, but %1 could not be reached to revoke it: %2</source>
        <translation>Accesso memorizzato rimosso, ma non è stato possibile raggiungere %1 per revocarlo: %2</translation>
    </message>
    <message>
        <source>Logged out %1 from %2.</source>
        <translation>%1 è uscito da %2.</translation>
    </message>
    <message>
        <source>Not logged in to %1 (no keychain: %2).</source>
        <translation>Accesso a %1 non effettuato (nessun portachiavi: %2).</translation>
    </message>
    <message>
        <source>Not logged in to %1.</source>
        <translation>Accesso a %1 non effettuato.</translation>
    </message>
</context>
<context>
    <name>plancia::cli::Commands</name>
    <message>
        <source>Log in: a device login (link and code), or --oidc-agent.</source>
        <translation>Accedi: accesso da dispositivo (link e codice), oppure --oidc-agent.</translation>
    </message>
    <message>
        <source>Who is logged in: user, roles, platform.</source>
        <translation>Chi ha effettuato l&apos;accesso: utente, ruoli, piattaforma.</translation>
    </message>
    <message>
        <source>Log out: revoke the login and remove it from the keychain.</source>
        <translation>Esci: revoca l&apos;accesso e lo rimuove dal portachiavi.</translation>
    </message>
    <message>
        <source>The platform profiles you can use.</source>
        <translation>I profili di piattaforma che puoi usare.</translation>
    </message>
    <message>
        <source>Accelerators free now: per model and node, offload sites, queues.</source>
        <translation>Acceleratori liberi adesso: per modello e nodo, siti di offload, code.</translation>
    </message>
    <message>
        <source>Who used what in a period: GPU-hours, CPU-hours, efficiency.</source>
        <translation>Chi ha usato cosa in un periodo: ore GPU, ore CPU, efficienza.</translation>
    </message>
    <message>
        <source>JupyterLab sessions: sessions list|start|stop|open.</source>
        <translation>Sessioni JupyterLab: sessions list|start|stop|open.</translation>
    </message>
    <message>
        <source>Object storage: s3 ls|cp|mv|rm|share|usage s3://BUCKET/KEY.</source>
        <translation>Archiviazione a oggetti: s3 ls|cp|mv|rm|share|usage s3://BUCKET/CHIAVE.</translation>
    </message>
    <message>
        <source>Batch jobs: submit, clone, check, list, describe, logs, cancel.</source>
        <translation>Job batch: submit, clone, check, list, describe, logs, cancel.</translation>
    </message>
    <message>
        <source>Support staff: failures by cause, a job&apos;s timeline, its case file.</source>
        <translation>Personale di supporto: errori per causa, cronologia di un job, il suo fascicolo.</translation>
    </message>
    <message>
        <source>Tutors: the participants at a glance; start or stop their servers.</source>
        <translation>Tutor: i partecipanti a colpo d&apos;occhio; avvia o ferma i loro server.</translation>
    </message>
</context>
<context>
    <name>plancia::cli::Gpus</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2/%3 free, not schedulable)</source>
        <translation>%1 (%2/%3 liberi, non schedulabile)</translation>
    </message>
    <message>
        <source>%1 (%2/%3 free)</source>
        <translation>%1 (%2/%3 liberi)</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELLO</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>LIBERI</translation>
    </message>
    <message>
        <source>IN USE</source>
        <translation>IN USO</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTALE</translation>
    </message>
    <message>
        <source>YOURS</source>
        <translation>TUOI</translation>
    </message>
    <message>
        <source>NODES</source>
        <translation>NODI</translation>
    </message>
    <message>
        <source>OFFLOAD SITE</source>
        <translation>SITO DI OFFLOAD</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NODO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>YOUR PODS</source>
        <translation>TUOI POD</translation>
    </message>
    <message>
        <source>OFFERS</source>
        <translation>OFFRE</translation>
    </message>
    <message>
        <source>%1 CPU</source>
        <translation>%1 CPU</translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connesso</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>disconnesso</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>CODA</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>IN ATTESA</translation>
    </message>
    <message>
        <source>ADMITTED</source>
        <translation>AMMESSI</translation>
    </message>
    <message>
        <source>COHORT / CLUSTER QUEUE</source>
        <translation>COORTE / CODA DEL CLUSTER</translation>
    </message>
    <message>
        <source>Yours: %1 running sessions, %2 running job pods, %3 pending, %4 offloaded.</source>
        <translation>Tuoi: %1 sessioni attive, %2 pod di job in esecuzione, %3 in attesa, %4 in offload.</translation>
    </message>
    <message>
        <source>Give up after SECONDS waiting for the cluster (default 60).</source>
        <translation>Rinuncia dopo SECONDI di attesa del cluster (predefinito 60).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDI</translation>
    </message>
    <message>
        <source>gpus takes no arguments.</source>
        <translation>gpus non accetta argomenti.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout richiede un numero di secondi.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annullato.</translation>
    </message>
    <message numerus="yes">
        <source>The cluster did not answer within %n seconds.</source>
        <translation>
            <numerusform>Il cluster non ha risposto entro %n secondo.</numerusform>
            <numerusform>Il cluster non ha risposto entro %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attenzione: %1</translation>
    </message>
</context>
<context>
    <name>plancia::cli::Jobs</name>
    <message>
        <source>Warning: the cluster&apos;s queues could not be read (%1); using the platform&apos;s defaults.</source>
        <translation>Attenzione: impossibile leggere le code del cluster (%1); si usano i valori predefiniti della piattaforma.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attenzione: %1</translation>
    </message>
    <message>
        <source>-f needs a YAML file.</source>
        <translation>-f richiede un file YAML.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--parallelism, --completions, --backoff-limit and --expected-duration take whole numbers.</source>
        <translation>--parallelism, --completions, --backoff-limit e --expected-duration richiedono numeri interi.</translation>
    </message>
    <message>
        <source>--env takes NAME=VALUE.</source>
        <translation>--env richiede NOME=VALORE.</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>The job cannot be built.</source>
        <translation>Impossibile costruire il job.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>%1 (already submitted)</source>
        <translation>%1 (già inviato)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nessun problema trovato.</translation>
    </message>
    <message>
        <source>%1: %2 Fix: %3</source>
        <translation>%1: %2 Soluzione: %3</translation>
    </message>
    <message>
        <source>clone needs --count N.</source>
        <translation>clone richiede --count N.</translation>
    </message>
    <message>
        <source>clone needs the command after --.</source>
        <translation>clone richiede il comando dopo --.</translation>
    </message>
    <message>
        <source>No running notebook of yours to clone (start one with `sessions start`).</source>
        <translation>Non hai alcun notebook in esecuzione da clonare (avviane uno con `sessions start`).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>ACCELERATOR</source>
        <translation>ACCELERATORE</translation>
    </message>
    <message>
        <source>SITE/NODE</source>
        <translation>SITO/NODO</translation>
    </message>
    <message>
        <source>QUEUE POS</source>
        <translation>POS. CODA</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATO</translation>
    </message>
    <message>
        <source>describe needs a job name.</source>
        <translation>describe richiede il nome di un job.</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Eventi:</translation>
    </message>
    <message>
        <source>logs needs a job name.</source>
        <translation>logs richiede il nome di un job.</translation>
    </message>
    <message>
        <source>cancel needs a job name.</source>
        <translation>cancel richiede il nome di un job.</translation>
    </message>
    <message>
        <source>%1 canceled</source>
        <translation>%1 annullato</translation>
    </message>
    <message>
        <source>submit | clone | check | list | describe | logs | cancel</source>
        <translation>submit | clone | check | list | describe | logs | cancel</translation>
    </message>
    <message>
        <source>submit/check: the job is in the YAML file after the subcommand; logs: follow.</source>
        <translation>submit/check: il job è nel file YAML indicato dopo il sottocomando; logs: segui il log.</translation>
    </message>
    <message>
        <source>The job as a YAML file.</source>
        <translation>Il job come file YAML.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The job&apos;s name (default: generated).</source>
        <translation>Il nome del job (predefinito: generato).</translation>
    </message>
    <message>
        <source>The container image.</source>
        <translation>L&apos;immagine del container.</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMMAGINE</translation>
    </message>
    <message>
        <source>CPU cores per pod (2, 500m).</source>
        <translation>Core CPU per pod (2, 500m).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Memory per pod (4Gi, 8G).</source>
        <translation>Memoria per pod (4Gi, 8G).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Accelerator model and count per pod: a100:2, t4, a100-1g.10gb:1, u250.</source>
        <translation>Modello e numero di acceleratori per pod: a100:2, t4, a100-1g.10gb:1, u250.</translation>
    </message>
    <message>
        <source>MODEL:N</source>
        <translation>MODELLO:N</translation>
    </message>
    <message>
        <source>Offload to a remote site (interLink).</source>
        <translation>Esegui in offload su un sito remoto (interLink).</translation>
    </message>
    <message>
        <source>Pin the offload site (virtual node name); implies --offload.</source>
        <translation>Fissa il sito di offload (nome del nodo virtuale); implica --offload.</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NODO</translation>
    </message>
    <message>
        <source>HTCondor pool of the site (toleration pool.vk.io).</source>
        <translation>Pool HTCondor del sito (toleration pool.vk.io).</translation>
    </message>
    <message>
        <source>POOL</source>
        <translation>POOL</translation>
    </message>
    <message>
        <source>An extra #SBATCH flag for Slurm sites (repeatable).</source>
        <translation>Un flag #SBATCH aggiuntivo per i siti Slurm (ripetibile).</translation>
    </message>
    <message>
        <source>FLAG</source>
        <translation>FLAG</translation>
    </message>
    <message>
        <source>Priority class: lowest, lower, higher, highest, fire.</source>
        <translation>Classe di priorità: lowest, lower, higher, highest, fire.</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>CLASSE</translation>
    </message>
    <message>
        <source>Pods at once.</source>
        <translation>Pod in contemporanea.</translation>
    </message>
    <message>
        <source>Successful pods needed (default: parallelism).</source>
        <translation>Pod riusciti necessari (predefinito: parallelism).</translation>
    </message>
    <message>
        <source>Indexed completion mode (JOB_COMPLETION_INDEX).</source>
        <translation>Modalità di completamento indicizzata (JOB_COMPLETION_INDEX).</translation>
    </message>
    <message>
        <source>Retries before the job fails.</source>
        <translation>Tentativi prima che il job fallisca.</translation>
    </message>
    <message>
        <source>The LocalQueue (default: the profile&apos;s, or offload-queue).</source>
        <translation>La LocalQueue (predefinita: quella del profilo, oppure offload-queue).</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>CODA</translation>
    </message>
    <message>
        <source>An environment variable (repeatable).</source>
        <translation>Una variabile d&apos;ambiente (ripetibile).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NOME=VALORE</translation>
    </message>
    <message>
        <source>How long the job runs, for the check.</source>
        <translation>Quanto dura il job, per la verifica.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDI</translation>
    </message>
    <message>
        <source>clone: how many copies.</source>
        <translation>clone: quante copie.</translation>
    </message>
    <message>
        <source>clone: the named server to clone (default: the default one).</source>
        <translation>clone: il server con nome da clonare (predefinito: quello predefinito).</translation>
    </message>
    <message>
        <source>logs: follow until the job ends.</source>
        <translation>logs: segui il log fino alla fine del job.</translation>
    </message>
    <message>
        <source>logs: print each line&apos;s timestamp.</source>
        <translation>logs: stampa l&apos;orario di ogni riga.</translation>
    </message>
    <message>
        <source>jobs needs one of: %1.</source>
        <translation>jobs richiede uno tra: %1.</translation>
    </message>
</context>
<context>
    <name>plancia::cli::Login</name>
    <message>
        <source>Waiting for approval… %1 left</source>
        <translation>In attesa di approvazione… mancano %1</translation>
    </message>
    <message>
        <source>Logged in as %1, but the login could not be stored. %2</source>
        <translation>Accesso effettuato come %1, ma non è stato possibile memorizzarlo. %2</translation>
    </message>
    <message>
        <source>see the log</source>
        <translation>vedi il log</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.</source>
        <translation>Accesso a %1 effettuato come %2.</translation>
    </message>
    <message>
        <source>Asking oidc-agent (account %1) for a token…</source>
        <translation>Richiesta di un token a oidc-agent (account %1)…</translation>
    </message>
    <message>
        <source>Login canceled.</source>
        <translation>Accesso annullato.</translation>
    </message>
    <message>
        <source>oidc-agent gave no token.</source>
        <translation>oidc-agent non ha fornito alcun token.</translation>
    </message>
    <message>
        <source>Login through oidc-agent failed: %1</source>
        <translation>Accesso tramite oidc-agent non riuscito: %1</translation>
    </message>
    <message>
        <source>To log in, open this link in a browser and enter the code:</source>
        <translation>Per accedere, apri questo link in un browser e inserisci il codice:</translation>
    </message>
    <message>
        <source>Or scan this code with a phone (it opens the link with the code filled in):</source>
        <translation>Oppure inquadra questo codice con un telefono (apre il link con il codice già inserito):</translation>
    </message>
    <message>
        <source>Or open, with the code filled in: %1</source>
        <translation>Oppure apri, con il codice già inserito: %1</translation>
    </message>
    <message>
        <source>The login failed.</source>
        <translation>L&apos;accesso non è riuscito.</translation>
    </message>
    <message>
        <source>Take the tokens from a running oidc-agent&apos;s ACCOUNT instead of a device login; later commands keep using it until logout.</source>
        <translation>Prendi i token dall&apos;ACCOUNT di un oidc-agent in esecuzione invece di un accesso da dispositivo; i comandi successivi continuano a usarlo fino al logout.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>ACCOUNT</translation>
    </message>
    <message>
        <source>login takes no arguments.</source>
        <translation>login non accetta argomenti.</translation>
    </message>
</context>
<context>
    <name>plancia::cli::Main</name>
    <message>
        <source>Use the platform profile in FILE, or the known profile named NAME (default: the one the desktop app last used).</source>
        <translation>Usa il profilo di piattaforma in FILE, o il profilo noto di nome NAME (predefinito: l&apos;ultimo usato dall&apos;app desktop).</translation>
    </message>
    <message>
        <source>FILE|NAME</source>
        <translation>FILE|NAME</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failed, 2 usage error, 3 not logged in, 4 refused by the platform.</source>
        <translation>Codici di uscita: 0 ok, 1 errore, 2 uso errato, 3 accesso non effettuato, 4 rifiutato dalla piattaforma.</translation>
    </message>
    <message>
        <source>The Plancia platform client for the terminal and for scripts: the same login and services as the desktop app.</source>
        <translation>Il client di piattaforma Plancia per il terminale e per gli script: lo stesso accesso e gli stessi servizi dell&apos;app desktop.</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Esegui &apos;%1 COMANDO --help&apos; per le opzioni di un comando.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Il comando da eseguire.</translation>
    </message>
    <message>
        <source>COMMAND [ARGS...]</source>
        <translation>COMANDO [ARGOMENTI...]</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nessun comando indicato.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>text (default), json (one JSON document on stdout, messages on stderr) or csv (usage only).</source>
        <translation>text (predefinito), json (un unico documento JSON su stdout, i messaggi su stderr) o csv (solo per usage).</translation>
    </message>
    <message>
        <source>--output must be text, json or csv, not &quot;%1&quot;.</source>
        <translation>--output deve essere text, json o csv, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--output csv is only for usage.</source>
        <translation>--output csv vale solo per usage.</translation>
    </message>
</context>
<context>
    <name>plancia::cli::Profiles</name>
    <message>
        <source>profiles takes no arguments.</source>
        <translation>profiles non accetta argomenti.</translation>
    </message>
    <message>
        <source>No platform profiles in %1.</source>
        <translation>Nessun profilo di piattaforma in %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>DISPLAY NAME</source>
        <translation>NOME MOSTRATO</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>* the profile the desktop app uses, and the default here.</source>
        <translation>* il profilo usato dall&apos;app desktop, e quello predefinito qui.</translation>
    </message>
    <message>
        <source>Profiles that cannot be used:</source>
        <translation>Profili che non si possono usare:</translation>
    </message>
</context>
<context>
    <name>plancia::cli::S3</name>
    <message>
        <source>The profile &quot;%1&quot; has no S3 endpoint (setting s3.endpoint).</source>
        <translation>Il profilo &quot;%1&quot; non ha un endpoint S3 (impostazione s3.endpoint).</translation>
    </message>
    <message>
        <source>Failed: s3://%1/%2: %3</source>
        <translation>Non riuscito: s3://%1/%2: %3</translation>
    </message>
    <message>
        <source>s3 ls takes at most one s3://BUCKET/PREFIX.</source>
        <translation>s3 ls accetta al massimo un s3://BUCKET/PREFISSO.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an s3://BUCKET/PREFIX location.</source>
        <translation>&quot;%1&quot; non è una posizione s3://BUCKET/PREFISSO.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>s3 mv needs a source and a destination, both s3://.</source>
        <translation>s3 mv richiede un&apos;origine e una destinazione, entrambe s3://.</translation>
    </message>
    <message>
        <source>s3 mv moves within the object store: both must be s3://BUCKET/KEY (use s3 cp for local files).</source>
        <translation>s3 mv sposta all&apos;interno dell&apos;object store: entrambe devono essere s3://BUCKET/CHIAVE (usa s3 cp per i file locali).</translation>
    </message>
    <message>
        <source>Moving a whole bucket needs --recursive.</source>
        <translation>Per spostare un intero bucket serve --recursive.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n object(s) to s3://%1/%2.</source>
        <translation>
            <numerusform>Spostato %n oggetto in s3://%1/%2.</numerusform>
            <numerusform>Spostati %n oggetti in s3://%1/%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved s3://%1/%2 to s3://%3/%4.</source>
        <translation>Spostato s3://%1/%2 in s3://%3/%4.</translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>s3 rm needs at least one s3://BUCKET/KEY.</source>
        <translation>s3 rm richiede almeno un s3://BUCKET/CHIAVE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an s3://BUCKET/KEY location.</source>
        <translation>&quot;%1&quot; non è una posizione s3://BUCKET/CHIAVE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a prefix: removing everything under it needs --recursive.</source>
        <translation>&quot;%1&quot; è un prefisso: per rimuovere tutto ciò che contiene serve --recursive.</translation>
    </message>
    <message>
        <source>Nothing under s3://%1/%2.</source>
        <translation>Niente sotto s3://%1/%2.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n object(s) under s3://%1/%2?</source>
        <translation>
            <numerusform>Rimuovere %n oggetto sotto s3://%1/%2?</numerusform>
            <numerusform>Rimuovere %n oggetti sotto s3://%1/%2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Non è stato rimosso nulla.</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>Non riuscito: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n object(s).</source>
        <translation>
            <numerusform>Rimosso %n oggetto.</numerusform>
            <numerusform>Rimossi %n oggetti.</numerusform>
        </translation>
    </message>
    <message>
        <source>s3 share needs one s3://BUCKET/KEY.</source>
        <translation>s3 share richiede un s3://BUCKET/CHIAVE.</translation>
    </message>
    <message>
        <source>s3 share needs an object, s3://BUCKET/KEY.</source>
        <translation>s3 share richiede un oggetto, s3://BUCKET/CHIAVE.</translation>
    </message>
    <message>
        <source>--expires must be a duration from 1s to 7d (such as 30m, 1h, 2d), not &quot;%1&quot;.</source>
        <translation>--expires deve essere una durata da 1s a 7d (come 30m, 1h, 2d), non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The link expires at %1, earlier than asked: the temporary S3 credentials that sign it end then.</source>
        <translation>Il link scade alle %1, prima di quanto richiesto: a quell&apos;ora scadono le credenziali S3 temporanee che lo firmano.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Valido fino a %1.</translation>
    </message>
    <message>
        <source>s3 usage takes at most one s3://BUCKET[/PREFIX].</source>
        <translation>s3 usage accetta al massimo un s3://BUCKET[/PREFISSO].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an s3://BUCKET location.</source>
        <translation>&quot;%1&quot; non è una posizione s3://BUCKET.</translation>
    </message>
    <message>
        <source>Failed: s3://%1: %2</source>
        <translation>Non riuscito: s3://%1: %2</translation>
    </message>
    <message>
        <source>BUCKET</source>
        <translation>BUCKET</translation>
    </message>
    <message>
        <source>OBJECTS</source>
        <translation>OGGETTI</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>DIMENSIONE</translation>
    </message>
    <message>
        <source>ls, cp, mv, rm, share or usage.</source>
        <translation>ls, cp, mv, rm, share o usage.</translation>
    </message>
    <message>
        <source>s3://BUCKET/KEY or PREFIX (and a local path for cp).</source>
        <translation>s3://BUCKET/CHIAVE o PREFISSO (e un percorso locale per cp).</translation>
    </message>
    <message>
        <source>ls: every key under the prefix (no folders); mv, rm, cp: every object under the prefix.</source>
        <translation>ls: ogni chiave sotto il prefisso (senza cartelle); mv, rm, cp: ogni oggetto sotto il prefisso.</translation>
    </message>
    <message>
        <source>rm --recursive: do not ask for confirmation (it asks only on a terminal).</source>
        <translation>rm --recursive: non chiedere conferma (la chiede solo su un terminale).</translation>
    </message>
    <message>
        <source>share: how long the link works, 1s to 7d (default 1h; no longer than the temporary S3 credentials).</source>
        <translation>share: per quanto tempo funziona il link, da 1s a 7d (predefinito 1h; non oltre le credenziali S3 temporanee).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATA</translation>
    </message>
    <message>
        <source>s3 needs a subcommand: ls, cp, mv, rm, share or usage.</source>
        <translation>s3 richiede un sottocomando: ls, cp, mv, rm, share o usage.</translation>
    </message>
    <message>
        <source>--output csv is only for s3 ls and s3 usage.</source>
        <translation>--output csv vale solo per s3 ls e s3 usage.</translation>
    </message>
    <message>
        <source>Unknown s3 subcommand &quot;%1&quot;: ls, cp, mv, rm, share or usage.</source>
        <translation>Sottocomando s3 sconosciuto &quot;%1&quot;: ls, cp, mv, rm, share o usage.</translation>
    </message>
</context>
<context>
    <name>plancia::cli::S3Cp</name>
    <message>
        <source>%1 of %2 files, %3 of %4, %5/s</source>
        <translation>%1 su %2 file, %3 su %4, %5/s</translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation>, mancano %1 s</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n non riuscito</numerusform>
            <numerusform>, %n non riusciti</numerusform>
        </translation>
    </message>
    <message>
        <source>s3 cp from S3 to S3 copies one object; for a prefix use s3 mv or copy through a local folder.</source>
        <translation>s3 cp da S3 a S3 copia un solo oggetto; per un prefisso usa s3 mv oppure copia passando da una cartella locale.</translation>
    </message>
    <message>
        <source>cp: files transferred at once (default 8; parts of one file: 4).</source>
        <translation>cp: file trasferiti in contemporanea (predefinito 8; parti di un singolo file: 4).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>cp: bandwidth limit over all transfers, e.g. 20M (bytes per second; k, M, G).</source>
        <translation>cp: limite di banda su tutti i trasferimenti, es. 20M (byte al secondo; k, M, G).</translation>
    </message>
    <message>
        <source>RATE</source>
        <translation>VELOCITÀ</translation>
    </message>
    <message>
        <source>s3 cp needs a source and a destination.</source>
        <translation>s3 cp richiede un&apos;origine e una destinazione.</translation>
    </message>
    <message>
        <source>s3 cp: one side must be an s3:// location.</source>
        <translation>s3 cp: uno dei due lati deve essere una posizione s3://.</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 64.</source>
        <translation>--parallel richiede un numero da 1 a 64.</translation>
    </message>
    <message>
        <source>--limit-rate takes a rate such as 20M.</source>
        <translation>--limit-rate richiede una velocità come 20M.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
    <message>
        <source>%1 is a folder: copy it with --recursive.</source>
        <translation>%1 è una cartella: copiala con --recursive.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no S3 endpoint (setting s3.endpoint).</source>
        <translation>Il profilo &quot;%1&quot; non ha un endpoint S3 (impostazione s3.endpoint).</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrotto.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>plancia::cli::Sessions</name>
    <message>
        <source>Canceled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILO</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>ULTIMA ATTIVITÀ</translation>
    </message>
    <message>
        <source>CULLED AT</source>
        <translation>ARRESTO PER INATTIVITÀ</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>No session. Start one with: %1 sessions start --wait</source>
        <translation>Nessuna sessione. Avviane una con: %1 sessions start --wait</translation>
    </message>
    <message>
        <source>--cpu needs a number.</source>
        <translation>--cpu richiede un numero.</translation>
    </message>
    <message>
        <source>--gpu must be MODEL:N (t4:1) or none.</source>
        <translation>--gpu deve essere MODELLO:N (t4:1) oppure none.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predefinito)</translation>
    </message>
    <message>
        <source>Session %1 is starting.</source>
        <translation>La sessione %1 si sta avviando.</translation>
    </message>
    <message>
        <source>Session %1 is running.</source>
        <translation>La sessione %1 è in esecuzione.</translation>
    </message>
    <message>
        <source>[%1%] %2</source>
        <translation>[%1%] %2</translation>
    </message>
    <message>
        <source>Canceled (the session goes on starting).</source>
        <translation>Annullato (l&apos;avvio della sessione prosegue).</translation>
    </message>
    <message numerus="yes">
        <source>The session did not start within %n seconds (it may still).</source>
        <translation>
            <numerusform>La sessione non si è avviata entro %n secondo (potrebbe ancora farlo).</numerusform>
            <numerusform>La sessione non si è avviata entro %n secondi (potrebbe ancora farlo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1 is ready.</source>
        <translation>La sessione %1 è pronta.</translation>
    </message>
    <message>
        <source>Session %1 stopped.</source>
        <translation>Sessione %1 fermata.</translation>
    </message>
    <message>
        <source>Session %1 is not running.</source>
        <translation>La sessione %1 non è in esecuzione.</translation>
    </message>
    <message>
        <source>Opened in your browser.</source>
        <translation>Aperta nel browser.</translation>
    </message>
    <message>
        <source>list, start, stop or open.</source>
        <translation>list, start, stop o open.</translation>
    </message>
    <message>
        <source>The named server (default: the default server).</source>
        <translation>Il server con nome (predefinito: il server predefinito).</translation>
    </message>
    <message>
        <source>start: the image (default: the platform&apos;s first).</source>
        <translation>start: l&apos;immagine (predefinita: la prima della piattaforma).</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMMAGINE</translation>
    </message>
    <message>
        <source>start: CPU cores, 1, 2, 3, 4 or 8 (default 2).</source>
        <translation>start: core CPU, 1, 2, 3, 4 o 8 (predefinito 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>start: memory, 2G, 4G or 8G (default 4G).</source>
        <translation>start: memoria, 2G, 4G o 8G (predefinito 4G).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>DIMENSIONE</translation>
    </message>
    <message>
        <source>start: an accelerator, MODEL:N (t4:1), or none.</source>
        <translation>start: un acceleratore, MODELLO:N (t4:1), oppure none.</translation>
    </message>
    <message>
        <source>MODEL:N</source>
        <translation>MODELLO:N</translation>
    </message>
    <message>
        <source>start: follow the spawn and print the URL when ready.</source>
        <translation>start: segui l&apos;avvio e stampa l&apos;URL quando è pronta.</translation>
    </message>
    <message>
        <source>start --wait: give up after SECONDS (default 300).</source>
        <translation>start --wait: rinuncia dopo SECONDI (predefinito 300).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDI</translation>
    </message>
    <message>
        <source>open: print the logged-in link instead of opening it.</source>
        <translation>open: stampa il link con accesso già effettuato invece di aprirlo.</translation>
    </message>
    <message>
        <source>sessions needs one of: list, start, stop, open.</source>
        <translation>sessions richiede uno tra: list, start, stop, open.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout richiede un numero di secondi.</translation>
    </message>
    <message>
        <source>This platform profile has no JupyterHub.</source>
        <translation>Questo profilo di piattaforma non ha JupyterHub.</translation>
    </message>
</context>
<context>
    <name>plancia::cli::Support</name>
    <message>
        <source>support failures takes no arguments.</source>
        <translation>support failures non accetta argomenti.</translation>
    </message>
    <message>
        <source>--since needs a duration such as 90m, 24h or 7d.</source>
        <translation>--since richiede una durata come 90m, 24h o 7d.</translation>
    </message>
    <message>
        <source>--cause must be one of: %1.</source>
        <translation>--cause deve essere uno tra: %1.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>The jobs of every namespace cannot be read: %1</source>
        <translation>Impossibile leggere i job di tutti i namespace: %1</translation>
    </message>
    <message numerus="yes">
        <source>Kubernetes did not list every namespace&apos;s jobs within %n seconds.</source>
        <translation>
            <numerusform>Kubernetes non ha elencato i job di tutti i namespace entro %n secondo.</numerusform>
            <numerusform>Kubernetes non ha elencato i job di tutti i namespace entro %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No failures.</source>
        <translation>Nessun errore.</translation>
    </message>
    <message>
        <source>%1/%2  %3  %4%5</source>
        <translation>%1/%2  %3  %4%5</translation>
    </message>
    <message>
        <source>  on %1</source>
        <translation>  su %1</translation>
    </message>
    <message>
        <source>Name one job as NAMESPACE/JOB.</source>
        <translation>Indica un job come NAMESPACE/JOB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAMESPACE/JOB (or NAMESPACE/POD with --session).</source>
        <translation>&quot;%1&quot; non è NAMESPACE/JOB (o NAMESPACE/POD con --session).</translation>
    </message>
    <message>
        <source>Kubernetes did not answer in time.</source>
        <translation>Kubernetes non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attenzione: %1</translation>
    </message>
    <message>
        <source>%1/%2: %3%4</source>
        <translation>%1/%2: %3%4</translation>
    </message>
    <message>
        <source> (%1: %2)</source>
        <translation> (%1: %2)</translation>
    </message>
    <message>
        <source>%1  %2%3  %4</source>
        <translation>%1  %2%3  %4</translation>
    </message>
    <message>
        <source>Last log lines:</source>
        <translation>Ultime righe del log:</translation>
    </message>
    <message>
        <source>support casefile needs -o FILE.</source>
        <translation>support casefile richiede -o FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Case file written to %1 (%n value(s) redacted).</source>
        <translation>
            <numerusform>Fascicolo scritto in %1 (%n valore oscurato).</numerusform>
            <numerusform>Fascicolo scritto in %1 (%n valori oscurati).</numerusform>
        </translation>
    </message>
    <message>
        <source>failures, timeline or casefile.</source>
        <translation>failures, timeline o casefile.</translation>
    </message>
    <message>
        <source>timeline, casefile: NAMESPACE/JOB (NAMESPACE/POD with --session).</source>
        <translation>timeline, casefile: NAMESPACE/JOB (NAMESPACE/POD con --session).</translation>
    </message>
    <message>
        <source>failures: only those of the last DURATION (90m, 24h, 7d).</source>
        <translation>failures: solo quelli dell&apos;ultima DURATA (90m, 24h, 7d).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATA</translation>
    </message>
    <message>
        <source>failures: only this user&apos;s.</source>
        <translation>failures: solo quelli di questo utente.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTENTE</translation>
    </message>
    <message>
        <source>failures: only this cause (oomKilled, imagePull, evicted, offloadRefused, slurmTimeout, quotaNever, spawnFailed, other).</source>
        <translation>failures: solo questa causa (oomKilled, imagePull, evicted, offloadRefused, slurmTimeout, quotaNever, spawnFailed, other).</translation>
    </message>
    <message>
        <source>CAUSE</source>
        <translation>CAUSA</translation>
    </message>
    <message>
        <source>timeline, casefile: the target is a notebook session&apos;s pod.</source>
        <translation>timeline, casefile: la destinazione è il pod di una sessione notebook.</translation>
    </message>
    <message>
        <source>casefile: the file to write.</source>
        <translation>casefile: il file da scrivere.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Give up after SECONDS waiting for Kubernetes (default 120).</source>
        <translation>Rinuncia dopo SECONDI di attesa di Kubernetes (predefinito 120).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDI</translation>
    </message>
    <message>
        <source>support needs a subcommand: failures, timeline or casefile.</source>
        <translation>support richiede un sottocomando: failures, timeline o casefile.</translation>
    </message>
    <message>
        <source>Unknown support subcommand &quot;%1&quot;: failures, timeline or casefile.</source>
        <translation>Sottocomando support sconosciuto &quot;%1&quot;: failures, timeline o casefile.</translation>
    </message>
</context>
<context>
    <name>plancia::cli::Tutor</name>
    <message>
        <source>You are in no tutor group (&quot;&lt;event&gt;-tutors&quot;): name the participants&apos; group with --group.</source>
        <translation>Non fai parte di alcun gruppo di tutor (&quot;&lt;event&gt;-tutors&quot;): indica il gruppo dei partecipanti con --group.</translation>
    </message>
    <message>
        <source>--idle needs a duration such as 30m.</source>
        <translation>--idle richiede una durata come 30m.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>The hub did not answer in time.</source>
        <translation>L&apos;hub non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>tutor list takes no arguments.</source>
        <translation>tutor list non accetta argomenti.</translation>
    </message>
    <message>
        <source>No participants in group %1.</source>
        <translation>Nessun partecipante nel gruppo %1.</translation>
    </message>
    <message>
        <source>Name the participants, or --all.</source>
        <translation>Indica i partecipanti, oppure --all.</translation>
    </message>
    <message>
        <source>Name the participants, or --idle DURATION, or --all.</source>
        <translation>Indica i partecipanti, oppure --idle DURATA, oppure --all.</translation>
    </message>
    <message>
        <source>Name participants or use --all/--idle, not both.</source>
        <translation>Indica i partecipanti oppure usa --all/--idle, non entrambi.</translation>
    </message>
    <message>
        <source>--gpu needs MODEL:N or none.</source>
        <translation>--gpu richiede MODELLO:N oppure none.</translation>
    </message>
    <message>
        <source>--image is needed with --cpu, --memory or --gpu (or give --session-profile NAME).</source>
        <translation>--image è necessario con --cpu, --memory o --gpu (oppure indica --session-profile NOME).</translation>
    </message>
    <message>
        <source>Warning: %1 is not a participant of %2.</source>
        <translation>Attenzione: %1 non è un partecipante di %2.</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: fatto</translation>
    </message>
    <message>
        <source>%1: nothing to do (%2)</source>
        <translation>%1: niente da fare (%2)</translation>
    </message>
    <message>
        <source>%1: FAILED: %2</source>
        <translation>%1: NON RIUSCITO: %2</translation>
    </message>
    <message>
        <source>Nobody to act on.</source>
        <translation>Nessuno su cui agire.</translation>
    </message>
    <message>
        <source>list, start or stop.</source>
        <translation>list, start o stop.</translation>
    </message>
    <message>
        <source>start, stop: the participants.</source>
        <translation>start, stop: i partecipanti.</translation>
    </message>
    <message>
        <source>The participants&apos; group (default: your tutor group without &quot;-tutors&quot;).</source>
        <translation>Il gruppo dei partecipanti (predefinito: il tuo gruppo di tutor senza &quot;-tutors&quot;).</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPO</translation>
    </message>
    <message>
        <source>list: idle after DURATION without activity (default 30m); stop: the servers idle that long.</source>
        <translation>list: inattivo dopo DURATA senza attività (predefinito 30m); stop: i server inattivi da almeno DURATA.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATA</translation>
    </message>
    <message>
        <source>start: every participant without a server; stop: every participant&apos;s server.</source>
        <translation>start: ogni partecipante senza un server; stop: il server di ogni partecipante.</translation>
    </message>
    <message>
        <source>start: the platform&apos;s session profile NAME (e.g. t4).</source>
        <translation>start: il profilo di sessione NOME della piattaforma (es. t4).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>start: the image.</source>
        <translation>start: l&apos;immagine.</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMMAGINE</translation>
    </message>
    <message>
        <source>start: CPU cores.</source>
        <translation>start: core CPU.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>start: memory (2G, 4G, 8G).</source>
        <translation>start: memoria (2G, 4G, 8G).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>DIMENSIONE</translation>
    </message>
    <message>
        <source>start: accelerator MODEL:N or none.</source>
        <translation>start: acceleratore MODELLO:N oppure none.</translation>
    </message>
    <message>
        <source>MODEL:N</source>
        <translation>MODELLO:N</translation>
    </message>
    <message>
        <source>Give up after SECONDS waiting for the platform (default 60).</source>
        <translation>Rinuncia dopo SECONDI di attesa della piattaforma (predefinito 60).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDI</translation>
    </message>
    <message>
        <source>tutor needs a subcommand: list, start or stop.</source>
        <translation>tutor richiede un sottocomando: list, start o stop.</translation>
    </message>
    <message>
        <source>Unknown tutor subcommand &quot;%1&quot;: list, start or stop.</source>
        <translation>Sottocomando tutor sconosciuto &quot;%1&quot;: list, start o stop.</translation>
    </message>
</context>
<context>
    <name>plancia::cli::Usage</name>
    <message>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROGETTO</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTENTE</translation>
    </message>
    <message>
        <source>GPU-HOURS</source>
        <translation>ORE GPU</translation>
    </message>
    <message>
        <source>CPU-HOURS</source>
        <translation>ORE CPU</translation>
    </message>
    <message>
        <source>GPU EFF.</source>
        <translation>EFF. GPU</translation>
    </message>
    <message>
        <source>CPU EFF.</source>
        <translation>EFF. CPU</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(nessun progetto)</translation>
    </message>
    <message>
        <source>(other namespaces)</source>
        <translation>(altri namespace)</translation>
    </message>
    <message>
        <source>Start of the period: YYYY-MM-DD (UTC) or an ISO 8601 date-time (default: 30 days before --to).</source>
        <translation>Inizio del periodo: AAAA-MM-GG (UTC) o una data e ora ISO 8601 (predefinito: 30 giorni prima di --to).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>End of the period: YYYY-MM-DD (that day included) or an ISO 8601 date-time (default: now).</source>
        <translation>Fine del periodo: AAAA-MM-GG (giorno incluso) o una data e ora ISO 8601 (predefinito: adesso).</translation>
    </message>
    <message>
        <source>Rows per user (default) or per project.</source>
        <translation>Righe per utente (predefinito) o per progetto.</translation>
    </message>
    <message>
        <source>user|project</source>
        <translation>user|project</translation>
    </message>
    <message>
        <source>Give up after SECONDS waiting for Prometheus (default 120).</source>
        <translation>Rinuncia dopo SECONDI di attesa di Prometheus (predefinito 120).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDI</translation>
    </message>
    <message>
        <source>usage takes no arguments.</source>
        <translation>usage non accetta argomenti.</translation>
    </message>
    <message>
        <source>--by must be user or project, not &quot;%1&quot;.</source>
        <translation>--by deve essere user o project, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a date (YYYY-MM-DD or an ISO 8601 date-time).</source>
        <translation>--to: &quot;%1&quot; non è una data (AAAA-MM-GG o una data e ora ISO 8601).</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date (YYYY-MM-DD or an ISO 8601 date-time).</source>
        <translation>--from: &quot;%1&quot; non è una data (AAAA-MM-GG o una data e ora ISO 8601).</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>Il periodo deve terminare dopo l&apos;inizio.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout richiede un numero di secondi.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annullato.</translation>
    </message>
    <message numerus="yes">
        <source>Prometheus did not answer within %n seconds.</source>
        <translation>
            <numerusform>Prometheus non ha risposto entro %n secondo.</numerusform>
            <numerusform>Prometheus non ha risposto entro %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attenzione: %1</translation>
    </message>
    <message>
        <source>From %1 to %2 (UTC).</source>
        <translation>Dal %1 al %2 (UTC).</translation>
    </message>
</context>
<context>
    <name>plancia::jobs::ClusterCatalog</name>
    <message>
        <source>No Kubernetes client.</source>
        <translation>Nessun client Kubernetes.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>plancia::jobs::JobCheck</name>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is an NFS share of the cluster; a remote site cannot mount it.</source>
        <translation>Il volume &apos;%1&apos; è una condivisione NFS del cluster; un sito remoto non può montarlo.</translation>
    </message>
    <message>
        <source>Copy the data to your S3 bucket and read it from there, or use CVMFS; or run the job in the cluster.</source>
        <translation>Copia i dati nel tuo bucket S3 e leggili da lì, oppure usa CVMFS; oppure esegui il job nel cluster.</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is a directory of a cluster node (hostPath); it does not exist at a remote site.</source>
        <translation>Il volume &apos;%1&apos; è una directory di un nodo del cluster (hostPath); non esiste in un sito remoto.</translation>
    </message>
    <message>
        <source>Remove the volume, or run the job in the cluster.</source>
        <translation>Rimuovi il volume, oppure esegui il job nel cluster.</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is a persistent volume claim (%2) of the cluster; it does not follow the job off-site.</source>
        <translation>Il volume &apos;%1&apos; è un persistent volume claim (%2) del cluster; non segue il job fuori sede.</translation>
    </message>
    <message>
        <source>Stage the files through S3, or run the job in the cluster.</source>
        <translation>Fai transitare i file tramite S3, oppure esegui il job nel cluster.</translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; mounts a Kubernetes secret; offload sites do not receive the cluster&apos;s secrets.</source>
        <translation>Il volume &apos;%1&apos; monta un secret di Kubernetes; i siti di offload non ricevono i secret del cluster.</translation>
    </message>
    <message>
        <source>Pass what the job needs another way (an S3 object the job fetches), or run it in the cluster.</source>
        <translation>Passa ciò che serve al job in un altro modo (un oggetto S3 che il job scarica), oppure eseguilo nel cluster.</translation>
    </message>
    <message>
        <source>Variable %1 comes from a secret; offload sites do not receive it.</source>
        <translation>La variabile %1 proviene da un secret; i siti di offload non lo ricevono.</translation>
    </message>
    <message>
        <source>Remove it, or run the job in the cluster.</source>
        <translation>Rimuovila, oppure esegui il job nel cluster.</translation>
    </message>
    <message>
        <source>The environment is loaded from a secret; offload sites do not receive it.</source>
        <translation>L&apos;ambiente viene caricato da un secret; i siti di offload non lo ricevono.</translation>
    </message>
    <message>
        <source>The job runs about %1 s; waiting in a remote site&apos;s queue commonly takes longer than that.</source>
        <translation>Il job dura circa %1 s; l&apos;attesa nella coda di un sito remoto di solito è più lunga.</translation>
    </message>
    <message>
        <source>Run it in the cluster, or batch more work into one job.</source>
        <translation>Eseguilo nel cluster, oppure raggruppa più lavoro in un solo job.</translation>
    </message>
    <message>
        <source>There is no offload site &apos;%1&apos;.</source>
        <translation>Non esiste un sito di offload &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Pick one of: %1.</source>
        <translation>Scegline uno tra: %1.</translation>
    </message>
    <message>
        <source>The site %1 is not reachable right now; the job would wait until it is.</source>
        <translation>Il sito %1 non è raggiungibile in questo momento; il job resterebbe in attesa finché non lo diventa.</translation>
    </message>
    <message>
        <source>Pick another site, or leave the site to the scheduler.</source>
        <translation>Scegli un altro sito, oppure lascia la scelta del sito allo scheduler.</translation>
    </message>
    <message>
        <source>No offload site offers %1.</source>
        <translation>Nessun sito di offload offre %1.</translation>
    </message>
    <message>
        <source>No flavor of this cluster offers %1.</source>
        <translation>Nessun flavor di questo cluster offre %1.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Scegline uno tra: %1.</translation>
    </message>
    <message>
        <source>Each pod asks %1 %2; the largest node that could run it has %3.</source>
        <translation>Ogni pod richiede %1 %2; il nodo più grande in grado di eseguirlo ne ha %3.</translation>
    </message>
    <message>
        <source>Ask at most %1, or split the work across more pods.</source>
        <translation>Richiedi al massimo %1, oppure suddividi il lavoro su più pod.</translation>
    </message>
    <message>
        <source>There is no priority class &apos;%1&apos;.</source>
        <translation>Non esiste una classe di priorità &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Usane una tra: %1.</translation>
    </message>
    <message>
        <source>Your namespace has no queue &apos;%1&apos;.</source>
        <translation>Il tuo namespace non ha una coda &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 %2: asks %3, maximum capacity %4</source>
        <translation>%1 %2: richiesti %3, capacità massima %4</translation>
    </message>
    <message>
        <source>Queue %1 (cluster queue %2) has no flavor for what the job asks.</source>
        <translation>La coda %1 (coda del cluster %2) non ha un flavor per ciò che il job richiede.</translation>
    </message>
    <message>
        <source>The job asks more than queue %1 can ever give, even borrowing from the cohort (%2).</source>
        <translation>Il job richiede più di quanto la coda %1 possa mai dare, anche prendendo in prestito dalla coorte (%2).</translation>
    </message>
    <message>
        <source>Ask for less (fewer accelerators or fewer pods at once: parallelism), or offload it.</source>
        <translation>Richiedi meno risorse (meno acceleratori o meno pod in contemporanea: parallelism), oppure eseguilo in offload.</translation>
    </message>
    <message>
        <source>No Kubernetes client.</source>
        <translation>Nessun client Kubernetes.</translation>
    </message>
    <message>
        <source>The queue positions are not available (Kueue&apos;s visibility API is not served, or queue %1 does not exist).</source>
        <translation>Le posizioni in coda non sono disponibili (l&apos;API di visibilità di Kueue non è servita, oppure la coda %1 non esiste).</translation>
    </message>
    <message>
        <source>Could not read the cluster&apos;s queues: %1</source>
        <translation>Impossibile leggere le code del cluster: %1</translation>
    </message>
    <message>
        <source>Could not read your workloads: %1</source>
        <translation>Impossibile leggere i tuoi workload: %1</translation>
    </message>
</context>
<context>
    <name>plancia::jobs::JobLogs</name>
    <message>
        <source>Stopped following the log.</source>
        <translation>Il log non viene più seguito.</translation>
    </message>
    <message>
        <source>No Kubernetes client.</source>
        <translation>Nessun client Kubernetes.</translation>
    </message>
    <message>
        <source>Stopped following the logs.</source>
        <translation>I log non vengono più seguiti.</translation>
    </message>
</context>
<context>
    <name>plancia::jobs::JobSpec</name>
    <message>
        <source>The name must be at most 63 lowercase letters, digits or &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation>Il nome deve avere al massimo 63 caratteri tra lettere minuscole, cifre o &apos;-&apos;, e iniziare e finire con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>An image is required.</source>
        <translation>È necessaria un&apos;immagine.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CPU amount (e.g. 2 or 500m).</source>
        <translation>&apos;%1&apos; non è una quantità di CPU (es. 2 o 500m).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a memory amount (e.g. 4Gi or 8G).</source>
        <translation>&apos;%1&apos; non è una quantità di memoria (es. 4Gi o 8G).</translation>
    </message>
    <message>
        <source>Parallelism must be at least 1.</source>
        <translation>Il parallelismo deve essere almeno 1.</translation>
    </message>
    <message>
        <source>Completions must be at least 1.</source>
        <translation>I completamenti devono essere almeno 1.</translation>
    </message>
    <message>
        <source>The retry limit cannot be negative.</source>
        <translation>Il limite di tentativi non può essere negativo.</translation>
    </message>
    <message>
        <source>Every environment variable needs a name.</source>
        <translation>Ogni variabile d&apos;ambiente deve avere un nome.</translation>
    </message>
    <message>
        <source>There is no priority class &apos;%1&apos; (the cluster has %2).</source>
        <translation>Non esiste una classe di priorità &apos;%1&apos; (il cluster ha %2).</translation>
    </message>
    <message>
        <source>No queue of this cluster offers the accelerator &apos;%1&apos;.</source>
        <translation>Nessuna coda di questo cluster offre l&apos;acceleratore &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>plancia::jobs::JobState</name>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Sospeso</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Quota reserved</source>
        <translation>Quota riservata</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ammesso</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <source>Offloaded</source>
        <translation>In offload</translation>
    </message>
    <message>
        <source>Evicted</source>
        <translation>Espulso</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Riuscito</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Eliminazione in corso</translation>
    </message>
    <message>
        <source>Waiting for Kueue to queue it in %1</source>
        <translation>In attesa che Kueue lo metta in coda in %1</translation>
    </message>
</context>
<context>
    <name>plancia::jobs::JobStatus</name>
    <message>
        <source>Pending: waiting for quota</source>
        <translation>In attesa: quota non ancora disponibile</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>In attesa: %1</translation>
    </message>
    <message>
        <source>Offloaded</source>
        <translation>In offload</translation>
    </message>
    <message>
        <source>Offloaded to %1</source>
        <translation>In offload su %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <source>Running on %1</source>
        <translation>In esecuzione su %1</translation>
    </message>
    <message>
        <source>Evicted (%1) and requeued</source>
        <translation>Espulso (%1) e rimesso in coda</translation>
    </message>
    <message>
        <source>Evicted (%1)</source>
        <translation>Espulso (%1)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Non riuscito: %1</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ammesso</translation>
    </message>
    <message>
        <source>Admitted by %1</source>
        <translation>Ammesso da %1</translation>
    </message>
</context>
<context>
    <name>plancia::jobs::JobSubmitter</name>
    <message>
        <source>No Kubernetes client.</source>
        <translation>Nessun client Kubernetes.</translation>
    </message>
    <message>
        <source>The job needs a name chosen before sending.</source>
        <translation>Il job deve avere un nome scelto prima dell&apos;invio.</translation>
    </message>
    <message>
        <source>The job has no name or submission id; build it with the job builder.</source>
        <translation>Il job non ha un nome né un id di invio; crealo con il generatore di job.</translation>
    </message>
    <message>
        <source>A job named &apos;%1&apos; already exists; choose another name.</source>
        <translation>Esiste già un job di nome &apos;%1&apos;; scegli un altro nome.</translation>
    </message>
    <message>
        <source>A job named &apos;%1&apos; already exists.</source>
        <translation>Esiste già un job di nome &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Kubernetes API</source>
        <translation>API Kubernetes</translation>
    </message>
</context>
<context>
    <name>plancia::jobs::JobYaml</name>
    <message>
        <source>The YAML is not valid: %1</source>
        <translation>Lo YAML non è valido: %1</translation>
    </message>
    <message>
        <source>The YAML is not valid at line %1, column %2: %3</source>
        <translation>Lo YAML non è valido alla riga %1, colonna %2: %3</translation>
    </message>
    <message>
        <source>The YAML does not describe a Kubernetes object (it is not a mapping of fields).</source>
        <translation>Lo YAML non descrive un oggetto Kubernetes (non è una mappa di campi).</translation>
    </message>
    <message>
        <source>The YAML file is empty.</source>
        <translation>Il file YAML è vuoto.</translation>
    </message>
    <message>
        <source>The Job&apos;s apiVersion is &apos;%1&apos;; Plancia sends batch/v1 Jobs.</source>
        <translation>L&apos;apiVersion del Job è &apos;%1&apos;; Plancia invia Job batch/v1.</translation>
    </message>
    <message>
        <source>(no kind)</source>
        <translation>(nessun kind)</translation>
    </message>
    <message>
        <source>The YAML holds no Job (kind: Job); it has: %1.</source>
        <translation>Lo YAML non contiene alcun Job (kind: Job); contiene: %1.</translation>
    </message>
</context>
<context>
    <name>plancia::jobs::JobsModel</name>
    <message>
        <source>GPU ×%1</source>
        <translation>GPU ×%1</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1, requeued</source>
        <translation>%1, rimesso in coda</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Acceleratore</translation>
    </message>
    <message>
        <source>Site / node</source>
        <translation>Sito / nodo</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>Queue position</source>
        <translation>Posizione in coda</translation>
    </message>
</context>
<context>
    <name>plancia::jobs::NotebookClone</name>
    <message>
        <source>The notebook pod %1 has no container.</source>
        <translation>Il pod del notebook %1 non ha container.</translation>
    </message>
    <message>
        <source>Ask for at least one copy.</source>
        <translation>Richiedi almeno una copia.</translation>
    </message>
    <message>
        <source>Give the command the copies run (the notebook&apos;s own command starts a Jupyter server).</source>
        <translation>Indica il comando che eseguono le copie (il comando del notebook stesso avvia un server Jupyter).</translation>
    </message>
</context>
<context>
    <name>plancia::jobs::WhyPending</name>
    <message>
        <source>The job has no queue label (%1): Kueue does not manage it.</source>
        <translation>Il job non ha un&apos;etichetta di coda (%1): Kueue non lo gestisce.</translation>
    </message>
    <message>
        <source>The cluster queue %1 is not readable: quota unknown.</source>
        <translation>La coda del cluster %1 non è leggibile: quota sconosciuta.</translation>
    </message>
    <message>
        <source>Admitted by %1%2.</source>
        <translation>Ammesso da %1%2.</translation>
    </message>
    <message>
        <source> on flavor %1</source>
        <translation> sul flavor %1</translation>
    </message>
    <message>
        <source>It fits now in flavor %1 of %2: Kueue should admit it at its next pass.</source>
        <translation>Ora rientra nel flavor %1 di %2: Kueue dovrebbe ammetterlo al prossimo passaggio.</translation>
    </message>
    <message>
        <source>It would run now: flavor %1 of %2 has room.</source>
        <translation>Verrebbe eseguito subito: il flavor %1 di %2 ha spazio.</translation>
    </message>
    <message>
        <source>Waiting: no flavor of %1 has room for it now.</source>
        <translation>In attesa: nessun flavor di %1 ha spazio per il job adesso.</translation>
    </message>
    <message>
        <source>It would wait: no flavor of %1 has room for it now.</source>
        <translation>Resterebbe in attesa: nessun flavor di %1 ha spazio per il job adesso.</translation>
    </message>
    <message>
        <source>Kueue says: %1</source>
        <translation>Kueue dice: %1</translation>
    </message>
    <message>
        <source>Position in the queue: %1 in %2 (%3 in your queue %4).</source>
        <translation>Posizione in coda: %1 in %2 (%3 nella tua coda %4).</translation>
    </message>
    <message>
        <source>%1 %2: asks %3, nominal %4, used %5, borrowable %6</source>
        <translation>%1 %2: richiede %3, nominale %4, in uso %5, prendibile in prestito %6</translation>
    </message>
    <message>
        <source> -&gt; short by %1</source>
        <translation> -&gt; mancano %1</translation>
    </message>
    <message>
        <source> -&gt; fits</source>
        <translation> -&gt; rientra</translation>
    </message>
    <message numerus="yes">
        <source>Ahead of it: %n workload(s)</source>
        <translation>
            <numerusform>Davanti in coda: %n workload</numerusform>
            <numerusform>Davanti in coda: %n workload</numerusform>
        </translation>
    </message>
    <message>
        <source>size not visible</source>
        <translation>dimensione non visibile</translation>
    </message>
    <message>
        <source>  %1. %2/%3 (job %4, priority %5): %6</source>
        <translation>  %1. %2/%3 (job %4, priorità %5): %6</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
</context>
<context>
    <name>plancia::jupyter::HubClient</name>
    <message>
        <source>This platform does not allow named sessions: use the default one.</source>
        <translation>Questa piattaforma non consente sessioni con nome: usa quella predefinita.</translation>
    </message>
    <message>
        <source>You already have the most sessions the platform allows (%1): stop and delete one first.</source>
        <translation>Hai già il numero massimo di sessioni consentito dalla piattaforma (%1): prima fermane ed eliminane una.</translation>
    </message>
    <message>
        <source>This session is still stopping: start it again in a moment.</source>
        <translation>Questa sessione si sta ancora fermando: riavviala tra un momento.</translation>
    </message>
    <message>
        <source>This session is already starting.</source>
        <translation>Questa sessione è già in avvio.</translation>
    </message>
    <message>
        <source>This session is already running.</source>
        <translation>Questa sessione è già in esecuzione.</translation>
    </message>
    <message>
        <source>Too many sessions are starting on the platform right now: try again in a minute.</source>
        <translation>Troppe sessioni si stanno avviando sulla piattaforma in questo momento: riprova tra un minuto.</translation>
    </message>
    <message>
        <source>JupyterHub does not allow you to %1.</source>
        <translation>JupyterHub non ti consente di %1.</translation>
    </message>
    <message>
        <source>JupyterHub does not know this session (it may have been deleted).</source>
        <translation>JupyterHub non conosce questa sessione (potrebbe essere stata eliminata).</translation>
    </message>
    <message>
        <source>JupyterHub could not %1 (%2).</source>
        <translation>JupyterHub non è riuscito a %1 (%2).</translation>
    </message>
    <message>
        <source>JupyterHub could not %1: %2</source>
        <translation>JupyterHub non è riuscito a %1: %2</translation>
    </message>
    <message>
        <source>This profile needs a GPU that is taken: %1</source>
        <translation>Questo profilo richiede una GPU che è occupata: %1</translation>
    </message>
    <message>
        <source>The session could not start (the hub gave no reason).</source>
        <translation>Impossibile avviare la sessione (l&apos;hub non ha indicato il motivo).</translation>
    </message>
    <message>
        <source>The session could not start: %1</source>
        <translation>Impossibile avviare la sessione: %1</translation>
    </message>
    <message>
        <source>JupyterHub is not configured.</source>
        <translation>JupyterHub non è configurato.</translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation>Non hai effettuato l&apos;accesso.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>list your sessions</source>
        <translation>elencare le tue sessioni</translation>
    </message>
    <message>
        <source>JupyterHub answered something that is not a user.</source>
        <translation>JupyterHub ha risposto con qualcosa che non è un utente.</translation>
    </message>
    <message>
        <source>start the session</source>
        <translation>avviare la sessione</translation>
    </message>
    <message>
        <source>delete the session</source>
        <translation>eliminare la sessione</translation>
    </message>
    <message>
        <source>stop the session</source>
        <translation>fermare la sessione</translation>
    </message>
    <message>
        <source>open the session in the browser</source>
        <translation>aprire la sessione nel browser</translation>
    </message>
    <message>
        <source>JupyterHub gave no token.</source>
        <translation>JupyterHub non ha fornito alcun token.</translation>
    </message>
    <message>
        <source>Server ready at %1</source>
        <translation>Server pronto su %1</translation>
    </message>
    <message>
        <source>The session stopped while it was starting.</source>
        <translation>La sessione si è fermata durante l&apos;avvio.</translation>
    </message>
</context>
<context>
    <name>plancia::jupyter::SessionProfile</name>
    <message>
        <source>Choose an image.</source>
        <translation>Scegli un&apos;immagine.</translation>
    </message>
    <message>
        <source>CPU cores must be 1, 2, 3, 4 or 8, not %1.</source>
        <translation>I core CPU devono essere 1, 2, 3, 4 o 8, non %1.</translation>
    </message>
    <message>
        <source>Memory must be 2G, 4G or 8G, not %1.</source>
        <translation>La memoria deve essere 2G, 4G o 8G, non %1.</translation>
    </message>
    <message>
        <source>Choose how many accelerators.</source>
        <translation>Scegli quanti acceleratori.</translation>
    </message>
    <message>
        <source>%1 CPU · %2</source>
        <translation>%1 CPU · %2</translation>
    </message>
    <message>
        <source> · %1× %2</source>
        <translation> · %1× %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predefinito</translation>
    </message>
</context>
<context>
    <name>plancia::jupyter::SessionsModel</name>
    <message>
        <source>This session is already starting.</source>
        <translation>Questa sessione è già in avvio.</translation>
    </message>
    <message>
        <source>This session is already running.</source>
        <translation>Questa sessione è già in esecuzione.</translation>
    </message>
</context>
<context>
    <name>plancia::kube::Informer</name>
    <message>
        <source>The Kubernetes client is gone.</source>
        <translation>Il client Kubernetes non è più disponibile.</translation>
    </message>
    <message>
        <source>The watch of %1 failed.</source>
        <translation>Il watch di %1 non è riuscito.</translation>
    </message>
    <message>
        <source>The Kubernetes API server ended the watch of %1 at once.</source>
        <translation>Il server API di Kubernetes ha chiuso subito il watch di %1.</translation>
    </message>
    <message>
        <source>The Kubernetes API server returned the same continue token twice for %1.</source>
        <translation>Il server API di Kubernetes ha restituito due volte lo stesso token di continuazione per %1.</translation>
    </message>
</context>
<context>
    <name>plancia::kube::KubeClient</name>
    <message>
        <source>No Kubernetes API server is configured for this platform (kubernetes.server).</source>
        <translation>Nessun server API di Kubernetes è configurato per questa piattaforma (kubernetes.server).</translation>
    </message>
    <message>
        <source>The Kubernetes API server sent an answer that is not a JSON object.</source>
        <translation>Il server API di Kubernetes ha inviato una risposta che non è un oggetto JSON.</translation>
    </message>
    <message>
        <source>The Kubernetes API server repeated a list page.</source>
        <translation>Il server API di Kubernetes ha ripetuto una pagina dell&apos;elenco.</translation>
    </message>
    <message>
        <source>The Kubernetes watch stream sent something that is not an event.</source>
        <translation>Il flusso di watch di Kubernetes ha inviato qualcosa che non è un evento.</translation>
    </message>
    <message>
        <source>Cannot store the kubeconfig&apos;s CA: %1</source>
        <translation>Impossibile salvare la CA del kubeconfig: %1</translation>
    </message>
</context>
<context>
    <name>plancia::kube::KubeConfig</name>
    <message>
        <source>The kubeconfig&apos;s user &quot;%1&quot; gets its credentials from a program (exec plugin &quot;%2&quot;), which Plancia does not run. Log in with Plancia instead, or use a kubeconfig with a token.</source>
        <translation>L&apos;utente &quot;%1&quot; del kubeconfig ottiene le credenziali da un programma (plugin exec &quot;%2&quot;), che Plancia non esegue. Accedi invece con Plancia, oppure usa un kubeconfig con un token.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s user &quot;%1&quot; uses an auth-provider plugin (&quot;%2&quot;), which is not supported. Log in with Plancia instead, or use a kubeconfig with a token.</source>
        <translation>L&apos;utente &quot;%1&quot; del kubeconfig usa un plugin auth-provider (&quot;%2&quot;), che non è supportato. Accedi invece con Plancia, oppure usa un kubeconfig con un token.</translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig&apos;s token file %1: %2</source>
        <translation>Impossibile leggere il file del token del kubeconfig %1: %2</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s user &quot;%1&quot; logs in with a client certificate, which is not supported. Use a token.</source>
        <translation>L&apos;utente &quot;%1&quot; del kubeconfig accede con un certificato client, che non è supportato. Usa un token.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s user &quot;%1&quot; logs in with a user name and password, which is not supported. Use a token.</source>
        <translation>L&apos;utente &quot;%1&quot; del kubeconfig accede con nome utente e password, che non sono supportati. Usa un token.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s cluster &quot;%1&quot; names no valid server.</source>
        <translation>Il cluster &quot;%1&quot; del kubeconfig non indica un server valido.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s cluster &quot;%1&quot; turns TLS verification off, which Plancia never does. Give its CA instead (certificate-authority).</source>
        <translation>Il cluster &quot;%1&quot; del kubeconfig disattiva la verifica TLS, cosa che Plancia non fa mai. Indica invece la sua CA (certificate-authority).</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s cluster &quot;%1&quot; has certificate-authority-data that is not a base64 PEM certificate.</source>
        <translation>Il cluster &quot;%1&quot; del kubeconfig ha un certificate-authority-data che non è un certificato PEM in base64.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s CA file %1 does not exist.</source>
        <translation>Il file della CA %1 indicato nel kubeconfig non esiste.</translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig %1: %2</source>
        <translation>Impossibile leggere il kubeconfig %1: %2</translation>
    </message>
    <message>
        <source>The kubeconfig is not valid YAML: line %1, column %2.</source>
        <translation>Il kubeconfig non è YAML valido: riga %1, colonna %2.</translation>
    </message>
    <message>
        <source>The kubeconfig holds no settings.</source>
        <translation>Il kubeconfig non contiene impostazioni.</translation>
    </message>
    <message>
        <source>The kubeconfig has no current-context; name the context to use.</source>
        <translation>Il kubeconfig non ha un current-context; indica il contesto da usare.</translation>
    </message>
    <message>
        <source>The kubeconfig has no context named &quot;%1&quot;.</source>
        <translation>Il kubeconfig non ha alcun contesto di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s context &quot;%1&quot; names the cluster &quot;%2&quot;, which it does not define.</source>
        <translation>Il contesto &quot;%1&quot; del kubeconfig indica il cluster &quot;%2&quot;, che il kubeconfig non definisce.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s context &quot;%1&quot; names the user &quot;%2&quot;, which it does not define.</source>
        <translation>Il contesto &quot;%1&quot; del kubeconfig indica l&apos;utente &quot;%2&quot;, che il kubeconfig non definisce.</translation>
    </message>
    <message>
        <source>The kubeconfig has a setting of the wrong type: line %1, column %2.</source>
        <translation>Il kubeconfig ha un&apos;impostazione di tipo errato: riga %1, colonna %2.</translation>
    </message>
</context>
<context>
    <name>plancia::metrics::Prometheus</name>
    <message>
        <source>Prometheus&apos;s answer could not be read: %1.</source>
        <translation>Impossibile leggere la risposta di Prometheus: %1.</translation>
    </message>
    <message>
        <source>Prometheus answered: %1.</source>
        <translation>Prometheus ha risposto: %1.</translation>
    </message>
    <message>
        <source>no &quot;status&quot;: &quot;success&quot;</source>
        <translation>manca &quot;status&quot;: &quot;success&quot;</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>non è JSON</translation>
    </message>
    <message>
        <source>Prometheus could not answer the query: %1</source>
        <translation>Prometheus non ha potuto rispondere alla query: %1</translation>
    </message>
    <message>
        <source>it is not valid JSON (at byte %1)</source>
        <translation>non è JSON valido (al byte %1)</translation>
    </message>
    <message>
        <source>no data.result</source>
        <translation>manca data.result</translation>
    </message>
    <message>
        <source>a matrix holds single samples</source>
        <translation>una matrice contiene campioni singoli</translation>
    </message>
    <message>
        <source>a vector holds series</source>
        <translation>un vettore contiene serie</translation>
    </message>
    <message>
        <source>a scalar without a value</source>
        <translation>uno scalare senza valore</translation>
    </message>
    <message>
        <source>a sample value is not a number</source>
        <translation>il valore di un campione non è un numero</translation>
    </message>
    <message>
        <source>unknown result type &quot;%1&quot;</source>
        <translation>tipo di risultato sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no data list</source>
        <translation>manca l&apos;elenco data</translation>
    </message>
    <message>
        <source>a label set is not an object</source>
        <translation>un insieme di etichette non è un oggetto</translation>
    </message>
</context>
<context>
    <name>plancia::metrics::PrometheusClient</name>
    <message>
        <source>The profile names no Prometheus server (prometheus.url).</source>
        <translation>Il profilo non indica alcun server Prometheus (prometheus.url).</translation>
    </message>
    <message>
        <source>The platform is gone.</source>
        <translation>La piattaforma non è più disponibile.</translation>
    </message>
</context>
<context>
    <name>plancia::s3::S3Client</name>
    <message>
        <source>The profile has no S3 endpoint (setting s3.endpoint).</source>
        <translation>Il profilo non ha un endpoint S3 (impostazione s3.endpoint).</translation>
    </message>
    <message>
        <source>the answer ends too early (cut off?)</source>
        <translation>la risposta finisce troppo presto (troncata?)</translation>
    </message>
    <message>
        <source>The S3 answer could not be read: %1 (line %2).</source>
        <translation>Impossibile leggere la risposta S3: %1 (riga %2).</translation>
    </message>
    <message>
        <source>The S3 answer is not the expected one (%1 instead of %2).</source>
        <translation>La risposta S3 non è quella attesa (%1 invece di %2).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <source>The S3 server sent an empty answer.</source>
        <translation>Il server S3 ha inviato una risposta vuota.</translation>
    </message>
    <message>
        <source>The S3 answer is too large to read.</source>
        <translation>La risposta S3 è troppo grande per essere letta.</translation>
    </message>
    <message>
        <source>Access denied: your S3 credentials do not allow this.</source>
        <translation>Accesso negato: le tue credenziali S3 non lo consentono.</translation>
    </message>
    <message>
        <source>All access to this resource is disabled.</source>
        <translation>Ogni accesso a questa risorsa è disabilitato.</translation>
    </message>
    <message>
        <source>The bucket does not exist.</source>
        <translation>Il bucket non esiste.</translation>
    </message>
    <message>
        <source>The object does not exist.</source>
        <translation>L&apos;oggetto non esiste.</translation>
    </message>
    <message>
        <source>The multipart upload does not exist (completed or aborted).</source>
        <translation>Il caricamento multipart non esiste (completato o interrotto).</translation>
    </message>
    <message>
        <source>The temporary S3 credentials have expired.</source>
        <translation>Le credenziali S3 temporanee sono scadute.</translation>
    </message>
    <message>
        <source>The S3 session token is not valid (expired or malformed).</source>
        <translation>Il token di sessione S3 non è valido (scaduto o malformato).</translation>
    </message>
    <message>
        <source>The S3 server does not know these credentials (access key).</source>
        <translation>Il server S3 non riconosce queste credenziali (access key).</translation>
    </message>
    <message>
        <source>The S3 server refused the request&apos;s signature (wrong secret key, or a proxy changed the request).</source>
        <translation>Il server S3 ha rifiutato la firma della richiesta (secret key errata, oppure un proxy ha modificato la richiesta).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from the S3 server&apos;s.</source>
        <translation>L&apos;orologio di questo computer differisce troppo da quello del server S3.</translation>
    </message>
    <message>
        <source>The S3 server is busy and asks to slow down; try again shortly.</source>
        <translation>Il server S3 è occupato e chiede di rallentare; riprova tra poco.</translation>
    </message>
    <message>
        <source>The S3 service is unavailable right now.</source>
        <translation>Il servizio S3 non è disponibile al momento.</translation>
    </message>
    <message>
        <source>The S3 server had an internal error.</source>
        <translation>Il server S3 ha avuto un errore interno.</translation>
    </message>
    <message>
        <source>The S3 server timed out waiting for the request&apos;s data.</source>
        <translation>Il server S3 è andato in timeout aspettando i dati della richiesta.</translation>
    </message>
    <message>
        <source>The bucket is not empty.</source>
        <translation>Il bucket non è vuoto.</translation>
    </message>
    <message>
        <source>A bucket of that name already exists (someone else&apos;s).</source>
        <translation>Esiste già un bucket con quel nome (di qualcun altro).</translation>
    </message>
    <message>
        <source>You already own a bucket of that name.</source>
        <translation>Possiedi già un bucket con quel nome.</translation>
    </message>
    <message>
        <source>You have as many buckets as allowed.</source>
        <translation>Hai già il numero massimo di bucket consentito.</translation>
    </message>
    <message>
        <source>The bucket name is not valid.</source>
        <translation>Il nome del bucket non è valido.</translation>
    </message>
    <message>
        <source>The object name is too long (at most 1024 bytes).</source>
        <translation>Il nome dell&apos;oggetto è troppo lungo (al massimo 1024 byte).</translation>
    </message>
    <message>
        <source>A part of the upload is smaller than the 5 MiB minimum (only the last may be smaller).</source>
        <translation>Una parte del caricamento è più piccola del minimo di 5 MiB (solo l&apos;ultima può essere più piccola).</translation>
    </message>
    <message>
        <source>The upload is larger than S3 allows.</source>
        <translation>Il caricamento supera la dimensione consentita da S3.</translation>
    </message>
    <message>
        <source>A part of the upload is missing or its ETag does not match.</source>
        <translation>Una parte del caricamento manca o il suo ETag non corrisponde.</translation>
    </message>
    <message>
        <source>The parts of the upload are not in ascending order.</source>
        <translation>Le parti del caricamento non sono in ordine crescente.</translation>
    </message>
    <message>
        <source>The requested byte range is outside the object.</source>
        <translation>L&apos;intervallo di byte richiesto è fuori dall&apos;oggetto.</translation>
    </message>
    <message>
        <source>The checksum sent with the request is not valid.</source>
        <translation>Il checksum inviato con la richiesta non è valido.</translation>
    </message>
    <message>
        <source>The data arrived damaged: its checksum does not match.</source>
        <translation>I dati sono arrivati danneggiati: il checksum non corrisponde.</translation>
    </message>
    <message>
        <source>The data arrived damaged: its SHA-256 does not match.</source>
        <translation>I dati sono arrivati danneggiati: lo SHA-256 non corrisponde.</translation>
    </message>
    <message>
        <source>The S3 server could not read the request.</source>
        <translation>Il server S3 non è riuscito a leggere la richiesta.</translation>
    </message>
    <message>
        <source>The S3 server refused an argument of the request.</source>
        <translation>Il server S3 ha rifiutato un argomento della richiesta.</translation>
    </message>
    <message>
        <source>The S3 server refused the request.</source>
        <translation>Il server S3 ha rifiutato la richiesta.</translation>
    </message>
    <message>
        <source>The S3 server does not implement this operation.</source>
        <translation>Il server S3 non implementa questa operazione.</translation>
    </message>
    <message>
        <source>This operation is not allowed on this resource.</source>
        <translation>Questa operazione non è consentita su questa risorsa.</translation>
    </message>
    <message>
        <source>The object changed in the meantime (a precondition failed).</source>
        <translation>Nel frattempo l&apos;oggetto è cambiato (una precondizione non è soddisfatta).</translation>
    </message>
    <message>
        <source>The storage quota is exceeded.</source>
        <translation>La quota di archiviazione è superata.</translation>
    </message>
    <message>
        <source>The object is archived and cannot be read now.</source>
        <translation>L&apos;oggetto è archiviato e al momento non può essere letto.</translation>
    </message>
    <message>
        <source>The S3 server answered: %1.</source>
        <translation>Il server S3 ha risposto: %1.</translation>
    </message>
    <message>
        <source>The S3 server answered %1 (HTTP %2).</source>
        <translation>Il server S3 ha risposto %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The S3 listing says it has more pages but gives no way to continue.</source>
        <translation>L&apos;elenco S3 dichiara di avere altre pagine, ma non indica come proseguire.</translation>
    </message>
    <message>
        <source>The S3 answer lists a part numbered %1 (1 to 10,000 expected).</source>
        <translation>La risposta S3 elenca una parte con numero %1 (atteso da 1 a 10.000).</translation>
    </message>
    <message>
        <source>The S3 server answered %1.</source>
        <translation>Il server S3 ha risposto %1.</translation>
    </message>
    <message>
        <source>No S3 credentials are available.</source>
        <translation>Non sono disponibili credenziali S3.</translation>
    </message>
    <message>
        <source>A shared link lasts from 1 second to 7 days.</source>
        <translation>Un link condiviso dura da 1 secondo a 7 giorni.</translation>
    </message>
    <message>
        <source>The S3 client is gone.</source>
        <translation>Il client S3 non è più disponibile.</translation>
    </message>
    <message>
        <source>The S3 listing repeats the same page.</source>
        <translation>L&apos;elenco S3 ripete la stessa pagina.</translation>
    </message>
    <message>
        <source>The S3 server gave the upload no id.</source>
        <translation>Il server S3 non ha assegnato un id al caricamento.</translation>
    </message>
    <message>
        <source>The source and the destination are the same object.</source>
        <translation>L&apos;origine e la destinazione sono lo stesso oggetto.</translation>
    </message>
    <message>
        <source>The S3 server gave a copied part no ETag.</source>
        <translation>Il server S3 non ha fornito l&apos;ETag di una parte copiata.</translation>
    </message>
    <message>
        <source>The source and the destination are the same.</source>
        <translation>L&apos;origine e la destinazione coincidono.</translation>
    </message>
</context>
<context>
    <name>plancia::s3::TransferEngine</name>
    <message>
        <source>No S3 credentials are configured.</source>
        <translation>Non sono configurate credenziali S3.</translation>
    </message>
    <message>
        <source>The file size is unknown.</source>
        <translation>La dimensione del file non è nota.</translation>
    </message>
    <message>
        <source>The file is larger than 5 TiB, the largest object S3 stores.</source>
        <translation>Il file supera 5 TiB, la dimensione massima di un oggetto S3.</translation>
    </message>
    <message>
        <source>No destination folder was given.</source>
        <translation>Non è stata indicata alcuna cartella di destinazione.</translation>
    </message>
    <message>
        <source>The key %1 names no file below %2.</source>
        <translation>La chiave %1 non indica alcun file sotto %2.</translation>
    </message>
    <message>
        <source>The saved state of an upload is damaged.</source>
        <translation>Lo stato salvato di un caricamento è danneggiato.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the upload state.</source>
        <translation>Impossibile creare la cartella %1 per lo stato del caricamento.</translation>
    </message>
    <message>
        <source>Cannot save the state of the upload: %1</source>
        <translation>Impossibile salvare lo stato del caricamento: %1</translation>
    </message>
    <message>
        <source>%1 is outside the destination folder.</source>
        <translation>%1 è fuori dalla cartella di destinazione.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>%1 is a link or a file, not a folder: nothing is written through it.</source>
        <translation>%1 è un link o un file, non una cartella: non si scrive nulla attraverso di esso.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Impossibile creare la cartella %1: %2</translation>
    </message>
    <message>
        <source>No S3 credentials are available.</source>
        <translation>Non sono disponibili credenziali S3.</translation>
    </message>
    <message>
        <source>Some files could not be transferred.</source>
        <translation>Non è stato possibile trasferire alcuni file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 non è un file.</translation>
    </message>
    <message>
        <source>The downloaded data of %1 does not match its checksum.</source>
        <translation>I dati scaricati di %1 non corrispondono al loro checksum.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>%1 is a link: it is not overwritten.</source>
        <translation>%1 è un link: non viene sovrascritto.</translation>
    </message>
    <message>
        <source>Cannot rename %1: %2</source>
        <translation>Impossibile rinominare %1: %2</translation>
    </message>
    <message>
        <source>The storage server could not be reached: %1</source>
        <translation>Impossibile raggiungere il server di storage: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot write %1 (disk full?).</source>
        <translation>Impossibile scrivere %1 (disco pieno?).</translation>
    </message>
    <message>
        <source>The storage server answered without an upload id.</source>
        <translation>Il server di storage ha risposto senza un id di caricamento.</translation>
    </message>
    <message>
        <source>The storage server sent a short answer.</source>
        <translation>Il server di storage ha inviato una risposta incompleta.</translation>
    </message>
</context>
<context>
    <name>plancia::support::CaseDataJob</name>
    <message>
        <source>No Kubernetes client.</source>
        <translation>Nessun client Kubernetes.</translation>
    </message>
    <message>
        <source>Workload: %1</source>
        <translation>Workload: %1</translation>
    </message>
    <message>
        <source>Pods: %1</source>
        <translation>Pod: %1</translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation>Nodi: %1</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Eventi: %1</translation>
    </message>
    <message>
        <source>Log of %1: %2</source>
        <translation>Log di %1: %2</translation>
    </message>
</context>
<context>
    <name>plancia::support::CaseFile</name>
    <message>
        <source>Cannot write the case file %1: %2</source>
        <translation>Impossibile scrivere il fascicolo %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a case file (not JSON at offset %2).</source>
        <translation>%1 non è un fascicolo (non è JSON all&apos;offset %2).</translation>
    </message>
    <message>
        <source>%1 is not a Plancia case file.</source>
        <translation>%1 non è un fascicolo di Plancia.</translation>
    </message>
</context>
<context>
    <name>plancia::support::FailureCause</name>
    <message>
        <source>Out of memory (OOMKilled)</source>
        <translation>Memoria esaurita (OOMKilled)</translation>
    </message>
    <message>
        <source>Image pull failed</source>
        <translation>Download dell&apos;immagine non riuscito</translation>
    </message>
    <message>
        <source>Evicted or preempted</source>
        <translation>Espulso o soggetto a prelazione</translation>
    </message>
    <message>
        <source>Offload site refused</source>
        <translation>Rifiutato dal sito di offload</translation>
    </message>
    <message>
        <source>Slurm time limit</source>
        <translation>Limite di tempo Slurm</translation>
    </message>
    <message>
        <source>Quota never available</source>
        <translation>Quota mai disponibile</translation>
    </message>
    <message>
        <source>Session did not start</source>
        <translation>Sessione non avviata</translation>
    </message>
    <message>
        <source>Other failure</source>
        <translation>Altro errore</translation>
    </message>
</context>
<context>
    <name>plancia::support::SupportIndex</name>
    <message>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Fermato</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>In arresto</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>In avvio</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Node or site</source>
        <translation>Nodo o sito</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Acceleratore</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
</context>
<context>
    <name>plancia::support::Timeline</name>
    <message>
        <source>Pod %1 offloaded to %2</source>
        <translation>Pod %1 in offload su %2</translation>
    </message>
    <message>
        <source>Pod %1 placed on %2</source>
        <translation>Pod %1 assegnato a %2</translation>
    </message>
    <message>
        <source>Pod %1 running</source>
        <translation>Pod %1 in esecuzione</translation>
    </message>
    <message>
        <source>Pod %1 ended: %2 (exit code %3)</source>
        <translation>Pod %1 terminato: %2 (codice di uscita %3)</translation>
    </message>
    <message>
        <source>Submitted to queue %1</source>
        <translation>Inviato alla coda %1</translation>
    </message>
    <message>
        <source>Queued as workload %1</source>
        <translation>In coda come workload %1</translation>
    </message>
    <message>
        <source>Waiting for quota: %1</source>
        <translation>In attesa di quota: %1</translation>
    </message>
    <message>
        <source>Admitted by ClusterQueue %1</source>
        <translation>Ammesso dalla ClusterQueue %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Workload finished: %1</source>
        <translation>Workload terminato: %1</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Job %1: %2</translation>
    </message>
    <message>
        <source>Session pod created</source>
        <translation>Pod della sessione creato</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>plancia::support::TutorRoom</name>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile names no JupyterHub.</source>
        <translation>Il profilo non indica alcun JupyterHub.</translation>
    </message>
    <message>
        <source>The hub refused the list of users: your account is not a tutor or an admin of this hub (%1).</source>
        <translation>L&apos;hub ha rifiutato l&apos;elenco degli utenti: il tuo account non è tutor né amministratore di questo hub (%1).</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non avviato</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>In avvio</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>In arresto</translation>
    </message>
    <message>
        <source>%1 % · %2 MiB</source>
        <translation>%1 % · %2 MiB</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 running, %2 failing</source>
        <translation>%1 in esecuzione, %2 con errori</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Idle for</source>
        <translation>Inattivo da</translation>
    </message>
    <message>
        <source>GPU now</source>
        <translation>GPU ora</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Archiviazione</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>plancia::ui::AboutDialog</name>
    <message>
        <source>About Plancia</source>
        <translation>Informazioni su Plancia</translation>
    </message>
    <message>
        <source>Plancia %1</source>
        <translation>Plancia %1</translation>
    </message>
    <message>
        <source>The control center of a Kubernetes-based research AI platform: GPU availability, storage, JupyterLab sessions and batch jobs, with one login.</source>
        <translation>Il centro di controllo di una piattaforma di IA per la ricerca basata su Kubernetes: disponibilità delle GPU, archiviazione, sessioni JupyterLab e job batch, con un solo accesso.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilato con Qt %1, in esecuzione su Qt %2.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (%1).</source>
        <translation>Software libero rilasciato con la GNU General Public License, versione 3 o successiva (%1).</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>Pagina del progetto</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentazione</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Segnala un problema</translation>
    </message>
</context>
<context>
    <name>plancia::ui::AcceleratorCard</name>
    <message>
        <source>MIG %1</source>
        <translation>MIG %1</translation>
    </message>
    <message>
        <source>Whole GPU</source>
        <translation>GPU intera</translation>
    </message>
    <message>
        <source>%1 free · %2 in use · %3 total</source>
        <translation>%1 liberi · %2 in uso · %3 in tutto</translation>
    </message>
    <message>
        <source> · %1 unavailable</source>
        <translation> · %1 non disponibili</translation>
    </message>
    <message>
        <source>%1 total · in use not known</source>
        <translation>%1 in tutto · uso non noto</translation>
    </message>
    <message numerus="yes">
        <source> · %n yours</source>
        <translation>
            <numerusform> · %n tuo</numerusform>
            <numerusform> · %n tuoi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>plancia::ui::AccountingView</name>
    <message>
        <source>Export accounting as CSV</source>
        <translation>Esporta la rendicontazione in CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Prometheus has no CPU series for this period (no kube-state-metrics CPU requests or cAdvisor usage): CPU columns show &quot;no data&quot;.</source>
        <translation>Prometheus non ha serie sulla CPU per questo periodo (né richieste di CPU da kube-state-metrics né utilizzo da cAdvisor): le colonne CPU mostrano &quot;nessun dato&quot;.</translation>
    </message>
    <message>
        <source>No usage in this period.</source>
        <translation>Nessun utilizzo in questo periodo.</translation>
    </message>
    <message>
        <source>You are in the admin group: everyone&apos;s usage is shown.</source>
        <translation>Fai parte del gruppo admin: è mostrato l&apos;utilizzo di tutti.</translation>
    </message>
    <message>
        <source>Your projects&apos; usage is shown.</source>
        <translation>È mostrato l&apos;utilizzo dei tuoi progetti.</translation>
    </message>
    <message>
        <source>Your own usage is shown.</source>
        <translation>È mostrato solo il tuo utilizzo.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 GPU-hours, %2 CPU-hours (%n rows)</source>
        <translation>
            <numerusform>Totale: %1 ore GPU, %2 ore CPU (%n riga)</numerusform>
            <numerusform>Totale: %1 ore GPU, %2 ore CPU (%n righe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
</context>
<context>
    <name>plancia::ui::BucketModel</name>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 byte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>plancia::ui::CaseFileView</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Ora (UTC)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Last log lines</source>
        <translation>Ultime righe del log</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Fascicolo</translation>
    </message>
    <message>
        <source>Select a job or a session to see its timeline.</source>
        <translation>Seleziona un job o una sessione per vederne la cronologia.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2/%3&lt;/b&gt;: %4</source>
        <translation>&lt;b&gt;%1 %2/%3&lt;/b&gt;: %4</translation>
    </message>
    <message>
        <source> — &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation> — &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation>== %1 ==</translation>
    </message>
    <message>
        <source>No log lines.</source>
        <translation>Nessuna riga di log.</translation>
    </message>
</context>
<context>
    <name>plancia::ui::CloneDialog</name>
    <message>
        <source>Clone my notebook</source>
        <translation>Clona il mio notebook</translation>
    </message>
    <message>
        <source>e.g. python train.py --shard {index}</source>
        <translation>ad es. python train.py --shard {index}</translation>
    </message>
    <message>
        <source>One &amp;Indexed job (the index is JOB_COMPLETION_INDEX)</source>
        <translation>Un solo job &amp;indicizzato (l&apos;indice è JOB_COMPLETION_INDEX)</translation>
    </message>
    <message>
        <source>&amp;Offload to a remote site</source>
        <translation>&amp;Delega a un sito remoto</translation>
    </message>
    <message>
        <source>lowest (default: evicted when notebooks need the GPUs)</source>
        <translation>la più bassa (predefinita: espulso quando i notebook richiedono le GPU)</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Copie:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mando:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorità:</translation>
    </message>
    <message>
        <source>C&amp;lone</source>
        <translation>C&amp;lona</translation>
    </message>
    <message>
        <source>Give the command the copies run.</source>
        <translation>Indica il comando che eseguono le copie.</translation>
    </message>
    <message>
        <source>From your running notebook %1 (%2): the same image, environment, volumes and resources, with a new command.</source>
        <translation>Dal tuo notebook in esecuzione %1 (%2): stessa immagine, ambiente, volumi e risorse, con un nuovo comando.</translation>
    </message>
    <message>
        <source>No notebook of yours is running: start one from the Sessions page first.</source>
        <translation>Nessun tuo notebook è in esecuzione: avviane prima uno dalla pagina Sessioni.</translation>
    </message>
    <message numerus="yes">
        <source>One job of %n pod(s), each running:</source>
        <translation>
            <numerusform>Un job di %n pod, che esegue:</numerusform>
            <numerusform>Un job di %n pod, ognuno dei quali esegue:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s):</source>
        <translation>
            <numerusform>%n job:</numerusform>
            <numerusform>%n job:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plancia::ui::ErrorBanner</name>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>plancia::ui::ErrorPresenter</name>
    <message>
        <source>Cannot reach the server</source>
        <translation>Impossibile raggiungere il server</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Il server non ha risposto in tempo</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Connessione sicura non riuscita</translation>
    </message>
    <message>
        <source>Login needed</source>
        <translation>È necessario accedere</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Operazione non consentita</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modificato altrove</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Richiesta rifiutata</translation>
    </message>
    <message>
        <source>The server reported a problem</source>
        <translation>Il server ha segnalato un problema</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Risposta inattesa dal server</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>Problema di configurazione</translation>
    </message>
    <message>
        <source>System keychain problem</source>
        <translation>Problema del portachiavi di sistema</translation>
    </message>
    <message>
        <source>Not supported by this platform</source>
        <translation>Non supportato da questa piattaforma</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Qualcosa è andato storto</translation>
    </message>
    <message>
        <source>A helper program is not running</source>
        <translation>Un programma di supporto non è in esecuzione</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Apri la cartella</translation>
    </message>
    <message>
        <source>Open the link</source>
        <translation>Apri il link</translation>
    </message>
    <message>
        <source>No program could open the folder.</source>
        <translation>Nessun programma ha potuto aprire la cartella.</translation>
    </message>
    <message>
        <source>No web browser could open the link.</source>
        <translation>Nessun browser ha potuto aprire il link.</translation>
    </message>
    <message>
        <source>Nothing on this computer is set up to open folders. Copy the path and open it yourself:</source>
        <translation>Su questo computer nulla è configurato per aprire le cartelle. Copia il percorso e aprila tu:</translation>
    </message>
    <message>
        <source>Nothing on this computer is set up to open web pages. Copy the link and open it in a browser yourself, here or on another device:</source>
        <translation>Su questo computer nulla è configurato per aprire le pagine web. Copia il link e aprilo tu in un browser, qui o su un altro dispositivo:</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copia percorso</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copia link</translation>
    </message>
</context>
<context>
    <name>plancia::ui::JobDetailPane</name>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Riepilogo</translation>
    </message>
    <message>
        <source>&amp;YAML</source>
        <translation>&amp;YAML</translation>
    </message>
    <message>
        <source>Co&amp;nditions</source>
        <translation>Co&amp;ndizioni</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>E&amp;venti</translation>
    </message>
    <message>
        <source>&amp;Pods</source>
        <translation>&amp;Pod</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condizione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ultima occorrenza</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Conteggio</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Node or site</source>
        <translation>Nodo o sito</translation>
    </message>
    <message>
        <source>Remote state</source>
        <translation>Stato remoto</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviato</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message numerus="yes">
        <source>Evicted %n time(s) and back in the queue</source>
        <translation>
            <numerusform>Espulso %n volta e rimesso in coda</numerusform>
            <numerusform>Espulso %n volte e rimesso in coda</numerusform>
        </translation>
    </message>
    <message>
        <source>Offloaded to %1 (virtual node %2)</source>
        <translation>In offload su %1 (nodo virtuale %2)</translation>
    </message>
    <message>
        <source>Runs on node %1</source>
        <translation>In esecuzione sul nodo %1</translation>
    </message>
    <message>
        <source>Admitted by ClusterQueue %1, flavor %2</source>
        <translation>Ammesso dalla ClusterQueue %1, flavor %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Where it would run, and why</source>
        <translation>Dove verrebbe eseguito, e perché</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>%1 (site %2)</source>
        <translation>%1 (sito %2)</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non schedulato</translation>
    </message>
    <message>
        <source>running at the site</source>
        <translation>in esecuzione sul sito</translation>
    </message>
    <message>
        <source>%1, terminating</source>
        <translation>%1, in terminazione</translation>
    </message>
    <message>
        <source>The remote site (interLink provider) rejected or lost the pod</source>
        <translation>Il sito remoto (provider interLink) ha rifiutato o perso il pod</translation>
    </message>
</context>
<context>
    <name>plancia::ui::JobsPage</name>
    <message>
        <source>Jobs</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Batch jobs that run in the cluster or are offloaded to remote sites.</source>
        <translation>Job batch eseguiti nel cluster o delegati a siti remoti.</translation>
    </message>
    <message>
        <source>Log in to see your batch jobs, their queue and where they run.</source>
        <translation>Accedi per vedere i tuoi job batch, la loro coda e dove vengono eseguiti.</translation>
    </message>
    <message>
        <source>name, reason, accelerator, site…</source>
        <translation>nome, motivo, acceleratore, sito…</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Cerc&amp;a:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <source>Acc&amp;elerator:</source>
        <translation>Acc&amp;eleratore:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ito:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivi</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <source>Offloaded</source>
        <translation>In offload</translation>
    </message>
    <message>
        <source>Evicted</source>
        <translation>Espulsi</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Riusciti</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riusciti</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Solo CPU</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Ovunque</translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation>&amp;Nuovo job…</translation>
    </message>
    <message>
        <source>Submit a batch job from a form or a YAML file (Ctrl+N)</source>
        <translation>Invia un job batch da un modulo o da un file YAML (Ctrl+N)</translation>
    </message>
    <message>
        <source>Clone my &amp;notebook…</source>
        <translation>&amp;Clona il mio notebook…</translation>
    </message>
    <message>
        <source>Run copies of your notebook as batch jobs (Ctrl+Shift+N)</source>
        <translation>Esegui copie del tuo notebook come job batch (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Resubmit…</source>
        <translation>&amp;Reinvia…</translation>
    </message>
    <message>
        <source>Submit the selected job again (Ctrl+R)</source>
        <translation>Invia di nuovo il job selezionato (Ctrl+R)</translation>
    </message>
    <message>
        <source>No Kubernetes access</source>
        <translation>Nessun accesso a Kubernetes</translation>
    </message>
    <message>
        <source>This profile has no Kubernetes API configured, so batch jobs cannot be listed or submitted. Set its Kubernetes server in Settings.</source>
        <translation>Questo profilo non ha un&apos;API Kubernetes configurata, quindi non è possibile elencare né inviare job batch. Imposta il suo server Kubernetes nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Accedi…</translation>
    </message>
    <message>
        <source>Could not work out why: %1</source>
        <translation>Impossibile capire il motivo: %1</translation>
    </message>
    <message>
        <source>Waiting for the job&apos;s pods to write…</source>
        <translation>In attesa che i pod del job scrivano…</translation>
    </message>
    <message>
        <source>The log ended: the job&apos;s containers have exited.</source>
        <translation>Il log è terminato: i container del job sono usciti.</translation>
    </message>
    <message>
        <source>The log stopped: %1</source>
        <translation>Il log si è interrotto: %1</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>&amp;Cancel job…</source>
        <translation>&amp;Annulla job…</translation>
    </message>
    <message>
        <source>Delete the finished job and its pods (Delete)</source>
        <translation>Elimina il job terminato e i suoi pod (Canc)</translation>
    </message>
    <message>
        <source>Stop the job and delete it with its pods (Delete)</source>
        <translation>Ferma il job ed eliminalo insieme ai suoi pod (Canc)</translation>
    </message>
    <message>
        <source>Delete job</source>
        <translation>Elimina job</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Annulla job</translation>
    </message>
    <message>
        <source>Delete the job %1 and its pods? Its log goes with them.</source>
        <translation>Eliminare il job %1 e i suoi pod? Anche il suo log verrà eliminato.</translation>
    </message>
    <message>
        <source>Cancel the job %1? Its pods are stopped and it is deleted; this cannot be undone.</source>
        <translation>Annullare il job %1? I suoi pod vengono fermati e il job viene eliminato; l&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>The job %1 could not be deleted</source>
        <translation>Impossibile eliminare il job %1</translation>
    </message>
    <message>
        <source>working out where it would run…</source>
        <translation>calcolo di dove verrebbe eseguito…</translation>
    </message>
    <message>
        <source>Could not work it out: %1</source>
        <translation>Impossibile calcolarlo: %1</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Your notebook is not running any more.</source>
        <translation>Il tuo notebook non è più in esecuzione.</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) could not be submitted: %1</source>
        <translation>
            <numerusform>Non è stato possibile inviare %n copia: %1</numerusform>
            <numerusform>Non è stato possibile inviare %n copie: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 finished</source>
        <translation>Job %1 terminato</translation>
    </message>
    <message>
        <source>It completed successfully.</source>
        <translation>È stato completato correttamente.</translation>
    </message>
    <message>
        <source>Job %1 failed</source>
        <translation>Job %1 non riuscito</translation>
    </message>
    <message>
        <source>Open it on the Jobs page to see why.</source>
        <translation>Aprilo nella pagina Job per vedere il motivo.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Job %1 was evicted</source>
        <translation>Il job %1 è stato espulso</translation>
    </message>
    <message>
        <source>It is back in the queue and will run again when there is room.</source>
        <translation>È tornato in coda e verrà eseguito di nuovo quando ci sarà posto.</translation>
    </message>
</context>
<context>
    <name>plancia::ui::LogView</name>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation>Cerca nel log (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Segui</translation>
    </message>
    <message>
        <source>Keep showing the newest lines as they arrive</source>
        <translation>Continua a mostrare le righe più recenti man mano che arrivano</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Sal&amp;va…</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>Salva il log in un file</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n corrispondenza</numerusform>
            <numerusform>%n corrispondenze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n oldest line(s) were dropped to bound memory; the saved file holds what is shown.</source>
        <translation>
            <numerusform>La riga più vecchia (%n) è stata scartata per limitare la memoria; il file salvato contiene ciò che è mostrato.</numerusform>
            <numerusform>Le %n righe più vecchie sono state scartate per limitare la memoria; il file salvato contiene ciò che è mostrato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 di %n</numerusform>
            <numerusform>%1 di %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>File di log (*.log *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Salva il log</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvato in %1</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Impossibile salvare in %1: %2</translation>
    </message>
</context>
<context>
    <name>plancia::ui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>Accedi a %1</translation>
    </message>
    <message>
        <source>Sign in with your institutional account in a web browser, on this computer or on your phone. Plancia never sees your password.</source>
        <translation>Accedi con il tuo account istituzionale in un browser, su questo computer o sul telefono. Plancia non vede mai la tua password.</translation>
    </message>
    <message>
        <source>1. Open this page</source>
        <translation>1. Apri questa pagina</translation>
    </message>
    <message>
        <source>2. Enter this code</source>
        <translation>2. Inserisci questo codice</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Apri nel browser</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation>Copia il codice negli appunti</translation>
    </message>
    <message>
        <source>Or scan with your phone</source>
        <translation>Oppure inquadralo con il telefono</translation>
    </message>
    <message>
        <source>Get a new code</source>
        <translation>Ottieni un nuovo codice</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Code expires in %1</source>
        <translation>Il codice scade tra %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
</context>
<context>
    <name>plancia::ui::LoginStatus</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Accesso effettuato come %1</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Accesso non riuscito</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Accesso non effettuato</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Disconnetti</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Accedi…</translation>
    </message>
</context>
<context>
    <name>plancia::ui::NavSidebar</name>
    <message>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <source>AI platform control center</source>
        <translation>Centro di controllo IA</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
</context>
<context>
    <name>plancia::ui::Notifier</name>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
</context>
<context>
    <name>plancia::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Accelerator availability and your usage at a glance.</source>
        <translation>Disponibilità degli acceleratori e il tuo utilizzo a colpo d&apos;occhio.</translation>
    </message>
    <message>
        <source>Log in to see which GPUs and FPGAs are free now and how much you have used.</source>
        <translation>Accedi per vedere quali GPU e FPGA sono libere adesso e quanto hai usato.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non impostato</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profilo:</translation>
    </message>
    <message>
        <source>No platform profile is selected. Import one in Settings.</source>
        <translation>Nessun profilo di piattaforma selezionato. Importane uno nelle Impostazioni.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Login (IAM):</source>
        <translation>Accesso (IAM):</translation>
    </message>
    <message>
        <source>JupyterHub:</source>
        <translation>JupyterHub:</translation>
    </message>
    <message>
        <source>Monitoring:</source>
        <translation>Monitoraggio:</translation>
    </message>
    <message>
        <source>Storage (S3):</source>
        <translation>Archiviazione (S3):</translation>
    </message>
    <message>
        <source>Kubernetes:</source>
        <translation>Kubernetes:</translation>
    </message>
    <message>
        <source>Batch queue:</source>
        <translation>Coda batch:</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Accedi…</translation>
    </message>
    <message>
        <source>Reading the cluster…</source>
        <translation>Lettura del cluster…</translation>
    </message>
    <message>
        <source>Nodes, pods and queues are being listed.</source>
        <translation>Si stanno elencando nodi, pod e code.</translation>
    </message>
    <message>
        <source>The cluster cannot be read</source>
        <translation>Il cluster non si può leggere</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message numerus="yes">
        <source>Running now: %n session(s)</source>
        <translation>
            <numerusform>In esecuzione ora: %n sessione</numerusform>
            <numerusform>In esecuzione ora: %n sessioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job pod(s)</source>
        <translation>
            <numerusform>%n pod di job</numerusform>
            <numerusform>%n pod di job</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n in attesa</numerusform>
            <numerusform>%n in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offloaded</source>
        <translation>
            <numerusform>%n in offload</numerusform>
            <numerusform>%n in offload</numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Your pods</source>
        <translation>I tuoi pod</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>%1 CPU cores, %2 GiB</source>
        <translation>%1 core CPU, %2 GiB</translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Coda</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ammessi</translation>
    </message>
    <message>
        <source>Quota used per flavor</source>
        <translation>Quota usata per flavor</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 su %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (your queue, in %2)</source>
        <translation>%1 (la tua coda, in %2)</translation>
    </message>
    <message>
        <source>Cluster queue</source>
        <translation>Coda del cluster</translation>
    </message>
    <message>
        <source>Local queue</source>
        <translation>Coda locale</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <source>Accelerators free now</source>
        <translation>Acceleratori liberi adesso</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>FPGAs</source>
        <translation>FPGA</translation>
    </message>
    <message>
        <source>Your work</source>
        <translation>Il tuo lavoro</translation>
    </message>
    <message>
        <source>Offload sites</source>
        <translation>Siti di offload</translation>
    </message>
    <message>
        <source>Batch queues</source>
        <translation>Code batch</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodi</translation>
    </message>
</context>
<context>
    <name>plancia::ui::PlaceholderPage</name>
    <message>
        <source>Coming soon</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Accedi…</translation>
    </message>
</context>
<context>
    <name>plancia::ui::ProfileListModel</name>
    <message>
        <source>%1 — from %2</source>
        <translation>%1 — da %2</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 (from a file)</source>
        <translation>%1 (da un file)</translation>
    </message>
</context>
<context>
    <name>plancia::ui::ProfileSettings</name>
    <message>
        <source>Import a platform profile</source>
        <translation>Importa un profilo di piattaforma</translation>
    </message>
    <message>
        <source>Platform profiles (*.json);;All files (*)</source>
        <translation>Profili di piattaforma (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Platform profiles</source>
        <translation>Profili di piattaforma</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Open profiles folder</source>
        <translation>Apri la cartella dei profili</translation>
    </message>
    <message>
        <source>Files that could not be loaded</source>
        <translation>File che non è stato possibile caricare</translation>
    </message>
    <message>
        <source>Each profile names the services of one platform instance. Profiles are read from the folder %1. A profile opened from a file elsewhere (plancia --profile FILE) is listed too, marked &quot;from a file&quot;.</source>
        <translation>Ogni profilo indica i servizi di un&apos;istanza della piattaforma. I profili vengono letti dalla cartella %1. Anche un profilo aperto da un file altrove (plancia --profile FILE) compare nell&apos;elenco, contrassegnato &quot;da un file&quot;.</translation>
    </message>
    <message>
        <source>Choose a platform in the Platform list at the bottom of the window, or import a profile.</source>
        <translation>Scegli una piattaforma nell&apos;elenco Piattaforma in fondo alla finestra, oppure importa un profilo.</translation>
    </message>
    <message>
        <source>No platform is open</source>
        <translation>Nessuna piattaforma aperta</translation>
    </message>
</context>
<context>
    <name>plancia::ui::ProfileSwitcher</name>
    <message>
        <source>The platform this window works with</source>
        <translation>La piattaforma con cui lavora questa finestra</translation>
    </message>
    <message>
        <source>No platform open</source>
        <translation>Nessuna piattaforma aperta</translation>
    </message>
</context>
<context>
    <name>plancia::ui::RangePicker</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Ultime 24 ore</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <source>The period shown</source>
        <translation>Il periodo mostrato</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>plancia::ui::SessionCard</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation>&amp;Ferma…</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>&amp;Riavvia</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>any moment now</source>
        <translation>a momenti</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>tra %n min</numerusform>
            <numerusform>tra %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>tra %1 h %2 min</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Avvio in corso</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Arresto in corso</translation>
    </message>
    <message>
        <source>Failed to start</source>
        <translation>Avvio non riuscito</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Fermata</translation>
    </message>
    <message>
        <source>Profile not known</source>
        <translation>Profilo non noto</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Avviata %1</translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation>ultima attività %1</translation>
    </message>
    <message>
        <source>Stopped when idle %1 (at %2), unless you use it.</source>
        <translation>Verrà fermata per inattività %1 (alle %2), a meno che tu non la usi.</translation>
    </message>
</context>
<context>
    <name>plancia::ui::SessionNotices</name>
    <message>
        <source>Your login expires today (%1). Log in again now so that your work is not interrupted.</source>
        <translation>Il tuo accesso scade oggi (%1). Accedi di nuovo adesso perché il tuo lavoro non venga interrotto.</translation>
    </message>
    <message numerus="yes">
        <source>Your login expires in %n day(s), on %1. Log in again before then so that your work is not interrupted.</source>
        <translation>
            <numerusform>Il tuo accesso scade tra %n giorno, il %1. Accedi di nuovo prima di allora perché il tuo lavoro non venga interrotto.</numerusform>
            <numerusform>Il tuo accesso scade tra %n giorni, il %1. Accedi di nuovo prima di allora perché il tuo lavoro non venga interrotto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Login not remembered</source>
        <translation>Accesso non memorizzato</translation>
    </message>
    <message>
        <source>You stay logged in until you quit. Nothing was written to disk instead.</source>
        <translation>Resti connesso fino alla chiusura del programma. Al suo posto non è stato scritto nulla su disco.</translation>
    </message>
    <message>
        <source>Login expired</source>
        <translation>Accesso scaduto</translation>
    </message>
    <message>
        <source>Your login has expired.</source>
        <translation>Il tuo accesso è scaduto.</translation>
    </message>
    <message>
        <source>Open pages keep their data. Log in again to continue.</source>
        <translation>Le pagine aperte conservano i loro dati. Accedi di nuovo per continuare.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
</context>
<context>
    <name>plancia::ui::SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <source>Your JupyterLab servers: start, stop and open them.</source>
        <translation>I tuoi server JupyterLab: avviali, fermali e aprili.</translation>
    </message>
    <message>
        <source>Log in to see your JupyterLab servers and start one with the right profile.</source>
        <translation>Accedi per vedere i tuoi server JupyterLab e avviarne uno con il profilo giusto.</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nuova sessione…</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>&amp;Riavvia</translation>
    </message>
    <message>
        <source>Start &amp;again (%1)</source>
        <translation>&amp;Riavvia (%1)</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Avvia la sessione</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Ferma la sessione</translation>
    </message>
    <message>
        <source>Your session is ready</source>
        <translation>La tua sessione è pronta</translation>
    </message>
    <message>
        <source>JupyterLab session %1 is running: open it from Plancia.</source>
        <translation>La sessione JupyterLab %1 è in esecuzione: aprila da Plancia.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predefinita)</translation>
    </message>
    <message>
        <source>Your session did not start</source>
        <translation>La tua sessione non si è avviata</translation>
    </message>
    <message>
        <source>Your session was stopped</source>
        <translation>La tua sessione è stata fermata</translation>
    </message>
    <message>
        <source>JupyterLab session %1 was stopped by the platform after being idle.</source>
        <translation>La sessione JupyterLab %1 è stata fermata dalla piattaforma perché inattiva.</translation>
    </message>
    <message>
        <source>JupyterLab session %1 was stopped by the platform or a tutor.</source>
        <translation>La sessione JupyterLab %1 è stata fermata dalla piattaforma o da un tutor.</translation>
    </message>
    <message>
        <source>Your session will be stopped soon</source>
        <translation>La tua sessione verrà fermata a breve</translation>
    </message>
    <message numerus="yes">
        <source>JupyterLab session %1 has been idle: the platform stops it in %n minutes unless you use it.</source>
        <translation>
            <numerusform>La sessione JupyterLab %1 è inattiva: la piattaforma la fermerà tra %n minuto, a meno che tu non la usi.</numerusform>
            <numerusform>La sessione JupyterLab %1 è inattiva: la piattaforma la fermerà tra %n minuti, a meno che tu non la usi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>Elimina la sessione</translation>
    </message>
    <message>
        <source>Delete session %1? Its server entry is removed from the hub (your files stay).</source>
        <translation>Eliminare la sessione %1? La sua voce server viene rimossa dall&apos;hub (i tuoi file restano).</translation>
    </message>
    <message>
        <source>JupyterHub is not available for this platform.</source>
        <translation>JupyterHub non è disponibile per questa piattaforma.</translation>
    </message>
    <message>
        <source>Asking JupyterHub for your sessions…</source>
        <translation>Richiesta delle tue sessioni a JupyterHub…</translation>
    </message>
    <message>
        <source>No session is running. Start one with New session.</source>
        <translation>Nessuna sessione in esecuzione. Avviane una con Nuova sessione.</translation>
    </message>
    <message>
        <source>Open the session</source>
        <translation>Apri la sessione</translation>
    </message>
    <message>
        <source>your default session</source>
        <translation>la tua sessione predefinita</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>la sessione %1</translation>
    </message>
    <message>
        <source>Stop %1? Running kernels end; files saved in your home stay.</source>
        <translation>Fermare %1? I kernel in esecuzione terminano; i file salvati nella tua home restano.</translation>
    </message>
</context>
<context>
    <name>plancia::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Language, platform profiles and diagnostics.</source>
        <translation>Lingua, profili di piattaforma e diagnostica.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <source>The change applies at once; it is remembered for the next start.</source>
        <translation>La modifica ha effetto subito e viene ricordata al prossimo avvio.</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostica</translation>
    </message>
    <message>
        <source>Plancia writes a log file that you can attach to a problem report. Passwords and tokens are never written to it.</source>
        <translation>Plancia scrive un file di log che puoi allegare a una segnalazione. Password e token non vi vengono mai scritti.</translation>
    </message>
    <message>
        <source>File logging is off</source>
        <translation>Il log su file è disattivato</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Apri la cartella del log</translation>
    </message>
</context>
<context>
    <name>plancia::ui::StartDialog</name>
    <message>
        <source>Start a JupyterLab session</source>
        <translation>Avvia una sessione JupyterLab</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predefinita</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Immagine:</translation>
    </message>
    <message>
        <source>&amp;CPU cores:</source>
        <translation>&amp;Core CPU:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Memoria:</translation>
    </message>
    <message>
        <source>&amp;Accelerator:</source>
        <translation>&amp;Acceleratore:</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>&amp;Quantità:</translation>
    </message>
    <message>
        <source>None (CPU only)</source>
        <translation>Nessuno (solo CPU)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n free</source>
        <translation>
            <numerusform>%1 — %n libero</numerusform>
            <numerusform>%1 — %n liberi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — taken now</source>
        <translation>%1 — occupato ora</translation>
    </message>
    <message>
        <source>CPU-only sessions run on the CPU nodes.</source>
        <translation>Le sessioni solo CPU vengono eseguite sui nodi CPU.</translation>
    </message>
    <message>
        <source>Free accelerators are not known yet.</source>
        <translation>Gli acceleratori liberi non sono ancora noti.</translation>
    </message>
    <message>
        <source>%1 of %2 %3 free now.</source>
        <translation>Liberi adesso: %1 %3 su %2.</translation>
    </message>
    <message>
        <source>Every %1 has just been taken. Choose another accelerator, or wait: this dialog follows the cluster and offers it again when one is free.</source>
        <translation>Tutti gli acceleratori %1 sono appena stati occupati. Scegline un altro, oppure attendi: questa finestra segue il cluster e lo riproporrà quando uno si libererà.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n %1 free now.</source>
        <translation>
            <numerusform>Adesso è libero solo %n %1.</numerusform>
            <numerusform>Adesso sono liberi solo %n %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your default session is already running: give this one a name.</source>
        <translation>La tua sessione predefinita è già in esecuzione: dai un nome a questa.</translation>
    </message>
    <message>
        <source>A session named %1 is already running.</source>
        <translation>Una sessione di nome %1 è già in esecuzione.</translation>
    </message>
</context>
<context>
    <name>plancia::ui::StoragePage</name>
    <message>
        <source>Storage</source>
        <translation>Archiviazione</translation>
    </message>
    <message>
        <source>Your S3 buckets: browse them and move datasets in and out.</source>
        <translation>I tuoi bucket S3: esplorali e sposta i dataset dentro e fuori.</translation>
    </message>
    <message>
        <source>Log in to see your buckets and move datasets in and out of them.</source>
        <translation>Accedi per vedere i tuoi bucket e spostare i dataset dentro e fuori.</translation>
    </message>
    <message>
        <source>The profile was closed.</source>
        <translation>Il profilo è stato chiuso.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be moved, the first %1: %2</source>
        <translation>
            <numerusform>Non è stato possibile spostare %n chiave, la prima %1: %2</numerusform>
            <numerusform>Non è stato possibile spostare %n chiavi, la prima %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own bucket</source>
        <translation>Il tuo bucket</translation>
    </message>
    <message>
        <source>The bucket of the project %1</source>
        <translation>Il bucket del progetto %1</translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation>Carica file</translation>
    </message>
    <message>
        <source>Upload a folder</source>
        <translation>Carica una cartella</translation>
    </message>
    <message>
        <source>Download into folder</source>
        <translation>Scarica nella cartella</translation>
    </message>
    <message>
        <source>Reading the bucket list…</source>
        <translation>Lettura dell&apos;elenco dei bucket…</translation>
    </message>
    <message>
        <source>The bucket list could not be read</source>
        <translation>Impossibile leggere l&apos;elenco dei bucket</translation>
    </message>
    <message>
        <source>You have no buckets.</source>
        <translation>Non hai bucket.</translation>
    </message>
    <message>
        <source>The folder %1 could not be listed</source>
        <translation>Impossibile elencare la cartella %1</translation>
    </message>
    <message>
        <source>Could not be listed.</source>
        <translation>Impossibile elencare.</translation>
    </message>
    <message numerus="yes">
        <source>Listing… %Ln item(s) so far</source>
        <translation>
            <numerusform>Elenco in corso… %Ln elemento finora</numerusform>
            <numerusform>Elenco in corso… %Ln elementi finora</numerusform>
        </translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Questa cartella è vuota.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %L2 match “%3”.</source>
        <translation>%1; %L2 corrispondono a «%3».</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Accedi…</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>Filtra per nome (Ctrl+F)</translation>
    </message>
    <message>
        <source>Upload files…</source>
        <translation>Carica file…</translation>
    </message>
    <message>
        <source>Upload files into this folder (Ctrl+U); you can also drop files here</source>
        <translation>Carica file in questa cartella (Ctrl+U); puoi anche trascinarli qui</translation>
    </message>
    <message>
        <source>Upload folder…</source>
        <translation>Carica cartella…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Scarica…</translation>
    </message>
    <message>
        <source>Download the selection into a folder; you can also drag it to the desktop</source>
        <translation>Scarica la selezione in una cartella; puoi anche trascinarla sul desktop</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Nuova cartella…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>The folder above (Backspace)</source>
        <translation>La cartella superiore (Backspace)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtra</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Compute usage</source>
        <translation>Calcola l&apos;utilizzo</translation>
    </message>
    <message>
        <source>Sum the sizes of every object in the bucket (lists all of it)</source>
        <translation>Somma le dimensioni di tutti gli oggetti del bucket (lo elenca per intero)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copia link</translation>
    </message>
    <message>
        <source>Copy a link that lets anyone download the selected object</source>
        <translation>Copia un link che permette a chiunque di scaricare l&apos;oggetto selezionato</translation>
    </message>
    <message>
        <source>Link valid for 1 hour</source>
        <translation>Link valido per 1 ora</translation>
    </message>
    <message>
        <source>Link valid for 1 day</source>
        <translation>Link valido per 1 giorno</translation>
    </message>
    <message>
        <source>Link valid for 7 days</source>
        <translation>Link valido per 7 giorni</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e %n altro</numerusform>
            <numerusform>… e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from the bucket %1?</source>
        <translation>
            <numerusform>Eliminare %n elemento dal bucket %1?</numerusform>
            <numerusform>Eliminare %n elementi dal bucket %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>A folder is deleted with everything in it. This cannot be undone.</source>
        <translation>Una cartella viene eliminata con tutto il suo contenuto. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>L&apos;operazione non può essere annullata.</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n item(s)…</source>
        <translation>
            <numerusform>Eliminazione di %n elemento…</numerusform>
            <numerusform>Eliminazione di %n elementi…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>Non è stato eliminato nulla</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be deleted</source>
        <translation>
            <numerusform>Non è stato possibile eliminare %n elemento</numerusform>
            <numerusform>Non è stato possibile eliminare %n elementi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nuova cartella</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Nome della nuova cartella in %1:</translation>
    </message>
    <message>
        <source>The folder %1 could not be made</source>
        <translation>Impossibile creare la cartella %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>New name of the folder %1 (everything in it moves):</source>
        <translation>Nuovo nome della cartella %1 (tutto il suo contenuto viene spostato):</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Nuovo nome di %1:</translation>
    </message>
    <message>
        <source>Renaming %1…</source>
        <translation>Ridenominazione di %1…</translation>
    </message>
    <message>
        <source>%1 could not be renamed</source>
        <translation>Impossibile rinominare %1</translation>
    </message>
    <message>
        <source>No link could be made for %1</source>
        <translation>Impossibile creare un link per %1</translation>
    </message>
    <message>
        <source>Link to %1 copied; it works until %2 (the session&apos;s credentials end then).</source>
        <translation>Link a %1 copiato; funziona fino a %2 (quando scadono le credenziali della sessione).</translation>
    </message>
    <message>
        <source>Link to %1 copied; it works until %2.</source>
        <translation>Link a %1 copiato; funziona fino a %2.</translation>
    </message>
    <message>
        <source>The usage of %1 could not be computed</source>
        <translation>Impossibile calcolare l&apos;utilizzo di %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Computing usage…</source>
        <translation>Calcolo dell&apos;utilizzo…</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln object(s)</source>
        <translation>
            <numerusform>%1 in %Ln oggetto</numerusform>
            <numerusform>%1 in %Ln oggetti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plancia::ui::SubmitDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>New batch job</source>
        <translation>Nuovo job batch</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Modulo</translation>
    </message>
    <message>
        <source>Y&amp;AML</source>
        <translation>Y&amp;AML</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Immagine:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>&amp;Comando:</translation>
    </message>
    <message>
        <source>&amp;CPU:</source>
        <translation>C&amp;PU:</translation>
    </message>
    <message>
        <source>M&amp;emory:</source>
        <translation>M&amp;emoria:</translation>
    </message>
    <message>
        <source>Acce&amp;lerator:</source>
        <translation>Acce&amp;leratore:</translation>
    </message>
    <message>
        <source>&amp;Parallelism:</source>
        <translation>Paralleli&amp;smo:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorità:</translation>
    </message>
    <message>
        <source>&amp;Offload:</source>
        <translation>&amp;Offload:</translation>
    </message>
    <message>
        <source>empty: a generated name</source>
        <translation>vuoto: un nome generato</translation>
    </message>
    <message>
        <source>e.g. harbor.cloud.infn.it/ai-infn/train:1.0</source>
        <translation>es. harbor.cloud.infn.it/ai-infn/train:1.0</translation>
    </message>
    <message>
        <source>e.g. python train.py --epochs 10 (empty: the image&apos;s own)</source>
        <translation>es. python train.py --epochs 10 (vuoto: quello dell&apos;immagine)</translation>
    </message>
    <message>
        <source>cores, e.g. 2 or 500m</source>
        <translation>core, es. 2 o 500m</translation>
    </message>
    <message>
        <source>e.g. 8Gi</source>
        <translation>es. 8Gi</translation>
    </message>
    <message>
        <source>Offload to a remote site</source>
        <translation>Offload su un sito remoto</translation>
    </message>
    <message>
        <source>Open a YAML &amp;file…</source>
        <translation>Apri un &amp;file YAML…</translation>
    </message>
    <message>
        <source>apiVersion: batch/v1
kind: Job
…</source>
        <translation>apiVersion: batch/v1
kind: Job
…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>In&amp;via</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>None (CPU only)</source>
        <translation>Nessuno (solo CPU)</translation>
    </message>
    <message>
        <source>Any site</source>
        <translation>Qualsiasi sito</translation>
    </message>
    <message>
        <source>%1 (offload only: %2)</source>
        <translation>%1 (solo offload: %2)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Open a Job&apos;s YAML</source>
        <translation>Apri lo YAML di un Job</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>File YAML (*.yaml *.yml);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check:&lt;/b&gt; no problems found.</source>
        <translation>&lt;b&gt;Verifica:&lt;/b&gt; nessun problema trovato.</translation>
    </message>
    <message>
        <source>Where it would run now:</source>
        <translation>Dove verrebbe eseguito adesso:</translation>
    </message>
</context>
<context>
    <name>plancia::ui::SupportPage</name>
    <message>
        <source>Support</source>
        <translation>Supporto</translation>
    </message>
    <message>
        <source>Every namespace&apos;s jobs and sessions: find a failing one and see why.</source>
        <translation>Job e sessioni di tutti i namespace: trova quelli che non riescono e scopri perché.</translation>
    </message>
    <message>
        <source>User or namespace</source>
        <translation>Utente o namespace</translation>
    </message>
    <message>
        <source>Node or site</source>
        <translation>Nodo o sito</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Acceleratore</translation>
    </message>
    <message>
        <source>Failing only</source>
        <translation>Solo con errori</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>Qualsiasi causa</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualsiasi momento</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Ultima ora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Ultime 24 ore</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Export case file…</source>
        <translation>Esporta fascicolo…</translation>
    </message>
    <message>
        <source>Open case file…</source>
        <translation>Apri fascicolo…</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 now; the bars are the failures per hour of the last 24 hours. Click to show only these.</source>
        <translation>%1 adesso; le barre sono gli errori per ora delle ultime 24 ore. Fai clic per mostrare solo questi.</translation>
    </message>
    <message>
        <source>Log in with a support account.</source>
        <translation>Accedi con un account di supporto.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <source>Loading every namespace…</source>
        <translation>Caricamento di tutti i namespace…</translation>
    </message>
    <message numerus="yes">
        <source>%n failing of %1</source>
        <translation>
            <numerusform>%n con errori su %1</numerusform>
            <numerusform>%n con errori su %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1/%2…</source>
        <translation>Lettura di %1/%2…</translation>
    </message>
    <message>
        <source>Export the case file</source>
        <translation>Esporta il fascicolo</translation>
    </message>
    <message>
        <source>Export case file</source>
        <translation>Esporta fascicolo</translation>
    </message>
    <message>
        <source>Case files (*.json)</source>
        <translation>Fascicoli (*.json)</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Apri fascicolo</translation>
    </message>
    <message>
        <source>Case files (*.json);;All files (*)</source>
        <translation>Fascicoli (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open the case file</source>
        <translation>Apri il fascicolo</translation>
    </message>
    <message>
        <source>Case file — %1</source>
        <translation>Fascicolo — %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ammessi</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <source>Offloaded</source>
        <translation>In offload</translation>
    </message>
    <message>
        <source>Evicted</source>
        <translation>Espulsi</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Riusciti</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riusciti</translation>
    </message>
    <message>
        <source>Starting (session)</source>
        <translation>In avvio (sessione)</translation>
    </message>
</context>
<context>
    <name>plancia::ui::TimeSeriesChart</name>
    <message>
        <source>no value</source>
        <translation>nessun valore</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e %n altro</numerusform>
            <numerusform>e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>The chart could not be saved as %1.</source>
        <translation>Impossibile salvare il grafico come %1.</translation>
    </message>
    <message>
        <source>The data could not be saved as %1: %2</source>
        <translation>Impossibile salvare i dati come %1: %2</translation>
    </message>
</context>
<context>
    <name>plancia::ui::TransfersModel</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <source>Listing files</source>
        <translation>Elenco dei file</translation>
    </message>
    <message>
        <source>Running (retry %1)</source>
        <translation>In corso (tentativo %1)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Non riuscito: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Caricamento</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Scaricamento</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>%1 → s3://%2/%3</source>
        <translation>%1 → s3://%2/%3</translation>
    </message>
    <message>
        <source>s3://%1/%2 → %3</source>
        <translation>s3://%1/%2 → %3</translation>
    </message>
    <message>
        <source>The key is not a valid file name here; it was saved under another name.</source>
        <translation>La chiave non è un nome di file valido qui; il file è stato salvato con un altro nome.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimanente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>No transfers.</source>
        <translation>Nessun trasferimento.</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n in corso</numerusform>
            <numerusform>%n in corso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n in coda</numerusform>
            <numerusform>%n in coda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n completato</numerusform>
            <numerusform>%n completati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n non riuscito</numerusform>
            <numerusform>%n non riusciti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annullato</numerusform>
            <numerusform>%n annullati</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 di %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <translation>%1, mancano %2</translation>
    </message>
</context>
<context>
    <name>plancia::ui::TransfersPanel</name>
    <message>
        <source>No limit</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Trasferimenti</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Metti tutto in pausa</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Riprendi tutto</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Annulla tutto</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Rimuovi i completati</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocità:</translation>
    </message>
    <message>
        <source>Limit the bandwidth all transfers use together</source>
        <translation>Limita la banda usata da tutti i trasferimenti insieme</translation>
    </message>
</context>
<context>
    <name>plancia::ui::TutorPage</name>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Your event&apos;s participants at a glance: who is stuck, idle or not started.</source>
        <translation>I partecipanti al tuo evento a colpo d&apos;occhio: chi è bloccato, inattivo o non ha ancora iniziato.</translation>
    </message>
    <message>
        <source>The participants&apos; group</source>
        <translation>Il gruppo dei partecipanti</translation>
    </message>
    <message>
        <source> min idle</source>
        <translation> min di inattività</translation>
    </message>
    <message>
        <source>A running server without activity for this long is idle.</source>
        <translation>Un server in esecuzione senza attività per questo tempo è considerato inattivo.</translation>
    </message>
    <message>
        <source>The session profile to start (empty: the hub&apos;s default).</source>
        <translation>Il profilo di sessione da avviare (vuoto: quello predefinito dell&apos;hub).</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Start servers…</source>
        <translation>Avvia server…</translation>
    </message>
    <message>
        <source>Stop idle…</source>
        <translation>Ferma inattivi…</translation>
    </message>
    <message>
        <source>Stop selected…</source>
        <translation>Ferma selezionati…</translation>
    </message>
    <message>
        <source>Stop all…</source>
        <translation>Ferma tutti…</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s), %1 need attention</source>
        <translation>
            <numerusform>%n partecipante, %1 richiedono attenzione</numerusform>
            <numerusform>%n partecipanti, %1 richiedono attenzione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start the servers of %n participant(s): %1?</source>
        <translation>
            <numerusform>Avviare il server di %n partecipante: %1?</numerusform>
            <numerusform>Avviare i server di %n partecipanti: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop the servers of %n participant(s): %1? Unsaved work in their notebooks is lost.</source>
        <translation>
            <numerusform>Fermare il server di %n partecipante: %1? Il lavoro non salvato nei suoi notebook andrà perso.</numerusform>
            <numerusform>Fermare i server di %n partecipanti: %1? Il lavoro non salvato nei loro notebook andrà perso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start servers</source>
        <translation>Avvia server</translation>
    </message>
    <message>
        <source>Stop servers</source>
        <translation>Ferma server</translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation>%1: in attesa</translation>
    </message>
    <message>
        <source>%1: working…</source>
        <translation>%1: in corso…</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: fatto</translation>
    </message>
    <message>
        <source>%1: nothing to do (%2)</source>
        <translation>%1: niente da fare (%2)</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: non riuscito: %2</translation>
    </message>
</context>
<context>
    <name>plancia::ui::UsageChartsView</name>
    <message>
        <source>The period must end after it starts.</source>
        <translation>Il periodo deve terminare dopo l&apos;inizio.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation>Utilizzo (%)</translation>
    </message>
    <message>
        <source>Memory used (MiB)</source>
        <translation>Memoria usata (MiB)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Prometheus has no data for this period.</source>
        <translation>Prometheus non ha dati per questo periodo.</translation>
    </message>
    <message>
        <source>GPU-hours per week</source>
        <translation>Ore GPU per settimana</translation>
    </message>
    <message>
        <source>GPU-hours per day</source>
        <translation>Ore GPU per giorno</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>Ore GPU</translation>
    </message>
    <message>
        <source>No GPU-hours in this period.</source>
        <translation>Nessuna ora GPU in questo periodo.</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Esporta il grafico in PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Esporta i dati del grafico in CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <source>GPU utilisation per model</source>
        <translation>Utilizzo GPU per modello</translation>
    </message>
    <message>
        <source>GPU utilisation per node</source>
        <translation>Utilizzo GPU per nodo</translation>
    </message>
    <message>
        <source>GPU memory used per model</source>
        <translation>Memoria GPU usata per modello</translation>
    </message>
    <message>
        <source>GPU memory used per GPU</source>
        <translation>Memoria GPU usata per GPU</translation>
    </message>
    <message>
        <source>GPU-hours per user</source>
        <translation>Ore GPU per utente</translation>
    </message>
    <message>
        <source>GPU-hours per project</source>
        <translation>Ore GPU per progetto</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Esporta PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
</context>
<context>
    <name>plancia::ui::UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>Utilizzo</translation>
    </message>
    <message>
        <source>Who used what, and how well: GPU utilisation over time and accounting per period.</source>
        <translation>Chi ha usato cosa, e con quale efficienza: utilizzo delle GPU nel tempo e rendicontazione per periodo.</translation>
    </message>
    <message>
        <source>Prometheus could not be read</source>
        <translation>Impossibile leggere Prometheus</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Nel tempo</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Rendicontazione</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>Log in to see GPU usage over time and who used what.</source>
        <translation>Accedi per vedere l&apos;utilizzo delle GPU nel tempo e chi ha usato cosa.</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Accedi…</translation>
    </message>
</context>
<context>
    <name>plancia::usage::Accounting</name>
    <message>
        <source>Prometheus is not configured.</source>
        <translation>Prometheus non è configurato.</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>Il periodo deve terminare dopo l&apos;inizio.</translation>
    </message>
    <message>
        <source>Some CPU figures could not be read from Prometheus.</source>
        <translation>Non è stato possibile leggere da Prometheus alcuni dati sulla CPU.</translation>
    </message>
</context>
<context>
    <name>plancia::usage::AccountingModel</name>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(nessun progetto)</translation>
    </message>
    <message>
        <source>(other namespaces)</source>
        <translation>(altri namespace)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Prometheus has no series for this in the period.</source>
        <translation>Prometheus non ha serie per questo dato nel periodo.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>Ore GPU</translation>
    </message>
    <message>
        <source>CPU-hours</source>
        <translation>Ore CPU</translation>
    </message>
    <message>
        <source>GPU efficiency</source>
        <translation>Efficienza GPU</translation>
    </message>
    <message>
        <source>CPU efficiency</source>
        <translation>Efficienza CPU</translation>
    </message>
</context>
</TS>
