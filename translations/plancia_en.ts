<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Context</name>
    <message>
        <source>No platform profile found in %1. Give one with --profile FILE, or see &apos;%2 profiles&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details are in the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Try &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>(no project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(other namespaces)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::CommandLine</name>
    <message>
        <source>Plancia, the control center of a Kubernetes-based research AI platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the platform profile in FILE, or the known profile named NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on page NAME (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the platform profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform is open. Choose one in the Platform list at the bottom of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform profile %1 was read but could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::DeviceFlowJob</name>
    <message>
        <source>Asking the identity provider for a login code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link, sign in and enter the code. Waiting for your approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved. Logging you in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expired before it was approved. Start again to get a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was denied. If that was a mistake, start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider %1 does not offer device login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot ask for a login code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider refused to start a login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer to the login request could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost contact with the identity provider while waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer could not be understood (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider refused the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::Error</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no platform profile named %1, and no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request as malformed (HTTP 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not logged in, or your login has expired (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission for this (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested item does not exist (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was changed or already exists (HTTP 409).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested data is no longer available (HTTP 410).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large for the server (HTTP 413).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (HTTP 422).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy; too many requests (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed with an internal error (HTTP 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not complete within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream from %1 was silent for %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 MiB; the stream was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an event line longer than %1 MiB; the stream was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No S3 credentials are available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::HubTokenProvider</name>
    <message>
        <source>The session is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub is not configured, or you are not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub did not accept your login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub&apos;s answer holds no token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::MainWindow</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;torage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;utor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Plancia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login expires on %1. Log in again before then to keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import platform profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us&amp;age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plancia case files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;case file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::OidcAgentJob</name>
    <message>
        <source>oidc-agent did not answer within %1 seconds. Is it waiting for a password or a confirmation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run %1: is oidc-agent installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile names no oidc-agent account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc-agent returned no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc-agent is not running (or this program cannot reach it). Start it with `eval $(oidc-agent-service use)` and load the account %1, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc-agent could not give a token for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::OidcConfiguration</name>
    <message>
        <source>The identity provider&apos;s configuration could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider says it is %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s configuration has no token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer holds no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the identity provider&apos;s configuration at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::Profile</name>
    <message>
        <source>is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an absolute URL such as https://host/path, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must use https, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must use https: plain http is allowed only for this computer (localhost, 127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known setting (misspelt?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but this version of Plancia reads schema 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;device&quot; or &quot;oidc-agent&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 15 and 43200 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s):</source>
        <translation>
            <numerusform>%1 has %n problem:</numerusform>
            <numerusform>%1 has %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the platform profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform profile %1 is too large to be one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a profile is a JSON object, { ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends before the closing &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends before the closing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends too early; a &apos;}&apos; or &apos;]&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is not closed with &apos;&quot;&apos;, or holds a line break or a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is more text after the end of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;:&apos; is missing between a name and its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is a &apos;,&apos; too many before the &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name must be text in double quotes, such as &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;,&apos; or &apos;}&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;,&apos; or &apos;]&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value must be text in double quotes, a number, true, false or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 (no culling) and 2592000 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of image names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain {username}, such as &quot;user-{username}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain {group}, such as &quot;proj-{group}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of bucket names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold bucket names (3-63 characters: a-z, 0-9, &apos;.&apos;, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::Role</name>
    <message>
        <source>Researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::Session</name>
    <message>
        <source>The identity provider did not say who you are (no subject).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored login belongs to someone else; please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc-agent&apos;s token does not say who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out, but the identity provider could not be told to revoke the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::StsCredentialsProvider</name>
    <message>
        <source>You are not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 credentials are not configured (no STS endpoint in the profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot get S3 credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage service refused to issue credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage service&apos;s credentials could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage service&apos;s answer holds no complete credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::TokenManager</name>
    <message>
        <source>You are not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login has expired. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login cannot be renewed. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot renew your login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login has expired or was revoked. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::TokenStore</name>
    <message>
        <source>No system keychain is available, so your login cannot be remembered: you will have to log in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::availability::AcceleratorNames</name>
    <message>
        <source>%1 MIG %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU (model not labelled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::availability::AvailabilityFeed</name>
    <message>
        <source>No Kubernetes API is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s nodes cannot be read now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pods cannot be read now, so what is in use is not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may see only your own pods: what is in use comes from Prometheus&apos;s allocation series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may see only your own pods and Prometheus is not available: only the totals and your own use are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch queues cannot be read now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus is not available, so the numbers are not cross-checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes and Prometheus disagree about %1 on %2: %3 in use according to the pods, %4 according to Prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::availability::NodeTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cordoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offload site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offload site, disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 GiB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n yours</source>
        <translation>
            <numerusform>%n yours</numerusform>
            <numerusform>%n yours</numerusform>
        </translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::Account</name>
    <message>
        <source>No keychain is available (%1), so a login cannot be kept between commands. Use oidc-agent instead: &apos;%2 login --oidc-agent ACCOUNT&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the login at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to %1: %2 Log in with &apos;%3 login&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to %1. Log in with &apos;%2 login&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:    through oidc-agent, account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:    valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access:   current token valid until %1 (renewed automatically)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::AccountCommands</name>
    <message>
        <source>%1 takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the stored login, but %1 could not be reached to revoke it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to %1 (no keychain: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::Commands</name>
    <message>
        <source>Log in: a device login (link and code), or --oidc-agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is logged in: user, roles, platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out: revoke the login and remove it from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform profiles you can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerators free now: per model and node, offload sites, queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who used what in a period: GPU-hours, CPU-hours, efficiency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterLab sessions: sessions list|start|stop|open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object storage: s3 ls|cp|mv|rm|share|usage s3://BUCKET/KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch jobs: submit, clone, check, list, describe, logs, cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support staff: failures by cause, a job&apos;s timeline, its case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors: the participants at a glance; start or stop their servers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::Gpus</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3 free, not schedulable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FREE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN USE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOURS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NODES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFLOAD SITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOUR PODS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADMITTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COHORT / CLUSTER QUEUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours: %1 running sessions, %2 running job pods, %3 pending, %4 offloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after SECONDS waiting for the cluster (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpus takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The cluster did not answer within %n seconds.</source>
        <translation>
            <numerusform>The cluster did not answer within %n second.</numerusform>
            <numerusform>The cluster did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::Jobs</name>
    <message>
        <source>Warning: the cluster&apos;s queues could not be read (%1); using the platform&apos;s defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-f needs a YAML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parallelism, --completions, --backoff-limit and --expected-duration take whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env takes NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job cannot be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (already submitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Fix: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clone needs --count N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clone needs the command after --.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No running notebook of yours to clone (start one with `sessions start`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCELERATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SITE/NODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUEUE POS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describe needs a job name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs needs a job name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel needs a job name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit | clone | check | list | describe | logs | cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit/check: the job is in the YAML file after the subcommand; logs: follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job as a YAML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s name (default: generated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU cores per pod (2, 500m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory per pod (4Gi, 8G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator model and count per pod: a100:2, t4, a100-1g.10gb:1, u250.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL:N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offload to a remote site (interLink).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the offload site (virtual node name); implies --offload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTCondor pool of the site (toleration pool.vk.io).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra #SBATCH flag for Slurm sites (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority class: lowest, lower, higher, highest, fire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful pods needed (default: parallelism).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexed completion mode (JOB_COMPLETION_INDEX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries before the job fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LocalQueue (default: the profile&apos;s, or offload-queue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment variable (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the job runs, for the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clone: how many copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clone: the named server to clone (default: the default one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs: follow until the job ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs: print each line&apos;s timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs needs one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::Login</name>
    <message>
        <source>Waiting for approval… %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1, but the login could not be stored. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking oidc-agent (account %1) for a token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc-agent gave no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login through oidc-agent failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To log in, open this link in a browser and enter the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or scan this code with a phone (it opens the link with the code filled in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or open, with the code filled in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the tokens from a running oidc-agent&apos;s ACCOUNT instead of a device login; later commands keep using it until logout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::Main</name>
    <message>
        <source>Use the platform profile in FILE, or the known profile named NAME (default: the one the desktop app last used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failed, 2 usage error, 3 not logged in, 4 refused by the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Plancia platform client for the terminal and for scripts: the same login and services as the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default), json (one JSON document on stdout, messages on stderr) or csv (usage only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output must be text, json or csv, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output csv is only for usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::Profiles</name>
    <message>
        <source>profiles takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform profiles in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISPLAY NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* the profile the desktop app uses, and the default here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles that cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::S3</name>
    <message>
        <source>The profile &quot;%1&quot; has no S3 endpoint (setting s3.endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: s3://%1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s3 ls takes at most one s3://BUCKET/PREFIX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an s3://BUCKET/PREFIX location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s3 mv needs a source and a destination, both s3://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s3 mv moves within the object store: both must be s3://BUCKET/KEY (use s3 cp for local files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a whole bucket needs --recursive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n object(s) to s3://%1/%2.</source>
        <translation>
            <numerusform>Moved %n object to s3://%1/%2.</numerusform>
            <numerusform>Moved %n objects to s3://%1/%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved s3://%1/%2 to s3://%3/%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s3 rm needs at least one s3://BUCKET/KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an s3://BUCKET/KEY location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a prefix: removing everything under it needs --recursive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing under s3://%1/%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n object(s) under s3://%1/%2?</source>
        <translation>
            <numerusform>Remove %n object under s3://%1/%2?</numerusform>
            <numerusform>Remove %n objects under s3://%1/%2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n object(s).</source>
        <translation>
            <numerusform>Removed %n object.</numerusform>
            <numerusform>Removed %n objects.</numerusform>
        </translation>
    </message>
    <message>
        <source>s3 share needs one s3://BUCKET/KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s3 share needs an object, s3://BUCKET/KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires must be a duration from 1s to 7d (such as 30m, 1h, 2d), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link expires at %1, earlier than asked: the temporary S3 credentials that sign it end then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s3 usage takes at most one s3://BUCKET[/PREFIX].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an s3://BUCKET location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: s3://%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUCKET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBJECTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ls, cp, mv, rm, share or usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s3://BUCKET/KEY or PREFIX (and a local path for cp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ls: every key under the prefix (no folders); mv, rm, cp: every object under the prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rm --recursive: do not ask for confirmation (it asks only on a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share: how long the link works, 1s to 7d (default 1h; no longer than the temporary S3 credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s3 needs a subcommand: ls, cp, mv, rm, share or usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output csv is only for s3 ls and s3 usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown s3 subcommand &quot;%1&quot;: ls, cp, mv, rm, share or usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::S3Cp</name>
    <message>
        <source>%1 of %2 files, %3 of %4, %5/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>s3 cp from S3 to S3 copies one object; for a prefix use s3 mv or copy through a local folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cp: files transferred at once (default 8; parts of one file: 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cp: bandwidth limit over all transfers, e.g. 20M (bytes per second; k, M, G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s3 cp needs a source and a destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s3 cp: one side must be an s3:// location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit-rate takes a rate such as 20M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: copy it with --recursive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no S3 endpoint (setting s3.endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::Sessions</name>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CULLED AT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session. Start one with: %1 sessions start --wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cpu needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gpu must be MODEL:N (t4:1) or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1%] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled (the session goes on starting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The session did not start within %n seconds (it may still).</source>
        <translation>
            <numerusform>The session did not start within %n seconds (it may still).</numerusform>
            <numerusform>The session did not start within %n seconds (it may still).</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, start, stop or open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The named server (default: the default server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start: the image (default: the platform&apos;s first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start: CPU cores, 1, 2, 3, 4 or 8 (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start: memory, 2G, 4G or 8G (default 4G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start: an accelerator, MODEL:N (t4:1), or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL:N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start: follow the spawn and print the URL when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start --wait: give up after SECONDS (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open: print the logged-in link instead of opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions needs one of: list, start, stop, open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This platform profile has no JupyterHub.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::Support</name>
    <message>
        <source>support failures takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since needs a duration such as 90m, 24h or 7d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cause must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jobs of every namespace cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kubernetes did not list every namespace&apos;s jobs within %n seconds.</source>
        <translation>
            <numerusform>Kubernetes did not list every namespace&apos;s jobs within %n seconds.</numerusform>
            <numerusform>Kubernetes did not list every namespace&apos;s jobs within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2  %3  %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one job as NAMESPACE/JOB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAMESPACE/JOB (or NAMESPACE/POD with --session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2%3  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last log lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support casefile needs -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Case file written to %1 (%n value(s) redacted).</source>
        <translation>
            <numerusform>Case file written to %1 (%n value redacted).</numerusform>
            <numerusform>Case file written to %1 (%n values redacted).</numerusform>
        </translation>
    </message>
    <message>
        <source>failures, timeline or casefile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline, casefile: NAMESPACE/JOB (NAMESPACE/POD with --session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failures: only those of the last DURATION (90m, 24h, 7d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failures: only this user&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failures: only this cause (oomKilled, imagePull, evicted, offloadRefused, slurmTimeout, quotaNever, spawnFailed, other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAUSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline, casefile: the target is a notebook session&apos;s pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casefile: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after SECONDS waiting for Kubernetes (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support needs a subcommand: failures, timeline or casefile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown support subcommand &quot;%1&quot;: failures, timeline or casefile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::Tutor</name>
    <message>
        <source>You are in no tutor group (&quot;&lt;event&gt;-tutors&quot;): name the participants&apos; group with --group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idle needs a duration such as 30m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tutor list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants in group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the participants, or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the participants, or --idle DURATION, or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name participants or use --all/--idle, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gpu needs MODEL:N or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image is needed with --cpu, --memory or --gpu (or give --session-profile NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 is not a participant of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to do (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: FAILED: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, start or stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start, stop: the participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participants&apos; group (default: your tutor group without &quot;-tutors&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: idle after DURATION without activity (default 30m); stop: the servers idle that long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start: every participant without a server; stop: every participant&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start: the platform&apos;s session profile NAME (e.g. t4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start: the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start: CPU cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start: memory (2G, 4G, 8G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start: accelerator MODEL:N or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL:N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after SECONDS waiting for the platform (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tutor needs a subcommand: list, start or stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tutor subcommand &quot;%1&quot;: list, start or stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::Usage</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-HOURS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU-HOURS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU EFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU EFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(other namespaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the period: YYYY-MM-DD (UTC) or an ISO 8601 date-time (default: 30 days before --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period: YYYY-MM-DD (that day included) or an ISO 8601 date-time (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per user (default) or per project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user|project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after SECONDS waiting for Prometheus (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by must be user or project, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a date (YYYY-MM-DD or an ISO 8601 date-time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date (YYYY-MM-DD or an ISO 8601 date-time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Prometheus did not answer within %n seconds.</source>
        <translation>
            <numerusform>Prometheus did not answer within %n second.</numerusform>
            <numerusform>Prometheus did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::jobs::ClusterCatalog</name>
    <message>
        <source>No Kubernetes client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::jobs::JobCheck</name>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is an NFS share of the cluster; a remote site cannot mount it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the data to your S3 bucket and read it from there, or use CVMFS; or run the job in the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is a directory of a cluster node (hostPath); it does not exist at a remote site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the volume, or run the job in the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; is a persistent volume claim (%2) of the cluster; it does not follow the job off-site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage the files through S3, or run the job in the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume &apos;%1&apos; mounts a Kubernetes secret; offload sites do not receive the cluster&apos;s secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass what the job needs another way (an S3 object the job fetches), or run it in the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable %1 comes from a secret; offload sites do not receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it, or run the job in the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment is loaded from a secret; offload sites do not receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job runs about %1 s; waiting in a remote site&apos;s queue commonly takes longer than that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it in the cluster, or batch more work into one job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no offload site &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site %1 is not reachable right now; the job would wait until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another site, or leave the site to the scheduler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offload site offers %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flavor of this cluster offers %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pod asks %1 %2; the largest node that could run it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask at most %1, or split the work across more pods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no priority class &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your namespace has no queue &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: asks %3, maximum capacity %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1 (cluster queue %2) has no flavor for what the job asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job asks more than queue %1 can ever give, even borrowing from the cohort (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for less (fewer accelerators or fewer pods at once: parallelism), or offload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Kubernetes client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue positions are not available (Kueue&apos;s visibility API is not served, or queue %1 does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the cluster&apos;s queues: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your workloads: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::jobs::JobLogs</name>
    <message>
        <source>Stopped following the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Kubernetes client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following the logs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::jobs::JobSpec</name>
    <message>
        <source>The name must be at most 63 lowercase letters, digits or &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CPU amount (e.g. 2 or 500m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a memory amount (e.g. 4Gi or 8G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallelism must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retry limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every environment variable needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no priority class &apos;%1&apos; (the cluster has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queue of this cluster offers the accelerator &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::jobs::JobState</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Kueue to queue it in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::jobs::JobStatus</name>
    <message>
        <source>Pending: waiting for quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offloaded to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evicted (%1) and requeued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evicted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::jobs::JobSubmitter</name>
    <message>
        <source>No Kubernetes client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job needs a name chosen before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job has no name or submission id; build it with the job builder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job named &apos;%1&apos; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes API</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::jobs::JobYaml</name>
    <message>
        <source>The YAML is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML is not valid at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML does not describe a Kubernetes object (it is not a mapping of fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Job&apos;s apiVersion is &apos;%1&apos;; Plancia sends batch/v1 Jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML holds no Job (kind: Job); it has: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::jobs::JobsModel</name>
    <message>
        <source>GPU ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, requeued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site / node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::jobs::NotebookClone</name>
    <message>
        <source>The notebook pod %1 has no container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for at least one copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the command the copies run (the notebook&apos;s own command starts a Jupyter server).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::jobs::WhyPending</name>
    <message>
        <source>The job has no queue label (%1): Kueue does not manage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster queue %1 is not readable: quota unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted by %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on flavor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It fits now in flavor %1 of %2: Kueue should admit it at its next pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would run now: flavor %1 of %2 has room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: no flavor of %1 has room for it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would wait: no flavor of %1 has room for it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kueue says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the queue: %1 in %2 (%3 in your queue %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: asks %3, nominal %4, used %5, borrowable %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> -&gt; short by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> -&gt; fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ahead of it: %n workload(s)</source>
        <translation>
            <numerusform>Ahead of it: %n workload</numerusform>
            <numerusform>Ahead of it: %n workloads</numerusform>
        </translation>
    </message>
    <message>
        <source>size not visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1. %2/%3 (job %4, priority %5): %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::jupyter::HubClient</name>
    <message>
        <source>This platform does not allow named sessions: use the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have the most sessions the platform allows (%1): stop and delete one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is still stopping: start it again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is already starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sessions are starting on the platform right now: try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub does not allow you to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub does not know this session (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub could not %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile needs a GPU that is taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not start (the hub gave no reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list your sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub answered something that is not a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the session in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub gave no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server ready at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session stopped while it was starting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::jupyter::SessionProfile</name>
    <message>
        <source>Choose an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU cores must be 1, 2, 3, 4 or 8, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory must be 2G, 4G or 8G, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how many accelerators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPU · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1× %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::jupyter::SessionsModel</name>
    <message>
        <source>This session is already starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::kube::Informer</name>
    <message>
        <source>The Kubernetes client is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch of %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubernetes API server ended the watch of %1 at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubernetes API server returned the same continue token twice for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::kube::KubeClient</name>
    <message>
        <source>No Kubernetes API server is configured for this platform (kubernetes.server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubernetes API server sent an answer that is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubernetes API server repeated a list page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubernetes watch stream sent something that is not an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the kubeconfig&apos;s CA: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::kube::KubeConfig</name>
    <message>
        <source>The kubeconfig&apos;s user &quot;%1&quot; gets its credentials from a program (exec plugin &quot;%2&quot;), which Plancia does not run. Log in with Plancia instead, or use a kubeconfig with a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s user &quot;%1&quot; uses an auth-provider plugin (&quot;%2&quot;), which is not supported. Log in with Plancia instead, or use a kubeconfig with a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig&apos;s token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s user &quot;%1&quot; logs in with a client certificate, which is not supported. Use a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s user &quot;%1&quot; logs in with a user name and password, which is not supported. Use a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s cluster &quot;%1&quot; names no valid server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s cluster &quot;%1&quot; turns TLS verification off, which Plancia never does. Give its CA instead (certificate-authority).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s cluster &quot;%1&quot; has certificate-authority-data that is not a base64 PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig is not valid YAML: line %1, column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig holds no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig has no current-context; name the context to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig has no context named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s context &quot;%1&quot; names the cluster &quot;%2&quot;, which it does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s context &quot;%1&quot; names the user &quot;%2&quot;, which it does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig has a setting of the wrong type: line %1, column %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::metrics::Prometheus</name>
    <message>
        <source>Prometheus&apos;s answer could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus answered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;status&quot;: &quot;success&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus could not answer the query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data.result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a matrix holds single samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vector holds series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scalar without a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sample value is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown result type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label set is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::metrics::PrometheusClient</name>
    <message>
        <source>The profile names no Prometheus server (prometheus.url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::s3::S3Client</name>
    <message>
        <source>The profile has no S3 endpoint (setting s3.endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer ends too early (cut off?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 answer could not be read: %1 (line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 answer is not the expected one (%1 instead of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server sent an empty answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 answer is too large to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied: your S3 credentials do not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All access to this resource is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multipart upload does not exist (completed or aborted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary S3 credentials have expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 session token is not valid (expired or malformed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server does not know these credentials (access key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server refused the request&apos;s signature (wrong secret key, or a proxy changed the request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from the S3 server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server is busy and asks to slow down; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 service is unavailable right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server timed out waiting for the request&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bucket of that name already exists (someone else&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already own a bucket of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have as many buckets as allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object name is too long (at most 1024 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the upload is smaller than the 5 MiB minimum (only the last may be smaller).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload is larger than S3 allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the upload is missing or its ETag does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts of the upload are not in ascending order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested byte range is outside the object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checksum sent with the request is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data arrived damaged: its checksum does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data arrived damaged: its SHA-256 does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server could not read the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server refused an argument of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server does not implement this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation is not allowed on this resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object changed in the meantime (a precondition failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage quota is exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object is archived and cannot be read now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server answered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server answered %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 listing says it has more pages but gives no way to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 answer lists a part numbered %1 (1 to 10,000 expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No S3 credentials are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared link lasts from 1 second to 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 client is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 listing repeats the same page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server gave the upload no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and the destination are the same object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server gave a copied part no ETag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and the destination are the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::s3::TransferEngine</name>
    <message>
        <source>No S3 credentials are configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file size is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 5 TiB, the largest object S3 stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No destination folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 names no file below %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved state of an upload is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the upload state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the state of the upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the destination folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link or a file, not a folder: nothing is written through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No S3 credentials are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded data of %1 does not match its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link: it is not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server answered without an upload id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server sent a short answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::support::CaseDataJob</name>
    <message>
        <source>No Kubernetes client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::support::CaseFile</name>
    <message>
        <source>Cannot write the case file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a case file (not JSON at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Plancia case file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::support::FailureCause</name>
    <message>
        <source>Out of memory (OOMKilled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image pull failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evicted or preempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offload site refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota never available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::support::SupportIndex</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::support::Timeline</name>
    <message>
        <source>Pod %1 offloaded to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 placed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 ended: %2 (exit code %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted to queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued as workload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for quota: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted by ClusterQueue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session pod created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::support::TutorRoom</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused the list of users: your account is not a tutor or an admin of this hub (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % · %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running, %2 failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::AboutDialog</name>
    <message>
        <source>About Plancia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plancia %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control center of a Kubernetes-based research AI platform: GPU availability, storage, JupyterLab sessions and batch jobs, with one login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::AcceleratorCard</name>
    <message>
        <source>MIG %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free · %2 in use · %3 total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total · in use not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n yours</source>
        <translation>
            <numerusform> · %n yours</numerusform>
            <numerusform> · %n yours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::AccountingView</name>
    <message>
        <source>Export accounting as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus has no CPU series for this period (no kube-state-metrics CPU requests or cAdvisor usage): CPU columns show &quot;no data&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are in the admin group: everyone&apos;s usage is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your projects&apos; usage is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own usage is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 GPU-hours, %2 CPU-hours (%n rows)</source>
        <translation>
            <numerusform>Total: %1 GPU-hours, %2 CPU-hours (%n row)</numerusform>
            <numerusform>Total: %1 GPU-hours, %2 CPU-hours (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::BucketModel</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::CaseFileView</name>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job or a session to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2/%3&lt;/b&gt;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::CloneDialog</name>
    <message>
        <source>Clone my notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. python train.py --shard {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;Indexed job (the index is JOB_COMPLETION_INDEX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offload to a remote site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest (default: evicted when notebooks need the GPUs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the command the copies run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your running notebook %1 (%2): the same image, environment, volumes and resources, with a new command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notebook of yours is running: start one from the Sessions page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>One job of %n pod(s), each running:</source>
        <translation>
            <numerusform>One job of %n pod, each running:</numerusform>
            <numerusform>One job of %n pods, each running:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s):</source>
        <translation>
            <numerusform>%n job:</numerusform>
            <numerusform>%n jobs:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plancia::ui::ErrorBanner</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::ErrorPresenter</name>
    <message>
        <source>Cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported by this platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A helper program is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program could open the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could open the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this computer is set up to open folders. Copy the path and open it yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this computer is set up to open web pages. Copy the link and open it in a browser yourself, here or on another device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::JobDetailPane</name>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evicted %n time(s) and back in the queue</source>
        <translation>
            <numerusform>Evicted %n time and back in the queue</numerusform>
            <numerusform>Evicted %n times and back in the queue</numerusform>
        </translation>
    </message>
    <message>
        <source>Offloaded to %1 (virtual node %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted by ClusterQueue %1, flavor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it would run, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (site %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running at the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote site (interLink provider) rejected or lost the pod</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::JobsPage</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch jobs that run in the cluster or are offloaded to remote sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to see your batch jobs, their queue and where they run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, reason, accelerator, site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;elerator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit a batch job from a form or a YAML file (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone my &amp;notebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run copies of your notebook as batch jobs (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resubmit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the selected job again (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Kubernetes access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no Kubernetes API configured, so batch jobs cannot be listed or submitted. Set its Kubernetes server in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not work out why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the job&apos;s pods to write…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ended: the job&apos;s containers have exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the finished job and its pods (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the job and delete it with its pods (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the job %1 and its pods? Its log goes with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the job %1? Its pods are stopped and it is deleted; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working out where it would run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not work it out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notebook is not running any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) could not be submitted: %1</source>
        <translation>
            <numerusform>%n copy could not be submitted: %1</numerusform>
            <numerusform>%n copies could not be submitted: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It completed successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it on the Jobs page to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was evicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is back in the queue and will run again when there is room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::LogView</name>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep showing the newest lines as they arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n oldest line(s) were dropped to bound memory; the saved file holds what is shown.</source>
        <translation>
            <numerusform>The %n oldest line was dropped to bound memory; the saved file holds what is shown.</numerusform>
            <numerusform>The %n oldest lines were dropped to bound memory; the saved file holds what is shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your institutional account in a web browser, on this computer or on your phone. Plancia never sees your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Enter this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or scan with your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::LoginStatus</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::NavSidebar</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI platform control center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::Notifier</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator availability and your usage at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to see which GPUs and FPGAs are free now and how much you have used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform profile is selected. Import one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login (IAM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage (S3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes, pods and queues are being listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running now: %n session(s)</source>
        <translation>
            <numerusform>Running now: %n session</numerusform>
            <numerusform>Running now: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job pod(s)</source>
        <translation>
            <numerusform>%n job pod</numerusform>
            <numerusform>%n job pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offloaded</source>
        <translation>
            <numerusform>%n offloaded</numerusform>
            <numerusform>%n offloaded</numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPU cores, %2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota used per flavor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (your queue, in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerators free now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FPGAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offload sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::PlaceholderPage</name>
    <message>
        <source>Coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::ProfileListModel</name>
    <message>
        <source>%1 — from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from a file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::ProfileSettings</name>
    <message>
        <source>Import a platform profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profiles folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each profile names the services of one platform instance. Profiles are read from the folder %1. A profile opened from a file elsewhere (plancia --profile FILE) is listed too, marked &quot;from a file&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a platform in the Platform list at the bottom of the window, or import a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::ProfileSwitcher</name>
    <message>
        <source>The platform this window works with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::RangePicker</name>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::SessionCard</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any moment now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped when idle %1 (at %2), unless you use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::SessionNotices</name>
    <message>
        <source>Your login expires today (%1). Log in again now so that your work is not interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your login expires in %n day(s), on %1. Log in again before then so that your work is not interrupted.</source>
        <translation>
            <numerusform>Your login expires in %n day, on %1. Log in again before then so that your work is not interrupted.</numerusform>
            <numerusform>Your login expires in %n days, on %1. Log in again before then so that your work is not interrupted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Login not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stay logged in until you quit. Nothing was written to disk instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pages keep their data. Log in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your JupyterLab servers: start, stop and open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to see your JupyterLab servers and start one with the right profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterLab session %1 is running: open it from Plancia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterLab session %1 was stopped by the platform after being idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterLab session %1 was stopped by the platform or a tutor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session will be stopped soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>JupyterLab session %1 has been idle: the platform stops it in %n minutes unless you use it.</source>
        <translation>
            <numerusform>JupyterLab session %1 has been idle: the platform stops it in %n minutes unless you use it.</numerusform>
            <numerusform>JupyterLab session %1 has been idle: the platform stops it in %n minutes unless you use it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session %1? Its server entry is removed from the hub (your files stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub is not available for this platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking JupyterHub for your sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is running. Start one with New session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your default session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1? Running kernels end; files saved in your home stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, platform profiles and diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change applies at once; it is remembered for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plancia writes a log file that you can attach to a problem report. Passwords and tokens are never written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File logging is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::StartDialog</name>
    <message>
        <source>Start a JupyterLab session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPU cores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accelerator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (CPU only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n free</source>
        <translation>
            <numerusform>%1 — %n free</numerusform>
            <numerusform>%1 — %n free</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — taken now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU-only sessions run on the CPU nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free accelerators are not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3 free now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 has just been taken. Choose another accelerator, or wait: this dialog follows the cluster and offers it again when one is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n %1 free now.</source>
        <translation>
            <numerusform>Only %n %1 free now.</numerusform>
            <numerusform>Only %n %1 free now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your default session is already running: give this one a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session named %1 is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::StoragePage</name>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your S3 buckets: browse them and move datasets in and out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to see your buckets and move datasets in and out of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be moved, the first %1: %2</source>
        <translation>
            <numerusform>%n key could not be moved, the first %1: %2</numerusform>
            <numerusform>%n keys could not be moved, the first %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket of the project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the bucket list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket list could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no buckets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Listing… %Ln item(s) so far</source>
        <translation>
            <numerusform>Listing… %Ln item so far</numerusform>
            <numerusform>Listing… %Ln items so far</numerusform>
        </translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %L2 match “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files into this folder (Ctrl+U); you can also drop files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selection into a folder; you can also drag it to the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder above (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum the sizes of every object in the bucket (lists all of it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a link that lets anyone download the selected object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link valid for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link valid for 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link valid for 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from the bucket %1?</source>
        <translation>
            <numerusform>Delete %n item from the bucket %1?</numerusform>
            <numerusform>Delete %n items from the bucket %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>A folder is deleted with everything in it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n item(s)…</source>
        <translation>
            <numerusform>Deleting %n item…</numerusform>
            <numerusform>Deleting %n items…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be deleted</source>
        <translation>
            <numerusform>%n item could not be deleted</numerusform>
            <numerusform>%n items could not be deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the folder %1 (everything in it moves):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link could be made for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to %1 copied; it works until %2 (the session&apos;s credentials end then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to %1 copied; it works until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage of %1 could not be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing usage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln object(s)</source>
        <translation>
            <numerusform>%1 in %Ln object</numerusform>
            <numerusform>%1 in %Ln objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plancia::ui::SubmitDialog</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New batch job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y&amp;AML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;emory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acce&amp;lerator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parallelism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: a generated name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. harbor.cloud.infn.it/ai-infn/train:1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. python train.py --epochs 10 (empty: the image&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cores, e.g. 2 or 500m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8Gi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offload to a remote site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a YAML &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apiVersion: batch/v1
kind: Job
…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (CPU only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offload only: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Job&apos;s YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Check:&lt;/b&gt; no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it would run now:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::SupportPage</name>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every namespace&apos;s jobs and sessions: find a failing one and see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now; the bars are the failures per hour of the last 24 hours. Click to show only these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with a support account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading every namespace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failing of %1</source>
        <translation>
            <numerusform>%n failing of %1</numerusform>
            <numerusform>%n failing of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1/%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting (session)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::TimeSeriesChart</name>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be saved as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::TransfersModel</name>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running (retry %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → s3://%2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s3://%1/%2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not a valid file name here; it was saved under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::TransfersPanel</name>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the bandwidth all transfers use together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::TutorPage</name>
    <message>
        <source>Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your event&apos;s participants at a glance: who is stuck, idle or not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participants&apos; group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running server without activity for this long is idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session profile to start (empty: the hub&apos;s default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop idle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s), %1 need attention</source>
        <translation>
            <numerusform>%n participant, %1 need attention</numerusform>
            <numerusform>%n participants, %1 need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start the servers of %n participant(s): %1?</source>
        <translation>
            <numerusform>Start the servers of %n participant: %1?</numerusform>
            <numerusform>Start the servers of %n participants: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop the servers of %n participant(s): %1? Unsaved work in their notebooks is lost.</source>
        <translation>
            <numerusform>Stop the servers of %n participant: %1? Unsaved work in their notebooks is lost.</numerusform>
            <numerusform>Stop the servers of %n participants: %1? Unsaved work in their notebooks is lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to do (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::UsageChartsView</name>
    <message>
        <source>The period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus has no data for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU-hours in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU utilisation per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU utilisation per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory used per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory used per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours per project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::UsagePage</name>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who used what, and how well: GPU utilisation over time and accounting per period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to see GPU usage over time and who used what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::usage::Accounting</name>
    <message>
        <source>Prometheus is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some CPU figures could not be read from Prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::usage::AccountingModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(other namespaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus has no series for this in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU efficiency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
